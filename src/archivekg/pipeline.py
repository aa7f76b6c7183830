"""The table of contents of the whole system: documents -> facts -> graphs -> store.

`build(paths, …)` reads and extracts documents in worker processes (extraction is a
pure function of one document), resolves persons across them in this process,
writes `extracted/<doc_id>.trig` and replaces each document's named graph in the
store. `build([], …)` reloads the store from `extracted/` and `ontology/` alone, so a
fresh clone has a working graph without the source documents. Either way the
curator's Wikidata review file, when there is one, has the last word on links.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path

import pyoxigraph as ox
from rich.console import Console
from rich.progress import track

from archivekg import __version__, link, query, store
from archivekg.errors import DocumentError, ExtractionError, StoreError
from archivekg.extract import extract
from archivekg.model import DocumentFacts
from archivekg.rdf import document_quads, serialize_trig
from archivekg.read import collect_paths, read_document
from archivekg.resolve import resolve
from archivekg.vocab import ID, PREFIXES

POOL_MIN_DOCUMENTS = 8
PROGRESS_MIN_DOCUMENTS = 20

PROV = PREFIXES["prov"]
RDF_TYPE = ox.NamedNode(PREFIXES["rdf"] + "type")
RDFS_LABEL = ox.NamedNode(PREFIXES["rdfs"] + "label")
XSD_DATETIME = ox.NamedNode(PREFIXES["xsd"] + "dateTime")
BUILD_ACTIVITY = ox.NamedNode(ID + "build")
SOFTWARE_AGENT = ox.NamedNode(f"{ID}archivekg-{__version__}")

KNOWN_PERSONS = """
SELECT DISTINCT ?person ?label ?preferred WHERE {
  ?person a akg:Person .
  { ?person skos:prefLabel ?label BIND(true AS ?preferred) }
  UNION
  { ?person skos:altLabel ?label BIND(false AS ?preferred) }
}
"""
PERSON_BASE = PREFIXES["person"]

Failure = tuple[str, str]


@dataclass(frozen=True)
class BuildReport:
    """What the store holds after a build, and which files could not be built."""

    documents: int
    persons: int
    meetings: int
    triples: int
    failures: tuple[Failure, ...] = ()


def ontology_dir() -> Path:
    """The ontology shipped with the package, else the checkout's, else ./ontology."""
    candidates = [
        Path(str(resources.files("archivekg"))) / "ontology",
        Path(__file__).resolve().parents[2] / "ontology",
        Path.cwd() / "ontology",
    ]
    for candidate in candidates:
        if any(candidate.glob("*.ttl")):
            return candidate
    raise StoreError("no ontology/ directory with .ttl files found (package data or ./ontology)")


def ontology_files(directory: Path) -> list[Path]:
    """The ontology's Turtle files; the SHACL shapes are for `validate`, not the graph."""
    return sorted(p for p in directory.glob("*.ttl") if "shapes" not in p.stem)


def build(
    paths: Sequence[Path],
    store_dir: Path,
    extracted_dir: Path,
    jobs: int | None = None,
    progress: bool = False,
) -> BuildReport:
    """Build documents at `paths` into the store, or reload it from `extracted_dir`."""
    started = _now()
    ontology = ontology_files(ontology_dir())
    files = collect_paths(paths) if paths else []
    if paths and not files:
        raise DocumentError(", ".join(map(str, paths)), "no documents found")
    with store.open_for_writing(store_dir) as db:
        if paths:
            failures = _build_documents(db, files, extracted_dir, jobs, progress)
            store.replace_graph(
                db,
                store.ONTOLOGY_GRAPH,
                itertools.chain.from_iterable(
                    store.parse_file(f, store.ONTOLOGY_GRAPH) for f in ontology
                ),
            )
        else:
            failures = []
            _reload(db, extracted_dir, ontology)
        if (extracted_dir / link.REVIEW_NAME).is_file():
            try:
                link.apply_review(db, extracted_dir)
            except link.ReviewError as exc:
                failures.append((exc.location, exc.reason))
        store.replace_graph(db, store.BUILD_GRAPH, _build_activity(started, _now()))
        counts = query.count(db)
    return BuildReport(
        documents=counts["documents"],
        persons=counts["persons"],
        meetings=counts["meetings"],
        triples=counts["triples"],
        failures=tuple(failures),
    )


def _build_documents(
    db: ox.Store, files: Sequence[Path], extracted_dir: Path, jobs: int | None, progress: bool
) -> list[Failure]:
    extracted, failures = _extract_all(files, jobs, progress)
    resolution = resolve([f for _, f in extracted], known_persons(db))
    try:
        extracted_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{extracted_dir}: {exc.strerror or exc}") from None
    for path, facts in extracted:
        try:
            quads = document_quads(facts, resolution)
        except ExtractionError as exc:
            failures.append((str(path), f"extraction failed: {exc.reason}"))
            continue
        _write_if_changed(extracted_dir / f"{facts.document.doc_id}.trig", serialize_trig(quads))
        store.replace_graph(db, quads[0].graph_name, quads)
    return failures


