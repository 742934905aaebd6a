"""The administrative vocabulary every stage reads, one place for each fact: document types,
signers' positions and signing authorities, the national motto, and the characters OCR
takes for one another. Most of it is fixed by the rules on administrative documents
(Nghị định 30/2020/NĐ-CP) and the drafting rules of legal documents.

The lexicon build (`lexicon/build.py`) reads it too, for the phrases the correction
matches over windows of words.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from vanban.text import strip_accents

# ---------------------------------------------------------------------- document types


@dataclass(frozen=True)
class DocType:
    name: str  # as written in running text: "Nghị quyết"
    title: bool = True  # printed as a document's own type under its header, in capitals
    cited: bool = True  # other documents cite it by type and number, or by type and name
    # how its number abbreviates it (NĐ 30/2020, Phụ lục III; the Party's rules; the Law
    # on legal documents): none where its number names no type ("59/2020/QH14", a state
    # letter's "123/UBND-VX"), two where the Party's and the state's differ
    codes: tuple[str, ...] = ()


DOC_TYPES: tuple[DocType, ...] = (
    DocType("Nghị quyết", codes=("NQ",)), DocType("Nghị quyết liên tịch", codes=("NQLT",)),
    DocType("Quyết định", codes=("QĐ",)), DocType("Kế hoạch", codes=("KH",)),
    DocType("Chỉ thị", codes=("CT",)), DocType("Thông tư", codes=("TT",)),
    DocType("Thông tư liên tịch", codes=("TTLT",)), DocType("Nghị định", codes=("NĐ",)),
    DocType("Luật"), DocType("Bộ luật"), DocType("Pháp lệnh"), DocType("Hiến pháp"),
    DocType("Công văn", codes=("CV",)), DocType("Kết luận", codes=("KL",)),
    DocType("Thông báo", codes=("TB",)), DocType("Hướng dẫn", codes=("HD",)),
    DocType("Chương trình", codes=("CTr",)), DocType("Đề án", codes=("ĐA",)),
    DocType("Chiến lược"), DocType("Báo cáo", codes=("BC",)),
    DocType("Tờ trình", codes=("TTr",)), DocType("Quy định", codes=("QyĐ", "QĐi")),
    DocType("Quy chế", codes=("QC",)), DocType("Công điện", codes=("CĐ",)),
    DocType("Quy hoạch"), DocType("Điều lệ"),
    DocType("Hiệp định", title=False),
    # types a document is printed as, but which running text uses as common nouns too
    # ("dự án xây dựng", "phương án bảo đảm"), so a mention of them is no reference
    DocType("Giấy mời", cited=False, codes=("GM",)),
    DocType("Biên bản", cited=False, codes=("BB",)), DocType("Lệnh", cited=False),
    DocType("Phương án", cited=False, codes=("PA",)),
    DocType("Dự án", cited=False, codes=("DA",)),
    DocType("Giấy giới thiệu", cited=False, codes=("GGT",)),
    DocType("Giấy ủy quyền", cited=False, codes=("GUQ",)),
    DocType("Định hướng", cited=False), DocType("Thông cáo", cited=False, codes=("TC",)),
    DocType("Hợp đồng", cited=False, codes=("HĐ",)),
    DocType("Bản ghi nhớ", cited=False, codes=("GNh",)),
    DocType("Bản thỏa thuận", cited=False, codes=("TTh",)),
    DocType("Chương trình hành động", cited=False, codes=("CTr",)),
    DocType("Kế hoạch hành động", cited=False, codes=("KH",)),
    DocType("Thể lệ", cited=False), DocType("Nội quy", cited=False),
)

# the kinds of document a number names, as NĐ 30/2020 (Phụ lục III) and the Party's rules
# for its documents abbreviate them: a closed set, so a type OCR damaged is found in it (the
# correction's code grammar), and a number whose type is none of them is none a document
# prints (the header's)
DOCUMENT_TYPES = frozenset((
    "NQ", "QĐ", "CT", "QC", "QyĐ", "QĐi", "TC", "TB", "TT", "HD", "CTr", "KH", "PA", "ĐA",
    "DA", "BC", "BB", "TTr", "HĐ", "CĐ", "GN", "TTh", "GUQ", "GM", "GGT", "GNP", "PG", "PC",
    "PB", "KL", "CV", "NĐ", "TTLT", "NQLT", "PL"))

# an annex's keyword, as its heading prints it ("PHỤ LỤC II", "Phụ lục 01")
ANNEX_KEYWORD = r"(?:PHỤ LỤC|Phụ lục)"

# a document's own type as printed in its header, compared without accents in capitals
TITLE_TYPES: tuple[str, ...] = tuple(strip_accents(t.name).upper() for t in DOC_TYPES if t.title)
# each title type in capitals, as printed, by its letters without marks
TITLE_TYPE_NAMES: dict[str, str] = {strip_accents(t.name).upper(): t.name.upper()
                                    for t in DOC_TYPES if t.title}
# the abbreviations a document's number may give its type, by its title type as printed
TITLE_TYPE_CODES: dict[str, tuple[str, ...]] = {strip_accents(t.name).upper(): t.codes
                                                for t in DOC_TYPES if t.title}
# the cited types as one alternation, longest first ("Nghị quyết liên tịch" before
# "Nghị quyết", "Bộ luật" before "Luật")
CITED_TYPES_PATTERN = "|".join(sorted((t.name for t in DOC_TYPES if t.cited),
                                      key=lambda n: (-len(n), n)))

# ---------------------------------------------------------------------- the signature block

# positions of signers, in the case running text writes them ("Phó Chủ tịch")
SIGNER_POSITIONS: tuple[str, ...] = (
    "Chủ tịch", "Phó Chủ tịch", "Chủ tịch nước", "Phó Chủ tịch nước", "Chủ tịch Quốc hội",
    "Thủ tướng", "Phó Thủ tướng", "Bộ trưởng", "Thứ trưởng", "Tổng Bí thư", "Bí thư",
    "Phó Bí thư", "Giám đốc", "Phó Giám đốc", "Giám đốc Sở", "Tổng Giám đốc",
    "Chánh Văn phòng", "Phó Chánh Văn phòng", "Trưởng ban", "Phó Trưởng ban", "Vụ trưởng",
    "Phó Vụ trưởng", "Cục trưởng", "Phó Cục trưởng", "Tổng Cục trưởng", "Chánh án",
    "Viện trưởng", "Tổng Kiểm toán", "Tổng Kiểm toán Nhà nước", "Kiểm toán trưởng",
    "Chủ nhiệm", "Phó Chủ nhiệm", "Thống đốc", "Phó Thống đốc", "Hiệu trưởng", "Trưởng phòng",
    "Chánh Thanh tra", "Tổng Thư ký", "Trưởng đoàn", "Phó Trưởng phòng", "Phó Hiệu trưởng",
    "Phó Chánh Thanh tra", "Phó Chánh án", "Phó Viện trưởng", "Phó Tổng Giám đốc",
)
# as the signature block prints them: capitals, compared without accents
SIGNER_TITLES: frozenset[str] = frozenset(strip_accents(p).upper() for p in SIGNER_POSITIONS)
# what may follow a position: "PHÓ TRƯỞNG PHÒNG PHỤ TRÁCH" (in charge), "PHÓ CHỦ TỊCH
# THƯỜNG TRỰC" (standing)
TITLE_QUALIFIER = regex.compile(r"\s+(?:PHU TRACH|THUONG TRUC)$")


# each title by its letters alone: OCR loses the space between bold capitals ("BÍTHƯ")
TITLES_UNSPACED: dict[str, str] = {t.replace(" ", ""): t for t in SIGNER_TITLES}


def is_signer_title(text: str) -> bool:
    """The whole text is a signer's position ("PHÓ CHỦ TỊCH"), however its tones read."""
    return TITLE_QUALIFIER.sub("", " ".join(strip_accents(text).upper().split())) in SIGNER_TITLES


