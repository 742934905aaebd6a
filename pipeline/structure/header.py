"""The header: issuer, number and symbol, place and date, document type and abstract.

Read from the top of the document, a segment at a time (a column of a two-column line
counts as its own segment), until the first line of the body.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field

import regex
from rapidfuzz.distance import Levenshtein

from vanban.document import Document, ESignature, Meta
from vanban.paragraphs import Widths, label_of
from vanban.structure.dates import NUMBER_BEFORE, find_date, iso_datetime
from vanban.syllable import parse
from vanban.text import mostly_upper, squash_spaces, starts_lower, strip_accents
from vanban.view import Segment
from vanban.vocabulary import (
    DOCUMENT_TYPES,
    MOTTO_LINE,
    MOTTO_NATION,
    NUMBER_KEYWORD,
    NUMBER_KEYWORD_AS_DIGITS,
    PLACE_KINDS,
    TITLE_TYPE_NAMES,
    TITLE_TYPES,
    VV_SLASH,
)

# words no phrase ends with: a title's line ending in one goes on ("… một số điều của" /
# "Thông tư số 57/2021/TT-BTC …"), across the blank OCR may put there
GOES_ON_AFTER = frozenset({"của", "về", "và", "các", "những", "theo", "tại", "cho", "với",
                           "trong", "đến", "từ", "bởi", "số", "để", "là", "được", "đối",
                           "giữa", "thuộc", "hoặc", "nhằm"})
HEADER_SPAN = 30  # the body starts within this many segments of the top
TITLE_LINES = 20  # an abstract is at most this many lines (a correction lists what it mends)
# what a publisher prints above a document, not its issuer: a category banner of the
# collection ("VĂN BẢN QUY PHẠM PHÁP LUẬT", "VĂN BẢN HỢP NHẤT") or the gazette's page head
# ("CÔNG BÁO/Số 1239 + 1240/Ngày 10-11-2024", its first letter often lost, "Số" misread)
PUBLISHER_LINE = regex.compile(
    r"^\W*(?:VĂN BẢN(?:\s+[^\w\s]?\p{Lu}+)+[\s\W]*(?:\p{Lu}?\p{Ll}{1,2})?$"
    r"|C?[ÔO]NG BÁO\s*/)")
# a draft's mark in a cell of the header ("Dự thảo lần 5", "DỰ THẢO 2", after the logo's
# strokes: "II 1 Dự thảo lần 5"): a note on the copy, not the issuer, the number or the date
DRAFT_MARK = regex.compile(r"^[\W_]*(?:[\dIl|!\[\]]{1,3}\s+){0,3}(?:Dự thảo|DỰ THẢO)"
                           r"(?:\s+(?:lần|LẦN))?(?:\s+\d{1,2})?[\W_]*$")

NUMBER = regex.compile(rf"^[\W_]{{0,3}}(?:{NUMBER_KEYWORD}\s*[:;.]?|{NUMBER_KEYWORD_AS_DIGITS})"
                       r"\s*(?P<number>\S.*)$")
# the number's field read with no digit nor slash in it: capitals and marks after the colon
# (or a few short scraps of a number blurred past reading: "SỐ: TA Gối Ặ")
NUMBER_UNREAD = regex.compile(rf"^[\W_]{{0,3}}{NUMBER_KEYWORD}\s*[:;]\s*"
                              r"(?:[^\d\p{Ll}/]*|[^\d\s/]{1,4}(?:\s+[^\d\s/]{1,4}){0,4}\s*)$")
# a number after other words of its line: its keyword, a colon and digits ("… Số:374 KH/…")
NUMBER_INSIDE = regex.compile(rf"\s{NUMBER_KEYWORD}\s*[:;.]\s*(?P<number>\d.*)$")
# (its "ngày" with the tone misread: "Hà Nội, Ngấy 12 tháng 6 …")
PLACE_DATE = regex.compile(r"^[\W_]{0,3}(?P<place>[^,\d]{2,40}?)?\s*,?\s*[Nn]g[aàáảãạăâấầẩẫậ]y\b\W*"
                           r"(?P<rest>.*)$")
# its "ngày" beyond reading ("Hà Nội, gây 17 tháng 3 năm 2020"): a short token between the
# place's comma and a date worded in full; or lost, and the comma with it ("Hà Nội . 16
# tháng 6 năm 2025", "Hà Nội 16 tháng …")
PLACE_DAMAGED_DAY = regex.compile(r"^[\W_]{0,3}(?P<place>[^,\d]{2,40}?)\s*(?:,\s*\S{1,5}|[,.])?\s+"
                                  r"(?P<rest>\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}.*)$")
DECORATION = regex.compile(r"^[\W_]*$")
# the words that enact the articles ("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:"); another type with a
# colon after it ("ĐIỀU LỆ:", "NGHỊ QUYẾT:") has a speck there. (Narrower than the label
# repair's enacting formula, correct/labels.py, which also takes "NGHỊ QUYẾT:" and "CHỈ
# THỊ:" as the line before a first article: at the head they are the type.)
ENACTING = regex.compile(r"^[\W_]*QUYET\s+(?:DINH|NGHI)\b", regex.I)
# a line of a letter or two in lower case among the header's lines ("là", "| ằ |"): a
# stamp's, a logo's or a margin's mark OCR read, no line of the header
SPECK_WORD = regex.compile(r"^[\W_]*\p{Ll}{1,2}[\W_]*$")
# the logo between the issuer and the number, read as a digit and a small letter or marks
# ("ƯƠNG 1š", "ƯƠNG 1%\\"), or as a backslash and a letter ("ƯƠNG \\W"); a digit alone may
# end an issuer's name ("QUẬN 1"); a capital before the backslash is the logo's too ("W\\")
LOGO_AFTER = regex.compile(r"\s+(?:\d(?:\p{Ll}|[^\w\s]{1,3})|\p{Lu}?\\\S{0,3})[\W_]*$")
# specks after an issuer's line in capitals, a mark among them ("… TRUNG ƯƠNG tì j†": a
# stamp's or the logo's edge read as scraps of letters)
SCRAPS_AFTER = regex.compile(r"(?:\s+[^\s\p{Lu}\d]{1,3}){1,3}\s*$")
# "V/ triệu tập": v lost; "V¿V", "V7v": its slash misread
# (or its v read as w: "V/w triệu tập")
ABSTRACT_VV = regex.compile(rf"^[\W_]{{0,5}}{VV_SLASH}(?:[vVwW]\b|\s+(?=\p{{Ll}}))")
SLASH_MISREAD = regex.compile(rf"^(?!V/[vV]\b){VV_SLASH}[vVwW]\b")
W_AS_V = str.maketrans("wW", "vV")
V_LOST = regex.compile(rf"^{VV_SLASH}\s+(?=\p{{Ll}})")
SPECKS_BEFORE = regex.compile(r"^(?:[^\w“\"(]|_){1,5}\s*")
BODY_OPENERS = ("Căn cứ", "Kính gửi", "Thực hiện", "Để ", "Nhằm", "Theo ", "Xét ", "Triển khai")
# (a speck OCR read before the stamp's line: "- Người ký: …")
ESIGN_BY = regex.compile(r"^[^\w\s]{0,2}\s?(?:Ký bởi|Người ký|Cơ quan)\s*:\s*(?P<value>.+)$",
                         regex.I)
ESIGN_AT = regex.compile(r"^[^\w\s]{0,2}\s?(?:Thời gian ký|Ngày ký)\s*:\s*(?P<value>.+)$",
                         regex.I)
# a scanned number or date OCR read less sure than this (0-100) is flagged for review: no
# lexicon can check digits, and a number or day is often filled in by hand after printing
DIGITS_SURE = 85
# words in capitals before a place in title case: an issuer's line, or the end of one
# ("… ĐOÀN TNCS HỒ" / "CHÍ MINH Hà Nội"; three words or more where no issuer was read)
# (a hyphen OCR read for a space, "DOÀN-TNCS HỒ CHÍ MINH Hà Nội"; a speck before the
# words, "Ị ĐOÀN TNCS …", left out, a mark or two or one capital, never a word: "HỒ CHÍ
# MINH Hà Nội"; "TP. Hồ Chí Minh" is the place's own)
ISSUER_BEFORE_PLACE = regex.compile(
    r"^(?:(?:[^\s\p{L}]{1,2}|\p{Lu})\s+(?=[\p{Lu}\p{M}]{2}))?(?!T[PX]\b)"
    r"((?:[\p{Lu}\p{M}][\p{Lu}\p{M}\-]*[\p{Lu}\p{M}][.,:;]?\s+){1,})(?=\p{Lu}\p{Ll})")
ISSUER_LINE_WORDS = 3
NUMBER_DIGITS = regex.compile(r"[^\W_]*\d[^\W_]*")

@dataclass
class Header:
    """The header's fields (the document's `Meta`, less what the footer gives) and what
    reading it took of the segments."""

    meta: Meta = field(default_factory=Meta)
    consumed: set[int] = field(default_factory=set)  # segment positions the header took
    body_start: int = 0  # position of the first body segment
    title_segments: list[int] = field(default_factory=list)


MIN_FUZZY_TYPE = 7


SMALL_WORD_AFTER = regex.compile(r"(?<=\p{Lu})\s+(\p{Ll}{3})$")


def doc_type_of(text: str) -> str | None:
    """The line as a document type ("KẾ HOẠCH HÀNH ĐỘNG"), noise at its ends trimmed."""
    if text.rstrip().endswith(":") and ENACTING.match(strip_accents(text)):
        return None  # "QUYẾT ĐỊNH:" introduces the articles; it is not the header's type
    # (a modifier letter is a speck too: "THÔNG TƯ ˆ")
    cleaned = regex.sub(r"^[\s\W_\p{Lm}]+|[\s\W_\p{Lm}]+$", "", text).strip()
    # a speck OCR read as a short word after it ("THÔNG TƯ họ | |", "THÔNG TƯ - hỦ,",
    # "NGHỊ ĐỊNH  Ạ": no type ends in a letter alone; "THÔNG TƯ Này", a speck "Na" the
    # correction read as the word the type's name is so often followed by)
    cleaned = regex.sub(r"(?:\s+(?:(?=\p{L}?\p{Ll})\p{L}{1,2}|\p{Lu}\p{Ll}{1,2}|\p{L}|[\W_]+))+$",
                        "", cleaned)
    # (or three small letters, "KẾ HOẠCH sói", that no title opens with)
    if (tail := SMALL_WORD_AFTER.search(cleaned)) and tail.group(1) not in GOES_ON_AFTER:
        cleaned = cleaned[:tail.start()]
    if not cleaned or not mostly_upper(cleaned, 0.9) or len(cleaned.split()) > 7:
        return None
    plain = " ".join(regex.sub(r"[^\w\s]", "", strip_accents(cleaned)).split())
    if plain.upper() in TITLE_TYPE_NAMES and cleaned.isupper():
        # the type alone, its tones as the type prints them ("THẾ LỆ" for "THỂ LỆ")
        return TITLE_TYPE_NAMES[plain.upper()]
    if any(plain == t or plain.startswith(t + " ") for t in TITLE_TYPES):
        return cleaned
    # a letter of a type's name lost or misread, the line nothing but it ("QUYẾT ĐNH"): the
    # type as printed (a name of seven letters or more: no other line is one letter off)
    near = [t for t in TITLE_TYPES if len(t) >= MIN_FUZZY_TYPE
            and Levenshtein.distance(plain.upper(), t) <= 1]
    return TITLE_TYPE_NAMES[near[0]] if len(near) == 1 else None


def type_with_speck(segments: list[Segment], i: int, head: Header) -> str | None:
    """"QUYẾT ĐỊNH :" under the number and date, over its abstract: the type, a speck read
    as the enacting formula's colon. (The formula comes after the preamble, which the
    header never reaches, and before an article.)"""
    text = segments[i].text
    if (head.meta.number is None and head.meta.date is None) or not text.rstrip().endswith(":"):
        return None
    following = segments[i + 1] if i + 1 < len(segments) else None
    if following is None or following.label is not None or following.text.startswith(
            BODY_OPENERS):
        return None
    return doc_type_of(text.rstrip().rstrip(":"))


def type_across_border(segments: list[Segment], i: int) -> str | None:
    """A type whose words a speck read as a table's border parted into two columns ("NGHỊ |
    QUYẾT"): the type the line's two cells make together, where neither is one."""
    nxt = segments[i + 1] if i + 1 < len(segments) else None
    if nxt is None or nxt.line != segments[i].line or doc_type_of(segments[i].text):
        return None
    return doc_type_of(f"{segments[i].text} {nxt.text}")


