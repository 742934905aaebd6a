"""Numbers change only by rules of their own: a year OCR damaged into no year, and
letters OCR read for digits inside a number.

"tầm nhìn đến năm 2925" cannot be: no document prints a year more than a few decades
ahead. Where one misread digit makes it a year between 1900 and then (and only one way
does), that is the correction. An old year ("năm 1858") is left: history is cited, and
a year is not impossible because it is old.

"ngày l4 tháng", "số I899/SGDĐT": a run of digits with an "l", "I", "|" or "O" among them
is a number whose 1s and 0s OCR took for letters (no word mixes them so).

"ngày 06:04:2023", "số 21/2015:NĐ-CP": a date and a document code have their grammar
(day/month/year; number/year/type-issuer); a colon where it wants a slash is OCR's slash.
So is a 7 ("ngày 1571072018", "số 72720167NĐ-CP"), where reading it so, and only so, gives
a real date after "ngày" or a code whose parts the corpus prints.

"số 53/201 1/NĐ-CP", "ngày 15/1 2/2022": a date or a code OCR cut with a space is one
token again where only the whole has its grammar (a real date; a code whose number, year
and parts the corpus knows, better than the first piece's).

"số 3477Tr-CP" beside "số 347/TTr-CP" elsewhere in the document: a code the document
prints cleanly is its damaged copies' reading, where it is the one clean code within a
few edits, its number read right, and the grammar alone reads the copy as no code.

"Số: BI IID/TWĐTNCNĐT", "Số: IBHD/…", "Số: I69/QĐ-…": after "Số:" comes the document's
number, so there the letters OCR reads for digits (an 8 as "B", a 5 as "S" as well as a
1 as "I") are digits, where a document type or the code's slash follows them.

"1668/NQ-UBTVQHI5": a document code's part is an abbreviation of a closed set (the
lexicon's); a part it does not know, which a known one becomes when its look-alike
letters are read as digits ("UBTVQH15"), or with a stroke OCR read inside it taken out
("QHI15"), is that abbreviation. "311/QĐÐTTg": a Đ beside its look-alike Ð is one Đ.

"Chương trình OCOE" where the document prints "OCOP" again and again: an abbreviation no
document prints, one letter from one the document itself prints, is that one.

"Số: 14722026/NI-CP" over "NGHỊ ĐỊNH": the type in a document's own number is the type
its header prints, abbreviated as the rules on documents abbreviate it (NĐ), where OCR's
reading is no type and one letter from that one; its 7 before the year is then a slash.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Collection

import regex
from rapidfuzz.distance import Levenshtein

from vanban.correct.stream import Slot, word_correction
from vanban.correct.tokens import split_token
from vanban.document import Correction
from vanban.syllable import parse
from vanban.text import strip_accents
from vanban.view import Segment
from vanban.vocabulary import (
    DIGIT_LOOK_ALIKES,
    DOCUMENT_TYPES,
    LETTERS_AS_DIGITS,
    TITLE_TYPE_CODES,
)

YEAR_CONTEXT = regex.compile(r"^(năm|Năm|NĂM|đoạn|-|–|đến)$")
EARLIEST, LATEST = 1900, 2100


def plausible(year: int) -> bool:
    return EARLIEST <= year <= LATEST


def year_corrections(slots: list[Slot], segments: list[Segment]) -> list[Correction]:
    out = []
    for i, slot in enumerate(slots):
        core = slot.token.core
        if len(core) != 4 or not core.isdigit() or int(core) <= LATEST or i == 0:
            continue
        if not YEAR_CONTEXT.match(slots[i - 1].token.text.strip(",;")):
            continue
        options = {core[:k] + d + core[k + 1:] for k, ch in enumerate(core)
                   for d in DIGIT_LOOK_ALIKES.get(ch, "")}
        years = sorted(y for y in options if plausible(int(y)))
        if len(years) != 1:
            continue  # no way, or more than one way, to read a year: leave it to a reader
        fix = word_correction(
            "digit", slot, segments, 0, core, years[0], 0.85,
            f"“{slots[i - 1].token.text} {core}” is no year a document prints; one misread "
            f"digit makes it {years[0]}")
        if fix is not None:
            out.append(fix)
    return out


# a code opening with its number and year ("21/2015/NĐ-CP", "76/2025")
CODE_OPENING = regex.compile(r"^\d{1,5}/(\d{4})(?:/[\p{Lu}\d][\p{L}\d.\-/]*)?$")


def slashes_read(core: str) -> str | None:
    """The date or code `core` is with its colons read as the slashes its grammar puts
    there ("06:04:2023" -> "06/04/2023", "21/2015:NĐ-CP" -> "21/2015/NĐ-CP"), or None."""
    if ":" not in core:
        return None
    read = core.replace(":", "/")
    code = CODE_OPENING.match(read)
    if real_date(read) or (code is not None and plausible(int(code.group(1)))):
        return read
    return None


# a code whose slash after its number OCR lost, the one after its year read as a mark
# ("722025:QH15", "1182025'QH15"): the year is the four digits before the mark
LOST_SLASH = regex.compile(r"^(?P<number>\d{1,4})(?P<year>(?:19|20)\d\d)[:'’/|]"
                           r"(?P<parts>[\p{Lu}\d][\p{L}\d\-]*)$")


def lost_slash_read(core: str, abbreviations: dict[str, int]) -> str | None:
    """The document code `core` is with the slash lost between its number and its year
    put back (and the mark after the year read as its slash), where the corpus knows the
    code's type and issuer; or None."""
    code = LOST_SLASH.match(core)
    if code is None:
        return None
    read = f"{code['number']}/{code['year']}/{code['parts']}"
    return read if code_strength(read, abbreviations) is not None else None


MAX_SEVENS = 2  # 7s read as slashes in one date or code


def separators_read(core: str, abbreviations: dict[str, int],
                    own_types: Collection[str] = ()) -> str:
    """The code `core` with its colons or 7s read as the slashes its grammar wants, where
    a reading gives it one (its parts then as the grammar parts them), else as read."""
    return slashes_read(core) or sevens_read(core, abbreviations, False, own_types) or core


def sevens_read(core: str, abbreviations: dict[str, int], date_expected: bool,
                own_types: Collection[str] = ()) -> str | None:
    """The date or code `core` is with some of its 7s (and any colon) read as the
    slashes its grammar wants ("1571072018" -> "15/10/2018" after "ngày",
    "72720167NĐ-CP" -> "72/2016/NĐ-CP"), where it is neither as read; None where no
    reading gives one, or more than one does (a four-digit year, last in a date and
    before a code's type, leaves hardly any two). `own_types`: the types the document's
    own number may name, where `core` is that number."""
    if not any(ch.isdigit() for ch in core) or "7" not in core:
        return None
    plain = core.replace(":", "/")
    if real_date(plain) or code_strength(plain, abbreviations) is not None \
            or CODE_OPENING.match(plain):
        return None
    sevens = [k for k, ch in enumerate(plain) if ch == "7"]
    found = []
    for n in range(1, MAX_SEVENS + 1):
        for picked in itertools.combinations(sevens, n):
            read = "".join("/" if k in picked else ch for k, ch in enumerate(plain))
            if (date_expected and real_date(read)) or known_code(read, abbreviations) \
                    or own_code(read, abbreviations, own_types):
                found.append(read)
    return found[0] if len(found) == 1 else None


