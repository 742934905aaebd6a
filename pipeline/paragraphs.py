"""Where a hard-wrapped paragraph ends: shared by the stages that read lines as paragraphs.

OCR text keeps the printed line breaks. A paragraph ends where the next line opens with
a label, or where a line ending a sentence stops short of the right margin.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from vanban.document import Document
from vanban.labels import Label
from vanban.text import mostly_upper, starts_lower
from vanban.view import Segment

SENTENCE_END = (".", "!", "?", ".”", ".\"", "./.", ":", ";", "…")
SHORT = 0.82  # a line shorter than this share of the usual width stops before the margin
# a page's wrapped lines end a sentence at most about half the time (the OCR of 300
# printed documents: 48 % at most); a text typed or exported a paragraph to a line, nearly
# always
PARAGRAPH_LINES = 0.8


def lines_are_paragraphs(lines: Iterable[str]) -> bool:
    """Is the text a paragraph to a line, rather than a page's lines as printed?"""
    full = [line.rstrip() for line in lines if len(line.split()) >= 5]
    return len(full) >= 3 and sum(line.endswith(SENTENCE_END) for line in full) >= (
        PARAGRAPH_LINES * len(full))


@dataclass
class Widths:
    """Typical printed width of a full line, to tell a line that stops short."""

    typical: float
    by_pdf: bool

    @classmethod
    def of(cls, doc: Document, segments: list[Segment]) -> Widths:
        by_pdf = doc.source.format == "pdf"
        widths = sorted(width(doc, s, by_pdf) for s in segments if len(s.text.split()) >= 5)
        typical = widths[int(len(widths) * 0.75)] if widths else 80.0
        return cls(typical=typical, by_pdf=by_pdf)

    def short(self, doc: Document, seg: Segment) -> bool:
        return width(doc, seg, self.by_pdf) < SHORT * self.typical


def width(doc: Document, seg: Segment, by_pdf: bool) -> float:
    line = doc.lines[seg.line]
    if by_pdf and line.boxes:
        first, last = seg.starts[0], seg.end
        inside = [b for b in line.boxes if b.start >= first and b.end <= last] or list(line.boxes)
        return inside[-1].x1 - min(b.x0 for b in line.boxes)
    return float(len(seg.text))


def label_of(prev: Segment | None, seg: Segment, doc: Document, widths: Widths) -> Label | None:
    """The label opening `seg`, if it really opens an item.

    A dash at the start of a line continues the previous line's sentence as often as it
    opens a bullet ("… quốc phòng" / "- an ninh"); it is a bullet only after a line that
    ends a clause or stops short, and when what follows is not lower case.
    """
    label = seg.label
    if label is None or label.kind != "bullet":
        return label
    rest = seg.text[label.end:]
    if mostly_upper(rest, 0.9) and len(rest.split()) <= 10:
        return None  # items are in sentence case; a capitalised line is a heading or a title
    if prev is None:
        return label
    if starts_lower(rest):  # only a list that runs on from a colon or semicolon
        return label if prev.text.endswith((":", ";")) else None
    if (prev.text.endswith((*SENTENCE_END, ",")) or seg.blank_before
            or widths.short(doc, prev)):
        return label
    return None


def opens_paragraph(prev: Segment | None, seg: Segment, doc: Document, widths: Widths) -> bool:
    """Does `seg` start a new paragraph (rather than continue `prev`'s)?"""
    if prev is None or prev.column != seg.column:
        return True
    if label_of(prev, seg, doc, widths) is not None:
        return True
    text = prev.text
    if mostly_upper(text) and not mostly_upper(seg.text):
        return True
    if starts_lower(seg.text):
        return False
    if text.endswith(SENTENCE_END) and seg.blank_before:
        return True
    # hard-wrapped text fills each line to the margin: one that stops short ends its
    # paragraph, whether a sentence or a heading ("1. Mục tiêu chung" / "Thực hiện …")
    return widths.short(doc, prev) and not text.endswith((",", "-"))