def type_at(segments: list[Segment], i: int, head: Header) -> tuple[str, int] | None:
    """The document type line i prints, and how many of its cells it takes (two where a
    border parted its words)."""
    if (doc_type := doc_type_of(segments[i].text)) is not None or (
            doc_type := type_with_speck(segments, i, head)) is not None:
        return doc_type, 1
    if (doc_type := type_across_border(segments, i)) is not None:
        return doc_type, 2
    return None


# a syllable the corpus prints this often is a word's, not OCR's scrap
GLUED_PART_USES = 1000


def unglued(text: str | None, uses: Mapping[str, int]) -> str | None:
    """An agency's name in capitals whose space OCR lost ("BAN CHẤPHÀNH TRUNG ƯƠNG"): a
    word no syllable spells is parted where both sides are syllables the corpus prints
    often (`uses`: the language model's counts), the commoner pair where two partings read."""
    if not text:
        return text
    out = []
    for word in text.split(" "):
        lower = word.lower()
        if len(word) < 4 or not word.isalpha() or not word.isupper() or parse(lower):
            out.append(word)
            continue
        parts = [(min(uses.get(lower[:k], 0), uses.get(lower[k:], 0)), k)
                 for k in range(1, len(word)) if parse(lower[:k]) and parse(lower[k:])]
        best = max(parts, default=(0, 0))
        out.append(f"{word[:best[1]]} {word[best[1]:]}" if best[0] >= GLUED_PART_USES else word)
    return " ".join(out)


