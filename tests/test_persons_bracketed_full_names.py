"""An editor's brackets that give a man's surnames, or the whole name a nickname stands for."""

from __future__ import annotations
from persons_text import names


def test_a_given_name_takes_two_bracketed_surnames():
    found = names("The officers I saw (Rolando [Pérez Valdivia] and Efraín [Soto]) were confident.")
    assert set(found) == {"rolando-perez-valdivia", "efrain-soto"}


def test_a_nickname_before_a_bracketed_full_name_is_that_man():
    found = names("Pancho [Leopoldo Ruiz Vidal] and Chino [Abelardo Mena Cruz] joined us at the front.")
    assert found == {"leopoldo-ruiz-vidal": ("Leopoldo Ruiz Vidal", "Pancho"),
                     "abelardo-mena-cruz": ("Abelardo Mena Cruz", "Chino")}
