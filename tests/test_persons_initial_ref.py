"""A surname cut to its initial (`Comrade N.`) names the one person whose surname opens with it."""

from __future__ import annotations
from persons_text import names



def test_initial_joins_the_one_surname_it_opens():
    found = names("Comrade Wojtaszek thanked us for the visit. Comrade Bauer replied. "
                  "Later Comrade W. again raised the question of the trade talks.")
    assert sorted(found) == ["bauer", "wojtaszek"]
    assert "Comrade W." in found["wojtaszek"]


def test_initial_of_no_surname_is_no_person():
    found = names("Comrade Wojtaszek thanked us for the visit. Later Comrade K. raised the question.")
    assert sorted(found) == ["wojtaszek"]
