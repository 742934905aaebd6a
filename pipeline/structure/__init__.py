"""Stage 4, structure: owns the header, the body tree, the signature block, the recipients
and the references (header.py, body.py, footer.py, references.py, dates.py).

Reads only the document's reading view (`Document.view()`): the corrected text of
the body lines, split into their columns.
"""

from __future__ import annotations

import regex

from vanban.context import Context
from vanban.document import Document, Node, Span
from vanban.paragraphs import Widths
from vanban.structure.body import assign_ids, body_nodes, join_lines
from vanban.structure.footer import ANNEX, find_footer, parse_footer
from vanban.structure.header import parse_header, unglued
from vanban.structure.references import find_references
from vanban.text import mostly_upper
from vanban.view import Segment
from vanban.vocabulary import ANNEX_KEYWORD

MAX_ANNEX_ISSUER = 4  # lines of an annex page's own header (its issuing body) above "PHỤ LỤC"
ANNEX_LABEL = regex.compile(rf"{ANNEX_KEYWORD}(?:\s+[\p{{Lu}}\d][\p{{Lu}}\d.\-]*)*")


def structure(doc: Document, ctx: Context) -> Document:
    view = doc.view()
    segments, widths = view.segments, view.widths
    head = parse_header(doc, segments, widths)
    head.meta.issuer = unglued(head.meta.issuer, ctx.lexicon.lm.counts)
    foot_start = find_footer(segments, head.body_start)
    taken = set(head.consumed)
    if foot_start is None:
        body = [s for i, s in enumerate(segments) if i >= head.body_start and i not in taken]
        annex: list[Segment] = []
        foot = None
    else:
        foot = parse_footer(segments, foot_start)
        taken |= foot.consumed
        body = [s for i, s in enumerate(segments[:foot_start]) if i >= head.body_start
                and i not in taken]
        annex = [s for i, s in enumerate(segments) if i >= foot.end and i not in taken]

    doc.body = body_nodes(doc, body, widths) + annex_nodes(doc, annex, widths)
    if doc.body and doc.body[0].kind == "preamble":
        doc.preamble = doc.body.pop(0)
    doc.meta = head.meta
    if foot is not None:
        doc.meta.signer = foot.signer
        doc.meta.recipients = foot.recipients
        doc.meta.unsure.update(foot.unsure)
    title = [segments[i] for i in head.title_segments]
    nodes = [doc.preamble, *doc.body] if doc.preamble is not None else doc.body
    doc.references = find_references([title, *paragraph_groups(nodes, body + annex)],
                                     own_type=head.meta.doc_type)
    return doc


def annex_nodes(doc: Document, segments: list[Segment], widths: Widths) -> list[Node]:
    """What follows the signature: annexes, or a plan the decision approves."""
    words = sum(len(s.text.split()) for s in segments)
    if len(segments) < 3 and words < 10:
        return []  # stray marks under the signature, such as a damaged page number
    # a page number or a speck left before the annex's heading ("3" / "PHỤ LỤC")
    while segments and not any(ch.isalpha() for ch in segments[0].text) and any(
            ANNEX.match(s.text) for s in segments[1:3]):
        segments = segments[1:]
    groups: list[list[Segment]] = []
    for seg in segments:
        if not groups or ANNEX.match(seg.text):
            groups.append([])
        groups[-1].append(seg)
    # the annex page's own header above its "PHỤ LỤC" (the body that issues it, in
    # capitals: "BAN CHẤP HÀNH TRUNG ƯƠNG" / "THƯỜNG TRỰC HĐKH …") is no annex of its own
    issued_by: list[Segment] = []
    if len(groups) > 1 and not ANNEX.match(groups[0][0].text) \
            and len(groups[0]) <= MAX_ANNEX_ISSUER \
            and all(mostly_upper(s.text.lstrip("-–_~ "), 0.9) for s in groups[0]):
        issued_by = groups.pop(0)
    nodes = []
    for group in groups:
        heading = []
        label = ""
        if group and ANNEX.match(group[0].text):
            # (its numeral and words in capitals, not the specks OCR read after them:
            # "PHỤ LỤC . : : suy", nor a period after its number: "PHỤ LỤC SỐ 01. ¬")
            label = ANNEX_LABEL.search(group.pop(0).text).group().strip().rstrip(".")
        while group and (mostly_upper(group[0].text, 0.9) or group[0].text.startswith("(")):
            heading.append(group.pop(0))
        lines = heading or group[:1]
        node = Node(label=label, kind="annex",
                    span=Span((heading or group or lines)[0].line, (group or heading)[-1].line),
                    title=join_lines([s.text for s in heading]) or None)
        node.children = body_nodes(doc, group, widths)
        if node.children and node.children[0].kind == "preamble":
            node.text = node.children.pop(0).text  # the annex's own words, before its units
        if issued_by and not nodes:
            node.text = " ".join(filter(None, [join_lines([s.text for s in issued_by]),
                                               node.text]))
            node.span = Span(issued_by[0].line, node.span.last_line)
        nodes.append(node)
    assign_ids(nodes, "")
    return nodes


def paragraph_groups(nodes: list[Node], segments: list[Segment]) -> list[list[Segment]]:
    """The body's segments in runs that never cross a node boundary, for reference search."""
    starts = set()

    def walk(ns: list[Node]) -> None:
        for n in ns:
            starts.add(n.span.first_line)
            walk(n.children)

    walk(nodes)
    groups: list[list[Segment]] = []
    for seg in segments:
        new_node = bool(groups) and seg.line in starts and seg.column == 0 and (
            groups[-1][-1].line != seg.line)
        if not groups or new_node:
            groups.append([])
        groups[-1].append(seg)
    return groups
