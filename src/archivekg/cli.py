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
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@store_option
@click.option("--extracted", "extracted_dir", type=click.Path(file_okay=False, path_type=Path),
              default=DEFAULT_EXTRACTED, show_default=True,
              help="Directory of the per-document TriG files.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes for extraction (default: one per CPU).")
@reports_errors
def build(paths: tuple[Path, ...], store_dir: Path, extracted_dir: Path, jobs: int | None) -> None:
    """Build documents at PATHS (files or folders) into the store; with no PATHS,
    reload the store from the extracted graphs and the ontology."""
    import sys

    from rich.console import Console
    from rich.table import Table

    from archivekg.pipeline import build as run_build

    report = run_build(list(paths), store_dir, extracted_dir, jobs=jobs,
                       progress=sys.stderr.isatty())
    table = Table(title=f"Store {store_dir}/", show_header=False)
    table.add_column()
    table.add_column(justify="right")
    for name in ("documents", "persons", "meetings", "triples"):
        table.add_row(name, str(getattr(report, name)))
    table.add_row("failures", str(len(report.failures)))
    Console(file=click.get_text_stream("stdout")).print(table)
    for file, reason in report.failures:
        click.echo(f"{file}: {reason}", err=True)
    if report.failures:
        raise SystemExit(1)


@main.command()
@click.argument("query")
@store_option
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]),
              default="table", show_default=True, help="How to print the answer.")
@reports_errors
def query(query: str, store_dir: Path, fmt: str) -> None:
    """Run QUERY (a .rq file or SPARQL text) over the union of all graphs."""
    from archivekg.query import run_query, serialize

    click.echo(serialize(run_query(store_dir, query), fmt), nl=False)


@main.command()
@store_option
@click.option("--format", "fmt",
              type=click.Choice(["turtle", "trig", "nquads", "ntriples", "jsonld"]),
              default="turtle", show_default=True, help="RDF serialization.")
@click.option("--graph", default=None, help="Only this named graph (its IRI).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write here instead of standard output.")
@reports_errors
def export(store_dir: Path, fmt: str, graph: str | None, output: Path | None) -> None:
    """Write the store as RDF; Turtle and N-Triples merge all graphs."""
    from archivekg.export import export as run_export

    data = run_export(store_dir, fmt, graph=graph, output=output)
    if data is not None:
        click.get_binary_stream("stdout").write(data)


@main.command()
@store_option
@reports_errors
def stats(store_dir: Path) -> None:
    """Count documents, persons, meetings, role assignments, triples and graphs."""
    from archivekg.query import stats as count

    for name, value in count(store_dir).items():
        click.echo(f"{name:<18} {value:>10}")


@main.command()
@store_option
@reports_errors
def validate(store_dir: Path) -> None:
    """Check the store against the SHACL shapes; exit 1 on any violation."""
    from archivekg.store import open_for_reading
    from archivekg.validate import validate_store

    with open_for_reading(store_dir) as db:
        report = validate_store(db)
    for violation in report.violations:
        click.echo(str(violation))
    if not report.conforms:
        click.echo(f"Error: {len(report.violations)} violation(s) of the shapes", err=True)
        raise SystemExit(1)
    click.echo("The store conforms to the shapes.")


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
    for failure in report.failures:
        click.echo(f"Error: {failure}", err=True)
    if report.failures:
        raise SystemExit(1)
    if fail_under is not None and report.lowest() < fail_under:
        click.echo(f"Error: lowest headline score {report.lowest():.2f} is under {fail_under}",
                   err=True)
        raise SystemExit(1)


@main.command()
@store_option
@click.option("--bind", default="localhost:7878", show_default=True, metavar="HOST:PORT",
              help="Address of the endpoint (port 0 picks a free one).")
@click.option("--timeout-s", type=click.IntRange(min=1), default=30, show_default=True,
              help="Queries running longer get a 504 and are stopped.")
@click.option("--cors", is_flag=True, help="Let web pages of any origin query the endpoint.")
@click.option("--writable", is_flag=True, help="Accept SPARQL updates (default: read-only).")
@click.option("--check", "check_url", metavar="URL", default=None,
              help="Only probe the endpoint at URL with ASK {}; exit 0 if it answers, else 1.")
@reports_errors
def serve(store_dir: Path, bind: str, timeout_s: int, cors: bool, writable: bool,
          check_url: str | None) -> None:
    """Serve the store as a SPARQL 1.1 endpoint (Oxigraph) until Ctrl-C or SIGTERM."""
    from archivekg import serve as serving

    if check_url is not None:
        seconds = serving.check(check_url)
        click.echo(f"{check_url}: ok ({seconds * 1000:.0f} ms)")
        return
    host, port = serving.parse_bind(bind)
    config = serving.ServeConfig(store_dir, host, port, timeout_s, cors, writable)
    serving.configure_logging()

    def announce(base: str) -> None:
        click.echo(f"Query page:      {base}/\nSPARQL endpoint: {base}/query")

    serving.serve(config, announce)


@main.command()
@store_option
@click.option("--extracted", "extracted_dir", type=click.Path(file_okay=False, path_type=Path),
              default=DEFAULT_EXTRACTED, show_default=True,
              help="Where wikidata-links.trig and the review file go.")
@click.option("--wikidata-api", "api_url", default="https://www.wikidata.org/w/api.php",
              show_default=True, help="MediaWiki API for wbsearchentities (or a mirror).")
@click.option("--wikidata-sparql", "sparql_url", default="https://query.wikidata.org/sparql",
              show_default=True, help="SPARQL endpoint for the constraint queries (or a mirror).")
@click.option("--offline", is_flag=True, help="Send nothing: use only the cache and the review file.")
@click.option("--min-score", type=click.FloatRange(0, 1), default=0.5, show_default=True,
              help="Leave an entity unlinked when its best candidate scores lower.")
@click.option("--confirm-score", type=click.FloatRange(0, 1), default=None,
              help="Automatic links scoring this much become skos:exactMatch "
                   "(default: only links the curator accepted).")
@click.option("--cache", "cache_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path(".cache/wikidata"), show_default=True, help="On-disk answer cache.")
@click.option("--review", "review_path", type=click.Path(dir_okay=False, path_type=Path),
              default=None, help="Curator's review file [default: EXTRACTED/wikidata-review.tsv].")
@click.option("--same-as", is_flag=True, help="Also state owl:sameAs for confirmed links.")
@reports_errors
def link(store_dir: Path, extracted_dir: Path, api_url: str, sparql_url: str, offline: bool,
         min_score: float, confirm_score: float | None, cache_dir: Path,
         review_path: Path | None, same_as: bool) -> None:
    """Link persons, organisations and places to Wikidata, politely and reviewably."""
    from archivekg.errors import LinkError
    from archivekg.link import link_store
    from archivekg.store import open_for_writing

    with open_for_writing(store_dir, create=False) as db:
        report = link_store(db, extracted_dir, api_url=api_url, sparql_url=sparql_url,
                            offline=offline, cache_dir=cache_dir, review_path=review_path,
                            min_score=min_score, confirm_score=confirm_score, same_as=same_as)
    click.echo(f"{report.entities} entities: {report.confirmed} confirmed, "
               f"{report.automatic} automatic, {report.unlinked} unlinked "
               f"({report.requests_sent} requests sent)")
    click.echo(f"Links: {report.trig}\nReview: {report.review}")
    if report.uncached:
        click.echo(f"{report.uncached} entities not in the cache (offline)", err=True)
    if report.errors:
        more = f" (and {len(report.errors) - 1} more failed requests)" if len(report.errors) > 1 else ""
        raise LinkError(report.errors[0] + more)
