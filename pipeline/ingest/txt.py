"""Plain OCR text: UTF-8, a form feed between pages (as OCR engines write them)."""

from __future__ import annotations

import re
import sys
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
        return text
    if b"\x00" in data[:4096]:
        raise InputError(f"{name} is binary, not a text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name} is not UTF-8 text (invalid byte at offset {exc.start}); "
            "convert it to UTF-8 first") from None


# a line ends at a newline (any convention), a form feed (a new page), or both
LINE_END = re.compile(r"(?:\r\n|\r|\n)?\f|\r\n|\r|\n")


def text_lines(text: str) -> list[Line]:
    """Lines with their page (a form feed starts one) and position on the page; each
    NFC without its trailing blanks, keeping what it was in the file (`raw`) and what
    ended it (`ending`), so the corrected text gives the file back where nothing changed."""
    lines: list[Line] = []
    page, number, pos = 1, 0, 0
    for m in [*LINE_END.finditer(text), None]:
        content = text[pos:m.start()] if m else text[pos:]
        ending = sys.intern(m.group()) if m else ""  # a few kinds, each kept once
        if m is None and not content:
            break  # the text ended with its last line's ending
        number += 1
        clean = unicodedata.normalize("NFC", content.rstrip())
        lines.append(Line(index=len(lines), page=page, number=number, text=clean,
                          source_line=len(lines) + 1, ending=ending,
                          raw=content if content != clean else None))
        if "\f" in ending:
            page, number = page + 1, 0
        pos = m.end() if m else len(text)
    return lines
