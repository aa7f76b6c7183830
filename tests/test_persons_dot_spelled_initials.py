"""The translator spells an initial out after its full stop (`P.[etre] Dumescu`) or adds
the second half of a double surname in brackets (`Dumescu[-Varga]`)."""

from __future__ import annotations
from persons_text import keys, names



def test_initials_spelled_after_the_full_stop():
    text = "Three members of the Committee - P.[etre] Dumescu, I.[oan] Rafila and recently V.[asile] Tanc came."
    assert set(names(text)) == {"petre-dumescu", "ioan-rafila", "vasile-tanc"}


def test_bracketed_second_surname_joins_the_word():
    found = names("The delegation was led by P.[etre] Dumescu[-Varga], member of the Committee.")
    assert set(found) == {"petre-dumescu-varga"}
    assert found["petre-dumescu-varga"][0] == "Petre Dumescu-Varga"


def test_the_hours_p_m_is_no_pair_of_initials():
    assert keys("Visited the President at 1 P.M. Just today he received the message.\n") == set()


def test_eh_transliterates_a_russian_initial():
    assert keys("Eh. A. SHEVARDNADZE. Even the Pakistanis are telling us of the pressure.") == {"eh-a-shevardnadze"}
