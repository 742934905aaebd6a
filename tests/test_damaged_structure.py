"""Structure through OCR damage of its scaffolding: labels and keywords misread, a numeral
lost, specks before a label, a damaged date or document type (small made-up texts)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import doc_from_text, outline_paths
from tests.test_labels import labels_of
from vanban.correct.labels import junk_opening
from vanban.labels import parse_label
from vanban.structure.dates import find_date

ROOT = Path(__file__).resolve().parent.parent
BODY = "các cơ quan, đơn vị tổ chức thực hiện nghiêm túc các nội dung của kế hoạch."
PREAMBLE = ("Thực hiện chương trình công tác năm 2023, Ban Thường vụ ban hành kế hoạch "
            "triển khai như sau:")


@pytest.mark.parametrize("text, kind, label, start", [
    ("_...1, Tổ chức các hoạt động", "number", "1", 4),  # specks, a comma for the period
    ("' a) Sở Tài chính", "letter", "a", 2),
    ("a}Tác phẩm viết;", "letter", "a", 0),  # its bracket damaged, glued to its word
    ("đ]Tác phẩm điện ảnh;", "letter", "đ", 0),
    ("!.5. Tác phong, phong cách", "decimal", "!.5", 0),  # 1 read as !
    ("I.2. Đảng kỳ, Quốc kỳ", "decimal", "I.2", 0),  # 1 read as I
    ("1:1. Trên cùng ngang phông", "decimal", "1:1", 0),
    ("[. Chỉ tiêu 1: 100% cán bộ", "roman", "[", 0),  # I read as a bracket
    ("{. Điểm chăm sóc người cao tuổi", "roman", "{", 0),  # or a brace
    ("> I. Phạm vi điều chỉnh", "roman", "I", 2),  # a speck read as an angle bracket
    ("- 2. Yêu cầu", "number", "2", 2),  # a speck read as a dash before the label
    ("Diều 5. Hiệu lực thi hành", "article", "Diều 5", 0),
    ("Điểu5. Hiệu lực thi hành", "article", "Điểu 5", 0),
    ("Ðiều 12 Trách nhiệm thi hành", "article", "Ðiều 12", 0),  # an Icelandic eth, no period
    ("—_ 16, Sắp xếp toàn bộ", "number", "16", 3),
    ("- IV, TỔ CHỨC THỰC HIỆN", "roman", "IV", 2),  # a dash before, a comma after
    ("_- JV„PHÂN CÔNG NHIỆM VỤ", "roman", "JV", 3),  # I read as J, a low quote, glued
    ("° = Điều 1. Sắp xếp các đơn vị", "article", "Điều 1", 4),  # specks a space apart
    ("° -%d) Đối với hàng dự trữ", "letter", "d", 4),  # a sign among them
    ("€} Hưởng tiền lương", "letter", "c", 0),  # c read as a sign, its bracket as a brace
    ("+4. Đẩy mạnh triển khai", "number", "4", 0),  # a plus glued before it
    ("Chương IHI2 (được bãi bỏ)", "chapter", "Chương IHI", 0),  # a footnote, a note
    ("Chương [I ì \" : .", "chapter", "Chương [I", 0),  # a letter, then marks, specks
    ("Điều 41.2.NĐ.3 Giải thích từ ngữ", "article", "Điều 41.2.NĐ.3", 0),  # period lost
    ("_ Điêu 41.3.TT.1.1 ¿Phạm vi", "article", "Điêu 41.3.TT.1.1", 2),  # a speck before it
    ("Diêu 41.3.NÐ.2", "article", "Diêu 41.3.NÐ.2", 0),  # alone, its note under it
    ("L.3. Công lao đóng góp", "decimal", "L.3", 0),
    ("I0. Cơ sở khám bệnh", "number", "I0", 0),
    ("1: Ngân sách nhà nước", "number", "1", 0),
    ("3$, Kinh phí, công tác hậu cần", "number", "3", 0),  # a sign glued before the comma
    ("ˆ_2; Cơ quan chủ quản trường cao đẳng", "number", "2", 2),  # a semicolon for the period
    ("- ø) Biện pháp khuyến khích", "letter", "g", 2),
    ("c} Cố ý bỏ qua", "letter", "c", 0),
    ("-_-đ®) Các quy định khác", "letter", "đ", 3),  # specks, a sign before the bracket
    ("=) Mức tiền thưởng cụ thể", "letter", "", 0),  # the letter lost: the list reads it
    ("¿) Thực hiện các quyền khác", "letter", "", 0),
    ("°b) Tiết lộ họ tên", "letter", "b", 1),
    ("[II. Chỉ tiêu 4: 60% thanh thiếu nhi", "roman", "[II", 0),
    ("[HI. Chí tiêu 4: 60% thanh thiếu nhi", "roman", "[HI", 0),  # III, its strokes as [ H I
    ("Điều 1) Phạm vi điều chỉnh", "article", "Điều 1", 0),
    ("1 CÔNG TÁC PHỔ BIẾN, QUÁN TRIỆT", "number", "1", 0),
    ("c, Bản đồ được đóng khung", "letter", "c", 0),
    ("IIIL TIẾN ĐỘ THỰC HIỆN", "roman", "IIIL", 0),  # a stroke too many, the period lost
    ("-_ HH, QUY ĐỊNH VỀ BÀI DỰ THI", "roman", "HH", 3),  # III as HH, a comma
    ("-H. HÌNH THỨC TỔ CHỨC", "roman", "H", 1),  # II as H after a speck
    ("- “Điều 22. Xử lý kỷ luật", "article", "Điều 22", 3),  # an amended article quoted
    ("Điều I: Đoàn viên", "article", "Điều I", 0),  # 1 read as I
    ("Điều ì. Phạm vi điêu chính __.", "article", "Điều ì", 0),  # 1 read as an i with a mark
    ("Điều. ].", "article", "Điều ]", 0),  # a speck after the keyword, 1 read as a bracket
    ("Diều †. Sắp xếp các đơn vị", "article", "Diều †", 0),  # the number a speck
    ("- CHương HỊ", "chapter", "CHương HỊ", 2),  # III as HỊ, after a speck
    ("€ hương I |", "chapter", "hương I", 0),  # the C lost, specks around
    ("€ Hương † :", "chapter", "Hương †", 0),  # the numeral a speck
    ("li. ĐƠN VỊ TỔ CHỨC", "roman", "li", 0),  # II as li
    ("5,1 Quy định sử dụng tác phẩm", "decimal", "5,1", 0),  # a comma, the period lost
    ("I.I. Cuộc đời hoạt động cách mạng", "decimal", "I.I", 0),  # both 1s read as I
    ("Điều 2 - Quyết định này có hiệu lực", "article", "Điều 2", 0),  # the period a dash
    ("_ Điều 2; : : _", "article", "Điều 2", 2),  # a semicolon, specks, the title below
    ("Điều 41.8:TT.1.1..", "article", "Điều 41.8:TT.1.1", 0),  # a colon for a dot
    ("...* Tác phẩm giới thiệu gương điển hình", "bullet", "*", 3),  # specks, a star
    (".+ Tác phẩm giới thiệu gương điển hình", "bullet", "+", 1),
    ("'v.T6 CHỨC THỰC HIỆN", "roman", "V", 1),  # V in lower case, its space lost
    ("v. TỔ CHỨC THỰC HIỆN", "roman", "V", 0),  # (a point opens no heading in capitals)
    ("_HLTỔ CHỨC THỰC HIỆN |", "roman", "HL", 0),  # III's strokes glued to the heading
    ("IIHƯỚNG DẪN THI", "roman", "II", 0),  # (the shortest numeral leaving a syllable)
    ("„1H, ĐỐI TƯỢNG, NỘI DỤNG, HÌNH, THỨC DỰ THỊ", "roman", "1H", 1),  # a low quote before
    ("Mục l", "section", "Mục l", 0),  # a section's 1 read as a letter
])
def test_damaged_labels_are_read(text, kind, label, start):
    found = parse_label(text)
    assert found is not None and found.damaged
    assert (found.kind, found.text, found.start) == (kind, label, start)


def test_a_label_after_an_opening_quote_opens_a_quotation_undamaged():
    found = parse_label("“Điều 1. Phạm vi điều chỉnh")
    assert found is not None and not found.damaged
    assert (found.kind, found.text, found.start) == ("article", "Điều 1", 1)


@pytest.mark.parametrize("text", ["Đều 2. là số", "Đầu 5 Năm", "1,5 triệu đồng", "2 Các sở",
                                  "- 2 người", ": Theo đó", "IV, cũng", "Điều 58 Luật Đất đai",
                                  "2 năm sau đó", "5 NĂM", "| BAN CHẤP HÀNH TRUNG ƯƠNG",
                                  "1 CÔNG", "Chương trình *", "Thương mại +",
                                  "+ Phần thứ hai:", "- Phần 4: Niềm tin tất thắng",
                                  "Sở CHUNG (", "Điều 2; các cơ quan", "a}tác phẩm"])
def test_words_are_not_read_as_labels(text):
    found = parse_label(text)
    assert found is None or found.kind == "bullet"


def fixes(lines: list[str]) -> list[tuple[str, str]]:
    return [(c.before, c.after) for c in labels_of(lines)]


def test_a_one_before_a_word_ocr_read_in_capitals_is_a_number():
    # "1. VỊ trí" (for "Vị trí"): a capital heading needs more than its first word
    assert parse_label("1. VỊ trí").kind == "number"
    assert parse_label("1. CÔNG TÁC CHỈ ĐẠO").kind == "roman"  # (the list decides which)


def test_roman_one_read_as_an_l_before_a_heading_in_capitals():
    assert fixes([PREAMBLE, "-L QUAN ĐIỂM XÂY DỰNG TRUNG TÂM", f"1. {BODY}", f"2. {BODY}",
                  "II. VỊ TRÍ, VAI TRÒ CỦA TRUNG TÂM", f"1. {BODY}"]) == [("-L", "I.")]
    assert parse_label("L QUAN ĐIỂM XÂY DỰNG").kind == "roman"
    assert parse_label("L Công ty") is None


def test_a_one_between_two_numbers_of_a_list_is_its_number_with_a_digit_lost():
    items = [f"{k}. Sắp xếp toàn bộ diện tích tự nhiên của phường thứ {k}." for k in range(1, 9)]
    items[5] = "1. Sắp xếp toàn bộ diện tích tự nhiên của phường thứ sáu."  # its 6 read as 1
    assert fixes([PREAMBLE, "Điều 1. Sắp xếp các phường", *items]) == [("1.", "6.")]
    # a "1." after "2." and before a "4." is a list started again ("4." a "2." misread)
    assert ("4.", "2.") in fixes([PREAMBLE, "Điều 1. Phạm vi", f"1. {BODY}", f"2. {BODY}",
                                  "Điều 2. Đối tượng", f"1. {BODY}", f"4. {BODY}"])


def test_a_lone_one_in_sentence_case_under_a_roman_heading_is_a_number():
    # the document's roman headings are capitalised: "I. Công tác …" under "IV." is "1."
    lines = [PREAMBLE, "I. CÔNG TÁC CHỈ ĐẠO", BODY, "II. KẾT QUẢ", BODY, "III. HẠN CHẾ", BODY,
             "IV. KẾT QUẢ TRIỂN KHAI CHIẾN DỊCH", "I. Công tác tuyên truyền", BODY]
    assert fixes(lines) == [("I.", "1.")]
    # an article's first clause read as a bracket, its second as "3,": "1." and then "2." or 3
    lines = [PREAMBLE, "Điều 4. Trình tự và hồ sơ", "[. Trong thời hạn 30 ngày, cơ sở lập "
             "danh sách:", f"a) {BODY}", f"b) {BODY}", "3, Hồ sơ gồm đơn đề nghị.",
             "Điều 5. Hiệu lực", BODY]
    assert ("[.", "1.") in fixes(lines)


def test_a_roman_one_read_as_a_bracket_behind_a_speck():
    lines = [PREAMBLE, "A. HƯỚNG DẪN CHỈ TIÊU", "_]. Chỉ tiêu 1: 100% cán bộ được học tập:",
             f"1. {BODY}", f"2. {BODY}", "II. Chỉ tiêu 3: 250 nghìn ý tưởng, sáng kiến:",
             f"1. {BODY}"]
    paths = set(outline_paths(doc_from_text("\n".join(lines) + "\n").body))
    assert {"I", "I/1", "I/2", "II", "II/1"} <= paths


def test_a_one_after_a_roman_one_is_a_number_whatever_roman_follows():
    # "[. Chỉ tiêu 1" is heading I: the "1." under it (its "2." lost) is no second I
    lines = [PREAMBLE, "A. HƯỚNG DẪN CHỈ TIÊU", "[. Chỉ tiêu 1: 100% cán bộ được học tập:",
             "1. Cách thức đánh giá tỷ lệ cán bộ được học tập", f"+ {BODY}", f"+ {BODY}",
             "II. Chỉ tiêu 3: 250 nghìn ý tưởng, sáng kiến:", f"1. {BODY}", f"2. {BODY}"]
    assert fixes(lines) == [("[.", "I.")]


def test_one_and_roman_one_told_apart_by_what_follows():
    # a capitalised heading whose own list starts under it is "I.", and "IH." is "II."
    assert fixes([PREAMBLE, "1. CÔNG TÁC CHỈ ĐẠO", f"1. {BODY}", f"2. {BODY}",
                  "IH. KẾT QUẢ ĐẠT ĐƯỢC", f"1. {BODY}"]) == [("1.", "I."), ("IH.", "II.")]
    # "I." with sub-items "1.2." "1.3." and a sibling "2." is the number 1
    assert fixes([PREAMBLE, "I. Nội dung tuyên truyền", f"1.2. {BODY}", f"1.3. {BODY}",
                  "2. Hình thức tuyên truyền"]) == [("I.", "1.")]
    # a real "I." with its own list, then "II.": left alone
    assert fixes([PREAMBLE, "I. MỤC ĐÍCH", f"1. {BODY}", f"2. {BODY}", "II. NỘI DUNG",
                  f"1. {BODY}"]) == []


def test_damaged_sub_items_repaired_from_their_siblings():
    titles = ["Trang trí khánh tiết", "Đảng kỳ, Quốc kỳ", "Khẩu hiệu", "Hoa tươi"]
    assert fixes(["1. Nội dung tuyên truyền"] + [
        f"{label} {title}" for label, title in zip(["1.1.", "!.2.", "1:3.", "1.4."], titles,
                                                   strict=True)]) == [
        ("!.2.", "1.2."), ("1:3.", "1.3.")]
    # a sub-item lost: its siblings keep their numbers
    assert fixes(["1. Nội dung tuyên truyền", "1.1. Trang trí", "1.3. Khẩu hiệu"]) == []


def test_a_numeral_lost_between_two_headings_is_inferred():
    out = labels_of([PREAMBLE, "I. MỤC ĐÍCH, YÊU CẦU", f"1. {BODY}", "- NỘI DUNG", f"1. {BODY}",
                     "III. TỔ CHỨC THỰC HIỆN", f"1. {BODY}"])
    (c,) = [c for c in out if c.after == "II. "]
    assert (c.before == "- " and c.status == "proposed") or c.confidence >= 0.7
    doc = doc_from_text("\n".join([PREAMBLE, "I. MỤC ĐÍCH, YÊU CẦU", f"1. {BODY}",
                                   "- NỘI DUNG", f"1. {BODY}", "III. TỔ CHỨC THỰC HIỆN",
                                   f"1. {BODY}"]) + "\n")
    assert {"I", "I/1", "II", "II/1", "III", "III/1"} <= set(outline_paths(doc.body))


def test_a_list_starting_again_is_not_renumbered():
    """Two lists whose parent heading OCR lost: "1. 2." then "1. 2. 3." stay as printed."""
    assert fixes([f"1. {BODY}", f"2. {BODY}", "NỘI DUNG", f"1. {BODY}", f"2. {BODY}",
                  f"3. {BODY}"]) == []


def test_damaged_article_keyword_still_opens_an_article():
    doc = doc_from_text("QUYẾT ĐỊNH:\nDiều 1. Phạm vi điều chỉnh\nQuyết định này quy định "
                        "về công tác văn thư.\nĐiều 2. Đối tượng áp dụng\n1. Cơ quan nhà "
                        "nước.\n2. Tổ chức chính trị.\nĐiểu3. Hiệu lực thi hành\nQuyết định "
                        "này có hiệu lực kể từ ngày ký.\n")
    paths = outline_paths(doc.body)
    assert {"Điều 1", "Điều 2", "Điều 2/1", "Điều 2/2", "Điều 3"} <= set(paths)
    fixed = {(c.before, c.after) for c in doc.corrections if c.kind == "label"}
    assert {("Diều", "Điều"), ("Điểu", "Điều ")} <= fixed


@pytest.mark.parametrize("text, iso", [
    ("Hà Nội, ngày 12 tháng*4 năm 2023", "2023-04-12"),
    ("ngày 03 thánð 6 năm 2022", "2022-06-03"),
    ("Đà Nẵng, ngày 26tháng 7 năm 2020", "2020-07-26"),  # no space in the print
    ("ngày 31 tháng 13 năm 2020", None),  # no such date: never a wrong one
])
def test_damaged_dates(text, iso):
    assert find_date(text)[0] == iso


def test_header_through_specks_and_a_dashed_type():
    doc = doc_from_text("[T]\nNhi\nBỘ TÀI CHÍNH\nSố: 12/HD-BTC\nHà Nội, ngày 05 tháng 5 năm "
                        "2024\n- HƯỚNG DẪN .\nVề công tác văn thư năm 2024\n"
                        f"{PREAMBLE}\nI. MỤC ĐÍCH\n1. {BODY}\n")
    assert header_fields(doc) == ("BỘ TÀI CHÍNH", "12/HD-BTC", "2024-05-05", "HƯỚNG DẪN",
                                  "Về công tác văn thư năm 2024")


def header_fields(doc) -> tuple:
    meta = doc.meta
    return meta.issuer, meta.number, meta.date, meta.doc_type, meta.title


def test_a_speck_read_as_a_dash_before_the_issuers_second_line():
    doc = doc_from_text("UBND THÀNH PHỐ ĐÀ NẴNG\n- SỞ GIÁO DỤC VÀ ĐÀO TẠO\n"
                        "Số: 635/SGDĐT-CTrTT\nĐà Nẵng, ngày 84 tháng 5 năm 2019\n"
                        f"KẾ HOẠCH\nVề công tác năm 2019\n{PREAMBLE}\nI. MỤC ĐÍCH\n1. {BODY}\n")
    meta = doc.meta
    assert meta.issuer == "UBND THÀNH PHỐ ĐÀ NẴNG SỞ GIÁO DỤC VÀ ĐÀO TẠO"
    assert meta.number == "635/SGDĐT-CTrTT"
    assert meta.date is None  # a day 84 is unreadable, not a date to guess


def test_damaged_chapter_headings_read_from_the_chapters_sequence():
    text = "\n".join([
        "L2 hương |", "NHỮNG QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh",
        "Nghị định này quy định chi tiết về quỹ.", "Chương H", "QUY ĐỊNH CỤ THỂ",
        "Điều 2. Điều kiện sử dụng", "Kinh phí được sử dụng đúng mục đích.", "Chương III",
        "ĐIỀU KHOẢN THI HÀNH", "Điều 3. Hiệu lực thi hành", "Nghị định này có hiệu lực."])
    fixed = {(c.before, c.after) for c in labels_of(text.split("\n"))}
    assert {("L2 hương |", "Chương I"), ("Chương H", "Chương II")} <= fixed
    paths = outline_paths(doc_from_text(text + "\n").body)
    assert {"Chương I/Điều 1", "Chương II/Điều 2", "Chương III/Điều 3"} <= set(paths)
    assert paths["Chương II"].title == "QUY ĐỊNH CỤ THỂ"


def test_a_word_like_the_chapter_keyword_is_no_chapter():
    for text in ("Chương trình hành động", "Trường 2", "Phương án 2 được chọn", "Chương.",
                 "Ch ung ta", "Các lươ ng"):
        assert parse_label(text) is None


def test_a_point_letter_read_as_a_digit_and_a_glued_speck():
    assert fixes(["1. Hàng hóa bao gồm:", "4) Thuốc lá;", "b) Rượu;", "c) Xe ô tô;",
                  "-d) Tàu bay;", "đ) Xăng;"]) == [("4)", "a)"), ("-d)", "d)")]
    # numbered with ")" and no letters around: numbers, left alone
    assert fixes(["1) Hàng hóa bao gồm:", "2) Thuốc lá;", "3) Rượu;"]) == []
    # an a read as a 3
    assert ("3)", "a)") in fixes(["1. Điều kiện hưởng chế độ:", "3) Lao động nữ khi sinh con;",
                                  "b) Lao động nam khi vợ sinh con."])


def test_a_point_in_capitals_among_small_letters():
    assert fixes(["1. Hàng hóa:", "a) Rượu;", "b) Bia;", "C) Thuốc lá;", "d) Xăng."]) == [
        ("C)", "c)")]
    assert fixes(["1. Hàng hóa:", "A) Rượu;", "B) Bia;", "C) Thuốc lá;"]) == []


def test_recipients_beside_a_damaged_signature_block():
    """"Nơi nhận" misread, the signer's title and the stamp's specks on the recipients'
    lines, and the list closed by "Lưu"."""
    doc = doc_from_text("\n".join([
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 1906/SGDĐT-CTrTT", "V/v phòng, chống dịch",
        "Đà Nẵng, ngày 26tháng 7 năm 2020", "Kính gửi: Các đơn vị, trường học",
        "Sở yêu cầu các đơn vị khẩn trương triển khai thực hiện./.",
        "@ớơi nhận: GIÁM ĐÓC", "~- Như trên; V< TH", "~ Bộ Giáo dục và Đào tạo; 2Á) Sỹ",
        "- Thành ủy, HĐND, UBND thành phố;", "- VP Tỉnh ủy, VP Đoàn ĐBQH; VP HĐND tỉnh;",
        "~ Trang TTĐT Sở; TẾ Thị Bích Thuận", "- Lưu: VT, CTrTT.", "*\\VA DA \\0T/0'%"]) + "\n")
    meta = doc.meta
    assert meta.date == "2020-07-26"
    assert meta.signer.position == "GIÁM ĐỐC"
    assert meta.signer.name is None  # unreadable: none rather than a wrong one
    assert meta.recipients == ["Như trên", "Bộ Giáo dục và Đào tạo",
                               "Thành ủy, HĐND, UBND thành phố",
                               "VP Tỉnh ủy, VP Đoàn ĐBQH; VP HĐND tỉnh", "Trang TTĐT Sở",
                               "Lưu: VT, CTrTT"]


def test_a_roman_sequence_read_through_its_damage():
    lines = ["Ï. MỤC ĐÍCH, YÊU CẦU", f"1. Mục đích: {BODY}", "1L. NỘI DUNG", f"1. {BODY}",
             "IIIL TIẾN ĐỘ THỰC HIỆN", f"1. {BODY}", "IV. TỔ CHỨC THỰC HIỆN", f"1. {BODY}"]
    doc = doc_from_text("KẾ HOẠCH\n" + PREAMBLE + "\n" + "\n".join(lines) + "\n")
    assert [n.label for n in doc.body if n.label] == ["I", "II", "III", "IV"]
    doc = doc_from_text("KẾ HOẠCH\n" + PREAMBLE + "\n" + "\n".join(
        [*lines, "'v.T6 CHỨC THỰC HIỆN", f"1. {BODY}"]) + "\n")
    assert [n.label for n in doc.body if n.label] == ["I", "II", "III", "IV", "V"]
    # a heading in capitals opening with letters a numeral has is no numeral
    for heading in ("HỘI NGHỊ TỔNG KẾT", "LIÊN HIỆP HỘI THANH NIÊN", "LỜI NÓI ĐẦU"):
        assert parse_label(heading) is None, heading
    # a point of a list read in sentence case stays a point
    assert parse_label("v. Tổ chức thực hiện các nội dung").kind == "letter"


def test_article_numbers_read_as_letters_are_digits_again():
    doc = doc_from_text("Chương I\nĐOÀN VIÊN\nĐiều I:\n1. Đoàn viên là thanh niên Việt Nam.\n"
                        "Điều 2:\n1. Đoàn viên có nhiệm vụ học tập.\nĐiều l3. Quyền\n"
                        "Đoàn viên có quyền được thông tin.\n")
    fixes_made = {(c.before, c.after, c.status) for c in doc.corrections if c.kind == "label"}
    assert ("I", "1", "applied") in fixes_made
    assert ("l3", "13", "proposed") in fixes_made  # 3 would follow 2: only proposed
    assert "Chương I/Điều 1/1" in outline_paths(doc.body)
    doc = doc_from_text("Điều ì. Phạm vi điều chỉnh\nNghị định này quy định mức lương.\n"
                        "Điều 2. Đối tượng áp dụng\n1. Người lao động.\n")
    assert {"Điều 1", "Điều 2/1"} <= set(outline_paths(doc.body))


def test_an_article_number_lost_to_a_speck_is_read_from_the_sequence():
    doc = doc_from_text("QUYẾT NGHỊ:\nDiều †. Sắp xếp các đơn vị hành chính cấp xã\n"
                        "1. Sắp xếp xã An Bình.\n2. Sắp xếp xã Yên Sơn.\n"
                        "Điều 2. Hiệu lực thi hành\nNghị quyết có hiệu lực từ ngày ký.\n")
    assert list(outline_paths(doc.body)) == ["Điều 1", "Điều 1/1", "Điều 1/2", "Điều 2"]
    (fix,) = [c for c in doc.corrections if c.kind == "label" and c.before == "†"]
    assert fix.after == "1" and fix.status == "applied"


def test_items_whose_numbers_were_lost_are_placed_by_their_siblings_openings():
    items = [f"{k}. Sắp xếp toàn bộ diện tích tự nhiên của xã An {k} thành xã mới."
             for k in range(1, 9)]
    items[2] = "ng Sắp xếp toàn bộ diện tích tự nhiên của xã An 3 thành xã mới."
    items[4] = "nã Sắp xếp toàn bộ diện tích tự nhiên của xã An 5 thành xã mới."
    items[5] = "Sắp xếp toàn bộ diện tích tự nhiên của xã An 6 thành xã mới."
    doc = doc_from_text("QUYẾT NGHỊ:\nĐiều 1. Sắp xếp các đơn vị hành chính\n"
                        + "\n\n".join(items) + "\nĐiều 2. Hiệu lực thi hành\n")
    assert [n.label for n in doc.body[-2].children] == [str(k) for k in range(1, 9)]
    assert {(c.before, c.after) for c in doc.corrections if c.kind == "label"} == {
        ("ng ", "3. "), ("nã ", "5. "), ("", "6. ")}
    # a paragraph that opens otherwise is no lost item
    items[2] = "Các xã còn lại giữ nguyên như hiện trạng."
    doc = doc_from_text("QUYẾT NGHỊ:\nĐiều 1. Sắp xếp các đơn vị hành chính\n"
                        + "\n\n".join(items) + "\n")
    assert "3" not in [n.label for n in doc.body[-1].children]


def test_a_gap_in_a_lists_own_numbering_is_not_filled_inside_a_sentence():
    # a scan read with an empty line after every line; the plan skips its item 4
    lines = ["II. NỘI DUNG", "3. Yêu cầu với các loại hình tham dự",
             "Các tác phẩm dự thi sẽ được chọn, biên tập, đăng tải trên SGGP Nhật báo,",
             "SGGP Online và các nền tảng xã hội của Báo SGGP theo quy định.",
             "5. Hình thức gửi bài dự thi: các tác phẩm gửi qua website.",
             "6. Tiến độ tổ chức Cuộc thi: từ tháng 6 năm 2023."]
    doc = doc_from_text("\n\n".join(lines) + "\n")
    assert [n.label for n in doc.body[-1].children] == ["3", "5", "6"]
    assert not [c for c in doc.corrections if c.kind == "label"]


def test_item_one_read_as_a_dash_before_item_two_is_placed_by_its_first_word():
    lines = ["QUYẾT ĐỊNH:", "Điều 1. Đính chính một số lỗi kỹ thuật tại Thông tư như sau:",
             "- Tại điểm đ khoản 3 Điều 16: cụm từ “điểm a” sửa thành “điểm c”.",
             "2. Tại đoạn đầu Điều 21: cụm từ “Bộ” sửa thành “Sở”.",
             "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert [n.label for n in doc.body[0].children] == ["1", "2"]
    assert [(c.before, c.after) for c in doc.corrections if c.kind == "label"] == [("- ", "1. ")]
    # a dash item opening otherwise is a bullet of its own
    lines[2] = "- Các lỗi khác giữ nguyên như đã ban hành."
    doc = doc_from_text("\n".join(lines) + "\n")
    assert not [c for c in doc.corrections if c.kind == "label"]


def test_a_lost_number_beside_a_misread_one_is_placed_by_both_neighbours():
    items = [f"{k}. Sắp xếp toàn bộ diện tích tự nhiên của xã An {k} thành xã mới."
             for k in range(18, 26)]
    items[3] = "s}: Sắp xếp toàn bộ diện tích tự nhiên của xã An 21 thành xã mới."
    items[4] = "39. Sắp xếp toàn bộ diện tích tự nhiên của xã An 22 thành xã mới."
    doc = doc_from_text("QUYẾT NGHỊ:\nĐiều 1. Sắp xếp các đơn vị hành chính\n"
                        + "\n\n".join(items) + "\nĐiều 2. Hiệu lực thi hành\n")
    assert [n.label for n in doc.body[-2].children] == [str(k) for k in range(18, 26)]


def test_an_items_lost_number_after_a_table_of_figures_is_placed():
    lines = ["QUYẾT NGHỊ:", "Điều 1. Mức lương tối thiểu",
             "1. Quy định mức lương tối thiểu tháng như sau:", "Vùng I", "4.680.000",
             "Vùng II", "4.160.000", "15.600",
             "n Danh mục địa bàn vùng I, vùng II được quy định tại Phụ lục.",
             "3. Việc áp dụng địa bàn vùng được xác định theo nơi hoạt động.",
             "Điều 2. Hiệu lực thi hành"]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert [n.label for n in doc.body[-2].children] == ["1", "2", "3"]
    # after a line of words that runs on, no paragraph opens there
    lines[7] = "mức lương của vùng"
    doc = doc_from_text("\n".join(lines) + "\n")
    assert [n.label for n in doc.body[-2].children] == ["1", "3"]


def test_one_item_whose_number_became_no_word_is_placed_between_its_siblings():
    items = ["1. Nhuận bút là khoản tiền trả cho tác giả.",
             "2. Mức nhuận bút được xác định theo loại hình tác phẩm.",
             "3. Việc phân chia nhuận bút do các đồng tác giả thỏa thuận.",
             "4. Nhuận bút khuyến khích được trả thêm cho tác giả.",
             "ST Trường hợp tác phẩm gốc được sử dụng làm tác phẩm phái sinh thì tác giả được "
             "hưởng một phần nhuận bút.",
             "6. Tổ chức, cá nhân sử dụng ngân sách nhà nước lập dự toán."]
    doc = doc_from_text("QUYẾT NGHỊ:\nĐiều 1. Nhuận bút\n" + "\n\n".join(items)
                        + "\nĐiều 2. Hiệu lực thi hành\n")
    assert [n.label for n in doc.body[-2].children] == ["1", "2", "3", "4", "5", "6"]
    assert {(c.before, c.after) for c in doc.corrections if c.kind == "label"} == {
        ("ST ", "5. ")}
    # a word of two capitals with a tone mark is OCR's reading of the number too
    items[4] = ("MÀ Trường hợp tác phẩm gốc được sử dụng làm tác phẩm phái sinh thì tác giả "
                "được hưởng một phần nhuận bút.")
    doc = doc_from_text("QUYẾT NGHỊ:\nĐiều 1. Nhuận bút\n" + "\n\n".join(items)
                        + "\nĐiều 2. Hiệu lực thi hành\n")
    assert [n.label for n in doc.body[-2].children] == ["1", "2", "3", "4", "5", "6"]
    # opening with a word, the paragraph is item 4's own: "6." is then item 5 misprinted
    items[4] = "Trường hợp tác phẩm gốc được sử dụng làm tác phẩm phái sinh thì tác giả được " \
               "hưởng một phần nhuận bút."
    doc = doc_from_text("QUYẾT NGHỊ:\nĐiều 1. Nhuận bút\n" + "\n\n".join(items)
                        + "\nĐiều 2. Hiệu lực thi hành\n")
    assert ("ST ", "5. ") not in {(c.before, c.after) for c in doc.corrections}
    assert [n.label for n in doc.body[-2].children] == ["1", "2", "3", "4", "5"]


@pytest.mark.parametrize("opening", ["T ", "xã, ", "Pu, "])
def test_a_number_read_as_one_letter_or_a_short_word_with_a_mark(opening):
    # no sentence opens with one letter, or a short word in lower case and a mark, before a
    # capitalised one
    items = ["1. Nhuận bút là khoản tiền trả cho tác giả.",
             f"{opening}Mức nhuận bút được xác định theo loại hình tác phẩm.",
             "3. Việc phân chia nhuận bút do các đồng tác giả thỏa thuận."]
    doc = doc_from_text("QUYẾT NGHỊ:\nĐiều 1. Nhuận bút\n" + "\n\n".join(items)
                        + "\nĐiều 2. Hiệu lực thi hành\n")
    assert [n.label for n in doc.body[-2].children] == ["1", "2", "3"]
    assert (opening, "2. ") in {(c.before, c.after) for c in doc.corrections}


def test_a_line_wrapped_after_a_short_one_in_lower_case_is_no_lost_item():
    # "Bộ Lao động - Thương binh" / "và Xã hội ban hành": a name wrapped, not item 1
    doc = doc_from_text("QUYẾT NGHỊ:\nĐiều 1. Bãi bỏ\nBãi bỏ một số điều của các Thông tư "
                        "do Bộ trưởng Bộ Lao động -\nThương binh\n"
                        "và Xã hội ban hành, liên tịch ban hành.\n"
                        "{. Tên bằng tiếng Việt của trường gồm các thành tố sau đây.\n"
                        "2. Tên giao dịch quốc tế của trường được dịch từ tiếng Việt.\n"
                        "Điều 2. Hiệu lực thi hành\n")
    assert [n.label for n in doc.body[-2].children] == ["1", "2"]
    assert ("{.", "1.") in {(c.before, c.after) for c in doc.corrections}


def test_one_sub_item_whose_number_became_no_word_is_placed_between_its_siblings():
    lines = ["3. Cuộc thi ảnh “Triệu cây xanh”", f"3.1. Thời gian triển khai: {BODY}",
             f"3.2. Đối tượng tham gia: {BODY}", "", "j.ð. THỂ lệ", "",
             f"Hình thức dự thi: {BODY}", "3.4. Giải thưởng", f"Ban Tổ chức trao {BODY}"]
    doc = doc_from_text("KẾ HOẠCH\n" + PREAMBLE + "\n" + "\n".join(lines) + "\n")
    assert {"3/3.3", "3/3.4"} <= set(outline_paths(doc.body))
    assert ("j.ð. ", "3.3. ") in {(c.before, c.after) for c in doc.corrections}
    # opening with a word, the paragraph is 3.2's own
    lines[4] = "Thể lệ cuộc thi được đăng tải trên trang của Ban Tổ chức."
    doc = doc_from_text("KẾ HOẠCH\n" + PREAMBLE + "\n" + "\n".join(lines) + "\n")
    assert not [c for c in doc.corrections if c.after == "3.3. "]


def test_a_first_heading_lost_before_a_damaged_numeral_is_inferred():
    # "I." read as specks, "II." as "H.", "III." as "II:" (a heading running on into a
    # sentence), "IV." as "_1V.": the first heading is placed by the numeral after it
    lines = [PREAMBLE, "", "v1, MỤC ĐÍCH, Ý NGHĨA", f"1. {BODY}", "H. NỘI DUNG", f"1. {BODY}",
             "II: HOẠT ĐỘNG VÀ TIẾN ĐỘ: như phụ lục đính kèm.", "_1V.PHÂN CÔNG NHIỆM VỤ",
             f"1. {BODY}"]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert [n.label for n in doc.body if n.label] == ["I", "II", "III", "IV"]
    assert doc.body[0].title.startswith("MỤC ĐÍCH")


def test_a_heading_lost_before_a_numeral_that_lost_a_stroke_is_inferred():
    # "II." read as a quote, "III." as "II." (a stroke lost), "IV." as "1V."
    lines = [PREAMBLE, "I., ĐỐI TƯỢNG THAM GIA", f"- {BODY}", "",
             "\" THỦ TỤC ĐĂNG KÝ VÀ HỒ SƠ DỰ THI:", f"1, {BODY}", f"2. {BODY}",
             "II. QUY ĐỊNH VỀ BÀI DỰ THI", f"1. {BODY}", "1V. HÌNH THỨC TỔ CHỨC CUỘC THI",
             f"1. {BODY}"]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert [n.label for n in doc.body if n.label] == ["I", "II", "III", "IV"]


def test_a_first_heading_with_its_numeral_glued_and_a_word_in_small_letters():
    # "I." read as "_L" glued to the heading, whose "YÊU" OCR read as "vai"; "II." lost its
    # dot and "III." a stroke
    lines = [PREAMBLE, "", "_LMỤC ĐÍCH, vai CẦU", f"1. {BODY}", f"2. {BODY}",
             "II THỜI GIAN, ĐỊA ĐIỂM", f"1. {BODY}", "", "II. CHỦ ĐỀ, NỘI DUNG", f"1. {BODY}",
             "", "IV. THÀNH PHẦN THAM DỰ", f"1. {BODY}"]
    doc = doc_from_text("\n".join(lines) + "\n")
    headings = [n for n in doc.body if n.label]
    assert [n.label for n in headings] == ["I", "II", "III", "IV"]
    assert headings[0].title.startswith("MỤC ĐÍCH")
    # a line of small letters with a few capitals in it is no heading
    lines[2] = "_Lmục đích, YÊU CẦU của các hoạt động"
    doc = doc_from_text("\n".join(lines) + "\n")
    assert not any((n.title or "").lower().startswith(("_lmục", "lmục", "mục")) for n in doc.body
                   if n.label)


def test_two_headings_lost_as_dashes_are_placed_by_the_whole_sequence():
    # "I." and "II." read as dashes, "III." as "II:" (on the line before "IV."): one lost
    # numeral between them would have to leave no trace, so the "II:" is a III misread and
    # the two headings in capitals before it are I and II
    lines = [PREAMBLE, "", "- MỤC ĐÍCH, Ý NGHĨA -", f"1. {BODY}", f"2. {BODY}", "",
             "- TNỘI DUNG", f"1. {BODY}", f"2. {BODY}",
             "II: HOẠT ĐỘNG VÀ TIẾN ĐỘ: như phụ lục đính kèm.", "_IV.PHÂN CÔNG NHIỆM VỤ",
             f"1. {BODY}"]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert [n.label for n in doc.body if n.label] == ["I", "II", "III", "IV"]
    assert doc.body[1].title.endswith("NỘI DUNG")


def test_two_ones_in_a_row_are_a_heading_and_its_first_item():
    # "I. Chỉ tiêu 1" / "I. Cách thức …" (its "1." misread) / … "2." / "II."
    lines = [PREAMBLE, "I. Chỉ tiêu 1: 100% cán bộ đoàn, đoàn viên được học tập.",
             "I. Cách thức đánh giá tỷ lệ cán bộ được học tập.", f"- {BODY}",
             "2. Tỷ lệ thanh niên được tuyên truyền", f"- {BODY}",
             "II. Chỉ tiêu 3: 250 nghìn ý tưởng, sáng kiến.", f"1. {BODY}"]
    paths = outline_paths(doc_from_text("\n".join(lines) + "\n").body)
    assert {"I", "I/1", "I/2", "II", "II/1"} <= set(paths)


def test_an_article_keyword_read_as_another_word_is_placed_by_its_number():
    lines = ["Chương I", "QUY ĐỊNH CHUNG", "Điều 4. Mức hưởng chính sách", f"1. {BODY}",
             "Tiện 5. Phê duyệt học sinh hưởng chính sách", f"1. {BODY}",
             "Điều 6. Quy trình cấp phát", f"1. {BODY}"]
    assert ("Tiện 5. ", "Điều 5. ") in fixes(lines)
    paths = outline_paths(doc_from_text("\n".join(lines) + "\n").body)
    assert {"Chương I/Điều 5", "Chương I/Điều 5/1"} <= set(paths)
    # a sentence numbered so between two articles, in running text, is no article
    lines[4] = "trong năm 5. Phê duyệt học sinh"
    assert not [f for f in fixes(lines) if f[1] == "Điều 5. "]
    # its period read as a comma: a short heading, not a sentence naming a clause
    lines[4] = "nu 5, Phê duyệt học sinh hưởng chính sách"
    assert ("nu 5, ", "Điều 5. ") in fixes(lines)
    lines[4] = "Khoản 5, Điều 12 của Nghị định này được áp dụng cho các học sinh hưởng chính sách"
    assert not [f for f in fixes(lines) if f[1] == "Điều 5. "]
    # after an empty line, though the line before ends with a comma (its period misread)
    lines[3:5] = ["1. Các cơ quan liên quan đến việc thực hiện Nghị định này,", "",
                  "Lô 5. Phê duyệt học sinh hưởng chính sách"]
    assert ("Lô 5. ", "Điều 5. ") in fixes(lines)


def test_an_article_whose_keyword_ocr_lost_is_placed_by_its_number():
    lines = ["QUYẾT NGHỊ:", f"Điều 1. {BODY}", "", "\" 2, Hiệu lực thi hành | „",
             f"1. {BODY}", f"2. {BODY}", "", "Điều 3. Các Bộ trưởng chịu trách nhiệm thi hành."]
    assert ("\" 2, ", "Điều 2. ") in fixes(lines)
    paths = outline_paths(doc_from_text("\n".join(lines) + "\n").body)
    assert {"Điều 2", "Điều 2/1", "Điều 2/2", "Điều 3"} <= set(paths)
    # clause 2 of article 1 is no article: a "1." came before it
    lines[1:2] = [f"Điều 1. {BODY}", f"1. {BODY}"]
    assert not [f for f in fixes(lines) if f[1] == "Điều 2. "]
    # nor is a sentence of the article that happens to open with the number
    lines[1:3] = [f"Điều 1. {BODY}", "", "2. Trong thời hạn mười ngày làm việc kể từ ngày "
                  "nhận đủ hồ sơ hợp lệ, cơ quan có thẩm quyền phải trả lời bằng văn bản."]
    assert not [f for f in fixes(lines) if f[1] == "Điều 2. "]


@pytest.mark.parametrize("headings", [
    ("Chương I", "ChươngH ˆ", "Chương HT"),  # a numeral glued to its keyword, or read as letters
    ("\"Chương +", "Chương ÏI :", "Chương III"),  # a straight quote is a speck; "Ï" for "I"
    ("Chương I", "- Chương H l", "Chương III"),  # a dash before it, a stroke after it
    ("Chương I", "Chương", "Chương III"),  # its numeral lost
    ("Ch ương Í", "{hương TÌ", "Chương III"),  # a space inside the keyword, a C as a bracket
    ("Chương. :", "Chương II", "Chương III"),  # its numeral lost to a period and a colon
    ("Chương...", "Chương]!", "Chương III"),  # lost to an ellipsis; read as brackets, glued
    ("Chương I", "Chương | là na", "ChươngH _ .~ | 3 -"),  # specks read as short words
    ("Chươn gl ¬", "Chươn g II", "Chương III"),  # the space moved into the keyword
    ("Chương [.\".", "C hương l_ .", "Chương III"),  # quotes, a period after specks
])
def test_chapter_headings_read_through_their_damage(headings):
    first, second, third = headings
    lines = [first, "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi", BODY, second, "TỔ CHỨC THỰC HIỆN",
             "Điều 2. Hiệu lực", BODY, third, "ĐIỀU KHOẢN CUỐI", "Điều 3. Trách nhiệm", BODY]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert [n.label for n in doc.body if n.kind == "chapter"] == [
        "Chương I", "Chương II", "Chương III"]


def test_a_lone_chapter_whose_numeral_was_lost_is_chapter_one_before_article_one():
    lines = ["Chương", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi", BODY, "Điều 2. Hiệu lực", BODY]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert [n.label for n in doc.body if n.kind == "chapter"] == ["Chương I"]
    # after other articles, or with article 5 under it, it is not said which
    doc = doc_from_text("\n".join(["Chương", "ĐIỀU KHOẢN THI HÀNH", "Điều 5. Hiệu lực", BODY])
                        + "\n")
    assert [c.status for c in doc.corrections if c.after == "Chương I"] in ([], ["proposed"])
    # a line of one word like the keyword is no chapter
    assert parse_label("Chung") is None and parse_label("Cương") is None


@pytest.mark.parametrize("first", ["Điều 1. Phạm vi", "Điều 26.4.LQ..1. Phạm vi",
                                   "Điều 37.3.PL..!. Phạm vi"])
def test_a_lone_chapter_whose_numeral_is_none_is_chapter_one_before_article_one(first):
    # "Chương ÏI": what OCR reads for a bold "Chương I"; no numeral, and the document's first
    # article (a codified text's article 1 of its source) under it
    lines = ["Chương ÏI :", "QUY ĐỊNH CHUNG", first, BODY, "Điều 2. Hiệu lực", BODY]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert [n.label for n in doc.body if n.kind == "chapter"] == ["Chương I"]
    # with article 5 under it, it is not said which
    doc = doc_from_text("\n".join(["Chương ÏI", "ĐIỀU KHOẢN THI HÀNH", "Điều 5. Hiệu lực",
                                   BODY]) + "\n")
    assert [c.status for c in doc.corrections if c.after == "Chương I"] in ([], ["proposed"])


def test_chapters_over_article_one_count_from_one_whatever_their_numerals_read():
    # "Chương L." and "Chương I1" (I with a footnote's 1, or II): a first chapter's numeral
    # no sequence reaches, over the document's first article, whose number OCR lost
    lines = ["Chương L.", "NHỮNG QUY ĐỊNH CHUNG", "Điêu 39.2.PL.. Phạm vi điều chỉnh", BODY,
             "Điều 39.2.PL.2. Đối tượng áp dụng", BODY, "Chương I1", "NHIỆM VỤ, QUYỀN HẠN",
             "Điều 39.2.PL.3. Nhiệm vụ", BODY]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert [n.label for n in doc.body if n.kind == "chapter"] == ["Chương I", "Chương II"]
    # a later chapter read cleanly stays where one between went unread ("Chương II" lost)
    lines2 = ["Chương ÏI", "PHẠM VI VÀ ĐỐI TƯỢNG", "Điều 1. Phạm vi áp dụng", BODY,
              "Điều 2. Đối tượng áp dụng", BODY, "- ng Ð I2 (được bãi bỏ)", "Chương III.",
              "CẤP GIẤY PHÉP", "Điều 11. Hồ sơ", BODY]
    doc = doc_from_text("\n".join(lines2) + "\n")
    assert [n.label for n in doc.body if n.kind == "chapter"] == ["Chương I", "Chương III"]
    # an extract, its first article not the first: its chapters stay as printed
    lines[2], lines[4] = "Điều 7. Phạm vi điều chỉnh", "Điều 8. Đối tượng áp dụng"
    lines[0] = "Chương V"
    doc = doc_from_text("\n".join(lines) + "\n")
    assert next(n.label for n in doc.body if n.kind == "chapter") == "Chương V"


def test_headings_run_into_the_sentence_before_them_open_their_own_units():
    # (as the portals' codified texts print them, and OCR reads them)
    lines = ["Chương I", "NHỮNG QUY ĐỊNH CHUNG", "Điều 44.7.PL.1. Phạm vi điều chỉnh",
             "Pháp lệnh này quy định về pháp điển hệ thống quy phạm pháp luật.Điều 44.7.PL.2. "
             "Nguyên tắc thực hiện pháp", "điển",
             "(Điều 2 Pháp lệnh số 03/2012/UBTVQH13, có hiệu lực thi hành kể từ ngày 01/07/2013)",
             "1. Không làm thay đổi nội dung của quy phạm pháp luật.",
             "2. Theo thứ bậc hiệu lực pháp lý của văn bản.", "",
             "(Điều này có nội dung liên quan đến Điều 44.7.PL.5. Sử dụng Bộ pháp điển; Điều "
             "44.7.PL.6. Trách nhiệm)", "",
             "Bộ pháp điển được đăng tải trên Cổng thông tin điện tử pháp điển.Chương H",
             "BỘ PHÁP ĐIỂN VÀ TRÌNH TỰ, THỦ TỤC PHÁP ĐIỂN",
             "Điều 44.7.PL.3. Bộ pháp điển", BODY]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert list(outline_paths(doc.body)) == [
        "Chương I", "Chương I/Điều 44.7.PL.1", "Chương I/Điều 44.7.PL.2",
        "Chương I/Điều 44.7.PL.2/1", "Chương I/Điều 44.7.PL.2/2", "Chương II",
        "Chương II/Điều 44.7.PL.3"]
    article = next(n for n in doc.body[0].children if n.label == "Điều 44.7.PL.2")
    assert article.title == "Nguyên tắc thực hiện pháp điển"  # its title's wrapped word
    # the run-in number damaged, a dot read as a colon and doubled: "Điều 44:7.PL..2."
    lines[3] = lines[3].replace("Điều 44.7.PL.2.", "Điều 44:7.PL..2.")
    doc = doc_from_text("\n".join(lines) + "\n")
    assert "Chương I/Điều 44.7.PL.2/2" in outline_paths(doc.body)
    # a speck after the sentence's period: "luật.,Điều 44.7.PL.2."
    lines[3] = lines[3].replace("luật.Điều 44:7.PL..2.", "luật.,Điều 44.7.PL.2.")
    doc = doc_from_text("\n".join(lines) + "\n")
    assert "Chương I/Điều 44.7.PL.2/2" in outline_paths(doc.body)
    # the wrapped word is no article whose keyword OCR damaged ("điển" / a note under it)
    assert not [c for c in doc.corrections if c.before == "điển"]


def test_a_codified_articles_topic_misread_and_a_notes_plain_articles():
    # "93.10" a digit from the "23.10" the others print; the note's "Điều 53." at a line's
    # start is an article it lists, not the text's own (those are codified)
    lines = ["Chương I", "QUY ĐỊNH CHUNG", "Điều 23.10.QĐ.1. Phạm vi điều chỉnh", BODY,
             "(Điêu này có nội dung liên quan đến Điều 1. Phạm vi điều chỉnh và đối tượng:",
             "Điều 53. Đón, tiếp khách nước ngoài vào tham dự hội nghị tại Việt Nam",
             "của Nghị định 145/2013/NĐ-CP ban hành ngày 29/10/2013)", "",
             "Điều 93.10.QĐ.2. Giải thích từ ngữ", f"1. {BODY}", f"2. {BODY}",
             "Điều 23.10.QĐ.3. Thẩm quyền cho phép", BODY, "Điều 23.10.QĐ.4. Quy trình", BODY]
    paths = list(outline_paths(doc_from_text("\n".join(lines) + "\n").body))
    assert paths == ["Chương I", "Chương I/Điều 23.10.QĐ.1", "Chương I/Điều 23.10.QĐ.2",
                     "Chương I/Điều 23.10.QĐ.2/1", "Chương I/Điều 23.10.QĐ.2/2",
                     "Chương I/Điều 23.10.QĐ.3", "Chương I/Điều 23.10.QĐ.4"]


def test_a_codified_articles_first_clause_lost_under_its_source_note():
    note = "(Điều 2 Quyết định số 06/2020/QĐ-TTg, có hiệu lực thi hành kể từ ngày 15/04/2020)"
    lines = ["Chương I", "QUY ĐỊNH CHUNG", "Điều 23.10.QĐ.1. Phạm vi điều chỉnh", note,
             # its "1." read as a quote, before a heading as item 2's
             "' Phạm vi điều chỉnh:", BODY, "2, Đối tượng áp dụng:", f"a) {BODY}", f"b) {BODY}",
             "Điều 23.10.QĐ.2. Giải thích từ ngữ", note,
             # "1," read as "t,", "3." as "3," before a quotation
             "t, “Hội nghị quốc tế” là hội nghị có yếu tố nước ngoài, bao gồm:",
             f"a) {BODY}", f"b) {BODY}", "2. “Đơn vị tổ chức” là các cơ quan tổ chức hội nghị.",
             "3, “Cơ quan Việt Nam” bao gồm các cơ quan thuộc Chính phủ.",
             "Điều 23.10.QĐ.3. Thẩm quyền", BODY]
    paths = set(outline_paths(doc_from_text("\n".join(lines) + "\n").body))
    assert {"Chương I/Điều 23.10.QĐ.1/1", "Chương I/Điều 23.10.QĐ.1/2",
            "Chương I/Điều 23.10.QĐ.2/1/a", "Chương I/Điều 23.10.QĐ.2/2",
            "Chương I/Điều 23.10.QĐ.2/3"} <= paths


def test_codified_articles_behind_a_guillemet_speck_and_over_a_damaged_note():
    def note(n: str, number: str) -> str:
        return f"(Điều {n} Nghị định số {number}/NĐ-CP, có hiệu lực thi hành kể từ ngày 01/01/2014)"
    lines = ["Chương I", "NHỮNG QUY ĐỊNH CHUNG",
             # a guillemet read before the keyword
             "‹Điêu 212.NĐ.LI, Phạm vÌ điêu chính", note("1", "65/2010"), BODY,
             "Điều 21.2.NĐ.1.2. Đối tượng áp dụng", note("2", "65/2010"), BODY,
             "Điều 21.2.NĐ.2.1. Phạm vi điều chỉnh", note("1", "69/2010"), BODY,
             # a letter for the topic's 1, and the note under it with its "số" misread
             "Điều 2L.2.NĐ.3.1. Phạm vi điêu chỉnh",
             "(Điêu ! Nghị định sỗ 160/2013/NĐ-CP Về tiêu chí xác định loài nguy cấp)", BODY,
             "Điều 21.2.NĐ.3.2. Đối tượng áp dụng", note("2", "160/2013"), BODY]
    paths = set(outline_paths(doc_from_text("\n".join(lines) + "\n").body))
    assert {"Chương I/Điều 21.2.NĐ.1.1", "Chương I/Điều 21.2.NĐ.3.1"} <= paths


def test_a_codified_articles_place_read_as_the_next_ones_is_the_one_its_source_skips():
    lines = ["Chương I", "NHỮNG QUY ĐỊNH CHUNG", "Điều 42.1.NĐ.1. Phạm vi điều chỉnh", BODY,
             "Điều 42.1.NĐ.2. Đối tượng áp dụng", BODY,
             "Điều 42.1.TT.1.1. Phạm vi điều chỉnh và đối tượng áp dụng", BODY,
             # (its 3 read as a 4, its dots lost: the spacing's repair reads NĐ.4 twice)
             "Điều 42.1 NĐ4. Giải thích từ ngữ", f"1. {BODY}",
             "Điều 42.1.NĐ.4. Nguyên tắc quản lý công tác văn thư", BODY]
    paths = list(outline_paths(doc_from_text("\n".join(lines) + "\n").body))
    assert [p for p in paths if p.count("/") == 1] == [
        "Chương I/Điều 42.1.NĐ.1", "Chương I/Điều 42.1.NĐ.2", "Chương I/Điều 42.1.TT.1.1",
        "Chương I/Điều 42.1.NĐ.3", "Chương I/Điều 42.1.NĐ.4"]


def test_a_codified_articles_place_with_a_dot_lost_is_the_one_its_source_skips():
    lines = ["Chương I", "NHỮNG QUY ĐỊNH CHUNG", "Điều 32.2.LQ.1. Phạm vi điều chỉnh", BODY,
             "Điều 32.2.NĐ.I.1. Phạm vi điều chỉnh và đối tượng áp dụng", BODY,
             "Điều 32.2.LQ.2. Nguyên tắc", BODY,
             # (its period read as a speck, its place's dot lost: "L2" for "1.2")
             "Điều 32.2.ND. L2 Các biện pháp tạo điều kiện thuận lợi", BODY,
             "Điều 32.2.NĐ.1.3. Các biện pháp hỗ trợ người khuyết tật", BODY]
    paths = list(outline_paths(doc_from_text("\n".join(lines) + "\n").body))
    assert [p for p in paths if p.count("/") == 1] == [
        "Chương I/Điều 32.2.LQ.1", "Chương I/Điều 32.2.NĐ.1.1", "Chương I/Điều 32.2.LQ.2",
        "Chương I/Điều 32.2.NĐ.1.2", "Chương I/Điều 32.2.NĐ.1.3"]


def test_a_chapters_numeral_with_a_stroke_glued_to_it_is_damaged_not_read_short():
    # "Chương II]" is chapter III (its last stroke read as a bracket), not a clean II that
    # would make the "Chương Ì1" before it no chapter II
    lines = ["Chương Í |", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh", BODY,
             "Chương Ì1 - \"", "HƯỚNG DẪN XỬ LÝ DỰ ÁN", "Điều 2. Rà soát điều kiện", BODY,
             "Chương II] - : ° \"", "TỔ CHỨC THỰC HIỆN", "Điều 3. Hiệu lực thi hành", BODY]
    paths = set(outline_paths(doc_from_text("\n".join(lines) + "\n").body))
    assert {"Chương I/Điều 1", "Chương II/Điều 2", "Chương III/Điều 3"} <= paths
    assert parse_label("Chương II: Quy định chung").text == "Chương II"


def test_a_codified_texts_chapter_read_as_a_digit_is_roman():
    # the Bộ pháp điển numbers chapters in roman numerals: its "Chương 1 |" is chapter I
    lines = ["Chương 1 |", "NHỮNG QUY ĐỊNH CHUNG", "Điều 33.8.LQ.1. Phạm vi điều chỉnh", BODY,
             "Điều 33.8.LQ.2. Đối tượng chịu thuế", BODY, "Điều 33.8.LQ.3. Người nộp thuế",
             BODY]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert [n.label for n in doc.body if n.kind == "chapter"] == ["Chương I"]
    # elsewhere chapters printed in arabic numerals stay so
    lines = ["QUYẾT ĐỊNH:", "Chương 1", "NHỮNG QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh",
             BODY, "Chương 2", "TỔ CHỨC THỰC HIỆN", "Điều 2. Hiệu lực", BODY]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert [n.label for n in doc.body if n.kind == "chapter"] == ["Chương 1", "Chương 2"]


def test_specks_before_a_headings_words_are_not_its_title():
    lines = ["QUYẾT ĐỊNH:", "Chương I", "- ĐOÀN VIÊN", "Điều 1. . Đoàn viên có quyền:",
             f"1. {BODY}", "Điều 2. (được bãi bỏ)", "Chương II", "...", "Điều 3. Hiệu lực",
             BODY]
    doc = doc_from_text("\n".join(lines) + "\n")
    first, second = (n for n in doc.body if n.kind == "chapter")
    assert first.title == "ĐOÀN VIÊN"
    assert [n.title for n in first.children] == ["Đoàn viên có quyền:", "(được bãi bỏ)"]
    assert second.label == "Chương II" and [n.label for n in second.children] == ["Điều 3"]
    # a label whose words are specks alone: its words are the line after it
    lines = ["QUYẾT ĐỊNH:", "Điều 1. Phạm vi", BODY, "Điều 3:.", "Đoàn viên có quyền:",
             f"1. {BODY}"]
    article = doc_from_text("\n".join(lines) + "\n").body[1]
    assert (article.label, article.title, article.text) == ("Điều 3", None,
                                                            "Đoàn viên có quyền:")


def test_dashes_before_a_few_of_the_preambles_formulas_are_specks():
    preamble = ["Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;",
                "Cần cứ Luật Cơ quan đại diện ở nước ngoài số 33/2009/QH12;",
                "- Căn cứ Luật Báo chí số 103/2016/QH13;",
                "Theo đề nghị của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch;",
                "- Chính phủ bạn hành Nghị đình sửa đổi một số điều của Nghị định số 72/2015.",
                "", "Điều 1. Sửa đổi, bổ sung một số điều", f"1. {BODY}", f"2. {BODY}"]
    doc = doc_from_text("\n".join(preamble) + "\n")
    assert [n.label for n in doc.body if n.label] == ["Điều 1"]
    # a consolidated text's list of the documents amending it is a list: most are dashed
    listed = ["Văn bản được sửa đổi, bổ sung bởi:", "- Thông tư số 20/2016/TT-BTC;",
              "- Thông tư số 24/2020/TT-BTC;", "Căn cứ Luật Quản lý thuế;", "",
              "Điều 1. Phạm vi điều chỉnh", BODY]
    doc = doc_from_text("\n".join(listed) + "\n")
    assert sum(n.kind == "bullet" for n in doc.body) == 2


def test_a_dash_before_the_first_of_a_run_of_units_is_a_speck():
    lines = [PREAMBLE, "I. QUY ĐỊNH VỀ BÀI DỰ THI", "1. Gợi ý về nội dung trình bày:",
             "a) Bố cục đề án:", "- Chương 1: Thông tin chung", "Chương 2: Kế hoạch kinh doanh",
             "Chương 3: Kế hoạch hành động", "II. HÌNH THỨC TỔ CHỨC", f"1. {BODY}"]
    paths = list(outline_paths(doc_from_text("\n".join(lines) + "\n").body))
    assert [p for p in paths if "Chương" in p] == [
        "I/1/a/Chương 1", "I/1/a/Chương 2", "I/1/a/Chương 3"]


def test_chuong_trinh_wrapped_mid_sentence_is_no_chapter():
    wrapped = ("Bộ trưởng ban hành Thông tư hướng dẫn một số nội dung thực hiện đa dạng hóa "
               "sinh kế thuộc")
    lines = ["QUYẾT ĐỊNH:", wrapped, "Chương", "trình mục tiêu quốc gia giảm nghèo bền vững.",
             "", "Chương I", "NHỮNG QUY ĐỊNH CHUNG", "Điều 1. Phạm vi", BODY,
             "Điều 2. Hiệu lực", BODY]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert [n.label for n in doc.body if n.kind == "chapter"] == ["Chương I"]


def test_a_lone_chapter_read_as_one_after_articles_is_chapter_two():
    # a consolidated text whose chapter I heading is not printed: its "Chương II" read
    # with a stroke lost, after articles 1-3
    lines = ["Điều 1. Phạm vi", BODY, "Điều 2. Đối tượng", BODY, "Chương I » , ~ ˆ",
             "CƠ CHẾ QUẢN LÝ TÀI CHÍNH", "Điều 3. Nguồn tài chính", BODY]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert [n.label for n in doc.body if n.kind == "chapter"] == ["Chương II"]
    # before the articles it is chapter I
    doc = doc_from_text("\n".join(["Chương I", "QUY ĐỊNH CHUNG", *lines[:4]]) + "\n")
    assert [n.label for n in doc.body if n.kind == "chapter"] == ["Chương I"]


def test_a_lone_chapter_whose_numeral_is_past_reading_after_articles_is_chapter_two():
    lines = ["Điều 1. Phạm vi", BODY, "Điều 2. Đối tượng", BODY, "Chương Ú : › : Tớ J.",
             "CƠ CHẾ QUẢN LÝ TÀI CHÍNH", "Điều 3. Nguồn tài chính", BODY]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert [n.label for n in doc.body if n.kind == "chapter"] == ["Chương II"]
    assert [n.label for n in doc.body[-1].children] == ["Điều 3"]
    # an article 1 after it opens another text (a regulation the decision issues)
    lines[6] = "Điều 1. Nguồn tài chính"
    doc = doc_from_text("\n".join(lines) + "\n")
    assert "Chương II" not in [n.label for n in doc.body if n.kind == "chapter"]


def test_a_chapter_heading_with_specks_alone_after_a_title_that_runs_to_the_margin():
    # a codified topic's title over its first chapter ("… quy định hành chính" / ". Chương
    # ï | |"): a heading alone on its line, not "Chương trình" wrapped mid-sentence
    lines = ["Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính",
             ". Chương ï | |", "NHỮNG QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh", BODY]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert [n.kind for n in doc.body] == ["chapter"]
    # a citation wrapped before its chapter, its sentence ending there, stays a sentence
    lines[1] = ". Chương I."
    doc = doc_from_text("\n".join(lines) + "\n")
    assert "chapter" not in [n.kind for n in doc.body]


def test_chapter_one_read_as_letters_and_chapter_two_as_strokes():
    # "Chương lề ng" (I, a speck glued to its stroke) and "Chương lI" (II) after articles
    lines = ["QUYẾT ĐỊNH:", "Chương lề ng", "NHỮNG QUY ĐỊNH CHUNG", "Điều 1. Phạm vi", BODY,
             "Điều 2. Đối tượng", BODY, "Chương lI", "ĐỊNH MỨC SỐ LƯỢNG NGƯỜI LÀM VIỆC",
             "Điều 3. Định mức", BODY]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert [n.label for n in doc.body if n.kind == "chapter"] == ["Chương I", "Chương II"]
    # alone after articles, its strokes reading as II, it is II
    del lines[1:3]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert [c.after for c in doc.corrections if c.before == "Chương lI"] == ["Chương II"]
    assert parse_label("Chương này") is None


def test_sections_counted_through_a_one_read_as_a_letter():
    lines = ["Chương II", "QUY ĐỊNH CỤ THỂ", "Mục l", "KẾ TOÁN TẠI HỘ KINH DOANH",
             "Điều 4. Chứng từ kế toán", BODY, "Mục 2", "KẾ TOÁN TẠI CÁ NHÂN KINH DOANH",
             "Điều 5. Sổ kế toán", BODY]
    paths = set(outline_paths(doc_from_text("\n".join(lines) + "\n").body))
    assert {"Chương II/Mục 1/Điều 4", "Chương II/Mục 2/Điều 5"} <= paths
    assert parse_label("Mục lục") is None


def test_article_one_whose_keyword_was_read_as_a_dash_before_its_number():
    lines = ["Chương 1", "QUY ĐỊNH CHUNG", "- 1. Phạm vi điều chỉnh và đối tượng áp dụng",
             "I. Thông tư này hướng dẫn việc ghi sổ kế toán của hộ kinh doanh.",
             "2. Đối tượng áp dụng Thông tư này là hộ kinh doanh.",
             "Diều 2 .- Tổ chức công tác kế toán", BODY, "Điều 3. Sổ kế toán", BODY]
    paths = set(outline_paths(doc_from_text("\n".join(lines) + "\n").body))
    assert {"Điều 1", "Điều 1/2", "Điều 2", "Điều 3"} <= paths
    # an item 1 whose words run as a sentence is an item
    lines[2] = "- 1. Phạm vi điều chỉnh của Thông tư này là các hộ kinh doanh."
    paths = set(outline_paths(doc_from_text("\n".join(lines) + "\n").body))
    assert "Điều 1" not in paths


def test_a_dash_before_the_issuer_and_the_gazettes_page_heads():
    text = ("38 CÔNG BÁO/Số 347 + 348/Ngày 25-02-2025\n- BỘ TÀI CHÍNH\nSố: 52/2026/TT-BTC\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Hà Nội, ngày 14 tháng 5 năm 2026\nTHÔNG TƯ\nHướng dẫn nội dung tiêu chí\n"
            f"Điều 1. Phạm vi\n{BODY}\ndÙ ___ CÔNG BÁO/§ố 347 + 348/Ngày 25-02-2025\n{BODY}\n")
    doc = doc_from_text(text)
    assert (doc.meta.issuer, doc.meta.number, doc.meta.doc_type) == (
        "BỘ TÀI CHÍNH", "52/2026/TT-BTC", "THÔNG TƯ")
    heads = [c for c in doc.corrections if c.kind == "running-head"]
    assert [doc.lines[c.line].text[:6] for c in heads] == ["38 CÔN", "dÙ ___"]
    assert "CÔNG BÁO" not in doc.body[-1].text


@pytest.mark.parametrize("text, kind, label", [
    ("2..Giải thưởng Chung kết", "number", "2"),  # the period doubled
    ("1.Việc phê duyệt học sinh", "number", "1"),  # the space after it lost
    ("Điều-3. Các Bộ, cơ quan ngang Bộ", "article", "Điều 3"),  # a dash for the space
])
def test_labels_whose_punctuation_ocr_spoiled(text, kind, label):
    found = parse_label(text)
    assert found is not None and (found.kind, found.text) == (kind, label)


def test_the_first_article_after_the_enacting_formula_through_a_spoiled_label():
    lines = ["Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;", "QUYẾT NGHỊ:",
             "\"¬ !. Sắp xếp các đơn vị hành chính cấp xã của tỉnh Đắk Lắk",
             "Trên cơ sở Đề án số 341/ĐA-CP, Ủy ban quyết định như sau:",
             f"1. {BODY}", f"2. {BODY}"]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert {"Điều 1", "Điều 1/1", "Điều 1/2"} <= set(outline_paths(doc.body))
    assert doc.corrected_text().splitlines()[2].startswith("Điều 1. Sắp xếp")
    # where article 1 is printed, nothing is inferred
    lines[2] = "Điều 1. Sắp xếp các đơn vị hành chính cấp xã"
    assert not [c for c in labels_of(lines) if c.after == "Điều 1. "]
    # the formula's colon lost, the keyword read as another word and the number a speck
    lines[1:3] = ["QUYẾT ĐỊNH", "Liều †. Phê duyệt Danh mục các nhiệm vụ khoa học"]
    assert ("Liều †. ", "Điều 1. ") in {(c.before, c.after) for c in labels_of(lines)}


def test_an_article_whose_period_is_lost_behind_a_speck_is_placed_by_its_number():
    lines = ["Điều 2. Áp dụng văn bản", BODY, "- Điều 3 Trách nhiệm tổ chức thực hiện",
             f"1. {BODY}", "Điều 4. Điều khoản chuyển tiếp", BODY]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert [n.label for n in doc.body if n.kind == "article"] == ["Điều 2", "Điều 3", "Điều 4"]
    # a mention wrapped to a line's start, outside the sequence, stays a sentence
    lines[2] = "- Điều 58 Luật Đất đai quy định"
    assert [n.label for n in doc_from_text("\n".join(lines) + "\n").body
            if n.kind == "article"] == ["Điều 2", "Điều 4"]


def test_a_straight_quote_before_a_roman_heading_is_a_speck():
    lines = [PREAMBLE, "I. MỤC ĐÍCH, YÊU CẦU", f"1. {BODY}", "\"II. THỜI GIAN, ĐỊA ĐIỂM",
             f"1. {BODY}", "II. CHỦ ĐỀ, NỘI DUNG", f"1. {BODY}", "IV. THÀNH PHẦN THAM DỰ",
             f"1. {BODY}"]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert [n.label for n in doc.body if n.kind == "heading"] == ["I", "II", "III", "IV"]


def test_an_item_heading_its_sub_items_is_inferred_when_its_number_is_lost():
    lines = [PREAMBLE, "1. Họp báo công bố chương trình", BODY, "",
             "chà Cuộc vận động “Cam kết xanh”", "2.1. Thời gian: từ ngày 29/6/2021.",
             "2.2. Hình thức triển khai", "3. Cuộc thi ảnh", "3.1. Thời gian triển khai"]
    paths = set(outline_paths(doc_from_text("\n".join(lines) + "\n").body))
    assert {"1", "2", "2/2.1", "2/2.2", "3", "3/3.1"} <= paths
    # where item 2 is printed, nothing is inferred
    lines[4] = "2. Cuộc vận động “Cam kết xanh”"
    assert not [f for f in fixes(lines) if f[1] == "2. "]


def test_an_item_heading_its_sub_items_further_up_is_inferred_when_its_number_is_lost():
    # the heading, then a paragraph of its own, then its first sub-item
    lines = [PREAMBLE, "1. Tuyên truyền về văn minh đô thị", BODY, "",
             "kã Tham gia thực hiện các tiêu chí đạt chuẩn đô thị văn minh", "",
             "Căn cứ Quyết định số 04/2022/QĐ-TTg ngày 18/02/2022 của Thủ tướng Chính phủ, "
             "các tỉnh đoàn triển khai giải pháp tham gia thực hiện như sau:", "",
             "2.1. Thực hiện tiêu chí quy hoạch đô thị", BODY,
             "2.2. Thực hiện tiêu chí giao thông đô thị", BODY]
    paths = set(outline_paths(doc_from_text("\n".join(lines) + "\n").body))
    assert {"1", "2", "2/2.1", "2/2.2"} <= paths
    assert ("kã ", "2. ") in fixes(lines)
    # two paragraphs that could be it: none is taken
    lines[6:6] = ["qã Các đoàn cơ sở đăng ký nội dung thực hiện", ""]
    assert not [f for f in fixes(lines) if f[1] == "2. "]


def test_the_last_roman_heading_behind_a_spoiled_numeral():
    lines = [PREAMBLE, "1. MỤC ĐÍCH, YÊU CẦU", f"1. {BODY}", "-1I. SỐ LƯỢNG, ĐỊA ĐIỂM",
             f"1. {BODY}", "TY. NỘI DUNG, HOẠT ĐỘNG", f"1. {BODY}", f"2. {BODY}"]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert [n.label for n in doc.body if n.kind == "heading"] == ["I", "II", "III"]


def test_an_article_number_read_as_a_capital_l_and_its_items():
    lines = ["QUYẾT NGHỊ:", "Diêu L. Sắp xếp các đơn vị hành chính", PREAMBLE,
             f"L. {BODY}", f"2. {BODY}", f"3. {BODY}", "Điều 2. Hiệu lực thi hành", BODY]
    paths = set(outline_paths(doc_from_text("\n".join(lines) + "\n").body))
    assert {"Điều 1", "Điều 1/1", "Điều 1/2", "Điều 1/3", "Điều 2"} <= paths


def test_a_lists_first_bullet_read_as_letters_after_its_colon():
    lines = ["3. Nội dung cơ bản của dự thảo báo cáo, về các mặt:",
             "ST Công tác tuyên truyền, giáo dục truyền thống lịch sử cách mạng.",
             "+ Kết quả quy mô, tần suất các hoạt động kỷ niệm.",
             "+ Việc tham gia xây dựng, trùng tu, tôn tạo.", "4. Đánh giá chung"]
    assert ("ST ", "+ ") in fixes(lines)
    paths = set(outline_paths(doc_from_text("\n".join(lines) + "\n").body))
    assert {"3/+1", "3/+2", "3/+3"} <= paths
    # a sentence after the colon, before a list that starts later, keeps its words
    lines[1] = "UB Công tác tuyên truyền được giao cho các đơn vị."
    lines.insert(2, "Các nội dung gồm:")
    assert not [f for f in fixes(lines) if f[1] == "+ "]


def test_a_roman_three_read_with_a_t_and_a_sub_item_after_two_lost():
    # "TH." is "III." (a stroke read as T); "3.4." after "3.1." stays: two items were lost
    lines = [PREAMBLE, "I. MỤC ĐÍCH, YÊU CẦU", f"1. {BODY}", "II. NỘI DUNG", "3. Các vòng thi",
             f"3.1. {BODY}", f"3.4. Cơ cấu giải thưởng {BODY}",
             "TH. KINH PHÍ: Từ nguồn ngân sách", "IV. TỔ CHỨC THỰC HIỆN", f"1. {BODY}"]
    assert fixes(lines) == [("TH.", "III.")]


def test_sections_counted_in_arabic_and_a_chapter_whose_numeral_is_lost():
    lines = ["-_ Chương:", "QUY ĐỊNH CHUNG", "Mục I", "PHẠM VI", "Điều 1. Phạm vi", BODY,
             "Mục 2", "QUẢN LÝ LAO ĐỘNG", "Điều 2. Quản lý", BODY, "Chương II", "TỔ CHỨC",
             "Điều 3. Trách nhiệm", BODY]
    paths = set(outline_paths(doc_from_text("\n".join(lines) + "\n").body))
    assert {"Chương I", "Chương I/Mục 1", "Chương I/Mục 1/Điều 1", "Chương I/Mục 2",
            "Chương II/Điều 3"} <= paths


def test_sections_whose_space_ocr_lost_before_the_numeral():
    lines = ["Chương I", "QUY ĐỊNH CHUNG", "Mục! - | ¬ `", "PHẠM VI", "Điều 1. Phạm vi", BODY,
             "Mục2 _ _- _ ¬_. |", "QUẢN LÝ LAO ĐỘNG", "Điều 2. Quản lý", BODY, "Mục 3",
             "TỔ CHỨC", "Điều 3. Trách nhiệm", BODY]
    paths = set(outline_paths(doc_from_text("\n".join(lines) + "\n").body))
    assert {"Chương I/Mục 1/Điều 1", "Chương I/Mục 2/Điều 2", "Chương I/Mục 3/Điều 3"} <= paths
    for text in ("Mục1 của kế hoạch", "Mục lục", "Mục tiêu"):
        assert parse_label(text) is None


def test_eleven_read_as_roman_two_inside_a_numbered_list():
    lines = ["Điều 1. Sắp xếp các đơn vị hành chính"] + [
        f"{k}. Sắp xếp toàn bộ diện tích tự nhiên của xã {k}." for k in range(1, 11)] + [
        "II. Sắp xếp toàn bộ diện tích tự nhiên của xã 11.",
        "12. Sắp xếp toàn bộ diện tích tự nhiên của xã 12."]
    paths = set(outline_paths(doc_from_text("\n".join(lines) + "\n").body))
    assert {"Điều 1/10", "Điều 1/11", "Điều 1/12"} <= paths
    # a roman heading in capitals after an item 1 stays a heading
    lines = [PREAMBLE, "I. MỤC ĐÍCH", f"1. {BODY}", "II. NỘI DUNG", f"1. {BODY}"]
    assert [n.label for n in doc_from_text("\n".join(lines) + "\n").body
            if n.kind == "heading"] == ["I", "II"]


def test_a_list_of_one_bullet_is_no_list():
    # a speck OCR read as a dash before an article's opening sentence, and before a
    # paragraph of an item: no sibling shares its sign, so it is text, not a bullet
    doc = doc_from_text(
        "QUYẾT NGHỊ:\nĐiều 2. Nhiệm vụ của đoàn viên\n- Đoàn viên có nhiệm vụ:\n"
        "1. Luôn luôn phấn đấu vì lý tưởng của Đảng.\n"
        "2. Gương mẫu chấp hành chính sách, pháp luật.\n"
        "- Số lượng ủy viên do đại hội quyết định.\n"
        "Điều 3. Quyền của đoàn viên\n1. Yêu cầu tổ chức Đoàn bảo vệ quyền lợi.\n"
        "- Được thông tin, thảo luận, chất vấn;\n- Được ứng cử, đề cử và bầu cử;\n"
        "2. Được giới thiệu ưu tú cho Đảng.\n")
    assert list(outline_paths(doc.body)) == [
        "Điều 2", "Điều 2/1", "Điều 2/2", "Điều 3", "Điều 3/1", "Điều 3/1/-1", "Điều 3/1/-2",
        "Điều 3/2"]
    assert doc.body[0].text.startswith("- Đoàn viên có nhiệm vụ:")


def test_a_lone_chapter_whose_keyword_alone_is_damaged_is_read():
    # the first pages of a law: one chapter in view, its "C" lost, its numeral read right
    doc = doc_from_text("€ hương I |\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n"
                        "Luật này quy định về thuế sử dụng đất phi nông nghiệp.\n")
    assert [(n.label, n.kind) for n in doc.body] == [("Chương I", "chapter")]
    (fix,) = [c for c in doc.corrections if c.kind == "label"]
    assert fix.after == "Chương I" and fix.status == "applied"


def test_a_lists_first_items_whose_periods_were_lost_are_placed_before_its_third():
    doc = doc_from_text(
        "QUYẾT NGHỊ:\nĐiều 2. Đối tượng chịu thuế.\n1 Hàng hóa bao gồm:\na) Thuốc lá;\n"
        "b) Rượu;\n2,:-Dịch vụ bao gồm:\na) Kinh doanh vũ trường;\nb) Kinh doanh xổ số.\n"
        "3. Chính phủ quy định chi tiết Điều này.\nĐiều 3. Hiệu lực thi hành\n")
    assert list(outline_paths(doc.body)) == [
        "Điều 2", "Điều 2/1", "Điều 2/1/a", "Điều 2/1/b", "Điều 2/2", "Điều 2/2/a",
        "Điều 2/2/b", "Điều 2/3", "Điều 3"]
    # one opening where two are lost: nothing is placed
    doc = doc_from_text(
        "QUYẾT NGHỊ:\nĐiều 2. Đối tượng chịu thuế.\n1 Hàng hóa bao gồm thuốc lá.\n"
        "3. Chính phủ quy định chi tiết Điều này.\n")
    assert "Điều 2/1" not in outline_paths(doc.body)


def test_a_word_wrapped_to_a_line_start_is_no_roman_label():
    # "Lực" wrapped to the line start, its L read as "I."
    assert parse_label("I.ực, Tân Phú và Trí Phải thành xã mới") is None
    assert parse_label("I.Mục tiêu chung").text == "I"


def test_a_bracket_heading_over_a_list_whose_one_reads_as_l_is_roman():
    # "I." read as "[.", its list's "1." as "L..", the next heading "II." in sentence case
    lines = [PREAMBLE, "[. Chỉ tiêu 1: 100% cán bộ đoàn, đoàn viên được học tập, quán triệt",
             "L.. Cách thức đánh giá tỷ lệ cán bộ, đoàn viên được học tập.", f"- {BODY}",
             f"- {BODY}", "2. Tỷ lệ thanh niên được tuyên truyền", f"- {BODY}", f"- {BODY}",
             "II. Chỉ tiêu 3: 250 nghìn ý tưởng, sáng kiến của đoàn viên.", f"1. {BODY}"]
    paths = outline_paths(doc_from_text("\n".join(lines) + "\n").body)
    assert {"I", "I/1", "I/2", "II", "II/1"} <= set(paths)


def test_a_one_like_numeral_over_a_capitalised_heading_with_its_own_list_is_roman():
    # "I." read as "ï.", its list's "1." as "4,": the "2. Yêu cầu" after it, in sentence
    # case, is an item of the heading's list, not a sibling that makes the heading a "1."
    lines = [PREAMBLE, "ï. MỤC ĐÍCH, YÊU CẦU", "4, Mục đích", f"- {BODY}", f"- {BODY}",
             "2. Yêu cầu", f"- {BODY}", f"- {BODY}", "II. NỘI DUNG", f"1. {BODY}",
             f"2. {BODY}"]
    paths = outline_paths(doc_from_text("\n".join(lines) + "\n").body)
    assert {"I", "I/1", "I/2", "II", "II/1", "II/2"} <= set(paths)


def test_a_one_over_a_capitalised_heading_with_numbers_under_it_is_roman_though_two_is_lost():
    # "I." read as "1,", and "II." damaged past reading: the numbers in sentence case under
    # the heading are its list (no drafting numbers a list under a number)
    lines = ["KẾ HOẠCH", "Tổ chức cuộc thi báo chí", PREAMBLE, "1, MỤC ĐÍCH",
             f"- Nhằm {BODY}", f"2. Kết hợp {BODY}", f"3. Việc {BODY}",
             "„1H, ĐỐI TƯỢNG", f"1. Đối tượng {BODY}", f"2. Nội dung {BODY}",
             "III. TỔ CHỨC THỰC HIỆN", f"1. Sở Tài chính {BODY}"]
    paths = outline_paths(doc_from_text("\n".join(lines) + "\n").body)
    assert {"I", "I/2", "I/3", "III"} <= set(paths)


def test_article_one_whose_keyword_ocr_read_as_a_short_word_before_article_two():
    # a government's resolution enacts in a sentence, with no "QUYẾT NGHỊ:" before it
    lines = ["Chính phủ ban hành Nghị quyết cắt giảm ngành, nghề đầu tư kinh doanh.",
             "NI 1. Phạm vi điều chỉnh và đối tượng áp dụng",
             f"1. {BODY}", f"2. {BODY}", "Điều 2. Nguyên tắc cắt giảm", f"1. {BODY}",
             "Điều 3. Hiệu lực thi hành", BODY]
    paths = outline_paths(doc_from_text("\n".join(lines) + "\n").body)
    assert {"Điều 1", "Điều 1/1", "Điều 1/2", "Điều 2", "Điều 3"} <= set(paths)
    # "Mục 1." is a heading of its own
    lines[1] = "Mục 1. Phạm vi điều chỉnh và đối tượng áp dụng"
    paths = outline_paths(doc_from_text("\n".join(lines) + "\n").body)
    assert "Điều 1" not in paths


def test_article_one_with_a_long_body_whose_keyword_was_read_as_a_letter():
    # its clauses and points (and a footnote) run well over thirty lines before article 2
    lines = ["Thủ tướng Chính phủ ban hành Quyết định cơ chế quản lý tài chính.",
             "n 1. Phạm vi và đối tượng áp dụng", f"1. {BODY}", "2. Đối tượng áp dụng gồm:",
             *[f"{letter}) {BODY}" for letter in "abcd"] * 4,
             "Điều 2. Mở tài khoản", f"1. {BODY}", "Điều 3. Hiệu lực thi hành", BODY]
    paths = outline_paths(doc_from_text("\n".join(lines) + "\n").body)
    assert {"Điều 1", "Điều 1/1", "Điều 1/2", "Điều 2", "Điều 3"} <= set(paths)


def test_an_items_number_read_as_a_letter_with_its_period():
    # "s." between items 3 and 5 (a sub-item and its pluses between): item 4; a point
    # prints its letter with a bracket
    lines = ["II. NỘI DUNG", f"1. {BODY}", f"2. {BODY}", f"3. Yêu cầu {BODY}",
             f"3.1. Bài viết {BODY}", f"+ File {BODY}", f"s. Hình thức gửi bài {BODY}",
             f"5. Tiến độ {BODY}", "III. TỔ CHỨC THỰC HIỆN", f"1. Ban {BODY}"]
    paths = outline_paths(doc_from_text("\n".join(lines) + "\n").body)
    assert {"II/4", "II/5", "II/3/3.1"} <= set(paths)


def test_an_articles_number_read_through_damage_is_the_one_between_its_neighbours():
    lines = ["Điều 1. Sửa đổi khoản 4 Điều 4", BODY, "- Điều 4, Sửa đổi điểm b khoản 1 Điều 9",
             BODY, "Điều 3. Sửa đổi khoản 2 Điều 23", BODY, "Điều 4. Hiệu lực thi hành", BODY]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert [n.label for n in doc.body] == ["Điều 1", "Điều 2", "Điều 3", "Điều 4"]
    # read clean, a number out of order is the author's
    lines[2] = "Điều 4. Sửa đổi điểm b khoản 1 Điều 9"
    doc = doc_from_text("\n".join(lines) + "\n")
    assert not [c for c in doc.corrections if c.reason.startswith("article 2:")]


def test_an_items_number_its_sub_items_print_otherwise():
    lines = ["I. KẾT QUẢ THỰC HIỆN", f"1. Những vấn đề cơ bản {BODY}",
             "3. Kết quả thực hiện quy định", f"2.1. Về đoàn viên {BODY}",
             f"2.2. Về nguyên tắc tổ chức {BODY}", "II. ĐỀ XUẤT", f"1. Sửa đổi {BODY}"]
    paths = outline_paths(doc_from_text("\n".join(lines) + "\n").body)
    assert {"I/1", "I/2", "I/2/2.1", "I/2/2.2"} <= set(paths)
    # one sub-item alone says too little
    del lines[4]
    paths = outline_paths(doc_from_text("\n".join(lines) + "\n").body)
    assert "I/2" not in paths


def test_one_read_as_l_and_two_as_a_sign_before_three():
    lines = ["Kính gửi: Ban Thường vụ các tỉnh, thành đoàn", "",
             "Để triển khai Cuộc thi, Ban Bí thư Trung ương Đoàn đề nghị:",
             f"L. Tiếp tục đăng tải Kế hoạch, Thể lệ của Cuộc thi {BODY}",
             f"+, Chỉ đạo các cấp bộ đoàn đẩy mạnh thông tin {BODY}",
             f"3. Đôn đốc, chỉ đạo các đơn vị báo chí {BODY}"]
    paths = outline_paths(doc_from_text("\n".join(lines) + "\n").body)
    assert {"1", "2", "3"} <= set(paths)


def test_a_letters_first_numbers_read_as_dashes_before_its_third():
    lines = ["Kính gửi: Ban Thường vụ các tỉnh, thành đoàn", "",
             "Ban Bí thư Trung ương Đoàn triệu tập Hội nghị, cụ thể như sau:",
             "- Thành phần triệu tập", "Đại biểu nhận giải thưởng toàn quốc lần thứ XIV.",
             "Đại biểu đại diện Thường trực các tỉnh, thành đoàn.",
             "- Thời gian, địa điểm, nội dung", "Thời gian: 02 ngày, từ ngày 12/5/2023.",
             "Địa điểm: Tỉnh Bình Dương.", "Nội dung: Có chương trình chi tiết gửi kèm.",
             "3$, Kinh phí, công tác hậu cần:", "Ban Tổ chức chi trả kinh phí ăn, nghỉ.",
             "Đại biểu chủ động tự túc kinh phí đi lại."]
    paths = outline_paths(doc_from_text("\n".join(lines) + "\n").body)
    assert {"1", "2", "3"} <= set(paths)
    # a dash too many (a list of its own) and nothing is inferred
    lines.insert(5, "- Đại biểu khách mời")
    paths = outline_paths(doc_from_text("\n".join(lines) + "\n").body)
    assert "1" not in paths


def test_item_one_read_as_a_letter_first_under_its_heading_before_item_two():
    lines = ["Điều 4. Trường hợp hộ kinh doanh", f"k, Trường hợp hộ kinh doanh {BODY}",
             f"2. Phương pháp ghi sổ {BODY}", f"a) Sổ này được mở {BODY}",
             f"b) Phương pháp ghi sổ {BODY}", "Điều 5. Hiệu lực thi hành", BODY]
    paths = outline_paths(doc_from_text("\n".join(lines) + "\n").body)
    assert {"Điều 4/1", "Điều 4/2", "Điều 4/2/a", "Điều 4/2/b"} <= set(paths)
    # a point before item 2 that prints its bracket is a point
    lines[1] = f"k) Trường hợp hộ kinh doanh {BODY}"
    paths = outline_paths(doc_from_text("\n".join(lines) + "\n").body)
    assert "Điều 4/1" not in paths


def test_item_one_read_as_a_speck_apart_in_the_first_paragraph_under_its_heading():
    lines = ["I. MỤC ĐÍCH", f"1. Nhằm {BODY}", f"2. Kết hợp {BODY}",
             "II. ĐỐI TƯỢNG, NỘI DUNG, HÌNH THỨC DỰ THI",
             "' Đối tượng dự thi: Công dân Việt Nam trong nước và nước ngoài.",
             "2. Nội dung tác phẩm dự thi:", BODY, f"3. Yêu cầu {BODY}",
             "III. TỔ CHỨC THỰC HIỆN", f"1. Ban {BODY}"]
    paths = set(outline_paths(doc_from_text("\n".join(lines) + "\n").body))
    assert {"II/1", "II/2", "II/3"} <= paths
    # an opening quote is the words' own
    lines[4] = "“Đối tượng dự thi” là công dân Việt Nam trong nước và nước ngoài."
    assert "II/1" not in set(outline_paths(doc_from_text("\n".join(lines) + "\n").body))


def test_a_resolution_deciding_in_numbered_points_after_its_enacting_word():
    # no article: the first paragraph after "QUYẾT NGHỊ", its label spoiled, is item 1;
    # and a number field with no digit nor slash is no line of the issuer's
    lines = ["BAN CHẤP HÀNH TRUNG ƯƠNG", "Số: — NQTWDTNVP", "", "ĐOÀN TNCS HỒ CHÍ MINH", "",
             "Hà Nội, ngày 27 tháng 10 năm 2022", "", "NGHỊ QUYẾT",
             "Hội nghị Ban Chấp hành Trung ương Đoàn khóa XI", "",
             "Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương Đoàn khóa XI,",
             "Ban Chấp hành Trung ương Đoàn,", "QUYẾT NGHỊ", "",
             ". Thống nhất ủy quyền cho Ban Bí thư Trung ương Đoàn tiếp thu, hoàn thiện Báo cáo.",
             "2, Thống nhất điều chỉnh quy định về độ tuổi trong dự thảo Đề án.",
             "3. Thông qua dự thảo Đề án Bí thư thứ nhất Trung ương Đoàn khóa XII."]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert list(outline_paths(doc.body)) == ["1", "2", "3"]
    assert doc.meta.issuer == "BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH"
    assert doc.meta.number is None and "number" in doc.meta.unsure


def test_sub_items_whose_first_dot_was_lost_after_deeper_siblings():
    # "23," after 2.2's sub-items 2.1.1 / 2.1.2 (the author's own order) is 2.3; "24.1"
    # under 2.4 is 2.4.1
    lines = ["II. HÌNH THỨC TỔ CHỨC", f"2.1. Hình thức {BODY}", f"2.2. Đối tượng {BODY}",
             f"2.1.1. Phần thi cá nhân {BODY}", f"2.1.2. Phần thi đội tuyển {BODY}",
             f"+ Sinh viên {BODY}", f"+ Không là {BODY}", "23, Nội dung, hình thức thi", BODY,
             "2.4. Thời gian tổ chức Hội thi", "24.1 Phần thi cá nhân:", BODY,
             "2.4.2. Phần đội tuyển", BODY, "III. TỔ CHỨC THỰC HIỆN", f"1. Ban {BODY}"]
    paths = outline_paths(doc_from_text("\n".join(lines) + "\n").body)
    assert {"II/2.3", "II/2.4", "II/2.4.1", "II/2.4.2"} <= set(paths)
    # "24." between 2.4 and 2.4.2 (both dots lost); a deeper sub-item counts apart from
    # its parents' list, "2.1.1." after "2.2." staying 2.1.1 where 2.3 was lost
    lines[7:9] = []
    lines[lines.index("24.1 Phần thi cá nhân:")] = "24. Phần thi cá nhân:"
    paths = outline_paths(doc_from_text("\n".join(lines) + "\n").body)
    assert {"II/2.1.1", "II/2.4", "II/2.4.1", "II/2.4.2"} <= set(paths)
    assert "II/2.3" not in paths


def test_an_amending_lists_next_item_after_a_quotation_whose_closing_quote_was_lost():
    lines = ["Điều 1. Sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế",
             "4. Sửa đổi, bổ sung khoản 5 Điều 9 như sau:",
             "“5. Tổ chức, cá nhân có trách nhiệm thực hiện quy định này.”",
             "5. Sửa đổi, bố sung một số khoán của Điều 7c như sau:",
             "a) Sửa đối, bố sung khoản 1 như sau: |",
             "\"1. Chỉ đạo, quán lý, hướng dẫn, tố chức thực hiện việc xác định, quản lý, lập.",
             "danh sách tham gia bảo hiếm y tế đối với đối tượng do Bổ Quốc phòng quản lý.”;",
             "b) Sửa đổi, bố sung khoản 3 như sau:", "",
             # (its opening quote read as specks, a speck after its closing read as a
             # quote that opens another)
             "_*3, Thanh tra, kiếm tra việc thực hiện quy định của pháp luật về trách nhiệm",
             "điểm b khoản 4 Điêu 12 của Luật này. ”. \"", "",
             "6. Sửa đối, bổ sung khoản 2 và khoản 3 Điêu 8 như sau:", "",
             "2, Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương có trách nhiệm sau:",
             f"a) {BODY}", "Điều 2. Hiệu lực thi hành", BODY]
    paths = set(outline_paths(doc_from_text("\n".join(lines) + "\n").body))
    # "6." is item 6 of the amending list, not a clause of the quotation in item 5's b);
    # the quoted "5." after item 4 is item 4's quotation all the same
    assert {"Điều 1/4/5", "Điều 1/5/b", "Điều 1/6"} <= paths
    assert "Điều 1/5/b/6" not in paths


AMENDING = ["Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 07/2023/TT-BLĐTBXH",
            "1. Sửa đổi, bổ sung Điều 2 như sau:",
            "“Điều 2. Mã số các hạng chức danh nghề nghiệp.”",
            "2. Sửa đổi, bổ sung Điều 14 như sau: ¬¬ ¬",
            "“Điều 14. Xếp lương chức danh nghề nghiệp",
            *[f"{k}. Giảng viên hạng {k} được áp dụng hệ số lương của viên chức loại A{k}."
              for k in range(1, 6)],
            "Hệ số lương quy định tại Điều này được thay thế theo văn bản mới.”...",
            "3. Sửa đổi, bổ sung Điều 15 như sau: `",
            "“Điều 15. Chuyển xếp lương",
            "1. Xếp lương ngạch giảng viên cao cấp.",
            "2. Xếp lương ngạch giảng viên chính.”",
            "Điều 2. Hiệu lực thi hành",
            "Thông tư này có hiệu lực từ ngày ký."]


def test_a_quotation_closed_and_introduced_behind_ocr_specks():
    """An amended article quoted with its own list 1.-5.: its "3." and "4." are the
    quotation's (not the amending list's "3."), the quotation closes at "”..." and the next
    one is introduced by "như sau: `"; the amending list goes on at "3."."""
    assert fixes(AMENDING) == []
    paths = set(outline_paths(doc_from_text("\n".join(AMENDING) + "\n").body))
    assert {"Điều 1/2/Điều 14/5", "Điều 1/3", "Điều 1/3/Điều 15/2", "Điều 2"} <= paths
    assert "Điều 1/6" not in paths and "Điều 1/2/Điều 14/6" not in paths


def test_a_clean_number_is_not_renumbered_into_one_of_another_length():
    # the amending list's "5." after a quoted list that ran to "9." (its quotation unseen)
    assert fixes([f"{k}. {BODY}" for k in range(1, 10)] + [f"5. {BODY}", f"6. {BODY}"]) == []
    # a digit lost ("2." for "12.") is still repaired from the sequence
    assert fixes([f"{k}. {BODY}" for k in range(1, 12)] + [f"2. {BODY}", f"13. {BODY}"]) == [
        ("2.", "12.")]


def test_points_printed_with_a_period():
    doc = doc_from_text("\n".join([
        "2. Gợi ý về nội dung trình bày đề án dự thi",
        "a. Nội dung đề án: Gồm các đề án sản xuất, kinh doanh",
        "b. Bố cục đề án: Thông tin chung và kế hoạch kinh doanh.",
        "3. Tiêu chí chấm điểm"]) + "\n")
    assert {"2/a", "2/b", "3"} <= set(outline_paths(doc.body))
    for text in ("l. Cách thức tổ chức", "a. m. sáng", "v.v. và các"):
        found = parse_label(text)
        assert found is None or found.kind != "letter", text


@pytest.mark.parametrize("text", ["C hương H", "L2 hương |", "_ Chương:"])
def test_a_chapter_heading_behind_a_speck_or_a_letter_split_off(text):
    found = parse_label(text)
    assert found is not None and found.kind == "chapter", text


@pytest.mark.parametrize("motto", ["- Đọc:lập - Tự do - Hạnh phúc",
                                   "ĐỘc :ập - Tự do - Hạnh phúc"])
def test_header_through_a_damaged_motto_and_a_speck_after_the_type(motto):
    doc = doc_from_text(f"BỘ TÀI CHÍNH\nSố: 12/TT-BTC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                        f"{motto}\nHà Nội, ngày 05 tháng 5 năm 2024\nTHÔNG TƯ họ | |\n"
                        "Hướng dẫn công tác văn thư\nCăn cứ Luật Ngân sách nhà nước;\n"
                        f"Điều 1. Phạm vi điều chỉnh\n{BODY}\n")
    assert header_fields(doc) == ("BỘ TÀI CHÍNH", "12/TT-BTC", "2024-05-05", "THÔNG TƯ",
                                  "Hướng dẫn công tác văn thư")


def test_header_whose_columns_ocr_ran_together_with_specks_between():
    # the issuer's second line and the place on one line, the comma lost, the date below;
    # a logo's mark read as "là"; a speck after the title
    doc = doc_from_text("BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH Hà Nội\n"
                        "ngày 19 tháng 11 năm 2018\nlà\nHƯỚNG DẪN\n"
                        "Triển khai phong trào học sinh 3 tốt ˆ\n"
                        f"{PREAMBLE}\nI. MỤC ĐÍCH\n1. {BODY}\n")
    meta = doc.meta
    assert (meta.issuer, meta.place) == ("BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH",
                                         "Hà Nội")
    assert (meta.date, meta.doc_type) == ("2018-11-19", "HƯỚNG DẪN")
    assert meta.title == "Triển khai phong trào học sinh 3 tốt"


def test_a_gazette_header_with_its_issuer_twice_a_word_in_lower_case_and_specks():
    # the issuer's line again, its first word read in lower case; "§ố" for "Số"; a speck
    # read as a table's border before the motto's last words
    doc = doc_from_text("BỘ KẾ HOẠCH VÀ ĐẦU TƯ\n_ bộ KẾ HOẠCH VÀ ĐẦU TƯ\n\n"
                        "_ §ố:16/2022/TT-BKHĐT . _ |\n"
                        "- CỘNG HÒA XÃ HỘI CHỦ NGHĨA \\ VIỆT NAM .\n"
                        "Độc lập - Tự do - Hạnh phúc\n\n-_ Hà Nội, ngày 29 tháng 7 năm 2022\n\n"
                        "THÔNG TƯ.\n\nNgưng hiệu lực của Thông tư số 08/2022/TT-BKHĐT\n"
                        f"{PREAMBLE}\nĐiều 1. Phạm vi\n{BODY}\n")
    assert header_fields(doc) == ("BỘ KẾ HOẠCH VÀ ĐẦU TƯ", "16/2022/TT-BKHĐT", "2022-07-29",
                                  "THÔNG TƯ", "Ngưng hiệu lực của Thông tư số 08/2022/TT-BKHĐT")
    # an issuer's own last line "VIỆT NAM" is the issuer's
    doc = doc_from_text("NGÂN HÀNG NHÀ NƯỚC\nVIỆT NAM\nSố: 12/2024/TT-NHNN\n"
                        "Hà Nội, ngày 05 tháng 5 năm 2024\nTHÔNG TƯ\nQuy định về tiền gửi\n"
                        f"{PREAMBLE}\nĐiều 1. Phạm vi\n{BODY}\n")
    assert doc.meta.issuer == "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM"


def test_an_l_under_a_small_roman_heading_is_its_lists_first_item():
    # no document counts fifty headings: "L." opening a sentence under "II." is "1.", even
    # as its list's only label read
    assert fixes([PREAMBLE, "I. MỤC ĐÍCH, YÊU CẦU", f"1. {BODY}", f"2. {BODY}",
                  "II. NỘI DUNG, HÌNH THỨC TRIỂN KHAI", "L. Công tác tuyên truyền",
                  f"Nội dung: {BODY}"]) == [("L.", "1.")]


def test_a_first_item_read_as_a_short_word_and_its_colon_before_item_two():
    # "1." read as "si:": the one paragraph between the article and its "2." is item 1;
    # a paragraph opening with a word of its own is not
    lines = ["Điều 1. Phạm vi và nội dung dịch sang tiếng Anh",
             "si: Trong Thông tư này Quốc hiệu và tên cơ quan được dịch đầy đủ sang tiếng Anh.",
             "2. Ban hành kèm theo Thông tư này Phụ lục dịch Quốc hiệu.",
             "3. Tên viết tắt theo chữ cái tiếng Anh của các Bộ.",
             "Điều 2. Tổ chức thực hiện"]
    doc = doc_from_text("\n\n".join(lines) + "\n")
    assert [n.label for n in doc.body[0].children] == ["1", "2", "3"]
    assert ("si: ", "1. ") in {(c.before, c.after) for c in doc.corrections}
    lines[1] = "Lưu ý: Trong Thông tư này Quốc hiệu và tên cơ quan được dịch sang tiếng Anh."
    doc = doc_from_text("\n\n".join(lines) + "\n")
    assert not [c for c in doc.corrections if c.kind == "label"]


def test_a_dash_after_a_note_in_parentheses_opens_a_bullet():
    doc = doc_from_text(
        "Điều 2. Tổ chức thực hiện\n"
        "(Điều 2 Thông tư số 03/2009/TT-BNG, có hiệu lực thi hành kể từ ngày 07/09/2009)\n"
        "- Thông tư này có hiệu lực sau 45 ngày kể từ ngày đăng Công báo.\n"
        "- Thông tư này được đăng trên Website của Bộ Ngoại giao để tra cứu.\n")
    assert [n.text[:20] for n in doc.body[0].children] == ["Thông tư này có hiệu",
                                                          "Thông tư này được đă"]


def test_a_sub_item_read_with_a_comma_and_numbers_wrapped_after_a_comma():
    doc = doc_from_text(
        "5. Quy định sử dụng tác phẩm dự giải và trách nhiệm của tác giả tham dự Giải thưởng\n"
        "5,1 Quy định sử dụng tác phẩm dự giải\n"
        "Ban Tổ chức được quyền sử dụng các tác phẩm đoạt giải.\n"
        "5.2. Trách nhiệm của tác giả\n"
        "6. Các cơ quan có thẩm quyền theo quy định tại các Điều 5, 6,\n"
        "7,9 Luật Cơ quan đại diện có trách nhiệm cung cấp thông tin.\n")
    assert list(outline_paths(doc.body)) == ["5", "5/5.1", "5/5.2", "6"]


def test_an_item_heading_its_sub_items_whose_number_was_read_as_a_capital():
    # "1." read as "J.", its first sub-item's dot as a colon ("1:1.")
    doc = doc_from_text(f"{PREAMBLE}\nJ. Trang trí khánh tiết trên sân khấu Đại hội\n"
                        "1:1. Trên cùng ngang phông chính là khẩu hiệu.\n"
                        "1.2. Đảng kỳ, Quốc kỳ, tượng bán thân Chủ tịch Hồ Chí Minh.\n"
                        "2. Nghi lễ chào cờ\n")
    assert list(outline_paths(doc.body)) == ["1", "1/1.1", "1/1.2", "2"]
    assert ("J. ", "1. ") in {(c.before, c.after) for c in doc.corrections}


def test_a_first_sub_item_whose_ones_both_read_as_i_is_no_roman_heading():
    doc = doc_from_text(f"{PREAMBLE}\n1. Nội dung tuyên truyền\n"
                        "I.I. Cuộc đời hoạt động cách mạng của đồng chí.\n"
                        "L.2. Vai trò đóng góp to lớn của đồng chí.\n"
                        "2. Hình thức tuyên truyền\n2.1. Trung ương Đoàn\n")
    assert list(outline_paths(doc.body)) == ["1", "1/1.1", "1/1.2", "2", "2/2.1"]


def test_a_letters_first_item_read_as_a_letter_before_its_two():
    doc = doc_from_text(
        "BAN CHẤP HÀNH TRUNG ƯƠNG\nSố: 851-CV/TWĐTN\nĐOÀN TNCS HỒ CHÍ MINH\n"
        "Hà Nội, ngày 05 tháng 5 năm 2023\n"
        "Kính gửi: Ban Thường vụ các tỉnh, thành đoàn\n\n"
        "Ban Bí thư Trung ương Đoàn triệu tập đại biểu tham dự Giải thưởng, cụ thể như sau:\n\n"
        "L Thành phần triệu tập\nĐại biểu nhận giải thưởng năm 2023.\n"
        "2. Thời gian, địa điểm, nội dung.\nThời gian: 02 ngày.\n\n"
        "3. Kinh phí, công tác hậu cần\nBan Tổ chức chi trả kinh phí ăn, nghỉ.\n")
    assert [n.label for n in doc.body] == ["1", "2", "3"]
    assert ("L ", "1. ") in {(c.before, c.after) for c in doc.corrections}


def test_an_article_whose_label_was_read_as_specks_is_the_heading_between_its_neighbours():
    lines = ["Điều 1. Phạm vi điều chỉnh", f"Nghị định này quy định {BODY}", "",
             "- - Thôn, tổ dân phố ¬", "", f"1. {BODY}", f"2. {BODY}", "",
             "Điều 3. Nguyên tắc tổ chức, hoạt động", f"1. {BODY}"]
    assert ("- - ", "Điều 2. ") in fixes(lines)
    assert {"Điều 2", "Điều 2/1", "Điều 3"} <= set(
        outline_paths(doc_from_text("\n".join(lines) + "\n").body))
    # a heading a colon introduces is a table's or a list's, not an article's
    lines[1] = "Phương pháp tính thuế:"
    assert not [f for f in fixes(lines) if f[1] == "Điều 2. "]
    # the article before read with a bracket for its 1, the heading with a speck for a
    # period ("Điêu ].", "- - Đôi tượng áp dụng.")
    lines = ["Điêu ]. Phạm vi điều chỉnh", f"Nghị định này quy định {BODY}", "",
             "- - Đôi tượng áp dụng.", "", f"1. {BODY}", f"2. {BODY}", "",
             "Điều 3. Nguyên tắc tổ chức, hoạt động", f"1. {BODY}"]
    assert ("- - ", "Điều 2. ") in fixes(lines)
    # a sentence ending there is no heading
    lines[3] = "- - Các cơ quan, tổ chức có liên quan thực hiện theo quy định này."
    assert not [f for f in fixes(lines) if f[1] == "Điều 2. "]


def test_a_plus_list_whose_signs_ocr_read_with_specks_before_them():
    doc = doc_from_text("2. Loại hình và thể loại\nTác phẩm dự thi ở một trong hai thể loại sau:\n"
                        "+ Phóng sự, phỏng vấn, bài viết chuyên đề về công tác đoàn.\n"
                        "...* Tác phẩm giới thiệu gương điển hình thanh thiếu nhi tiêu biểu.\n"
                        "+ Tác phẩm văn học nghệ thuật về thanh niên.\n"
                        "3. Đối tượng tham gia\n")
    assert list(outline_paths(doc.body)) == ["2", "2/+1", "2/+2", "2/+3", "3"]


def test_a_dash_before_a_sentence_wrapped_mid_way_is_no_bullet():
    doc = doc_from_text(
        "a) Hồ sơ của người lao động gồm:\n"
        "- Giấy xác nhận của Ủy ban nhân dân xã, có hiệu lực kể từ ngày 12 tháng\n\n"
        "- 10 năm 2023.\n\n"
        "- Bản sao hợp đồng lao động.\n"
        "b) Giải thưởng gồm:\n"
        "+ 09 Giải Ba, mỗi giải trị giá 5.000.000 đồng\n"
        "+ 10 Giải Khuyến khích, mỗi giải trị giá 2.000.000 đồng\n")
    assert list(outline_paths(doc.body)) == ["a", "a/-1", "a/-2", "b", "b/+1", "b/+2"]


def test_a_lone_dash_before_a_paragraph_introducing_a_plus_list_is_a_speck():
    lines = ["6. Giải thưởng",
             "- Ban tổ chức trao Giải thưởng cho mỗi thể loại, bao gồm:",
             "+ 03 Giải Nhất, mỗi giải trị giá 15.000.000 đồng.",
             "+ 06 Giải Nhì, mỗi giải trị giá 10.000.000 đồng.",
             "7. Thời gian, nơi nhận"]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert list(outline_paths(doc.body)) == ["6", "6/+1", "6/+2", "7"]
    assert doc.body[0].text.startswith("- Ban tổ chức")  # the paragraph is the item's text
    # two dashes are a list, each with its own items
    lines[4:4] = ["- Các tác phẩm đoạt giải được đăng trên báo:", "+ Báo in.", "+ Báo điện tử."]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert list(outline_paths(doc.body)) == ["6", "6/-1", "6/-1/+1", "6/-1/+2", "6/-2",
                                             "6/-2/+1", "6/-2/+2", "7"]


def test_a_lone_heading_numeral_read_as_an_inverted_bang_and_its_first_item_without_period():
    doc = doc_from_text(
        PREAMBLE + "\n"
        "¡. KẾT QUẢ THỰC HIỆN\n"
        "1 Những vấn đề cơ bản về tổ chức\n"
        "Những vấn đề cơ bản đã được quy định đầy đủ.\n\n"
        "2, Kết quả thực hiện quy định từ Chương I đến Chương III\n"
        "2:1. Về đoàn viên\n" + BODY + "\n")
    assert list(outline_paths(doc.body)) == ["I", "I/1", "I/2", "I/2/2.1"]
    after = {c.before.strip(): c.after.strip() for c in doc.corrections if c.kind == "label"}
    assert after["¡."] == "I." and after["2:1."] == "2.1." and after["1"] == "1."
    # a number opening a sentence after a heading is no item where no "2." follows
    doc = doc_from_text(PREAMBLE + "\nI. KẾT QUẢ THỰC HIỆN\n1 Những vấn đề cơ bản về tổ chức\n"
                        + BODY + "\n")
    assert list(outline_paths(doc.body)) == ["I"]


def test_items_lost_between_siblings_are_found_the_same_whatever_the_hash_seed():
    # two openings tie among the siblings ("Tổ chức", "Xây dựng"): either places the lost one
    lines = ["1. Tổ chức các đợt sinh hoạt chính trị.", "2. Xây dựng các chuyên trang.",
             "3. Tổ chức hội nghị trực tuyến.", "4. Xây dựng kế hoạch tuyên truyền.",
             ". Tổ chức cho đoàn viên học tập.", "6. Xây dựng công cụ học tập.",
             "7. Tổ chức chiến dịch truyền thông.", "8. Xây dựng mô hình điểm."]
    text = PREAMBLE + "\n" + "\n".join(lines) + "\n"
    script = ("import sys; from tests.conftest import doc_from_text, outline_paths; "
              "print(list(outline_paths(doc_from_text(sys.stdin.read()).body)))")
    seen = {subprocess.run([sys.executable, "-c", script], input=text, capture_output=True,
                           text=True, check=True, env={**os.environ, "PYTHONHASHSEED": seed},
                           cwd=ROOT).stdout for seed in ("1", "2", "3")}
    assert seen == {str([str(k) for k in range(1, 9)]) + "\n"}


def test_chapter_numerals_ocr_read_as_a_letter_or_with_specks_after_them():
    # "Chương l" is the chapter's I (no word "i" for the word repair to make of it), and
    # "Chương HH : : Ặ si ễ" its II with specks after it
    lines = ["Chương l", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh", BODY,
             "Điều 2. Đối tượng áp dụng", BODY, "Chương HH : : Ặ si ễ", "TỔ CHỨC THỰC HIỆN",
             "Điều 3. Trách nhiệm thi hành", BODY, "Chương III", "ĐIỀU KHOẢN THI HÀNH",
             "Điều 4. Hiệu lực thi hành", BODY]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert list(outline_paths(doc.body)) == [
        "Chương I", "Chương I/Điều 1", "Chương I/Điều 2", "Chương II", "Chương II/Điều 3",
        "Chương III", "Chương III/Điều 4"]
    assert not [c for c in doc.corrections if c.before == "l" and c.kind != "label"]


@pytest.mark.parametrize("heading, label", [
    ("Điều.1. Ban hành kèm theo Quyết định này Quy chế thi đua", "Điều 1"),  # no space
    ("Điêun.2. Ban Thanh niên Trường học là cơ quan thường trực", "Điều 2"),  # a letter added
    ("Điều L Phạm vi điều chỉnh và đối tượng áp dụng", "Điều 1"),  # 1 as L, the period lost
    ("Điều ĩ Phạm vi điêu chỉnh", "Điều 1"),  # 1 as an i with a tilde, the period lost
])
def test_an_article_heading_read_through_damage_to_its_keyword_and_number(heading, label):
    number = label.split()[1]
    lines = [f"Điều {k}. Nội dung thứ {k}" for k in range(1, 4) if str(k) != number]
    lines.insert(int(number) - 1, heading)
    doc = doc_from_text("\n".join(f"{line}\n{BODY}" for line in lines) + "\n")
    assert list(outline_paths(doc.body)) == ["Điều 1", "Điều 2", "Điều 3"]
    # a mention wrapped to a line's start is still no heading, its 1 read as a letter too
    assert parse_label("Điều 58 Luật Đất đai năm 2024 quy định") is None
    # (a codified article cited so: no heading of its number)
    found = parse_label("Điều 41.2.NĐ.3 Luật Sở hữu trí tuệ")
    assert found is None or found.text != "Điều 41.2.NĐ.3"
    assert parse_label("Điều ï Thông tư số liên tịch 21/2008/TTLT-BQP") is None
    assert parse_label("Điều I Quyết định này có hiệu lực thi hành").kind == "article"


@pytest.mark.parametrize("printed, number", [
    ("Điêu 45.12.NĐ.1]. Phạm vi điều chỉnh", "45.12.NĐ.1"),  # a speck before the period
    ("Điệu 45.12.ND. I. Phạm vi điều chỉnh", "45.12.NĐ.1"),  # Đ's bar lost, 1 as I
    ("- Điêu 41.12/TT.1.1. Phạm vi điều chỉnh", "41.12.TT.1.1"),  # a slash for a dot
    ("Điêu 8.4.NĐ:2.1. Phạm vi điều chỉnh", "8.4.NĐ.2.1"),  # a colon for a dot
    ("Điều 8.4.NĐ.I.1, Phạm vi điều chỉnh", "8.4.NĐ.1.1"),  # a comma for the period
    ("| Điêu 39.2:ND.1,1. Phạm vi điều chỉnh", "39.2.NĐ.1.1"),  # a comma between numerals
])
def test_a_codified_articles_number_read_through_ocr_damage(printed, number):
    doc = doc_from_text("\n".join([printed, BODY, "Điều 45.12.LQ.2. Đối tượng áp dụng", BODY]))
    assert list(outline_paths(doc.body)) == [f"Điều {number}", "Điều 45.12.LQ.2"]


@pytest.mark.parametrize("printed, number", [
    ("Điều 37.1 1,Q.1. Phạm vi điều chỉnh", "37.1.LQ.1"),  # L as 1, a comma, a space
    ("Điệu 37.L.NĐ.I.1. Phạm vi điều chỉnh", "37.1.NĐ.1.1"),  # 1s as L and I
    ("Diệu 37:1TT. 1.1. Phạm vi điều chỉnh", "37.1.TT.1.1"),  # a colon, a dot lost
    ("Điều 37.1.TI,.2.1. Phạm vi điều chỉnh", "37.1.TL.2.1"),  # L as I, a comma
    ("Điêu.37.1.NL,.1.1- Phạm vi điều chỉnh", "37.1.NL.1.1"),  # a dash for the period
    ("Điều 37.1.TT-4.1. Phạm vi điều chỉnh", "37.1.TT.4.1"),  # a dash for a dot
    ("Điều 37.1 JNĐÐ.I. Phạm vi điều chỉnh", "37.1.NĐ.1"),  # a speck, a letter doubled
])
def test_a_codified_number_ocr_damaged_further_is_read_by_the_documents_own_prefix(
        printed, number):
    clean = [f"Điều 37.1.LQ.{k}. Nội dung thứ {k}" for k in (5, 6)]
    doc = doc_from_text("\n".join([printed, BODY, clean[0], BODY, clean[1], BODY]))
    assert list(outline_paths(doc.body)) == [f"Điều {number}", "Điều 37.1.LQ.5",
                                             "Điều 37.1.LQ.6"]
    # one clean article vouches for no topic and heading: the damaged number is left
    doc = doc_from_text("\n".join([printed, BODY, clean[0], BODY]))
    assert f"Điều {number}" not in outline_paths(doc.body)


NOTE = "(Điều 2 Nghị định số 74/CP, có hiệu lực thi hành kể từ ngày 01/01/1994)"


@pytest.mark.parametrize("printed, number", [
    ("Điều 33.7.NĐ.22.", "33.7.NĐ.2.2"),  # the place's dot lost
    ("_ Điều 33.7NĐ.23, |", "33.7.NĐ.2.3"),  # both, a comma for the period, specks
    ("Điều 33.7.NĐ.2,3.", "33.7.NĐ.2.3"),  # a comma for a dot
    ("\"Điều 33.⁄.NĐ.2.3.", "33.7.NĐ.2.3"),  # the 7 read as a fraction slash
    ("Điêu 33.7.NĐ.2.L, (Điều 1 Nghị định số 74/CP)", "33.7.NĐ.2.1"),  # a comma, a note
    ("Điều 33.7.1NĐ.2.3.", "33.7.NĐ.2.3"),  # a speck read as a 1 before the source
    ("Điều 33.7.ND.2.3.", "33.7.NĐ.2.3"),  # Đ's bar lost
    ("Điều 33.7.NB.2.3.", "33.7.NĐ.2.3"),  # NB is NĐ or NQ: the document prints NĐ
    ("Điều 33.7TT.1.1,", "33.7.TT.1.1"),  # a heading whose title is its next line
])
def test_a_codified_place_is_read_with_as_many_numerals_as_the_documents_others(
        printed, number):
    clean = [f"Điều 33.7.NĐ.{k}.1." for k in (1, 3, 4)]
    doc = doc_from_text("\n".join(
        [clean[0], NOTE, BODY, printed, NOTE, BODY, clean[1], NOTE, BODY, clean[2], NOTE,
         BODY, "Điều 33.7.LQ.5.", NOTE, BODY]) + "\n")
    assert list(outline_paths(doc.body)) == [
        "Điều 33.7.NĐ.1.1", f"Điều {number}", "Điều 33.7.NĐ.3.1", "Điều 33.7.NĐ.4.1",
        "Điều 33.7.LQ.5"]
    # one place read with its dot lost beside two clean ones is no count of the document's
    doc = doc_from_text("\n".join(
        [clean[0], NOTE, BODY, "Điều 33.7.NĐ.22.", NOTE, BODY, clean[1], NOTE, BODY,
         "Điều 33.7.NĐ.2,5.", NOTE, BODY]) + "\n")
    assert list(outline_paths(doc.body)) == [
        "Điều 33.7.NĐ.1.1", "Điều 33.7.NĐ.2.2", "Điều 33.7.NĐ.3.1", "Điều 33.7.NĐ.2.5"]
    # so with its period lost before its title ("NĐ.22 Đối tượng áp dụng")
    doc = doc_from_text("\n".join(
        [clean[0], NOTE, BODY, "Điều 33.7.NĐ.22 Đối tượng áp dụng", NOTE, BODY, clean[1], NOTE,
         BODY, clean[2], NOTE, BODY]) + "\n")
    assert list(outline_paths(doc.body))[1] == "Điều 33.7.NĐ.2.2"
    assert "Điều 33.7.NĐ.2.2. Đối tượng áp dụng" in doc.corrected_text()
    # where the document's places of that source have one numeral, "NĐ.22" is theirs
    doc = doc_from_text("\n".join(
        [f"Điều 33.7.NĐ.{k}.\n{NOTE}\n{BODY}" for k in (20, 21, 22, 23)]) + "\n")
    assert [p.split(".")[-1] for p in outline_paths(doc.body)] == ["20", "21", "22", "23"]


@pytest.mark.parametrize("printed, note, number", [
    ("Điều 337101 2-", "thiệu 2 Luật số 23-L/CTN, có hiệu lực)", "33.7.LQ.2"),
    ("Điều  . Phạm vi điều chỉnh", "töiệu I Thông tư số 15/2013/TT-BCA quy định)", "33.7.TT.1.1"),
    ("Điều 33. L4.ND3S. Chức danh", "(Điều 5 Nghị định số 105/2012/NĐ-CP, có hiệu lực)",
     "33.7.NĐ.5"),
    ("Điều 337LQ2.", "(Điều 2 Luật số 23-L/CTN, có hiệu lực)", "33.7.LQ.2"),  # dots lost
    # a numeral of its place lost: "TT.1" where the document's others print "TT.1.2"
    ("Điều 33. 7.TT.1.. Phạm vi", "(Điều 1 Thông tư số 15/2013/TT-BCA quy định)", "33.7.TT.1.1"),
    # its keyword read as a short token
    ("hi: 33.7.TT.1.1. Phạm vi", "(Điều 1 Thông tư số 15/2013/TT-BCA quy định)", "33.7.TT.1.1"),
])
def test_a_codified_number_damaged_past_reading_is_read_from_the_note_under_it(
        printed, note, number):
    doc = doc_from_text("\n".join([
        "Điều 33.7.LQ.1.", "(Điều 1 Luật số 23-L/CTN, có hiệu lực)", BODY,
        "Điều 33.7.NĐ.4. Đối tượng", "(Điều 4 Nghị định số 105/2012/NĐ-CP, có hiệu lực)", BODY,
        printed, note, BODY,
        "Điều 33.7.TT.1.2. Đối tượng áp dụng", "(Điều 2 Thông tư số 15/2013/TT-BCA)", BODY,
        "Điều 33.7.TT.1.3. Nguyên tắc", "(Điều 3 Thông tư số 15/2013/TT-BCA)", BODY,
        "Điều 33.7.LQ.6.", "(Điều 6 Luật số 23-L/CTN, có hiệu lực)", BODY,
        "Điều 33.7.NĐ.7. Hiệu lực", "(Điều 7 Nghị định số 105/2012/NĐ-CP)", BODY]) + "\n")
    assert list(outline_paths(doc.body))[2] == f"Điều {number}"
    # with no note under it, the line is left as it was read
    doc = doc_from_text("\n".join([
        "Điều 33.7.LQ.1.", BODY, printed, BODY, "Điều 33.7.LQ.6.", BODY]) + "\n")
    assert f"Điều {number}" not in outline_paths(doc.body)


def test_a_codified_number_from_its_note_and_the_one_document_of_its_source_printed():
    # article 1 of the Nghị định, between articles of the Pháp lệnh: the text prints
    # articles of one Nghị định only (NĐ.1.4, NĐ.1.5), so the note's article is NĐ.1.1
    doc = doc_from_text("\n".join([
        "Điều 23.5.PL.1.", "(Điều 1 Pháp lệnh về hàm, có hiệu lực)", BODY,
        "° Điệu 2.0.INĐ)'Ì 1:", "(Điêu 1 Nghị định số 13/CP Quy định chi tiết)", BODY,
        "Điều 23.5.PL.2.", "(Điều 2 Pháp lệnh về hàm, có hiệu lực)", BODY,
        "Điều 23.5.NĐ.1.4. Hàm đại sứ:", "(Điều 4 Nghị định số 13/CP)", BODY,
        "Điều 23.5.NĐ.1.5. Hàm công sứ:", "(Điều 5 Nghị định số 13/CP)", BODY]) + "\n")
    assert list(outline_paths(doc.body))[1] == "Điều 23.5.NĐ.1.1"


def test_a_codified_number_from_its_note_takes_its_sources_usual_place_count():
    # no other law article printed clean: a law's place is its article alone (LQ.1)
    doc = doc_from_text("\n".join([
        "Diều 16. 1.LQ. . Nhiệm vụ của Bộ luật Hình sự",
        "(Điều I Bộ luật số 100/2015/QH13 Hình sự, có hiệu lực)", BODY,
        "Điều 16.1.NĐ.1.1. Phạm vi điều chỉnh", "(Điều 1 Nghị định số 37/2018/NĐ-CP)", BODY,
        "Điều 16.1.NĐ.1.2. Giải thích từ ngữ", "(Điều 2 Nghị định số 37/2018/NĐ-CP)", BODY])
        + "\n")
    assert next(iter(outline_paths(doc.body))) == "Điều 16.1.LQ.1"


@pytest.mark.parametrize("note_article, number", [("2", "16.1.NĐ.2.2"), ("22", "16.1.NĐ.22")])
def test_a_codified_place_whose_dot_ocr_lost_is_read_by_the_article_its_note_names(
        note_article, number):
    # the document's decree articles do not show their places' numerals (one clean)
    doc = doc_from_text("\n".join([
        "Điều 16.1.LQ.1. Nhiệm vụ", "(Điều 1 Bộ luật số 100/2015/QH13, có hiệu lực)", BODY,
        "Điều 16.1.NĐ.2.1. Phạm vi điều chỉnh", "(Điều 1 Nghị định số 37/2018/NĐ-CP)", BODY,
        "Điều 16.1.NĐ.22. Giải thích từ ngữ",
        f"(Điều {note_article} Nghị định số 37/2018/NĐ-CP, có hiệu lực)", BODY]) + "\n")
    assert list(outline_paths(doc.body))[-1] == f"Điều {number}"


def test_a_codified_number_alone_at_a_lines_start_is_no_article_whose_keyword_was_lost():
    # "… cá nhân.Điều" / "33.7.TT.1.1. Phạm vi": the keyword wrapped to the line before
    doc = doc_from_text("\n".join([
        "Điều 33.7.LQ.1.", "(Điều 1 Luật số 23-L/CTN, có hiệu lực)", BODY,
        "Điều 33.7.LQ.2.", "(Điều 2 Luật số 23-L/CTN, có hiệu lực)", "Luật này quy định.Điều",
        "33.7.TT.1.1. Phạm vi", "(Điều 1 Thông tư số 15/2013/TT-BCA quy định)", BODY,
        "Điều 33.7.TT.1.2. Đối tượng áp dụng", "(Điều 2 Thông tư số 15/2013/TT-BCA)", BODY])
        + "\n")
    assert "Điều 33.7.TT.1.1" not in outline_paths(doc.body)


def test_a_codified_articles_number_inside_a_note_ocr_opened_is_read_by_the_documents():
    # an opening quote OCR read before a note is never closed: the articles after it are
    # still the document's, read against the topic and heading its other articles print
    note = ("(Điều này có nội dung liên quan đến Điều 41, 13.QĐ.3. của Quyết định "
            "308/2005/QĐ-TTg)")
    doc = doc_from_text("\n\n".join([
        "Điều 41.13.TT.1.1. Phạm vi", BODY, note, "Điều 41.13.TT.1.2. Đối tượng", BODY, note,
        "Điều 41.13.TT1.3, Tổ chức việc tang", BODY, note + " :",  # (a speck: a colon)
        "“Điều 41.13.TT.1.4. Khai tử", BODY, note,
        "Điều 41.!3./TT. 1.5. Trách nhiệm tổ chức lễ tang", BODY]) + "\n")
    assert list(outline_paths(doc.body))[-1] == "Điều 41.13.TT.1.5"


def test_a_note_opened_behind_a_dash_and_one_that_lost_its_closing_bracket():
    # the note's second line holds an article it cites, which the repair cut off as a
    # heading run into the line: it stands in the note, also behind a dash OCR read
    for opening in ("(", "— (", "-("):
        doc = doc_from_text("\n".join([
            "Điều 41.3.TT.1.1. Phạm vi điều chỉnh", BODY, "",
            f"{opening}Điều này có nội dung liên quan đến Điều 41.3.NÐ.4.; Điệu 41.3.TT.1.1. "
            "Phạm vi điều",
            "chỉnh, Diệu 41 .3.TT.1.4. Giải thích một số từ ngữ) -", "",
            "Điều 41.3.TT.1.4. Giải thích một số từ ngữ", BODY]) + "\n")
        assert list(outline_paths(doc.body)) == ["Điều 41.3.TT.1.1", "Điều 41.3.TT.1.4"]
    # a note whose closing bracket OCR lost ends where an article's heading opens a line
    # after one that parts no list of articles
    doc = doc_from_text("\n".join([
        "Điều 41.13.TT.1.1. Phạm vi điều chỉnh", BODY,
        "-(Điều này có nội dung liên quan đến Điều 41.13.QĐ.1.; Điều 41.13.QĐ.3. của Quyết "
        "định", "308/2005/QĐ-TTg Ban hành Quy chế ban hành ngày lên CĐ,",
        "Điều 41.13.TT.1.2. Những nguyên tắc trong tổ chức việc cưới", BODY]) + "\n")
    assert list(outline_paths(doc.body)) == ["Điều 41.13.TT.1.1", "Điều 41.13.TT.1.2"]


def test_a_points_letter_read_as_a_sign_is_placed_by_its_list():
    # c) read as "=)", d) as "đ)" (a look-alike), đ) behind specks and a sign
    doc = doc_from_text("\n".join([
        "Điều 4. Tiền thưởng", "3. Quy chế tiền thưởng phải bao gồm những nội dung sau:",
        "a) Phạm vi và đối tượng áp dụng;", "b) Tiêu chí thưởng theo thành tích công tác;",
        "=) Mức tiền thưởng cụ thể đối với từng trường hợp;",
        "đ) Quy trình, thủ tục xét thưởng;",
        "-_-đ®) Các quy định khác theo yêu cầu quản lý của cơ quan, đơn vị.",
        "4. Quỹ tiền thưởng hằng năm nằm ngoài quỹ khen thưởng."]) + "\n")
    assert list(outline_paths(doc.body)) == [
        "Điều 4", "Điều 4/3", "Điều 4/3/a", "Điều 4/3/b", "Điều 4/3/c", "Điều 4/3/d",
        "Điều 4/3/đ", "Điều 4/4"]


def test_a_points_l_read_as_a_capital_i_between_its_neighbours():
    points = ["a) Tác phẩm viết;", "b) Các bài giảng;", "c) Tác phẩm sân khấu;",
              "d) Tác phẩm điện ảnh;", "đ) Tác phẩm phát thanh;", "e) Tác phẩm báo chí;",
              "g) Tác phẩm âm nhạc;", "h) Tác phẩm kiến trúc;", "i) Tác phẩm tạo hình;",
              "k) Tác phẩm nhiếp ảnh;", "I)Công trình khoa học, sách giáo khoa;",
              "m) Các bức họa đồ, bản vẽ;", "n) Tác phẩm dịch, phóng tác."]
    doc = doc_from_text("Điều 2. Tác phẩm công bố\n1. Tác phẩm công bố ra nước ngoài gồm:\n"
                        + "\n".join(points) + "\n2. Các tác phẩm khác.\n")
    paths = list(outline_paths(doc.body))
    assert "Điều 2/1/l" in paths and "Điều 2/1/m" in paths and "Điều 2/2" in paths
    # not beside points: a roman numeral printed with a bracket keeps its kind
    doc = doc_from_text("I) MỤC ĐÍCH, YÊU CẦU\n1. Tổ chức các hoạt động thiết thực.\n"
                        "II) NỘI DUNG\n1. Tuyên truyền sâu rộng.\n")
    assert [n.label for n in doc.body if n.label] == ["I", "II"]


def test_a_word_like_chapter_alone_on_its_line_ends_a_sentence():
    # "chồng." wrapped to its own line is no chapter whose numeral was lost
    doc = doc_from_text("Chương I\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Giải thích từ ngữ\n"
                        "1. Chung sống như vợ chồng là việc nam, nữ tổ chức cuộc sống chung và "
                        "coi nhau là vợ\nchồng.\n\n2. Tảo hôn là việc lấy vợ, lấy chồng khi "
                        "chưa đủ tuổi.\n")
    assert list(outline_paths(doc.body)) == ["Chương I", "Chương I/Điều 1",
                                             "Chương I/Điều 1/1", "Chương I/Điều 1/2"]


def test_an_amended_article_whose_opening_quote_ocr_lost():
    doc = doc_from_text("Điều 1. Sửa đổi, bổ sung khoản 4 Điều 5 như sau:\n"
                        "“4. Người nộp phí nộp theo quy định.”\n"
                        "Điều 2. Sửa đổi, bổ sung Điêu 6\n"
                        "Điều 6. Khai, thu, nộp phí, lệ phí\n" + BODY + "”\n"
                        "Điều 3. Hiệu lực thi hành\n" + BODY + "\n")
    assert list(outline_paths(doc.body)) == ["Điều 1", "Điều 1/4", "Điều 2", "Điều 2/Điều 6",
                                             "Điều 3"]


def test_points_read_as_signs_and_a_first_item_read_as_a_speck():
    doc = doc_from_text("Điều 2. Đối tượng áp dụng\n1. Người lao động gồm:\n"
                        "a) Người làm việc theo hợp đồng lao động;\nb) Cán bộ, công chức;\n"
                        "—_...€) Công nhân quốc phòng;\nd) Sĩ quan quân đội;\n"
                        "đ) Hạ sĩ quan công an;\ne) Người làm công tác cơ yếu;\n"
                        "g) Người lao động nước ngoài;\nh) Người hoạt động không chuyên trách;\n"
                        "¡) Người quản lý doanh nghiệp;\nk) Người đại diện phần vốn.\n"
                        "2. Người sử dụng lao động.\n")
    assert list(outline_paths(doc.body))[2:12] == [
        f"Điều 2/1/{x}" for x in ("a", "b", "c", "d", "đ", "e", "g", "h", "i", "k")]
    text = ("được sửa đổi, bổ sung bởi:\n†. Luật Nhà giáo số 73/2025/QH15 của Quốc hội;\n"
            "2. Luật Thanh tra số 84/2025/QH15 của Quốc hội;\n"
            "3. Luật Dân số số 113/2025/QH15 của Quốc hội.\n")
    assert list(outline_paths(doc_from_text(text).body)) == ["1", "2", "3"]


def test_a_first_item_read_as_a_speck_under_an_article_whose_title_wraps():
    body = ("cơ sở khám bệnh, chữa bệnh có trách nhiệm gửi văn bản đề nghị thanh toán, "
            "bảng kê chi phí\nkhám bệnh, chữa bệnh và các chứng từ kèm theo liên quan "
            "trực tiếp đến quá trình\n")
    text = ("Điều 8. Thanh toán kinh phí khám bệnh, chữa bệnh với Quỹ Bảo trợ\ntrẻ em\n"
            "†. Trong thời gian 03 ngày làm việc, kể từ khi người chưa thành niên hết cấp "
            "cứu,\n" + body + "2. Trường hợp chi phí khám bệnh, chữa bệnh thực tế ít hơn "
            "số tiền đã tạm\n" + body + "3. Sau khi thực hiện việc thanh toán.\n")
    doc = doc_from_text(text)
    assert list(outline_paths(doc.body)) == ["Điều 8", "Điều 8/1", "Điều 8/2", "Điều 8/3"]
    assert ("†. ", "1. ") in {(c.before, c.after) for c in doc.corrections}
    # a line that runs to the margin goes on into the next: no item opens there
    text = text.replace("Quỹ Bảo trợ\ntrẻ em\n†.", "Quỹ Bảo trợ trẻ em\nvà các khoản "
                        "khác theo quy định của pháp luật về khám bệnh, chữa bệnh và bảo "
                        "hiểm y tế hiện\n†.")
    assert "Điều 8/1" not in outline_paths(doc_from_text(text).body)


def test_a_heading_numeral_read_as_a_bracket_its_period_lost():
    doc = doc_from_text(PREAMBLE + "\n[ QUY ĐỊNH CHUNG |\nĐiều 1. Phạm vi điều chỉnh\n" + BODY
                        + "\nII QUY ĐỊNH CỤ THỂ\nĐiều 2. Nguyên tắc\n" + BODY + "\n")
    # (a roman heading after an article nests under it, as the clean text's does)
    assert [p.split("/")[-1] for p in outline_paths(doc.body)] == ["I", "Điều 1", "II",
                                                                   "Điều 2"]


def test_a_quoted_lists_misread_label_does_not_hand_its_next_items_to_the_document():
    # the quoted list's "5." read as "9.": its "6." is still the quotation's, not the
    # amending list's own item 6 (which follows it, introducing the next quotation)
    quoted = [f"{n}. Xếp lương ngạch giáo viên hạng {n} theo quy định." for n in
              (1, 2, 3, 4, 9, 6, 7, 8)]
    doc = doc_from_text("Điều 1. Sửa đổi, bổ sung một số điều như sau:\n"
                        "5. Sửa đổi, bổ sung Điều 15 như sau:\n“Điều 15. Chuyển xếp lương\n"
                        + "\n".join(quoted) + "\n6. Sửa đổi, bổ sung Điều 16 như sau:\n"
                        "“Điều 16. Tiêu chuẩn dự xét thăng hạng.”\n")
    paths = list(outline_paths(doc.body))
    assert "Điều 1/5/Điều 15/8" in paths and "Điều 1/6/Điều 16" in paths
    assert [p for p in paths if p.startswith("Điều 1/5/Điều 15/")] == [
        f"Điều 1/5/Điều 15/{n}" for n in range(1, 9)]


def test_a_point_read_as_a_digit_with_a_wrapped_lines_dash_after_it():
    doc = doc_from_text("Điều 1. Phạm vi điều chỉnh\n1. Quyết định này quy định cơ chế tài chính.\n"
                        "2. Đối tượng áp dụng bao gồm:\n"
                        "—_.. 8) Các đơn vị trực thuộc Bảo hiểm xã hội Việt Nam, Bảo hiểm "
                        "xã hội Bộ.\n"
                        "- Quốc phòng, Bảo hiểm xã hội Bộ Công an;\n"
                        "b) Trung tâm dịch vụ việc làm;\nc) Tổ chức, cá nhân liên quan.\n")
    assert list(outline_paths(doc.body))[3:] == ["Điều 1/2/a", "Điều 1/2/b", "Điều 1/2/c"]


def test_a_lists_first_item_read_as_a_dash_under_its_heading():
    doc = doc_from_text(PREAMBLE + "\n1, MỤC ĐÍCH\n- Nhằm khuyến khích các tác phẩm báo chí "
                        "viết về công tác tôn vinh.\n" + BODY + "\n2. Kết hợp việc tổ chức "
                        "Cuộc thi với tuyên truyền.\nII. YÊU CẦU\n1. " + BODY + "\n")
    assert list(outline_paths(doc.body)) == ["I", "I/1", "I/2", "II", "II/1"]
    first = next(c for c in doc.corrections if c.after == "1. ")
    assert first.confidence == 0.6  # less sure than where its words match item 2's


def test_a_sub_item_with_a_slash_for_its_dot():
    doc = doc_from_text(PREAMBLE + "\n3. Cuộc thi ảnh về cây xanh\n3.1. Thời gian triển khai: "
                        "từ ngày 20/6/2021.\n3/2. Đối tượng tham gia: đoàn viên, thanh niên.\n"
                        "4. Kinh phí thực hiện\n" + BODY + "\n")
    assert list(outline_paths(doc.body)) == ["3", "3/3.1", "3/3.2", "4"]
    assert parse_label("3/2/2021 là ngày ban hành") is None  # a date opening a line


@pytest.mark.parametrize("heading", ["Chương l§", "Chương HH..."])
def test_a_chapter_heading_with_a_speck_glued_to_its_numeral_or_dots_after_it(heading):
    lines = ["Chương I", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh", BODY, heading,
             "TIÊU CHÍ KIỂM ĐỊNH CHẤT LƯỢNG", "Điều 2. Tiêu chí đánh giá", BODY]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert list(outline_paths(doc.body)) == ["Chương I", "Chương I/Điều 1", "Chương II",
                                             "Chương II/Điều 2"]


def test_a_chapter_keyword_whose_n_ocr_read_as_two_letters():
    # "Chươiigp l -": its n read as "ii", a speck glued after it, its I as an l
    lines = ["*Chươiigp l -", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh", BODY,
             "Chương II", "TỔ CHỨC THỰC HIỆN", "Điều 2. Hiệu lực thi hành", BODY]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert list(outline_paths(doc.body)) == ["Chương I", "Chương I/Điều 1", "Chương II",
                                             "Chương II/Điều 2"]
    assert parse_label("Chungg II") is None  # a word, not the keyword


def test_an_items_period_read_as_a_stroke_or_a_dash():
    doc = doc_from_text("Điều 4. Tổ chức khoa học và công nghệ trực thuộc\n"
                        "1. Cơ sở giáo dục đại học được thành lập tổ chức khoa học.\n"
                        "2_Tổ chức khoa học do cơ sở thành lập phải đăng ký hoạt động.\n"
                        "-3- Tổ chức khoa học trực thuộc phải bảo đảm các điều kiện.\n"
                        "4. Nhân sự của tổ chức khoa học và công nghệ trực thuộc.\n")
    assert list(outline_paths(doc.body)) == ["Điều 4", "Điều 4/1", "Điều 4/2", "Điều 4/3",
                                             "Điều 4/4"]
    assert parse_label("2-3 người tham gia mỗi đội") is None  # a range, not a label
    assert parse_label("39- NQ/TW ngày 17/4/2015 của Bộ Chính trị") is None  # a code wrapped


def test_an_articles_first_clause_read_as_roman_one_before_a_misread_two():
    doc = doc_from_text("Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng\n"
                        "I. Nghị định này quy định về hoạt động khoa học.\n"
                        "4. Nghị định này áp dụng đối với cơ sở giáo dục đại học.\n"
                        "Điều 2. Giải thích từ ngữ\n1. " + BODY + "\n")
    assert list(outline_paths(doc.body))[:2] == ["Điều 1", "Điều 1/1"]
    assert ("I.", "1.") in [(c.before, c.after) for c in doc.corrections if c.kind == "label"]


def test_dash_items_whose_dashes_ocr_read_as_specks_or_tildes():
    lines = ["1. Đối tượng mở tài khoản gồm:",
             "- Các đơn vị dự toán ngân sách các cấp;",
             "- Các cơ quan, đơn vị được giao quản lý ngân sách;",
             "_. Các chủ đầu tư có dự án đầu tư công;",
             "-_ ~ Các Ban quản lý dự án được giao quản lý dự án;",
             "~ Các quỹ tài chính nhà nước ngoài ngân sách;",
             "- Các cơ quan thu ngân sách;",
             "2. Tài khoản được mở tại Kho bạc Nhà nước."]
    doc = doc_from_text("\n\n".join(lines) + "\n")  # (a scan's paragraphs, apart)
    assert list(outline_paths(doc.body)) == ["1", *(f"1/-{k}" for k in range(1, 7)), "2"]
    # specks before a paragraph that opens unlike its siblings are no dash
    lines[3] = "_. Chủ đầu tư có dự án đầu tư công;"
    doc = doc_from_text("\n\n".join(lines) + "\n")
    assert not [c for c in doc.corrections if c.kind == "label" and c.before.startswith("_.")]


def test_a_sub_items_numerals_parted_by_a_comma_are_its_label_with_a_dot():
    # (its sibling before it read as no label: no sequence mends it)
    doc = doc_from_text("5. QUYỀN TÁC GIẢ\n5.], Quy định sử dụng tác phẩm dự giải.\n"
                        "5,2. Trách nhiệm của tác giả đối với tác phẩm.\n")
    assert list(outline_paths(doc.body)) == ["5", "5/5.2"]


def test_an_inserted_article_whose_1_ocr_read_as_a_letter_follows_the_one_before():
    # "Điều 21a" then "Điều 2Ib": article 21b, the next an amendment inserts
    doc = doc_from_text("Điều 1. Sửa đổi, bổ sung một số điều như sau:\n"
                        "12. Bổ sung Điều 21a và Điều 21b sau Điều 21 như sau:\n"
                        "“Điều 21a. Bộ Khoa học và Công nghệ\n1. Chủ trì việc thẩm định.\n"
                        "Điều 2Ib. Bộ Công Thương\n1. Chủ trì, phối hợp với các bộ.”\n"
                        "Điều 2. Hiệu lực thi hành\n" + BODY + "\n")
    assert ("2Ib", "21b") in {(c.before, c.after) for c in doc.corrections
                              if c.status == "applied"}
    assert "Điều 1/12/Điều 21b" in outline_paths(doc.body)


def test_a_quote_ocr_read_before_the_first_chapter_opens_no_quotation():
    # the preamble's formula ends "như sau:" as an amendment's does; the quote is a speck
    lines = ["Thông tư này được sửa đổi, bổ sung bởi:",
             "- Thông tư số 08/2023/TT-BTC ngày 29 tháng 8 năm 2023 của Bộ trưởng;",
             "- Thông tư số 09/2023/TT-BTC ngày 30 tháng 8 năm 2023 của Bộ trưởng.",
             "Bộ trưởng Bộ Tài chính ban hành Thông tư hướng dẫn thực hiện như sau:",
             "“Chương I", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh", BODY,
             "Điều 2. Đối tượng áp dụng", BODY]
    paths = list(outline_paths(doc_from_text("\n".join(lines) + "\n").body))
    assert paths == ["-1", "-2", "Chương I", "Chương I/Điều 1", "Chương I/Điều 2"]
    # inside the document's own article, the same quote opens the amended chapter
    amending = ["Điều 1. Sửa đổi, bổ sung Thông tư số 05/2020/TT-BTC như sau:",
                "1. Sửa đổi Điều 1 như sau:", "“Điều 1. Phạm vi điều chỉnh", f"{BODY}”.",
                "Điều 2. Hiệu lực thi hành", BODY]
    paths = list(outline_paths(doc_from_text("\n".join(amending) + "\n").body))
    assert paths == ["Điều 1", "Điều 1/1", "Điều 1/1/Điều 1", "Điều 2"]


@pytest.mark.parametrize("lost", ["Chư0ng ; ĩ", "", "C. ương II"])
def test_a_chapter_whose_heading_ocr_lost_is_inferred_from_its_title(lost):
    # chapters I and III read clean: II's title in capitals stands before its first
    # article; the clean "Chương III" is no II misread
    lines = ["Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;", "Chương I",
             "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh", BODY, "Điều 2. Đối tượng áp dụng",
             BODY, lost, "QUY ĐỊNH CỤ THỂ", "Điều 3. Nguyên tắc", BODY, "Điều 4. Mức hỗ trợ",
             BODY, "Chương III", "ĐIỀU KHOẢN THI HÀNH", "Điều 5. Hiệu lực thi hành", BODY]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert list(outline_paths(doc.body)) == [
        "Chương I", "Chương I/Điều 1", "Chương I/Điều 2", "Chương II", "Chương II/Điều 3",
        "Chương II/Điều 4", "Chương III", "Chương III/Điều 5"]
    assert [n.title for n in doc.body][1] == "QUY ĐỊNH CỤ THỂ"


@pytest.mark.parametrize("first", ["Chương I", "Chương |"])
@pytest.mark.parametrize("lost", ["Chương J5", "TH  g HH"])
def test_the_last_chapter_whose_heading_ocr_read_beyond_reading(first, lost):
    # no chapter after it: only under a line that is no word does the title open one
    lines = ["Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;", first,
             "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh", BODY, "Điều 2. Đối tượng áp dụng",
             BODY, lost, "QUY ĐỊNH CỤ THỂ", "Điều 3. Nguyên tắc", BODY]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert list(outline_paths(doc.body)) == [
        "Chương I", "Chương I/Điều 1", "Chương I/Điều 2", "Chương II", "Chương II/Điều 3"]
    lines.remove(lost)
    assert "Chương II" not in outline_paths(doc_from_text("\n".join(lines) + "\n").body)


def test_an_amended_clause_whose_opening_quote_ocr_read_as_a_speck():
    # "a)" read as "3)", the quote before the amended clause 2 as a dash: the dash is
    # the quotation's quote, and the quoted "2." no clause of the document's own
    lines = ["Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 72/2015/NĐ-CP",
             "1. Sửa đổi, bổ sung khoản 1 Điều 3 như sau:", f"“1. {BODY}”",
             "2. Sửa đổi, bổ sung một số điểm, khoản của Điều 9 như sau:",
             "3) Sửa đổi, bổ sung khoản 2 như sau:", f"- 2. Thông tin tình hình {BODY}”",
             "b) Sửa đổi, bổ sung điểm d khoản 3 như sau:", f"“d) Qua các phương tiện {BODY}”",
             "3. Bổ sung khoản 5 Điều 12 như sau:", f"“5. {BODY}”",
             "Điều 2. Hiệu lực thi hành", BODY]
    doc = doc_from_text("\n".join(lines) + "\n")
    paths = list(outline_paths(doc.body))
    assert {"Điều 1/2/a", "Điều 1/2/a/2", "Điều 1/2/b", "Điều 1/3", "Điều 2"} <= set(paths)
    assert "Điều 1/2" in paths and not any(p.startswith("Điều 1/2/2") for p in paths)
    assert "“2. Thông tin" in doc.corrected_text()


@pytest.mark.parametrize("scrap", ["ỘỒ", "¬ ¬ l"])
def test_a_quotation_closed_before_a_scrap_ocr_read_as_letters(scrap):
    lines = ["Điều 2. Sửa đổi, bổ sung một số khoản của Điều 10",
             "1. Sửa đổi, bổ sung khoản 1 Điều 10 như sau:",
             f"“1. Thẩm định phương án giá là việc đánh giá {BODY}”. {scrap}",
             "2. Bổ sung cụm từ “tổ chức thực hiện” tại điểm a khoản 3 Điều 10.",
             "Điều 3. Hiệu lực thi hành", BODY]
    paths = list(outline_paths(doc_from_text("\n".join(lines) + "\n").body))
    assert paths == ["Điều 2", "Điều 2/1", "Điều 2/1/1", "Điều 2/2", "Điều 3"]


def test_a_quotation_closed_before_a_modifier_letter_ocr_read_as_a_speck():
    # "… tư này.” ˆ": the quotation closes there, and the amending list's "2." and the
    # quotation it introduces (its opening quote read as "#") are not the first one's
    lines = ["Điều 1. Sửa đổi, bổ sung một số khoản của Điều 3",
             "1. Sửa đổi, bổ sung điểm b khoản 9 Điều 3 như sau:",
             f"“b) Trong thời hạn 15 ngày {BODY}",
             "Trường hợp có 03 môn thi đạt yêu cầu, Cục trưởng cấp Chứng chỉ theo Thông tư này.” ˆ",
             "2. Bổ sung khoản 10 Điều 3 như sau:",
             "#10. Chi phí tổ chức kỳ thi cấp chứng chỉ nghiệp vụ",
             f"a) {BODY}", f"b) {BODY}”",
             "Điều 2. Hiệu lực thi hành", BODY]
    paths = list(outline_paths(doc_from_text("\n".join(lines) + "\n").body))
    assert paths == ["Điều 1", "Điều 1/1", "Điều 1/1/b", "Điều 1/2", "Điều 1/2/10",
                     "Điều 1/2/10/a", "Điều 1/2/10/b", "Điều 2"]


def test_an_item_over_points_that_start_again_is_inferred_where_its_number_was_lost():
    # item 2's number read as specks ("+."), its points' list starting again at "a)"
    # (read "ä}"); item 1's "1." read as "Ï." under capitalised roman headings
    lines = [PREAMBLE, "I. MỤC ĐÍCH, Ý NGHĨA", f"1. {BODY}", "II. NỘI DUNG",
             "Ï. Tuyên truyền cho thanh niên, sinh viên về Chương trình",
             f"a) {BODY}", f"b) {BODY}", f"c) {BODY}, sản phẩm,",
             "+. tham: gia xây dựng mô hình thanh niên khởi nghiệp",
             "ä} " + BODY, f"b) {BODY}", "3. Tổ chức các đội trí thức trẻ tình nguyện",
             f"a) {BODY}", "III. TỔ CHỨC THỰC HIỆN", f"1. {BODY}"]
    paths = list(outline_paths(doc_from_text("\n".join(lines) + "\n").body))
    assert paths == ["I", "I/1", "II", "II/1", "II/1/a", "II/1/b", "II/1/c", "II/2",
                     "II/2/a", "II/2/b", "II/3", "II/3/a", "III", "III/1"]


def test_heading_one_lost_before_a_lone_roman_two():
    # "I." read as capitals no syllable spells, the line before it ending in specks
    lines = ["Ban Bí thư Trung ương Đoàn xây dựng báo cáo sơ kết, cụ thể như sau: ¬ _",
             "EL CÔNG TÁC PHỔ BIẾN, QUÁN TRIỆT", f"1. {BODY}", f"2. {BODY}",
             "II. KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU", f"1. {BODY}"]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert list(outline_paths(doc.body)) == ["I", "I/1", "I/2", "II", "II/1"]
    assert doc.body[0].title == "CÔNG TÁC PHỔ BIẾN, QUÁN TRIỆT"


def test_labels_read_as_strokes_and_signs_under_a_roman_heading():
    # "1." as "L,", "1.1." as "-L.1,", "1.2." as "I.2."; item 2's number read as "+." over
    # a heading wrapped to a second line, its sub-item "2.1," after it
    lines = [PREAMBLE, "I. MỤC ĐÍCH, YÊU CẦU", f"1. {BODY}", "II. NỘI DUNG",
             "L, Tổ chức các hoạt động tuyên truyền, giáo dục trong thanh niên công nhân",
             "-L.1, Nội dung tuyên truyền, giáo dục", BODY, "I.2. Hình thức tuyên truyền", BODY,
             "", "+. Phát huy tinh thần xung kích, tình nguyện, sáng tạo trong thanh niên "
             "công nhân: chăm...", "lo đời sống vật chất, tinh thần cho thanh niên công nhân:",
             "", "2.1, Nội dung, hình thức tổ chức", BODY, "2.2. Một số hoạt động cụ thể", BODY,
             "III. TỔ CHỨC THỰC HIỆN", f"1. {BODY}"]
    paths = list(outline_paths(doc_from_text("\n".join(lines) + "\n").body))
    assert paths == ["I", "I/1", "II", "II/1", "II/1/1.1", "II/1/1.2", "II/2", "II/2/2.1",
                     "II/2/2.2", "III", "III/1"]


def test_teens_whose_one_reads_as_a_letter_or_a_bracket_stay_in_their_list():
    lines = ["Điều 1. Sắp xếp các đơn vị hành chính cấp xã"]
    lines += [f"{k}. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của xã {k}." for k in
              range(1, 14)]
    lines += ["L4. Sắp xếp toàn bộ diện tích tự nhiên của xã Tam Giang.",
              "[. Sắp xếp toàn bộ diện tích tự nhiên của xã Khánh Bình.",
              "I6, Sắp xếp toàn bộ diện tích tự nhiên của xã Khánh Bình Tây.",
              "L7. Sắp xếp toàn bộ diện tích tự nhiên của xã Khánh Hải.",
              "Điều 2. Hiệu lực thi hành", BODY]
    paths = list(outline_paths(doc_from_text("\n".join(lines) + "\n").body))
    assert paths == ["Điều 1", *(f"Điều 1/{k}" for k in range(1, 18)), "Điều 2"]


def test_an_item_read_as_a_sign_and_a_period_above_its_sub_items():
    lines = [PREAMBLE, "I. MỤC ĐÍCH", f"1. {BODY}", "II. NỘI DUNG, HÌNH THỨC TRIỂN KHAI",
             "1. Công tác tuyên truyền", BODY, "",
             "+. Tham gia thực hiện, hoàn thiện các Tiêu chí đạt chuẩn đô thị văn",
             "minh theo Quyết định của Thủ tướng Chính phủ", "",
             f"Căn cứ Quyết định số 04/2022/QĐ-TTg, {BODY}", "",
             "2.1. Thực hiện Tiêu chí Quy hoạch đô thị", BODY,
             "2.2. Thực hiện Tiêu chí Giao thông đô thị", BODY]
    paths = list(outline_paths(doc_from_text("\n".join(lines) + "\n").body))
    assert paths == ["I", "I/1", "II", "II/1", "II/2", "II/2/2.1", "II/2/2.2"]


def test_quoted_points_whose_quotes_ocr_read_as_specks_take_the_letters_their_clause_names():
    # "“c)" read "%e)", "“d)" read "°d)", "“đ)" read "4đ)"
    lines = ["Điều 1. Sửa đổi, bổ sung một số điểm, khoản của Điều 9",
             "1. Sửa đổi, bổ sung điểm c, điểm d, điểm đ khoản 1 Điều 9 như sau:",
             f"%e) Đối với hàng hoá, dịch vụ {BODY}”;", f"°d) Đối với hàng dự trữ {BODY}”;",
             f"4đ) Đối với hàng hóa, dịch vụ khác {BODY}”.",
             "2. Sửa đổi, bổ sung khoản 2 Điều 10 như sau:", f"“2. {BODY}”.",
             "Điều 2. Hiệu lực thi hành", BODY]
    doc = doc_from_text("\n".join(lines) + "\n")
    paths = list(outline_paths(doc.body))
    assert paths == ["Điều 1", "Điều 1/1", "Điều 1/1/c", "Điều 1/1/d", "Điều 1/1/đ",
                     "Điều 1/2", "Điều 1/2/2", "Điều 2"]


def test_points_read_as_a_sign_and_a_digit_keep_their_letters_in_the_run():
    # "©)" for "e)", "8)" for "g)", each opening an amended article's quoted title
    text = ("Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 07/2023/TT-BLĐTBXH\n"
            "1. Sửa đổi, bổ sung tên các điều như sau:\n"
            + "".join(f"{p}) “Điều {n}. Giáo viên giáo dục nghề nghiệp hạng {n}”;\n"
                      for p, n in (("a", 5), ("b", 6), ("c", 7), ("d", 8), ("đ", 9)))
            + "©) “Điều 10. Giáo viên giáo dục nghề nghiệp chính”;\n"
            "8) “Điều 11. Giáo viên giáo dục nghề nghiệp lý thuyết”;\n"
            "h) “Điều 12. Giáo viên giáo dục nghề nghiệp thực hành”.\n"
            "2. Sửa đổi, bổ sung Điều 14 như sau:\n“Điều 14. Xếp lương\n"
            "Viên chức được xếp lương theo quy định.”.\n"
            "Điều 2. Hiệu lực thi hành\nThông tư này có hiệu lực từ ngày ký./.\n")
    paths = outline_paths(doc_from_text(text).body)
    assert [p for p in paths if p.startswith("Điều 1/1/")] == [
        f"Điều 1/1/{p}" for p in ("a", "b", "c", "d", "đ", "e", "g", "h")]
    assert "Điều 10" not in paths and "Điều 2" in paths


def test_a_chapter_a_lost_clause_and_an_article_numbered_in_letters_under_heavy_damage():
    text = ("- Chương lN\nNHỮNG QUY ĐỊNH CHUNG\n- Điều 1. Phạm vi điều chỉnh\n"
            "Nghị định này quy định chi tiết việc sử dụng kinh phí.\n"
            "Chương II\nĐIỀU KIỆN VÀ HỒ SƠ\n"
            "Điều 2. Điều kiện sử dụng kinh phí\n"
            "L. Việc sử dụng kinh phí được thực hiện khi có đủ các điều kiện sau đây:\n"
            "a) Người chưa thành niên đang trong tình trạng cấp cứu;\n"
            "b) Người bồi thường chưa thể thực hiện bồi thường ngay.\n"
            "+. Người bồi thường chưa thể thực hiện bồi thường ngay là người thuộc một trong "
            "các trường hợp sau đây:\n"
            "ä) Hộ nghèo;\nb) Hộ cận nghèo;\nc) Đã chết.\n"
            "Điều 3. Mức kinh phí\nMức kinh phí bằng chi phí thực tế.\n"
            "Điều 4. Lập dự toán\nHằng năm, Quỹ lập dự toán kinh phí.\n"
            "Điều 5. Quyết toán\nQuỹ quyết toán kinh phí theo quy định.\n"
            "Điều 6. Hồ sơ đề nghị tạm ứng\n1. Giấy đề nghị hỗ trợ.\n"
            "2. Giấy đề nghị tạm ứng chi phí theo Mẫu số 03. . ¬ '\n"
            "` Z. Trình tự, thủ tục tạm ứng kinh phí từ Quỹ Bảo trợ trẻ em\n"
            "1. Người đại diện lập và gửi Giấy đề nghị hỗ trợ.\n"
            "2. Trong thời hạn 02 ngày làm việc, cơ sở khám bệnh gửi văn bản.\n"
            "Điều 8. Thanh toán chi phí\nQuỹ thanh toán trong thời hạn 03 ngày làm việc./.\n")
    paths = outline_paths(doc_from_text(text).body)
    assert "Chương I/Điều 1" in paths
    assert {"Chương II/Điều 2/2", "Chương II/Điều 2/2/a", "Chương II/Điều 2/2/c"} <= set(paths)
    # ("` Z." between articles 6 and 8: article 7, its keyword lost and its 7 read as a Z)
    assert {"Chương II/Điều 7", "Chương II/Điều 7/1", "Chương II/Điều 7/2"} <= set(paths)


def test_articles_whose_codified_numbers_the_repair_reads_vouch_for_their_prefix():
    # no article prints its number cleanly but one: those the codified repair reads
    # ("LQ.I", "NÐ.I.2") vouch for the topic and heading the further damaged ones are read by
    lines = ["Điêu 33.8.LQ.I. Phạm vi điều chỉnh", BODY,
             "Điêu 33.8.LQ.2. Đối tượng chịu thuế", BODY,
             "Điều 33.8.NÐ.I.2: Đối tượng chịu thuế", BODY,
             "Diễu 33.8.TT..I.1. Đối tượng chịu thuế", BODY,
             "Điều. 33.8,1Q.3. Đối tượng không chịu thuế", BODY,
             # (a Đ's stem and bowl read apart: "I)")
             "Điều 33.8.NI). 1.3, Đối tượng không chịu thuế", BODY]
    assert list(outline_paths(doc_from_text("\n".join(lines)).body)) == [
        "Điều 33.8.LQ.1", "Điều 33.8.LQ.2", "Điều 33.8.NĐ.1.2", "Điều 33.8.TT.1.1",
        "Điều 33.8.LQ.3", "Điều 33.8.NĐ.1.3"]


def test_codified_numbers_with_the_stem_of_a_d_and_specks_at_the_line_end():
    lines = ["Điều 23.8.QĐ.1.1. Chính sách chung", BODY, "Điều 23.8.QĐ.1.2. Lệ phí", BODY,
             "Điêu 23.8.QĐ. 1-3, _ \"¬ ¬", "Đối với người Việt Nam định cư ở nước ngoài", BODY,
             ". Điều 23.8.Q1.1.4.", "Người Việt Nam định cư ở nước ngoài", BODY,
             # a note citing articles, a colon for a period, is no heading
             "Điều 1: Các quy định chung; Điều 2. Các quy định cụ thể; Điều 3. Tổ chức.",
             "Điều 23.8.QĐ.1.5. Hiệu lực", BODY]
    assert list(outline_paths(doc_from_text("\n".join(lines)).body)) == [
        f"Điều 23.8.QĐ.1.{k}" for k in range(1, 6)]


def test_the_last_clauses_read_as_specks_and_periods_follow_their_parallel_siblings():
    text = ("Điều 3. Sửa đổi, bổ sung một số điểm, khoản của Điều 11\n"
            "L. Sửa đổi, bổ sung điểm b khoản 1 Điều 11 như sau:\n"
            "“b) Đối với hàng dự trữ quốc gia thuộc lĩnh vực quốc phòng.”.\n"
            "2. Sửa đổi, bổ sung điểm c khoản 1 Điều 11 như sau:\n"
            "“c) Đối với hàng hóa, dịch vụ quy định tại điểm b khoản 1.”.\n"
            "`. Sửa đổi, bổ sung điểm b khoản 2 Điều 11 như sau:\n"
            "“b) Đối với dịch vụ thuê chuyên cơ, chuyên khoang.”.\n"
            "+. Sửa đổi điểm d khoản 2 Điều 11 như sau:\n"
            "“d) Cơ quan có thẩm quyền định khung giá có trách nhiệm xem xét.”.\n"
            # (its article's keyword with a speck before its number)
            "Điều +4. Sửa đổi, bổ sung một số điểm, khoản của Điều 16\n"
            "1. Sửa đổi, bổ sung điểm a khoản 2 Điều 16 như sau:\n"
            "“a) Bộ, cơ quan ngang bộ rà soát danh sách.”.\n"
            "2. Sửa đổi, bổ sung điểm d khoản 2 Điều 16 như sau:\n"
            "“d) Ủy ban nhân dân cấp tỉnh rà soát danh sách.”.\n")
    paths = outline_paths(doc_from_text(text).body)
    assert {"Điều 3/3", "Điều 3/3/b", "Điều 3/4", "Điều 3/4/d", "Điều 4/1", "Điều 4/2"} <= set(
        paths)


def test_the_last_article_whose_keyword_is_lost_and_a_lone_clause_one_read_as_i():
    text = ("Điều 3. Lập dự toán\nViệc lập dự toán thực hiện theo các quy định sau đây:\n"
            "I. Hằng năm, cơ quan chủ trì xây dựng dự toán kinh phí gửi Bộ Tài chính.\n"
            "Điều 4. Quản lý, sử dụng và quyết toán kinh phí\n"
            "1. Đối với chuyến bay chuyên cơ thực hiện theo hợp đồng.\n"
            "2. Đối với thuê hãng hàng không nước ngoài thực hiện theo quyết định.\n"
            "3. Đối với chuyến bay chuyên khoang thực hiện theo quy định.\n\n"
            "„ 5, Điều khoản thi hành\n"
            "1. Thông tư này có hiệu lực kể từ ngày ký.\n"
            "2. Trường hợp các văn bản dẫn chiếu được sửa đổi thì áp dụng văn bản mới.\n\n"
            "Nơi nhận:\n- Như Điều 5;\n- Lưu: VT.\n")
    paths = outline_paths(doc_from_text(text).body)
    assert {"Điều 3/1", "Điều 5", "Điều 5/1", "Điều 5/2"} <= set(paths)
    assert "Điều 3/I" not in paths and "Điều 4/5" not in paths


def test_an_item_read_as_another_number_is_placed_by_its_sub_items():
    text = ("1. Nội dung\nTác phẩm phản ánh công tác đoàn.\n"
            # (items 2 and 4 lost: the list reads 1, 3, 3, 6, 7)
            "Loại hình\nBáo in, báo điện tử, phát thanh, truyền hình.\n"
            "3. Đối tượng tham gia\nCác tác giả trong cả nước.\n"
            "Quy định về tác phẩm\nTác phẩm đã đăng trên báo chí.\n"
            # "5." read as "3.", and its second sub-item's prefix too
            "3. Quy định sử dụng tác phẩm và trách nhiệm của tác giả\n"
            "5.1. Quy định sử dụng tác phẩm dự giải\nBan Tổ chức được sử dụng tác phẩm.\n"
            "3.2. Trách nhiệm của tác giả\nTác giả thực hiện đúng Thể lệ.\n"
            "6. Giải thưởng\nBan Tổ chức trao các giải.\n"
            "7. Thời gian, nơi nhận\nTác phẩm gửi trước ngày 15/5/2020.\n")
    paths = outline_paths(doc_from_text(text).body)
    assert {"5", "5/5.1", "6"} <= set(paths) and "3/5.1" not in paths


def test_the_last_item_read_as_junk_over_the_lists_first_points():
    text = ("I. ĐỐI TƯỢNG THAM GIA\nThanh niên từ 18 đến 35 tuổi.\n"
            "II. QUY ĐỊNH VỀ BÀI DỰ THI\n1. Thể thức trình bày\n"
            "Bài dự thi được đánh máy và in trên khổ A4.\n"
            ".ử Gợi ý về nội dung trình bày đề án dự thi\n"
            "a. Nội dung đề án: Gồm các đề án sản xuất, kinh doanh.\n"
            "b. Bố cục đề án: gồm năm phần.\n"
            "III. HÌNH THỨC TỔ CHỨC CUỘC THI\n1. Vòng 1: Đi tìm dự án.\n2. Vòng 2: Chung kết.\n")
    paths = outline_paths(doc_from_text(text).body)
    assert {"II/2", "II/2/a", "II/2/b"} <= set(paths)
    # so where its first point's letter was read as a digit ("4)" before "b)")
    text = ("Điều 1. Phạm vi điều chỉnh\n1. Nghị định này quy định việc quản lý.\n"
            "IÊn Nghị định này không áp dụng đối với:\n"
            "4) Nguyên vật liệu để sản xuất;\nb) Khí y tế;\nc) Phụ kiện.\n"
            "Điều 2. Giải thích từ ngữ\nTrong Nghị định này, các từ ngữ dưới đây.\n")
    paths = outline_paths(doc_from_text(text).body)
    assert {"Điều 1/2", "Điều 1/2/a", "Điều 1/2/b"} <= set(paths)


def test_a_codified_articles_place_read_as_a_plain_number_before_it_and_as_a_letter():
    lines = ["Điều 41.2.NĐ.1. Phạm vi điều chỉnh", BODY, "Điều 41.2.NĐ.2. Đối tượng áp dụng", BODY,
             "Điều 41.2.NĐ.3. Giải thích từ ngữ", BODY,
             "Điều 4 41.2.NĐ.A. Nguyên tắc trả nhuận bút, thù lao.",
             # (its note under it damaged too: no source to read it from)
             "(Điều 4'Nghị định số 21/2015/NĐ-CP, có hiệu lực thi hành kể từ ngày 15/04/2015)",
             BODY, "Điều 41.2.NĐ.5. Nhuận bút đối với tác phẩm điện ảnh", BODY]
    assert list(outline_paths(doc_from_text("\n".join(lines)).body)) == [
        f"Điều 41.2.NĐ.{k}" for k in range(1, 6)]


def test_the_first_article_read_as_two_strokes_is_article_one():
    # "Điều I1." right after the enacting formula: the stroke of its 1 doubled, not 11
    doc = doc_from_text("QUYẾT NGHỊ:\nĐiều I1. Sắp xếp các đơn vị hành chính cấp xã\n"
                        "1. Sắp xếp xã An Bình.\n2. Sắp xếp xã Yên Sơn.\n")
    assert list(outline_paths(doc.body)) == ["Điều 1", "Điều 1/1", "Điều 1/2"]
    (fix,) = [c for c in doc.corrections if c.kind == "label" and c.before == "I1"]
    assert fix.after == "1" and "stroke of its 1 doubled" in fix.reason
    # where the next article read is 12, it is article 11 of an excerpt
    doc = doc_from_text("Điều I1. Sắp xếp các đơn vị\n" + BODY + "\nĐiều 12. Hiệu lực\n"
                        + BODY + "\n")
    assert [n.label for n in doc.body] == ["Điều 11", "Điều 12"]


def test_chapter_one_whose_keyword_line_ocr_spoiled_is_read_over_its_title():
    # "& hương, |" for "Chương I": the articles begin before the first chapter read
    lines = ["Bộ trưởng ban hành Thông tư quy định về công tác tư vấn.", "", "& hương, |",
             "NHỮNG QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh", BODY,
             "Điều 2. Đối tượng áp dụng", BODY, "Chương II", "CÔNG TÁC TƯ VẤN",
             "Điều 3. Mục đích", BODY, "Chương IH", "CÔNG TÁC HỖ TRỢ", "Điều 4. Mục đích",
             BODY]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert [n.label for n in doc.body if n.kind == "chapter"] == [
        "Chương I", "Chương II", "Chương III"]
    assert [n.label for n in doc.body[0].children] == ["Điều 1", "Điều 2"]
    # a heading's own words over the title are no remnant of the keyword
    lines[2] = "QUY ĐỊNH CHUNG"
    doc = doc_from_text("\n".join(lines) + "\n")
    assert "Chương I" not in [n.label for n in doc.body]


def test_a_roman_numeral_after_a_bracket_with_a_stroke_read_as_l():
    assert parse_label("[IIL. NỘI DUNG, HOẠT ĐỘNG") is not None
    lines = ["I. MỤC ĐÍCH, YÊU CẦU", BODY, "II. SỐ LƯỢNG, ĐỊA ĐIỂM", BODY,
             "[IIL. NỘI DUNG, HOẠT ĐỘNG", "1. Họp báo công bố chương trình", BODY,
             "IV. TỔ CHỨC THỰC HIỆN", BODY]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert [n.label for n in doc.body] == ["I", "II", "III", "IV"]


def test_an_amended_article_whose_opening_quote_ocr_took_for_a_speck():
    # the star OCR read for the quote taken away as a speck ("như sau: ˆ", "Sửa đối."
    # damaged: no quote the line before introduces), the closing one lost too: the article
    # the clause names, out of the document's sequence, is quoted
    lines = ["QUYẾT NGHỊ:", "Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 100/2024/NĐ-CP",
             "1. Sửa đối. bố sung khoản 1 Điều 30 như sau: ˆ",
             "*Điều 30. Điều kiện về thu nhập",
             "Người đứng đơn phải bảo đảm điều kiện về thu nhập theo quy định.",
             "2. Sửa đổi, bổ sung khoản 2 Điều 67 như sau:",
             "“2. Trường hợp người đứng đơn đã kết hôn.”",
             "3. Sửa đổi, bổ sung Mẫu số 01 tại Phụ lục II.",
             "Điều 2. Hiệu lực thi hành", "Nghị định này có hiệu lực từ ngày ký."]
    doc = doc_from_text("\n".join(lines) + "\n")
    paths = list(outline_paths(doc.body))
    assert paths[:3] == ["Điều 1", "Điều 1/1", "Điều 1/1/Điều 30"]
    assert {"Điều 1/2", "Điều 1/3", "Điều 2"} <= set(paths) and "Điều 30" not in paths
    # a clause's number read as specks before them ("-_†, Sửa đổi …") is one OCR lost
    assert junk_opening("-_†, Sửa đổi, bổ sung khoản 1") == (5, "-_†,")


def test_article_one_whose_keyword_ocr_read_as_specks_before_its_number():
    # '"¬ 1. Sắp xếp …' (here "¬_ 1.") right after "QUYẾT NGHỊ:", its clauses after it:
    # no list's item 1
    lines = ["NGHỊ QUYẾT", "VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ", "",
             "ỦY BAN THƯỜNG VỤ QUỐC HỘI", "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa "
             "Việt Nam;", "QUYẾT NGHỊ:",
             "¬_ 1. Sắp xếp các đơn vị hành chính cấp xã của tỉnh Khánh Hòa",
             "Trên cơ sở Đề án, Ủy ban Thường vụ Quốc hội quyết định như sau:",
             "1. Sắp xếp toàn bộ diện tích tự nhiên của xã An Bình.",
             "2. Sắp xếp toàn bộ diện tích tự nhiên của xã Yên Sơn."]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert list(outline_paths(doc.body)) == ["Điều 1", "Điều 1/1", "Điều 1/2"]
    # a list's own "1." with specks before it, where the text has articles, stays one
    lines[6:7] = ["Điều 1. Sắp xếp các đơn vị hành chính", "- 1. Sắp xếp xã Hòa Bình"]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert [n.label for n in doc.body] == ["Điều 1"]


def test_chapters_read_as_a_damaged_two_then_a_clean_two():
    # "Chương H" is II as OCR reads it: the "Chương II" after it lost a stroke of III
    lines = ["Chương lề ng", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi", BODY, "Chương H",
             "TỔ CHỨC LIÊN KẾT ĐÀO TẠO", "Điều 2. Tổ chức", BODY, "Chương II",
             "TỔ CHỨC THỰC HIỆN", "Điều 3. Hiệu lực", BODY]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert [n.label for n in doc.body] == ["Chương I", "Chương II", "Chương III"]


def test_a_two_read_as_two_strokes_a_space_apart_then_a_clean_two():
    # "Chương | I" is II with a space read between its strokes, "Chương - li" II after a
    # speck: the "Chương II" after either lost a stroke of III
    assert parse_label("Chương | I").text == "Chương |I"
    assert parse_label("Chương - li").text == "Chương li"
    assert parse_label("Chương I |").text == "Chương I"  # (a letter I and a speck)
    # (the repair stage reads a short line's stroke as a table's cell border, so the
    # whole document is read here with the dash)
    lines = ["Chương |", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi", BODY, "Chương - li",
             "YÊU CẦU KỸ THUẬT CHUNG", "Điều 2. Định dạng", BODY, "Chương II",
             "TỔ CHỨC THỰC HIỆN", "Điều 3. Hiệu lực", BODY]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert [n.label for n in doc.body] == ["Chương I", "Chương II", "Chương III"]


def test_a_chapter_keyword_with_specks_where_its_numeral_stood():
    assert parse_label("Chương - :") is not None and parse_label("chồng - :") is None
    lines = ["Chương I", "NHỮNG QUY ĐỊNH CHUNG", "Điều 1. Phạm vi", BODY, "Chương - :",
             "THỰC HIỆN YÊU CẦU TƯƠNG TRỢ", "Điều 2. Tiếp nhận", BODY, "Chương II",
             "TỔ CHỨC THỰC HIỆN", "Điều 3. Hiệu lực", BODY]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert [n.label for n in doc.body] == ["Chương I", "Chương II", "Chương III"]


def test_the_last_articles_label_read_as_specks_over_clauses_from_one_again():
    lines = ["QUYẾT NGHỊ:", "Điều 1. Các chi phí khám bệnh được thanh toán như sau:",
             f"1. {BODY}", f"2. {BODY}", "", ". . Tổ chức thực hiện",
             "!. Nghị quyết này có hiệu lực kể từ ngày ký ban hành.",
             "2, Giao Bộ Y tế, Bộ Tài chính hướng dẫn các bộ, cơ quan, địa phương.",
             "", "TM. CHÍNH PHỦ", "THỦ TƯỚNG", "", "Nguyễn Văn An"]
    doc = doc_from_text("\n".join(lines) + "\n")
    articles = [n for n in doc.body if n.kind == "article"]
    assert [(n.label, len(n.children)) for n in articles] == [("Điều 1", 2), ("Điều 2", 2)]
    # not where no list runs again under it, nor past the signature into an annex
    lines[6] = "Nghị quyết này có hiệu lực kể từ ngày ký ban hành."
    lines[7] = BODY
    doc = doc_from_text("\n".join(lines) + "\n")
    assert [n.label for n in doc.body if n.kind == "article"] == ["Điều 1"]
    lines[5:8] = []
    lines += ["", "- Phụ lục", "", "DANH MỤC ĐỊA BÀN", f"1. {BODY}", f"2. {BODY}"]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert [n.label for n in doc.body if n.kind == "article"] == ["Điều 1"]


def test_an_articles_period_set_apart_stays_a_heading_not_a_mention():
    lines = ["QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Quy chế Thi đua.",
             "Diều 2 . Quyết định này có hiệu lực kể từ ngày ký.",
             "Điều 3. Văn phòng, các ban chịu trách nhiệm thi hành Quyết định này."]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert [n.label for n in doc.body if n.kind == "article"] == ["Điều 1", "Điều 2", "Điều 3"]
    assert any((c.before, c.after, c.status) == (" .", ".", "applied") for c in doc.corrections)


def test_an_articles_label_read_as_specks_after_a_sentence_that_ended():
    # no empty line before it: the sentence before it ended ("… UKVFTA. ,")
    lines = ["NGHỊ ĐỊNH:", "Điều 1. Phạm vi điều chỉnh",
             "Nghị định này ban hành Biểu thuế xuất khẩu ưu đãi theo Hiệp định UKVFTA. ,",
             ". - Đối tượng áp dụng", "1, Người nộp thuế theo quy định của Luật Thuế.",
             "2. Cơ quan hải quan, công chức hải quan.", "Điều 3. Biểu thuế xuất khẩu ưu đãi",
             "Ban hành kèm theo Nghị định này Biểu thuế xuất khẩu ưu đãi."]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert [n.label for n in doc.body if n.kind == "article"] == ["Điều 1", "Điều 2", "Điều 3"]
    # a sentence going on is not set apart so
    lines[2] = lines[2].replace("UKVFTA. ,", "UKVFTA và")
    doc = doc_from_text("\n".join(lines) + "\n")
    assert [n.label for n in doc.body if n.kind == "article"] == ["Điều 1", "Điều 3"]


def test_a_letter_for_one_before_its_own_points_and_item_two():
    # "l," first under the article, its points "a)" … after it, then "2.": item 1
    lines = ["Điều 6. Quyền, nghĩa vụ của người lao động",
             "l, Người lao động đi làm việc ở nước ngoài có các quyền sau đây:",
             "a) Được cung cấp thông tin về chính sách, pháp luật;",
             "b) Được tư vấn, hỗ trợ để thực hiện quyền, nghĩa vụ;",
             "€} Hưởng tiền lương, tiền công theo hợp đồng lao động;",
             "2. Người lao động đi làm việc ở nước ngoài có các nghĩa vụ sau đây:",
             "a) Tuân thủ pháp luật Việt Nam.", "Điều 7. Các hành vi bị nghiêm cấm", BODY]
    doc = doc_from_text("\n".join(lines) + "\n")
    article = doc.body[0]
    assert [n.label for n in article.children] == ["1", "2"]
    assert [n.label for n in article.children[0].children] == ["a", "b", "c"]


def test_a_one_read_as_an_inverted_exclamation_mark():
    lines = ["Điều 6. Trách nhiệm trong công tác quy hoạch",
             "¡. Trách nhiệm của Ban Bí thư Trung ương Đoàn:", BODY,
             "2. Trách nhiệm của Ban Tổ chức Trung ương Đoàn:", BODY,
             "Điều 7. Hiệu lực thi hành", BODY]
    article = doc_from_text("\n".join(lines) + "\n").body[0]
    assert [n.label for n in article.children] == ["1", "2"]
    assert parse_label("¡) Khiếu nại, tố cáo").text == "i"  # a point's i, as before


def test_the_first_chapter_and_article_lost_over_quy_dinh_chung():
    # "C Ti gl" what OCR left of "Chương I", over the first chapter's usual title; "1." what
    # it left of "Điều 1." right under it, before "Điều 2."
    lines = ["Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;", "Chính phủ ban hành Nghị định.",
             "", "C Ti gl", "QUY ĐỊNH CHUNG", "", "1. Phạm vi điều chỉnh và đối tượng áp dụng",
             BODY, "Điều 2. Người nộp thuế", f"1. {BODY}", f"2. {BODY}"]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert list(outline_paths(doc.body))[:3] == ["Chương I", "Chương I/Điều 1",
                                                 "Chương I/Điều 2"]
    # the keyword's remnant in small letters after a capital: "Chương", not "CHƯƠNG"
    lines[3] = "—C hương"
    doc = doc_from_text("\n".join(lines) + "\n")
    assert next(iter(outline_paths(doc.body))) == "Chương I"
    # a line of words over that title is no chapter's remnant
    lines[3] = "Ghi chú"
    doc = doc_from_text("\n".join(lines) + "\n")
    assert not [n for n in doc.body if n.kind == "chapter"]


def test_a_run_of_articles_each_with_its_keyword_lost():
    # articles 3 to 5 between "Điều 2." and "Điều 6.", their keywords read as words or
    # specks, one of them with a semicolon for its period
    lines = ["Điều 1. Phạm vi điều chỉnh", BODY, "Điều 2. Đối tượng áp dụng", BODY, "",
             "Liệu 3; Giải thích từ ngữ", f"1. {BODY}", f"2. {BODY}",
             "qua hoạt động đầu tư theo quy định của pháp luật",
             "mà 4. Các chế độ bảo hiểm xã hội", f"1. {BODY}",
             "cun 5. Nguyên tắc bảo hiểm xã hội", BODY, "Điều 6. Chính sách của Nhà nước", BODY]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert [n.label for n in doc.body if n.kind == "article"] == [
        f"Điều {k}" for k in range(1, 7)]
    # two paragraphs in one number's place: neither is taken
    lines.insert(11, "mà 4. Các chế độ khác")
    doc = doc_from_text("\n".join(lines) + "\n")
    assert [n.label for n in doc.body if n.kind == "article"] == [
        "Điều 1", "Điều 2", "Điều 6"]


def test_an_articles_number_read_as_a_letter_after_its_keyword_and_a_colon():
    lines = ["Điều 6. Mẫu bản sao chứng chỉ", BODY, "",
             "Điều:Z, In phôi chứng chỉ nghiệp vụ sư phạm", BODY, "",
             "Điều 8. Quản lý phôi chứng chỉ", BODY]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert [n.label for n in doc.body if n.kind == "article"] == ["Điều 6", "Điều 7", "Điều 8"]


def test_the_last_articles_keyword_read_as_a_short_word():
    lines = ["Điều 4. Tổ chức thực hiện", f"1. {BODY}", f"2. {BODY}",
             "Điều 5. Điều khoản chuyển tiếp", f"1. {BODY}", f"2. {BODY}", "",
             "N 6. Hiệu lực thi hành", "Nghị quyết này có hiệu lực từ ngày ký ban hành.", "",
             "TM. CHÍNH PHỦ", "THỦ TƯỚNG", "", "Nguyễn Văn An"]
    doc = doc_from_text("\n".join(lines) + "\n")
    assert [n.label for n in doc.body if n.kind == "article"] == ["Điều 4", "Điều 5", "Điều 6"]
    # "Mục 6." is a section's heading, not an article's
    lines[7] = "Mục 6. Hiệu lực thi hành"
    doc = doc_from_text("\n".join(lines) + "\n")
    assert "Điều 6" not in [n.label for n in doc.body if n.kind == "article"]


def test_an_articles_first_clause_whose_one_ocr_read_as_a_small_word():
    # "1." read as "lệ", "lộ": its 1 an l, its period a mark on the letter after it
    assert fixes([PREAMBLE, "Điều 4. Hiệu lực thi hành",
                  "lệ Thông tư này có hiệu lực thi hành kể từ ngày 30 tháng 01 năm 2022.",
                  f"2. {BODY}", "Điều 6. Quyền của người lao động Việt Nam đi làm việc ở nước",
                  "ngoài theo hợp đồng", "lế Người lao động có các quyền sau đây.",
                  f"2. {BODY}"]) == [("lệ", "1."), ("lế", "1.")]
    # not where the article's next label is no 2, nor under a clause
    assert fixes([PREAMBLE, "Điều 4. Hiệu lực thi hành",
                  "lệ Thông tư này có hiệu lực thi hành kể từ ngày 30 tháng 01 năm 2022.",
                  "Điều 5. Trách nhiệm thi hành", f"1. {BODY}"]) == []
    assert fixes([PREAMBLE, "Điều 4. Hiệu lực", f"1. {BODY}",
                  "lộ Bộ trưởng các Bộ chịu trách nhiệm thi hành.", f"2. {BODY}"]) == []


def test_an_articles_first_clause_whose_one_ocr_read_as_a_brace():
    assert fixes([PREAMBLE, "Điều 7. Điểm chăm sóc người cao tuổi",
                  "{. Điểm chăm sóc người cao tuổi là hình thức quy định tại khoản 2.",
                  "+. Nội dung chăm sóc", f"a) {BODY}", f"3. {BODY}"]) == [
        ("+. ", "2. "), ("{.", "1.")]


def test_an_article_inferred_between_two_takes_their_keywords_case():
    # its keyword's remnant in capitals ("DA"), its neighbours print "Điều"
    doc = doc_from_text("Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n"
                        "Thông tư này hướng dẫn chi tiết về nội dung.\n"
                        "DA 2, Đối tượng áp dụng — `.\n1. Người sử dụng lao động.\n"
                        "2. Tổ chức đánh giá an toàn.\nĐiều 3. Bồi dưỡng nghiệp vụ\n"
                        "1. Nội dung bồi dưỡng.\n")
    assert [n.label for n in doc.body[0].children] == ["Điều 1", "Điều 2", "Điều 3"]


def test_an_acting_delegation_is_no_numbered_item_read_as_q():
    """"9." read as "Q." in a list whose items open alike: item 9 of the list (its opening
    damaged too), not the signature's "Q." (acting) with a sentence for its authority."""
    items = [f"{k}. Sắp xếp toàn bộ diện tích tự nhiên của các xã An {k} thành xã mới."
             for k in range(1, 12)]
    items[8] = "Q. SIU xếp toàn bộ diện tích tự nhiên của các xã An 9 thành xã mới."
    doc = doc_from_text("QUYẾT NGHỊ:\nĐiều 1. Sắp xếp các đơn vị hành chính\n"
                        + "\n\n".join(items) + "\nĐiều 2. Hiệu lực thi hành\n"
                        "Nghị quyết có hiệu lực từ ngày ký.\n\nTM. ỦY BAN THƯỜNG VỤ QUỐC HỘI\n"
                        "CHỦ TỊCH\n\nTrần Thanh Mẫn\n")
    assert [n.label for n in doc.body[-2].children] == [str(k) for k in range(1, 12)]
    assert ("Q. ", "9. ") in {(c.before, c.after) for c in doc.corrections}
    assert doc.meta.signer.authority == "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI"
    assert doc.meta.signer.name == "Trần Thanh Mẫn"


