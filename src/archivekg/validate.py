"""Check a graph against ontology/shapes.ttl with pyshacl; report violations one per line.

The shapes are checked over the union of every document graph plus the ontology,
because some constraints (one preferred name per person) only hold corpus-wide.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyshacl
from pyoxigraph import RdfFormat, Store, Triple, serialize
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from archivekg.pipeline import ontology_dir
from archivekg.vocab import PREFIXES

ONTOLOGY_FILE = "archivekg.ttl"
SHAPES_FILE = "shapes.ttl"


@dataclass(frozen=True)
class ValidationReport:
    """`violations` are sorted one-line messages: focus node, path, what is wrong."""

    conforms: bool
    violations: list[str] = field(default_factory=list)


@contextmanager
def _quiet(logger: str) -> Iterator[None]:
    """rdflib logs a traceback for every ill-typed literal; the shapes report them instead."""
    log = logging.getLogger(logger)
    level = log.level
    log.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        log.setLevel(level)


@lru_cache(maxsize=4)
def _turtle(path: Path) -> Graph:
    return Graph().parse(path, format="turtle")


_BY_LENGTH = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))


def _iri(iri: str) -> str:
    """Shortest readable form for a message: `doc:001/meeting/m1` (display only, not Turtle)."""
    for name, base in _BY_LENGTH:
        if iri.startswith(base) and len(iri) > len(base):
            return f"{name}:{iri[len(base):]}"
    return f"<{iri}>"


def _show(node: Node | None) -> str:
    if node is None:
        return "-"
    if isinstance(node, URIRef):
        return _iri(str(node))
    if isinstance(node, Literal) and node.datatype is not None:
        return f'"{node}"^^{_iri(str(node.datatype))}'
    return node.n3()


def _violations(results: Graph) -> list[str]:
    """One line per top-level result (nested sh:detail results are left out)."""
    lines = set()
    for report in results.subjects(RDF.type, SH.ValidationReport):
        for result in results.objects(report, SH.result):
            focus = results.value(result, SH.focusNode)
            path = results.value(result, SH.resultPath)
            message = results.value(result, SH.resultMessage)
            value = results.value(result, SH.value)
            line = f"{_show(focus)} {_show(path)}: {message}"
            if value is not None and value != focus:
                line += f" (value {_show(value)})"
            lines.add(line)
    return sorted(lines)


def validate_graph(
    graph: Graph, shapes: Path | None = None, ontology: Path | None = None
) -> ValidationReport:
    """Validate an rdflib graph (with the ontology mixed in) against the shapes
    (by default the ones `pipeline.ontology_dir()` finds)."""
    if shapes is None or ontology is None:
        directory = ontology_dir()
        shapes = shapes or directory / SHAPES_FILE
        ontology = ontology or directory / ONTOLOGY_FILE
    with _quiet("rdflib.term"):
        conforms, results, _ = pyshacl.validate(
            graph,
            shacl_graph=_turtle(shapes),
            ont_graph=_turtle(ontology),
            inference="none",
            abort_on_first=False,
        )
    return ValidationReport(bool(conforms), _violations(results))


def store_graph(store: Store) -> Graph:
    """The union of every graph of the store as one rdflib graph (duplicates merge)."""
    triples = (Triple(q.subject, q.predicate, q.object) for q in store)
    data = serialize(triples, format=RdfFormat.N_TRIPLES)
    with _quiet("rdflib.term"):
        return Graph().parse(data=data, format="nt")


def validate_store(store: Store) -> ValidationReport:
    """Validate everything in the store against the shapes."""
    return validate_graph(store_graph(store))
