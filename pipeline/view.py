"""The reading view every stage after ingest reads, built once per document.

It owns the body lines in reading order with the applied text corrections replayed, each
line split into its columns, and what the layout corrections say: a line's role (body,
page number, running head) and its column spans, read from the applied layout corrections
rather than written into the ingested lines. A segment's list label is parsed once, with
the segment, and the typical width of a full line is measured once per refresh.

When a stage adds corrections (`Document.add`), the next `Document.view()` replays only
the lines they touch.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import regex

from vanban.document import Correction, Document, WordBox, least_confidence, replay
from vanban.labels import Label, parse_label
from vanban.text import starts_lower

if TYPE_CHECKING:
    from vanban.paragraphs import Widths

BODY = "body"
LINE_ROLES = ("page-number", "running-head")  # layout corrections that take a line out
COLUMN_SPLIT = "column-split"
HEADING_SPLIT = "heading-split"  # a heading run into the sentence before it, cut off


def across_columns(prev: Segment, seg: Segment) -> bool:
    """Are the two segments in different columns (a paragraph never runs across)? Not a
    run-in heading's title going on in the next line ("….Điều 44.7.PL.3. Nguyên tắc thực
    hiện pháp" / "điển")."""
    return prev.column != seg.column and not (
        prev.run_in and seg.column == 0 and seg.line == prev.line + 1 and starts_lower(seg.text))


@dataclass(slots=True)
class Segment:
    """A stretch of one line in reading order: the whole line, or one of its columns.

    `text` is the corrected text; `starts[i]` and `ends[i]` delimit the original text that
    text[i] came from (a copied character's own place, or the whole span a correction
    replaced), so a change found here can be recorded against the original.
    """

    line: int
    column: int  # 0: the whole line or its left column; 1, 2 …: the columns after it
    text: str
    # (starts, ends); or, where no correction changed the segment (most lines), the
    # original offset of its first character: its map is then a range, made when asked for
    offsets: tuple[list[int], list[int]] | int
    end: int  # where the segment ends in the original line
    blank_before: bool = False  # an empty line precedes it in the input
    run_in: bool = False  # a heading cut off the sentence it was run into, on its line
    # it goes on a note in parentheses opened at an earlier line's start ("(Điều này có nội
    # dung liên quan đến …" / "Chương VI HÌNH PHẠT; …"): what it cites opens no unit here
    in_note: bool = False
    # one of the cells a column split cut the line into (a header's issuer | motto, a
    # table's row), not a run-in heading's cut
    cell: bool = False
    # the line's printed words with OCR's confidence in each (scans only)
    scanned: tuple[WordBox, ...] | None = None
    _label: Label | bool | None = field(default=False, repr=False, compare=False)

    @property
    def starts(self) -> list[int] | range:
        if isinstance(self.offsets, int):
            return range(self.offsets, self.offsets + len(self.text))
        return self.offsets[0]

    @property
    def ends(self) -> list[int] | range:
        if isinstance(self.offsets, int):
            return range(self.offsets + 1, self.offsets + len(self.text) + 1)
        return self.offsets[1]

    def scanned_word(self, start: int, end: int) -> WordBox | None:
        """The scanned word text[start:end] is, exactly and as OCR read it (None if a
        correction changed it or it is not one word of the scan)."""
        if not self.scanned or start >= end:
            return None
        starts = self.starts
        a = starts[start]
        if self.ends[end - 1] - a != end - start or any(
                starts[start + k] != a + k for k in range(end - start)):
            return None
        b = a + end - start
        return next((w for w in self.scanned if w.start == a and w.end == b), None)

    def ocr_confidence(self, start: int, end: int) -> float | None:
        """OCR's confidence (0-100) in the least sure word text[start:end] touches."""
        if not self.scanned or start >= end:
            return None
        a, b = self.starts[start], self.ends[end - 1]
        return least_confidence([w for w in self.scanned if w.start < b and w.end > a])

    @property
    def label(self) -> Label | None:
        """The list or heading label that opens the segment, if any (parsed once)."""
        if self._label is False:
            label = None if self.in_note else parse_label(self.text)
            if label is not None and label.kind == "roman" and label.damaged and self.cell:
                label = None  # "l BAN CHẤP HÀNH … | Số: 389 …": a stroke before a header's cell
            self._label = label
        return self._label  # type: ignore[return-value]

    def origin(self, i: int) -> int:
        """Original offset of text position i (len(text) for the segment's end)."""
        return self.starts[i] if i < len(self.text) else self.end

    def to_original(self, start: int, end: int) -> tuple[int, int] | None:
        """Original offsets of text[start:end], or None if it cuts through an earlier change."""
        if start < 0 or end > len(self.text) or start > end:
            return None
        if start == end:
            return self.origin(start), self.origin(start)
        # a span starting or ending inside a correction's replacement would split it
        if start > 0 and self.ends[start - 1] > self.starts[start]:
            return None
        if end < len(self.text) and self.starts[end] < self.ends[end - 1]:
            return None
        return self.starts[start], self.ends[end - 1]



