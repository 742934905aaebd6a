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
    NUMBER_KEYWORD,
    NUMBER_KEYWORD_AS_DIGITS,
    PLACE_KINDS,
    VV_SLASH,
    is_signer_title,
    opens_recipients,
)

HEADER_LINES = 12  # the header's columns end within this many lines of the top
FOOTER_LINES = 16  # and the signature block within this many lines after "Nơi nhận"
# on a scan, a gap between columns is wider than this many times the letters' height; a
# wide word space is not ("ỦY  BAN THƯỜNG VỤ"), however it compares with the line's others
COLUMN_GAP_HEIGHTS = 1.5

WIDE_GAP = regex.compile(r"\S(\s{3,}|\t\s*)\S")

# openings of a right-hand column, matched without accents so tone damage cannot hide them
RIGHT_OPENINGS = [
    # CỘNG HÒA XÃ HỘI... in capitals, as the motto prints it (a title may name the state
    # in running text: "Quốc khánh nước Cộng hoà xã hội chủ nghĩa Việt Nam")
    regex.compile(rf"\b{MOTTO_NATION}\b"),
    regex.compile(rf"\b{MOTTO_INDEPENDENCE}\s*[-–—]\s*T\W?U\s+D[O0]", regex.I),  # Độc lập - Tự do
    # TM. UỶ BAN NHÂN DÂN (not "15.6.L Q. 1.": a codified number, its source spaced)
    regex.compile(rf"\b({AUTHORITY_ALTERNATION})\s?\.\s+(?=[^\d\s])\S"),
    # the number beside the issuer's last line: "TRUNG ƯƠNG Số: 648 CV/TWĐTN" ("Sổ", "S6"),
    # a speck or the logo read between them ("ƯƠNG ` Số: 245", "ƯƠNG 1š Số: 245", "ƯƠNG š
    # 5š Số: !42", its 1 read as a mark; "ƯƠNG; *. Số: 3940", a speck glued to the word)
    regex.compile(r"(?<=[A-Z][^\w\s]{0,2}\s+(?:(?:[^\w\s]{1,2}|\d\S{0,2}|\w{1,2})\s+){0,2})"
                  r"S[Oo06]\s?[:;]\s*[\dIl|!]"),
]
PLACE_DATE = regex.compile(r",?\s*ngay\s+(\d{1,2}|\W{1,3}|\s)\s*thang\b"
                           # the month's word lost to OCR, the frame "ngày … năm 2021" kept
                           r"|,\s*ngay\s+\d{1,2}\s+\S{1,5}\s+[\dIl|]{1,2}\s+nam\s+\d{4}"
                           # the date going on in the next line: "Hà Nội, ngày" / "08 tháng 11 …"
                           r"|,\s*ngay\W*$", regex.I)

def column_corrections(doc: Document, view: ReadingView) -> list[Correction]:
    out = []
    for line in zone_lines(doc, view):
        cells = cell_breaks(line.text)
        found = [(start, end, 0.9, "a table's cell border") for start, end in cells]
        # the last cell may hold two columns of its own ("ĐOÀN TNCS … Hà Nội, ngày"), and so
        # may another where OCR lost a border ("TRUNG ƯƠNG 1š Số: 245 …" | "ĐOÀN …")
        last = cells[-1][1] if cells else 0
        split = split_point(line, last)
        if split is not None:
            found.append(split)
        # the number's line, or its cell split off by its opening, holds the abstract under
        # it ("… ƯƠNG 1š Số: 3940 CV/TWĐTNBTC “V/v đánh giá …"), as a table's row's does
        opens = split[1] if split is not None else 0
        if not cells and NUMBER_OPENING.match(line.text[opens:]):
            found += [(m.start() + opens, m.end() + opens, 0.85, "the abstract under the "
                       "number") for m in ABSTRACT_IN_CELL.finditer(line.text[opens:])]
        for (begin, _), (end, _) in zip([(0, 0), *((e, e) for _, e in cells)][:-1], cells,
                                        strict=True):
            # (there by a known opening only: runs of spaces part a cell's recipients)
            anchor = right_anchor(line.text[begin:end])
            inner = text_split_point(line.text[begin:end], anchor) if anchor else None
            if inner is not None:
                found.append((inner[0] + begin, inner[1] + begin, *inner[2:]))
        found.sort()
        for gap_start, gap_end, confidence, why in found:
            out.append(Correction(
                stage="repair", kind="column-split", line=line.index, start=gap_start,
                end=gap_end, before=line.text[gap_start:gap_end], after=" | ",
                scope="layout", confidence=confidence,
                reason=f"two columns on one line ({why}): "
                       f"“{line.text[:gap_start].strip()}” | “{line.text[gap_end:].strip()}”"))
    return out