# the Youth Union prints its name where the motto stands ("ĐOÀN TNCS HỒ CHÍ MINH", the
# right column's first line); its committee's line on the left ("BAN CHẤP HÀNH TRUNG
# ƯƠNG") is named by it, before the committee's own unit ("BAN TUYÊN GIÁO")
UNION_NAME = regex.compile(r"^DOAN TNCS HO CHI MINH$")
COMMITTEE = regex.compile(r"^BAN CHAP HANH\b")


def issuer_of(parts: list[str]) -> str | None:
    """The issuer its header lines name, in its name's order and named once."""
    return once(" ".join(in_order(parts))) or None


def in_order(parts: list[str]) -> list[str]:
    """The issuer's lines as its name reads: the union's name right after its committee's
    line, where a unit's line came between them."""
    plain = [" ".join(strip_accents(p).upper().split()) for p in parts]
    union = next((k for k, p in enumerate(plain) if UNION_NAME.match(p)), None)
    if union is None or union < 2 or not COMMITTEE.match(plain[0]):
        return parts
    return [parts[0], parts[union], *parts[1:union], *parts[union + 1:]]


def once(issuer: str) -> str:
    """The issuer printed twice (a gazette's copy prints it above the header as well, the
    second time over two lines) named once; the copies compared by their words, whatever
    OCR did to their marks and tones ("BỘ LAO ĐỘNG - THƯƠNG BINH …" / "BỘ LAO ĐỘNG
    -THƯƠNG BINH …")."""
    words = issuer.split()
    # (the letters alone, so that a space OCR read as a period does not hide the copy:
    # "NGÂN HÀNG NHÀ NƯỚC VIỆT.NAM" / "… VIỆT NAM")
    keys = [regex.sub(r"\W", "", strip_accents(w).casefold()) for w in words]
    letters = "".join(keys)
    half = len(letters) // 2
    if not half or len(letters) % 2 or letters[:half] != letters[half:]:
        return issuer
    seen = 0
    for k, key in enumerate(keys):
        seen += len(key)
        if seen == half:
            # the copy with fewer marks OCR put inside a word ("VIỆT.NAM")
            copies = [" ".join(words[:k + 1]), " ".join(words[k + 1:])]
            return min(copies, key=lambda c: len(regex.findall(r"\w[^\w\s\-–]\w", c)))
    return issuer


ISSUER_EDITS = 10  # letters of the issuer's name per edit OCR may have made in a copy


def names_issuer(text: str, head: Header) -> bool:
    """The line names the issuer again: the enacting body after a resolution's title
    ("ỦY BAN THƯỜNG VỤ QUỐC HỘI"), not the title going on."""
    issuer = head.meta.issuer
    if not issuer:
        return False
    # (by its letters, an edit in ten allowed: OCR damages either copy, "ÚUYBAN THƯỜNG VỤ")
    line, name = ("".join(strip_accents(t).upper().split()) for t in (text, issuer))
    return Levenshtein.distance(line, name) <= len(name) // ISSUER_EDITS


ISSUER_AGAIN_AHEAD = 2  # lines after the title where the enacting body is named again


def issuer_read_again(segments: list[Segment], i: int, head: Header) -> str | None:
    """The issuer as the body names it again after the title ("ỦY BAN THƯỜNG VỤ QUỐC HỘI"
    before its "Căn cứ …"), where that copy reads as words and the header's does not
    ("ÚUYBAN THƯỜNG VỤ QUỐC HỘI"): the same name, one copy damaged."""
    issuer = head.meta.issuer
    if not issuer or all(words_read(issuer)):
        return issuer
    for seg in segments[i:i + ISSUER_AGAIN_AHEAD]:
        text = squash_spaces(seg.text.strip(" .:;-_"))
        if text != issuer and names_issuer(text, head) and all(words_read(text)):
            return text
    return issuer


def words_read(text: str) -> list[bool]:
    """Each word of a name in capitals: a syllable, or an abbreviation (capitals with no
    tone or vowel mark: "TNCS", "UBND", "ĐHQG")."""
    def read(word: str) -> bool:
        plain = word.replace("Đ", "D")
        return parse(word.lower()) is not None or (
            word.isalpha() and word.isupper() and strip_accents(plain) == plain)

    return [read(w) for w in text.split()]


def place_and_date(text: str, segments: list[Segment], i: int
                   ) -> tuple[str | None, str | None, bool] | None:
    """The place and ISO date of a "Hà Nội, ngày …" segment (the date maybe going on in
    the next segment: "Hà Nội, ngày" / "19 tháng 11 …", "Hà Nội," / "ngày 19 …"), and
    whether the next segment was taken; None if the segment is no place and date."""
    goes_on = date_goes_on(text, segments, i)
    joined = f"{text} {segments[i + 1].text}" if goes_on else text
    m = PLACE_DATE.match(joined)
    if m is None and (m := PLACE_DAMAGED_DAY.match(joined)) is not None and not place_like(
            m.group("place").strip(" .")):
        m = None  # (with its "ngày" and comma lost, a place's name as print spells it)
    if m is None or not (find_date(joined)[1] is not None
                         or regex.search(r"\b(tháng|năm)\b", joined)):
        return None
    took_next = goes_on and find_date(text)[1] is None
    # (a semicolon or a colon read for its comma: "-Hà Nội; ngày 16 …")
    place = squash_spaces(m.group("place") or "").strip(" ,.;:-_") or None
    return place, find_date(joined if took_next else text)[0], took_next


def place_like(place: str) -> bool:
    """A place's name as print spells it: each word capitalised or in capitals ("Hà Nội",
    "TP. Hồ Chí Minh", "Đắk Lắk", "Ea H'leo"), or a word of its kind in lower case; not
    OCR's damage ("Hà àN", "Hà ái"). (Not each word a Vietnamese syllable: the names of
    the highlands are not: "Krông", "Pleiku")"""
    for word in regex.split(r"[\s\-–]+", place):
        letters = word.strip(".'’")
        if not letters or not letters.isalpha() or letters in PLACE_KINDS:
            continue
        if not (letters[:1].isupper() and (letters[1:].islower() or letters.isupper())):
            return False
    return True


