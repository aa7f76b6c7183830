"""A two-word Chinese name's given name may itself be a surname: `Premier Hua` is then
another person, not a short reference to `Tang Hua`."""

from __future__ import annotations

from archivekg.extract.persons import extract_persons
from archivekg.model import Document, Metadata


def persons(text: str) -> dict[str, int]:
    found, _ = extract_persons(Document("t", "t.txt", text, "0" * 64), Metadata())
    return {p.key: len(p.mentions) for p in found}


def test_premier_hua_is_not_the_foreign_minister_tang_hua():
    text = ("(Attending: Foreign Minister Tang Hua from the Chinese side.)\n"
            "Premier Hua said that he agreed. Premier Hua then left.")
    found = persons(text)
    assert found.get("tang-hua") == 1
    assert found.get("hua") == 2


def test_a_given_name_no_surname_still_refers_back():
    text = "Foreign Minister Wei Guanming received the ambassador. Guanming said that he agreed."
    assert persons(text) == {"wei-guanming": 2}
