"""Stage 2, repair: owns line and layout damage.

Marks of a scan that are not text (margin notes, specks) are deleted (text corrections),
page numbers and running heads leave the body, two-column lines are split into their
columns and a heading run into the sentence before it is cut off (all recorded as layout
corrections: the corrected text keeps them; the reading view reads them), and a period
OCR put at a line end inside a sentence or after a heading in capitals is removed (a text
correction).
"""

from __future__ import annotations

from vanban.context import Context
from vanban.document import Correction, Document
from vanban.repair.columns import column_corrections
from vanban.repair.noise import noise_corrections
from vanban.repair.pages import page_number_corrections, running_head_corrections
from vanban.repair.periods import heading_period_corrections, line_end_period_corrections
from vanban.repair.run_in import run_in_heading_corrections


def repair(doc: Document, ctx: Context) -> Document:
    doc.add([ctx.decide(c) for c in noise_corrections(doc)])
    pages = doc.add([ctx.decide(c) for c in page_number_corrections(doc)])
    taken = {c.line for c in pages if c.status == "applied"}
    doc.add([ctx.decide(c) for c in running_head_corrections(doc, taken)])
    doc.add([ctx.decide(c) for c in column_corrections(doc, doc.view())])
    doc.add([ctx.decide(c) for c in run_in_heading_corrections(doc, doc.view())])
    segments = doc.view().segments
    periods = line_end_period_corrections(segments)
    periods += heading_period_corrections(segments, {(c.line, c.start) for c in periods})
    doc.add([ctx.decide(c) for c in periods])
    return doc


__all__ = ["Correction", "repair"]
