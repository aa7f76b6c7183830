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
