from __future__ import annotations

from tests.conftest import doc_from_text, outline_paths
from vanban.context import Context
from vanban.correct.labels import LATIN, VIETNAMESE, align, label_corrections
from vanban.ingest import ingest_bytes
from vanban.labels import parse_label, roman_value, to_roman


def labels_of(lines: list[str]):
    text = "\n".join(lines) + "\n"
    doc = ingest_bytes(text.encode(), "t.txt")
    return label_corrections(doc.view())


def item(label: str, words: str = "Sở Tài chính chủ trì thực hiện các nhiệm vụ được giao.") -> str:
    return f"{label} {words}"


def test_parse_label_kinds():
    cases = {
        "Điều 5. Hiệu lực thi hành": ("article", "Điều 5"),
        "Chương II": ("chapter", "Chương II"),
        "III. NHIỆM VỤ": ("roman", "III"),
        "L) Nước giải khát": ("letter", "L"),  # a point l in capitals: no roman fifty
        "II CHỈ TIÊU THỰC HIỆN": ("roman", "II"),
        "2. Mục tiêu cụ thể": ("number", "2"),
        "1.1. Tổ chức hội nghị": ("decimal", "1.1"),
        "2.1, Nội dung, hình thức": ("decimal", "2.1"),
        "ø) Xăng các loại;": ("letter", "g"),  # a point's g read as a sign
        "qd) Xe có gắn động cơ": ("letter", "d"),  # a speck read as a letter before it
        "®b) Đối với hàng dự trữ": ("letter", "b"),
        "_#c) Đối với hàng hoá": ("letter", "c"),
        "-_†1. Sửa đổi, bổ sung Điều 1 như sau:": ("number", "1"),  # a speck as a dagger
        "- - Điều 15.6.LQ.3. Giải thích từ ngữ": ("article", "Điều 15.6.LQ.3"),  # dash twice
        "- - 2. Nội dung": ("number", "2"),
        "a) Sở Tư pháp": ("letter", "a"),
        "đ) Sở Tài chính": ("letter", "đ"),
        ") Cục Hải quan": ("letter", ""),
        "- Bộ trưởng Bộ Tài chính": ("bullet", "-"),
        "+ Nội dung:": ("bullet", "+"),
    }
    for text, (kind, label) in cases.items():
        parsed = parse_label(text)
        assert parsed is not None, text
        assert (parsed.kind, parsed.text) == (kind, label), text
    for text in ("Mục tiêu chung", "7.600 triệu USD", "2020, định hướng", "Điều 58 Luật",
                 "2.5, 3.0 và 4.5 điểm", "đó) Các cơ quan", "này) và các",
                 "-", ")", "Việt Nam",
                 # a code OCR damaged ("V.09.02.03"), no roman heading
                 "X.U.)U20)3-.", "V.ŨU902.09.."):
        assert parse_label(text) is None, text


def test_roman_numerals():
    assert [to_roman(i) for i in (1, 4, 9, 14, 39)] == ["I", "IV", "IX", "XIV", "XXXIX"]
    assert all(roman_value(to_roman(i)) == i for i in range(1, 40))


def test_sample_list_repaired_from_its_own_order():
    # the real decree's III.2: the fourth label damaged, the sixth lost its letter
    fixes = labels_of(["2. Rà soát các cơ chế, chính sách"] + [
        item(f"{x})") for x in ["a", "b", "c", "đ", "e", ""]] + [item("g)"), item("h)")])
    assert {(f.before, f.after) for f in fixes} == {("đ)", "d)"), (")", "f)")}
    assert all(f.status == "proposed" and f.confidence >= 0.9 for f in fixes)


def test_vietnamese_order_is_kept_when_the_document_follows_it():
    fixes = labels_of(["1. Nhiệm vụ chung"] + [item(f"{x})") for x in "abcdđeg"])
    assert fixes == []


def test_alphabet_is_inferred_from_the_whole_document():
    lines = ["1. Nhiệm vụ một"] + [item(f"{x})") for x in "abcdđeg"]
    lines += ["2. Nhiệm vụ hai"] + [item(f"{x})") for x in ["a", "b", "c", "d", "d", "e"]]
    fixes = labels_of(lines)
    assert [(f.before, f.after) for f in fixes] == [("d)", "đ)")]


