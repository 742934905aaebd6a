"""The `vanban` command line."""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable
from typing import Any

import click

from pipeline import __version__
from pipeline.context import DEFAULT_THRESHOLD, Context
from pipeline.errors import VanbanError

log = logging.getLogger("vanban")

INTERNAL_ERROR = 70  # EX_SOFTWARE


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


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 96})
@click.version_option(__version__, "--version", prog_name="vanban")
@click.option("-v", "--verbose", count=True, help="Say more (-vv: debugging detail).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors.")
def main(verbose: int, quiet: bool) -> None:
    """Turn scanned Vietnamese administrative documents into clean text and a JSON tree.

    IN is a plain-text OCR file (UTF-8; form feeds between pages) or a PDF with a text
    layer; - reads standard input.

    \b
    Examples:
      vanban run decree.pdf -o decree.json        structure, references, corrections
      vanban correct decree.txt -o clean.txt      corrected text, line for line
      vanban correct - -o - < decree.txt          as a filter
    """
    setup_logging(verbose, quiet)


@main.command()
@click.argument("source", metavar="IN")
@output_option
@threshold_option
@verbosity
@fail_cleanly
def run(source: str, output: str, threshold: float) -> None:
    """Write the document as JSON: header, body tree, references, corrections.

    \b
    Example:
      vanban run samples/thanhhoa-04-KH-UBND-2017.ocr.txt -o out/decree.json
    """
    convert(source, output, Context(threshold=threshold), lambda doc: doc.to_json() + "\n")


@main.command("correct")
@click.argument("source", metavar="IN")
@output_option
@threshold_option
@verbosity
@fail_cleanly
def correct_command(source: str, output: str, threshold: float) -> None:
    """Write the corrected text: one output line per input line, so it diffs.

    Only corrections at or above the threshold are applied; the rest are proposals, see
    `vanban run` for all of them.

    \b
    Example:
      vanban correct samples/thanhhoa-04-KH-UBND-2017.ocr.txt -o out/decree.txt
    """
    convert(source, output, Context(threshold=threshold), lambda doc: doc.corrected_text())


def convert(source: str, output: str, ctx: Context, render: Callable[[Any], str]) -> None:
    """Run the pipeline on one input and write what `render` makes of it."""
    from pipeline import process
    from pipeline.export import write_output

    doc = process(source, ctx)
    write_output(output, render(doc))
    report_summary(doc, output)


def report_summary(doc: Any, output: str) -> None:
    applied = sum(c.status == "applied" for c in doc.corrections)
    proposed = sum(c.status == "proposed" for c in doc.corrections)
    where = "standard output" if output == "-" else output
    log.info("%s: %d lines, %d corrections applied, %d proposed -> %s",
             doc.source.name, len(doc.lines), applied, proposed, where)


if __name__ == "__main__":
    main()
