"""A surname misspelt once in a record (title against body) is still one person."""

from __future__ import annotations

from archivekg.extract.names import misspelt_surname
from persons_text import names as persons


def test_a_letter_apart_is_one_surname_but_a_feminine_ending_is_not():
    assert misspelt_surname("Bogomolov", "Bogomalov")
    assert misspelt_surname("Dragomirescu", "Dragomirscu")
    assert misspelt_surname("Stolarenko", "Stolraenko")
    assert not misspelt_surname("Stolarenko", "Stolraneko")
    assert not misspelt_surname("Bogomolov", "Bogomolova")
    assert not misspelt_surname("Wisniewski", "Wisniewska")
    assert not misspelt_surname("Lee", "Lei")
    assert misspelt_surname("Kharazov", "Khazarov")
    assert not misspelt_surname("Sarabov", "Sabarov")


def test_title_spelling_and_body_spelling_make_one_person():
    text = ("Visit of Soviet Ambassador Pavel Bogomalov to the Ministry\n"
            "Comrade Bogomolov came at noon. Comrade Bogomolov said that the talks would go on.")
    found = persons(text)
    assert len(found) == 1
    (names,) = found.values()
    assert {"Pavel Bogomalov", "Bogomolov"} <= set(names)


def test_different_given_names_keep_near_surnames_apart():
    text = "Ivan Sokolenko and Petr Sokolinko signed the protocol for the two ministries."
    assert len(persons(text)) == 2


def test_two_letters_swapped_in_the_body_are_the_titles_surname():
    text = ("Record of Visit of Chilean Chargé d'Affaires Tomas Villarreta\n\n"
            "Mr. Villarreta visited me at noon. I told Mr. Vilalrreta that an answer would follow.")
    found = persons(text)
    assert len(found) == 1
    (names,) = found.values()
    assert {"Tomas Villarreta", "Vilalrreta"} <= {n.removeprefix("Mr. ") for n in names}


def test_names_a_letter_apart_under_different_titles_are_two_men():
    found = persons("Accompanied on the Indonesian side by Ambassador Sukarni.\n\nMao: How is President Sukarno?\n")
    assert set(found) == {"sukarni", "sukarno"}
