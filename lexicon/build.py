"""Build vanban's lexicon from the corpus: `make lexicon` (maintainers; reads ../shared/corpus).

Deterministic: the same corpus (and, for the OCR confusion weights, the same Tesseract)
gives the same files. Writes lexicon/data/, which is committed.
"""

from __future__ import annotations

import argparse
import time
import unicodedata
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import regex

from vanban.correct.lexicon import (
    CANDIDATES,
    SYLLABLES,
    WORDS,
    Lexicon,
    syllable_index,
    write_candidate_table,
    write_syllable_index,
)
from vanban.correct.lm import LanguageModel, write_arrays
from vanban.correct.phrases import NAMES, write_names
from vanban.correct.tokens import BOS, CODE_CLASS, DATE_CLASS, NUM, UNK, line_units
from vanban.syllable import key, parse
from vanban.vocabulary import DOC_TYPES, SIGNER_POSITIONS

from channel import learn as learn_channel
from channel import write as write_channel
from corpus import read_text, training_files
from lm import count_ngrams, estimate, id_bits
from printed import write_capitals, write_hyphenated

HERE = Path(__file__).resolve().parent

MIN_COUNT = 3  # a unit seen fewer times is <unk> to the language model
ORDER = 3  # syllable trigrams (4-grams, pruned to fit, did worse: see the commit)
MIN_TOP = 1  # every trigram seen: the context of a damaged word is rarely a common one
SPECIALS = [BOS, UNK, NUM, DATE_CLASS, CODE_CLASS]


CORPUS_PARAGRAPH_START = regex.compile(
    r"^(?:[IVXL]+\.|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[-+•]\s|Điều\s+\d+|Chương\s+[IVXL\d]+)")


def corpus_paragraph_break(prev: str, line: str) -> bool:
    """Where a corpus line starts a new language-model context: after an empty line, or a
    line ending a sentence followed by a capital or a label. The corpus is clean running
    text without layout; at run time the correction's token stream breaks its context
    where the layout shows a new paragraph (vanban/correct/stream.py), and structure reads
    paragraphs from the reading view (vanban/paragraphs.py)."""
    return (not prev.strip() or (prev.rstrip().endswith((".", ":", ";", "!", "?"))
            and (line[:1].isupper() or CORPUS_PARAGRAPH_START.match(line) is not None)))


def place_names(corpus: Path) -> list[str]:
    """Every province, district and commune, before and after the 2025 reorganisation, with
    its kind as printed ("Huyện Tĩnh Gia"): names the language model should know."""
    names: set[str] = set()
    for name in ("units_pre2025.tsv", "units_2025_new.tsv"):
        with (corpus / "lists" / name).open(encoding="utf-8") as fh:
            header = fh.readline().rstrip("\n").split("\t")
            for line in fh:
                row = dict(zip(header, line.rstrip("\n").split("\t"), strict=False))
                for col in ("province", "district", "commune", "commune_new"):
                    if row.get(col):
                        names.add(row[col])
                for old in row.get("old_units", "").split(";"):
                    if old.strip():
                        names.add(old.strip())
    return sorted(names)


def paragraphs(paths: list[Path], extra: list[str] = ()) -> Iterator[list[str]]:
    """Each file's paragraphs as lists of units (hard-wrapped lines joined), then `extra`
    lines, each a paragraph of its own."""
    for line in extra:
        yield line_units(line)
    for path in paths:
        current: list[str] = []
        prev = ""
        for line in read_text(path).splitlines():
            if not line.strip() or corpus_paragraph_break(prev, line):
                if current:
                    yield current
                current = []
            current += line_units(line)
            prev = line
        if current:
            yield current


def log(msg: str, start: float) -> None:
    print(f"[{time.perf_counter() - start:6.1f}s] {msg}", flush=True)


