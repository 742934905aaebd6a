"""The syllables the corpus prints joined by a hyphen: `hyphenated.tsv`.

OCR reads the space between two words as a hyphen or a dot often ("tiếp-cận", "lợi.ích");
a text prints a hyphen between syllables only inside a word it borrowed ("các-bon",
"mát-xa", "Ô-xtơ-rây-li-a"). The pairs the corpus hyphenates keep their hyphen; any other
pair of syllables is two words OCR joined.

Run by build.py; on its own: python lexicon/hyphens.py --corpus ../shared/corpus
"""

from __future__ import annotations

import argparse
import itertools
from collections import Counter
from pathlib import Path

import regex

from vanban.syllable import parse

from corpus import read_text, training_files

HERE = Path(__file__).resolve().parent
HYPHENATED = "hyphenated.tsv"
MIN_SEEN = 2  # a pair hyphenated once may be a typing slip
# a word of syllables joined by hyphens, with what may stand around it
JOINED = regex.compile(r"(?<![\p{L}\d-])\p{L}+(?:-\p{L}+)+(?![\p{L}\d-])")


def hyphenated_pairs(text: str) -> Counter:
    """Each pair of neighbouring syllables of the text's hyphenated words, in lower case."""
    out: Counter = Counter()
    for m in JOINED.finditer(text):
        syllables = m.group().lower().split("-")
        out.update(itertools.pairwise(syllables))
    return out


def write_hyphenated(paths: list[Path], out: Path) -> int:
    counts: Counter = Counter()
    for path in paths:
        counts.update(hyphenated_pairs(read_text(path)))
    # (codes' parts, "NĐ-CP", are no syllables)
    kept = sorted((pair, n) for pair, n in counts.items()
                  if n >= MIN_SEEN and all(parse(s) is not None for s in pair))
    with (out / HYPHENATED).open("w", encoding="utf-8") as fh:
        fh.write("left\tright\tcount\n")
        for (left, right), n in kept:
            fh.write(f"{left}\t{right}\t{n}\n")
    return len(kept)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--out", type=Path, default=HERE / "data")
    args = ap.parse_args()
    print(f"{write_hyphenated(training_files(args.corpus), args.out):,} pairs written")


if __name__ == "__main__":
    main()
