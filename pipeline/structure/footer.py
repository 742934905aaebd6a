"""The end of a document: recipients ("Nơi nhận"), the signature block, the signer's name."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

import regex

from vanban.document import Signer
from vanban.text import mostly_upper, squash_spaces, strip_accents
from vanban.view import Segment
from vanban.vocabulary import (
    ANNEX_KEYWORD,
    AUTHORITY_ALTERNATION,
    is_signer_title,
    opens_recipients,
    spaced_title,
)

# a delegation's abbreviation with its period ("TM.", "KT.", "Q. TM.")
DELEGATION = rf"(?:{AUTHORITY_ALTERNATION}|Q\.\s?TM)\s?\."
AUTHORITY = regex.compile(rf"^{DELEGATION}\s*\S")
# the same with its period read as a comma or a colon ("KT, BỘ TRƯỞNG", "TM: ỦY BAN …")
AUTHORITY_COMMA = regex.compile(rf"^((?:{AUTHORITY_ALTERNATION}|Q\.\s?TM)\s?)[,:](?=\s*\S)")
# a scrap of a letter or two in lower case after a line of the block, a border maybe
# before it ("CHỦ TỊCH | h", "CHỦ TỊCH h" once the border was taken for a speck)
TRAILING_SCRAP = regex.compile(r"\s+(?:\|\s*)?\p{Ll}{0,2}\s*$")
SPECKS = "'\"`‘’“”_~. "  # marks OCR reads before a line of the signature block
LINE_SPECKS = SPECKS + "-–"  # and a dash OCR reads before one ("- THỨ TRƯỞNG")
NAME_SPECKS = " .,;:|_-'`\"‘’"  # marks OCR reads around the signer's name ("Nguyễn Quốc Huy.")
PERSON_NAME = regex.compile(r"^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,5}$")
# a police or army signer's rank before the name: "Trung tá Ngô Văn Công"
RANK = regex.compile(r"^(?:Thiếu|Trung|Thượng|Đại)\s+(?:úy|uý|tá|tướng)\s+(?=\p{Lu})")
# "KT." (deputising): the signer is the authority's deputy, "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC"
DEPUTISING = regex.compile(r"(?:^|\s)KT\s?\.\s*(?P<title>[^.]+)$")
# an annex's heading ("PHỤ LỤC", "Phụ lục II"): the footer ends before it, however the
# list above it ended (its "Lưu: VT, SGDĐT" without the period OCR lost); a speck OCR
# read before the heading alone ("- Phụ lục") leaves it one
ANNEX = regex.compile(rf"^(?:{ANNEX_KEYWORD}\b[^\n]{{0,20}}"
                      rf"|[-–_~.'\s]{{1,3}}{ANNEX_KEYWORD}(?:\s+[IVXLC\d]+)?[\s.:]*)$")
SIGNED = regex.compile(r"^\(?\s*(?:đã ký|Đã ký|ĐÃ KÝ|ký tên|Ký tên|signed)[^)]*\)?$")
@dataclass
class Footer:
    start: int  # position of its first segment
    end: int  # position after its last
    signer: Signer = field(default_factory=Signer)
    recipients: list[str] = field(default_factory=list)
    consumed: set[int] = field(default_factory=set)
    unsure: dict[str, str] = field(default_factory=dict)  # as Meta.unsure


def authority_line(text: str) -> bool:
    """"TM. BAN THƯỜNG VỤ": a delegation before the body it acts for, in capitals (a
    numbered item whose "9." OCR read as "Q." is none: "Q. Sắp xếp toàn bộ …")."""
    m = AUTHORITY.match(text)
    return m is not None and mostly_upper(text[m.end() - 1:], 0.5)


def delegation_line(text: str) -> str | None:
    """A signing authority's line ("TM. BAN THƯỜNG VỤ"), read through specks before it and
    a comma OCR read for its period ("_ KT, BỘ TRƯỞNG"): the line as printed, or None."""
    unspecked = text.lstrip(LINE_SPECKS)
    if authority_line(unspecked):
        return unspecked
    if (m := AUTHORITY_COMMA.match(unspecked)) and mostly_upper(unspecked[m.end():], 0.5):
        return AUTHORITY_COMMA.sub(r"\1.", unspecked, count=1)
    return None


def opens_footer(segments: list[Segment], i: int) -> bool:
    """"Nơi nhận", a signing authority ("TM. …"), or a signer's title after the closing "./."."""
    text = segments[i].text
    if (m := opens_recipients(text)) and heads_recipients(text[m.end():]):
        return True
    if delegation_line(text) is not None:
        return True
    if is_signer_title(text) and i > 0:
        prev = segments[i - 1].text
        return (prev.endswith(("./.", "/.")) or authority_line(prev)
                or signed_by_name(segments[i + 1:i + 4]))
    return False


