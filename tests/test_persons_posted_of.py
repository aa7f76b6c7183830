"""A surname right after the body an office is of (`Ambassador of the Soviet Union
Chervonenko`) names the holder; a plain word there does not."""

from __future__ import annotations

from archivekg.extract.persons import extract_persons
from archivekg.model import Document, Metadata


def extract(text: str):
    found, roles = extract_persons(Document("t", "t.txt", text, "0" * 64), Metadata())
    return [p.key for p in found], {(r.person, r.title) for r in roles}


def test_surname_after_the_body_of_an_office():
    keys, roles = extract("On 2 May, Ambassador of the Soviet Union Zimyanin visited the Deputy Minister.")
    assert keys == ["zimyanin"]
    assert ("zimyanin", "Ambassador of the Soviet Union") in roles


def test_plain_word_after_the_body_of_an_office():
    keys, _ = extract("He met the Minister of the Armed Forces Administrative staff on 2 May.")
    assert keys == []
