"""Polish surnames in -ycz/-icz, the feminine -ska and -owa, and German ones in -mann have a surname's
shape: a telegram's addressee or one named alone before an auxiliary is a person."""

from __future__ import annotations
from persons_text import keys


def test_a_cables_addressee_with_a_polish_surname():
    text = "Code Message No. 117 from Chargé d'Affaires Nowak in Vienna to Kubicz\n\nTop secret\n"
    assert "kubicz" in keys(text)


def test_feminine_polish_and_german_surnames_before_an_auxiliary():
    text = "Kaminska was in Vienna for the talks. Stachowa had left for Graz. Lindemann would follow them."
    assert keys(text) == {"kaminska", "stachowa", "lindemann"}


def test_french_given_names_open_a_full_name():
    assert keys("Only the party leadership, Guy Dorval and Jules Marceau, opposed it.") == {"guy-dorval", "jules-marceau"}
