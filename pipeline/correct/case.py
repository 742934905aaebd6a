"""Letter case OCR got wrong inside a word ("tạO", "VÒng") or for a whole word ("CÓ" amid
lower-case text). The language model cannot see case, so these are rules of their own."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from functools import lru_cache

from vanban.correct.lexicon import Lexicon
from vanban.correct.stream import Slot, word_correction
from vanban.document import Correction
from vanban.labels import ROMAN
from vanban.syllable import key, parse
from vanban.view import Segment


@lru_cache(maxsize=100_000)  # asked for each word and again for its neighbours
def word_case(text: str) -> str:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return "none"
    if all(ch.isupper() for ch in letters):
        return "upper"
    if all(ch.islower() for ch in letters):
        return "lower"
    if letters[0].isupper() and all(ch.islower() for ch in letters[1:]):
        return "title"
    return "mixed"


def neighbour_cases(slots: list[Slot], i: int) -> list[str]:
    out = []
    for j in (i - 2, i - 1, i + 1, i + 2):
        if 0 <= j < len(slots) and slots[j].seg == slots[i].seg and slots[j].token.core:
            out.append(word_case(slots[j].token.core))
    return out


# the share of its uses inside running text a word may be capitalised (or printed in
# capitals) in, the corpus's (lexicon/printed.py), to be read in lower case there: "các"
# 0.4 %, "cấp" 0.3 %, "sung" none; "số" 1.4 %, "Sở" 10 % ("các Sở, ban, ngành") keep
# their capital; "SỐ" is 0.005 %
RUNNING_CAPITALS = 0.01
# capitals of the same shape as their small letters, a size apart, that OCR takes for
# them: elsewhere a capital inside a sentence is more often a name's printed initial
# ("Hội đồng Khoa học", "Độc lập - Tự do") than OCR's. A word in capitals is OCR's only
# if all its letters are such ("SỐ", "CÓ")
SAME_SHAPE = frozenset("CSVWXZOÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢ")
# the share of its uses in running text the corpus capitalises the second syllable of a
# word in, for a capital there to be read as OCR's ("Sở" 10 %: "cơ Sở"; "Chương" 34 %)
WORD_CAPITALS = 0.15
STRAY_CAPITALS = 5  # times as often in small letters, where the text runs on


def runs_on(slots: list[Slot], i: int, strays: Collection[int] = ()) -> bool:
    """The sentence runs on into slot i: the word before it on its line is in lower case
    with no mark after it, and the word after it (if on its line) is not capitalised, as
    a name's next word would be. (At a line's start a table's cell or a heading without
    a mark before it opens as often.) `strays`: words whose capital may be OCR's, taken
    for small letters beside slot i ("giao Và Các bộ")."""
    slot = slots[i]
    if i == 0 or slot.paragraph_start or slot.token.lead:  # ("và “Sao vàng”": a title)
        return False
    prev = slots[i - 1]
    if prev.seg != slot.seg or prev.token.text != prev.token.core \
            or (word_case(prev.token.core) != "lower" and i - 1 not in strays) \
            or not prev.token.core.isalpha():
        return False
    nxt = slots[i + 1] if i + 1 < len(slots) else None
    return (nxt is None or nxt.seg != slot.seg or i + 1 in strays
            or word_case(nxt.token.core) in ("lower", "none"))


def second_syllable(slots: list[Slot], i: int, lex: Lexicon) -> bool:
    """Slot i is the second syllable of a dictionary word whose first, the word before it
    on its line, is in small letters ("cơ Sở nguyên tắc", "dân Số của"): a name's words are
    capitalised each ("Hà Nội"), a word's second syllable alone never is. ("hội Đoàn" is
    "hội đoàn" as well as "Đại hội Đoàn": the rule is for the capitals OCR takes for small
    letters of their shape, SAME_SHAPE, only)"""
    slot = slots[i]
    if i == 0 or slot.paragraph_start or slot.token.lead:
        return False
    prev = slots[i - 1]
    if prev.seg != slot.seg or prev.token.text != prev.token.core \
            or not prev.token.core.isalpha() or word_case(prev.token.core) != "lower" \
            or parse(prev.token.core) is None:
        return False
    nxt = slots[i + 1] if i + 1 < len(slots) and slots[i + 1].seg == slot.seg else None
    lower = slot.token.core.lower()
    if nxt is not None and (word_case(nxt.token.core) in ("title", "upper") or (
            not slot.token.trail and nxt.token.core.isalpha()
            and (key(lower), key(nxt.token.core.lower())) in lex.words)):
        # a name's next word ("Tổ quốc Việt Nam"), or the word it opens with the next one:
        # a title or a name ("bán thân Chủ tịch", "Chi hội Sinh viên")
        return False
    # a word the corpus capitalises often inside sentences is as often a name's ("mùa
    # Xuân", "từ Chương trình"): only those it seldom capitalises
    return (lex.capitalised_share.get(lower, (1.0, 1.0))[0] <= WORD_CAPITALS
            and (key(prev.token.core), key(lower)) in lex.words)


def capitals_both_sides(slots: list[Slot], i: int, lex: Lexicon) -> bool:
    """The words just before and after slot i on its line are words in capitals (not
    abbreviations: "các PCT UBND tỉnh" prints its "tỉnh" in lower case); at the line's
    start (specks aside: "_ bộ KẾ HOẠCH VÀ ĐẦU TƯ"), the two after it are."""
    def capital_word(j: int) -> bool:
        core = slots[j].token.core
        return (word_case(core) == "upper" and len(core) >= 2
                and core not in lex.abbreviations and parse(core.lower()) is not None)

    seg = slots[i].seg
    before = next((j for j in range(i - 1, -1, -1)
                   if slots[j].seg != seg or slots[j].token.core), None)
    after = [j for j in (i + 1, i + 2) if j < len(slots) and slots[j].seg == seg]
    if before is not None and slots[before].seg == seg:
        return bool(after) and capital_word(before) and capital_word(after[0])
    return len(after) == 2 and all(map(capital_word, after))


# the longest run of words in capitals OCR makes inside a lower-case sentence ("đoàn CƠ SỞ
# giỏi", "nhiệm VỤ CÓ yêu cầu"); a longer one is a name or a title printed so
CAPITALS_RUN = 2


def capitals_run_in_lower(slots: list[Slot], i: int, lex: Lexicon) -> bool:
    """Slot i is a word in capitals in a run of at most CAPITALS_RUN such words inside a
    sentence in lower case: most words of its line in lower case, a word in small letters
    just before or after the run and none in capitals, no mark before it (a title's:
    "“THANH niên"), and each word of the run one the corpus prints in capitals inside
    running text at most RUNNING_CAPITALS of the time and capitalises at most
    WORD_CAPITALS of it ("SỐ", "CÓ", "VỰC"; not a name's word, "VIỆT Nam", a roman
    numeral, an abbreviation or a word it does not know)."""
    seg = slots[i].seg

    def on_line(j: int) -> bool:
        return 0 <= j < len(slots) and slots[j].seg == seg

    def in_capitals(j: int) -> bool:
        core = slots[j].token.core
        return len(core) >= 2 and core.isalpha() and word_case(core) == "upper"

    first = i
    while on_line(first - 1) and in_capitals(first - 1):
        first -= 1
    last = i
    while on_line(last + 1) and in_capitals(last + 1):
        last += 1
    if last - first + 1 > CAPITALS_RUN or slots[first].paragraph_start:
        return False
    for j in range(first, last + 1):
        core = slots[j].token.core
        capitalised, in_capitals_share = lex.capitalised_share.get(core.lower(), (1.0, 1.0))
        if slots[j].token.lead or core in lex.abbreviations or ROMAN.match(core) \
                or capitalised > WORD_CAPITALS or in_capitals_share > RUNNING_CAPITALS:
            return False
    start, stop = first, last + 1
    while on_line(start - 1):
        start -= 1
    while on_line(stop):
        stop += 1
    line = [core for s in slots[start:stop] if len(core := s.token.core) >= 2 and core.isalpha()]
    if 2 * sum(core[0].islower() for core in line) <= len(line):
        return False  # a heading in capitals, a word of it in small letters
    # the words beside the run: on its line, or the next line's first where the sentence
    # runs on; a word opening in a small letter is in lower case ("tỐt VIỆC"), a number
    # or a code says nothing
    beside = [j for j in (first - 1, last + 1) if on_line(j) or (
        j == last + 1 and j < len(slots) and not slots[j].paragraph_start)]
    words = [core for core in (slots[j].token.core for j in beside) if core.isalpha()]
    return (any(core[0].islower() for core in words)
            and not any(word_case(core) == "upper" for core in words))


def may_be_stray(core: str, lex: Lexicon) -> bool:
    """A capitalised word whose capital has the shape of its small letter, that the corpus
    seldom capitalises inside sentences: its capital may be OCR's."""
    shape = word_case(core)
    return (shape in ("title", "upper") and core.isalpha()
            and all(ch in SAME_SHAPE for ch in (core[0] if shape == "title" else core))
            and lex.capitalised_share.get(core.lower(), (1.0, 1.0))[shape == "upper"]
            <= RUNNING_CAPITALS)


