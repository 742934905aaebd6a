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
    if not isinstance(data, dict) or not isinstance(data.get("decisions"), dict):
        raise DecisionsError(f"{p} is not a decisions file: no \"decisions\" object")
    made_for = (data.get("document") or {}).get("sha256")
    if made_for != sha256:
        name = (data.get("document") or {}).get("name", "another document")
        raise DecisionsError(f"{p} holds decisions for {name} (sha256 {str(made_for)[:12]}…), "
                             f"not for this input (sha256 {sha256[:12]}…)")
    bad = [k for k, v in data["decisions"].items() if v not in VALID]
    if bad:
        raise DecisionsError(f"{p}: decisions must be \"accept\" or \"reject\" (see {bad[0]})")
    return dict(data["decisions"])
