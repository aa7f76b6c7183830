"""`Staff` is a body (`Chief of the General Staff`): an office may end on it before a comma,
and it is no person."""

from __future__ import annotations

from archivekg.extract.persons import extract_persons
from archivekg.model import Document, Metadata


def extract(text: str):
    found, roles = extract_persons(Document("t", "t.txt", text, "0" * 64), Metadata())
    return [p.key for p in found], {(r.person, r.title) for r in roles}


def test_office_ending_on_staff_before_a_rank_and_name():
    keys, roles = extract("He referred to the request of the Army Chief of Staff, Lieutenant General T.B. Simatupang, "
                          "and asked for an answer.")
    assert keys == ["t-b-simatupang"]
    assert any(person == "t-b-simatupang" and title.startswith("Army Chief of Staff") for person, title in roles)
