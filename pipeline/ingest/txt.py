"""Plain OCR text: UTF-8, a form feed between pages (as OCR engines write them)."""

from __future__ import annotations

import unicodedata

from vanban.document import Line
from vanban.errors import InputError


def decode_text(data: bytes, name: str) -> str:
    """The text of a UTF-8 file (or UTF-16 with its byte-order mark), NFC; a clear error
    for anything else."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{name} is binary, not a text file") from None
        # a byte-order mark before bytes that decode to no Latin text: not a document
        latin = sum(ch.isascii() or "\u00c0" <= ch <= "\u1ef9" for ch in text[:4096])
        if latin < 0.5 * min(len(text), 4096):
            raise InputError(f"{name} is binary, not a text file")
        return normal(text)
    if b"\x00" in data[:4096]:
        raise InputError(f"{name} is binary, not a text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name} is not UTF-8 text (invalid byte at offset {exc.start}); "
            "convert it to UTF-8 first") from None
    return normal(text)


def normal(text: str) -> str:
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def text_lines(text: str) -> list[Line]:
    """Lines with their page (split at form feeds) and position on the page."""
    pages = text.split("\f")
    if len(pages) > 1 and not pages[-1].strip():
        pages.pop()  # the form feed that ends the last page
    lines: list[Line] = []
    source_line = 0
    for page_no, page in enumerate(pages, start=1):
        rows = page.split("\n")
        if rows and rows[-1] == "":
            rows.pop()  # the newline that ends the page's last line
        for number, row in enumerate(rows, start=1):
            source_line += 1
            lines.append(Line(index=len(lines), page=page_no, number=number,
                              text=row.rstrip(), source_line=source_line))
    return lines
