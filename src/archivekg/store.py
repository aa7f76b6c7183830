"""Stage 5: the on-disk Oxigraph store — the only module that opens `pyoxigraph.Store`.

One writer at a time, and no writer while readers (a running server, a query) use
the store: Oxigraph itself does not stop a second process from writing under a
server (opening read-only while another process writes is undefined behaviour),
so every opening goes through an advisory `flock` on `<store>/archivekg.lock`.
"""

from __future__ import annotations

import fcntl
import itertools
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from archivekg.errors import StoreError
from archivekg.vocab import ID, ONTOLOGY_IRI

LOCK_FILE = "archivekg.lock"

ONTOLOGY_GRAPH = ox.NamedNode(ONTOLOGY_IRI)
BUILD_GRAPH = ox.NamedNode(ID + "graph/build")


def _lock_holder(handle: IO[str]) -> tuple[str, str]:
    """(pid, what it does) as the holder wrote it, or ('?', 'used') if unreadable."""
    handle.seek(0)
    fields = handle.read().split()
    if len(fields) >= 2:
        return fields[0], fields[1]
    return "?", "used"


def _write_holder(handle: IO[str], purpose: str) -> None:
    handle.seek(0)
    handle.truncate()
    handle.write(f"{os.getpid()} {purpose}\n")
    handle.flush()


