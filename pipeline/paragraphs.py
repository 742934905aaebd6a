"""Where a hard-wrapped paragraph ends: shared by the stages that read lines as paragraphs.

OCR text keeps the printed line breaks. A paragraph ends where the next line opens with
a label, or where a line ending a sentence stops short of the right margin.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import regex

from vanban.document import Document
from vanban.labels import CITED_AFTER_ARTICLE, ROMAN, Label, roman_value
from vanban.text import mostly_upper, starts_lower, strip_accents
from vanban.view import Segment, across_columns
from vanban.vocabulary import ONE_LIKE

SENTENCE_END = (".", "!", "?", ".”", ".\"", "./.", ":", ";", "…")
SHORT = 0.82  # a line shorter than this share of the usual width stops before the margin
# a page's wrapped lines end a sentence at most about half the time (the OCR of 300
# printed documents: 48 % at most); a text typed or exported a paragraph to a line, nearly
# always
PARAGRAPH_LINES = 0.8


def lines_are_paragraphs(lines: Iterable[str]) -> bool:
    """Is the text a paragraph to a line, rather than a page's lines as printed?"""
    full = [line.rstrip() for line in lines if len(line.split()) >= 5]
    return len(full) >= 3 and sum(line.endswith(SENTENCE_END) for line in full) >= (
        PARAGRAPH_LINES * len(full))


@dataclass
class Widths:
    """Typical printed width of a full line, to tell a line that stops short."""

    typical: float
    by_pdf: bool

    @classmethod
    def of(cls, doc: Document, segments: list[Segment]) -> Widths:
        by_pdf = doc.source.format == "pdf"
        widths = sorted(width(doc, s, by_pdf) for s in segments if len(s.text.split()) >= 5)
        typical = widths[int(len(widths) * 0.75)] if widths else 80.0
        return cls(typical=typical, by_pdf=by_pdf)

    def short(self, doc: Document, seg: Segment) -> bool:
        return width(doc, seg, self.by_pdf) < SHORT * self.typical


def width(doc: Document, seg: Segment, by_pdf: bool) -> float:
    line = doc.lines[seg.line]
    if by_pdf and line.boxes:
        first, last = seg.starts[0], seg.end
        inside = [b for b in line.boxes if b.start >= first and b.end <= last] or list(line.boxes)
        return inside[-1].x1 - min(b.x0 for b in line.boxes)
    return float(len(seg.text))


# an item opens with a capital, after its number if it has one ("+ 09 Giải Ba"); after a
# line broken mid-sentence, a dash before anything else is a sentence wrapped
OPENS_CAPITALISED = regex.compile(r"^[\s“\"(]*(?:\d[\d.,/]*\s+)?\p{Lu}")


def label_of(prev: Segment | None, seg: Segment, doc: Document, widths: Widths) -> Label | None:
    """The label opening `seg`, if it really opens an item.

    A dash at the start of a line continues the previous line's sentence as often as it
    opens a bullet ("… quốc phòng" / "- an ninh"); it is a bullet only after a line that
    ends a clause or stops short, and when what follows is not lower case.
    """
    label = seg.label
    if (label is not None and label.kind == "article" and prev is not None
            and seg.text.rstrip().endswith(".") and not seg.text[label.end:].strip(" .")
            and prev.text[-1:].islower()
            and not widths.short(doc, prev)):
        return None  # "… tại" / "Điều 10.": a sentence wrapped before the article it cites
    if (label is not None and label.kind == "article" and label.damaged and prev is not None
            and prev.text[-1:].islower() and not widths.short(doc, prev)
            and (after := seg.text[label.end:].split())
            and after[0] in CITED_AFTER_ARTICLE):
        return None  # "… quy định tại" / "- Điêu I Nghị định này, bao gồm:": a citation
    if (label is not None and label.kind == "chapter" and label.damaged and prev is not None
            and prev.text[-1:].islower() and not widths.short(doc, prev)
            and not heading_alone(seg, label)):
        return None  # "… thuộc" / "Chương": "Chương trình" wrapped mid-sentence
    if (label is not None and label.kind in ("part", "chapter", "section", "article")
            and prev is not None and starts_lower(seg.text[label.end:].lstrip(" ,"))
            and not prev.text.rstrip().endswith((*SENTENCE_END, ":"))):
        # "… được quy định tại Mục 2" / "Chương XII của Bộ luật …", "… khoản 1 và khoản 2" /
        # "Điều 12, khoản 4 Điều 17 …": a citation
        return None
    if (label is not None and label.kind == "decimal" and "," in label.text and prev is not None
            and prev.text.endswith(",")):
        return None  # "… các Điều 5, 6," / "7,9 Luật …": numbers wrapped, not "7.9"
    if label is None or label.kind != "bullet":
        return label
    rest = seg.text[label.end:]
    if mostly_upper(rest, 0.9) and len(rest.split()) <= 10:
        return None  # items are in sentence case; a capitalised line is a heading or a title
    if prev is None:
        return label
    if starts_lower(rest):  # only a list that runs on from a colon or semicolon
        return label if prev.text.endswith((":", ";")) else None
    if prev.text[-1:].islower() and not OPENS_CAPITALISED.match(rest):
        return None  # "… kể từ ngày 12 tháng" / "- 10 năm 2023.": a sentence wrapped
    if (prev.text.endswith((*SENTENCE_END, ",")) or seg.blank_before
            or widths.short(doc, prev) or closed_note(prev.text)):
        return label
    return None


