"""Reading page images with Tesseract 5 (`vie`), through tesserocr.

tesserocr calls libtesseract in the process: the page image is handed over as it is (no
PNG written and no process started per page), the recognition runs outside the GIL (so
threads read pages in parallel), and the result iterator gives each word's box and
confidence directly; pytesseract would start a tesseract process per page and parse its
TSV, and hOCR would be parsed again. Each thread keeps its own engine.

Words come back in Tesseract's lines, each word with its box (page-image pixels) and its
confidence, so every later stage reads a scan as it reads a PDF's text layer.
"""

from __future__ import annotations

import os

# Tesseract's own OpenMP threads are slower than one thread per page on a few cores
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import threading
import unicodedata
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image

from vanban.document import WordBox
from vanban.errors import OcrUnavailableError
from vanban.ingest.images import PageGeometry, prepare

LANGUAGE = "vie"
TESSDATA_DIRS = ("/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
                 "/usr/share/tessdata", "/usr/local/share/tessdata")
INSTALL_HINT = "apt-get install tesseract-ocr tesseract-ocr-vie"
# a page this unsure (mean word confidence) may be upside down or sideways: its
# orientation is checked and, if turned, it is read again
ORIENTATION_DOUBT = 55.0
ORIENTATION_SURE = 2.0  # Tesseract's own orientation confidence needed to turn a page
# a letter's alternatives OCR rated within this of its choice are kept, as evidence for
# the correction (Tesseract's LSTM choices: lstm_choice_mode 2)
ALTERNATIVE_MARGIN = 40.0


@dataclass
class OcrLine:
    text: str
    boxes: tuple[WordBox, ...]


@dataclass
class OcrPage:
    page: int
    lines: list[OcrLine]
    width: int
    height: int
    confidence: float  # mean word confidence, 0-100 (0 for a page without words)
    geometry: PageGeometry


def tessdata() -> str:
    """The folder holding Tesseract's Vietnamese model, or a clear error. TESSDATA_PREFIX,
    when set, is the only place looked at (as Tesseract itself does)."""
    prefix = os.environ.get("TESSDATA_PREFIX")
    candidates = [prefix] if prefix else list(TESSDATA_DIRS)
    for folder in candidates:
        if folder and (Path(folder) / f"{LANGUAGE}.traineddata").is_file():
            return folder
        if folder and (Path(folder) / "tessdata" / f"{LANGUAGE}.traineddata").is_file():
            return str(Path(folder) / "tessdata")
    where = f" in TESSDATA_PREFIX={prefix}" if prefix else ""
    raise OcrUnavailableError(
        "this document needs OCR and Tesseract's Vietnamese model (vie.traineddata) is not "
        f"installed{where}: {INSTALL_HINT}")


def _tesserocr() -> Any:  # the tesserocr module
    try:
        import tesserocr
    except ImportError as exc:
        raise OcrUnavailableError(
            f"this document needs OCR and the tesserocr module cannot load ({exc}); "
            "reinstall vanban (pip install vanban)") from None
    return tesserocr


