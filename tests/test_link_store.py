"""End to end: link a small store against the stand-in Wikidata."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest
from pyoxigraph import Literal, NamedNode, Quad
from standin_wikidata import StandIn

from archivekg.errors import LinkError
from archivekg.link import LINKS_GRAPH, WikidataClient, link_store
from archivekg.link.cache import Cache
from archivekg.link.subjects import read_subjects
from archivekg.vocab import AKG, ID, RDF, SCHEMA, SKOS, XSD

KIM, MAO, KHRUSHCHEV = ID + "person/kim-il-sung", ID + "person/mao-zedong", ID + "person/n-s-khrushchev"
PYONGYANG, WPK = ID + "place/pyongyang", ID + "organization/workers-party-of-korea"
STALIN = ID + "person/stalin"
DECOYS = {f"Q90000{n:02d}" for n in range(100)}


def _document(doc_id: str, day: str, entities: list[tuple[str, NamedNode, list[str]]],
              roles: list[tuple[str, str]]) -> list[Quad]:
    g = NamedNode(f"{ID}document/{doc_id}")
    quads = [Quad(g, RDF.type, AKG.ArchivalDocument, g),
             Quad(g, SCHEMA.dateCreated, Literal(day, datatype=XSD.date), g)]
    for iri, cls, labels in entities:
        node = NamedNode(iri)
        quads += [Quad(node, RDF.type, cls, g), Quad(node, SKOS.prefLabel, Literal(labels[0]), g)]
        quads += [Quad(node, SKOS.altLabel, Literal(label), g) for label in labels[1:]]
    for n, (person, title) in enumerate(roles):
        role = NamedNode(f"{g.value}/role/{n}")
        quads += [Quad(role, RDF.type, AKG.RoleAssignment, g), Quad(role, AKG.person, NamedNode(person), g),
                  Quad(role, AKG.roleTitle, Literal(title), g), Quad(role, AKG.attestedIn, g, g)]
    return quads


def _meeting(doc_id: str, key: str, held: str | None, participants: list[str]) -> list[Quad]:
    g = NamedNode(f"{ID}document/{doc_id}")
    meeting = NamedNode(f"{g.value}/meeting/{key}")
    quads = [Quad(meeting, RDF.type, AKG.Meeting, g), Quad(meeting, AKG.attestedIn, g, g)]
    if held:
        quads.append(Quad(meeting, AKG.date, Literal(held, datatype=XSD.date), g))
    return quads + [Quad(meeting, AKG.participant, NamedNode(p), g) for p in participants]


def _role(doc_id: str, person: str, kind: str, day: str) -> list[Quad]:
    g = NamedNode(f"{ID}document/{doc_id}")
    role = NamedNode(f"{g.value}/role/{kind}")
    return [Quad(role, RDF.type, AKG.RoleAssignment, g), Quad(role, AKG.person, NamedNode(person), g),
            Quad(role, AKG.roleKind, Literal(kind), g), Quad(role, AKG.roleTitle, Literal(kind), g),
            Quad(role, AKG.attestedOn, Literal(day, datatype=XSD.date), g)]


def make_store(path: Path) -> pyoxigraph.Store:
    store = pyoxigraph.Store(str(path))
    store.extend(_document("journal-1957", "1957-10-01", [
        (KIM, AKG.Person, ["Kim Il Sung", "Kim Il-sung"]),
        (KHRUSHCHEV, AKG.Person, ["N. S. Khrushchev", "Khrushchev"]),
        (PYONGYANG, AKG.Place, ["Pyongyang"]),
        (WPK, AKG.Organization, ["Workers' Party of Korea"]),
    ], [(KIM, "Chairman of the KWP CC"), (KHRUSHCHEV, "First Secretary of the CPSU CC")]))
    store.extend(_document("report-1963", "1963-10-18", [
        (KIM, AKG.Person, ["Kim Il Sung"]),
        (MAO, AKG.Person, ["Mao Zedong"]),
        (KHRUSHCHEV, AKG.Person, ["Khrushchev"]),
    ], [(MAO, "Chairman")]))
    return store


def _run(standin: StandIn, tmp: Path, store: pyoxigraph.Store, **kw) -> tuple:
    clock = kw.pop("clock", lambda: "2024-05-01T12:00:00Z")
    client = WikidataClient(Cache(tmp / "cache"), api_url=standin.api_url,
                            sparql_url=standin.sparql_url, timeout=2.0, max_wait=0.05,
                            clock=clock, offline=kw.pop("offline", False))
    with client:
        report = link_store(store, tmp / "extracted", client=client, **kw)
    return report, client


def _matches(store: pyoxigraph.Store) -> dict[str, tuple[str, str]]:
    rows = store.query(
        "SELECT ?e ?p ?o WHERE { GRAPH <%s> { ?e ?p ?o FILTER(?p IN (<%s>, <%s>)) } }"
        % (LINKS_GRAPH.value, SKOS.exactMatch.value, SKOS.closeMatch.value))
    return {r["e"].value: (r["p"].value.rsplit("#")[-1], r["o"].value.rsplit("/")[-1]) for r in rows}


def _review(tmp: Path) -> list[list[str]]:
    return [line.split("\t") for line in
            (tmp / "extracted" / "wikidata-review.tsv").read_text(encoding="utf-8").splitlines()[1:]]


@pytest.fixture
def standin():
    with StandIn() as s:
        yield s


def test_statesmen_are_linked_and_decoys_never(standin, tmp_path):
    store = make_store(tmp_path / "store")
    report, _ = _run(standin, tmp_path, store)
    matches = _matches(store)
    assert matches == {
        KIM: ("closeMatch", "Q41815"),
        MAO: ("closeMatch", "Q5816"),
        KHRUSHCHEV: ("closeMatch", "Q35452"),
        PYONGYANG: ("closeMatch", "Q18808"),
        WPK: ("closeMatch", "Q9000040"),
    }
    assert not DECOYS & {q for e, (_, q) in matches.items() if e != WPK}
    assert (report.automatic, report.confirmed, report.unlinked, report.errors) == (5, 0, 0, ())
    assert all("owl#sameAs" not in q for q in (tmp_path / "extracted/wikidata-links.trig").read_text().split())


def test_links_are_reified_with_score_method_candidates_and_time(standin, tmp_path):
    store = make_store(tmp_path / "store")
    _run(standin, tmp_path, store)
    [row] = store.query("""
        PREFIX akg: <https://w3id.org/archivekg/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        SELECT ?score ?method ?time (COUNT(?c) AS ?n) WHERE { GRAPH ?g {
          ?l rdf:subject <%s> ; akg:score ?score ; akg:method ?method ; akg:candidate ?c ;
             prov:wasGeneratedBy [ a prov:Activity ; prov:endedAtTime ?time ] } }
        GROUP BY ?score ?method ?time""" % MAO)
    assert float(row["score"].value) >= 0.5
    assert row["time"].value == "2024-05-01T12:00:00Z"
    assert int(row["n"].value) == 4


def test_second_run_sends_nothing_and_writes_the_same_bytes(standin, tmp_path):
    store = make_store(tmp_path / "store")
    first, _ = _run(standin, tmp_path, store)
    assert first.requests_sent == len(standin.requests) > 0
    files = [tmp_path / "extracted" / n for n in ("wikidata-links.trig", "wikidata-review.tsv")]
    before = [f.read_bytes() for f in files]
    sent = len(standin.requests)
    second, _ = _run(standin, tmp_path, store, clock=lambda: "2099-01-01T00:00:00Z")
    assert second.requests_sent == 0 and len(standin.requests) == sent
    assert [f.read_bytes() for f in files] == before


def test_new_entity_asks_only_about_itself(standin, tmp_path):
    store = make_store(tmp_path / "store")
    _run(standin, tmp_path, store)
    sent = len(standin.requests)
    store.extend(_document("note-1958", "1958-01-01", [(ID + "person/kim", AKG.Person, ["Kim"])], []))
    _run(standin, tmp_path, store)
    new = standin.requests[sent:]
    assert [r["search"] for r in new if r["search"]] == ["Kim"]
    assert len(new) == 2 and "Q41815" not in new[1]["query"]


def test_offline_uses_cache_and_review_only(standin, tmp_path):
    store = make_store(tmp_path / "store")
    _run(standin, tmp_path, store)
    sent = len(standin.requests)
    store.extend(_document("note-1958", "1958-01-01", [(ID + "person/kim", AKG.Person, ["Kim"])], []))
    report, _ = _run(standin, tmp_path, store, offline=True)
    assert len(standin.requests) == sent
    assert (report.automatic, report.uncached, report.errors) == (5, 1, ())
    assert any(r[0] == ID + "person/kim" and "not in the cache" in r[6] for r in _review(tmp_path))


def test_curated_rows_are_honoured_and_survive(standin, tmp_path):
    store = make_store(tmp_path / "store")
    _run(standin, tmp_path, store)
    review = tmp_path / "extracted" / "wikidata-review.tsv"
    text = review.read_text(encoding="utf-8")
    text = text.replace(f"{KIM}\tperson\tKim Il Sung\tQ41815\t", f"{KIM}\tperson\tKim Il Sung\tQ41815\t", 1)
    lines = text.splitlines()
    lines = [l.replace("\tauto\t", "\taccepted\t") if l.startswith(KIM + "\t") else l for l in lines]
    lines = [l.replace("\tauto\t", "\trejected\t") if l.startswith(MAO + "\t") else l for l in lines]
    review.write_text("\n".join(lines) + "\n", encoding="utf-8")
    sent = len(standin.requests)
    report, _ = _run(standin, tmp_path, store)
    assert len(standin.requests) == sent
    matches = _matches(store)
    assert matches[KIM] == ("exactMatch", "Q41815")
    assert MAO not in matches
    rows = _review(tmp_path)
    assert [r[3] for r in rows if r[0] == KIM] == ["Q41815"]
    assert {(r[3], r[5]) for r in rows if r[0] == MAO} == {("Q5816", "rejected"), ("", "auto")}
    assert report.confirmed == 1
    _run(standin, tmp_path, store)
    assert _review(tmp_path) == rows


def test_acting_dates_are_meetings_and_offices(tmp_path):
    store = pyoxigraph.Store()
    store.extend(_document("memo", "1957-11-07", [(p, AKG.Person, [p]) for p in (KIM, MAO, STALIN)], []))
    store.extend(_meeting("memo", "m1", "1957-11-01", [KIM]) + _meeting("memo", "m2", None, [STALIN]))
    store.extend(_role("memo", MAO, "office", "1957-11-07") + _role("memo", STALIN, "part", "1957-11-07"))
    acting = {s.iri: s.acting for s in read_subjects(store)}
    assert acting == {KIM: ("1957-11-01",), MAO: ("1957-11-07",), STALIN: ("1957-11-07",)}
    store.remove(next(iter(store.quads_for_pattern(None, AKG.participant, NamedNode(STALIN)))))
    assert {s.iri: s.acting for s in read_subjects(store)}[STALIN] == ()


def test_the_dead_are_linked_when_mentioned_not_when_they_act(standin, tmp_path):
    memo = _document("memo-1957", "1957-11-07", [(STALIN, AKG.Person, ["Stalin"])], [])
    mentioned = pyoxigraph.Store(str(tmp_path / "mentioned"))
    mentioned.extend(memo)
    _run(standin, tmp_path / "mentioned-run", mentioned)
    assert _matches(mentioned) == {STALIN: ("closeMatch", "Q855")}
    acting = pyoxigraph.Store(str(tmp_path / "acting"))
    acting.extend(memo + _meeting("memo-1957", "m1", "1957-11-06", [STALIN]))
    _run(standin, tmp_path / "acting-run", acting)
    assert _matches(acting) == {}
    [row] = _review(tmp_path / "acting-run")
    assert "Q855 died 1953-03-05, before 1957-11-06" in row[6]
    assert "Q9000070 born 1975-05-05, after 1957-11-06" in row[6]


def test_malformed_review_row_is_one_line_error(standin, tmp_path):
    review = tmp_path / "extracted" / "wikidata-review.tsv"
    review.parent.mkdir()
    review.write_text(f"{KIM}\tperson\tKim Il Sung\tQ41815\t0.9\tmaybe\t\n", encoding="utf-8")
    with pytest.raises(LinkError, match=r"wikidata-review.tsv:1: status must be"):
        _run(standin, tmp_path, make_store(tmp_path / "store"))
    assert standin.requests == []


def test_one_failing_request_loses_only_its_entity(standin, tmp_path):
    standin.fault_terms["mao zedong"] = ("garbage",)
    standin.fault_terms["Mao Zedong"] = ("garbage",)
    store = make_store(tmp_path / "store")
    report, _ = _run(standin, tmp_path, store)
    assert MAO not in _matches(store) and KIM in _matches(store) and KHRUSHCHEV in _matches(store)
    assert len(report.errors) == 1 and "'Mao Zedong'" in report.errors[0]
    assert "malformed JSON" in report.errors[0]


def test_forbidden_stops_further_requests(standin, tmp_path):
    store = make_store(tmp_path / "store")
    client = WikidataClient(Cache(tmp_path / "cache"), api_url=standin.api_url,
                            sparql_url=standin.sparql_url, user_agent="")
    with client:
        report = link_store(store, tmp_path / "extracted", client=client)
    assert len(standin.requests) == 1
    assert report.unlinked == 5 and "HTTP 403" in report.errors[0]


@pytest.mark.corpus
def test_seed_corpus_statesmen_are_linked(standin, tmp_path):
    corpus = Path(__file__).parents[2] / "shared" / "corpus"
    if not corpus.is_dir():
        pytest.skip("the seed corpus is not beside the checkout")
    from archivekg.pipeline import build
    from archivekg.store import open_for_writing

    build([corpus], tmp_path / "store", tmp_path / "extracted", jobs=1)
    client = WikidataClient(Cache(tmp_path / "cache"), api_url=standin.api_url,
                            sparql_url=standin.sparql_url)
    with open_for_writing(tmp_path / "store") as db, client:
        link_store(db, tmp_path / "extracted", client=client)
        matches = _matches(db)
    assert {matches[p][1] for p in (KIM, MAO, KHRUSHCHEV)} == {"Q41815", "Q5816", "Q35452"}
    assert not DECOYS & {q for _, q in matches.values()}
