"""vanban: scanned Vietnamese administrative documents to clean text and a JSON tree.

    import vanban

    doc = vanban.process("decree.pdf")        # every stage; raises vanban.VanbanError
    doc.to_json()                             # header, body tree, references, corrections
    doc.corrected_text()                      # the text, one line per input line
    vanban.correct_text("Cự thể hóa ...")     # a string in, the corrected string out
    result = vanban.convert("decree.pdf")     # never raises for a bad document:
    result.status, result.errors, result.document

The source folder is `pipeline/` (the design card's layout); it installs as `vanban`.
This module owns the public API and the order of the stages:
ingest → repair → correct → structure (export reads the finished document).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from vanban.context import DEFAULT_THRESHOLD, Context
from vanban.document import Document
from vanban.errors import (
    DecisionsError,
    InputError,
    LexiconError,
    NoTextLayerError,
    OcrUnavailableError,
    OutputError,
    VanbanError,
)
from vanban.result import Result

__version__ = "0.2.0"
__all__ = [
    "DEFAULT_THRESHOLD",
    "Context",
    "DecisionsError",
    "Document",
    "InputError",
    "LexiconError",
    "NoTextLayerError",
    "OcrUnavailableError",
    "OutputError",
    "Result",
    "VanbanError",
    "__version__",
    "convert",
    "correct_text",
    "process",
    "process_document",
]


def process_document(doc: Document, ctx: Context | None = None) -> Document:
    """Run the stages after ingest on a document: repair, correct, structure."""
    from vanban.correct import correct
    from vanban.repair import repair
    from vanban.structure import structure

    ctx = ctx or Context()
    for stage in (repair, correct, structure):
        doc = stage(doc, ctx)
    return doc


def process(source: str | Path | Sequence[str | Path], ctx: Context | None = None) -> Document:
    """Read a document and run every stage on it: a .txt, a .pdf (its text layer, or OCR
    of the pages without a usable one), an image (PNG, JPEG, TIFF), or a list of page
    images that make one document, in page order.

    A path is always a path: a file named "-" is a file, standard input is read only by
    the command line. Raises `InputError` (and the other `VanbanError`s) on bad input.
    """
    from vanban.ingest import ingest

    ctx = ctx or Context()
    return process_document(ingest(source, ocr=ctx.ocr), ctx)


def convert(source: str | Path, ctx: Context | None = None) -> Result:
    """Like `process`, but a document that cannot be converted gives a failed `Result`
    with its one-line error instead of an exception (what a batch wants)."""
    try:
        return Result.done(str(source), process(source, ctx))
    except VanbanError as exc:
        return Result.failed(str(source), str(exc))


def correct_text(text: str, threshold: float = DEFAULT_THRESHOLD,
                 ctx: Context | None = None) -> str:
    """The corrected text of an OCR'd text: the same lines, the sure corrections applied.

    Corrections below `threshold` are left out (they are proposals for a reviewer: see
    `process` for all of them). Text without a word comes back as it is.
    """
    from vanban.ingest import ingest_bytes

    if not text.strip():
        return text
    ctx = ctx or Context(threshold=threshold)
    doc = process_document(ingest_bytes(text.encode("utf-8"), "<text>"), ctx)
    out = doc.corrected_text()
    # corrected_text ends every line; give back the caller's own ending
    return out if text.endswith(("\n", "\f")) else out.removesuffix("\n")
