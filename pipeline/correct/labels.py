"""List labels repaired from their own sequence.

OCR damages the labels of a list ("a) b) c) đ) e) ) g)"): the fourth lost to a stray
stroke, the sixth lost its letter. A label is changed only where the list's own order
makes it certain: the observed labels are aligned with the expected order (letters in
the Latin or the Vietnamese drafting order, roman or arabic numerals), a missing item
or an extra one costing more than a plausible OCR confusion, and each change is scored
by how much worse the best alignment that keeps the printed label is.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import math
from collections import Counter
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass

import regex
from rapidfuzz.distance import Levenshtein

from vanban.correct.annexes import ANNEX_HEADING, annex_corrections
from vanban.document import Correction, Document
from vanban.labels import (
    CODIFIED,
    LOOSE_CODIFIED,
    ROMAN,
    Label,
    article_keyword,
    roman_value,
    to_roman,
)
from vanban.paragraphs import (
    END_SPECKS,
    LETTERS,
    Widths,
    label_of,
    opens_paragraph,
    quotations,
)
from vanban.syllable import parse
from vanban.text import capital_heading, mostly_upper, strip_accents
from vanban.view import NOTE_OPENING, ReadingView, Segment
from vanban.vocabulary import (
    AUTHORITY_ALTERNATION,
    DIGIT_FOR,
    DIGIT_LETTERS,
    LABEL_LOOK_ALIKES,
    LETTERS_AS_DIGITS,
    ONE_LIKE,
    ROMAN_FOR,
    ROMAN_TWO,
    opens_recipients,
)

LATIN = list("abcdefghijklmnopqrstuvwxyz")
# the order of the legal-drafting rules: no f, j, w, z; đ after d
VIETNAMESE = list(LETTERS)
ROMANS = [to_roman(i) for i in range(1, 40)]
NUMBERS = [str(i) for i in range(1, 100)]

SKIP = 1.0  # an item of the order missing from the list
CLEAN_DIGIT = 1.1  # a number read as another that looks nothing like it
RUN_COST = 0.5  # per label, at most, to repair a list none of whose labels was read right
DAMAGED_RUN_COST = 0.75  # the same where none of its labels is a label of its kind
EXTRA = 1.5  # a label that takes no place in the order
AGENCY_OPENERS = ("Sở ", "Ban ", "Bộ ", "Cục ", "Chi cục ", "Trung tâm ", "UBND ", "Ủy ban ",
                  "Uỷ ban ", "Công an ", "Viện ", "Vụ ", "Văn phòng ", "Đài ", "Báo ", "Hội ",
                  "Liên đoàn ", "Kho bạc ", "Ngân hàng ", "Thanh tra ", "Tòa án ", "Toà án ",
                  "Đoàn ", "Tỉnh đoàn", "Thành đoàn", "Mặt trận ", "Các sở", "Các cơ quan")


@dataclass
class Item:
    seg: Segment
    label: Label


def label_corrections(view: ReadingView,
                      dash_compounds: Callable[[], Collection[tuple[str, str]]] = frozenset
                      ) -> list[Correction]:
    """`dash_compounds`: the word pairs a printed dash joins in names, in lower case
    without diacritics (asked for only where a dash may be a speck)."""
    doc, segments, widths = view.doc, view.segments, view.widths
    items: list[Item] = []
    labels: list[Label | None] = []
    prev = None
    for seg in segments:
        label = label_of(prev, seg, doc, widths)
        labels.append(label)
        if label is not None:
            items.append(Item(seg, label))
        prev = seg
    # the labels of a quotation ("“3. …" in an amendment, and the items after it) are
    # numbered in another document's sequence: each quotation's lists are repaired on
    # their own, and neither counted in the document's lists nor counting them
    quote_of = dict(zip(map(id, segments), quotations(segments, labels), strict=True))
    groups: dict[int, list[Item]] = {0: []}
    for it in items:
        groups.setdefault(0 if speck_quote(it) else quote_of[id(it.seg)], []).append(it)
    # the topics and headings a codified text's articles print are the whole text's, a
    # quotation's articles' too (a note's opening quote OCR read, never closed)
    prefixes = codified_prefixes(items)
    out = own_label_corrections(doc, segments, widths, groups.pop(0), prefixes)
    for quoted in groups.values():
        out += list_corrections(fix_items(quoted), prefixes)
    openers = quote_openers(segments, quote_of)
    out += named_point_corrections(segments, labels, quote_of, openers)
    # (a label repaired or inferred from its list's order is rewritten with the specks or
    # the dash before it)
    mended = {(c.line, c.start) for c in out}
    out += speck_bullet_corrections(doc, segments, labels, widths, mended)
    mended = {(c.line, c.start) for c in out}
    return (out + annex_corrections(segments) + speck_dash_corrections(segments, labels, mended)
            + wrapped_dash_corrections(doc, segments, widths, mended, dash_compounds)
            + speck_prefix_corrections(segments, labels, mended, openers)
            + one_read_as_word_corrections(segments, labels))


# "1." read as a small word: its 1 as an l (or I), its period as the mark under or over
# the letter after it ("lệ Thông tư này …", "lộ Nghị định này …", "lế Người lao động …")
ONE_AS_WORD = regex.compile(r"^(?P<one>[lI|][^\s\p{Lu}\d]{1,2})\s+(?=\p{Lu}\p{Ll})")
# the labelled segments after it that may come before its list's "2."
ONE_LOOKS_AHEAD = 8


def one_read_as_word_corrections(segments: list[Segment], labels: list[Label | None]
                                 ) -> list[Correction]:
    """An article's first clause whose "1." OCR read as a small word: the paragraph just
    under the article's heading opens with it, in small letters before a capital (no
    sentence opens so), and the article's next label is "2."."""
    out = []
    for k in range(1, len(segments)):
        seg = segments[k]
        if labels[k] is not None or (m := ONE_AS_WORD.match(seg.text)) is None:
            continue
        # the heading's line, or the one its title wraps onto ("… ở nước" / "ngoài theo
        # hợp đồng")
        h = k - 1
        if labels[h] is None and h > 0 and not segments[h].text.rstrip().endswith(
                (".", ";", ":")):
            h -= 1
        if labels[h] is None or labels[h].kind != "article":
            continue
        after = next((label for label in labels[k + 1:k + 1 + ONE_LOOKS_AHEAD]
                      if label is not None), None)
        if after is None or after.kind != "number" or after.text != "2":
            continue
        where = seg.to_original(0, m.end("one"))
        if where is None:
            continue
        out.append(Correction(
            stage="correct", kind="label", line=seg.line, start=where[0], end=where[1],
            before=m.group("one"), after="1.", confidence=0.8,
            reason=f"“{m.group('one')} {seg.text[m.end():][:20]}…”: the first clause of "
                   "the article, whose next is 2.; OCR read its “1.” as a word"))
    return out


# what may stand before a label as printed: a quotation's opening quote ("“3. …" in an
# amendment) or a parenthesis
PRINTED_BEFORE_LABEL = set("“\"'‘(")
OPENING_BEFORE_LABEL = regex.compile(r"[“\"]\s?$")


def quote_openers(segments: list[Segment], quote_of: dict[int, int]) -> set[int]:
    """The segments (by id) a quotation opens on."""
    out, before = set(), 0
    for seg in segments:
        quote = quote_of[id(seg)]
        if quote and quote != before:
            out.add(id(seg))
        before = quote
    return out


def speck_prefix_corrections(segments: list[Segment], labels: list[Label | None],
                             mended: set[tuple[int, int]], openers: Collection[int] = ()
                             ) -> list[Correction]:
    """The specks OCR put before a label the list reading takes ("- Điều 1.", "_2.",
    "-_ đ)", ".34."): a label opens its line, nothing but a quotation's quote stands
    before it; where a quotation opens on the line (`openers`), the specks are what OCR
    read for its quote. `mended`: (line, start) of the corrections made already, which
    may hold the specks."""
    out = []
    for seg, label in zip(segments, labels, strict=True):
        if label is None or label.start == 0 or seg.starts[0] != 0:
            continue
        specks = seg.text[:label.start]
        if opening := OPENING_BEFORE_LABEL.search(specks):  # "-_ “Điều 59.": a quotation
            specks = specks[:opening.start()].rstrip()
            if not specks:
                continue
        if any(ch.isalnum() or ch in PRINTED_BEFORE_LABEL for ch in specks):
            continue
        fix = speck_deletion(seg, 0, len(seg.text) - len(seg.text[len(specks):].lstrip()),
                             mended,
                             f"specks before the label “{label.text}”: a label opens its line")
        if fix is not None and id(seg) in openers and not opening:
            fix = dataclasses.replace(
                fix, after="“", confidence=0.75,
                reason=f"specks before the label “{label.text}”, which opens the quotation "
                       "the line before introduces: its opening quote, as OCR read it")
        if fix is not None:
            out.append(fix)
    return out


# the points an amending clause names before it quotes them: "Sửa đổi, bổ sung điểm b,
# điểm c, điểm d khoản 2 Điều 9 như sau:", "… điểm a và b khoản 1 …"
NAMED_POINTS = regex.compile(r"\bđiểm\s+((?:[a-zđ](?:\s*(?:,|và)\s*(?:điểm\s+)?)?)+)"
                             r"(?=\s+(?:khoản|Điều|của|như)\b)")
NAMED_POINT_CONFIDENCE = 0.85


def named_point_corrections(segments: list[Segment], labels: list[Label | None],
                            quote_of: dict[int, int], openers: Collection[int] = ()
                            ) -> list[Correction]:
    """The quotations an amending clause introduces open with the points it names, in its
    order: "điểm b, điểm c, điểm d … như sau:" / "“b) …” “c) …” “đ) …": the third is d, its
    letter read as the look-alike đ (a quotation alone has no list to tell it)."""
    out = []
    for k, seg in enumerate(segments):
        named = NAMED_POINTS.search(seg.text) if seg.text.rstrip().endswith(":") else None
        if named is None or quote_of[id(seg)] != 0:
            continue
        letters = regex.findall(r"\b[a-zđ]\b", named.group(1))
        # the points quoted after it, up to the clause's next sibling
        quoted: list[tuple[Segment, Label]] = []
        for later, label in zip(segments[k + 1:], labels[k + 1:], strict=True):
            if label is None:
                continue
            # (or its quote read as a speck: the quotation opens on the line all the same;
            # or lost, where the next point named stands, its letter read in capitals or
            # as a look-alike: "C) Trưởng đoàn …" after "“b) …;”")
            if regex.search(r"[“\"]", later.text[:label.start]) or id(later) in openers or (
                    label.kind == "letter" and len(quoted) < len(letters)
                    and named_as(label.text, letters[len(quoted)])):
                if label.kind == "letter":
                    quoted.append((later, label))
            elif quote_of[id(later)] == 0:
                break  # the document's own next unit: the clause's quotations have ended
        if len(quoted) != len(letters):
            continue
        for (later, label), want in zip(quoted, letters, strict=True):
            seen = label.text
            if seen == want or not named_as(seen, want):
                continue
            at = later.text.find(seen, label.start)
            where = later.to_original(at, at + len(seen)) if at >= 0 else None
            if where is None:
                continue
            out.append(Correction(
                stage="correct", kind="label", line=later.line, start=where[0], end=where[1],
                before=seen, after=want, confidence=NAMED_POINT_CONFIDENCE,
                reason=f"the amending clause names point {want} (“{named.group().strip()}”) "
                       f"and quotes it here: “{seen})” is its look-alike"))
    return out


def named_as(seen: str, want: str) -> bool:
    """A point's letter as read is the one named: itself, in capitals, or a look-alike."""
    return seen.lower() == want or frozenset((seen, want)) in LABEL_LOOK_ALIKES


# specks OCR read for a dash before a capitalised word ("_= Trong …", "° ~ Thông tư …"): a
# run of marks that holds a dash-like stroke
SPECK_RUN = regex.compile(r"^(?:(?:[^\w\s“”\"'(\[]|_)\s?){1,4}(?=\p{Lu}\p{Ll})")
# (not "-": a dash with specks, "-_ ", is the margin's specks as often as an item's dash)
DASH_STROKES = set("=~—–")


def speck_bullet_corrections(doc: Document, segments: list[Segment],
                             labels: list[Label | None], widths: Widths,
                             mended: set[tuple[int, int]]) -> list[Correction]:
    """A paragraph that opens with specks holding a dash-like stroke before a capitalised
    word, where the list item before or after it is a dash's, is a dash item: OCR read its
    dash as specks ("- Thông tư này được đăng …" / "_= Trong quá trình thực hiện …").
    `mended`: (line, start) of the corrections made already."""
    out = []
    labelled = [k for k, label in enumerate(labels) if label is not None]
    for k, (seg, label) in enumerate(zip(segments, labels, strict=True)):
        if k == 0 or label is not None or seg.starts[0] != 0:
            continue
        run = SPECK_RUN.match(seg.text)
        if run is None or not DASH_STROKES & set(run.group()) or "-" in run.group():
            continue
        prev = segments[k - 1]
        if not (seg.blank_before or prev.text.rstrip().endswith((".", ";", ":", ")"))
                or widths.short(doc, prev)):
            continue  # a sentence wrapped: its specks are the word correction's
        at = bisect.bisect_left(labelled, k)
        neighbours = [labels[j] for j in labelled[max(at - 1, 0):at + 1]]
        if not any(n.kind == "bullet" and n.text == "-" for n in neighbours):
            continue
        where = seg.to_original(0, run.end())
        if where is None or (seg.line, where[0]) in mended:
            continue
        out.append(Correction(
            stage="correct", kind="label", line=seg.line, start=where[0], end=where[1],
            before=run.group(), after="- ", confidence=0.8,
            reason="a dash item beside dash items, its dash read as specks "
                   f"(“{run.group().strip()}”)"))
    return out


# how many lines either side of a dash line hold no other dash line, for it to be alone
ISOLATED_DASH = 4


def is_dash(label: Label | None) -> bool:
    return label is not None and label.kind == "bullet" and label.text == "-"


def lone_dash(dash_lines: list[int], line: int) -> bool:
    """No dash line but `line` itself within ISOLATED_DASH lines of it (`dash_lines`
    sorted)."""
    at = bisect.bisect_left(dash_lines, line - ISOLATED_DASH)
    return all(other == line for other in dash_lines[at:bisect.bisect_right(
        dash_lines, line + ISOLATED_DASH)])


def speck_dash_corrections(segments: list[Segment], labels: list[Label | None],
                           mended: set[tuple[int, int]]) -> list[Correction]:
    """A dash opening a line that goes on with a sentence in lower case, where the list
    reading takes it for no bullet (the line before is no list's: it ends with no colon or
    semicolon), is a speck OCR read in the margin ("… chủ trương," / "- chính sách của
    Đảng"). A dash printed inside a sentence that wrapped stands before a number or a name
    ("2016" / "- 2020", "Bộ Văn hóa" / "- Thông tin"), never before a word in lower case.
    Where the line before does open a list, a dash with no other dash line near it
    (ISOLATED_DASH lines either side) is no list's either: a list of one item in lower
    case is rare in print (93 of the corpus's ~36,700 dash lines), a margin speck common.
    `mended`: (line, start) of the corrections made already."""
    out = []
    dash_lines = sorted(seg.line for seg in segments if is_dash(seg.label))
    for k, (seg, label) in enumerate(zip(segments, labels, strict=True)):
        printed = seg.label
        if k == 0 or not is_dash(printed):
            continue
        rest = seg.text[printed.end:]
        if not rest[:1].islower() or not rest[:1].isalpha():
            continue
        if label is None:
            reason = ("a dash before a line that goes on with a sentence in lower case, "
                      "after a line that opens no list: a speck in the margin, no bullet")
        elif lone_dash(dash_lines, seg.line):
            reason = ("a dash before a line in lower case with no other dash line near it: "
                      "a speck in the margin, no list of one item")
        else:
            continue
        fix = speck_deletion(seg, printed.start, printed.end, mended, reason)
        if fix is not None:
            out.append(fix)
    return out


# a dash before a capitalised word, after a line the sentence wrapped from
WRAPPED_DASH = regex.compile(r"^[-–]\s+(?=\p{Lu}\p{Ll})")
# (below the dash specks' 0.9: a name the lexicon lacks may print such a dash)
WRAPPED_DASH_SPECK = 0.8


def wrapped_dash_corrections(doc: Document, segments: list[Segment], widths: Widths,
                             mended: set[tuple[int, int]],
                             dash_compounds: Callable[[], Collection[tuple[str, str]]]
                             ) -> list[Correction]:
    """A dash opening a line whose sentence the line before left unfinished: it runs to the
    margin and ends with a word, no mark ("… của phường Trung" / "- Kiên, phường …", "…
    của Bộ trưởng Bộ" / "- Công Thương"). An item's dash follows a line that ends a clause
    or stops short, so this one is a speck OCR read in the margin (an empty line OCR put
    between them changes nothing), unless the words either side are a name's that prints
    a dash between them ("Bộ Văn hóa" / "- Thông tin")."""
    out = []
    for prev, seg in itertools.pairwise(segments):
        if prev.column != seg.column or (dash := WRAPPED_DASH.match(seg.text)) is None:
            continue
        # (or a name's dash ends the line before, and OCR read it again at this one's start:
        # "… cơ quan Lao động -" / "- Thương binh và Xã hội …")
        ended = prev.text.rstrip()
        if ended[-1:] in "-–" and ended[-2:-1] == " " and ended[:-1].rstrip()[-1:].isalpha() \
                and len(prev.text.split()) >= 4 and not mostly_upper(prev.text):
            fix = speck_deletion(seg, 0, dash.end(), mended,
                                 "a dash opening a line after one that ends with a dash: the "
                                 "same dash read twice, no bullet", WRAPPED_DASH_SPECK)
            if fix is not None:
                out.append(fix)
            continue
        if (not prev.text.rstrip()[-1:].isalpha()
                or widths.short(doc, prev) or mostly_upper(prev.text)):
            continue
        left = strip_accents(prev.text.split()[-1]).lower()
        right = strip_accents(seg.text[dash.end():].split()[0]).lower().rstrip(",.;:")
        if (left, right) in dash_compounds():
            continue
        fix = speck_deletion(seg, 0, dash.end(), mended,
                             "a dash opening a line after one that runs to the margin and "
                             "ends in the middle of a sentence: a speck in the margin, no "
                             "bullet", WRAPPED_DASH_SPECK)
        if fix is not None:
            out.append(fix)
    return out


def speck_deletion(seg: Segment, start: int, end: int, mended: set[tuple[int, int]],
                   reason: str, confidence: float = 0.9) -> Correction | None:
    """The correction that deletes text[start:end] of a line's label, a speck; None where an
    edit already changed it or a correction made already starts there (`mended`)."""
    where = seg.to_original(start, end)
    if where is None or (seg.line, where[0]) in mended:
        return None
    return Correction(stage="correct", kind="label", line=seg.line, start=where[0],
                      end=where[1], before=seg.text[start:end], after="",
                      confidence=confidence, reason=reason)


def fix_items(items: list[Item]) -> list[Item]:
    """Labels read as something else, told by their neighbours ("l." among numbers)."""
    items = [misread_one(it, items) for it in items]
    items = eleven_in_a_list(items)
    items = one_or_roman_one(items)
    return letter_for_digit(digit_for_letter(items))


def list_corrections(items: list[Item], prefixes: list[str]) -> list[Correction]:
    """Each list's labels repaired from its own sequence; headings' keywords mended.
    `prefixes`: the codified topics and headings the document prints."""
    out: list[Correction] = []
    letter_runs = runs(items, "letter")
    alphabet = pick_alphabet(letter_runs)
    for run in letter_runs:
        out += sequence_corrections(run, alphabet, "letter")
    for run in runs(items, "roman"):
        out += sequence_corrections(run, ROMANS, "roman")
    for run in runs(items, "number"):
        out += sequence_corrections(run, NUMBERS, "number")
    for run in runs(items, "decimal"):
        # (each depth counts on its own: "2.1.1." among "2.1." "2.2." "2.4." is no 2.3)
        for depth in sorted({decimal_depth(it) for it in run}):
            level = [it for it in run if decimal_depth(it) == depth]
            out += sequence_corrections(level, decimal_order(level), "decimal")
    codified = bool(prefixes)
    out += chapter_corrections(items, codified=codified)
    for chapter in chapter_spans(items):
        out += chapter_corrections(chapter, "section")
    out += odd_bullet_corrections(items)
    out += article_keyword_corrections(items)
    out += article_sequence_corrections(items)
    out += codified_corrections(items, prefixes)
    return out


def own_label_corrections(doc: Document, segments: list[Segment], widths: Widths,
                          items: list[Item], prefixes: list[str]) -> list[Correction]:
    """The document's own lists: labels lost or misread, and each list's sequence."""
    items, out = dot_lost(fix_items(items))
    # a numeral lost between two headings, inferred before the sequence is repaired, so
    # that "I." … "III." is not read as "II." misprinted; so an item's number lost
    # between its siblings, where its words open as theirs do
    inferred = (lost_romans(segments, items) + lost_numbers(doc, segments, items, widths)
                + lost_letters(segments, items)
                + codified_by_note(segments, items, prefixes)
                + lost_articles(segments, items) + lost_first_article(doc, segments, items)
                + lost_chapters(segments, items) + lost_first_chapter(segments, items)
                + chapter_after_articles(segments, items)
                + lost_article_keyword_one(segments, items)
                + lost_parents(segments, items) + lost_one_decimal(segments, items)
                + place_split_by_note(segments, items))
    out += [c for _, c in inferred]
    if inferred:
        replaced = {id(it.seg) for it, _ in inferred}
        order = {id(seg): k for k, seg in enumerate(segments)}
        items = sorted([it for it in items if id(it.seg) not in replaced]
                       + [it for it, _ in inferred], key=lambda it: order[id(it.seg)])
    # (a label mended already, its dot put back, is not mended again by its list's order)
    mended = {(c.line, c.start) for c in out}
    out += [c for c in list_corrections(items, prefixes) if (c.line, c.start) not in mended]
    out += lost_dash_corrections(doc, segments, items, widths)
    out += lost_first_bullet(segments, items)
    return out


