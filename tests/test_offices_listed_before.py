"""Offices listed comma by comma before one name are one title each; `Great` may open a body's name."""

from __future__ import annotations

from archivekg.extract.persons import extract_persons
from archivekg.model import Document, Metadata


def extracted(text: str) -> tuple[set[str], set[tuple[str, str]]]:
    persons, found = extract_persons(Document("t", "t.txt", text, "0" * 64), Metadata())
    return {p.key for p in persons}, {(r.person, r.title) for r in found}


def test_each_office_listed_before_a_name_is_a_title_of_its_own():
    _, roles = extracted("President Tomas Berger received the First Secretary of the Arvanian Party, Chairman "
                         "of the Presidium of the National Assembly K. Doltan. After that they talked.")
    assert ("k-doltan", "First Secretary of the Arvanian Party") in roles
    assert ("k-doltan", "Chairman of the Presidium of the National Assembly") in roles


def test_an_office_in_a_great_assembly():
    persons, roles = extracted("President Tomas Berger received the Chairman of the Presidium of the Great "
                               "Khural of the RA K. Doltan. After that they talked.")
    assert ("k-doltan", "Chairman of the Presidium of the Great Khural of the RA") in roles
    assert persons == {"tomas-berger", "k-doltan"}


def test_a_great_hall_is_no_person():
    persons, _ = extracted("The Premier of the State Council received the delegation in the Great Hall. "
                           "Premier Li Wenhua spoke first.")
    assert persons == {"li-wenhua"}


def test_a_title_the_editor_gave_its_holder_is_not_one_more_office_of_the_next_name():
    _, roles = extracted("He said that Premier [Li Wenhua], Chairman [Tomas Berger] and the other comrades agreed.")
    assert ("tomas-berger", "Chairman") in roles
    assert ("tomas-berger", "Premier") not in roles