MAX_NOTE_LINES = 8  # a note runs no longer: past it, its closing bracket was lost


# a line that opens a note: its bracket, maybe behind a dash or a speck ("-(Điều này …")
NOTE_OPENING = regex.compile(r"^(?:[-—–_.'`~]{1,2}\s?)?\(")


# the Bộ pháp điển's note under a codified unit, which lists the articles it relates to
CODIFIED_NOTE = regex.compile(r"^\W{0,3}\(\s*\p{L}{3,6}\s+này\s+có\s+nội\s+dung")
# a codified article's number: topic, heading, source ("Điều 23.10.QĐ.2.")
CODIFIED_ARTICLE = regex.compile(r"^\S+\s+\d{1,3}\.\d{1,3}\.\p{Lu}")


def heading_past_note(text: str, previous: str, opening: str = "") -> bool:
    """An article's heading opening the line, with none of the marks a note's list of
    articles parts or closes them with, there or at the end of the line before: the note
    before it lost its closing bracket ("… ban hành ngày lên CĐ," / "Điều 41.13.TT.1.2.
    Những nguyên tắc …"). Under a codified text's note (`opening`: the line it opened on)
    the text's own articles are codified: a plain "Điều 53." is one the note lists."""
    label = parse_label(text)
    return (label is not None and label.kind == "article" and label.start == 0
            and not any(mark in text for mark in ";)") and not previous.rstrip().endswith(";")
            and not (CODIFIED_NOTE.match(opening) and not CODIFIED_ARTICLE.match(text)))


def note_after(text: str, note: tuple[int, int]) -> tuple[int, int]:
    """The brackets a note opened at a line's start leaves open after this line, and the
    lines it has run: (0, 0) when none is open (a line opening with "(" opens one)."""
    depth, lines = note
    # (a speck or a dash OCR read before the bracket: "— (Điều này có nội dung liên quan …")
    if not depth and not NOTE_OPENING.match(text):
        return 0, 0
    depth += text.count("(") - text.count(")")
    return (depth, lines + 1) if depth > 0 else (0, 0)