def speck_quote(item: Item) -> bool:
    """A straight quote OCR put before a heading is a speck, not a quotation: before a
    chapter heading alone on its line ("\"Chương +"), or a roman heading in capitals that
    no quote closes ("\"II. THỜI GIAN, ĐỊA ĐIỂM")."""
    before, after = item.seg.text[:item.label.start], item.seg.text[item.label.end:]
    if "“" in before:
        return False
    if item.label.kind == "chapter":
        return not after.strip()
    return (item.label.kind == "roman" and mostly_upper(after, 0.9)
            and not regex.search(r"[”\"]", after))


# an article's number as OCR reads its digits: "Điều I:", "Diêu L.", "Điêu ].", "Điều ì."
ARTICLE_DIGITS = {**LETTERS_AS_DIGITS, **str.maketrans("L[]!ìíïĩỉịÌÍÏĨỈỊ", "1111111111111111")}

PARENTS = {
    "letter": {"part", "chapter", "section", "article", "roman", "number", "decimal"},
    "decimal": {"part", "chapter", "section", "article", "roman", "number"},
    "number": {"part", "chapter", "section", "article", "roman"},
    "roman": {"part", "chapter", "section", "article"},
}


def runs(items: list[Item], kind: str) -> list[list[Item]]:
    """The lists of one kind of label, each under its own parent heading."""
    out: list[list[Item]] = []
    current: list[Item] = []
    # chapters numbered in arabic after the first roman heading are a described text's
    # ("b) Bố cục đề án:" / "Chương 1: Thông tin chung"), not the document's own: its roman
    # headings count on through them
    first_roman = next((k for k, it in enumerate(items) if it.label.kind == "roman"), None)
    for k, item in enumerate(items):
        if (kind == "roman" and first_roman is not None and k > first_roman
                and item.label.kind == "chapter" and item.label.text.split()[-1].isdigit()):
            continue
        if item.label.kind in PARENTS[kind]:
            if current:
                out.append(current)
            current = []
        elif item.label.kind == kind:
            # (so does a "1." read as its look-alike before a "2." read clean: "I. Việc …")
            if kind == "number" and item.label.text in ONE_LIKE and current and (
                    (item.label.text == "1" and not item.label.damaged)
                    or clean_two_next(items, k)) and not bridges(items, k, current[-1]):
                out.append(current)  # a list starts again: its parent heading was lost
                current = []
            # (so a list of points: an "a)" after its "d)", a "b)" next: "ä} Tổ chức …" /
            # "b) Xây dựng …" under an item whose label OCR lost)
            elif kind == "letter" and current and points_again_at(current[-1], item) and next(
                    (observed(it, kind) for it in items[k + 1:]
                     if it.label.kind in ("letter", *PARENTS["letter"])), None) == "b":
                out.append(current)
                current = []
            current.append(item)
    if current:
        out.append(current)
    return out


def points_again_at(before: Item, item: Item) -> bool:
    """Point `item` ("a)", or "ä)" as OCR reads it) starts its list again after `before`."""
    return (observed(item, "letter") in ("a", "ä")
            and observed(before, "letter") not in ("a", "ä"))


def bridges(items: list[Item], k: int, last: Item) -> bool:
    """A "1." between "18." and "20.", "21." stands for 19 (a digit lost): the list goes
    on (two after it, for a "4." after "2." and "1." may be a "2." misread)."""
    following = [it.label.text for it in items[k + 1:] if it.label.kind == "number"][:2]
    return (len(following) == 2 and last.label.text.isdigit()
            and all(text.isdigit() for text in following) and int(last.label.text) >= 2
            and [int(text) for text in following] == [int(last.label.text) + 2,
                                                      int(last.label.text) + 3])


def clean_two_next(items: list[Item], k: int) -> bool:
    """The number label after item k is a "2." read clean: with it, a damaged "1." ("_1,")
    starts a list again, as a clean one does."""
    following = next((it for it in items[k + 1:] if it.label.kind == "number"), None)
    return following is not None and following.label.text == "2" and not following.label.damaged


def observed(item: Item, kind: str) -> str:
    text = item.label.text
    if kind == "decimal":
        return text.replace(",", ".").replace(":", ".").replace("/", ".")
    return text.lower() if kind == "letter" and len(text) == 1 else text


def decimal_depth(item: Item) -> int:
    """How many numbers a sub-item's label holds ("2.1": 2, "2.1.1": 3)."""
    return observed(item, "decimal").strip(".").count(".") + 1


def decimal_order(run: list[Item]) -> list[str]:
    """The decimals a run of sub-items counts through: its most common prefix ("2." of
    "2.1", "2.2" …), from 1."""
    prefixes = [observed(it, "decimal").translate(DIGIT_FOR).rsplit(".", 1)[0] for it in run]
    prefix = max(set(prefixes), key=lambda p: (prefixes.count(p), -prefixes.index(p)))
    return [f"{prefix}.{k}" for k in range(1, 100)]


def substitution(seen: str, want: str, kind: str) -> float:
    if seen == want:
        return 0.0
    if not seen:
        return 0.4  # the label lost its letter: ")"
    if frozenset((seen, want)) in LABEL_LOOK_ALIKES:
        return 0.3 if {seen, want} == {"d", "đ"} else 0.5
    if kind == "decimal":
        if seen.translate(DIGIT_FOR) == want:
            return 0.3
        if one_digit_misread(seen, want):
            return 0.5
        return 2.2  # a well-formed sub-item: it is likelier that two before it were lost
    if kind == "roman":
        if want == "II" and (seen in ROMAN_TWO or seen.translate(ROMAN_FOR) in ROMAN_TWO):
            return 0.3  # "IH", "H", "Il", "1L" …
        if seen.translate(ROMAN_FOR) == want or (
                "H" in seen and seen.translate(ROMAN_FOR).replace("H", "II") == want):
            return 0.3  # "[II" for "III", "HI" for "III" (an H is two strokes)
        if len(seen) < len(want) and set(seen) <= set(want):
            # a stroke lost ("II" for "III") is likelier than one added
            return min(0.9, 0.25 * Levenshtein.distance(seen, want))
        return min(0.9, 0.35 * Levenshtein.distance(seen, want))
    if kind == "number" and seen[:-1].isdigit() and seen[-1:].isalpha():
        return 2.0  # "3a.": a clause inserted after clause 3, printed as such
    if kind == "number" and seen.translate(DIGIT_FOR) == want:
        return 0.3  # "I0" for "10"
    if kind == "number" and one_digit_misread(seen, want):
        return 0.5
    if (kind == "number" and seen.isdigit() and want.isdigit() and len(seen) != len(want)
            and not (digit_lost(seen, want) or digit_lost(want, seen))):
        # "5." for "10.": OCR does not turn a clean number into one of another length;
        # a list numbered again (an inner list whose quotation was not seen) is likelier
        return 2.2
    if kind == "number" and seen.isdigit() and want.isdigit():
        # "6." for "4.": a clean digit that looks like none other is read right as often
        # as an item is lost (its neighbours' labels say which)
        return CLEAN_DIGIT
    return 0.9


def digit_lost(short: str, long: str) -> bool:
    """`short` is `long` with one digit lost ("1" for "12", "2" for "12")."""
    return len(long) == len(short) + 1 and any(
        long[:k] + long[k + 1:] == short for k in range(len(long)))


def one_digit_misread(seen: str, want: str) -> bool:
    """The two differ in one character only, a look-alike of the other ("3" for "8")."""
    if len(seen) != len(want):
        return False
    diff = [(a, b) for a, b in zip(seen, want, strict=True) if a != b]
    return len(diff) == 1 and frozenset(diff[0]) in LABEL_LOOK_ALIKES


def margin_confidence(margin: float) -> float:
    """How sure a repair is, from how much worse the best reading keeping the label is."""
    return min(0.97, 1 - 0.5 * math.exp(-1.2 * margin))


def align(seen: list[str], order: list[str], kind: str,
          fixed: tuple[int, str] | None = None) -> tuple[float, list[int | None]]:
    """Least-cost alignment of the labels with the order; slot of each label (None: extra).

    `fixed` = (i, label) forbids any change to label i, to price the alternative.
    """
    n, m = len(seen), min(len(order), len(seen) * 2 + 4)
    inf = math.inf
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int, int | None] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            c = cost[i][j]
            if c == inf:
                continue
            if j < m and c + SKIP < cost[i][j + 1]:
                cost[i][j + 1], back[i][j + 1] = c + SKIP, (i, j, None)
            if i < n:
                if c + EXTRA < cost[i + 1][j]:
                    cost[i + 1][j], back[i + 1][j] = c + EXTRA, (i, j, None)
                if j < m:
                    if fixed is not None and fixed[0] == i and order[j] != fixed[1]:
                        continue
                    s = c + substitution(seen[i], order[j], kind)
                    if s < cost[i + 1][j + 1]:
                        cost[i + 1][j + 1], back[i + 1][j + 1] = s, (i, j, j)
    end = min(range(m + 1), key=lambda j: cost[n][j])
    slots: list[int | None] = [None] * n
    i, j = n, end
    while back[i][j] is not None:
        pi, pj, slot = back[i][j]
        if pi != i and slot is not None:
            slots[pi] = slot
        i, j = pi, pj
    return cost[n][end], slots


def pick_alphabet(letter_runs: list[list[Item]]) -> list[str]:
    """The order the document itself follows: whichever explains its lists at less cost."""
    latin = vietnamese = 0.0
    for run in letter_runs:
        seen = [observed(it, "letter") for it in run]
        latin += align(seen, LATIN, "letter")[0]
        vietnamese += align(seen, VIETNAMESE, "letter")[0]
    return LATIN if latin < vietnamese else VIETNAMESE


def sequence_corrections(run: list[Item], order: list[str], kind: str) -> list[Correction]:
    seen = [observed(it, kind) for it in run]
    best, slots = align(seen, order, kind)
    # a quoted clause alone in its quotation is numbered in the document it amends ("“5,
    # Khi triển khai …"): its mark, damaged, is mended as its number reads
    quoted_alone = (len(run) == 1 and run[0].label.damaged and seen[0] in order
                    and opens_quotation(run[0]))
    if quoted_alone:
        slots = [order.index(seen[0])]
    anchors = sum(1 for label, slot in zip(seen, slots, strict=True)
                  if slot is not None and order[slot] == label)
    # (a list of one item is its first: "L. Công tác tuyên truyền" under "II." is "1.";
    # an "I." alone may be the roman heading it reads as, which its neighbours decide)
    # a lone "[." or "¡." before a heading in capitals is "I."; a lone label read through
    # damage that is its list's first ("2:1." for "2.1.") is mended as it reads
    # the list's first number read as its look-alike ("I." for "1.")
    first_look_alike = (kind == "number" and seen[0] not in order
                        and seen[0].translate(DIGIT_FOR) == order[0])
    first_alone = len(run) == 1 and (
        (first_look_alike and (seen[0] != "I" or run[0].label.damaged))
        # (not "1." or "l.", which may as well be the first of a list of numbers)
        or (kind == "roman" and seen[0] != order[0] and seen[0].translate(ROMAN_FOR) == order[0]
            and not (seen[0].isascii() and seen[0].isalnum()))
        or (run[0].label.damaged and seen[0] == order[0]) or quoted_alone)
    # (a run none of whose labels is one is read at a higher cost: keeping it explains
    # nothing, "l." "HH," are I and II)
    per_label = DAMAGED_RUN_COST if not any(label in order for label in seen) else RUN_COST
    if (len(run) < 2 and not first_alone) or (anchors == 0 and (
            best > per_label * len(run) or all(label in order for label in seen))):
        # a list seen in part, or not at all in order, shows nothing to repair; with no
        # label read right, only a sequence none of whose labels is one ("1." "IH." for
        # "I." "II.") is repaired, never a run of real labels shifted ("II." "III.")
        if len(run) < 2 or not first_look_alike:
            return []
        # but a list's first number read as its look-alike ("I." "4." for "1." "2.") is
        # its 1 whatever the rest
        slots = [0] + [None] * (len(run) - 1)
    out = []
    upper_points = sum(it.label.text.isupper() for it in run)
    for i, (item, slot) in enumerate(zip(run, slots, strict=True)):
        case_damaged = kind == "letter" and item.label.text.isupper() != (
            upper_points * 2 > len(run))  # "C)" among "a)" "b)" "d)"
        if slot is None or (order[slot] == seen[i] and not item.label.damaged
                            and not case_damaged):
            continue
        want = order[slot]
        # a quotation's opening quote stays ("“2." for "“Z."), other specks go
        lead = item.label.start if opens_quotation(item) else 0
        printed = item.seg.text[lead:item.label.end].rstrip()
        mark = printed[item.label.start - lead + len(item.label.text):].strip()
        if item.label.damaged or mark not in MARKS[kind]:
            mark = MARKS[kind][0]
        if kind == "letter" and upper_points * 2 > len(run):
            want = want.upper()  # the document's own points are capitals: "A)", "B)"
        if want + mark == printed:
            continue
        where = item.seg.to_original(lead, lead + len(printed))
        if where is None:
            continue
        neighbours = ", ".join(order[max(slot - 1, 0):slot + 2])
        if order[slot] == seen[i]:  # the right item, its label read through damage
            confidence = 0.9 if anchors >= 2 else 0.75
            why = f"item {slot + 1} of its list ({neighbours} …), its label damaged by OCR"
        else:
            alternative = align(seen, order, kind, fixed=(i, seen[i]))[0]
            margin = alternative - best
            confidence = margin_confidence(margin)
            why = (f"item {slot + 1} of its list ({neighbours} …); keeping “{printed}” "
                   f"would cost {margin:.1f} more in the list's order")
        # (a label glued to its heading gets its space back: "HLTỔ CHỨC", "JV„PHÂN CÔNG")
        glued = item.seg.text[lead + len(printed):lead + len(printed) + 1].isalpha()
        out.append(Correction(
            stage="correct", kind="label", line=item.seg.line, start=where[0], end=where[1],
            before=printed, after=want + mark + " " * glued, confidence=round(confidence, 3),
            reason=why))
    return out


def opens_quotation(item: Item) -> bool:
    """The item's label opens a quotation: an opening quote alone before it."""
    return item.seg.text[:item.label.start].strip() == "“"


# the marks a label of each kind is printed with, the usual one first
MARKS = {"letter": (")",), "roman": (".",), "number": (".", ")"), "decimal": (".", "", ":")}


def one_or_roman_one(items: list[Item]) -> list[Item]:
    """"I." and "1." look alike in a scan: a label that may be either is the first of the
    list that follows it. The next label that tells (a roman "II." however damaged, or a
    "2." or a "1.x" sub-item) decides; a capitalised heading leans roman."""
    out = list(items)
    for k, item in enumerate(items):
        label = item.label
        heading = capital_heading(item.seg.text[label.end:])
        # (an "L." opening a sentence is a "1." too; before a heading it is a damaged "I.";
        # a roman heading is printed with a period, not a bracket: "1)" among points is
        # their i or l, digit_for_letter's)
        if label.kind not in ("roman", "number") or not (
                label.text in ONE_LIKE or (label.text == "L" and not heading)) or bracketed(item):
            continue
        verdict = None
        nxt = items[k + 1] if k + 1 < len(items) else None
        if nxt is not None and nxt.label.text in ONE_LIKE and (
                nxt.label.kind == "number" or (nxt.label.kind == "roman" and not heading)):
            # a heading whose list starts under it: "I." / "1.", or "I." / "I." where the
            # second "1." is read as the first
            verdict = "roman"
        nested = False  # a list of numbers opened under the label: its "2." is no sibling
        # (after a roman I, "[. Chỉ tiêu 1" / "1. Cách thức …", the "II." that follows is
        # that one's sibling: it says nothing of this label)
        last_roman = next((it for it in reversed(items[:k]) if it.label.kind == "roman"), None)
        one_before = last_roman is not None and (
            last_roman.label.text.translate(ROMAN_FOR) == "I")
        for later in items[k + 1:] if verdict is None else ():
            lk, lt = later.label.kind, later.label.text
            if lk in ("part", "chapter", "section", "article"):
                break
            if lk == "roman" and lt in ROMAN_TWO:
                if one_before:
                    break
                verdict = "roman"
            elif (lk == "number" and lt in ONE_LIKE) or (
                    lk == "roman" and lt in ONE_LIKE | {"L"}
                    and not capital_heading(later.seg.text[later.label.end:])) or (
                    heading and lk == "number"
                    and not capital_heading(later.seg.text[later.label.end:])):
                # ("L. Cách thức …": a "1." opening a sentence; under a heading in
                # capitals, "2. Yêu cầu" in sentence case is an item of its list)
                nested = True
            elif not nested and ((lk == "number" and lt == "2") or (
                    lk == "decimal"
                    and observed(later, "decimal").translate(DIGIT_FOR)[:2] == "1.")):
                verdict = "number"
            elif not nested and not heading and lk == "number" and lt in ("3", "4"):
                # ("L. Tiếp tục …" / "+, Chỉ đạo …" / "3. Đôn đốc …": its "2." read as a
                # sign, the next number its list's own)
                verdict = "number"
            if verdict:
                break
        if verdict is None and not heading and label.kind == "roman" and 0 < k < len(items) - 1 \
                and all(it.label.kind == "number" and it.label.text.translate(DIGIT_FOR).isdigit()
                        and int(it.label.text.translate(DIGIT_FOR)) >= 2
                        for it in (items[k - 1], items[k + 1])):
            # "14." / "[. Sắp xếp …" / "16.": an item between numbered ones, in sentence case
            verdict = "number"
        if verdict is None and not heading and label.kind == "roman" and k > 0 and (
                items[k - 1].label.kind == "article"):
            # "Điều 1. Phạm vi điều chỉnh" / "I. Nghị định này quy định …": an article's
            # first clause, in sentence case, is its "1." (no roman heading opens inside
            # an article; marked damaged: alone in its article, it is still its "1.")
            verdict = "number"
            item = Item(item.seg, dataclasses.replace(label, damaged=True))
            label = item.label
        if verdict is None and heading and nested and label.kind == "number":
            # a heading in capitals over a list of numbers in sentence case: no drafting
            # numbers a list under a number, so it is "I." ("1, MỤC ĐÍCH" / "2. Kết hợp …")
            verdict = "roman"
        if verdict == "roman" and not heading and any(
                it.label.kind == "roman" and capital_heading(it.seg.text[it.label.end:])
                for it in items):
            continue  # the document's roman headings are capitalised; this is an item
        if verdict is None or verdict == label.kind:
            continue
        out[k] = Item(item.seg, Label(verdict, label.text, label.end, label.start,
                                      damaged=label.damaged))
    return out


def misread_one(item: Item, items: list[Item]) -> Item:
    """A roman "I." opening a sentence, in a document whose roman labels open capitalised
    headings, is the number "1." misread: it joins the numbered list to be checked there."""
    label = item.label
    # (or a look-alike of its stroke: "Ï. Tuyên truyền cho thanh niên …")
    if label.kind != "roman" or label.text not in ONE_LIKE | {"L"}:
        return item
    if capital_heading(item.seg.text[label.end:]):
        return item
    headings = [it for it in items if it.label.kind == "roman"
                and capital_heading(it.seg.text[it.label.end:])]
    # (an "L." under "II.": no document counts fifty headings, and one in sentence case)
    before = [it for it in items[:items.index(item)] if it.label.kind == "roman"
              and ROMAN.match(it.label.text)]
    fifty_too_far = label.text == "L" and bool(before) and roman_value(
        before[-1].label.text) < 40
    if len(headings) < 2 and not fifty_too_far:
        return item
    # (marked damaged: alone under its heading it is still that list's "1.")
    return Item(item.seg, Label("number", label.text, label.end, damaged=True))


def eleven_in_a_list(items: list[Item]) -> list[Item]:
    """"II." opening a sentence right after item "10." is item "11." misread (its 1s read as
    I's), not a roman heading: it joins the numbered list to be checked there."""
    out = list(items)
    for k in range(1, len(items)):
        label, before = items[k].label, items[k - 1].label
        digits = label.text.translate(DIGIT_FOR)
        if (label.kind == "roman" and label.text != digits and digits.isdigit()
                and before.kind == "number" and before.text.translate(DIGIT_FOR).isdigit()
                and int(digits) == int(before.text.translate(DIGIT_FOR)) + 1
                and not mostly_upper(items[k].seg.text[label.end:], 0.8)):
            out[k] = Item(items[k].seg, Label("number", label.text, label.end, label.start,
                                              damaged=True))
    return out


