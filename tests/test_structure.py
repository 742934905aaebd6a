from __future__ import annotations

import pytest

from tests.conftest import doc_from_text, outline_paths
from vanban.paragraphs import quotations
from vanban.structure.dates import iso_date, iso_datetime

DECISION = """\
BỘ TÀI CHÍNH   CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 333/QĐ-BTC   Hà Nội, ngày 23 tháng 02 năm 2024
QUYẾT ĐỊNH
Về việc ban hành Kế hoạch chuyển đổi số năm 2024
BỘ TRƯỞNG BỘ TÀI CHÍNH
Căn cứ Nghị định số 14/2023/NĐ-CP ngày 20 tháng 4 năm 2023 của Chính phủ quy định
chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tài chính;
Theo đề nghị của Chánh Văn phòng Bộ.
QUYẾT ĐỊNH:
Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quyết định này ban hành Kế hoạch chuyển đổi số của Bộ Tài chính năm 2024 kèm theo
Quyết định này.
Điều 2. Trách nhiệm thi hành
1. Các đơn vị thuộc Bộ có trách nhiệm:
a) Tổ chức triển khai Kế hoạch tại đơn vị mình;
b) Báo cáo kết quả thực hiện trước ngày 15 tháng 12 năm 2024.
2. Văn phòng Bộ theo dõi, đôn đốc việc thực hiện.
Chương II
ĐIỀU KHOẢN THI HÀNH
Điều 3. Hiệu lực thi hành
Quyết định này có hiệu lực kể từ ngày ký./.
Nơi nhận:   KT. BỘ TRƯỞNG
- Như Điều 3;   THỨ TRƯỞNG
- Lưu: VT, VP.
Nguyễn Đức Chi
KẾ HOẠCH
Chuyển đổi số của Bộ Tài chính năm 2024
(Ban hành kèm theo Quyết định số 333/QĐ-BTC ngày 23/02/2024)
I. MỤC TIÊU
1. Hoàn thành chuyển đổi số các dịch vụ công trực tuyến.
II. NHIỆM VỤ
1. Xây dựng cơ sở dữ liệu dùng chung.
"""

LETTER = """\
BAN CHẤP HÀNH TRUNG ƯƠNG
ĐOÀN TNCS HỒ CHÍ MINH
Số: 10374-CV/TWĐTN-VP
V/v định hướng công tác đoàn
và phong trào thanh thiếu nhi năm 2023
Hà Nội, ngày 29 tháng 8 năm 2022
Kính gửi: Ban Thường vụ các tỉnh, thành đoàn, đoàn trực thuộc
Để các tỉnh, thành đoàn có căn cứ xây dựng Chương trình công tác đoàn và phong trào
thanh thiếu nhi năm 2023, Ban Thường vụ Trung ương Đoàn triển khai Định hướng.
Trân trọng.
Nơi nhận:
- Như trên;
- Lưu VP.
TM. BAN THƯỜNG VỤ TRUNG ƯƠNG ĐOÀN
BÍ THƯ
Nguyễn Ngọc Lương
"""


