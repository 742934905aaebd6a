"""The `vanban` command line: owns arguments, standard input and output, exit statuses, and
turning every failure into one line on stderr."""

from __future__ import annotations

import atexit
import functools
import logging
import multiprocessing
import os
import signal
import sys
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import click

from vanban import __version__
from vanban.context import DEFAULT_THRESHOLD, Context, tune_garbage_collector
from vanban.document import Document
from vanban.errors import VanbanError

if TYPE_CHECKING:
    from vanban.parts import Conversion

log = logging.getLogger("vanban")

INTERNAL_ERROR = 70  # EX_SOFTWARE
TERMINATED = 143  # 128 + SIGTERM


class Terminated(BaseException):
    """SIGTERM, raised where the process is, so a half-written output is removed."""


def on_sigterm(signum: int, frame: object) -> None:
    raise Terminated
STDIN = "-"


def fail_cleanly(func: Callable[..., Any]) -> Callable[..., Any]:
    """One line on stderr and a non-zero status for any failure; a traceback only with -vv."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except VanbanError as exc:
            click.echo(f"vanban: error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("vanban: interrupted", err=True)
            sys.exit(130)
        except Terminated:
            click.echo("vanban: terminated", err=True)
            sys.exit(TERMINATED)
        except (click.ClickException, click.exceptions.Exit, SystemExit):
            raise
        except Exception as exc:  # a bug: say so in one line, keep the details for -vv
            log.debug("internal error", exc_info=True)
            click.echo(f"vanban: internal error: {type(exc).__name__}: {exc} "
                       "(run with -vv for details)", err=True)
            sys.exit(INTERNAL_ERROR)

    return wrapper


def setup_logging(verbose: int, quiet: bool) -> None:
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[
        min(verbose, 2)]
    logging.basicConfig(level=level, format="vanban: %(message)s", stream=sys.stderr,
                        force=True)


def verbosity(func: Callable[..., Any]) -> Callable[..., Any]:
    """-v/-q accepted after the command too (`vanban run -v IN …`), adding to the group's."""

    @click.option("-v", "--verbose", "verbose_", count=True,
                  help="Say more (-vv: debugging detail).")
    @click.option("-q", "--quiet", "quiet_", is_flag=True, help="Only errors.")
    @functools.wraps(func)
    def wrapper(*args: Any, verbose_: int, quiet_: bool, **kwargs: Any) -> Any:
        root = click.get_current_context().find_root().params
        setup_logging(verbose_ + root.get("verbose", 0), quiet_ or root.get("quiet", False))
        return func(*args, **kwargs)

    return wrapper


threshold_option = click.option(
    "--threshold", type=click.FloatRange(0.0, 1.0), default=DEFAULT_THRESHOLD, show_default=True,
    help="Apply corrections at least this sure; propose the rest for review.")
output_option = click.option(
    "-o", "--output", "output", required=True, metavar="OUT",
    help="Where to write the result; - for standard output.")


ocr_option = click.option(
    "--ocr", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
    help="Read pages with Tesseract: auto: images, and PDF pages without a usable "
         "(Vietnamese) text layer; always: every page; never: none.")
sources_argument = click.argument("sources", metavar="IN...", nargs=-1, required=True)


def one_document(func: Callable[..., Any]) -> Callable[..., Any]:
    """The options of a command that turns one input (or a scan's page images) into one
    output."""
    for decorate in (fail_cleanly, verbosity, ocr_option, threshold_option, output_option,
                     sources_argument):
        func = decorate(func)
    return func


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 96})
@click.version_option(__version__, "--version", prog_name="vanban")
@click.option("-v", "--verbose", count=True, help="Say more (-vv: debugging detail).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors.")
def main(verbose: int, quiet: bool) -> None:
    """Turn scanned Vietnamese administrative documents into clean text and a JSON tree.

    IN is a plain-text OCR file (UTF-8; form feeds between pages), a PDF (its text layer;
    pages without a usable one are read by OCR), or a scan: PNG, JPEG or TIFF, several
    images making one document in the order given; - reads standard input.

    \b
    Examples:
      vanban run decree.pdf -o decree.json        structure, references, corrections
      vanban correct decree.txt -o clean.txt      corrected text, line for line
      vanban run p1.jpg p2.jpg -o letter.json     a letter photographed page by page
      vanban correct - -o - < decree.txt          as a filter
      vanban review decree.txt -o decree.html     the report to review corrections in
      vanban apply decree.txt --decisions d.json -o decree.json
      vanban diff decree.txt --format unified     the corrections as a patch
    """
    setup_logging(verbose, quiet)
    signal.signal(signal.SIGTERM, on_sigterm)
    tune_garbage_collector()


@main.command()
@one_document
def run(sources: tuple[str, ...], output: str, threshold: float, ocr: str) -> None:
    """Write the document as JSON: header, body tree, references, corrections.

    \b
    Example:
      vanban run samples/thanhhoa-04-KH-UBND-2017.ocr.txt -o out/decree.json
    """
    convert(sources, output, Context(threshold=threshold, ocr=ocr), "json")


