"""Hostile and outsized input: bounded memory, outputs that never destroy anything."""

from __future__ import annotations

import resource
import subprocess
import sys

VANBAN = [sys.executable, "-m", "vanban.cli"]
# the address space a run may take: a regression that lets memory grow with the input
# fails the test instead of the machine (the lexicon and libraries take about 1 GB of it)
ADDRESS_SPACE = 2 * 1024 ** 3


def capped() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def run_capped(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*VANBAN, *args], capture_output=True, timeout=300,
                          preexec_fn=capped)


def test_a_megabyte_token_passes_through_in_bounded_memory(tmp_path):
    source = tmp_path / "one-letter.txt"
    source.write_text("Điều 1. Phạm vi\n" + "a" * 1_000_000 + "\nkinh tế xã hội\n", "utf-8")
    out = tmp_path / "out.txt"
    result = run_capped("correct", str(source), "-o", str(out))
    assert result.returncode == 0, result.stderr.decode()[-500:]
    err = result.stderr.decode()
    assert err.count("\n") == 1 and "longer than 40 characters" in err
    assert out.read_text("utf-8").splitlines()[1] == "a" * 1_000_000


def vanban(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*VANBAN, *args], capture_output=True, timeout=300)


def sample(tmp_path):
    source = tmp_path / "in.txt"
    source.write_text("Điều 1. Phạm vi điều chỉnh\nQuy định này áp dụng cho các cơ quan.\n",
                      "utf-8")
    return source


def test_the_input_is_never_the_output(tmp_path):
    source = sample(tmp_path)
    before = source.read_bytes()
    link = tmp_path / "link.txt"
    link.symlink_to(source)
    for target in (source, link):
        result = vanban("run", str(source), "-o", str(target))
        assert result.returncode == 5
        assert result.stderr.decode().count("\n") == 1 and "is the input" in result.stderr.decode()
        assert source.read_bytes() == before
    assert link.is_symlink()


def test_special_files_are_written_not_replaced(tmp_path):
    import os
    import threading

    source = sample(tmp_path)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = vanban("correct", str(source), "-o", str(fifo))
    reader.join(timeout=60)
    assert result.returncode == 0, result.stderr
    assert received and "Phạm vi điều chỉnh" in received[0].decode()
    assert fifo.is_fifo()


def test_an_existing_output_keeps_its_mode_and_a_link_stays_a_link(tmp_path):
    source = sample(tmp_path)
    kept = tmp_path / "kept.txt"
    kept.write_text("old\n", "utf-8")
    kept.chmod(0o640)
    assert vanban("correct", str(source), "-o", str(kept)).returncode == 0
    assert kept.stat().st_mode & 0o777 == 0o640
    assert "Phạm vi" in kept.read_text("utf-8")
    real, link = tmp_path / "real.txt", tmp_path / "via.txt"
    real.write_text("old\n", "utf-8")
    link.symlink_to(real)
    assert vanban("correct", str(source), "-o", str(link)).returncode == 0
    assert link.is_symlink() and "Phạm vi" in real.read_text("utf-8")
