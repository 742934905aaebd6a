"""Scans: page images and image-only or unusable PDF pages read by Tesseract (really run),
the text-layer check, OCR confidence reaching the correction, the reviewer's crops."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest
from PIL import Image, ImageDraw, ImageFont

from tests.pdfmake import text_pdf
from vanban import process_document
from vanban.context import Context
from vanban.document import Document, Line, Source, WordBox
from vanban.errors import InputError, NoTextLayerError, OcrUnavailableError
from vanban.export.report import render_report
from vanban.ingest import ingest, ingest_bytes
from vanban.ingest.images import sniff
from vanban.ingest.quality import check_layer

FONT = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"
PAGE_ONE = ["ỦY BAN NHÂN DÂN TỈNH", "Điều 1. Phạm vi điều chỉnh",
            "Quy định này áp dụng đối với các cơ quan nhà nước."]
PAGE_TWO = ["Điều 2. Tổ chức thực hiện", "Giao Sở Nội vụ hướng dẫn các địa phương."]


def page_image(lines: list[str], width: int = 1800) -> Image.Image:
    """A clean page image of `lines`, as a 300-dpi scan prints 12-point text."""
    font = ImageFont.truetype(FONT, 50)
    image = Image.new("L", (width, 140 + 90 * len(lines)), 255)
    draw = ImageDraw.Draw(image)
    for k, text in enumerate(lines):
        draw.text((120, 80 + 90 * k), text, font=font, fill=0)
    return image


def encoded(image: Image.Image, fmt: str, **options) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format=fmt, **options)
    return buf.getvalue()


def words(doc: Document) -> str:
    return " ".join(line.text for line in doc.lines if line.text)


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "PDF"])
def test_each_image_kind_is_read(fmt):
    data = encoded(page_image(PAGE_ONE), fmt, **({"resolution": 300} if fmt == "PDF" else {}))
    doc = ingest_bytes(data, f"scan.{fmt.lower()}")
    assert doc.source.format == ("pdf" if fmt == "PDF" else "image")
    assert [(r.page, r.method) for r in doc.source.reads] == [(1, "ocr")]
    text = words(doc)
    assert "Điều 1. Phạm vi điều chỉnh" in text
    assert "cơ quan nhà nước" in text
    # every word keeps its box on the page image and OCR's confidence in it
    boxes = [b for line in doc.lines for b in line.boxes or ()]
    assert boxes and all(b.top is not None and 0 <= b.confidence <= 100 for b in boxes)


def test_multipage_tiff_and_several_images_make_one_document(tmp_path):
    one, two = page_image(PAGE_ONE), page_image(PAGE_TWO)
    tiff = encoded(one, "TIFF", save_all=True, append_images=[two])
    doc = ingest_bytes(tiff, "scan.tif")
    assert doc.source.pages == 2
    assert [line.page for line in doc.lines if "Điều 2" in line.text] == [2]
    first, second = tmp_path / "p1.png", tmp_path / "p2.jpg"
    first.write_bytes(encoded(one, "PNG"))
    second.write_bytes(encoded(two, "JPEG"))
    doc = ingest([second, first])  # the order given is the page order
    assert doc.source.pages == 2
    assert [line.page for line in doc.lines if "Điều 2" in line.text] == [1]
    assert [line.page for line in doc.lines if "Điều 1" in line.text] == [2]


def test_format_is_told_by_bytes_not_name(tmp_path):
    png = encoded(page_image(PAGE_TWO), "PNG")
    assert sniff(png) == "png"
    named_wrong = tmp_path / "notes.txt"
    named_wrong.write_bytes(png)
    assert "Tổ chức thực hiện" in words(ingest(named_wrong))


def test_a_text_file_is_no_page_image(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("Điều 1. Phạm vi\n", "utf-8")
    image = tmp_path / "b.png"
    image.write_bytes(encoded(page_image(PAGE_TWO), "PNG"))
    with pytest.raises(InputError, match="not an image"):
        ingest([image, text])


def test_small_photo_is_upscaled_before_reading():
    small = page_image(PAGE_ONE).resize((600, 160), Image.LANCZOS)
    doc = ingest_bytes(encoded(small, "JPEG", quality=90), "photo.jpg")
    assert "Phạm vi điều chỉnh" in words(doc)
    assert doc.lines[0].page_width > 1700  # read on the upscaled page


def test_skewed_page_is_straightened():
    skewed = page_image(PAGE_ONE).rotate(3, expand=True, fillcolor=255)
    doc = ingest_bytes(encoded(skewed, "PNG"), "skewed.png")
    assert "Quy định này áp dụng đối với các cơ quan nhà nước." in words(doc)
    assert abs(doc.scan.geometry[1].rotate + 3) < 1


def test_ocr_never_refuses_an_image():
    with pytest.raises(NoTextLayerError, match="--ocr never"):
        ingest_bytes(encoded(page_image(PAGE_ONE), "PNG"), "scan.png", ocr="never")


def test_text_layer_check():
    good = ("Ủy ban nhân dân tỉnh chỉ đạo các sở, ban, ngành thực hiện nghiêm túc các "
            "nội dung của kế hoạch phát triển kinh tế - xã hội năm 2024.")
    assert check_layer(good).usable
    stripped = ("Uy ban nhan dan tinh chi dao cac so, ban, nganh thuc hien nghiem tuc cac "
                "noi dung cua ke hoach phat trien kinh te - xa hoi nam 2024.")
    assert not check_layer(stripped).usable
    assert "Vietnamese mark" in check_layer(stripped).reason
    broken = ("CONG HOA xA HQI CilU NGHIA ViT NAM Dc Ip Tir do Hnh phiic Dà Näng ngày "
              "thrc hin Thông bá kt lun cüa Chü tich UBND thành ph v vic trin khai")
    assert not check_layer(broken).usable


def test_unusable_text_layer_is_read_from_the_image():
    # Helvetica prints no Vietnamese marks: a layer such as a scanner's own OCR writes
    rows = ["Uy ban nhan dan tinh chi dao cac so ban nganh", "thuc hien nghiem tuc cac noi dung",
            "cua ke hoach phat trien kinh te xa hoi nam nay"]
    pdf = text_pdf([[(60, 80 + 30 * k, t) for k, t in enumerate(rows)]], size=14)
    auto = ingest_bytes(pdf, "layer.pdf")
    assert auto.source.reads[0].method == "ocr"
    assert "not Vietnamese" in auto.source.reads[0].reason
    assert "nghiem tuc" in words(auto)
    kept = ingest_bytes(pdf, "layer.pdf", ocr="never")
    assert kept.source.reads[0].method == "text-layer"


def scanned_line(text: str, confidence: dict[str, float]) -> Document:
    boxes, pos = [], 0
    for word in text.split(" "):
        boxes.append(WordBox(pos, pos + len(word), 20.0 * pos, 20.0 * (pos + len(word)),
                             100.0, 150.0, confidence.get(word, 97.0)))
        pos += len(word) + 1
    line = Line(0, 1, 1, text, 1, tuple(boxes), 2000.0)
    return Document(Source("x.png", "x.png", "0" * 64, "image", 1), [line])


def test_ocr_confidence_reaches_the_correction():
    text = "Ủy ban nhân dân tỉnh chỉ đạo các sợ ban ngành thực hiện nghiêm túc."
    unsure = process_document(scanned_line(text, {"sợ": 20.0}), Context())
    assert "các sở ban ngành" in unsure.corrected_text()
    sure = process_document(scanned_line(text, {"sợ": 99.0}), Context())
    assert "các sợ ban ngành" in sure.corrected_text()


def test_review_report_shows_the_scanned_words():
    image = page_image(["Giao Sở Nội vụ hướng đẫn các địa phương triển khai.",
                        "Các cơ quan tăng cường công tác tuyên truyên phổ biến."])
    doc = process_document(ingest_bytes(encoded(image, "PNG"), "scan.png"), Context())
    scanned = [c for c in doc.corrections if c.scope == "text"]
    assert scanned, "the damaged words are corrected"
    report = render_report(doc)
    assert report.count("data:image/png;base64,") >= len(scanned)
    payload = json.loads(doc.to_json())
    assert all("ocr" in c for c in payload["corrections"] if c["scope"] == "text")


def test_missing_tesseract_model_is_a_clear_error(monkeypatch, tmp_path):
    import vanban.ingest.ocr as ocr

    monkeypatch.setattr(ocr, "TESSDATA_DIRS", ())
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))
    with pytest.raises(OcrUnavailableError, match="tesseract-ocr-vie"):
        ingest_bytes(encoded(page_image(PAGE_ONE), "PNG"), "scan.png")


def test_cli_reads_several_images_and_says_so_when_ocr_is_missing(tmp_path):
    one, two = tmp_path / "1.png", tmp_path / "2.png"
    one.write_bytes(encoded(page_image(PAGE_ONE), "PNG"))
    two.write_bytes(encoded(page_image(PAGE_TWO), "PNG"))
    out = tmp_path / "doc.json"
    run = [sys.executable, "-m", "vanban.cli"]
    done = subprocess.run([*run, "run", str(one), str(two), "-o", str(out)],
                          capture_output=True)
    assert done.returncode == 0, done.stderr.decode()
    pages = json.loads(out.read_text("utf-8"))["source"]["pages_read"]
    assert [(p["page"], p["method"]) for p in pages] == [(1, "ocr"), (2, "ocr")]
    missing = subprocess.run([*run, "run", str(one), "-o", str(tmp_path / "x.json")],
                             capture_output=True, env={"PATH": "/usr/bin:/bin",
                                                       "TESSDATA_PREFIX": str(tmp_path)})
    assert missing.returncode == OcrUnavailableError.exit_code
    err = missing.stderr.decode()
    assert err.count("\n") == 1 and "apt-get install tesseract-ocr" in err
    assert not (tmp_path / "x.json").exists()


def test_margin_marks_and_specks_leave_the_text():
    body = "Các cơ quan đơn vị tăng cường công tác tuyên truyền phổ biến pháp luật."
    lines = []
    for k in range(6):
        boxes, pos, x = [], 0, 300.0
        words = body.split(" ")
        text = body
        if k == 2:  # a handwritten note in the left margin, and a speck read as a quote
            words = ["Xh#", *words[:3], "¬", *words[3:]]
            text = " ".join(words)
        for word in words:
            confidence = {"Xh#": 70.0, "¬": 12.0}.get(word, 96.0)
            left = 40.0 if word == "Xh#" else x
            boxes.append(WordBox(pos, pos + len(word), left, left + 20.0 * len(word),
                                 100.0 * k, 100.0 * k + 40, confidence))
            pos += len(word) + 1
            if word != "Xh#":
                x += 20.0 * len(word) + 15
        lines.append(Line(k, 1, k + 1, text, k + 1, tuple(boxes), 2480.0))
    doc = Document(Source("x.png", "x.png", "0" * 64, "image", 1), lines)
    doc = process_document(doc, Context())
    noise = [c for c in doc.corrections if c.kind == "scan-noise"]
    assert sorted(c.before.strip() for c in noise) == ["Xh#", "¬"]
    assert doc.corrected_text().splitlines()[2] == body


def test_a_letter_ocr_nearly_chose_is_evidence(monkeypatch):
    # (the dictionary's "tuyên truyền" is evidence of its own: left out, to see OCR's)
    monkeypatch.setitem(Context().lexicon.__dict__, "words", frozenset())
    text = "Tăng cường công tác tuyên truyện trong nhân dân về phòng chống dịch."
    boxes, pos = [], 0
    for word in text.split(" "):
        # OCR read "truyện" but rated "ề" for its fifth letter nearly as high
        choices = ((4, 5, "ề", 2.0),) if word == "truyện" else ()
        boxes.append(WordBox(pos, pos + len(word), 20.0 * pos, 20.0 * (pos + len(word)),
                             100.0, 150.0, 92.0 if choices else 97.0, choices))
        pos += len(word) + 1
    line = Line(0, 1, 1, text, 1, tuple(boxes), 2000.0)

    def corrected(line: Line) -> str:
        doc = Document(Source("x.png", "x.png", "0" * 64, "image", 1), [line])
        return process_document(doc, Context()).corrected_text()

    assert "tuyên truyền trong" in corrected(line)
    without = Line(0, 1, 1, text, 1, tuple(WordBox(b.start, b.end, b.x0, b.x1, b.top, b.bottom,
                                                   b.confidence) for b in boxes), 2000.0)
    assert "tuyên truyện trong" in corrected(without)


def scanned(rows: list[list[tuple[str, float, float]]]) -> Document:
    """A scanned document from rows of (word, x0, confidence); words 40 px high."""
    lines = []
    for k, row in enumerate(rows):
        text = " ".join(w for w, _, _ in row)
        boxes, pos = [], 0
        for word, x0, confidence in row:
            boxes.append(WordBox(pos, pos + len(word), x0, x0 + 22.0 * len(word),
                                 60.0 * k, 60.0 * k + 40, confidence))
            pos += len(word) + 1
        lines.append(Line(k, 1, k + 1, text, k + 1, tuple(boxes), 2480.0))
    return Document(Source("x.png", "x.png", "0" * 64, "image", 1), lines)


def row(text: str, x: float = 300.0, confidence: float = 96.0) -> list[tuple[str, float, float]]:
    out = []
    for word in text.split():
        out.append((word, x, confidence))
        x += 22.0 * len(word) + 18
    return out


def test_a_stamp_beside_the_recipients_is_no_recipient():
    body = "Các cơ quan đơn vị tăng cường công tác tuyên truyền phổ biến pháp luật."
    rows = [row(body) for _ in range(6)]
    rows += [row("Nơi nhận:") + row("GIÁM ĐỐC", 1500),
             # the seal's ring read as letters, far right of the list and barely read
             [*row("- Như trên;"), ("Z", 1250.0, 0.0), ("“N", 1330.0, 23.0)],
             [*row("- Sở Tài chính;"), ("[3ƒ", 1190.0, 35.0), ("GIÁO", 1250.0, 93.0),
              ("DUC", 1350.0, 47.0)],
             row("- Lưu: VT.") + row("Nguyễn Văn An", 1400)]
    doc = process_document(scanned(rows), Context())
    assert doc.meta.recipients == ["Như trên", "Sở Tài chính", "Lưu: VT"]
    assert doc.meta.signer.name == "Nguyễn Văn An"
    lines = doc.corrected_text().splitlines()
    assert lines[7].rstrip() == "- Như trên;" and lines[8].rstrip() == "- Sở Tài chính;"


def test_batch_converts_page_images(tmp_path):
    src = tmp_path / "archive"
    (src / "2024").mkdir(parents=True)
    (src / "2024" / "letter.png").write_bytes(encoded(page_image(PAGE_ONE), "PNG"))
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "vanban.cli", "batch", str(src), "-o",
                           str(out), "-j", "1", "-q"], capture_output=True)
    assert done.returncode == 0, done.stderr.decode()
    result = json.loads((out / "2024" / "letter.json").read_text("utf-8"))
    assert result["source"]["format"] == "image"
    assert "Phạm vi điều chỉnh" in (out / "2024" / "letter.corrected.txt").read_text("utf-8")


HEADER_BODY = ("Thực hiện chỉ đạo của Ủy ban nhân dân thành phố về công tác bảo đảm an toàn giao "
               "thông, Sở đề nghị các đơn vị triển khai các nội dung sau.")


def header_rows(number: list[tuple[str, float, float]], date: str) -> list:
    return [row("UBND THÀNH PHỐ ĐÀ NẴNG") + row("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1300),
            row("SỞ GIÁO DỤC VÀ ĐÀO TẠO") + row("Độc lập - Tự do - Hạnh phúc", 1400),
            row("Số:", 300) + number + row(f"Đà Nẵng, {date}", 1300),
            row("V/v bảo đảm an toàn giao thông"),
            *[row(HEADER_BODY) for _ in range(4)]]


def test_a_hand_filled_number_ocr_was_unsure_of_is_flagged():
    unsure = scanned(header_rows([("635", 400.0, 64.0), ("/SGDĐT-CTrTT", 520.0, 90.0)],
                                 "ngày 31 tháng 5 năm 2019"))
    meta = process_document(unsure, Context()).meta
    # the value stays for the reviewer, marked as one to check on the page
    assert meta.number == "635/SGDĐT-CTrTT" and "64" in meta.unsure["number"]
    assert meta.date == "2019-05-31" and "date" not in meta.unsure
    sure = scanned(header_rows([("1906", 400.0, 96.0), ("/SGDĐT-CTrTT", 520.0, 96.0)],
                               "ngày 26 tháng 7 năm 2020"))
    meta = process_document(sure, Context()).meta
    assert meta.number == "1906/SGDĐT-CTrTT" and meta.unsure == {}


def test_a_date_that_cannot_be_read_is_null_with_its_reason():
    bad_day = scanned(header_rows([("635", 400.0, 96.0), ("/SGDĐT", 520.0, 96.0)],
                                  "ngày 84 tháng 5 năm 2019"))
    meta = process_document(bad_day, Context()).meta
    assert meta.date is None and "84 tháng 5 năm 2019" in meta.unsure["date"]
    future = scanned(header_rows([("635", 400.0, 96.0), ("/SGDĐT", 520.0, 96.0)],
                                 "ngày 13 tháng 10 năm 2092"))
    meta = process_document(future, Context()).meta
    assert meta.date is None and "after today" in meta.unsure["date"]


def test_a_word_space_is_no_column_gap():
    # "ỦY  BAN": a gap wider than the line's others, but narrower than the letters are high
    rows = [[("ỦY", 300.0, 95.0), ("BAN", 378.0, 95.0), ("THƯỜNG", 460.0, 95.0),
             ("VỤ", 610.0, 95.0)], row("QUỐC HỘI"),
            [("Số:", 300.0, 95.0), ("1655", 400.0, 90.0), ("/NQ-UBTVQH15", 495.0, 90.0)],
            *[row(HEADER_BODY) for _ in range(4)]]
    meta = process_document(scanned(rows), Context()).meta
    assert meta.issuer == "ỦY BAN THƯỜNG VỤ QUỐC HỘI"
    assert meta.number == "1655/NQ-UBTVQH15"


def test_a_deputy_whose_title_lost_its_first_word_is_no_position():
    rows = [row(HEADER_BODY) for _ in range(6)]
    rows += [row("Nơi nhận:") + row("KT. GIÁM ĐỐC", 1500),
             row("- Như trên;") + row("GIÁM ĐỐC", 1520),  # "PHÓ" lost under the seal
             row("- Lưu: VT."), row("Trần Văn Bình", 1500)]
    signer_doc = process_document(scanned(rows), Context())
    signer = signer_doc.meta.signer
    assert (signer.authority, signer.position, signer.name) == ("KT. GIÁM ĐỐC", None,
                                                                "Trần Văn Bình")
    assert "deputy" in signer_doc.meta.unsure["signer"]


def test_a_rank_before_the_name_and_a_position_in_charge():
    rows = [row(HEADER_BODY) for _ in range(6)]
    rows += [row("Nơi nhận:") + row("PHÓ TRƯỞNG PHÒNG PHỤ TRÁCH", 1400),
             row("- Như trên;"), row("- Lưu: VT."), row("Trung tá Ngô Văn Công", 1450)]
    signer = process_document(scanned(rows), Context()).meta.signer
    assert (signer.position, signer.name) == ("PHÓ TRƯỞNG PHÒNG PHỤ TRÁCH", "Ngô Văn Công")


def test_the_name_beside_the_list_does_not_end_it():
    rows = [row(HEADER_BODY) for _ in range(6)]
    rows += [row("Nơi nhận:") + row("GIÁM ĐỐC", 1500), row("- Như trên;"),
             row("- Trang TTĐT Sở;") + row("Lê Thị Bích Thuận", 1450),
             row("- Lưu: VT, CTrTT"), [("x7", 900.0, 20.0)]]
    meta = process_document(scanned(rows), Context()).meta
    assert meta.signer.name == "Lê Thị Bích Thuận"
    assert meta.recipients == ["Như trên", "Trang TTĐT Sở", "Lưu: VT, CTrTT"]
