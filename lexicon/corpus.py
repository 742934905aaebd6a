"""The corpus as the lexicon builder reads it (maintainers only: needs ../shared/corpus).

A few documents are held out of everything built from the corpus, so that OCR made from
them (make_pairs.py) measures and calibrates the correction honestly; so are the documents
of the structure evaluation set (bench/structure/documents.tsv), measured on OCR too.
"""

from __future__ import annotations

import csv
import hashlib
import unicodedata
from collections.abc import Iterator
from pathlib import Path

HELD_OUT_EVERY = 40  # one document in this many is held out
STRUCTURE_SET = Path(__file__).resolve().parent.parent / "bench" / "structure" / "documents.tsv"


def corpus_files(corpus: Path) -> list[Path]:
    return sorted(p for p in (corpus / "texts").rglob("*.txt") if p.is_file())


def held_out(path: Path) -> bool:
    digest = hashlib.sha1(path.name.encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") % HELD_OUT_EVERY == 0


def evaluation_paths() -> set[str]:
    """The structure evaluation set: paths below the corpus's texts/."""
    if not STRUCTURE_SET.exists():
        return set()
    with STRUCTURE_SET.open(encoding="utf-8", newline="") as fh:
        return {row["path"] for row in csv.DictReader(fh, delimiter="\t")}


def reserved(path: Path, corpus: Path, evaluation: set[str]) -> bool:
    """Kept out of what the lexicon learns from: held out, or evaluated on."""
    return held_out(path) or path.relative_to(corpus / "texts").as_posix() in evaluation


def training_files(corpus: Path) -> list[Path]:
    evaluation = evaluation_paths()
    return [p for p in corpus_files(corpus) if not reserved(p, corpus, evaluation)]


def read_text(path: Path) -> str:
    return unicodedata.normalize("NFC", path.read_text(encoding="utf-8", errors="replace"))


def lines(paths: list[Path]) -> Iterator[str]:
    for path in paths:
        yield from read_text(path).splitlines()