def dot_lost(items: list[Item]) -> tuple[list[Item], list[Correction]]:
    """"12." between items "1." and "2." is sub-item "1.2." whose dot OCR lost: no list
    counts from 1 to 12 and back to 2. So "2." between sub-items "2.1." and "2.3." is
    sub-item "2.2." whose first numeral OCR lost."""
    out, fixes = list(items), []

    def take(k: int, mended: tuple[Item, Correction] | None) -> None:
        if mended is not None:
            out[k] = mended[0]
            fixes.append(mended[1])

    numbers = [k for k, it in enumerate(items) if it.label.kind == "number"]
    for a, k, b in zip(numbers, numbers[1:], numbers[2:], strict=False):
        before, text, after = (items[j].label.text for j in (a, k, b))
        text = text.translate(DIGIT_FOR)  # ("L1." for "1.1.": a 1 read as a letter too)
        if not (len(text) == 2 and text.isdigit() and before == text[0] and text[1] != "0"
                and after.isdigit() and int(after) == int(before) + 1
                and not any(it.label.kind in PARENTS["number"] for it in items[a:b])):
            continue
        mended = with_dot(items[k], True, lambda want, printed, before=before, after=after: (
            f"sub-item {want} of item {before}: “{printed}” between items {before} and "
            f"{after} is no item of their list, its dot lost"))
        take(k, mended)
    # "44." after sub-item "4.3." (and its own sub-items, "4.3.2."): the next sub-item, its
    # dot lost
    for k in numbers:
        text = items[k].label.text
        if not (len(text) == 2 and text.isdigit() and text[1] != "0" and out[k] is items[k]):
            continue
        earlier = next((it for it in reversed(out[:k])
                        if it.label.kind in ("number", "decimal", *PARENTS["number"])
                        and not (it.label.kind == "decimal"
                                 and observed(it, "decimal").count(".") > 1)), None)
        if earlier is None or earlier.label.kind != "decimal" or observed(
                earlier, "decimal") != f"{text[0]}.{int(text[1]) - 1}":
            continue
        # (mended here: the list's sequence repair has nothing left to mend in it)
        mended = with_dot(items[k], False, lambda want, printed, earlier=earlier: (
            f"sub-item {want}: “{printed}” after sub-item {earlier.label.text} is its next, "
            "its dot lost"))
        take(k, mended)
    # "24.1" after sub-item "2.4." (or one of its own, "2.4.2."): its sub-item 2.4.1, the
    # first dot lost
    for k, it in enumerate(items):
        head, dot, rest = observed(it, "decimal").translate(DIGIT_FOR).partition(".")
        if not (it.label.kind == "decimal" and len(head) == 2 and head.isdigit()
                and head[1] != "0" and dot and out[k] is it):
            continue
        earlier, _ = nearest_labels(out, k)
        parent = f"{head[0]}.{head[1]}"
        if earlier is None or earlier.label.kind != "decimal" or not (
                observed(earlier, "decimal") + ".").startswith(parent + "."):
            continue
        mended = as_decimal(it, f"{parent}.{rest}", False, lambda want, printed,
                            parent=parent: (f"sub-item {want} of sub-item {parent}, which it "
                                            f"follows: “{printed}”, its first dot lost"))
        take(k, mended)
    # "24." between sub-item "2.4." and its "2.4.2.": its first, 2.4.1, both dots lost
    for k in numbers:
        text = items[k].label.text
        if not (len(text) == 2 and text.isdigit() and out[k] is items[k]):
            continue
        earlier, later = nearest_labels(out, k)
        parent = f"{text[0]}.{text[1]}"
        if not (earlier is not None and later is not None and "decimal" == earlier.label.kind
                == later.label.kind and observed(earlier, "decimal").strip(".") == parent
                and observed(later, "decimal").strip(".") == f"{parent}.2"):
            continue
        mended = as_decimal(items[k], f"{parent}.1", False, lambda want, printed,
                            parent=parent: (f"sub-item {want}: “{printed}” between sub-item "
                                            f"{parent} and its {parent}.2, its dots lost"))
        take(k, mended)
    # "2." between sub-items "2.1." and "2.3.": sub-item 2.2, its item's number lost
    for k in numbers:
        text = items[k].label.text
        if not (text.isdigit() and text[0] != "0" and out[k] is items[k]):
            continue
        earlier = next((it for it in reversed(out[:k])
                        if it.label.kind in ("number", "decimal", *PARENTS["number"])), None)
        later = next((it for it in out[k + 1:]
                      if it.label.kind in ("number", "decimal", *PARENTS["number"])), None)
        if earlier is None or later is None or "decimal" != earlier.label.kind != later.label.kind:
            continue
        parent, _, last = observed(earlier, "decimal").rpartition(".")
        if not (parent.isdigit() and last == str(int(text) - 1)
                and observed(later, "decimal") == f"{parent}.{int(text) + 1}"):
            continue
        mended = with_prefix(items[k], parent, lambda want, printed, earlier=earlier,
                             later=later: (
            f"sub-item {want}: “{printed}” between sub-items {earlier.label.text} and "
            f"{later.label.text}, its item's number lost"))
        take(k, mended)
    # "3." after "1." over sub-items "2.1." "2.2.": the item its sub-items number, misread
    for a, k in zip([None, *numbers], numbers, strict=False):
        text = items[k].label.text
        if not text.isdigit() or out[k] is not items[k]:
            continue
        # (the item before it in its own list: none under a heading between them)
        value = int(items[a].label.text) + 1 if a is not None and items[
            a].label.text.isdigit() and not any(
                it.label.kind in PARENTS["number"] for it in items[a:k]) else 1
        # (its sub-items right under it, their pluses among them)
        subs = list(itertools.takewhile(lambda it: it.label.kind in ("decimal", "bullet"),
                                        items[k + 1:]))
        heads = {observed(it, "decimal").split(".")[0] for it in subs
                 if it.label.kind == "decimal"}
        if (int(text) == value or not subs or subs[0].label.kind != "decimal"
                or heads != {str(value)} or sum(it.label.kind == "decimal" for it in subs) < 2):
            continue
        mended = relabelled(items[k], "number", str(value), False, lambda want, printed,
                            value=value: (
            f"item {want}: “{printed}” after item {value - 1}, over sub-items {want}.1 and "
            f"{want}.2, misread"))
        take(k, None if mended is None else (mended[0], dataclasses.replace(
            mended[1], confidence=0.85)))
    return out, fixes


def with_prefix(item: Item, parent: str, reason: Callable[[str, str], str]
                ) -> tuple[Item, Correction] | None:
    """The item whose number ("2.") is a sub-item's whose item number OCR lost ("2.2.");
    mended here, so the list's sequence repair leaves it be."""
    return as_decimal(item, f"{parent}.{item.label.text}", False, reason)


def with_dot(item: Item, damaged: bool, reason: Callable[[str, str], str]
             ) -> tuple[Item, Correction] | None:
    """The item whose two digits ("12.") are a sub-item's whose dot OCR lost ("1.2.")."""
    digits = item.label.text.translate(DIGIT_FOR)
    return as_decimal(item, f"{digits[0]}.{digits[1]}", damaged, reason)


def as_decimal(item: Item, want: str, damaged: bool, reason: Callable[[str, str], str]
               ) -> tuple[Item, Correction] | None:
    """The item read as sub-item `want`, and the correction that prints it; `reason` is
    told the sub-item and the label as printed."""
    return relabelled(item, "decimal", want, damaged, reason)


def relabelled(item: Item, kind: str, want: str, damaged: bool,
               reason: Callable[[str, str], str]) -> tuple[Item, Correction] | None:
    """The item read as a label of `kind` numbered `want`, and the correction that prints
    it (0.75); `reason` is told the number and the label as printed."""
    seg, label = item.seg, item.label
    printed = seg.text[label.start:label.end].rstrip()
    where = seg.to_original(label.start, label.start + len(printed))
    if where is None:
        return None
    return Item(seg, Label(kind, want, label.end, label.start, damaged=damaged)), Correction(
        stage="correct", kind="label", line=seg.line, start=where[0], end=where[1],
        before=printed, after=f"{want}.", confidence=0.75, reason=reason(want, printed))


ODD_BULLETS = {"+", "–", "—", "~", "•", "*"}


def odd_bullet_corrections(items: list[Item]) -> list[Correction]:
    """A lone "+" (or a dash OCR read as "—", "~") among "-" items is a "-", unless the item
    before it opens a sub-list with a colon; a lone "*" (or "•", "~") among "+" items, or
    one with specks before it opening them, is a "+"."""
    out = []
    mended: dict[int, str] = {}  # the sign each item mended here stands for
    stars = sum(it.label.text == "*" for it in items)
    for before, item, after in zip(items, items[1:], items[2:], strict=False):
        sign = item.label.text
        # the first or the last of a list of "+" items, read with specks before it ("_*
        # Giải …", "-_* Ngày thứ hai:"), or the one star the document prints where it opens
        # no list of its own ("* Giải thưởng:" / "+ …" may)
        first_plus = (item.label.damaged or (sign == "*" and stars == 1
                                             and not item.seg.text.rstrip().endswith(":"))) and (
            sign in PLUS_LOOK_ALIKES) and (
            (after.label.text == "+" and before.label.kind != "bullet")
            or (before.label.text == "+" and after.label.kind != "bullet"))
        # (two misread in a row: the second goes by the first as mended)
        want = "+" if first_plus else mended.get(id(before), before.label.text)
        if sign not in ODD_BULLETS or want not in ("-", "+") or sign == want or (
                want == "+" and sign not in PLUS_LOOK_ALIKES):
            continue
        if not first_plus and after.label.text != want and not (
                want == "-" and sign != "+" and after.label.kind == "bullet"):
            continue
        if sign == "+" and before.seg.text.rstrip().endswith(":"):
            continue
        start = item.label.start
        where = item.seg.to_original(start, start + 1)
        if where is None:
            continue
        confidence = 0.85 if sign == "+" else 0.9
        mended[id(item)] = want
        out.append(Correction(
            stage="correct", kind="label", line=item.seg.line, start=where[0], end=where[1],
            before=sign, after=want, confidence=confidence,
            reason=f"a lone “{sign}” between “{want}” items"
                   + ("; the item before it opens no sub-list" if sign == "+" else "")))
    return out


PLUS_LOOK_ALIKES = {"*", "•", "~"}  # what OCR reads a "+" as


# the sources the Bộ pháp điển numbers its articles by (luật, nghị định, thông tư, thông tư
# liên tịch, quyết định, pháp lệnh, nghị quyết, nghị quyết liên tịch, chỉ thị, sắc lệnh)
CODIFIED_SOURCES = ("LQ", "NĐ", "TT", "TL", "QĐ", "PL", "NQ", "NL", "CT", "SL")
# a codified number's digits as OCR reads them ("NĐ.Ï.2" for "NĐ.1.2")
CODIFIED_DIGITS = {**ARTICLE_DIGITS, **str.maketrans("Ïïíì!A", "111114")}  # ("NĐ.A": a 4)


# the characters OCR reads for a codified number's digits and its source's letters
CODIFIED_LOOK_ALIKES = {"1": "1lIL|!ïíìÏÍÌ[]", "0": "0OoØø", "7": "7⁄/", "L": "L1lI|",
                        "Đ": "ĐDÐđ"}
CODIFIED_SEPARATORS = r"[\s.,:;/\-]"
# a place's numerals after the source: each of one or two digits, parted by marks
# (a bar or a bracket after a space is a speck: "33.7NĐ.23, |")
CODIFIED_PLACE = regex.compile(
    rf"(?P<place>(?:{CODIFIED_SEPARATORS}{{0,3}}(?!(?<=\s)[|\[\]])[\dlIL|!ïíìÏÍÌ\[\]OØA]{{1,2}}"
    r"(?![\dlIL|!ïíìÏÍÌ\[\]OØA]))+)")
MIN_PREFIX_USES = 2  # articles that print a topic and heading cleanly, to vouch for it
ZERO_FOR = str.maketrans("OoØø", "0000")


def look_alike(char: str) -> str:
    if char == "Đ":  # (or its stem alone, or with its bowl apart: "Q1.1.4", "NI). 1.3")
        return f"(?:[{regex.escape(CODIFIED_LOOK_ALIKES[char])}]|[Il|1]\\)?)"
    return f"[{regex.escape(CODIFIED_LOOK_ALIKES[char])}]" if char in CODIFIED_LOOK_ALIKES \
        else regex.escape(char)


@functools.lru_cache(maxsize=256)
def codified_shape(prefix: str, source: str) -> regex.Pattern:
    """A codified number of this topic and heading ("37.1") and source ("LQ") as OCR may
    print it: look-alikes for its digits and letters, marks and spaces anywhere between
    its parts ("37.1 1,Q.1", "30:4TT. 1.1", "37.L.NĐ.I.1"), a speck before its source and
    the source's last letter doubled ("41.1 JNĐÐ.I")."""
    topic, heading = prefix.split(".")
    sep = f"{CODIFIED_SEPARATORS}{{0,3}}"
    head = "".join(map(look_alike, topic)) + sep + "".join(map(look_alike, heading))
    letters = f"{CODIFIED_SEPARATORS}?".join(map(look_alike, source))
    # (a speck before the source, its last letter doubled: "41.1 JNĐÐ.I")
    speck = r"(?:[^\w\s]|[JjIl|1])?"
    return regex.compile(head + sep + speck + letters + look_alike(source[-1]) + "?"
                         + CODIFIED_PLACE.pattern)


def clean_codified(item: Item) -> str | None:
    """The codified number an article's label prints cleanly ("33.8.LQ.1"), else None."""
    if item.label.kind != "article":
        return None
    number = item.label.text.split()[-1]
    return number if CODIFIED.match(number) else None


def codified_places(items: list[Item]) -> dict[str, int]:
    """How many numerals each source's place has in the document's cleanly printed
    articles ("NĐ.2.1": two; "LQ.3": one): the count at least two of them have and twice
    as many as have another (one OCR read with a dot lost, "NĐ.22", is no count). Of the
    corpus's codified texts, 2 % of a heading's sources mix counts, each a few places in
    hundreds."""
    seen: dict[str, Counter[int]] = {}
    for number in filter(None, map(clean_codified, items)):
        seen.setdefault(number.split(".")[2], Counter())[place_count(number)] += 1
    out = {}
    for source, counts in seen.items():
        (count, uses), *others = counts.most_common()
        if uses >= MIN_PREFIX_USES and uses >= 2 * sum(n for _, n in others):
            out[source] = count
    return out


def place_count(number: str) -> int:
    return len(number.split(".")) - 3


def codified_prefixes(items: list[Item]) -> list[str]:
    """The topics and headings ("37.1") the document's articles print cleanly, or with no
    more damage than the codified numbers' own repair reads ("33.8.LQ.I.", "33.8.NÐ.I.2")."""
    seen = Counter(filter(None, map(printed_prefix, items)))
    return [prefix for prefix, uses in seen.items() if uses >= MIN_PREFIX_USES]


def printed_prefix(item: Item) -> str | None:
    """The topic and heading of an article's codified number as printed, if it is read."""
    number = clean_codified(item)
    if number is not None:
        return ".".join(number.split(".")[:2])
    if item.label.kind != "article":
        return None
    keyword = item.label.text.split()[0]
    m = LOOSE_CODIFIED.match(item.seg.text, item.label.start + len(keyword) + 1)
    if m is None or resolved_source(m.group(3)) is None:
        return None
    return f"{m.group(1)}.{m.group(2)}"


def read_by_prefix(text: str, start: int, prefixes: list[str], places: dict[str, int]
                   ) -> tuple[regex.Match, str] | None:
    """The codified number at text[start:] read against the document's own topics and
    headings, the sources the Bộ pháp điển numbers by, and the numerals the document's
    places of each source have (a place's dots lost: "NĐ.22" where its others print
    "NĐ.2.1"): the match and the number, where exactly one reading fits."""
    found: dict[str, regex.Match] = {}
    for prefix in prefixes:
        for source in CODIFIED_SOURCES:
            m = codified_shape(prefix, source).match(text, start)
            if m is None or text[m.end():m.end() + 1] not in ("", ".", ",", " ", "-", ":"):
                continue
            parts = regex.split(rf"{CODIFIED_SEPARATORS}+", m.group("place").strip(" .,:;/-"))
            digits = [part.translate(CODIFIED_DIGITS).translate(ZERO_FOR) for part in parts]
            want = places.get(source, len(digits))
            if len(digits) == 1 and len(digits[0]) == want > 1:
                digits = list(digits[0])
            if len(digits) != want:
                continue
            number = f"{prefix}.{source}.{'.'.join(digits)}"
            if CODIFIED.match(number):
                found[number] = m
    if len(found) != 1:
        return None
    ((number, m),) = found.items()
    return m, number


def codified_corrections(items: list[Item], prefixes: list[str]) -> list[Correction]:
    """"Điều 23.8.QĐ. 1.3." and "Điều 23.8.QĐÐ.1.2.": a codified article's number as the Bộ
    pháp điển prints it, its spaces closed and its source one of the few it numbers by;
    "Điều 37.1 1,Q.1.": one OCR damaged further, read against the topic and heading the
    document's other articles print."""
    out: list[Correction] = []
    places = codified_places(items)
    for it in items:
        if it.label.kind != "article":
            continue
        keyword = it.label.text.split()[0]
        # (the number stands a space after the keyword, as the codified patterns read it)
        m = LOOSE_CODIFIED.match(it.seg.text, it.label.start + len(keyword) + 1)
        source = resolved_source(m.group(3), places) if m is not None else None
        if m is None or source is None:
            if prefixes and clean_codified(it) is None:
                out += prefix_correction(it, keyword, prefixes, places)
            continue
        place = loose_place(m)
        prefix = own_prefix(f"{m.group(1)}.{m.group(2)}", prefixes)
        want = f"{prefix}.{source}{place}"
        if prefixes and place_count(want) != places.get(source, place_count(want)):
            # its place's numerals not those the document's others of its source have
            # ("NĐ.22", "NĐ.2,1"): read against the document's own numbers
            out += prefix_correction(it, keyword, prefixes, places)
            continue
        if not CODIFIED.match(want):
            continue
        # the period after it read as a mark, before a note or at the line's end
        # ("Điêu 25.15.QĐ.L.I, (Điều 1 …", "QĐ. I, -"): mended with it
        text, end = it.seg.text, m.end()
        if (mark := CODIFIED_END.match(text, end) or CODIFIED_LINE_END.match(text, end)
                or CODIFIED_NOTE_END.match(text, end)) and mark.group().strip():
            end = mark.end()
            want += "."
        if want == text[m.start():end]:
            continue
        where = it.seg.to_original(m.start(), end)
        if where is None:
            continue
        spacing_only = want == "".join(m.group().split()).replace("Ð", "Đ")
        out.append(Correction(
            stage="correct", kind="label", line=it.seg.line, start=where[0], end=where[1],
            before=text[m.start():end], after=want, confidence=0.9 if spacing_only else 0.8,
            reason=f"a codified article's number: “{want}” (topic, heading, source "
                   f"{source}, place), as the Bộ pháp điển prints it"
                   + (f"; its topic and heading {prefix} as the document's other articles "
                      "print them" if not want.startswith(f"{m.group(1)}.{m.group(2)}.")
                      else "")))
    return in_sequence(items, out)


def in_sequence(items: list[Item], fixes: list[Correction]) -> list[Correction]:
    """A codified article whose number OCR damaged, read as one its source's sequence
    skips: between NĐ.2 and NĐ.4 ("Điều 42.1 NĐ4." read for NĐ.3), it is NĐ.3."""
    by_line = {c.line: c for c in fixes}
    numbered = []  # each article's number as printed or read, and its correction
    for it in items:
        if it.label.kind != "article":
            continue
        fix = by_line.get(it.seg.line)
        number = fix.after.strip().rstrip(".") if fix is not None else clean_codified(it)
        if number is not None and CODIFIED.match(number):
            numbered.append((number, fix))
    out = list(fixes)
    for k, (b, fix) in enumerate(numbered):
        if fix is None:
            continue
        head, _, place = b.rpartition(".")
        # (its source's articles either side: a codified text interleaves its sources)
        a = next((n for n, _ in reversed(numbered[:k]) if n.rpartition(".")[0] == head), None)
        c = next((n for n, _ in numbered[k + 1:] if n.rpartition(".")[0] == head), None)
        if a is None or c is None:
            # (or a dot of its place lost: "NĐ.12" between NĐ.1.1 and NĐ.1.3 is NĐ.1.2)
            a, c = dotted_neighbours(numbered, k) or (None, None)
            if a is None or c is None:
                continue
            head = a.rpartition(".")[0]
        first, last = a[len(head) + 1:], c[len(head) + 1:]
        if not (first.isdigit() and last.isdigit() and int(last) == int(first) + 2
                and place != str(int(first) + 1)):
            continue
        want = f"{head}.{int(first) + 1}"
        out[out.index(fix)] = dataclasses.replace(
            fix, after=fix.after.replace(b, want, 1), confidence=min(fix.confidence, 0.75),
            reason=f"a codified article's number: “{want}”, between {a} and {c} (OCR read "
                   f"“{fix.before.strip()}”)")
    return out


def dotted_neighbours(numbered: list[tuple[str, Correction | None]], k: int
                      ) -> tuple[str, str] | None:
    """The articles of numbered[k]'s source either side of it whose places have a numeral
    more, where it reads as the one between them with a dot lost ("NĐ.12" between NĐ.1.1
    and NĐ.1.3)."""
    b = numbered[k][0]
    source = ".".join(b.split(".")[:3]) + "."
    a, c = (next((n for n, _ in side if n.startswith(source)
                  and n.count(".") == b.count(".") + 1), None)
            for side in (reversed(numbered[:k]), numbered[k + 1:]))
    if a is None or c is None:
        return None
    head, _, first = a.rpartition(".")
    if c.rpartition(".")[0] != head or not first.isdigit() or (
            f"{head}{int(first) + 1}".replace(".", "") != b.replace(".", "")):
        return None
    return a, c


def own_prefix(read: str, prefixes: list[str]) -> str:
    """The topic and heading read ("93.10"), or the one the document's articles print a
    digit away from it ("23.10"): a codified text numbers its articles under one."""
    if not prefixes or read in prefixes:
        return read
    near = [p for p in prefixes if len(p) == len(read)
            and sum(a != b for a, b in zip(p, read, strict=True)) == 1
            and not any(a.isdigit() != b.isdigit() for a, b in zip(p, read, strict=True))]
    return near[0] if len(near) == 1 else read


def loose_place(m: regex.Match) -> str:
    """The place of a LOOSE_CODIFIED match as printed, its separators read as dots and its
    look-alike letters as digits (".1.1" of "NĐ. 1,1.")."""
    return regex.sub(r"[/:,]", ".", "".join(m.group(4).split())).translate(CODIFIED_DIGITS)


def resolved_source(read: str, printed: Collection[str] = ()) -> str | None:
    """The source the letters read stand for: as read, its Đ's bar lost ("ND"), or the
    one source a letter away, or of two or more a letter away the one the document's
    articles print (`printed`: "ET" where they print "TT"); None where none or two are."""
    source = read.replace("Ð", "Đ")
    if source in CODIFIED_SOURCES:
        return source
    if source.replace("D", "Đ") in CODIFIED_SOURCES:
        return source.replace("D", "Đ")  # "ND": the bar of its Đ lost
    near = [s for s in CODIFIED_SOURCES if Levenshtein.distance(s, source) == 1]
    if len(near) > 1:
        near = [s for s in near if s in printed]
    return near[0] if len(near) == 1 else None


# the period after a codified number lost before its title ("35.3.NQ.22 Đối tượng …")
PERIOD_LOST = regex.compile(r" (?=\p{Lu}\p{Ll})")
# what OCR read for the period after a codified number ("37.1.NL,.1.1- Phạm vi")
CODIFIED_END = regex.compile(r"\s?[-,:](?=\s+\p{Lu})")
# the same at the line's end, or nothing there: specks may follow ("33.7NĐ.23, |",
# "QĐ. 1-3, _ \"¬ ¬")
CODIFIED_LINE_END = regex.compile(r"\s?[-,:]?(?=(?:\s*[^\p{L}\p{N}\s.]{1,3}){0,3}\s*$)")
# the same before the note that names its source document ("QĐ.L.I, (Điều 1 Quyết …")
CODIFIED_NOTE_END = regex.compile(r"\s?[-,:](?=\s*\()")