def test_sections_are_arabic_and_count_again_in_each_chapter():
    text = "\n".join([
        "Chương I", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh", "Nghị định này quy định.",
        "Chương II", "CHẾ ĐỘ ĐỐI VỚI PHẠM NHÂN", "Mục I", "CHẾ ĐỘ ĂN, MẶC",
        "Điều 2. Chế độ ăn", "Phạm nhân được bảo đảm tiêu chuẩn ăn.", "Mục 2", "CHẾ ĐỘ Y TẾ",
        "Điều 3. Chế độ chăm sóc y tế", "Phạm nhân được khám bệnh.", "Chương III",
        "CHẾ ĐỘ ĐỐI VỚI NGƯỜI BỊ TẠM GIAM", "Mục 1", "CHẾ ĐỘ ĂN", "Điều 4. Chế độ ăn",
        "Người bị tạm giam được bảo đảm tiêu chuẩn ăn.", "Mục 2", "CHẾ ĐỘ Y TẾ",
        "Điều 5. Chế độ chăm sóc y tế", "Người bị tạm giam được khám bệnh."])
    fixed = {(c.before, c.after) for c in labels_of(text.split("\n"))}
    assert ("Mục I", "Mục 1") in fixed
    assert not any(after.startswith("Mục") and after != "Mục 1" for _, after in fixed)
    paths = outline_paths(doc_from_text(text + "\n").body)
    assert {"Chương II/Mục 1/Điều 2", "Chương II/Mục 2/Điều 3", "Chương III/Mục 1/Điều 4",
            "Chương III/Mục 2/Điều 5"} <= set(paths)
    # a lone section read as I after articles stays section 1 (a chapter would be II)
    assert ("Mục I", "Mục 1") in {(c.before, c.after) for c in labels_of(
        ["Chương II", "QUY ĐỊNH CỤ THỂ", "Điều 3. Phạm vi", "Quy định chung.", "Mục I",
         "CHẾ ĐỘ ĂN", "Điều 4. Chế độ ăn", "Phạm nhân được ăn."])}


