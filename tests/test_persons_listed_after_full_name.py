"""A surname of a surname's shape listed right after a person named in full is a person too
(`Iu. D. Masliukov, Chazov, Troianovskii`), as one listed after a surname already was."""

from __future__ import annotations
from persons_text import keys


def test_surnames_listed_after_a_full_name():
    text = "Present at the press conference: G. I. Gerasimov, Iu. D. Rybakov, Chazin, Pechorskii."
    assert {"chazin", "pechorskii"} <= keys(text)


def test_a_place_listed_after_a_full_name_is_no_person():
    assert keys("The delegation of Iu. D. Rybakov, Leningrad and the Crimea left on Monday.") == {"iu-d-rybakov"}
