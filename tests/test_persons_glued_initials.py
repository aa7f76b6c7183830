"""Initials typed without spaces (`N.P.Firiubin`) name the person a later bare surname names."""

from __future__ import annotations

from archivekg.extract.persons import extract_persons
from archivekg.model import Document, Metadata
from persons_text import names


def test_glued_initials_and_the_bare_surname_are_one_person():
    text = ("Today I was received by V.K.Tarabrin, deputy of the Foreign Minister of the USSR. "
            "Later Comrade Tarabrin said that the question was settled.")
    found = names(text)
    assert list(found) == ["v-k-tarabrin"]
    assert "Tarabrin" in found["v-k-tarabrin"]


def test_signature_with_glued_initials_is_the_person_the_heading_names():
    text = ("Record of a conversation of Counsellor P. Orlikov with the Minister, 4 May 1981\n\n"
            "The Minister received me at his office.\n\nP.I.Orlikov\n")
    metadata = Metadata(authors=("P.I.Orlikov",))
    found, _ = extract_persons(Document("t", "t.txt", text, "0" * 64), metadata)
    assert [p.names for p in found if "orlikov" in p.key] == [("P. Orlikov", "P.I.Orlikov")]
