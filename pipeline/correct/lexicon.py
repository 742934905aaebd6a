"""Everything the correction loads once: language model, OCR channel, syllable inventory,
abbreviations and names. Shared by every document a process corrects."""

from __future__ import annotations

import gc
import json
import math
import time
from collections import defaultdict
from functools import cached_property, lru_cache
from pathlib import Path

import regex
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from vanban.correct.confusion import Channel, bare_and_tone
from vanban.correct.lm import LanguageModel
from vanban.correct.phrases import NAMES, Phrases
from vanban.errors import LexiconError
from vanban.syllable import key, parse, restyle
from vanban.text import strip_accents

MIN_SYLLABLE_COUNT = 3  # a syllable seen fewer times in the corpus is no candidate


SYLLABLES = "syllables.tsv"  # the syllable index, written with the lexicon (build.py)
CANDIDATES = "candidates.tsv"  # each attested syllable's likeliest misreadings (build.py)
CAPITALS = "capitals.tsv"  # how often the corpus capitalises words in running text
MIN_RUNNING_SEEN = 200  # a word seen fewer times inside running text has no share
HYPHENATED = "hyphenated.tsv"  # syllable pairs the corpus joins with a hyphen
WORDS = "words.tsv"  # the dictionary's two-syllable words (build.py's write_words)
NAME_DASH = regex.compile(r"(?<![^\s])(\p{L}+) [-–] (\p{L}+)(?![^\s])")  # "hóa - Thông"
MAX_CANDIDATES = 24  # syllables a word's readings are drawn from, by channel and frequency


def syllable_index(counts: dict[str, int]) -> dict[str, list[str]]:
    """Toneless form -> the attested syllables of that form, in vocabulary order."""
    by_bare: dict[str, list[str]] = defaultdict(list)
    for unit, count in counts.items():
        if count >= MIN_SYLLABLE_COUNT and parse(unit) is not None:
            by_bare[bare_and_tone(unit)[0]].append(unit)
    return by_bare


def write_syllable_index(by_bare: dict[str, list[str]], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        fh.write("bare\tsyllables\n")
        for bare, units in by_bare.items():
            fh.write(f"{bare}\t{' '.join(units)}\n")


def table_rows(path: Path) -> list[list[str]]:
    """The rows of a table build.py wrote, its fields apart, less its header; none where
    the lexicon has no such table."""
    if not path.exists():
        return []
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()[1:]]


