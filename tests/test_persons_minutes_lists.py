"""Surnames listed under a session's labels: past an item with initials (`Candidates present: Lange,
G. Müller, Schürer`), and under `Excused:` or `Absent:`, where the one listed is a person though not there."""

from __future__ import annotations
from persons_text import keys


def test_a_list_goes_on_past_an_item_with_initials():
    text = ("Protocol No. 12 of the Meeting of the Bureau\n\nMembers present: Albrecht, Brenner\n"
            "Candidates present: Vogt, K. Hartig, Sommer, Wendland\n")
    assert {"sommer", "wendland"} <= keys(text)


def test_those_excused_or_absent_are_persons():
    text = "Members present: Albrecht, Brenner\nExcused: Kettler\nAbsent: Rohde, Franke\n"
    assert {"kettler", "rohde", "franke"} <= keys(text)


def test_names_a_letter_apart_each_listed_under_a_label_are_two_persons():
    text = ("Members present: Albrecht, Brenner, Naumer, Sommer\nGuest: H. Neumer\n\n"
            "1. Report: Albrecht. The Bureau approves the report.\n")
    assert {"naumer", "h-neumer"} <= keys(text)


def test_a_name_listed_and_misspelt_in_the_text_is_one_person():
    text = ("Participants: Arben Dushaj, Hito Çiko, and Vasil Kosta\n\nComrade Chen greeted the comrades "
            "Arben Dushaj, Hito Çako, and the other members of the delegation, led by comrade Dushaj.\n")
    assert "hito-cako" not in keys(text) or "hito-ciko" not in keys(text)


def test_a_surname_comma_initials_item_before_items_without_the_comma():
    found = keys("Present:  Comrades Aliev, G.A., Gromyko A.A., Zaikov L.N.\n")
    assert found == {"aliev-g-a", "gromyko-a-a", "zaikov-l-n"}


def test_the_chair_label_of_minutes_is_no_person():
    found = keys("Chair:  Com. GORBACHEV. M.S.\n\nGORBACHEV: We need to exchange opinions.\n")
    assert "chair" not in found
