"""Stage 1, ingest: owns reading a file's bytes into a `Document` of lines (plain text or a
PDF's text layer), each keeping its page and source position, Unicode NFC.

Library calls read files only; standard input ("-") is the command line's business.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from vanban.document import Document, Source
from vanban.errors import InputError
from vanban.ingest.pdf import pdf_lines
from vanban.ingest.txt import decode_text, text_lines


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
