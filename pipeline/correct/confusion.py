"""The OCR channel: how likely OCR reads a word as another, and which words it may have read.

Weights are learned from OCR/truth pairs (lexicon/channel.py): for each letter (tone marks
apart) how often OCR substitutes, drops or adds one, and how often it reads one tone for
another. Unseen edits keep a floor by kind, higher for look-alikes, so damage the
training scans never showed (another scanner's) is still reachable, at a price.
"""

from __future__ import annotations

import math
import unicodedata
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from vanban.errors import LexiconError
from vanban.vocabulary import LETTER_LOOK_ALIKE_GROUPS

TONE_CHARS = {"\u0300": 1, "\u0301": 2, "\u0309": 3, "\u0303": 4, "\u0323": 5}

# letters OCR takes for one another beyond what the training scans showed
VOWEL_LETTERS = "aăâeêioôơuưy"
CONSONANT_LETTERS = "bcdđghklmnpqrstvx"
# the least rate an edit gets, whatever the training scans showed (per letter or syllable)
FLOOR = {"sub-alike": 3e-3, "sub-vowel": 1e-3, "sub-consonant": 3e-4, "sub": 1e-4,
         "del": 5e-4, "ins": 2e-4, "tone": 5e-3, "sub-mark": 5e-3}


@lru_cache(maxsize=1024)
def mark_twins(letter: str) -> tuple[str, ...]:
    """The Vietnamese letters a letter with a mark no Vietnamese letter has ("ÿ", "ö", "ñ",
    "ä") was read for: those of its base letter, the mark misread as a tone's or a vowel's
    ("sÿ" for "sỹ", "Đöi" for "Đối"), as a tone is misread for another."""
    base = unicodedata.normalize("NFD", letter)[0]
    if base == letter or letter in VOWEL_LETTERS or letter in CONSONANT_LETTERS:
        return ()
    return tuple(ch for ch in VOWEL_LETTERS + CONSONANT_LETTERS
                 if unicodedata.normalize("NFD", ch)[0] == base)


@lru_cache(maxsize=200_000)  # every candidate of every word is split so
def bare_and_tone(token: str) -> tuple[str, int]:
    decomposed = unicodedata.normalize("NFD", token.lower())
    marks = [TONE_CHARS[c] for c in decomposed if c in TONE_CHARS]
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_CHARS))
    return bare, (marks[0] if len(marks) == 1 else 0)


class Channel:
    """log10 P(observed | intended) for a word, and the words that could have been meant."""

    def __init__(self, path: Path) -> None:
        try:
            rows = [line.rstrip("\n").split("\t") for line in
                    path.read_text(encoding="utf-8").splitlines()[1:]]
        except OSError as exc:
            raise LexiconError(f"cannot read the OCR confusion weights {path}: {exc}") from None
        self.alike = {frozenset((a, b)) for g in LETTER_LOOK_ALIKE_GROUPS
                      for a in g for b in g if a != b}
        self.sub: dict[tuple[str, str], float] = {}
        self.dele: dict[str, float] = {}
        self.ins: dict[str, float] = {}
        self.tone: dict[tuple[int, int], float] = {}
        # which intended letters OCR has read as a given letter: candidates to try
        self.sources: dict[str, list[str]] = defaultdict(list)
        self.word_error = 0.08
        for kind, a, b, count, opp in rows:
            n, total = int(count), int(opp)
            if kind == "word":
                self.word_error = n / total
                continue
            rate = max(n / total, self.floor(kind, a, b))
            if kind == "sub":
                self.sub[(a, b)] = math.log10(rate)
                if n >= 2:
                    self.sources[b].append(a)
            elif kind == "del":
                self.dele[a] = math.log10(rate)
            elif kind == "ins":
                self.ins[b] = math.log10(rate)
            elif kind == "tone":
                self.tone[(int(a), int(b))] = math.log10(rate)
        # any vowel for any vowel, any consonant for any consonant: a scanner other than
        # the training one confuses letters of its own; the learned weights rank them
        for group in [*LETTER_LOOK_ALIKE_GROUPS, VOWEL_LETTERS, CONSONANT_LETTERS]:
            for a in group:
                for b in group:
                    if a != b and a not in self.sources[b]:
                        self.sources[b].append(a)
        self.keep = math.log10(1 - self.word_error)

    def floor(self, kind: str, a: str, b: str) -> float:
        if kind != "sub":
            return FLOOR[kind]
        if frozenset((a, b)) in self.alike:
            return FLOOR["sub-alike"]
        if a in mark_twins(b):
            return FLOOR["sub-mark"]
        if a in VOWEL_LETTERS and b in VOWEL_LETTERS:
            return FLOOR["sub-vowel"]
        if a in CONSONANT_LETTERS and b in CONSONANT_LETTERS:
            return FLOOR["sub-consonant"]
        return FLOOR["sub"]

    def log_floor(self, kind: str, a: str, b: str) -> float:
        return math.log10(self.floor(kind, a, b))

    @lru_cache(maxsize=500_000)  # noqa: B019 — one channel per process, kept for its life
    def logp(self, observed: str, intended: str) -> float:
        """log10 P(OCR wrote `observed` | the print said `intended`), case aside."""
        return self.logp_given(observed, intended, None)

    def logp_given(self, observed: str, intended: str, edit_logp: float | None) -> float:
        """`logp`, with the edits' cost where it is known already (the candidate table
        stores it): the same float."""
        if observed.lower() == intended.lower():
            return self.keep
        if edit_logp is None:
            edit_logp = self.edit_logp(observed, intended)
        return math.log10(self.word_error) + edit_logp

    @lru_cache(maxsize=500_000)  # noqa: B019
    def edit_logp(self, observed: str, intended: str) -> float:
        """log10 of the edits that turn `intended` into `observed`, given the word is misread."""
        bare_o, tone_o = bare_and_tone(observed)
        bare_i, tone_i = bare_and_tone(intended)
        total = 0.0
        # (an unseen edit's floor is computed only when it is needed)
        if tone_o != tone_i:
            found = self.tone.get((tone_i, tone_o))
            total += found if found is not None else self.log_floor("tone", "", "")
        for op in Levenshtein.editops(bare_i, bare_o):
            if op.tag == "replace":
                a, b = bare_i[op.src_pos], bare_o[op.dest_pos]
                found = self.sub.get((a, b))
                total += found if found is not None else self.log_floor("sub", a, b)
            elif op.tag == "delete":
                found = self.dele.get(bare_i[op.src_pos])
                total += found if found is not None else self.log_floor("del", "", "")
            else:
                found = self.ins.get(bare_o[op.dest_pos])
                total += found if found is not None else self.log_floor("ins", "", "")
        return total

    def edits(self, bare: str, letters: str) -> set[str]:
        """Strings one letter edit from `bare`: the letters OCR may have misread, dropped
        or added there (tone marks are handled by the caller)."""
        out = set()
        for i, ch in enumerate(bare):
            for src in (*self.sources.get(ch, ()), *mark_twins(ch)):
                out.add(bare[:i] + src + bare[i + 1:])
            out.add(bare[:i] + bare[i + 1:])  # OCR added this letter
        for i in range(len(bare) + 1):
            for ch in letters:
                out.add(bare[:i] + ch + bare[i:])  # OCR dropped a letter here
        out.discard(bare)
        out.discard("")
        return out
