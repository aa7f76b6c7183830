"""The links named graph: matches plus their provenance, droppable and rebuildable.

Every link is a `skos:exactMatch` (curator-confirmed) or `skos:closeMatch`
(automatic) triple, reified as an rdf:Statement that is also a prov:Entity with its
score, method, the candidates considered and the activity (with its end time) that
generated it. The time is the fetch time of the cached answers the decision rests
on, so a re-run from cache writes the same bytes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph
from pyoxigraph import Literal, NamedNode, Quad

from archivekg.vocab import AKG, ID, OWL, PREFIXES, PROV, RDF, SKOS, WD, XSD

LINKS_GRAPH = NamedNode(ID + "graph/wikidata-links")
TRIG_NAME = "wikidata-links.trig"


@dataclass(frozen=True)
class Link:
    """A decided link; `confirmed` links become skos:exactMatch."""

    entity: str
    qid: str
    confirmed: bool
    method: str
    score: float | None = None
    candidates: tuple[str, ...] = ()
    time: str | None = None


def link_iri(entity: str, qid: str) -> NamedNode:
    """`<id>wikidata-link/person/kim-il-sung/Q1`; entities outside the base by digest."""
    local = entity[len(ID):] if entity.startswith(ID) else hashlib.sha256(entity.encode()).hexdigest()[:16]
    return NamedNode(f"{ID}wikidata-link/{local}/{qid}")


def _decimal(score: float) -> str:
    """Three places in the canonical form the store keeps (`0.8`, `1`), so the graph
    compares equal to itself after a round trip through the store."""
    return f"{score:.3f}".rstrip("0").rstrip(".")


def link_quads(links: Iterable[Link], *, same_as: bool = False) -> list[Quad]:
    """The quads of the links graph, sorted; `same_as` adds owl:sameAs for confirmed links."""
    g = LINKS_GRAPH
    quads = []
    for link in links:
        entity, item = NamedNode(link.entity), WD[link.qid]
        predicate = SKOS.exactMatch if link.confirmed else SKOS.closeMatch
        node = link_iri(link.entity, link.qid)
        quads += [
            Quad(entity, predicate, item, g),
            Quad(node, RDF.type, RDF.Statement, g),
            Quad(node, RDF.type, PROV.Entity, g),
            Quad(node, RDF.subject, entity, g),
            Quad(node, RDF.predicate, predicate, g),
            Quad(node, RDF.object, item, g),
            Quad(node, AKG.method, Literal(link.method), g),
        ]
        if same_as and link.confirmed:
            quads.append(Quad(entity, OWL.sameAs, item, g))
        if link.score is not None:
            quads.append(Quad(node, AKG.score, Literal(_decimal(link.score), datatype=XSD.decimal), g))
        quads += [Quad(node, AKG.candidate, WD[c], g) for c in link.candidates]
        if link.time:
            activity = NamedNode(f"{node.value}/activity")
            quads += [
                Quad(node, PROV.wasGeneratedBy, activity, g),
                Quad(activity, RDF.type, PROV.Activity, g),
                Quad(activity, PROV.endedAtTime, Literal(link.time, datatype=XSD.dateTime), g),
            ]
    return sorted(set(quads), key=str)


def write_trig(path: Path, quads: Sequence[Quad]) -> None:
    """The graph as TriG for `extracted/` (the build loads it from there)."""
    used = {p: iri for p, iri in PREFIXES.items()
            if p in ("akg", "owl", "prov", "rdf", "skos", "wd", "xsd")}
    data = pyoxigraph.serialize(quads, format=pyoxigraph.RdfFormat.TRIG, prefixes=used)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
