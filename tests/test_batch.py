"""Batch conversion: mirrored outputs, failures, resume, interruption, executors."""

from __future__ import annotations

import html
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_TXT

VANBAN = [sys.executable, "-m", "vanban.cli"]
RAY = Path(sys.executable).parent / "ray"


def vanban(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([*VANBAN, *args], capture_output=True, text=True, timeout=600, **kw)


def make_archive(root: Path, documents: int = 4, corrupt: bool = True) -> Path:
    """Small real documents cut from the sample decree, in nested folders."""
    lines = SAMPLE_TXT.read_text(encoding="utf-8").split("\n")
    head = lines[:17]
    src = root / "archive"
    for k in range(documents):
        part = lines[17 + 30 * k:17 + 30 * (k + 1)]
        folder = src / ("2017" if k % 2 else "2018") / ("plans" if k % 3 else "")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"doc{k:02d}.txt").write_text("\n".join(head + part) + "\n", encoding="utf-8")
    if corrupt:
        (src / "2017" / "broken.txt").write_bytes(b"\xff\xfe\x00not text")
        (src / "2017" / "scan.pdf").write_bytes(b"%PDF-1.4 truncated")
    (src / "notes.md").write_text("not a document", encoding="utf-8")
    return src


def outputs(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8")
            for p in sorted(folder.rglob("*")) if p.is_file()
            and p.name not in ("manifest.json", "summary.json")}


def test_batch_mirrors_the_tree_and_lists_failures(tmp_path):
    src = make_archive(tmp_path)
    out = tmp_path / "out"
    result = vanban("batch", str(src), "-o", str(out), "--report", "-j", "2")
    assert result.returncode == 1
    assert "2 documents failed" in result.stderr
    assert "6 documents: 4 converted" in result.stderr
    for k in range(4):
        rel = next(src.rglob(f"doc{k:02d}.txt")).relative_to(src).with_suffix("")
        for suffix in (".json", ".corrected.txt", ".review.html"):
            assert (out / f"{rel}{suffix}").exists()
    failures = (out / "failures.tsv").read_text(encoding="utf-8").splitlines()
    assert failures[0] == "document\terror"
    assert sorted(row.split("\t")[0] for row in failures[1:]) == ["2017/broken.txt",
                                                                  "2017/scan.pdf"]
    assert all(len(row.split("\t")) == 2 and row.split("\t")[1] for row in failures[1:])
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert (summary["documents"], summary["converted"], summary["failed"]) == (6, 4, 2)
    assert summary["applied"] > 0 and summary["pages"] >= 4
    index = (out / "index.html").read_text(encoding="utf-8")
    assert index.count(".review.html\">report</a>") == 4
    # the archive's concordance equals what the documents' JSON files say
    times: dict[tuple[str, str, str], int] = {}
    for path in out.rglob("*.json"):
        if path.name in ("manifest.json", "summary.json"):
            continue
        for c in json.loads(path.read_text(encoding="utf-8"))["corrections"]:
            if c["scope"] == "text":
                change = (c["kind"], c["before"].strip(), c["after"].strip())
                times[change] = times.get(change, 0) + 1
    (kind, before, after), n = max(times.items(), key=lambda kv: (kv[1], kv[0]))
    assert (f"<del>{html.escape(before) or '∅'}</del> → <ins>{html.escape(after) or '∅'}</ins>"
            f"</td><td>{kind}</td><td>{n}</td>") in index
    assert not list(out.rglob(".*.tmp"))
    assert not (out / "notes.json").exists()


def test_rerun_skips_what_is_done_and_redoes_the_rest(tmp_path):
    src = make_archive(tmp_path)
    out = tmp_path / "out"
    vanban("batch", str(src), "-o", str(out), "-j", "1")
    first = outputs(out)
    again = vanban("batch", str(src), "-o", str(out), "-j", "1")
    assert "0 converted, 4 already done, 2 failed" in again.stderr
    assert outputs(out) == first
    changed = next(src.rglob("doc01.txt"))
    changed.write_text(changed.read_text(encoding="utf-8") + "Thêm một dòng.\n",
                       encoding="utf-8")
    (src / "2017" / "broken.txt").unlink()
    third = vanban("batch", str(src), "-o", str(out), "-j", "1")
    assert third.returncode == 1  # the truncated PDF still fails
    assert "5 documents: 1 converted, 3 already done, 1 failed" in third.stderr
    forced = vanban("batch", str(src), "-o", str(out), "-j", "1", "--force")
    assert "4 converted, 0 already done" in forced.stderr