def spaced_title(text: str) -> str:
    """A signer's position whose spaces OCR lost, spaced as the title is ("BÍTHƯ" -> "BÍ
    THƯ", its letters as read); any other text as it is."""
    letters = "".join(text.split())
    title = TITLES_UNSPACED.get(strip_accents(letters).upper())
    if title is None or len(letters) != len(title.replace(" ", "")) or is_signer_title(text):
        return text
    out, at = [], 0
    for word in title.split():
        out.append(letters[at:at + len(word)])
        at += len(word)
    return " ".join(out)


# who signs for whom: "TM." (on behalf of a collective), "KT." (deputising), "TL." and
# "TUQ." (by delegation), "Q." (acting)
SIGNING_AUTHORITIES = ("TM", "KT", "TL", "TUQ", "Q")
AUTHORITY_ALTERNATION = "|".join(SIGNING_AUTHORITIES)

# "Số" of a document's "Số:" line, as OCR may read it ("SO", "S6", "Sổ", "§ố")
NUMBER_KEYWORD = r"(?:[S§][OÔ0ð6]|SỐ|[S§][ốổồộoôöóòõ])"
# the same read as digits, "50: 4444CV/TWĐTNBTG": only with its colon, before a number and
# a symbol
NUMBER_KEYWORD_AS_DIGITS = r"5[0O]\s?:(?=\s*\d{1,5}\s?[-\p{Lu}]*/)"
# "V/" of "V/v" (về việc), which opens a letter's abstract, its slash as OCR may read it
# (a "z" too: "“Vzv triệu tập …")
VV_SLASH = r"V[/⁄¿?7|\\zZ]"
# "Nơi nhận:" opens the recipients; matched without accents, its first letter allowed to
# be misread, or a speck glued before it, when the colon follows ("@ớơi nhận:", "Nci
# nhận:", "JNơi nhận:"), or its space lost ("Nơinhận")
# (a table's border before it, read as a stroke letter: "Ì Nơi nhận:")
# (one letter lost with its colon kept: "Nơi hận:", "Nơ nhận:")
NOI_NHAN = regex.compile(r"^(?:[\W_]{0,3}|[IlJ]\s+[\W_]{0,2})(?:noi ?nhan\b|\S{1,3}i nhan\s*[:;]"
                         r"|noi n?han\s*[:;]|no nhan\s*[:;])"
                         r"\s*[:;.]?\s*", regex.I)


