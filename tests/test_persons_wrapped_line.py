"""A name a hard line break cut after its given name or initials goes on on the next line;
a surname followed by its initial (`Kovács P.`, the Hungarian order) is whole already."""

from __future__ import annotations

from archivekg.extract.persons import extract_persons
from archivekg.model import Document, Metadata


def keys(text: str) -> list[str]:
    found, _ = extract_persons(Document("t", "t.txt", text, "0" * 64), Metadata())
    return [p.key for p in found]


def test_given_name_at_a_line_end_opens_the_name_on_the_next():
    assert keys("The note was received by Comrade Teodor\nDitulescu, Counselor of the Embassy.") == ["teodor-ditulescu"]


def test_surname_and_initial_at_a_line_end_are_whole():
    assert "kovacs-p" in keys("He said it.\n\nTo be read by\nComrade Kovács P.\nRead by\nComrade Tóth\n")
