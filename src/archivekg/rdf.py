"""Stage 4: facts -> quads. The only module that knows which ontology term states which fact.

Everything one document yields goes into ONE named graph, named by the document's
IRI, so re-extracting a document replaces exactly its graph. Every resource gets
an IRI minted from content (no blank nodes) and the quads come out sorted, so
the TriG written for the same facts is byte-identical.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, parse, serialize

from archivekg.errors import DocumentError, ExtractionError
from archivekg.model import ArchivalReference, DateValue, DocumentFacts, Meeting, Span
from archivekg.resolve import Resolution
from archivekg.vocab import (
    AKG,
    MEETING_STATUS,
    OA,
    PART,
    PREFIXES,
    RDF,
    SCHEMA,
    SKOS,
    XSD,
    document_iri,
    meeting_iri,
    mention_iri,
    organization_iri,
    participation_iri,
    person_iri,
    place_iri,
    reference_iri,
    role_iri,
    span_iri,
)

Term = NamedNode | Literal
Triple3 = tuple[NamedNode, NamedNode, Term]

REFERENCE_PARTS = {
    "fond": AKG.fond,
    "opis": AKG.opis,
    "delo": AKG.delo,
    "listy": AKG.listy,
    "file": AKG.fileNumber,
    "pages": AKG.pages,
    "collection": AKG.collection,
    "box": AKG.box,
    "folder": AKG.folder,
    "number": AKG.number,
}

ROLE_KINDS = ("office", "part")

_DATE_TYPES = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}
_ISO = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?")


class _GraphBuilder:
    """Collects the triples of one document graph; knows the document's local persons."""

    def __init__(self, facts: DocumentFacts, resolution: Resolution) -> None:
        self.facts = facts
        self.doc_id = facts.document.doc_id
        self.doc = document_iri(self.doc_id)
        self.triples: set[Triple3] = set()
        self.targets: dict[Span, NamedNode] = {}
        self.people: dict[str, NamedNode] = {}
        self.pref_labels: dict[str, str] = {}
        for person in facts.persons:
            try:
                entity = resolution.entity(self.doc_id, person.key)
            except KeyError:
                raise self.error(f"person {person.key!r} is missing from the resolution") from None
            self.people[person.key] = person_iri(entity.id)
            self.pref_labels[person.key] = entity.pref_label

    def error(self, reason: str) -> ExtractionError:
        return ExtractionError(self.facts.document.source, reason)

    def add(self, s: NamedNode, p: NamedNode, o: Term) -> None:
        self.triples.add((s, p, o))

    def text(self, s: NamedNode, p: NamedNode, value: str | None) -> None:
        if value:
            self.add(s, p, Literal(value))

    def person(self, key: str) -> NamedNode:
        try:
            return self.people[key]
        except KeyError:
            raise self.error(f"unknown person key {key!r}") from None

    def date(self, value: DateValue) -> Literal:
        """The typed literal for an ISO date as precise as it is: date, gYearMonth or gYear."""
        iso = value.iso
        ok = _ISO.fullmatch(iso) is not None
        if ok and len(iso) == 10:
            try:
                date.fromisoformat(iso)
            except ValueError:
                ok = False
        if not ok:
            raise self.error(f"malformed date {iso!r}")
        return Literal(iso, datatype=_DATE_TYPES[len(iso)])

    def dated(self, s: NamedNode, p: NamedNode, value: DateValue | None) -> None:
        if value is not None:
            self.add(s, p, self.date(value))
            self.text(s, AKG.dateText, value.verbatim)

    def labelled(self, iri: NamedNode, cls: NamedNode, label: str) -> NamedNode:
        self.add(iri, RDF.type, cls)
        self.add(iri, SKOS.prefLabel, Literal(label))
        return iri

    def evidence(self, span: Span) -> NamedNode:
        """The oa:SpecificResource for a span of the document's text, with both selectors."""
        if span in self.targets:
            return self.targets[span]
        target = self.targets[span] = span_iri(self.doc_id, span.start, span.end)
        position = NamedNode(target.value + "/position")
        quote = NamedNode(target.value + "/quote")
        self.add(target, RDF.type, OA.SpecificResource)
        self.add(target, OA.hasSource, self.doc)
        self.add(target, OA.hasSelector, position)
        self.add(target, OA.hasSelector, quote)
        self.add(position, RDF.type, OA.TextPositionSelector)
        self.add(position, OA.start, Literal(span.start))
        self.add(position, OA.end, Literal(span.end))
        self.add(quote, RDF.type, OA.TextQuoteSelector)
        self.add(quote, OA.exact, Literal(span.quote))
        return target

    def document(self) -> None:
        doc, document, meta = self.doc, self.facts.document, self.facts.metadata
        self.add(doc, RDF.type, AKG.ArchivalDocument)
        self.add(doc, AKG.source, Literal(document.source))
        self.add(doc, AKG.contentHash, Literal(document.sha256))
        self.text(doc, AKG.extractorVersion, self.facts.extractor_version)
        self.text(doc, SCHEMA.name, meta.title)
        self.dated(doc, SCHEMA.dateCreated, meta.date)
        self.text(doc, SCHEMA.abstract, meta.summary)
        self.text(doc, AKG.citation, meta.citation)
        self.text(doc, AKG.recordId, meta.record_id)
        self.text(doc, SCHEMA.inLanguage, meta.original_language)
        self.text(doc, AKG.collection, meta.collection)
        if meta.url:
            try:
                self.add(doc, SCHEMA.url, NamedNode(meta.url))
            except ValueError:
                raise self.error(f"malformed URL {meta.url!r}") from None
        for name in meta.translators:
            self.text(doc, SCHEMA.translator, name)
        for name in meta.obtained_by:
            self.text(doc, AKG.obtainedBy, name)
        for name in meta.editors:
            self.text(doc, SCHEMA.editor, name)
        for name in meta.funders:
            self.text(doc, SCHEMA.funder, name)
        for author in meta.authors:
            self.add(doc, SCHEMA.author, self.author(author))
        if meta.reference is not None:
            self.reference(meta.reference)

    def author(self, author: str) -> Term:
        """An author given as a person key or as one of a person's names is that person;
        otherwise the name stays a literal."""
        if author in self.people:
            return self.people[author]
        for person in self.facts.persons:
            if author in person.names:
                return self.people[person.key]
        return Literal(author)

    def reference(self, ref: ArchivalReference) -> None:
        iri = reference_iri(self.doc_id)
        self.add(self.doc, AKG.archivalReference, iri)
        self.add(iri, RDF.type, AKG.ArchivalReference)
        self.text(iri, AKG.referenceText, ref.reference)
        if ref.archive:
            archive = self.labelled(organization_iri(ref.archive), AKG.Organization, ref.archive)
            self.add(iri, SCHEMA.holdingArchive, archive)
        for kind, value in ref.parts:
            if kind not in REFERENCE_PARTS:
                raise self.error(f"unknown shelf-mark part {kind!r}")
            self.text(iri, REFERENCE_PARTS[kind], value)

    def persons(self) -> None:
        for person in self.facts.persons:
            iri = self.labelled(self.people[person.key], AKG.Person, self.pref_labels[person.key])
            for name in person.names:
                if name != self.pref_labels[person.key]:
                    self.add(iri, SKOS.altLabel, Literal(name))
            for span in person.mentions:
                mention = mention_iri(self.doc_id, person.key, span.start, span.end)
                self.add(mention, RDF.type, AKG.PersonMention)
                self.add(mention, RDF.type, OA.Annotation)
                self.add(mention, OA.motivatedBy, OA.identifying)
                self.add(mention, OA.hasBody, iri)
                self.add(mention, OA.hasTarget, self.evidence(span))

    def roles(self) -> dict[str, list[NamedNode]]:
        """Emit every role assignment; return the office ones by person key.

        Titles that differ only in case or punctuation (`Ambassador`, `ambassador`) are one
        assignment with several pieces of evidence; it keeps the smallest spelling, so the
        output does not depend on the order of the facts.
        """
        offices: dict[str, set[NamedNode]] = {}
        titles: dict[NamedNode, str] = {}
        for role in self.facts.roles:
            if role.kind not in ROLE_KINDS:
                raise self.error(
                    f"role {role.title!r} of {role.person!r} has unknown kind {role.kind!r}"
                )
            iri = role_iri(self.doc_id, role.person, role.title, role.organization, role.kind)
            titles[iri] = min(titles.get(iri, role.title), role.title)
            self.add(iri, RDF.type, AKG.RoleAssignment)
            self.add(iri, AKG.person, self.person(role.person))
            self.add(iri, AKG.roleKind, Literal(role.kind))
            self.add(iri, AKG.attestedIn, self.doc)
            self.add(iri, AKG.evidence, self.evidence(role.span))
            if self.facts.metadata.date is not None:
                self.add(iri, AKG.attestedOn, self.date(self.facts.metadata.date))
            if role.organization:
                org = self.labelled(
                    organization_iri(role.organization), AKG.Organization, role.organization
                )
                self.add(iri, AKG.organization, org)
            if role.kind == "office":
                offices.setdefault(role.person, set()).add(iri)
        for iri, title in titles.items():
            self.add(iri, AKG.roleTitle, Literal(title))
        return {person: sorted(roles, key=str) for person, roles in offices.items()}

    def meeting(self, meeting: Meeting, offices: dict[str, list[NamedNode]]) -> None:
        if meeting.status not in MEETING_STATUS:
            raise self.error(f"meeting {meeting.key!r} has unknown status {meeting.status!r}")
        iri = meeting_iri(self.doc_id, meeting.key)
        self.add(iri, RDF.type, AKG.Meeting)
        self.add(iri, AKG.status, MEETING_STATUS[meeting.status])
        self.text(iri, AKG.kind, meeting.kind)
        self.add(iri, AKG.attestedIn, self.doc)
        self.add(iri, AKG.evidence, self.evidence(meeting.span))
        self.dated(iri, AKG.date, meeting.date)
        self.text(iri, SCHEMA.duration, meeting.duration)
        if meeting.place:
            place = self.labelled(place_iri(meeting.place), AKG.Place, meeting.place)
            self.add(iri, SCHEMA.location, place)
        for p in meeting.participants:
            if p.part not in PART:
                raise self.error(f"meeting {meeting.key!r} has unknown part {p.part!r}")
            person = self.person(p.person)
            node = participation_iri(self.doc_id, meeting.key, p.person, p.part)
            self.add(iri, AKG.participant, person)
            self.add(iri, AKG.participation, node)
            self.add(node, RDF.type, AKG.Participation)
            self.add(node, AKG.agent, person)
            self.add(node, AKG.part, PART[p.part])
            self.add(node, AKG.evidence, self.evidence(p.span or meeting.span))
            for role in offices.get(p.person, ()):
                self.add(node, AKG.heldRole, role)


