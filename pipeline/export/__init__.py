"""Stage 5, export: owns writing what the finished document gives (the JSON in json.py,
the diffs in diff.py, the HTML pages in report.py) and writing any output whole or not at
all (a temporary file, then a rename)."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path

from vanban.errors import OutputError

STDOUT = "-"


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_output(target: str | Path, text: str) -> None:
    """Write all of `text` or nothing: a temporary file beside the target, then a rename."""
    if str(target) == STDOUT:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    path = Path(target)
    if path.is_dir():
        raise OutputError(f"{path} is a directory; give a file name for the output")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.exists():
        raise OutputError(f"cannot write {path}: folder {parent} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=parent)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.chmod(tmp, 0o666 & ~current_umask())  # as an ordinary new file, not mkstemp's 600
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write {path}: {exc.strerror}") from None
        raise
