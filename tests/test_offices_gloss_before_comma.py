"""A translator's gloss of the body between an office and its comma does not part the office from the name."""

from __future__ import annotations
from persons_text import roles



def test_office_glossed_in_german_before_comrade_and_name():
    found = roles("On 3 May the Chairman of the Council of Ministers of the Arvanian People's Republic "
                  "[APR; AVR in German], Comrade Tomas Berger, paid a return visit.")
    assert ("tomas-berger", "Chairman of the Council of Ministers of the Arvanian People's Republic") in found


def test_office_glossed_before_a_bare_name():
    found = roles("On 3 May the Premier of the State Council of the PRC [PRC; VRCh in German], Li Wenhua, "
                  "paid a visit.")
    assert ("li-wenhua", "Premier of the State Council of the PRC") in found
