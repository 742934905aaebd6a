"""The body as a tree: Phần/Chương/Mục/Điều/khoản/điểm and I./1./1.1./a)/-/+.

Lines are first joined into paragraphs; a paragraph that opens with a label is a node,
one without is text of the node it follows. Nesting comes from the labels: the legal
hierarchy has a fixed order; below it, a kind of label already open is a sibling, a list
that starts again at its first item ("1.", "a)") is nested, and bullets nest in the order
the document itself first shows.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from vanban.document import Document, Node, Span
from vanban.labels import RANK, Label, label_after, parse_label
from vanban.paragraphs import LETTERS, Widths, label_of, opens_paragraph, quotations
from vanban.text import mostly_upper, strip_accents
from vanban.view import Segment

# a sub-item's numerals as OCR parted them ("5,2.", "3/2.", "2:1."): its label is "5.2"
DECIMAL_SEPARATORS = str.maketrans(",:/", "...")
FIXED = {"part", "chapter", "section", "article"}
FIRST_ITEMS = {"1", "a", "I", "A"}
KIND_NAMES = {"part": "part", "chapter": "chapter", "section": "section", "article": "article",
              "roman": "heading", "number": "item", "decimal": "subitem", "letter": "point",
              "bullet": "bullet"}


@dataclass
class Paragraph:
    label: Label | None
    segments: list[Segment]

    @property
    def text(self) -> str:
        return join_lines([s.text for s in self.segments])

    @property
    def body_text(self) -> str:
        """The paragraph's words without its label (nor specks OCR left after it)."""
        first = self.segments[0].text[self.label.end:] if self.label else self.segments[0].text
        text = join_lines([first, *(s.text for s in self.segments[1:])])
        # (a label's specks alone, "Điều 3:." / "Đoàn viên có quyền:", are no words of it)
        return "" if SPECKS.fullmatch(text) and self.label else LEADING_SPECKS.sub("", text)


# marks OCR leaves before a heading's or an item's words ("Chương I" / "- ĐOÀN VIÊN", "I.,
# ĐỐI TƯỢNG", "Điều 3. . Đoàn viên"); an opening bracket or quote is the words' own
SPECK_MARKS = r"\s\-–—_.,:;|¬~^ˆ*•·'`"
SPECKS = regex.compile(f"[{SPECK_MARKS}]*")
LEADING_SPECKS = regex.compile(f"^[{SPECK_MARKS}]+(?=[^{SPECK_MARKS}])")


def join_lines(lines: list[str]) -> str:
    """Hard-wrapped lines as one paragraph; a code broken at its hyphen is joined back."""
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if out.endswith("-") and len(out) > 1 and out[-2].isalnum() and line[:1].isalnum():
            out += line  # "685/2007/QĐ-" + "UBND"
        else:
            out = f"{out} {line}" if out else line
    return " ".join(out.split())


def paragraphs(doc: Document, segments: list[Segment], widths: Widths) -> list[Paragraph]:
    out: list[Paragraph] = []
    prev = None
    for seg in segments:
        label = label_of(prev, seg, doc, widths)
        if label is not None or opens_paragraph(prev, seg, doc, widths) or not out:
            out.append(Paragraph(label, [seg]))
        else:
            out[-1].segments.append(seg)
        prev = seg
    return out


def is_heading(par: Paragraph, kind: str) -> bool:
    text = par.body_text
    if not text:
        return False
    if kind in ("part", "chapter", "section") or mostly_upper(text, 0.9):
        return True
    if text.endswith((".", ";", ",")) or len(par.segments) > 3:
        return False
    return not text.endswith(":") or len(text.split()) <= 15


@dataclass
class Open:
    key: str
    label: Label
    node: Node
    segments: list[Segment]