def date_goes_on(text: str, segments: list[Segment], i: int) -> bool:
    """A place and "ngày" (or the place, with its comma or without) ending the segment, the
    date itself opening the next one."""
    if i + 1 >= len(segments):
        return False
    following = segments[i + 1].text
    if regex.search(r"\bngày\W*$", text, regex.I):
        # (a speck before it: "_08 tháng 11 năm 2019")
        return bool(regex.match(r"^[\W_]{0,2}\d{1,2}\s*(?:tháng|/)", following, regex.I))
    # (its comma lost: "ĐOÀN TNCS HỒ CHÍ MINH Hà Nội" / "ngày 19 tháng 11 năm 2018")
    # (its day maybe damaged: "ngày T9 tháng 1? năm 2018")
    return bool(regex.search(r"(?:,|\p{Lu}\p{Ll}+)\W{0,2}$", text.rstrip())) and bool(
        regex.match(r"^[\W_]{0,2}ngày\s+(?:\d{1,2}|\S{1,3}(?=\s+tháng))\s*(?:tháng|/)", following,
                    regex.I))


# a run of vertical strokes OCR read as letters: a ruled border, no word
STROKES = regex.compile(r"^[\W_]*[IiLl|]{3,}[\W_]*$")


def without_scraps(text: str) -> str:
    """The line less the specks after it, where they hold a mark (SCRAPS_AFTER)."""
    m = SCRAPS_AFTER.search(text)
    if m is None or not text[:m.start()].strip() or not (
            regex.search(r"[^\w\s]", m.group())
            or all(parse(w.lower()) is None for w in m.group().split())):
        return text  # (scraps hold a mark, or letters no syllable has: "ƯƠNG š")
    return text[:m.start()]


def speck_line(text: str) -> bool:
    """Above the issuer, a line of a few letters at most ("[T]", "Nhi") is a stamp's or a
    margin's mark OCR read, not the header; so is a table's ruled border, its strokes read as
    letters ("LIII", "IIIL - nu")."""
    return sum(ch.isalpha() for word in text.split() if not STROKES.match(word)
               for ch in word) <= 3


def stray_mark(segments: list[Segment], i: int) -> bool:
    """Above the issuer, a word or two of mixed case or marks ("Bội co", "HỊỈ| ằ"), or a
    few scraps of letters among marks ("I[] ¬ ¬ `\" hs ga"), before a line in capitals: a
    stamp's, a margin's or a punch hole's mark OCR read as letters."""
    text = segments[i].text
    words = [w for w in text.split() if any(ch.isalpha() for ch in w)]
    letters = [ch for ch in text if ch.isalpha()]
    marks = regex.search(r"[^\w\s.,:-]", text)
    if not words or len(words) > (3 if marks else 2) or len(letters) > 6:
        return False
    if not (any(ch.islower() for ch in letters) or marks):
        return False  # "UBND" is an issuer's first word
    if doc_type_of(text) is not None:
        return False  # "'THỂ LỆ": a speck before the document's type
    following = segments[i + 1:i + 3]
    return any(mostly_upper(seg.text, 0.9) and len(seg.text.split()) >= 2 for seg in following)


# a normative number whose year OCR cut with a space ("20/202 I/ITT-BL.ĐTBXH")
CUT_YEAR = regex.compile(r"^\d{1,5}/\d{2,3}\s+\S{1,2}/")


# a word in lower case apart after the slash: no symbol's part is one ("TTg" is glued)
SYMBOL_WORDS = regex.compile(r"/.*\s\S*\p{Ll}")
# a table's border OCR read as a letter apart ("Ị", "I", "l", "t")
BORDER_LETTER = r"[IỊÌÍĨỈlịijtf]"
NUMBER_SPECK = regex.compile(r"[\s\W_]*\s[\W_]*(?:\p{L}|\p{Lu}?\p{Ll}{1,2})[\W_]*$")


def clean_number(raw: str) -> str | None:
    """"04 /KH-UBND" -> "04/KH-UBND": spaces at the joints and noise at the ends removed."""
    pieces = regex.split(r"\s{2,}", raw.strip())
    raw = pieces[0]
    # a wide space inside the number: the symbol after its number ("7470  CV/TWĐTNBTG"),
    # the symbol's last part after the rest ("15 BC/TWĐTN  ĐKTHTN")
    if len(pieces) > 1 and (
            (raw.isdigit() and regex.match(r"^\p{Lu}+\S*/", pieces[1]))
            or ("/" in raw and regex.match(r"^\p{Lu}{2,10}$", pieces[1]))):
        raw = f"{raw} {pieces[1]}"
    # the abstract run into the number's cell of a flattened table: "7470 CV/TWĐTNBTG “V/v …"
    # (its slash maybe misread: "*V¿v tổ chức")
    raw = regex.split(rf"\s+[“\"*~°]?{VV_SLASH}(?:[vV]\b|\s+\p{{Ll}})|\s+[“\"]", raw)[0]
    # the next cell's words run into it where OCR lost the border ("377 KH/TWĐTNTNTH
    # ĐOÀN TNCS"): a code may have one part apart after its slash ("15 BC/TWĐTN ĐKTHTN"),
    # never two words
    # (a speck before them: "374 KH/TWĐTNCNĐT [ĐOÀN TNCS"; the border read as a letter
    # apart: "389 KH/TWĐTNVP Ị ĐOÀN TNCS")
    raw = regex.sub(rf"(?<=/\S+(?:\s\p{{Lu}}{{2,6}})?)\s+(?:[^\w\s]|{BORDER_LETTER}\s+)?"
                    r"\p{Lu}{2,}\s+\p{Lu}{2,}(?:\s.*)?$", "", raw)
    raw = regex.sub(r"\s*([/-])\s*", r"\1", raw)
    # a speck at a joint ("1659/NQ-~UBTVQH15"), the legislature's number apart from its
    # agency's letters ("UBTVQH 15"): no code prints either
    raw = regex.sub(r"(?<=[/-])[~`'^‘’¬]+(?=\p{Lu})", "", raw)
    raw = regex.sub(r"(?<=/\S*QH)\s+(?=\d{2}$)", "", raw)
    # a lone digit apart after a code that ends in digits ("1677/NQ-UBTVQHI5 5"): a speck
    # OCR read as the last one again
    raw = regex.sub(r"(?<=/\S*\p{Lu}\S*\d)\s+\d$", "", raw)
    # a space after a dot between digits ("66. 17/2026/NQ-CP"): no number holds one
    raw = regex.sub(r"(?<=\d\.)\s+(?=\d)", "", raw)
    # a quote OCR read before a part ("15 BC/TWĐTN 'ĐKTHTN"): no code holds one
    raw = regex.sub(r"(?<=\s)['‘’`]+(?=\p{Lu})", "", raw)
    raw = regex.sub(r"^[!|](?=\d)", "1", raw)  # "!42QĐ/…": its 1 read as a mark
    raw = regex.sub(r"^[\W_]+|[\s\W_]+$", "", raw)
    # specks after the symbol ("185/2026/NĐ-CP : m.", "…/NĐ-CP. : n.", the rule under the
    # motto read as a letter: "148/2026/NĐ-CP... Ộ", "185/2026/NĐ-CP c. Ộ"): a letter or
    # two apart from it, one after another. (A code's own part apart is capitals:
    # "15 BC/TWĐTN ĐKTHTN")
    raw = regex.sub(r"[\s\W_]*\s\p{Ll}{1,2}$", "", raw)
    while (tail := NUMBER_SPECK.search(raw)) is not None and "/" in raw[:tail.start()]:
        raw = raw[:tail.start()]
    return raw if raw and any(ch.isalnum() for ch in raw) else None


