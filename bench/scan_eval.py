#!/usr/bin/env python3
"""Correction on scans: vanban reading page images itself, against raw Tesseract.

    python bench/scan_eval.py render --shared ../shared   # page images (make_noisy --img-dir)
    python bench/scan_eval.py ocr                          # vanban's OCR of them, cached
    python bench/scan_eval.py score --shared ../shared     # WER: raw OCR, vanban, text-only
    python bench/scan_eval.py curve --shared ../shared     # threshold -> removed, broken
    python bench/scan_eval.py danang --shared ../shared    # the real Đà Nẵng scans
    python bench/scan_eval.py header --split dev           # header fields of the scans

Documents: the first of bench/structure/documents.tsv's splits (kept out of the lexicon):
`dev` documents teach how OCR confidence relates to error (lexicon/ocr_confidence.py);
`heldout` ones are only measured. Each is rendered at L2 and L3 (two pages, seed 7) into
bench/scan/work/SPLIT/ID.LEVEL/: page images, gt.txt (the truth as laid out) and tess.txt
(the Tesseract command line's own text of the same images, for comparison).

Three texts are scored against gt.txt with eval/score.py's measure: Tesseract as vanban
reads it (`raw`), vanban's correction of it with the OCR confidences (`vanban`), and the
same correction given the raw text alone (`text-only`: what a user running Tesseract and
then `vanban correct` gets).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from vanban.context import DEFAULT_THRESHOLD

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / "scan" / "work"
DOCUMENTS = ROOT / "bench" / "structure" / "documents.tsv"
LEVELS = (2, 3)
PER_SPLIT = {"heldout": 14, "dev": 12}
SEED = 7
MAX_PAGES = 2


def documents() -> list[tuple[str, str, str]]:
    rows = [line.split("\t") for line in DOCUMENTS.read_text("utf-8").splitlines()[1:]]
    seen: set[str] = set()
    out: list[tuple[str, str, str]] = []
    for split, count in PER_SPLIT.items():
        mine = sorted({(r[0], r[1]) for r in rows if r[3] == split})[:count]
        for doc_id, path in mine:
            if doc_id not in seen:
                seen.add(doc_id)
                out.append((split, doc_id, path))
    return out


def render(shared: Path) -> None:
    tool = shared / "tools" / "make_noisy.py"
    for split, doc_id, path in documents():
        for level in LEVELS:
            folder = WORK / split / f"{doc_id}.L{level}"
            if (folder / "gt.txt").exists():
                continue
            folder.mkdir(parents=True, exist_ok=True)
            subprocess.run([sys.executable, str(tool), str(shared / "corpus" / "texts" / path),
                            "--out", str(folder / "tess.txt"), "--gt-out", str(folder / "gt.txt"),
                            "--img-dir", str(folder), "--level", str(level), "--seed", str(SEED),
                            "--max-pages", str(MAX_PAGES)], check=True, capture_output=True)
            print(f"rendered {split} {doc_id} L{level}", flush=True)


def folders(split: str | None = None) -> list[Path]:
    found = sorted(p.parent for p in WORK.glob("*/*/gt.txt"))
    return [f for f in found if split is None or f.parent.name == split]


def page_images(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.startswith("page-"))


def save_lines(doc, path: Path) -> None:
    rows = [{"page": ln.page, "number": ln.number, "text": ln.text, "width": ln.page_width,
             "boxes": [[b.start, b.end, b.x0, b.x1, b.top, b.bottom, b.confidence,
                        [list(a) for a in b.alternatives]]
                       for b in ln.boxes or ()]} for ln in doc.lines]
    path.write_text(json.dumps(rows, ensure_ascii=False), "utf-8")


def load_document(path: Path, name: str):
    from vanban.document import Document, Line, Source, WordBox

    rows = json.loads(path.read_text("utf-8"))
    lines = [Line(index=i, page=r["page"], number=r["number"], text=r["text"],
                  source_line=i + 1,
                  boxes=tuple(WordBox(*b[:7], tuple(tuple(a) for a in b[7]) if len(b) > 7
                                      else ()) for b in r["boxes"]) or None,
                  page_width=r["width"]) for i, r in enumerate(rows)]
    source = Source(path=name, name=name, sha256="0" * 64, format="image",
                    pages=max(r["page"] for r in rows))
    return Document(source=source, lines=lines)


def ocr() -> None:
    from vanban.ingest import ingest

    for folder in folders():
        target = folder / "vanban.ocr.json"
        if target.exists():
            continue
        doc = ingest(page_images(folder))
        save_lines(doc, target)
        (folder / "raw.txt").write_text(doc.original_text(), "utf-8")
        print(f"read {folder.parent.name}/{folder.name}", flush=True)


def correct_all(split: str, threshold: float, text_only: bool = True) -> None:
    from vanban import process_document
    from vanban.context import Context
    from vanban.ingest import ingest_bytes

    ctx = Context(threshold=threshold)
    for folder in folders(split):
        doc = process_document(load_document(folder / "vanban.ocr.json", folder.name), ctx)
        (folder / "vanban.txt").write_text(doc.corrected_text(), "utf-8")
        if not text_only:
            continue
        raw = (folder / "raw.txt").read_bytes()
        plain = process_document(ingest_bytes(raw, "raw.txt"), ctx)
        (folder / "text-only.txt").write_text(plain.corrected_text(), "utf-8")


def load_scorer(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    scorer = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(scorer)  # type: ignore[union-attr]
    return scorer


def totals(scorer: ModuleType, folders_at: list[Path], name: str,
           show: bool = False) -> dict[str, int]:
    """Word errors before and after, fixed, broken and gold tokens of each folder's
    `name`.txt against its gt.txt, from its raw.txt, summed over the folders."""
    sums = dict.fromkeys(("before", "after", "fixed", "broken", "tokens"), 0)
    for folder in folders_at:
        r = scorer.score_correction((folder / "raw.txt").read_text("utf-8"),
                                    (folder / f"{name}.txt").read_text("utf-8"),
                                    (folder / "gt.txt").read_text("utf-8"), 0)
        sums["before"] += round(r["wer_ocr"] * r["gold_tokens"])
        sums["after"] += round(r["wer_out"] * r["gold_tokens"])
        sums["fixed"] += r["fixed"]
        sums["broken"] += r["broken"]
        sums["tokens"] += r["gold_tokens"]
        if show:
            print(f"  {folder.name}: {r['wer_ocr']:.2%} -> {r['wer_out']:.2%} "
                  f"(fixed {r['fixed']}, broken {r['broken']})")
    return sums


def at_level(split: str, level: int) -> list[Path]:
    return [f for f in folders(split) if f.name.endswith(f".L{level}")]


def score(shared: Path, split: str, show: bool, threshold: float) -> None:
    scorer = load_scorer(shared)
    correct_all(split, threshold)
    for level in LEVELS:
        tess_errors = gold_tokens = 0
        for folder in at_level(split, level):
            tess = (folder / "tess.txt").read_text("utf-8")
            t = scorer.score_correction(tess, tess, (folder / "gt.txt").read_text("utf-8"), 0)
            tess_errors += round(t["wer_ocr"] * t["gold_tokens"])
            gold_tokens += t["gold_tokens"]
        rows = {name: totals(scorer, at_level(split, level), name, show and name == "vanban")
                for name in ("vanban", "text-only")}
        n = max(gold_tokens, 1)
        print(f"{split} L{level}: {gold_tokens} tokens; tesseract CLI WER {tess_errors / n:.2%}")
        for name, t in rows.items():
            print(f"  {name:9s} raw {t['before'] / t['tokens']:.2%} -> "
                  f"{t['after'] / t['tokens']:.2%} (reduction "
                  f"{1 - t['after'] / max(t['before'], 1):.1%}; below the CLI's "
                  f"{1 - t['after'] / max(tess_errors, 1):.2%}; fixed {t['fixed']}, broken "
                  f"{t['broken']} = {t['broken'] / t['tokens']:.2%} of tokens)")


CURVE = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)


def curve(shared: Path, split: str) -> None:
    """What the confidence threshold trades: errors removed against tokens broken, at
    each threshold (vanban's correction of its own OCR, the split's scans)."""
    scorer = load_scorer(shared)
    rows: dict[int, list[str]] = {level: [] for level in LEVELS}
    for threshold in CURVE:
        correct_all(split, threshold, text_only=False)
        for level in LEVELS:
            t = totals(scorer, at_level(split, level), "vanban")
            rows[level].append(f"| {threshold:.2f} | {1 - t['after'] / max(t['before'], 1):.1%} "
                               f"| {t['fixed']} | {t['broken']} "
                               f"({t['broken'] / max(t['tokens'], 1):.2%}) |")
    for level in LEVELS:
        print(f"\n{split} L{level}\n\n| threshold | errors removed | fixed | broken |\n"
              "|---|---|---|---|")
        print("\n".join(rows[level]))
    correct_all(split, DEFAULT_THRESHOLD)  # leave the default's outputs


GOLD = ROOT / "bench" / "structure" / "gold"


def gold_fields(gold: object, got: object, path: str = ""):
    """(field path, gold value, our value) for every leaf of the gold header."""
    if isinstance(gold, dict):
        for k, v in gold.items():
            yield from gold_fields(v, (got or {}).get(k), f"{path}.{k}" if path else k)
    elif isinstance(gold, list):
        for i, v in enumerate(gold):
            yield from gold_fields(v, got[i] if got and i < len(got) else None, f"{path}[{i}]")
    else:
        yield path, gold, got


def header(split: str, show: bool) -> None:
    """Header fields of the scans against the hand-checked gold of their documents, and
    how many of them vanban flagged for review (meta.unsure). A scan holds only the first
    pages: signer and recipients count only where the scan's truth prints them."""
    from vanban import process_document
    from vanban.context import Context
    from vanban.export.json import meta_dict

    ctx = Context()
    right = total = flagged = flagged_wrong = wrong_unflagged = 0
    for folder in folders(split):
        gold_path = GOLD / f"{folder.name.split('.')[0]}.meta.json"
        if not gold_path.exists():
            continue
        gold = json.loads(gold_path.read_text("utf-8"))
        truth = " ".join((folder / "gt.txt").read_text("utf-8").split())
        doc = process_document(load_document(folder / "vanban.ocr.json", folder.name), ctx)
        got = meta_dict(doc)
        for path, want, ours in gold_fields(gold, got):
            top = path.split(".")[0].split("[")[0]
            if top in ("signer", "recipients") and (want is None or want not in truth):
                continue  # beyond the pages the scan holds
            total += 1
            ok = want == ours
            right += ok
            if top in got["unsure"]:
                flagged += 1
                flagged_wrong += not ok
            elif not ok:
                wrong_unflagged += 1
                if show:
                    print(f"  {folder.name} {path}: {ours!r} (gold {want!r})")
    print(f"{split}: header fields {right}/{total} right ({right / max(total, 1):.1%}); "
          f"{flagged} flagged for review, {flagged_wrong} of them wrong; "
          f"{wrong_unflagged} wrong and not flagged")


