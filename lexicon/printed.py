"""How the corpus prints words, where the language model (lower case, a word's marks
apart) cannot see it. Run by build.py; on its own:

    python lexicon/printed.py --corpus ../shared/corpus

`capitals.tsv`: how often each word is capitalised inside running text. Letters such as
c, o, s, v, x are the same shape in both cases, a size apart, and OCR takes one for the
other ("của Các cơ quan", "bổ Sung"). How the word is printed where a sentence runs on
(after a word in lower case with no mark after it) tells: "các", "cấp" and "sung" are
never capitalised there, "Sở" often is ("các Sở, ban, ngành"), and a name's words always
are.

`hyphenated.tsv`: the syllables printed joined by a hyphen. OCR reads the space between
two words as a hyphen or a dot often ("tiếp-cận", "lợi.ích"); a text prints a hyphen
between syllables only inside a word it borrowed ("các-bon", "mát-xa", "Ô-xtơ-rây-li-a").
The pairs the corpus hyphenates keep their hyphen; any other pair of syllables is two
words OCR joined.
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
CAPITALS = "capitals.tsv"
MIN_SEEN = 20  # a word seen fewer times inside running text is not listed
WORD = regex.compile(r"^\p{L}+$")
CORE = regex.compile(r"^\W*(.*?)\W*$")


def running_words(text: str) -> list[tuple[str, str]]:
    """(the word as printed, lower case) of each word that a sentence runs on into: the
    word before it in lower case, nothing between them but a space or a line break."""
    out = []
    prev_runs = False
    for line in text.splitlines():
        if not line.strip():
            prev_runs = False
            continue
        for token in line.split():
            core = CORE.match(token).group(1)
            is_word = bool(WORD.match(core)) and token.startswith(core)
            if prev_runs and is_word:
                out.append((core, core.lower()))
            prev_runs = is_word and token == core and core.islower()
    return out


def count_capitals(paths: list[Path]) -> dict[str, tuple[int, int, int]]:
    """Each word's (times inside running text, of them capitalised, in capitals)."""
    seen: Counter = Counter()
    title: Counter = Counter()
    upper: Counter = Counter()
    for path in paths:
        for word, lower in running_words(read_text(path)):
            seen[lower] += 1
            if word != lower:
                if word[1:] == lower[1:]:
                    title[lower] += 1
                elif word.isupper():
                    upper[lower] += 1
    return {w: (n, title[w], upper[w]) for w, n in seen.items() if n >= MIN_SEEN}


def write_capitals(paths: list[Path], out: Path) -> int:
    counts = count_capitals(paths)
    with (out / CAPITALS).open("w", encoding="utf-8") as fh:
        fh.write("word\tseen\tcapitalised\tcapitals\n")
        for word in sorted(counts):
            n, t, u = counts[word]
            fh.write(f"{word}\t{n}\t{t}\t{u}\n")
    return len(counts)


HYPHENATED = "hyphenated.tsv"
MIN_HYPHENATED = 2  # a pair hyphenated once may be a typing slip
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
                  if n >= MIN_HYPHENATED and all(parse(s) is not None for s in pair))
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
    paths = training_files(args.corpus)
    print(f"{write_capitals(paths, args.out):,} words' capitals, "
          f"{write_hyphenated(paths, args.out):,} hyphenated pairs written")


if __name__ == "__main__":
    main()