def read_syllable_index(path: Path) -> dict[str, list[str]]:
    """The index as build.py wrote it: parsing every vocabulary unit again at each start
    would take longer than all the rest of the lexicon's load."""
    by_bare: dict[str, list[str]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        bare, units = line.split("\t")
        by_bare[bare] = units.split(" ")
    return by_bare


class Lexicon:
    def __init__(self, data: Path) -> None:
        start = time.perf_counter()
        if not (data / "lm.npz").exists():
            raise LexiconError(f"no lexicon in {data}: reinstall vanban, or build it with "
                               "`make lexicon` from the corpus")
        self.data = data
        self.lm = LanguageModel(data)
        self.channel = Channel(data / "channel.tsv")
        # toneless form -> attested syllable keys, for tone variants and edit candidates
        self.by_bare = (read_syllable_index(data / SYLLABLES)
                        if (data / SYLLABLES).exists() else syllable_index(self.lm.counts))
        self.letters = "".join(sorted(set().union(*self.by_bare)))
        self.bares = sorted(self.by_bare)
        self._candidate_table: dict[str, str] | None = None
        self.abbreviations = self._read_list("abbreviations.tsv")
        self.phrases = Phrases(data / "phrases.tsv", data / NAMES)
        calibration = data / "calibration.json"
        self.calibration = (json.loads(calibration.read_text("utf-8"))
                            if calibration.exists() else {"a": 1.0, "b": 0.0})
        self.abbreviation_list = sorted(self.abbreviations)
        prior = data / "ocr_confidence.json"
        self.ocr_prior = (json.loads(prior.read_text("utf-8")) if prior.exists() else None)
        self.load_seconds = time.perf_counter() - start

    def _read_list(self, name: str) -> dict[str, int]:
        return {row[0]: int(row[1]) for row in table_rows(self.data / name)}

    def calibrated(self, posterior: float) -> float:
        """The share of decisions this sure that held-out OCR showed right (Platt scaling)."""
        p = min(max(posterior, 1e-6), 1 - 1e-6)
        z = self.calibration["a"] * math.log(p / (1 - p)) + self.calibration["b"]
        return 1 / (1 + math.exp(-z))

    def misread_rate(self, confidence: float, flagged: bool) -> float | None:
        """The share of scanned words this sure (OCR confidence 0-100) that OCR read wrong,
        among the words the first look flags or passes (lexicon/ocr_confidence.py)."""
        table = self.ocr_prior
        if table is None:
            return None
        edges = table["edges"]
        band = next((k for k in range(len(edges) - 1) if confidence < edges[k + 1]),
                    len(edges) - 2)
        return table["flagged" if flagged else "passed"][band]

    @property
    def flagged_misread_rate(self) -> float | None:
        """The share of flagged scanned words read wrong, over all confidences."""
        table = self.ocr_prior
        return None if table is None else table.get("flagged_overall")

    def judge(self, token: str) -> str:
        """"impossible" (no Vietnamese syllable is spelled so), "valid" (spelled by the
        rules but not seen in the corpus) or "attested"."""
        if parse(token) is None:
            return "impossible"
        return "attested" if self.attested(key(token)) else "valid"

    def attested(self, unit: str) -> bool:
        return self.lm.counts.get(unit, 0) >= MIN_SYLLABLE_COUNT

    @lru_cache(maxsize=20_000)  # noqa: B019 — one lexicon per process
    def abbreviation_candidates(self, observed: str) -> tuple[str, ...]:
        """Known abbreviations OCR could have read as `observed` ("HD1" for "FDI")."""
        if observed in self.abbreviations:
            return ()
        limit = 1 if len(observed) <= 2 else 2
        found = process.extract(observed, self.abbreviation_list, scorer=Levenshtein.distance,
                                score_cutoff=limit, limit=None)
        near = [word for word, _, _ in found if abs(len(word) - len(observed)) <= 2]
        # the likeliest misreadings of common abbreviations first
        near.sort(key=lambda w: -(self.channel.logp(observed, w)
                                  + 0.5 * math.log10(self.abbreviations[w])))
        return tuple(near[:16])

    @cached_property
    def capitalised_share(self) -> dict[str, tuple[float, float]]:
        """Of the words the corpus prints often inside running text (after a word in lower
        case), the shares it capitalises there and prints in capitals (lexicon/printed.py)."""
        return {word: (int(title) / int(seen), int(upper) / int(seen))
                for word, seen, title, upper in table_rows(self.data / CAPITALS)
                if int(seen) >= MIN_RUNNING_SEEN}

    @cached_property
    def words(self) -> frozenset[tuple[str, str]]:
        """Two-syllable words of the dictionary (underthesea's Viet74K), by their
        syllables' keys: "chi đoàn", "tinh thần", "búa liềm"."""
        path = self.data / WORDS
        if not path.exists():
            return frozenset()
        return frozenset(tuple(row) for row in table_rows(path))  # type: ignore[misc]

    @cached_property
    def word_partners(self) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
        """The words by their first syllable (what may follow it) and by their second
        (what may precede it)."""
        after: dict[str, set[str]] = defaultdict(set)
        before: dict[str, set[str]] = defaultdict(set)
        for a, b in self.words:
            after[a].add(b)
            before[b].add(a)
        return ({k: frozenset(v) for k, v in after.items()},
                {k: frozenset(v) for k, v in before.items()})

    @cached_property
    def hyphenated(self) -> frozenset[tuple[str, str]]:
        """The syllable pairs the corpus prints joined by a hyphen, in lower case
        (lexicon/printed.py): a borrowed word's ("các-bon", "mát-xa")."""
        return frozenset((row[0], row[1]) for row in table_rows(self.data / HYPHENATED))

    @cached_property
    def dash_compounds(self) -> frozenset[tuple[str, str]]:
        """The words on either side of a dash inside the lexicon's names ("Bộ Văn hóa -
        Thông tin", "Vụ Kế hoạch - Tài chính"), in lower case without diacritics (OCR
        damages them): a dash there is printed, not a speck, wherever the line wraps."""
        path = self.data / "phrases.tsv"
        if not path.exists():
            return frozenset()
        dashed = [line for line in path.read_text(encoding="utf-8").splitlines()
                  if " - " in line or " – " in line]
        return frozenset((strip_accents(left).lower(), strip_accents(right).lower())
                         for line in dashed for left, right in NAME_DASH.findall(line))

    @cached_property
    def by_deletion(self) -> dict[str, set[str]]:
        """Each toneless form with one letter taken out -> the forms it comes from: the
        syllables OCR may have dropped a letter of, without trying every letter at every
        place (what `Channel.edits` does with `letters`, the same set)."""
        index: dict[str, set[str]] = defaultdict(set)
        for bare in self.by_bare:
            for i in range(len(bare)):
                index[bare[:i] + bare[i + 1:]].add(bare)
        return dict(index)

    @lru_cache(maxsize=100_000)  # noqa: B019 — one lexicon per process
    def syllable_candidates(self, observed: str) -> tuple[str, ...]:
        """Attested syllables OCR could have read as `observed` (lower case): any tone, and
        one letter misread, dropped or added."""
        bare, _ = bare_and_tone(observed)
        if bare and bare[-1] not in self.letters:
            # a mark after the word ("quố:"): one edit gives a syllable only by taking the
            # mark away, or reading it as the letter it was
            stem = bare[:-1]
            out = set(self.by_bare.get(stem, ()))
            for source in self.channel.sources.get(bare[-1], ()):
                out.update(self.by_bare.get(stem + source, ()))
        else:
            out = set(self.by_bare.get(bare, ()))
            # a letter misread or added: each such edit of the form looked up; a letter
            # dropped: the forms that lose one letter to this one, looked up at once
            for edited in self.channel.edits(bare, ""):
                out.update(self.by_bare.get(edited, ()))
            for longer in self.by_deletion.get(bare, ()):
                out.update(self.by_bare[longer])
        if not out and len(bare) >= 2:
            # not a syllable, nor one edit from one ("rnh", "Nận"): the nearest by two edits
            for near, _, _ in process.extract(bare, self.bares, scorer=Levenshtein.distance,
                                              score_cutoff=2, limit=40):
                out.update(self.by_bare[near])
        out.discard(observed)
        return tuple(sorted(out))

    def ranked_syllables(self, observed: str, also: str = "") -> tuple[tuple[str, float], ...]:
        """The attested syllables OCR likeliest read as `observed` (lower case), best first,
        each with the channel's edit cost of the misreading: ranked by the channel and by
        how common the syllable is, context deciding among them later. `also` adds the
        syllables OCR may have read as `observed + also` (a mark that was a letter: "quố:"),
        ranked the same way."""
        if not also:
            return self._ranked(observed)
        return self._ranked_with_mark(observed, also)

    @lru_cache(maxsize=20_000)  # noqa: B019 — one lexicon per process
    def _ranked_with_mark(self, observed: str, also: str) -> tuple[tuple[str, float], ...]:
        ranked = self._ranked(observed)
        extra = self.syllable_candidates(observed + also)
        if not extra:
            return ranked
        known = {cand for cand, _ in ranked}
        merged = [*ranked, *((c, self.channel.edit_logp(observed, c)) for c in extra
                             if c not in known)]
        # each pair's edit cost is the channel's (stored with the table), so its rank key
        # needs no new alignment
        merged.sort(key=lambda pair: self._rank_key(observed, *pair))
        return tuple(merged[:MAX_CANDIDATES])

    def _rank_key(self, observed: str, cand: str, edit_logp: float | None = None
                  ) -> tuple[float, str]:
        """How likely OCR read `cand` as `observed` and how common it is (its edit cost,
        where known, spares aligning the pair again)."""
        logp = (self.channel.logp(observed, cand) if edit_logp is None
                else self.channel.logp_given(observed, cand, edit_logp))
        return (-(logp + 0.5 * math.log10(self.lm.counts.get(cand, 1))), cand)

    @property
    def candidate_table(self) -> dict[str, str]:
        """Observed syllable -> its ranked candidates as build.py wrote them (read on
        first use, each line split when its syllable is first met)."""
        if self._candidate_table is None:
            self._candidate_table = read_candidate_lines(self.data / CANDIDATES)
        return self._candidate_table

    @lru_cache(maxsize=100_000)  # noqa: B019 — one lexicon per process
    def _ranked(self, observed: str) -> tuple[tuple[str, float], ...]:
        stored = self.candidate_table.get(observed)
        if stored is not None:
            words, costs = stored.split("\t")
            return tuple(zip(words.split(" "), map(float, costs.split(" ")), strict=True)) \
                if words else ()
        return self.compute_ranked(observed)

    def compute_ranked(self, observed: str) -> tuple[tuple[str, float], ...]:
        """What the candidate table holds for `observed` (the table is this, precomputed)."""
        found = sorted(self.syllable_candidates(observed),
                       key=lambda c: self._rank_key(observed, c))[:MAX_CANDIDATES]
        return tuple((c, self.channel.edit_logp(observed, c)) for c in found)

    def table_forms(self) -> list[str]:
        """The observed forms the candidate table is written for: every attested syllable,
        in either tone-placement style."""
        forms = dict.fromkeys(unit for units in self.by_bare.values() for unit in units)
        for unit in list(forms):
            forms.setdefault(restyle(unit, "new"))
        return list(forms)


def read_candidate_lines(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    return dict(line.split("\t", 1) for line in lines)


def write_candidate_table(lexicon: Lexicon, path: Path) -> None:
    """Each attested syllable's ranked candidates and their edit costs (exact floats), so
    that no process ranks them again."""
    with path.open("w", encoding="utf-8") as fh:
        fh.write("observed\tcandidates\tedit_logp\n")
        for form in lexicon.table_forms():
            ranked = lexicon.compute_ranked(form)
            fh.write(f"{form}\t{' '.join(c for c, _ in ranked)}\t"
                     f"{' '.join(repr(cost) for _, cost in ranked)}\n")


@lru_cache(maxsize=4)
def load(data: Path | None = None) -> Lexicon:
    """The lexicon shipped with vanban (or one at `data`), loaded once per process."""
    if data is None:
        from vanban_lexicon import DATA

        data = DATA
    lexicon = Lexicon(data)
    # the lexicon's millions of objects live as long as the process: the garbage
    # collector need not walk them again at every collection (the correction runs ~25 %
    # faster; nothing of it is ever garbage)
    gc.collect()
    gc.freeze()
    return lexicon