# edits a damaged copy of a code may be from the clean one (at most a third of its length),
# and how much nearer than any other clean code it must be
COPY_EDITS = 3
COPY_MARGIN = 2


def code_copy_corrections(slots: list[Slot], segments: list[Segment],
                          abbreviations: dict[str, int],
                          skip: Collection[int] = ()) -> list[Correction]:
    """A damaged document code read as the code the document prints cleanly elsewhere,
    where that is the one clean code within a few edits of it."""
    clean = sorted({slot.token.core for slot in slots
                    if known_code(slot.token.core, abbreviations)
                    or known_short_code(slot.token.core, abbreviations)})
    if not clean:
        return []
    out = []
    for i, slot in enumerate(slots):
        core = slot.token.core
        if i not in skip and (fix := cut_copy_correction(slots, i, segments, clean)):
            out.append(fix)
            continue
        if (i in skip or core in clean or len(core) < 6 or not core[:1].isdigit()
                or known_code(core, abbreviations) or real_date(core)
                or sum(ch.isalpha() for ch in core) < 2 or slashes_read(core)
                or sevens_read(core, abbreviations, False)):
            continue
        near = sorted((Levenshtein.distance(core, code), code) for code in clean
                      if core.startswith(code.split("/")[0]))
        if not near:
            continue
        edits, code = near[0]
        if code in core:
            continue  # the code and more ("61/2015/NĐ-CP).1": a note's mark) is no copy
        if edits > min(COPY_EDITS, len(code) // 3) or (
                len(near) > 1 and near[1][0] < edits + COPY_MARGIN):
            continue
        fix = word_correction(
            "code", slot, segments, 0, core, code, 0.85,
            f"“{core}” is a damaged copy of the code {code}, which the document prints "
            f"elsewhere ({edits} edit{'s' * (edits > 1)} away; no other code it prints is "
            "as near)")
        if fix is not None:
            out.append(fix)
    return out


def cut_copy_correction(slots: list[Slot], i: int, segments: list[Segment],
                        clean: list[str]) -> Correction | None:
    """A code cut short after a hyphen or a slash, its rest lost ("138/2025/TT- Đà"), read
    as the one code the document prints cleanly that it opens."""
    tok = slots[i].token
    cut = tok.core + tok.trail
    nxt = slots[i + 1] if i + 1 < len(slots) else None
    # (print breaks a code at a line's end: "Thông tư số 40/2018/TT-" / "BCT …")
    if (tok.trail not in ("-", "/") or not cut[:1].isdigit() or "/" not in tok.core
            or slots[i].line_end or nxt is None or nxt.seg != slots[i].seg):
        return None
    whole = {code for code in clean if code.startswith(cut) and len(code) > len(cut)}
    if len(whole) != 1:
        return None
    (code,) = whole
    rest = nxt.token.core
    if sum(ch.isupper() for ch in rest) >= 2 or Levenshtein.distance(
            rest, code[len(cut):]) <= 2:
        return None  # (the rest is read, cut off by a space, maybe damaged: "QĐ- ETg")
    return word_correction(
        "code", slots[i], segments, len(tok.lead), cut, code, 0.8,
        f"“{cut}” is the code {code}, which the document prints elsewhere, cut short")


ACRONYM = regex.compile(r"^[\p{Lu}\d]{3,12}$")
# times the document prints an abbreviation, and how many times as often as a one-letter
# variant of it, for that variant to be its damaged copy
COPIES_CLEAN = 3


def abbreviation_copy_corrections(slots: list[Slot], segments: list[Segment],
                                  abbreviations: dict[str, int],
                                  skip: Collection[int] = ()) -> list[Correction]:
    """An abbreviation no document prints ("OCOE", "OCOF") read as the one the document
    prints elsewhere one letter from it ("OCOP"): the language model knows a rare
    abbreviation too little to prefer it, the document's own copies do not."""
    printed = Counter(slot.token.core for slot in slots if ACRONYM.match(slot.token.core))
    clean = sorted(code for code, n in printed.items() if n >= COPIES_CLEAN
                   and abbreviations.get(code, 0) >= KNOWN_PART
                   and any(ch.isalpha() for ch in code))
    if not clean:
        return []
    out = []
    for i, slot in enumerate(slots):
        core = slot.token.core
        if i in skip or not ACRONYM.match(core) or core in abbreviations \
                or sum(ch.isalpha() for ch in core) < 3 or parse(core.lower()) is not None:
            continue  # (a word in capitals, "NAM", is no abbreviation)
        near = [code for code in clean if len(code) == len(core)
                and Levenshtein.distance(core, code) == 1]
        # (an abbreviation the text prints as often is its own: "BBC" beside an "ABC")
        if len(near) != 1 or printed[near[0]] < COPIES_CLEAN * printed[core]:
            continue
        fix = word_correction(
            "letter", slot, segments, 0, core, near[0], 0.85,
            f"“{core}” is no abbreviation documents print; the document prints {near[0]}, "
            "one letter from it, elsewhere")
        if fix is not None:
            out.append(fix)
    return out


def known_code(core: str, abbreviations: dict[str, int]) -> bool:
    """A document code whose year is plausible and whose parts the corpus prints, as
    read or with a Đ whose bar OCR lost."""
    code = FULL_CODE.match(core)
    return code is not None and plausible(int(code.group(1))) and known_parts(
        code.group(2), abbreviations)


def own_code(core: str, abbreviations: dict[str, int], own_types: Collection[str]) -> bool:
    """A document's own number, its year plausible, whose type is the one its header
    prints (as read or one letter off) and whose issuer the corpus prints."""
    code = FULL_CODE.match(core)
    if code is None or not own_types or not plausible(int(code.group(1))):
        return False
    kind, _, issuer = code.group(2).partition("-")
    return bool(issuer) and own_type_reading(kind, own_types) is not None and known_parts(
        issuer, abbreviations)


# a code without its year: number, type and issuer ("347/TTr-CP", "1906/SGDĐT-CTrTT")
SHORT_CODE = regex.compile(r"^\d{1,5}/([\p{Lu}\p{Ll}\d]+(?:-[\p{Lu}\p{Ll}\d]+)+)$")


def known_short_code(core: str, abbreviations: dict[str, int]) -> bool:
    code = SHORT_CODE.match(core)
    return code is not None and known_parts(code.group(1), abbreviations)


