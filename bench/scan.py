"""`make bench`: reading a scan: seconds per page for OCR (Tesseract through vanban) and for
every stage after it, on one core; and OCR on every core.

The pages are made here: the bundled decree's corrected text printed on A4 at 300 dpi
(Liberation Serif 13 pt), lightly blurred and speckled as a scanner leaves it, saved as a
multi-page TIFF.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import textwrap
import time
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from vanban import process_document
from vanban.context import Context
from vanban.ingest import ingest_bytes
from vanban.ingest.ocr import workers

ROOT = Path(__file__).resolve().parent.parent
FONT = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"
TEXT = ROOT / "samples" / "thanhhoa-04-KH-UBND-2017.gold.txt"


def pages(count: int) -> bytes:
    font = ImageFont.truetype(FONT, 54)  # 13 pt at 300 dpi
    rows: list[str] = []
    for paragraph in TEXT.read_text("utf-8").splitlines():
        rows += textwrap.wrap(paragraph, 72) or [""]
    per_page = 46
    rng = random.Random(7)
    images = []
    for k in range(count):
        image = Image.new("L", (2480, 3508), 250)
        draw = ImageDraw.Draw(image)
        for n, row in enumerate(rows[k * per_page:(k + 1) * per_page]):
            draw.text((354, 236 + 66 * n), row, font=font, fill=30)
        image = image.rotate(rng.uniform(-0.6, 0.6), fillcolor=250).filter(
            ImageFilter.GaussianBlur(0.8))
        for _ in range(400):
            x, y = rng.randrange(2480), rng.randrange(3508)
            draw = ImageDraw.Draw(image)
            draw.point((x, y), fill=rng.choice((0, 255)))
        images.append(image)
    out = io.BytesIO()
    images[0].save(out, format="TIFF", save_all=True, append_images=images[1:],
                   compression="tiff_lzw")
    return out.getvalue()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pages", type=int, default=4)
    args = ap.parse_args()
    data = pages(args.pages)
    every = workers()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    ctx = Context()
    ctx.warm_up()
    start = time.perf_counter()
    doc = ingest_bytes(data, "bench.tif", ocr_jobs=1)
    ocr = time.perf_counter() - start
    start = time.perf_counter()
    process_document(doc, ctx)
    after = time.perf_counter() - start
    n = doc.source.pages
    print(f"scan ({n} pages, one core): OCR {ocr / n:.2f} s/page, every stage after it "
          f"{after / n:.3f} s/page ({after / ocr:.1%} of the OCR)")
    if hasattr(os, "sched_setaffinity") and every > 1:
        os.sched_setaffinity(0, set(range(os.cpu_count() or 1)))
        start = time.perf_counter()
        ingest_bytes(data, "bench.tif")
        print(f"scan OCR on {every} cores: {(time.perf_counter() - start) / n:.2f} s/page")


if __name__ == "__main__":
    main()