# a normative number: its number, year, type and issuer ("147/2026/NĐ-CP")
NORMATIVE_NUMBER = regex.compile(r"^\d+/\d{4}/(?P<type>[^-/\s]+)-")
TYPE_CODES = DOCUMENT_TYPES | {"VBHN"}  # (and a consolidated text's: "58/2014/VBHN-…")


def implausible_number(number: str) -> str | None:
    """Why a number as read is none a document prints, or None. (None of the corpus's 545
    header numbers, nor any gold one, is.)"""
    if regex.match(r"\d{6,}", number):
        return "no document's number runs to six digits"
    if regex.search(r"[,:;]", number):
        return "no code holds a comma, colon or semicolon"
    if (m := NORMATIVE_NUMBER.match(number)) and m.group("type") not in TYPE_CODES:
        return f"“{m.group('type')}” abbreviates no document type"
    if regex.search(r"(?:TVQH|/QH)(?!\d{2}(?:\b|$))", number):
        return "a legislature's number is two digits after QH"
    return None


def take_number(head: Header, seg: Segment, start: int) -> str | None:
    """The number printed from `start` in the segment, into the header (null with its
    reason where it cannot be read); and the next cell's words run into it, if any."""
    raw = seg.text[start:]
    number = head.meta.number = clean_number(raw)
    if number is not None and CUT_YEAR.match(number):
        # "20/202 I/ITT-BL.ĐTBXH": its year read apart, past reading: no value
        head.meta.unsure["number"] = f"the number's year is read apart in “{number}”"
        head.meta.number = None
    elif number is not None and SYMBOL_WORDS.search(number):
        # "1655/NQ-U cố tt 15": the symbol read as words, past reading: no value
        head.meta.unsure["number"] = f"the number's symbol is read as words in “{number}”"
        head.meta.number = None
    elif number is not None and (broken := implausible_number(number)):
        # a number no code's grammar allows: OCR's damage, not a value to give
        head.meta.unsure["number"] = f"the number reads “{number}”: {broken}"
        head.meta.number = None
    elif number is not None and (doubt := number_doubt(seg, start)):
        head.meta.unsure["number"] = doubt
    return cell_after_number(raw, number)


def cell_after_number(raw: str, number: str | None) -> str | None:
    """The next cell's words in capitals run into the number's where OCR lost the border
    ("377 KH/TWĐTNTNTH ĐOÀN TNCS", "374 KH/TWĐTNCNĐT [ĐOÀN TNCS"): the issuer's, which
    `clean_number` leaves out of the number."""
    if not number:
        return None
    last = number.split()[-1]
    at = raw.find(last)
    if at < 0:
        return None
    rest = squash_spaces(regex.sub(rf"^(?:[\W_]|{BORDER_LETTER}(?=\s))+|[\W_]+$", "",
                                   raw[at + len(last):]))
    return rest if len(rest.split()) >= 2 and mostly_upper(rest, 0.9) and not (
        speck_line(rest)) else None


def number_doubt(seg: Segment, start: int) -> str | None:
    """Why the number of a scanned "Số:" line may be misread: OCR was unsure of its digits."""
    digits = NUMBER_DIGITS.search(seg.text, start)
    if digits is None:
        return None
    confidence = seg.ocr_confidence(digits.start(), digits.end())
    if confidence is None or confidence >= DIGITS_SURE:
        return None
    return (f"OCR read the number \"{digits.group()}\" with confidence {confidence:.0f} of 100: "
            "it may be filled in by hand or damaged; check it on the page")


def after_today(iso: str) -> bool:
    return iso > dt.date.today().isoformat()


def date_doubt(segments: list[Segment], date: str | None) -> str | None:
    """Why the header's date is null though its line was found (no date, or one after
    today), or may be misread (OCR was unsure of its digits)."""
    for seg in segments:
        found, m = find_date(seg.text)
        if m is None:
            continue
        if found is None and (before := NUMBER_BEFORE.search(seg.text, 0, m.start(1))):
            return (f"\"{squash_spaces(seg.text[before.start():m.end()])}\": a number before "
                    "the day, which is the day cannot be told")
        if found is None:
            return f"\"{squash_spaces(m.group())}\" is no date"
        if after_today(found):
            return f"\"{squash_spaces(m.group())}\" is after today: a digit is misread"
        read = [seg.ocr_confidence(*m.span(g)) for g in (1, 2, 3)]
        confidence = min((c for c in read if c is not None), default=None)
        if confidence is not None and confidence < DIGITS_SURE:
            return (f"OCR read the date \"{squash_spaces(m.group())}\" with confidence "
                    f"{confidence:.0f} of 100: check it on the page")
        return None
    if date is None:
        # (the line as printed, without the specks OCR read before it: "- Hà Nội, …")
        shown = squash_spaces(" ".join(seg.text for seg in segments)).lstrip("-–_~.,'` ")
        return f"no day, month and year can be read in \"{shown}\""
    return None


def e_signature_of(segments: list[Segment]) -> tuple[ESignature | None, set[int]]:
    """The digital-signature stamp ("Ký bởi: … / Thời gian ký: …"), wherever it is printed."""
    sig = ESignature()
    taken: set[int] = set()
    for i, seg in enumerate(segments):
        if m := ESIGN_BY.match(seg.text):
            if sig.signed_by is None:
                # (a speck after the name: "Cổng Thông tin điện tử Chính phủ.")
                sig.signed_by = squash_spaces(m.group("value")).rstrip(" .,;:") or None
            taken.add(i)
        elif m := ESIGN_AT.match(seg.text):
            if sig.signed_at is None:
                sig.signed_at = iso_datetime(m.group("value"))
            taken.add(i)
    return (sig if taken else None), taken


# the motto's last words, a speck read as a table's border before them ("CỘNG HÒA XÃ HỘI
# CHỦ NGHĨA \\ VIỆT NAM")
MOTTO_TAIL = regex.compile(r"^\W*VIET\W*NAM\W*$", regex.I)


# the motto's last word cut and wrapped to a line of its own ("CỘNG HÒA XÃ HỘI CHỦ NGHĨ" /
# "A VIỆT NAM"): its cut-off letters, then the rest
WRAPPED_MOTTO_TAIL = regex.compile(r"^\W*(?:\w{1,4}\s+)?VIET\W*NAM\W*$", regex.I)
MOTTO_CUT = regex.compile(rf"^\W*{MOTTO_NATION}(?!.*\bNAM\b)", regex.I)


