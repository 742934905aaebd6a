"""Hostile and outsized input: bounded memory, outputs that never destroy anything."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

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


def one_line_error(result: subprocess.CompletedProcess, status: int) -> str:
    err = result.stderr.decode()
    assert result.returncode == status, err
    assert err.count("\n") == 1 and "Traceback" not in err and "internal error" not in err
    return err


@pytest.mark.parametrize("content", [
    '{"document": "x", "decisions": {}}',
    '{"document": [1], "decisions": {}}',
    '{"document": {}, "decisions": {"c0123456789a": [1]}}',
    '{"document": {}, "decisions": {"c0123456789a": {"a": 1}}}',
    "[" * 100_000 + "]" * 100_000,
])
def test_malformed_decisions_are_exit_3(tmp_path, content):
    source = sample(tmp_path)
    decisions = tmp_path / "d.json"
    decisions.write_text(content, "utf-8")
    out = tmp_path / "o.json"
    one_line_error(vanban("apply", str(source), "--decisions", str(decisions), "-o", str(out)),
                   3)
    assert not out.exists()


def test_a_decisions_files_name_is_not_echoed_raw(tmp_path):
    source = sample(tmp_path)
    decisions = tmp_path / "d.json"
    decisions.write_text('{"document": {"sha256": "x", "name": "a\\nb\\u001b[31m"}, '
                         '"decisions": {}}', "utf-8")
    err = one_line_error(vanban("apply", str(source), "--decisions", str(decisions), "-o",
                                str(tmp_path / "o.json")), 3)
    assert "\x1b" not in err and "a?b?[31m" in err


def test_standard_output_that_cannot_be_written(tmp_path):
    source = sample(tmp_path)
    with open("/dev/full", "wb") as full:
        result = subprocess.run([*VANBAN, "correct", str(source), "-o", "-"], stdout=full,
                                stderr=subprocess.PIPE, timeout=300)
    assert "No space left" in one_line_error(result, 5)
    closed = subprocess.run([*VANBAN, "correct", str(source), "-o", "-"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=300,
                            preexec_fn=lambda: os.close(1))
    one_line_error(closed, 5)
    # a reader that goes away: `vanban correct … | true`
    reader = subprocess.Popen(["true"], stdin=subprocess.PIPE)
    writer = subprocess.run([*VANBAN, "correct", str(source), "-o", "-"], stdout=reader.stdin,
                            stderr=subprocess.PIPE, timeout=300)
    reader.wait()
    assert writer.returncode in (0, 5), writer.stderr
    assert "internal error" not in writer.stderr.decode()


def test_utf16_with_its_byte_order_mark_is_read(tmp_path):
    source = tmp_path / "u16.txt"
    source.write_bytes("Điều 1. Phạm vi điều chỉnh\n".encode("utf-16"))
    result = vanban("correct", str(source), "-o", "-")
    assert result.returncode == 0 and result.stdout.decode() == "Điều 1. Phạm vi điều chỉnh\n"


def test_sigterm_during_a_run_leaves_no_temporary_file(tmp_path):
    source = tmp_path / "big.txt"
    # ~4 MB: a run of it lasts well beyond the 3 seconds before the signal
    source.write_text("Các cơ quan tăng cường công tác tuyên truyền phổ biến pháp luật.\n"
                      * 60_000, "utf-8")
    process = subprocess.Popen([*VANBAN, "correct", str(source), "-o",
                                str(tmp_path / "out.txt")], stderr=subprocess.PIPE)
    time.sleep(3)
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 143, err
    assert err.decode() == "vanban: terminated\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.txt"]


# ---------------------------------------------------------------------- batch

def archive(root: Path, documents: int = 6) -> Path:
    from tests.test_batch import make_archive

    return make_archive(root, documents, corrupt=False)


def deadly_convert(task, out, options):
    """convert_one, but the worker converting doc03 dies as the OOM killer would end it."""
    from vanban.batch import Finished

    if task.rel.endswith("doc03.txt"):
        os._exit(9)
    return REAL_CONVERT[0](task, out, options) if REAL_CONVERT else Finished.failure(task, "")


REAL_CONVERT: list = []


def test_a_worker_that_dies_costs_only_its_own_document(tmp_path, monkeypatch):
    import vanban.batch as batch

    # the workers are forked with the deadly version in place
    REAL_CONVERT[:] = [batch.convert_one]
    monkeypatch.setattr(batch, "convert_one", deadly_convert)
    src = archive(tmp_path)
    summary = batch.run_batch(src, tmp_path / "out", options=batch.Options(), jobs=2,
                              progress=False)
    assert (summary.converted, summary.failed) == (5, 1)
    failures = (tmp_path / "out" / "failures.tsv").read_text("utf-8")
    assert "doc03.txt" in failures and batch.WORKER_DIED in failures


def test_two_batches_never_write_one_folder(tmp_path):
    import fcntl

    import vanban.batch as batch
    from vanban.errors import OutputError

    src, out = archive(tmp_path, 2), tmp_path / "out"
    out.mkdir()
    with (out / batch.LOCK).open("a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        with pytest.raises(OutputError, match="another vanban batch"):
            batch.run_batch(src, out, options=batch.Options(), jobs=1, progress=False)
    assert batch.run_batch(src, out, options=batch.Options(), jobs=1,
                           progress=False).converted == 2


@pytest.mark.parametrize("manifest", ["[]", '{"documents": {"a": 5}}', '"x"'])
def test_a_damaged_manifest_means_redo(tmp_path, manifest):
    import vanban.batch as batch

    src, out = archive(tmp_path, 2), tmp_path / "out"
    out.mkdir()
    (out / "manifest.json").write_text(manifest, "utf-8")
    assert batch.run_batch(src, out, options=batch.Options(), jobs=1,
                           progress=False).converted == 2


def test_source_inside_the_output_is_refused(tmp_path):
    out = tmp_path / "out"
    src = archive(out, 1)
    result = vanban("batch", str(src), "-o", str(out))
    assert "inside the output folder" in one_line_error(result, 5)


def test_a_file_gone_while_hashing_is_one_failure(tmp_path, monkeypatch):
    import vanban.batch as batch

    src = archive(tmp_path, 3)
    real = batch.file_sha256

    def vanishing(path):
        if path.name == "doc01.txt":
            path.unlink()
        return real(path)

    monkeypatch.setattr(batch, "file_sha256", vanishing)
    summary = batch.run_batch(src, tmp_path / "out", options=batch.Options(), jobs=1,
                              progress=False)
    assert (summary.converted, summary.failed) == (2, 1)


def children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        found.update(int(t) for t in text)
    return found


def alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\\nState:\\tZ" not in status


def test_workers_die_with_a_killed_driver(tmp_path):
    src = archive(tmp_path, 8)
    driver = subprocess.Popen([*VANBAN, "batch", str(src), "-o", str(tmp_path / "out"),
                               "-j", "2", "-q"], stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    deadline = time.monotonic() + 120
    while len(workers) < 2 and time.monotonic() < deadline and driver.poll() is None:
        time.sleep(0.2)
        workers = children(driver.pid)
    assert workers, "the batch started no workers"
    driver.kill()
    driver.wait()
    deadline = time.monotonic() + 30
    while any(alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(alive(w) for w in workers)


# ---------------------------------------------------------------------- what correct keeps

BODY = ("Điều 1. Phạm vi điều chỉnh  \nKế hoạch phát triển kính tế xã hội trong tỉnh.\n"
        "Các cơ quan tăng cường công tác tuyên truyền.\n\fTrang hai: bảo đảm an minh trật tự\n")


@pytest.mark.parametrize("kind", ["lf", "crlf", "cr", "nfd", "no final newline"])
def test_correct_keeps_the_file_and_the_patch_applies(tmp_path, kind):
    import unicodedata

    text = {"lf": BODY, "crlf": BODY.replace("\n", "\r\n"), "cr": BODY.replace("\n", "\r"),
            "nfd": unicodedata.normalize("NFD", BODY), "no final newline": BODY[:-1]}[kind]
    source = tmp_path / "in.txt"
    source.write_bytes(text.encode("utf-8"))
    corrected = vanban("correct", str(source), "-o", "-").stdout.decode("utf-8")
    # a changed line is NFC, the others are given back as they were
    want = "\n".join(
        unicodedata.normalize("NFC", ln).replace("kính tế", "kinh tế").replace(
            "an minh", "an ninh") if any(w in unicodedata.normalize("NFC", ln)
                                         for w in ("kính tế", "an minh")) else ln
        for ln in text.split("\n"))
    assert corrected == want
    patch = vanban("diff", str(source), "--format", "unified").stdout
    copy = tmp_path / "copy.txt"
    copy.write_bytes(text.encode("utf-8"))
    applied = subprocess.run(["/usr/bin/patch", "-s", str(copy)], input=patch,
                             capture_output=True, timeout=60)
    assert applied.returncode == 0, applied.stdout + applied.stderr
    assert copy.read_bytes() == corrected.encode("utf-8")


def test_a_link_out_of_the_archive_is_left_out(tmp_path):
    src = archive(tmp_path, 1)
    outside = tmp_path / "private" / "secret.txt"
    outside.parent.mkdir()
    outside.write_text("Điều 1. Phạm vi\n", "utf-8")
    (src / "link.txt").symlink_to(outside)
    out = tmp_path / "out"
    result = vanban("batch", str(src), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert not (out / "link.json").exists()
    assert "private" not in "".join(p.read_text("utf-8") for p in out.rglob("*.json"))


def test_a_password_protected_pdf_says_so(tmp_path):
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.encrypt("secret", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(buffer.getvalue())
    out = tmp_path / "o.json"
    err = one_line_error(vanban("run", str(locked), "-o", str(out)), 2)
    assert "password-protected" in err and not out.exists()
