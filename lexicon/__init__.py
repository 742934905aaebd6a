"""vanban's built lexicon (installed as the package `vanban_lexicon`).

`build.py` beside this file makes `data/` from the corpus (`make lexicon`); the built
files are committed, so vanban works without the corpus.
"""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
