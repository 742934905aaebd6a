"""Tokens for correction and for the language model, the same at build time and at run time.

The unit of correction is a whitespace token ("quố:", "(PTA),", "kính"); the language
model sees it as units: punctuation apart, a word by its syllable key, numbers, dates and
document codes by their class.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from vanban.syllable import key

SPACE_TOKEN = regex.compile(r"\S+")
EDGE_PUNCT = regex.compile(r"^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$")
LETTERS = regex.compile(r"^\p{L}+$")
NUMBER = regex.compile(r"^\d+(?:[.,]\d+)*$")
DATE = regex.compile(r"^\d{1,2}/\d{1,2}/\d{2,4}$")
CODE = regex.compile(r"^[\p{L}\p{N}]+(?:[/\-.][\p{L}\p{N}]+)+$")
QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})

BOS = "<s>"
NUM, DATE_CLASS, CODE_CLASS, UNK = "<num>", "<date>", "<code>", "<unk>"


# not frozen: a frozen dataclass is made three times slower (each field set through
# object.__setattr__), and a page makes tens of thousands; hashed as if it were
@dataclass(slots=True, unsafe_hash=True)
class Token:
    text: str
    start: int  # offsets in the text it was found in
    end: int
    lead: str  # punctuation before the word
    core: str  # the word (may hold inner punctuation: "06-NQ/TW", "b/c")
    trail: str  # punctuation after it


def split_token(text: str, start: int = 0) -> Token:
    if text.isalpha():  # most tokens: a word alone (isalpha is \p{L}, as the pattern's)
        return Token(text, start, start + len(text), "", text, "")
    m = EDGE_PUNCT.match(text)
    lead, core, trail = m.group(1), m.group(2), m.group(3)
    if not core:  # all punctuation
        lead, trail = text, ""
    return Token(text, start, start + len(text), lead, core, trail)


@lru_cache(maxsize=4096)  # a line is read by the memory, the stream and the style alike
def tokens(text: str) -> tuple[Token, ...]:
    """The whitespace tokens of a line (shared: not to be changed)."""
    return tuple(split_token(m.group(), m.start()) for m in SPACE_TOKEN.finditer(text))


def core_unit(core: str) -> str:
    """The language-model unit of a word: its syllable key, or its class."""
    if not core:
        return ""
    if LETTERS.match(core):
        return key(core)
    if NUMBER.match(core):
        return NUM
    if DATE.match(core):
        return DATE_CLASS
    if CODE.match(core) and any(ch.isdigit() for ch in core):
        return CODE_CLASS
    if CODE.match(core):
        return core.lower()
    return UNK


def punct_units(punct: str) -> list[str]:
    punct = punct.translate(QUOTES)
    if not punct:
        return []
    if punct in ("./.", "/."):
        return ["./."]
    out: list[str] = []
    i = 0
    while i < len(punct):
        if punct.startswith("...", i) or punct[i] == "…":
            out.append("…")
            i += 3 if punct[i] == "." else 1
            continue
        out.append(punct[i])
        i += 1
    return out


def units(text: str) -> list[str]:
    """The language-model units of one whitespace token (or of a candidate for it)."""
    tok = split_token(text)
    unit = core_unit(tok.core)
    return punct_units(tok.lead) + ([unit] if unit else []) + punct_units(tok.trail)


def line_units(line: str) -> list[str]:
    out: list[str] = []
    for m in SPACE_TOKEN.finditer(line):
        out += units(m.group())
    return out