def document_quads(facts: DocumentFacts, resolution: Resolution) -> list[Quad]:
    """The quads of one document's named graph (its IRI), sorted.

    Raises ExtractionError (naming the source file) when the facts are inconsistent:
    a person key nobody defines, a status or part outside the ontology, a malformed date.
    """
    builder = _GraphBuilder(facts, resolution)
    builder.document()
    builder.persons()
    offices = builder.roles()
    for meeting in facts.meetings:
        builder.meeting(meeting, offices)
    graph = builder.doc
    # N-Quads text as the key: one call per quad, and a subject's quads stay together
    return sorted((Quad(s, p, o, graph) for s, p, o in builder.triples), key=str)


_HEADER = "".join(f"@prefix {name}: <{iri}> .\n" for name, iri in sorted(PREFIXES.items()))


def serialize_trig(quads: Iterable[Quad]) -> bytes:
    """TriG with the project's prefixes, in a fixed order: same quads, same bytes."""
    body = serialize(sorted(quads, key=str), format=RdfFormat.TRIG, prefixes=PREFIXES)
    lines = body.decode("utf-8").splitlines(keepends=True)
    return (_HEADER + "".join(line for line in lines if not line.startswith("@prefix "))).encode()


def parse_trig(data: bytes, source: str = "<TriG>") -> list[Quad]:
    """The quads of a TriG file; a syntax error names `source` and the position."""
    try:
        return list(parse(data, format=RdfFormat.TRIG))
    except SyntaxError as exc:
        raise DocumentError(source, f"malformed TriG: {exc}") from None
