"""List and heading labels as printed at the start of a line: "Điều 5.", "III.", "2.1.", "a)", "-".

Shared by the stages that repair labels and the one that builds the tree from them.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

ROMAN = regex.compile(r"^(?=[IVXL])L?X{0,3}(?:IX|IV|V?I{0,3})$")
BULLETS = "-–—•+*~"

PATTERNS: list[tuple[str, regex.Pattern]] = [
    ("part", regex.compile(r"^((?:PHẦN|Phần)\s+(?:THỨ|thứ)\s+\w+|(?:PHẦN|Phần)\s+[IVXL]+|"
                           r"(?:PHẦN|Phần)\s+\d+)\b\s*[.:]?")),
    ("chapter", regex.compile(r"^((?:CHƯƠNG|Chương)\s+(?:[IVXL]+|\d+))\b\s*[.:]?")),
    ("section", regex.compile(r"^((?:MỤC|Mục)\s+(?:\d+|[IVXL]+))\b\s*[.:]?")),
    # "Điêu 1." and other tone damage to the keyword still open an article
    ("article", regex.compile(r"^((?:Đi[eêềếểễệ]u|ĐI[EÊỀẾỂỄỆ]U)\s+\d+[a-z]?)\s*[.:]")),
    ("decimal", regex.compile(r"^(\d{1,2}(?:\.\d{1,2})+)[.:]?(?=\s)")),
    ("roman", regex.compile(r"^([IVXL]{1,6})\s?[.)]")),
    # "II CHỈ TIÊU" (the dot lost)
    ("roman", regex.compile(r"^([IVX]{1,5})(?=\s+[[:upper:]]{2,}\s)")),
    # a numeral OCR damaged ("H." for "II.") still opens a capitalised heading
    ("roman", regex.compile(r"^([IVXLHl1|]{1,5})\.\s*(?=[[:upper:]]{2,}\s)")),
    ("number", regex.compile(r"^(\d{1,3})\s?[.)](?=\s|$)")),
    ("letter", regex.compile(r"^([^\W\d_]?)\)")),
    ("bullet", regex.compile(r"^([-–—•+*~])(?=\s)")),
]

DAMAGED_ROMAN = next(p for k, p in PATTERNS if k == "roman" and "H" in p.pattern)

# the natural depth of each kind, used where the document does not show its own nesting
RANK = {"part": 0, "chapter": 1, "section": 2, "article": 3, "roman": 4, "number": 5,
        "decimal": 6, "letter": 7, "bullet-": 8, "bullet+": 9, "bullet*": 10}


@dataclass(frozen=True)
class Label:
    kind: str  # part, chapter, section, article, roman, number, decimal, letter, bullet
    text: str  # as printed, without its trailing "." or ")"
    end: int  # offset in the line where the label (and its punctuation and spaces) ends

    @property
    def rank_key(self) -> str:
        """The kind, with bullets told apart by their sign ("bullet-", "bullet+")."""
        if self.kind != "bullet":
            return self.kind
        return {"-": "bullet-", "–": "bullet-", "—": "bullet-", "+": "bullet+"}.get(
            self.text, "bullet*")


def parse_label(text: str) -> Label | None:
    """The label that opens the line, or None."""
    for kind, pattern in PATTERNS:
        m = pattern.match(text)
        if not m:
            continue
        label = m.group(1)
        if kind == "roman" and not ROMAN.match(label) and pattern is not DAMAGED_ROMAN:
            continue
        if kind == "letter" and not m.group(1) and not text[m.end():].strip():
            continue  # a lone ")" is no label
        end = m.end()
        while end < len(text) and text[end] in " \t":
            end += 1
        if kind == "bullet" and end >= len(text):
            return None
        return Label(kind, " ".join(label.split()), end)
    return None


def roman_value(numeral: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50}
    total = 0
    for ch, nxt in zip(numeral, [*numeral[1:], ""], strict=True):
        v = values[ch]
        total += -v if nxt and values[nxt] > v else v
    return total


def to_roman(value: int) -> str:
    out = []
    for v, s in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while value >= v:
            out.append(s)
            value -= v
    return "".join(out)
