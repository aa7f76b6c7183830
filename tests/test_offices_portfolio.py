"""Translations write a minister's portfolio in lower case before the name
(`minister of foreign affairs X`); the field is part of the office."""

from __future__ import annotations

from archivekg.extract.persons import extract_persons
from archivekg.model import Document, Metadata


def roles(text: str) -> set[tuple[str, str]]:
    _, found = extract_persons(Document("t", "t.txt", text, "0" * 64), Metadata())
    return {(r.person, r.title) for r in found}


def test_lower_case_portfolio_before_a_name():
    assert ("karim-haddou", "minister of foreign affairs") in roles(
        "I was received by minister of foreign affairs Karim Haddou.\n")


def test_portfolio_word_without_an_office_is_none():
    assert roles("They spoke of foreign affairs Karim Haddou knows well.\n") == set()
