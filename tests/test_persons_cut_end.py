"""An excerpt may stop mid-word: a torn last word (`Yu. Petrenb` after `Yu. Petrenbal`,
`Comrad`) is no new person, while a whole surname signing off the text still is."""

from __future__ import annotations

from archivekg.extract.persons import extract_persons
from archivekg.model import Document, Metadata


def names(text: str) -> set[str]:
    found, _ = extract_persons(Document("t", "t.txt", text, "0" * 64), Metadata())
    return {p.name for p in found}


def test_torn_name_at_the_end_is_no_person():
    text = "Comrade Yu. Petrenbal received the envoy.\n\nThe envoy then spoke to cde. Yu. Petrenb\n"
    assert names(text) == {"Yu. Petrenbal"}


def test_torn_honorific_at_the_end_is_no_person():
    assert names("Present were Comrade Wolny, Comrade Kowal, Comrad\n") == {"Wolny", "Kowal"}


def test_signature_at_the_end_is_a_person():
    text = "Comrade Yu. Petrenbal received the envoy.\n\nAmbassador\nA. Sorokov\n"
    assert names(text) == {"Yu. Petrenbal", "A. Sorokov"}


def test_torn_hyphenated_name_at_the_end_is_no_person():
    assert names("A meeting was held with Ri Dong-sop in the CC.\n\nI informed Ri Dong-so") == {"Ri Dong-sop"}
