"""Page-number lines and running heads: printed on the page, not part of the body."""

from __future__ import annotations

from collections import Counter

import regex

from vanban.document import Correction, Document, Line

# (a speck OCR read beside it: "2.", "5 :", "_ 3")
PAGE_NUMBER = regex.compile(
    r"^\s*(?P<lead>[-–—_'`|]\s*)?(?:(?:Trang|trang)\s+)?(?P<n>\d{1,3})(?:\s*/\s*\d{1,3})?"
    r"(?P<trail>\s*[-–—.,:;'`_|]\s*)?$")
DASHES = "-–—"  # printed around a page number ("- 2 -"), no speck

# a page holds more lines than this, so two page numbers are never closer
MIN_PAGE_LINES = 12


def page_number_corrections(doc: Document) -> list[Correction]:
    candidates = [(line, int(m.group("n"))) for line in doc.lines
                  if (m := PAGE_NUMBER.match(line.text))]
    if not candidates:
        return []
    paged = doc.source.pages > 1
    longest = longest_chain(candidates)
    chain = set(id(line) for line, _ in longest)
    # "3." is a page number with a speck only among page numbers printed plainly: lines of
    # numbers with periods alone number a table's rows
    plain = any(not with_period(line.text) for line, _ in longest)
    out = []
    for line, number in candidates:
        if with_period(line.text) and not (id(line) in chain and plain):
            continue
        at_edge = paged and at_page_edge(doc, line)
        in_chain = id(line) in chain
        if at_edge and in_chain:
            confidence, why = 0.97, "at the edge of its page, in sequence with the others"
        elif at_edge:
            confidence, why = 0.9, "a lone number at the edge of its page"
        elif in_chain:
            confidence, why = 0.95, "a lone number line, in sequence with the other page numbers"
        else:
            confidence, why = 0.5, "a lone number line, not in sequence with other page numbers"
        out.append(Correction(stage="repair", kind="page-number", line=line.index, start=0,
                              end=len(line.text), before=line.text, after="", scope="layout",
                              confidence=confidence, reason=f"page number {number}: {why}"))
        out += speck_corrections(line, number, confidence)
    return out


def with_period(text: str) -> bool:
    return text.rstrip().endswith(".")


def speck_corrections(line: Line, number: int, confidence: float) -> list[Correction]:
    """A mark OCR read beside a page number ("3 `", "_ 4"), not a printed dash or period."""
    m = PAGE_NUMBER.match(line.text)
    out = []
    for group in ("lead", "trail"):
        start, end = m.span(group)
        if start < 0 or m.group(group).strip() in DASHES + ".":
            continue  # (a period may be printed: "3." numbers a table's row as well)
        out.append(Correction(
            stage="repair", kind="noise", line=line.index, start=start, end=end,
            before=line.text[start:end], after="", confidence=round(confidence * 0.8, 3),
            reason=f"a speck beside page number {number}"))
    return out


def longest_chain(candidates: list[tuple[Line, int]]) -> list[tuple[Line, int]]:
    """The longest run of increasing numbers, a page apart, that looks like page numbering."""
    best: list[list[tuple[Line, int]]] = []
    for i, (line, number) in enumerate(candidates):
        chain = [(line, number)]
        for j in range(i - 1, -1, -1):
            prev_chain = best[j]
            prev_line, prev_number = prev_chain[-1]
            if (0 < number - prev_number <= 2
                    and line.index - prev_line.index >= MIN_PAGE_LINES
                    and len(prev_chain) + 1 > len(chain)):
                chain = [*prev_chain, (line, number)]
        best.append(chain)
    longest = max(best, key=len)
    return longest if len(longest) >= 2 else []


def at_page_edge(doc: Document, line: Line) -> bool:
    """Among the first or last two non-blank lines of its page."""
    page = [ln for ln in doc.lines if ln.page == line.page and ln.text.strip()]
    return line in page[:2] or line in page[-2:]


