"""Stage 5, export: owns writing what the finished document gives (the JSON in json.py,
the diffs in diff.py, the HTML pages in report.py) and writing any output whole or not at
all (a temporary file, then a rename)."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO

from vanban.errors import OutputError

STDOUT = "-"


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_output(target: str | Path, text: str | Iterable[str],
                 inputs: Sequence[str | Path] = ()) -> None:
    """Write all of `text` or nothing: a temporary file beside the target, then a rename.
    `text` may come in pieces (an iterable of strings), written as they come.

    A target that is no regular file (a FIFO, a device, a terminal, /proc/self/fd/1) is
    written directly, never replaced; a symbolic link is written through (the link stays);
    an existing file keeps its permissions; a target that is one of `inputs` is refused."""
    if str(target) == STDOUT:
        write_stdout(text)
        return
    path = Path(target)
    if path.is_dir():
        raise OutputError(f"{path} is a directory; give a file name for the output")
    check_not_input(path, inputs)
    if path.exists() and not path.is_file():
        write_special(path, text)
        return
    if path.is_symlink():
        path = Path(os.path.realpath(path))  # replace the file the link points to
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.exists():
        raise OutputError(f"cannot write {path}: folder {parent} does not exist")
    mode = stat.S_IMODE(path.stat().st_mode) if path.is_file() else 0o666 & ~current_umask()
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=parent)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            write_pieces(fh, text)
        os.chmod(tmp, mode)  # an existing file's own; else an ordinary new file's, not 600
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write {path}: {exc.strerror}") from None
        raise


def write_pieces(fh: IO[str], text: str | Iterable[str]) -> None:
    for piece in [text] if isinstance(text, str) else text:
        fh.write(piece)


def write_stdout(text: str | Iterable[str]) -> None:
    if sys.stdout is None:
        raise OutputError("there is no standard output to write to (it is closed)")
    try:
        write_pieces(sys.stdout, text)
        sys.stdout.flush()
    except BrokenPipeError:
        # the reader went away (`| head`): what it did not read is not an error of ours to
        # report twice, so standard output is quietly dropped at exit
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - lives until the process ends
        raise OutputError("standard output was closed before all of it was written") from None
    except OSError as exc:
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        raise OutputError(f"cannot write standard output: {exc.strerror}") from None


def check_not_input(target: str | Path, inputs: Sequence[str | Path]) -> None:
    """Refuse an output that is one of the inputs (also through links): writing it would
    destroy what it was made from."""
    if str(target) == STDOUT or not Path(target).exists():
        return
    for source in inputs:
        with contextlib.suppress(OSError):
            if os.path.samefile(target, source):
                raise OutputError(f"{target} is the input; give the output another name")


def write_special(path: Path, text: str | Iterable[str]) -> None:
    """A FIFO, a device or a terminal: written as it is, never replaced by a file."""
    try:
        with open(path, "w", encoding="utf-8", newline="") as fh:
            write_pieces(fh, text)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror}") from None
