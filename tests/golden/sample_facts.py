"""Hand-built DocumentFacts for two short documents written for these tests (not corpus text).

A journal entry (Russian archive, day-precise dates, a planned and a habitual
meeting) and a report signed by two people (PRC archive, month- and year-precise
dates), sharing one person under two spellings. The golden TriG files are built
from these, so the RDF tests do not depend on the extractors.
"""

from __future__ import annotations

import hashlib

from archivekg.model import (
    ArchivalReference,
    DateValue,
    Document,
    DocumentFacts,
    Meeting,
    Metadata,
    Participation,
    Person,
    RoleAssignment,
    Span,
)
from archivekg.resolve import Entity, Resolution

JOURNAL_TEXT = (
    "JOURNAL of the Soviet Ambassador to the DPRK V. I. IVANOV\n"
    "12 March 1958\n"
    "I visited Kim Il Sung at his residence in Pyongyang. Nam Il, Minister of Foreign Affairs, "
    "was present at the conversation, which lasted two hours. Kim Il-sung said that he hopes to "
    "meet Cde. N. S. Khrushchev next summer. Every time Ivanov meets Nam Il they discuss trade.\n"
)

REPORT_TEXT = (
    "Report on the Talks between Zhou Enlai and Kim Il-sung\n"
    "Premier Zhou Enlai received Kim Il-sung [Kim Ilsung] in Beijing in June 1963. "
    "Liu Fang (as interpreter) was present.\n"
    "Liu Fang, Ma Lin\n"
)


