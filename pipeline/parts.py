"""A long document worked through a part at a time, its output written as it goes.

Repair and correction are local: they read a page, a list, a paragraph. So a document
longer than PART_CHARACTERS is cut at page breaks or empty lines, and each part is
repaired and corrected on its own with a few lines around it for context, its lines
keeping their places in the whole (so each correction has the id it would have had).
The corrected text of each part is written out and its corrections spilled to a
temporary file; only the corrected lines stay. The structure is read from them, over the
whole document at once, and the JSON is written with the spilled corrections. Peak
memory then depends on the part and on the text itself, not on what was done to it.

A document of one part goes through the stages whole, exactly as `process_document`.
"""

from __future__ import annotations

import bisect
import gc
import json
import logging
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import IO

from vanban.context import Context
from vanban.document import Correction, Document, Line, LineWindow, replay
from vanban.view import COLUMN_SPLIT, HEADING_SPLIT, LINE_ROLES

log = logging.getLogger(__name__)

# a part is cut where a page or a paragraph ends once it holds this many characters
# (about 120 pages): no document the tests and evaluations hold is cut
PART_CHARACTERS = 250_000
# lines read on each side of a part, for the rules that look around (the correction's
# document memory reaches 80)
CONTEXT_LINES = 100
LAYOUT_KINDS = (*LINE_ROLES, COLUMN_SPLIT, HEADING_SPLIT)  # the layout corrections the view reads


def part_ranges(lines: Sequence[Line], size: int | None = None) -> list[tuple[int, int]]:
    """(first, end) line positions of the parts: each ends at a page break or before an
    empty line once it holds `size` characters (PART_CHARACTERS), or anywhere at twice
    that."""
    size = size or PART_CHARACTERS
    ranges: list[tuple[int, int]] = []
    start = held = 0
    for k, line in enumerate(lines):
        page_ends = "\f" in (line.ending or "") or (
            k + 1 < len(lines) and lines[k + 1].page != line.page)
        held += len(line.text) + 1
        cut = held >= size and (page_ends or (k + 1 < len(lines) and not lines[k + 1].text)
                                or held >= 2 * size)
        if cut:
            ranges.append((start, k + 1))
            start, held = k + 1, 0
    if start < len(lines):
        ranges.append((start, len(lines)))
    return ranges


