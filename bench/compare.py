"""Maintainers: the work tree's first-document speed against another revision's, measured
in alternating fresh processes.

This machine's speed drifts by a fifth between runs, so two figures taken minutes apart
compare badly; run side by side, each round timing both, the drift hits both alike. Each
round runs `vanban correct` of both on a one-line file and on the held-out OCR at L2 and L3
(as bench/cold.py joins it), in fresh processes pinned to one core, and counts their CPU
seconds; the medians are printed.

    python bench/compare.py 26fa451 --rounds 4
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

from cold import compile_package, seconds_of, texts_at

ROOT = Path(__file__).resolve().parent.parent


def checkout(rev: str, folder: Path) -> Path:
    """`rev` checked out in `folder` (its kernel compiled there, where it has one), and a
    folder that imports it as vanban and its lexicon as vanban_lexicon."""
    tree = folder / "tree"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree), rev],
                   check=True)
    kernel = tree / "pipeline" / "_kernel.pyx"
    if kernel.exists():  # compiled as setuptools would, by hand: a quicker build
        subprocess.run([sys.executable, "-m", "cython", "-3", "--module-name", "vanban._kernel",
                        str(kernel)], check=True)
        subprocess.run(["gcc", "-shared", "-fPIC", "-O3",
                        f"-I{sysconfig.get_paths()['include']}", str(kernel.with_suffix(".c")),
                        "-o", str(kernel.with_name("_kernel" + sysconfig.get_config_var(
                            "EXT_SUFFIX")))], check=True)
    path = folder / "path"
    path.mkdir()
    (path / "vanban").symlink_to(tree / "pipeline")
    (path / "vanban_lexicon").symlink_to(tree / "lexicon" / "data")
    # byte-compiled, as an installed wheel is (cold.py does the same for the work tree)
    compileall.compile_dir(tree / "pipeline", quiet=1)
    if kernel.exists():  # and its kernel is the one imported, not numpy's fallback
        where = "import vanban._kernel as k; print(k.__file__)"
        probe = subprocess.run([sys.executable, "-c", where], capture_output=True, text=True,
                               env={**os.environ, "PYTHONPATH": str(path)})
        if probe.returncode != 0 or str(path) not in probe.stdout:
            raise SystemExit(f"{rev}: its kernel does not load ({probe.stderr.strip()[-300:]})")
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("rev", help="the revision to compare with (a commit, a tag, HEAD~3)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    compile_package()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        try:
            other = checkout(args.rev, folder)
            one = folder / "one.txt"
            one.write_text("Căn cứ Luật Tổ chức chính quyền địa phương\n", "utf-8")
            inputs = {"start-up": one}
            for level in (2, 3):
                _, paths = texts_at(level, args.shared)
                text = folder / f"L{level}.txt"
                text.write_text("\n".join(p.read_text("utf-8") for p in paths), "utf-8")
                inputs[f"L{level}"] = text
            times: dict[tuple[str, str], list[float]] = {}
            for _ in range(args.rounds):
                for side, path in ((args.rev, other), ("work tree", None)):
                    for name, source in inputs.items():
                        times.setdefault((side, name), []).append(seconds_of(
                            ["correct", str(source), "-o", str(folder / "out.txt")], path))
            for side in (args.rev, "work tree"):
                start = statistics.median(times[(side, "start-up")])
                rates = []
                for name in ("L2", "L3"):
                    run = statistics.median(times[(side, name)]) - start
                    rates.append(f"{name} {inputs[name].stat().st_size / 1024 / max(run, 1e-9):.1f}"
                                 " KB/s")
                print(f"{side:>12}: start-up {start:.2f} s; " + "; ".join(rates)
                      + f" beyond start-up (medians of {args.rounds} alternating rounds)")
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force",
                            str(folder / "tree")], check=False)


if __name__ == "__main__":
    main()
