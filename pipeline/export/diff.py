"""The corrections as a diff: coloured words for a terminal, or a unified diff for patch."""

from __future__ import annotations

import difflib

from vanban.document import Document

RED, GREEN, DIM, RESET = "\x1b[31m", "\x1b[32m", "\x1b[2m", "\x1b[0m"


def word_diff(doc: Document, color: bool) -> str:
    """Each corrected line, the changes marked [-before-]{+after+} (coloured on a terminal)."""
    applied = doc.applied()
    out = []
    for line in doc.lines:
        fixes = sorted(applied.get(line.index, []), key=lambda c: c.start)
        if not fixes:
            continue
        parts, pos = [], 0
        for c in fixes:
            parts.append(line.text[pos:c.start])
            if color:
                parts.append(f"{RED}{c.before}{RESET}{GREEN}{c.after}{RESET}")
            else:
                parts.append(f"[-{c.before}-]{{+{c.after}+}}")
            pos = c.end
        parts.append(line.text[pos:])
        where = f"{line.page}:{line.number}" if doc.source.pages > 1 else str(line.source_line)
        prefix = f"{DIM}{where:>6}{RESET} " if color else f"{where:>6} "
        out.append(prefix + "".join(parts))
    return "\n".join(out) + ("\n" if out else "")


def lines_of(text: str) -> list[str]:
    """Lines with their newline; a form feed stays inside its line (str.splitlines would
    break there, and the diff would no longer match the file)."""
    parts = text.split("\n")
    lines = [p + "\n" for p in parts[:-1]]
    return lines + ([parts[-1]] if parts[-1] else [])


def unified_diff(doc: Document, context: int = 3) -> str:
    """Original against corrected text, line for line: `patch` and `git apply` read it."""
    original = lines_of(doc.original_text())
    corrected = lines_of(doc.corrected_text())
    name = doc.source.name
    out = []
    for line in difflib.unified_diff(original, corrected, fromfile=f"a/{name}",
                                      tofile=f"b/{name}", n=context):
        # a last line without its newline gets patch's own marker, not the next line
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)