def test_a_chapter_keyword_damaged_with_a_mark_beside_it():
    # (and a speck glued to the numeral read as a small letter, specks after it)
    assert parse_label("Chương Hộ : : n ẻ ề").kind == "chapter"
    assert parse_label("Chương Hộ") is None and parse_label("Chương trình hành động") is None
    for text, numeral in (("Chương\"HI", "HI"), ("&, hương. II", "II")):
        label = parse_label(text)
        assert label is not None and label.kind == "chapter" and label.text.endswith(numeral)
    text = "\n".join([
        "Chương I", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh", "Thông tư này quy định.",
        "&, hương. II", "NGUYÊN TẮC TRANG CẤP", "Điều 2. Nguyên tắc", "Người lao động được cấp.",
        "Chương\"HI", "ĐIỀU KHOẢN THI HÀNH", "Điều 3. Hiệu lực", "Thông tư có hiệu lực."])
    paths = outline_paths(doc_from_text(text + "\n").body)
    assert {"Chương I/Điều 1", "Chương II/Điều 2", "Chương III/Điều 3"} <= set(paths)
    text = "\n".join(["Chương I", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi", "Nghị định này quy định.",
                      "Chương Hộ : : n ẻ ề", "SỬ DỤNG VÀ QUẢN LÝ", "Điều 2. Tiêu chuẩn",
                      "Giảng viên phải đạt chuẩn."])
    assert "Chương II/Điều 2" in outline_paths(doc_from_text(text + "\n").body)


