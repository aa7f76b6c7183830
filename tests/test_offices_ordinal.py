"""A numbered rank or body (`1st Secretary`, `head of the 2nd department`) is part of the office."""

from __future__ import annotations

from archivekg.extract.persons import extract_persons
from archivekg.model import Document, Metadata


def roles(text: str) -> set[tuple[str, str]]:
    _, found = extract_persons(Document("t", "t.txt", text, "0" * 64), Metadata())
    return {(r.person, r.title) for r in found}


def test_numbered_rank_after_the_name():
    found = roles("Also present was Comrade Lindner, 2nd Secretary of the GDR Embassy in Hanoi, and the driver.")
    assert ("lindner", "2nd Secretary of the GDR Embassy in Hanoi") in found


def test_numbered_body_before_the_name():
    found = roles("He was joined by the head of the 4th European Department Ivan Sedov.")
    assert ("ivan-sedov", "head of the 4th European Department") in found