def known_parts(parts: str, abbreviations: dict[str, int]) -> bool:
    """Every part of a code's "TYPE-ISSUER" one the corpus prints, as read or with
    digits for look-alike letters or a Đ whose bar OCR lost."""
    return all(abbreviations.get(part, 0) >= KNOWN_PART
               or abbreviations.get(part.translate(LETTERS_AS_DIGITS), 0) >= KNOWN_PART
               or crossed_d(part, abbreviations) is not None
               for part in parts.split("-"))


def separator_corrections(slots: list[Slot], segments: list[Segment],
                          abbreviations: dict[str, int], skip: Collection[int] = (),
                          own_types: Collection[str] = ()) -> list[Correction]:
    """Each colon, or 7, of a date or document code read as the slash its grammar wants
    (in the document's own number, a code whose type is one of `own_types`)."""
    out = []
    for i, slot in enumerate(slots):
        core = slot.token.core
        if i in skip:
            continue
        read = slashes_read(core)
        if read is None:
            after_day = i > 0 and slots[i - 1].token.core.lower() == "ngày"
            read = sevens_read(core, abbreviations, after_day or slot.token.lead == "(",
                               own_types if in_number_field(slots, i) else ())
        if read is None:
            read = lost_slash_read(core, abbreviations)
            if read is not None:
                out += lost_slash_correction(slot, segments, core, read)
            continue
        what = "date" if real_date(read) else "document code"
        for k, ch in enumerate(core):
            if ch == read[k]:
                continue
            fix = word_correction(
                "punctuation", slot, segments, k, ch, "/", 0.9 if ch == ":" else 0.8,
                f"“{core}” is a {what} ({read}): its parts are parted by slashes, and OCR "
                f"reads a slash as {'a colon' if ch == ':' else 'a 7'}")
            if fix is not None:
                out.append(fix)
    return out


def lost_slash_correction(slot: Slot, segments: list[Segment], core: str, read: str
                          ) -> list[Correction]:
    """The year and the mark after it ("2025:") rewritten with its two slashes."""
    start = len(read.split("/")[0])
    before = core[start:start + 5]
    fix = word_correction(
        "punctuation", slot, segments, start, before, f"/{before[:4]}/", 0.85,
        f"“{core}” is a document code ({read}): a slash parts its number from its year, "
        "which OCR lost, and another its year from its type")
    return [fix] if fix is not None else []


FULL_DATE = regex.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
# (a part opens with a capital or a digit; small letters may follow: "QĐ-TTg", "TTr-CP")
FULL_CODE = regex.compile(r"^\d{1,5}/(\d{4})/([\p{Lu}\d|][\p{L}\d|]*(?:-[\p{Lu}\d|][\p{L}\d|]*)*)$")
MAX_PIECES = 3  # tokens a date or a code is found cut into


def real_date(core: str) -> bool:
    date = FULL_DATE.match(core)
    if date is None:
        return False
    day, month, year = (int(x) for x in date.groups())
    return 1 <= day <= 31 and 1 <= month <= 12 and plausible(year)


def code_strength(core: str, abbreviations: dict[str, int]) -> int | None:
    """How well the corpus knows a code's parts (the count of its least printed part, as
    printed or with look-alike letters as digits), or None if it is no code."""
    code = FULL_CODE.match(core)
    if code is not None and plausible(int(code.group(1))):
        parts = code.group(2)
    elif (short := SHORT_CODE.match(core)) is not None:
        parts = short.group(1)  # (no year: "1655/NQ-UBTVQH15", "169/QĐ-BLĐTBXH")
    else:
        return None
    counts = [max(abbreviations.get(part, 0),
                  abbreviations.get(part.translate(LETTERS_AS_DIGITS), 0))
              for part in parts.split("-")]
    return min(counts) if min(counts) >= KNOWN_PART else None


def cut_code_corrections(slots: list[Slot], segments: list[Segment],
                         abbreviations: dict[str, int],
                         skip: Collection[int] = ()) -> list[Correction]:
    """The spaces OCR put inside a date or a document code, taken away."""
    out = []
    i = 0
    while i < len(slots):
        first = slots[i]
        pieces = 1
        # (a hyphen or a slash may end the first piece: "31/2019/NĐ- CP", "07/2023/ TT-…";
        # a colon, OCR's slash: "38: 2022/NĐ-CP"; a speck: "76/2025/UB' TVQH15")
        if i not in skip and any(ch.isdigit() for ch in first.token.core) \
                and first.token.trail in ("", "-", "/", *CUT_MARKS):
            pieces = joined_pieces(slots, i, abbreviations, skip)
        if pieces > 1:
            seg = segments[first.seg]
            whole = joined_text(slots[i:i + pieces])
            for a, b in itertools.pairwise(slots[i:i + pieces]):
                mark = CUT_MARKS.get(a.token.trail)
                gap_start = a.token.end - (mark is not None)
                gap_end = b.token.start + hyphen_read_twice(a, b)
                where = seg.to_original(gap_start, gap_end)
                if where is None:
                    break
                out.append(Correction(
                    stage="correct", kind="split-word", line=seg.line, start=where[0],
                    end=where[1], before=seg.text[gap_start:gap_end], after=mark or "",
                    confidence=0.85,
                    reason=f"“{whole}” is one date or document code, which OCR cut with a "
                           "space" + (" and whose hyphen at the cut it read twice"
                                      if gap_end > b.token.start else "")
                           + (" after the slash it read as a colon" if mark == "/"
                              else " after a speck" if mark == "" else "")))
        i += pieces
    return out


# a normative number up to its type, the hyphen before its issuer lost ("23/2026/NQ CP",
# "21/2026/NQ: CP")
TYPE_BEFORE_ISSUER = regex.compile(r"^\d{1,5}/(?:19|20)\d\d/(?P<type>\p{Lu}{1,4})$")
LOST_HYPHEN_MARKS = ("", ":", ".", ";", ",")


def lost_hyphen_corrections(slots: list[Slot], segments: list[Segment],
                            abbreviations: dict[str, int],
                            skip: Collection[int] = ()) -> list[Correction]:
    """The hyphen between the document's own number's type and its issuer, after "Số:",
    which OCR read as a space or a mark and a space ("23/2026/NQ CP"): a type of the
    closed set, and after it an issuer documents print. (Not in the text, where the
    typist may have left it out: "Nghị định số 01/2008/NĐ  CP".)"""
    out = []
    for i, (a, b) in enumerate(itertools.pairwise(slots)):
        m = TYPE_BEFORE_ISSUER.match(a.token.core)
        if (m is None or i in skip or i + 1 in skip or not in_number_field(slots, i)
                or m.group("type") not in DOCUMENT_TYPES
                or a.token.trail not in LOST_HYPHEN_MARKS or b.seg != a.seg or b.token.lead
                or not b.token.core.isupper()
                or abbreviations.get(b.token.core, 0) < KNOWN_PART):
            continue
        seg = segments[a.seg]
        gap_start, gap_end = a.token.end - len(a.token.trail), b.token.start
        where = seg.to_original(gap_start, gap_end)
        if where is None:
            continue
        whole = f"{a.token.core}-{b.token.core}"
        out.append(Correction(
            stage="correct", kind="split-word", line=seg.line, start=where[0], end=where[1],
            before=seg.text[gap_start:gap_end], after="-", confidence=0.85,
            reason=f"“{whole}”: a {m.group('type')} number's type and its issuer, the hyphen "
                   "between them read as a space"))
    return out


