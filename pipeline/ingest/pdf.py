"""PDF with a text layer, through pdfplumber: words with their positions, grouped into lines.

Each page's layer is judged on its own (quality.py); the pages whose layer is missing or
not Vietnamese are returned as pages to read from the image instead.
"""

from __future__ import annotations

import io
import logging
import unicodedata
from dataclasses import dataclass
from statistics import median

from vanban.document import WordBox
from vanban.errors import InputError
from vanban.ingest.quality import LayerCheck, check_layer

log = logging.getLogger(__name__)


@dataclass
class LayerPage:
    page: int
    rows: list[tuple[str, tuple[WordBox, ...]]]
    width: float
    check: LayerCheck


def pdf_layer(data: bytes, name: str) -> list[LayerPage]:
    """Every page's text layer in reading order, with the verdict on it."""
    import pdfplumber  # imported here: text input never pays for it

    if not data.lstrip()[:5].startswith(b"%PDF") and b"%PDF-" not in data[:1024]:
        raise InputError(f"{name} is not a PDF (it has no %PDF header)")
    pages: list[LayerPage] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if not pdf.pages:
                raise InputError(f"{name} is a PDF without pages")
            for page_no, page in enumerate(pdf.pages, start=1):
                words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
                rows = [row_text(row) for row in group_rows(words)]
                check = check_layer("\n".join(text for text, _ in rows))
                pages.append(LayerPage(page_no, rows, float(page.width), check))
                page.close()  # pdfplumber keeps every page's objects until closed
    except InputError:
        raise
    except Exception as exc:  # pdfminer raises many different kinds on a damaged file
        log.debug("pdf parse failure", exc_info=True)
        causes = [exc, *getattr(exc, "args", ()), exc.__context__]
        if any(type(c).__name__ == "PDFPasswordIncorrect" for c in causes) or \
                "password" in str(exc).lower():
            raise InputError(f"{name} is a password-protected PDF: remove the password "
                             "first (vanban cannot read it)") from None
        raise InputError(f"{name} is a damaged PDF that cannot be read ({type(exc).__name__})"
                         ) from None
    return pages


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
        boxes.append(WordBox(pos, pos + len(text), float(word["x0"]), float(word["x1"]),
                             float(word["top"]), float(word["bottom"])))
        parts.append(text)
        pos += len(text)
    return "".join(parts), tuple(boxes)
