"""The ontology documents every own term, and the RDF stage uses only terms it declares."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS

from archivekg.model import MEETING_STATUSES, PARTS
from archivekg.rdf import document_quads
from archivekg.vocab import AKG_IRI, MEETING_STATUS, PART

GOLDEN = Path(__file__).parent / "golden"
ONTOLOGY = Path(__file__).parents[1] / "ontology" / "archivekg.ttl"
SHAPES = Path(__file__).parents[1] / "ontology" / "shapes.ttl"


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def _own_terms(graph: Graph) -> set[URIRef]:
    return {s for s in graph.subjects() if isinstance(s, URIRef) and s.startswith(AKG_IRI)}


def test_every_own_term_has_label_and_comment(ontology: Graph) -> None:
    terms = _own_terms(ontology)
    assert len(terms) > 40
    missing = sorted(
        str(t) for t in terms if (t, RDFS.label, None) not in ontology or (t, RDFS.comment, None) not in ontology
    )
    assert missing == []


def test_every_own_term_is_a_class_property_or_concept(ontology: Graph) -> None:
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, SKOS.Concept, SKOS.ConceptScheme}
    untyped = sorted(str(t) for t in _own_terms(ontology) if not set(ontology.objects(t, RDF.type)) & kinds)
    assert untyped == []


@pytest.mark.parametrize(("scheme", "concepts"), [("MeetingStatus", MEETING_STATUS), ("ParticipationPart", PART)])
def test_concept_schemes_match_the_model(ontology: Graph, scheme: str, concepts: dict) -> None:
    in_scheme = {
        str(ontology.value(c, SKOS.notation)): str(c)
        for c in ontology.subjects(SKOS.inScheme, URIRef(AKG_IRI + scheme))
    }
    assert in_scheme == {word: node.value for word, node in concepts.items()}
    assert set(in_scheme) == set(MEETING_STATUSES if scheme == "MeetingStatus" else PARTS)


def test_status_notation_is_the_local_name(ontology: Graph) -> None:
    """meetings.rq derives ?status from the concept's local name; keep the two equal."""
    for word, node in MEETING_STATUS.items():
        assert node.value == AKG_IRI + word
        assert ontology.value(URIRef(node.value), SKOS.notation) == Literal(word)


def test_rdf_stage_uses_only_declared_terms(ontology: Graph) -> None:
    spec = importlib.util.spec_from_file_location("archivekg_sample_facts", GOLDEN / "sample_facts.py")
    samples = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(samples)
    used = set()
    for facts in samples.all_facts():
        for q in document_quads(facts, samples.resolution()):
            used.add(q.predicate.value)
            if q.predicate.value == str(RDF.type) or q.object.value.startswith(AKG_IRI):
                used.add(q.object.value)
    own = {t for t in used if t.startswith(AKG_IRI)}
    declared = {str(t) for t in _own_terms(ontology)}
    assert own - declared == set()


def test_shapes_parse_and_target_the_ontology_classes(ontology: Graph) -> None:
    shapes = Graph().parse(SHAPES, format="turtle")
    targets = set(shapes.objects(None, SH.targetClass))
    classes = set(ontology.subjects(RDF.type, OWL.Class))
    assert classes <= targets
    own_targets = {t for t in targets if str(t).startswith(AKG_IRI)}
    assert own_targets <= classes