def test_an_article_whose_number_ocr_read_as_a_dash():
    doc = doc_from_text("Điều 3. Phương tiện bảo vệ cá nhân\nPhương tiện được cấp phát.\n"
                        "Điều - Điều kiện được trang cấp\nNgười lao động được trang cấp.\n"
                        "Điều 5. Nguyên tắc trang cấp\nNgười sử dụng lao động trang cấp.\n")
    assert [n.label for n in doc.body] == ["Điều 3", "Điều 4", "Điều 5"]
    assert (doc.body[1].title or doc.body[1].text).startswith("Điều kiện được trang cấp")


def test_the_last_article_whose_keyword_ocr_read_as_a_word():
    """"sáp 8. Hiệu lực thi hành" after article 7: the period that ends the sentence before
    it stays (the line below opens in lower case, but as a numbered heading)."""
    doc = doc_from_text(
        "Điều 7. Điều khoản chuyển tiếp\n1. Hồ sơ đã tiếp nhận được giải quyết tiếp.\n"
        "2. Văn bản đã ban hành được tiếp tục áp dụng theo quy định của pháp luật cho\n"
        "đến khi hết thời hạn hoặc được thay thế bởi cơ quan có thẩm quyền.\n"
        "sáp 8. Hiệu lực thi hành\n1. Nghị quyết này có hiệu lực thi hành từ ngày ký.\n"
        "2. Các bộ chịu trách nhiệm thi hành Nghị quyết này./.\n")
    assert [n.label for n in doc.body] == ["Điều 7", "Điều 8"]
    assert not any(c.kind == "line-end-period" for c in doc.corrections)
    # its keyword lost altogether, a speck read as a period after its title
    doc = doc_from_text(
        "Điều 5. Điều khoản chuyển tiếp\n1. Hồ sơ đã tiếp nhận được giải quyết tiếp.\n"
        "2. Văn bản đã ban hành được tiếp tục áp dụng.\n\n6. Hiệu lực thi hành.\n\n"
        "1. Nghị quyết này có hiệu lực thi hành từ ngày ký.\n"
        "2. Các bộ chịu trách nhiệm thi hành Nghị quyết này./.\n")
    assert [n.label for n in doc.body] == ["Điều 5", "Điều 6"]