def test_a_missing_item_is_not_papered_over():
    assert labels_of(["1. Nhiệm vụ"] + [item(f"{x})") for x in "abde"]) == []


def test_roman_headings_repaired():
    lines = []
    for numeral in ["I", "I", "II", "IV"]:
        lines += [f"{numeral}. MỤC TIÊU", item("1.")]
    fixes = labels_of(lines)
    assert [(f.before, f.after) for f in fixes] == [("I.", "II."), ("II.", "III.")]


def test_alignment_prefers_a_confusion_to_a_missing_item():
    cost, slots = align(list("abcđe"), LATIN, "letter")
    assert slots == [0, 1, 2, 3, 4] and cost < 1
    cost_vn, slots_vn = align(list("abcđe"), VIETNAMESE, "letter")
    assert slots_vn == [0, 1, 2, 4, 5] and cost_vn == 1.0


def test_odd_bullets_among_dashes():
    fixes = labels_of(["c) Về phát triển nguồn nhân lực:", item("-"), item("-"), item("+"),
                       item("-")])
    assert [(f.before, f.after) for f in fixes] == [("+", "-")]


def test_odd_signs_among_pluses_and_a_speck_before_an_items_sign():
    weeks = ["Chặng 2: Diễn ra trong 05 tuần với thời gian như sau:",
             "+ Tuần 1: 05/5/2025 10/5/2025", "- * Tuần 2: 12/5/2025 17/5/2025",
             "+ Tuần 3: 19/5/2025 24/5/2025"]
    # (the speck before the sign goes too)
    assert [(f.before, f.after) for f in labels_of(weeks)] == [("*", "+"), ("- ", "")]
    found = parse_label("- + Tuần 2: 16/3/2025 22/3/2025")
    assert found is not None and (found.kind, found.text, found.start) == ("bullet", "+", 2)
    # a dash is no look-alike of a plus: "+" items with a "-" between keep it
    assert labels_of(["Nội dung:", "+ Tuần 1", "- Tuần 2", "+ Tuần 3"]) == []


def test_plus_after_a_colon_opens_a_sub_list():
    fixes = labels_of(["c) Về nhân lực:", item("-"), "- Nội dung gồm:", item("+"), item("-")])
    assert fixes == []


def test_lost_dash_in_a_list_of_agencies():
    fixes = labels_of([
        "e) Tiếp tục phát huy và mở rộng quan hệ hợp tác quốc tế:",
        "- Sở Ngoại vụ thường xuyên liên hệ với các cơ quan đại diện của Việt Nam ở nước",
        "ngoài trong việc phối hợp với cộng đồng doanh nghiệp.",
        "- Sở Thông tin và Truyền thông đổi mới phương thức tuyên truyền, thông tin đối",
        "ngoại nhằm quảng bá hình ảnh của tỉnh.",
        "Sở Kế hoạch và Đầu tư, Trung tâm Xúc tiến Đầu tư tăng cường đầu mối với các nhà",
        "tài trợ để vận động các nguồn vốn.",
        "4. Về phát triển nông nghiệp gắn với xây dựng nông thôn mới"])
    assert [(f.before, f.after, f.line) for f in fixes] == [("", "- ", 5)]


def test_a_dash_before_a_sentence_going_on_in_lower_case_is_a_speck():
    fixes = labels_of([
        "Các cơ quan đẩy mạnh tuyên truyền các nghị quyết, chủ trương,",
        "- chính sách của Đảng, pháp luật của Nhà nước đến đoàn viên.",
        "Bộ trưởng Bộ Văn hóa",
        "- Thông tin chỉ đạo thực hiện trong giai đoạn 2016",
        "- 2020 trên địa bàn toàn tỉnh.",
        "Nhiệm vụ gồm:",
        "- tổ chức hội nghị quán triệt;",
        "- kiểm tra việc thực hiện."])
    # a dash before a name or a number may be printed; a list after a colon is a list
    assert [(f.before, f.after, f.line, f.stage) for f in fixes] == [("- ", "", 1, "correct")]