def signed_by_name(following: list[Segment]) -> bool:
    """A person's name under a signer's title (past "(đã ký)"): the block is the signature
    even where OCR lost the body's closing "./." ("R¬y," / "BỘ TRƯỞNG" / "Đào Ngọc Dung")."""
    for seg in following:
        if SIGNED.match(seg.text):
            continue
        return PERSON_NAME.match(seg.text.strip(NAME_SPECKS)) is not None
    return False


def heads_recipients(rest: str) -> bool:
    """What follows "Nơi nhận:" is a recipient (or nothing: the list starts below), not a
    sentence of the body ("Nơi nhận: Các tác phẩm dự thi gửi về địa chỉ: …")."""
    first = regex.split(r";", rest, maxsplit=1)[0]
    return ":" not in first and len(first.split()) <= 12


def find_footer(segments: list[Segment], body_start: int) -> int | None:
    for i in range(body_start, len(segments)):
        if opens_footer(segments, i):
            return i
    return None


KEPT = regex.compile(r"^[\W_]*Lưu\b", regex.I)  # the office's own copy: the last recipient
BULLETS_BEFORE = regex.compile(r"^[-~–—•*+\s]+")
RECIPIENT_END = regex.compile(r";\s+(?P<right>[^;]*[^;.,\s])\s*$")


def left_of_signature(text: str) -> str:
    """A recipient line the signature block or its stamp runs beside ("- Như trên; V< TH",
    "~ Trang TTĐT Sở; TẾ Thị Bích Thuận"): a recipient ends at its ";", so what follows
    without one of its own is the right column's."""
    m = RECIPIENT_END.search(text)
    return text[:m.start() + 1] if m else text


# a flattened table's borders at a cell's ends ("| Nơi nhận:", "Nguyễn Tường Lâm |")
BORDERS = regex.compile(r"^(?:\|\s*)+|(?:\s*\|)+$")
# "(đã ký)" inside a line, between the signer's position and name
SIGNED_INSIDE = regex.compile(r"\(\s*(?:đã|Đã|ĐÃ)\s+(?:ký|kí|KÝ)\s*\)")
# "(đã ký)" before the name on one line, as a flattened table or a copy prints it
# (its words as OCR damages them: "(đã Ki Nguyễn Tường Lâm")
SIGNED_BEFORE = regex.compile(r"^\(\s*(?:(?:đã|Đã|ĐÃ)\s+\w{1,3}|ký tên|Ký tên)\s*\)?\s*")
# the list's usual first recipient, ended by its ";" and another after it on the line
AS_ABOVE = regex.compile(r"^Như trên\s*;\s+(?:[-–]\s+)?\p{Lu}")
# recipients run on in one line, each ended by its ";" ("Như trên;   Lưu BTG, VP."), a
# dash maybe before one ("Như trên; - Các đ/c BTTW Đoàn; Lưu BTC.")
RUN_ON_APART = regex.compile(r"(?<=;)\s+(?:[-–]\s+)?(?=\p{Lu})")
RECIPIENTS_APART = regex.compile(r";\s{2,}|;\s+(?=[-+•]\s)")


def authority_and_position(text: str) -> tuple[str, str | None]:
    """"TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN  BÍ THƯ": the position printed under the authority,
    run into its line, taken apart (the longest tail that is a signer's title)."""
    words = text.split()
    for k in range(2, len(words) - 1):
        tail = " ".join(words[k:])
        if is_signer_title(tail):
            return " ".join(words[:k]), tail
    return text, None


