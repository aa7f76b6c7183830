"""Hungarian records: a wife's name ends on -né (no place after it is part of it), and a
clerk's line may put a colon after `by` (`Typed by: X`)."""

from __future__ import annotations

from archivekg.extract.persons import extract_persons
from archivekg.model import Document, Metadata


def found(text: str) -> tuple[set[str], set[tuple[str, str]]]:
    persons, roles = extract_persons(Document("t", "t.txt", text, "0" * 64), Metadata())
    return {p.name for p in persons}, {(r.person, r.title) for r in roles}


def test_married_name_ends_the_name():
    names, _ = found("Copies: Comrade Kertész Comrade Vidané Damascus\n")
    assert names == {"Kertész", "Vidané"}


def test_typed_by_with_a_colon():
    names, roles = found("Report on the talks.\n\nTyped by: Lakatosné\n")
    assert names == {"Lakatosné"} and ("lakatosne", "typed by") in roles
