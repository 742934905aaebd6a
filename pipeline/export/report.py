"""The review report: one self-contained HTML page (styles, script and data inline).

The page shows the document with every correction marked in place, a filterable list of
the corrections, a concordance that groups the same change, keyboard navigation, and
exports the reviewer's decisions as JSON for `vanban apply`.
"""

from __future__ import annotations

import html
import json
from importlib import resources
from typing import Any

from pipeline.document import Document
from pipeline.export.json import correction_dict

ASSETS = resources.files("pipeline.export").joinpath("report")


def report_data(doc: Document) -> dict[str, Any]:
    from pipeline import __version__

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


def render_report(doc: Document) -> str:
    template = ASSETS.joinpath("template.html").read_text("utf-8")
    style = ASSETS.joinpath("report.css").read_text("utf-8")
    script = ASSETS.joinpath("report.js").read_text("utf-8")
    data = json.dumps(report_data(doc), ensure_ascii=False)
    # inside <script>, "</" would end the element early
    data = data.replace("</", "<\\/")
    return (template
            .replace("{{title}}", html.escape(f"vanban review: {doc.source.name}"))
            .replace("{{style}}", style)
            .replace("{{data}}", data)
            .replace("{{script}}", script))