def prefix_correction(it: Item, keyword: str, prefixes: list[str], places: dict[str, int]
                      ) -> list[Correction]:
    text = it.seg.text
    after_keyword = it.label.start + len(keyword)
    at = skip_blanks_and_dots(text, after_keyword)
    read = read_by_prefix(text, at, prefixes, places)
    if read is None and (doubled := DOUBLED_NUMBER.match(text, at)):
        # the article's number read twice, plain before the codified ("Điều 4 41.2.NĐ.A.")
        read = read_by_prefix(text, doubled.end(), prefixes, places)
    if read is None:
        return []
    m, number = read
    # (rewritten from the keyword on, so that the heading reads as one: "Điêu.37.1.NL,.1.1-
    # Phạm vi" -> "Điêu 37.1.NL.1.1. Phạm vi"; "Điều 33.7NĐ.23, |" -> "Điều 33.7.NĐ.2.3. |",
    # a heading whose title is its next line)
    end = m.end()
    lost_period = bool(PERIOD_LOST.match(text, end))  # ("NQ.22 Đối tượng …")
    if mark := CODIFIED_END.match(text, end) or CODIFIED_LINE_END.match(text, end):
        end = mark.end()
    elif text[end:end + 1] != "." and not lost_period:
        return []
    before = text[after_keyword:end]
    after = f" {number}" + ("." if mark or lost_period else "")
    where = it.seg.to_original(after_keyword, end)
    if where is None or before == after:
        return []
    return [Correction(
        stage="correct", kind="label", line=it.seg.line, start=where[0], end=where[1],
        before=before, after=after, confidence=0.8,
        reason=f"a codified article's number: “{number}”, its topic and heading as the "
               "document's other articles print them, its source one the Bộ pháp điển "
               "numbers by")]


# the Bộ pháp điển's note under a codified article: the article and the kind of document
# it was taken from ("(Điều 2 Luật số 23-L/CTN, …)", "(Điều 5 Nghị định số 105/2012/NĐ-CP")
SOURCE_OF_KIND = {"Luật": "LQ", "Bộ luật": "LQ", "Pháp lệnh": "PL", "Nghị định": "NĐ",
                  "Nghị quyết liên tịch": "NL", "Nghị quyết": "NQ", "Thông tư liên tịch": "TL",
                  "Thông tư": "TT", "Quyết định": "QĐ", "Chỉ thị": "CT", "Sắc lệnh": "SL"}
SOURCE_NOTE = regex.compile(
    r"^\W{0,3}\p{L}{3,6}\s+(?P<n>[\dIl|!ïíìĩ]{1,3})\s+(?P<kind>"
    + "|".join(sorted(SOURCE_OF_KIND, key=len, reverse=True))
    + r")\s+s[ốôỗồổộoóòỏõọ]\b")  # (its "số" with the tone misread: "sỗ")
# an article heading's keyword at its line's start, specks before it
ARTICLE_OPENING = regex.compile(r"^[\W_]{0,3}(?P<kw>[ĐDÐđ]\p{L}{2,4})(?![\p{L}])")
# the same keyword read as a short token ("hi: 32.1.TT.2.1. Phạm vi"): only a number the
# document's own topic and heading read stands for it (a number alone at a line's start
# is a heading's keyword wrapped at the line before's end, "… cá nhân.Điều" / "33.1.QĐ.1.1.
# Phạm vi", which the text holds as it is)
LOST_KEYWORD = regex.compile(r"^[\W_]{0,3}[^\s\d]{1,3}\s+(?=\d{1,3}\s?[.,]\s?\d)")
# where a codified heading's title starts: its first word in sentence case
TITLE_START = regex.compile(r"\s(?=\p{Lu}\p{Ll})")


def note_under(segments: list[Segment], k: int) -> regex.Match | None:
    """The Bộ pháp điển's note naming the source under segment k (SOURCE_NOTE), if any."""
    note = next((s for s in segments[k + 1:k + 3] if s.text.strip()), None)
    return SOURCE_NOTE.match(note.text) if note is not None else None


def codified_by_note(segments: list[Segment], items: list[Item], prefixes: list[str]
                     ) -> list[tuple[Item, Correction]]:
    """A codified article whose number OCR damaged past reading ("Điều 337LQ2.", "Điều  .
    Phạm vi", "Điều 41. L4.ND3S.") is read from the note under it, which names the
    article and the kind of document it was taken from ("(Điều 2 Luật số 23-L/CTN …)":
    LQ.2), and, where its source numbers documents, from its neighbours of that source
    ("Điều 4 Thông tư" before TT.1.5: TT.1.4). Only in a text whose articles print their
    topic and heading cleanly."""
    if not prefixes:
        return []
    places = codified_places(items)
    by_seg = {id(it.seg): it for it in items}
    clean = [(k, number) for k, seg in enumerate(segments)
             if (it := by_seg.get(id(seg))) is not None and (number := clean_codified(it))]
    out = []
    for k, seg in enumerate(segments):
        it = by_seg.get(id(seg))
        if it is not None and (it.label.kind != "article" or fully_read(it, places)):
            continue
        opening = ARTICLE_OPENING.match(seg.text)
        if (opening is not None and article_keyword(opening.group("kw"))
                and not opening.group("kw")[0].islower()):
            after_keyword, keyword_start = opening.end(), opening.start("kw")
        elif it is None and (lost := LOST_KEYWORD.match(seg.text)) is not None:
            after_keyword, keyword_start = lost.end(), 0
        else:
            continue  # ("điển": a heading's title wrapped, not its keyword)
        start = skip_blanks_and_dots(seg.text, after_keyword)
        if opening is not None and read_by_own_rules(seg.text, start, prefixes, places):
            continue
        m = note_under(segments, k)
        if m is None:
            continue
        read = read_by_prefix(seg.text, start, prefixes, places)
        if read is None and opening is None:
            continue  # (with no keyword, only a number the document's own prefix reads)
        if read is not None:
            if it is not None:
                continue  # (the item's number is read so)
            # no label was seen on the line ("Điều 337LQ2.": its dots lost): it is read
            # so all the same, the note under it naming a document
            number, end, why = read[1], read[0].end(), "its topic and heading as the document's"
            if seg.text[end:end + 1] == ".":
                end += 1
        else:
            source = SOURCE_OF_KIND[m.group("kind")]
            article = m.group("n").translate(ARTICLE_DIGITS)
            if not article.isdigit():
                continue
            number = codified_number(clean, k, source, int(article), places)
            if number is None or not number.startswith(tuple(f"{p}." for p in prefixes)):
                continue
            title = TITLE_START.search(seg.text, after_keyword)
            end = title.end() if title else len(seg.text)
            why = f"read from the note under it (“{m.group().strip()}”) and the articles around it"
        where = seg.to_original(keyword_start, end)
        if where is None:
            continue
        keyword = "Điều"
        after = f"{keyword} {number}." + (" " if seg.text[end - 1:end] == " " else "")
        out.append((Item(seg, Label("article", f"{keyword} {number}", end,
                                    keyword_start, damaged=True)),
                    Correction(stage="correct", kind="label", line=seg.line, start=where[0],
                               end=where[1], before=seg.text[keyword_start:end],
                               after=after, confidence=0.7,
                               reason=f"a codified article's number: “{number}”, {why}")))
    return out


def place_split_by_note(segments: list[Segment], items: list[Item]
                        ) -> list[tuple[Item, Correction]]:
    """"Điều 16.1.NĐ.22." over "(Điều 2 Nghị định số 37/2018/NĐ-CP …)": a place of one
    numeral whose last digits are the article the note names is a document's and an
    article's numbers, its dot lost (NĐ.2.2), where the document's articles of that source
    do not show how many numerals their places have (a decree's may have one: "NĐ.22"
    under "(Điều 22 Nghị định …" stays)."""
    places = codified_places(items)
    position = {id(seg): k for k, seg in enumerate(segments)}
    out = []
    for it in items:
        number = clean_codified(it)
        if number is None or place_count(number) != 1:
            continue
        prefix, source, place = number.rsplit(".", 2)
        if source in places or USUAL_PLACES.get(source) == 1 or len(place) < 2:
            continue
        k = position[id(it.seg)]
        m = note_under(segments, k)
        if m is None or SOURCE_OF_KIND[m.group("kind")] != source:
            continue
        article = m.group("n").translate(ARTICLE_DIGITS)
        if not article.isdigit() or place == article or not place.endswith(article):
            continue
        want = f"{prefix}.{source}.{place[:-len(article)]}.{article}"
        # (from the keyword's end, as the number's own repair writes it: one correction)
        keyword = it.label.text.split()[0]
        at = it.label.start + len(keyword)
        end = it.seg.text.find(number, at) + len(number)
        where = it.seg.to_original(at, end) if end >= len(number) else None
        if where is None:
            continue
        before = it.seg.text[at:end]
        out.append((Item(it.seg, dataclasses.replace(it.label, text=f"{keyword} {want}")),
                    Correction(stage="correct", kind="label", line=it.seg.line,
                               start=where[0], end=where[1], before=before,
                               after=before.replace(number, want),
                               confidence=0.75,
                               reason=f"a codified article's number: “{want}”, its place's "
                                      f"dot lost; the note under it names article {article}")))
    return out


def fully_read(item: Item, places: dict[str, int]) -> bool:
    """The article prints its codified number cleanly, with as many numerals in its place as
    the document's others of its source ("Điều 32.1.NĐ.6." among "NĐ.5.1", "NĐ.6.2": not)."""
    number = clean_codified(item)
    if number is None:
        return False
    source = number.split(".")[2]
    return places.get(source, place_count(number)) == place_count(number)


def read_by_own_rules(text: str, start: int, prefixes: list[str], places: dict[str, int]
                      ) -> bool:
    """The codified number at text[start:] is one the number's own rules read
    (codified_corrections): its source and its place's numerals as the document's, or
    read against its prefixes. "Điều 32. 1.NĐ.6.. Phạm vi", a place's numeral lost, is not."""
    m = LOOSE_CODIFIED.match(text, start)
    if m is None:
        return False
    source = resolved_source(m.group(3), places)
    if source is not None:
        count = loose_place(m).count(".")  # (a dot before each of its numerals)
        if places.get(source, count) == count:
            return True
    return read_by_prefix(text, start, prefixes, places) is not None


# how many numerals a source's place has where the document's own articles do not say:
# of the corpus's codified articles (the structure set's texts left out), 99 % or more of
# each of these sources' (a law's article alone, "LQ.5"; a circular's document and
# article, "TT.1.5"); a decree's vary (8 % "NĐ.5")
USUAL_PLACES = {"LQ": 1, "PL": 1, "SL": 1, "TT": 2, "TL": 2, "QĐ": 2, "NQ": 2, "NL": 2, "CT": 2}


def codified_number(clean: list[tuple[int, str]], k: int, source: str, article: int,
                    places: dict[str, int]) -> str | None:
    """The codified number of article `article` of a `source` document, at segment k,
    from the clean numbers around it: their topic and heading; where the source's places
    number documents, the document whose neighbouring article it is."""
    before = [n for j, n in clean if j < k]
    after = [n for j, n in clean if j > k]
    near = before[-1:] + after[:1]
    if not near:
        return None
    prefix = ".".join(near[0].split(".")[:2])
    count = places.get(source, USUAL_PLACES.get(source))
    if count == 1:
        return f"{prefix}.{source}.{article}"
    if count != 2:
        return None
    # the same document's article just before or after it
    for neighbour, step in ((before[-1:], -1), (after[:1], 1)):
        parts = neighbour[0].split(".") if neighbour else []
        if parts and parts[2] == source and len(parts) == 5 and int(parts[4]) == article + step:
            return f"{prefix}.{source}.{parts[3]}.{article}"
    # or the one document of its source the text's articles print ("NĐ.1.4", "NĐ.1.5": a
    # note naming article 1 of a Nghị định is NĐ.1.1), where that article is not printed
    documents = {parts[3] for _, n in clean if (parts := n.split("."))[2] == source
                 and len(parts) == 5}
    if len(documents) == 1:
        number = f"{prefix}.{source}.{documents.pop()}.{article}"
        if all(n != number for _, n in clean):
            return number
    return None


def skip_blanks_and_dots(text: str, at: int) -> int:
    """Where a codified number starts after its keyword ("Điêu.37.1.NL …": a dot for the
    space)."""
    while at < len(text) and text[at] in " .\t":
        at += 1
    return at


DOUBLED_NUMBER = regex.compile(r"\d{1,3}\s+(?=\d)")
INSERTED_ARTICLE = regex.compile(r"(\d{1,3})([a-z]?)")


def doubled_stroke_one(number: str, following: list[Item]) -> bool:
    """The first article's number read as two strokes, one of them a letter ("Điều I1.",
    "Điều 1l."): a document's articles open at 1, so OCR doubled the stroke of its "1",
    where the next article is 2 or none is read."""
    strokes = number.rstrip(".:,")
    return (len(strokes) == 2 and "1" in strokes and not strokes.isdigit()
            and strokes.translate(ARTICLE_DIGITS) == "11"
            and (not following or article_number(following[0]) == 2))


SPACED_MARK = regex.compile(r"\s+\.(?=\s+\p{Lu})")


def article_keyword_corrections(items: list[Item]) -> list[Correction]:
    """"Điêu 5." with its tone damaged is "Điều 5.", as the document's other articles show."""
    articles = [it for it in items if it.label.kind == "article"]
    sound = sum(it.label.text.split()[0] in ("Điều", "ĐIỀU") for it in articles)
    out = []
    previous = None
    for k, it in enumerate(articles):
        keyword, number = it.label.text.split()[:2]
        # a codified article's number ("33.8.LQ.1") holds letters of its own, and is
        # mended by codified_corrections
        digits = (number if LOOSE_CODIFIED.fullmatch(number)
                  else number.translate(ARTICLE_DIGITS))
        if not digits[:1].isdigit():  # "Diều †.": the number lost, the sequence gives it
            digits = str(previous[0] + 1) if previous is not None else "1"
        doubled = k == 0 and doubled_stroke_one(number, articles[1:2])
        if doubled:
            digits = "1"
        numbered = INSERTED_ARTICLE.fullmatch(digits)
        current = (int(numbered.group(1)), numbered.group(2)) if numbered else None
        in_order = previous is not None and current is not None and (
            current == (previous[0] + 1, "")
            # an article an amendment inserts after another ("Điều 21a", "Điều 21b")
            or (current[0] == previous[0] and current[1] != ""
                and ord(current[1]) == ord(previous[1] or chr(ord("a") - 1)) + 1))
        previous = current
        if digits != number:
            # "Điều I:", "Điều l2.": an article is numbered in arabic digits, which OCR
            # read as the letters they look like
            at = it.seg.text.find(number, it.label.start + len(keyword))
            where = it.seg.to_original(at, at + len(number)) if at >= 0 else None
            # its period lost too ("Điều L Phạm vi"): printed again, or the heading would
            # read as a mention of article 1
            mark = "." if at >= 0 and it.seg.text[at + len(number):][:1] in (" ", "") else ""
            if where is not None:
                out.append(Correction(
                    stage="correct", kind="label", line=it.seg.line, start=where[0],
                    end=where[1], before=number, after=digits + mark,
                    confidence=(0.9 if number.translate(ARTICLE_DIGITS) == digits else 0.75)
                    if in_order or digits == "1" else 0.5,
                    reason=f"an article heading: “{keyword} {number}” is article {digits} "
                           "(articles are numbered in digits; OCR read some as letters)"
                           + (", the next after the one before" if in_order else "")
                           + ("; the first article, the stroke of its 1 doubled" if doubled
                              else "")))
        elif (spaced := SPACED_MARK.match(it.seg.text, it.label.start + len(it.label.text))) \
                and (where := it.seg.to_original(spaced.start(), spaced.end())) is not None:
            # its period set apart ("Diều 2 . Quyết định này …"): the word pass would take
            # the period for a speck, and the heading would read as a mention
            out.append(Correction(
                stage="correct", kind="label", line=it.seg.line, start=where[0],
                end=where[1], before=spaced.group(), after=".", confidence=0.9,
                reason="an article heading's period, OCR read a space before it"))
        if keyword in ("Điều", "ĐIỀU"):
            continue
        want = "ĐIỀU" if keyword.isupper() else "Điều"
        start = it.label.start
        after_keyword = it.seg.text[start + len(keyword):start + len(keyword) + 1]
        if after_keyword.isdigit():
            want += " "  # "Điểu5." -> "Điều 5."
        where = it.seg.to_original(start, start + len(keyword))
        if where is None:
            continue
        out.append(Correction(
            stage="correct", kind="label", line=it.seg.line, start=where[0], end=where[1],
            before=keyword, after=want, confidence=0.95 if sound else 0.85,
            reason=f"an article heading: “{keyword} N.” is “{want} N.” "
                   f"({sound} other articles of the document are printed so)"))
    return out


def article_sequence_corrections(items: list[Item]) -> list[Correction]:
    """An article heading read through damage whose number is not the one between its
    neighbours' ("Điều 1." … "- Điều 4, Sửa đổi …" … "Điều 3."): the number the sequence
    leaves for it, its period for a comma after it."""
    articles = [it for it in items if it.label.kind == "article"]
    values = [article_number(it) for it in articles]
    out = []
    for k in range(1, len(articles) - 1):
        it, before, after = articles[k], values[k - 1], values[k + 1]
        if (not it.label.damaged or values[k] is None or before is None or after is None
                or after != before + 2 or values[k] == before + 1):
            continue
        number = it.label.text.split()[-1]
        at = it.seg.text.find(number, it.label.start + len(it.label.text) - len(number))
        comma = it.seg.text[at + len(number):at + len(number) + 1] == ","
        where = it.seg.to_original(at, at + len(number) + comma) if at >= 0 else None
        if where is None:
            continue
        out.append(Correction(
            stage="correct", kind="label", line=it.seg.line, start=where[0], end=where[1],
            before=number + "," * comma, after=f"{before + 1}" + "." * comma, confidence=0.8,
            reason=f"article {before + 1}: it stands between articles {before} and {after}, "
                   f"its heading read through damage (“{it.label.text}”)"))
    return out


def lost_dash_corrections(doc: Document, segments: list[Segment], items: list[Item],
                          widths: Widths) -> list[Correction]:
    """A paragraph in a list of "-" items that opens like its siblings has lost its dash."""
    labelled = {it.seg.line for it in items}
    siblings: list[Segment] = []
    out = []
    prev = None
    for seg in segments:
        label = label_of(prev, seg, doc, widths) if prev is not None else None
        if seg.line in labelled and label is not None:
            siblings = [*siblings, seg] if label.text == "-" else []
        elif (siblings and len(siblings) >= 2 and opens_paragraph(prev, seg, doc, widths)
              and (specks := SPECKS_FOR_DASH.match(seg.text)) is not None):
            # "_. Các chủ đầu tư …" after "- Các đơn vị …" "- Các cơ quan …": the dash read
            # as specks, its words opening as two siblings' do
            word = seg.text[specks.end():].split(maxsplit=1)[0]
            alike = [s for s in siblings if s.text[1:].split(maxsplit=1)[:1] == [word]]
            where = seg.to_original(0, specks.end())
            if len(alike) >= 2 and where is not None:
                out.append(Correction(
                    stage="correct", kind="label", line=seg.line, start=where[0],
                    end=where[1], before=seg.text[:specks.end()], after="- ", confidence=0.7,
                    reason=f"a new paragraph after {len(siblings)} “-” items, opening with "
                           f"specks and “{word}” as {len(alike)} of them do: its dash was "
                           "read as the specks"))
                siblings = [*siblings, seg]
            else:
                siblings = []
        elif siblings and opens_paragraph(prev, seg, doc, widths) and seg.text[:1].isupper():
            agency_like = [s for s in siblings if s.text[1:].lstrip().startswith(AGENCY_OPENERS)]
            if len(siblings) >= 2 and seg.text.startswith(AGENCY_OPENERS):
                confidence = 0.85 if len(agency_like) >= 2 else 0.5
                where = seg.to_original(0, 0)
                if where is not None:
                    out.append(Correction(
                        stage="correct", kind="label", line=seg.line, start=where[0],
                        end=where[0], before="", after="- ", confidence=confidence,
                        reason=f"a new paragraph after {len(siblings)} “-” items, opening with "
                               f"an agency like {len(agency_like)} of them: its dash was lost"))
            siblings = []
        prev = seg
    return out


# specks where a dash stood before a paragraph's capital ("_. Các chủ đầu tư …")
SPECKS_FOR_DASH = regex.compile(r"^[_.'`,:;~^ˆ¬]{1,3}\s+(?=\p{Lu})")


# a bullet OCR read as a letter pair or marks: "ST Công tác tuyên truyền"
BULLET_READ_AS = regex.compile(r"^(?:[^\s\p{Ll}\d]{1,2})\s+(?=\p{Lu}\p{Ll})")


def lost_first_bullet(segments: list[Segment], items: list[Item]) -> list[Correction]:
    """The first item of a list of "+" (or "-") items after a line ending in ":", its bullet
    read as a letter pair or marks ("…về các mặt:" / "ST Công tác …" / "+ Kết quả …")."""
    position = {id(seg): k for k, seg in enumerate(segments)}
    labelled = {id(it.seg) for it in items}
    out = []
    for a, b in itertools.pairwise(items):
        if a.label.kind != "bullet" or b.label.kind != "bullet" or a.label.text != b.label.text:
            continue
        k = position[id(a.seg)]
        # the list's first item: its paragraph opens after the colon, a line or two above
        for p in range(k - 1, max(k - 4, 0), -1):
            seg, prev = segments[p], segments[p - 1]
            if id(seg) in labelled or (p < k - 1 and seg.text.rstrip().endswith((".", ":"))):
                break  # another item, or a sentence that ends before the item's paragraph
            if not prev.text.rstrip().endswith(":"):
                continue
            m = BULLET_READ_AS.match(seg.text)
            previous_item = next((it for it in reversed(items) if position[id(it.seg)] < p),
                                 None)
            if m is None or (previous_item is not None
                             and previous_item.label.text == a.label.text
                             and position[id(previous_item.seg)] > p - 3):
                break
            where = seg.to_original(0, m.end())
            if where is not None:
                out.append(Correction(
                    stage="correct", kind="label", line=seg.line, start=where[0],
                    end=where[1], before=seg.text[:m.end()], after=f"{a.label.text} ",
                    confidence=0.7,
                    reason=f"the first item of a list of “{a.label.text}” items, after the "
                           f"colon that opens it: its bullet was read as “{m.group().strip()}”"))
            break
    return out


