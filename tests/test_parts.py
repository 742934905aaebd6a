"""A long document worked through a part at a time gives what the whole would give, and
the JSON written in pieces is the JSON made whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vanban import process
from vanban.context import Context
from vanban.document import Line, LineWindow
from vanban.export.json import document_dict, document_json
from vanban.ingest import ingest
from vanban.parts import Conversion, part_ranges

SAMPLE = "samples/thanhhoa-04-KH-UBND-2017.ocr.txt"


def lines_of(texts: list[str], endings: list[str] | None = None) -> list[Line]:
    endings = endings or ["\n"] * len(texts)
    page, out = 1, []
    for k, (text, ending) in enumerate(zip(texts, endings, strict=True)):
        out.append(Line(index=k, page=page, number=k + 1, text=text, source_line=k + 1,
                        ending=ending))
        page += "\f" in ending
    return out


def test_parts_end_at_a_page_break_or_before_an_empty_line():
    lines = lines_of(["a" * 40, "b" * 40, "", "c" * 40, "d" * 40, "e" * 40],
                     ["\n", "\n", "\n", "\n", "\f", "\n"])
    # 41 characters a line: the first part is full after its first line, but only the
    # empty line lets it end; the second ends at the page break
    assert part_ranges(lines, size=40) == [(0, 2), (2, 5), (5, 6)]
    assert part_ranges(lines, size=10_000) == [(0, 6)]


def test_a_text_with_no_break_is_cut_anyway():
    lines = lines_of(["x" * 99] * 10)  # 100 characters a line, no paragraph ends
    assert part_ranges(lines, size=150) == [(0, 3), (3, 6), (6, 9), (9, 10)]


def test_a_window_reads_lines_by_their_place_in_the_document():
    lines = lines_of(["một", "hai", "ba", "bốn"])
    window = LineWindow(lines[1:3])
    assert [window[1].text, window[2].text] == ["hai", "ba"]
    assert [line.index for line in window] == [1, 2] and len(window) == 2
    for outside in (0, 3):
        with pytest.raises(IndexError):
            window[outside]


@pytest.mark.parametrize("indent", [1, None, 2])
def test_the_json_in_pieces_is_the_json_whole(indent):
    doc = process(SAMPLE)
    assert document_json(doc, indent) == json.dumps(document_dict(doc), ensure_ascii=False,
                                                    indent=indent)
    doc.corrections = []
    assert document_json(doc, indent) == json.dumps(document_dict(doc), ensure_ascii=False,
                                                    indent=indent)


def outline(nodes: list[dict], depth: int = 0) -> list[tuple]:
    out = []
    for n in nodes:
        out.append((depth, n["label"], n["kind"], n["span"]["first"]["source_line"],
                    n["span"]["last"]["source_line"]))
        out += outline(n["children"], depth + 1)
    return out


def test_a_document_in_parts_reads_as_the_whole(monkeypatch, tmp_path):
    # the decree with a page break after each of its pages' worth of lines, so parts can
    # end where a long document's would
    lines = Path(SAMPLE).read_text("utf-8").split("\n")
    source = tmp_path / "paged.txt"
    source.write_text("".join(line + ("\f" if k % 60 == 59 else "\n")
                              for k, line in enumerate(lines[:-1])), "utf-8")
    whole = json.loads("".join(Conversion(ingest(source), Context()).json()))
    whole_text = "".join(Conversion(ingest(source), Context()).text())

    monkeypatch.setattr("vanban.parts.PART_CHARACTERS", 4000)
    conversion = Conversion(ingest(source), Context())
    assert len(part_ranges(list(conversion.doc.lines))) >= 4
    parts = json.loads("".join(conversion.json()))
    assert "".join(Conversion(ingest(source), Context()).text()) == whole_text

    assert parts["meta"] == whole["meta"]
    assert outline(parts["body"]) == outline(whole["body"])
    assert parts["references"] == whole["references"]
    assert parts["stats"] == whole["stats"] == {
        "corrections": len(whole["corrections"]), **{
            s: sum(c["status"] == s for c in whole["corrections"])
            for s in ("applied", "proposed", "rejected")}}
    # the same corrections with the same ids and outcome, each against its own line; a
    # list running across a part's end is seen through the lines around the part, so how
    # sure a label's repair is may differ a little
    by_id = {c["id"]: c for c in whole["corrections"]}
    in_parts = {c["id"]: c for c in parts["corrections"]}
    assert in_parts.keys() == by_id.keys()
    for key, c in in_parts.items():
        same = ("position", "before", "after", "status", "kind")
        assert {k: c[k] for k in same} == {k: by_id[key][k] for k in same}
        assert c["confidence"] == pytest.approx(by_id[key]["confidence"], abs=0.15)
    assert sum(c != by_id[c["id"]] for c in in_parts.values()) <= 2
    assert conversion.counts["applied"] == parts["stats"]["applied"]


def test_a_long_pdf_keeps_its_page_breaks_in_parts(monkeypatch):
    doc = ingest("samples/thanhhoa-04-KH-UBND-2017.scan.pdf", ocr="never")
    assert doc.source.pages >= 2
    whole = "".join(Conversion(doc, Context()).text())
    monkeypatch.setattr("vanban.parts.PART_CHARACTERS", 500)
    doc = ingest("samples/thanhhoa-04-KH-UBND-2017.scan.pdf", ocr="never")
    assert len(part_ranges(list(doc.lines))) > 2
    in_parts = "".join(Conversion(doc, Context()).text())
    # page for page, line for line (a label whose list runs over a page may read apart)
    assert [page.count("\n") for page in in_parts.split("\f")] == [
        page.count("\n") for page in whole.split("\f")]
    assert in_parts.count("\f") == doc.source.pages - 1


def test_a_batch_writes_a_long_document_in_parts_as_it_would_whole(monkeypatch, tmp_path):
    from vanban import batch

    source = tmp_path / "paged.txt"
    lines = Path(SAMPLE).read_text("utf-8").split("\n")
    source.write_text("".join(line + ("\f" if k % 60 == 59 else "\n")
                              for k, line in enumerate(lines[:-1])), "utf-8")
    task = batch.Task("paged.txt", str(source), "0" * 64, "paged")
    whole = batch.convert_one(task, str(tmp_path / "whole"), batch.Options())
    monkeypatch.setattr("vanban.parts.PART_CHARACTERS", 4000)
    parts = batch.convert_one(task, str(tmp_path / "parts"), batch.Options())
    assert parts.outputs == whole.outputs == ["paged.corrected.txt", "paged.json"]
    assert (parts.result.applied, parts.result.proposed, parts.result.changes) == (
        whole.result.applied, whole.result.proposed, whole.result.changes)
    for name in whole.outputs[:1]:
        assert (tmp_path / "parts" / name).read_text("utf-8") == (
            tmp_path / "whole" / name).read_text("utf-8")
    made = json.loads((tmp_path / "parts" / "paged.json").read_text("utf-8"))
    assert outline(made["body"]) == outline(json.loads(
        (tmp_path / "whole" / "paged.json").read_text("utf-8"))["body"])


def test_a_reviewers_decisions_apply_to_a_document_in_parts(monkeypatch, tmp_path):
    source = tmp_path / "paged.txt"
    lines = Path(SAMPLE).read_text("utf-8").split("\n")
    source.write_text("".join(line + ("\f" if k % 60 == 59 else "\n")
                              for k, line in enumerate(lines[:-1])), "utf-8")
    whole = json.loads("".join(Conversion(ingest(source), Context()).json()))
    proposed = next(c for c in whole["corrections"] if c["status"] == "proposed")
    applied = next(c for c in whole["corrections"] if c["status"] == "applied")
    monkeypatch.setattr("vanban.parts.PART_CHARACTERS", 4000)
    ctx = Context(decisions={proposed["id"]: "accept", applied["id"]: "reject"})
    parts = json.loads("".join(Conversion(ingest(source), ctx).json()))
    status = {c["id"]: c["status"] for c in parts["corrections"]}
    assert (status[proposed["id"]], status[applied["id"]]) == ("applied", "rejected")
