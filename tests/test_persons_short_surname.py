"""An East Asian surname spelt like a function word (`An`, `So`, `O`) opens the name
that stands in apposition to an office."""

from __future__ import annotations

from archivekg.extract.persons import extract_persons
from archivekg.model import Document, Metadata


def run(text: str):
    found, roles = extract_persons(Document("t", "t.txt", text, "0" * 64), Metadata())
    return {p.key for p in found}, {(r.person, r.title) for r in roles}


def test_surname_an_after_an_office_and_comma():
    keys, roles = run("The guests were met by the Ambassador of the Republic of Korea to Poland, An Cheol.")
    assert keys == {"an-cheol"}
    assert ("an-cheol", "Ambassador of the Republic of Korea to Poland") in roles


def test_article_after_a_comma_opens_no_name():
    keys, _ = run("It rained all day, An Ode was read at the dinner.")
    assert keys == set()
