"""A routing list may name two people of one surname, one with initials and one without
(`Comrade Lakos Comrade Lakos G.`): listed side by side, they are two persons."""

from __future__ import annotations
from persons_text import keys



def test_same_surname_listed_side_by_side_is_two_people():
    text = "2011/1984 Comrade Bartha Comrade Lakos Comrade Lakos G. Comrade Fenyvesi\n\nReport.\n"
    assert keys(text) == {"bartha", "lakos", "lakos-g", "fenyvesi"}


def test_surname_later_in_prose_is_the_same_person():
    text = "Present were Comrade Lakos G., Comrade Fenyvesi.\n\nLakos said the plan was sound.\n"
    assert keys(text) == {"lakos-g", "fenyvesi"}