class ReadingView:
    """The document's body as the stages read it; see the module's opening comment."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._reset()
        self._build()

    def _reset(self) -> None:
        self.roles: dict[int, str] = {}  # line index -> role, for lines that are not body
        # lines split in columns: the gaps between them (two columns, or a table's cells)
        self._gaps: dict[int, set[tuple[int, int]]] = {}
        self._run_in: dict[int, set[int]] = {}  # where a line's run-in headings start
        self._edits: dict[int, list[tuple[int, int, str]]] = {}  # applied text edits, by line
        self._lines: dict[int, list[Segment]] = {}  # each line's segments, blanks apart
        self._seen = 0  # how many of doc.corrections the view reflects
        self._segments: list[Segment] = []
        self._widths: Widths | None = None

    def role(self, line: int) -> str:
        return self.roles.get(line, BODY)

    @property
    def segments(self) -> list[Segment]:
        """Body segments in reading order (do not change the list: it is shared)."""
        return self._segments

    @property
    def widths(self) -> Widths:
        """The typical printed width of a full line, measured on these segments."""
        if self._widths is None:
            from vanban.paragraphs import Widths

            self._widths = Widths.of(self.doc, self._segments)
        return self._widths

    def refresh(self) -> None:
        """Take in the corrections added since the last look."""
        corrections = self.doc.corrections
        if len(corrections) < self._seen:  # corrections were removed: start again
            self._reset()
            self._build()
            return
        if len(corrections) == self._seen:
            return
        touched = {c.line for c in corrections[self._seen:] if self._take(c)}
        self._seen = len(corrections)
        if touched:
            for line in touched:
                self._lines[line] = self._line_segments(line)
            self._flatten()

    def _build(self) -> None:
        for c in self.doc.corrections:
            self._take(c)
        self._seen = len(self.doc.corrections)
        self._lines = {line.index: self._line_segments(line.index) for line in self.doc.lines}
        self._flatten()

    def _take(self, c: Correction) -> bool:
        """Note an applied correction; True if it changes how its line reads."""
        if c.status != "applied":
            return False
        if c.scope == "text":
            self._edits.setdefault(c.line, []).append((c.start, c.end, c.after))
        elif c.kind in LINE_ROLES:
            self.roles[c.line] = c.kind
        elif c.kind in (COLUMN_SPLIT, HEADING_SPLIT):
            self._gaps.setdefault(c.line, set()).add((c.start, c.end))
            if c.kind == HEADING_SPLIT:
                self._run_in.setdefault(c.line, set()).add(c.end)
        else:
            return False
        return True

    def column_spans(self, index: int) -> list[tuple[int, int]]:
        """(start, end) of each column of the line, left to right: the whole line unless
        column splits cut it."""
        bounds = [0]
        for start, end in sorted(self._gaps.get(index, ())):
            bounds += [start, end]
        bounds.append(len(self.doc.lines[index].text))
        return list(zip(bounds[::2], bounds[1::2], strict=True))

    def _line_segments(self, index: int) -> list[Segment]:
        line = self.doc.lines[index]
        if self.role(index) != BODY:
            return []
        edits = self._edits.get(index, [])
        scanned = line.boxes if line.boxes and line.boxes[0].confidence is not None else None
        run_in = self._run_in.get(index, ())
        out = []
        spans = self.column_spans(index)
        cell = any(s not in run_in for s, _ in spans[1:])
        for column, (s, e) in enumerate(spans):
            # a deletion reaching across the gap between columns deletes in each its part
            inside = [(a - s, b - s, t) for a, b, t in edits if s <= a and b <= e] + [
                (max(a, s) - s, min(b, e) - s, "") for a, b, t in edits
                if not t and not (s <= a and b <= e) and a < e and b > s]
            if not inside:  # an unchanged stretch maps onto itself
                text = line.text[s:e]
                left = len(text) - len(text.lstrip())
                right = len(text.rstrip())
                if right <= left:
                    continue
                out.append(Segment(line.index, column, text[left:right], s + left,
                                   end=s + right, scanned=scanned, run_in=s in run_in,
                                   cell=cell))
                continue
            text, starts, ends = replay(line.text[s:e], inside)
            # trim surrounding blanks, keeping the map aligned
            left = len(text) - len(text.lstrip())
            right = len(text.rstrip())
            if right <= left:
                continue
            out.append(Segment(line.index, column, text[left:right],
                               ([o + s for o in starts[left:right]],
                                [o + s for o in ends[left:right]]), end=ends[right - 1] + s,
                               scanned=scanned, run_in=s in run_in, cell=cell))
        return out

    def _flatten(self) -> None:
        """Segments in reading order; a line's first segment notes an empty body line before."""
        segments: list[Segment] = []
        blank = False
        note = (0, 0)  # a note opened at a line's start, unclosed: its depth and lines
        opening = ""  # the line it opened on
        previous = ""  # the last line's text
        for line in self.doc.lines:
            if self.role(line.index) != BODY:
                continue
            own = self._lines[line.index]
            line_in_note = False
            for k, seg in enumerate(own):
                seg.blank_before = blank and k == 0
                if k == 0:
                    in_note = (note[0] > 0 and note[1] <= MAX_NOTE_LINES
                               and not seg.blank_before
                               and not heading_past_note(seg.text, previous, opening))
                    # (what a heading run into the line cut from it stands in its note too:
                    # "chỉnh; Điều 41.3.TT.1.4. Giải thích một số từ ngữ)")
                    line_in_note = in_note or bool(NOTE_OPENING.match(seg.text))
                    if not in_note:
                        opening = seg.text
                    note = note_after(" ".join(s.text for s in own),
                                      note if in_note else (0, 0))
                else:
                    in_note = line_in_note
                if in_note != seg.in_note:
                    seg.in_note, seg._label = in_note, False
            segments += own
            blank = not own
            previous = own[-1].text if own else previous
        self._segments = segments
        self._widths = None
