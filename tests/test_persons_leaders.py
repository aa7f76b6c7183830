"""The genre's leaders recur by surname alone, with no title or verb to show they are
persons: the lexicon of leaders names them."""

from __future__ import annotations

import pytest
from persons_text import keys


@pytest.mark.parametrize("text, expected", [
    ("The choice now is between Genscher or the opposition.", {"genscher"}),
    ("A report was sent to Grechko and Ponomarev.", {"grechko", "ponomarev"}),
    ("Cuba recognised the government of Lumumba long ago.", {"lumumba"}),
    ("Present at the test were: Fidel Castro, Dorticós, Raul Castro and specialists.",
     {"fidel-castro", "dorticos", "raul-castro"}),
    ("The talks with Bouteflika lasted two hours.", {"bouteflika"}),
])
def test_leader_by_surname_alone(text: str, expected: set[str]) -> None:
    assert keys(text) == expected


def test_johnson_and_de_gaulle_alone_are_the_leaders():
    assert keys("For Johnson, it is now a question of how to survive the election year.") == {"johnson"}
    assert keys("We are pleased. De Gaulle did not expect such a turn of events.") == {"de-gaulle"}
