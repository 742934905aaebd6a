"""Small PDFs with a text layer, made in the tests: each word printed where the test says.

Helvetica with WinAnsi encoding, so the text must be Latin-1 (the x positions, not the
diacritics, are what these PDFs test).
"""

from __future__ import annotations


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def text_pdf(pages: list[list[tuple[float, float, str]]], size: float = 11.0) -> bytes:
    """A PDF whose pages print each (x, y, text), y from the top of an A4 page."""
    width, height = 595, 842
    objects: list[bytes] = []
    page_ids = [3 + 2 * k for k in range(len(pages))]
    font_id = 3 + 2 * len(pages)
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join(f"{p} 0 R" for p in page_ids)
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    for k, items in enumerate(pages):
        content = "".join(f"BT /F1 {size} Tf {x:.1f} {height - y:.1f} Td ({escape(t)}) Tj ET\n"
                          for x, y, t in items).encode("latin-1")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] "
                       f"/Resources << /Font << /F1 {font_id} 0 R >> >> "
                       f"/Contents {page_ids[k] + 1} 0 R >>".encode())
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                   b"/Encoding /WinAnsiEncoding >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)
