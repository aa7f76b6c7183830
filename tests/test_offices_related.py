"""An office held for someone (`the secretary of Comrade Dobrev`) belongs to the one it
stands in apposition to, not to the person named at its end."""

from __future__ import annotations

from archivekg.extract.persons import extract_persons
from archivekg.model import Document, Metadata


def roles(text: str) -> tuple[set[str], set[tuple[str, str]]]:
    persons, found = extract_persons(Document("t", "t.txt", text, "0" * 64), Metadata())
    return {p.key for p in persons}, {(r.person, r.title) for r in found}


TEXT = ("Present were Ambassador Lajos Ferencz; Halmos, the secretary of Comrade Dobrev; "
        "[Ferenc] Mandel, the interpreter.\n")


def test_appositive_office_held_for_another():
    persons, found = roles(TEXT)
    assert "halmos" in persons and ("halmos", "secretary of Comrade Dobrev") in found


def test_the_one_it_is_held_for_does_not_hold_it():
    _, found = roles(TEXT)
    assert not any(person == "dobrev" for person, _ in found)
