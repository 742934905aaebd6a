"""The wheel a user installs: built from this checkout, installed into a new virtual
environment outside it, and run there from another folder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLE_TXT


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A new venv with the wheel installed (its dependencies taken from this venv)."""
    tmp = tmp_path_factory.mktemp("wheel")
    # built from a copy of what ships, so the build leaves nothing in the checkout
    source = tmp / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    # all of lexicon/, its build scripts too: the packaging must leave them out
    # (the kernel compiled from its source, not copied from the checkout's build)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "work", "*.so", "_kernel.c")
    shutil.copytree(ROOT / "pipeline", source / "pipeline", ignore=ignore)
    shutil.copytree(ROOT / "lexicon", source / "lexicon", ignore=ignore)
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps",
                            "--no-build-isolation", "-q", "-w", str(tmp / "dist"), str(source)],
                           capture_output=True, text=True, timeout=600)
    assert build.returncode == 0, build.stderr[-2000:]
    (wheel,) = (tmp / "dist").glob("vanban-*.whl")
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q",
                    "--no-deps", "--no-index", str(wheel)], check=True, timeout=600)
    # the dependencies (numpy, underthesea ...) from this venv, as a plain path: its .pth
    # files, the editable install's among them, are not read from there
    site = Path(subprocess.check_output(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        text=True).strip())
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return venv


def test_wheel_contents(installed):
    site = next(installed.glob("lib/python*/site-packages"))
    names = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}
    assert "vanban/__init__.py" in names and "vanban/py.typed" in names
    assert "vanban/export/report/template.html" in names
    assert "vanban_lexicon/lm.npz" in names and "vanban_lexicon/channel.tsv" in names
    assert not any(n.startswith("pipeline/") for n in names)
    # the correction's kernel, compiled
    assert any(n.startswith("vanban/_kernel.") and n.endswith(".so") for n in names)
    # the maintainers' scripts that build the lexicon do not ship
    assert not any(n.endswith(("build.py", "calibrate.py", "make_pairs.py")) for n in names)


def test_installed_wheel_imports_and_runs_from_elsewhere(installed, tmp_path):
    python = installed / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    # a user's own pipeline.py shadows nothing
    (tmp_path / "pipeline.py").write_text("raise SystemExit('shadowed')\n")
    probe = subprocess.run(
        [str(python), "-c",
         "import vanban, vanban_lexicon; "
         "print(vanban.__file__); print(vanban_lexicon.DATA); "
         "print(vanban.correct_text('phát triển kính tế xã hội'))"],
        capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300)
    assert probe.returncode == 0, probe.stderr[-2000:]
    module, data, corrected = probe.stdout.splitlines()
    assert module.startswith(str(installed)) and data.startswith(str(installed))
    assert corrected == "phát triển kinh tế xã hội"
    out = tmp_path / "decree.json"
    run = subprocess.run([str(installed / "bin" / "vanban"), "run", str(SAMPLE_TXT), "-o",
                          str(out)], capture_output=True, text=True, cwd=tmp_path, env=env,
                         timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["meta"]["number"] == "04/KH-UBND" and doc["body"]


def test_process_never_reads_standard_input(tmp_path):
    """A library call with "-" reads a file named "-", not the caller's stdin."""
    code = ("import vanban, sys\n"
            "try:\n    vanban.process('-')\n"
            "except vanban.InputError as e:\n    print(e)\n")
    result = subprocess.run([sys.executable, "-c", code], input="Nghị quyết số 1\n",
                            capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert result.stdout.strip() == "-: no such file"
    (tmp_path / "-").write_text("Kế hoạch phát triển kinh tế\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-c", "import vanban; "
                             "print(vanban.process('-').lines[0].text)"], input="other\n",
                            capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert result.stdout.strip() == "Kế hoạch phát triển kinh tế"
