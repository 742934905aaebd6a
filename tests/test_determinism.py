"""The same input gives the same output, byte for byte, whatever Python's hash seed: an
archive converted twice must not differ (a tie broken by a set's order once made a lost
item's number depend on PYTHONHASHSEED)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "thanhhoa-04-KH-UBND-2017.ocr.txt"


def test_the_sample_converts_the_same_under_any_hash_seed(tmp_path):
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed{seed}.json"
        subprocess.run([sys.executable, "-m", "vanban.cli", "run", str(SAMPLE), "-o", str(out)],
                       check=True, capture_output=True, cwd=ROOT,
                       env={**os.environ, "PYTHONHASHSEED": seed})
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