def opens_recipients(text: str) -> regex.Match | None:
    return NOI_NHAN.match(strip_accents(text))


# ---------------------------------------------------------------------- the national motto

# the words of a place's kind, in lower case before its name ("thành phố Pleiku")
PLACE_KINDS = frozenset({"thành", "phố", "thị", "xã", "trấn", "huyện", "tỉnh", "quận", "phường"})

# "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Độc lập - Tự do - Hạnh phúc", matched without
# accents and with OCR's usual damage to them (0 for O, a speck inside a word)
MOTTO_NATION = r"C\W?[O0]NG\s+H[O0]A\s+X\W?A\s+H\W?[O0]I"
MOTTO_INDEPENDENCE = r"D\W?[O0]C[\s\W]+L\W?A\W?P"  # ("Đọc:lập": a speck for the space)
# (or its first words lost to specks: "ĐỘc :ập - Tự do - Hạnh phúc")
MOTTO_FREEDOM = r".{0,16}?\bT\W?U\W*\s+D\W?[O0]\W+H\W?A\W?NH\s+PH\W?UC\W*$"
# (its first word may end the line above: "… HỒ CHÍ MINH | CỘNG" / "HOÀ XÃ HỘI CHỦ NGHĨA …")
MOTTO_GOES_ON = r"H[O0]A\s+X\W?A\s+H\W?[O0]I\s+CHU\s+NGHIA"
MOTTO_LINE = regex.compile(
    rf"^\W*{MOTTO_NATION}|^\W*{MOTTO_INDEPENDENCE}\b|^\W*{MOTTO_GOES_ON}|^\W*C\W?[O0]NG\W*$"
    rf"|^{MOTTO_FREEDOM}",
    regex.I)