def test_a_lone_dash_before_lower_case_after_a_colon_is_a_speck():
    body = ["Các cơ quan, đơn vị tổ chức quán triệt nội dung kế hoạch đến cán bộ,",
            "công chức, viên chức và người lao động trong toàn tỉnh để thực hiện.",
            "Sở Tài chính bố trí kinh phí thực hiện từ nguồn ngân sách được giao"]
    fixes = labels_of([*body, "hằng năm theo quy định sau:",
                       "- kinh phí thực hiện các nhiệm vụ được bảo đảm theo phân cấp.", *body])
    # no dash line near it: no list of one item, a speck
    assert [(f.before, f.after, f.line) for f in fixes] == [("- ", "", 4)]
    # beside other dash lines it is an item of their list
    listed = labels_of([*body, "hằng năm theo quy định sau:",
                        "- kinh phí thực hiện các nhiệm vụ được bảo đảm theo phân cấp;",
                        "- kinh phí đột xuất do Ủy ban nhân dân tỉnh quyết định.", *body])
    assert not [f for f in listed if f.before.strip() == "-"]


def test_a_dash_after_a_line_that_wrapped_mid_sentence_is_a_speck():
    lines = [
        "14. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của phường Trung",
        "",
        "- Kiên, phường Thuận Hưng và một phần diện tích tự nhiên, quy mô dân số của",
        "phường Thốt Nốt thành phường mới có tên gọi là phường Thuận Hưng, tỉnh Cần Thơ.",
        "15. Việc tổ chức các hoạt động văn hóa phải được phép của Bộ Văn hóa",
        "- Thông tin theo quy định hiện hành và phải báo cáo kết quả thực hiện về Bộ.",
        "16. Các cơ quan, đơn vị có trách nhiệm thực hiện các nhiệm vụ sau đây;",
        "- Tổ chức quán triệt, phổ biến nội dung kế hoạch đến cán bộ, công chức.",
        "17. Kinh phí thực hiện",
        "- Ngân sách nhà nước bảo đảm theo phân cấp quản lý ngân sách hiện hành."]
    doc = ingest_bytes(("\n".join(lines) + "\n").encode(), "t.txt")
    fixes = label_corrections(doc.view(), lambda: {("hoa", "thong")})
    # a name that prints a dash keeps it; after a clause's end or a short line, a bullet
    assert [(f.before, f.after, f.line) for f in fixes] == [("- ", "", 2)]
    assert 0.5 < fixes[0].confidence < 0.9
    # the lexicon's names print that dash
    assert ("hoa", "thong") in Context().lexicon.dash_compounds
    assert [f.line for f in label_corrections(doc.view())] == [2, 5]
    # a name's dash at a line's end, read again at the next one's start
    lines = ["a) Người lao động nộp 01 bộ hồ sơ đến cơ quan Lao động -", "",
             "- Thương binh và Xã hội địa phương nơi người lao động cư trú.",
             "- Giấy đề nghị hỗ trợ theo mẫu ban hành kèm theo Thông tư này;"]
    doc = ingest_bytes(("\n".join(lines) + "\n").encode(), "t.txt")
    assert [(f.before, f.line) for f in label_corrections(doc.view())] == [("- ", 2)]
    # a speck after an item's end is no name's dash: the next item's stays
    lines[0] = "a) Người lao động nộp 01 bộ hồ sơ đến cơ quan Lao động; -"
    doc = ingest_bytes(("\n".join(lines) + "\n").encode(), "t.txt")
    assert not [f for f in label_corrections(doc.view()) if f.line == 2]


def test_specks_before_a_label_go_and_a_quotations_quote_stays():
    fixes = labels_of([
        "QUYẾT NGHỊ:",
        "- Điều 1. Phê duyệt kế hoạch thực hiện nhiệm vụ năm 2024.",
        "Điều 2. Sửa đổi, bổ sung Điều 5 như sau:",
        "“1. Sở Tài chính chủ trì thực hiện các nhiệm vụ được giao.",
        "_2. Sở Tư pháp chủ trì thực hiện các nhiệm vụ được giao.”",
        "_ Điều 3. Hiệu lực thi hành"])
    # (a label its list's order repairs is rewritten with its specks)
    assert sorted((f.before, f.after, f.line) for f in fixes) == [
        ("- ", "", 1), ("_ ", "", 5), ("_2.", "2.", 4)]


