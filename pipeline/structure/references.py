"""Mentions of other documents: "Nghị quyết số 06-NQ/TW ngày 05/11/2016 của Bộ Chính trị".

Found in whole paragraphs, since a mention often runs over a line break, then placed
back on the line where it starts.
"""

from __future__ import annotations

import bisect

import regex

from vanban.document import Reference
from vanban.paragraphs import paragraph_text
from vanban.structure.dates import iso_date
from vanban.view import Segment
from vanban.vocabulary import CITED_TYPES_PATTERN

TYPES = CITED_TYPES_PATTERN
NUMBER = r"(?P<number>\d[\w.]*(?:\s?[/-]{1,2}\s?[\w.Đđ]+)+|\d+)"
DATE = (r"(?:\s+ngày\s+(?P<date>(?P<d1>\d{1,2})\s?/\s?(?P<m1>\d{1,2})\s?/\s?(?P<y1>\d{4})|"
        r"(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>\d{4})))?")
WORD = r"[^\s,;:.()“”\"]+"
ISSUER = rf"(?:,?\s+của\s+(?P<issuer>(?:(?!{{stop}}){WORD}\s?){{{{1,14}}}}))?"
STOP = (r"\b(?:về|thực hiện|ban hành|quy định|hướng dẫn|phê duyệt|sửa đổi|triển khai|tiếp tục|"
        r"đã|được|theo|trong|tại|nhằm|để|đối với|đến|gắn|với|cho|giai đoạn|và các|kèm theo|"
        r"năm \d+)\b|"
        r"[,;:.()“”\"]")
NUMBERED = regex.compile(
    rf"\b(?P<type>{TYPES})(?P<name>(?:\s+(?!số\b|(?:{TYPES})\b)[^\s;:.()]+){{0,12}}?)\s+số\s+"
    rf"{NUMBER}"
    rf"{DATE}{ISSUER.format(stop=STOP)}")
# a title follows the type word; a function word shows the type word is used as a noun
NOT_A_TITLE = (r"này|số|và|là|là|đến|với|được|đã|cho|trong|theo|tại|nêu|trên|đó|có|sẽ|phải|"
               r"nhằm|để|các|những|ban hành|của\s+(?:Việt|tỉnh|nước|các)")
NAMED = regex.compile(
    rf"(?<=[\p{{Ll}},;:(\-–]\s|^)(?P<type>{TYPES})\s+(?!(?:{NOT_A_TITLE})\b|\p{{Lu}}{{2,}})"
    rf"(?P<rest>[^;.]{{3,300}})")
ISSUER_IN_NAME = regex.compile(rf"\bcủa\s+(?P<issuer>(?:(?!{STOP}){WORD}\s?){{1,14}})")


def find_references(paragraphs: list[list[Segment]], own_type: str | None = None
                    ) -> list[Reference]:
    """Every mention; a mention of the document's own type by name alone is the document."""
    own = (own_type or "").casefold()
    out: list[Reference] = []
    for segments in paragraphs:
        text, starts = paragraph_text(segments)
        taken: list[tuple[int, int]] = []
        for m in NUMBERED.finditer(text):
            date = None
            if m.group("y1"):
                date = iso_date(m.group("d1"), m.group("m1"), m.group("y1"))
            elif m.group("y2"):
                date = iso_date(m.group("d2"), m.group("m2"), m.group("y2"))
            number = regex.sub(r"\s*([/-])\s*", r"\1", m.group("number")).rstrip(".-")
            out.append(reference(segments, starts, m.start(), m.group(0), m.group("type"),
                                 number, date, clean_issuer(m.group("issuer"))))
            taken.append(m.span())
        for m in NAMED.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            mention = f"{m.group('type')} {m.group('rest')}".strip()
            issuer_m = ISSUER_IN_NAME.search(m.group("rest"))
            if own.startswith(m.group("type").casefold()) and issuer_m is None:
                continue
            issuer = clean_issuer(issuer_m.group("issuer")) if issuer_m else None
            out.append(reference(segments, starts, m.start(), mention, m.group("type"),
                                 None, None, issuer))
    return out


def clean_issuer(issuer: str | None) -> str | None:
    if not issuer:
        return None
    issuer = " ".join(issuer.split()).strip(" ,;")
    return issuer or None


def reference(segments: list[Segment], starts: list[int], at: int, mention: str, doc_type: str,
              number: str | None, date: str | None, issuer: str | None) -> Reference:
    k = bisect.bisect_right(starts, at) - 1
    seg = segments[k]
    offset = at - starts[k]
    line_offset = seg.origin(min(offset, len(seg.text)))
    return Reference(mention=" ".join(mention.split()), doc_type=doc_type, line=seg.line,
                     start=line_offset, number=number, date=date, issuer=issuer)
