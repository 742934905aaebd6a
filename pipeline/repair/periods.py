"""A period OCR put at a line end where the sentence goes on in the next line, or after a
heading in capitals.

Scanned text often carries a speck at the right margin that OCR reads as "." ("… với." /
"những nội dung sau:"). A Vietnamese sentence never goes on in lower case after a full
stop, so a next line that opens in lower case shows the period is not one. A heading in
capitals ends without one ("ĐOÀN TNCS HỒ CHÍ MINH", "III. NỘI DUNG THỰC HIỆN"): of the
corpus's 21,654 lines of two to fourteen words in capitals, 16 end with a word and a period
(a statement in capitals: "… LÀ BẤT HỢP PHÁP.").
"""

from __future__ import annotations

import itertools

import regex

from vanban.document import Correction
from vanban.paragraphs import lines_are_paragraphs
from vanban.syllable import parse
from vanban.text import mostly_upper, starts_lower
from vanban.view import Segment

# the word before the period: a word, not an abbreviation like "TP." or "v.v." or "./."
PERIOD_AFTER_WORD = regex.compile(r"(?<=[^\W_])\.$")
ABBREVIATION = regex.compile(r"(?:^|\s)(?:[A-ZĐ][a-zđ]?|v\.v|TP|Tp|TS|ThS|PGS|GS|St|tr|Tr)\.$")
HEADING_WORDS = (2, 14)  # a heading's words in capitals, at least and at most
# a numbered heading whose keyword OCR read as a word in lower case ("sáp 8. Hiệu lực thi
# hành" for "Điều 8."; a printed line's worth of title, 16 words at most): the line before
# it ends its paragraph
NUMBERED_HEADING = regex.compile(r"^\p{Ll}{1,5}\s+\d{1,3}[.,:]\s+\p{Lu}\S*(?:\s+\S+){0,15}$")


def line_end_period_corrections(segments: list[Segment]) -> list[Correction]:
    # in text typed a paragraph to a line no sentence goes on past its line: a period
    # there is the author's, whatever opens the next line
    if lines_are_paragraphs(s.text for s in segments):
        return []
    out = []
    for seg, nxt in itertools.pairwise(segments):
        if seg.column != nxt.column or (seg.column != 0 and nxt.line != seg.line + 1):
            continue
        text = seg.text
        if not text.endswith(".") or text.endswith("./.") or text.endswith(".."):
            continue
        if not PERIOD_AFTER_WORD.search(text) or ABBREVIATION.search(text):
            continue
        # (after an empty line a paragraph begins, whatever OCR read for its label: "5."
        # as "xã, Trường hợp …"; dev OCR: 14 tokens fewer broken, 3 fixes fewer)
        if (not starts_lower(nxt.text) or nxt.label is not None or nxt.blank_before
                or NUMBERED_HEADING.match(nxt.text)):
            continue
        where = seg.to_original(len(text) - 1, len(text))
        if where is None:
            continue
        start, end = where
        following = nxt.text.split()[0]
        out.append(Correction(
            stage="repair", kind="line-end-period", line=seg.line, start=start, end=end,
            before=".", after="", confidence=0.92,
            reason=f"a period at the line end, but the sentence goes on in lower case "
                   f"(“{following} …” on the next line)"))
    return out


def heading_period_corrections(segments: list[Segment], taken: set[tuple[int, int]]
                               ) -> list[Correction]:
    """A period after the last word of a line in capitals: a speck OCR read, where the
    word is a Vietnamese syllable (not an abbreviation or a code: "TP.", "BTNMT."); not
    where another rule has taken it (`taken`: (line, start) of its corrections)."""
    out = []
    for seg in segments:
        text = seg.text.rstrip()
        words = text.split()
        if (not text.endswith(".") or text.endswith("..") or not HEADING_WORDS[0] <= len(words)
                <= HEADING_WORDS[1] or not mostly_upper(text, 0.9)):
            continue
        last = words[-1][:-1]
        if len(last) < 2 or not last.isalpha() or not last.isupper() or parse(last.lower()) is None:
            continue
        where = seg.to_original(len(text) - 1, len(text))
        if where is None or (seg.line, where[0]) in taken:
            continue
        out.append(Correction(
            stage="repair", kind="line-end-period", line=seg.line, start=where[0], end=where[1],
            before=".", after="", confidence=0.9,
            reason="a period after a heading in capitals (“… " + " ".join(words[-3:])
                   + "”): headings end without one"))
    return out
