"""A Russian given name's initial is J in a Central European record and Y in an English
one: `J. Belinsky` and `Y. Belinsky` in one record are one person; other initials are not."""

from __future__ import annotations

from archivekg.extract.persons import extract_persons
from archivekg.model import Document, Metadata


def persons(text: str) -> list[tuple[str, ...]]:
    found, _ = extract_persons(Document("t", "t.txt", text, "0" * 64), Metadata())
    return sorted(p.names for p in found)


def test_j_and_y_initials_are_one_person():
    text = ("The delegation had a talk with Comrade Y. Belinsky, Secretary of the CPSU.\n\n"
            "Later Comrade J. Belinsky said that the plan was good.\n")
    assert persons(text) == [("Y. Belinsky", "J. Belinsky")]


def test_other_initials_stay_apart():
    text = ("The delegation had a talk with Comrade Y. Belinsky, Secretary of the CPSU.\n\n"
            "Later Comrade A. Belinsky said that the plan was good.\n")
    assert len(persons(text)) == 2


def test_a_bulgarian_three_letter_initial_opens_the_name():
    text = "Report by the Adviser Ivan Dimitrov to the Bulgarian Ambassador, Khr. Stoichev. Then Khr. Stoichev left."
    assert persons(text) == [("Ivan Dimitrov",), ("Khr. Stoichev",)]
