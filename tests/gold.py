"""Scoring against hand-made gold, for the regression tests: the definitions of
`../shared/eval/score.py` (which users do not have), written for the tests.

Correction: whitespace tokens aligned by Levenshtein, tone-mark placement folded; a gold
token is right when the alignment pairs it with an equal token. Structure: a node's path
joins its ancestors' labels (bullets numbered among same-label siblings); a gold row is
found when the node at its path starts with the gold's first words (80 % alike).
"""

from __future__ import annotations

import csv
import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rapidfuzz.distance import Levenshtein

TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
BULLETS = {"-", "+", "*", "•", "–"}


def fold(token: str) -> str:
    """Tone marks moved to the token's end: "hóa" and "hoá" compare equal."""
    nfd = unicodedata.normalize("NFD", token)
    tones = "".join(c for c in nfd if c in TONE_MARKS)
    bare = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in TONE_MARKS))
    return f"{bare}#{tones}" if tones else bare


def tokens(text: str) -> list[str]:
    return [fold(t) for t in unicodedata.normalize("NFC", text).split()]


def right_positions(hyp: list[str], gold: list[str]) -> set[int]:
    out: set[int] = set()
    for op in Levenshtein.opcodes(hyp, gold):
        if op.tag == "equal":
            out.update(range(op.dest_start, op.dest_end))
    return out


@dataclass
class CorrectionScore:
    tokens: int
    wer_before: float
    wer_after: float
    fixed: int
    broken: int

    @property
    def reduction(self) -> float:
        return 1 - self.wer_after / self.wer_before if self.wer_before else 0.0


def score_correction(ocr: str, out: str, gold: str) -> CorrectionScore:
    t_ocr, t_out, t_gold = tokens(ocr), tokens(out), tokens(gold)
    n = max(len(t_gold), 1)
    ok_in, ok_out = right_positions(t_ocr, t_gold), right_positions(t_out, t_gold)
    return CorrectionScore(len(t_gold), Levenshtein.distance(t_ocr, t_gold) / n,
                           Levenshtein.distance(t_out, t_gold) / n, len(ok_out - ok_in),
                           len(ok_in - ok_out))


def words(text: str | None) -> list[str]:
    return [fold(w.casefold()) for w in unicodedata.normalize("NFC", text or "").split()]


def node_paths(nodes: list[dict[str, Any]], parent: str = "") -> dict[str, dict[str, Any]]:
    paths: dict[str, dict[str, Any]] = {}
    seen: dict[str, int] = {}
    for node in nodes:
        key = str(node.get("label", "")).strip()
        if key in BULLETS:
            seen[key] = seen.get(key, 0) + 1
            key = f"{key}{seen[key]}"
        path = f"{parent}/{key}" if parent else key
        paths.setdefault(path, node)
        for p, n in node_paths(node.get("children", []), path).items():
            paths.setdefault(p, n)
    return paths


@dataclass
class OutlineScore:
    gold: int
    found: int
    nodes: int
    missing: list[str]

    @property
    def recall(self) -> float:
        return self.found / max(self.gold, 1)

    @property
    def precision(self) -> float:
        return self.found / max(self.nodes, 1)


def read_outline(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [row for row in csv.DictReader(fh, delimiter="\t") if row.get("path")]


def score_outline(doc: dict[str, Any], rows: list[dict[str, str]]) -> OutlineScore:
    paths = node_paths(doc["body"])
    found, missing = 0, []
    for row in rows:
        node = paths.get(row["path"])
        want = words(row["first_words"])
        got = words(node.get("title") or node.get("text"))[:len(want)] if node else []
        if got and Levenshtein.normalized_similarity(" ".join(got), " ".join(want)) >= 0.8:
            found += 1
        else:
            missing.append(row["path"])
    return OutlineScore(len(rows), found, len(paths), missing)


def flatten(gold: Any, got: Any, prefix: str = "") -> list[tuple[str, Any, Any]]:
    if isinstance(gold, dict):
        got = got if isinstance(got, dict) else {}
        return [x for k, v in gold.items()
                for x in flatten(v, got.get(k), f"{prefix}.{k}" if prefix else k)]
    if isinstance(gold, list):
        got = got if isinstance(got, list) else []
        return [x for i, v in enumerate(gold)
                for x in flatten(v, got[i] if i < len(got) else None, f"{prefix}[{i}]")]
    return [(prefix, gold, got)]


def wrong_meta_fields(doc: dict[str, Any], gold_path: Path) -> list[str]:
    """The header and footer fields that differ from the gold (folded as the scorer does)."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    norm = lambda v: " ".join(words(None if v is None else str(v))).strip(" .;,")  # noqa: E731
    return [f"{key}: want {want!r}, got {got!r}" for key, want, got in flatten(gold, doc["meta"])
            if norm(want) != norm(got)]