def folded(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFC", text or "").casefold()


def test_pdf_gives_the_same_tree_as_the_text(sample_doc, sample_pdf_doc):
    assert list(outline_paths(sample_pdf_doc.body)) == list(outline_paths(sample_doc.body))


def with_annex(annex: str) -> str:
    """The bundled test decision with `annex` (its heading and body) after it."""
    return DECISION.split("KẾ HOẠCH\n")[0] + annex


def test_an_annex_after_a_page_number_and_its_heading_with_specks():
    # the page number left before the annex, the specks OCR read after its heading
    text = with_annex(
        "3\nPHỤ LỤC . : : suy\nSỐ LƯỢNG BÀI DỰ THI CỦA CÁC TỈNH\n"
        "(Ban hành kèm theo Quyết định số 333/QĐ-BTC ngày 23/02/2024)\n"
        "1. Hà Nội: 20 bài dự thi.\n2. Đà Nẵng: 15 bài dự thi.\n")
    doc = doc_from_text(text)
    annex = doc.body[-1]
    assert (annex.kind, annex.label) == ("annex", "PHỤ LỤC")
    assert annex.title.startswith("SỐ LƯỢNG BÀI DỰ THI")
    assert [c.label for c in annex.children] == ["1", "2"]
    assert not [n for n in doc.body if n.kind == "annex" and not n.label]


def annex_labels(text: str) -> list[str]:
    return [n.label for n in doc_from_text(text).body if n.kind == "annex"]


ANNEX_BODY = ("DANH MỤC CÁC ĐƠN VỊ THỰC HIỆN\n"
              "(Kèm theo Quyết định số 333/QĐ-BTC ngày 23/02/2024)\n"
              "1. Sở Tài chính tỉnh.\n2. Sở Nội vụ tỉnh.\n")


def test_an_annex_numeral_lost_is_counted_from_its_neighbours():
    text = DECISION.split("KẾ HOẠCH\n")[0] + "".join(
        f"{heading}\n{ANNEX_BODY}" for heading in ("Phụ lục I", "Phụ lục |", "Phụ lục H",
                                                   "Phụ lục IV"))
    assert annex_labels(text) == ["Phụ lục I", "Phụ lục II", "Phụ lục III", "Phụ lục IV"]
    # zero-padded arabic numerals as the document prints them
    text = DECISION.split("KẾ HOẠCH\n")[0] + "".join(
        f"{heading}\n{ANNEX_BODY}" for heading in ("PHỤ LỤC 01", "PHỤ LỤC :"))
    assert annex_labels(text) == ["PHỤ LỤC 01", "PHỤ LỤC 02"]


def test_the_parts_of_an_annex_are_not_counted_as_annexes():
    headings = ["Phụ lục I", "Phụ lục I.1", "Phụ lục I.2", "Phụ lục I8", "Phụ lục I.4",
                "Phụ lục II"]
    text = DECISION.split("KẾ HOẠCH\n")[0] + "".join(
        f"{heading}\n{ANNEX_BODY}" for heading in headings)
    labels = annex_labels(text)
    assert labels[:3] == ["Phụ lục I", "Phụ lục I.1", "Phụ lục I.2"]
    assert labels[4:] == ["Phụ lục I.4", "Phụ lục II"] and labels[3] != "Phụ lục III"


def test_an_annex_numeral_lost_where_the_text_cites_its_numbered_annexes():
    cites = "Các đơn vị báo cáo theo Phụ lục I và Phụ lục II ban hành kèm theo Quyết định này.\n"
    head = DECISION.split("KẾ HOẠCH\n")[0].replace("Điều 1.", f"{cites}Điều 1.", 1)
    assert cites in head
    assert annex_labels(head + f"Phụ lục |\n{ANNEX_BODY}") == ["Phụ lục I"]
    assert annex_labels(head + f"Phụ lục †\n{ANNEX_BODY}") == ["Phụ lục I"]  # (a sign)
    # nothing read after the keyword: the annex is numbered only if the text cites it as
    # its own, not another document's ("… kèm theo Nghị định số 181/2025/NĐ-CP")
    assert annex_labels(head + f"Phụ lục\n{ANNEX_BODY}") == ["Phụ lục I"]
    other = head.replace("Quyết định này", "Nghị định số 181/2025/NĐ-CP")
    assert annex_labels(other + f"Phụ lục\n{ANNEX_BODY}") == ["Phụ lục"]
    # a text that cites no numbered annex prints its one annex unnumbered
    assert annex_labels(DECISION.split("KẾ HOẠCH\n")[0] + f"PHỤ LỤC\n{ANNEX_BODY}") == [
        "PHỤ LỤC"]


@pytest.mark.parametrize("heading, label, title", [
    # a speck read as a dash before the heading
    ("- Phụ lục\n", "Phụ lục", "DANH MỤC ĐỊA BÀN"),
    # a period after the annex's number, a speck after it
    ("PHỤ LỤC SỐ 01. ¬", "PHỤ LỤC SỐ 01", "DANH MỤC ĐỊA BÀN")])
def test_an_annex_heading_with_specks_around_it(heading, label, title):
    text = with_annex(
        f"{heading}\nDANH MỤC ĐỊA BÀN ÁP DỤNG MỨC LƯƠNG TỐI THIỂU\n"
        "1. Vùng I, gồm các địa bàn:\n- Các quận của thành phố Hà Nội;\n"
        "2. Vùng II, gồm các địa bàn:\n- Các huyện còn lại thuộc thành phố Hà Nội.\n")
    annex = doc_from_text(text).body[-1]
    assert (annex.kind, annex.label) == ("annex", label)
    assert annex.title.startswith(title)
    assert [c.label for c in annex.children] == ["1", "2"]


def test_the_header_of_an_annex_page_above_its_heading_is_the_annexs_own():
    # the annex page prints the body that issues it before "Phụ lục": no annex of its own
    text = with_annex(
        "BAN CHẤP HÀNH TRUNG ƯƠNG\nTHƯỜNG TRỰC HĐKH CƠ QUAN\nPhụ lục\n"
        "DANH MỤC CÁC NHIỆM VỤ KHOA HỌC NĂM 2024\n"
        "1. Nghiên cứu thực trạng và giải pháp.\n2. Vai trò của Đoàn trong chuyển đổi số.\n")
    doc = doc_from_text(text)
    annexes = [n for n in doc.body if n.kind == "annex"]
    assert [(n.label, n.title) for n in annexes] == [
        ("Phụ lục", "DANH MỤC CÁC NHIỆM VỤ KHOA HỌC NĂM 2024")]
    assert "BAN CHẤP HÀNH TRUNG ƯƠNG" in annexes[0].text  # its words kept, as its own
    assert [c.label for c in annexes[0].children] == ["1", "2"]


def test_a_plus_run_into_the_number_opening_its_item():
    doc = doc_from_text("6. Giải thưởng\nBan tổ chức trao các giải thưởng, bao gồm:\n"
                        "+01 Giải Nhất, mỗi giải trị giá 15.000.000 đồng.\n"
                        "+ 02 Giải Nhì, mỗi giải trị giá 10.000.000 đồng.\n"
                        "+ 03 Giải Ba, mỗi giải trị giá 5.000.000 đồng.\n")
    assert list(outline_paths(doc.body)) == ["6", "6/+1", "6/+2", "6/+3"]


def test_decision_with_chapters_articles_and_an_annexed_plan():
    doc = doc_from_text(DECISION)
    meta = doc.meta
    assert (meta.issuer, meta.number, meta.place, meta.date) == (
        "BỘ TÀI CHÍNH", "333/QĐ-BTC", "Hà Nội", "2024-02-23")
    assert meta.doc_type == "QUYẾT ĐỊNH"
    assert meta.title == "Về việc ban hành Kế hoạch chuyển đổi số năm 2024"
    assert (meta.signer.authority, meta.signer.position, meta.signer.name) == (
        "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Nguyễn Đức Chi")
    assert meta.recipients == ["Như Điều 3", "Lưu: VT, VP"]
    paths = outline_paths(doc.body)
    assert "Chương I/Điều 1" in paths and paths["Chương I"].title == "QUY ĐỊNH CHUNG"
    assert paths["Chương I/Điều 2/1/a"].kind == "point"
    assert paths["Chương I/Điều 2/1"].kind == "clause"
    assert paths["Chương I/Điều 2/2"].text.startswith("Văn phòng Bộ")
    assert paths["Chương II/Điều 3"].text == "Quyết định này có hiệu lực kể từ ngày ký./."
    # the words before the first unit are the preamble, apart from the outline
    assert doc.preamble.kind == "preamble"
    assert doc.preamble.text.startswith("BỘ TRƯỞNG BỘ TÀI CHÍNH")
    assert doc.body[0].kind == "chapter"
    annex = doc.body[-1]
    assert annex.kind == "annex"
    # the annexed plan: its abstract and "(Ban hành kèm theo …)" line are its own words,
    # then its headings
    assert [(c.kind, c.label) for c in annex.children] == [("heading", "I"), ("heading", "II")]
    assert annex.text
    assert any(n.label == "II" and n.children[0].text.startswith("Xây dựng")
               for n in annex.children)


def test_official_letter_with_v_v_abstract():
    doc = doc_from_text(LETTER)
    meta = doc.meta
    assert meta.issuer == "BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH"
    assert meta.number == "10374-CV/TWĐTN-VP"
    assert meta.doc_type is None
    assert meta.title == "V/v định hướng công tác đoàn và phong trào thanh thiếu nhi năm 2023"
    assert meta.date == "2022-08-29"
    assert meta.recipients == ["Như trên", "Lưu VP"]
    assert meta.signer.name == "Nguyễn Ngọc Lương"
    assert meta.signer.position == "BÍ THƯ"
    assert doc.preamble.text.startswith("Kính gửi:") and doc.body == []  # no unit: all words
    assert doc.preamble.text.endswith("Trân trọng.")


REFERENCES = """\
Căn cứ Kế hoạch số 14-KH/TU ngày 07/4/2016 của Ban Thường vụ Tỉnh ủy về thực hiện
Nghị quyết; Căn cứ Nghị quyết số 39-NQ/TW ngày 17 tháng 4 năm 2015 của Bộ Chính trị;
Thực hiện Chiến lược tham gia các thỏa thuận thương mại tự do đến năm 2020.
Căn cứ Quyết định số 685/2007/QĐ-
UBND ngày 01/3/2007 của UBND tỉnh;
"""


def test_references_with_number_date_and_issuer():
    doc = doc_from_text(REFERENCES)
    refs = {(r.doc_type, r.number): r for r in doc.references}
    r = refs[("Kế hoạch", "14-KH/TU")]
    assert (r.date, r.issuer, r.line, r.start) == ("2016-04-07", "Ban Thường vụ Tỉnh ủy", 0, 7)
    r = refs[("Nghị quyết", "39-NQ/TW")]
    assert (r.date, r.issuer, r.line) == ("2015-04-17", "Bộ Chính trị", 1)
    r = refs[("Chiến lược", None)]
    assert r.mention == "Chiến lược tham gia các thỏa thuận thương mại tự do đến năm 2020"
    assert r.issuer is None and r.date is None
    # a code broken at its hyphen over two lines is joined back
    r = refs[("Quyết định", "685/2007/QĐ-UBND")]
    assert (r.date, r.issuer, r.line) == ("2007-03-01", "UBND tỉnh", 3)


def test_number_loses_a_speck_after_it():
    from vanban.structure.header import clean_number

    assert clean_number("185/2026/NĐ-CP : m.") == "185/2026/NĐ-CP"
    assert clean_number("04 /KH-UBND") == "04/KH-UBND"
    assert clean_number("15 BC/TWĐTN ĐKTHTN") == "15 BC/TWĐTN ĐKTHTN"  # a code's own parts
    assert clean_number("15 BC/TWĐTN 'ĐKTHTN") == "15 BC/TWĐTN ĐKTHTN"
    assert clean_number("66. 17/2026/NQ-CP") == "66.17/2026/NQ-CP"  # a space after a dot


def test_dates():
    assert iso_date("05", "11", "2016") == "2016-11-05"
    assert iso_date("31", "13", "2016") is None
    assert iso_datetime("10/01/2017 16:17:14") == "2017-01-10T16:17:14"


def test_a_date_whose_month_word_lost_its_t_to_a_mark():
    from vanban.structure.dates import find_date

    assert find_date("Hà Nội, ngày 16+háng 6 năm 2025")[0] == "2025-06-16"
    assert find_date("Hà Nội, ngày 29*háng 7 năm 2022")[0] == "2022-07-29"


AMENDMENT = """\
CHÍNH PHỦ   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12/2026/NĐ-CP   Hà Nội, ngày 05 tháng 3 năm 2026
NGHỊ ĐỊNH
Sửa đổi, bổ sung một số điều của Nghị định số 31/2019/NĐ-CP
Căn cứ Luật Tố cáo ngày 12 tháng 6 năm 2018;
Chính phủ ban hành Nghị định sửa đổi, bổ sung một số điều của Nghị định số 31/2019/NĐ-CP.
Điều 1. Sửa đổi, bổ sung Điều 4 như sau:
“Điều 4. Rút tố cáo
1. Đơn rút tố cáo phải ghi rõ ngày, tháng, năm và chữ ký của người rút tố cáo.
2. Biên bản ghi nhận ý kiến rút tố cáo có chữ ký của người rút tố cáo.”.
Điều 2. Sửa đổi, bổ sung Nghị định số 31/2019/NĐ-CP như sau:
1. Sửa đổi, bổ sung khoản 2 Điều 15 như sau:
“2. Việc trưng cầu giám định được thực hiện bằng văn bản.
3. Văn bản trưng cầu giám định được gửi cho người tố cáo.”.
2. Bổ sung khoản 3a vào sau khoản 3 Điều 18 như sau:
“3a. Người giải quyết tố cáo theo dõi việc thực hiện kết luận.”.
Điều 3. Sửa đổi, bổ sung Điều 22 như sau:
“Điều 22. Xử lý kỷ luật
1. Hình thức khiển trách áp dụng khi tái phạm lần đầu.
2. Hình thức cảnh cáo áp dụng khi tái phạm lần thứ hai.
Điều 4. Hiệu lực thi hành
Nghị định này có hiệu lực kể từ ngày ký.
"""


def test_an_amendment_s_quoted_units_nest_under_the_unit_that_quotes_them():
    doc = doc_from_text(AMENDMENT)
    paths = outline_paths(doc.body)
    assert [n.label for n in doc.body] == ["Điều 1", "Điều 2", "Điều 3", "Điều 4"]
    # the quoted article and its clauses belong to the amending article
    assert {"Điều 1/Điều 4", "Điều 1/Điều 4/1", "Điều 1/Điều 4/2"} <= set(paths)
    # quoted clauses under the amending clause; the document's own "2." goes on after them
    assert {"Điều 2/1/2", "Điều 2/1/3", "Điều 2/2", "Điều 2/2/3a"} <= set(paths)
    assert paths["Điều 2/2"].title.startswith("Bổ sung khoản 3a")
    # its closing quote missing, the quotation ends at the document's own next article
    assert {"Điều 3/Điều 22/1", "Điều 3/Điều 22/2"} <= set(paths)
    assert paths["Điều 4"].title == "Hiệu lực thi hành"
    # neither list is renumbered into the other's sequence
    assert not [c for c in doc.corrections if c.kind == "label"]


def test_a_quote_before_a_label_that_nothing_introduces_is_no_quotation():
    text = AMENDMENT.replace("“Điều 22. Xử lý kỷ luật", "Điều 22. Xử lý kỷ luật").replace(
        "Điều 3. Sửa đổi, bổ sung Điều 22 như sau:", "Điều 3. Xử lý vi phạm")
    text = text.replace("1. Hình thức khiển trách", "“1. Hình thức khiển trách")
    paths = outline_paths(doc_from_text(text).body)
    assert "Điều 22/1" in paths and "Điều 3/Điều 22" not in paths


def test_a_straight_quote_after_a_colon_alone_is_a_speck_and_a_chapter_ends_a_quotation():
    # "bao gồm:" / "\"1. Quỹ …": a list, not an amendment's quotation swallowing what follows
    text = ("Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Đối tượng áp dụng\n"
            "Thông tư này áp dụng đối với các Quỹ hỗ trợ phát triển hợp tác xã, bao gồm:\n"
            "\"1. Quỹ hỗ trợ phát triển hợp tác xã Việt Nam.\n"
            "2. Quỹ hỗ trợ phát triển hợp tác xã tại các tỉnh.\n"
            "Chương II\nQUẢN LÝ LAO ĐỘNG\nĐiều 2. Quản lý lao động\n"
            "1. Quỹ xây dựng kế hoạch lao động hằng năm.\n"
            "Chương III\nTIỀN LƯƠNG\nĐiều 3. Xếp lương\nQuỹ xếp lương theo quy định.\n")
    paths = outline_paths(doc_from_text(text).body)
    assert {"Chương I/Điều 1/1", "Chương I/Điều 1/2", "Chương II/Điều 2/1",
            "Chương III/Điều 3"} <= set(paths)
    segments = doc_from_text(text, run=False).view().segments
    assert not any(quotations(segments, [seg.label for seg in segments]))
    # (after "như sau:" it opens one, straight or curly)
    amending = text.replace("bao gồm:", "được sửa đổi như sau:")
    segments = doc_from_text(amending, run=False).view().segments
    assert any(quotations(segments, [seg.label for seg in segments]))
    # an amendment's quotation whose closing quote was lost ends at the document's own
    # next chapter, as at its next article
    text = ("Chương I\nSỬA ĐỔI\nĐiều 1. Sửa đổi Thông tư số 11/2020/TT-BTC\n"
            "1. Sửa đổi khoản 2 Điều 5 như sau:\n“2. Quỹ lập kế hoạch tài chính hằng năm.\n"
            "3. Quỹ báo cáo kết quả thực hiện.\n"
            "Chương II\nĐIỀU KHOẢN THI HÀNH\nĐiều 2. Hiệu lực thi hành\n"
            "Thông tư này có hiệu lực từ ngày ký.\n")
    paths = outline_paths(doc_from_text(text).body)
    assert {"Chương I/Điều 1/1/2", "Chương II/Điều 2"} <= set(paths)


CODIFIED = """\
Chương I
NHỮNG QUY ĐỊNH CHUNG
Điều 33.8.LQ.1. Phạm vi điều chỉnh
Luật này quy định về đối tượng chịu thuế.
(Điều này có nội dung liên quan đến Điều 13.1.CT.2.3. ; Điều 13.1.CT.2.4. ; Điều
13.1.CT.2.5. của Chỉ thị 35/2004/CT-TTg)
Điều 33.8.NĐ.1.2. Đối tượng chịu thuế
1. Đất ở tại nông thôn, đất ở tại đô thị.
2. Đất sản xuất, kinh doanh phi nông nghiệp.
Điều 33.8.TT.L.1. Đối tượng chịu thuế
1. Đất ở tại nông thôn.
Điều 33.8.LQ. 2. Đối tượng không chịu thuế
Đất sử dụng vào mục đích công cộng.
"""


def test_a_codified_article_is_labelled_by_its_whole_number():
    doc = doc_from_text(CODIFIED)
    paths = outline_paths(doc.body)
    # the Bộ pháp điển's articles share their topic's number (33): the whole is the label
    assert [n.label for n in doc.body[0].children] == [
        "Điều 33.8.LQ.1", "Điều 33.8.NĐ.1.2", "Điều 33.8.TT.1.1", "Điều 33.8.LQ.2"]
    assert "Chương I/Điều 33.8.NĐ.1.2/2" in paths
    # a note citing articles a semicolon apart is text, no heading
    assert "Điều 13.1.CT.2.3" in paths["Chương I/Điều 33.8.LQ.1"].text
    # a digit read as a letter and a space in the number are mended as label corrections
    mended = {(c.before, c.after) for c in doc.corrections if c.kind == "label"}
    assert {("33.8.TT.L.1", "33.8.TT.1.1"), ("33.8.LQ. 2", "33.8.LQ.2")} <= mended


def test_a_unit_cited_at_a_line_start_inside_a_note_is_no_heading():
    # the Bộ pháp điển's note wrapped so that its cited chapter and article open lines
    note = ["(Điều này có nội dung liên quan đến Chương IX THỜI HIỆU THI HÀNH BẢN ÁN,",
            "MIỄN CHẤP HÀNH HÌNH PHẠT, GIẢM THỜI HẠN CHẤP HÀNH HÌNH PHẠT;",
            "Chương VI HÌNH PHẠT; Chương XII NHỮNG QUY ĐỊNH ĐỐI VỚI NGƯỜI DƯỚI",
            "18 TUỔI PHẠM TỘI của Bộ luật 100/2015/QH13 Hình sự ban hành ngày 27/11/2015;",
            "Điều 37.7.LQ.1. Phạm vi điều chỉnh của Bộ luật 101/2015/QH13 Tố tụng hình sự)"]
    text = "\n".join(["Chương I", "NHỮNG QUY ĐỊNH CHUNG", "Điều 30.3.LQ.1. Phạm vi điều chỉnh",
                      "", "Luật này quy định nguyên tắc thi hành án hình sự.", "", *note, "",
                      "Điều 30.3.NĐ.1.1. Phạm vi điều chỉnh", "", "Nghị định này quy định.",
                      ""])
    assert list(outline_paths(doc_from_text(text).body)) == [
        "Chương I", "Chương I/Điều 30.3.LQ.1", "Chương I/Điều 30.3.NĐ.1.1"]
    # a note whose closing bracket OCR lost ends at the blank line after it
    text = text.replace("hình sự)", "hình sự")
    assert "Chương I/Điều 30.3.NĐ.1.1" in outline_paths(doc_from_text(text).body)


@pytest.mark.parametrize("text, paths", [
    (("Chương I\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Giải thích từ ngữ\n"
      "1. Biện pháp giám sát là các biện pháp được quy định tại Mục 2\n"
      "Chương XII của Bộ luật Hình sự số 100/2015/QH13, đã được sửa đổi.\n"
      "2. Biện pháp tư pháp.\n"),
     ["Chương I", "Chương I/Điều 1", "Chương I/Điều 1/1", "Chương I/Điều 1/2"]),
    # so an article cited with a comma after it
    (("Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 68/2026/NĐ-CP\n"
      "1. Sửa đổi cụm từ “500 triệu đồng” tại Điều 3, khoản 1 và khoản 2\n"
      "Điều 12, khoản 4 Điều 17 Nghị định số 68/2026/NĐ-CP.\n"
      "2. Sửa đổi khoản 5 Điều 8.\nĐiều 2. Hiệu lực thi hành\n"),
     ["Điều 1", "Điều 1/1", "Điều 1/2", "Điều 2"]),
])
def test_a_unit_cited_at_a_line_start_is_no_heading(text, paths):
    assert list(outline_paths(doc_from_text(text).body)) == paths


def test_an_article_cited_at_a_line_start_is_no_heading():
    text = ("Điều 1. Đính chính lỗi kỹ thuật tại Thông tư số 138/2025/TT-BTC như sau:\n"
            "Chỉnh sửa cụm từ “khoản 1 Điều 8” thành cụm từ “khoản 2 Điều 16” quy định tại\n"
            "Điều 10.\n"
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n")
    assert [n.label for n in doc_from_text(text).body] == ["Điều 1", "Điều 2"]


def test_a_footnote_number_after_a_chapter_numeral_is_not_part_of_it():
    text = ("Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi áp dụng\nThông tư này áp dụng.\n"
            "Chương II2 (được bãi bỏ)\nChương III\nCẤP GIẤY PHÉP\nĐiều 11. Hồ sơ\n"
            "Hồ sơ gồm tờ khai.\n")
    doc = doc_from_text(text)
    assert [n.label for n in doc.body] == ["Chương I", "Chương II", "Chương III"]
    assert not [c for c in doc.corrections if c.kind == "label"]


def test_chapters_in_arabic_numerals_inside_a_list_are_its_items():
    text = ("I. QUY ĐỊNH VỀ BÀI DỰ THI\n1. Thể thức trình bày\nBài dự thi đánh máy.\n"
            "2. Gợi ý về nội dung trình bày đề án dự thi\n"
            "Chương 1: Thông tin chung, gồm:\n- Tên dự án, mô hình.\n- Địa chỉ liên hệ.\n"
            "Chương 2: Kế hoạch kinh doanh, gồm:\n- Bộ máy nhân sự.\n- Kế hoạch tiếp thị.\n"
            "II. HÌNH THỨC TỔ CHỨC CUỘC THI\n1. Vòng sơ khảo\n")
    paths = outline_paths(doc_from_text(text).body)
    assert {"I/2/Chương 1", "I/2/Chương 1/-2", "I/2/Chương 2", "I/2/Chương 2/-2", "II/1"} <= set(
        paths)


def test_a_quote_speck_set_apart_at_a_line_end_does_not_close_a_quotation():
    text = AMENDMENT.replace("1. Hình thức khiển trách áp dụng khi tái phạm lần đầu.",
                             "1. Hình thức khiển trách áp dụng khi tái phạm lần đầu; - : \"¬ \"")
    text = text.replace("2. Hình thức cảnh cáo áp dụng khi tái phạm lần thứ hai.",
                        "2. Hình thức cảnh cáo áp dụng khi tái phạm lần thứ hai.”.")
    paths = outline_paths(doc_from_text(text).body)
    assert {"Điều 3/Điều 22/1", "Điều 3/Điều 22/2", "Điều 4"} <= set(paths)


def test_a_codified_number_s_one_read_as_an_i_with_diaeresis_is_mended():
    text = CODIFIED.replace("Điều 33.8.NĐ.1.2.", "Điều 33.8.NĐ.Ï.2.")
    doc = doc_from_text(text)
    assert "Chương I/Điều 33.8.NĐ.1.2/2" in outline_paths(doc.body)
    assert ("33.8.NĐ.Ï.2", "33.8.NĐ.1.2") in {(c.before, c.after) for c in doc.corrections}


def test_a_codified_number_with_a_colon_for_a_dot_is_mended():
    text = CODIFIED.replace("Điều 33.8.NĐ.1.2.", "Điều 33.8:NĐ.1.2..")
    doc = doc_from_text(text)
    assert "Chương I/Điều 33.8.NĐ.1.2/2" in outline_paths(doc.body)
