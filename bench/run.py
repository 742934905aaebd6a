"""`make bench`: throughput of each stage on the bundled sample (and the dev documents
when ../shared is beside the project), lexicon load time, peak memory.

Figures are the best of several rounds on one core (the process is pinned where the OS
allows), so they compare across changes on the same machine.
"""

from __future__ import annotations

import argparse
import os
import resource
import time
from pathlib import Path

from vanban.context import Context
from vanban.correct import correct
from vanban.ingest import ingest
from vanban.repair import repair
from vanban.structure import structure

ROOT = Path(__file__).resolve().parent.parent


def inputs(shared: Path) -> list[Path]:
    files = [ROOT / "samples" / "thanhhoa-04-KH-UBND-2017.ocr.txt",
             ROOT / "samples" / "thanhhoa-04-KH-UBND-2017.scan.pdf"]
    dev = shared / "data" / "dev"
    if dev.is_dir():
        files += sorted(dev.glob("*.ocr.txt"))
    return files


def best_of(rounds: int, func):
    best, result = float("inf"), None
    for _ in range(rounds):
        start = time.perf_counter()
        result = func()
        best = min(best, time.perf_counter() - start)
    return best, result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    ctx = Context()
    load, _ = best_of(1, ctx.warm_up) if hasattr(ctx, "warm_up") else (0.0, None)
    print(f"lexicon load: {load * 1000:.0f} ms")
    totals = {"ingest": 0.0, "repair": 0.0, "correct": 0.0, "structure": 0.0}
    total_bytes = 0
    print(f"{'document':44} {'KB':>6} {'ingest':>8} {'repair':>8} {'correct':>8} "
          f"{'structure':>9}  (KB/s)")
    for path in inputs(args.shared):
        times = {key: float("inf") for key in totals}
        for _ in range(args.rounds):
            clock = [time.perf_counter()]
            doc = ingest(path)
            clock.append(time.perf_counter())
            for stage in (repair, correct, structure):
                doc = stage(doc, ctx)
                clock.append(time.perf_counter())
            for key, a, b in zip(totals, clock, clock[1:], strict=False):
                times[key] = min(times[key], b - a)
        # throughput is per KB of text, also for a PDF (its text layer, not the file)
        text_size = sum(len(ln.text.encode()) + 1 for ln in doc.lines)
        kb = text_size / 1024
        rates = [kb / max(times[k], 1e-9) for k in totals]
        print(f"{path.name[:44]:44} {kb:6.1f} " + " ".join(f"{r:8.0f}" for r in rates[:3])
              + f" {rates[3]:9.0f}")
        total_bytes += text_size
        for key in totals:
            totals[key] += times[key]
    kb = total_bytes / 1024
    print(f"{'all':44} {kb:6.1f} " + " ".join(
        f"{kb / max(totals[k], 1e-9):8.0f}" for k in ("ingest", "repair", "correct"))
        + f" {kb / max(totals['structure'], 1e-9):9.0f}")
    print(f"correct stage throughput: {kb / max(totals['correct'], 1e-9):.0f} KB/s on one core")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB")


if __name__ == "__main__":
    main()
