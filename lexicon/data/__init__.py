"""vanban's built lexicon, installed as the data-only package `vanban_lexicon`.

`lexicon/build.py` makes these files from the corpus (`make lexicon`, maintainers only);
they are committed, so vanban works without the corpus.
"""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent
