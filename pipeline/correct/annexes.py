"""Annex headings' numerals. A document's annexes are counted through ("Phụ lục I",
"Phụ lục II" …, or "Phụ lục 01" …); a numeral OCR lost or damaged ("Phụ lục |",
"PHỤ LỤC H") is read from the heading's place among the document's annexes, or, where
none of them kept its numeral, from the annexes the document's own text cites."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from vanban.document import Correction
from vanban.labels import ROMAN, roman_value, to_roman
from vanban.view import Segment
from vanban.vocabulary import ANNEX_KEYWORD, ONE_LIKE, ROMAN_FOR

# a heading alone on its line (specks around it): its keyword and what follows, short, of
# the signs a numeral is read as
NUMERAL_SIGNS = "".join(sorted({chr(c) for c in ROMAN_FOR} | ONE_LIKE | set("IVXLH0123456789")))
ANNEX_HEADING = regex.compile(
    rf"^[-–_~.'\s]{{0,3}}{ANNEX_KEYWORD}(?P<after>\s*(?:[Ss]ố\s+)?"
    # (or a sign OCR read for it: "Phụ lục †")
    rf"(?P<numeral>(?:[{regex.escape(NUMERAL_SIGNS)}]|[^\s\p{{L}}\p{{N}}]){{0,4}})"
    r"[\s.:;,'`|_~-]*)$")
# a part of an annex numbered under it: "I.1", "1.10" (and as OCR reads them, "†.2")
SUB_NUMERAL = regex.compile(r"^[^\s.]{1,2}\.[^\s.]{1,2}$")
# an annex the text cites by number: "tại Phụ lục II", "(Phụ lục số 02)"
CITED = regex.compile(rf"(?:{ANNEX_KEYWORD}|phụ lục)\s+(?:số\s+)?(?P<numeral>[IVXL]+|\d{{1,2}})\b")
# a citation of the document's own annex: "ban hành kèm theo Nghị định này"
OWN = regex.compile(r"\bnày\b")
BY_NEIGHBOUR = 0.75  # a numeral counted from an annex heading that kept its own
BY_CITATION = 0.6  # from the annexes the text cites, where no heading kept its numeral


@dataclass(frozen=True)
class Style:
    roman: bool
    width: int  # arabic numerals' digits, zero-padded ("01")

    def write(self, value: int) -> str:
        return to_roman(value) if self.roman else str(value).zfill(self.width)


def read_numeral(numeral: str) -> tuple[int, Style] | None:
    """A numeral as printed, or None where it is none (lost, or damaged)."""
    if ROMAN.match(numeral):
        return roman_value(numeral), Style(True, 0)
    if numeral.isdecimal() and int(numeral) > 0:
        return int(numeral), Style(False, len(numeral))
    return None


def annex_corrections(segments: list[Segment]) -> list[Correction]:
    every = [(seg, m) for seg in segments if (m := ANNEX_HEADING.match(seg.text))]
    part = [bool(SUB_NUMERAL.match(m.group("numeral"))) for _, m in every]
    # (not a part of an annex, "Phụ lục I.1", "Phụ lục I.10": its numeral is its parent's
    # and its own, and the annexes are counted without it; nor one among such parts, its
    # numeral damaged, "Phụ lục I8" between I.7 and I.9)
    headings = [heading for k, heading in enumerate(every) if not part[k] and not (
        0 < k < len(every) - 1 and part[k - 1] and part[k + 1])]
    if not headings:
        return []
    read = [read_numeral(m.group("numeral")) for _, m in headings]
    cited: dict[Style, set[int]] = {}
    own_cited: set[int] = set()
    heading_segments = {id(seg) for seg, _ in headings}
    for seg in segments:
        if id(seg) in heading_segments:
            continue
        for m in CITED.finditer(seg.text):
            found = read_numeral(m.group("numeral"))
            if found is not None:
                cited.setdefault(found[1], set()).add(found[0])
                if OWN.search(seg.text, m.end()):
                    own_cited.add(found[0])
    out = []
    for j, ((seg, m), numeral) in enumerate(zip(headings, read, strict=True)):
        if numeral is not None:
            continue
        guess = by_neighbour(read, j) or by_citation(read, j, cited, own_cited, m)
        if guess is None:
            continue
        value, style, confidence, reason = guess
        start, end = m.span("after")
        where = seg.to_original(start, end)
        if where is None:
            continue
        written = style.write(value)
        out.append(Correction(
            stage="correct", kind="label", line=seg.line, start=where[0], end=where[1],
            before=seg.text[start:end], after=f" {written}", confidence=confidence,
            reason=f"annex {written}: its numeral {reason}"))
    return out


def by_neighbour(read: list[tuple[int, Style] | None], j: int
                 ) -> tuple[int, Style, float, str] | None:
    """The numeral counted from the nearest annex heading that kept its own."""
    before = next((k for k in range(j - 1, -1, -1) if read[k] is not None), None)
    after = next((k for k in range(j + 1, len(read)) if read[k] is not None), None)
    for k in (before, after):
        if k is None:
            continue
        value, style = read[k]
        want = value + (j - k)
        if want >= 1:
            return (want, style, BY_NEIGHBOUR,
                    f"was not read; the annex {'before' if k < j else 'after'} it is "
                    f"{style.write(value)}")
    return None


def by_citation(read: list[tuple[int, Style] | None], j: int,
                cited: dict[Style, set[int]], own_cited: set[int], m: regex.Match
                ) -> tuple[int, Style, float, str] | None:
    """Where no heading kept its numeral: the j-th annex is number j + 1 where the text
    numbers the annexes it cites that way, two of them at least (one may be another
    document's). A heading OCR read nothing after must be cited as the document's own:
    an annex may be printed unnumbered ("PHỤ LỤC") where the text amends another
    document's numbered ones."""
    if any(r is not None for r in read):
        return None
    want = j + 1
    styles = [s for s, values in cited.items() if want in values and len(values) >= 2]
    if len(styles) != 1:
        return None
    if not m.group("after").strip() and want not in own_cited:
        return None
    numbers = ", ".join(styles[0].write(v) for v in sorted(cited[styles[0]]))
    return (want, styles[0], BY_CITATION,
            f"was not read; the text cites its annexes by number ({numbers})")