def test_points_read_as_ones_among_letters():
    lines = ["2. Phương tiện bảo vệ cá nhân bao gồm:",
             *(f"{x}) Phương tiện bảo vệ {w}." for x, w in zip(
                 "abcdđeg", ("đầu", "mắt", "tai", "hô hấp", "tay", "chân", "thân thể"),
                 strict=True)),
             "h) Phương tiện chống ngã cao.", "1) Phương tiện chống điện giật.",
             "k) Phương tiện chống đuối nước.", "1) Các loại phương tiện khác.",
             "3. Phương tiện phải phù hợp."]
    assert fixes(lines) == [("1)", "i)"), ("1)", "l)")]
    # the k lost: the two ones are the i and the k that follow the h
    del lines[10]
    assert fixes(lines) == [("1)", "i)"), ("1)", "k)")]


def test_points_whose_letters_were_lost_are_placed_by_their_siblings_openings():
    points = [f"{x}) Đối với trường hợp {w} thì phải có xác nhận của cơ quan."
              for x, w in zip("abcdđeg", ("ốm nặng", "tai nạn", "công tác", "thiên tai",
                                          "lỗi", "sáp nhập", "khác"), strict=True)]
    points[2] = "cJ Đôi với trường hợp công tác thì phải có xác nhận của cơ quan."
    points[4] = "- đỳ} Đổi với trường hợp lỗi thì phải có xác nhận của cơ quan."
    points[5] = "-#) Đôi với trường hợp sáp nhập thì phải có xác nhận của cơ quan."
    points[6] = "8) Đöi với trường hợp khác thì phải có xác nhận của cơ quan."
    doc = doc_from_text("Điều 3. Tài liệu chứng minh\n1. Tài liệu chứng minh gồm:\n"
                        + "\n".join(points) + "\n2. Xác nhận phải thể hiện rõ.\n")
    assert [n.label for n in doc.body[0].children[0].children] == list("abcdđeg")
    assert {(c.before, c.after) for c in doc.corrections if c.kind == "label"} >= {
        ("cJ ", "c) "), ("- đỳ} ", "đ) "), ("-#) ", "e) "), ("8)", "g)")}
    # a paragraph that opens otherwise is no lost point
    points[2] = "Các trường hợp còn lại do cơ quan quyết định theo thẩm quyền."
    doc = doc_from_text("Điều 3. Tài liệu chứng minh\n1. Tài liệu chứng minh gồm:\n"
                        + "\n".join(points) + "\n")
    assert "c" not in [n.label for n in doc.body[0].children[0].children]


