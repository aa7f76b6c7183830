"""An editor's single restored letter inside a name (`Tumen[b]ayar`, `Hol[l]and[t]`) belongs
to the word: the name is one word, not a part cut at the bracket."""

from __future__ import annotations

from persons_text import names


def test_single_letter_restored_inside_a_surname():
    found = names("Present were the deputy Minister Tumen[b]ayar and Comrade Dolgor.\n")
    assert "tumenbayar" in found
    assert "tumen" not in found


def test_two_restored_letters_inside_and_at_the_end():
    found = names("Reports in the press (among them those of [the journalist Harold] Hol[l]and[t]) "
                  "spoke of a new offer.\n")
    assert "harold-hollandt" in found
    assert "harold-hol" not in found


def test_plural_ending_is_no_restored_letter():
    found = names("The Ambassador[s] of both countries met Comrade Dolgor.\n")
    assert set(found) == {"dolgor"}
