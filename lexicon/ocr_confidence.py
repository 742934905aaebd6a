#!/usr/bin/env python3
"""How Tesseract's word confidence relates to its errors: learned from scans made with
make_noisy.py --img-dir and read by vanban (bench/scan_eval.py render, ocr; dev split).

For every word of the token stream the correction reads, its OCR confidence, whether the
correction's first look flags it, and whether OCR read it right (aligned with the truth).
Written to lexicon/data/ocr_confidence.json: per confidence band, the share of words read
wrong among the flagged and among the passed ones (add-one smoothed). The correction uses
them as each scanned word's prior of being misread.

usage: ocr_confidence.py --scans bench/scan/work/dev --out lexicon/data
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import unicodedata
from pathlib import Path

from rapidfuzz.distance import Levenshtein

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

sys.path.insert(0, str(ROOT / "lexicon"))

from calibrate import judged_document  # noqa: E402
from scan_eval import load_document  # noqa: E402

from vanban.correct.lexicon import Lexicon  # noqa: E402

# band edges (confidence 0-100); each band needs enough words to be worth its own rate
EDGES = [0, 40, 60, 75, 85, 90, 93, 96, 101]


def fold(token: str) -> str:
    return unicodedata.normalize("NFC", token)


def word_rows(folder: Path) -> list[tuple[float, bool, bool]]:
    """(confidence, flagged, read wrong) of every scanned word of one document."""
    from vanban.context import Context
    from vanban.correct.lexicon import load
    from vanban.correct.scoring import Params, Scorer
    from vanban.correct.stream import TokenStream
    from vanban.repair import repair

    doc = repair(load_document(folder / "vanban.ocr.json", folder.name), Context())
    lex = load()
    stream = TokenStream(doc.view().segments, lex.lm)
    scorer = Scorer(stream, lex, Params())
    scorer.suspicious()
    flagged = scorer.flagged
    truth = [fold(t) for t in (folder / "gt.txt").read_text("utf-8").split()]
    seen = [fold(s.token.text) for s in stream.slots]
    right = [False] * len(seen)
    for op in Levenshtein.opcodes(seen, truth):
        if op.tag == "equal":
            for k in range(op.src_start, op.src_end):
                right[k] = True
    return [(s.ocr_confidence, i in flagged, not right[i])
            for i, s in enumerate(stream.slots) if s.ocr_confidence is not None]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scans", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    rows: list[tuple[float, bool, bool]] = []
    folders = sorted(p.parent for p in args.scans.glob("*/vanban.ocr.json"))
    for folder in folders:
        rows += word_rows(folder)
    table: dict[str, list] = {"edges": EDGES, "flagged": [], "passed": [], "words": []}
    for lo, hi in itertools.pairwise(EDGES):
        band = [r for r in rows if lo <= r[0] < hi]
        for name, flag in (("flagged", True), ("passed", False)):
            part = [wrong for _, f, wrong in band if f == flag]
            table[name].append(round((sum(part) + 1) / (len(part) + 2), 4))
        table["words"].append([sum(r[1] for r in band), sum(not r[1] for r in band)])
        print(f"confidence {lo:3d}-{hi - 1:3d}: flagged {table['words'][-1][0]:5d} "
              f"wrong {table['flagged'][-1]:.1%}; passed {table['words'][-1][1]:5d} "
              f"wrong {table['passed'][-1]:.1%}")
    overall = sum(r[2] for r in rows if r[1]) / max(1, sum(r[1] for r in rows))
    print(f"{len(rows)} words; flagged words read wrong overall: {overall:.1%}")
    table["flagged_overall"] = round(overall, 4)
    table["source"] = f"{args.scans} ({len(rows)} words)"
    target = args.out / "ocr_confidence.json"
    target.write_text(json.dumps(table, indent=1) + "\n", "utf-8")
    # how right the decisions on scans are, with this prior, by the confidence the text
    # calibration gives them: a separate fit for scans measured no better (held out), so
    # it is reported, not used
    lex = Lexicon(args.out)
    judged = []
    for folder in folders:
        judged += judged_document(load_document(folder / "vanban.ocr.json", folder.name),
                                  (folder / "gt.txt").read_text("utf-8"), lex, args.out)
    table["decisions_on_scans"] = [
        {"confidence": [lo, hi], "decisions": len(part),
         "right": round(sum(r for _, r in part) / max(1, len(part)), 4)}
        for lo, hi in ((0.0, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.0))
        for part in [[(c, r) for c, r in judged if lo <= lex.calibrated(c) < hi
                      or (hi == 1.0 and lex.calibrated(c) >= 1.0)]]]
    for row in table["decisions_on_scans"]:
        print(f"confidence {row['confidence']}: {row['decisions']} decisions, "
              f"{row['right']:.1%} right")
    target.write_text(json.dumps(table, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    main()