def heading_like(text: str, share: float = 0.9) -> bool:
    return mostly_upper(text, share) and 1 <= len(text.split()) <= 14


# the share of capitals of a line that may be a roman heading OCR damaged, its numeral and
# a word of it ("_LMỤC ĐÍCH, vai CẦU" for "I. MỤC ĐÍCH, YÊU CẦU")
DAMAGED_HEADING = 0.75


# a sentence's end and a margin's specks after it ("… Nghị định này. . ¬ '")
ENDS_BEFORE_SPECKS = regex.compile(r"[.;:](?:\s*[.¬|_'`\"’]){1,3}$")


# a table's cell of figures read as a line of its own ("15.600", "-3.250.000")
FIGURES_CELL = regex.compile(r"^[\W_]{0,2}\d[\d.,]*\d[\W_]{0,2}$")


def starts_paragraph(seg: Segment, prev: Segment, prev_short: bool = False) -> bool:
    """A lost item or heading starts a paragraph: after an empty line, or after a line that ends a
    sentence or a clause, or after a labelled heading in capitals ("I. KẾT QUẢ" / "1 Những
    vấn đề …"); with `prev_short`, after a line that stops before the margin (a heading's
    wrapped words: "Điều 8. Thanh toán … với Quỹ Bảo trợ" / "trẻ em"). (Not after a comma,
    empty line or not: a scan read with an empty line after every line has one inside each
    sentence.) And after a note in brackets that closes on the line before (the Bộ pháp
    điển's source under a heading: "(Điều 2 Quyết định số …, có hiệu lực … 15/04/2020)").
    And after a table's cell of figures alone on its line ("15.600")."""
    end = prev.text.rstrip()
    return (((seg.blank_before or prev_short) and not end.endswith(","))
            or end.endswith((".", ";", ":")) or ENDS_BEFORE_SPECKS.search(end) is not None
            or FIGURES_CELL.match(end) is not None
            or (end.endswith(")") and (prev.in_note or NOTE_OPENING.match(prev.text) is not None))
            or (prev.label is not None and heading_like(prev.text[prev.label.end:])
                and not mostly_upper(seg.text, 0.9)))


def item_openings(segments: list[Segment], after: int, before: int,
                  bullets: bool = False, short: Collection[int] = frozenset()
                  ) -> Iterator[Segment]:
    """The segments between positions `after` and `before` where an item whose number was
    lost may open: a paragraph's start with no label (or, with `bullets`, a bullet OCR read
    for the number); `short`: the ids of segments whose line stops before the margin."""
    for k in range(after + 1, before):
        seg = segments[k]
        if (seg.label is None or (bullets and seg.label.kind == "bullet")) and starts_paragraph(
                seg, segments[k - 1], id(segments[k - 1]) in short):
            yield seg


def lost_romans(segments: list[Segment], items: list[Item]) -> list[tuple[Item, Correction]]:
    """A capitalised heading where the roman sequence needs one ("II." with no "I." before
    it, "III." after "I."): its numeral was lost or read as a dash. Its label is inferred
    from the sequence, and only where most of the document's other roman headings are
    capitalised too."""
    romans = [it for it in items if it.label.kind == "roman"]
    # (a heading may run on into a sentence: "III. HOẠT ĐỘNG …: như phụ lục đính kèm.")
    capitalised = sum(heading_like(it.seg.text[it.label.end:].split(":")[0]) for it in romans)
    # (a lone "II." over a heading in capitals says as much: heading I stands before it)
    lone_two = (len(romans) == 1 and capitalised == 1
                and likely_roman_value(romans[0].label.text) == 2)
    if not lone_two and (len(romans) < 2 or capitalised < 2 or 2 * capitalised <= len(romans)):
        return []
    values = [likely_roman_value(it.label.text) for it in romans]
    # the sequence is evidence as far as it rises: after a numeral misread beyond reading
    # (0) or out of order, it is unsure
    rising = 0
    while rising < len(values) and values[rising] > (values[rising - 1] if rising else 0):
        rising += 1
    rising_all = len(values)
    every_roman = romans
    romans, values = romans[:rising], values[:rising]
    position = {id(seg): k for k, seg in enumerate(segments)}
    # the header's capitalised lines are no headings: search after the first sentence
    body = next((k for k, seg in enumerate(segments)
                 if END_SPECKS.sub("", seg.text).rstrip().endswith((".", ":", ";"))
                 and len(seg.text.split()) >= 6 and not mostly_upper(seg.text)), len(segments))
    out = lost_in_sequence(segments, every_roman, body)
    previous_at = position[id(romans[-1].seg)] if romans else body
    previous_value = values[-1] if values else 0
    if len(romans) == len(values) == rising_all:
        # after the last: a heading in capitals behind a numeral OCR spoiled ("TY. NỘI
        # DUNG") is the next, where it is the only such heading left
        labelled = {id(it.seg) for it in items}
        end = next((k for k in range(previous_at + 1, len(segments))
                    if opens_recipients(segments[k].text)
                    or SIGNING.match(segments[k].text)), len(segments))
        tail = [k for k in range(previous_at + 1, end)
                if id(segments[k]) not in labelled
                and (m := SPOILED_NUMERAL.match(segments[k].text))
                and heading_like(segments[k].text[m.end():])]
        if len(tail) == 1:
            found = infer_roman(segments[tail[0]], previous_value + 1)
            if found is not None:
                out.append(found)
    return out


INFER = 0.4  # a capitalised heading taken for a roman one whose numeral was lost
CLEAN_RELABEL = 0.5  # a numeral that reads as one value taken for another


def heading_candidate(segments: list[Segment], k: int) -> bool:
    """Segment k may be a roman heading whose numeral was lost or read as a dash."""
    seg, prev = segments[k], segments[k - 1]
    # (or the specks OCR put after the line before passed over: "… như sau: ¬ _")
    unspecked = dataclasses.replace(prev, text=END_SPECKS.sub("", prev.text))
    return (heading_like(seg.text, DAMAGED_HEADING) and not heading_like(prev.text)
            and (seg.label is None or seg.label.kind == "bullet")
            and (starts_paragraph(seg, prev) or starts_paragraph(seg, unspecked)))


def lost_in_sequence(segments: list[Segment], romans: list[Item], body: int
                     ) -> list[tuple[Item, Correction]]:
    """The roman headings' numbering, and the capitalised headings between them, aligned
    at least cost with I, II, III …: a numeral misread costs what OCR makes of it
    (`substitution`), one missing SKIP, a heading taken for a lost numeral INFER. Where the
    best alignment fills a gap with headings ("- MỤC ĐÍCH, Ý NGHĨA -", "- TNỘI DUNG",
    "II: HOẠT ĐỘNG" for I., II., III.), those headings are inferred, when the gap holds no
    other candidate (which would make the choice a guess)."""
    if not romans:
        return []
    position = {id(seg): k for k, seg in enumerate(segments)}
    last = position[id(romans[-1].seg)]
    romans_at = {position[id(it.seg)]: it for it in romans}
    candidates = [k for k in range(body + 1, last) if k not in romans_at
                  and heading_candidate(segments, k)]
    sequence = sorted([*romans_at, *candidates])
    # best[v] = (cost, assignment) having numbered up to value v
    best: dict[int, tuple[float, list[int | None]]] = {0: (0.0, [])}
    for i, k in enumerate(sequence):
        # a numeral lost without a trace between two lines with nothing between them
        # is a numeral misread, not one lost
        skip = SKIP if k - (sequence[i - 1] if i else body) > 1 else 3 * SKIP
        step: dict[int, tuple[float, list[int | None]]] = {}
        for v, (cost, path) in best.items():
            # (value numbered up to, cost, value this element takes or None)
            options: list[tuple[int, float, int | None]]
            if k in romans_at:
                seen = romans_at[k].label.text
                likely = likely_roman_value(seen)
                options = [(want, cost + skip * (want - v - 1) + (
                    0.0 if likely == want else substitution(seen, ROMANS[want - 1], "roman")
                    # a numeral that reads as another value is taken for this one at a cost
                    # (less where OCR lost one of its strokes: "II." for "III.")
                    + (CLEAN_RELABEL if likely and ROMANS[want - 1] != seen + "I" else 0.0)),
                    want)
                           for want in range(v + 1, min(v + 4, len(ROMANS) + 1))]
                options.append((v, cost + EXTRA, None))
            else:
                options = [(v, cost, None), (v + 1, cost + INFER, v + 1)]
            for value, total, took in options:
                if value not in step or total < step[value][0]:
                    step[value] = (total, [*path, took])
        best = step
    _, assigned = min(best.values(), key=lambda entry: entry[0])
    out = []
    bounds = [-1] + [i for i, k in enumerate(sequence) if k in romans_at]
    for lo, hi in itertools.pairwise(bounds):
        gap = [i for i in range(lo + 1, hi) if assigned[i] is not None]
        if not gap or len(gap) != hi - lo - 1:
            continue  # a gap's headings are inferred only when each is needed
        for i in gap:
            found = infer_roman(segments[sequence[i]], assigned[i])
            if found is not None:
                out.append(found)
    return out


# the signature block's authority ("TM. ỦY BAN NHÂN DÂN"): where the headings end
SIGNING = regex.compile(rf"^\W{{0,2}}(?:{AUTHORITY_ALTERNATION})\s?\.")
# a roman numeral OCR read as other letters or marks before a heading: "TY. NỘI DUNG"
SPOILED_NUMERAL = regex.compile(r"^[^\s\p{Ll}\d]{1,3}[.,]\s*(?=\p{Lu}{2,}\W*\s+\p{Lu}{2,})")


# capitals OCR read for a numeral before a heading ("EL CÔNG TÁC")
CAPITALS_BEFORE_HEADING = regex.compile(r"^(\p{Lu}{1,2})\s+(?=\p{Lu}{2,})")
# a numeral OCR read as a short run of other marks before a heading ("v1, MỤC ĐÍCH")
JUNK_BEFORE_HEADING = regex.compile(r"^[^\s[:upper:]]\S{0,3}\s+(?=[[:upper:]]{2,})")


# a numeral's stroke glued to the heading's first word (the word, stroke and all, group 1)
STROKE_GLUED = regex.compile(r"^[\W_]*(?=([LlI1|]\p{Lu}+)\b)[LlI1|]")


def likely_roman_value(text: str) -> int:
    """The value a (maybe damaged) numeral most likely had: "H" 2 (its two strokes), "1V"
    4; 0 if none."""
    numeral = text.translate(ROMAN_FOR).replace("H", "II")
    return roman_value(numeral) if ROMAN.match(numeral) else 0


PARALLEL = 3  # siblings that open with the same words, for a lost item's to be evidence
JUNK_NUMERAL = 4  # at most this many characters OCR may have read for a lost numeral
MAX_LOST = 3  # items lost in a row that the siblings' openings can still place


def opener(text: str) -> str:
    """The first two words, as siblings of a list share them ("Sắp xếp toàn bộ …")."""
    words = regex.findall(r"\w+", strip_accents(text).lower())
    return " ".join(words[:2]) if len(words) >= 2 else ""


def sibling_pairs(run: list[Item]) -> Iterator[tuple[Item, Item, Item | None]]:
    """Each item and the next of its list, and, past a number that breaks the order
    between two that keep it ("20." "39." "23."), the two around it with it: a label
    misread, itself one of the numbers between them."""
    for k in range(len(run) - 1):
        yield run[k], run[k + 1], None
        if k + 2 < len(run):
            a, b, c = (it.label.text for it in run[k:k + 3])
            if a.isdigit() and b.isdigit() and c.isdigit() and int(a) < int(c) and not (
                    int(a) < int(b) < int(c)):
                yield run[k], run[k + 2], run[k + 1]


def lost_numbers(doc: Document, segments: list[Segment], items: list[Item],
                 widths: Widths) -> list[tuple[Item, Correction]]:
    """An item between "5." and "7." whose number OCR lost or read as a speck ("ng Sắp
    xếp toàn bộ …"): a paragraph there that opens with the same words as its siblings
    (at least PARALLEL of them) is item 6, the only one that does (and between "4." and
    "8.", three such paragraphs are 5, 6 and 7)."""
    position = {id(seg): k for k, seg in enumerate(segments)}
    short = {id(seg) for seg in segments if widths.short(doc, seg)}
    out = []
    for run in runs(items, "number"):
        out += lost_first_numbers(segments, items, run, position, short)
        openers = [opener(it.seg.text[it.label.end:]) for it in run]
        out += lost_last_number(segments, items, run, openers, position)
        # (every opening that PARALLEL siblings share: two may tie)
        common = {o for o in openers if o and openers.count(o) >= PARALLEL}
        filled: set[tuple[int, int]] = set()  # the pairs whose gap the openings filled
        for a, b, misread in sibling_pairs(run) if common else ():
            if not (a.label.text.isdigit() and b.label.text.isdigit()
                    and 2 <= int(b.label.text) - int(a.label.text) <= MAX_LOST + 1):
                continue
            found = []
            if misread is not None:
                if int(b.label.text) - int(a.label.text) < 3 or opener(
                        misread.seg.text[misread.label.end:]) not in common:
                    continue  # (a label misread alone is the sequence repair's)
                # ("20." "39." "23.": the 39 is one of the lost numbers, misread)
                found.append((misread.seg, misread.label.end))
            for seg in item_openings(segments, position[id(a.seg)], position[id(b.seg)],
                                     bullets=True):
                if (start := parallel_opening(seg.text, common, 1)) is not None:
                    found.append((seg, start))
            found.sort(key=lambda f: position[id(f[0])])
            if len(found) == int(b.label.text) - int(a.label.text) - 1:
                filled.add((id(a), id(b)))
                for value, (seg, start) in enumerate(found, start=int(a.label.text) + 1):
                    words = opener(seg.text[start:])
                    inferred = infer_number(
                        seg, start, value,
                        f"item {value} of its list: the items before and after it are "
                        f"numbered, and it opens as they do (“{words} …”); its number was "
                        "lost or misread")
                    if inferred is not None:
                        out.append(inferred)
        # (a paragraph whose opening OCR damaged too: "Q. SIU xếp toàn bộ …" for "9. Sắp
        # xếp toàn bộ …")
        out += lost_one_number(segments, run, position, items, filled)
    return out


def parallel_opening(text: str, common: Collection[str], most_junk: int,
                     word_first: bool = False) -> int | None:
    """Where a paragraph's words start that open as its siblings' do (`common`), after at
    most `most_junk` short tokens OCR read for its lost label ("ng Sắp xếp …"), or None.
    `word_first`: its words open with a letter."""
    for junk in range(most_junk + 1):
        parts = text.split(maxsplit=junk) if junk else [text]
        if (len(parts) == junk + 1 and opener(parts[junk]) in common
                and (not word_first or parts[junk][:1].isalpha())
                and all(len(part) <= JUNK_NUMERAL for part in parts[:junk])):
            return len(text) - len(parts[junk])
    return None


def lost_letters(segments: list[Segment], items: list[Item]) -> list[tuple[Item, Correction]]:
    """A point between "b)" and "d)" whose letter OCR lost or read as specks ("cJ Đối với
    trường hợp …"): the one paragraph there that opens with the words its siblings share (at
    least PARALLEL of them) is point c, as lost_numbers reads an item's number."""
    position = {id(seg): k for k, seg in enumerate(segments)}
    out = []
    for run in runs(items, "letter"):
        openers = [opener(it.seg.text[it.label.end:]) for it in run]
        common = {o for o in openers if o and openers.count(o) >= PARALLEL}
        if not common:
            continue
        alphabet = pick_alphabet([run])
        for a, b in itertools.pairwise(run):
            if a.label.text not in alphabet:
                continue
            lo = alphabet.index(a.label.text)
            found = []
            for seg in item_openings(segments, position[id(a.seg)], position[id(b.seg)],
                                     bullets=True):
                # (what OCR read for the letter: nothing, or a token or two, "cJ", "- đỳ}";
                # its words then open with a letter, not a mark left of the label, "-#)")
                if (start := parallel_opening(seg.text, common, 2, word_first=True)) is not None:
                    found.append((seg, start))
            # the next point's letter, or the one its misread label may stand for ("8)"
            # for g after "d)" and two such paragraphs) that leaves room for them all
            readings = {b.label.text} | {x for pair in LABEL_LOOK_ALIKES if b.label.text in pair
                                        for x in pair}
            fits = [alphabet.index(x) for x in readings
                    if x in alphabet and alphabet.index(x) - lo - 1 == len(found)]
            if not found or len(fits) != 1 or len(found) > MAX_LOST:
                continue
            for letter, (seg, start) in zip(alphabet[lo + 1:fits[0]], found, strict=True):
                where = seg.to_original(0, start)
                if where is None:
                    continue
                out.append((Item(seg, Label("letter", letter, start)), Correction(
                    stage="correct", kind="label", line=seg.line, start=where[0],
                    end=where[1], before=seg.text[:start], after=f"{letter}) ",
                    confidence=0.8,
                    reason=f"point {letter} of its list: the points before and after it are "
                           f"lettered, and it opens as they do (“{opener(seg.text[start:])} "
                           "…”); its letter was lost or misread")))
    return out


# a paragraph opening with a number whose period OCR lost or damaged: "1 Hàng hóa …",
# "2,:-Dịch vụ …" (a capital follows)
NUMBER_OPENING = regex.compile(r"^[\W_]{0,2}(\d{1,2})(?:\s+|[.,:;\-_]+\s*)(?=\p{Lu})")
LEADING_DASH = 0.6  # a list's first paragraph opening with a dash, taken for its item 1
MAX_LEADING_LOST = 2  # items lost before a list's first label that are still placed
TOP_LIST_LOOKBACK = 6  # lines before a letter's first label read where its lost ones are


def lost_first_numbers(segments: list[Segment], items: list[Item], run: list[Item],
                       position: dict[int, int], short: Collection[int]
                       ) -> list[tuple[Item, Correction]]:
    """A list under its heading whose first label read is "3.": the paragraphs before it
    that open with "1" and "2" however their periods were damaged ("1 Hàng hóa bao gồm:",
    "2,:-Dịch vụ bao gồm:") are its items 1 and 2, when exactly those are found."""
    first = run[0]
    if not first.label.text.isdigit() or not 2 <= int(first.label.text) <= MAX_LEADING_LOST + 1:
        return []
    k = items.index(first)
    parent = next((it for it in reversed(items[:k]) if it.label.kind in PARENTS["number"]),
                  None)
    if parent is None:
        # a letter's list opens its body: the paragraphs just before its "2." (after any
        # label but a dash OCR read at a wrapped line's start, and the Kính gửi's line)
        if any(it.label.kind != "bullet" for it in items[:k]):
            return []
        after = max(position[id(first.seg)] - TOP_LIST_LOOKBACK, -1)
    elif any(it.label.kind == "number" for it in items[items.index(parent):k]):
        return []
    else:
        after = position[id(parent.seg)]
    found = []
    openings = list(item_openings(segments, after, position[id(first.seg)], short=short))
    for seg in openings:
        m = NUMBER_OPENING.match(seg.text)
        if m is not None:
            found.append((seg, m.end(), int(m.group(1))))
    want = list(range(1, int(first.label.text)))
    if not found and want == [1]:
        # item 1 read as a token that is no number: "si: Trong Thông tư này …" before "2."
        junk = [(seg, opening) for seg in openings
                if (opening := junk_opening(seg.text)) is not None]
        if len(junk) == 1:
            seg, (start, token) = junk[0]
            inferred = infer_number(
                seg, start, 1,
                f"item 1 of its list, before its item 2: the one paragraph there opens with "
                f"“{token}”, no word, where its number stood")
            return [inferred] if inferred is not None else []
        # item 1's number read as a speck apart, in the first paragraph under the heading
        # ("II. ĐỐI TƯỢNG …" / "' Đối tượng dự thi: Công dân …" / "2. Nội dung …")
        if (parent is not None and openings and openings[0] is segments[after + 1]
                and (speck := SPECK_FOR_NUMBER.match(openings[0].text)) is not None):
            inferred = infer_number(
                openings[0], speck.end(), 1,
                f"item 1 of its list, before its item 2: the first paragraph under its "
                f"heading opens with “{speck.group().strip()}”, a speck where its number stood")
            return [inferred] if inferred is not None else []
        # item 1's number lost, or read as a mark ("' Phạm vi điều chỉnh:" / "2. Đối
        # tượng áp dụng:"): the one paragraph there that is a short heading ending as item
        # 2's does, a colon after it
        if (title := first.seg.text[first.label.end:].strip()).endswith(":") and (
                len(title.split()) <= HEADING_WORDS):
            parallel = [(seg, start) for seg in openings
                        if (start := marks_before_heading(seg.text)) is not None]
            if len(parallel) == 1:
                seg, start = parallel[0]
                inferred = infer_number(
                    seg, start, 1,
                    f"item 1 of its list, before its item 2: the one paragraph there is a "
                    f"short heading ending with a colon, as item 2 (“{title}”) is; its number "
                    "was lost")
                return [inferred] if inferred is not None else []
        # item 1 read as a dash: the one dash item before "2.", opening with its first word
        # ("- Tại điểm đ khoản 3 …" / "2. Tại đoạn đầu …")
        dashes = [seg for seg in item_openings(segments, after, position[id(first.seg)],
                                               bullets=True) if seg.label is not None]
        word = opener(first.seg.text[first.label.end:]).split(" ")[0]
        if len(dashes) == 1 and dashes[0].label.text == "-" and word and (
                opener(dashes[0].text[dashes[0].label.end:]).split(" ")[0] == word):
            inferred = infer_number(
                dashes[0], dashes[0].label.end, 1,
                f"item 1 of its list, before its item 2: the one paragraph there opens with "
                f"a dash and with “{word}” as item 2 does; its number was read as the dash")
            return [inferred] if inferred is not None else []
        if (parent is not None and parent.label.kind == "roman" and len(dashes) == 1
                and dashes[0].label.text == "-"
                and list(item_openings(segments, after, position[id(first.seg)],
                                       bullets=True))[:1] == dashes):
            # the one dash there opens the first paragraph under a roman heading ("1,
            # MỤC ĐÍCH" / "- Nhằm khuyến khích …" / "2. Kết hợp …"): less sure, its words
            # not its sibling's (under an article, a dash note may stand before a list)
            inferred = infer_number(
                dashes[0], dashes[0].label.end, 1,
                "item 1 of its list, before its item 2: the one paragraph there opens the "
                "list under its heading with a dash, where its number was read as the dash")
            return [] if inferred is None else [
                (inferred[0], dataclasses.replace(inferred[1], confidence=LEADING_DASH))]
    if not found and len(want) >= 2:
        # items 1 to N-1 read as dashes, each a short heading as item N's is ("- Thành phần
        # triệu tập" / "- Thời gian, địa điểm" / "3$, Kinh phí, công tác hậu cần:"): the
        # dashes there, as many as the numbers lost
        # (in a letter's body, from the first dash item read before it)
        start = min([after] + [position[id(it.seg)] - 1 for it in items[:k]
                               if parent is None and it.label.kind == "bullet"])
        dashes = [seg for seg in item_openings(segments, start, position[id(first.seg)],
                                               bullets=True) if seg.label is not None]

        def few_words(text: str) -> bool:
            return 0 < len(text.split()) <= HEADING_WORDS

        if len(dashes) == len(want) and few_words(first.seg.text[first.label.end:]) and all(
                d.label.text in "-–—" and few_words(d.text[d.label.end:]) for d in dashes):
            out = []
            for value, seg in zip(want, dashes, strict=True):
                inferred = infer_number(
                    seg, seg.label.end, value,
                    f"item {value} of its list, before its item {first.label.text}: the "
                    f"dashes there, short headings as item {first.label.text}'s is, are as "
                    "many as the numbers lost, which OCR read as dashes")
                if inferred is not None:
                    out.append((inferred[0], dataclasses.replace(
                        inferred[1], confidence=LEADING_DASH)))
            return out if len(out) == len(want) else []
    if [value for _, _, value in found] != want:
        return []
    out = []
    for seg, end, value in found:
        inferred = infer_number(
            seg, end, value,
            f"item {value} of its list, before its item {first.label.text}: the paragraph "
            f"opens with “{seg.text[:end].strip()}”, its number with the period lost")
        if inferred is not None:
            out.append(inferred)
    return out


