"""Stage 3, correct: owns the text corrections of words and syllables (see words.py for
its parts), of list labels repaired from their own sequence (labels.py), of the marks that
end list items (list_marks.py), of quotation marks paired by the text's own (quotes.py),
of letter case (case.py) and of numbers, dates and codes
by their grammar (numbers.py). Reads the reading view after
repair; the labels are repaired first, so a label is never also a word error."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from vanban.context import Context
from vanban.correct.candidates import MAX_TOKEN
from vanban.correct.case import case_corrections
from vanban.correct.emit import kind_of, lost_space, marks_only
from vanban.correct.labels import label_corrections
from vanban.correct.list_marks import list_mark_corrections
from vanban.correct.memory import DocumentMemory
from vanban.correct.numbers import (
    abbreviation_copy_corrections,
    code_copy_corrections,
    code_part_corrections,
    cut_code_corrections,
    cut_part_corrections,
    doubled_d_corrections,
    glued_date_part_corrections,
    letter_digit_corrections,
    lost_hyphen_corrections,
    month_word_corrections,
    number_field_corrections,
    separator_corrections,
    title_type_codes,
    type_corrections,
    year_corrections,
)
from vanban.correct.quotes import quote_pair_corrections
from vanban.correct.stream import document_style
from vanban.correct.words import Decision, Params, Slot, to_corrections, word_decisions
from vanban.document import Document, Line
from vanban.paragraphs import lines_are_paragraphs
from vanban.view import Segment

log = logging.getLogger(__name__)
STRETCH_CHARACTERS = 20_000  # ~5 pages: no single document the tests hold is cut
# a text that joins this many pairs of words is typed so: OCR loses a space here and there
# (the structure set's development OCR: at most 2 per document even at L3), a typist who
# leaves them out does it all along (6 of its 72 clean texts, 3 to 20 times each)
TYPIST_JOINS = 3
# where it does, a join's parting is proposed, not applied: the text is the author's (as
# are the marks of text typed a paragraph to a line)
TYPIST_CONFIDENCE = 0.3


def correct(doc: Document, ctx: Context) -> Document:
    doc.add([ctx.decide(c) for c in label_corrections(
        doc.view(), lambda: ctx.lexicon.dash_compounds)])
    doc.add([ctx.decide(c) for c in list_mark_corrections(doc.view(), ctx.lexicon.lm)])
    doc.add([ctx.decide(c) for c in quote_pair_corrections(doc.view())])
    # words are read with the labels as repaired, so a label is never also a word error
    segments = doc.view().segments
    # a long document is read a stretch of paragraphs at a time: memory then depends on
    # the stretch, not on the document (a paragraph's context never crosses a stretch);
    # the tone style is then the whole document's, read once before
    runs = list(stretches(segments))
    style = doc.tone_style or (document_style(s.text for s in segments) if len(runs) > 1
                               else None)
    line_paragraphs = lines_are_paragraphs(s.text for s in segments)
    params = Params(**ctx.tuning)
    # what the document prints elsewhere, over all its stretches
    memory = (DocumentMemory(segments, ctx.lexicon.lm, params.memory_share)
              if params.memory_share else None)
    own_types = title_type_codes(segments)  # what the document's own number abbreviates
    too_long = 0
    first = 0
    for run in runs:
        slots, decisions = word_decisions(run, ctx.lexicon, params, style, line_paragraphs,
                                          memory, first)
        first += len(run)
        too_long += sum(len(s.token.text) > MAX_TOKEN for s in slots
                        if doc.own_lines is None or run[s.seg].line in doc.own_lines)
        typists_joins(decisions, slots)
        if line_paragraphs:
            typists_marks(decisions, slots)
        doc.add([ctx.decide(c) for c in to_corrections(decisions, slots, run)])
        changed = ({d.slot for d in decisions if not marks_only(slots[d.slot], d.best)}
                   | {d.slot + 1 for d in decisions if d.best.span == 2})
        doc.add([ctx.decide(c)
                 for c in case_corrections(slots, run, ctx.lexicon, skip=changed,
                                           line_paragraphs=bool(line_paragraphs))])
        doc.add([ctx.decide(c) for c in year_corrections(slots, run)])
        months = (month_word_corrections(slots, run, skip=changed)
                  + glued_date_part_corrections(slots, run, skip=changed))
        doc.add([ctx.decide(c) for c in months])
        copies = code_copy_corrections(slots, run, ctx.lexicon.abbreviations, skip=changed)
        doc.add([ctx.decide(c) for c in copies])
        acronyms = abbreviation_copy_corrections(slots, run, ctx.lexicon.abbreviations,
                                                 skip=changed)
        doc.add([ctx.decide(c) for c in acronyms])
        copies += acronyms
        copied = {c.before for c in copies}
        changed |= {i for i, slot in enumerate(slots) if slot.token.core in copied}
        fields = number_field_corrections(slots, run, skip=changed)
        doc.add([ctx.decide(c) for _, c in fields])
        doc.add([ctx.decide(c) for c in letter_digit_corrections(
            slots, run, skip=changed | {i for i, _ in fields})])
        doc.add([ctx.decide(c) for c in separator_corrections(
            slots, run, ctx.lexicon.abbreviations, skip=changed, own_types=own_types)])
        doc.add([ctx.decide(c) for c in cut_code_corrections(
            slots, run, ctx.lexicon.abbreviations, skip=changed)])
        doc.add([ctx.decide(c) for c in lost_hyphen_corrections(
            slots, run, ctx.lexicon.abbreviations, skip=changed)])
        parts = (code_part_corrections(slots, run, ctx.lexicon.abbreviations, skip=changed)
                 + cut_part_corrections(slots, run, ctx.lexicon.abbreviations, skip=changed))
        doc.add([ctx.decide(c) for c in parts])
        # (a normative code's type is also a part after its year: "72/2015/ND-CP")
        mended = {(c.line, c.start) for c in parts}
        types = [c for c in type_corrections(slots, run, ctx.lexicon.abbreviations,
                                             skip=changed, own_types=own_types)
                 if (c.line, c.start) not in mended]
        doc.add([ctx.decide(c) for c in types])
        # a doubled "Đ" where no rule read the code's part or type whole ("QĐÐ-BKHDT")
        whole = [(c.line, c.start, c.end) for c in parts + types]
        doc.add([ctx.decide(c) for c in doubled_d_corrections(slots, run, skip=changed)
                 if not any(line == c.line and start < c.end and c.start < end
                            for line, start, end in whole)])
    if too_long:
        log.warning("%s: %d token%s longer than %d characters left as %s (no word is "
                    "so long)", doc.source.name, too_long, "s" * (too_long != 1), MAX_TOKEN,
                    "they are" if too_long != 1 else "it is")
    return doc


def typists_joins(decisions: list[Decision], slots: list[Slot]) -> None:
    """Lower the confidence of parting joined words where the text joins so many that they
    are its typist's, not OCR's ("cácxã", "Anthành" throughout a resolution)."""
    joins = [d for d in decisions if lost_space(slots[d.slot], d.best)]
    if len(joins) < TYPIST_JOINS:
        return
    for d in joins:
        only_proposed(d, f"; the text joins {len(joins)} pairs of words, as its typist does, "
                         "so it is only proposed")


def typists_marks(decisions: list[Decision], slots: list[Slot]) -> None:
    """In text typed a paragraph to a line, which no scanner touched, a token of marks alone
    ("€", "±", "(),"), a dash between two words ("đại học-cao đẳng") and a word's marks or
    case ("rock," "phường:") are the typist's, not OCR's specks: changing them is only
    proposed."""
    for d in decisions:
        token = slots[d.slot].token.text
        dash_parted = d.best.span == 1 and " " in d.best.text and \
            d.best.text.replace(" ", "-") == token
        if not d.best.text or dash_parted or kind_of(token, d.best) == "punctuation":
            only_proposed(d, "; the text is typed a paragraph to a line, so it is only proposed")


def only_proposed(d: Decision, note: str) -> None:
    """The decision's confidence lowered below any threshold but a reviewer's, the reason
    saying why (where it was not that low already)."""
    if d.confidence > TYPIST_CONFIDENCE:
        d.confidence = TYPIST_CONFIDENCE
        d.note = note


def tone_style(lines: Iterable[Line]) -> str:
    """The tone-mark placement of a document's lines as read ("old" hóa, "new" hoá): a
    long document's, read before it is corrected a part at a time."""
    return document_style(line.text for line in lines)


def stretches(segments: list[Segment]) -> Iterator[list[Segment]]:
    """The segments in runs of about STRETCH_CHARACTERS, each ending where a paragraph
    does (an empty line or a label next), or at four times the size if none does."""
    start = size = 0
    for k, seg in enumerate(segments):
        if size >= STRETCH_CHARACTERS and (seg.blank_before or seg.label is not None
                                           or size >= 4 * STRETCH_CHARACTERS):
            yield segments[start:k]
            start, size = k, 0
        size += len(seg.text) + 1
    if start < len(segments):
        yield segments[start:]
