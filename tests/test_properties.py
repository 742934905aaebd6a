"""Invariants: structuring loses no text; replaying corrections keeps what they do not touch."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.document import Node, replay
from vanban.ingest import ingest_bytes
from vanban.paragraphs import Widths
from vanban.structure.body import body_nodes

LABELS = ["I.", "II.", "III.", "1.", "2.", "3.", "1.1.", "2.1.", "a)", "b)", "c)", "đ)", "-", "+",
          "Điều 1.", "Điều 2.", "Chương I", "Chương II", "Mục 1", ""]
WORDS = ["Sở", "Tài", "chính", "chủ", "trì", "phối", "hợp", "với", "các", "ngành", "UBND",
         "tỉnh", "QUY", "ĐỊNH", "CHUNG", "năm", "2024", "06-NQ/TW", "(", ")", "“", "”", "an",
         "ninh", "Hà", "Nội", "thực", "hiện", "kế", "hoạch"]
ENDINGS = ["", ".", ";", ":", ",", "./."]


@st.composite
def body_lines(draw):
    lines = []
    for _ in range(draw(st.integers(1, 25))):
        label = draw(st.sampled_from(LABELS))
        words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14))
        line = " ".join(([label] if label else []) + words) + draw(st.sampled_from(ENDINGS))
        lines.append(line)
    return lines


def alnum(text: str) -> str:
    return "".join(regex.findall(r"\w", text))


def flatten(nodes: list[Node]) -> str:
    out = []
    for n in nodes:
        out += [n.label, n.title or "", n.text, flatten(n.children)]
    return "".join(alnum(p) for p in out)


@settings(max_examples=300, deadline=None)
@given(body_lines())
def test_every_word_of_the_body_is_in_exactly_one_node_in_order(lines):
    doc = ingest_bytes(("\n".join(lines) + "\n").encode(), "t.txt")
    segments = doc.view().segments
    nodes = body_nodes(doc, segments, Widths.of(doc, segments))
    assert flatten(nodes) == alnum(" ".join(s.text for s in segments))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcđê ,.", min_size=0, max_size=40), st.data())
def test_replay_changes_only_the_edited_spans(text, data):
    points = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=6, unique=True)))
    edits = []
    for start, end in zip(points[::2], points[1::2], strict=False):
        edits.append((start, end, data.draw(st.text(alphabet="xyz", max_size=3))))
    new, starts, ends = replay(text, edits)
    assert len(starts) == len(ends) == len(new)
    # every character outside the edits is still there, in order, where the map says
    last = -1
    for p, ch in enumerate(text):
        if any(start <= p < end for start, end, _ in edits):
            continue
        (i,) = [k for k in range(len(new)) if starts[k] == p and ends[k] == p + 1]
        assert new[i] == ch and i > last
        last = i
