"""Is a PDF page's text layer Vietnamese worth reading, or a scanner's failed OCR?

A scanner's built-in OCR often knows no Vietnamese: it drops the marks ("THANH PHO DA
NANG") or turns them into other letters ("Dà Näng", "CilU NGHIA VIT NAM"). Such a layer
is worse than reading the page image again. Three signs, each measured on the page's
words: few carry a Vietnamese mark (in Vietnamese prose most syllables do), many are
spelled as no Vietnamese syllable is, or letters of other alphabets appear.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import regex

from vanban.syllable import is_valid

WORD = regex.compile(r"\p{L}+")
MIN_WORDS = 12  # fewer words than this say nothing about the layer
# measured on clean Vietnamese administrative text: 55-75 % of words carry a mark and
# 97-99 % are syllables; scanner layers without diacritics score 0-5 % marked
MIN_MARKED = 0.25
MIN_SYLLABLES = 0.80
MAX_FOREIGN = 0.03
VIETNAMESE_LETTERS = frozenset(
    "abcdefghijklmnopqrstuvwxyzđ"
    "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ")


@dataclass(frozen=True)
class LayerCheck:
    usable: bool
    words: int
    marked: float  # share of words with a Vietnamese mark
    syllables: float  # share of words spelled as Vietnamese syllables
    foreign: float  # share of words with letters no Vietnamese word has
    reason: str


def check_layer(text: str) -> LayerCheck:
    words = WORD.findall(unicodedata.normalize("NFC", text))
    n = len(words)
    if n < MIN_WORDS:
        return LayerCheck(n > 0, n, 0.0, 0.0, 0.0,
                          f"text layer: only {n} words" if n else "no text layer")
    lower = [w.lower() for w in words]
    marked = sum(any(not c.isascii() for c in w) for w in lower) / n
    foreign = sum(any(c not in VIETNAMESE_LETTERS for c in w) for w in lower) / n
    # capitals-only words are mostly abbreviations (UBND, HĐND): judged by the rest
    prose = [w.lower() for w in words if not (w.isupper() and len(w) > 1)] or lower
    syllables = sum(is_valid(w) for w in prose) / len(prose)
    problems = []
    if marked < MIN_MARKED:
        problems.append(f"{marked:.0%} of words carry a Vietnamese mark")
    if syllables < MIN_SYLLABLES:
        problems.append(f"{1 - syllables:.0%} of words are no Vietnamese syllable")
    if foreign > MAX_FOREIGN:
        problems.append(f"{foreign:.0%} of words have letters of other alphabets")
    if problems:
        return LayerCheck(False, n, marked, syllables, foreign,
                          "text layer is not Vietnamese: " + ", ".join(problems))
    return LayerCheck(True, n, marked, syllables, foreign,
                      f"text layer: {n} words, {marked:.0%} marked, {syllables:.0%} syllables")
