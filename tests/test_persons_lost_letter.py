"""A question mark before small letters inside a name (`Mika ?pilja`) is a letter the
text's encoding lost: the name stays whole and a list of names around it stays a list."""

from __future__ import annotations

from archivekg.extract.persons import extract_persons
from archivekg.model import Document, Metadata


def persons(text: str) -> dict[str, str]:
    found, _ = extract_persons(Document("t", "t.txt", text, "0" * 64), Metadata())
    return {p.key: p.name for p in found}


def test_list_with_lost_letters():
    text = ("Taking part on our side were: Vladimir Horvat, Goran ?ikic, Ante Mlinar, Boro ?ebelj "
            "and Dusan Radak.\n")
    assert persons(text) == {"vladimir-horvat": "Vladimir Horvat", "goran-ikic": "Goran ?ikic",
                             "ante-mlinar": "Ante Mlinar", "boro-ebelj": "Boro ?ebelj",
                             "dusan-radak": "Dusan Radak"}


def test_lost_letter_inside_a_surname():
    assert persons("Comrade Stevo Kova?evic opened the session.\n") == {"stevo-kovaevic": "Stevo Kova?evic"}


def test_question_ending_a_sentence_is_no_letter():
    assert persons("Did Comrade Tito agree? He did not.\n") == {"tito": "Tito"}
