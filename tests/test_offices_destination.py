"""The place a visit goes to (`the Visit to China of Pakistani Prime Minister X`) is no part of
the visitor's office."""

from __future__ import annotations

from persons_text import roles


def test_the_place_a_visit_goes_to_opens_no_office():
    found = roles("Briefing on the Visit to Burma of Ceylonese Prime Minister Bandaranaike (No. 2)\n")
    assert ("bandaranaike", "Ceylonese Prime Minister") in found