@dataclass
class Conversion:
    """One document through every stage; `json()` and `text()` give the output in pieces.

    What the corrections were (`counts` by status, `changes`: the applied text changes, for
    a batch's concordance) is known once the output has been written."""

    doc: Document
    ctx: Context
    counts: Counter[str] = field(default_factory=Counter)
    changes: Counter[tuple[str, str, str]] = field(default_factory=Counter)

    @property
    def long(self) -> bool:
        return len(part_ranges(self.doc.lines)) > 1

    def text(self) -> Iterator[str]:
        """The corrected text, one line per input line."""
        if not self.long:
            yield self.whole().corrected_text()
            return
        last_page = None
        for part in self.parts():
            yield part.corrected_text(last_page)
            last_page = max(line.page for line in part.lines)

    def json(self, indent: int | None = 1, text_to: IO[str] | None = None) -> Iterator[str]:
        """The document's JSON (export/json.py), the same whole or in parts; the corrected
        text is written to `text_to` on the way, when given."""
        from vanban.export.json import correction_dict, document_json_chunks

        if not self.long:
            doc = self.whole()
            if text_to is not None:
                text_to.write(doc.corrected_text())
            yield from doc.json_chunks(indent)
            return
        with tempfile.TemporaryFile("w+", encoding="utf-8") as spill:
            corrected: list[Line] = []
            layout: list[Correction] = []
            last_page = None
            for part in self.parts():
                for c in part.corrections:
                    # one row each: a dumped correction holds no NUL (JSON escapes it)
                    spill.write(json.dumps(correction_dict(part, c), ensure_ascii=False,
                                           indent=indent).replace("\n", "\0") + "\n")
                if text_to is not None:
                    text_to.write(part.corrected_text(last_page))
                    last_page = max(line.page for line in part.lines)
                applied = part.applied()
                corrected += corrected_lines(part, applied)
                layout += [shifted(c, part, applied) for c in part.corrections
                           if c.status == "applied" and c.kind in LAYOUT_KINDS]
            whole = Document(source=self.doc.source, lines=corrected, corrections=layout)
            self.doc = whole  # the original lines are no longer needed
            gc.collect()  # what the parts left in cycles, before the structure is read
            from vanban.structure import structure

            structure(whole, self.ctx)
            whole.forget_view()  # the JSON is written from the tree and the lines
            spill.seek(0)
            yield from document_json_chunks(whole, indent, corrections=spilled(spill),
                                            statuses=self.counts)
            yield "\n"

    def whole(self) -> Document:
        from vanban import process_document

        doc = process_document(self.doc, self.ctx)
        self.tally(doc.corrections)
        return doc

    def tally(self, corrections: list[Correction]) -> None:
        from vanban.result import applied_changes

        self.counts.update(c.status for c in corrections)
        self.changes.update(applied_changes(corrections))

    def parts(self) -> Iterator[Document]:
        """Each part repaired and corrected, in order."""
        from vanban.correct import correct, tone_style
        from vanban.repair import repair

        lines: list[Line | None] = list(self.doc.lines)
        self.doc.lines = []  # consumed: a line is let go once no part reads it any more
        style = tone_style(lines)  # type: ignore[arg-type]
        ranges = part_ranges(lines)  # type: ignore[arg-type]
        log.info("%s: %d lines, worked through in %d parts", self.doc.source.name,
                 len(lines), len(ranges))
        released = 0
        for k, (first, end) in enumerate(ranges):
            # read with the lines around it, as the whole would be (a line-end period
            # looks at the next line, a label at its list), keeping only its own changes
            around = lines[max(0, first - CONTEXT_LINES):end + CONTEXT_LINES]
            part = Document(source=self.doc.source, lines=LineWindow(around),
                            scan=self.doc.scan, tone_style=style, own_lines=range(first, end))
            part = correct(repair(part, self.ctx), self.ctx)
            own = [c for c in part.corrections if first <= c.line < end]
            part = Document(source=self.doc.source, lines=LineWindow(lines[first:end]),
                            corrections=own, scan=self.doc.scan, tone_style=style)
            self.tally(own)
            yield part
            needed = ranges[k + 1][0] - CONTEXT_LINES if k + 1 < len(ranges) else len(lines)
            for gone in range(released, max(released, needed)):
                lines[gone] = None
            released = max(released, needed)


def spilled(spill: IO[str]) -> Iterator[str]:
    for row in spill:
        yield row[:-1].replace("\0", "\n")


def corrected_lines(part: Document, applied: dict[int, list[Correction]]) -> list[Line]:
    """The part's lines as corrected: an unchanged line is itself; a changed one its
    corrected text, its printed words moved to where they now stand."""
    out = []
    for line in part.lines:
        edits = [(c.start, c.end, c.after) for c in applied.get(line.index, ())]
        if not edits:
            out.append(line)
            continue
        text, starts, _ = replay(line.text, edits)
        move = position_map(starts, len(text))
        boxes = None if line.boxes is None else tuple(
            replace(b, start=move(b.start), end=move(b.end), alternatives=())
            for b in line.boxes)
        out.append(replace(line, text=text, raw=None, boxes=boxes))
    return out


def shifted(c: Correction, part: Document, applied: dict[int, list[Correction]]
            ) -> Correction:
    """A layout correction moved onto its line's corrected text (a column split's gap)."""
    edits = [(e.start, e.end, e.after) for e in applied.get(c.line, ())]
    if not edits:
        return c
    text, starts, _ = replay(part.lines[c.line].text, edits)
    move = position_map(starts, len(text))
    return replace(c, start=move(c.start), end=move(c.end), id=c.id)


def position_map(starts: list[int], length: int) -> Callable[[int], int]:
    """Original offset -> the corrected text's offset of the first character from there."""
    def move(offset: int) -> int:
        return min(bisect.bisect_left(starts, offset), length)

    return move