# ---------------------------------------------------------------------- look-alike characters

# letters OCR takes for one another beyond what the channel's training scans showed: the
# word correction's floor for an unseen confusion
LETTER_LOOK_ALIKE_GROUPS = ("aăâ", "eê", "oôơ", "uư", "dđ", "iyl1|!", "o0", "ư4", "ôó6", "b8h",
                            "ce", "nmhu", "ft", "rt", "gq9y", "s5", "z2", "vy", "kx", "pb")
# pairs a list label is misread as ("c)" for "e)", "I." for "1."): the label repair's cheap
# substitutions
LABEL_LOOK_ALIKES: frozenset[frozenset[str]] = frozenset(frozenset(p) for p in (
    ("c", "e"), ("a", "s"), ("a", "o"), ("b", "h"), ("h", "n"), ("i", "l"), ("l", "t"),
    ("f", "t"), ("g", "q"), ("g", "y"), ("g", "ø"), ("u", "v"), ("k", "x"), ("n", "u"),
    ("m", "n"), ("r", "t"), ("d", "đ"), ("o", "ơ"), ("I", "L"), ("I", "l"), ("I", "1"),
    ("l", "1"), ("|", "1"), ("!", "1"), ("|", "I"), ("!", "I"), ("[", "I"), ("]", "I"),
    ("ï", "I"), ("í", "I"), ("ì", "I"), ("Ì", "I"), ("Í", "I"), ("Ï", "I"), ("¡", "I"),
    # a point's letter read as a digit ("4)" for "a)")
    ("4", "a"), ("1", "l"), ("0", "o"), ("5", "s"), ("6", "b"), ("8", "b"), ("9", "g"),
    ("8", "g"), ("©", "e"), ("©", "c"),
    ("3", "8"), ("1", "7"), ("5", "6"), ("6", "8"), ("0", "8"), ("4", "9")))
# what a look-alike stands for in a list label: the digit 1 ("!.5" for "1.5", "I0" for
# "10"), the roman stroke I ("[II" for "III"), the numeral I or the number 1 ("[.", "ï.",
# "{.")
DIGIT_FOR = str.maketrans({"l": "1", "I": "1", "L": "1", "|": "1", "!": "1", "O": "0",
                           "o": "0", "ï": "1", "í": "1", "ì": "1", "¡": "1",
                           "Ï": "1", "Í": "1", "Ì": "1", "[": "1", "]": "1", "{": "1",
                           "}": "1"})
ROMAN_FOR = str.maketrans({"[": "I", "]": "I", "{": "I", "}": "I", "|": "I", "!": "I",
                           "l": "I", "1": "I", "ï": "I", "í": "I", "ì": "I", "Ï": "I",
                           "Í": "I", "Ì": "I", "Ị": "I", "Ỉ": "I", "Ĩ": "I", "i": "I",
                           "T": "I", "¡": "I"})
ONE_LIKE = frozenset({"I", "l", "1", "|", "!", "¡", "[", "]", "{", "}", "ï", "í", "ì", "Ì",
                      "Í", "Ï"})
ROMAN_TWO = frozenset({"II", "IH", "H", "Il", "lI", "ll", "IL", "LI"})  # "II" as OCR reads it
# digits a point's letter reads as ("4)", "3)" for "a)")
DIGIT_LETTERS = frozenset({"4", "1", "0", "3", "5", "6", "8", "9"})
# digits a printed digit is misread as, for numbers that only one reading makes plausible
# the letters and signs OCR reads for 1 and 0 inside a number ("l4", "I899", "2O20", "Ø1",
# "¡6/2023"), as digits again
LETTERS_AS_DIGITS = str.maketrans({"I": "1", "l": "1", "|": "1", "¡": "1", "†": "1",
                                   "O": "0", "Ø": "0", "ø": "0"})
DIGIT_LOOK_ALIKES = {"0": "689", "1": "74", "2": "7", "3": "89", "4": "19", "5": "63",
                     "6": "508", "7": "12", "8": "0369", "9": "0834"}
