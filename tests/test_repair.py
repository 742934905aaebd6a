from __future__ import annotations

from tests.pdfmake import text_pdf
from vanban.context import Context
from vanban.ingest import ingest_bytes
from vanban.repair import repair

PARA = ("Các cơ quan, đơn vị tổ chức triển khai thực hiện có hiệu quả các nhiệm vụ, giải pháp "
        "đề ra")


def repaired(text: str):
    return repair(ingest_bytes(text.encode(), "t.txt"), Context())


def kinds(doc, kind):
    return [c for c in doc.corrections if c.kind == kind]


def paged(numbers: list[str], lines: int = 15) -> str:
    """Pages of body text, each opening with its printed number (the first page has none)."""
    body = "\n".join(f"{PARA} {k}," for k in range(lines))
    return "\f".join([body + "\n"] + [f"{n}\n{body}\n" for n in numbers])


def test_page_numbers_in_sequence_leave_the_body_but_stay_in_the_text():
    doc = repaired(paged(["2", "3", "4"]))
    pages = kinds(doc, "page-number")
    assert [c.before for c in pages] == ["2", "3", "4"]
    assert all(c.status == "applied" and c.scope == "layout" for c in pages)
    assert all(doc.view().role(c.line) == "page-number" for c in pages)
    # the corrected text keeps every printed line, page numbers included
    assert doc.corrected_text().count("\n") == len(doc.lines)
    assert "\f2\n" in doc.corrected_text()


def test_page_numbers_with_a_speck_beside_them():
    doc = repaired(paged(["2.", "3 :", "_ 4"]))
    assert [c.before for c in kinds(doc, "page-number")] == ["2.", "3 :", "_ 4"]
    assert all(c.status == "applied" for c in kinds(doc, "page-number"))
    # the specks go from the text, the numbers stay
    # (a period may be printed, "3." numbering a table's row as well: it stays)
    assert [(c.before, c.after) for c in kinds(doc, "noise")] == [(" :", ""), ("_ ", "")]
    text = doc.corrected_text()
    assert "\f2.\n" in text and "\f3\n" in text and "\f4\n" in text


def test_numbers_with_periods_alone_on_their_lines_number_a_tables_rows():
    doc = repaired(paged(["3.", "4.", "5."]))
    assert not kinds(doc, "page-number")


def test_a_lone_number_out_of_sequence_is_only_proposed():
    body = "\n".join([PARA] * 20)
    doc = repaired(f"{body}\n17\n{body}\n")
    (c,) = kinds(doc, "page-number")
    assert c.status == "proposed"
    assert doc.view().role(c.line) == "body"


def test_running_head_repeated_on_pages():
    ends = ["một", "hai", "ba", "bốn"]
    pages = [f"BÁO CÁO TỔNG KẾT NĂM 2023\n{PARA} {i}\n{ends[i]} là đoạn cuối\n" for i in range(4)]
    doc = repaired("\f".join(pages))
    heads = kinds(doc, "running-head")
    assert len(heads) == 4
    assert all(doc.view().role(c.line) == "running-head" for c in heads)


def test_a_list_running_over_a_page_break_is_no_running_head():
    # the last item of one page and the first of the next have one shape ("+ Tuần #: …"),
    # at two different edges: a head is repeated at the top of pages, a footer at the foot
    words = ["một", "hai", "ba", "bốn"]
    pages = [f"Mở đầu trang {words[i]}\n" + f"{PARA}\n" * 15 + f"hết trang {words[i]}\n"
             for i in range(4)]
    pages[0] += "+ Tuần 4: 15/12/2019 - 21/12/2019\n"
    pages[1] = "+ Tuần 5: 22/12/2019 - 28/12/2019\n" + pages[1]
    doc = repaired("\f".join(pages))
    assert kinds(doc, "running-head") == []
    assert "+ Tuần 5" in doc.corrected_text()