def hyphen_read_twice(before: Slot, piece: Slot) -> bool:
    """A piece of a code opens with the hyphen the piece before ends with: OCR read the
    hyphen at the cut again ("63/2015/QĐ- -TTg")."""
    return before.token.trail == "-" and piece.token.lead == "-"


# a mark OCR read at a code's cut, and what it stands for there: a colon its slash, a
# quote a speck
CUT_MARKS = {":": "/", "'": "", "’": ""}


def joined_text(pieces: list[Slot]) -> str:
    """The pieces' text as one token, a hyphen read twice at a cut once, a mark at a cut
    what it stands for (CUT_MARKS)."""
    out = pieces[0].token.text
    for a, b in itertools.pairwise(pieces):
        if (mark := CUT_MARKS.get(a.token.trail)) is not None:
            out = out[:-1] + mark
        out += b.token.text[1:] if hyphen_read_twice(a, b) else b.token.text
    return out


def joined_pieces(slots: list[Slot], i: int, abbreviations: dict[str, int],
                  skip: Collection[int]) -> int:
    """How many tokens from slot i make one date or code (1: none)."""
    first = slots[i]
    alone = first.token.core
    found = 1  # (a code that ends in a hyphen, which its next piece may go on)
    for n in range(2, MAX_PIECES + 1):
        last = slots[i + n - 1] if i + n - 1 < len(slots) else None
        if (last is None or last.seg != first.seg or last.paragraph_start
                or i + n - 1 in skip or (last.token.lead and not hyphen_read_twice(
                    slots[i + n - 2], last))):
            return found
        if n > 2 and slots[i + n - 2].token.trail not in ("", "/", "-"):
            return found
        core = split_token(joined_text(slots[i:i + n])).core
        if real_date(core) and not real_date(alone) and first.token.trail not in CUT_MARKS:
            return n
        joined = code_strength(core, abbreviations)
        if joined is not None:
            # (a code ends in no hyphen: one there was cut from its next part)
            before = None if first.token.trail else code_strength(alone, abbreviations)
            if before is not None and joined <= before:
                return found
            if last.token.trail != "-":
                return n
            found = n
    return found


# the number that opens a token (before a code's "/" or "-", a decimal mark or the end),
# with the letters OCR reads for 1 and 0 among its digits
NUMBER_HEAD = regex.compile(r"^[0-9Il|¡†OØø]*[0-9][0-9Il|¡†OØø]*(?=$|[/.,\-])")
# a party document's number runs into its type: "I5IID/TWĐTNVP" (15 HD), "l3KH/TU"
PARTY_HEAD = regex.compile(r"^[0-9Il|¡†OØø]*?[0-9][0-9Il|¡†OØø]*?(?=(?:[A-HJ-NP-Z]|II|Il|lI)"
                           r"[\p{L}|]{0,2}/\p{Lu})")
ROMAN_AND_NOTE = regex.compile(r"^[IVX]{2,}\d$")
SIGNS_FOR_ONE = frozenset("¡†")  # signs, not letters: OCR's 1 before a number's digits


# after "Số:" a document's number: the letters OCR reads for its digits there
NUMBER_FIELD_DIGITS = str.maketrans({"B": "8", "S": "5", "Z": "2", "G": "6", "O": "0",
                                     "o": "0", "I": "1", "l": "1", "|": "1"})
NUMBER_FIELD_HEAD = regex.compile(r"^[0-9BSZGOoIl|]{1,5}")
NUMBER_LABEL = frozenset({"số", "sô"})  # "Số:", read with its hat lost
PARTY_CODE = regex.compile(r"^(?P<type>[\p{Lu}Il|][\p{L}|]{0,3})/\p{Lu}")  # "HD/TWĐTN"


def number_field_head(slots: list[Slot], i: int) -> str | None:
    """What OCR read for the number a document's "Số:" opens, where slot i holds it and
    letters stand among its digits ("BI", "IBHD/…" → "IB", "I69/QĐ-…" → "I69"): a
    number then goes on into the code's slash or hyphen, or into a document type before
    the issuer's slash, in this token or the next ("BI IID/TWĐTNCNĐT")."""
    if not in_number_field(slots, i):
        return None
    core = slots[i].token.core
    head = NUMBER_FIELD_HEAD.match(core)
    if head is None:
        return None
    for k in range(len(head.group()), 0, -1):
        number, rest = core[:k], core[k:]
        if number.isdigit():
            return None
        if rest[:1] in ("/", "-") and rest[1:2].isalnum():
            return number
        if rest:
            code = PARTY_CODE.match(rest)
        elif i + 1 < len(slots) and slots[i + 1].seg == slots[i].seg:
            code = PARTY_CODE.match(slots[i + 1].token.core)
        else:
            code = None
        if code is not None and (code.group("type") in DOCUMENT_TYPES
                                 or type_readings(code.group("type"))):
            return number
    return None


def number_field_corrections(slots: list[Slot], segments: list[Segment],
                             skip: Collection[int] = ()) -> list[tuple[int, Correction]]:
    """The digits of a document's number that OCR read as letters after "Số:", with the
    slot of each."""
    out = []
    for i in range(1, len(slots)):
        head = None if i in skip else number_field_head(slots, i)
        if head is None:
            continue
        fix = word_correction(
            "digit", slots[i], segments, 0, head, head.translate(NUMBER_FIELD_DIGITS), 0.8,
            f"“{head}” after “Số:” is the document's number: OCR read some of its digits "
            "as the letters they look like")
        if fix is not None:
            out.append((i, fix))
    return out


def letter_digit_corrections(slots: list[Slot], segments: list[Segment],
                             skip: Collection[int] = ()) -> list[Correction]:
    """Letters among a number's digits read back as the digits they look like."""
    out = []
    for i, slot in enumerate(slots):
        core = slot.token.core
        if i in skip:
            continue
        if slot.token.lead[-1:] in SIGNS_FOR_ONE and NUMBER_HEAD.match(core):
            # a sign no word opens with, set against a number: its 1 ("¡6/2023/QH15")
            fix = word_correction("digit", slot, segments, -1, slot.token.lead[-1], "1", 0.8,
                                  f"“{slot.token.lead[-1]}{core}”: the sign before the number "
                                  "is its 1, as OCR read it")
            if fix is not None:
                out.append(fix)
            continue
        head = NUMBER_HEAD.match(core) or PARTY_HEAD.match(core)
        if head is None or len(head.group()) < 2 or head.group().isdigit():
            continue
        if ROMAN_AND_NOTE.match(head.group()):
            continue  # "Chương II2": a roman numeral and its footnote's mark
        fix = word_correction(
            "digit", slot, segments, 0, head.group(),
            head.group().translate(LETTERS_AS_DIGITS), 0.8,
            f"“{head.group()}” is a number: OCR read some of its 1s or 0s as letters")
        if fix is not None:
            out.append(fix)
    return out


