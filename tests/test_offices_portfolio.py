"""Translations write a minister's portfolio in lower case before the name
(`minister of foreign affairs X`); the field is part of the office."""

from __future__ import annotations
from persons_text import roles



def test_lower_case_portfolio_before_a_name():
    assert ("karim-haddou", "minister of foreign affairs") in roles(
        "I was received by minister of foreign affairs Karim Haddou.\n")


def test_portfolio_word_without_an_office_is_none():
    assert roles("They spoke of foreign affairs Karim Haddou knows well.\n") == set()


def test_an_internal_or_external_portfolio_before_a_lone_surname():
    text = "An attempt was made on the life of the minister of internal affairs, Brandauer. He is paralysed."
    assert roles(text) == {("brandauer", "minister of internal affairs")}
    assert ("lenz", "minister of external trade") in roles("We spoke with the minister of external trade Lenz.")