class Engine:
    """One Tesseract per thread, created on first use."""

    def __init__(self) -> None:
        self.tesserocr = _tesserocr()
        self.path = tessdata()
        self.local = threading.local()
        self.has_osd = (Path(self.path) / "osd.traineddata").is_file()

    def api(self) -> Any:  # this thread's tesserocr.PyTessBaseAPI
        api = getattr(self.local, "api", None)
        if api is None:
            t = self.tesserocr
            api = t.PyTessBaseAPI(path=self.path, lang=LANGUAGE, psm=t.PSM.SINGLE_COLUMN)
            api.SetVariable("lstm_choice_mode", "2")  # each letter's alternatives
            self.local.api = api
        return api

    def orientation(self, image: Image.Image) -> float:
        """The counter-clockwise turn that sets the page upright, if Tesseract is sure."""
        if not self.has_osd:
            return 0.0
        t = self.tesserocr
        osd = getattr(self.local, "osd", None)
        if osd is None:
            osd = t.PyTessBaseAPI(path=self.path, lang="osd", psm=t.PSM.OSD_ONLY)
            self.local.osd = osd
        osd.SetImage(image)
        found = osd.DetectOrientationScript() or {}
        if found.get("orient_conf", 0.0) < ORIENTATION_SURE:
            return 0.0
        return float(found.get("orient_deg", 0))

    def read(self, page: int, image: Image.Image) -> OcrPage:
        prepared, geometry = prepare(image)
        result = self.recognise(page, prepared, geometry)
        if result.confidence < ORIENTATION_DOUBT:
            turn = self.orientation(prepared)
            if turn:
                prepared, geometry = prepare(image, upright=turn)
                turned = self.recognise(page, prepared, geometry)
                if turned.confidence > result.confidence:
                    result = turned
        return result

    def recognise(self, page: int, image: Image.Image, geometry: PageGeometry) -> OcrPage:
        t = self.tesserocr
        api = self.api()
        api.SetImage(image)
        api.Recognize()
        lines: list[OcrLine] = []
        words: list[Word] = []
        confidences: list[float] = []
        iterator = api.GetIterator()
        levels = t.RIL
        current: Word | None = None  # the word whose letters the iterator is on
        if iterator is not None:
            for symbol in t.iterate_level(iterator, levels.SYMBOL):
                if symbol.IsAtBeginningOf(levels.WORD):
                    if symbol.IsAtBeginningOf(levels.TEXTLINE) and words:
                        lines.append(ocr_line(words))
                        words = []
                        # an empty line between paragraphs, as Tesseract writes its text
                        if symbol.IsAtBeginningOf(levels.PARA):
                            lines.append(OcrLine("", ()))
                    try:
                        text = symbol.GetUTF8Text(levels.WORD)
                    except RuntimeError:  # tesserocr's way of saying there is no text
                        text = ""
                    box = symbol.BoundingBox(levels.WORD)
                    current = None
                    if text and text.strip() and box is not None:
                        confidence = float(symbol.Confidence(levels.WORD))
                        current = Word(unicodedata.normalize("NFC", text.strip()), box,
                                       confidence, [])
                        words.append(current)
                        confidences.append(confidence)
                if current is not None:
                    add_choices(current, symbol, levels.SYMBOL)
        if words:
            lines.append(ocr_line(words))
        api.Clear()
        mean = sum(confidences) / len(confidences) if confidences else 0.0
        return OcrPage(page, lines, image.width, image.height, mean, geometry)

    def close(self) -> None:
        for name in ("api", "osd"):
            api = getattr(self.local, name, None)
            if api is not None:
                api.End()


@dataclass
class Word:
    text: str
    box: tuple[int, int, int, int]
    confidence: float
    letters: list[tuple[str, list[tuple[str, float]]]]  # each letter and its choices


def add_choices(word: Word, symbol: Any, level: int) -> None:
    """The letter under the iterator and what else OCR rated it."""
    try:
        letter = unicodedata.normalize("NFC", symbol.GetUTF8Text(level) or "")
    except RuntimeError:
        return
    choices = []
    for choice in symbol.GetChoiceIterator():
        other = unicodedata.normalize("NFC", choice.GetUTF8Text() or "")
        choices.append((other, float(choice.Confidence())))
    word.letters.append((letter, choices))


def alternatives(word: Word) -> tuple[tuple[int, int, str, float], ...]:
    """The letters' alternatives within reach of OCR's choice, placed in the word's text
    (none when the letters do not spell the word, so offsets would mislead)."""
    if "".join(letter for letter, _ in word.letters) != word.text:
        return ()
    out = []
    pos = 0
    for letter, choices in word.letters:
        best = max((c for o, c in choices if o == letter), default=None)
        if best is None and choices:
            best = max(c for _, c in choices)
        for other, confidence in choices:
            if other and other != letter and best is not None \
                    and best - confidence <= ALTERNATIVE_MARGIN:
                out.append((pos, pos + len(letter), other, round(best - confidence, 1)))
        pos += len(letter)
    return tuple(out)


def ocr_line(words: list[Word]) -> OcrLine:
    parts: list[str] = []
    boxes: list[WordBox] = []
    pos = 0
    for word in words:
        text, (x0, top, x1, bottom), confidence = word.text, word.box, word.confidence
        if parts:
            parts.append(" ")
            pos += 1
        boxes.append(WordBox(pos, pos + len(text), float(x0), float(x1), float(top),
                             float(bottom), round(confidence, 1), alternatives(word)))
        parts.append(text)
        pos += len(text)
    return OcrLine("".join(parts), tuple(boxes))


def workers() -> int:
    """Threads to read pages with: the CPUs this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def read_pages(pages: Iterable[tuple[int, Image.Image]], jobs: int | None = None
               ) -> Iterator[OcrPage]:
    """OCR of each page, in page order, reading `jobs` pages at a time; the pages are taken
    from `pages` only as threads come free, so few images are held at once."""
    engine = Engine()
    jobs = jobs or workers()
    if jobs == 1:
        try:
            for page, image in pages:
                yield engine.read(page, image)
        finally:
            engine.close()
        return
    pool = ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="vanban-ocr")
    pending: list[Future[OcrPage]] = []
    try:
        for page, image in pages:
            pending.append(pool.submit(engine.read, page, image))
            while len(pending) >= jobs:
                yield pending.pop(0).result()
        while pending:
            yield pending.pop(0).result()
    finally:
        for future in pending:
            future.cancel()
        # each thread's engines are freed with the thread
        pool.shutdown(wait=True)
