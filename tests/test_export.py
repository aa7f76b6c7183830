"""export: Turtle is exactly the distinct triples of the store; dataset formats keep graphs."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from archivekg import pipeline, store
from archivekg.errors import StoreError
from archivekg.export import export

EX = "https://example.org/"


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    """The same triple in two graphs, a blank node, a language tag, a typed literal."""
    path = tmp_path / "store"
    s, p, q = ox.NamedNode(EX + "s"), ox.NamedNode(EX + "p"), ox.NamedNode(EX + "q")
    g1, g2 = ox.NamedNode(EX + "g1"), ox.NamedNode(EX + "g2")
    node = ox.BlankNode()
    year = ox.Literal("1961", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#gYear"))
    with store.open_for_writing(path) as db:
        db.extend(
            [
                ox.Quad(s, p, ox.Literal("shared"), g1),
                ox.Quad(s, p, ox.Literal("shared"), g2),
                ox.Quad(s, q, node, g1),
                ox.Quad(node, p, ox.Literal("Пхеньян", language="ru"), g1),
                ox.Quad(s, q, year, g2),
            ]
        )
    return path


def store_graph(store_dir: Path) -> rdflib.Graph:
    """The distinct triples of the store, read by rdflib from N-Quads with graphs dropped."""
    with store.open_for_reading(store_dir) as db:
        triples = {ox.Triple(q.subject, q.predicate, q.object) for q in db}
    graph = rdflib.Graph()
    graph.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
    return graph


def test_turtle_is_exactly_the_distinct_triples(store_dir: Path) -> None:
    parsed = rdflib.Graph().parse(data=export(store_dir, "turtle"), format="turtle")
    assert len(parsed) == 4
    assert isomorphic(parsed, store_graph(store_dir))


def test_turtle_is_stable(store_dir: Path) -> None:
    assert export(store_dir, "turtle") == export(store_dir, "turtle")


def test_dataset_formats_keep_the_graphs(store_dir: Path) -> None:
    for fmt, rdflib_format in (("trig", "trig"), ("nquads", "nquads"), ("jsonld", "json-ld")):
        dataset = rdflib.Dataset()
        dataset.parse(data=export(store_dir, fmt), format=rdflib_format)
        graphs = {str(c.identifier) for c in dataset.graphs() if len(c)}
        assert graphs == {EX + "g1", EX + "g2"}, fmt
        assert len(list(dataset.quads((None, None, None, None)))) == 5, fmt


def test_one_graph(store_dir: Path) -> None:
    lines = export(store_dir, "ntriples", graph=EX + "g2").decode().splitlines()
    assert sorted(lines) == sorted(
        [
            f'<{EX}s> <{EX}p> "shared" .',
            f'<{EX}s> <{EX}q> "1961"^^<http://www.w3.org/2001/XMLSchema#gYear> .',
        ]
    )
    with pytest.raises(StoreError, match="store has no graph <https://example.org/none>"):
        export(store_dir, "turtle", graph=EX + "none")


def test_to_a_file(store_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.ttl"
    assert export(store_dir, "turtle", output=target) is None
    assert target.read_bytes() == export(store_dir, "turtle")


@pytest.mark.corpus
def test_turtle_of_the_seed_corpus(shared_dir: Path, tmp_path: Path) -> None:
    pipeline.build([shared_dir / "corpus"], tmp_path / "store", tmp_path / "extracted")
    parsed = rdflib.Graph().parse(data=export(tmp_path / "store", "turtle"), format="turtle")
    assert isomorphic(parsed, store_graph(tmp_path / "store"))