def build_tree(doc: Document, pars: list[Paragraph],
               origin: dict[int, Paragraph] | None = None) -> list[Node]:
    """The tree of the paragraphs (`origin`, when given, gets each node's paragraph).

    Text an amending document quotes ("Điều 1. Sửa đổi Điều 4 như sau: “Điều 4. …”") is
    the content of the unit that introduces it: its articles, clauses and points are built
    as a tree of their own under that unit, and the document's own sequence goes on after
    the closing quote."""
    root: list[Node] = []
    outer: list[Open] = []
    stack = outer  # the units open where the next paragraph is placed
    quoted_under: Node | None = None  # the unit a quotation in progress belongs to
    bullet_above: dict[tuple[str, str], bool] = {}  # (a, b) -> a nests b, learned from the doc
    preamble: Node | None = None

    def span(segs: list[Segment]) -> Span:
        return Span(segs[0].line, segs[-1].line)

    def reach(line: int, units: list[Open]) -> None:
        """The units run on to `line`, and inside a quotation, the ones around it too."""
        for op in [*units, *(outer if stack is not outer else [])]:
            op.node.span.last_line = line

    segments = [seg for par in pars for seg in par.segments]
    quote_of = quotations(segments, [par.label if k == 0 else None
                                     for par in pars for k in range(len(par.segments))])
    first = {id(seg): quote for seg, quote in zip(segments, quote_of, strict=True)}
    in_quote = 0
    for par in pars:
        quote = first[id(par.segments[0])]
        if quote != in_quote:
            in_quote = quote
            if quote and outer:
                stack, quoted_under = [], outer[-1].node
            else:
                stack, quoted_under = outer, None
        if par.label is None:
            if not stack and quoted_under is not None:
                add_text(quoted_under, par)
                reach(par.segments[-1].line, stack)
            elif stack and not stack[-1].node.title and not stack[-1].node.text and mostly_upper(
                    par.text, 0.9):
                stack[-1].node.title = LEADING_SPECKS.sub("", par.text)  # "Chương I" / "QUY …"
                stack[-1].segments += par.segments
                reach(par.segments[-1].line, stack)
            elif stack:
                add_text(stack[-1].node, par)
                stack[-1].segments += par.segments
                reach(par.segments[-1].line, stack)
            elif preamble is None:
                preamble = Node(label="", kind="preamble", span=span(par.segments),
                                text=par.text)
                root.append(preamble)
            else:
                add_text(preamble, par)
                preamble.span.last_line = par.segments[-1].line
            continue
        label = par.label
        key = label.rank_key
        printed = label.text.translate(DECIMAL_SEPARATORS) if label.kind == "decimal" else (
            label.text)
        node = Node(label=printed, kind=KIND_NAMES[label.kind], span=span(par.segments))
        if is_heading(par, label.kind):
            node.title = par.body_text
        else:
            node.text = par.body_text
        if origin is not None:
            origin[id(node)] = par
        if stack is not outer and quote_ended(stack, outer, key, label):
            stack, quoted_under = outer, None
        place(stack, key, label, bullet_above)
        if label.kind == "number" and any(op.label.kind == "article"
                                          for op in (stack or outer)):
            node.kind = "clause"
        if stack:
            stack[-1].node.children.append(node)
        else:
            (quoted_under.children if quoted_under is not None else root).append(node)
        stack.append(Open(key, label, node, list(par.segments)))
        reach(par.segments[-1].line, stack[:-1])
    assign_ids(root)
    return root


def quote_ended(quoted: list[Open], outer: list[Open], key: str, label: Label) -> bool:
    """A label that is next in the document's own list ("6." after item 5 of an amending
    list) and not in the quotation's list of its kind ("“3." of the clause it quotes):
    the quotation ended there, its closing quote lost. (The quotation's first label may
    be one the document's list would take next: "4. Sửa đổi khoản 5 …" / "“5. …".)"""
    ours = [op for op in outer if op.key == key]
    theirs = [op for op in quoted if op.key == key]
    return bool(ours and theirs) and follows(ours[-1].label, label) and not any(
        follows(op.label, label) for op in theirs)


def place(stack: list[Open], key: str, label: Label, bullet_above: dict) -> None:
    """Pop the stack to where a node with this label belongs."""
    if (label.kind == "chapter" and label.text.split()[-1].isdigit() and stack
            and stack[0].label.kind not in FIXED):
        # a document's chapters are numbered in roman numerals (NĐ 30/2020); "Chương 1:
        # Thông tin chung" under "2. Gợi ý về nội dung trình bày" is a chapter of what the
        # item describes, a list inside it
        if any(op.label.kind == "chapter" for op in stack):
            while stack[-1].label.kind != "chapter":
                stack.pop()
            stack.pop()  # the chapter before it, with its items
        return
    if label.kind in FIXED:
        while stack and (stack[-1].label.kind not in FIXED or RANK[stack[-1].key] >= RANK[key]):
            stack.pop()
        return
    open_keys = [op.key for op in stack]
    if key in open_keys:
        if label.text in FIRST_ITEMS and stack[-1].key != key:
            return  # a list starting again under a deeper item is nested in it
        while stack[-1].key != key:
            stack.pop()
        stack.pop()
        return
    while stack and stack[-1].label.kind not in FIXED:
        top = stack[-1].key
        if top.startswith("bullet") and key.startswith("bullet"):
            if (top, key) not in bullet_above and (key, top) not in bullet_above:
                bullet_above[(top, key)] = True
            if bullet_above.get((top, key)):
                return
            stack.pop()
            continue
        if RANK[top] > RANK[key]:
            stack.pop()
            continue
        return


