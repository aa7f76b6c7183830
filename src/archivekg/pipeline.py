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
import pickle
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import IO, TypeVar

import pyoxigraph as ox
from rich.console import Console
from rich.progress import track

from archivekg import __version__, link, query, store
from archivekg.errors import DocumentError, ExtractionError, StoreError
from archivekg.extract import extract
from archivekg.model import DocumentFacts, Metadata, Person
from archivekg.rdf import document_quads, parse_trig, serialize_trig
from archivekg.read import collect_paths, read_document
from archivekg.resolve import Resolution, resolve
from archivekg.vocab import ID, PREFIXES, document_iri

POOL_MIN_DOCUMENTS = 8
PROGRESS_MIN_DOCUMENTS = 20
# Documents per task sent to a worker: fewer round trips, still a short wait for the first.
TASK_DOCUMENTS = 8

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
T = TypeVar("T")
R = TypeVar("R")


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
        return BuildReport(
            documents=query.count_of(db, query.COUNTS["documents"]),
            persons=query.count_of(db, query.COUNTS["persons"]),
            meetings=query.count_of(db, query.COUNTS["meetings"]),
            triples=query.distinct_triples(db),
            failures=tuple(failures),
        )


def _build_documents(
    db: ox.Store, files: Sequence[Path], extracted_dir: Path, jobs: int | None, progress: bool
) -> list[Failure]:
    """Extract, resolve, then write and load graph by graph; memory stays flat.

    Resolution needs every document's persons before any graph can be written, so
    the full facts wait in a spool file (pickled, without the text) and this process
    keeps only persons. Graphs new to the store go in through the bulk loader in
    batches (it bypasses the write-ahead memtables that transactions fill); a graph
    already in the store is replaced by its difference, in one transaction.
    """
    try:
        extracted_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{extracted_dir}: {exc.strerror or exc}") from None
    existing = {graph.value for graph in db.named_graphs() if isinstance(graph, ox.NamedNode)}
    known = known_persons(db)
    workers = jobs if jobs is not None else os.cpu_count() or 1
    pooled = workers > 1 and (jobs is not None or len(files) >= POOL_MIN_DOCUMENTS)
    with tempfile.TemporaryFile(prefix="archivekg-facts-") as spool:
        with _Runner(workers if pooled else 1) as runner:
            outcomes = runner.ordered(_extract_for_build, files)
            spooled, failures = _spool(files, _with_progress(outcomes, len(files), progress), spool)
        resolution = resolve([entry.persons for entry in spooled], known)
        with _Runner(workers if pooled else 1, resolution) as runner:
            graphs = runner.ordered(_graph_for_build, _read_spool(spool, spooled))
            failures += _load_graphs(db, spooled, graphs, extracted_dir, existing)
    return failures


@dataclass(frozen=True)
class _Extracted:
    """What a worker returns for one document: the persons resolution needs, and the
    pickled facts (without the text) for the second pass."""

    persons: DocumentFacts
    facts: bytes


@dataclass(frozen=True)
class _Spooled:
    path: Path
    persons: DocumentFacts
    offset: int
    size: int


@dataclass(frozen=True)
class _Graph:
    doc_id: str
    trig: bytes


def _extract_for_build(path: Path) -> _Extracted | Failure:
    """Runs in a worker: extract, then drop what later stages do not need."""
    outcome = read_and_extract(path)
    if isinstance(outcome, tuple):
        return outcome
    document = outcome.document
    facts = replace(outcome, document=replace(document, text=""))
    persons = DocumentFacts(
        document=replace(document, text="", sha256=""),
        metadata=Metadata(),
        persons=tuple(Person(p.key, p.names) for p in outcome.persons),
    )
    return _Extracted(persons, pickle.dumps(facts, protocol=pickle.HIGHEST_PROTOCOL))


def _spool(
    files: Sequence[Path], outcomes: Iterable[_Extracted | Failure], spool: IO[bytes]
) -> tuple[list[_Spooled], list[Failure]]:
    """Write each document's facts to `spool` in input order; one failure per bad file."""
    spooled: list[_Spooled] = []
    failures: list[Failure] = []
    seen: dict[str, Path] = {}
    for path, outcome in zip(files, outcomes):
        if isinstance(outcome, tuple):
            failures.append(outcome)
            continue
        doc_id = outcome.persons.document.doc_id
        if doc_id in seen:
            failures.append((str(path), f"same document id {doc_id!r} as {seen[doc_id]}; skipped"))
            continue
        seen[doc_id] = path
        spooled.append(_Spooled(path, outcome.persons, spool.tell(), len(outcome.facts)))
        spool.write(outcome.facts)
    return spooled, failures


def _read_spool(spool: IO[bytes], spooled: Sequence[_Spooled]) -> Iterator[bytes]:
    for entry in spooled:
        spool.seek(entry.offset)
        yield spool.read(entry.size)


_RESOLUTION: Resolution | None = None


def _set_resolution(resolution: Resolution | None) -> None:
    global _RESOLUTION
    _RESOLUTION = resolution


def _graph_for_build(facts: bytes) -> _Graph | str:
    """Runs in a worker: one document's graph as TriG, or why its facts are inconsistent."""
    if _RESOLUTION is None:
        raise RuntimeError("the worker was started without the resolution")
    document_facts: DocumentFacts = pickle.loads(facts)
    try:
        quads = document_quads(document_facts, _RESOLUTION)
    except ExtractionError as exc:
        return f"extraction failed: {exc.reason}"
    return _Graph(document_facts.document.doc_id, serialize_trig(quads))


def _load_graphs(
    db: ox.Store,
    spooled: Sequence[_Spooled],
    graphs: Iterable[_Graph | str],
    extracted_dir: Path,
    existing: set[str],
) -> list[Failure]:
    failures: list[Failure] = []
    with store.GraphLoader(db) as loader:
        for entry, graph in zip(spooled, graphs):
            if isinstance(graph, str):
                failures.append((str(entry.path), graph))
                continue
            _write_if_changed(extracted_dir / f"{graph.doc_id}.trig", graph.trig)
            name = document_iri(graph.doc_id)
            if name.value in existing:
                loader.replace(name, parse_trig(graph.trig, str(entry.path)))
            else:
                loader.add(graph.trig)
    return failures


class _Runner:
    """Runs a function over items in input order, in worker processes or in this one,
    with a bounded number of items in flight so that neither inputs nor results pile up."""

    def __init__(self, workers: int, resolution: Resolution | None = None) -> None:
        self.workers = workers
        self.resolution = resolution
        self.pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> _Runner:
        if self.workers > 1:
            self.pool = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_set_resolution,
                initargs=(self.resolution,),
            )
        else:
            _set_resolution(self.resolution)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
        _set_resolution(None)

    def ordered(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        if self.pool is None:
            yield from map(fn, items)
            return
        pending: deque[Future[list[R]]] = deque()
        window = self.workers * 4
        for chunk in _chunks(items, TASK_DOCUMENTS):
            pending.append(self.pool.submit(_map_chunk, fn, chunk))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _map_chunk(fn: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [fn(item) for item in chunk]


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _with_progress(
    items: Iterable[R], total: int, progress: bool
) -> Iterator[R]:
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