def build_lm(paths: list[Path], extra: list[str], out: Path, start: float) -> Counter:
    unigrams: Counter = Counter()
    for units in paragraphs(paths, extra):
        unigrams.update(units)
    log(f"{sum(unigrams.values()):,} units, {len(unigrams):,} types", start)
    vocab = SPECIALS + sorted((u for u, c in unigrams.items() if c >= MIN_COUNT
                               and u not in SPECIALS), key=lambda u: (-unigrams[u], u))
    ids = {u: i for i, u in enumerate(vocab)}
    unk, bos = ids[UNK], ids[BOS]
    bits = id_bits(len(vocab), ORDER)
    top = count_ngrams(([ids.get(u, unk) for u in units] for units in paragraphs(paths, extra)),
                       bos, ORDER, bits)
    log(f"vocabulary {len(vocab):,}; {len(top):,} {ORDER}-gram types", start)
    arrays = estimate(top, len(vocab), ORDER, bits, min_top=MIN_TOP)
    log("kept " + ", ".join(f"{len(arrays[f'keys{n}']):,} {n}-grams"
                            for n in range(2, ORDER + 1)), start)
    write_arrays(out / "lm.npz", arrays)  # aligned, to be memory-mapped
    with (out / "vocab.tsv").open("w", encoding="utf-8") as fh:
        for u in vocab:
            fh.write(f"{u}\t{unigrams.get(u, 0)}\n")
    write_syllable_index(syllable_index({u: unigrams.get(u, 0) for u in vocab}),
                         out / SYLLABLES)
    return unigrams


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--out", type=Path, default=HERE / "data")
    ap.add_argument("--pairs", type=Path, default=HERE / "work" / "pairs",
                    help="OCR/truth pairs from make_pairs.py, to learn the OCR channel from")
    args = ap.parse_args()
    start = time.perf_counter()
    args.out.mkdir(parents=True, exist_ok=True)
    paths = training_files(args.corpus)
    log(f"{len(paths)} corpus files", start)
    places = place_names(args.corpus)
    build_lm(paths, places, args.out, start)
    write_abbreviations(paths, args.out)
    log("abbreviations written", start)
    count = write_phrases(args.corpus, paths, places, args.out)
    write_names(args.out / "phrases.tsv", args.out / NAMES)
    log(f"{count:,} phrases written", start)
    log(f"{write_capitals(paths, args.out):,} words' capitals in running text written", start)
    log(f"{write_hyphenated(paths, args.out):,} hyphenated syllable pairs written", start)
    log(f"{write_words(args.out):,} two-syllable dictionary words written", start)
    rows = learn_channel(args.pairs / "train")
    write_channel(rows, args.out / "channel.tsv")
    log(f"OCR channel: {len(rows)} edit weights from {args.pairs / 'train'}", start)
    # ranked with the channel and the counts just written: a stale table would rank with
    # the old ones, so it is rewritten with every build
    lexicon = Lexicon(args.out)
    write_candidate_table(lexicon, args.out / CANDIDATES)
    log(f"candidate table: {len(lexicon.table_forms()):,} syllables", start)
    log("done", start)


AGENCY = regex.compile(
    r"\b(?:Sở|Bộ|Ban|Cục|Tổng cục|Chi cục|Vụ|Viện|Trung tâm|Văn phòng|Ủy ban|Uỷ ban|"
    r"Hội đồng|Thanh tra|Kho bạc|Ngân hàng|Tòa án|Đài|Báo|Học viện|Trường|Bộ Chỉ huy)"
    # a name word: a capitalised syllable and at most one more ("Tài chính", "Kế hoạch")
    r"(?:\s+(?:\p{Lu}\p{Ll}*(?:\s+\p{Ll}+)?|và|-|nhân dân|cấp tỉnh|tỉnh|thành phố|"
    r"quốc gia)){1,7}")
UNIT_KINDS = regex.compile(r"^(?:Tỉnh|Thành phố|Huyện|Quận|Thị xã|Xã|Phường|Thị trấn|"
                           r"Đặc khu)\s+")


