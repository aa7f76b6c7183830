"""What the persons extractor reads in a short passage of our own: the tests of persons and
offices ask this one question of many passages."""

from __future__ import annotations

from archivekg.extract.persons import extract_persons
from archivekg.model import Document, Metadata


def roles(text: str) -> set[tuple[str, str]]:
    """(person key, office title) for every office read in `text`."""
    _, found = extract_persons(Document("t", "t.txt", text, "0" * 64), Metadata())
    return {(r.person, r.title) for r in found}