def heading_alone(seg: Segment, label: Label) -> bool:
    """A chapter heading alone on its line, read with specks around it (". Chương ï | |"):
    its numeral a roman one or a stroke OCR reads for I, nothing after it but specks (no
    period, as a citation's sentence would end)."""
    numeral = label.text.split()[-1]
    specks = " |_-'`¬"
    return ((ROMAN.match(numeral) is not None or numeral in ONE_LIKE)
            and not seg.text[label.end:].strip(specks)
            and not seg.text[:label.end].rstrip(specks).endswith("."))


def closed_note(text: str) -> bool:
    """A line that is a note in parentheses ("(Điều 2 Thông tư số 03/2009/TT-BNG, có hiệu
    lực …)"): it ends what it says, as a sentence does."""
    text = text.strip()
    return text.startswith("(") and text.endswith(")")


def opens_paragraph(prev: Segment | None, seg: Segment, doc: Document, widths: Widths) -> bool:
    """Does `seg` start a new paragraph (rather than continue `prev`'s)?"""
    if prev is None or across_columns(prev, seg):
        return True
    if label_of(prev, seg, doc, widths) is not None:
        return True
    text = prev.text
    if mostly_upper(text) and not mostly_upper(seg.text):
        return True
    if starts_lower(seg.text):
        return False
    if text.endswith(SENTENCE_END) and seg.blank_before:
        return True
    # hard-wrapped text fills each line to the margin: one that stops short ends its
    # paragraph, whether a sentence or a heading ("1. Mục tiêu chung" / "Thực hiện …")
    return widths.short(doc, prev) and not text.endswith((",", "-"))


# the words that introduce the next quotation end their line: "… như sau:"
NAMES_POINTS = regex.compile(r"\bđiểm\s+[a-zđ]\b")  # a clause naming the points it amends
INTRODUCES = regex.compile(r"(?::|\bnhư sau\W{0,2})\s*$")
AMENDS = regex.compile(r"\bnhư sau\W{0,2}\s*$")  # what an amendment's quotation follows
OPENING_QUOTE = regex.compile(r"^[\W_]{0,3}?[“\"]")  # ("-_ “Điều 59.": specks before it)
# a quotation ends its line: "…tố cáo.”.", "…”;", "…”./.", "…”..." (OCR's specks after
# it); the quote is set against the words it closes: a quote after a space is a speck,
# "… tái phạm; - : "¬ "")
CLOSING_QUOTE = regex.compile(r"(?<=[^\s¬])[”\"]\s*(?:[.,;:]|\.{2,3})?\s*(?:\./\.)?\s*$")
# a curly closing quote before a scrap OCR read as a capital or two, or a stroke ("…
# phương án giá.”. ỘỒ", "… án giá.”. ¬ ¬ l")
CLOSED_BEFORE_SCRAP = regex.compile(r"(?<=[^\s¬])”[.,;:]?(?:\s+[^\p{L}\p{N}\s]{1,3}){0,3}"
                                    r"\s+(?:\p{Lu}{1,2}|l)\s*$")
# specks OCR set apart at a line's end ("như sau: ¬¬ ¬", "thực hiện.” ¬ \"", "… ngoại” — - _ -",
# "… tư này.” ˆ": a modifier letter, no letter of a word)
END_SPECKS = regex.compile(r"(?:\s+(?:[^\p{L}\p{N}\s]|\p{Lm}){1,3}){1,4}\s*$")


def ends_with(pattern: regex.Pattern, text: str, start: int = 0) -> regex.Match | None:
    """The pattern at the end of the line, or before the specks OCR put after it."""
    return pattern.search(text, start) or pattern.search(END_SPECKS.sub("", text), start)


