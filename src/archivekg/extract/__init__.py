"""Stage 2: Document -> DocumentFacts. Each extractor is a pure function of its inputs.

EXTRACTORS lists them in the order they run; later ones see what earlier ones found.
"""

from __future__ import annotations

from archivekg import __version__
from archivekg.extract.meetings import read_meetings
from archivekg.extract.metadata import extract_metadata
from archivekg.extract.persons import extract_persons
from archivekg.model import Document, DocumentFacts

EXTRACTOR_VERSION = f"archivekg-extract/{__version__}"

EXTRACTORS = ("metadata", "persons", "meetings")


def extract(document: Document) -> DocumentFacts:
    """Run every extractor over one document."""
    metadata = extract_metadata(document)
    persons, roles = extract_persons(document, metadata)
    meetings, speakers = read_meetings(document, metadata, persons, roles)
    roles = roles + speakers
    return DocumentFacts(
        document=document,
        metadata=metadata,
        persons=persons,
        roles=roles,
        meetings=meetings,
        extractor_version=EXTRACTOR_VERSION,
    )
