"""The mark that ends a list item, read by the list's own convention.

Drafting rules end each item of a list with a semicolon and the last with a period; an
item that introduces sub-items ends with a colon. OCR reads a semicolon as a colon or a
comma ("các dân tộc:" / "b) Bảo đảm …"). Where an item is followed by a sibling (an item
of its own kind: no sub-items in between) and the list's other such items end with a
semicolon, its colon or comma is that semicolon. The language model cannot see this: it
reads words, not the list they stand in.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from vanban.correct.labels import LATIN, VIETNAMESE
from vanban.correct.lm import LanguageModel
from vanban.correct.tokens import units
from vanban.document import Correction
from vanban.labels import Label
from vanban.paragraphs import label_of, opens_paragraph, paragraph_text
from vanban.text import strip_accents
from vanban.view import ReadingView, Segment

MISREAD = (":", ",")  # marks OCR makes of a semicolon
CONVENTION = 2 / 3  # share of an item's siblings that must end with a semicolon
MIN_SIBLINGS = 2  # other items with a following sibling, to show the convention
# the labels of list items (articles, chapters and roman headings are headings: what ends
# them is their text's)
ITEM_KINDS = ("letter", "number", "decimal", "bullet")


@dataclass
class ListItem:
    label: Label
    last: Segment  # the item's last line (an item wraps over lines)

    def followed_by(self, other: ListItem) -> bool:
        """`other` is the next item of this one's list: of its kind, next in its order."""
        a, b = self.label, other.label
        if a.rank_key != b.rank_key:
            return False
        if a.kind == "bullet":
            return True
        if a.kind == "letter":
            return any(a.text.lower() in order and order.index(a.text.lower()) + 1 < len(order)
                       and order[order.index(a.text.lower()) + 1] == b.text.lower()
                       for order in (LATIN, VIETNAMESE))
        head_a, _, last_a = a.text.rpartition(".")
        head_b, _, last_b = b.text.rpartition(".")
        return (head_a == head_b and last_a.isdigit() and last_b.isdigit()
                and int(last_b) == int(last_a) + 1)


def list_mark_corrections(view: ReadingView, lm: LanguageModel) -> list[Correction]:
    return (item_mark_corrections(view) + basis_mark_corrections(view)
            + run_in_list_corrections(view, lm))


# a colon inside a paragraph's running text: after a word (not a mark, a digit's "10:30"
# is a time) and before a word in small letters, on its line or the next (one that ends
# the paragraph introduces what follows it)
RUN_IN_COLON = regex.compile(r"(?<=[\p{L}\d)”])(:)(?=\s+\p{Ll})")
RUN_IN_SEMICOLON = regex.compile(r"(?<=\S);(?=\s)")
SENTENCE_ENDS = regex.compile(r"[.?!]\s+\p{Lu}")
# log10: how much likelier the model finds a colon than a semicolon between the words
# around it, for the colon to stand: "địa điểm:", "như sau:" introduce their own lists
COLON_WORDS = 0.0
# log10: how much likelier the words are with no mark between them than with a colon or
# a semicolon, for the colon to be a speck on words that run on ("hóa đất: nước" 4.1;
# items parted: "chủ nghĩa xã hội; có đạo đức" 1.9)
RUNS_ON = 3.0


def run_in_list_corrections(view: ReadingView, lm: LanguageModel) -> list[Correction]:
    """A list run into its paragraph ("… gồm: đoàn viên, thanh niên; lãnh đạo, phóng
    viên; biên tập viên"): its items are parted by semicolons after the colon that opens
    it, and a second colon among them, in the same sentence and before a word in small
    letters, is a semicolon OCR misread, unless its words are ones a colon follows. (In
    the corpus, after a paragraph's first colon, where a semicolon parts words elsewhere
    in the rest, 97 % of the marks between two words that are not commas are
    semicolons.)"""
    doc, segments, widths = view.doc, view.segments, view.widths
    out: list[Correction] = []
    paragraph: list[Segment] = []
    prev: Segment | None = None
    for seg in [*segments, None]:
        if seg is None or opens_paragraph(prev, seg, doc, widths):
            out += second_colons(paragraph, lm)
            paragraph = []
        if seg is not None:
            paragraph.append(seg)
        prev = seg
    return out


