"""Words of the genre that are never names: counted things, a telegram's reference line,
archives in the archive's own language, an envoy's rank spelt the French way, a party's bulletin;
`Crd.` for comrade."""

from __future__ import annotations
from persons_text import keys



def test_number_words_open_no_name():
    assert keys("The note sets out the Five Principles in its preamble.") == set()


def test_reference_line_is_no_person():
    assert keys("To: Minister Reference (Copy)\nMinister Petrov said the visit was useful.") == {"petrov"}


def test_archive_in_its_own_language_is_no_person():
    assert keys("File 12/XX, Archiwum Akt Dawnych [AAD; Archive of Old Records], Lodz.") == set()


def test_french_rank_is_part_of_the_office():
    found = keys("He was met by the Ambassador Extraordinaire and Plenipotentiary, Comrade Sorin Vaduva.")
    assert found == {"sorin-vaduva"}


def test_leadership_is_a_body():
    assert keys("He spoke of a Former Member of the National Leadership PUSC, Ordaz.") <= {"ordaz"}


def test_a_name_ends_on_no_bare_letter():
    """`U.S` cut at an excerpt's end, `George H. W` cut mid-initials: no surname, no name."""
    assert keys("They asked for help in our work at U.S") == set()
    assert keys("Present were Sandor Kovacs and Peter H. W") == {"sandor-kovacs"}


def test_a_nationality_before_an_office_is_no_person():
    assert keys("The agreement was signed last month during the visit of "
                "the Venezuelan Minister of Education and Culture.") == set()


def test_a_partys_abbreviation_with_a_small_letter_is_no_person():
    assert keys("Delegation to the XI Congress of the KPdSU, Secretary of the Central Committee "
                "Tomas Herrera Sol") == {"tomas-herrera-sol"}


def test_a_hyphenated_lesser_office_is_no_person():
    assert keys("By order of the Minister\nAnna Kovacsics\nDeputy Assistant Under-Secretary\n") == {"anna-kovacsics"}


def test_given_names_of_latin_american_central_european_and_balkan_leaders():
    assert keys("2. Flavio Sandoval reports that the harvest is late.") == {"flavio-sandoval"}
    assert keys("He spoke at length about the murder of Patrice Mbeki.") == {"patrice-mbeki"}


def test_a_place_opened_by_a_spanish_article_is_no_person():
    assert keys("He brought the award for the former Commercial Attaché in La Paz cde. Dvorak.") == {"dvorak"}


def test_delegation_is_no_name_word():
    """`Head of the Korean Delegation Pak Seon-il`, `the Chinese Friendship Delegation`."""
    assert keys("Minutes of Conversation between Deng Lin and Head of the Korean Delegation Pak Seon-il, "
                "July 1965.") == {"deng-lin", "pak-seon-il"}
    assert keys("Record of Conversation between Premier Kim and the Chinese Friendship Delegation\n") == {"kim"}


def test_an_office_of_state_before_a_title_is_no_person():
    text = "Participants: Vice Premier Amer, Presidency Secretary-General Farid, Chancellery Director Weber."
    assert keys(text) == {"amer", "farid", "weber"}


def test_a_party_bulletin_is_no_person():
    assert keys("Good report! It can be printed in the Information Bulletin of the Political Committee.") == set()


def test_crd_abbreviates_comrade_before_a_surname():
    assert keys("1/ For Crd. Horn to read!\n2/ For Crd. Kovács to file.") == {"horn", "kovacs"}


def test_an_adverb_opening_a_sentence_or_a_region_word_is_no_person():
    assert keys("Eventually, the Norwegian representatives agreed with the position of the Scandinavian states.") == set()


def test_a_contraction_after_a_countrys_initials_is_no_surname():
    assert keys("Montgomery said that the U.S. I’ve seen is strong, and the U.S. I'd say is rich.") == {"montgomery"}