DAY_WORD = frozenset({"ngày", "Ngày", "NGÀY"})
YEAR_WORD = frozenset({"năm", "Năm", "NĂM"})
MONTH_WORD = {"ngày": "tháng", "Ngày": "tháng", "NGÀY": "THÁNG"}


def month_word_corrections(slots: list[Slot], segments: list[Segment],
                           skip: Collection[int] = ()) -> list[Correction]:
    """"ngày 07 THÔ 9 năm 2015", "ngày 20 ng 4 năm": a date's frame names its parts, and
    between a day and a month before "năm" stands only "tháng"."""
    out = []
    for i in range(2, len(slots) - 2):
        day_word, day, slot, month, year_word = slots[i - 2:i + 3]
        text = slot.token.text
        if (i in skip or day_word.token.text not in DAY_WORD or slot.token.core in (
                "tháng", "Tháng", "THÁNG") or year_word.token.core not in YEAR_WORD
                or len({s.seg for s in slots[i - 2:i + 3]}) > 1):
            continue
        if not (day.token.text.isdigit() and 1 <= int(day.token.text) <= 31
                and month.token.text.isdigit() and 1 <= int(month.token.text) <= 12):
            continue
        month_word = MONTH_WORD[day_word.token.text]
        fix = word_correction(
            "date", slot, segments, -len(slot.token.lead), text, month_word, 0.9,
            f"“{day_word.token.text} {day.token.text} {text} {month.token.text} "
            f"{year_word.token.core}”: between a date's day and its month stands "
            f"“{month_word}”")
        if fix is not None:
            out.append(fix)
    return out


# a date's word and its number joined by a speck OCR read between them ("tháng*4",
# "tháng”7", "ngày°!I0"); the corpus prints none so (a slash joins a rate: "đồng/tháng")
GLUED_DATE_PART = regex.compile(
    r"^(?P<word>ngày|tháng|năm|Ngày|Tháng|Năm|NGÀY|THÁNG|NĂM)(?P<specks>[*”“\"°!.'’‘`^~]{1,3})"
    r"(?P<n>[\dIlO|]{1,4})$")
DATE_PART_RANGE = {"ngày": (1, 31), "tháng": (1, 12), "năm": (EARLIEST, LATEST)}


def glued_date_part_corrections(slots: list[Slot], segments: list[Segment],
                                skip: Collection[int] = ()) -> list[Correction]:
    """"ngày 06 tháng*4 năm 2026": the speck between a date's word and its number is the
    space, where the number is one the word can have (its 1s and 0s read as letters too:
    "ngày°!I0" is "ngày 10")."""
    out = []
    for i, slot in enumerate(slots):
        m = GLUED_DATE_PART.match(slot.token.core)
        if i in skip or m is None:
            continue
        value = m.group("n").translate(LETTERS_AS_DIGITS)
        low, high = DATE_PART_RANGE[m.group("word").lower()]
        if not (value.isdigit() and low <= int(value) <= high):
            continue
        before = m.group()
        fix = word_correction(
            "date", slot, segments, 0, before, f"{m.group('word')} {value}", 0.85,
            f"“{before}”: a date's word and its number, a speck OCR read for the space "
            "between them")
        if fix is not None:
            out.append(fix)
    return out


# "Đ" and the look-alike "Ð" side by side: one letter OCR read twice ("311/QĐÐTTg",
# "01/2008/NĐÐ", "23.8.QĐÐ.1.2."); no text prints the two together
DOUBLED_D = regex.compile(r"ĐÐ|ÐĐ")


def doubled_d_corrections(slots: list[Slot], segments: list[Segment],
                          skip: Collection[int] = ()) -> list[Correction]:
    """Each "ĐÐ" OCR read for one "Đ"."""
    out = []
    for i, slot in enumerate(slots):
        if i in skip:
            continue
        for m in DOUBLED_D.finditer(slot.token.core):
            fix = word_correction("code", slot, segments, m.start(), m.group(), "Đ", 0.9,
                                  f"“{slot.token.core}”: “{m.group()}” is one “Đ” OCR read "
                                  "twice (no text prints the two side by side)")
            if fix is not None:
                out.append(fix)
    return out


# a document code: parts of letters and digits joined by "/" or "-" ("1668/NQ-UBTVQHI5")
CODE_PART = regex.compile(r"(?<=[/\-])[\p{Lu}\d|]+(?=$|[/\-])")  # Ð is \p{Lu}
WHOLE_PART = regex.compile(r"^[\p{Lu}\d|]+$")  # a code's part cut from it by a space
KNOWN_PART = 5  # times the corpus prints an abbreviation for it to vouch for a code's part


YEAR_PART = regex.compile(r"/(?:19|20)\d\d/")
CROSSED_OVER_PLAIN = 20  # how much likelier a code's part must be with Đ than with D
MAX_D = 4


def crossed_d(part: str, abbreviations: dict[str, int]) -> str | None:
    """The abbreviation a code's part is with some of its D's crossed ("BLDTBXH" ->
    "BLĐTBXH"), where the corpus prints that form far more often than the one read."""
    positions = [k for k, ch in enumerate(part) if ch == "D"]
    if not positions or len(positions) > MAX_D:
        return None
    best, best_count = None, 0
    for mask in range(1, 1 << len(positions)):
        letters = list(part)
        for bit, k in enumerate(positions):
            if mask >> bit & 1:
                letters[k] = "Đ"
        variant = "".join(letters)
        if (count := part_count(variant, abbreviations)) > best_count:
            best, best_count = variant, count
    if best is None or best_count < KNOWN_PART or (
            best_count < CROSSED_OVER_PLAIN * part_count(part, abbreviations)):
        return None
    return best


# what OCR reads a speck or a letter's edge inside a code as (not a 1, which is a digit)
STROKES = "Il|"


def stroke_dropped(part: str, abbreviations: dict[str, int]) -> str | None:
    """The one abbreviation the corpus knows that `part` (which it does not) is with a
    stroke taken out ("QHI15" is "QH15", "TWI" is "TW"), if only one is."""
    if len(part) < 3 or abbreviations.get(part, 0) >= KNOWN_PART:
        return None
    found = {part[:k] + part[k + 1:] for k in range(len(part)) if part[k] in STROKES}
    known = [f for f in found if abbreviations.get(f, 0) >= KNOWN_PART]
    return known[0] if len(known) == 1 else None