def parse_footer(segments: list[Segment], start: int) -> Footer:
    foot = Footer(start=start, end=start)
    in_recipients = in_signature = bulleted = run_on = False
    i = start
    while i < len(segments):
        seg = segments[i]
        text = BORDERS.sub("", seg.text)
        if SIGNED_BEFORE.match(text) and PERSON_NAME.match(
                SIGNED_BEFORE.sub("", text).strip(NAME_SPECKS)):
            text = SIGNED_BEFORE.sub("", text)
        if RANK.match(text) and PERSON_NAME.match(RANK.sub("", text)):
            text = RANK.sub("", text)
        if (in_recipients or in_signature) and ANNEX.match(text.strip()):
            break
        if (delegated := delegation_line(text)) is not None:
            text = delegated  # "'TM. BAN BÍ THƯ": a speck before the authority
        elif is_signer_title(unspecked := spaced_title(
                TRAILING_SCRAP.sub("", text.lstrip(LINE_SPECKS)))):
            text = unspecked  # "- THỨ TRƯỞNG", "BÍTHƯ", "CHỦ TỊCH | h"
        if m := opens_recipients(text):
            in_recipients = True
            rest = text[m.end():].strip()
            # "Nơi nhận: Như trên; TT Ban Bí thư …; Vụ …": the list run on after the
            # colon, its recipients parted by semicolons (each keeps its own; one is
            # enough after its usual first, "Như trên", where OCR read the next as a comma)
            run_on = len(RUN_ON_APART.findall(rest)) >= 2 or bool(AS_ABOVE.match(rest))
            if rest:
                foot.recipients += (RUN_ON_APART.split(rest) if run_on
                                    else RECIPIENTS_APART.split(rest))
        elif authority_line(text):
            authority, position = authority_and_position(squash_spaces(text))
            # "TL. BAN BÍ THƯ …" / "KT. CHÁNH VĂN PHÒNG": a delegation within a delegation
            foot.signer.authority = (f"{foot.signer.authority} {authority}"
                                     if foot.signer.authority and in_signature
                                     and foot.signer.position is None else authority)
            if position is not None and foot.signer.position is None:
                foot.signer.position = position
            in_signature = True
        elif is_signer_title(text) or (in_signature and foot.signer.position is None
                                       and mostly_upper(text, 0.9) and len(text.split()) <= 6):
            position = foot.signer.position
            if position is None:
                foot.signer.position = squash_spaces(text)
            elif is_signer_title(text) and not is_signer_title(position):
                # "KT. CHỦ TỊCH" / "ỦY BAN CHỨNG KHOÁN NHÀ NƯỚC" / "PHÓ CHỦ TỊCH": the line
                # taken for the position named the body the authority acts for
                foot.signer.authority = " ".join(filter(None, [foot.signer.authority,
                                                               position]))
                foot.signer.position = squash_spaces(text)
            in_signature = True
        elif SIGNED.match(text):
            pass
        elif (foot.signer.name is None and PERSON_NAME.match(name := text.strip(NAME_SPECKS))
              and (foot.signer.position or foot.signer.authority)):
            foot.signer.name = squash_spaces(name)
            foot.consumed.add(i)
            i += 1
            if in_recipients and seg.column > 0 and list_goes_on(segments[i:i + 1]):
                continue  # the name printed beside the list: its last recipients follow
            if foot.recipients or not any(opens_recipients(s.text)
                                          for s in segments[i:i + 3]):
                break
            continue
        elif (in_signature and foot.signer.name is None
              and (signed := SIGNED_INSIDE.search(text)) is not None
              and PERSON_NAME.match(name := text[signed.end():].strip(NAME_SPECKS))):
            # the signature cell's next line of a flattened table, run in after the
            # recipients' cell ("| Nơi nhận: … |TM. BAN BÍ THƯ TRUNG" / "ƯƠNG ĐOÀN BÍ THƯ_
            # (Đã ký) Bùi Quang Huy |"): the authority's last words, the position (the words
            # in capitals before "(Đã ký)"; after them, the recipients' cell's: "ĐOÀN BÍ THƯ
            # Để báo cáo (đã ký) …") and the name
            held = [w.strip("_-") for w in itertools.takewhile(
                str.isupper, text[:signed.start()].split())]
            title = next((k for k in range(len(held))
                          if is_signer_title(" ".join(held[k:]))), None)
            if foot.signer.position is None and title is not None:
                foot.signer.position = " ".join(held[title:])
                if title and foot.signer.authority:
                    foot.signer.authority = " ".join(
                        [without_end_mark(foot.signer.authority), *held[:title]])
            foot.signer.name = squash_spaces(name)
        elif (in_signature or in_recipients) and seg.column > 0 and foot.signer.name is None:
            # the stamp's or the signature's marks beside the recipients ("Lưu VP." read as
            # "EMNUHVE | ÀNỊH,"), before the signature block or within it
            pass
        elif in_recipients and seg.column == 0:
            if foot.recipients and KEPT.match(foot.recipients[-1]):
                # "Lưu: VT." closes the list: what follows is a stamp, a mark or an annex;
                # a speck is passed over, as the signature may follow it ("Lưu VP." / "-"
                # / "TL. BAN BÍ THƯ")
                if sum(ch.isalpha() for ch in text) < 4:
                    foot.consumed.add(i)
                    i += 1
                    continue
                if foot.recipients[-1].rstrip().endswith("."):
                    break
            text = left_of_signature(text)
            label = seg.label
            if label is not None and label.kind == "bullet" and run_on and foot.recipients \
                    and not foot.recipients[-1].rstrip().endswith((";", ".")):
                text = text[label.end:]  # a speck before a run-on recipient's wrapped words
                label = None
            if label is not None and label.kind == "bullet":
                bulleted = True
                foot.recipients.append(BULLETS_BEFORE.sub("", text[label.end:]))
            elif (bulleted or run_on or RECIPIENTS_APART.search(text)) and foot.recipients \
                    and not foot.recipients[-1].rstrip().endswith((";", ".")):
                apart = RUN_ON_APART if run_on else RECIPIENTS_APART
                first, *rest = apart.split(text)  # the last one wrapped
                foot.recipients[-1] = f"{foot.recipients[-1]} {first}"
                foot.recipients += rest
            else:
                foot.recipients += RECIPIENTS_APART.split(BULLETS_BEFORE.sub("", text).lstrip("_ "))
        else:
            break
        foot.consumed.add(i)
        i += 1
    foot.end = i
    foot.recipients = [r for r in map(clean_recipient, foot.recipients) if r]
    # a heading ends in no mark: one after the authority's or the position's last word is
    # a speck ("TL. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN.")
    foot.signer.authority = without_end_mark(foot.signer.authority)
    foot.signer.position = without_end_mark(foot.signer.position)
    if reason := deputy_lost(foot.signer):
        foot.signer.position = None
        foot.unsure["signer"] = reason
    return foot