@main.command("correct")
@one_document
def correct_command(sources: tuple[str, ...], output: str, threshold: float, ocr: str) -> None:
    """Write the corrected text: one output line per input line, so it diffs.

    Only corrections at or above the threshold are applied; the rest are proposals, see
    `vanban run` for all of them.

    \b
    Example:
      vanban correct samples/thanhhoa-04-KH-UBND-2017.ocr.txt -o out/decree.txt
    """
    convert(sources, output, Context(threshold=threshold, ocr=ocr), "text")


@main.command()
@one_document
def review(sources: tuple[str, ...], output: str, threshold: float, ocr: str) -> None:
    """Write the review report: one self-contained HTML page.

    The document with every correction marked in place (applied and proposed), a list to
    filter, a concordance to accept or reject the same change everywhere at once, and
    keyboard keys (n/p next/previous, a accept, r reject, u undo). Decisions are kept in
    the browser and exported as JSON for `vanban apply`.

    \b
    Example:
      vanban review decree.txt -o decree.html
      vanban apply decree.txt --decisions decree.decisions.json -o decree.json
    """
    from vanban.export.report import render_report

    convert(sources, output, Context(threshold=threshold, ocr=ocr), render_report)


@main.command()
@sources_argument
@click.option("--decisions", "decisions_file", required=True, metavar="FILE",
              help="The decisions JSON exported from the review report.")
@output_option
@click.option("--format", "fmt", type=click.Choice(["auto", "json", "text"]), default="auto",
              show_default=True, help="auto: JSON for an OUT ending in .json, else text.")
@threshold_option
@ocr_option
@verbosity
@fail_cleanly
def apply(sources: tuple[str, ...], decisions_file: str, output: str, fmt: str,
          threshold: float, ocr: str) -> None:
    """Re-run the pipeline with a reviewer's decisions and write the JSON or the text.

    Accepted proposals are applied, rejected corrections undone; the rest as the
    threshold says. A decisions file made for another document is refused.

    \b
    Example:
      vanban apply decree.txt --decisions decree.decisions.json -o decree.corrected.txt
    """
    from vanban.decisions import load_decisions
    from vanban.parts import Conversion

    conversion = Conversion(read_document(sources, ocr), Context(threshold=threshold, ocr=ocr))
    conversion.ctx.decisions = load_decisions(decisions_file, conversion.doc.source.sha256)
    as_json = fmt == "json" or (fmt == "auto" and output.lower().endswith(".json"))
    write_converted(conversion, output, as_json, [*sources, decisions_file])


@main.command()
@sources_argument
@click.option("--format", "fmt", type=click.Choice(["words", "unified"]), default="words",
              show_default=True, help="words: the changes in place; unified: for patch/git.")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto",
              show_default=True, help="Colour the word diff (auto: on a terminal).")
@click.option("-o", "--output", "output", default="-", metavar="OUT", show_default=True,
              help="Where to write the diff.")
@threshold_option
@ocr_option
@verbosity
@fail_cleanly
def diff(sources: tuple[str, ...], fmt: str, color: str, output: str, threshold: float,
         ocr: str) -> None:
    """Show the applied corrections as a diff.

    \b
    Examples:
      vanban diff decree.txt                     coloured word diff in the terminal
      vanban diff decree.txt --format unified > fixes.patch && patch decree.txt fixes.patch
    """
    from vanban import process_document
    from vanban.export import write_output
    from vanban.export.diff import unified_diff, word_diff

    doc = process_document(read_document(sources, ocr), Context(threshold=threshold, ocr=ocr))
    if fmt == "unified":
        text = unified_diff(doc)
    else:
        use_color = color == "always" or (color == "auto" and output == "-"
                                          and sys.stdout.isatty())
        text = word_diff(doc, use_color)
    write_output(output, text, inputs=sources)


@main.command()
@click.argument("source", metavar="SRC", type=click.Path(path_type=Path))
@click.option("-o", "--output", "output", required=True, metavar="OUT",
              type=click.Path(path_type=Path), help="The folder to write into.")
@click.option("-j", "--jobs", type=click.IntRange(0), default=0, show_default=True,
              help="Workers (0: every core; with Ray, every CPU of the cluster).")
@click.option("--include", multiple=True, metavar="GLOB",
              help="Only documents whose path (or name) matches; repeatable.")
@click.option("--exclude", multiple=True, metavar="GLOB",
              help="Leave out documents whose path (or name) matches; repeatable.")
@click.option("--report/--no-report", default=False, show_default=True,
              help="Also write each document's review report.")
@click.option("--force", is_flag=True, help="Redo every document, done or not.")
@click.option("--executor", type=click.Choice(["local", "ray"]), default="local",
              show_default=True, help="Where the work runs.")
