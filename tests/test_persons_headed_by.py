"""A surname alone after `headed by` or `led by` names the head of a delegation or a session."""

from __future__ import annotations
from persons_text import keys, roles


def test_a_lone_surname_heading_a_delegation_is_a_person_with_that_office():
    text = ("The firmest support came from the Danish delegation, headed by Kjaerbol. In a separate talk the "
            "plan was called the only feasible way.")
    assert keys(text) == {"kjaerbol"}
    assert ("kjaerbol", "head of the Danish delegation") in roles(text)


def test_a_bracketed_given_name_after_headed_by_is_no_person_of_its_own():
    text = "An agricultural delegation headed by [Sharof] Rashidov arrived in the capital on Monday."
    assert "sharof" not in keys(text)