def motto_tail(segments: list[Segment], i: int) -> bool:
    """A cell of the motto's line that only ends it, or the motto's end wrapped to the
    next line: not the issuer's."""
    if i == 0:
        return False
    plain, before = strip_accents(segments[i].text), strip_accents(segments[i - 1].text)
    if segments[i - 1].line == segments[i].line:
        return bool(MOTTO_TAIL.match(plain)) and bool(MOTTO_LINE.match(before))
    return bool(WRAPPED_MOTTO_TAIL.match(plain)) and bool(MOTTO_CUT.match(before))


# a normative document's number prints the year it is issued in: "117/2022/NĐ-CP"
NUMBER_YEAR = regex.compile(r"/((?:19|20)\d\d)/")


def numbered_by_date(number: str | None, date: str | None) -> str | None:
    """A normative number whose year is after today (a digit misread: "141/2028/NĐ-CP"
    dated 2026-04-29), with the date's year where the two differ in that one digit."""
    year = NUMBER_YEAR.search(number or "")
    if year is None or date is None or after_today(date) or (
            int(year.group(1)) <= dt.date.today().year
            or Levenshtein.distance(year.group(1), date[:4]) != 1):
        return None
    return f"{number[:year.start(1)]}{date[:4]}{number[year.end(1):]}"


def dated_by_number(misdated: str, number: str | None) -> str | None:
    """A date read after today (a digit of its year misread: "năm 2032"), with the year
    of the document's number where the two differ in that one digit."""
    year = NUMBER_YEAR.search(number or "")
    if year is None or Levenshtein.distance(year.group(1), misdated[:4]) != 1:
        return None
    dated = year.group(1) + misdated[4:]
    try:
        dt.date.fromisoformat(dated)  # (29 February of the year read, not of the number's)
    except ValueError:
        return None
    return None if after_today(dated) else dated


def parse_header(doc: Document, segments: list[Segment], widths: Widths) -> Header:
    head = Header()
    misdated = None  # a date read after today
    head.meta.e_signature, head.consumed = e_signature_of(segments)
    issuer_parts: list[str] = []
    i = 0
    limit = min(len(segments), HEADER_SPAN)
    while i < limit:
        if i in head.consumed:
            i += 1
            continue
        seg = segments[i]
        text = seg.text
        plain = strip_accents(text)
        if DECORATION.match(text) or MOTTO_LINE.match(plain) or motto_tail(segments, i) or (
                PUBLISHER_LINE.match(text)) or (
                DRAFT_MARK.match(text)) or (
                not issuer_parts and head.meta.number is None and (
                    speck_line(text) or stray_mark(segments, i))) or SPECK_WORD.match(text) or (
                # (a stamp's or a border's scraps just above the type: "| L| ì" / "KẾ HOẠCH")
                speck_line(text) and any(doc_type_of(s.text) for s in segments[i + 1:i + 3])):
            head.consumed.add(i)
        elif head.meta.number is None and (m := NUMBER.match(text)) and any(
                ch.isdigit() or ch == "/" for ch in m.group("number")):
            if tail := take_number(head, seg, m.start("number")):
                issuer_parts.append(tail)
            head.consumed.add(i)
        elif head.meta.number is None and NUMBER_UNREAD.match(text) is not None:
            # the field with no digit nor slash ("Số: — NQTWDTNVP"): no number to give, and
            # no line of the issuer's
            head.meta.unsure["number"] = (f"the number field reads “{text.strip()}”: no digit "
                                          "nor slash, a form's blank or OCR's damage")
            head.consumed.add(i)
        elif head.meta.date is None and (dated := place_and_date(text, segments, i)):
            head.meta.place, head.meta.date, took_next = dated
            if head.meta.place and (run_in := ISSUER_BEFORE_PLACE.match(head.meta.place)) and (
                    issuer_parts or len(run_in.group(1).split()) >= ISSUER_LINE_WORDS):
                # the issuer's last line run into the place: "ĐOÀN TNCS HỒ CHÍ MINH Hà Nội"
                # (a speck read as a period between them: "… MINH. Hà Nội")
                issuer_parts.append(squash_spaces(run_in.group(1)).rstrip(".,:;"))
                head.meta.place = head.meta.place[run_in.end():]
            if head.meta.place and not place_like(head.meta.place):
                head.meta.unsure["place"] = f"“{head.meta.place}” is no place's name: misread"
                head.meta.place = None
            if doubt := date_doubt(segments[i: i + 1 + took_next], head.meta.date):
                head.meta.unsure["date"] = doubt
                if head.meta.date is not None and after_today(head.meta.date):
                    misdated = head.meta.date
                    head.meta.date = None  # a document is not dated after it is read
            head.consumed.add(i)
            if took_next:
                head.consumed.add(i + 1)
        elif head.meta.title is None and ABSTRACT_VV.match(text):
            i = take_title(segments, i, head, widths, doc, vv=True)
            continue
        elif head.meta.doc_type is None and (typed := type_at(segments, i, head)) is not None:
            head.meta.doc_type, cells = typed
            head.consumed.update(range(i, i + cells))
            i += cells - 1
            head.meta.issuer = issuer_of(issuer_parts)
            i = take_title(segments, i + 1, head, widths, doc, vv=False)
            break
        elif head.meta.doc_type is None and mostly_upper(
                issuer_line := without_scraps(LOGO_AFTER.sub("", text)), 0.9) and (
                seg.label is None or (seg.label.kind == "bullet" and (
                    (issuer_parts and len(text.split()) <= 6)
                    or (head.meta.number is None and i == first_line(head))))):
            # no list runs between the issuer's lines, nor opens a document: a dash before
            # one is a speck
            # (a speck such as "ˆ" at its end, or a line of a few marks: "JWT]")
            # (and a sign glued to a word: "ĐOÀN TNCS§ HỒ CHÍ MINH")
            if head.meta.number is None and (inside := NUMBER_INSIDE.search(issuer_line)):
                # the number's cell run into the issuer's line where OCR lost the gap
                # ("BAN CHẤP HÀNH TRUNG ƯƠNG W\\ Số:374 KH/TWĐTNCNĐT")
                tail = take_number(head, seg, text.find(inside.group("number")))
                issuer_line = without_scraps(LOGO_AFTER.sub("", issuer_line[:inside.start()]))
                if tail:  # (the issuer's next words, the union's cell: "[ĐOÀN TNCS")
                    issuer_line = f"{issuer_line} {tail}"
            # (a table's border read as a letter apart before it: "l BAN CHẤP HÀNH …")
            part = squash_spaces(regex.sub(
                rf"^(?:[\W_\p{{Lm}}]|{BORDER_LETTER}(?=\s+\p{{Lu}}{{2,}}))+|[\W_\p{{Lm}}]+$"
                r"|(?<=\p{Lu})[§¶©®™°•]+(?=\s)", "", issuer_line))
            if speck_line(part) or (issuer_parts and len(part.split()) == 1
                                    and scrap_like(part)):
                part = ""  # (a stamp's scrap under the issuer's lines: "_JNÁT |")
            if part and not any(strip_accents(p) == strip_accents(part) for p in issuer_parts):
                issuer_parts.append(part)
            head.consumed.add(i)
        elif scrap_before_more(segments, i, head, bool(issuer_parts)):
            head.consumed.add(i)
        else:
            break
        i += 1
    head.meta.issuer = issuer_of(issuer_parts)
    head.meta.issuer = issuer_read_again(segments, i, head)
    if misdated and (dated := dated_by_number(misdated, head.meta.number)):
        head.meta.date = dated
        head.meta.unsure["date"] = (f"the year read {misdated[:4]} is after today; the "
                                    f"number {head.meta.number} gives {dated[:4]}")
    elif (numbered := numbered_by_date(head.meta.number, head.meta.date)) is not None:
        head.meta.unsure["number"] = (f"the year read in {head.meta.number} is after today; "
                                      f"the date gives {head.meta.date[:4]}")
        head.meta.number = numbered
    # a field left null says why: here, no line read as the place and date at all (OCR
    # lost it, or the document prints none: a law is dated where it is passed)
    if head.meta.date is None and "date" not in head.meta.unsure:
        head.meta.unsure["date"] = "no line of the header reads as its place and date"
    if head.meta.place is None and "place" not in head.meta.unsure:
        head.meta.unsure["place"] = ("the date's line names no place" if head.meta.date
                                     else "no line of the header reads as its place and date")
    head.body_start = i
    while head.body_start in head.consumed:
        head.body_start += 1
    return head


