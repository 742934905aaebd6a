"""The HTML pages vanban writes: the review report of one document and the index of an
archive a batch converted. Their templates live in `report/` beside this module.

The review report is one self-contained page (styles, script and data inline): the
document with every correction marked in place, a filterable list of the corrections, a
concordance that groups the same change, keyboard navigation, and an export of the
reviewer's decisions as JSON for `vanban apply`.
"""

from __future__ import annotations

import base64
import html
import json
import logging
from importlib import resources
from typing import Any
from urllib.parse import quote

import regex

from vanban.document import Document
from vanban.export.json import correction_dict

log = logging.getLogger(__name__)

ASSETS = resources.files("vanban.export").joinpath("report")
MAX_CROPS = 3000  # a report stays a page a browser opens: past this, no more pictures
PLACEHOLDER = regex.compile(r"\{\{(\w+)\}\}")
# inside a <script> element, "<" could open "</script>" or "<!--"; JSON lets it be escaped
SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                             "\u2028": "\\u2028", "\u2029": "\\u2029"})


def fill(template: str, values: dict[str, str]) -> str:
    """The template with each {{name}} replaced, in one pass: a value that itself holds
    "{{…}}" (the document's own text) is never read as a placeholder."""
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def asset(name: str) -> str:
    return ASSETS.joinpath(name).read_text("utf-8")


def report_data(doc: Document) -> dict[str, Any]:
    from vanban import __version__

    return {
        "vanban": __version__,
        "document": {"name": doc.source.name, "sha256": doc.source.sha256,
                     "format": doc.source.format, "pages": doc.source.pages},
        "title": doc.meta.title or doc.meta.doc_type or doc.source.name,
        "lines": [{"i": ln.index, "page": ln.page, "n": ln.number, "text": ln.text}
                  for ln in doc.lines],
        "corrections": [{**correction_dict(doc, c), "line_index": c.line,
                         "start": c.start, "end": c.end} for c in doc.corrections],
    }


def add_crops(doc: Document, corrections: list[dict[str, Any]]) -> None:
    """For each correction of a scanned word, the picture of that word on the page (a PNG
    data URL), so the reviewer judges by the print itself."""
    if doc.scan is None:
        return
    wanted = [c for c in corrections if "ocr" in c and c["scope"] == "text"]
    wanted.sort(key=lambda c: doc.lines[c["line_index"]].page)  # each page rendered once
    for c in wanted[:MAX_CROPS]:
        try:
            png = doc.scan.crop(doc.lines[c["line_index"]].page, tuple(c["ocr"]["box"]))
        except Exception:
            log.debug("no crop for %s", c["id"], exc_info=True)
            continue
        c["crop"] = "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def render_report(doc: Document) -> str:
    values = report_data(doc)
    add_crops(doc, values["corrections"])
    data = json.dumps(values, ensure_ascii=False).translate(SCRIPT_SAFE)
    return fill(asset("template.html"), {
        "title": html.escape(f"vanban review: {doc.source.name}"),
        "style": asset("report.css"),
        "data": data,
        "script": asset("report.js"),
    })


OUTPUT_LABELS = ((".review.html", "report"), (".json", "JSON"), (".corrected.txt", "text"))


def render_archive_index(documents: list[tuple[str, dict[str, Any]]],
                         changes: list[tuple[str, str, str, int, int]],
                         threshold: float) -> str:
    """The batch's index.html: every document with its outputs, and the archive's most
    frequent changes (kind, before, after, times, documents)."""
    rows = []
    for rel, entry in documents:
        outputs = entry.get("outputs", [])
        # a file name is data: URL-encoded in the link (a name such as
        # "javascript:x.txt" stays a relative path), HTML-escaped everywhere
        links = " ".join(
            f'<a href="{html.escape(quote(o))}">{label}</a>' for o in outputs
            for suffix, label in OUTPUT_LABELS if o.endswith(suffix))
        status = entry.get("status", "")
        detail = (f"{entry.get('applied', 0)} applied, {entry.get('proposed', 0)} proposed"
                  if status == "done" else html.escape(entry.get("error", "")))
        rows.append(f"<tr class=\"{html.escape(status)}\"><td>{html.escape(rel)}</td>"
                    f"<td>{html.escape(status)}</td><td>{entry.get('pages', 0)}</td>"
                    f"<td>{detail}</td><td>{links}</td></tr>")
    table = [f"<tr><td><del>{html.escape(before) or '∅'}</del> → "
             f"<ins>{html.escape(after) or '∅'}</ins></td><td>{html.escape(kind)}</td>"
             f"<td>{n}</td><td>{docs}</td></tr>"
             for kind, before, after, n, docs in changes]
    return fill(asset("index.html"), {"count": str(len(rows)), "rows": "\n".join(rows),
                                      "changes": "\n".join(table),
                                      "threshold": str(threshold)})
