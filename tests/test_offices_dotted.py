"""A body's abbreviation dotted letter by letter (`C.C. of the R.C.P.`) stays inside the office."""

from __future__ import annotations
from persons_text import roles



def test_dotted_abbreviations_inside_chained_offices():
    found = roles("On 3 May, comrade Emil Bodnaras, member of the Executive Committee of the C.C. of the "
                  "R.C.P., vice-president of the Council of Ministers of the S.R.R., received the guests.")
    assert ("emil-bodnaras", "member of the Executive Committee of the C.C. of the R.C.P.") in found
    assert ("emil-bodnaras", "vice-president of the Council of Ministers of the S.R.R.") in found


def test_dotted_abbreviation_before_the_name():
    found = roles("He met the First Secretary of the C.C. of the B.C.P., comrade Todor Zhivkov, at noon.")
    assert ("todor-zhivkov", "First Secretary of the C.C. of the B.C.P.") in found


def test_initials_after_an_office_are_the_next_name():
    found = roles("Present were Ion Iliescu, Ambassador A.M. Puzanov and others.")
    assert ("ion-iliescu", "Ambassador A.M.") not in found