KEPT_GLUED = regex.compile(r"^Lưu(?=\p{Lu}{2})")


def clean_recipient(text: str) -> str:
    """A recipient as printed, less the specks OCR read around it ("\"Như trên", "Vụ V, Ban
    Tổ chức TW;_", "… Quân đội ND Việt Nam)"); empty where nothing of a name is left ("?"
    after a damaged "Nơi nhận"). (A colon at its end is its semicolon misread: none
    introduces anything.)"""
    text = squash_spaces(text).lstrip(" \"'“”‘’_~*•|").rstrip(" ;:,._|~")
    text = KEPT_GLUED.sub("Lưu ", text)  # "LưuVP": the space OCR lost before the office
    if text.endswith(")") and text.count(")") > text.count("("):
        text = text[:-1].rstrip(" ;:,.")
    return text if any(ch.isalnum() for ch in text) else ""


# a delegation's abbreviation and a speck OCR put after its period ("TM.`BAN BÍ THƯ")
DELEGATION_SPECK = regex.compile(rf"\b({DELEGATION})[^\w\s]+\s*")


def without_end_mark(heading: str | None) -> str | None:
    if heading is None:
        return heading
    heading = DELEGATION_SPECK.sub(r"\1 ", heading)
    if len(heading.split()) < 2:
        return heading  # "KT." alone keeps its period
    return heading.rstrip(" .,;:") or heading


def list_goes_on(following: list[Segment]) -> bool:
    """The next segment is a recipient: a bulleted line of the left column, or "Lưu"."""
    if not following or following[0].column != 0:
        return False
    seg = following[0]
    return KEPT.match(seg.text) is not None or (seg.label is not None
                                                 and seg.label.kind == "bullet")


def deputy_lost(signer: Signer) -> str | None:
    """Why the position cannot be what was read: under "KT. GIÁM ĐỐC" a deputy signs, so a
    position reading "GIÁM ĐỐC" lost its first word ("PHÓ") to the stamp or the signature."""
    m = DEPUTISING.search(signer.authority or "")
    if m is None or signer.position is None:
        return None
    if strip_accents(squash_spaces(signer.position)).upper() != strip_accents(
            squash_spaces(m.group("title"))).upper():
        return None
    return (f"the position reads \"{signer.position}\" under \"{signer.authority}\", where a "
            "deputy signs: a word of it is lost")
