"""A period OCR put at a line end where the sentence goes on in the next line.

Scanned text often carries a speck at the right margin that OCR reads as "." ("… với." /
"những nội dung sau:"). A Vietnamese sentence never goes on in lower case after a full
stop, so a next line that opens in lower case shows the period is not one.
"""

from __future__ import annotations

import itertools

import regex

from vanban.document import Correction
from vanban.text import starts_lower
from vanban.view import Segment

# the word before the period: a word, not an abbreviation like "TP." or "v.v." or "./."
PERIOD_AFTER_WORD = regex.compile(r"(?<=[^\W_])\.$")
ABBREVIATION = regex.compile(r"(?:^|\s)(?:[A-ZĐ][a-zđ]?|v\.v|TP|Tp|TS|ThS|PGS|GS|St|tr|Tr)\.$")


def line_end_period_corrections(segments: list[Segment]) -> list[Correction]:
    out = []
    for seg, nxt in itertools.pairwise(segments):
        if seg.column != nxt.column or (seg.column != 0 and nxt.line != seg.line + 1):
            continue
        text = seg.text
        if not text.endswith(".") or text.endswith("./.") or text.endswith(".."):
            continue
        if not PERIOD_AFTER_WORD.search(text) or ABBREVIATION.search(text):
            continue
        if not starts_lower(nxt.text) or nxt.label is not None:
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
