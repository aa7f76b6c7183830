"""A two-word surname (`Luis Campos Ortiz` … `Campos Ortiz`) names the same person with
or without the given name before it, also when the translator supplied the given name in
brackets after a title (`Undersecretary [Evaristo] Campos Ortiz`); `Undersecretary` is a title."""

from __future__ import annotations

from persons_text import names, roles


def test_two_word_surname_joins_the_full_name():
    text = ("The envoy visited the Undersecretary, Evaristo Delgado Ibarra, on Monday.\n"
            "The envoy met Undersecretary Delgado Ibarra again.\n")
    assert names(text) == {"evaristo-delgado-ibarra": ("Evaristo Delgado Ibarra", "Delgado Ibarra")}


def test_bracketed_given_name_before_a_two_word_surname():
    text = "The envoy visited the Undersecretary [Evaristo] Delgado Ibarra today.\n"
    assert list(names(text)) == ["evaristo-delgado-ibarra"]
    assert ("evaristo-delgado-ibarra", "Undersecretary") in roles(text)


def test_different_given_names_stay_apart():
    text = "Walter Brandt met Karl Brandt in the hall.\n"
    assert set(names(text)) == {"walter-brandt", "karl-brandt"}
