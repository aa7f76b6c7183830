"""The review file applied offline: by `apply_review` alone and by every `build`."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest
from pyoxigraph import Literal, NamedNode, Quad
from standin_wikidata import StandIn

from archivekg import pipeline
from archivekg.link import LINKS_GRAPH, WikidataClient, apply_review, link_store
from archivekg.link.cache import Cache
from archivekg.link.graph import Link, link_quads
from archivekg.store import open_for_reading, open_for_writing
from archivekg.vocab import AKG, ID, RDF, SKOS

JO, SOROKIN = ID + "person/jo-seong-ho", ID + "person/i-p-sorokin"
CURATOR = "accepted by curator"


def links(db: pyoxigraph.Store) -> dict[str, tuple[str, str, str]]:
    """entity -> (match predicate, QID, method) of the links graph."""
    rows = db.query("""
        PREFIX akg: <https://w3id.org/archivekg/ontology#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        SELECT ?e ?p ?o ?method WHERE { GRAPH <%s> {
          ?e ?p ?o . ?l rdf:subject ?e ; rdf:predicate ?p ; rdf:object ?o ; akg:method ?method } }
    """ % LINKS_GRAPH.value)
    return {r["e"].value: (r["p"].value.rsplit("#")[-1], r["o"].value.rsplit("/")[-1],
                           r["method"].value) for r in rows}


def stored_links(store_dir: Path) -> dict[str, tuple[str, str, str]]:
    with open_for_reading(store_dir) as db:
        return links(db)


def mentions_of(db: pyoxigraph.Store, qid: str) -> list[Quad]:
    return [q for q in db.quads_for_pattern(None, None, None, LINKS_GRAPH) if qid in str(q)]


@pytest.fixture
def standin():
    with StandIn() as s:
        yield s


def run_link(standin: StandIn, tmp: Path, work: dict[str, Path], offline: bool = False):
    client = WikidataClient(Cache(tmp / "cache"), api_url=standin.api_url,
                            sparql_url=standin.sparql_url, offline=offline,
                            clock=lambda: "2024-05-01T12:00:00Z")
    with open_for_writing(work["store"]) as db, client:
        return link_store(db, work["extracted"], client=client)


def curate(review: Path) -> None:
    """The curator rejects Jo's automatic link and links Sorokin by hand."""
    lines = review.read_text(encoding="utf-8").splitlines()
    lines = [line.replace("\tauto\t", "\trejected\t") if line.startswith(JO + "\t") else line
             for line in lines]
    lines.append(f"{SOROKIN}\tperson\tI. P. Sorokin\tQ9000061\t\taccepted")
    review.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_build_honours_rows_curated_since_the_last_link(standin, documents, workdir, tmp_path):
    pipeline.build([documents], workdir["store"], workdir["extracted"], jobs=1)
    run_link(standin, tmp_path, workdir)
    assert stored_links(workdir["store"]) == {
        JO: ("closeMatch", "Q9000060", "wbsearchentities + SPARQL constraints")}
    review = workdir["extracted"] / "wikidata-review.tsv"
    curate(review)
    curated = review.read_bytes()
    sent = len(standin.requests)

    report = pipeline.build([], workdir["store"], workdir["extracted"])
    assert report.failures == ()
    expected = {SOROKIN: ("exactMatch", "Q9000061", CURATOR)}
    assert stored_links(workdir["store"]) == expected
    with open_for_reading(workdir["store"]) as db:
        assert mentions_of(db, "Q9000060") == []
    assert review.read_bytes() == curated

    pipeline.build([documents], workdir["store"], workdir["extracted"], jobs=1)
    assert stored_links(workdir["store"]) == expected
    assert review.read_bytes() == curated

    run_link(standin, tmp_path, workdir, offline=True)
    assert len(standin.requests) == sent
    assert stored_links(workdir["store"]) == expected
    rows = {tuple(line.split("\t")[i] for i in (0, 3, 5))
            for line in review.read_text(encoding="utf-8").splitlines()}
    assert {(JO, "Q9000060", "rejected"), (SOROKIN, "Q9000061", "accepted")} <= rows


def test_malformed_review_file_is_one_failure_and_the_build_lands(documents, workdir):
    review = workdir["extracted"] / "wikidata-review.tsv"
    review.parent.mkdir(parents=True)
    review.write_text(f"entity\tkind\tlabel\tqid\tscore\tstatus\treason\n"
                      f"{JO}\tperson\tJo Seong-ho\tQ9000060\t\tyes\t\n", encoding="utf-8")
    report = pipeline.build([documents], workdir["store"], workdir["extracted"], jobs=1)
    assert report.documents == 2
    assert report.failures == ((f"{review}:2", "status must be one of auto, accepted, rejected, not 'yes'"),)
    report = pipeline.build([], workdir["store"], workdir["extracted"])
    assert report.documents == 2 and len(report.failures) == 1


def _store_with_links(entities: list[str], existing: list[Link]) -> pyoxigraph.Store:
    db = pyoxigraph.Store()
    g = NamedNode(ID + "document/d")
    for entity in entities:
        db.extend([Quad(NamedNode(entity), RDF.type, AKG.Person, g),
                   Quad(NamedNode(entity), SKOS.prefLabel, Literal(entity.rsplit("/")[-1]), g)])
    db.extend(link_quads(existing))
    return db


def test_apply_review_changes_curated_links_only(tmp_path):
    a, b, c, d, absent = (ID + f"person/{k}" for k in ("a", "b", "c", "d", "nobody"))
    auto = [Link(e, q, False, "auto", 0.8, (q, "Q99"), "2024-05-01T12:00:00Z")
            for e, q in ((a, "Q1"), (b, "Q2"), (c, "Q3"), (d, "Q4"))]
    db = _store_with_links([a, b, c, d], auto)
    untouched = {q for q in db.quads_for_pattern(None, None, None, LINKS_GRAPH) if "/person/c" in str(q)}
    review = tmp_path / "wikidata-review.tsv"
    review.write_text("\n".join([
        f"{a}\tperson\tA\tQ1\t0.800\trejected\t",
        f"{b}\tperson\tB\tQ2\t0.800\taccepted\t",
        f"{d}\tperson\tD\tQ5\t\taccepted\t",
        f"{absent}\tperson\tNobody\tQ6\t\taccepted\t",
        f"{c}\tperson\tC\tQ3\t0.800\tauto\t",
    ]) + "\n", encoding="utf-8")

    assert apply_review(db, tmp_path) == 4
    assert links(db) == {b: ("exactMatch", "Q2", CURATOR), c: ("closeMatch", "Q3", "auto"),
                         d: ("exactMatch", "Q5", CURATOR)}
    assert {q for q in db.quads_for_pattern(None, None, None, LINKS_GRAPH)
            if "/person/c" in str(q)} == untouched
    assert mentions_of(db, "Q1") == [] and mentions_of(db, "Q4") == [] and mentions_of(db, "Q6") == []
    curated = [Link(b, "Q2", True, CURATOR, 0.8, ("Q2",)), Link(d, "Q5", True, CURATOR, None, ("Q5",))]
    assert set(db.quads_for_pattern(None, None, None, LINKS_GRAPH)) == set(link_quads([auto[2], *curated]))
    assert apply_review(db, tmp_path) == 0