def test_specks_before_a_quotations_opening_quote_go_and_the_quotation_opens():
    lines = ["Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 80/2021/TT-BTC:",
             "1. Sửa đổi Điều 59 như sau:",
             "-_ “Điều 59. Hồ sơ miễn tiền thuê đất",
             "1. Văn bản đề nghị theo mẫu.",
             "2. Bản sao quyết định cho thuê đất.",
             "3. Bản sao văn bản xác nhận.”",
             "2. Sửa đổi khoản 2 Điều 82 như sau:",
             "“2. Mức kinh phí ủy nhiệm thu được xác định theo hợp đồng.”",
             "Điều 2. Hiệu lực thi hành"]
    fixes = labels_of(lines)
    # the specks go, the quote stays; the amending list's "2." is no "4." of the quoted one
    assert [(f.before, f.after, f.line) for f in fixes] == [("-_ ", "", 2)]
    doc = doc_from_text("\n".join(lines) + "\n")
    paths = set(outline_paths(doc.body))
    assert {"Điều 1/1/Điều 59/3", "Điều 1/2", "Điều 2"} <= paths
    assert "Điều 59" not in paths


def test_threshold_decides_what_applies():
    from vanban.correct import correct

    doc = ingest_bytes("\n".join(["1. Nhiệm vụ"] + [item(f"{x})") for x in "abcđe"]).encode(),
                       "t.txt")
    strict = correct(doc, Context(threshold=0.99))
    assert [c.status for c in strict.corrections] == ["proposed"]


def test_dash_read_as_em_dash_or_tilde():
    fixes = labels_of(["3. Các ủy viên:", item("-"), item("—"), item("-"), item("~"), item("-")])
    assert [(f.before, f.after) for f in fixes] == [("—", "-"), ("~", "-")]


def test_roman_one_opening_a_sentence_is_the_number_one():
    fixes = labels_of(["I. MỤC ĐÍCH, YÊU CẦU", item("I."), item("2."), item("3."),
                       "II. NỘI DUNG", item("1."), item("2.")])
    assert [(f.before, f.after) for f in fixes] == [("I.", "1.")]


def test_a_capital_heading_with_its_content_after_a_colon_is_roman():
    # "I. THỜI GIAN: Ngày …" is a heading in capitals whose content follows on its line,
    # not a "1." opening a sentence; so the misread heading is the third, "II." for "III."
    fixes = labels_of(["I. THỜI GIAN: Ngày 26/6/2022 (Chủ nhật).",
                       "II. ĐỊA BÀN TRIỂN KHAI: Đồng loạt triển khai trên toàn quốc",
                       "II. NỘI DUNG THỰC HIỆN", item("1."), item("2."),
                       "IV. PHƯƠNG THỨC TRIỂN KHAI", item("1."), item("2.")])
    assert [(f.before, f.after) for f in fixes] == [("II.", "III.")]
    assert fixes[0].line == 2


def test_a_real_numeral_after_damaged_ones_is_read_in_their_sequence():
    # "1." and "H." are no numerals: they are I and II, so the "II." after them is III
    # with a stroke lost; a run of real numerals alone ("II." "III.") is never shifted
    fixes = labels_of(["1.MỤC ĐÍCH", item("1."), item("2."), "_H. ĐỐI TƯỢNG, NỘI DUNG",
                       item("1."), item("2."), "II. CƠ CẤU GIẢI THƯỞNG", item("1.")])
    assert [(f.before, f.after) for f in fixes] == [("1.", "I. "), ("_H.", "II."),
                                                    ("II.", "III.")]
    assert not labels_of(["II. MỤC ĐÍCH", item("1."), "III. NỘI DUNG", item("1.")])


