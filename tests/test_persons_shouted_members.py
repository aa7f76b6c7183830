"""A delegation's list may give each member's full name in capitals, a dash and his offices
(`RADKO MIRCHEV- Member of the Politburo`); two such lines make a list of persons."""

from __future__ import annotations

from persons_text import keys, roles

_LIST = ("The delegation will consist of:\n"
         "RADKO MIRCHEV- Member of the Politburo and Secretary of the Central Committee;\n"
         "Lieutenant-General NENO STOYANOV - Deputy Minister of National Defense;\n"
         "VASIL DRAGANOV- Alternate Member of the Central Committee, Minister of Light Industry.\n")


def test_members_in_capitals_are_persons():
    assert keys(_LIST) == {"radko-mirchev", "neno-stoyanov", "vasil-draganov"}


def test_offices_after_a_dash_glued_to_the_name():
    found = roles(_LIST)
    assert ("radko-mirchev", "Member of the Politburo") in found
    assert ("vasil-draganov", "Alternate Member of the Central Committee") in found
    assert ("neno-stoyanov", "Deputy Minister of National Defense") in found


def test_one_capital_line_with_a_dash_is_a_heading():
    assert keys("GENERAL REMARKS - Summary of the talks\n\nThe talks went well.\n") == set()
