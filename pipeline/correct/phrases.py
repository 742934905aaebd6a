"""Multi-word names of the lexicon (places, agencies, positions, document types) matched
over windows of words: a name damaged in one syllable ("Bộ Chỉ huy Quật sự", "Nghí Sơn")
points to the entry, whose syllables become readings for the damaged words, backed by
the match. rapidfuzz compares the windows with the entries, diacritics apart.

(The lexicon's lower-case multi-syllable words are not matched here: measured on the
dev OCR, the language model places common words better than a list does.)
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from rapidfuzz import fuzz, process

from vanban.text import strip_accents

MAX_WORDS = 5
NAMES = "names.tsv"  # the phrases matched, with their skeletons (`write_names`)
NAME_SIMILARITY = 85  # rapidfuzz ratio, diacritics apart, for a capitalised window
NEAR_KEPT = 50_000  # windows whose entries are kept (a batch worker's, for its life)


def titled(text: str) -> bool:
    """Starts with a capital, and is not in capitals throughout."""
    return text[:1].isupper() and any(ch.islower() for ch in text)


def skeleton(words: list[str]) -> str:
    return strip_accents(" ".join(words)).lower()  # a letter's accents are its own


def names_of(phrases: Path) -> list[tuple[str, str]]:
    """The entries of the lexicon's phrases the windows are matched with, each with its
    skeleton: names as printed in running text ("Bộ Tài chính"), not headings in capitals
    nor common words (the language model knows those better than a list does)."""
    out = []
    if phrases.exists():
        for line in phrases.read_text(encoding="utf-8").splitlines()[1:]:
            phrase = line.split("\t")[0]
            words = phrase.split()
            if 2 <= len(words) <= MAX_WORDS and titled(phrase):
                out.append((phrase, skeleton(words)))
    return out


def write_names(phrases: Path, out: Path) -> None:
    """`names_of` written beside the phrases with the lexicon: making them at each start
    (80,000 phrases filtered, 21,000 skeletons) took longer than the rest of the load."""
    with out.open("w", encoding="utf-8") as fh:
        fh.write("phrase\tskeleton\n")
        for phrase, key in names_of(phrases):
            fh.write(f"{phrase}\t{key}\n")


def read_names(path: Path) -> list[tuple[str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    return [tuple(line.split("\t")) for line in lines]  # type: ignore[misc]


CAPITAL_NAME_WORDS = 3  # words of a name matched in capitals


class Phrases:
    """The lexicon's names, indexed by their skeleton on first use: a document with no
    doubtful capitalised window (and a process that corrects one line) never builds it."""

    def __init__(self, path: Path, names: Path | None = None) -> None:
        self.path = path
        self.names = names  # `write_names`' file, where the lexicon has it
        self._index: tuple[dict, dict, dict] | None = None
        # a window's entries, kept: a document names its agencies and places again and again
        self._near: dict[tuple[str, ...], list[str]] = {}

    def _build(self) -> tuple[dict, dict, dict]:
        exact: dict[tuple[int, str], list[str]] = defaultdict(list)
        names: dict[tuple[int, str], list[str]] = defaultdict(list)
        name_keys: dict[tuple[int, str], list[str]] = defaultdict(list)
        entries = (read_names(self.names) if self.names is not None and self.names.exists()
                   else names_of(self.path))
        for phrase, key in entries:
            size = len(phrase.split())
            exact[(size, key)].append(phrase)
            bucket = (size, key[:2])
            names[bucket].append(phrase)
            name_keys[bucket].append(key)
        return exact, names, name_keys

    def near(self, words: list[str]) -> list[str]:
        """Entries of as many words that the window may be, diacritics apart or one letter
        damaged in a name; never the window itself."""
        capitals = not titled(" ".join(words))
        if capitals and not all(w.isupper() and len(w) > 1 for w in words):
            return []
        window = tuple(words)
        found = self._near.get(window)
        if found is None:
            if len(self._near) >= NEAR_KEPT:
                self._near.clear()
            found = self._near[window] = self._find(words, capitals)
        return list(found)

    def _find(self, words: list[str], capitals: bool) -> list[str]:
        """The window's entries: spelled alike but for diacritics, or (in running text) one
        letter damaged. A name in a heading's capitals ("ĐOÀN TNCS HÔ CHÍ MINH") is matched
        by its diacritics alone, a letter as well would match too many headings' words; and
        a name of two words is too often a heading's words too ("XÃ HỘI", a place "Xá
        Hội")."""
        if capitals and len(words) < CAPITAL_NAME_WORDS:
            return []
        if self._index is None:
            self._index = self._build()
        exact, names, name_keys = self._index
        key = skeleton(words)
        found = list(exact.get((len(words), key), ()))
        if capitals:
            found = [p.upper() for p in found]
        else:
            bucket = (len(words), key[:2])
            for _, _, k in process.extract(key, name_keys.get(bucket, []), scorer=fuzz.ratio,
                                           score_cutoff=NAME_SIMILARITY, limit=5):
                found.append(names[bucket][k])
        text = " ".join(words)
        return [p for p in dict.fromkeys(found) if p != text]