def quotations(segments: list[Segment], labels: list[Label | None]) -> list[int]:
    """For each segment, the quotation it lies in (1, 2, …; 0: the document's own text).

    An amending document quotes the text it puts in place ("1. Sửa đổi khoản 2 Điều 15 như
    sau:" / "“2. Việc trưng cầu … kèm theo Nghị định này.”."): a quotation opens at a line
    that starts with an opening quote and a label, after a line that introduces it or lines
    that name it ("Bổ sung Mục 8 …" / "“Mục 8"), and ends at a closing quote that ends a
    line; its labels are numbered in the other document's sequence. A closing quote OCR
    lost (or the source never printed) is made up for by the document's own next unit: an
    article that follows its last one ("Điều 8." after "Điều 7."), or a unit that follows
    its last one and introduces the next quotation, once that opens (or the text ends)
    with none closed. A quotation the text ends in, with no unit of the document's own
    sequence after its opening, runs to the end; any other quote that nothing closes is a
    speck OCR read, not a quotation.
    """
    out: list[int] = []
    current = count = inner = 0
    closed: set[int] = set()
    ends_at: int | None = None  # where the open quotation's own next unit came
    own_since = False  # a unit of the document's own sequence came since it opened
    last_own: dict[str, Label] = {}
    # the open quotation's last two labels of each kind
    last_inner: dict[str, list[Label]] = {}
    recent: list[str] = []  # the last lines read
    previous: Label | None = None  # the last line's label
    points_quoted = False  # quoting the points a clause names, one quotation each
    closed_here = False  # a quotation closed on the last line read

    def end_at(k: int | None) -> None:
        if k is not None:
            out[k:] = [0 if q == current else q for q in out[k:]]
            closed.add(current)

    def introduces(k: int) -> bool:
        """Segment k, or its paragraph's next line, ends with "như sau:"."""
        after = [j for j in range(k + 1, min(k + 3, len(segments)))
                 if segments[j].text.strip()][:1]
        return bool(ends_with(INTRODUCES, segments[k].text.strip())) or any(
            labels[j] is None and ends_with(INTRODUCES, segments[j].text.strip())
            for j in after)

    def opens_body(label: Label) -> bool:
        """The document's first chapter or article, a quote OCR read before it (the
        preamble's formula ends "… như sau:" as an amendment's does): a document quotes
        the units it amends from inside its own articles, so not before the first."""
        return (label.kind in ("part", "chapter", "article")
                and not any(kind in last_own for kind in ("part", "chapter", "article"))
                and sequence_value(label) in (1, None))

    for k, (seg, label) in enumerate(zip(segments, labels, strict=True)):
        text = seg.text.strip()
        if not text:
            out.append(current)
            continue
        quote = OPENING_QUOTE.match(text)
        before = recent[-1] if recent else ""
        opening = (label is not None and quote is not None and not opens_body(label)
                   and (bool(ends_with(AMENDS, before)) or mentioned(label, " ".join(recent))
                        # a straight quote after a colon alone is as often OCR's speck
                        # ("bao gồm:" / "\"1. Quỹ …")
                        or (quote.group().endswith("“") and bool(ends_with(INTRODUCES, before)))))
        # an amended article whose opening quote OCR lost: out of the document's sequence,
        # named by the article heading just before ("Điều 2. Sửa đổi, bổ sung Điều 6" /
        # "Điều 6. …"), or by the line before that says "như sau:" ("1. Sửa đổi khoản 1
        # Điều 30 như sau:" / "*Điều 30. …", its star taken for a speck; not where that line
        # is itself quoted: a quotation inside one is told by its own quotes)
        opening = opening or (
            label is not None and quote is None and not current and label.kind == "article"
            and "article" in last_own and not follows(last_own["article"], label)
            and (previous is last_own["article"] or (
                bool(ends_with(INTRODUCES, before)) and not OPENING_QUOTE.match(before)))
            and mentioned(label, before))
        # so a clause or point whose opening quote OCR read as a speck, right after the
        # line that names it and says "như sau:" ("a) Sửa đổi khoản 2 như sau:" / "- 2.
        # Thông tin …"), out of the document's own sequence
        opening = opening or (
            label is not None and quote is None and not current and label.damaged
            and label.start > 0 and label.kind in ("number", "letter")
            and bool(ends_with(AMENDS, before)) and mentioned(label, before)
            and not (label.rank_key in last_own and follows(last_own[label.rank_key], label)))
        # (a point's letter may be misread too where the clause names the points it quotes,
        # "Sửa đổi điểm c, điểm d khoản 1 như sau:" / "%e) Đối với …", and so may the next
        # point's quote, right after the quotation before it closed: "°d) Đối với …")
        speck_point = (label is not None and quote is None and not current and label.damaged
                       and label.kind == "letter")
        opening = opening or (speck_point and (
            (label.start > 0 and bool(ends_with(AMENDS, before))
             and bool(NAMES_POINTS.search(before))) or points_quoted))
        # (an item that follows the quotation's own last one is the quotation's: its "5."
        # after its "4." is no item of the document's list that stopped at "4.")
        own = (label is not None and not opening and label.rank_key in last_own
               and follows(last_own[label.rank_key], label)
               and not continues(last_inner.get(label.rank_key, []), label))
        if current and own and label.kind in ("part", "chapter", "article"):
            # "Điều 8." after "Điều 7. Sửa đổi Điều 23 như sau: “Điều 23. …"; so "Chương III"
            # after the document's "Chương II"
            end_at(len(out))
            current = 0
        elif current and own and ends_at is None and introduces(k):
            ends_at = len(out)
        if current and own:
            own_since = True
        start = 0
        if opening and label is not None and label.kind == "letter" and (
                NAMES_POINTS.search(before) or points_quoted):
            points_quoted = True  # the clause's points follow, each in its quotation
        elif not current or opening:  # (a line of the document's own, or a quotation's first)
            points_quoted = points_quoted and closed_here
        if opening:
            if current:
                end_at(ends_at)
            count += 1
            current, inner, ends_at, own_since = count, 0, None, False
            last_inner = {}
            start = quote.end() if quote is not None else 0
        out.append(current)
        if label is not None and (not current or own):
            last_own[label.rank_key] = label
        elif label is not None:
            last_inner[label.rank_key] = [*last_inner.get(label.rank_key, [])[-1:], label]
        if current:
            # quotes inside the quotation pair up; a closing quote that pairs with none is
            # OCR's (a comma read as one) unless it ends the line, where it closes
            end = ends_with(CLOSING_QUOTE, text, start) or CLOSED_BEFORE_SCRAP.search(
                text, start)
            for ch in text[start:end.start() if end else len(text)]:
                if ch == "“":
                    inner += 1
                elif ch == "”" and inner:
                    inner -= 1
            if end and inner:
                inner -= 1
            elif end:
                closed.add(current)
                current = 0
        closed_here = bool(current == 0 and out[-1])
        recent = [*recent[-2:], text]
        previous = label
    if current and not own_since and ends_at is None:
        closed.add(current)  # the text ends inside it (the pages read end there)
    elif current:
        end_at(ends_at)
    return [k if k in closed else 0 for k in out]