def test_include_and_exclude(tmp_path):
    src = make_archive(tmp_path)
    out = tmp_path / "out"
    result = vanban("batch", str(src), "-o", str(out), "--include", "2018/*",
                    "--exclude", "*/doc02.txt")
    assert result.returncode == 0, result.stderr
    done = sorted(p.name for p in out.rglob("*.json") if p.name != "manifest.json"
                  and p.name != "summary.json")
    assert done == ["doc00.json"]


def test_interrupted_run_resumes_and_finishes(tmp_path):
    src = make_archive(tmp_path, documents=12, corrupt=False)
    out = tmp_path / "out"
    # (the run gets Ctrl-C's default handling even where the tests run in a background
    # job, whose children inherit an ignored SIGINT: there the signal did nothing)
    proc = subprocess.Popen([*VANBAN, "batch", str(src), "-o", str(out), "-j", "1"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(list(out.rglob("*.corrected.txt"))) < 2:
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    assert not list(out.rglob(".*.tmp"))
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    done = [k for k, v in manifest["documents"].items() if v["status"] == "done"]
    assert 2 <= len(done) < 12
    for rel in done:  # what the manifest calls done is complete on disk
        stem = Path(rel).with_suffix("")
        json.loads((out / f"{stem}.json").read_text(encoding="utf-8"))
    resumed = vanban("batch", str(src), "-o", str(out), "-j", "1")
    assert resumed.returncode == 0, resumed.stderr
    assert f"{12 - len(done)} converted, {len(done)} already done" in resumed.stderr
    clean = tmp_path / "clean"
    vanban("batch", str(src), "-o", str(clean), "-j", "2")
    assert outputs(out) == outputs(clean)


def test_parallel_and_serial_runs_agree(tmp_path):
    src = make_archive(tmp_path, documents=5, corrupt=False)
    vanban("batch", str(src), "-o", str(tmp_path / "one"), "-j", "1")
    vanban("batch", str(src), "-o", str(tmp_path / "two"), "-j", "2")
    assert outputs(tmp_path / "one") == outputs(tmp_path / "two")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def ray_cluster(tmp_path_factory):
    if not RAY.exists():
        pytest.fail("Ray is missing: `make setup` installs vanban[ray]")
    port = free_port()
    temp = tmp_path_factory.mktemp("ray")
    env = {**os.environ, "RAY_USAGE_STATS_ENABLED": "0"}
    start = subprocess.run([str(RAY), "start", "--head", f"--port={port}",
                            # more CPUs than this machine has: -j 0 must count the cluster's
                            f"--num-cpus={(os.cpu_count() or 1) + 1}",
                            "--include-dashboard=false", "--disable-usage-stats",
                            f"--temp-dir={temp}"], capture_output=True, text=True,
                           timeout=180, env=env)
    assert start.returncode == 0, start.stderr[-2000:]
    try:
        yield f"127.0.0.1:{port}"
    finally:
        subprocess.run([str(RAY), "stop", "--force"], capture_output=True, timeout=120,
                       env=env)
        shutil.rmtree(temp, ignore_errors=True)


def test_ray_cluster_gives_the_local_results(tmp_path, ray_cluster):
    src = make_archive(tmp_path, documents=4)
    local = vanban("batch", str(src), "-o", str(tmp_path / "local"), "--report")
    on_ray = vanban("batch", str(src), "-o", str(tmp_path / "ray"), "--report",
                    "--executor", "ray", "--address", ray_cluster, "-j", "0", "-v")
    assert on_ray.returncode == local.returncode == 1, on_ray.stderr[-2000:]
    cluster = (os.cpu_count() or 1) + 1
    assert f"Ray: {cluster} workers on a cluster of {cluster} CPUs" in on_ray.stderr
    assert outputs(tmp_path / "ray") == outputs(tmp_path / "local")
    gathered = vanban("batch", str(src), "-o", str(tmp_path / "gathered"), "--executor", "ray",
                      "--address", ray_cluster, "--gather", "-j", "1", "--report")
    assert gathered.returncode == 1, gathered.stderr[-2000:]
    assert outputs(tmp_path / "gathered") == outputs(tmp_path / "local")


def test_ray_without_a_cluster_is_a_clear_error(tmp_path):
    src = make_archive(tmp_path, documents=1, corrupt=False)
    result = vanban("batch", str(src), "-o", str(tmp_path / "o"), "--executor", "ray",
                    "--address", f"127.0.0.1:{free_port()}")
    assert result.returncode != 0
    assert "Ray cluster" in result.stderr and "Traceback" not in result.stderr
