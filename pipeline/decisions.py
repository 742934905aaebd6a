"""A reviewer's decisions: which corrections to accept or reject, for one document."""

from __future__ import annotations

import json
from pathlib import Path

from vanban.errors import DecisionsError

VALID = {"accept", "reject"}


def load_decisions(path: str | Path, sha256: str) -> dict[str, str]:
    """Correction id -> "accept" or "reject", from a file the review page exported.

    A file made for another document (its sha256 differs) is refused: its ids would
    silently match nothing, or the wrong things."""
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DecisionsError(f"{p}: no such decisions file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DecisionsError(f"{p} is not a decisions file (JSON): {exc}") from None
    except RecursionError:  # nesting no exported file has
        raise DecisionsError(f"{p} is not a decisions file: nested too deep") from None
    if not isinstance(data, dict) or not isinstance(data.get("decisions"), dict):
        raise DecisionsError(f"{p} is not a decisions file: no \"decisions\" object")
    document = data.get("document")
    if not isinstance(document, dict):
        raise DecisionsError(f"{p} is not a decisions file: no \"document\" object")
    made_for = document.get("sha256")
    if made_for != sha256:
        name = document.get("name")
        name = printable(name) if isinstance(name, str) else "another document"
        raise DecisionsError(f"{p} holds decisions for {name} (sha256 "
                             f"{printable(str(made_for))[:12]}…), not for this input "
                             f"(sha256 {sha256[:12]}…)")
    bad = [k for k, v in data["decisions"].items() if not isinstance(v, str) or v not in VALID]
    if bad:
        raise DecisionsError(f"{p}: decisions must be \"accept\" or \"reject\" "
                             f"(see {printable(bad[0])[:40]})")
    return dict(data["decisions"])


def printable(text: str) -> str:
    """Text from a file, safe to echo on one line of a terminal: no control characters
    (newlines, escape sequences), not longer than a line."""
    clean = "".join(ch if ch.isprintable() else "?" for ch in text)
    return clean if len(clean) <= 80 else clean[:79] + "…"