SCRAP_WORDS = 8  # a line no longer than this among the header's lines may be OCR's scraps
HEADER_AHEAD = 3  # segments looked at past one no rule reads


def scrap_before_more(segments: list[Segment], i: int, head: Header, issuer_read: bool
                      ) -> bool:
    """A short line no rule of the header reads ("Bi sc", "ĐOÀN TNCS HỒ Chí THÊ",
    "- HỒ CHÍ MINH' là") before more of the header: a stamp's, the logo's or a damaged
    line's scraps, where the header goes on past them (its number, place and date, type,
    or, above the issuer, its first line), not the body's start."""
    text, label = segments[i].text, segments[i].label
    if head.meta.doc_type is not None or len(text.split()) > SCRAP_WORDS or text.lstrip(
            " -_").startswith(BODY_OPENERS) or (label is not None and label.kind != "bullet"):
        return False  # (an article, a numbered item: the body's; a dash may be a speck)
    # (a word or two of three letters at most, "Am", is as likely a stamp's scrap as a word)
    tiny = len(text.split()) <= 2 and all(len(w) <= 3 for w in text.split())
    if not (scrap_like(text) or tiny):
        return False  # words as print has them are some line's, not scraps
    # (after a "V/v" abstract only the place and date: the body's lines come next)
    above_abstract = head.meta.title is None
    for k in range(i + 1, min(i + 1 + HEADER_AHEAD, len(segments))):
        ahead = segments[k].text
        if above_abstract and (doc_type_of(ahead) is not None or (
                head.meta.number is None and number_line(ahead))):
            return True
        if head.meta.date is None and (dated := place_and_date(ahead, segments, k)) and (
                dated[1] is not None and (dated[0] is None or place_like(dated[0]))):
            return True
        if above_abstract and not issuer_read and head.meta.number is None and mostly_upper(
                ahead, 0.9) and len(ahead.split()) >= 2 and not MOTTO_LINE.match(
                strip_accents(ahead)) and header_after(segments, k):
            return True  # (a heading in capitals over the body is no issuer: what follows
    return False         # an issuer's line is the header's)


def scrap_like(text: str) -> bool:
    """Letters as OCR reads a stamp's or a logo's edge, or a line it damaged: a short word
    in lower case no syllable spells ("sc"), a mark glued inside a word ("l]", "Tàn:x"), a
    word's case mixed ("ELÌl"), or words in capitals beside one in title or lower case
    ("HỒ Chí THÊ", "HỒ CHÍ MINH' là")."""
    words = text.split()
    letters = [w.strip(STRAY_MARKS) for w in words]
    if any(w and not w.isalpha() and any(ch.isalpha() for ch in w) for w in letters):
        return True
    letters = [w for w in letters if w.isalpha()]
    if any(w.islower() and len(w) <= 3 and parse(w) is None for w in letters):
        return True
    if any(not (w.isupper() or w.islower() or w[1:].islower()) for w in letters):
        return True  # a word's case mixed as print never has it ("ELÌl", "hỦ")
    if len(letters) == 1 and parse(letters[0].lower()) is None and any(
            unicodedata.combining(ch) for ch in unicodedata.normalize("NFD", letters[0])):
        return True  # a word alone with a tone mark no syllable has: no abbreviation ("JNÁT")
    capitals = [w for w in letters if w.isupper() and len(w) > 1]
    return bool(capitals) and any(not w.isupper() for w in letters)


# marks a word's ends may carry in print
STRAY_MARKS = ".,:;!?()“”\"'|-_"


def number_line(text: str) -> bool:
    """A "Số:" line with digits: the document's number."""
    return NUMBER.match(text) is not None and regex.search(r"\d", text) is not None


def header_after(segments: list[Segment], k: int) -> bool:
    """The header goes on within a few segments after segment k: a number, a place and
    date, a type or the motto."""
    for ahead in segments[k + 1:k + 1 + HEADER_AHEAD]:
        text = ahead.text
        if number_line(text) or doc_type_of(text) or (
                MOTTO_LINE.match(strip_accents(text))) or (
                PLACE_DATE.match(text) and find_date(text)[0] is not None):
            return True
    return False


def first_line(head: Header) -> int:
    """The first segment the header has not passed over as a decoration or a speck."""
    k = 0
    while k in head.consumed:
        k += 1
    return k


CLOSING_QUOTE_AHEAD = 2  # lines a "V/v" abstract whose opening quote was lost may run on


def closing_quote_ahead(segments: list[Segment], i: int) -> bool:
    """A closing quote with no opening one ends one of the next few lines ("… năm 2023” ˆ"):
    the abstract in quotes goes on to it, its opening quote lost ("*V/v triệu tập …")."""
    return any(seg.text.count("”") > seg.text.count("“")
               and regex.search(r"”\W{0,3}$", seg.text) is not None
               for seg in segments[i:i + CLOSING_QUOTE_AHEAD])


