"""Older Korean romanizations end a syllable on `h` (`Kyu-hah`): such a given name still reads as syllables."""

from __future__ import annotations

from archivekg.extract.persons import extract_persons
from archivekg.model import Document, Metadata


def keys(text: str) -> set[str]:
    persons, _ = extract_persons(Document("t", "t.txt", text, "0" * 64), Metadata())
    return {p.key for p in persons}


def test_given_name_with_a_syllable_ending_on_h():
    assert keys("Met with CHOI Sun-hah and Mr. Baek today.") >= {"choi-sun-hah"}


def test_a_mixed_case_name_too():
    assert "choi-sun-hah" in keys("On Monday Choi Sun-hah called on the Ambassador.")
