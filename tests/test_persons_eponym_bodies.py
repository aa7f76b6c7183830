"""A body named after a man (`the Lenin State Library`) names no person when a word such as
`State` or `Higher` stands between his name and the body's."""

from __future__ import annotations
from persons_text import keys


def test_a_library_or_school_named_after_a_man_is_no_person():
    text = ("Minister Tanaka said that Japan would present books to the Lenin State Library, and that "
            "Comrade Pak had studied at the Kim Il Sung Higher Party School.")
    assert keys(text) == {"tanaka", "pak"}


def test_the_man_himself_stays_a_person():
    assert keys("Comrade Ivanov recalled that Lenin had spoken in the State Duma.") == {"ivanov", "lenin"}
