"""Page images for OCR: what kind of file the bytes are, the pages of an image file or a
PDF rendered at 300 dpi, and each page made fit for Tesseract (grey, large enough,
upright, straight).

The way each page was turned and scaled is kept (`PageGeometry`), so the reviewer's crops
are cut from the very image OCR read, without reading the page's layout again.
"""

from __future__ import annotations

import contextlib
import io
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
from PIL import Image, ImageOps

from vanban.errors import InputError

Kind = Literal["pdf", "tiff", "png", "jpeg", "text"]
DPI = 300
# a page narrower than this (pixels) is a photo or a low-resolution scan: upscaled, since
# Tesseract reads Vietnamese marks poorly below about 20 px of x-height
MIN_WIDTH = 1700
TARGET_WIDTH = 2000  # measured best on dev pages shrunk to photo size (1600-2000)
MAX_UPSCALE = 4.0
MAX_PIXELS = 60_000_000  # larger pages are refused rather than exhausting memory
SKEW_RANGE = 5.0  # degrees searched either way
SKEW_STEP = 0.25
SKEW_MIN = 0.3  # a smaller skew is left to Tesseract
Image.MAX_IMAGE_PIXELS = MAX_PIXELS  # Pillow's decompression-bomb guard at our own limit


def sniff(data: bytes) -> Kind:
    """The file's kind, from its first bytes (a name can lie)."""
    head = data[:16]
    if data.lstrip()[:5].startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "tiff"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    return "text"


@dataclass(frozen=True)
class PageGeometry:
    """How a source page became the image OCR read: scaled, then turned (degrees,
    counter-clockwise, as PIL turns)."""

    scale: float = 1.0
    rotate: float = 0.0


@dataclass(frozen=True)
class ScanFile:
    data: bytes
    kind: Kind
    first_page: int  # the document's page number of the file's first page


@dataclass
class Scan:
    """The document's page images, re-made on demand from its files' bytes (never all
    held): what a reviewer's crops are cut from."""

    files: list[ScanFile] = field(default_factory=list)
    geometry: dict[int, PageGeometry] = field(default_factory=dict)  # page (from 1) ->
    _cached: tuple[int, Image.Image] | None = field(default=None, repr=False)

    def image(self, page: int) -> Image.Image:
        if self._cached and self._cached[0] == page:
            return self._cached[1]
        file = max((f for f in self.files if f.first_page <= page),
                   key=lambda f: f.first_page)
        raw = source_page(file.data, file.kind, page - file.first_page + 1)
        image = apply_geometry(raw, self.geometry.get(page, PageGeometry()))
        self._cached = (page, image)
        return image

    def crop(self, page: int, box: tuple[float, float, float, float], pad: int = 12) -> bytes:
        """PNG bytes of a region (x0, top, x1, bottom) of a page image, with a margin."""
        image = self.image(page)
        x0, top, x1, bottom = box
        region = (max(0, int(x0) - pad), max(0, int(top) - pad),
                  min(image.width, math.ceil(x1) + pad),
                  min(image.height, math.ceil(bottom) + pad))
        piece = image.crop(region)
        if piece.height > 90:  # a reviewer needs the word, not the page's resolution
            piece = piece.resize((max(1, round(piece.width * 90 / piece.height)), 90),
                                 Image.LANCZOS)
        out = io.BytesIO()
        piece.save(out, format="PNG", optimize=True)
        return out.getvalue()


def source_page(data: bytes, kind: Kind, page: int) -> Image.Image:
    """Page `page` (from 1) as a greyscale image at its scan resolution."""
    with contextlib.closing(source_pages(data, kind, "", [page])) as pages:
        return next(pages)[1]


def source_pages(data: bytes, kind: Kind, name: str, pages: list[int] | None = None
                 ) -> Iterator[tuple[int, Image.Image]]:
    """The pages asked for (all by default), one at a time, so a long document is never
    all in memory."""
    if kind == "pdf":
        with open_pdf(data, name) as pdf:
            for page in pages or range(1, len(pdf) + 1):
                rendered = pdf[page - 1].render(scale=DPI / 72, grayscale=True).to_pil()
                yield page, rendered.convert("L")
        return
    with open_image(data, name) as image:
        for page in pages or range(1, getattr(image, "n_frames", 1) + 1):
            try:
                image.seek(page - 1)
                yield page, ImageOps.exif_transpose(image).convert("L")
            except (OSError, ValueError, Image.DecompressionBombError) as exc:
                raise InputError(f"{name}: page {page} cannot be read as an image ({exc})"
                                 ) from None


@contextlib.contextmanager
def open_pdf(data: bytes, name: str) -> Iterator[Any]:
    """The PDF as pypdfium2 reads it (imported here: text input never pays for it)."""
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise InputError(f"{name} is a password-protected PDF") from None
        raise InputError(f"{name} is a damaged PDF that cannot be read") from None
    try:
        yield pdf
    finally:
        pdf.close()


def open_image(data: bytes, name: str) -> Image.Image:
    try:
        image = Image.open(io.BytesIO(data))
        if image.width * image.height > MAX_PIXELS:
            raise InputError(f"{name}: an image of {image.width}×{image.height} pixels is "
                             "larger than any scanned page vanban reads")
        return image
    except (OSError, Image.DecompressionBombError) as exc:
        raise InputError(f"{name} is a damaged image that cannot be read ({exc})") from None


def prepare(image: Image.Image, upright: float = 0.0) -> tuple[Image.Image, PageGeometry]:
    """The page made fit to read: large enough, turned upright (`upright`: the turn the
    orientation check asked for), straightened; and how it was done."""
    scale = 1.0
    if image.width < MIN_WIDTH:
        scale = min(MAX_UPSCALE, TARGET_WIDTH / image.width)
    scaled = scale_image(image, scale)
    turned = scaled.rotate(upright, expand=True, fillcolor=255) if upright else scaled
    skew = estimate_skew(turned)
    geometry = PageGeometry(scale, upright + skew if abs(skew) >= SKEW_MIN else upright)
    return apply_geometry(image, geometry), geometry


def apply_geometry(image: Image.Image, geometry: PageGeometry) -> Image.Image:
    out = scale_image(image, geometry.scale)
    if geometry.rotate:
        out = out.rotate(geometry.rotate, resample=Image.BICUBIC, expand=True, fillcolor=255)
    return out


def scale_image(image: Image.Image, scale: float) -> Image.Image:
    if scale == 1.0:
        return image
    return image.resize((round(image.width * scale), round(image.height * scale)),
                        Image.LANCZOS)


def estimate_skew(image: Image.Image) -> float:
    """The turn (degrees) that makes the text lines horizontal: the one whose row profile
    of ink is sharpest (text rows and the gaps between them line up)."""
    small = image.copy()
    small.thumbnail((900, 900))
    ink = np.asarray(small, dtype=np.float32)
    threshold = ink.mean() - ink.std()
    if ink.std() < 8:  # blank page
        return 0.0
    mask = Image.fromarray(((ink < threshold) * 255).astype(np.uint8))

    def sharpness(angle: float) -> float:
        rows = np.asarray(mask.rotate(angle, resample=Image.NEAREST), dtype=np.float32).sum(1)
        return float(np.square(np.diff(rows)).sum())

    coarse = np.arange(-SKEW_RANGE, SKEW_RANGE + 1e-9, 1.0)
    best = max(coarse, key=sharpness)
    fine = np.arange(best - 1.0, best + 1.0 + 1e-9, SKEW_STEP)
    return round(float(max(fine, key=sharpness)), 2)