@click.option("--address", metavar="HOST:PORT", help="The Ray cluster (with --executor ray).")
@click.option("--gather", is_flag=True,
              help="Ray: send the inputs to the workers and their outputs back here, for "
                   "clusters without a folder every worker can read and write.")
@threshold_option
@ocr_option
@verbosity
@fail_cleanly
def batch(source: Path, output: Path, jobs: int, include: tuple[str, ...],
          exclude: tuple[str, ...], report: bool, force: bool, executor: str,
          address: str | None, gather: bool, threshold: float, ocr: str) -> None:
    """Convert every .txt, .pdf and page image (.png .jpg .tif) below SRC, mirroring its
    folders in OUT.

    Per document: its JSON, its corrected text and, with --report, its review report.
    A rerun skips documents already done with the same input, tool and lexicon, and
    redoes changed or failed ones; an interrupted run leaves no half-written file. OUT
    also gets manifest.json, failures.tsv, summary.json and index.html (every document,
    and the most frequent corrections across the archive). The exit status is 1 when
    some documents failed.

    \b
    Examples:
      vanban batch archive/ -o converted/ --report
      vanban batch archive/ -o converted/ --include '2017/*' -j 2
      vanban batch /shared/archive -o /shared/out --executor ray --address head:6379
    """
    from vanban.batch import Options, run_batch

    quiet = logging.getLogger().level > logging.WARNING
    try:
        summary = run_batch(source, output, options=Options(threshold=threshold, report=report,
                                                            ocr=ocr),
                            jobs=jobs, include=include, exclude=exclude, force=force,
                            executor=executor, address=address, gather=gather,
                            progress=not quiet)
    except KeyboardInterrupt:
        click.echo(f"vanban: interrupted; what is done is kept, run again to finish "
                   f"({output})", err=True)
        sys.exit(130)
    if not quiet:
        click.echo(f"vanban: {summary.line()}", err=True)
    if summary.failed:
        plural = "s" if summary.failed != 1 else ""
        click.echo(f"vanban: {summary.failed} document{plural} failed: see "
                   f"{output / 'failures.tsv'}", err=True)
        sys.exit(1)


def convert(sources: tuple[str, ...], output: str, ctx: Context,
            render: Literal["json", "text"] | Callable[[Document], str]) -> None:
    """Run the pipeline on one input and write its JSON, its corrected text (both written
    as the document is worked through: a long one a part at a time, see parts.py) or
    what `render` makes of the whole document."""
    from vanban import process_document
    from vanban.export import check_not_input, write_output
    from vanban.parts import Conversion

    check_not_input(output, sources)
    if render == "json" or render == "text":
        write_converted(Conversion(read_document(sources, ctx.ocr), ctx), output,
                        render == "json", sources)
        return
    doc = process_document(read_document(sources, ctx.ocr), ctx)
    write_output(output, render(doc), inputs=sources)
    report_summary(doc.source.name, len(doc.lines),
                   Counter(c.status for c in doc.corrections), output)


def write_converted(conversion: Conversion, output: str, as_json: bool,
                    inputs: Sequence[str]) -> None:
    """Write a document's JSON or corrected text as it is worked through."""
    from vanban.export import write_output

    name, lines = conversion.doc.source.name, len(conversion.doc.lines)
    write_output(output, conversion.json() if as_json else conversion.text(), inputs=inputs)
    report_summary(name, lines, conversion.counts, output)


def read_document(sources: tuple[str, ...], ocr: str = "auto") -> Document:
    """The ingested input: a file, several page images, or standard input for "-"."""
    from vanban.ingest import ingest, ingest_bytes

    if STDIN in sources:
        if len(sources) > 1:
            raise click.UsageError("standard input (-) is read alone, not with other inputs")
        return ingest_bytes(sys.stdin.buffer.read(), "<stdin>", ocr=ocr)  # type: ignore[arg-type]
    return ingest(list(sources), ocr=ocr)  # type: ignore[arg-type]


def report_summary(name: str, lines: int, counts: Counter[str], output: str) -> None:
    where = "standard output" if output == "-" else output
    log.info("%s: %d lines, %d corrections applied, %d proposed -> %s",
             name, lines, counts["applied"], counts["proposed"], where)


def entry() -> None:
    """The console script: `main`, then an exit that skips freeing the interpreter's
    objects one by one (the lexicon's millions: a tenth of a document's run) once every
    output is written and renamed, and the exit handlers (logging's, Ray's) have run.
    Where other threads or worker processes are still alive (a batch's pool), Python's
    own exit waits for them, as it must."""
    try:
        main()
        code: int | str | None = 0
    except SystemExit as exc:
        code = exc.code
    if threading.active_count() > 1 or multiprocessing.active_children():
        sys.exit(code)
    if isinstance(code, str):
        click.echo(code, err=True)
        code = 1
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:  # (None: the process was started without it)
                stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more reaches the reader
            pass
    atexit._run_exitfuncs()
    os._exit(code or 0)


if __name__ == "__main__":
    entry()
