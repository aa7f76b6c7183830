"""The thin command line: each command parses options, calls one library function, formats.

Errors from the library (archivekg.errors) become one-line `Error: …` messages
with a non-zero exit status; nothing a user types produces a traceback.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from archivekg import __version__
from archivekg.errors import ArchiveKGError

F = TypeVar("F", bound=Callable[..., Any])

DEFAULT_STORE = "store"
DEFAULT_EXTRACTED = "extracted"


def default_store() -> Path:
    """`$ARCHIVEKG_STORE`, else ./store."""
    return Path(os.environ.get("ARCHIVEKG_STORE", DEFAULT_STORE))


def store_option(f: F) -> F:
    return click.option(
        "--store",
        "store_dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=default_store,
        show_default="./store or $ARCHIVEKG_STORE",
        help="Directory of the on-disk Oxigraph store.",
    )(f)


def reports_errors(f: F) -> F:
    """Turn library errors into one line on stderr and the error's exit status."""

    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return f(*args, **kwargs)
        except ArchiveKGError as exc:
            click.echo(f"Error: {exc}", err=True)
            raise SystemExit(exc.exit_code) from None

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="archivekg")
def main() -> None:
    """Build, query, serve and link a knowledge graph of declassified diplomatic records."""


# Commands are added below, one block each; keep each to parsing, one call, formatting.


@main.command()
@click.argument("gold_dir", type=click.Path(path_type=Path))
@click.argument("docs_dir", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Report as a table or as JSON.")
@click.option("--fail-under", type=float, default=None,
              help="Exit with status 1 when a headline score is below this value.")
@reports_errors
def evaluate(gold_dir: Path, docs_dir: Path, fmt: str, fail_under: float | None) -> None:
    """Score the extractors on DOCS_DIR against the gold annotations in GOLD_DIR."""
    from archivekg.evaluate import evaluate_corpus

    report = evaluate_corpus(gold_dir, docs_dir)
    click.echo(report.to_json() if fmt == "json" else report.to_text())
    if fail_under is not None and report.lowest() < fail_under:
        click.echo(f"Error: lowest headline score {report.lowest():.2f} is under {fail_under}",
                   err=True)
        raise SystemExit(1)
