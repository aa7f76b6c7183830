"""`de Gaulle`, `von Brentano`: a surname whose particle opens it, lower case, where no given
name stands before it, is a person's surname with the particle in it."""

from __future__ import annotations

from archivekg.extract.persons import extract_persons
from archivekg.model import Document, Metadata


def keys(text: str) -> list[str]:
    found, _ = extract_persons(Document("t", "t.txt", text, "0" * 64), Metadata())
    return [p.key for p in found]


def test_particle_opens_a_surname_in_a_sentence():
    assert keys("They welcomed von Hassel’s statement but took no public stance towards it.") == ["von-hassel"]


def test_particle_after_a_title():
    assert keys("The minister had spoken with General de Lattre about the war.") == ["de-lattre"]


def test_particle_inside_a_full_name_is_kept_once():
    assert keys("The minister had spoken with Charles de Lattre about the war.") == ["charles-de-lattre"]
