"""OCR/truth pairs from corpus texts, through ../shared/tools/make_noisy.py (maintainers).

    python lexicon/make_pairs.py --corpus ../shared/corpus --out lexicon/work/pairs

Renders the first pages of a deterministic choice of documents at OCR damage levels 2
and 3. Documents the lexicon is built from give the pairs the OCR confusion weights are
learned from ("train"); held-out documents give pairs to calibrate and measure on
("heldout"). Needs tesseract (apt-get install tesseract-ocr tesseract-ocr-vie
fonts-liberation2).
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
from pathlib import Path

from corpus import corpus_files, evaluation_paths, held_out, reserved

FOLDERS = ("doan-tncs", "congbao", "ubtvqh-units-2025", "phapdien")


def pick(files: list[Path], count: int, salt: str) -> list[Path]:
    def key(p: Path) -> str:
        return hashlib.sha1(f"{salt}:{p.name}".encode()).hexdigest()

    return sorted(files, key=key)[:count]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--tool", type=Path, default=None)
    ap.add_argument("--train", type=int, default=12, help="documents per folder to learn from")
    ap.add_argument("--pages", type=int, default=2)
    args = ap.parse_args()
    tool = args.tool or args.corpus.parent / "tools" / "make_noisy.py"
    files = corpus_files(args.corpus)
    jobs: list[tuple[str, Path]] = []
    for folder in FOLDERS:
        inside = [p for p in files if f"/{folder}/" in str(p) and p.stat().st_size > 3000]
        evaluation = evaluation_paths()
        jobs += [("train", p) for p in pick(
            [p for p in inside if not reserved(p, args.corpus, evaluation)], args.train, folder)]
        jobs += [("heldout", p) for p in [p for p in inside if held_out(p)][:4]]
    for split, path in jobs:
        for level in (2, 3):
            stem = hashlib.sha1(path.name.encode()).hexdigest()[:10]
            out = args.out / split / f"{stem}.L{level}.ocr.txt"
            gold = args.out / split / f"{stem}.L{level}.gold.txt"
            if out.exists() and gold.exists():
                continue
            out.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run([sys.executable, str(tool), str(path), "--out", str(out),
                            "--gt-out", str(gold), "--level", str(level), "--seed", "7",
                            "--max-pages", str(args.pages), "--jobs", "2"], check=True,
                           capture_output=True)
            print(split, level, path.name, flush=True)


if __name__ == "__main__":
    main()
