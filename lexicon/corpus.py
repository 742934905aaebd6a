"""The corpus as the lexicon builder reads it (maintainers only: needs ../shared/corpus).

A few documents are held out of everything built from the corpus, so that OCR made from
them (make_pairs.py) measures and calibrates the correction honestly.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterator
from pathlib import Path

HELD_OUT_EVERY = 40  # one document in this many is held out


def corpus_files(corpus: Path) -> list[Path]:
    return sorted(p for p in (corpus / "texts").rglob("*.txt") if p.is_file())


def held_out(path: Path) -> bool:
    digest = hashlib.sha1(path.name.encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") % HELD_OUT_EVERY == 0


def training_files(corpus: Path) -> list[Path]:
    return [p for p in corpus_files(corpus) if not held_out(p)]


def read_text(path: Path) -> str:
    return unicodedata.normalize("NFC", path.read_text(encoding="utf-8", errors="replace"))


def lines(paths: list[Path]) -> Iterator[str]:
    for path in paths:
        yield from read_text(path).splitlines()