# a speck apart before a capitalised word, where a number stood (no opening quote or
# bracket: those belong to the words)
SPECK_FOR_NUMBER = regex.compile(r"^['‘’`.,:;_*~-]{1,2}\s+(?=\p{Lu})")
# a short heading ending with a colon, a few marks at most before it ("' Phạm vi điều
# chỉnh:"): no word before its capital
HEADING_AFTER_MARKS = regex.compile(r"^[^\w\s]{0,2}\s*(?=\p{Lu}\p{Ll})")


def marks_before_heading(text: str) -> int | None:
    """Where a short heading ending with a colon starts, after the marks before it (None
    if the paragraph is none)."""
    m = HEADING_AFTER_MARKS.match(text)
    if m is None:
        return None
    heading = text[m.end():].rstrip()
    return m.end() if heading.endswith(":") and len(heading.split()) <= HEADING_WORDS else None


MODIFIERS = regex.compile(r"^\p{Lm}+[^\w\s]?$")  # "ˆ", "ˆ.": a speck, no letter
# a speck and the period of a number OCR lost ("†."), not a bullet's sign or a quote
# (a plus or a tilde with the period, or a comma for it, is no bullet's sign: "+. Phát
# huy …", "+, Quy định về …")
# (specks OCR read before it too: "-_†, Sửa đổi …")
SPECK_NUMBER = regex.compile(r"^[_\-–.'`]{0,2}[^\w\s\-–—•*“”\"'(\[][.,]$")


def junk_opening(text: str) -> tuple[int, str] | None:
    """Where the words start after the token a paragraph opens with, if that token is what
    OCR read for a lost number: short, no word ("ST Trường hợp …"), a capital after it. A
    syllable of one letter ("T Nội dung thi"), or of two with a mark after it ("si: Trong
    …", "xã, Sắp xếp", "Pu, Thể lệ"), is one too: no sentence opens so. (Without its mark,
    a word in lower case may open a line wrapped after a short one: "và Xã hội ban hành".)"""
    first = text.split(maxsplit=1)
    # (a speck and the number's period: "†. Luật Nhà giáo …"; not a bullet's sign, nor a
    # modifier letter alone, a speck: "ˆ Nay sửa thành: …")
    if not (len(first) == 2 and len(first[0]) <= JUNK_NUMERAL
            and first[1].lstrip("“\"")[:1].isupper()
            and (any(ch.isalnum() for ch in first[0]) or SPECK_NUMBER.match(first[0]))
            and not MODIFIERS.match(first[0])):
        return None
    word = first[0].strip(".,:;")
    marked = first[0][len(word):][:1] in (":", ".", ",")
    # (a word of two letters in capitals with a tone mark, "MÀ Ủy ban …": no abbreviation
    # carries one, and a sentence opens in sentence case)
    plain = word.replace("Đ", "D")  # (a Đ is a letter of its own, no tone: "ĐA")
    toned_capitals = len(word) <= 2 and word.isupper() and strip_accents(plain) != plain
    if parse(word.lower()) is not None and not (
            len(word) == 1 or (len(word) <= 2 and marked) or toned_capitals):
        return None
    return len(text) - len(first[1]), first[0]


def lost_one_number(segments: list[Segment], run: list[Item], position: dict[int, int],
                    items: Collection[Item] = (), filled: Collection[tuple[int, int]] = ()
                    ) -> list[tuple[Item, Correction]]:
    """Between "4." and "6.", the one paragraph that opens with a token no word is ("ST
    Trường hợp …": its "5." misread) is item 5, rather than "6." misprinted; so is the
    paragraph over a list of points that starts again ("a)" after "d)"), where no
    paragraph opens so. (`filled`: pairs of items whose gap is already read.)"""
    out = []
    for a, b in itertools.pairwise(run):
        va, vb = (it.label.text.translate(DIGIT_FOR) for it in (a, b))
        if (id(a), id(b)) in filled or not (
                va.isdigit() and vb.isdigit() and int(vb) == int(va) + 2):
            continue
        value = int(va) + 1
        found = lone_junk_opening(segments, a, b, position)
        if found is not None:
            seg, start, junk = found
            why = f"the one paragraph there opens with “{junk}”, no word, where its number stood"
        elif (over := points_again(segments, items, a, b, position)) is not None:
            seg, start = over
            why = ("the paragraph over its points, whose list starts again at “a)”: its "
                   "number was lost")
        else:
            continue
        inferred = infer_number(seg, start, value, f"item {value} of its list, between "
                                f"{a.label.text} and {b.label.text}: {why}")
        if inferred is not None:
            out.append(inferred)
    return out


def lost_last_number(segments: list[Segment], items: list[Item], run: list[Item],
                     openers: list[str], position: dict[int, int]
                     ) -> list[tuple[Item, Correction]]:
    """After a list's last item, before the next heading, the paragraphs that open with a
    sign and a period where their numbers stood ("+. Sửa đổi điểm d …": a bullet's sign
    takes no period) are the items after it: each, where it opens with the words its
    printed siblings open with (PARALLEL of them, it counted; `openers`: the run's); or the
    one over a list of points that starts again ("a)" after "b)"). So is the one that opens
    with a token no word is, over the list's first points (".ử Gợi ý …")."""
    last = run[-1]
    value = last.label.text.translate(DIGIT_FOR)
    if not value.isdigit():
        return []
    k = items.index(last)
    bound = next((it for it in items[k + 1:] if it.label.kind in PARENTS["number"]), None)
    if bound is None:
        return []
    signed = [(seg, m.end()) for j in range(position[id(last.seg)] + 1, position[id(bound.seg)])
              if (seg := segments[j]).label is None
              and (m := SIGN_NUMERAL.match(seg.text)) is not None
              and starts_paragraph(seg, segments[j - 1])]
    shared = openers[-1]
    parallel = [(seg, end) for seg, end in signed if opener(seg.text[end:]) == shared]
    signed_why = "the paragraph opens with a sign and a period where its number stood, and"
    if shared and parallel and len(parallel) == len(signed) <= MAX_LOST and (
            openers.count(shared) + len(parallel) >= PARALLEL):
        why = f"{signed_why} it opens with “{shared}” as its siblings do"
    elif (over := points_again(segments, items, last, bound, position)) is not None and any(
            seg is over[0] for seg, _ in signed):
        parallel = [next((seg, end) for seg, end in signed if seg is over[0])]
        why = f"{signed_why} it stands over its points, whose list starts again at “a)”"
    elif (heading := junk_over_points(segments, items, last, bound, position)) is not None:
        parallel = [heading]
        why = ("the paragraph opens with a token no word is where its number stood, and it "
               "stands over the list's first points")
    else:
        return []
    out = []
    for n, (seg, end) in enumerate(parallel, start=int(value) + 1):
        inferred = infer_number(
            seg, end, n, f"item {n} of its list, after its item {last.label.text}: {why}")
        if inferred is not None:
            out.append(inferred)
    return out


def junk_over_points(segments: list[Segment], items: list[Item], last: Item, bound: Item,
                     position: dict[int, int]) -> tuple[Segment, int] | None:
    """The one paragraph after item `last` that opens with a token no word is (".ử Gợi ý
    về …" for "2."), right over the first points after it ("a." with none between), and
    where its words start."""
    lo, hi = position[id(last.seg)], position[id(bound.seg)]
    junk = [(seg, opening[0]) for seg in item_openings(segments, lo, hi)
            if (opening := junk_opening(seg.text)) is not None]
    if len(junk) != 1:
        return None
    seg, start = junk[0]
    points = [it for it in items if it.label.kind == "letter"
              and lo < position[id(it.seg)] < hi]
    # (the first read as a digit, "4) Nguyên vật liệu", counts as "a)" before a "b)")
    first_a = points and (observed(points[0], "letter") in ("a", "ä") or (
        points[0].label.damaged and points[0].label.text.isdigit() and len(points) > 1
        and observed(points[1], "letter") == "b"))
    if not first_a or not (
            position[id(seg)] < position[id(points[0].seg)] <= position[id(seg)] + 2):
        return None
    return seg, start


SPECKS_OPENING = regex.compile(r"^[^\p{L}\p{N}\s]{1,3}\s+")  # "+. tham: gia …"


def points_again(segments: list[Segment], items: Collection[Item], a: Item, b: Item,
                 position: dict[int, int]) -> tuple[Segment, int] | None:
    """The paragraph (and where its words start) right over the one list of points that
    starts again between items a and b, its first line or two back."""
    lo, hi = position[id(a.seg)], position[id(b.seg)]
    points = [it for it in items
              if it.label.kind == "letter" and lo < position[id(it.seg)] < hi]
    again = [it for before, it in itertools.pairwise(points) if points_again_at(before, it)]
    if len(again) != 1:
        return None
    k = position[id(again[0].seg)]
    for j in (k - 1, k - 2):
        seg = segments[j]
        if j <= lo or (seg.label is not None and seg.label.kind != "bullet"):
            return None
        specks = SPECKS_OPENING.match(seg.text)
        # (specks where its number stood open it as well as a sentence's end before it)
        if starts_paragraph(seg, segments[j - 1]) or specks:
            return seg, specks.end() if specks else 0
    return None


def lone_junk_opening(segments: list[Segment], a: Item, b: Item, position: dict[int, int]
                      ) -> tuple[Segment, int, str] | None:
    """The one paragraph between items a and b that opens with a token no word is, with
    where its words start and that token; None unless exactly one does."""
    found = [(seg, *opening)
             for seg in item_openings(segments, position[id(a.seg)], position[id(b.seg)])
             if (opening := junk_opening(seg.text)) is not None]
    return found[0] if len(found) == 1 else None


def lost_one_decimal(segments: list[Segment], items: list[Item]
                     ) -> list[tuple[Item, Correction]]:
    """Between "3.2." and "3.4.", the one paragraph that opens with a token no word is
    ("j.ð. THỂ lệ": its "3.3." misread) is sub-item 3.3."""
    position = {id(seg): k for k, seg in enumerate(segments)}
    out = []
    for run in runs(items, "decimal"):
        for a, b in itertools.pairwise(run):
            head_a, _, last_a = observed(a, "decimal").translate(DIGIT_FOR).rpartition(".")
            head_b, _, last_b = observed(b, "decimal").translate(DIGIT_FOR).rpartition(".")
            if not (head_a and head_a == head_b and last_a.isdigit() and last_b.isdigit()
                    and int(last_b) == int(last_a) + 2):
                continue
            found = lone_junk_opening(segments, a, b, position)
            if found is None:
                continue
            seg, start, junk = found
            value = f"{head_a}.{int(last_a) + 1}"
            where = seg.to_original(0, start)
            if where is None:
                continue
            out.append((Item(seg, Label("decimal", value, start)), Correction(
                stage="correct", kind="label", line=seg.line, start=where[0], end=where[1],
                before=seg.text[:start], after=f"{value}. ", confidence=0.8,
                reason=f"sub-item {value} of its list, between {a.label.text} and "
                       f"{b.label.text}: the one paragraph there opens with “{junk}”, no word, "
                       "where its number stood")))
    return out


# an article heading whose keyword OCR read as another word: "Tiện 5. Phê duyệt …"
# (or the keyword itself, its period lost and a speck before it: "- Điều 3 Trách nhiệm …")
ARTICLE_SHAPE = regex.compile(
    r"^[\W_]{0,2}(?P<kw>[^\W\d_]{2,6})\s*(?P<n>\d{1,3})(?:\s*(?P<mark>[.:,;])\s*|\s+)(?=\p{Lu})")


def chapter_numeral(item: Item) -> str:
    """A chapter heading's numeral as read ("" where none was)."""
    return [*item.label.text.split(), ""][1]


def chapter_value(item: Item) -> int | None:
    """The value of a chapter heading read clean ("Chương III", "Chương 3"), else None."""
    numeral = chapter_numeral(item)
    if numeral.isdigit():
        return int(numeral)
    return roman_value(numeral) if ROMAN.fullmatch(numeral) else None


# what OCR left of a chapter heading's keyword line: a few short tokens, no sentence
LOST_KEYWORD_LINE = regex.compile(r"^\S{1,8}(?:\s+\S{1,4}){0,3}$")


def lost_chapters(segments: list[Segment], items: list[Item]) -> list[tuple[Item, Correction]]:
    """Between "Chương I" and "Chương III", read clean, the one title in capitals standing
    alone before an article, after chapter I's own articles, is chapter II's: its keyword
    line was lost or read beyond recognition ("Chư0ng ; ĩ"). The label is written on that
    line, or before the title where OCR left none. After the last chapter read, the one
    such title under a line OCR read for its keyword ("Chương J5", "TH  g HH") is the next
    chapter's."""
    chapters = [it for it in items if it.label.kind == "chapter"]
    position = {id(seg): k for k, seg in enumerate(segments)}
    kind_at = {position[id(it.seg)]: it.label.kind for it in items}
    bounds: list[tuple[Item, Item | None]] = [*itertools.pairwise(chapters)]
    if chapters:
        bounds.append((chapters[-1], None))
    out = []
    for a, b in bounds:
        # (the first chapter's numeral read as a stroke, "Chương |", is its I)
        va = chapter_value(a) or (1 if a is chapters[0] and chapter_numeral(a) in ONE_LIKE
                                  else None)
        if va is None or (b is not None and chapter_value(b) != va + 2):
            continue
        lo = position[id(a.seg)]
        hi = position[id(b.seg)] if b is not None else next(
            (j for j in sorted(kind_at) if j > lo and kind_at[j] == "part"), len(segments))
        found = [k for k in range(lo + 1, hi) if chapter_title_at(segments, k, lo, hi, kind_at)]
        if len(found) != 1:
            continue
        k = found[0]
        keyword, numeral = a.label.text.split()[:2]
        want = f"{keyword} {va + 1 if numeral.isdigit() else to_roman(va + 1)}"
        prev = segments[k - 1]
        on_line = (k - 1 > lo and k - 1 not in kind_at
                   and LOST_KEYWORD_LINE.match(prev.text.strip()) is not None
                   and not prev.text.rstrip().endswith((".", ";", ":", ",")))
        if b is None and not on_line:
            continue  # (with no chapter after it, only under what OCR read for its keyword)
        seg = prev if on_line else segments[k]
        end = len(seg.text) if on_line else 0
        where = seg.to_original(0, end)
        if where is None:
            continue
        between = (f"between {a.label.text} and {b.label.text}" if b is not None
                   else f"after {a.label.text}, under a line that is no word")
        out.append((Item(seg, Label("chapter", want, end, damaged=True)), Correction(
            stage="correct", kind="label", line=seg.line, start=where[0], end=where[1],
            before=seg.text[:end], after=want if on_line else f"{want} ", confidence=0.75,
            reason=f"chapter {va + 1} of the document's chapters, {between}: its heading was "
                   "lost, its title in capitals stands before its first article")))
    return out


# a word OCR left of the keyword "Chương" ("hương,", "Chươnz"): its letters one or two
# edits from it
CHAPTER_KEYWORD_DISTANCE = 2


# the title of a normative text's first chapter (the corpus prints "QUY ĐỊNH CHUNG" alone
# under "Chương I" 176 times in 186), compared without accents
FIRST_CHAPTER_TITLE = regex.compile(r"^\W*(?:NHUNG )?QUY DINH CHUNG\W*$")


def lost_first_chapter(segments: list[Segment], items: list[Item]
                       ) -> list[tuple[Item, Correction]]:
    """Articles before the first chapter read (or no chapter read at all): chapter I's
    heading was lost. Its title in capitals stands alone right before the first article,
    under a line of a few tokens, one of them what OCR left of the keyword ("& hương, |",
    "Chương E _"): that line is "Chương I"."""
    chapters = [it for it in items if it.label.kind == "chapter"]
    articles = [it for it in items if it.label.kind == "article"]
    if not articles or (chapters and items.index(articles[0]) > items.index(chapters[0])):
        return []
    position = {id(seg): k for k, seg in enumerate(segments)}
    labelled = {position[id(it.seg)] for it in items}
    first = position[id(articles[0].seg)]
    # the title's lines (one or two) right before the first article, and the line above;
    # or the first chapter's own title anywhere before it ("QUY ĐỊNH CHUNG", over the
    # first article whose label OCR lost too)
    tops = [(top, first, False) for top in (first - 1, first - 2)] + [
        (k, k + 1, True) for k in range(1, first) if FIRST_CHAPTER_TITLE.match(
            strip_accents(segments[k].text).upper())]
    for top, end, titled in tops:
        if top < 1 or any(k in labelled or not heading_like(segments[k].text)
                          for k in range(top, end)):
            continue
        line = segments[top - 1]
        words = line.text.split()
        if (top - 1 in labelled or not 1 <= len(words) <= 4
                or line.text.rstrip().endswith((".", ";", ":"))
                or all(parse(w.strip(",.:;")) for w in words)  # (words: no remnant)
                or strip_accents(words[0]).lower() == "muc"  # (a section's: "Mục l- |")
                or not (titled or any(
                    Levenshtein.distance(strip_accents(w).lower().strip(",.:;|"),
                                         "chuong") <= CHAPTER_KEYWORD_DISTANCE
                    for w in words))):
            continue
        plain, capitals = HEADING_KEYWORDS["chapter"]
        # (the keyword's case and the numeral's kind as the chapters read print them; with
        # none read, as the remnant prints its keyword, and roman, as NĐ 30/2020 has it)
        model = chapters[0].label.text if chapters else line.text
        # (its letters all capitals, more than one: a lone capital, "C Ti gl", "—C hương",
        # says nothing of the keyword's case)
        letters = [ch for ch in model if ch.isalpha()]
        keyword = capitals if len(letters) > 1 and all(ch.isupper() for ch in letters) \
            else plain
        digits = bool(chapters) and chapter_numeral(chapters[0]).isdigit()
        want = f"{keyword} {'1' if digits else 'I'}"
        where = line.to_original(0, len(line.text))
        if where is None:
            return []
        first_read = (f"before its first chapter read ({chapters[0].label.text})" if chapters
                      else "with no chapter heading read")
        return [(Item(line, Label("chapter", want, len(line.text), damaged=True)), Correction(
            stage="correct", kind="label", line=line.line, start=where[0], end=where[1],
            before=line.text, after=want, confidence=0.75,
            reason=f"chapter I: the document's articles begin {first_read}, and this line, "
                   "what OCR left of a heading's keyword, stands over the title in capitals "
                   "before its first article"))]
    return []


# the most tokens a keyword's line may hold with its numeral read past recognition
# ("Chương Ú : › : Tớ J.")
KEYWORD_LINE_TOKENS = 8


def chapter_after_articles(segments: list[Segment], items: list[Item]
                           ) -> list[tuple[Item, Correction]]:
    """A chapter keyword whose numeral is past reading ("Chương Ú : › : Tớ J."), where no
    chapter was read, over a title in capitals standing alone before an article that goes
    on from the articles before it ("Điều 3." … "Điều 4."): those articles are a first
    chapter's (its heading lost, or never printed), so this one is chapter II. (An article
    1 after it opens another text, a regulation the decision issues: its chapter I.)"""
    if any(it.label.kind == "chapter" for it in items):
        return []
    position = {id(seg): k for k, seg in enumerate(segments)}
    item_at = {position[id(it.seg)]: it for it in items}
    articles = sorted(k for k, it in item_at.items() if it.label.kind == "article")
    plain, capitals = HEADING_KEYWORDS["chapter"]
    for k, seg in enumerate(segments):
        words = seg.text.split()
        if (k in item_at or not 2 <= len(words) <= KEYWORD_LINE_TOKENS
                or words[0] not in (plain, capitals) or words[1].lower() == "trình"):
            continue  # ("Chương trình …" is no chapter's keyword)
        before = [j for j in articles if j < k]
        after = next((j for j in articles if j > k), None)
        if not before or after is None or after == k + 1 or not all(
                heading_like(segments[j].text) for j in range(k + 1, after)):
            continue
        last, nxt = article_number(item_at[before[-1]]), article_number(item_at[after])
        where = seg.to_original(0, len(seg.text))
        if last is None or nxt != last + 1 or where is None:
            continue
        want = f"{words[0]} II"
        return [(Item(seg, Label("chapter", want, len(seg.text), damaged=True)), Correction(
            stage="correct", kind="label", line=seg.line, start=where[0], end=where[1],
            before=seg.text, after=want, confidence=0.75,
            reason=f"chapter II: the first chapter heading read, its numeral past reading, "
                   f"stands between {item_at[before[-1]].label.text} and "
                   f"{item_at[after].label.text}, so the articles before it are a first "
                   "chapter's"))]
    return []


