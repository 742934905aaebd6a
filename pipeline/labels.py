"""List and heading labels as printed at the start of a line: "Điều 5.", "III.", "2.1.", "a)", "-".

Shared by the stages that repair labels and the one that builds the tree from them.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex
from rapidfuzz.distance import Levenshtein

from vanban.syllable import parse
from vanban.text import strip_accents

ROMAN = regex.compile(r"^(?=[IVXL])L?X{0,3}(?:IX|IV|V?I{0,3})$")
BULLETS = "-–—•+*~"

# the Bộ pháp điển numbers an article by its topic, heading, source and place:
# "33.8.LQ.1", "41.8.TT.1.10"
CODIFIED_NUMBER = r"\d+\.\d+\.\p{Lu}{2,5}(?:\.\d+)+"
# the same as OCR leaves it: a space after a dot, a colon, a comma or a slash for one,
# letters doubled ("QĐÐ"), a digit of the place read as a letter ("TT.L.5"); the groups
# are topic, heading, source and place
LOOSE_CODIFIED = regex.compile(r"(\d+)\s?[.,]\s?(\d+)\s?[.:,/]\s?([\p{Lu}Ð]{1,5})"
                               # (a comma between a place's numerals: "NĐ.1,1.")
                               r"((?:\s?(?:[./:]|,(?=\d))\s?[\dIlL|OÏïíì!]{1,3}(?!\w))+)")

PATTERNS: list[tuple[str, regex.Pattern]] = [
    ("part", regex.compile(r"^((?:PHẦN|Phần)\s+(?:THỨ|thứ)\s+\w+|(?:PHẦN|Phần)\s+[IVXL]+|"
                           r"(?:PHẦN|Phần)\s+\d+)\b\s*[.:]?")),
    # "Chương II2 (được bãi bỏ)": a consolidated text's footnote number after the numeral;
    # not one with a stroke glued to it, a damaged numeral ("Chương II]": III)
    ("chapter", regex.compile(r"^((?:CHƯƠNG|Chương)\s+(?:[IVXL]+|\d+))(?:(?<=[IVXL])\d{1,2})?\b"
                              r"(?![\[\]|!])\s*[.:]?")),
    ("section", regex.compile(r"^((?:MỤC|Mục)\s+(?:\d+|[IVXL]+))\b\s*[.:]?")),
    # "Điêu 1." and other tone damage to the keyword still open an article
    # a codified article is labelled by its whole number ("Điều 33.8.LQ.1.")
    ("article", regex.compile(rf"^((?:Đi[eêềếểễệ]u|ĐI[EÊỀẾỂỄỆ]U)\s+(?:{CODIFIED_NUMBER}(?!\.\d)"
                              r"|\d+[a-z]?(?![.,]\s?\d+\s?[.:,/]\s?\p{Lu})))\s*[.:]")),
    ("decimal", regex.compile(r"^(\d{1,2}(?:\.\d{1,2})+)[.:]?(?=\s)")),
    # (not "I.ực, Tân Phú": "Lực" wrapped to the line start, its L read as "I."; not "L)",
    # a point l in capitals: no list counts its romans from 50; glued to what follows, a
    # heading's word, not a code's: "X.U.)U20)3-." is a damaged "V.09.02.03")
    ("roman", regex.compile(r"^(?!L\s?\))([IVXL]{1,6})\s?[.)](?!\p{Ll})"
                            r"(?=[\s.:,]|$|\p{Lu}\p{L}*(?:\s|$))")),
    # "II CHỈ TIÊU" (the dot lost)
    ("roman", regex.compile(r"^([IVX]{1,5})(?=\s+[[:upper:]]{2,}\s)")),
    # a numeral OCR damaged ("H." for "II.") still opens a capitalised heading
    # (not a 1 before a word OCR read in capitals: "1. VỊ trí")
    ("roman", regex.compile(r"^(?!1\.\s*\S+\s+[^[:upper:]\s])"
                            r"([IVXLHl1|]{1,5}|[IlH][IlHi]{1,3})\.\s*(?=[[:upper:]]{2,}\s)")),
    # "3a." (a clause an amendment inserts after clause 3)
    ("number", regex.compile(r"^(\d{1,3}(?:[a-e](?=\.\s))?)\s?[.)](?=\s|$)")),
    # ("€)", "¡)", "ø)": a point's c, i or g read as a sign)
    ("letter", regex.compile(r"^([^\W\d_]?|[€¡ø])\)")),
    # "a. Nội dung đề án": a point with a period, as many plans print them (not "l.",
    # which is a "1." misread as often as a point)
    # (a roman numeral read in lower case before a heading in capitals is no point:
    # "v. TỔ CHỨC THỰC HIỆN")
    ("letter", regex.compile(r"^(?![ivx]\.\s*[[:upper:]]\S*\s+[[:upper:]]{2,})"
                             r"([a-km-zđ])\.\s+(?=[[:upper:]])")),
    ("bullet", regex.compile(r"^([-–—•+*~])(?=\s)")),
]

DAMAGED_ROMAN = next(p for k, p in PATTERNS if k == "roman" and "H" in p.pattern)

# labels as OCR damages them, tried when no printed label matched: each gives the kind the
# print most likely had, and the label repair (correct/labels.py) mends its text where the
# list's own sequence confirms it
DAMAGED: list[tuple[str, regex.Pattern]] = [
    # "I.I.", "1.l.": a sub-item whose 1s are both look-alikes (before the damaged roman
    # headings, which would read its "I.")
    ("decimal", regex.compile(r"^([1lIL|!]\.[lIL|!])\.(?=\s+[[:upper:]])")),
    # "Chương [", "Chương H", "CHUONG Il": the chapter's numeral (or its keyword) misread; a
    # chapter heading stands alone on its line
    # (specks before it hold a mark or a digit, "L2 hương |", or are one letter the keyword
    # lost, "C hương H": "Sở CHUNG (" is words)
    # (the keyword cut by a space, "Ch ương Í", or its C read as a bracket, "{hương TÌ")
    ("chapter", regex.compile(r"^(?:(?:(?=\S{0,2}[^\p{L}\s])\S{1,3}|\p{L})\s+|[^\w\s])?"
                              # (a speck after the keyword: "&, hương. II")
                              r"(?P<kw>[^\W\d_]{5,8}|[^\W\d_]{2,3} [^\W\d_]{3,4})[.,]?\s+"
                              # (a speck read as a dash before the numeral: "Chương - li")
                              r"(?:[-–_~]\s+(?=[IVXLHl|!\[\]i]{1,4}\s*$))?"
                              # (a speck glued after the numeral: "Chương l§")
                              r"(?P<n>[IVXLHTl1|!\[\]ïíìÏỊỈĨÌÍ][IVXLHTl1|!\[\]ïíìÏỊỈĨÌÍi]{0,5}(?:[^\w\s.:_\-|](?=\s*$))?"
                              # (a speck glued to it read as a small letter, specks after
                              # it: "Chương Hộ : : n ẻ ề")
                              r"|[IVXLH][IVXLHl]{0,3}\p{Ll}(?=\s+[^\w\s])"
                              r"|\d{1,2}|[^\w\s.:_\-])"
                              # (a consolidated text's footnote number and note after it:
                              # "Chương IHI2 (được bãi bỏ)")
                              r"(?:(?<=\p{Lu})(?=\d{1,2}\s*\([^()]{1,30}\)\s*$)|"
                              # (quotes after its period: "Chương [.\".")
                              r"\s*[.:]{0,3}(?:[\"'“”][.:]?(?=\s*$))?"
                              # (a stroke after it: "Chương H l"; specks, the first a
                              # mark: "Chương HH : : Ặ si ễ", or a letter and a mark:
                              # "Chương [I ì \" : .")
                              r"(?:\s+[lI!¬ˆ'`]|\s+(?:\w\s+)?[^\w\s]{1,3}"
                              r"(?:\s+(?:[^\w\s]{1,3}|\w{1,2})){0,5})?"
                              r"[\s|_\-.]*$)")),  # ("C hương l_ .")
    # "Chương | là na": a numeral read as a stroke, specks read as short words after it
    ("chapter", regex.compile(r"^(?P<kw>C[^\W\d_]{4,6})\s+(?P<n>[|!\[\]])"
                              r"(?:\s+(?:\w{1,2}|[^\w\s]{1,3})){1,5}\s*$")),
    # "Chương lề ng", "Chương lN": its stroke glued to a speck read as letters
    ("chapter", regex.compile(r"^(?P<kw>C[^\W\d_]{4,6})\s+(?P<n>[lI|!])(?:\p{Ll}{1,2}|(?<=l)N)"
                              r"(?:\s+\p{Ll}{1,2}){0,2}\s*$")),
    # "Mục l": a section's 1 read as a letter, the heading alone on its line
    # (specks after it, a quote among them: "Mục l- | \"")
    ("section", regex.compile(r"^((?:MỤC|Mục)\s+[lI|!\[\]ïíì][\dlI|]?)\s*[.:]?[\s|_\-\"'“”]*$")),
    # "Mục2 _ _- ¬_. |", "Mục! - | ¬": its space lost, specks after it
    ("section", regex.compile(r"^(?P<kw>MỤC|Mục)(?P<n>\d{1,2}|[lI|!\[\]ïíì][\dlI|]?)"
                              r"(?=(?:\s+[\W_]{1,3})*\s*$)")),
    # "-_ Chương:", "Chương": the numeral lost, its colon left or nothing; the sequence
    # gives it
    ("chapter", regex.compile(r"^(?:(?:(?=\S{0,2}[^\p{L}\s])\S{1,3}|\p{L})\s+)?"
                              # (capitalised, and no period alone: "chồng." ends a
                              # sentence wrapped to its own line; "Chương. :" and
                              # "Chương..." are specks)
                              # (specks after it: "Chương - :")
                              r"(?P<kw>C[^\W\d_]{4,6})(?P<n>:?|\.\s*:|\.{2,3})(?:[\s|_\-]*|\s+[-_|]\s*:)$")),
    # "ChươngH ˆ", "CHƯƠNGIV", "Chương]!": the numeral glued to the keyword, the heading
    # alone on its line (specks after it: "ChươngH _ .~ | 3 -"; a quote between them:
    # "Chương\"HI")
    ("chapter", regex.compile(
        r"^(?P<kw>[^\W\d_]{3,5}(?:ng|NG))[\"'“”‘’`]?(?P<n>[IVXLHl|\]!]{1,5})[\W\p{Lm}]{0,4}"
        r"(?:(?<=\s)(?:[^\w\s]{1,3}|\w{1,2})(?:\s+(?:[^\w\s]{1,3}|\w{1,2})){0,5}\s*)?$")),
    # "Điều 23.8.QĐ. 1.3.", "Điều 23.8.QĐÐ.1.2.", "Điều 41.8.TT.L.5.": a codified article's
    # number spaced, its letters doubled, a digit read as a letter (correct/labels.py mends
    # it)
    ("article", regex.compile(rf"^(?P<kw>[ĐDÐđ][^\W\d_]{{2,4}})\s+(?P<n>{LOOSE_CODIFIED.pattern})"
                              # (a speck after it: "Điêu 45.12.NĐ.1]."; a comma for its
                              # period: "Điều 8.4.NĐ.I.1, Phạm vi"; its period lost before
                              # the title: "Điều 41.2.NĐ.3 Giải thích từ ngữ", a speck
                              # before it: "Điêu 41.3.TT.1.1 ¿Phạm vi"; alone on its line,
                              # the Bộ pháp điển's note under it: "Diêu 41.3.NÐ.2")
                              r"[\]\[|!']?\s?(?:(?P<mark>\.|,(?=\s+\p{Lu}))"
                              r"|\s+[¿¡?'`‘’](?=(?P<next>\p{Lu}\w*))|(?=\s+(?P<next>\p{Lu}\w*))"
                              r"|\s*$)")),
    # "Diều 5.", "Điểu5.", "Ðiều 5", "ĐIÊU 5:" (the article keyword misread, a bold heading
    # losing its period; a speck after the keyword: "Điều. ]."); the keyword is checked below
    # "Điều 4 41.2.NĐ.A.": a codified article's place read before its number as well
    ("article", regex.compile(r"^(?P<kw>[ĐDÐđ][^\W\d_]{2,4})\s+(?P<n>\d{1,3})(?P<mark>\s)"
                              r"(?=\d{1,3}[.,]\d{1,3}[.,/:]\s?[\p{Lu}Ð]{1,3}[.,:])")),
    # (a speck glued before the number: "Điều +4.")
    ("article", regex.compile(r"^(?P<kw>[ĐDÐđ][^\W\d_]{2,5})(?:\s*|\s?[-–]\s?|\.\s*|\s[+*°](?=\d))"
                              r"(?P<n>\d{1,3}[a-z]?|[IlL|ìíïĩỉịÌÍÏĨỈỊ!\[\]][\dIl|O]{0,2}"
                              # (an inserted article's 1 read as a letter: "Điều 2Ib.")
                              r"|\d[Il|O][\dIl|O]?(?:[a-e](?=\.))?"
                              # a number lost to a speck ("Diều †."): read from the sequence
                              # (or to a dash before the title: "Điều - Điều kiện …")
                              r"|[^\w\s.:,)](?=\.)|(?<=\s)[-–](?=\s+\p{Lu}\p{Ll}))\s*"
                              # (its period read as a semicolon or a dash: "Điều 2;", "Điều
                              # 2 - Quyết định này …")
                              r"(?:(?P<mark>[.:,)]|;(?=[\W_]*$)|[-–](?=\s*[[:upper:]]))"
                              r"|(?=\s+(?P<next>[[:upper:]]\w*)))")),
    # "[II. Chỉ tiêu", "II]. NỘI DUNG": a stroke of the numeral read as a bracket or a bar
    # ("[HI. Chí tiêu 4": after a bracket, an H is two strokes of the numeral)
    # (glued to what follows, a heading's word, not a code's: "X.U.)U20)3-.")
    ("roman", regex.compile(r"^([\[\]|!][IVXHL]{1,4}[\[\]|!]?|[\[\]|!]?[IVX]{1,4}[\[\]|!]?)\.\s*"
                            r"(?=(?<=\s)\p{Lu}|\p{Lu}\p{L}*(?:\s|$))")),
    # "1 CÔNG TÁC PHỔ BIẾN": a capitalised heading whose numeral lost its period
    ("number", regex.compile(r"^(\d)\s+(?=[[:upper:]]{2,}\s+[[:upper:]]{2,})")),
    # "IIIL TIẾN ĐỘ THỰC HIỆN", "HH, QUY ĐỊNH": a numeral with a stroke too many or its
    # period lost or read as a comma, before a heading in capitals
    ("roman", regex.compile(r"^(?!\d+\s)([IVXLHl1ïíìÏÍÌ]*[IHlïíìÏÍÌ][IVXLHl1ïíìÏÍÌ]*)[.,]?\s+"
                            r"(?=[[:upper:]]{2,}\s+[[:upper:]]{2,})")),
    # "JV„PHÂN CÔNG": a numeral's I read as a J, its period as a low quote or a comma,
    # glued to a heading in capitals
    ("roman", regex.compile(r"^(J[IVX]{1,3}|[IVX]{1,4})[„,]\s*(?=\p{Lu}{2,}\s+\p{Lu}{2,})")),
    # "-L QUAN ĐIỂM XÂY DỰNG": the numeral I read as an L, its period lost, a speck before it
    ("roman", regex.compile(r"^[\-_.,]?(L)\s+(?=[[:upper:]]{2,}\s+[[:upper:]]{2,})")),
    # "c, Bản đồ được": a point with a comma for its bracket
    ("letter", regex.compile(r"^([a-zđ]),\s+(?=[[:upper:]])")),
    # "TH. KINH PHÍ", "HT. TỔ CHỨC": a stroke of "III" read as a T (its serifs joined)
    ("roman", regex.compile(r"^(TH|HT|TII|IIT)\.\s*(?=[[:upper:]]{2,}\s)")),
    # "_HLTỔ CHỨC THỰC HIỆN": a numeral of strokes glued to a heading in capitals, its
    # period lost (the heading's first word a syllable of its own: damaged_label)
    ("roman", regex.compile(r"^[\W_]{0,2}([IHLl1|]{2,4})(?=(?P<word>\p{Lu}\S*)\s+\p{Lu}{2,})")),
    # "v.T6 CHỨC THỰC HIỆN": a numeral read in lower case (its period's space lost), before
    # a heading in capitals
    ("roman", regex.compile(r"^([ivx]{1,4})\.\s*(?=[[:upper:]]\S*\s+[[:upper:]]{2,})")),
    # "[. Chỉ tiêu", "|. NỘI DUNG": the numeral I read as a bracket or a bar
    ("roman", regex.compile(r"^([\[\]{}|!ïíìÌÍÏ])\.\s*(?=[[:upper:]])")),
    # "[ QUY ĐỊNH CHUNG": as a bracket, its period lost, before a heading in capitals (not
    # a bar: a flattened table's border opens "| BAN CHẤP HÀNH …")
    ("roman", regex.compile(r"^([\[\]])\s+(?=[[:upper:]]{2,}\s+[[:upper:]]{2,})")),
    # "¡. KẾT QUẢ": as an inverted "!" before a heading in capitals (before words in
    # sentence case, as often a "1.")
    ("roman", regex.compile(r"^(¡)\.\s*(?=[[:upper:]]{2,})")),
    # "+01 Giải Nhất": the space after a plus lost before a number opening the item
    ("bullet", regex.compile(r"^(\+)(?=\d{1,3}\s+\p{Lu})")),
    # "+4. Đẩy mạnh": a speck read as a plus glued before an item's number and period
    ("number", regex.compile(r"^\+(\d{1,2})\.\s+(?=\p{Lu})")),
    # "©) “Điều 10.": a point's "e" (or "c") read as the copyright sign
    ("letter", regex.compile(r"^(©)\)\s+(?=[\p{Lu}“\"])")),
    # "=) Mức tiền thưởng", "¿) Thực hiện": a point's letter read as a sign that is no
    # letter's look-alike (its letter lost, as in ") Mức …": the list's order reads it)
    ("letter", regex.compile(r"^[=~¿]()\)\s+(?=\p{Lu})")),
    # "đ®) Các quy định": a speck read as a sign between a point's letter and its bracket
    ("letter", regex.compile(r"^([a-zđ])[®©°™]\)\s+(?=\p{Lu})")),
    # "c} Cố ý", "a] Đất", "ä} Tổ chức", "€} Hưởng": a point's bracket misread
    ("letter", regex.compile(r"^([a-zđä€¡ø])[}\]](?=\s)")),
    # "2..Giải thưởng", "1.Việc phê duyệt": the period doubled, or the space after it lost
    ("number", regex.compile(r"^(\d{1,2})\.[.,]?\s*(?=[[:upper:]][[:lower:]])")),
    # "1, Tổ chức" (a comma, colon, semicolon or star for the period; a quotation may open
    # the item: "3, “Cơ quan …” bao gồm"; a sign glued before it: "3$, Kinh phí"), "2 Các"
    # is left alone: too often a number
    ("number", regex.compile(r"^(\d{1,2})[$§]?[,:;*]\s*(?=[“\"]?[[:upper:]])")),
    # "2_Tổ chức", "3- Tổ chức": a stroke or a dash for the period, before a word in
    # sentence case (a code wrapped after its number is not one: "39-" / "NQ/TW")
    ("number", regex.compile(r"^(\d{1,2})[_\-]\s*(?=[[:upper:]][[:lower:]])")),
    # "I0. Cơ sở", "l2. Hồ sơ", "L4. Sắp xếp", "I6, Sắp xếp": a 1 read as a letter in a
    # two-digit number (its period maybe read as a comma)
    ("number", regex.compile(r"^([lIL|!]\d)[.,]\s+(?=[[:upper:]])")),
    # "IV, TỔ CHỨC": a comma for the period of a roman heading
    ("roman", regex.compile(r"^([IVXL]{1,6})[,:]\s*(?=[[:upper:]]{2,})")),
    # "!.5.", "l.2.", "I.3." (the first digit a look-alike), "1,2." (a comma inside)
    ("decimal", regex.compile(r"^([1lIL|!](?:\.\d{1,2})+)[.:]?(?=\s)")),
    # ("3/2. Đối tượng": a slash for the dot, as a date never stands before a period)
    ("decimal", regex.compile(r"^(\d{1,2}(?:[,:/]\d{1,2})+)\.(?=\s+[[:upper:]])")),
    # "qd) Xe có gắn", "sa) Bộ, cơ quan", "4đ) Đối với": a speck read as a letter or a
    # digit glued before a point's (a word ending in ")" opens no item's line, and a
    # point's letter has no tone mark)
    ("letter", regex.compile(r"^[\p{Ll}\d]([a-eg-ik-vxyđ])\)\s+(?=\p{Lu})")),
    # "1.1, Nội dung": a comma for the period after the numeral (a decimal number opens
    # no sentence of a capitalised word)
    ("decimal", regex.compile(r"^([\dlIL|!]\d?(?:\.\d{1,2})+),\s*(?=[[:upper:]])")),
    # "L, Tổ chức các hoạt động": a 1 read as a stroke letter, a comma for its period,
    # before a sentence (one-or-roman is told by the list around it)
    ("number", regex.compile(r"^([lIL|!])[,;]\s*(?=\p{Lu}\p{Ll})")),
    # "5,1 Quy định sử dụng": a comma for the dot and the period lost (a number with a
    # decimal comma opens no sentence of a capitalised word)
    ("decimal", regex.compile(r"^(\d{1,2},\d)\s+(?=[[:upper:]][[:lower:]])")),
]
# specks OCR read before a label ("_...1.", "' a)", "° -", "_]." for "I.", before a
# quotation's: "-_ “Điều 59."; a space between them: "° = Điều 1."): passed over to find
# the label
LEADING_SPECKS = regex.compile(
    r"^[_.'`°¬~|:;,\"“”„‘’*\-–—ˆ^»«‹›<>#®©†=%]{1,5}\s?"
    r"(?:(?<=\s)[_.'`°¬|:;,„‘’ˆ^»«‹›<>#®©†=%\-]{1,3}\s?)?"
    r"(?:[“\"]\s?)?"
    r"(?=[\dIJLVXHla-zđ(+*~\-ĐDCMP€¡\[\]])")

# the natural depth of each kind, used where the document does not show its own nesting
RANK = {"part": 0, "chapter": 1, "section": 2, "article": 3, "roman": 4, "number": 5,
        "decimal": 6, "letter": 7, "bullet-": 8, "bullet+": 9, "bullet*": 10}


@dataclass(frozen=True, slots=True)
class Label:
    kind: str  # part, chapter, section, article, roman, number, decimal, letter, bullet
    text: str  # as printed, without its trailing "." or ")"
    end: int  # offset in the line where the label (and its punctuation and spaces) ends
    start: int = 0  # offset where it starts: after specks OCR put before it
    damaged: bool = False  # read through OCR damage (a speck before it, a look-alike in it)

    @property
    def rank_key(self) -> str:
        """The kind, with bullets told apart by their sign ("bullet-", "bullet+")."""
        if self.kind != "bullet":
            return self.kind
        return {"-": "bullet-", "–": "bullet-", "—": "bullet-", "+": "bullet+"}.get(
            self.text, "bullet*")


INVERTED_ONE = regex.compile(r"^¡(?=[.,]\s)")


def parse_label(text: str) -> Label | None:
    """The label that opens the line, or None."""
    if CITATIONS.match(text):
        return None
    # "¡." (not "¡)", a point's i): a 1 read as the inverted mark, as "!." is read
    text = INVERTED_ONE.sub("!", text)
    found = printed_label(text) or damaged_label(text) or glued_damaged_label(text)
    if found is not None and found.kind == "bullet":
        # "- 2. Yêu cầu": a bullet is followed by words, so a numbered label after the
        # dash shows the dash is a speck
        inner = label_after(text, found.end)
        if inner is None and (specks := LEADING_SPECKS.match(text[found.end:])):
            inner = label_after(text, found.end + specks.end())  # "- “Điều 22."
        if inner is not None and inner.kind == "bullet" and inner.text == found.text and (
                deeper := label_after(text, inner.end)) is not None and deeper.kind in (
                    "number", "decimal", "roman", "article", "letter"):
            inner = deeper  # "- - Điều 15.6.LQ.3.": the dash read twice
        if inner is not None and (
                inner.kind in ("number", "decimal", "roman", "article", "letter")
                # "- + Tuần 2": a speck before the item's own sign ("+", or "*" for one)
                or (inner.kind == "bullet" and inner.text != found.text)
                # a chapter heading stands alone on its line, a speck read as a dash
                # before it ("- CHương HỊ"); "+ Phần thứ hai:", "- Phần 4: Niềm tin …" are
                # items of a list, not parts of the document (a quote after it is a speck
                # too: "- Chương II \"")
                or (inner.kind in ("chapter", "section", "part") and found.text in "-–—"
                    and not text[inner.end:].strip(" .|_-\"'“”"))):
            return inner
    if found is not None:
        return found
    specks = LEADING_SPECKS.match(text)
    if specks:
        inner = label_after(text, specks.end())
        # (a dash after specks is one more speck; a plus, or the star OCR reads for one,
        # is the item's sign: "...* Tác phẩm", ".+ Tác phẩm"; so is a tilde after a dash
        # and specks, "-_ ~ Các …": the dash read twice over, which the list's signs mend)
        if inner is not None and (inner.kind != "bullet" or inner.text in "+*" or (
                inner.text == "~" and text[:1] in "-–")):
            return inner
    return None


def label_after(text: str, shift: int) -> Label | None:
    """The label that opens text[shift:], placed in the whole line, marked damaged."""
    rest = text[shift:]
    inner = printed_label(rest) or damaged_label(rest)
    if inner is None:
        return None
    # an opening quote before it is no damage: the label opens a quotation ("“2. …"); its
    # own damage stays ("“1, Bộ Tài chính …": a comma for its period)
    return Label(inner.kind, inner.text, inner.end + shift, start=shift,
                 damaged=inner.damaged or text[:shift].strip() != "“")


STROKES = frozenset("|![]")  # a numeral read as a sign (a letter I may have a speck after it)
SPLIT_STROKE = regex.compile(r"\s+([lI|!])\s*$")  # a numeral's last stroke after a space


# a point's or an item's label glued to its first word, its bracket damaged ("a}Tác
# phẩm viết", "đ}Tác phẩm điện ảnh"): print glues them so in some documents ("c)Tác
# phẩm"), and a printed one is read glued, a damaged one only with a space after it
GLUED_DAMAGED = regex.compile(r"^[\p{Ll}\d][}\]](?=\p{Lu}\p{Ll})")


def glued_damaged_label(text: str) -> Label | None:
    m = GLUED_DAMAGED.match(text)
    if m is None:
        return None
    found = damaged_label(f"{text[:m.end()]} {text[m.end():]}")
    if found is None or found.end != m.end() + 1 or found.kind not in ("letter", "number"):
        return None
    return Label(found.kind, found.text, m.end(), found.start, True)


def damaged_label(text: str) -> Label | None:
    for kind, pattern in DAMAGED:
        m = pattern.match(text)
        if not m:
            continue
        if kind in ("chapter", "article"):
            if not (chapter_keyword if kind == "chapter" else article_keyword)(m.group("kw")):
                continue
            if kind == "article" and not m.group("mark") and LOOSE_CODIFIED.fullmatch(
                    m.group("n")):
                if m.group("next") in CITED_AFTER_ARTICLE:
                    continue  # ("Điều 41.2.NĐ.3 Nghị định …": a codified article cited)
            elif kind == "article" and not m.group("mark") and (
                    (m.group("n")[:1].isdigit() and (m.group("kw") in ("Điều", "ĐIỀU")
                                                     or m.group("next") in CITED_AFTER_ARTICLE))
                    or (m.group("next") in CITED_AFTER_ARTICLE
                        and CITED_BY_NUMBER.match(text, m.end()))):
                # "Điều 58 Luật Đất đai" wrapped to a line start: a mention (one cites an
                # article by its digits: "Điều L Phạm vi" is article 1's heading, "Điều I
                # Quyết định này có hiệu lực" article 1's, but "Điều ï Thông tư số …" cites)
                continue
            numeral = "".join(m.group("n").split())
            if kind == "chapter" and numeral in STROKES and (
                    split := SPLIT_STROKE.match(text, m.end("n"))):
                numeral += split.group(1)  # ("Chương | I": II, a space read between strokes)
            if numeral.startswith(".."):
                numeral = ""  # ("Chương...": the numeral lost to specks)
            if not numeral and strip_accents(m.group("kw")).lower() != "chuong":
                continue  # the keyword alone names the unit only as itself ("Chung" is a word)
            text_of = f"{m.group('kw')} {numeral}".rstrip()
        elif "kw" in pattern.groupindex:
            text_of = f"{m.group('kw')} {m.group('n')}"  # ("Mục2": the space lost)
        else:
            text_of = m.group(1)
            if "word" in pattern.groupindex:
                text_of = glued_numeral(text[m.start(1):m.end("word")])
                if text_of is None:
                    continue  # ("HỘI NGHỊ", "LỜI NÓI": a heading of its own words)
                return Label(kind, text_of, m.start(1) + len(text_of), damaged=True)
            if kind == "roman" and set(text_of) <= set("ivx"):
                text_of = text_of.upper()  # ("v.T6 CHỨC": V in lower case)
            text_of = SIGN_LETTERS.get(text_of, text_of) if kind == "letter" else text_of
        return Label(kind, text_of, skip_blanks(text, m.end()), damaged=True)
    return spaced_chapter(text)


# a chapter heading whose space OCR moved into its keyword ("Chươn gl ¬", "Chươn g II"):
# the heading, its spaces closed, reads as keyword and numeral glued
SPACED_CHAPTER = regex.compile(
    r"^(?P<kw>[^\W\d_]{3,5}(?:ng|NG))(?P<n>[IVXLl]{1,5})[\W\p{Lm}]{0,4}$")


def spaced_chapter(text: str) -> Label | None:
    words = text.split()
    if not 2 <= len(words) <= 4 or len(words[0]) not in (4, 5):
        return None
    m = SPACED_CHAPTER.match("".join(words))
    if m is None or not chapter_keyword(m.group("kw")):
        return None
    return Label("chapter", f"{m.group('kw')} {m.group('n')}", len(text.rstrip()), damaged=True)


def glued_numeral(run: str) -> str | None:
    """The strokes of a roman numeral glued to a heading's first word ("HLTỔ": "HL",
    "IIHƯỚNG": "II"), the shortest that leaves a syllable; None where the run is a word."""
    if parse(run.lower()) is not None:
        return None
    for k in range(2, min(len(run), 5)):
        if all(ch in "IHLl1|" for ch in run[:k]) and parse(run[k:].lower()) is not None:
            return run[:k]
    return None


# what follows "Điều N" when a text cites an article rather than heads one
CITED_AFTER_ARTICLE = {"Luật", "Bộ", "Nghị", "Thông", "Quyết", "Pháp", "Hiến", "Chỉ", "Quy"}
# a document cited by its number after the article ("Điều ï Thông tư số liên tịch 21/…")
CITED_BY_NUMBER = regex.compile(r"\s*\S+(?:\s+\S+)?\s+số\b")


def chapter_keyword(word: str) -> bool:
    """"Chương" however OCR damaged it ("Chưong", "CHUONG", "Chuơng", its n read as "ii"
    and a speck glued after it: "Chươiigp")."""
    return Levenshtein.distance(strip_accents(word).lower().replace("ii", "n"), "chuong") <= 1


CODIFIED = regex.compile(rf"^{CODIFIED_NUMBER}$")
# the Bộ pháp điển's notes list the articles a unit relates to, a semicolon apart
# ("Điều 13.1.CT.2.3. ; Điều 13.1.CT.2.4. …", "Điều 1.8.NĐ.3.10. Cấp chứng nhận; Điều",
# "Điều 1. Các quy định chung; Điều 2. …", a colon for a period: "Điều 1: Các …"): articles
# cited, no heading
CITATIONS = regex.compile(rf"^\W{{0,2}}Điều\s+(?:{CODIFIED_NUMBER}\.?[^;]{{0,150}};"
                          r"\s*(?:Điều\b|$)|\d+[.:][^;]{0,150};\s*Điều\s+\d+[.:])")


def article_keyword(word: str) -> bool:
    """"Điều" however OCR damaged its tone or a letter ("Diều", "Điểu", "Ðieu", "ĐIÊU"), or
    added one ("Điêun")."""
    plain = strip_accents(word.replace("Ð", "Đ")).lower()
    if len(plain) == 5:
        return plain[:4] == "dieu"
    return len(plain) == 4 and sum(a != b for a, b in zip(plain, "dieu", strict=True)) <= 1


def skip_blanks(text: str, end: int) -> int:
    while end < len(text) and text[end] in " \t":
        end += 1
    return end


SIGN_LETTERS = {"€": "c", "¡": "i", "ø": "g"}  # a point's letter as OCR reads it as a sign


def printed_label(text: str) -> Label | None:
    for kind, pattern in PATTERNS:
        m = pattern.match(text)
        if not m:
            continue
        label = m.group(1)
        if kind == "roman" and not ROMAN.match(label) and pattern is not DAMAGED_ROMAN:
            continue
        if kind == "roman" and (text[m.end():m.end() + 1].isdigit() or (
                label in ("I", "L") and regex.match(r"[IlL|!]\.", text[m.end():]))):
            continue  # "I.2.", "I.I." are sub-items whose 1s were read as I
        if kind == "letter" and not m.group(1) and not text[m.end():].strip():
            continue  # a lone ")" is no label
        end = skip_blanks(text, m.end())
        if kind == "bullet" and end >= len(text):
            return None
        if kind == "letter" and label in SIGN_LETTERS:
            # a point's letter read as a sign: read as the letter it stands for (a lone
            # quoted point, "“€) …", has no list to tell it)
            return Label(kind, SIGN_LETTERS[label], end, damaged=True)
        # a numeral only the damaged pattern reads ("IH.", "li.") is marked so
        return Label(kind, " ".join(label.split()), end,
                     damaged=kind == "roman" and not ROMAN.match(label))
    return None


def roman_value(numeral: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50}
    total = 0
    for ch, nxt in zip(numeral, [*numeral[1:], ""], strict=True):
        v = values[ch]
        total += -v if nxt and values[nxt] > v else v
    return total


def to_roman(value: int) -> str:
    out = []
    for v, s in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while value >= v:
            out.append(s)
            value -= v
    return "".join(out)
