"""Minutes may label their speakers' lines with surnames in capitals (`VOSS: …`); such a
label is a mention of that person when speakers take turns or the label names someone
the record already names."""

from __future__ import annotations

from archivekg.extract.persons import extract_persons
from archivekg.model import Document, Metadata


def persons(text: str) -> dict[str, int]:
    found, _ = extract_persons(Document("t", "t.txt", text, "0" * 64), Metadata())
    return {p.key: len(p.mentions) for p in found}


def test_speakers_in_capitals_taking_turns():
    text = ("Record of the conversation in the Kremlin, 3 May 1963\n\n"
            "VOSKRESENSKY: Welcome to Moscow, Mr. Prime Minister.\n\n"
            "BELLAVITA: Thank you for the invitation.\n\n"
            "VOSKRESENSKY: Let us talk about trade.\n\n"
            "BELLAVITA: Gladly.\n")
    assert persons(text) == {"voskresensky": 2, "bellavita": 2}


def test_capital_label_joins_the_person_named_in_prose():
    text = ("Prime Minister Amedeo Bellavita arrived in Moscow.\n\n"
            "BELLAVITA: We came to listen.\n")
    assert persons(text) == {"amedeo-bellavita": 2}


def test_capital_headings_are_no_speakers():
    text = ("SUBJECT: Trade talks\n\nNOTE: Copy two of three.\n\n"
            "The ambassador called on the minister.\n")
    assert persons(text) == {}
