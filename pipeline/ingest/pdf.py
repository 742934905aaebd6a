"""PDF with a text layer, through pdfplumber: words with their positions, grouped into lines."""

from __future__ import annotations

import io
import logging
import unicodedata
from statistics import median

from vanban.document import Line, WordBox
from vanban.errors import InputError, NoTextLayerError

log = logging.getLogger(__name__)


def pdf_lines(data: bytes, name: str) -> tuple[list[Line], int]:
    """The lines of every page in reading order, and the page count."""
    import pdfplumber  # imported here: text input never pays for it

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise InputError(f"{name} is not a PDF (it has no %PDF header)")
    lines: list[Line] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            page_count = len(pdf.pages)
            if page_count == 0:
                raise InputError(f"{name} is a PDF without pages")
            for page_no, page in enumerate(pdf.pages, start=1):
                words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
                for number, row in enumerate(group_rows(words), start=1):
                    text, boxes = row_text(row)
                    lines.append(Line(index=len(lines), page=page_no, number=number,
                                      text=text, source_line=len(lines) + 1,
                                      boxes=boxes, page_width=float(page.width)))
    except InputError:
        raise
    except Exception as exc:  # pdfminer raises many different kinds on a damaged file
        log.debug("pdf parse failure", exc_info=True)
        raise InputError(f"{name} is a damaged PDF that cannot be read ({type(exc).__name__})"
                         ) from None
    if not any(line.text.strip() for line in lines):
        raise NoTextLayerError(
            f"{name} has no text layer (scanned images only); run OCR on it first, "
            "e.g. ocrmypdf, then give vanban the result")
    return lines, page_count


def group_rows(words: list[dict]) -> list[list[dict]]:
    """Words sharing a baseline band form a row; rows top to bottom, words left to right."""
    if not words:
        return []
    heights = [w["bottom"] - w["top"] for w in words]
    tolerance = max(1.5, 0.45 * median(heights))
    rows: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if rows and abs(word["top"] - rows[-1][0]["top"]) <= tolerance:
            rows[-1].append(word)
        else:
            rows.append([word])
    return [sorted(row, key=lambda w: w["x0"]) for row in rows]


def row_text(row: list[dict]) -> tuple[str, tuple[WordBox, ...]]:
    parts: list[str] = []
    boxes: list[WordBox] = []
    pos = 0
    for word in row:
        text = unicodedata.normalize("NFC", word["text"])
        if parts:
            parts.append(" ")
            pos += 1
        boxes.append(WordBox(pos, pos + len(text), float(word["x0"]), float(word["x1"])))
        parts.append(text)
        pos += len(text)
    return "".join(parts), tuple(boxes)
