"""Two-column lines of the header and the signature block, split into their columns.

A decree prints the issuer beside the national motto, the number beside the place and
date, the recipients beside the signature. OCR run over the page often writes each pair
on one line. From a PDF the x positions show the gap; from text a run of spaces does, or,
where OCR squeezed the gap to one space, the right column's known opening words.
"""

from __future__ import annotations

import itertools
from statistics import median

import regex

from vanban.document import Correction, Document, Line
from vanban.text import is_upper_word, strip_accents
from vanban.view import BODY, ReadingView
from vanban.vocabulary import (
    AUTHORITY_ALTERNATION,
    MOTTO_INDEPENDENCE,
    MOTTO_NATION,
    is_signer_title,
    opens_recipients,
)

HEADER_LINES = 12  # the header's columns end within this many lines of the top
FOOTER_LINES = 16  # and the signature block within this many lines after "Nơi nhận"

WIDE_GAP = regex.compile(r"\S(\s{3,}|\t\s*)\S")

# openings of a right-hand column, matched without accents so tone damage cannot hide them
RIGHT_OPENINGS = [
    regex.compile(rf"\b{MOTTO_NATION}\b", regex.I),  # CỘNG HÒA XÃ HỘI...
    regex.compile(rf"\b{MOTTO_INDEPENDENCE}\s*[-–—]\s*T\W?U\s+D[O0]", regex.I),  # Độc lập - Tự do
    regex.compile(rf"\b({AUTHORITY_ALTERNATION})\s?\.\s+\S"),  # TM. UỶ BAN NHÂN DÂN
]
PLACE_DATE = regex.compile(r",?\s*ngay\s+(\d{1,2}|\W{1,3}|\s)\s*thang\b", regex.I)

def column_corrections(doc: Document, view: ReadingView) -> list[Correction]:
    out = []
    for line in zone_lines(doc, view):
        found = split_point(line)
        if found is None:
            continue
        gap_start, gap_end, confidence, why = found
        out.append(Correction(
            stage="repair", kind="column-split", line=line.index, start=gap_start, end=gap_end,
            before=line.text[gap_start:gap_end], after=" | ", scope="layout",
            confidence=confidence,
            reason=f"two columns on one line ({why}): "
                   f"“{line.text[:gap_start].strip()}” | “{line.text[gap_end:].strip()}”"))
    return out


def zone_lines(doc: Document, view: ReadingView) -> list[Line]:
    """Lines where two columns are printed side by side: the header and the signature block."""
    body = [ln for ln in doc.lines if view.role(ln.index) == BODY and ln.text.strip()]
    zone = body[:HEADER_LINES]
    for i, line in enumerate(body):
        if opens_recipients(line.text.lstrip(" -")):
            zone += body[i:i + FOOTER_LINES]
    seen: set[int] = set()
    return [ln for ln in zone if not (ln.index in seen or seen.add(ln.index))]


def split_point(line: Line) -> tuple[int, int, float, str] | None:
    """Where the line's right column starts: (gap start, gap end, confidence, why)."""
    text = line.text
    anchor = right_anchor(text)
    if line.boxes and len(line.boxes) >= 3:
        gap = widest_box_gap(line)
        if gap is not None:
            start, end, ratio = gap
            if anchor is not None and start <= anchor <= end:
                return start, end, 0.97, "wide gap in the print, and the right column's opening"
            if anchor is None and ratio >= 1.6:
                return start, end, 0.85, "wide gap in the print"
    for m in WIDE_GAP.finditer(text, overlapped=True):
        start, end = m.span(1)
        if blank_to_fill(text[:start]):
            continue  # "ngày      tháng      năm 2026": a field left blank, not a column
        if anchor is not None and anchor == end:
            return start, end, 0.97, "run of spaces before the right column's opening"
        return start, end, 0.9, "run of spaces between the columns"
    if anchor is not None and anchor > 0:
        start = anchor
        while start > 0 and text[start - 1] == " ":
            start -= 1
        if start > 0:
            return start, anchor, 0.88, "the right column's opening words"
    return None


BLANK_FIELD = regex.compile(r"(?:\bngay|\bthang|^\W*so\s*:?|\bnam)\s*$", regex.I)


def blank_to_fill(left: str) -> bool:
    """The gap follows "ngày", "tháng", "năm" or "Số:": the blank of an unsigned document's
    date or number, left for the hand that signs it."""
    return BLANK_FIELD.search(strip_accents(left)) is not None


def widest_box_gap(line: Line) -> tuple[int, int, float] | None:
    boxes = line.boxes or ()
    gaps = [(b.x0 - a.x1, a.end, b.start) for a, b in itertools.pairwise(boxes)]
    if len(gaps) < 2:
        return None
    widest = max(gaps)
    typical = median(g for g, _, _ in gaps)
    if typical <= 0:
        return None
    return widest[1], widest[2], widest[0] / typical


def right_anchor(text: str) -> int | None:
    """Offset where a right column's known opening starts after some left text, if any."""
    plain = strip_accents(text)  # same length as text for NFC Vietnamese
    if len(plain) != len(text):
        return None
    for pattern in RIGHT_OPENINGS:
        for m in pattern.finditer(plain):
            if m.start() > 0 and plain[:m.start()].strip():
                return m.start()
    m = PLACE_DATE.search(plain)
    if m:
        start = place_start(text, m.start())
        if start is not None and start > 0 and text[:start].strip():
            return start
    return signer_title_start(text, plain)


def place_start(text: str, comma: int) -> int | None:
    """Start of the place name that ends at `comma` ("Thanh Hóa, ngày ..."): capitalised words."""
    words = list(regex.finditer(r"\S+", text[:comma]))
    start = None
    for m in reversed(words):
        word = m.group()
        if any(ch.isdigit() for ch in word) or "/" in word or ":" in word:
            break
        if not (word[0].isupper() or word in ("phố", "xã", "huyện", "tỉnh")):
            break
        start = m.start()
        if len(text[start:comma].split()) >= 5:
            break
    return start


def signer_title_start(text: str, plain: str) -> int | None:
    """A signer's title in capitals after recipient text ("...(để b/c);   CHỦ TỊCH")."""
    words = list(regex.finditer(r"\S+", text))
    tail = len(words)
    while tail > 0 and is_upper_word(words[tail - 1].group()) and words[tail - 1].group().isalpha():
        tail -= 1
    if tail == 0 or tail == len(words):
        return None
    start = words[tail].start()
    title = " ".join(plain[start:].split()).upper()
    left = text[:start].rstrip()
    if is_signer_title(title) and left[-1:] in ";:,.)":
        return start
    return None
