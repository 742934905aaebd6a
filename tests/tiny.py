"""A tiny hand-made lexicon for testing the word correction's parts: a few sentences made
into a language model by the maintainers' own estimator (lexicon/lm.py), the shipped OCR
channel, and a handful of phrases and abbreviations. Built in a temporary folder in a
fraction of a second, so each part is tested on words the test itself chose."""

from __future__ import annotations

import importlib.util
import json
import shutil
from collections import Counter
from pathlib import Path

import numpy as np

from vanban.correct.lexicon import Lexicon
from vanban.correct.tokens import BOS, CODE_CLASS, DATE_CLASS, NUM, UNK, line_units
from vanban_lexicon import DATA

ROOT = Path(__file__).resolve().parent.parent
SPECIALS = [BOS, UNK, NUM, DATE_CLASS, CODE_CLASS]

SENTENCES = [
    "phát triển kinh tế xã hội của tỉnh",
    "hội nhập kinh tế quốc tế sâu rộng",
    "bảo đảm quốc phòng và an ninh trên địa bàn",
    "giữ vững an ninh chính trị và trật tự an toàn xã hội",
    "tham mưu cho Ủy ban nhân dân tỉnh",
    "Sở Tài chính chủ trì, phối hợp với các sở, ngành.",
    "thu hút vốn ODA và FDI cho phát triển",
    "Khu kinh tế Nghi Sơn phát triển bền vững.",
]
PHRASES = ["Nghi Sơn", "Sở Tài chính", "Ủy ban nhân dân"]
ABBREVIATIONS = ["ODA", "FDI", "UBND"]


def estimator():
    """lexicon/lm.py, the build's estimator (a maintainer script, so loaded by path)."""
    spec = importlib.util.spec_from_file_location("tiny_lm", ROOT / "lexicon" / "lm.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build(folder: Path, sentences: list[str] = SENTENCES, repeat: int = 3) -> Lexicon:
    """The lexicon of `sentences` (each seen `repeat` times, so every word is attested)."""
    folder.mkdir(parents=True, exist_ok=True)
    lm = estimator()
    paragraphs = [line_units(s) for s in sentences] * repeat
    counts = Counter(u for p in paragraphs for u in p)
    vocab = SPECIALS + sorted(u for u in counts if u not in SPECIALS)
    ids = {u: i for i, u in enumerate(vocab)}
    bits = lm.id_bits(len(vocab), 3)
    top = lm.count_ngrams(([ids[u] for u in p] for p in paragraphs), ids[BOS], 3, bits)
    np.savez(folder / "lm.npz", **lm.estimate(top, len(vocab), 3, bits, min_top=1))
    (folder / "vocab.tsv").write_text(
        "".join(f"{u}\t{counts.get(u, 0)}\n" for u in vocab), encoding="utf-8")
    shutil.copy(DATA / "channel.tsv", folder / "channel.tsv")
    (folder / "phrases.tsv").write_text(
        "phrase\tcount\n" + "".join(f"{p}\t10\n" for p in PHRASES), encoding="utf-8")
    (folder / "abbreviations.tsv").write_text(
        "abbreviation\tcount\n" + "".join(f"{a}\t10\n" for a in ABBREVIATIONS),
        encoding="utf-8")
    (folder / "calibration.json").write_text(json.dumps({"a": 1.0, "b": 0.0}),
                                             encoding="utf-8")
    return Lexicon(folder)