def take_title(segments: list[Segment], start: int, head: Header, widths: Widths,
               doc: Document, vv: bool) -> int:
    """The abstract under the document type (or the "V/v" line): up to where the body starts."""
    parts: list[str] = []
    lines: set[int] = set()  # (a line OCR split in two cells counts once)
    i = start
    while i < len(segments) and len(lines) < TITLE_LINES:
        seg = segments[i]
        if i in head.consumed:
            i += 1
            continue
        text = seg.text
        if parts:
            prev = segments[i - 1]
            # a speck OCR put before a continuation ("- của Ban chấp hành", "_ kỷ niệm")
            unspecked = SPECKS_BEFORE.sub("", text)
            # a line ending in a comma or "và" goes on, across the blank OCR may put there
            going_on = starts_lower(unspecked) or prev.text.rstrip().endswith((",", " và")) or (
                (prev.text.rstrip(" :").split() or [""])[-1] in GOES_ON_AFTER)  # (":" a speck)
            # (not a title in capitals past an empty line into a sentence: "THUẾ THU NHẬP
            # DOANH NGHIỆP." / "" / "[.uật Thuế thu nhập …", its capital read as specks)
            if going_on and seg.blank_before and not vv and mostly_upper(
                    " ".join(parts), 0.9) and not mostly_upper(text, 0.5):
                going_on = False
            if going_on:
                text = unspecked
            # an abstract in quotes goes on to its closing quote, however short its lines
            # (a narrow column): “V/v … kỷ niệm / 50 năm Ngày Giải phóng …”, its opening quote
            # maybe read as a star or lost ("*V/v triệu tập …" / … / "… năm 2023” ˆ")
            quoted = vv and (regex.match(r"^\W{0,2}[“\"*]", parts[0]) is not None
                             or closing_quote_ahead(segments, i)) and not any(
                regex.search(r"[”\"]\W{0,2}$", p) for p in parts)
            going_on = going_on or (quoted and not mostly_upper(text, 0.9))
            # a title in capitals goes on in capitals ("GIẢI BÁO CHÍ …" / "VÀ PHONG TRÀO …")
            whole_line = seg.column == 0 and (i + 1 == len(segments)
                                              or segments[i + 1].line != seg.line)
            in_capitals = (not vv and mostly_upper(parts[0], 0.9) and mostly_upper(text, 0.9)
                           and seg.label is None and len(parts) < 3 and whole_line
                           and not text.rstrip().endswith(":") and not names_issuer(text, head))
            if not in_capitals and (
                    (seg.blank_before and not going_on) or mostly_upper(text, 0.9)
                    or (not going_on and label_of(prev, seg, doc, widths) is not None
                        # ("- “Vì người nghèo …”": a speck before a quoted name going on)
                        and not (unspecked.startswith(("“", '"')) and not seg.blank_before))
                    or text.startswith(BODY_OPENERS)
                    or ESIGN_BY.match(text) or ESIGN_AT.match(text)):
                break
            if vv and seg.column != segments[start].column and not going_on:
                break  # the other column's words; a sentence going on is the abstract's
            # a quoted name opening the line, its opening quote maybe read as specks ("_*Vì
            # người nghèo …” giai đoạn …": a closing quote with no opening one)
            quote_opens = unspecked.startswith(("“", '"')) or (
                unspecked != text and text.count("”") > text.count("“"))
            # a short line ends the abstract, unless the next one is short too: an abstract
            # of several lines is centred, the body's first line runs the page's width
            # a "V/v" line cut mid-phrase in its narrow cell goes on in the next short
            # line, whatever its case ("… Gặp gỡ báo chí, triển khai" / "Chương trình …"),
            # unless that is the motto's or the date's
            cell_goes_on = (vv and widths.short(doc, seg)
                            and regex.search(r"\p{Ll}$", prev.text.rstrip()) is not None
                            and not MOTTO_LINE.match(strip_accents(text))
                            and place_and_date(text, segments, i) is None)
            if (not prev.text.endswith((",", "-", "và")) and not going_on and not in_capitals
                    and widths.short(doc, prev) and not (widths.short(doc, seg) and not vv)
                    and not (quote_opens and not vv) and not cell_goes_on):
                break  # (nor does a body paragraph open with a quoted name)
            letters = [ch for ch in text if ch.isalpha()]
            if (mostly_upper(parts[-1], 0.9) and not going_on
                    and sum(ch.islower() for ch in letters) * 2 > len(letters)):
                break  # a title in capitals does not go on in lower case
            if text.lstrip().startswith("(") and not quoted:
                break  # a note under the title: "(Ban hành kèm theo …)", "(Đại hội … thông qua)"
            if unspecked.startswith(("“", '"')):
                text = unspecked  # "- “Vì người nghèo …”": a speck before the quote
            elif quote_opens:
                text = f"“{unspecked}"  # the opening quote read as a speck ("_*Vì …”")
        elif DECORATION.match(text):
            head.consumed.add(i)
            i += 1
            continue
        elif seg.label is not None and seg.label.kind in ("part", "chapter", "section",
                                                          "article", "roman"):
            break  # the body's first heading: the document has no abstract
        parts.append(text if parts else SPECKS_BEFORE.sub("", text) or text)
        lines.add(seg.line)
        head.consumed.add(i)
        head.title_segments.append(i)
        i += 1
        if vv and text.rstrip().endswith(("”", "\"")):
            break
    if parts:
        # a flattened table's border at the end of the cell ("… (8/1921 8/2021)” |"), a
        # speck set apart after it ("… CẤP TRUNG ƯƠNG ˆ")
        title = regex.sub(r"(?:\s*\||\s+(?:[^\p{L}\p{N}\s)”\"»\]]|\p{Lm}){1,2}(?<![.…]))+\s*$", "",
                          squash_spaces(" ".join(parts)))
        # an abstract runs on without a colon (none of the 66 hand-read ones has one): a
        # colon inside it, or after it, is a speck OCR read ("CÔNG TÁC ĐOÀN: VÀ PHONG
        # TRÀO", "nhiệm vụ khoa học : thực hiện", "… năm 2023:")
        title = regex.sub(r"\s*:(?=\s|$)", "", title)
        # (nor does it ask or exclaim: a "?" glued at its end is a speck, "… 8/2021)?")
        title = regex.sub(r"(?<=\S)[?!]+(?=[”\"]?$)", "", title)
        # nor end as a sentence does (none of the structure set's 175 abstracts): a period
        # at its end is a speck ("… Bộ Nông nghiệp và Môi trường."), an abbreviation's
        # aside ("v.v.")
        last = title.rsplit(" ", 1)[-1]
        if last.endswith(".") and "." not in last[:-1]:
            title = title[:-1].rstrip()
        # a bracket opening it that nothing closes is a speck ("(Quy định mức lương …")
        if title.startswith("(") and ")" not in title:
            title = title[1:].lstrip()
        if vv:
            title = title.strip("“”\"")
            if title.count("”") > title.count("“") or title.count('"') % 2:
                # the quote closing the whole abstract, its opening one lost, and specks
                # after it ("… “Tiếp sức mùa thi” năm 2023”.")
                title = regex.sub(r"[”\"][\W_]{0,2}$", "", title)
            # (its case kept: "V/V"; its v read as w, "V/w"; its v lost, "V⁄ ban hành")
            title = SLASH_MISREAD.sub(lambda m: "V/" + m.group()[-1].translate(W_AS_V), title)
            title = V_LOST.sub("V/v ", title)
        head.meta.title = title
    return i
