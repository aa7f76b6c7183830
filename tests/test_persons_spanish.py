"""A Spanish name with both surnames is the person its initial and first surname name."""

from __future__ import annotations
from persons_text import names



def test_initial_and_first_surname_fit_the_full_name():
    found = names("Talk between Armando Hart Davalos and a Polish delegate\nCde. A. Hart asked for the notes.")
    assert list(found) == ["armando-hart-davalos"]
    assert "A. Hart" in found["armando-hart-davalos"]


def test_initials_named_first_join_the_full_name_after():
    found = names("Cde. A. Hart asked for the notes. Later Armando Hart Davalos thanked the hosts.")
    assert len(found) == 1
