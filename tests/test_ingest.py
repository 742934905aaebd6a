from __future__ import annotations

import io
import unicodedata

import pytest

from tests.conftest import SAMPLE_PDF, SAMPLE_TXT
from vanban.errors import InputError, NoTextLayerError
from vanban.ingest import ingest, ingest_bytes


def test_text_lines_keep_their_position():
    doc = ingest(SAMPLE_TXT)
    assert len(doc.lines) == 310
    assert doc.source.format == "text"
    assert len(doc.source.sha256) == 64
    assert doc.lines[0].text == "Ký bởi: Văn phòng Ủy ban Nhân dân"
    assert [ln.source_line for ln in doc.lines[:3]] == [1, 2, 3]
    assert doc.lines[5].text == "KẾ HOẠCH HÀNH ĐỘNG"


def test_form_feeds_separate_pages():
    doc = ingest_bytes("một\nhai\n\fba\nbốn\n\f".encode(), "x.txt")
    assert [(ln.page, ln.number, ln.text) for ln in doc.lines] == [
        (1, 1, "một"), (1, 2, "hai"), (2, 1, "ba"), (2, 2, "bốn")]
    assert doc.source.pages == 2
    # nothing to correct: the file comes back byte for byte, its last form feed too
    assert doc.corrected_text() == "một\nhai\n\fba\nbốn\n\f"


def test_text_is_nfc_and_line_endings_are_normalised():
    decomposed = unicodedata.normalize("NFD", "Nghị quyết")
    doc = ingest_bytes(("\ufeff" + decomposed + "\r\nhai\r\n").encode(), "x.txt")
    assert doc.lines[0].text == "Nghị quyết"
    assert unicodedata.is_normalized("NFC", doc.lines[0].text)
    assert doc.lines[1].text == "hai"


def test_pdf_text_layer_lines_with_positions():
    doc = ingest(SAMPLE_PDF)
    assert doc.source.format == "pdf"
    assert doc.source.pages == 7
    header = doc.lines[2]
    assert header.page == 1 and header.number == 3
    assert header.text.startswith("UỶ BAN NHÂN DÂN CỘNG HOÀ")
    assert header.boxes is not None and len(header.boxes) == len(header.text.split())
    first = header.boxes[0]
    assert header.text[first.start:first.end] == "UỶ"
    assert first.x1 > first.x0
    assert {ln.page for ln in doc.lines} == set(range(1, 8))


@pytest.mark.parametrize("data, message", [
    (b"", "is empty"),
    (b"  \n\n ", "is empty"),
    (b"\xff\xfe\x00b\x00a\x00d", "binary"),
    ("Nghị quyết".encode("cp1258", errors="ignore") + b"\xd0\xe9", "not UTF-8"),
])
def test_bad_text_is_a_clear_error(data, message):
    with pytest.raises(InputError, match=message):
        ingest_bytes(data, "bad.txt")


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        ingest(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        ingest(tmp_path)


def test_not_a_pdf_and_corrupt_pdf():
    with pytest.raises(InputError, match="not a PDF"):
        ingest_bytes(b"hello", "x.pdf")
    with pytest.raises(InputError, match="damaged PDF"):
        ingest_bytes(SAMPLE_PDF.read_bytes()[:4000], "x.pdf")


def image_only_pdf() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (200, 100), "white").save(buf, format="PDF")
    return buf.getvalue()


def test_pdf_without_text_layer_and_ocr_off_says_so():
    with pytest.raises(NoTextLayerError, match="no text layer"):
        ingest_bytes(image_only_pdf(), "scan.pdf", ocr="never")


def test_blank_scan_is_no_silent_empty_result():
    with pytest.raises(InputError, match="no text that OCR could read"):
        ingest_bytes(image_only_pdf(), "scan.pdf")