def follows(before: Label, label: Label) -> bool:
    """The label is the next after `before` in their list's order (numbers, letters)."""
    a, b = before.text, label.text
    if a.isdigit() and b.isdigit():
        return int(b) == int(a) + 1
    if len(a) == len(b) == 1 and a in LETTERS and b in LETTERS:
        return LETTERS.index(b) == LETTERS.index(a) + 1
    return False


def add_text(node: Node, par: Paragraph) -> None:
    """An unlabelled paragraph belongs to the node it follows; paragraphs stay apart."""
    node.text = f"{node.text}\n{par.text}" if node.text else par.text


def assign_ids(nodes: list[Node], parent: str = "") -> None:
    """Ids from the path of labels ("III/2/d", bullets by their rank: "III/3/b/-2")."""
    seen: dict[str, int] = {}
    for node in nodes:
        key = node.label or node.kind
        if node.kind == "bullet" or not node.label:
            seen[key] = seen.get(key, 0) + 1
            key = f"{key}{seen[key]}"
        node.id = f"{parent}/{key}" if parent else key
        assign_ids(node.children, node.id)


def lone_bullets(nodes: list[Node], origin: dict[int, Paragraph]) -> list[Paragraph]:
    """Bullets that are the only one of their sign among their siblings, with no items of
    their own but bullets: a list of one is no list (a speck OCR read as a dash opens the
    paragraph, or the author's dash does); such a paragraph is text."""
    signs: dict[str, list[Node]] = {}
    for node in nodes:
        if node.kind == "bullet":
            signs.setdefault(origin[id(node)].label.rank_key, []).append(node)
    out = [origin[id(group[0])] for group in signs.values()
           if len(group) == 1 and not (group[0].children and lone_parent_kept(group[0]))]
    for node in nodes:
        out += lone_bullets(node.children, origin)
    return out


def lone_parent_kept(node: Node) -> bool:
    """A lone bullet with items of its own is kept when its items are not bullets: a dash
    OCR read before a paragraph that introduces a list of "+" items ("- Ban tổ chức trao
    … bao gồm:" / "+ 03 Giải Nhất …") is a speck: none of the 48 development texts of
    the structure set opens such a list with one dash alone."""
    if all(child.kind == "bullet" for child in node.children):
        return False
    # a dash before the first of a run of units ("- Chương 1: Thông tin chung" / "Chương 2:
    # …"): its words open with a unit like its items, so it is their sibling
    words = parse_label(node.title or node.text or "")
    return not (words is not None and KIND_NAMES[words.kind] == node.children[0].kind)


# the formulas a normative document's preamble is written in: "Căn cứ …", "Theo đề nghị …",
# "Xét đề nghị …", "Chính phủ ban hành Nghị định …" (matched without accents: OCR damages
# them, "Cần cứ", "bạn hành Nghị đình")
PREAMBLE_FORMULA = regex.compile(
    r"^(?:can cu|theo de nghi|xet de nghi|[^.;:]{0,120}\bban hanh "
    r"(?:nghi dinh|nghi quyet|thong tu|quyet dinh|chi thi|luat|phap lenh)\b)")


def preamble_dashes(pars: list[Paragraph]) -> list[Paragraph]:
    """Dashes OCR put before a few of the preamble's formulas ("- Căn cứ Luật Báo chí …"
    among "Căn cứ …" lines without one): the preamble is no list; where most of its
    formulas have no dash, those that do are specks."""
    first_unit = next((k for k, par in enumerate(pars)
                       if par.label is not None and par.label.kind in FIXED), None)
    if first_unit is None:
        return []
    formulas = [par for par in pars[:first_unit] if PREAMBLE_FORMULA.match(
        strip_accents(par.body_text if par.label else par.text).lower())]
    dashed = [par for par in formulas if par.label is not None and par.label.kind == "bullet"]
    return dashed if 2 * len(dashed) < len(formulas) else []


def body_nodes(doc: Document, segments: list[Segment], widths: Widths) -> list[Node]:
    if not segments:
        return []
    pars = paragraphs(doc, segments, widths)
    for par in preamble_dashes(pars):
        par.label = None
    origin: dict[int, Paragraph] = {}
    tree = build_tree(doc, pars, origin)
    lone = lone_bullets(tree, origin)
    if not lone:
        return tree
    for par in lone:
        # (the label its words open with, if any: "- Chương 1: Thông tin chung")
        par.label = label_after(par.segments[0].text, par.label.end)
    return build_tree(doc, pars)
