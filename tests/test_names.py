"""Name helpers that the extractor and cross-document resolution share."""

from __future__ import annotations

import re

import pytest

from archivekg.extract.names import (
    clean_name,
    has_slavic_or_european_surname,
    initials_compatible,
    is_title_word,
    is_east_asian_name,
    name_key,
    preferred_form,
    romanization_key,
    slug,
    strip_possessive,
    surname_of,
    word_pattern,
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Pak Geum-cheol", "Pak Kum Chol"),
        ("Heo Seok-seon", "Ho Sok Son"),
        ("Rim Gye-cheol", "Rim Kye Chol"),
        ("Choe Yong-geon", "Choe Yonggon"),
        ("Kim Du-bong", "Kim Tu-bong"),
        ("Park Seong-cheol", "Pak Song Chol"),
        ("Kim Il Sung", "Kim Il-sung"),
    ],
)
def test_romanizations_share_a_key(a, b):
    assert romanization_key(a) == romanization_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Kim Il", "Kim Il Sung"), ("Pak Seong-cheol", "Pak Geum-cheol"), ("Kim Du-bong", "Kim Il Sung")],
)
def test_different_people_keep_different_keys(a, b):
    assert romanization_key(a) != romanization_key(b)
    assert name_key(a) != name_key(b)


def test_clean_name_drops_honorifics_brackets_and_possessive():
    assert clean_name("Comrade Kim Il Sung's") == "Kim Il Sung"
    assert clean_name("Cde. N. S. Khrushchev") == "N. S. Khrushchev"
    assert clean_name("[Liu] Shaoqi") == "Liu Shaoqi"
    assert clean_name("P[avel]. K. Sudarin") == "Pavel K. Sudarin"
    assert clean_name("Workers'") == "Workers'"
    assert clean_name("V. Moskovsky'") == "V. Moskovsky"  # a quoted title's closing quote
    assert clean_name("O'Neill") == "O'Neill"


def test_preferred_form_spaces_initials_and_normalises_case():
    assert preferred_form("A.M. Puzanov") == "A. M. Puzanov"
    assert preferred_form("A. M. PUZANOV") == "A. M. Puzanov"
    assert slug(preferred_form("A.M. Puzanov")) == "a-m-puzanov"
    assert slug("Nicolae Ceaușescu") == "nicolae-ceausescu"


def test_name_key_ignores_spacing_case_and_diacritics():
    assert name_key("A.M. Puzanov") == name_key("A. M. PUZANOV")
    assert name_key("János Kádár") == name_key("Janos Kadar")


def test_east_asian_shapes():
    assert is_east_asian_name(["Pak", "Geum-cheol"])
    assert is_east_asian_name(["Song", "Renqiong"])
    assert is_east_asian_name(["Kim", "Il", "Sung"])
    assert not is_east_asian_name(["Rodong", "Sinmun"])
    assert not is_east_asian_name(["Erich", "Honecker"])


def test_surname_position_depends_on_the_name():
    assert surname_of("Kim Il Sung") == "Kim"
    assert surname_of("N. S. Khrushchev") == "Khrushchev"
    assert surname_of("Nicolae Ceaușescu") == "Ceaușescu"


def test_initials_fit_full_names():
    assert initials_compatible("N. S. Khrushchev", "Nikita Khrushchev")
    assert not initials_compatible("A. I. Mikoyan", "Nikita Mikoyan")


def test_word_pattern_matches_exactly_the_words_and_prefers_longer():
    words = ["state", "stated", "said", "st"]
    pattern = re.compile(f"(?:{word_pattern(words)})")
    for word in words:
        assert pattern.fullmatch(word)
    for other in ("stat", "sai", "states", "s"):
        assert not pattern.fullmatch(other)
    assert pattern.match("stated it").group() == "stated"


def test_word_pattern_either_case_first_letter():
    pattern = re.compile(f"(?:{word_pattern(['chairman', 'Premier'], either_case_first=True)})$")
    assert pattern.match("Chairman") and pattern.match("premier")
    assert not pattern.match("CHAIRMAN")


@pytest.mark.parametrize("word", ["ambassador-at-large", "commander-in-chief", "minister-counselor"])
def test_compound_ranks_opening_with_an_office_head_are_titles(word):
    assert is_title_word(word)


@pytest.mark.parametrize("word", ["secretaries", "deputies"])
def test_plurals_in_ies_of_office_heads_are_titles(word):
    assert is_title_word(word)


def test_a_hyphenated_surname_is_no_title():
    assert not is_title_word("stepanov-mamaladze")


@pytest.mark.parametrize("name", ["Vo Nguyen Giap", "Nguyen Duy Trinh", "Le Duan", "Truong Chinh"])
def test_vietnamese_names(name):
    assert is_east_asian_name(name.split())


@pytest.mark.parametrize("name", ["Le Monde", "Hoang Bridgewater", "Mai Stevenson"])
def test_not_vietnamese_names(name):
    assert not is_east_asian_name(name.split())


@pytest.mark.parametrize(("word", "title"), [("minster", True), ("ambassasor", True), ("secretery", True),
                                             ("mikoyan", False), ("senior", False), ("maurer", False)])
def test_offices_one_letter_misspelt_are_titles(word, title):
    assert is_title_word(word) is title


def test_a_shouted_possessive_is_stripped_too():
    assert strip_possessive("SORIN'S") == "SORIN"
    assert strip_possessive("Sorin’s") == "Sorin"
    assert strip_possessive("WORKERS'") == "WORKERS'"


def test_polish_surname_endings_are_slavic():
    assert all(has_slavic_or_european_surname(w) for w in ("Rapacki", "Winiewicz", "Kowalczyk", "Birecka"))
