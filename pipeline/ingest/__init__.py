"""Stage 1, ingest: owns reading a file's bytes into a `Document` of lines, each keeping
its page and source position, Unicode NFC: plain text, a PDF's text layer, or a scan
(image-only PDF pages, pages whose text layer is not Vietnamese, TIFF, PNG, JPEG) read by
Tesseract, its words keeping their boxes and confidences.

Library calls read files only; standard input ("-") is the command line's business.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from vanban.context import OcrMode
from vanban.document import Document, Line, PageRead, Source
from vanban.errors import InputError, NoTextLayerError
from vanban.ingest.images import Kind, Scan, ScanFile, sniff, source_pages
from vanban.ingest.pdf import pdf_layer
from vanban.ingest.txt import decode_text, text_lines

if TYPE_CHECKING:
    from PIL import Image

    from vanban.ingest.ocr import OcrPage

log = logging.getLogger(__name__)

IMAGE_KINDS = ("tiff", "png", "jpeg")


def read_input(path: str | Path) -> tuple[bytes, str]:
    """The bytes of a file and the name to show in messages."""
    p = Path(path)
    if p.is_dir():
        raise InputError(f"{p} is a directory, not a document (use `vanban batch` for folders)")
    if not p.exists():
        raise InputError(f"{p}: no such file")
    try:
        return p.read_bytes(), str(p)
    except OSError as exc:
        raise InputError(f"{p}: cannot read it ({exc.strerror})") from None


def ingest_bytes(data: bytes, name: str, path: str = "", ocr: OcrMode = "auto",
                 ocr_jobs: int | None = None) -> Document:
    """A document from its bytes; the format is told by content, not by name. Pages are
    OCR'd `ocr_jobs` at a time (default: one per CPU)."""
    if not data.strip():
        raise InputError(f"{name} is empty")
    kind = sniff(data)
    if kind == "text" and name.lower().endswith(".pdf"):
        kind = "pdf"  # pdf_layer says it is no PDF
    scan: Scan | None = None
    if kind == "pdf":
        lines, pages, reads, scan = read_pdf(data, name, ocr, ocr_jobs)
        fmt = "pdf"
    elif kind in IMAGE_KINDS:
        lines, pages, reads, scan = read_images([(data, name)], ocr, ocr_jobs)
        fmt = "image"
    else:
        lines = text_lines(decode_text(data, name))
        pages = lines[-1].page if lines else 0
        reads = [PageRead(p, "text", "plain text") for p in range(1, pages + 1)]
        fmt = "text"
    if not any(line.text.strip() for line in lines):
        raise InputError(f"{name} contains no text" + (" that OCR could read" if scan else ""))
    source = Source(path=path or name, name=Path(name).name, format=fmt, pages=pages,
                    sha256=hashlib.sha256(data).hexdigest(), reads=reads)
    return Document(source=source, lines=lines, scan=scan)


def ingest(path: str | Path | Sequence[str | Path], ocr: OcrMode = "auto",
           ocr_jobs: int | None = None) -> Document:
    """A document from a file, or from several page images given in page order."""
    if isinstance(path, (str, Path)):
        data, name = read_input(path)
        return ingest_bytes(data, name, path=str(path), ocr=ocr, ocr_jobs=ocr_jobs)
    paths = list(path)
    if len(paths) == 1:
        return ingest(paths[0], ocr, ocr_jobs)
    if not paths:
        raise InputError("no input given")
    files = [read_input(p) for p in paths]
    for data, name in files:
        if sniff(data) not in IMAGE_KINDS:
            raise InputError(f"{name} is not an image: only page images (PNG, JPEG, TIFF) "
                             "make one document together")
    lines, pages, reads, scan = read_images(files, ocr, ocr_jobs)
    if not any(line.text.strip() for line in lines):
        raise InputError(f"{files[0][1]} … contain no text that OCR could read")
    digest = hashlib.sha256()
    for data, _ in files:
        digest.update(hashlib.sha256(data).digest())
    source = Source(path=" + ".join(str(p) for p in paths), name=Path(files[0][1]).name,
                    format="image", pages=pages, sha256=digest.hexdigest(), reads=reads)
    return Document(source=source, lines=lines, scan=scan)


def read_pdf(data: bytes, name: str, ocr: OcrMode, jobs: int | None = None
             ) -> tuple[list[Line], int, list[PageRead], Scan | None]:
    layer = pdf_layer(data, name)
    if ocr == "always":
        todo = [p.page for p in layer]
        why = {p.page: "OCR asked for (--ocr always)" for p in layer}
    elif ocr == "auto":
        todo = [p.page for p in layer if not p.check.usable]
        why = {p.page: p.check.reason for p in layer}
    else:
        todo, why = [], {}
        if not any(p.rows for p in layer):
            raise NoTextLayerError(f"{name} has no text layer (scanned images only) and OCR "
                                   "is turned off (--ocr never)")
        for p in layer:
            if not p.check.usable:
                log.warning("%s: page %d: %s (read as it is: --ocr never)", name, p.page,
                            p.check.reason)
    ocr_pages = {}
    scan = None
    if todo:
        from vanban.ingest.ocr import read_pages

        scan = Scan([ScanFile(data, "pdf", 1)])
        for result in read_pages(source_pages(data, "pdf", name, todo), jobs):
            ocr_pages[result.page] = result
            scan.geometry[result.page] = result.geometry
    lines: list[Line] = []
    reads: list[PageRead] = []
    for p in layer:
        if p.page in ocr_pages:
            result = ocr_pages[p.page]
            add_ocr_lines(lines, result)
            reads.append(PageRead(p.page, "ocr", why[p.page], round(result.confidence, 1)))
            continue
        for number, (text, boxes) in enumerate(p.rows, start=1):
            lines.append(Line(index=len(lines), page=p.page, number=number, text=text,
                              source_line=len(lines) + 1, boxes=boxes, page_width=p.width))
        reads.append(PageRead(p.page, "text-layer", p.check.reason))
    return lines, len(layer), reads, scan


def read_images(files: list[tuple[bytes, str]], ocr: OcrMode, jobs: int | None = None
                ) -> tuple[list[Line], int, list[PageRead], Scan]:
    """Lines of one or more image files (each maybe of several pages), pages numbered on."""
    if ocr == "never":
        raise NoTextLayerError(f"{files[0][1]} is an image: reading it needs OCR, which is "
                               "turned off (--ocr never)")
    from vanban.ingest.ocr import read_pages

    lines: list[Line] = []
    reads: list[PageRead] = []
    scan = Scan()
    offset = 0

    def numbered() -> Iterator[tuple[int, Image.Image]]:
        nonlocal offset
        for data, name in files:
            kind: Kind = sniff(data)
            scan.files.append(ScanFile(data, kind, offset + 1))
            count = 0
            for page, image in source_pages(data, kind, name):
                count = page
                yield offset + page, image
            offset += count

    for result in read_pages(numbered(), jobs):
        add_ocr_lines(lines, result)
        reads.append(PageRead(result.page, "ocr", "an image", round(result.confidence, 1)))
        scan.geometry[result.page] = result.geometry
    return lines, offset, reads, scan


def add_ocr_lines(lines: list[Line], result: OcrPage) -> None:
    for number, row in enumerate(result.lines, start=1):
        lines.append(Line(index=len(lines), page=result.page, number=number, text=row.text,
                          source_line=len(lines) + 1, boxes=row.boxes,
                          page_width=float(result.width)))