def test_two_headings_neither_read_as_a_numeral_are_repaired_at_a_higher_cost():
    fixes = labels_of(["l MỤC ĐÍCH, YÊU CẦU.", item("1."), item("2."),
                       "HH, TỔ CHỨC THỰC HIỆN", item("1."), item("2.")])
    assert [(f.before, f.after) for f in fixes] == [("l", "I."), ("HH,", "II.")]


def test_a_numeral_glued_to_its_heading_gets_its_space_back():
    fixes = labels_of(["I. MỤC ĐÍCH", item("1."), "II. NỘI DUNG", item("1."),
                       "_HLTỔ CHỨC THỰC HIỆN", item("1."), "JV„PHÂN CÔNG NHIỆM VỤ", item("1.")])
    assert [(f.before, f.after) for f in fixes] == [("_HL", "III. "), ("JV„", "IV. ")]


def test_a_sub_item_whose_dot_was_lost_between_its_parent_and_the_next_item():
    fixes = labels_of(["II. NỘI DUNG", item("1."), item("12."), item("2."), item("3.")])
    assert [(f.before, f.after) for f in fixes] == [("12.", "1.2.")]
    # its 1 read as a letter too
    fixes = labels_of(["II. NỘI DUNG", item("1."), item("L1."), item("2."), item("3.")])
    assert [(f.before, f.after) for f in fixes] == [("L1.", "1.1.")]
    # a list that does count to 12 keeps it
    assert not labels_of(["II. NỘI DUNG"] + [item(f"{k}.") for k in range(1, 14)])
    # after sub-items 4.1 to 4.3, "44." is the next, its dot lost (the list's last)
    fixes = labels_of(["4. Các vòng thi", item("4.1."), item("4.2."), item("4.3."), item("44.")])
    assert [(f.before, f.after) for f in fixes] == [("44.", "4.4.")]
    # a clause "44." after clause 43 is none
    assert not labels_of(["Điều 5. Các khoản"] + [item(f"{k}.") for k in range(40, 45)])


def test_a_sub_item_whose_item_number_was_lost_between_its_siblings():
    fixes = labels_of(["2. Thực hiện nghi lễ chào cờ", item("2.1."), "#2. Sử dụng hình ảnh",
                       item("2.3."), item("2.4."), "3. Tổ chức thực hiện"])
    assert [(f.before, f.after) for f in fixes if f.before != "#"] == [("2.", "2.2.")]
    # an item after its own sub-items, or before the next item's, stays an item
    assert not labels_of(["1. Mục đích", item("1.1."), item("1.2."), item("2."),
                          item("2.1."), item("2.2.")])


def test_the_first_plus_of_a_list_read_as_a_star_after_a_speck():
    fixes = labels_of(["III. TỔ CHỨC THỰC HIỆN", "1. Trung ương Đoàn tổ chức các hoạt động:",
                       "_* Giải thưởng Người thợ trẻ giỏi toàn quốc.",
                       "+ Diễn đàn Thanh niên công nhân.", "+ Ngày hội thanh niên công nhân."])
    assert [(f.before, f.after) for f in fixes] == [("*", "+"), ("_", "")]
    # the one star of a document, opening no list of its own, is the first plus
    fixes = labels_of(["2. Loại hình và thể loại", "* Phóng sự, phỏng vấn, bài viết chuyên đề.",
                       "+ Tác phẩm giới thiệu gương điển hình.", "3. Đối tượng tham gia"])
    assert [(f.before, f.after) for f in fixes] == [("*", "+")]
    # a star printed alone, no speck before it, may head its own list
    assert not labels_of(["1. Trung ương Đoàn tổ chức các hoạt động:", "* Giải thưởng:",
                          "+ Diễn đàn Thanh niên công nhân.", "+ Ngày hội thanh niên."])