def part_count(part: str, abbreviations: dict[str, int]) -> int:
    """How often the corpus prints a code's part: as a whole, or as an issuer and its
    office run together where a hyphen was lost ("TWĐTNTNTH": "TWĐTN" and "TNTH"), by the
    rarer of the two."""
    return max([abbreviations.get(part, 0)] + [
        min(abbreviations.get(part[:k], 0), abbreviations.get(part[k:], 0))
        for k in range(MIN_HALF, len(part) - MIN_HALF + 1)])


MIN_HALF = 2  # letters of each abbreviation in a part run together


# letters a scan's OCR reads for one another in capitals: a T whose bar is lost is an I,
# so are a 1, an l and a bar; a Đ whose bar is lost is a D; an H is two strokes, "II"
SHAPE = str.maketrans({"Đ": "D", "Ð": "D", "T": "I", "l": "I", "1": "I", "|": "I", "!": "I",
                       "O": "0"})
EDGE_SPECKS = "I|l1!'.ÌÍỊỈĨ"  # a stroke OCR read beside a part ("ITWĐTNBTG", "TNTHỊ")
MIN_SHAPED = 4  # letters a part needs before its shape says which abbreviation it is
# the abbreviations indexed, with the index: one lexicon's at a time (a batch keeps one)
_shape_index: list[tuple[dict[str, int], dict[str, list[str]]]] = []


def shape_of(part: str) -> str:
    return part.translate(SHAPE).replace("II", "H")


def shape_index(abbreviations: dict[str, int]) -> dict[str, list[str]]:
    """The abbreviations the corpus prints often enough, by their shape."""
    if _shape_index and _shape_index[0][0] is abbreviations:
        return _shape_index[0][1]
    found: dict[str, list[str]] = {}
    for part, count in abbreviations.items():
        if count >= KNOWN_PART and len(part) >= 2:
            found.setdefault(shape_of(part), []).append(part)
    _shape_index[:] = [(abbreviations, found)]
    return found


