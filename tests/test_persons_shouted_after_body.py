"""A journal's heading names the partner by office and a surname in capitals
(`with Minister of Foreign Affairs MALIK`): the surname is the holder of the office."""

from __future__ import annotations

from archivekg.extract.persons import extract_persons
from archivekg.model import Document, Metadata


def extract(text: str):
    found, roles = extract_persons(Document("t", "t.txt", text, "0" * 64), Metadata())
    return {p.key: p.names for p in found}, {(r.person, r.title) for r in roles}


def test_shouted_surname_after_an_office_body():
    found, roles = extract("From the journal of\nwith Minister of Foreign Affairs MALIK\n3 March 1960\n\n"
                           "Today I visited Malik at the ministry. Malik said that the talks were useful.")
    assert list(found) == ["malik"]
    assert ("malik", "Minister of Foreign Affairs") in roles


def test_shouted_body_after_a_body_stays_out():
    found, _ = extract("Report of the Ministry of Foreign Affairs ARCHIVE on 3 March 1960.")
    assert found == {}
