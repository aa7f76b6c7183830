"""The facts that flow between stages: frozen dataclasses, no I/O.

Every stage after `read` works on these objects only, so extraction can run in
worker processes (they pickle) and everything downstream is testable without text.
Offsets in a `Span` always refer to `Document.text` (the text with chrome removed).
"""

from __future__ import annotations

from dataclasses import dataclass, field

MEETING_STATUSES = ("occurred", "planned", "habitual")
PARTS = ("host", "visitor", "present", "interpreter", "speaker", "participant")
DOCUMENT_PARTS = ("author", "translator", "editor", "obtained by", "interpreter", "speaker")


@dataclass(frozen=True, order=True)
class Span:
    """A stretch of `Document.text`: evidence for a fact."""

    start: int
    end: int
    quote: str

    @classmethod
    def of(cls, text: str, start: int, end: int, limit: int = 160) -> "Span":
        """The span [start, end) of `text`, its quote cut to `limit` characters. Extraction
        makes spans by the hundred per document: the fields are set directly, not through the
        frozen `__init__` (one `object.__setattr__` call per field)."""
        quote = text[start:end]
        if len(quote) > limit:
            quote = quote[: limit - 1].rstrip() + "…"
        span = object.__new__(cls)
        fields = span.__dict__
        fields["start"], fields["end"], fields["quote"] = start, end, quote
        return span


@dataclass(frozen=True)
class Document:
    """One input file, read: text without the web page's chrome."""

    doc_id: str
    source: str
    text: str
    sha256: str
    media_type: str = "text/plain"


@dataclass(frozen=True)
class DateValue:
    """A date as precise as the text allows: iso is YYYY-MM-DD, YYYY-MM or YYYY."""

    iso: str
    verbatim: str = ""
    span: Span | None = None

    @property
    def precision(self) -> str:
        """'day', 'month' or 'year', from the shape of `iso`."""
        return {10: "day", 7: "month"}.get(len(self.iso), "year")


@dataclass(frozen=True)
class ArchivalReference:
    """The shelf mark: archive short name plus as many parts as the citation gives.

    `parts` are (kind, value) pairs, kind one of fond, opis, delo, listy, file,
    pages, collection, box, folder, number.
    """

    archive: str
    reference: str
    parts: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Metadata:
    """The document's own facts, mostly from its citation block."""

    title: str | None = None
    date: DateValue | None = None
    citation: str | None = None
    reference: ArchivalReference | None = None
    url: str | None = None
    record_id: str | None = None
    original_language: str | None = None
    translators: tuple[str, ...] = ()
    obtained_by: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    funders: tuple[str, ...] = ()
    summary: str | None = None
    authors: tuple[str, ...] = ()
    collection: str | None = None


@dataclass(frozen=True)
class Person:
    """A person as one document names them: `key` is local to the document.

    `names` holds every surface form the document gives (both romanizations,
    `A. M. PUZANOV` and `Puzanov`), the preferred one first.
    """

    key: str
    names: tuple[str, ...]
    mentions: tuple[Span, ...] = ()

    @property
    def name(self) -> str:
        return self.names[0]


@dataclass(frozen=True)
class RoleAssignment:
    """`person` held `title` (at `organization`) as attested in the document.

    kind is 'office' for an office, or 'part' for a part in the document itself
    (author, translator, obtained by, interpreter, speaker).
    """

    person: str
    title: str
    span: Span
    organization: str | None = None
    kind: str = "office"


@dataclass(frozen=True)
class Participation:
    """A person's part in a meeting: host, visitor, present, interpreter, speaker, participant."""

    person: str
    part: str
    span: Span | None = None


@dataclass(frozen=True)
class Meeting:
    """An in-person encounter the document reports, with its evidence."""

    key: str
    status: str
    participants: tuple[Participation, ...]
    span: Span
    kind: str = "meeting"
    date: DateValue | None = None
    place: str | None = None
    duration: str | None = None

    @property
    def persons(self) -> tuple[str, ...]:
        return tuple(p.person for p in self.participants)


@dataclass(frozen=True)
class DocumentFacts:
    """Everything extracted from one document; persons are keyed locally."""

    document: Document
    metadata: Metadata
    persons: tuple[Person, ...] = ()
    roles: tuple[RoleAssignment, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    extractor_version: str = ""
    warnings: tuple[str, ...] = field(default=())

    def person(self, key: str) -> Person:
        for p in self.persons:
            if p.key == key:
                return p
        raise KeyError(key)