def _extract_all(
    files: Sequence[Path], jobs: int | None, progress: bool
) -> tuple[list[tuple[Path, DocumentFacts]], list[Failure]]:
    """Facts of every readable document in input order; one failure per bad file."""
    workers = jobs if jobs is not None else os.cpu_count() or 1
    if workers <= 1 or (jobs is None and len(files) < POOL_MIN_DOCUMENTS):
        return _collect(files, map(read_and_extract, files), progress)
    chunksize = max(1, min(64, len(files) // (workers * 4)))
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        outcomes = pool.map(read_and_extract, files, chunksize=chunksize)
        return _collect(files, outcomes, progress)


def _collect(
    files: Sequence[Path], outcomes: Iterable[DocumentFacts | Failure], progress: bool
) -> tuple[list[tuple[Path, DocumentFacts]], list[Failure]]:
    extracted: list[tuple[Path, DocumentFacts]] = []
    failures: list[Failure] = []
    seen: dict[str, Path] = {}
    for path, outcome in zip(files, _with_progress(outcomes, len(files), progress)):
        if isinstance(outcome, tuple):
            failures.append(outcome)
            continue
        doc_id = outcome.document.doc_id
        if doc_id in seen:
            failures.append((str(path), f"same document id {doc_id!r} as {seen[doc_id]}; skipped"))
            continue
        seen[doc_id] = path
        extracted.append((path, outcome))
    return extracted, failures


def _with_progress(
    items: Iterable[DocumentFacts | Failure], total: int, progress: bool
) -> Iterator[DocumentFacts | Failure]:
    """A progress bar on stderr, only when asked (a terminal) and the run is long."""
    if not progress or total < PROGRESS_MIN_DOCUMENTS:
        yield from items
        return
    console = Console(stderr=True)
    yield from track(items, total=total, description="Extracting", console=console, transient=True)


def read_and_extract(path: Path) -> DocumentFacts | Failure:
    """Facts of one file, or (file, reason): runs in worker processes, so it never raises."""
    try:
        return extract(read_document(path))
    except DocumentError as exc:
        return str(path), exc.reason
    except OSError as exc:
        return str(path), exc.strerror or str(exc)
    except Exception as exc:  # noqa: BLE001 — an extractor bug must not sink the corpus
        return str(path), f"extraction failed: {type(exc).__name__}: {exc}"


def known_persons(db: ox.Store) -> dict[str, list[str]]:
    """Person ids already in the store -> labels (preferred first), so that ids stay stable."""
    labels: dict[str, tuple[list[str], list[str]]] = {}
    for row in db.query(KNOWN_PERSONS, prefixes=PREFIXES, use_default_graph_as_union=True):
        iri = row["person"].value
        if not iri.startswith(PERSON_BASE):
            continue
        preferred, alternative = labels.setdefault(iri[len(PERSON_BASE) :], ([], []))
        (preferred if row["preferred"].value == "true" else alternative).append(row["label"].value)
    return {
        pid: sorted(set(preferred)) + sorted(set(alternative) - set(preferred))
        for pid, (preferred, alternative) in sorted(labels.items())
    }


def _reload(db: ox.Store, extracted_dir: Path, ontology: Sequence[Path]) -> None:
    if not extracted_dir.is_dir():
        raise StoreError(
            f"{extracted_dir}: no such directory; "
            "build from documents first (archivekg build PATH…)"
        )
    graphs = [store.parse_file(f) for f in sorted(extracted_dir.glob("*.trig"))]
    terms = [store.parse_file(f, store.ONTOLOGY_GRAPH) for f in ontology]
    store.reload(db, itertools.chain(*graphs, *terms))


def _write_if_changed(path: Path, data: bytes) -> None:
    """Write atomically, and not at all when the bytes are already there."""
    if path.is_file() and path.read_bytes() == data:
        return
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_bytes(data)
        os.replace(partial, path)
    except OSError as exc:
        raise StoreError(f"{path}: {exc.strerror or exc}") from None


def _build_activity(started: datetime, ended: datetime) -> list[ox.Quad]:
    """The build as a prov:Activity: the only place a build's time is recorded."""
    graph = store.BUILD_GRAPH

    def quad(s: ox.NamedNode, p: str | ox.NamedNode, o: ox.NamedNode | ox.Literal) -> ox.Quad:
        predicate = p if isinstance(p, ox.NamedNode) else ox.NamedNode(PROV + p)
        return ox.Quad(s, predicate, o, graph)

    return [
        quad(BUILD_ACTIVITY, RDF_TYPE, ox.NamedNode(PROV + "Activity")),
        quad(BUILD_ACTIVITY, RDFS_LABEL, ox.Literal("archivekg build")),
        quad(BUILD_ACTIVITY, "startedAtTime", _datetime(started)),
        quad(BUILD_ACTIVITY, "endedAtTime", _datetime(ended)),
        quad(BUILD_ACTIVITY, "wasAssociatedWith", SOFTWARE_AGENT),
        quad(SOFTWARE_AGENT, RDF_TYPE, ox.NamedNode(PROV + "SoftwareAgent")),
        quad(SOFTWARE_AGENT, RDFS_LABEL, ox.Literal(f"archivekg {__version__}")),
    ]


def _datetime(moment: datetime) -> ox.Literal:
    return ox.Literal(moment.isoformat(timespec="seconds"), datatype=XSD_DATETIME)


def _now() -> datetime:
    return datetime.now(timezone.utc)
