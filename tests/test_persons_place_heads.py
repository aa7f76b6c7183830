"""A road or a district named after places (`the Hunan-Laos Highway`, `the Beihai Area`) is
no person: the head noun makes the capitalised run a place."""

from __future__ import annotations

from persons_text import keys


def test_highway_and_area_are_places():
    text = ("Convoys on the Hunan-Laos Highway carried the aid. Guards of the Beihai Area "
            "met Comrade Wang Li.\n")
    assert keys(text) == {"wang-li"}


def test_a_camp_opening_a_name_is_a_place():
    text = "He believes the agreements at Camp David will harm the Arabs, Comrade Wang Li said.\n"
    assert keys(text) == {"wang-li"}
