"""What a lone surname owns can make it a person: another's arguments or interview, and anything at
all owned by a surname of a Slavic or Central European shape."""

from __future__ import annotations
from persons_text import keys


def test_a_surname_owning_arguments_or_an_interview_is_a_person():
    text = ("The party leadership cited Morvan’s arguments that the plan weakens the pact. He wrote the "
            "article mainly because of Morvan’s interview.")
    assert keys(text) == {"morvan"}


def test_a_surname_of_slavic_shape_owning_anything_is_a_person():
    assert keys("I relay Wierzchowski’s information regarding the talks in Vienna.") == {"wierzchowski"}


def test_a_place_owning_information_is_no_person():
    assert keys("I relay Vienna’s information regarding the talks in Graz.") == set()


def test_a_surname_owning_an_argument_or_an_opinion_is_a_person():
    text = "Eventually the delegates agreed with Lindqvist’s argument and shared Haavisto’s opinion of the plan."
    assert keys(text) == {"lindqvist", "haavisto"}
