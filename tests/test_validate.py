"""SHACL validation: well-formed graphs conform; each kind of damage is reported readably."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Quad, Store

from archivekg.rdf import document_quads
from archivekg.validate import store_graph, validate_graph, validate_store
from archivekg.vocab import AKG, OA, RDF, SCHEMA, SKOS, XSD, document_iri, meeting_iri, person_iri

GOLDEN = Path(__file__).parent / "golden"
spec = importlib.util.spec_from_file_location("archivekg_sample_facts", GOLDEN / "sample_facts.py")
samples = importlib.util.module_from_spec(spec)
spec.loader.exec_module(samples)

JOURNAL = document_iri("001_journal")


def _store() -> Store:
    store = Store()
    resolution = samples.resolution()
    for facts in samples.all_facts():
        store.extend(document_quads(facts, resolution))
    return store


def _one(store: Store, s: NamedNode, p: NamedNode) -> Quad:
    return next(iter(store.quads_for_pattern(s, p, None, None)))


def test_sample_graphs_conform() -> None:
    report = validate_store(_store())
    assert report.violations == []
    assert report.conforms


def test_store_graph_merges_the_same_triple_from_several_documents() -> None:
    store = _store()
    graph = store_graph(store)
    distinct = {(q.subject, q.predicate, q.object) for q in store}
    assert len(graph) == len(distinct) < len(store)


def _damaged(*, remove: list[tuple[NamedNode, NamedNode]] = (), add: list[tuple] = ()) -> list[str]:
    store = _store()
    for s, p in remove:
        store.remove(_one(store, s, p))
    for s, p, o in add:
        store.add(Quad(s, p, o, JOURNAL))
    report = validate_store(store)
    assert not report.conforms
    return report.violations


def test_document_without_title() -> None:
    assert _damaged(remove=[(JOURNAL, SCHEMA.name)]) == [
        "doc:001_journal schema:name: a document has exactly one title (schema:name)"
    ]


def test_document_with_two_hashes() -> None:
    violations = _damaged(add=[(JOURNAL, AKG.contentHash, Literal("0" * 64))])
    assert violations == [
        "doc:001_journal akg:contentHash: a document has exactly one SHA-256 content hash, "
        "64 lowercase hex digits (akg:contentHash)"
    ]


def test_meeting_status_outside_the_scheme() -> None:
    m1 = meeting_iri("001_journal", "m1")
    violations = _damaged(remove=[(m1, AKG.status)], add=[(m1, AKG.status, AKG.rumoured)])
    assert violations == [
        "doc:001_journal/meeting/m1 akg:status: a meeting has exactly one status: akg:occurred, "
        "akg:planned or akg:habitual (akg:status) (value akg:rumoured)"
    ]


def test_meeting_without_participants() -> None:
    store = _store()
    m3 = meeting_iri("001_journal", "m3")
    for p in (AKG.participant, AKG.participation):
        for quad in list(store.quads_for_pattern(m3, p, None, None)):
            store.remove(quad)
    violations = validate_store(store).violations
    assert [v.split(": ", 1)[0] for v in violations] == [
        "doc:001_journal/meeting/m3 akg:participant",
        "doc:001_journal/meeting/m3 akg:participation",
    ]


@pytest.mark.parametrize(
    "date",
    [Literal("1958-03-12"), Literal("1958-03-12T10:00:00", datatype=XSD.dateTime), Literal("1958-13-01", datatype=XSD.date)],
)
def test_meeting_date_must_be_one_of_three_types(date: Literal) -> None:
    m2 = meeting_iri("001_journal", "m3")
    violations = _damaged(add=[(m2, AKG.date, date)])
    assert len(violations) == 1
    assert violations[0].startswith("doc:001_journal/meeting/m3 akg:date: a meeting has at most one date, typed")


def test_selector_start_after_end() -> None:
    selector = NamedNode(document_iri("001_journal").value + "/span/5-3/position")
    violations = _damaged(
        add=[
            (selector, RDF.type, OA.TextPositionSelector),
            (selector, OA.start, Literal(5)),
            (selector, OA.end, Literal(3)),
        ]
    )
    assert violations == [
        "doc:001_journal/span/5-3/position oa:start: a position selector has exactly one integer "
        'start >= 0, not after its end (oa:start) (value "5"^^xsd:integer)'
    ]


def test_selector_offsets_must_be_integers() -> None:
    selector = NamedNode(document_iri("001_journal").value + "/span/x/position")
    violations = _damaged(
        add=[
            (selector, RDF.type, OA.TextPositionSelector),
            (selector, OA.start, Literal("0")),
            (selector, OA.end, Literal(3)),
        ]
    )
    assert len(violations) == 1 and "oa:start" in violations[0]


def test_person_with_two_preferred_names() -> None:
    violations = _damaged(add=[(person_iri("nam-il"), SKOS.prefLabel, Literal("Nam Ir"))])
    assert violations == [
        "person:nam-il skos:prefLabel: a person has exactly one preferred name (skos:prefLabel)"
    ]


def test_validate_graph_on_an_rdflib_graph() -> None:
    graph = store_graph(_store())
    assert validate_graph(graph).conforms


@pytest.mark.corpus
def test_the_seed_corpus_graph_conforms() -> None:
    corpus = Path(__file__).parents[2] / "shared" / "corpus"
    if not corpus.is_dir():
        pytest.skip("../shared/corpus is not beside the checkout")
    from archivekg.extract import extract
    from archivekg.read import read_document
    from archivekg.resolve import resolve

    facts = [extract(read_document(path)) for path in sorted(corpus.iterdir())]
    resolution = resolve(facts)
    store = Store()
    for f in facts:
        store.extend(document_quads(f, resolution))
    report = validate_store(store)
    assert report.violations == []
