"""The token stream the word correction reads: every whitespace token of the reading view
in reading order, as language-model unit ids, with where the context breaks.

Owns the stream's shape (slots, their unit ids, paragraph starts, the document's tone
style) and the language-model contexts cut from it; not how readings are found or scored.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from vanban.correct.lm import LanguageModel
from vanban.correct.tokens import Token, tokens, units
from vanban.document import Correction
from vanban.paragraphs import lines_are_paragraphs
from vanban.syllable import style_of
from vanban.text import starts_lower
from vanban.view import Segment, across_columns

if TYPE_CHECKING:
    from vanban.correct.candidates import Reading


@dataclass(slots=True)
class Slot:
    """One whitespace token in reading order, with its units' ids."""

    seg: int  # index into the segment list
    token: Token
    ids: tuple[int, ...]
    paragraph_start: bool = False
    line_end: bool = False
    ocr_confidence: float | None = None  # scans: OCR's confidence in the word, 0-100
    # scans: the letters OCR also considered, in the token's text (WordBox.alternatives)
    ocr_choices: tuple[tuple[int, int, str, float], ...] = ()


def word_in_original(slot: Slot, segments: list[Segment], offset: int, length: int
                     ) -> tuple[int, int] | None:
    """(start, end) in the original line of `length` characters of the slot's word (its
    core, from `offset` into it), or None where an edit already changed them."""
    start = slot.token.start + len(slot.token.lead) + offset
    return segments[slot.seg].to_original(start, start + length)


def word_correction(kind: str, slot: Slot, segments: list[Segment], offset: int, before: str,
                    after: str, confidence: float, reason: str) -> Correction | None:
    """A rule's correction of `before` (`offset` characters into the slot's word) to
    `after`, or None where an edit already changed those characters."""
    where = word_in_original(slot, segments, offset, len(before))
    if where is None:
        return None
    return Correction(stage="correct", kind=kind, line=segments[slot.seg].line,
                      start=where[0], end=where[1], before=before, after=after,
                      confidence=confidence, reason=reason)