def chapter_title_at(segments: list[Segment], k: int, lo: int, hi: int,
                     kind_at: dict[int, str]) -> bool:
    """Segment k is a title in capitals standing alone, after an article of the chapter
    at lo, before an article (after the title's second line at most)."""
    seg, prev = segments[k], segments[k - 1]
    if k in kind_at or not heading_like(seg.text) or heading_like(prev.text) or not any(
            kind_at.get(j) == "article" for j in range(lo + 1, k)):
        return False
    nxt = next((j for j in range(k + 1, min(k + 3, hi)) if j in kind_at), None)
    return nxt is not None and kind_at[nxt] == "article" and all(
        heading_like(segments[j].text) for j in range(k + 1, nxt))


def lost_articles(segments: list[Segment], items: list[Item]) -> list[tuple[Item, Correction]]:
    """Between "Điều 4." and "Điều 6.", the one paragraph that opens as a heading numbered
    5 ("Tiện 5. Phê duyệt …") is article 5, its keyword misread beyond recognition."""
    articles = [it for it in items if it.label.kind == "article"]
    position = {id(seg): k for k, seg in enumerate(segments)}
    out = []
    for a, b in itertools.pairwise(articles):
        na, nb = (article_number(it) for it in (a, b))
        if na is not None and nb is not None and na + 2 < nb <= na + 1 + MOST_LOST_ARTICLES:
            out += lost_run_of_articles(segments, position, a, b, na, nb)
            continue
        if na is None or nb != na + 2:
            continue
        found = []
        for k in range(position[id(a.seg)] + 1, position[id(b.seg)]):
            seg, prev = segments[k], segments[k - 1]
            m = ARTICLE_SHAPE.match(seg.text)
            if m and not m.group("mark") and not article_keyword(m.group("kw")):
                m = None
            if m and m.group("mark") == "," and len(seg.text.split()) > HEADING_WORDS:
                m = None  # "nu 2, Đối tượng áp dụng" is a heading; "Khoản 2, Điều 5 …" runs on
            # (after an empty line, a short heading opens a paragraph even after a comma: the
            # period before it read as one, "… Nghị định này," / "" / "Lô 3. Mức lương …")
            if m and int(m.group("n")) == na + 1 and (
                    starts_paragraph(seg, prev) or prev is a.seg or mostly_upper(prev.text)
                    or (seg.blank_before and short_heading(seg.text[m.end():]))):
                found.append((seg, m))
        if not found:
            lone = (heading_numbered_alone(segments, items, position, a, b, na, nb)
                    or heading_of_specks_alone(segments, position, a, b, na, nb)
                    or heading_with_letter_number(segments, position, a, b, na, nb))
            if lone is not None:
                seg, m, reason = lone
                inferred = infer_article(seg, 0, m.end(), "Điều", str(na + 1), 0.6, reason)
                if inferred is not None:
                    out.append(inferred)
            continue
        if len(found) != 1:
            continue
        seg, m = found[0]
        inferred = infer_article(
            seg, m.start("kw"), m.end(), keyword_as_printed(a, b, m.group("kw")),
            m.group("n"), 0.8, f"article {na + 1}: it stands between articles {na} and {nb} and "
            f"opens as a heading numbered {na + 1}; its label was misread")
        if inferred is not None:
            out.append(inferred)
    if articles and (found_last := last_article_lost(segments, items, articles[-1], position)):
        out.append(found_last)
    return out


def keyword_as_printed(a: Item, b: Item, remnant: str | None) -> str:
    """The keyword of an article whose own OCR misread, in the case its neighbours print
    it ("Điều 1." / "DA 2," / "Điều 3." is "Điều 2."); where they print neither form, the
    case of what is left of it."""
    for it in (a, b):
        keyword = it.label.text.split()[0]
        if keyword in ("Điều", "ĐIỀU"):
            return keyword
    return "ĐIỀU" if remnant and remnant.isupper() else "Điều"


MOST_LOST_ARTICLES = 3  # articles lost one after another that their numbers still place


def lost_run_of_articles(segments: list[Segment], position: dict[int, int], a: Item, b: Item,
                         na: int, nb: int) -> list[tuple[Item, Correction]]:
    """Between "Điều 2." and "Điều 6.", articles 3, 4 and 5 each lost its keyword to OCR
    ("Liệu 3; Giải thích từ ngữ", "mà 4. Các chế độ …"): each missing number opens, in
    turn, one paragraph at most between them as a heading does, after the one before."""
    found = []
    lo = position[id(a.seg)] + 1
    for n in range(na + 1, nb):
        at = [(k, m) for k in range(lo, position[id(b.seg)])
              if (m := ARTICLE_SHAPE.match(segments[k].text)) and int(m.group("n")) == n
              and (m.group("mark") or article_keyword(m.group("kw")))
              # (a heading's few words, no sentence going on after them: in the numbers'
              # places, that is enough; the line before may have lost its period as a speck)
              and short_heading(segments[k].text[m.end():])
              and not segments[k].text.rstrip(" ¬|_-").endswith((",", ";", ":"))]
        if len(at) > 1:
            return []
        if at:  # (none: its heading run into a line, or lost whole)
            k, m = at[0]
            found.append((segments[k], m, n))
            lo = k + 1
    out = []
    for seg, m, n in found:
        inferred = infer_article(
            seg, m.start("kw"), m.end(), keyword_as_printed(a, b, m.group("kw")),
            str(n), 0.7, f"article {n}: between articles {na} and {nb}, with {nb - na - 1} "
            f"lost, the one paragraph in its place that opens as a heading numbered {n}; its "
            "label was misread")
        if inferred is not None:
            out.append(inferred)
    return out


def last_article_lost(segments: list[Segment], items: list[Item], last: Item,
                      position: dict[int, int]) -> tuple[Item, Correction] | None:
    """After the last article read, before the recipients or the next heading above
    articles, the one short heading numbered as the next article ("„ 5, Điều khoản thi
    hành"), its keyword lost, where the article's own clauses do not reach its number."""
    n = article_number(last)
    if n is None:
        return None
    k = items.index(last)
    above = next((it for it in items[k + 1:] if it.label.kind in ("part", "chapter", "section")),
                 None)
    hi = position[id(above.seg)] if above is not None else len(segments)
    # (nor past the signature, nor into an annex)
    hi = next((j for j in range(position[id(last.seg)] + 1, hi)
               if opens_recipients(segments[j].text) or SIGNING.match(segments[j].text)
               or ANNEX_HEADING.match(segments[j].text)), hi)
    lone = (heading_numbered_alone(segments, items, position, last, hi, n, None)
            or last_heading_of_specks(segments, items, position, last, hi, n))
    if lone is None:
        return None
    seg, m, reason = lone
    return infer_article(seg, 0, m.end(), "Điều", str(n + 1), 0.6, reason)


def last_heading_of_specks(segments: list[Segment], items: list[Item],
                           position: dict[int, int], last: Item, hi: int, n: int
                           ) -> tuple[Segment, regex.Match, str] | None:
    """The label read as specks alone (". . Tổ chức thực hiện") after the last article
    read, where its clauses' list ran before it and a list starting at 1 opens under it:
    the one short heading so set apart."""
    lo = position[id(last.seg)]
    headings = [(seg, m) for k, seg, m in specks_headings(segments, lo, hi)
                if clauses_before(items, position, lo, k)
                and first_clause_under(items, position, k, hi) == "1"]
    if len(headings) != 1:
        return None
    seg, m = headings[0]
    return seg, m, (f"article {n + 1}: the one short heading after article {n}, set apart "
                    f"over clauses numbered from 1 again, its label read as "
                    f"“{m.group().strip()}”")


def clauses_before(items: list[Item], position: dict[int, int], lo: int, k: int) -> bool:
    """A list (however its labels were read) runs between segments lo and k."""
    return any(it.label.kind in ("number", "roman", "decimal", "letter")
               and lo < position[id(it.seg)] < k for it in items)


def first_clause_under(items: list[Item], position: dict[int, int], k: int, hi: int
                       ) -> str | None:
    """The number of the first numbered item after segment k (before hi), its look-alikes
    read as digits ("!." for 1, which may be read as a roman one)."""
    first = next((it for it in items if k < position[id(it.seg)] < hi
                  and it.label.kind != "bullet"), None)
    if first is None or first.label.kind not in ("number", "roman"):
        return None
    text = first.label.text
    if text in ONE_LIKE:
        return "1"
    return text.translate(DIGIT_FOR) if first.label.kind == "number" else None


def heading_numbered_alone(segments: list[Segment], items: list[Item],
                           position: dict[int, int], a: Item, b: Item | int, na: int,
                           nb: int | None) -> tuple[Segment, regex.Match, str] | None:
    """The keyword lost, its number left ("\" 2, Hiệu lực thi hành"): the one short heading
    numbered na + 1 between articles a and b, where a's numbered clauses before it do not
    reach its number (a clause "2." would follow a "1."; "5," after clauses 1 to 3 is no
    clause of theirs)."""
    hi = b if isinstance(b, int) else position[id(b.seg)]  # (or where the articles end)
    numbered = [(seg, m) for k in range(position[id(a.seg)] + 1, hi)
                if (m := NUMBER_FOR_ARTICLE.match((seg := segments[k]).text))
                and (m.group("kw") is None
                     or strip_accents(m.group("kw")).lower() not in NOT_A_KEYWORD)
                and int(m.group("n")) == na + 1
                and (seg.blank_before or starts_paragraph(seg, segments[k - 1]))
                # (a title of a full line only behind what OCR left of the keyword, "vn
                # 6. Nhiệm vụ chi …": a number alone opens a clause as often)
                and (short_heading(seg.text[m.end():], TITLE_LINE_WORDS if m.group("kw")
                                   else HEADING_WORDS)
                     # (a period a heading's end read from a speck: "6. Hiệu lực thi
                     # hành."; a sentence ending there is longer)
                     or short_heading(seg.text[m.end():].rstrip(" ."), SHORT_HEADING))]
    if len(numbered) != 1:
        return None
    clauses = [it.label.text.translate(DIGIT_FOR) for it in items if it.label.kind == "number"
               and position[id(a.seg)] < position[id(it.seg)] < position[id(numbered[0][0])]]
    if clauses and (not clauses[-1].isdigit() or int(clauses[-1]) + 1 >= na + 1):
        return None  # (its number goes on the clauses' list: a clause)
    seg, m = numbered[0]
    where = f"between articles {na} and {nb}" if nb is not None else f"after article {na}"
    return seg, m, (f"article {na + 1}: the one short heading numbered {na + 1} {where}, "
                    "its keyword lost")


def heading_of_specks_alone(segments: list[Segment], position: dict[int, int], a: Item,
                            b: Item, na: int, nb: int
                            ) -> tuple[Segment, regex.Match, str] | None:
    """The label read as specks alone ("- - Thôn, tổ dân phố ¬"): the one short heading
    between articles a and b, set apart."""
    headings = [(seg, m) for _, seg, m in specks_headings(segments, position[id(a.seg)],
                                                           position[id(b.seg)])]
    if len(headings) != 1:
        return None
    seg, m = headings[0]
    return seg, m, (f"article {na + 1}: the one short heading between articles {na} and "
                    f"{nb}, its label read as “{m.group().strip()}”")


CITES_ARTICLE = regex.compile(r"(?:Điều|ĐIỀU|Khoản|khoản|Điểm|điểm)\s+\d")


def specks_headings(segments: list[Segment], lo: int, hi: int
                    ) -> Iterator[tuple[int, Segment, regex.Match]]:
    """Short headings set apart between segments lo and hi, their labels read as specks
    ("- - Thôn, tổ dân phố ¬")."""
    for k in range(lo + 1, hi):
        seg = segments[k]
        # (set apart by an empty line, or by the sentence before it ending: "… UKVFTA. ,")
        if ((seg.blank_before or segments[k - 1].text.rstrip(" ,;'`¬|_-").endswith("."))
                # (not what a line ending in a colon introduces)
                and not segments[k - 1].text.rstrip(" ¬|_-\"'").endswith(":")
                and (m := SPECKS_FOR_ARTICLE.match(seg.text)) is not None
                and len(seg.text[m.end():].split()) <= HEADING_WORDS
                # (nor a mention wrapped to the line's start: "- Điều 58 Luật Đất đai …")
                and not CITES_ARTICLE.match(seg.text, m.end())
                # (nor a heading of its own behind specks: ": Mục 2")
                and (seg.label is None or seg.label.kind not in ("part", "chapter", "section"))
                and not seg.text.rstrip(" ¬|_-").endswith((";", ",", ":"))
                # (nor a note's end: "_ Bộ Tài chính) _ _")
                and seg.text.count(")") <= seg.text.count("(")
                # (a period a heading's end read from a speck: "- - Đôi tượng áp dụng."; a
                # sentence ending there is longer)
                and not (seg.text.rstrip(" ¬|_-").endswith(".")
                         and len(seg.text[m.end():].split()) > SHORT_HEADING)):
            yield k, seg, m


def heading_with_letter_number(segments: list[Segment], position: dict[int, int], a: Item,
                               b: Item, na: int, nb: int
                               ) -> tuple[Segment, regex.Match, str] | None:
    """The keyword lost and the number read as letters it looks like ("` Z. Trình tự,
    thủ tục …" for "Điều 7."): the one paragraph between articles a and b that opens so,
    with a heading's words after it (no list is numbered in such letters)."""
    found = [(seg, m) for k in range(position[id(a.seg)] + 1, position[id(b.seg)])
             if (m := LETTER_NUMBER_FOR_ARTICLE.match((seg := segments[k]).text))
             and (m.group("kw") is None or article_keyword(m.group("kw")))
             and m.group("n").translate(LETTER_DIGITS) == str(na + 1)
             and starts_paragraph(seg, segments[k - 1])
             and len(seg.text[m.end():].split()) <= LONG_HEADING
             and not seg.text.rstrip(" ¬|_-'`").endswith((";", ","))]
    if len(found) != 1:
        return None
    seg, m = found[0]
    return seg, m, (f"article {na + 1}: the one heading between articles {na} and {nb} "
                    f"numbered in letters that look like its digits, “{m.group('n')}”")


# a number's digits as letters they look like ("Z." for "7.", "1S" for 15); one letter at
# least, so a number read clean is another rule's
LETTER_DIGITS = str.maketrans("ZSBG", "7586")
# (or the keyword kept, a mark after it and a comma for the period: "Điều:Z, In phôi …")
LETTER_NUMBER_FOR_ARTICLE = regex.compile(r"^[^\p{L}\p{N}\s]{0,2}\s*"
                                          r"(?:(?P<kw>[ĐDÐ]\p{L}{3})\s*[:.]?\s*)?"
                                          r"(?P<n>\d?[ZSBG]|[ZSBG]\d)(?(kw)[.,]|\.)\s+(?=\p{Lu}\p{Ll})")
LONG_HEADING = 20  # words of an article's heading at most


SUBITEM_ONE = regex.compile(r"^(\d{1,2})\.1$")
# a sign and a period OCR read for an item's number before its words ("+. Tham gia …")
SIGN_NUMERAL = regex.compile(r"^[^\p{L}\p{N}\s.]{1,2}\.\s+(?=\p{Lu})")
SIGN_LOOKBACK = 12  # paragraphs above a sub-item 1 where its parent may stand
PARENT_WORDS = 14  # an item heading its own sub-items is a short line


def misread_parent(items: list[Item], n: int, before: Item | None, parent: int
                   ) -> tuple[Item, Correction] | None:
    """The item right over sub-item "5.1.", read as another number ("3." after "3.", before
    "6."), is item 5 where 5 falls between its neighbours in the list: its sub-items
    number it."""
    if before is None or before.label.kind != "number" or items[n - 1] is not before:
        return None
    k = items.index(before)
    earlier = next((int(v) for it in reversed(items[:k]) if it.label.kind == "number"
                    and (v := it.label.text.translate(DIGIT_FOR)).isdigit()), None)
    later = next((int(v) for it in items[n + 1:] if it.label.kind == "number"
                  and (v := it.label.text.translate(DIGIT_FOR)).isdigit()), None)
    if earlier is None or later is None or not earlier < parent < later:
        return None
    return infer_number(
        before.seg, before.label.end, parent,
        f"item {parent} of its list, read as “{before.label.text}”: its sub-items {parent}.1 … "
        f"follow it, and {parent} falls between {earlier} and {later} around it")


def lost_parents(segments: list[Segment], items: list[Item]) -> list[tuple[Item, Correction]]:
    """"2.1." with no item 2 above it since the last heading: the short paragraph right
    before it ("chà Cuộc vận động …") is item 2, its number lost or misread as a word."""
    position = {id(seg): k for k, seg in enumerate(segments)}
    out = []
    for n, it in enumerate(items):
        m = SUBITEM_ONE.match(observed(it, "decimal")) if it.label.kind == "decimal" else None
        if m is None:
            continue
        parent = m.group(1)
        before = next((b for b in reversed(items[:n]) if b.label.kind in PARENTS["decimal"]),
                      None)
        if before is not None and before.label.kind == "number" and (
                before.label.text == parent or before.label.text.translate(DIGIT_FOR) == parent):
            continue  # its parent is printed
        if (misread := misread_parent(items, n, before, int(parent))) is not None:
            out.append(misread)
            continue
        k = position[id(it.seg)]
        if k < 2:
            continue
        # (a paragraph above it, after its list's last item, opening with a sign and a
        # period where the number stood: "+. Tham gia thực hiện …", the paragraph under it
        # before "2.1.")
        lo = max(position[id(before.seg)] + 1 if before is not None else 1, k - SIGN_LOOKBACK)
        signed = [j for j in range(lo, k) if segments[j].label is None
                  and SIGN_NUMERAL.match(segments[j].text)
                  and starts_paragraph(segments[j], segments[j - 1])]
        if len(signed) == 1:
            seg = segments[signed[0]]
            inferred = infer_number(
                seg, SIGN_NUMERAL.match(seg.text).end(), int(parent),
                f"item {parent} of its list: its sub-items {parent}.1 … follow it, and the "
                "one paragraph above them that opens with a sign and a period is it")
            if inferred is not None:
                out.append(inferred)
            continue
        # (the item's heading further up, a paragraph of its own words under it: the one
        # paragraph since its list's last item that opens with what OCR read for a number,
        # "kã Tham gia thực hiện …")
        junked = [j for j in range(lo, k) if segments[j].label is None
                  and junk_opening(segments[j].text) is not None
                  and len(segments[j].text.split()) <= 2 * PARENT_WORDS
                  and starts_paragraph(segments[j], segments[j - 1])]
        if len(junked) == 1 and junked[0] < k - 1 and not any(
                segments[j].label is not None for j in range(junked[0] + 1, k)):
            seg = segments[junked[0]]
            inferred = infer_number(
                seg, junk_opening(seg.text)[0], int(parent),
                f"item {parent} of its list: its sub-items {parent}.1 … follow it, and the "
                "one paragraph above them that opens with what OCR read for a number is it")
            if inferred is not None:
                out.append(inferred)
                continue
        seg, prev = segments[k - 1], segments[k - 2]
        if (k >= 3 and seg.label is None
                and (not starts_paragraph(seg, prev) or seg.text[:1].islower())
                and prev.label is None and SPECKS_OPENING.match(prev.text)
                and starts_paragraph(prev, segments[k - 3])):
            # (the heading wrapped to a second line: "+. Phát huy tinh thần …" / "… công
            # nhân:" / "2.1. …")
            seg, prev, words_at_most = prev, segments[k - 3], 2 * PARENT_WORDS
        else:
            words_at_most = PARENT_WORDS
        if (seg.label is not None or len(seg.text.split()) > words_at_most
                or not starts_paragraph(seg, prev)):
            continue
        words = seg.text.split(maxsplit=1)
        start = 0
        # ("J. Trang trí …", "+. Phát huy …": a capital and a mark, no word, read for the number)
        misread = (len(words) == 2 and len(words[0]) == 2 and words[0][1] in ".,:"
                   and words[1][:1].isupper())
        if misread:
            start = len(seg.text) - len(words[1])
        elif not seg.text[:1].isupper():
            # a word or specks read for the number: the item's words open in capitals
            if len(words) < 2 or len(words[0]) > JUNK_NUMERAL or not words[1][:1].isupper():
                continue
            start = len(seg.text) - len(words[1])
        inferred = infer_number(
            seg, start, int(parent),
            f"item {parent} of its list: its sub-items {parent}.1 … follow it, and no item "
            "of that number is printed; its number was lost or misread")
        if inferred is not None:
            out.append(inferred)
    return out


# the enacting formula alone on its line, after which a decision's articles begin
# (its colon may be lost: the document type of the same words heads the title, not a
# spoiled label, so it is never taken for it)
ENACTING = regex.compile(r"^[\W_]{0,3}(?:QUYET NGHI|QUYET DINH|NGHI QUYET|CHI THI)\s*[:;]?\s*$")
HEADING_WORDS = 10  # an article's heading whose period OCR read as a comma is short
# the most words of an article's title on its heading's line (a printed line's worth: 94 %
# of the corpus's titles have at most 14 words)
TITLE_LINE_WORDS = 16
# an article's number with its keyword lost: specks at most before it, a mark after it
# (or after what OCR left of the keyword, a short word: "N 6. Hiệu lực thi hành")
NUMBER_FOR_ARTICLE = regex.compile(r"^[^\p{L}\p{N}\s]{0,2}\s*(?:(?P<kw>\p{L}{1,5})\s+)?"
                                   r"(?P<n>\d{1,3})\s?[.,:]\s+"
                                   r"(?=\p{Lu}\p{Ll})")
SHORT_HEADING = 6  # words of a heading that may end in a speck read as a period
SPECKS_FOR_ARTICLE = regex.compile(r"^[^\p{L}\p{N}\s]{1,2}(?:\s+[^\p{L}\p{N}\s]{1,2}){0,2}\s+"
                                   r"(?=\p{Lu}\p{Ll})")
# the keyword read as another word and the number as a speck: "Liều †. Phê duyệt …"
SPOILED_ARTICLE = regex.compile(r"^[\W_]{0,2}(?P<kw>\p{L}{3,5})\s+[^\s\p{L}]{1,2}\s?[.:]\s*"
                                r"(?=\p{Lu}\p{Ll})")
