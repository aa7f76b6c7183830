"""`Chargé D'Affaires Wang`: the office written with capitals is no part of the name."""

from __future__ import annotations

from persons_text import names, roles

TEXT = "Today Chairman Ho received me, Chargé D'Affaires Wang, at the Presidential Palace."


def test_capitalised_d_affaires_is_the_office_before_the_name():
    assert names(TEXT)["wang"] == ("Wang",)
    assert ("wang", "Chargé D'Affaires") in roles(TEXT)
