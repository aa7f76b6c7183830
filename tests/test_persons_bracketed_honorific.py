"""An honorific the translator spells out in brackets (`cde. [comrade] Novak`) still
stands before the name it honours."""

from __future__ import annotations
from persons_text import names as persons



def test_surname_after_a_bracketed_honorific_is_a_person():
    text = ("The head of the visiting delegation asked for a meeting with cde. [comrade] Hrabalek "
            "to clarify the positions of both parties.")
    assert "hrabalek" in persons(text)


def test_a_bracketed_place_before_a_name_is_no_honorific():
    text = "The talks were held in the capital [Prague] Mostar and in the provinces."
    assert persons(text) == {}