# the keyword read nearly right, the number as a short word or a speck with no period
# after it, the heading's first word damaged too: "Điệu lễ “nh xếp các đơn vị …"
SPOILED_NUMBER = regex.compile(r"^[\W_]{0,2}(?P<kw>\p{L}{3,5})\s+\S{1,2}[.:,]?\s+(?=\S)")
# a label OCR spoiled beyond reading: a few marks and a period before a capitalised word
# ("\"¬ !. Sắp xếp …")
SPOILED_LABEL = regex.compile(r"^(?=[^\p{L}\s]|\p{L}{1,2}\W)[^\s.:]{0,4}(?:\s[^\s.:]{1,2}){0,2}"
                              r"\s?[.:]\s*(?=\p{Lu}\p{Ll})")


def lost_first_article(doc: Document, segments: list[Segment], items: list[Item]
                       ) -> list[tuple[Item, Correction]]:
    """Right after "QUYẾT NGHỊ:" (or "QUYẾT ĐỊNH:") a decision's first article begins: a
    paragraph there that opens with a spoiled label, where no article 1 is found, is
    "Điều 1." whose keyword and number OCR lost."""
    articles = [it for it in items if it.label.kind == "article"]
    if any(article_number(it) == 1 for it in articles):
        return []
    labelled = {id(it.seg) for it in items}
    for k, seg in enumerate(segments[:-1]):
        if not ENACTING.match(strip_accents(seg.text).upper()):
            continue
        following = segments[k + 1]
        later = [it for it in articles if it.seg.line > seg.line]
        if id(following) in labelled and not articles:
            # its keyword read as specks before its number, taken for a list's "1." ('"¬
            # 1. Sắp xếp các đơn vị …'): a heading, where the document reads no article
            item = next(it for it in items if it.seg is following)
            heading = following.text[item.label.end:].rstrip()
            # (the specks maybe already taken out as noise before the label)
            specks = (doc.lines[following.line].text[:following.origin(0)]
                      + following.text[:item.label.start]).strip()
            if (item.label.kind in ("number", "roman")  # (its 1 maybe taken for an I)
                    and item.label.text.translate(DIGIT_FOR) == "1"
                    and specks and not any(ch.isalnum() for ch in specks)
                    and heading[:1].isupper() and not heading.endswith((".", ";", ":", ","))):
                inferred = infer_article(
                    following, 0, item.label.end, "Điều", "1", 0.75,
                    f"article 1: the first paragraph after “{seg.text.strip()}” opens with "
                    f"“{following.text[:item.label.end].strip()}”, specks where its keyword "
                    "stood, before a heading; the document reads no article")
                return [inferred] if inferred is not None else []
            continue
        if id(following) in labelled or (later and article_number(later[0]) not in (None, 2)):
            continue
        m = SPOILED_LABEL.match(following.text)
        for spoiled_keyword in (SPOILED_ARTICLE, SPOILED_NUMBER):
            if m is None and (spoiled := spoiled_keyword.match(following.text)) is not None and (
                    Levenshtein.distance(strip_accents(spoiled.group("kw")).lower(), "dieu") <= 1):
                m = spoiled
        end = m.end() if m else 0
        if m is None:
            # the spoiled label already taken out as noise: the marks before the words
            taken = doc.lines[following.line].text[:following.origin(0)]
            if not regex.fullmatch(r"[^\p{L}]{0,6}[.:]\s*", taken):
                continue
        nxt = next((it for it in items if it.seg.line > following.line), None)
        if not articles and nxt is not None and nxt.label.kind == "number" and (
                nxt.label.text.translate(DIGIT_FOR) == "2"):
            # a resolution that decides in numbered points, not articles ("QUYẾT NGHỊ" / ".
            # Thống nhất …" / "2, Thống nhất …"): its item 1
            inferred = infer_number(
                following, end, 1,
                f"item 1: the first paragraph after “{seg.text.strip()}” opens with a label "
                "OCR spoiled, and the next item is 2")
        else:
            inferred = infer_article(
                following, 0, end, "Điều", "1", 0.75,
                f"article 1: the first paragraph after “{seg.text.strip()}” opens with a label "
                "OCR spoiled, and no other is article 1")
        if inferred is not None:
            return [inferred]
    return []


# article 1 whose keyword OCR read as a short word: "NI 1. Phạm vi điều chỉnh …"
KEYWORD_LOST_ONE = regex.compile(r"^[\W_]{0,2}(?P<kw>\p{L}{1,5})\s*1\s?\.\s+(?=\p{Lu}\p{Ll})")
# words a sentence may put before a "1." ("Mục 1.", "Phần 1." are headings of their own)
NOT_A_KEYWORD = frozenset({"muc", "phan", "chuong", "tieu", "khoan", "diem", "so", "tai",
                           "va", "la", "buoc", "giai", "loai", "nhom", "bang", "mau"})
ARTICLE_ONE_LOOKBACK = 60  # lines before article 2 where article 1's heading is looked for


def lost_article_keyword_one(segments: list[Segment], items: list[Item]
                             ) -> list[tuple[Item, Correction]]:
    """A document whose first article read is "Điều 2.": the one paragraph before it that
    opens with a short word, "1." and a capitalised heading ("NI 1. Phạm vi điều chỉnh")
    is article 1, its keyword misread (no enacting formula needed: a government's
    resolution enacts in a sentence)."""
    articles = [it for it in items if it.label.kind == "article"]
    if not articles or article_number(articles[0]) != 2:
        return []
    position = {id(seg): k for k, seg in enumerate(segments)}
    labelled = {id(it.seg) for it in items}
    stop = position[id(articles[0].seg)]
    found = [(seg, m.start("kw"), m.end(), m.group()) for seg in
             segments[max(stop - ARTICLE_ONE_LOOKBACK, 0):stop]
             if id(seg) not in labelled and (m := KEYWORD_LOST_ONE.match(seg.text))
             and strip_accents(m.group("kw")).lower() not in NOT_A_KEYWORD]
    # or read as a dash or specks before the "1.", a heading after it ("- 1. Phạm vi điều
    # chỉnh và đối tượng áp dụng"), the list reading taking it for item 1 (or numeral I)
    found += [(it.seg, 0, it.label.end, it.seg.text[:it.label.end]) for it in items
              if it.label.kind in ("number", "roman") and it.label.text.translate(DIGIT_FOR) == "1"
              # (or nothing before it, right under a chapter's title in capitals: "QUY
              # ĐỊNH CHUNG" / "1. Phạm vi điều chỉnh và đối tượng áp dụng")
              and (it.label.start > 0 or (position[id(it.seg)] > 0 and heading_like(
                  segments[position[id(it.seg)] - 1].text)))
              and stop - ARTICLE_ONE_LOOKBACK <= position[id(it.seg)] < stop
              and short_heading(it.seg.text[it.label.end:])]
    if len(found) != 1:
        return []
    seg, start, end, read = found[0]
    inferred = infer_article(
        seg, start, end, "Điều", "1", 0.75,
        f"article 1: the first article read is article 2, and this paragraph before it opens "
        f"with “{read.strip()}”, its keyword misread")
    return [inferred] if inferred is not None else []


def short_heading(text: str, words: int = HEADING_WORDS) -> bool:
    """A heading's words: a few, capitalised, no sentence's end."""
    return (text[:1].isupper() and len(text.split()) <= words
            and not text.rstrip(" ¬|_-").endswith((".", ";", ",", ":")))


def article_number(item: Item) -> int | None:
    number = item.label.text.split()[-1].translate(ARTICLE_DIGITS)
    digits = regex.match(r"\d+", number)
    return int(digits.group()) if digits and digits.group() == number else None


def infer_number(seg: Segment, start: int, value: int, reason: str
                 ) -> tuple[Item, Correction] | None:
    """The paragraph as item `value`, and the correction that prints its number in place of
    what OCR read before its words (text[:start])."""
    where = seg.to_original(0, start)
    if where is None:
        return None
    return Item(seg, Label("number", str(value), start)), Correction(
        stage="correct", kind="label", line=seg.line, start=where[0], end=where[1],
        before=seg.text[:start], after=f"{value}. ", confidence=0.8, reason=reason)


def infer_article(seg: Segment, start: int, end: int, keyword: str, number: str,
                  confidence: float, reason: str) -> tuple[Item, Correction] | None:
    """The paragraph as article `number` (its label read from `start`), and the correction
    that prints its label in place of what OCR read for it (text[:end])."""
    where = seg.to_original(0, end)
    if where is None:
        return None
    return (Item(seg, Label("article", f"{keyword} {number}", end, start, damaged=True)),
            Correction(stage="correct", kind="label", line=seg.line, start=where[0],
                       end=where[1], before=seg.text[:end], after=f"{keyword} {number}. ",
                       confidence=confidence, reason=reason))


def infer_roman(seg: Segment, value: int) -> tuple[Item, Correction] | None:
    """The heading as the roman item it is, and the correction that prints its numeral."""
    label = seg.label
    junk = SPOILED_NUMERAL.match(seg.text) or JUNK_BEFORE_HEADING.match(seg.text)
    # (or capitals no syllable spells: "EL CÔNG TÁC PHỔ BIẾN …")
    if junk is None and (capitals := CAPITALS_BEFORE_HEADING.match(seg.text)) and parse(
            capitals.group(1).lower()) is None:
        junk = capitals
    # (or a stroke glued to its first word, which no syllable spells with it: "_LMỤC ĐÍCH")
    if junk is None and (glued := STROKE_GLUED.match(seg.text)) and parse(
            glued.group(1).lower()) is None and parse(glued.group(1)[1:].lower()):
        junk = glued
    # a dash or specks read for the numeral go
    start = label.end if label is not None else junk.end() if junk else 0
    where = seg.to_original(0, start)
    if where is None:
        return None
    numeral = to_roman(value)
    return Item(seg, Label("roman", numeral, start)), Correction(
        stage="correct", kind="label", line=seg.line, start=where[0], end=where[1],
        before=seg.text[:start], after=f"{numeral}. ", confidence=0.75,
        reason=f"heading {numeral} of the document's roman sequence: its numeral was lost "
               f"(the headings before and after it are numbered)")


HEADING_KEYWORDS = {"chapter": ("Chương", "CHƯƠNG"), "section": ("Mục", "MỤC")}


def chapter_spans(items: list[Item]) -> list[list[Item]]:
    """The items of each chapter (and those before the first): sections count from 1
    again in each."""
    spans: list[list[Item]] = [[]]
    for it in items:
        if it.label.kind == "chapter":
            spans.append([])
        spans[-1].append(it)
    return [span for span in spans if span]


def chapter_corrections(items: list[Item], kind_of_heading: str = "chapter",
                        codified: bool = False) -> list[Correction]:
    """Chapters (or sections) counted through ("Chương I", "Chương II" …, "Mục 1", "Mục
    2" …): a numeral or a keyword OCR damaged ("Chương [", "CHUONG Il", "Mục I" among
    arabic sections) is read from its place in the sequence. `codified`: the document's
    articles print codified numbers."""
    chapters = [it for it in items if it.label.kind == kind_of_heading]
    if not chapters:
        return []
    opens_document = first_article_is_one(items, chapters[0])
    numerals = [[*it.label.text.split(), ""][1] for it in chapters]  # ("": lost)
    # (a tie goes arabic where a digit other than 1 is printed: OCR reads a 1 as an I,
    # never an "II" as a 2)
    digits = sum(n.isdigit() for n in numerals)
    if kind_of_heading == "section":
        # sections are numbered in arabic numerals (2,849 of the corpus's 2,890 "Mục"
        # headings, the Bộ pháp điển's too): a lone "Mục I" is a 1 OCR read as an I,
        # unless most of them print a roman numeral no 1 is read as
        arabic = sum(n in ROMANS[1:] for n in numerals) * 2 <= len(numerals)
    else:
        # (the Bộ pháp điển numbers its chapters in roman numerals: 3,009 of the corpus's
        # 3,012 codified chapters; its "Chương 1" is an I misread)
        arabic = not codified and (digits > len(numerals) / 2 or (
            digits * 2 == len(numerals) and any(n.isdigit() and n != "1" for n in numerals)))
    order, kind = (NUMBERS, "number") if arabic else (ROMANS, "roman")
    best, slots = align(numerals, order, kind)
    if (len(chapters) == 1 and not arabic and numerals[0] not in order
            and opens_document):
        # a lone chapter whose numeral is none ("Chương ÏI", which OCR reads for "Chương
        # I" in a bold face) or specks ("Chương [ |"), before the document's first article:
        # chapter I
        slots, best = [0], 0
    anchors = sum(1 for n, slot in zip(numerals, slots, strict=True)
                  if slot is not None and order[slot] == n)
    # as for any list: no label read right, and not all of them damaged; but chapters over
    # the document's first article count from I ("Chương L." and "Chương I1" for I and II)
    if anchors == 0 and (best > 0.6 * len(chapters) or (
            any(n in order for n in numerals) and not opens_document)):
        return []
    # (a numeral as OCR reads "II", "Chương H", before it: that one was II, this one lost a
    # stroke of III)
    read_as = ["II" if n in ROMAN_TWO or n.translate(ROMAN_FOR) in ROMAN_TWO else n
               for n in numerals]
    if anchors == 0 and any(n in order and n != order[0] and n not in read_as[:i]
                            for i, n in enumerate(numerals[1:], start=1)):
        # (only that first one is known: a later chapter read cleanly, "Chương III" after
        # "Chương ÏI", stays even where a chapter between them went unread)
        slots = [0] + [None] * (len(chapters) - 1)
    # a lone chapter read as I with articles before it: chapter I's heading went unread
    # (articles stand in chapters once a document has them), and this one lost a stroke
    # (not a section: sections count again in each chapter)
    after_articles = (kind_of_heading == "chapter" and len(chapters) == 1
                      and kind == "roman" and slots[0] == 0
                      and numerals[0] == "I" and articles_before(items, chapters[0]))
    if after_articles:
        slots = [1]
    # a lone chapter whose strokes read as II ("Chương lI") after articles is II: chapter
    # I's heading went unread
    two_after_articles = (kind_of_heading == "chapter" and len(chapters) == 1
                          and kind == "roman" and numerals[0] != "II"
                          and numerals[0] in ROMAN_TWO and articles_before(items, chapters[0]))
    if two_after_articles:
        slots = [1]
    out = []
    for it, numeral, slot in zip(chapters, numerals, slots, strict=True):
        keyword = it.label.text.split()[0]
        plain, capitals = HEADING_KEYWORDS[kind_of_heading]
        want_keyword = capitals if keyword.isupper() else plain
        if slot is None or (order[slot] == numeral and keyword == want_keyword):
            continue
        printed = it.seg.text[it.label.start:it.label.end].rstrip()
        want = f"{want_keyword} {order[slot]}"
        where = it.seg.to_original(it.label.start, it.label.start + len(printed))
        if where is None or printed == want:
            continue
        if after_articles:
            confidence = 0.6
        elif two_after_articles:
            confidence = 0.8
        elif len(chapters) == 1 and order[slot] == numeral:
            confidence = 0.85  # its numeral read right: only the keyword was damaged
        elif len(chapters) == 1 and slot == 0 and (
                lost_numeral(numeral) or numeral not in order) and opens_document:
            confidence = 0.8  # its numeral lost or none, and its articles open the document's
        elif len(chapters) == 1:  # a lone chapter in view: only a look-alike says which
            confidence = 0.7 if frozenset((numeral, order[slot])) in LABEL_LOOK_ALIKES else 0.5
        elif order[slot] == numeral:
            confidence = 0.9 if anchors >= 2 else 0.75
        else:
            margin = align(numerals, order, kind, fixed=(chapters.index(it), numeral))[0] - best
            confidence = margin_confidence(margin)
        out.append(Correction(
            stage="correct", kind="label", line=it.seg.line, start=where[0], end=where[1],
            before=printed, after=want, confidence=round(confidence, 3),
            reason=f"{kind_of_heading} {slot + 1} of the document's {kind_of_heading}s, its "
                   "heading damaged by OCR"))
    return out


def lost_numeral(numeral: str) -> bool:
    """A heading's numeral OCR lost: nothing, or the mark after it, left."""
    return not numeral or all(not ch.isalnum() for ch in numeral)


def articles_before(items: list[Item], heading: Item) -> bool:
    return any(it.label.kind == "article" for it in items[:items.index(heading)])


# a codified number whose place ends in 1, however OCR spaced it or read the 1
# ("26.4.LQ..1.", "37.3.PL..!.")
CODIFIED_BEFORE_PLACE = r"^[\s.]*\d+[.,:\s]+\d+[.,:\s]*[\p{Lu}Ð]{2,4}[.,:\s]*(?:\d+[.,:\s]+)*"
CODIFIED_FIRST = regex.compile(CODIFIED_BEFORE_PLACE + r"[1lI|!ïíìÏ](?![\dlI|!ïíìÏ])")
# (its place 2; any place, one that a number OCR damaged kept)
CODIFIED_SECOND = regex.compile(CODIFIED_BEFORE_PLACE + r"2(?![\dlI|!ïíìÏ])")
CODIFIED_PLACED = regex.compile(CODIFIED_BEFORE_PLACE + r"[\dlI|!ïíìÏ]")


def first_article_is_one(items: list[Item], chapter: Item) -> bool:
    """The first article after a chapter heading is article 1 (or a codified text's
    article 1 of its source: "Điều 26.4.LQ.1"), and none came before it."""
    if articles_before(items, chapter):
        return False
    k = items.index(chapter)
    after = next((it for it in items[k + 1:] if it.label.kind == "article"), None)
    if after is None:
        return False
    if article_is(after, 1, CODIFIED_FIRST):
        return True
    # its number lost ("Điêu 39.2.PL.. Phạm vi"): the article after it is the second
    following = next((it for it in items[items.index(after) + 1:]
                      if it.label.kind == "article"), None)
    if following is None or not article_is(following, 2, CODIFIED_SECOND):
        return False
    if CODIFIED_SECOND.match(number_text(following)):
        return not CODIFIED_PLACED.match(number_text(after))
    return article_number(after) is None


def number_text(article: Item) -> str:
    """What follows an article's keyword."""
    keyword, *_ = article.label.text.split()
    return article.seg.text[article.label.start + len(keyword):]


def article_is(article: Item, number: int, codified: regex.Pattern) -> bool:
    """The article is numbered `number`, or a codified text's `number` of its source."""
    return article_number(article) == number or bool(codified.match(number_text(article)))


def bracketed(item: Item) -> bool:
    """The label is printed with ")" after it ("4)"), as points are, not "4." (or with the
    bracket misread: "c}", "a]")."""
    label = item.label
    return item.seg.text[label.start + len(label.text):label.end].strip().startswith(
        (")", "}", "]"))


# the letters a number's digit is read as, in a label ("s." for "5.")
LETTERS_FOR_DIGITS = frozenset(a for pair in LABEL_LOOK_ALIKES for a in pair
                               if len(pair) == 2 and a.islower()
                               and any(b.isdigit() for b in pair))


def letter_for_digit(items: list[Item]) -> list[Item]:
    """"s. Hình thức …" between items "3." and "6.": a digit OCR read as a letter. A point's
    letter is printed with ")", an item's number with "."; a letter with a period, the
    labels either side numbers, is the number its letter looks like, for their sequence
    to say which. So is a letter with a period or a comma first under a heading, before
    item "2." ("Điều 4. …" / "k, Trường hợp …" / "2. Phương pháp …"): item 1."""
    out = list(items)
    for k, it in enumerate(items):
        label = it.label
        mark = it.seg.text[label.start + 1:label.end].strip()[:1]
        if label.kind != "letter" or bracketed(it) or mark not in (".", ","):
            continue
        # (the nearest each side that are no dash nor sub-item: "3.", "3.2.", "+ …", "s.")
        before, after = nearest_labels(items, k, ("bullet", "decimal"))
        # (its own points may come between: "l, … các quyền sau đây:" / "a) …" / "2. …")
        after_points = next((n for n in items[k + 1:] if n.label.kind not in (
            "bullet", "decimal") and not (n.label.kind == "letter" and bracketed(n))), None)
        if (before is not None and before.label.kind in PARENTS["number"]
                and any(n is not None and n.label.kind == "number" and n.label.text == "2"
                        and not bracketed(n) for n in (after, after_points))) or (
                label.text in LETTERS_FOR_DIGITS and mark == "." and all(
                    n is not None and n.label.kind == "number" and not bracketed(n)
                    for n in (before, after))):
            out[k] = Item(it.seg, Label("number", label.text, label.end, label.start,
                                        damaged=True))
    return out


def nearest_labels(items: list[Item], k: int, passed: Collection[str] = ("bullet",)
                   ) -> tuple[Item | None, Item | None]:
    """The nearest labels before and after items[k] whose kind is not one of `passed` (a
    wrapped line's dash, "- Quốc phòng, …", stands between points)."""
    before = next((n for n in reversed(items[:k]) if n.label.kind not in passed), None)
    after = next((n for n in items[k + 1:] if n.label.kind not in passed), None)
    return before, after


def digit_for_letter(items: list[Item]) -> list[Item]:
    """"4) Thuốc lá" between points "b)" "c)" …: a letter OCR read as a digit. A number
    printed with ")" beside letter points is read as a point, for their sequence to say
    which letter."""
    out = list(items)
    for k, it in enumerate(items):
        label = it.label
        # (a roman numeral's letter printed with ")", or that letter already taken for a 1,
        # "I) Công trình …" between "k)" and "m)", is a point's letter in capitals: the l,
        # v or x of the list)
        capital = label.kind in ("roman", "number") and label.text in ("I", "V", "X")
        if not (capital or (label.kind == "number" and label.text in DIGIT_LETTERS)) or (
                not bracketed(it)):
            continue
        # (the one before as already read: "h)" / "1)" / "1)" is h, i and l)
        before, after = nearest_labels(out[:k + 1] + items[k + 1:], k)
        if capital:
            if all(n is not None and n.label.kind == "letter" for n in (before, after)):
                out[k] = Item(it.seg, Label("letter", label.text.lower(), label.end,
                                            label.start, damaged=True))
            continue
        # (or the next label printed with ")", where only items with a period, an
        # amendment's quoted clause "“2. …", stand between: "3) Sửa đổi …" / "b) …")
        next_bracketed = next((n for n in items[k + 1:] if n.label.kind == "letter" or (
            n.label.kind == "number" and bracketed(n)) or n.label.kind in PARENTS["number"]),
                              None)
        if any(n is not None and n.label.kind == "letter" for n in (before, after)) or (
                next_bracketed is not None and next_bracketed.label.kind == "letter"
                and next_bracketed.label.text.lower() == "b"):
            out[k] = Item(it.seg, Label("letter", label.text, label.end, label.start,
                                        damaged=True))
    return out
