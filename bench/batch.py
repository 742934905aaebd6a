"""`make bench`, batch part: documents per second over a generated archive with 1 and 2
jobs, and how long a rerun of the finished archive takes.

The archive: 200 documents made from ../shared/data/dev (the OCR of real documents), or,
without it, cut from the bundled sample decree.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_archive(root: Path, count: int, shared: Path) -> Path:
    src = root / "archive"
    dev = sorted((shared / "data" / "dev").glob("*.ocr.txt"))
    if dev:
        texts = [p.read_text(encoding="utf-8") for p in dev]
    else:
        lines = (ROOT / "samples" / "thanhhoa-04-KH-UBND-2017.ocr.txt").read_text(
            encoding="utf-8").split("\n")
        texts = ["\n".join(lines[:17] + lines[17 + 40 * k:57 + 40 * k]) for k in range(7)]
    for k in range(count):
        folder = src / f"{2010 + k % 8}" / f"batch{k % 5}"
        folder.mkdir(parents=True, exist_ok=True)
        # every document its own: the same text with its own number
        (folder / f"doc{k:04d}.txt").write_text(texts[k % len(texts)] + f"\n{k}\n",
                                                encoding="utf-8")
    return src


def run(src: Path, out: Path, jobs: int) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "vanban.cli", "batch", str(src), "-o", str(out),
                    "-j", str(jobs), "-q"], check=True, cwd=ROOT)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--documents", type=int, default=200)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    root = Path(tempfile.mkdtemp(prefix="vanban-bench-"))
    try:
        src = make_archive(root, args.documents, args.shared)
        size = sum(p.stat().st_size for p in src.rglob("*.txt")) / 1024
        print(f"archive: {args.documents} documents, {size:.0f} KB")
        for jobs in (1, 2):
            out = root / f"out{jobs}"
            seconds = run(src, out, jobs)
            print(f"{jobs} job{'s' if jobs > 1 else ''}: {seconds:6.1f} s, "
                  f"{args.documents / seconds:5.2f} documents/s, {size / seconds:5.0f} KB/s")
        rerun = run(src, root / "out2", 2)
        print(f"rerun of the finished archive: {rerun:.2f} s "
              f"({rerun / seconds:.1%} of the first run)")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
