"""List labels repaired from their own sequence.

OCR damages the labels of a list ("a) b) c) đ) e) ) g)"): the fourth lost to a stray
stroke, the sixth lost its letter. A label is changed only where the list's own order
makes it certain: the observed labels are aligned with the expected order (letters in
the Latin or the Vietnamese drafting order, roman or arabic numerals), a missing item
or an extra one costing more than a plausible OCR confusion, and each change is scored
by how much worse the best alignment that keeps the printed label is.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from vanban.document import Correction, Document
from vanban.labels import Label, to_roman
from vanban.paragraphs import Widths, label_of, opens_paragraph
from vanban.text import mostly_upper
from vanban.view import ReadingView, Segment
from vanban.vocabulary import LABEL_LOOK_ALIKES

LATIN = list("abcdefghijklmnopqrstuvwxyz")
# the order of the legal-drafting rules: no f, j, w, z; đ after d
VIETNAMESE = list("abcdđeghiklmnopqrstuvxy")
ROMANS = [to_roman(i) for i in range(1, 40)]
NUMBERS = [str(i) for i in range(1, 100)]

SKIP = 1.0  # an item of the order missing from the list
EXTRA = 1.5  # a label that takes no place in the order
AGENCY_OPENERS = ("Sở ", "Ban ", "Bộ ", "Cục ", "Chi cục ", "Trung tâm ", "UBND ", "Ủy ban ",
                  "Uỷ ban ", "Công an ", "Viện ", "Vụ ", "Văn phòng ", "Đài ", "Báo ", "Hội ",
                  "Liên đoàn ", "Kho bạc ", "Ngân hàng ", "Thanh tra ", "Tòa án ", "Toà án ",
                  "Đoàn ", "Tỉnh đoàn", "Thành đoàn", "Mặt trận ", "Các sở", "Các cơ quan")


@dataclass
class Item:
    seg: Segment
    label: Label


def label_corrections(view: ReadingView) -> list[Correction]:
    doc, segments, widths = view.doc, view.segments, view.widths
    items: list[Item] = []
    prev = None
    for seg in segments:
        label = label_of(prev, seg, doc, widths)
        if label is not None:
            items.append(Item(seg, label))
        prev = seg
    items = [misread_one(it, items) for it in items]
    out: list[Correction] = []
    letter_runs = runs(items, "letter")
    alphabet = pick_alphabet(letter_runs)
    for run in letter_runs:
        out += sequence_corrections(run, alphabet, "letter")
    for run in runs(items, "roman"):
        out += sequence_corrections(run, ROMANS, "roman")
    for run in runs(items, "number"):
        out += sequence_corrections(run, NUMBERS, "number")
    out += odd_bullet_corrections(items)
    out += article_keyword_corrections(items)
    out += lost_dash_corrections(doc, segments, items, widths)
    return out


PARENTS = {
    "letter": {"part", "chapter", "section", "article", "roman", "number", "decimal"},
    "number": {"part", "chapter", "section", "article", "roman"},
    "roman": {"part", "chapter", "section", "article"},
}


def runs(items: list[Item], kind: str) -> list[list[Item]]:
    """The lists of one kind of label, each under its own parent heading."""
    out: list[list[Item]] = []
    current: list[Item] = []
    for item in items:
        if item.label.kind in PARENTS[kind]:
            if current:
                out.append(current)
            current = []
        elif item.label.kind == kind:
            current.append(item)
    if current:
        out.append(current)
    return out


def observed(item: Item, kind: str) -> str:
    text = item.label.text
    return text.lower() if kind == "letter" and len(text) == 1 else text


def substitution(seen: str, want: str, kind: str) -> float:
    if seen == want:
        return 0.0
    if not seen:
        return 0.4  # the label lost its letter: ")"
    if frozenset((seen, want)) in LABEL_LOOK_ALIKES:
        return 0.3 if {seen, want} == {"d", "đ"} else 0.5
    if kind == "roman":
        return min(0.9, 0.3 * Levenshtein.distance(seen, want))
    if kind == "number" and len(seen) == len(want):
        diff = [(a, b) for a, b in zip(seen, want, strict=True) if a != b]
        if len(diff) == 1 and frozenset(diff[0]) in LABEL_LOOK_ALIKES:
            return 0.5
    return 0.9


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
    anchors = sum(1 for label, slot in zip(seen, slots, strict=True)
                  if slot is not None and order[slot] == label)
    if len(run) < 2 or anchors == 0:
        return []  # a list seen in part, or not at all in order, shows nothing to repair
    out = []
    for i, (item, slot) in enumerate(zip(run, slots, strict=True)):
        if slot is None or order[slot] == seen[i]:
            continue
        alternative = align(seen, order, kind, fixed=(i, seen[i]))[0]
        margin = alternative - best
        confidence = min(0.97, 1 - 0.5 * math.exp(-1.2 * margin))
        want = order[slot]
        printed = item.seg.text[:item.label.end].rstrip()
        punct = printed[len(item.label.text):].strip() or (")" if kind == "letter" else ".")
        if kind == "letter" and item.label.text.isupper():
            want = want.upper()
        where = item.seg.to_original(0, len(printed))
        if where is None:
            continue
        neighbours = ", ".join(order[max(slot - 1, 0):slot + 2])
        out.append(Correction(
            stage="correct", kind="label", line=item.seg.line, start=where[0], end=where[1],
            before=printed, after=want + punct, confidence=round(confidence, 3),
            reason=f"item {slot + 1} of its list ({neighbours} …); keeping “{printed}” "
                   f"would cost {margin:.1f} more in the list's order"))
    return out


def misread_one(item: Item, items: list[Item]) -> Item:
    """A roman "I." opening a sentence, in a document whose roman labels open capitalised
    headings, is the number "1." misread: it joins the numbered list to be checked there."""
    label = item.label
    if label.kind != "roman" or label.text not in ("I", "l", "L"):
        return item
    if mostly_upper(item.seg.text[label.end:], 0.8):
        return item
    headings = [it for it in items if it.label.kind == "roman"
                and mostly_upper(it.seg.text[it.label.end:], 0.8)]
    if len(headings) < 2:
        return item
    return Item(item.seg, Label("number", label.text, label.end))


ODD_BULLETS = {"+", "–", "—", "~", "•", "*"}


def odd_bullet_corrections(items: list[Item]) -> list[Correction]:
    """A lone "+" (or a dash OCR read as "—", "~") among "-" items is a "-", unless the item
    before it opens a sub-list with a colon."""
    out = []
    for before, item, after in zip(items, items[1:], items[2:], strict=False):
        sign = item.label.text
        if sign not in ODD_BULLETS or before.label.text != "-":
            continue
        if after.label.text != "-" and not (sign != "+" and after.label.kind == "bullet"):
            continue
        if sign == "+" and before.seg.text.rstrip().endswith(":"):
            continue
        where = item.seg.to_original(0, 1)
        if where is None:
            continue
        confidence = 0.85 if sign == "+" else 0.9
        out.append(Correction(
            stage="correct", kind="label", line=item.seg.line, start=where[0], end=where[1],
            before=sign, after="-", confidence=confidence,
            reason=f"a lone “{sign}” between “-” items"
                   + ("; the item before it opens no sub-list" if sign == "+" else "")))
    return out


def article_keyword_corrections(items: list[Item]) -> list[Correction]:
    """"Điêu 5." with its tone damaged is "Điều 5.", as the document's other articles show."""
    articles = [it for it in items if it.label.kind == "article"]
    sound = sum(it.label.text.split()[0] in ("Điều", "ĐIỀU") for it in articles)
    out = []
    for it in articles:
        keyword = it.label.text.split()[0]
        if keyword in ("Điều", "ĐIỀU"):
            continue
        want = "ĐIỀU" if keyword.isupper() else "Điều"
        where = it.seg.to_original(0, len(keyword))
        if where is None:
            continue
        out.append(Correction(
            stage="correct", kind="label", line=it.seg.line, start=where[0], end=where[1],
            before=keyword, after=want, confidence=0.95 if sound else 0.85,
            reason=f"an article heading: “{keyword} N.” is “{want} N.” "
                   f"({sound} other articles of the document are printed so)"))
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
