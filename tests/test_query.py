"""query: the union of all graphs, four result formats, one-line errors with the position."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from archivekg import query, store
from archivekg.errors import QueryError
from archivekg.query import count, query_text, run_query, serialize
from archivekg.vocab import AKG, PREFIXES

DOC = PREFIXES["doc"]
TITLE = AKG.title


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    """Two document graphs and a triple in the default graph."""
    path = tmp_path / "store"
    with store.open_for_writing(path) as db:
        for doc_id, title in (("d1", "Journal, 1961"), ("d2", 'Report "on" a visit')):
            doc = ox.NamedNode(DOC + doc_id)
            db.extend(
                [
                    ox.Quad(doc, ox.NamedNode(PREFIXES["rdf"] + "type"), AKG.ArchivalDocument, doc),
                    ox.Quad(doc, TITLE, ox.Literal(title), doc),
                ]
            )
        db.add(ox.Quad(ox.NamedNode(DOC + "d1"), AKG.note, ox.Literal("default graph")))
    return path


SELECT = "SELECT ?doc ?title WHERE { ?doc akg:title ?title } ORDER BY ?doc"


def test_the_default_graph_is_the_union(store_dir: Path) -> None:
    rows = list(run_query(store_dir, SELECT).solutions())
    assert [(r["doc"].value, r["title"].value) for r in rows] == [
        (DOC + "d1", "Journal, 1961"),
        (DOC + "d2", 'Report "on" a visit'),
    ]


def test_json_is_sparql_results_json(store_dir: Path) -> None:
    answer = json.loads(serialize(run_query(store_dir, SELECT), "json"))
    assert answer["head"]["vars"] == ["doc", "title"]
    assert answer["results"]["bindings"][1]["title"] == {
        "type": "literal",
        "value": 'Report "on" a visit',
    }


def test_csv_and_tsv(store_dir: Path) -> None:
    csv_lines = serialize(run_query(store_dir, SELECT), "csv").splitlines()
    assert csv_lines[0] == "doc,title"
    assert csv_lines[1] == f'{DOC}d1,"Journal, 1961"'
    tsv_lines = serialize(run_query(store_dir, SELECT), "tsv").splitlines()
    assert tsv_lines[0] == "?doc\t?title"
    assert tsv_lines[2] == f'<{DOC}d2>\t"Report \\"on\\" a visit"'


def test_table_shortens_iris_and_counts_rows(store_dir: Path) -> None:
    lines = serialize(run_query(store_dir, SELECT), "table").splitlines()
    assert lines[0].split() == ["doc", "title"]
    assert lines[2].split(None, 1) == ["doc:d1", "Journal, 1961"]
    assert lines[-1] == "(2 rows)"


def test_ask_and_construct(store_dir: Path) -> None:
    assert serialize(run_query(store_dir, "ASK { ?s akg:title ?t }"), "table") == "yes\n"
    assert json.loads(serialize(run_query(store_dir, "ASK { ?s akg:nothing ?t }"), "json")) == {
        "head": {},
        "boolean": False,
    }
    graph = run_query(store_dir, "CONSTRUCT { ?s akg:title ?t } WHERE { ?s akg:title ?t }")
    turtle = serialize(graph, "table")
    assert "@prefix akg: <https://w3id.org/archivekg/ontology#> ." in turtle
    assert "doc:d1 akg:title" in turtle
    assert len(serialize(graph, "csv").splitlines()) == 2


def test_a_malformed_query_names_the_position(store_dir: Path) -> None:
    with pytest.raises(QueryError) as caught:
        run_query(store_dir, "SELECT ?s WHERE {\n  ?s ?p\n}")
    message = str(caught.value)
    assert re.match(r"query: malformed SPARQL at 3:\d+: expected ", message)
    assert "\n" not in message
    assert caught.value.exit_code == 2


def test_query_from_a_file(store_dir: Path, tmp_path: Path) -> None:
    rq = tmp_path / "titles.rq"
    rq.write_text("# titles\n" + SELECT + "\n", encoding="utf-8")
    assert len(list(run_query(store_dir, str(rq)).solutions())) == 2
    rq.write_text("SELECT nonsense", encoding="utf-8")
    with pytest.raises(QueryError, match=r"titles\.rq: malformed SPARQL at 1:"):
        run_query(store_dir, str(rq))


def test_a_missing_query_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(QueryError, match=r"nope\.rq: No such file"):
        query_text(str(tmp_path / "nope.rq"))


def test_count(store_dir: Path) -> None:
    with store.open_for_reading(store_dir) as db:
        counts = count(db)
    assert counts["documents"] == 2
    assert counts["graphs"] == 2
    assert counts["triples"] == 5


def test_distinct_triples_counts_a_triple_of_several_graphs_once() -> None:
    s, p = ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/p")
    blank_class = ox.BlankNode()
    db = ox.Store()
    for graph in (ox.NamedNode("https://example.org/g1"), ox.NamedNode("https://example.org/g2")):
        db.extend(
            [
                ox.Quad(s, p, ox.Literal("x"), graph),
                ox.Quad(s, query.RDF_TYPE, AKG.Person, graph),
                ox.Quad(s, query.RDF_TYPE, blank_class, graph),
            ]
        )
    db.add(ox.Quad(s, p, ox.Literal("y"), ox.NamedNode("https://example.org/g2")))
    merged = {(q.subject, q.predicate, q.object) for q in db}
    assert query.distinct_triples(db) == count(db)["triples"] == len(merged) == 4
