"""`make bench`: the correct stage as a user meets it: `vanban correct` in a fresh process
pinned to one core, on the first document it sees (every cache empty), for OCR at each
damage level apart; and the cold start of `vanban correct` on a one-line file.

The text is OCR the project never learned from: the held-out third of the structure
evaluation set at L2 and L3 (bench/structure/work, made by `make evaluate`), else the
development documents of ../shared/data/dev, else the bundled decree. The documents of a
level are joined into one file; its throughput is its size over the run's time less the
cold start (and, beside it, over the whole run).
"""

from __future__ import annotations

import argparse
import compileall
import csv
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STRUCTURE = ROOT / "bench" / "structure"
SAMPLE = ROOT / "samples" / "thanhhoa-04-KH-UBND-2017.ocr.txt"


def texts_at(level: int, shared: Path) -> tuple[str, list[Path]]:
    """The held-out OCR at this level, and where it came from."""
    work = STRUCTURE / "work"
    with (STRUCTURE / "documents.tsv").open(encoding="utf-8", newline="") as fh:
        held_out = [row["id"] for row in csv.DictReader(fh, delimiter="\t")
                    if row["split"] == "heldout"]
    found = [work / f"{doc}.L{level}.ocr.txt" for doc in held_out
             if (work / f"{doc}.L{level}.ocr.txt").exists()]
    if found:
        return f"{len(found)} held-out documents", found
    dev = sorted((shared / "data" / "dev").glob(f"*.L{level}.ocr.txt"))
    if dev:
        return f"{len(dev)} dev documents", dev
    return "the bundled decree", [SAMPLE]


def seconds_of(args: list[str], path: Path | None = None) -> float:
    """CPU seconds of one `vanban` in a fresh process on one core (its own time, which
    other load on the machine disturbs less than the wall clock's); `path`: a folder to
    import vanban from instead of the installed one."""
    pin = ((lambda: os.sched_setaffinity(0, {min(os.sched_getaffinity(0))}))
           if hasattr(os, "sched_setaffinity") else None)
    env = dict(os.environ)
    if path is not None:
        env["PYTHONPATH"] = str(path)
    process = subprocess.Popen([sys.executable, "-m", "vanban.cli", *args], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               preexec_fn=pin)
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"vanban {' '.join(args)} failed" + (f" ({path})" if path else ""))
    return usage.ru_utime + usage.ru_stime


def compile_package() -> None:
    """Byte-compile vanban as installing a wheel does: a start-up is timed as users meet it,
    not with Python compiling every module (as it does on each run where
    PYTHONDONTWRITEBYTECODE is set, as in CI)."""
    import vanban

    compileall.compile_dir(Path(vanban.__file__).parent, quiet=1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--starts", type=int, default=7, help="cold starts timed (the median)")
    args = ap.parse_args()
    compile_package()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        one = folder / "one.txt"
        one.write_text("Căn cứ Luật Tổ chức chính quyền địa phương\n", "utf-8")
        start = statistics.median(seconds_of(["correct", str(one), "-o", str(folder / "o.txt")])
                                  for _ in range(args.starts))
        print(f"cold start of `vanban correct` on one line: {start:.2f} s "
              f"(median of {args.starts}; the aim is under 0.5 s)")
        for level in (2, 3):
            source, paths = texts_at(level, args.shared)
            text = folder / f"L{level}.txt"
            text.write_text("\n".join(p.read_text("utf-8") for p in paths), "utf-8")
            size = text.stat().st_size / 1024
            run = seconds_of(["correct", str(text), "-o", str(folder / "out.txt")])
            print(f"correct stage, L{level} ({source}, {size:.0f} KB), fresh process, one "
                  f"core: {size / max(run - start, 1e-9):.1f} KB/s beyond start-up "
                  f"({size / run:.1f} KB/s end to end, {run:.1f} s)")


if __name__ == "__main__":
    main()
