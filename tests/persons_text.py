"""What the persons extractor reads in a short passage of our own: the tests of persons and
offices ask these few questions of many passages."""

from __future__ import annotations

from archivekg.extract.persons import extract_persons
from archivekg.model import Document, Metadata


def roles(text: str) -> set[tuple[str, str]]:
    """(person key, office title) for every office read in `text`."""
    _, found = extract_persons(Document("t", "t.txt", text, "0" * 64), Metadata())
    return {(r.person, r.title) for r in found}


def keys(text: str) -> set[str]:
    """The keys of the persons read in `text`."""
    found, _ = extract_persons(Document("t", "t.txt", text, "0" * 64), Metadata())
    return {p.key for p in found}


def names(text: str) -> dict[str, tuple[str, ...]]:
    """Each person read in `text`, with every spelling it gives them."""
    found, _ = extract_persons(Document("t", "t.txt", text, "0" * 64), Metadata())
    return {p.key: p.names for p in found}
