from __future__ import annotations

from pathlib import Path

import pytest

from vanban import process
from vanban.context import Context
from vanban.document import Document, Node
from vanban.ingest import ingest_bytes

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SAMPLE_TXT = SAMPLES / "thanhhoa-04-KH-UBND-2017.ocr.txt"
SAMPLE_PDF = SAMPLES / "thanhhoa-04-KH-UBND-2017.scan.pdf"
SAMPLE_OUTLINE = SAMPLES / "thanhhoa-04-KH-UBND-2017.outline.tsv"
SAMPLE_META = SAMPLES / "thanhhoa-04-KH-UBND-2017.meta.json"
SAMPLE_GOLD = SAMPLES / "thanhhoa-04-KH-UBND-2017.gold.txt"
BULLETS = {"-", "+", "*", "•", "–"}


@pytest.fixture(scope="session")
def sample_doc() -> Document:
    return process(SAMPLE_TXT)


@pytest.fixture(scope="session")
def sample_pdf_doc() -> Document:
    return process(SAMPLE_PDF)


def doc_from_text(text: str, ctx: Context | None = None, run: bool = True) -> Document:
    from vanban import process_document

    doc = ingest_bytes(text.encode("utf-8"), "test.txt")
    return process_document(doc, ctx) if run else doc


def outline_paths(nodes: list[Node], parent: str = "") -> dict[str, Node]:
    """Node paths as the project's scorer builds them: bullets by their rank."""
    paths: dict[str, Node] = {}
    seen: dict[str, int] = {}
    for node in nodes:
        key = node.label
        if key in BULLETS:
            seen[key] = seen.get(key, 0) + 1
            key = f"{key}{seen[key]}"
        path = f"{parent}/{key}" if parent else key
        paths.setdefault(path, node)
        for p, n in outline_paths(node.children, path).items():
            paths.setdefault(p, n)
    return paths
