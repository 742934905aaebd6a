"""Stage 3: word and syllable errors, and list labels repaired from their own sequence."""

from __future__ import annotations

from vanban.context import Context
from vanban.correct.case import case_corrections
from vanban.correct.labels import label_corrections
from vanban.correct.numbers import year_corrections
from vanban.correct.words import Params, to_corrections, word_decisions
from vanban.document import Document


def correct(doc: Document, ctx: Context) -> Document:
    labels = [ctx.decide(c) for c in label_corrections(doc, list(doc.segments()))]
    doc.corrections += labels
    # words are read with the labels as repaired, so a label is never also a word error
    segments = list(doc.segments())
    slots, decisions = word_decisions(segments, ctx.lexicon, Params(**ctx.tuning))
    words = [ctx.decide(c) for c in to_corrections(decisions, slots, segments)]
    doc.corrections += words
    changed = {d.slot for d in decisions} | {d.slot + 1 for d in decisions if d.best.span == 2}
    doc.corrections += [ctx.decide(c) for c in
                        case_corrections(slots, segments, ctx.lexicon, skip=changed)]
    doc.corrections += [ctx.decide(c) for c in year_corrections(slots, segments)]
    return doc
