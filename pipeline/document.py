"""The document model every stage reads and extends.

The original text of every line is never changed. Each stage records what it would
change as a `Correction` against a position in that original text; the corrected text is
the original with the applied corrections replayed. Review, undo and applying a
reviewer's decisions are therefore exact: they only change which corrections apply.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, overload

if TYPE_CHECKING:
    from vanban.ingest.images import Scan
    from vanban.view import ReadingView

Status = Literal["applied", "proposed", "rejected"]
Scope = Literal["text", "layout"]
# what a confidence means. "calibrated": the share of corrections this sure that held-out
# OCR showed right (the word correction, lexicon/calibrate.py). "heuristic": a rule's own
# estimate of how sure it is (layout repair, list labels, case, years), set by hand and
# not measured; the same --threshold applies to both
Basis = Literal["calibrated", "heuristic"]


@dataclass(frozen=True, slots=True)
class WordBox:
    """Where a word of a PDF or scanned line was printed: its offsets in the line text, its
    x span and (scans) its y span, in the page's units (points; pixels of the page image
    OCR read), and how sure OCR was of it (0-100, scans only)."""

    start: int
    end: int
    x0: float
    x1: float
    top: float | None = None
    bottom: float | None = None
    confidence: float | None = None
    # scans: what else OCR thought a letter could be: (start, end) of the letter in the
    # word, the other letter, and how far below the chosen one OCR rated it (0-100)
    alternatives: tuple[tuple[int, int, str, float], ...] = ()


@dataclass(slots=True)
class Line:
    """One physical line of the input, as ingested (NFC)."""

    index: int  # position in the document, from 0
    page: int  # physical page, from 1
    number: int  # line number on its page, from 1
    text: str
    source_line: int  # line number in the input file (text) or in reading order (PDF), from 1
    boxes: tuple[WordBox, ...] | None = None  # PDF text layer and scans
    page_width: float | None = None
    # text files: what ended the line in the file ("\n", "\r\n", "\f", "" at the end),
    # and the line as the file had it where that differs from `text` (not NFC, blanks
    # at its end), so an unchanged line is given back byte for byte
    ending: str | None = None
    raw: str | None = None

    def boxes_over(self, start: int, end: int) -> list[WordBox]:
        """The printed words that text[start:end] touches."""
        if not self.boxes:
            return []
        return [b for b in self.boxes if b.start < max(end, start + 1) and b.end > start]

    def ocr_confidence(self, start: int, end: int) -> float | None:
        """How sure OCR was of text[start:end]: its least sure word (None: not a scan)."""
        return least_confidence(self.boxes_over(start, end))


def least_confidence(boxes: list[WordBox] | tuple[WordBox, ...]) -> float | None:
    """OCR's confidence in the least sure of these words (None where it gave none)."""
    known = [b.confidence for b in boxes if b.confidence is not None]
    return min(known) if known else None


@dataclass(slots=True)
class Alternative:
    text: str
    score: float


@dataclass(slots=True)
class Correction:
    """One change a stage made or proposes, against the original text of one line."""

    stage: str  # repair | correct
    kind: str  # page-number, column-split, line-end-period, label, diacritic, letter, ...
    line: int  # Line.index
    start: int  # offsets in the original line text
    end: int
    before: str
    after: str
    confidence: float
    reason: str
    scope: Scope = "text"  # "text" edits the corrected text; "layout" only the reading view
    alternatives: list[Alternative] = field(default_factory=list)
    status: Status = "proposed"
    id: str = ""
    basis: Basis = "heuristic"

    def __post_init__(self) -> None:
        if not self.id:
            self.id = correction_id(self)


def correction_id(c: Correction) -> str:
    """Stable across runs: derived from where the change is and what it is."""
    key = f"{c.stage}|{c.kind}|{c.line}|{c.start}|{c.end}|{c.before}|{c.after}"
    return "c" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:11]


@dataclass(slots=True)
class Span:
    first_line: int  # Line.index
    last_line: int


@dataclass(slots=True)
class Node:
    label: str
    kind: str
    span: Span
    title: str | None = None
    text: str = ""
    children: list[Node] = field(default_factory=list)
    id: str = ""


@dataclass
class Signer:
    authority: str | None = None
    position: str | None = None
    name: str | None = None


@dataclass
class ESignature:
    signed_by: str | None = None
    signed_at: str | None = None


@dataclass
class Meta:
    issuer: str | None = None
    number: str | None = None
    place: str | None = None
    date: str | None = None
    doc_type: str | None = None
    title: str | None = None
    signer: Signer = field(default_factory=Signer)
    recipients: list[str] = field(default_factory=list)
    e_signature: ESignature | None = None
    # why a field is null though its line was found, or why its value may be wrong (a
    # hand-filled number OCR was unsure of): field name -> reason, for the reviewer
    unsure: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Reference:
    mention: str
    doc_type: str
    line: int  # Line.index of the mention's first word
    start: int  # offset in the corrected line text
    number: str | None = None  # number and symbol as printed, e.g. "06-NQ/TW"
    date: str | None = None  # ISO
    issuer: str | None = None


@dataclass
class PageRead:
    """Where one page's text came from, and why."""

    page: int
    method: Literal["text", "text-layer", "ocr"]
    reason: str
    confidence: float | None = None  # OCR: the page's mean word confidence, 0-100


@dataclass
class Source:
    path: str
    name: str
    sha256: str
    format: Literal["text", "pdf", "image"]
    pages: int
    reads: list[PageRead] = field(default_factory=list)


