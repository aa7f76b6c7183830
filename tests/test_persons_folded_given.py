"""Every given name the lists know is found by its folded spelling: `Józef` and `Pál` as `jozef`
and `pal`, as `József` already was as `jozsef`."""

from __future__ import annotations

from archivekg.extract.names import GIVEN_NAMES, fold
from persons_text import keys


def test_accented_given_names_open_a_full_name():
    assert keys("In the evening Józef Tomal drove to the city.") == {"jozef-tomal"}
    assert keys("Pál Horn drove to the city in the evening.") == {"pal-horn"}


def test_no_given_name_is_listed_only_with_accents_the_lookup_folds_away():
    assert sorted(w for w in GIVEN_NAMES if fold(w) not in GIVEN_NAMES) == []
