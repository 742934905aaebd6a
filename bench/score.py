"""Maintainers: correction and structure figures on the real decree and ../shared/data/dev,
through ../shared/eval/score.py.

    python bench/score.py [--threshold 0.8] [--show 10] [--only d01.L2]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from vanban import process
from vanban.context import Context

ROOT = Path(__file__).resolve().parent.parent


def score(shared: Path, ocr: Path, gold: Path, out_text: str, show: int) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as fh:
        fh.write(out_text)
    cmd = [sys.executable, str(shared / "eval" / "score.py"), "correction", "--ocr", str(ocr),
           "--out", fh.name, "--gold", str(gold), "--json", "--show", str(show)]
    return json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--threshold", type=float, default=None)
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--only", default="")
    ap.add_argument("--lexicon", type=Path, default=None)
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                    help="a correction parameter (vanban.correct.words.Params)")
    args = ap.parse_args()
    ctx = Context(lexicon_dir=args.lexicon,
                  tuning={k: float(v) for k, v in (s.split("=") for s in args.set)})
    if args.threshold is not None:
        ctx.threshold = args.threshold
    data = args.shared / "data"
    docs = [(data / "thanhhoa-04-KH-UBND-2017.ocr.txt", data / "thanhhoa-04-KH-UBND-2017.gold.txt")]
    docs += [(p, p.with_name(p.name.replace(".ocr.", ".gold."))) for p in
             sorted((data / "dev").glob("*.ocr.txt"))]
    totals: dict[str, dict[str, float]] = {}
    for ocr, gold in docs:
        if args.only and args.only not in ocr.name:
            continue
        doc = process(ocr, ctx)
        r = score(args.shared, ocr, gold, doc.corrected_text(), args.show)
        group = "decree" if "thanhhoa" in ocr.name else ocr.name.split(".")[1]
        t = totals.setdefault(group, {"tokens": 0, "err_in": 0, "err_out": 0, "fixed": 0,
                                      "broken": 0})
        t["tokens"] += r["gold_tokens"]
        t["err_in"] += r["wer_ocr"] * r["gold_tokens"]
        t["err_out"] += r["wer_out"] * r["gold_tokens"]
        t["fixed"] += r["fixed"]
        t["broken"] += r["broken"]
        print(f"{ocr.name:38} WER {r['wer_ocr']:.4f} -> {r['wer_out']:.4f} "
              f"({r['wer_reduction']:+.1%})  fixed {r['fixed']:4}  broken {r['broken']:3}")
        for key in ("broken_examples", "missed_examples"):
            for ex in r.get(key, []):
                print(f"    {key.split('_')[0]}: {ex}")
    for group, t in totals.items():
        red = 1 - t["err_out"] / t["err_in"] if t["err_in"] else 0
        print(f"== {group:8} tokens {t['tokens']:6.0f}  WER {t['err_in'] / t['tokens']:.4f} -> "
              f"{t['err_out'] / t['tokens']:.4f}  reduction {red:+.1%}  fixed {t['fixed']:.0f}  "
              f"broken {t['broken']:.0f} ({t['broken'] / t['tokens']:.2%})")


if __name__ == "__main__":
    main()
