from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import SAMPLE_PDF, SAMPLE_TXT
from tests.test_ingest import image_only_pdf
from vanban import __version__

VANBAN = [sys.executable, "-m", "vanban.cli"]


def vanban(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*VANBAN, *args], input=stdin, capture_output=True, timeout=300)


def test_run_writes_json(tmp_path):
    out = tmp_path / "decree.json"
    result = vanban("run", str(SAMPLE_TXT), "-o", str(out))
    assert result.returncode == 0, result.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["meta"]["number"] == "04/KH-UBND"
    assert doc["preamble"]["kind"] == "preamble" and doc["body"][0]["label"] == "I"
    assert not list(tmp_path.glob(".*.tmp"))


def test_correct_writes_one_line_per_input_line(tmp_path):
    out = tmp_path / "decree.txt"
    result = vanban("correct", str(SAMPLE_TXT), "-o", str(out), "-v")
    assert result.returncode == 0, result.stderr
    corrected = out.read_text(encoding="utf-8").split("\n")
    original = SAMPLE_TXT.read_text(encoding="utf-8").split("\n")
    assert len(corrected) == len(original)
    assert corrected[92].startswith("d) Sở Tài chính")
    assert b"corrections applied" in result.stderr


def test_stdin_to_stdout():
    result = vanban("correct", "-", "-o", "-", stdin=SAMPLE_TXT.read_bytes())
    assert result.returncode == 0
    assert result.stdout.decode().splitlines()[5] == "KẾ HOẠCH HÀNH ĐỘNG"


def test_pdf_input(tmp_path):
    out = tmp_path / "scan.json"
    assert vanban("run", str(SAMPLE_PDF), "-o", str(out)).returncode == 0
    assert json.loads(out.read_text(encoding="utf-8"))["source"]["format"] == "pdf"


def test_version_and_help():
    assert vanban("--version").stdout.decode().strip() == f"vanban, version {__version__}"
    helptext = vanban("run", "--help").stdout.decode()
    assert "Example" in helptext and "--threshold" in helptext


def bad_inputs(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    # UTF-16 without its byte-order mark: binary (with one, it is read)
    (tmp_path / "latin1.txt").write_bytes("Nghị định".encode("utf-16-le"))
    (tmp_path / "fake.pdf").write_bytes(b"just text")
    (tmp_path / "broken.pdf").write_bytes(SAMPLE_PDF.read_bytes()[:5000])
    (tmp_path / "scan.pdf").write_bytes(image_only_pdf())
    (tmp_path / "folder").mkdir()
    return {
        "missing": (tmp_path / "missing.txt", "no such file"),
        "empty": (tmp_path / "empty.txt", "is empty"),
        "not utf-8": (tmp_path / "latin1.txt", "binary"),
        "not a pdf": (tmp_path / "fake.pdf", "not a PDF"),
        "corrupt pdf": (tmp_path / "broken.pdf", "damaged PDF"),
        "blank scanned pdf": (tmp_path / "scan.pdf", "no text that OCR could read"),
        "directory": (tmp_path / "folder", "is a directory"),
    }


@pytest.mark.parametrize("case", ["missing", "empty", "not utf-8", "not a pdf", "corrupt pdf",
                                  "blank scanned pdf", "directory"])
@pytest.mark.parametrize("command", ["run", "correct"])
def test_bad_input_is_one_clear_line_and_no_output(tmp_path, case, command):
    path, message = bad_inputs(tmp_path)[case]
    out = tmp_path / "out.json"
    result = vanban(command, str(path), "-o", str(out))
    assert result.returncode != 0
    err = result.stderr.decode()
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
    assert not out.exists()
    assert not list(tmp_path.glob(".out.json*"))


def test_not_utf8_text(tmp_path):
    path = tmp_path / "cp1252.txt"
    path.write_bytes("Quyết định số 12".encode() + b" \xe9t\xe9\n")
    result = vanban("run", str(path), "-o", str(tmp_path / "o.json"))
    assert result.returncode == 2
    assert "not UTF-8" in result.stderr.decode()


def test_unwritable_output_is_a_clear_error(tmp_path):
    result = vanban("run", str(SAMPLE_TXT), "-o", str(tmp_path / "no" / "such" / "dir.json"))
    assert result.returncode != 0
    assert "does not exist" in result.stderr.decode()
    assert "Traceback" not in result.stderr.decode()
