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


def test_discussions_with_a_full_name():
    text = "It is said that in the minister's discussions with Ehud Tamari, the host was cold.\n"
    assert keys(text) == {"ehud-tamari"}


def test_talks_with_a_place_of_two_words_is_no_person():
    assert keys("The talks with West Germany went on.\n") == set()


def test_whose_conversation_it_was_is_a_person_too():
    assert keys("Concerning Tsarapkin's Conversation with Fisher on 3 May\n") == {"tsarapkin"}


def test_a_time_word_between_the_talk_and_its_partner():
    assert keys("After my conversation yesterday with Brauer, I wrote to the ministry.\n") == {"brauer"}