def _span(text: str, quote: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    return Span.of(text, start, start + len(quote))


def _doc(doc_id: str, text: str) -> Document:
    return Document(
        doc_id=doc_id,
        source=f"{doc_id}.txt",
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )


def journal() -> DocumentFacts:
    text = JOURNAL_TEXT
    visit = _span(text, "I visited Kim Il Sung at his residence in Pyongyang.")
    return DocumentFacts(
        document=_doc("001_journal", text),
        metadata=Metadata(
            title="Journal of Soviet Ambassador V. I. Ivanov for 12 March 1958",
            date=DateValue("1958-03-12", "12 March 1958", _span(text, "12 March 1958")),
            citation='"Journal of Soviet Ambassador V. I. Ivanov for 12 March 1958," '
            "March 12, 1958, AVPRF F. 0102, Op. 14, Delo 8, Listy 10-12.",
            reference=ArchivalReference(
                "AVPRF",
                "F. 0102, Op. 14, Delo 8, Listy 10-12",
                (("fond", "0102"), ("opis", "14"), ("delo", "8"), ("listy", "10-12")),
            ),
            url="https://digitalarchive.example.org/document/1001",
            record_id="1001",
            original_language="Russian",
            translators=("A. Translator",),
            funders=("A Foundation",),
            authors=("v-i-ivanov",),
        ),
        persons=(
            Person("v-i-ivanov", ("V. I. IVANOV", "Ivanov"), (_span(text, "V. I. IVANOV"),)),
            Person(
                "kim-il-sung",
                ("Kim Il Sung", "Kim Il-sung"),
                (_span(text, "Kim Il Sung"), _span(text, "Kim Il-sung")),
            ),
            Person("nam-il", ("Nam Il",), (_span(text, "Nam Il"), _span(text, "Nam Il", 1))),
            Person("n-s-khrushchev", ("N. S. Khrushchev",), (_span(text, "N. S. Khrushchev"),)),
        ),
        roles=(
            RoleAssignment(
                "v-i-ivanov",
                "Soviet Ambassador to the DPRK",
                _span(text, "Soviet Ambassador to the DPRK V. I. IVANOV"),
            ),
            RoleAssignment("v-i-ivanov", "author", _span(text, "V. I. IVANOV"), kind="part"),
            RoleAssignment(
                "nam-il",
                "Minister of Foreign Affairs",
                _span(text, "Nam Il, Minister of Foreign Affairs"),
                organization="DPRK",
            ),
        ),
        meetings=(
            Meeting(
                key="m1",
                status="occurred",
                participants=(
                    Participation("v-i-ivanov", "visitor", visit),
                    Participation("kim-il-sung", "host", visit),
                    Participation(
                        "nam-il", "present", _span(text, "Nam Il, Minister of Foreign Affairs, was present")
                    ),
                ),
                span=visit,
                kind="conversation",
                date=DateValue("1958-03-12", "12 March 1958", _span(text, "12 March 1958")),
                place="Pyongyang",
                duration="two hours",
            ),
            Meeting(
                key="m2",
                status="planned",
                participants=(
                    Participation("kim-il-sung", "visitor"),
                    Participation("n-s-khrushchev", "host"),
                ),
                span=_span(text, "he hopes to meet Cde. N. S. Khrushchev next summer"),
                date=DateValue("1958", "next summer"),
            ),
            Meeting(
                key="m3",
                status="habitual",
                participants=(
                    Participation("v-i-ivanov", "participant"),
                    Participation("nam-il", "participant"),
                ),
                span=_span(text, "Every time Ivanov meets Nam Il they discuss trade."),
            ),
        ),
        extractor_version="archivekg-extract/test",
    )


def report() -> DocumentFacts:
    text = REPORT_TEXT
    received = _span(text, "Premier Zhou Enlai received Kim Il-sung [Kim Ilsung] in Beijing in June 1963.")
    return DocumentFacts(
        document=_doc("002_report", text),
        metadata=Metadata(
            title="Report on the Talks between Zhou Enlai and Kim Il-sung",
            date=DateValue("1963-06", "June 1963"),
            reference=ArchivalReference(
                "PRC FMA", "106-00001-01, 1-3", (("file", "106-00001-01"), ("pages", "1-3"))
            ),
            original_language="Chinese",
            translators=("B. Translator", "C. Translator"),
            obtained_by=("D. Scholar",),
            authors=("Liu Fang", "Ma Lin"),
            collection="Sino-Korean Relations",
        ),
        persons=(
            Person("zhou-enlai", ("Zhou Enlai",), (_span(text, "Zhou Enlai"), _span(text, "Zhou Enlai", 1))),
            Person(
                "kim-il-sung",
                ("Kim Il-sung", "Kim Ilsung"),
                (_span(text, "Kim Il-sung"), _span(text, "Kim Il-sung", 1), _span(text, "Kim Ilsung")),
            ),
            Person("liu-fang", ("Liu Fang",), (_span(text, "Liu Fang"), _span(text, "Liu Fang", 1))),
            Person("ma-lin", ("Ma Lin",), (_span(text, "Ma Lin"),)),
        ),
        roles=(
            RoleAssignment("zhou-enlai", "Premier", _span(text, "Premier Zhou Enlai")),
            RoleAssignment("liu-fang", "interpreter", _span(text, "Liu Fang (as interpreter)"), kind="part"),
            RoleAssignment("liu-fang", "author", _span(text, "Liu Fang", 1), kind="part"),
            RoleAssignment("ma-lin", "author", _span(text, "Ma Lin"), kind="part"),
        ),
        meetings=(
            Meeting(
                key="m1",
                status="occurred",
                participants=(
                    Participation("zhou-enlai", "host", received),
                    Participation("kim-il-sung", "visitor", received),
                    Participation("liu-fang", "interpreter", _span(text, "Liu Fang (as interpreter) was present")),
                ),
                span=received,
                kind="talks",
                date=DateValue("1963-06", "June 1963"),
                place="Beijing",
            ),
        ),
        extractor_version="archivekg-extract/test",
    )


def all_facts() -> list[DocumentFacts]:
    return [journal(), report()]


def resolution(facts: list[DocumentFacts] | None = None) -> Resolution:
    """Kim Il Sung is one entity across both documents, preferred label from the journal."""
    facts = all_facts() if facts is None else facts
    entities = {
        "kim-il-sung": Entity("kim-il-sung", "Kim Il Sung", ("Kim Il-sung", "Kim Ilsung")),
    }
    members: dict[tuple[str, str], str] = {}
    for f in facts:
        for p in f.persons:
            entities.setdefault(p.key, Entity(p.key, p.name, p.names[1:]))
            members[(f.document.doc_id, p.key)] = p.key
    return Resolution(entities, members)
