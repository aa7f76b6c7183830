"""The constraint query, the parsing of its answer and the hard rules."""

from __future__ import annotations

import pyoxigraph

from archivekg.link.constraints import constraint_query, parse_facts, violations
from archivekg.link.constraints import ItemFacts

E = "http://www.wikidata.org/entity/"


def _b(item: str, prop: str, value: dict, label: str = "") -> dict:
    row = {"item": {"type": "uri", "value": E + item}, "property": {"type": "literal", "value": prop},
           "value": value}
    if label:
        row["valueLabel"] = {"type": "literal", "value": label}
    return row


def test_one_query_per_batch_with_sorted_values_and_valid_syntax():
    query = constraint_query(["Q35452", "Q5816", "Q5816"])
    assert "VALUES ?item { wd:Q35452 wd:Q5816 }" in query
    for prop in ("P31", "P569", "P570", "P27", "P39", "P625"):
        assert f"wdt:{prop}" in query
    store = pyoxigraph.Store()
    assert list(store.query(query)) == []


def test_parse_facts_keeps_every_asked_item_and_ignores_others():
    body = {"results": {"bindings": [
        _b("Q1", "P31", {"type": "uri", "value": E + "Q5"}, "human"),
        _b("Q1", "P569", {"type": "literal", "value": "1894-04-15T00:00:00Z"}),
        _b("Q1", "P569", {"type": "uri", "value": "http://www.wikidata.org/.well-known/genid/x"}),
        _b("Q1", "P27", {"type": "uri", "value": E + "Q15180"}, "Soviet Union"),
        _b("Q9", "P31", {"type": "uri", "value": E + "Q5"}),
    ]}}
    facts = parse_facts(body, ["Q1", "Q2"])
    assert set(facts) == {"Q1", "Q2"}
    assert facts["Q1"] == ItemFacts("Q1", instance_of=("Q5",), instance_labels=("human",),
                                    born=("1894-04-15",), citizenships=("Soviet Union",))
    assert facts["Q2"] == ItemFacts("Q2")


def test_mention_asks_for_birth_and_acting_for_an_adult_alive():
    facts = ItemFacts("Q1", instance_of=("Q5",), born=("1941-02-16",), died=("1960-01-01",))
    assert violations("person", facts, ["1958-06-01"], ["1958-06-01"]) == []
    assert violations("person", facts, ["1956-06-01", "1963-10-18"]) == []
    assert violations("person", facts, ["1940-12-01"]) == ["Q1 born 1941-02-16, after 1940-12-01"]
    assert violations("person", facts, [], ["1956-06-01"]) == ["Q1 born 1941-02-16, not adult on 1956-06-01"]
    assert violations("person", facts, ["1963-10-18"], ["1958-06-01", "1963-10-18"]) == [
        "Q1 died 1960-01-01, before 1963-10-18"]
    assert violations("person", facts, ["1963"], ["1958", "1959-07", "1960"]) == []
    assert violations("person", ItemFacts("Q2"), ["1957"]) == ["Q2 is not a human (instance of nothing known)"]


def test_places_on_earth_and_organisations_by_class():
    assert violations("place", ItemFacts("Q1", coordinates=("Point(1 2)",))) == []
    assert violations("place", ItemFacts("Q1", classes=("Q486972",))) == []
    assert violations("place", ItemFacts("Q1", coordinates=(f"<{E}Q405> Point(1 2)",))) == [
        "Q1 has coordinates on another globe (Q405)"]
    assert violations("place", ItemFacts("Q1", instance_of=("Q11446",))) == [
        "Q1 is not a place (no coordinates, no place class)"]
    assert violations("organization", ItemFacts("Q1", classes=("Q43229",))) == []
    assert violations("organization", ItemFacts("Q1", instance_of=("Q5",))) == [
        "Q1 is not an organisation (instance of Q5)"]
