"""Maintainers: correction figures on the structure set's OCR (bench/structure/), per split.

    python bench/structure_eval.py render           # the OCR/truth pairs, once (work/)
    python bench/correction_eval.py                 # held-out and development, L1-L3
    python bench/correction_eval.py --split heldout --keep /tmp/out   # and keep the outputs

The documents are the structure set's: chosen from ../shared/corpus by a hash of their path,
a third held out, all of them kept out of the built lexicon. Each document is corrected on its
own (document memory is per document) and scored against its truth with eval/score.py; a
level's figure sums the documents' errors before and after, fixed and broken tokens.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from structure_eval import LEVELS, SEED, read_documents, work_dir

from vanban import process
from vanban.context import Context

ROOT = Path(__file__).resolve().parent.parent


def correct_and_score(job: tuple[Path, Path, Path, Path | None]) -> dict:
    scorer, ocr, truth, keep = job
    text = process(ocr, Context()).corrected_text()
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        out_path = keep / ocr.name.replace(".ocr.", ".out.")
        out_path.write_text(text, encoding="utf-8")
        out_name, cleanup = str(out_path), False
    else:
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False,
                                         encoding="utf-8") as fh:
            fh.write(text)
        out_name, cleanup = fh.name, True
    try:
        result = subprocess.run(
            [sys.executable, str(scorer), "correction", "--ocr", str(ocr), "--out", out_name,
             "--gold", str(truth), "--json"], capture_output=True, text=True, check=True)
    finally:
        if cleanup:
            Path(out_name).unlink()
    return json.loads(result.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--split", choices=["heldout", "dev", "all"], default="all")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--keep", type=Path, default=None, help="write the corrected texts here")
    args = ap.parse_args()
    scorer = args.shared / "eval" / "score.py"
    work = work_dir(args.seed)
    jobs, groups = [], []
    for row in read_documents():
        if args.split != "all" and row["split"] != args.split:
            continue
        for level in LEVELS:
            ocr = work / f"{row['id']}.L{level}.ocr.txt"
            truth = work / f"{row['id']}.L{level}.gt.txt"
            if ocr.exists() and truth.exists():
                jobs.append((scorer, ocr, truth, args.keep))
                groups.append((row["split"], level))
    if not jobs:
        sys.exit(f"correction_eval: no OCR in {work}: run structure_eval.py render first")
    totals: dict[tuple[str, int], dict[str, float]] = {}
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        for group, r in zip(groups, pool.map(correct_and_score, jobs), strict=True):
            t = totals.setdefault(group, {"docs": 0, "tokens": 0, "err_in": 0, "err_out": 0,
                                          "fixed": 0, "broken": 0})
            t["docs"] += 1
            t["tokens"] += r["gold_tokens"]
            t["err_in"] += r["wer_ocr"] * r["gold_tokens"]
            t["err_out"] += r["wer_out"] * r["gold_tokens"]
            t["fixed"] += r["fixed"]
            t["broken"] += r["broken"]
    for (split, level), t in sorted(totals.items()):
        reduction = 1 - t["err_out"] / t["err_in"] if t["err_in"] else 0.0
        print(f"== {split:8} L{level} {t['docs']:3.0f} documents  tokens {t['tokens']:6.0f}  "
              f"WER {t['err_in'] / t['tokens']:.4f} -> {t['err_out'] / t['tokens']:.4f}  "
              f"reduction {reduction:+.1%}  fixed {t['fixed']:.0f}  broken {t['broken']:.0f} "
              f"({t['broken'] / t['tokens']:.3%})")


if __name__ == "__main__":
    main()
