"""An office of two long phrases before a name (`the General Secretary of … and Chairman of …,
Comrade X`) is read whole, however far its first word stands from the name."""

from __future__ import annotations

from archivekg.extract.persons import extract_persons
from archivekg.model import Document, Metadata


def roles(text: str) -> set[tuple[str, str]]:
    _, found = extract_persons(Document("t", "t.txt", text, "0" * 64), Metadata())
    return {(r.person, r.title) for r in found}


def test_both_long_offices_before_the_name():
    found = roles("Note on a conversation of the First Secretary of the Central Committee of the "
                  "Polish United Workers’ Party and Chairman of the Council of State of the Polish "
                  "People’s Republic and the Polish People’s Army, Comrade Jan Kowalczyk, with the Ambassador.")
    assert ("jan-kowalczyk", "First Secretary of the Central Committee of the Polish United Workers’ Party") in found
    assert ("jan-kowalczyk", "Chairman of the Council of State of the Polish People’s Republic and the Polish People’s Army") in found
