"""Stage 4: facts -> one named graph per document, byte-stable TriG (golden files)."""

from __future__ import annotations

import dataclasses
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib
from pyoxigraph import Literal, NamedNode, Quad

from archivekg.errors import DocumentError, ExtractionError
from archivekg.model import DateValue, Participation, RoleAssignment, Span
from archivekg.rdf import document_quads, parse_trig, serialize_trig
from archivekg.vocab import (
    AKG,
    ID,
    OA,
    RDF,
    SCHEMA,
    SKOS,
    XSD,
    document_iri,
    person_iri,
    slugify,
)

GOLDEN = Path(__file__).parent / "golden"


def _load_samples():
    spec = importlib.util.spec_from_file_location("archivekg_sample_facts", GOLDEN / "sample_facts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


samples = _load_samples()


def _objects(quads: list[Quad], s: NamedNode, p: NamedNode) -> list:
    return sorted((q.object for q in quads if q.subject == s and q.predicate == p), key=str)


@pytest.mark.parametrize("name", ["journal", "report"])
def test_golden_trig(name: str) -> None:
    facts = getattr(samples, name)()
    data = serialize_trig(document_quads(facts, samples.resolution()))
    golden = GOLDEN / f"{name}.trig"
    if os.environ.get("ARCHIVEKG_UPDATE_GOLDEN") == "1":
        golden.write_bytes(data)
    assert data == golden.read_bytes(), f"{golden.name} differs; ARCHIVEKG_UPDATE_GOLDEN=1 regenerates it"


def test_one_named_graph_per_document() -> None:
    for facts in samples.all_facts():
        quads = document_quads(facts, samples.resolution())
        assert {q.graph_name for q in quads} == {document_iri(facts.document.doc_id)}


def test_output_does_not_depend_on_fact_order() -> None:
    facts = samples.journal()
    shuffled = dataclasses.replace(
        facts,
        persons=facts.persons[::-1],
        roles=facts.roles[::-1],
        meetings=facts.meetings[::-1],
    )
    resolution = samples.resolution()
    assert serialize_trig(document_quads(shuffled, resolution)) == serialize_trig(
        document_quads(facts, resolution)
    )


def test_quads_are_sorted_and_distinct() -> None:
    quads = document_quads(samples.journal(), samples.resolution())
    assert len(set(quads)) == len(quads)
    assert serialize_trig(quads) == serialize_trig(list(reversed(quads)))


def test_trig_round_trips_through_pyoxigraph_and_rdflib() -> None:
    quads = document_quads(samples.report(), samples.resolution())
    data = serialize_trig(quads)
    assert set(parse_trig(data)) == set(quads)
    dataset = rdflib.Dataset()
    dataset.parse(data=data, format="trig")
    parsed = list(dataset.quads((None, None, None, None)))
    assert len(parsed) == len(quads)
    assert {str(g.identifier if hasattr(g, "identifier") else g) for *_, g in parsed} == {
        document_iri("002_report").value
    }


def test_trig_declares_prefixes_in_sorted_order() -> None:
    data = serialize_trig(document_quads(samples.report(), samples.resolution())).decode()
    prefixes = [line.split()[1] for line in data.splitlines() if line.startswith("@prefix")]
    assert prefixes == sorted(prefixes)
    assert "akg:" in prefixes and "doc:" in prefixes


def test_pref_label_from_entity_alt_labels_from_this_document_only() -> None:
    resolution = samples.resolution()
    kim = person_iri("kim-il-sung")
    report = document_quads(samples.report(), resolution)
    assert _objects(report, kim, SKOS.prefLabel) == [Literal("Kim Il Sung")]
    assert _objects(report, kim, SKOS.altLabel) == [Literal("Kim Il-sung"), Literal("Kim Ilsung")]
    journal = document_quads(samples.journal(), resolution)
    assert _objects(journal, kim, SKOS.altLabel) == [Literal("Kim Il-sung")]


def test_dates_are_typed_by_precision() -> None:
    quads = document_quads(samples.journal(), samples.resolution())
    doc = document_iri("001_journal")
    meetings = {q.subject.value.rsplit("/", 1)[1]: q.object for q in quads if q.predicate == AKG.date}
    assert meetings == {"m1": Literal("1958-03-12", datatype=XSD.date), "m2": Literal("1958", datatype=XSD.gYear)}
    report = document_quads(samples.report(), samples.resolution())
    assert _objects(report, document_iri("002_report"), SCHEMA.dateCreated) == [
        Literal("1963-06", datatype=XSD.gYearMonth)
    ]
    assert _objects(quads, doc, AKG.dateText) == [Literal("12 March 1958")]


def test_evidence_selectors_match_the_text() -> None:
    facts = samples.journal()
    quads = document_quads(facts, samples.resolution())
    positions = [q.subject for q in quads if q.predicate == RDF.type and q.object == OA.TextPositionSelector]
    assert positions
    for position in positions:
        (start,) = _objects(quads, position, OA.start)
        (end,) = _objects(quads, position, OA.end)
        quote_node = NamedNode(position.value.removesuffix("/position") + "/quote")
        (exact,) = _objects(quads, quote_node, OA.exact)
        assert facts.document.text[int(start.value) : int(end.value)] == exact.value


def test_author_given_as_name_links_the_person() -> None:
    quads = document_quads(samples.report(), samples.resolution())
    authors = _objects(quads, document_iri("002_report"), SCHEMA.author)
    assert authors == [person_iri("liu-fang"), person_iri("ma-lin")]


def test_unknown_author_stays_a_name() -> None:
    facts = samples.report()
    facts = dataclasses.replace(facts, metadata=dataclasses.replace(facts.metadata, authors=("Nobody Known",)))
    quads = document_quads(facts, samples.resolution())
    assert _objects(quads, document_iri("002_report"), SCHEMA.author) == [Literal("Nobody Known")]


def test_participation_links_office_held() -> None:
    quads = document_quads(samples.journal(), samples.resolution())
    held = sorted(
        ("/".join(q.subject.value.split("/")[-3:]), "/".join(q.object.value.split("/")[-3:]))
        for q in quads
        if q.predicate == AKG.heldRole
    )
    ambassador = "role/v-i-ivanov/soviet-ambassador-to-the-dprk"
    minister = "role/nam-il/minister-of-foreign-affairs-dprk"
    assert held == [
        ("m1/nam-il/present", minister),
        ("m1/v-i-ivanov/visitor", ambassador),
        ("m3/nam-il/participant", minister),
        ("m3/v-i-ivanov/participant", ambassador),
    ]


def _meeting_with(**changes) -> object:
    facts = samples.journal()
    meeting = dataclasses.replace(facts.meetings[0], **changes)
    return dataclasses.replace(facts, meetings=(meeting,))


@pytest.mark.parametrize(
    ("facts", "message"),
    [
        (_meeting_with(status="rumoured"), "unknown status 'rumoured'"),
        (_meeting_with(date=DateValue("1958-02-30")), "malformed date '1958-02-30'"),
        (_meeting_with(date=DateValue("March 1958")), "malformed date 'March 1958'"),
        (
            _meeting_with(participants=(Participation("nobody", "host"),)),
            "unknown person key 'nobody'",
        ),
        (
            _meeting_with(participants=(Participation("nam-il", "chef"),)),
            "unknown part 'chef'",
        ),
    ],
)
def test_inconsistent_facts_raise_extraction_error(facts, message: str) -> None:
    with pytest.raises(ExtractionError, match="001_journal.txt: extraction failed: .*" + message):
        document_quads(facts, samples.resolution())


def test_person_missing_from_resolution() -> None:
    facts = samples.journal()
    resolution = samples.resolution([samples.report()])
    with pytest.raises(ExtractionError, match="missing from the resolution"):
        document_quads(facts, resolution)


def test_unknown_role_kind() -> None:
    facts = samples.report()
    role = dataclasses.replace(facts.roles[0], kind="rank")
    with pytest.raises(ExtractionError, match="role 'Premier' of 'zhou-enlai' has unknown kind 'rank'"):
        document_quads(dataclasses.replace(facts, roles=(role,)), samples.resolution())


def test_unknown_shelf_mark_part() -> None:
    facts = samples.report()
    ref = dataclasses.replace(facts.metadata.reference, parts=(("shelf", "3"),))
    facts = dataclasses.replace(facts, metadata=dataclasses.replace(facts.metadata, reference=ref))
    with pytest.raises(ExtractionError, match="unknown shelf-mark part 'shelf'"):
        document_quads(facts, samples.resolution())


def test_meeting_without_date_place_or_duration() -> None:
    facts = _meeting_with(date=None, place=None, duration=None)
    quads = document_quads(facts, samples.resolution())
    meeting = next(q.subject for q in quads if q.object == AKG.Meeting)
    predicates = {q.predicate for q in quads if q.subject == meeting}
    assert AKG.date not in predicates and SCHEMA.location not in predicates
    assert AKG.status in predicates


def test_parse_trig_names_the_file_on_syntax_error() -> None:
    with pytest.raises(DocumentError, match="^x.trig: malformed TriG"):
        parse_trig(b"<a> <b> .", "x.trig")


def test_vocab_knows_every_status_and_part_of_the_model() -> None:
    from archivekg.model import MEETING_STATUSES, PARTS
    from archivekg.vocab import MEETING_STATUS, PART

    assert tuple(MEETING_STATUS) == MEETING_STATUSES
    assert tuple(PART) == PARTS


def test_titles_differing_in_case_are_one_assignment_with_both_evidence() -> None:
    facts = samples.report()
    lower = RoleAssignment("zhou-enlai", "premier", _span_of(facts, "Zhou Enlai received"))
    facts = dataclasses.replace(facts, roles=(lower, *facts.roles))
    quads = document_quads(facts, samples.resolution())
    role = NamedNode(document_iri("002_report").value + "/role/zhou-enlai/premier")
    assert _objects(quads, role, AKG.roleTitle) == [Literal("Premier")]
    assert len(_objects(quads, role, AKG.evidence)) == 2


def _span_of(facts, quote: str) -> Span:
    start = facts.document.text.index(quote)
    return Span.of(facts.document.text, start, start + len(quote))


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Pak Geum-cheol [Pak Kum Chol]", "pak-geum-cheol-pak-kum-chol"),
        ("CPSU CC", "cpsu-cc"),
        ("Ernő Gerő", "erno-gero"),
        ("  A. M. PUZANOV ", "a-m-puzanov"),
        ("中国外交部", "zhong-guo-wai-jiao-bu"),
    ],
)
def test_slugify(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_slug_of_a_name_without_letters_is_a_stable_hash() -> None:
    assert slugify("—") == slugify("—")
    assert slugify("—") != slugify("…")
    assert slugify("—").startswith("x")


def test_document_ids_become_one_valid_path_segment() -> None:
    assert document_iri("000_8c8d1e32738fa3fc").value == ID + "document/000_8c8d1e32738fa3fc"
    assert document_iri("report 3/b").value == ID + "document/report%203%2Fb"


def test_instance_base_comes_from_the_environment() -> None:
    code = "from archivekg.vocab import person_iri, PREFIXES; print(person_iri('x').value, PREFIXES['person'])"
    env = {**os.environ, "ARCHIVEKG_BASE": "http://example.org/kg/"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["http://example.org/kg/person/x", "http://example.org/kg/person/"]
