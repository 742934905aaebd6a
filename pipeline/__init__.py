"""vanban: scanned Vietnamese administrative documents to clean text and a JSON tree.

    from pipeline import process
    doc = process("decree.pdf")
    doc.to_json()
"""

from __future__ import annotations

from pathlib import Path

from pipeline.context import Context
from pipeline.document import Document

__version__ = "0.1.0"
__all__ = ["Context", "Document", "__version__", "process", "process_document"]


def process_document(doc: Document, ctx: Context | None = None) -> Document:
    """Run the stages after ingest on a document: repair, correct, structure."""
    from pipeline.correct import correct
    from pipeline.repair import repair
    from pipeline.structure import structure

    ctx = ctx or Context()
    for stage in (repair, correct, structure):
        doc = stage(doc, ctx)
    return doc


def process(source: str | Path, ctx: Context | None = None) -> Document:
    """Read a .txt or .pdf document (or "-" for stdin) and run every stage on it."""
    from pipeline.ingest import ingest

    return process_document(ingest(source), ctx)
