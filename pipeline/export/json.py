"""The document as JSON, in the shape published in vanban.schema.json."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from importlib import resources
from typing import Any

from vanban.document import Correction, Document, Node, Reference

SCHEMA_NAME = "vanban.schema.json"


def schema() -> dict[str, Any]:
    return json.loads(resources.files("vanban.export").joinpath(SCHEMA_NAME).read_text("utf-8"))


def document_dict(doc: Document) -> dict[str, Any]:
    return {**outline_dict(doc),
            "corrections": [correction_dict(doc, c) for c in doc.corrections],
            "stats": stats_dict(Counter(c.status for c in doc.corrections))}


def outline_dict(doc: Document) -> dict[str, Any]:
    """Everything but the corrections and their counts, which can be many."""
    from vanban import __version__

    return {
        "vanban": {"version": __version__, "schema": SCHEMA_NAME},
        "source": {"path": doc.source.path, "name": doc.source.name, "sha256": doc.source.sha256,
                   "format": doc.source.format, "pages": doc.source.pages,
                   "lines": len(doc.lines),
                   "pages_read": [{"page": r.page, "method": r.method, "reason": r.reason,
                                   "ocr_confidence": r.confidence}
                                  for r in doc.source.reads]},
        "meta": meta_dict(doc),
        "preamble": node_dict(doc, doc.preamble) if doc.preamble is not None else None,
        "body": [node_dict(doc, n) for n in doc.body],
        "references": [reference_dict(doc, r) for r in doc.references],
    }


def stats_dict(statuses: Counter[str]) -> dict[str, int]:
    """How many corrections, by status."""
    return {"corrections": sum(statuses.values()), "applied": statuses["applied"],
            "proposed": statuses["proposed"], "rejected": statuses["rejected"]}


def document_json(doc: Document, indent: int | None = 1) -> str:
    return "".join(document_json_chunks(doc, indent))


def document_json_chunks(doc: Document, indent: int | None = 1,
                         corrections: Iterable[str] | None = None,
                         statuses: Counter[str] | None = None) -> Iterator[str]:
    """The JSON text of `document_dict` in pieces, one correction at a time, so a long
    document's JSON is written out without ever being whole in memory. A document worked
    through in parts gives its corrections already dumped (with this indent) and counted."""
    def dumps(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, indent=indent)

    if indent is None:
        item_sep, key_sep, inner, close = ", ", ": ", "", ""
    else:
        item_sep, key_sep = ",", ": "
        inner, close = "\n" + " " * 2 * indent, "\n" + " " * indent
    # the outline encoded lazily (a long document's tree is long), all but its closing
    # brace, which comes after the corrections
    held: list[str] = []
    encoder = json.JSONEncoder(ensure_ascii=False, indent=indent)
    for piece in encoder.iterencode(outline_dict(doc)):
        held.append(piece)
        if len(held) > 4:
            yield "".join(held[:-4])
            del held[:-4]
    yield "".join(held).rstrip()[:-1].rstrip()
    opening = item_sep + ("\n" + " " * indent if indent is not None else "")
    yield f"{opening}{json.dumps('corrections')}{key_sep}["
    if corrections is None:
        corrections = (dumps(correction_dict(doc, c)) for c in doc.corrections)
    k = 0
    for k, piece in enumerate(corrections, start=1):
        if indent is not None:
            piece = piece.replace("\n", inner)
        yield (item_sep if k > 1 else "") + inner + piece
    yield (close if k else "") + "]"
    if statuses is None:
        statuses = Counter(c.status for c in doc.corrections)
    counted = dumps(stats_dict(statuses))
    if indent is not None:
        counted = counted.replace("\n", "\n" + " " * indent)
    yield f"{opening}{json.dumps('stats')}{key_sep}{counted}" + ("\n}" if indent is not None
                                                                else "}")


def meta_dict(doc: Document) -> dict[str, Any]:
    m = doc.meta
    return {
        "issuer": m.issuer, "number": m.number, "place": m.place, "date": m.date,
        "doc_type": m.doc_type, "title": m.title,
        "signer": {"authority": m.signer.authority, "position": m.signer.position,
                   "name": m.signer.name},
        "recipients": list(m.recipients),
        "e_signature": None if m.e_signature is None else {
            "signed_by": m.e_signature.signed_by, "signed_at": m.e_signature.signed_at},
        "unsure": dict(m.unsure),
    }


def where(doc: Document, line_index: int) -> dict[str, int]:
    line = doc.lines[line_index]
    return {"page": line.page, "line": line.number, "source_line": line.source_line}


def node_dict(doc: Document, node: Node) -> dict[str, Any]:
    return {
        "id": node.id, "label": node.label, "kind": node.kind, "title": node.title,
        "text": node.text,
        "span": {"first": where(doc, node.span.first_line),
                 "last": where(doc, node.span.last_line)},
        "children": [node_dict(doc, c) for c in node.children],
    }


def correction_dict(doc: Document, c: Correction) -> dict[str, Any]:
    out = {
        "id": c.id, "stage": c.stage, "kind": c.kind, "scope": c.scope,
        "position": {**where(doc, c.line), "column": c.start + 1, "end_column": c.end + 1},
        "before": c.before, "after": c.after, "confidence": round(c.confidence, 4),
        "confidence_basis": c.basis,
        "status": c.status, "reason": c.reason,
        "alternatives": [{"text": a.text, "score": round(a.score, 4)} for a in c.alternatives],
    }
    scanned = scanned_box(doc, c)
    if scanned is not None:
        out["ocr"] = scanned
    return out


def scanned_box(doc: Document, c: Correction) -> dict[str, Any] | None:
    """Where on the page image the corrected words are, and how sure OCR was of them."""
    line = doc.lines[c.line]
    boxes = [b for b in line.boxes_over(c.start, c.end) if b.top is not None]
    confidence = line.ocr_confidence(c.start, c.end)
    if not boxes or confidence is None:
        return None
    return {"confidence": confidence,
            "box": [min(b.x0 for b in boxes), min(b.top for b in boxes),  # type: ignore[type-var]
                    max(b.x1 for b in boxes), max(b.bottom for b in boxes)]}  # type: ignore[type-var]


def reference_dict(doc: Document, r: Reference) -> dict[str, Any]:
    return {
        "type": r.doc_type, "number": r.number, "date": r.date, "issuer": r.issuer,
        "mention": r.mention, "position": {**where(doc, r.line), "column": r.start + 1},
    }
