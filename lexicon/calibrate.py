"""Calibrate the correction's confidence on held-out OCR (maintainers; after build.py).

    python lexicon/calibrate.py --pairs lexicon/work/pairs/heldout --out lexicon/data

Runs the word correction on OCR made from documents the lexicon was not built from, marks
each decision right or wrong against the truth, and fits a logistic map from the raw
posterior to the share of decisions that are right (Platt scaling). Writes
calibration.json with the map and the table it was fitted on.
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from pathlib import Path

import numpy as np
from rapidfuzz.distance import Levenshtein

from vanban.context import Context
from vanban.correct.labels import label_corrections
from vanban.correct.lexicon import Lexicon
from vanban.correct.words import Params, word_decisions
from vanban.document import Document
from vanban.ingest import ingest
from vanban.repair import repair
from vanban.syllable import key

HERE = Path(__file__).resolve().parent


def fold(token: str) -> str:
    return key(token) if token.isalpha() else unicodedata.normalize("NFC", token).lower()


def judged(ocr: Path, lex: Lexicon, data: Path) -> list[tuple[float, bool]]:
    """(raw confidence, right?) for each word decision on one OCR text."""
    gold = ocr.with_name(ocr.name.replace(".ocr.", ".gold.")).read_text("utf-8")
    return judged_document(ingest(ocr), gold, lex, data)


def judged_document(doc: Document, gold_text: str, lex: Lexicon, data: Path
                    ) -> list[tuple[float, bool]]:
    """(raw confidence, right?) for each word decision on one document, against its truth."""
    ctx = Context(lexicon_dir=data)
    doc = repair(doc, ctx)
    doc.add([ctx.decide(c) for c in label_corrections(doc.view())])
    segments = doc.view().segments
    slots, decisions = word_decisions(segments, lex, Params(calibrate=False))
    gold = unicodedata.normalize("NFC", gold_text).split()
    seen = [s.token.text for s in slots]
    # each OCR token's block of the alignment with the truth: a decision is right if it
    # gives a word of that block (a block pairs unequal runs where OCR split or lost words)
    block_of: dict[int, tuple[str, list[str], int]] = {}
    for op in Levenshtein.opcodes([fold(x) for x in seen], [fold(x) for x in gold]):
        words = [fold(g) for g in gold[op.dest_start:op.dest_end]]
        for k in range(op.src_start, op.src_end):
            if op.tag == "equal" or (op.tag == "replace" and
                                     op.src_end - op.src_start == op.dest_end - op.dest_start):
                words_k = [words[k - op.src_start]]
            else:
                words_k = words
            block_of[k] = (op.tag, words_k, (op.src_end - op.src_start) - len(words))
    out = []
    for d in decisions:
        if d.best.span == 2:
            continue  # the alignment cannot judge a merge
        tag, words, surplus = block_of.get(d.slot, ("equal", [], 0))
        if not d.best.text:
            right = tag == "delete" or (tag == "replace" and surplus > 0)
        else:
            right = fold(d.best.text) in words
        out.append((d.confidence, right))
    return out


def logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def fit(p: np.ndarray, y: np.ndarray, ridge: float = 0.1) -> tuple[float, float]:
    """Logistic regression of y on logit(p) (Platt scaling), by damped Newton steps, with
    a little ridge toward the identity so that a few sure decisions cannot run it away."""
    x = logit(p)

    def loss(a: float, b: float) -> float:
        z = a * x + b
        return float(np.sum(np.logaddexp(0, z) - y * z) + ridge * ((a - 1) ** 2 + b ** 2))

    a, b = 1.0, 0.0
    for _ in range(100):
        q = 1 / (1 + np.exp(-np.clip(a * x + b, -30, 30)))
        grad = np.array([np.sum((q - y) * x) + 2 * ridge * (a - 1),
                         np.sum(q - y) + 2 * ridge * b])
        w = q * (1 - q)
        hess = np.array([[np.sum(w * x * x) + 2 * ridge, np.sum(w * x)],
                         [np.sum(w * x), np.sum(w) + 2 * ridge]])
        step = np.linalg.solve(hess, grad)
        t, before = 1.0, loss(a, b)
        while loss(a - t * step[0], b - t * step[1]) > before and t > 1e-6:
            t /= 2
        a, b = a - t * step[0], b - t * step[1]
        if np.abs(t * step).max() < 1e-9:
            break
    return float(a), float(b)


def platt(rows: list[tuple[float, bool]], fitted_on: str) -> dict:
    """The logistic map from raw posterior to the share right, and its table."""
    p = np.array([r[0] for r in rows])
    y = np.array([float(r[1]) for r in rows])
    a, b = fit(p, y)
    calibrated = 1 / (1 + np.exp(-np.clip(a * logit(p) + b, -30, 30)))
    table = []
    for lo, hi in ((0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 0.99),
                   (0.99, 1.01)):
        m = (calibrated >= lo) & (calibrated < hi)
        if m.any():
            table.append({"confidence": [lo, min(hi, 1.0)], "decisions": int(m.sum()),
                          "right": round(float(y[m].mean()), 4)})
    return {"a": a, "b": b, "decisions": len(rows), "table": table, "fitted_on": fitted_on}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pairs", type=Path, default=HERE / "work" / "pairs" / "heldout")
    ap.add_argument("--out", type=Path, default=HERE / "data")
    args = ap.parse_args()
    lex = Lexicon(args.out)
    rows = []
    for ocr in sorted(args.pairs.glob("*.ocr.txt")):
        rows += judged(ocr, lex, args.out)
    result = platt(rows, str(args.pairs.name))
    (args.out / "calibration.json").write_text(json.dumps(result, indent=1) + "\n", "utf-8")
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