# the border between two cells of a header laid out as a table and flattened to text (a
# document converted from a word processor): "|", and the backslashes and strokes OCR reads
# for an empty cell ("\\", "\W\|"); each cell then reads as a column of its own (the
# next cell's capitals may touch a bar, or the quote closing the cell before: "… năm 2019”
# |ĐOÀN", "… năm 2019”| ĐOÀN"; not a backslash: "\W" is how OCR reads the empty cell's)
# (a double bar glued to the word before it is one too: "Dự thảo lần 5|| ĐOÀN TNCS …")
CELL_BORDER = regex.compile(r"(?<=\S)(?:\s+|(?<=[”\"])|(?=\|\|))(?:[|\\](?:[|\\W\s]*[|\\])?)"
                            r"(?:\s+|(?<=\|)(?=\p{Lu}))(?=\S)")


# the abstract ("V/v …") printed under the number, in the number's cell
# (or "*V¿v", "°V/ ban hành": its v lost)
ABSTRACT_IN_CELL = regex.compile(rf"(?<=/\S*)\s+(?=[“\"*~°]?{VV_SLASH}(?:[vV]\b|\s+\p{{Ll}}))")


NUMBER_OPENING = regex.compile(  # "Số:"
    rf"^[\W_]{{0,3}}(?:{NUMBER_KEYWORD}\s?[:;]|{NUMBER_KEYWORD_AS_DIGITS})")


def cell_breaks(text: str) -> list[tuple[int, int]]:
    """The cell borders inside a header or signature line, as (start, end) of each gap."""
    breaks = []
    borders = sorted([*CELL_BORDER.finditer(text), *ABSTRACT_IN_CELL.finditer(text)],
                     key=lambda m: m.start())
    if not any(m.re is CELL_BORDER for m in borders):
        return []  # a table's row shows its borders
    for m in borders:
        left, right = text[:m.start()], text[m.end():]
        # a border has words on both sides, not a decoration's strokes only; nor does one
        # part the number's keyword from its number ("Số: | NQ/TWĐTNVP": the form's rule)
        keyword = NUMBER_OPENING.match(left)
        if (any(ch.isalnum() for ch in left) and any(ch.isalnum() for ch in right)
                and not (keyword and keyword.end() == len(left.rstrip()))):
            breaks.append(m.span())
    return breaks


def header_lines(doc: Document, view: ReadingView) -> list[Line]:
    return [ln for ln in doc.lines if view.role(ln.index) == BODY
            and ln.text.strip()][:HEADER_LINES]


def zone_lines(doc: Document, view: ReadingView) -> list[Line]:
    """Lines where two columns are printed side by side: the header and the signature block."""
    body = [ln for ln in doc.lines if view.role(ln.index) == BODY and ln.text.strip()]
    zone = header_lines(doc, view)
    for i, line in enumerate(body):
        if opens_recipients(line.text.lstrip(" -")):
            zone += body[i:i + FOOTER_LINES]
    seen: set[int] = set()
    return [ln for ln in zone if not (ln.index in seen or seen.add(ln.index))]


def split_point(line: Line, after: int = 0) -> tuple[int, int, float, str] | None:
    """Where the line's right column starts: (gap start, gap end, confidence, why); in a
    table's row, within its last cell (from `after`, by the text alone)."""
    if after:
        inner = text_split_point(line.text[after:], right_anchor(line.text[after:]))
        if inner is None:
            return None
        start, end, confidence, why = inner
        return start + after, end + after, confidence, why
    anchor = right_anchor(line.text)
    if line.boxes and len(line.boxes) >= 3:
        gap = widest_box_gap(line)
        if gap is not None:
            start, end, ratio, wide_enough = gap
            if anchor is not None and start <= anchor <= end:
                return start, end, 0.97, "wide gap in the print, and the right column's opening"
            if anchor is None and ratio >= 1.6 and wide_enough:
                return start, end, 0.85, "wide gap in the print"
    return text_split_point(line.text, anchor)