def body_cut(text: str) -> str:
    """The body as dn1906.body.*.txt cut it: from "Kính gửi:" to the line before the
    "Nơi nhận:" of the signature block (OCR may not read the "./." that ends it)."""
    start = text.find("Kính gửi")
    end = text.rfind("\n", start, text.find("nhận:", start))
    return text[start:end] if start >= 0 and end >= 0 else text


def danang(shared: Path) -> None:
    """The real photos of letter 1906 (two JPEGs) read by vanban, its body against the
    publishers' transcription; beside it Tesseract's text of the same photos (made by
    the data's publishers) corrected as text."""
    from vanban import process, process_document
    from vanban.context import Context
    from vanban.ingest import ingest_bytes

    scorer = load_scorer(shared)
    folder = shared / "data" / "external" / "danang-scans"
    gold = (folder / "dn1906.body.gold.txt").read_text("utf-8")
    doc = process([folder / "source" / "4_1.jpg", folder / "source" / "4_2.jpg"], Context())
    ours_raw, ours = body_cut(doc.original_text()), body_cut(doc.corrected_text())
    given = (folder / "dn1906.ocr.txt").read_bytes()
    text_doc = process_document(ingest_bytes(given, "dn1906.ocr.txt"), Context())
    theirs_raw = (folder / "dn1906.body.ocr.txt").read_text("utf-8")
    theirs = body_cut(text_doc.corrected_text())
    for name, raw, out in (("vanban reads the photos", ours_raw, ours),
                           ("their Tesseract text, corrected", theirs_raw, theirs)):
        r = scorer.score_correction(raw, out, gold, 0)
        print(f"{name:32s} WER {r['wer_ocr']:.2%} -> {r['wer_out']:.2%} "
              f"(fixed {r['fixed']}, broken {r['broken']}; {r['gold_tokens']} tokens)")
    m = doc.meta
    print(f"header: number {m.number!r}, date {m.date!r}, issuer {m.issuer!r}, "
          f"signer {m.signer.position!r} {m.signer.name!r}, {len(m.recipients)} recipients")
    for field_name, reason in m.unsure.items():
        print(f"    unsure {field_name}: {reason}")
    for pdf in ("1.pdf", "2.pdf", "3.pdf"):
        d = process(folder / "source" / pdf, Context())
        reads = ", ".join(f"p{r.page} {r.method}" for r in d.source.reads)
        print(f"{pdf}: {reads}; type {d.meta.doc_type!r}, number {d.meta.number!r}, "
              f"date {d.meta.date!r}, {len(d.body)} top-level nodes; signer "
              f"{d.meta.signer.position!r} {d.meta.signer.name!r}, "
              f"{len(d.meta.recipients)} recipients")
        for field_name, reason in d.meta.unsure.items():
            print(f"    unsure {field_name}: {reason}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command",
                        choices=["render", "ocr", "score", "curve", "danang", "header"])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--split", default="heldout", choices=["heldout", "dev"])
    parser.add_argument("--show", action="store_true", help="per document figures")
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    args = parser.parse_args()
    if args.command == "render":
        render(args.shared)
    elif args.command == "ocr":
        ocr()
    elif args.command == "danang":
        danang(args.shared)
    elif args.command == "curve":
        curve(args.shared, args.split)
    elif args.command == "header":
        header(args.split, args.show)
    else:
        score(args.shared, args.split, args.show, args.threshold)


if __name__ == "__main__":
    main()