def test_a_lone_chapter_whose_numeral_is_specks_over_the_first_article():
    text = ("(thương [ |\nNHỮNG QUY ĐỊNH CHUNG |\nĐiều 1. Phạm vi điều chỉnh\n"
            "Pháp lệnh này quy định về thủ tục.\nĐiều 2. Đối tượng áp dụng\n"
            "Pháp lệnh này áp dụng với tàu bay.\n")
    paths = outline_paths(doc_from_text(text).body)
    assert {"Chương I", "Chương I/Điều 1", "Chương I/Điều 2"} <= set(paths)


def test_a_sections_heading_behind_specks_is_neither_a_chapter_nor_an_article():
    text = "\n".join([
        "Căn cứ Bộ luật Lao động ngày 20 tháng 11 năm 2019;",
        "Bộ trưởng ban hành Thông tư hướng dẫn quản lý lao động.", "",
        "Mục l- | \"", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh",
        "Thông tư này hướng dẫn quản lý lao động.", "", "Điều 2. Đối tượng áp dụng",
        "Người lao động làm việc theo hợp đồng.", "", ": Mục 2",
        "QUẢN LÝ LAO ĐỘNG, TIỀN LƯƠNG", "", "Điều 3. Thang lương, bảng lương",
        "Quỹ xây dựng thang lương theo quy định."])
    paths = outline_paths(doc_from_text(text + "\n").body)
    assert list(paths) == ["Mục 1", "Mục 1/Điều 1", "Mục 1/Điều 2", "Mục 2", "Mục 2/Điều 3"]