def second_colons(paragraph: list[Segment], lm: LanguageModel) -> list[Correction]:
    if not any(":" in seg.text for seg in paragraph):
        return []
    text, starts = paragraph_text(paragraph)
    # each colon's words weighed with a colon, a semicolon and no mark between them; a
    # mark where the words run on ("hóa đất: nước", "giám định ADN xác: định") is a
    # speck's, the words' business, and opens no list
    fits = {}
    for m in RUN_IN_COLON.finditer(text):
        colon = m.start(1)
        around = [u for w in text[:colon].split()[-2:] for u in units(w)]
        after = [u for w in text[colon + 1:].split()[:1] for u in units(w)]
        score = {mark: lm.score([*around, *mark, *after]) for mark in (":", ";", "")}
        if score[""] - max(score[":"], score[";"]) <= RUNS_ON:
            fits[colon] = score
    colons = sorted(fits)
    ends = [m.start() + 1 for m in SENTENCE_ENDS.finditer(text)]
    out = []
    for colon in colons[1:]:
        # the sentence's first colon opens its list, whose items semicolons part
        opens = max((end for end in ends if end <= colon), default=0)
        closes = min((end for end in ends if end > colon), default=len(text))
        opener = next(c for c in colons if c >= opens)
        score = fits[colon]
        if (opener == colon or not RUN_IN_SEMICOLON.search(text, opener, closes)
                or score[":"] - score[";"] > COLON_WORDS):
            continue
        k = bisect.bisect_right(starts, colon) - 1
        seg = paragraph[k]
        where = seg.to_original(colon - starts[k], colon - starts[k] + 1)
        if where is None:
            continue
        out.append(Correction(
            stage="correct", kind="punctuation", line=seg.line, start=where[0],
            end=where[1], before=":", after=";", confidence=0.85,
            reason="a list run into its paragraph after a colon parts its items with "
                   "semicolons: a second colon among them, before a word in small "
                   "letters and not after words a colon follows, is a semicolon OCR "
                   "misread"))
    return out


# the legal bases a document is issued on, one paragraph each, before its enacting words;
# each ends with a semicolon, the last with a semicolon, a comma or a period
BASIS_OPENERS = ("Căn cứ ", "Theo đề nghị ", "Xét đề nghị ", "Thực hiện ")
# the same without diacritics, which OCR damages before they are corrected ("Cần cử")
BASIS_SKELETONS = tuple(strip_accents(opener) for opener in BASIS_OPENERS)


def basis_mark_corrections(view: ReadingView) -> list[Correction]:
    """A legal basis followed by another whose end OCR read as a colon or a comma
    ("… lực lượng vũ trang:" / "Căn cứ …"), where the document's other such bases end
    with a semicolon."""
    doc, segments, widths = view.doc, view.segments, view.widths
    runs: list[list[Segment]] = []  # consecutive bases, each by its last line
    run: list[Segment] = []
    prev: Segment | None = None
    for seg in segments:
        opens = prev is None or opens_paragraph(prev, seg, doc, widths)
        # (a basis opens after a line that ends one, whatever mark OCR read there)
        if (opens or prev.text.rstrip()[-1:] in ";:,.") and strip_accents(seg.text.lstrip(
                " -_.'`\"“*")).startswith(BASIS_SKELETONS):
            run.append(seg)
        elif run and not opens and prev is run[-1]:
            run[-1] = seg  # the basis goes on on this line
        elif run:
            runs.append(run)
            run = []
        prev = seg
    if run:
        runs.append(run)
    out = []
    for run in runs:
        # a colon opens a list, and no basis does: one followed by another basis is a
        # semicolon OCR misread, whatever the others' marks say (unless they end with a
        # comma, as some documents print them)
        out += semicolon_corrections(
            run[:-1], "a legal basis followed by another ends with a semicolon, as {agreeing} "
            "of the document's {others} others do; OCR read it as “{mark}”",
            colon_reason="a legal basis followed by another ends with a semicolon: a colon "
            "opens a list, which no basis does")
    return out


