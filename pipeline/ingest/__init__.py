"""Stage 1: read a plain-text or PDF document into lines that keep their source position."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from pipeline.document import Document, Source
from pipeline.errors import InputError
from pipeline.ingest.pdf import pdf_lines
from pipeline.ingest.txt import decode_text, text_lines

STDIN = "-"


def read_input(path: str | Path) -> tuple[bytes, str]:
    """The bytes of a file (or of stdin for "-") and the name to show in messages."""
    if str(path) == STDIN:
        return sys.stdin.buffer.read(), "<stdin>"
    p = Path(path)
    if p.is_dir():
        raise InputError(f"{p} is a directory, not a document (use `vanban batch` for folders)")
    if not p.exists():
        raise InputError(f"{p}: no such file")
    try:
        return p.read_bytes(), str(p)
    except OSError as exc:
        raise InputError(f"{p}: cannot read it ({exc.strerror})") from None


def ingest_bytes(data: bytes, name: str, path: str = "") -> Document:
    """A document from its bytes; the format is told by content, not by name."""
    if not data.strip():
        raise InputError(f"{name} is empty")
    looks_pdf = data.lstrip()[:5].startswith(b"%PDF")
    if looks_pdf or name.lower().endswith(".pdf"):
        lines, pages = pdf_lines(data, name)
        fmt = "pdf"
    else:
        lines = text_lines(decode_text(data, name))
        pages = lines[-1].page if lines else 0
        fmt = "text"
    if not any(line.text.strip() for line in lines):
        raise InputError(f"{name} contains no text")
    source = Source(path=path or name, name=Path(name).name, format=fmt, pages=pages,
                    sha256=hashlib.sha256(data).hexdigest())
    return Document(source=source, lines=lines)


def ingest(path: str | Path) -> Document:
    data, name = read_input(path)
    return ingest_bytes(data, name, path=str(path))