def test_a_described_texts_chapters_do_not_break_the_roman_headings_count():
    # "Chương 1 …" under a point describe a plan's layout; "1V." after them is IV
    fixes = labels_of(["I. ĐỐI TƯỢNG THAM GIA", item("1."), "II. THỦ TỤC ĐĂNG KÝ", item("1."),
                       "III. QUY ĐỊNH VỀ BÀI DỰ THI", "1. Bố cục đề án gồm:",
                       "Chương 1: Thông tin chung", "Chương 2: Kế hoạch kinh doanh",
                       "1V. HÌNH THỨC TỔ CHỨC CUỘC THI", item("1.")])
    assert [(f.before, f.after) for f in fixes] == [("1V.", "IV.")]


def test_damaged_article_keyword():
    fixes = labels_of(["Điều 1. Phạm vi điều chỉnh", item(""), "Điêu 2. Đối tượng áp dụng",
                       item(""), "Điều 3. Hiệu lực thi hành"])
    assert [(f.before, f.after) for f in fixes] == [("Điêu", "Điều")]


def test_a_damaged_one_before_a_clean_two_starts_the_list_again():
    # "Điều …" lost into the line before: "_1," then "2." "3." is a new list, not items 5-7
    lines = [item(f"{k}.") for k in range(1, 5)] + [
        item("_1,"), item("2."), item("3.")]
    fixes = labels_of(lines)
    assert [(f.before, f.after) for f in fixes] == [("_1,", "1.")]
    # a damaged "1" with no clean "2" after it is read in its list's order
    lines = [item(f"{k}.") for k in range(1, 5)] + [item("_1,"), item("6.")]
    assert [(f.before, f.after) for f in labels_of(lines)] == [("_1,", "5.")]


def test_a_dash_read_as_specks_beside_dash_items():
    lines = ["Điều 2. Hiệu lực thi hành",
             "° ~ Thông tư này có hiệu lực sau 45 ngày kể từ ngày ký.",
             "- Thông tư này được đăng trên Cổng thông tin điện tử của Bộ.",
             "_= Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan phản ánh về Bộ."]
    fixes = {(c.before, c.after) for c in labels_of(lines)}
    assert {("° ~ ", "- "), ("_= ", "- ")} <= fixes
    # no dash item beside it: the specks are left to the word correction
    alone = [lines[0], lines[1], "Thông tư này được đăng trên Cổng thông tin điện tử."]
    assert ("° ~ ", "- ") not in {(c.before, c.after) for c in labels_of(alone)}
    # a dash with specks ("-_ ") is as often the margin's specks: not read so
    lines[1] = "-_ Thông tư này có hiệu lực sau 45 ngày kể từ ngày ký."
    assert not any(c.after == "- " for c in labels_of(lines) if c.line == 1)


def test_quoted_points_are_the_ones_their_amending_clause_names():
    lines = ["Điều 1. Sửa đổi, bổ sung một số điều như sau:",
             "2. Sửa đổi, bổ sung điểm b, điểm c, điểm d khoản 2 Điều 9 như sau:",
             "“b) Đối với hàng dự trữ quốc gia mua theo hình thức chỉ định thầu;”;",
             "“c) Đối với hàng dự trữ quốc gia bán theo phương thức bán chỉ định;”;",
             "“đ) Đối với dịch vụ thuê chuyên cơ, chuyên khoang chính thức.”",
             "3. Sửa đổi, bổ sung điểm đ khoản 3 như sau:",
             "“đ) Thông qua hoạt động báo cáo theo yêu cầu của cơ quan có thẩm quyền.”"]
    fixes = [(f.line, f.before, f.after) for f in labels_of(lines)]
    assert (4, "đ", "d") in fixes
    # the next clause names its own point: its "đ)" is left as printed
    assert not any(line == 6 for line, _, _ in fixes)
    # a quoted point whose opening quote OCR lost, its letter read in capitals
    lines[3] = "C) Đối với hàng dự trữ quốc gia bán theo phương thức bán chỉ định;”;"
    fixes = [(f.line, f.before, f.after) for f in labels_of(lines)]
    assert (3, "C", "c") in fixes and (4, "đ", "d") in fixes
    # where the clause names no more points, a capital is left as printed
    lines[1] = "2. Sửa đổi, bổ sung điểm b khoản 2 Điều 9 như sau:"
    assert not any(line == 3 for line, _, _ in
                   ((f.line, f.before, f.after) for f in labels_of(lines)))