@contextmanager
def writer_lock(store_dir: Path) -> Iterator[None]:
    """Hold the store exclusively, or fail at once naming who holds it."""
    try:
        store_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"store {store_dir} cannot be created: {exc.strerror or exc}") from None
    with open(store_dir / LOCK_FILE, "a+", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            pid, purpose = _lock_holder(handle)
            if purpose == "served":
                raise StoreError(
                    f"store {store_dir} is being served (pid {pid}); "
                    "stop the server or build into another --store"
                ) from None
            raise StoreError(
                f"store {store_dir} is being {purpose} (pid {pid}); wait for it to finish"
            ) from None
        _write_holder(handle, "built")
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextmanager
def reader_lock(store_dir: Path, purpose: str = "served") -> Iterator[None]:
    """Share the store with other readers; refuse while a build writes it.

    `purpose` ('served', 'read') is what a refused writer is told the store is doing.
    """
    if not (store_dir / "CURRENT").is_file():
        raise StoreError(f"store {store_dir} does not exist; run `archivekg build` first")
    with open(store_dir / LOCK_FILE, "a+", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            pid, purpose_held = _lock_holder(handle)
            raise StoreError(
                f"store {store_dir} is being {purpose_held} (pid {pid}); wait for it to finish"
            ) from None
        _write_holder(handle, purpose)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextmanager
def open_for_writing(store_dir: Path, create: bool = True) -> Iterator[ox.Store]:
    """The store opened read-write under the writer lock; flushed on the way out.

    Only `build` creates a store; commands that add to one (`link`) pass create=False,
    so a mistyped --store is an error, not a new empty store.
    """
    if not create and not (store_dir / "CURRENT").is_file():
        raise StoreError(f"store {store_dir} does not exist; run `archivekg build` first")
    with writer_lock(store_dir):
        try:
            store = ox.Store(str(store_dir))
        except OSError as exc:
            raise StoreError(f"store {store_dir} cannot be opened: {exc}") from None
        try:
            yield store
            store.flush()
        except OSError as exc:
            raise StoreError(f"store {store_dir}: {exc}") from None
        finally:
            del store


@contextmanager
def open_for_reading(store_dir: Path) -> Iterator[ox.Store]:
    """The store opened read-only under a shared lock (queries, export, stats)."""
    with reader_lock(store_dir, "read"):
        try:
            store = ox.Store.read_only(str(store_dir))
        except OSError as exc:
            raise StoreError(f"store {store_dir} cannot be opened: {exc}") from None
        try:
            yield store
        except OSError as exc:
            raise StoreError(f"store {store_dir}: {exc}") from None
        finally:
            del store


def replace_graph(store: ox.Store, graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> int:
    """Make `graph` hold exactly `quads`, in ONE transaction.

    Readers never see a graph dropped but not yet refilled, and a rebuild can never
    leave old triples beside new ones. Oxigraph applies `extend` and each SPARQL
    update request atomically; parsing SPARQL costs far more than inserting quads,
    so a new graph goes in through `extend` and an existing one gets only the
    difference (nothing at all when a rebuild yields the same graph). Returns how many
    quads were written (added or removed).
    """
    new = set(quads)
    if any(quad.graph_name != graph for quad in new):
        raise StoreError(f"quads outside graph {graph} cannot replace it")
    old = set(store.quads_for_pattern(None, None, None, graph))
    if not old:
        store.extend(sorted(new, key=str))
        return len(new)
    removed, added = old - new, new - old
    if any(_has_blank_node(q) for q in removed | added):
        # a blank node cannot be named in DELETE DATA: drop the graph and refill it
        store.update(f"DROP SILENT GRAPH {graph} ;\n" + _insert_data(graph, new))
        return len(old) + len(new)
    if removed or added:
        store.update(_delete_data(graph, removed) + " ;\n" + _insert_data(graph, added))
    return len(removed) + len(added)


def _has_blank_node(quad: ox.Quad) -> bool:
    return isinstance(quad.subject, ox.BlankNode) or isinstance(quad.object, ox.BlankNode)


def _data_block(graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> str:
    # str() of a term is its N-Triples form, which SPARQL accepts as is.
    body = "\n".join(sorted(f"{q.subject} {q.predicate} {q.object} ." for q in quads))
    return f"{{ GRAPH {graph} {{\n{body}\n}} }}"


def _insert_data(graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> str:
    return "INSERT DATA " + _data_block(graph, quads)


def _delete_data(graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> str:
    return "DELETE DATA " + _data_block(graph, quads)


def reload(store: ox.Store, quads: Iterable[ox.Quad], chunk: int = 100_000) -> None:
    """Empty the store and fill it with `quads` through Oxigraph's bulk loader.

    In chunks: one call buffers up to a million quads per thread (~1 GB) before writing.
    """
    store.clear()
    iterator = iter(quads)
    while batch := list(itertools.islice(iterator, chunk)):
        store.bulk_extend(batch)
    store.optimize()


def parse_file(path: Path, graph: ox.NamedNode | None = None) -> Iterator[ox.Quad]:
    """The quads of a Turtle/TriG file, blank nodes renamed so files never share one;
    triples of a Turtle file go into `graph`."""
    fmt = ox.RdfFormat.TRIG if path.suffix == ".trig" else ox.RdfFormat.TURTLE
    try:
        for quad in ox.parse(path=str(path), format=fmt, rename_blank_nodes=True):
            if graph is not None and isinstance(quad.graph_name, ox.DefaultGraph):
                quad = ox.Quad(quad.subject, quad.predicate, quad.object, graph)
            yield quad
    except SyntaxError as exc:
        raise StoreError(f"{path}: not valid RDF: {exc}") from None
    except OSError as exc:
        raise StoreError(f"{path}: {exc.strerror or exc}") from None


class GraphLoader:
    """Writes many document graphs: new ones through the bulk loader, others by difference.

    The bulk loader is several times faster than a transaction and has none of its
    memory (it writes sorted files straight to disk instead of filling memtables), but
    it is not atomic: a crash may leave part of a graph, which the next build replaces
    by difference like any graph already there. Graphs are batched (its cost per call
    is high, its memory grows with the batch) and loaded on background threads (it
    releases the GIL), so that this process keeps receiving work meanwhile.
    Transactions fill RocksDB's memtables (~1.4 MB per 1,000 quads, not released until
    a flush), so replacements are flushed every `flush_quads` quads written.
    """

    def __init__(
        self,
        store: ox.Store,
        batch_bytes: int = 8 << 20,
        threads: int = 2,
        flush_quads: int = 64_000,
    ) -> None:
        self.store = store
        self.batch_bytes = batch_bytes
        self.threads = threads
        self.flush_quads = flush_quads
        self.unflushed = 0
        self.batch: list[bytes] = []
        self.size = 0
        self.pending: deque[Future[None]] = deque()
        self.executor = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="bulk-load")

    def __enter__(self) -> GraphLoader:
        return self

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        try:
            if kind is None:
                self.wait()
        finally:
            self.executor.shutdown(cancel_futures=True)

    def add(self, trig: bytes) -> None:
        """Queue one TriG document (of graphs not in the store) for loading."""
        self.batch.append(trig)
        self.size += len(trig)
        if self.size >= self.batch_bytes:
            self._submit()

    def replace(self, graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> None:
        """`replace_graph`, never while a bulk load runs (the loader is not meant to run
        beside deletions); a batch still being gathered waits, so batches stay large."""
        self._drain(0)
        self.unflushed += replace_graph(self.store, graph, quads)
        if self.unflushed >= self.flush_quads:
            self.store.flush()
            self.unflushed = 0

    def wait(self) -> None:
        """Load everything queued so far and wait until it is in the store."""
        self._submit()
        self._drain(0)

    def _drain(self, keep: int) -> None:
        """Wait until at most `keep` bulk loads run."""
        while len(self.pending) > keep:
            self.pending.popleft().result()

    def _submit(self) -> None:
        if not self.batch:
            return
        self._drain(self.threads - 1)
        data = b"".join(self.batch)
        self.batch, self.size = [], 0
        self.pending.append(self.executor.submit(self._load, data))

    def _load(self, data: bytes) -> None:
        try:
            self.store.bulk_load(data, ox.RdfFormat.TRIG)
        except SyntaxError as exc:
            raise StoreError(f"generated TriG is not valid: {exc}") from None
