"""How often the corpus capitalises each word inside running text: `capitals.tsv`.

Letters such as c, o, s, v, x are the same shape in both cases, a size apart, and OCR
takes one for the other ("của Các cơ quan", "bổ Sung"). The language model reads words in
lower case and cannot tell. What can is how the word is printed where a sentence runs on
(after a word in lower case with no mark after it): "các", "cấp" and "sung" are never
capitalised there, "Sở" often is ("các Sở, ban, ngành"), and a name's words always are.

Run by build.py; on its own: python lexicon/capitals.py --corpus ../shared/corpus
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import regex

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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--out", type=Path, default=HERE / "data")
    args = ap.parse_args()
    print(f"{write_capitals(training_files(args.corpus), args.out):,} words written")


if __name__ == "__main__":
    main()
