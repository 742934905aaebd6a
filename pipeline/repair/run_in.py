"""Headings run into the sentence before them, split off onto their own segment.

Texts taken from the national legal portals often lost the line break before a heading:
"… theo quy định của pháp luật Việt Nam.Điều 40.1.LQ.7. Hợp pháp hóa lãnh sự", "… Việt
Nam.Chương II". The codified texts (Bộ pháp điển) of the corpus hold thousands of them;
printed, scanned and OCR'd, they stay glued. A heading opens its own paragraph, so the
line is cut in two before it (a layout correction: the corrected text keeps the line as
it is; the reading view reads the cut as it reads a column's).
"""

from __future__ import annotations

import regex

from vanban.document import Correction, Document
from vanban.view import BODY, HEADING_SPLIT, ReadingView

# the sentence before ends with a period, a semicolon or a closing bracket right against
# the heading's keyword ("nghiệp.Điều", "2016)Điều", "chinh}Điều"), or with a period (a
# comma, as OCR reads it) and a space OCR put there ("ngoài. Điều 41.8.TT.1.3.:"; after a
# semicolon and a space it is a note's list of articles: "…; Điều 28.2.NĐ.6.1. Phạm vi …");
# a speck may follow the period ("ngoài.,Điều 33.1.QĐ.2.1.").
# OCR may damage the keyword's tone and the codified number's dots and letters
SENTENCE_END = r"(?:(?<=[\p{L}\d”\"][.;][.,]?|[)}\]])|(?<=\p{Ll}[.,])\s)"
RUN_IN = regex.compile(
    SENTENCE_END + r"(?P<heading>"
    # a codified article: "Điều 40.1.LQ.7." (its title, if any, after it); its source's L
    # read as a 1 ("45.5.1.Q.8"), or a letter of it lost ("45.5.L.3"); a dot read as a
    # colon ("44:4.PL..4."), a 1 of its last numbers as a stroke ("33.1.TL. ]. l."), a
    # digit of its first as a letter ("4I .8.EFT.1.4..", "4i.8.TT. 1.6. -"), the dot after
    # its source lost ("41.8. TE1.8.")
    r"(?:[ĐD]i\p{L}u|ĐI\p{Lu}U)\s+\d[\dIil|]{0,2}\s?[.,:]\s?\d+\s?[.,:]\s?"
    r"(?:[\p{Lu}Ð]{1,4}|[1lI|][.,]?[\p{Lu}Ð]{1,3})"
    r"(?:(?:\s?[.,:]{1,2}\s?|(?<=\p{Lu}))(?:\d+|[\]\[lI|!]\d?)){1,2}"
    r"\s?[.,:]{1,2}(?=[\s\-–—_]*(?:\p{Lu}|$))"
    # a chapter or a section, its title on the next line (the numeral's strokes as OCR
    # reads them: "Chương H")
    r"|(?:Chương|CHƯƠNG)\s+[IVXLHl1|]{1,5}\s*$|(?:Mục|MỤC)\s+\d{1,2}\s*$)")


def run_in_heading_corrections(doc: Document, view: ReadingView) -> list[Correction]:
    out = []
    for line in doc.lines:
        if view.role(line.index) != BODY:
            continue
        for m in RUN_IN.finditer(line.text):
            at = m.start("heading")
            if not line.text[:at].strip():
                continue
            out.append(Correction(
                stage="repair", kind=HEADING_SPLIT, line=line.index, start=at, end=at,
                before="", after="¶", scope="layout", confidence=0.9,
                reason=f"a heading run into the sentence before it: “{m.group('heading')}” "
                       "opens a paragraph of its own"))
    return out
