"""The one a conversation or talk is held with is a person, even named by one word
(`The conversation with Thieu lasted two hours`); a title abbreviation the editor's
bracket cut from its name (`[Gen. Ramos] Pereira`) is no person of its own."""

from __future__ import annotations

from persons_text import keys


def test_conversation_with_single_name():
    assert keys("The conversation with Thieu lasted almost two hours.\n") == {"thieu"}


def test_talks_with_single_name_in_brackets():
    assert keys("I then held talks with [Valcarcel] about the loan.\n") == {"valcarcel"}


def test_bracketed_title_abbreviation_is_no_person():
    assert "gen" not in keys("Tonight I had the discussion with [Gen. Ramos] Pereira, the envoy.\n")


def test_talks_with_a_country_is_no_person():
    assert keys("The conversation with Hungary went well.\n") == set()