def replay(text: str, edits: list[tuple[int, int, str]]
           ) -> tuple[str, list[int], list[int]]:
    """Apply non-overlapping (start, end, replacement) edits to `text`: the new text, and
    for each of its characters the start and end of the original text it stands for."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for start, end, after in sorted(edits, key=lambda e: (e[0], e[1])):
        if start < pos:  # overlapping edits never both apply
            continue
        out.append(text[pos:start])
        starts.extend(range(pos, start))
        ends.extend(range(pos + 1, start + 1))
        out.append(after)
        starts.extend([start] * len(after))
        ends.extend([end] * len(after))
        pos = end
    out.append(text[pos:])
    starts.extend(range(pos, len(text)))
    ends.extend(range(pos + 1, len(text) + 1))
    return "".join(out), starts, ends


class LineWindow(Sequence[Line]):
    """Consecutive lines of a longer document, indexed by their place in it (`Line.index`),
    so a part of a document is read and corrected exactly as the whole would be."""

    def __init__(self, lines: list[Line]) -> None:
        self._lines = lines
        self.first = lines[0].index if lines else 0

    def __len__(self) -> int:
        return len(self._lines)

    def __iter__(self) -> Iterator[Line]:
        return iter(self._lines)

    @overload
    def __getitem__(self, index: int) -> Line: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Line]: ...

    def __getitem__(self, index: int | slice) -> Line | Sequence[Line]:
        if isinstance(index, slice):
            raise TypeError("a window of lines is read by line index, not sliced")
        if not self.first <= index < self.first + len(self._lines):
            raise IndexError(f"line {index} is outside this part of the document")
        return self._lines[index - self.first]


@dataclass
class Document:
    source: Source
    lines: list[Line] | LineWindow
    corrections: list[Correction] = field(default_factory=list)
    meta: Meta = field(default_factory=Meta)
    # the words between the header and the first labelled unit (the legal bases, the
    # enacting formula): text of no unit of the outline
    preamble: Node | None = None
    body: list[Node] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    # the page images OCR read, to show a reviewer the print (not part of the output)
    scan: Scan | None = field(default=None, repr=False, compare=False)
    # a part of a longer document: the whole one's tone-mark placement ("old", "new")
    tone_style: str | None = field(default=None, repr=False, compare=False)
    # a part read with lines around it for context: the lines that are its own
    own_lines: range | None = field(default=None, repr=False, compare=False)
    _view: ReadingView | None = field(default=None, init=False, repr=False, compare=False)

    # ---------------------------------------------------------------- corrections

    def applied(self, scope: Scope = "text") -> dict[int, list[Correction]]:
        """Applied corrections of one scope, by line."""
        by_line: dict[int, list[Correction]] = {}
        for c in self.corrections:
            if c.status == "applied" and c.scope == scope:
                by_line.setdefault(c.line, []).append(c)
        return by_line

    def corrected_line(self, index: int, applied: dict[int, list[Correction]] | None = None) -> str:
        applied = self.applied() if applied is None else applied
        edits = [(c.start, c.end, c.after) for c in applied.get(index, ())]
        return replay(self.lines[index].text, edits)[0] if edits else self.lines[index].text

    def original_text(self) -> str:
        """The input as read (NFC, pages apart by form feeds), the twin of corrected_text."""
        return self._text({})

    def corrected_text(self, after_page: int | None = None) -> str:
        """The original lines with the applied text corrections: one line per input line.
        (`after_page`: a part of a PDF or a scan, after a part ending on that page.)"""
        return self._text(self.applied(), after_page)

    def _text(self, applied: dict[int, list[Correction]], after_page: int | None = None
              ) -> str:
        out: list[str] = []
        page = after_page or (next(iter(self.lines)).page if self.lines else 1)
        for line in self.lines:
            if line.ending is None:  # a PDF or a scan: lines and pages as OCR writes them
                if line.page != page:
                    out.append("\f")
                    page = line.page
                out += [self.corrected_line(line.index, applied), "\n"]
                continue
            if line.index in applied:
                raw = line.raw or ""
                # a changed line keeps the blanks the file had at its end
                out.append(self.corrected_line(line.index, applied)
                           + raw[len(raw.rstrip()):])
            else:
                out.append(line.text if line.raw is None else line.raw)
            out.append(line.ending)
        return "".join(out)

    # ---------------------------------------------------------------- reading view

    def add(self, corrections: list[Correction]) -> list[Correction]:
        """Record a stage's corrections (their status already decided); the reading view
        picks them up the next time it is asked for."""
        self.corrections += corrections
        return corrections

    def forget_view(self) -> None:
        """Let the reading view go (a long document's is large); it is built again when
        next asked for."""
        self._view = None

    def view(self) -> ReadingView:
        """The reading view, built on first use and brought up to date with the corrections
        added since (only the lines they touch are read again)."""
        from vanban.view import ReadingView

        if self._view is None or self._view.doc is not self:
            self._view = ReadingView(self)
        self._view.refresh()
        return self._view

    # ---------------------------------------------------------------- export

    def to_json(self, indent: int | None = 1) -> str:
        from vanban.export.json import document_json

        return document_json(self, indent=indent)

    def json_chunks(self, indent: int | None = 1) -> Iterator[str]:
        """`to_json` in pieces, to write a long document's JSON without holding it."""
        from vanban.export.json import document_json_chunks

        yield from document_json_chunks(self, indent=indent)
        yield "\n"

    def to_dict(self) -> dict[str, Any]:
        from vanban.export.json import document_dict

        return document_dict(self)
