"""Stage 3, correct: owns the text corrections of words and syllables (see words.py for
its parts), of list labels repaired from their own sequence (labels.py), of letter case
(case.py) and of years no document prints (numbers.py). Reads the reading view after
repair; the labels are repaired first, so a label is never also a word error."""

from __future__ import annotations

import logging

from vanban.context import Context
from vanban.correct.candidates import MAX_TOKEN
from vanban.correct.case import case_corrections
from vanban.correct.labels import label_corrections
from vanban.correct.numbers import year_corrections
from vanban.correct.words import Params, to_corrections, word_decisions
from vanban.document import Document

log = logging.getLogger(__name__)


def correct(doc: Document, ctx: Context) -> Document:
    doc.add([ctx.decide(c) for c in label_corrections(doc.view())])
    # words are read with the labels as repaired, so a label is never also a word error
    segments = doc.view().segments
    slots, decisions = word_decisions(segments, ctx.lexicon, Params(**ctx.tuning))
    too_long = sum(len(s.token.text) > MAX_TOKEN for s in slots)
    if too_long:
        log.warning("%s: %d token%s longer than %d characters left as %s (no word is "
                    "so long)", doc.source.name, too_long, "s" * (too_long != 1), MAX_TOKEN,
                    "they are" if too_long != 1 else "it is")
    doc.add([ctx.decide(c) for c in to_corrections(decisions, slots, segments)])
    changed = {d.slot for d in decisions} | {d.slot + 1 for d in decisions if d.best.span == 2}
    doc.add([ctx.decide(c) for c in case_corrections(slots, segments, ctx.lexicon, skip=changed)])
    doc.add([ctx.decide(c) for c in year_corrections(slots, segments)])
    return doc