def write_phrases(corpus: Path, paths: list[Path], places: list[str], out: Path) -> int:
    """Multi-syllable entries the correction matches over windows of words: places (with
    and without their kind), agencies as printed in the corpus and its mined lists,
    positions, document types, and the multi-syllable words of underthesea's Viet74K."""
    counts: Counter = Counter()
    for name in places:
        counts[name] += 1
        bare = UNIT_KINDS.sub("", name)
        if len(bare.split()) >= 2:
            counts[bare] += 1
    for path in paths:
        for m in AGENCY.finditer(read_text(path)):
            counts[" ".join(m.group().split())] += 1
    for listed in ("agencies_mined_headers.tsv", "agencies_mined_noi_nhan.tsv"):
        for line in (corpus / "lists" / listed).read_text(encoding="utf-8").splitlines()[1:]:
            n, text = line.split("\t", 1)
            text = " ".join(regex.sub(r"[^\p{L}\s]", " ", text).split())
            if len(text.split()) >= 2 and n.isdigit():
                counts[text] += int(n)
    for entry in [*SIGNER_POSITIONS, *(t.name for t in DOC_TYPES)]:
        counts[entry] += 3
    for word in viet74k():
        counts[word] += 1
    kept = sorted((p for p, n in counts.items()
                   if 2 <= len(p.split()) <= 6 and (n >= 2 or p in places or " " in p)),
                  key=lambda p: (-counts[p], p))
    with (out / "phrases.tsv").open("w", encoding="utf-8") as fh:
        fh.write("phrase\tcount\n")
        for phrase in kept:
            fh.write(f"{phrase}\t{counts[phrase]}\n")
    return len(kept)


def write_words(out: Path) -> int:
    """The dictionary's two-syllable words the corpus prints (its language model, in
    `out`, has seen the pair), each syllable by its key (one tone-mark style): what a
    reading forms with its neighbour (correct/scoring.py). A word the corpus never prints
    ("cha dượng") is another register's, and would draw clean text away from its own."""
    lm = LanguageModel(out)
    seen = set(lm.keys[2].tolist())

    def printed(a: str, b: str) -> bool:
        ida, idb = lm.id(a), lm.id(b)
        return lm.unk not in (ida, idb) and ((ida << lm.bits) | idb) in seen

    pairs = sorted({(key(a.lower()), key(b.lower())) for a, b in
                    (word.split() for word in viet74k() if len(word.split()) == 2)
                    if printed(a.lower(), b.lower())})
    with (out / WORDS).open("w", encoding="utf-8") as fh:
        fh.write("first\tsecond\n")
        for a, b in pairs:
            fh.write(f"{a}\t{b}\n")
    return len(pairs)


def viet74k() -> list[str]:
    """Multi-syllable Vietnamese words from the word list underthesea ships."""
    import underthesea

    path = Path(underthesea.__file__).parent / "corpus" / "data" / "Viet74K.txt"
    words = []
    for line in path.read_text(encoding="utf-8").splitlines():
        word = unicodedata.normalize("NFC", line.strip())
        parts = word.split()
        if 2 <= len(parts) <= 4 and all(parse(p.lower()) is not None for p in parts):
            words.append(word)
    return words


ABBREVIATION = regex.compile(r"^(?=\p{Lu})(?=(?:.*\p{Lu}){2})[\p{L}\p{N}]{2,10}$")


def write_abbreviations(paths: list[Path], out: Path) -> None:
    """Abbreviations as printed (UBND, HĐND, FDI, ODA, CHDCND, TTr): words of two capitals
    or more that are no Vietnamese syllable."""
    counts: Counter = Counter()
    for path in paths:
        for m in regex.finditer(r"[\p{L}\p{N}]+", read_text(path)):
            word = m.group()
            if ABBREVIATION.match(word) and parse(word.lower()) is None and not word.isdigit():
                counts[word] += 1
    # common in administrative writing, whether or not the corpus happens to use them
    for line in (HERE / "abbreviations_extra.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        counts[line.split("\t")[0]] += 3
    with (out / "abbreviations.tsv").open("w", encoding="utf-8") as fh:
        fh.write("abbreviation\tcount\n")
        for word, n in sorted(counts.items(), key=lambda x: (-x[1], x[0])):
            if n >= 3:
                fh.write(f"{word}\t{n}\n")


if __name__ == "__main__":
    main()
