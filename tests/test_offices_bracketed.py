"""An editor's bracket right after a name that opens with an office is that person's office."""

from __future__ import annotations
from persons_text import roles



def test_bracketed_office_after_a_name_and_after_a_completed_name():
    found = roles("He asked me to tell G[ustavo]. Molina [leader of the Andean Workers' Union, AWU] "
                  "and P. Rojas [leader of the National Farmers' Front, NFF], that no arms can be sent.")
    assert ("gustavo-molina", "leader of the Andean Workers' Union") in found
    assert ("p-rojas", "leader of the National Farmers' Front") in found


def test_bracketed_office_after_a_single_surname():
    found = roles("Mr. Vargas [Chairman of the National Forestry Institute] came to see us at once.")
    assert ("vargas", "Chairman of the National Forestry Institute") in found


def test_a_bracket_giving_another_spelling_is_no_office():
    found = roles("Comrade Pak Il-hwan [Pak Il Hwan], Minister of Culture, received us.")
    assert found == {("pak-il-hwan", "Minister of Culture")}


def test_bracketed_office_in_justified_text_with_doubled_blanks():
    found = roles("The envoy  asked  that  Comrade  Imre  Farkasdi  [Chairman  of  the  State  Council]  "
                  "receive him.")
    assert ("imre-farkasdi", "Chairman of the State Council") in found


def test_a_bracket_with_the_next_names_given_names_opens_that_persons_office():
    found = roles("Taking part on the Soviet side were Comrades [Chairman of the Council of Ministers, "
                  "Pavel Sergeyevich] Orlanov, [Foreign Minister, Ilya Petrovich] Vasnev, and "
                  "[Defense Minister, Oleg Ivanovich] Tramin.")
    assert ("ilya-petrovich-vasnev", "Foreign Minister") in found
    assert ("pavel-sergeyevich-orlanov", "Foreign Minister") not in found
    assert ("oleg-ivanovich-tramin", "Defense Minister") in found