def shape_read(part: str, abbreviations: dict[str, int]) -> str | None:
    """The abbreviation the corpus prints that a part no document prints has the shape of
    (its look-alike letters confused, a stroke beside it): "IWDTNTNTH" -> "TWĐTNTNTH",
    "ITWĐTNBTG" -> "TWĐTNBTG"; an issuer and its office run together count as one
    ("TWĐTN" and "TNTH"). None unless one reading is clearly the likeliest."""
    if len(part) < MIN_SHAPED or part_count(part, abbreviations) or not part.isupper():
        return None
    index = shape_index(abbreviations)
    forms = {part}
    if part[0] in EDGE_SPECKS:
        forms.add(part[1:])
    if part[-1] in EDGE_SPECKS:
        forms.add(part[:-1])
    readings: dict[str, int] = {}
    for form in forms:
        for known in index.get(shape_of(form), ()):
            readings[known] = part_count(known, abbreviations)
        for k in range(MIN_HALF, len(form) - MIN_HALF + 1):
            for head in index.get(shape_of(form[:k]), ()):
                for tail in index.get(shape_of(form[k:]), ()):
                    readings.setdefault(head + tail, part_count(head + tail, abbreviations))
    if not readings:
        # an issuer the corpus prints before an office it does not ("TWDTNVNCTN": its
        # TWĐTN, and the office as read)
        for form in forms:
            for k in range(MIN_SHAPED, len(form) - MIN_HALF + 1):
                for head in index.get(shape_of(form[:k]), ()):
                    if len(head) >= MIN_SHAPED and head != form[:k]:
                        readings[head + form[k:]] = abbreviations[head]
    if not readings and len(part) >= MIN_EDITED:
        # a letter added or lost ("UBTVQHI15"): the abbreviations one such edit away
        for known in index_within_one_edit(part, abbreviations):
            readings[known] = part_count(known, abbreviations)
    ranked = sorted(readings.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < KNOWN_PART or (
            len(ranked) > 1 and ranked[0][1] < SHAPE_MARGIN * ranked[1][1]):
        return None
    return ranked[0][0]


# letters a part needs before a letter more or less than an abbreviation tells it (short
# codes stand too near one another: "BTC", "BTTC", "BCT")
MIN_EDITED = 7


def index_within_one_edit(part: str, abbreviations: dict[str, int]) -> list[str]:
    """The abbreviations the corpus prints often enough that the part is with one letter
    added or lost ("UBTVQHI15"). (Not one letter for another: an office's own code is
    often one letter from another's, "TWĐTNVPCTN" and "TWĐTNVNCTN".)"""
    return [a for a in shape_index_parts(abbreviations) if abs(len(a) - len(part)) == 1
            and Levenshtein.distance(a, part, score_cutoff=1) <= 1]


def shape_index_parts(abbreviations: dict[str, int]) -> list[str]:
    """Every abbreviation the shape index holds (printed KNOWN_PART times or more)."""
    return [a for group in shape_index(abbreviations).values() for a in group]


SHAPE_MARGIN = 5  # how much likelier the best reading of a part's shape than the next


def code_part_corrections(slots: list[Slot], segments: list[Segment],
                          abbreviations: dict[str, int],
                          skip: Collection[int] = ()) -> list[Correction]:
    """Look-alike letters in a code's part read as digits, where that makes the part an
    abbreviation the corpus knows and it was none."""
    out = []
    for i, slot in enumerate(slots):
        core = slot.token.core
        # (or the issuer part of a code OCR cut after its hyphen: "1655/NQ- UBTVQHI5")
        cut_after = i > 0 and slots[i - 1].seg == slot.seg and "/" in slots[
            i - 1].token.core and slots[i - 1].token.trail == "-" and not slot.token.lead
        if i in skip or ("/" not in core and "-" not in core and not cut_after):
            continue
        # its parts as its grammar parts them
        core = separators_read(core, abbreviations)
        for m in FOOTED_PART.finditer(core):
            if (read := foot_read(m.group(), abbreviations)) is not None:
                fix = word_correction(
                    "letter", slot, segments, m.start(), m.group(), read, 0.8,
                    f"“{m.group()}” in the code {core} is no abbreviation; an L whose foot "
                    f"OCR read as a mark (“I.”) makes it {read}, as documents print it "
                    f"{part_count(read, abbreviations)} times")
                if fix is not None:
                    out.append(fix)
        for m in (CODE_PART if "/" in core or "-" in core else WHOLE_PART).finditer(core):
            part = m.group()
            eth_read = part.replace("Ð", "Đ")  # eth: how some fonts type Đ, in no code
            if eth_read != part and abbreviations.get(eth_read, 0) >= KNOWN_PART:
                fix = word_correction(
                    "letter", slot, segments, m.start(), part, eth_read, 0.9,
                    f"“{part}” in the code {core} is {eth_read} (its Đ read as the "
                    "look-alike Ð)")
                if fix is not None:
                    out.append(fix)
                continue
            # (a part of two letters only in a normative code, dated by its year:
            # "12/2024/ND-CP"; "43/DK/VP/M" is an office's own)
            if (len(part) >= 3 or YEAR_PART.search(core)) and (
                    crossed := crossed_d(part, abbreviations)) is not None:
                fix = word_correction(
                    "diacritic", slot, segments, m.start(), part, crossed, 0.85,
                    f"“{part}” in the code {core}: documents print it {crossed} "
                    f"({part_count(crossed, abbreviations)} times against "
                    f"{part_count(part, abbreviations)}); "
                    "OCR lost the bar of its Đ")
                if fix is not None:
                    out.append(fix)
                continue
            digits = part.translate(LETTERS_AS_DIGITS)
            if (digits == part or not any(ch.isdigit() for ch in part)
                    or abbreviations.get(part, 0) >= KNOWN_PART
                    or abbreviations.get(digits, 0) < KNOWN_PART):
                if (unstroked := stroke_dropped(part, abbreviations)) is not None:
                    fix = word_correction(
                        "letter", slot, segments, m.start(), part, unstroked, 0.8,
                        f"“{part}” in the code {core} is no abbreviation; without the stroke "
                        f"OCR read inside it, it is {unstroked}, as documents print it "
                        f"{part_count(unstroked, abbreviations)} times")
                    if fix is not None:
                        out.append(fix)
                elif (shaped := shape_read(part, abbreviations)) is not None:
                    fix = word_correction(
                        "letter", slot, segments, m.start(), part, shaped, 0.75,
                        f"“{part}” in the code {core} is no abbreviation; letters OCR confuses "
                        f"(T and I, Đ and D, H and II) make it {shaped}, as documents print it "
                        f"{part_count(shaped, abbreviations)} times")
                    if fix is not None:
                        out.append(fix)
                continue
            fix = word_correction(
                "digit", slot, segments, m.start(), part, digits, 0.8,
                f"“{part}” in the code {core} is no abbreviation; with its look-alike letters "
                f"as digits it is {digits}, as documents print it")
            if fix is not None:
                out.append(fix)
    return out


# a code's part with a mark inside it ("TT-BIL.ĐTBXH", "BI,DTBXH"), and an L whose foot OCR
# read as that mark, its stroke as an I (the structure set's and fresh sets' OCR print
# BLĐTBXH so 20 times)
FOOTED_PART = regex.compile(r"(?<=[/\-])[\p{Lu}\d]*IL?[.,][\p{Lu}\d]+(?=$|[/\-])")
FOOT_READ = regex.compile(r"IL?[.,]")


def foot_read(part: str, abbreviations: dict[str, int]) -> str | None:
    """The abbreviation a part is with its "I." or "IL." read as the L it was ("BIL.ĐTBXH"
    and "BI.DTBXH" are BLĐTBXH), its D crossed where the corpus prints it so."""
    for m in FOOT_READ.finditer(part):
        read = part[:m.start()] + "L" + part[m.end():]
        for form in (crossed_d(read, abbreviations), read):
            if form is not None and abbreviations.get(form, 0) >= KNOWN_PART:
                return form
    return None


PART_HEAD = regex.compile(r"(?<=[/\-])[\p{Lu}\d]+$")  # a part's letters before a cut


def cut_part_corrections(slots: list[Slot], segments: list[Segment],
                         abbreviations: dict[str, int],
                         skip: Collection[int] = ()) -> list[Correction]:
    """Look-alike letters read as digits in the rest of a code's part that a speck at a cut
    parted from its start ("76/2025/UB' TVQHI5": "UBTVQH15"), where the whole part is then
    an abbreviation the corpus knows and was none."""
    out = []
    for i in range(1, len(slots)):
        before, slot = slots[i - 1].token, slots[i].token
        if (i in skip or slots[i - 1].seg != slots[i].seg or before.trail not in CUT_MARKS
                or CUT_MARKS[before.trail] or slot.lead or not WHOLE_PART.match(slot.core)):
            continue
        head = PART_HEAD.search(before.core)
        if head is None:
            continue
        part = head.group() + slot.core
        digits = part.translate(LETTERS_AS_DIGITS)
        if (digits == part or digits[:len(head.group())] != head.group()
                or abbreviations.get(part, 0) >= KNOWN_PART
                or abbreviations.get(digits, 0) < KNOWN_PART):
            continue
        fix = word_correction(
            "digit", slots[i], segments, 0, slot.core, digits[len(head.group()):], 0.8,
            f"“{part}”, a code's part a speck cut, is no abbreviation; with its look-alike "
            f"letters as digits it is {digits}, as documents print it")
        if fix is not None:
            out.append(fix)
    return out


# how OCR damages a type's letters: a H read as two strokes, a Đ as a plain D or an eth,
# a T as 1 or I (its bar lost) or F (doubled), a C as G (closed)
TYPE_MISREADINGS = (("II", "H"), ("Il", "H"), ("lI", "H"), ("D", "Đ"), ("Ð", "Đ"),
                    ("1", "T"), ("I", "T"), ("F", "T"), ("G", "C"))
# the type of a number: before the issuer's slash ("13 HD/TWĐTN-CNĐT", "342-KH/TU"), or
# after the number (and year) before the issuer's hyphen ("372/QĐ-BTC", "05/2023/TT-BCT")
# (its number's 1s may be read as letters: "I5IID/TWĐTNVP" is "15HD/…")
PARTY_TYPE = regex.compile(r"^(?:(?=[0-9Il|O]*[0-9])[0-9Il|O]{1,5}?-?)?"
                           r"(?P<type>[\p{Lu}Il|][\p{L}|]{0,3})(?=/\p{Lu})")
NUMBER_BEFORE = regex.compile(r"^(?:\d{1,5}|[Ss][ốỐ]|SỐ)$")  # "13 HD/…", "Số: QĐ/…"
STATE_TYPE = regex.compile(r"^\d{1,5}/(?:(?:19|20)\d\d/)?(?P<type>[\p{Lu}Il|][\p{L}|1]{0,3})"
                           r"(?=-\p{Lu})")
# issuers a type of normative document has one of only, by the Law on the promulgation of
# legal documents: a decree is the Government's ("NĐ-CP"); the Prime Minister's decisions
# and directives are the only ones whose issuer starts "TT" ("QĐ-TTg", "CT-TTg")
SOLE_ISSUER = {"NĐ": "CP"}
TT_ISSUER = {"QĐ": "TTg", "CT": "TTg"}
ISSUER_PART = regex.compile(r"-(?P<issuer>[\p{L}\d]+)")
YEARED = regex.compile(r"^\d{1,5}/(?:19|20)\d\d/")


def type_readings(observed: str) -> set[str]:
    """The document types OCR could have read as `observed` with the fewest misreadings
    of its look-alikes ("IID": "HD" by one, not "HĐ" by two), with its last letter
    doubled ("QĐÐ"), or with a stroke after it ("TT1")."""
    found: dict[str, int] = {}
    variants = [(observed, 0)]
    if len(observed) > 2 and observed[-1] in "DĐÐ" and observed[-2] in "DĐÐ":
        variants.append((observed[:-1], 1))
    if len(observed) > 2 and observed[-1] in "1Il|":
        variants.append((observed[:-1], 1))  # a stroke OCR read before the hyphen ("TT1-")
    for variant, doubled in variants:
        spots = [(k, a, b) for a, b in TYPE_MISREADINGS
                 for k in range(len(variant)) if variant.startswith(a, k)]
        for n in range(0, min(len(spots), 3) + 1):
            for chosen in itertools.combinations(sorted(spots), n):
                text, last = "", 0
                for k, a, b in chosen:
                    if k < last:
                        break  # two misreadings of one letter
                    text += variant[last:k] + b
                    last = k + len(a)
                else:
                    text += variant[last:]
                    if text in DOCUMENT_TYPES and text != observed:
                        found[text] = min(found.get(text, 9), n + doubled)
    fewest = min(found.values(), default=0)
    return {text for text, n in found.items() if n == fewest}


TITLE_REACH = 40  # segments from a document's start its header's type is looked for in


def title_type_codes(segments: list[Segment]) -> tuple[str, ...]:
    """The abbreviations the document's own number may give its type: those of the type
    its header prints alone on a line in capitals ("NGHỊ ĐỊNH": NĐ), or none."""
    for seg in segments[:TITLE_REACH]:
        letters = " ".join(regex.sub(r"[^\p{L}\s]", " ", seg.text).split())
        if letters and letters.isupper():
            codes = TITLE_TYPE_CODES.get(strip_accents(letters))
            if codes is not None:
                return codes
    return ()


def own_type_reading(observed: str, own_types: Collection[str]) -> str | None:
    """The one type of the header's that OCR read as `observed` with a letter misread
    ("NI" for NĐ, "NG" for NQ), or it as read; None where no type or two are."""
    if observed in own_types:
        return observed
    near = [t for t in own_types if len(t) == len(observed)
            and Levenshtein.distance(t, observed) == 1]
    return near[0] if len(near) == 1 else None


def in_number_field(slots: list[Slot], i: int) -> bool:
    """Slot i holds what a document's "Số:" opens (specks between them: "Số: : 21/…")."""
    k = i - 1
    while k >= 0 and i - k <= 2 and slots[k].seg == slots[i].seg and not any(
            ch.isalnum() for ch in slots[k].token.text):
        k -= 1
    before = slots[k].token if k >= 0 and slots[k].seg == slots[i].seg else None
    return before is not None and before.core.casefold() in NUMBER_LABEL \
        and before.trail.startswith(":")


def type_corrections(slots: list[Slot], segments: list[Segment],
                     abbreviations: dict[str, int], skip: Collection[int] = (),
                     own_types: Collection[str] = ()) -> list[Correction]:
    """A document number's type that OCR damaged into no type ("13 IID/TWĐTN" for "13
    HD/…", "1373/QĐÐ-BKHĐT", "QD/TW"), where one type of the closed set reads it so, or,
    in the document's own number, where the type its header prints (`own_types`) is one
    letter from it (its slashes as its grammar reads them: "27/20217NI-CP")."""
    out = []
    for i, slot in enumerate(slots):
        core = slot.token.core
        if i not in skip and (nxt := issuer_apart(slots, i)) is not None:
            # the issuer after a space OCR read past the hyphen ("159/2026/NĐ- GP")
            split = STATE_TYPE.match(f"{core.rstrip('-')}-{nxt.token.core}")
            if split is not None and YEARED.match(core):
                fix = issuer_correction(nxt, segments, "-" + nxt.token.core,
                                        split.group("type"), 0, shift=1)
                if fix is not None:
                    out.append(fix)
        own_number = in_number_field(slots, i)
        if own_number and own_types:
            core = separators_read(core, abbreviations, own_types)
        if i in skip or "/" not in core:
            continue
        m = STATE_TYPE.match(core)
        if m is None and (party := PARTY_TYPE.match(core)) is not None and (
                party.start("type") > 0 or (i > 0 and (
                    NUMBER_BEFORE.match(slots[i - 1].token.core)
                    or number_field_head(slots, i - 1) == slots[i - 1].token.core))):
            m = party  # (after its number: "CCCD/CMND" is no document's)
        if m is None:
            continue
        kind = m.group("type")
        if kind not in DOCUMENT_TYPES:
            readings = type_readings(kind)
            own = own_type_reading(kind, own_types) if own_number else None
            if own is not None and readings <= {own}:
                why = f"OCR's reading of {own}, the type its header prints"
                kind = own
            elif len(readings) == 1:
                (kind,) = readings
                why = f"OCR's reading of {kind}, the only type it can be"
            else:
                continue
            fix = word_correction(
                "code", slot, segments, m.start("type"), m.group("type"), kind, 0.85,
                f"“{m.group('type')}” in the number {core} names the document's type: {why}")
            if fix is not None:
                out.append(fix)
        if m.re is STATE_TYPE and YEARED.match(core):
            fix = issuer_correction(slot, segments, core, kind, m.end("type"))
            if fix is not None:
                out.append(fix)
    return out


def issuer_apart(slots: list[Slot], i: int) -> Slot | None:
    """The token after a code cut after its hyphen ("159/2026/NĐ-" / "GP"), in capitals."""
    token = slots[i].token
    if not (token.core.endswith("-") or token.trail == "-") or i + 1 >= len(slots):
        return None
    nxt = slots[i + 1]
    if nxt.seg != slots[i].seg or nxt.token.lead or not nxt.token.core.isupper():
        return None
    return nxt


def issuer_correction(slot: Slot, segments: list[Segment], core: str, kind: str,
                      at: int, shift: int = 0) -> Correction | None:
    """The issuer after a normative number's type, where the type allows one issuer that
    is a letter from what OCR read ("72/2015/NĐ-GP", "71/2009/QĐ-TTE"). (`shift`: where
    `core` starts before the slot's word: a hyphen put before an issuer cut from it.)"""
    m = ISSUER_PART.match(core, at)
    if m is None:
        return None
    read = m.group("issuer")
    want = SOLE_ISSUER.get(kind)
    why = f"a {kind} is issued by {want} only"
    if want is None and (sole := TT_ISSUER.get(kind)) and read[:2] == "TT" and len(read) == 3:
        want, why = sole, f"the only issuer of a {kind} spelled with TT is {sole}"
    if want is None or read == want or len(read) != len(want) or (
            Levenshtein.distance(read, want) != 1):
        return None
    return word_correction(
        "code", slot, segments, m.start("issuer") - shift, read, want, 0.85,
        f"“{read}” in the number {core} names its issuer: {why}, a letter from what OCR "
        "read")
