"""The translator completes a title and surname with two given names (`Ambassador [Ratan
Kumar] Nehru`); two persons completed to different full names stay two persons."""

from __future__ import annotations
from persons_text import keys, names



def test_two_bracketed_given_names_after_a_title():
    assert keys("On 8 June, Ambassador [Amrit Lal] Varma called on the Premier.") == {"amrit-lal-varma"}


def test_two_namesakes_completed_differently_stay_apart():
    text = "Ambassador [Amrit Lal] Varma conveyed Premier [Devendra] Varma’s views to the Premier."
    assert keys(text) == {"amrit-lal-varma", "devendra-varma"}


def test_a_bracketed_arabic_given_name_completes_the_surname_after_it():
    found = keys("- [Hafez] Al-Assad and [Yasser] Arafat were viewing the agreement as an act of U.S. policy.")
    assert found == {"hafez-al-assad", "yasser-arafat"}


def test_a_surname_completing_two_initials_keeps_both():
    assert names("Conversation with E.A. [Shevardnadze] on the next day.") == {
        "e-a-shevardnadze": ("E. A. Shevardnadze",)}


def test_a_bracketed_given_name_no_list_knows_completes_a_surname_of_slavic_shape():
    text = "Tea at the Embassy with talks by [Evgenii] Primakov, [Chingiz] Aitmatov and the actors."
    assert keys(text) == {"evgenii-primakov", "chingiz-aitmatov"}
