"""Small text helpers shared by the stages: Vietnamese letters, case, accents."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng

# a letter of Vietnamese or of the Latin script (abbreviations, foreign names)
LETTER = r"[^\W\d_]"
WORD_RE = regex.compile(r"\S+")


@lru_cache(maxsize=65536)
def strip_accents(text: str) -> str:
    """The text without diacritics, đ as d: for matching that OCR's tone damage cannot break."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def is_upper_word(word: str) -> bool:
    """All its letters are capitals (and it has at least one)."""
    letters = [ch for ch in word if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def mostly_upper(text: str, share: float = 0.8) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 2 and sum(ch.isupper() for ch in letters) >= share * len(letters)


def capital_heading(text: str, share: float = 0.8) -> bool:
    """A heading in capitals, alone or before its own words: "NỘI DUNG", or "THỜI GIAN:
    Ngày 26/6/2022" (a heading whose content follows its colon on the line)."""
    if mostly_upper(text, share):
        return True
    head, colon, _ = text.partition(":")
    return bool(colon) and len(head.split()) <= 8 and mostly_upper(head, share)


def starts_lower(text: str) -> bool:
    """The first thing in the text is a lower-case letter (so a sentence goes on)."""
    stripped = text.lstrip("\"“'‘( ")
    return bool(stripped) and stripped[0].isalpha() and stripped[0].islower()


def squash_spaces(text: str) -> str:
    return " ".join(text.split())
