"""Letter case OCR got wrong inside a word ("tạO", "VÒng") or for a whole word ("CÓ" amid
lower-case text). The language model cannot see case, so these are rules of their own."""

from __future__ import annotations

from functools import lru_cache

from vanban.correct.lexicon import Lexicon
from vanban.correct.stream import Slot, word_correction
from vanban.document import Correction
from vanban.labels import ROMAN
from vanban.syllable import parse
from vanban.view import Segment


@lru_cache(maxsize=100_000)  # asked for each word and again for its neighbours
def word_case(text: str) -> str:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return "none"
    if all(ch.isupper() for ch in letters):
        return "upper"
    if all(ch.islower() for ch in letters):
        return "lower"
    if letters[0].isupper() and all(ch.islower() for ch in letters[1:]):
        return "title"
    return "mixed"


def neighbour_cases(slots: list[Slot], i: int) -> list[str]:
    out = []
    for j in (i - 2, i - 1, i + 1, i + 2):
        if 0 <= j < len(slots) and slots[j].seg == slots[i].seg and slots[j].token.core:
            out.append(word_case(slots[j].token.core))
    return out


def case_corrections(slots: list[Slot], segments: list[Segment], lex: Lexicon,
                     skip: set[int]) -> list[Correction]:
    out = []
    for i, slot in enumerate(slots):
        core = slot.token.core
        if i in skip or not core or not core.isalpha() or len(core) < 2:
            continue
        lower = core.lower()
        if parse(lower) is None or not lex.attested(lower) or core in lex.abbreviations:
            continue
        shape = word_case(core)
        around = neighbour_cases(slots, i)
        if shape == "mixed":
            if around and all(c == "upper" for c in around):
                fixed, confidence = core.upper(), 0.9
            elif slot.paragraph_start or not around:
                fixed, confidence = lower[:1].upper() + lower[1:], 0.9
            else:
                fixed, confidence = lower, 0.95
            why = "capitals mixed into a word"
        elif shape == "upper" and len(around) >= 2 and all(c == "lower" for c in around[1:3]) \
                and around[0] == "lower" and not slot.paragraph_start \
                and not ROMAN.match(core):  # a roman numeral is printed so ("khóa XI")
            fixed, confidence = lower, 0.85
            why = "a word in capitals amid lower-case words"
        else:
            continue
        if fixed == core:
            continue
        fix = word_correction("case", slot, segments, 0, core, fixed, confidence,
                              f"“{core}” → “{fixed}”: {why}")
        if fix is not None:
            out.append(fix)
    return out
