"""Bulgarian, Hungarian, Romanian and South Asian given names the translator supplies in brackets after a
lower-case office (`politburo member [Damian] Velchev`) complete the surname after them."""

from __future__ import annotations
from persons_text import keys


def test_a_bracketed_bulgarian_given_name_after_a_lower_case_office():
    text = "The regional paper printed politburo member [Damian] Petrov’s speech to the party aktiv."
    assert keys(text) == {"damian-petrov"}


def test_bracketed_hungarian_and_romanian_given_names_complete_their_surnames():
    text = ("Among those arrested were the writer [Gyorgy] Halasz and the engineer [Iosef] Benko, "
            "both of them members of the club.")
    assert keys(text) == {"gyorgy-halasz", "iosef-benko"}


def test_a_bracketed_south_asian_given_name_opening_a_sentence_completes_the_surname():
    text = "We talked. [Ghulam] Sadiqui, Chairman of the Development Board, called on the Director."
    assert keys(text) == {"ghulam-sadiqui"}