def test_a_lost_article_keyword_before_a_title_of_a_full_line():
    doc = doc_from_text(
        "Điều 5. Nhiệm vụ chi của ngân sách trung ương\n1. Chi thường xuyên.\n"
        "2. Chi viện trợ theo quy định tại Nghị định của Chính phủ về viện trợ cho nước ngoài.\n"
        "vn 6. Nhiệm vụ chi hoạt động đối ngoại của ngân sách địa phương cấp tỉnh\n"
        "1. Chi hoạt động hợp tác với nước ngoài.\n2. Chi công tác đàm phán.\n"
        "Điều 7. Nguyên tắc lập dự toán\nDự toán được lập hằng năm.\n")
    assert [n.label for n in doc.body] == ["Điều 5", "Điều 6", "Điều 7"]
    assert [n.label for n in doc.body[1].children] == ["1", "2"]
    # a number alone before a line's worth of words opens a clause, not an article
    doc = doc_from_text(
        "QUYẾT NGHỊ:\nĐiều 1. Sắp xếp các đơn vị hành chính cấp xã\n\n"
        "l: Sấp xếp toàn bộ diện tích tự nhiên của các xã Bằng Cả thành xã Quảng La.\n\n"
        "2. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các xã Vũ\n"
        "Oai, Hòa Bình thành xã mới có tên gọi là xã Hoành Bồ.\n\n"
        "3. Sắp xếp toàn bộ diện tích tự nhiên của xã Hải Lạng thành xã Tiên Yên.\n")
    assert [n.label for n in doc.body] == ["Điều 1"]