UNIT_WORDS = {"number": "khoản", "letter": "điểm"}


def mentioned(label: Label, text: str) -> bool:
    """The lines before name the unit the label opens ("Bổ sung Mục 8 và Điều 35a …"
    before "“Mục 8"; "… khoản 3 …" before "“3."): it is the quoted one."""
    name = label.text if label.kind in ("part", "chapter", "section", "article") else (
        f"{UNIT_WORDS[label.kind]} {label.text}" if label.kind in UNIT_WORDS else "")
    # (by letters alone: OCR damages a mention's tones as a heading's, "Điêu 6")
    pattern = rf"(?<!\w){regex.escape(strip_accents(name))}(?!\w)"
    return bool(name) and bool(regex.search(pattern, strip_accents(text), regex.IGNORECASE))


def continues(inner: list[Label], label: Label) -> bool:
    """The label goes on the quotation's own list, whose last labels are `inner`: the
    next after its last, or the one after next after the one before ("4." "9." "6.":
    its 5 misread)."""
    if not inner:
        return False
    if follows(inner[-1], label):
        return True
    if len(inner) < 2:
        return False
    a, b = sequence_value(inner[-2]), sequence_value(label)
    return a is not None and b is not None and b == a + 2


def follows(before: Label, label: Label) -> bool:
    """The label is the next of its kind after `before` ("Điều 8." after "Điều 7.")."""
    a, b = sequence_value(before), sequence_value(label)
    return a is not None and b is not None and b == a + 1


# the order of points by the drafting rules: no f, j, w, z; đ after d
LETTERS = "abcdđeghiklmnopqrstuvxy"


def sequence_value(label: Label) -> int | None:
    text = label.text.split()[-1] if label.text.split() else ""
    if label.kind in ("number", "article", "chapter", "section", "part") and text.isdigit():
        return int(text)
    if label.kind in ("roman", "chapter", "section", "part") and ROMAN.match(text):
        return roman_value(text)
    if label.kind == "letter" and text in LETTERS:
        return LETTERS.index(text)
    return None


def paragraph_text(segments: list[Segment]) -> tuple[str, list[int]]:
    """The segments joined as one text, and where each segment starts in it.

    A code broken after its hyphen ("685/2007/QĐ-" / "UBND") is joined without a space.
    """
    starts: list[int] = []
    text = ""
    for seg in segments:
        if text and not (text.endswith("-") and text[-2:-1].isalnum() and seg.text[:1].isalnum()):
            text += " "
        starts.append(len(text))
        text += seg.text
    return text, starts
