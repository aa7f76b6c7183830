"""A Japanese ministry's way of listing: each whole office of a body, then the holder's surname."""

from __future__ import annotations

from persons_text import keys, roles

TEXT = ("On the 3rd, Chairman of the Policy Commission on Foreign Affairs Nakayama, Director of the Economic "
        "Affairs Division Tsuchida, and Director-General of the Asian Bureau Morikawa were received by "
        "Minister Ohtsuka.")


def test_a_surname_closing_an_entry_after_a_whole_office_of_a_body_is_a_person():
    assert {"nakayama", "tsuchida", "morikawa"} <= keys(TEXT)


def test_the_office_a_name_closes_is_that_names_not_the_one_before():
    found = roles(TEXT)
    assert ("tsuchida", "Director of the Economic Affairs Division") in found
    assert ("morikawa", "Director-General of the Asian Bureau") in found
    assert not any(person == "nakayama" and "Tsuchida" in title for person, title in found)