def test_a_chapter_heading_between_a_dash_and_a_quote_is_no_bullet():
    assert parse_label("- Chương II \"").kind == "chapter"
    text = "\n".join([
        "Chương I", "NHỮNG QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh", "Thông tư này quy định.",
        "- Chương II \"", "CÔNG TÁC TƯ VẤN NGHỀ NGHIỆP", "Điều 2. Mục đích", "Giúp người học.",
        "- Chương II] |", "CÔNG TÁC TƯ VẤN VIỆC LÀM", "Điều 3. Mục đích", "Nâng cao hiểu biết.",
        "Chương IV", "CÔNG TÁC HỖ TRỢ KHỞI NGHIỆP", "Điều 4. Mục đích", "Thúc đẩy khởi nghiệp."])
    paths = [p for p in outline_paths(doc_from_text(text + "\n").body) if "/" not in p]
    assert paths == ["Chương I", "Chương II", "Chương III", "Chương IV"]


def test_an_article_cited_at_a_wrapped_lines_start_is_no_heading():
    doc = doc_from_text(
        "Điều 1. Phạm vi điều chỉnh\nNghị định này quy định mức lương cơ sở.\n"
        "Điều 2. Đối tượng áp dụng\n"
        "1. Người hưởng lương, phụ cấp áp dụng mức lương cơ sở theo quy định tại\n"
        "- Điêu I Nghị định này, bao gồm:\na) Cán bộ, công chức từ trung ương đến cấp xã;\n"
        "b) Viên chức trong các đơn vị sự nghiệp công lập.\n"
        "Điều 3. Mức lương cơ sở\nMức lương cơ sở là 2.530.000 đồng/tháng.\n")
    assert [n.label for n in doc.body] == ["Điều 1", "Điều 2", "Điều 3"]
    assert [n.label for n in doc.body[1].children[0].children] == ["a", "b"]