def text_split_point(text: str, anchor: int | None) -> tuple[int, int, float, str] | None:
    # "Nơi nhận:   Như trên;   Lưu VT.": runs of spaces part the recipients, not columns
    gaps = [] if opens_recipients(text) else WIDE_GAP.finditer(text, overlapped=True)
    for m in gaps:
        start, end = m.span(1)
        if blank_to_fill(text[:start]):
            continue  # "ngày      tháng      năm 2026": a field left blank, not a column
        if DATE_GOES_ON.match(strip_accents(text[end:])) and "ngay" in strip_accents(
                text[:start]).lower():
            continue  # "ngày 06 tháng 10     năm 2023": one date, spaced out
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


DATE_GOES_ON = regex.compile(r"^(?:thang\s+\d{1,2}\s+)?nam\s+\d{4}", regex.I)
# (its period may read as a comma: "KT, BỘ TRƯỞNG")
AUTHORITY_ONLY = regex.compile(rf"^[\W_]*(?:{AUTHORITY_ALTERNATION})\s?[.,]$")
BLANK_FIELD = regex.compile(r"(?:\bngay|\bthang|^\W*so\s*:?|\bnam)\s*$", regex.I)


def blank_to_fill(left: str) -> bool:
    """The gap follows "ngày", "tháng", "năm" or "Số:": the blank of an unsigned document's
    date or number, left for the hand that signs it."""
    return BLANK_FIELD.search(strip_accents(left)) is not None


def widest_box_gap(line: Line) -> tuple[int, int, float, bool] | None:
    """The widest gap between printed words that is no blank left to fill ("Số:   /KH"):
    its start and end in the text, its width against the line's typical gap, and whether
    it is wide enough for a column gap (scans, whose letters' height is known)."""
    boxes = line.boxes or ()
    gaps = [(b.x0 - a.x1, a.end, b.start) for a, b in itertools.pairwise(boxes)]
    if len(gaps) < 2:
        return None
    typical = median(g for g, _, _ in gaps)
    candidates = [g for g in gaps if not blank_to_fill(line.text[:g[1]])]
    if typical <= 0 or not candidates:
        return None
    widest = max(candidates)
    heights = [b.bottom - b.top for b in boxes if b.top is not None and b.bottom is not None]
    wide_enough = not heights or widest[0] >= COLUMN_GAP_HEIGHTS * median(heights)
    return widest[1], widest[2], widest[0] / typical, wide_enough


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


PLACE_ABBREVIATION = regex.compile(r"^(?:TP|Tp|TX|Tx|TT)\.?$")


def place_start(text: str, comma: int) -> int | None:
    """Start of the place name that ends at `comma` ("Thanh Hóa, ngày ..."): capitalised words."""
    words = list(regex.finditer(r"\S+", text[:comma]))
    start = None
    for m in reversed(words):
        word = m.group()
        if any(ch.isdigit() for ch in word) or "/" in word or ":" in word:
            if word.endswith("-") and start is not None:
                return None  # "số 62/2022/NĐ- CP ngày 12 tháng 9": a code's last part
            break
        if start is not None and len(word) <= 2 and not any(ch.isalnum() for ch in word):
            continue  # a speck between the place's words ("“Hà ' Nội, ngày …")
        bare = word.lstrip("“\"'‘(-–—_")  # (a speck before it: "“Hà Nội", "-Hà Nội")
        if not bare or not (bare[0].isupper() or word in PLACE_KINDS):
            break
        if PLACE_ABBREVIATION.match(word):
            start = m.start()  # "TP. Hồ Chí Minh": the place's own capitals
            continue
        if start is not None and is_upper_word(word) and len(word) > 1 and not is_upper_word(
                text[start:comma].split()[0]):
            break  # the issuer's capitals end where the place's title case begins
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
    if is_signer_title(title) and left[-1:] in ";:,.)" and not AUTHORITY_ONLY.match(left):
        return start  # ("KT. CHÁNH VĂN PHÒNG" is one line: the authority before its title)
    return None
