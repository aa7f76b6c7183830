"""Namespaces and IRI minting: the one place that decides what an IRI looks like.

IRIs are minted from content (document ids, entity ids, normalised names, span
offsets), never from counters or hashes of Python objects, so that building the
same corpus twice gives the same IRIs and re-extracting one document replaces
exactly its own resources.

The instance base is `$ARCHIVEKG_BASE` (read once, at import), default
`https://w3id.org/archivekg/id/`.
"""

from __future__ import annotations

import hashlib
import os
import re
from functools import lru_cache
from urllib.parse import quote

from pyoxigraph import NamedNode
from unidecode import unidecode

ONTOLOGY_IRI = "https://w3id.org/archivekg/ontology"
AKG_IRI = ONTOLOGY_IRI + "#"
ID = os.environ.get("ARCHIVEKG_BASE", "https://w3id.org/archivekg/id/")


class Namespace:
    """`NS.term` / `NS["term"]` -> a cached pyoxigraph NamedNode; `str(NS)` is the IRI."""

    def __init__(self, iri: str) -> None:
        self._iri = iri
        self._cache: dict[str, NamedNode] = {}

    def __getitem__(self, name: str) -> NamedNode:
        node = self._cache.get(name)
        if node is None:
            node = self._cache[name] = NamedNode(self._iri + name)
        return node

    def __getattr__(self, name: str) -> NamedNode:
        if name.startswith("_"):
            raise AttributeError(name)
        node = self[name]
        setattr(self, name, node)  # later look-ups find it without calling __getattr__
        return node

    def __str__(self) -> str:
        return self._iri


AKG = Namespace(AKG_IRI)
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
OA = Namespace("http://www.w3.org/ns/oa#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
OWL = Namespace("http://www.w3.org/2002/07/owl#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")

PREFIXES: dict[str, str] = {
    "akg": AKG_IRI,
    "dcterms": str(DCTERMS),
    "doc": ID + "document/",
    "id": ID,
    "oa": str(OA),
    "organization": ID + "organization/",
    "owl": str(OWL),
    "person": ID + "person/",
    "place": ID + "place/",
    "prov": str(PROV),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "schema": str(SCHEMA),
    "skos": str(SKOS),
    "wd": str(WD),
    "wdt": str(WDT),
    "xsd": str(XSD),
}

MEETING_STATUS = {s: AKG[s] for s in ("occurred", "planned", "habitual")}
PART = {
    p: AKG["part" + p.capitalize()]
    for p in ("host", "visitor", "present", "interpreter", "speaker", "participant")
}

_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(name: str) -> str:
    """`Pak Geum-cheol` -> `pak-geum-cheol`; names with no Latin letters after
    transliteration fall back to a short content hash, so the slug is never empty."""
    slug = _NON_SLUG.sub("-", unidecode(name).lower()).strip("-")
    if slug:
        return slug
    return "x" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:12]


@lru_cache(maxsize=1 << 16)
def _segment(value: str) -> str:
    """An id given to us (file stem, entity id, key) as one safe IRI path segment."""
    if not value:
        raise ValueError("cannot mint an IRI from an empty id")
    return quote(value, safe="-._~")


def document_iri(doc_id: str) -> NamedNode:
    """The document, and the name of its graph."""
    return NamedNode(f"{ID}document/{_segment(doc_id)}")


def person_iri(entity_id: str) -> NamedNode:
    """A corpus-wide person entity (`resolve.Entity.id`)."""
    return NamedNode(f"{ID}person/{_segment(entity_id)}")


def organization_iri(name: str) -> NamedNode:
    """An organisation or archive, by its normalised name."""
    return NamedNode(f"{ID}organization/{slugify(name)}")


def place_iri(name: str) -> NamedNode:
    """A place, by its normalised name."""
    return NamedNode(f"{ID}place/{slugify(name)}")


def _in_document(doc_id: str, *parts: str) -> NamedNode:
    return NamedNode("/".join((f"{ID}document/{_segment(doc_id)}", *map(_segment, parts))))


def reference_iri(doc_id: str) -> NamedNode:
    """The document's shelf mark."""
    return _in_document(doc_id, "reference")


def meeting_iri(doc_id: str, key: str) -> NamedNode:
    """A meeting the document reports (`Meeting.key`)."""
    return _in_document(doc_id, "meeting", key)


def participation_iri(doc_id: str, meeting_key: str, person_key: str, part: str) -> NamedNode:
    """One person's part in one meeting."""
    return _in_document(doc_id, "meeting", meeting_key, person_key, part)


def role_iri(
    doc_id: str, person_key: str, title: str, organization: str | None, kind: str
) -> NamedNode:
    """An office (or a part in the document) a person held, as this document attests it."""
    label = title if organization is None else f"{title} -- {organization}"
    return _in_document(doc_id, "role" if kind == "office" else kind, person_key, slugify(label))


def span_iri(doc_id: str, start: int, end: int) -> NamedNode:
    """The oa:SpecificResource for [start, end) of the document's text; its selectors
    are `<span>/position` and `<span>/quote`."""
    return _in_document(doc_id, "span", f"{start}-{end}")


def mention_iri(doc_id: str, person_key: str, start: int, end: int) -> NamedNode:
    """The annotation saying that [start, end) names the person."""
    return _in_document(doc_id, "mention", person_key, f"{start}-{end}")
