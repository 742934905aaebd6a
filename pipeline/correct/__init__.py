"""Stage 3: word and syllable errors, and list labels repaired from their own sequence."""

from __future__ import annotations

from pipeline.context import Context
from pipeline.correct.labels import label_corrections
from pipeline.document import Document


def correct(doc: Document, ctx: Context) -> Document:
    labels = [ctx.decide(c) for c in label_corrections(doc, list(doc.segments()))]
    doc.corrections += labels
    return doc