def case_corrections(slots: list[Slot], segments: list[Segment], lex: Lexicon,
                     skip: set[int], line_paragraphs: bool = False) -> list[Correction]:
    """`line_paragraphs`: the text is typed a paragraph to a line, not a page OCR read,
    and a capital inside its sentences is the author's."""
    out = []
    # how the text prints each word where its sentences run on: a capital OCR misread
    # is a stray among the word's small letters; a document's own capitals recur
    # ("tham gia Vòng thi Bán kết", "80 năm Cách mạng tháng Tám")
    running: Counter[tuple[str, str]] = Counter()
    runs_into: set[int] = set()  # the shape-alike words a sentence runs on into
    if not line_paragraphs:
        # two such words side by side each stand beside the other's capital
        strays = {i for i, slot in enumerate(slots) if may_be_stray(slot.token.core, lex)}
        for i, slot in enumerate(slots):
            core = slot.token.core
            if core[:1].upper() in SAME_SHAPE and core.isalpha() and runs_on(
                    slots, i, strays):
                running[(core.lower(), word_case(core))] += 1
                runs_into.add(i)
    for i, slot in enumerate(slots):
        core = slot.token.core
        if i in skip or not core or not core.isalpha() or len(core) < 2:
            continue
        lower = core.lower()
        if parse(lower) is None or not lex.attested(lower) or core in lex.abbreviations:
            continue
        shape = word_case(core)
        around = neighbour_cases(slots, i)
        if shape == "mixed":
            if around and all(c == "upper" for c in around):
                fixed, confidence = core.upper(), 0.9
            elif slot.paragraph_start or not around:
                fixed, confidence = lower[:1].upper() + lower[1:], 0.9
            else:
                fixed, confidence = lower, 0.95
            why = "capitals mixed into a word"
        elif shape == "upper" and len(around) >= 2 and all(c == "lower" for c in around[1:3]) \
                and around[0] == "lower" and not slot.paragraph_start and not line_paragraphs \
                and not ROMAN.match(core):  # a roman numeral is printed so ("khóa XI")
            fixed, confidence = lower, 0.85
            why = "a word in capitals amid lower-case words"
        elif shape == "upper" and not line_paragraphs and capitals_run_in_lower(slots, i, lex):
            fixed, confidence = lower, 0.85
            why = "a word in capitals inside a sentence in lower case"
        elif shape == "lower" and all(c == "upper" for c in around) and capitals_both_sides(
                slots, i, lex):
            fixed, confidence = core.upper(), 0.85
            why = "a word in lower case amid capitals"
        elif shape == "title" and core[0] in SAME_SHAPE and not line_paragraphs \
                and second_syllable(slots, i, lex):
            fixed, confidence = lower, 0.85
            why = (f"“{slots[i - 1].token.core} {lower}” is one word, whose second syllable "
                   "takes no capital")
        elif (i in runs_into and may_be_stray(core, lex)
              and running[(lower, "lower")] >= STRAY_CAPITALS * running[(lower, shape)]):
            fixed, confidence = lower, 0.85
            why = "a word printed in lower case where a sentence runs on"
        else:
            continue
        if fixed == core:
            continue
        fix = word_correction("case", slot, segments, 0, core, fixed, confidence,
                              f"“{core}” → “{fixed}”: {why}")
        if fix is not None:
            out.append(fix)
    return out
