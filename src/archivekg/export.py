"""The store written out as one RDF file, for tools that do not speak SPARQL.

Graph formats (Turtle, N-Triples) merge every named graph into the distinct triples
of the union, sorted so that a subject's statements sit together; dataset formats
(TriG, N-Quads, JSON-LD) keep the graphs.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from archivekg import store
from archivekg.errors import StoreError
from archivekg.vocab import PREFIXES

FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
}
GRAPH_FORMATS = ("turtle", "ntriples")
PREFIXED_FORMATS = ("turtle", "trig")

_PREFIX_HEADER = "".join(f"@prefix {name}: <{iri}> .\n" for name, iri in sorted(PREFIXES.items()))


def export(
    store_dir: Path, fmt: str, graph: str | None = None, output: Path | None = None
) -> bytes | None:
    """Serialise the store (or one named graph) as `fmt`; to `output`, else returned."""
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    with store.open_for_reading(store_dir) as db:
        quads = db.quads_for_pattern(None, None, None, _graph(db, graph))
        statements = _merged(quads) if fmt in GRAPH_FORMATS else _ordered(quads)
        if fmt in PREFIXED_FORMATS:
            data = with_prefixes(statements, FORMATS[fmt])
        else:
            data = ox.serialize(statements, format=FORMATS[fmt])
    if output is None:
        return data
    try:
        output.write_bytes(data)
    except OSError as exc:
        raise StoreError(f"{output}: {exc.strerror or exc}") from None
    return None


def _graph(db: ox.Store, iri: str | None) -> ox.NamedNode | None:
    if iri is None:
        return None
    try:
        node = ox.NamedNode(iri)
    except ValueError as exc:
        raise StoreError(f"--graph {iri}: not an IRI: {exc}") from None
    if not db.contains_named_graph(node):
        raise StoreError(f"store has no graph <{iri}>")
    return node


def _key(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> tuple[bool, str]:
    """Named subjects before blank nodes; otherwise the N-Triples text, so output is stable."""
    return isinstance(term, ox.BlankNode), str(term)


def _merged(quads: Iterable[ox.Quad]) -> list[ox.Triple]:
    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
    return sorted(triples, key=lambda t: (_key(t.subject), str(t.predicate), str(t.object)))


def _ordered(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    return sorted(
        quads, key=lambda q: (str(q.graph_name), _key(q.subject), str(q.predicate), str(q.object))
    )


def with_prefixes(statements: Iterable[ox.Triple] | Iterable[ox.Quad], fmt: ox.RdfFormat) -> bytes:
    """Turtle (or TriG) with the project's prefixes declared in a fixed order: Oxigraph
    writes them in hash order, which would make the same graph differ between runs."""
    body = ox.serialize(statements, format=fmt, prefixes=PREFIXES).decode()
    lines = [line for line in body.splitlines(keepends=True) if not line.startswith("@prefix ")]
    text = _PREFIX_HEADER + "".join(lines)
    return (text if text.endswith("\n") else text + "\n").encode()
