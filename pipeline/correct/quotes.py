"""Quotation marks paired by the text's own: a curly quote opened and a straight one
closing it ("“Tự hào Việt Nam\""), or the other way round ("\"Học sinh 3 tốt”"), is one
pair OCR read half of as the other kind. Print sets a pair in one kind: of the structure
set's development OCR, 26 such pairs at L3 and 4 at L2, where the texts printed one
(in 48 documents). Which half OCR misread, the kind the document prints its quotes in
says (OCR reads straight quotes as curly ones too: "\"Tôi yêu Tổ quốc tôi”"); where
neither kind is the rule, nothing. A text typed a paragraph to a line mixes them as its
typist did."""

from __future__ import annotations

import regex

from vanban.document import Correction
from vanban.paragraphs import lines_are_paragraphs
from vanban.view import ReadingView, Segment

# a straight quote closing what a curly one opened on the line: set against the word
# before it, with no quote between
CLOSED_STRAIGHT = regex.compile(r'(“)[^“”"\n]*?[^\s“”"](")(?![\p{L}\d])')
# a straight quote opening what a curly one closes: before a word, after a space, a
# bracket or the line's start
OPENED_STRAIGHT = regex.compile(r'(?<![^\s(\[])(")(?=[^\s“”"])[^“”"\n]*?[^\s“”"](”)')
# a star opening what a curly quote closes ("*Học sinh 3 tốt”"): OCR's reading of the
# opening quote (16 such in the structure set's development OCR at L2 and L3, two seeds;
# its clean texts put no star before a word)
OPENED_STAR = regex.compile(r'(?<![^\s(\[])(\*)(?=\p{L})[^“”"\n*]*?[^\s“”"](”)')
# how much commoner one kind of quotes must be in the document to be its kind
PREVAILS = 2


def quote_pair_corrections(view: ReadingView) -> list[Correction]:
    segments = view.segments
    if lines_are_paragraphs(s.text for s in segments):
        return []
    out = star_corrections(view) + stray_opening_corrections(view)
    straight = sum(s.text.count('"') for s in segments)
    if not straight:
        return out
    curly = sum(s.text.count("“") + s.text.count("”") for s in segments)
    if curly >= PREVAILS * straight:
        halves = {CLOSED_STRAIGHT: (2, "”"), OPENED_STRAIGHT: (1, "“")}
    elif straight >= PREVAILS * curly:
        halves = {CLOSED_STRAIGHT: (1, '"'), OPENED_STRAIGHT: (2, '"')}
    else:
        return out
    for seg in segments:
        if '"' not in seg.text:
            continue
        for pattern, (half, mark) in halves.items():
            for m in pattern.finditer(seg.text):
                where = seg.to_original(m.start(half), m.end(half))
                if where is None:
                    continue
                out.append(Correction(
                    stage="correct", kind="punctuation", line=seg.line, start=where[0],
                    end=where[1], before=m.group(half), after=mark, confidence=0.9,
                    reason=f"“{m.group()}”: a quotation is printed in one kind of quotes, "
                           "the document's in this kind; OCR read half of this pair as "
                           "the other"))
    return out


def star_corrections(view: ReadingView) -> list[Correction]:
    """A star before words a curly quote closes on the line is that quotation's opening
    quote (OPENED_STAR), whatever kind of quotes the document prints elsewhere."""
    out = []
    for seg in view.segments:
        if "*" not in seg.text:
            continue
        for m in OPENED_STAR.finditer(seg.text):
            where = seg.to_original(m.start(1), m.end(1))
            if where is None:
                continue
            out.append(Correction(
                stage="correct", kind="punctuation", line=seg.line, start=where[0],
                end=where[1], before="*", after="“", confidence=0.9,
                reason=f"“{m.group()}”: a closing quote ends what the star opens; OCR read "
                       "the opening quote as a star"))
    return out


# a quote opening a line's first word, with no quote after it on the line
LINE_OPENING_QUOTE = regex.compile(r'^["“](?=[^\s“”"])[^“”"]*$')
# a quote that closes: a curly closing one, or a straight one set against a word and not
# before one
CLOSING_QUOTE = regex.compile(r'”|(?<=\S)"(?![\p{L}\d])')
ANY_QUOTE = regex.compile(r'[“”"]')
QUOTED_LINES = 60  # lines a quotation opened at a line's start may run to its close
# a line a quotation follows: one ending with a colon (specks after it aside: "như sau:."),
# or an amending one ("Điều 3. Bổ sung Mục 8 và Điều 35a Chương II")
QUOTATION_BEFORE = regex.compile(
    r":[\W_]{0,3}$|(?i:\b(?:s[ửưu]a đ[ổôốo]i|b[ổốôo] sung|thay th[ếe])\b)")
# the structure set's development OCR (48 documents, L1-L3): of the quotes so read, 43
# are specks, 2 open a quotation that closes past an opening quote ("“V/v …"), 3 are
# neither (OCR misread the word too)
STRAY_CONFIDENCE = 0.8


def stray_opening_corrections(view: ReadingView) -> list[Correction]:
    """A quote opening a line that no quote closes: a speck OCR read at the margin
    ('"Trưởng thôn, …', "“Tuyên truyền …" where nothing is quoted). A quotation opened
    there is an amendment's text or a title, and closes ("“3. Thời điểm … hành chính.”");
    one after a line ending with a colon ("… như sau:") or an amending one ("Bổ sung Mục
    8 …") is taken for one, wherever it closes."""
    segments = view.segments
    out = []
    for k, seg in enumerate(segments):
        if not LINE_OPENING_QUOTE.match(seg.text) or (
                k and QUOTATION_BEFORE.search(segments[k - 1].text)):
            continue
        if closed_after(segments, k):
            continue
        where = seg.to_original(0, 1)
        if where is None:
            continue
        out.append(Correction(
            stage="correct", kind="punctuation", line=seg.line, start=where[0], end=where[1],
            before=seg.text[0], after="", confidence=STRAY_CONFIDENCE,
            reason=f"“{seg.text[:30]}…”: no quote closes what this one would open; OCR "
                   "read a speck at the line's start as a quote"))
    return out


def closed_after(segments: list[Segment], k: int) -> bool:
    """Whether the next quote after the opening of segment k (within QUOTED_LINES lines)
    closes a quotation."""
    for seg in segments[k + 1:k + 1 + QUOTED_LINES]:
        found = ANY_QUOTE.search(seg.text)
        if found is not None:
            return CLOSING_QUOTE.match(seg.text, found.start()) is not None
    return False