def test_two_columns_split_at_a_run_of_spaces():
    doc = repaired("UỶ BAN NHÂN DÂN        CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                   "TỈNH THANH HOÁ            Độc lập - Tự do - Hạnh phúc\n"
                   "KẾ HOẠCH\n" + "\n".join([PARA + "."] * 14) + "\n"
                   "Nơi nhận:                                  TM. ỦY BAN NHÂN DÂN\n"
                   "- Như trên;                                CHỦ TỊCH\n"
                   "- Lưu: VT.\n")
    splits = {c.line for c in kinds(doc, "column-split")}
    assert splits == {0, 1, 17, 18}
    segs = [s for s in doc.view().segments if s.line == 0]
    assert [s.text for s in segs] == ["UỶ BAN NHÂN DÂN", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    assert [s.column for s in segs] == [0, 1]
    assert [s.text for s in doc.view().segments if s.line == 18] == ["- Như trên;", "CHỦ TỊCH"]
    # a layout correction: the corrected text keeps the line as printed
    assert doc.corrected_text().splitlines()[0].startswith("UỶ BAN NHÂN DÂN        CỘNG")


def test_a_heading_run_into_the_sentence_before_it_is_cut_off():
    lines = ["Chương I", "NHỮNG QUY ĐỊNH CHUNG", "Điều 45.5.LQ.1. Phạm vi điều chỉnh",
             "Luật này quy định về hiến, lấy mô, bộ phận cơ thể người và hiến, lấy xác tại "
             "Việt Nam.Điều 45.5.LQ.3. Giải thích từ ngữ",
             "1. Mô là tập hợp các tế bào.",
             "2. Noãn là tế bào trứng.Điêu 45.5.1.Q.4. Các nguyên tắc trong việc hiến, lấy",
             "mô (OCR's damage).", "3. Giữ bí mật về các thông tin.",
             "(Điều này có nội dung liên quan đến Điều 45.5.LQ.18. Thủ tục đăng ký; Điều "
             "45.5.LQ.19. Thủ tục đăng ký hiến xác)",
             "Việc hiến xác được thực hiện theo quy định của pháp luật Việt Nam.Chương II",
             "QUYỀN HIẾN MÔ"]
    doc = repaired("\n".join(lines) + "\n")
    assert [(c.line, c.start) for c in kinds(doc, "heading-split")] == [
        (3, lines[3].index("Điều")), (5, lines[5].index("Điêu")), (9, lines[9].index("Chương"))]
    segs = [s for s in doc.view().segments if s.line == 3]
    assert [s.text for s in segs] == [lines[3][:lines[3].index("Điều")],
                                      "Điều 45.5.LQ.3. Giải thích từ ngữ"]
    assert [s.run_in for s in segs] == [False, True]
    # a layout correction: the corrected text keeps the line as printed
    assert doc.corrected_text().splitlines()[3] == lines[3]


def test_a_codified_heading_damaged_more_run_into_the_sentence_before_it_is_cut_off():
    # a digit of its first number read as a letter, spaces in it, its source's letters
    # misread and the dot after them lost, a speck after it
    lines = ["Điều 41.8.TT.1.3. Phạm vi điều chỉnh",
             "nâng cao nhận thức thẩm mỹ cho con người.Điều 4I .8.EFT.1.4..",
             "pháp luật về hợp tác đầu tư với nước ngoài.Điêu 4i.8.TT. 1.6. -",
             "thực hiện những quy định có liên quan tại Thông tư này.Điêu 41.8. TE1.8.",
             "theo quy định tại khoản 2.Điều 5 của Luật này."]
    doc = repaired("\n".join(lines) + "\n")
    assert [c.line for c in kinds(doc, "heading-split")] == [1, 2, 3]


def test_two_columns_squeezed_to_one_space_split_at_known_openings():
    doc = repaired("BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                   "Số: 12/QĐ-BTC Hà Nội, ngày 05 tháng 5 năm 2024\n"
                   "QUYẾT ĐỊNH\n")
    segs = [s.text for s in doc.view().segments]
    assert segs[:4] == ["BỘ TÀI CHÍNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 12/QĐ-BTC",
                        "Hà Nội, ngày 05 tháng 5 năm 2024"]


def test_a_codified_number_near_the_top_is_no_signing_authority():
    # "15.6.L Q. 1.": the codified number's source spaced, its Q no "Q." (acting) opening
    # a signature's column
    doc = repaired("Quốc tịch Việt Nam\n\nChương I\nNHỮNG QUY ĐỊNH CHUNG\n"
                   "_ Điều 15.6.L Q. 1. Quốc tịch Việt Nam\n"
                   "(Điều 1 Luật số 24/2008/QH12, có hiệu lực)\n")
    assert not kinds(doc, "column-split")
    doc = repaired("Nơi nhận:    Q. GIÁM ĐỐC\n- Như trên;\n")
    assert [s.text for s in doc.view().segments if s.line == 0] == ["Nơi nhận:", "Q. GIÁM ĐỐC"]


def test_pdf_columns_split_by_x_positions():
    pdf = text_pdf([[(60, 60, "BO TAI CHINH"), (300, 60, "CONG HOA XA HOI CHU NGHIA VIET NAM"),
                     (330, 75, "Doc lap - Tu do - Hanh phuc"), (60, 95, "So: 12/QD-BTC"),
                     (330, 95, "Ha Noi, ngay 05 thang 5 nam 2024"), (250, 130, "QUYET DINH"),
                     # no known opening on the right: the gap in the print alone
                     (60, 160, "VAN PHONG BO"), (360, 160, "PHONG HANH CHINH")]])
    doc = repair(ingest_bytes(pdf, "x.pdf", ocr="never"), Context())
    assert len(doc.lines) == 5  # the PDF prints each pair on one line
    assert [(s.line, s.column, s.text) for s in doc.view().segments] == [
        (0, 0, "BO TAI CHINH"), (0, 1, "CONG HOA XA HOI CHU NGHIA VIET NAM"),
        (1, 0, "Doc lap - Tu do - Hanh phuc"),
        (2, 0, "So: 12/QD-BTC"), (2, 1, "Ha Noi, ngay 05 thang 5 nam 2024"),
        (3, 0, "QUYET DINH"), (4, 0, "VAN PHONG BO"), (4, 1, "PHONG HANH CHINH")]


def test_body_lines_with_wide_spacing_are_not_split():
    doc = repaired("\n".join(["Dòng đầu"] * 14) + "\nđẩy  tinh  thần  khởi   nghiệp  đổi  mới\n")
    assert not [c for c in kinds(doc, "column-split") if c.line == 14]


def test_line_end_period_before_a_lower_case_line_is_removed():
    doc = repaired("ban hành Kế hoạch hành động với.\nnhững nội dung sau:\n"
                   "Kết thúc câu.\nCâu mới bắt đầu.\n"
                   "Xem TP.\nhồ sơ\n")
    periods = kinds(doc, "line-end-period")
    assert [c.line for c in periods] == [0]
    assert periods[0].status == "applied"
    assert doc.corrected_text().splitlines()[0] == "ban hành Kế hoạch hành động với"


def test_line_end_period_before_a_label_stays():
    doc = repaired("nhiệm vụ được giao.\na) Sở Tài chính chủ trì.\n")
    assert not kinds(doc, "line-end-period")
    # so before an empty line: a paragraph ends there, whatever OCR read for the next
    # one's label ("5." as "xã,")
    doc = repaired("những trường hợp đặc biệt khác.\n\nxã, Trường hợp tác phẩm gốc được\n")
    assert not kinds(doc, "line-end-period")


def test_a_period_after_a_heading_in_capitals_is_a_speck():
    doc = repaired("ĐOÀN TNCS HỒ CHÍ MINH.\nIII. NỘI DUNG THỰC HIỆN.\n"
                   "Số: 169/QĐ-BLĐTBXH.\nKT. CHỦ TỊCH\nTM.\nGiữ gìn trật tự.\n")
    assert [c.line for c in kinds(doc, "line-end-period")] == [0, 1]
    assert doc.corrected_text().splitlines()[:2] == ["ĐOÀN TNCS HỒ CHÍ MINH",
                                                     "III. NỘI DUNG THỰC HIỆN"]
    # one correction of a period both rules would remove
    assert len(kinds(repaired("ĐOÀN TNCS HỒ CHÍ MINH.\nvà các cơ quan\n"), "line-end-period")) == 1


def test_rejected_repair_is_undone():
    text = paged(["2", "3"])
    first = repaired(text)
    target = kinds(first, "page-number")[0]
    again = repair(ingest_bytes(text.encode(), "t.txt"), Context(decisions={target.id: "reject"}))
    same = next(c for c in again.corrections if c.id == target.id)
    assert same.status == "rejected"
    assert again.view().role(same.line) == "body"


def test_blank_date_and_number_of_an_unsigned_document_are_no_columns():
    doc = repaired("BỘ TÀI CHÍNH\nSố:             /QĐ-BTC\nHà Nội, ngày       tháng      năm 2026\n"
                   "QUYẾT ĐỊNH\n")
    assert not kinds(doc, "column-split")
    # the same blanks beside a real second column: split at the column, not in the field
    doc = repaired("Số:    /QĐ-UBND       Hà Nội, ngày    tháng    năm 2024\nQUYẾT ĐỊNH\n")
    assert [s.text for s in doc.view().segments][:2] == ["Số:    /QĐ-UBND",
                                                          "Hà Nội, ngày    tháng    năm 2024"]
