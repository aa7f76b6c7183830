"""Minutes of bloc meetings tag each participant with his country in brackets."""

from __future__ import annotations

from persons_text import keys, names

TAGGED = ("Present: P. Ivanov [Bu], K. Novak and J. Horak [Cz], H. Berger and W. Lenz [GDR], "
          "S. Orlov and A. Petrov [USSR].")


def test_a_country_tag_is_no_part_of_the_name_and_does_not_hide_it():
    found = names(TAGGED)
    assert {"w-lenz", "a-petrov", "p-ivanov", "j-horak"} <= set(found)
    assert found["w-lenz"] == ("W. Lenz",)
    assert found["p-ivanov"] == ("P. Ivanov",)


def test_a_bracketed_name_is_still_a_second_spelling():
    assert names("Talks with Pak Geum-cheol [Pak Kum Chol] went on.")["pak-geum-cheol"] == (
        "Pak Geum-cheol", "Pak Kum Chol")


def test_a_nationality_opening_a_bracketed_office_is_no_person():
    text = "The presidents, particularly Nyerere and [Mozambican President Samora] Machel, voiced their concern."
    assert keys(text) == {"nyerere", "samora-machel"}
