"""A surname cut to its initial (`Comrade N.`) names the one person whose surname opens with it."""

from __future__ import annotations

from archivekg.extract.persons import extract_persons
from archivekg.model import Document, Metadata


def names(text: str) -> dict[str, tuple[str, ...]]:
    found, _ = extract_persons(Document("t", "t.txt", text, "0" * 64), Metadata())
    return {p.key: p.names for p in found}


def test_initial_joins_the_one_surname_it_opens():
    found = names("Comrade Wojtaszek thanked us for the visit. Comrade Bauer replied. "
                  "Later Comrade W. again raised the question of the trade talks.")
    assert sorted(found) == ["bauer", "wojtaszek"]
    assert "Comrade W." in found["wojtaszek"]


def test_initial_of_no_surname_is_no_person():
    found = names("Comrade Wojtaszek thanked us for the visit. Later Comrade K. raised the question.")
    assert sorted(found) == ["wojtaszek"]
