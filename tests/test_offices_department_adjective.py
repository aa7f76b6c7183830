"""A lower-case adjective naming what a department does stays inside the office
(`head of the consular department`)."""

from __future__ import annotations

from archivekg.extract.persons import extract_persons
from archivekg.model import Document, Metadata


def roles(text: str) -> set[tuple[str, str]]:
    _, found = extract_persons(Document("t", "t.txt", text, "0" * 64), Metadata())
    return {(r.person, r.title) for r in found}


def test_department_named_by_a_lower_case_adjective():
    found = roles("On his way home he met with the head of the consular department Comrade Sedlacek.")
    assert ("sedlacek", "head of the consular department") in found


def test_an_ordinary_adjective_still_ends_the_office():
    found = roles("He praised the hardworking delegation Comrade Sedlacek had brought.")
    assert not any(person == "sedlacek" for person, _ in found)
