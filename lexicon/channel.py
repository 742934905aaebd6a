"""Learn the OCR confusion weights from OCR/truth pairs (maintainers; see make_pairs.py).

Each OCR text is aligned with its truth word by word; a word read wrongly is aligned
letter by letter (tone marks apart), and every edit is counted against how often its
letter (or tone) occurs in the truth. Written as data/channel.tsv: kind, from, to, count,
opportunities.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path

from rapidfuzz.distance import Levenshtein

# the same split the runtime channel makes, so learned edits mean what it looks up
from vanban.correct.confusion import bare_and_tone


def word_pairs(ocr: str, gold: str):
    """(truth word, OCR word) for each word the alignment pairs one to one."""
    o = unicodedata.normalize("NFC", ocr).split()
    g = unicodedata.normalize("NFC", gold).split()
    for op in Levenshtein.opcodes(o, g):
        one_to_one = op.src_end - op.src_start == op.dest_end - op.dest_start
        if op.tag == "equal" or (op.tag == "replace" and one_to_one):
            for k in range(op.src_end - op.src_start):
                yield g[op.dest_start + k], o[op.src_start + k]


def learn(pairs_dir: Path) -> list[tuple[str, str, str, int, int]]:
    ops: Counter = Counter()
    chars: Counter = Counter()
    tones: Counter = Counter()
    words = wrong = 0
    for ocr_path in sorted(pairs_dir.glob("*.ocr.txt")):
        gold_path = ocr_path.with_name(ocr_path.name.replace(".ocr.", ".gold."))
        for truth, seen in word_pairs(ocr_path.read_text(encoding="utf-8"),
                                      gold_path.read_text(encoding="utf-8")):
            words += 1
            bare_t, tone_t = bare_and_tone(truth)
            bare_s, tone_s = bare_and_tone(seen)
            chars.update(bare_t)
            tones[tone_t] += 1
            if truth.lower() == seen.lower():
                continue
            wrong += 1
            if tone_t != tone_s:
                ops[("tone", str(tone_t), str(tone_s))] += 1
            for op in Levenshtein.editops(bare_t, bare_s):
                if op.tag == "replace":
                    ops[("sub", bare_t[op.src_pos], bare_s[op.dest_pos])] += 1
                elif op.tag == "delete":
                    ops[("del", bare_t[op.src_pos], "")] += 1
                else:
                    ops[("ins", "", bare_s[op.dest_pos])] += 1
    total_chars = sum(chars.values())
    rows = [("word", "", "", wrong, words)]
    for (kind, a, b), n in sorted(ops.items()):
        if kind == "tone":
            opportunities = tones[int(a)]
        elif kind == "ins":
            opportunities = total_chars
        else:
            opportunities = chars[a]
        rows.append((kind, a, b, n, max(opportunities, n)))
    return rows


def write(rows, path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        fh.write("kind\tfrom\tto\tcount\topportunities\n")
        for row in rows:
            fh.write("\t".join(str(x) for x in row) + "\n")


if __name__ == "__main__":
    import sys

    rows = learn(Path(sys.argv[1]))
    write(rows, Path(sys.argv[2]))
    print(len(rows), "rows")