def running_head_corrections(doc: Document, taken: set[int]) -> list[Correction]:
    """A line repeated at the top (or foot) of most pages is a running head or footer; the
    Official Gazette's head is one wherever it stands (a text file has no pages)."""
    out = [Correction(stage="repair", kind="running-head", line=line.index, start=0,
                      end=len(line.text), before=line.text, after="", scope="layout",
                      confidence=0.95, reason="the Official Gazette's page head")
           for line in doc.lines if line.index not in taken and GAZETTE_LINE.match(line.text)]
    if doc.source.pages < 3:
        return out
    taken = taken | {c.line for c in out}
    # a head is repeated at the top of pages, a footer at their foot: a list running over a
    # page break ("+ Tuần 4: …" the last line of one page, "+ Tuần 5: …" the first of the
    # next) has one shape at two edges, and is text
    edges: dict[tuple[str, str], list[Line]] = {}
    for page_no in range(1, doc.source.pages + 1):
        page = [ln for ln in doc.lines
                if ln.page == page_no and ln.text.strip() and ln.index not in taken]
        for edge, at_edge in (("top", page[:1]), ("foot", page[-1:])):
            for ln in at_edge:
                edges.setdefault((edge, shape(ln.text)), []).append(ln)
    counts = Counter({key: len({ln.page for ln in lines}) for key, lines in edges.items()})
    for key, pages in counts.items():
        if len(key[1]) < 4 or (pages < max(2, doc.source.pages // 2)
                               and not GAZETTE_HEAD.match(key[1])):
            continue
        for line in edges[key]:
            if opens_a_header(doc, line):
                continue  # the issuer of the document (or of an annex), not a running head
            out.append(Correction(stage="repair", kind="running-head", line=line.index, start=0,
                                  end=len(line.text), before=line.text, after="", scope="layout",
                                  confidence=0.9,
                                  reason=f"repeated at the edge of {pages} pages"))
    return out


HEADER_FOLLOWS = regex.compile(r"^\W{0,3}(?:S[ốoô0]\s*[:;.]|C[ỘO]NG\s+H[ÒOÓ]A\b)", regex.I)


def opens_a_header(doc: Document, line: Line) -> bool:
    """The line is followed, within three lines, by a number ("Số:") or the national motto:
    it is an issuer's name heading a document, however often it is printed."""
    after = [ln for ln in doc.lines[line.index + 1:line.index + 8] if ln.text.strip()][:3]
    return any(HEADER_FOLLOWS.match(ln.text) for ln in after)


# the Official Gazette's head, its page number before or after it: "42 CÔNG BÁO/Số 347 +
# 348/Ngày 25-02-2025", its first letter often lost to OCR
GAZETTE_HEAD = regex.compile(r"^\W*c?ông báo\s*/\s*số\b")
# the same as a whole line, however OCR spoiled its edges: "dÙ ___ CÔNG BÁO/§ố 347 + 348/Ngày
# 25-02-2025", "CÔNG BÁO/Số 1239 + 1240/Ngày 10-11-2024 43"
GAZETTE_LINE = regex.compile(r"^.{0,8}?C?ÔNG\s+B[ÁA]O\s*/\s*\S{1,3}\s*\d{1,5}(?:\s*\+\s*\d{1,5})?"
                             r"\s*/\s*Ngày\s*\d{1,2}\s*-\s*\d{1,2}\s*-\s*\d{4}\W{0,3}(?:\d{1,4})?\W{0,3}$")


def shape(text: str) -> str:
    """The line with numbers blanked, and a page number at either end dropped, so "Trang
    3 / 9" and "Trang 4 / 9", "42 CÔNG BÁO/…" and "CÔNG BÁO/… 43" share a shape."""
    blanked = regex.sub(r"\d+", "#", " ".join(text.split()).casefold())
    return regex.sub(r"^#\s+|\s+#$", "", blanked)
