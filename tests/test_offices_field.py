"""An office names its field (`Counsellor for Economic Questions`) and the body it sits
under (`… under the Office of the Prime Minister`)."""

from __future__ import annotations

from archivekg.extract.persons import extract_persons
from archivekg.model import Document, Metadata


def roles(text: str) -> set[tuple[str, str]]:
    _, found = extract_persons(Document("t", "t.txt", text, "0" * 64), Metadata())
    return {(r.person, r.title) for r in found}


def test_field_of_an_office():
    found = roles("From our side were: P. D. Kulikov, Counsellor for Consular Questions of the Soviet Embassy; "
                  "and others.")
    assert ("p-d-kulikov", "Counsellor for Consular Questions of the Soviet Embassy") in found


def test_body_an_office_sits_under():
    found = roles("Present was Vo Van Sung, Chief of the Bureau of Experts under the Office of the Prime Minister; "
                  "and others.")
    assert ("vo-van-sung", "Chief of the Bureau of Experts under the Office of the Prime Minister") in found
