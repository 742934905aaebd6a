"""Marks a scan leaves that are not text: handwriting and stamp fragments in the margin,
specks read as punctuation. Only scans have what this needs: each word's box and OCR's
confidence in it.

A word that lies wholly left of where the page's body text begins, and that OCR was
unsure of or that reads as no word, is taken for a margin note or a smudge (the body is
measured on the page's confident words); so is a mark of no letter or digit (a dash
aside) that OCR was very unsure of, wherever it lies; so is a stretch of a line standing
apart from the text before it that OCR could barely read (a stamp, a signature's stroke). Each is
a text correction deleting the mark, so a reviewer sees and can undo it.
"""

from __future__ import annotations

from statistics import median

import regex

from vanban.document import Correction, Document, Line, WordBox
from vanban.syllable import is_valid

EDGE_MARKS = regex.compile(r"^[\p{P}\p{S}]+|[\p{P}\p{S}]+$")

BULLETS = frozenset("-–—+•*")
SURE = 85.0  # a word this sure is text; the body's left edge is measured on such words
MARGIN_DOUBT = 60.0  # a word in the margin below this confidence is a mark, not text
SPECK_DOUBT = 30.0  # a word of no letter or digit below this confidence is a speck
MIN_BODY_LINES = 5  # fewer confident lines say nothing about where the body begins
# a stretch of a line this far (in letter heights) from the text before it is a piece of
# its own: a right column, or a stamp or signature beside the text
PIECE_GAP = 3.0
STAMP_DOUBT = 60.0  # a piece OCR read below this mean confidence is a stamp or a stroke


def noise_corrections(doc: Document) -> list[Correction]:
    by_page: dict[int, list[Line]] = {}
    for line in doc.lines:
        if line.boxes and line.boxes[0].confidence is not None:
            by_page.setdefault(line.page, []).append(line)
    out: list[Correction] = []
    for lines in by_page.values():
        left = body_left(lines)
        for line in lines:
            out += line_noise(line, left)
    return out


def body_left(lines: list[Line]) -> float | None:
    """Where the body text begins on the page: the lower quartile of the first sure word's
    x in each line (paragraphs indent further; nothing of the body starts further left)."""
    starts: list[float] = []
    heights: list[float] = []
    for line in lines:
        sure = [b for b in line.boxes or () if (b.confidence or 0) >= SURE]
        if len(sure) >= 3:
            starts.append(sure[0].x0)
            heights += [b.bottom - b.top for b in sure if b.top is not None and b.bottom]
    if len(starts) < MIN_BODY_LINES:
        return None
    starts.sort()
    # half a letter's height of slack: a bullet may hang a little into the margin
    return starts[len(starts) // 4] - 0.5 * (median(heights) if heights else 0.0)


def readable(word: str) -> bool:
    """A Vietnamese syllable, a number or an abbreviation, its punctuation aside."""
    core = EDGE_MARKS.sub("", word)
    return bool(core) and ((len(core) > 1 and is_valid(core.lower())) or core.isdigit()
                           or (core.isupper() and core.isalpha() and len(core) > 1))


def is_noise(word: str, box: WordBox, left: float | None) -> str | None:
    confidence = box.confidence if box.confidence is not None else 100.0
    # wholly left of the body: a list's dash hangs at most into its edge, never beyond it
    if left is not None and box.x1 < left and (
            confidence < MARGIN_DOUBT or not readable(word)):
        return "in the margin, left of the body text"
    # dashes are the lists' own marks, however faint
    if confidence < SPECK_DOUBT and not any(c.isalnum() for c in word) and word not in BULLETS:
        return "a speck or a stroke OCR barely read"
    return None


def stamp_pieces(line: Line) -> set[int]:
    """Boxes (by position) of the pieces after a wide gap that OCR could barely read."""
    boxes = line.boxes or ()
    heights = [b.bottom - b.top for b in boxes
               if b.top is not None and b.bottom is not None and (b.confidence or 0) >= SURE]
    if len(boxes) < 2 or not heights:
        return set()
    gap = PIECE_GAP * median(heights)
    pieces: list[list[int]] = [[0]]
    for k in range(1, len(boxes)):
        if boxes[k].x0 - boxes[k - 1].x1 > gap:
            pieces.append([])
        pieces[-1].append(k)
    out: set[int] = set()
    for piece in pieces[1:]:
        if sum(boxes[k].confidence or 0.0 for k in piece) / len(piece) < STAMP_DOUBT:
            out.update(piece)
    return out


def line_noise(line: Line, left: float | None) -> list[Correction]:
    out: list[Correction] = []
    boxes = line.boxes or ()
    run: list[tuple[WordBox, str]] = []
    stamped = stamp_pieces(line)

    def flush() -> None:
        if not run:
            return
        first, last = run[0][0], run[-1][0]
        start, end = first.start, last.end
        # take the blank after the mark (or, at the line's end, the one before it)
        while end < len(line.text) and line.text[end] == " ":
            end += 1
        if end == len(line.text):
            while start > 0 and line.text[start - 1] == " ":
                start -= 1
        sure = max(b.confidence or 0.0 for b, _ in run)
        out.append(Correction(
            stage="repair", kind="scan-noise", line=line.index, start=start, end=end,
            before=line.text[start:end], after="", confidence=0.9 if sure < SPECK_DOUBT else 0.75,
            reason=f"a mark on the scan, not text: {run[0][1]} (OCR confidence "
                   f"{sure:.0f})"))
        run.clear()

    for k, box in enumerate(boxes):
        word = line.text[box.start:box.end]
        why = ("apart from the text and barely readable: a stamp or a stroke" if k in stamped
               else is_noise(word, box, left))
        if why:
            run.append((box, why))
        else:
            flush()
    flush()
    return out
