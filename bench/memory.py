"""`make bench`: peak memory of `vanban run` on outsized input, each in a fresh process: a
1 MB token, a long text (the bundled decree repeated to 20 MB, with no page break or
empty line: the worst case for cutting it into parts), a 300-page PDF. The inputs are made
here; the aim is a peak that does not grow with the input (at most 400 MB).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.pdfmake import text_pdf  # noqa: E402

SAMPLE = ROOT / "samples" / "thanhhoa-04-KH-UBND-2017.ocr.txt"
LIMIT_MB = 400


def peak_of(args: list[str]) -> tuple[float, float, int]:
    """Peak resident memory (MB), seconds and exit status of one vanban run."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "vanban.cli", *args],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    return usage.ru_maxrss / 1024, time.perf_counter() - start, os.waitstatus_to_exitcode(status)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--text-mb", type=float, default=20.0,
                    help="size of the long text (at about 25 KB/s, 20 MB takes ~15 min)")
    ap.add_argument("--pages", type=int, default=300)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        token = folder / "token.txt"
        token.write_text("Điều 1. Phạm vi\n" + "a" * 1_000_000 + "\n", "utf-8")
        text = folder / "long.txt"
        sample = SAMPLE.read_text("utf-8")
        text.write_text(sample * max(1, round(args.text_mb * 1e6 / len(sample.encode()))),
                        "utf-8")
        pdf = folder / "pages.pdf"
        rows = ["Dieu {k}. Quy dinh ve to chuc thuc hien ke hoach nam {k}",
                "1. Cac co quan, don vi tang cuong cong tac tuyen truyen;",
                "2. Uy ban nhan dan cac huyen chi dao thuc hien nghiem tuc."]
        pdf.write_bytes(text_pdf([[(60, 80 + 30 * n, row.format(k=k)) for n, row in
                                   enumerate(rows)] for k in range(1, args.pages + 1)]))
        cases = [("a 1 MB token", [str(token)]),
                 (f"{text.stat().st_size / 1e6:.1f} MB of text", [str(text)]),
                 # its text layer is ASCII (the PDF's built-in font): read as it is
                 (f"a {args.pages}-page PDF", [str(pdf), "--ocr", "never"])]
        for name, inputs in cases:
            peak, seconds, status = peak_of(["run", *inputs, "-o", str(folder / "out.json")])
            verdict = "ok" if status == 0 and peak <= LIMIT_MB else "OVER" if status == 0 \
                else f"exit {status}"
            print(f"memory: {name:22s} peak {peak:6.0f} MB in {seconds:6.1f} s  {verdict}")


if __name__ == "__main__":
    main()
