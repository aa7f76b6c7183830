"""`the President (Syngman Rhee)`: the editor names in brackets who holds a title, and the name is a
person even when its given name is not one a list knows."""

from __future__ import annotations
from persons_text import keys


def test_a_name_in_brackets_after_a_bare_title_is_a_person():
    text = "Letter No. 12 from the President (Syngman Rhee) to Minister Duk Shin Choi, on the visit to Saigon."
    assert keys(text) == {"syngman-rhee", "duk-shin-choi"}


def test_words_in_brackets_after_other_nouns_stay_no_persons():
    assert keys("The meeting (Tuesday Morning) was held at the Ministry (Foreign Affairs).") == set()
