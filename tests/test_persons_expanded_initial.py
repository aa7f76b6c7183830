"""`M. (Menachem) Begin`: an editor writes out an initial's given name in parentheses."""

from __future__ import annotations

from persons_text import names


def test_the_given_name_in_parentheses_completes_the_initial():
    found = names("Committee Members:\nA. (Amos) Levin - Chairman\nH. (Haim-Moshe) Shapira\nR. (Rina Tal) Oren\n")
    assert sorted(found.values()) == [("Amos Levin", "A. Levin"), ("Haim-Moshe Shapira", "H. Shapira"),
                                      ("Rina Tal Oren", "R. Oren")]


def test_a_parenthesis_whose_word_is_not_the_initials_name_is_no_given_name():
    found = names("They met G. (Moscow) Petrov and the envoy.")
    assert not any("Moscow Petrov" in forms for forms in found.values())