class TokenStream:
    """The slots of a list of segments, and the unit-id sequence they make."""

    def __init__(self, segments: list[Segment], lm: LanguageModel,
                 style: str | None = None, line_paragraphs: bool | None = None) -> None:
        self.segments = segments
        self.lm = lm
        self.history = lm.order - 1
        self.line_paragraphs = (lines_are_paragraphs(s.text for s in segments)
                                if line_paragraphs is None else line_paragraphs)
        self.slots = self.build_slots()
        self.style = style or dominant_style(self.slots)
        # its "|" are a table's cell borders, printed, not specks (see has_table)
        self.tabular = has_table(segments)

    def build_slots(self) -> list[Slot]:
        slots: list[Slot] = []
        unit_id = self.lm.id
        ids_of: dict[str, tuple[int, ...]] = {}  # a token's unit ids (tokens recur)
        prev: Segment | None = None
        for si, seg in enumerate(self.segments):
            # only certain breaks cut the context: whether a line-end period ends a
            # sentence is one of the things the model decides (unless every line is a
            # paragraph)
            # (a line in lower case after an empty one goes on with the sentence a page or
            # a block OCR set apart broke: "… mục đích kinh" / "" / "doanh vận chuyển")
            new_para = (prev is None or across_columns(prev, seg)
                        or (seg.blank_before and not starts_lower(seg.text))
                        or seg.label is not None or prev.text.endswith("./.")
                        or (self.line_paragraphs and prev.line != seg.line))
            toks = tokens(seg.text)
            scanned = bool(seg.scanned)
            for k, tok in enumerate(toks):
                word = seg.scanned_word(tok.start, tok.end) if scanned else None
                ids = ids_of.get(tok.text)
                if ids is None:
                    ids = ids_of[tok.text] = tuple(unit_id(u) for u in units(tok.text))
                slots.append(Slot(si, tok, ids,
                                  paragraph_start=new_para and k == 0,
                                  line_end=k == len(toks) - 1,
                                  ocr_confidence=(seg.ocr_confidence(tok.start, tok.end)
                                                  if scanned else None),
                                  ocr_choices=word.alternatives if word else ()))
            prev = seg
        return slots

    def units(self, chosen: dict[int, Reading]) -> tuple[list[int], list[tuple[int, int]]]:
        """Unit ids with the chosen readings in place, and each slot's span in it."""
        bos = self.lm.bos
        history = self.history
        ids: list[int] = [bos] * history
        spans: list[tuple[int, int]] = []
        for i, slot in enumerate(self.slots):
            if slot.paragraph_start and i:
                ids += [bos] * history
            piece = chosen[i].ids if i in chosen else slot.ids
            spans.append((len(ids), len(ids) + len(piece)))
            ids += piece
        ids.append(bos)
        return ids, spans

    def left_context(self, ids: list[int], start: int) -> list[int]:
        """The units before `start` a reading is scored after, padded at the text's start."""
        bos, h = self.lm.bos, self.history
        left = ids[max(0, start - h):start]
        return [bos] * (h - len(left)) + left

    def right_context(self, ids: list[int], end: int) -> list[int]:
        bos, h = self.lm.bos, self.history
        right: list[int] = []
        for unit in ids[end:end + h]:
            right.append(unit)
            if unit == bos:
                break
        return right

    def unit_queries(self, left: list[int], middle: tuple[int, ...], right: list[int]
                     ) -> list[list[int]]:
        h = self.history
        seq = [*left, *middle, *right]
        return [seq[k - h:k + 1] for k in range(h, len(seq))]

    def is_label(self, slot: Slot) -> bool:
        """The list label opening a line ("a)", "1.", "-") is the label repair's business,
        and so is a heading's numeral ("Chương l": no word "i"); specks and marks after it
        are the words'."""
        label = self.segments[slot.seg].label
        if label is None or slot.token.end > label.end:
            return False
        return slot.token.start == 0 or (
            label.kind in ("part", "chapter", "section")
            and label.start <= slot.token.start < label.start + len(label.text))


# lines with a cell border between words that show a text holds a table
TABLE_ROWS = 2


def has_table(segments: Iterable[Segment]) -> bool:
    """Whether the text holds a table typed with "|" between its cells: TABLE_ROWS lines
    that are its rows, each with a lone "|" between two words (a digit, or two letters or
    more, each side; a speck OCR reads as "|" stands beside marks and single letters:
    "6,78. | l ¬ |"), or read in columns (repair splits a row at its inner borders) with
    a "|" at its start or end."""
    lines: dict[int, list[list[str]]] = {}
    for seg in segments:
        lines.setdefault(seg.line, []).append(seg.text.split())
    rows = 0
    for columns in lines.values():
        words = [w for column in columns for w in column]
        if (any(w == "|" and cell_word(words[k - 1]) and cell_word(words[k + 1])
                for k, w in enumerate(words[1:-1], start=1))
                or (len(columns) > 1 and "|" in (words[0], words[-1]))):
            rows += 1
            if rows >= TABLE_ROWS:
                return True
    return False


def cell_word(text: str) -> bool:
    alnum = [ch for ch in text if ch.isalnum()]
    return len(alnum) >= 2 or any(ch.isdigit() for ch in alnum)


def dominant_style(slots: list[Slot]) -> str:
    """The document's own tone-mark placement ("hóa" old, "hoá" new)."""
    return majority_style(slot.token.core for slot in slots)


def document_style(texts: Iterable[str]) -> str:
    """The tone-mark placement of a whole document's lines or segments, read before it
    is split."""
    return majority_style(tok.core for text in texts for tok in tokens(text))


def majority_style(words: Iterable[str]) -> str:
    votes = {"old": 0, "new": 0}
    for word in words:
        style = style_of(word)
        if style:
            votes[style] += 1
    return "new" if votes["new"] > votes["old"] else "old"


