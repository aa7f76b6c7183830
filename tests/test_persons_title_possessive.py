"""What follows a title's possessive is owned (`the President's Special Envoy`): the
capitalised word after it is no surname, and the title is no office of anyone."""

from __future__ import annotations

from persons_text import keys, roles


def test_word_after_a_titles_possessive_is_no_person():
    assert keys("Yesterday we met the President’s Special Envoy at the airport.\n") == set()


def test_bracketed_office_with_possessive_keeps_its_holder():
    text = "We should talk with [the Chancellor's Special Adviser on Trade Otto] Brenninger.\n"
    assert keys(text) == {"otto-brenninger"}


def test_title_before_a_name_still_reads():
    assert ("hallgren", "President") in roles("Yesterday President Hallgren arrived.\n")