def item_mark_corrections(view: ReadingView) -> list[Correction]:
    out = []
    for run in sibling_runs(list_items(view)):
        out += semicolon_corrections(
            [item.last for item in run[:-1]], "an item followed by another of its list ends "
            "with a semicolon, as {agreeing} of its {others} siblings do; OCR read it as "
            "“{mark}”")
    return out


def semicolon_corrections(lasts: list[Segment], reason: str,
                          colon_reason: str | None = None) -> list[Correction]:
    """The ends of paragraphs each followed by another of their kind (`lasts`: each one's
    last line): a colon or a comma where the others (at least MIN_SIBLINGS, CONVENTION of
    them) end with a semicolon is that semicolon misread. `reason` is formatted with the
    mark, how many others agree, and how many others there are. With `colon_reason`, a
    colon is a semicolon too unless the others end with commas more than with semicolons
    (those corrections after the others)."""
    ends = [seg.text.rstrip()[-1:] for seg in lasts]
    out, colons = [], []
    for k, seg in enumerate(lasts):
        mark = ends[k]
        if mark not in MISREAD:
            continue
        others = ends[:k] + ends[k + 1:]
        # a colon, which would open sub-items none of which follow, needs less: one other
        # and most of them
        colon = mark == ":" and others and others.count(";") * 2 > len(others)
        if colon or (len(others) >= MIN_SIBLINGS
                     and others.count(";") >= CONVENTION * len(others)):
            fix = end_correction(seg, mark, reason.format(
                mark=mark, agreeing=others.count(";"), others=len(others)))
            if fix is not None:
                out.append(fix)
        elif mark == ":" and colon_reason and others.count(",") <= others.count(";"):
            fix = end_correction(seg, mark, colon_reason)
            if fix is not None:
                colons.append(fix)
    return out + colons


def list_items(view: ReadingView) -> list[ListItem | None]:
    """The document's list items in order, each with its last line; None where a paragraph
    of no item (or a blank line) ends the list before it."""
    doc, segments, widths = view.doc, view.segments, view.widths
    items: list[ListItem | None] = []
    prev: Segment | None = None
    for seg in segments:
        label = label_of(prev, seg, doc, widths)
        if label is not None and label.kind not in ITEM_KINDS:
            items.append(None)
        elif label is not None:
            items.append(ListItem(label, seg))
        elif items and items[-1] is not None and not seg.blank_before and not (
                prev is not None and opens_paragraph(prev, seg, doc, widths)):
            items[-1].last = seg  # the item goes on on this line
        elif items and items[-1] is not None:
            items.append(None)
        prev = seg
    return items


def sibling_runs(items: list[ListItem | None]) -> list[list[ListItem]]:
    """Runs of items, each followed directly by the next of its list (an item of another
    kind between two cuts the run: the first introduces sub-items)."""
    runs: list[list[ListItem]] = []
    current: list[ListItem] = []
    for item in items:
        if item is not None and current and current[-1].followed_by(item):
            current.append(item)
            continue
        if len(current) > 1:
            runs.append(current)
        current = [item] if item is not None else []
    if len(current) > 1:
        runs.append(current)
    return runs


def end_correction(seg: Segment, mark: str, reason: str) -> Correction | None:
    """The segment's last mark made a semicolon; none where the mark stands alone ("năm
    2025; - | :"): a speck, which the word correction weighs."""
    end = len(seg.text.rstrip())
    if end < 2 or seg.text[end - 2].isspace():
        return None
    where = seg.to_original(end - 1, end)
    if where is None:
        return None
    return Correction(
        stage="correct", kind="punctuation", line=seg.line, start=where[0], end=where[1],
        before=mark, after=";", confidence=0.85, reason=reason)
