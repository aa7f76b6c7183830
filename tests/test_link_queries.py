"""The Wikidata queries in queries/: valid SPARQL; local ones run on a linked store."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib.plugins.sparql import prepareQuery
from standin_wikidata import StandIn
from test_link_store import KIM, _run, make_store

QUERIES = sorted((Path(__file__).parents[1] / "queries").glob("wikidata-*.rq"))


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.name)
def test_query_parses(path):
    prepareQuery(path.read_text(encoding="utf-8"))


def test_federated_queries_ask_the_wikidata_service():
    federated = [p.name for p in QUERIES if "SERVICE <https://query.wikidata.org/sparql>" in p.read_text()]
    assert {"wikidata-persons.rq", "wikidata-offices.rq"} <= set(federated)


def test_linked_query_on_a_linked_store(tmp_path):
    store = make_store(tmp_path / "store")
    with StandIn() as standin:
        standin.fault_terms["Mao Zedong"] = ("status", 500)
        _run(standin, tmp_path, store)
    queries = {p.name: p.read_text(encoding="utf-8") for p in QUERIES}
    linked = list(store.query(queries["wikidata-linked.rq"], use_default_graph_as_union=True))
    assert {(r["entity"].value, r["match"].value) for r in linked} >= {(KIM, "closeMatch")}
    assert len(linked) == 4 and all(r["time"] is not None for r in linked)
    assert "https://w3id.org/archivekg/id/person/mao-zedong" not in {r["entity"].value for r in linked}
