"""An office of two long phrases before a name (`the General Secretary of … and Chairman of …,
Comrade X`) is read whole, however far its first word stands from the name."""

from __future__ import annotations
from persons_text import roles



def test_both_long_offices_before_the_name():
    found = roles("Note on a conversation of the First Secretary of the Central Committee of the "
                  "Polish United Workers’ Party and Chairman of the Council of State of the Polish "
                  "People’s Republic and the Polish People’s Army, Comrade Jan Kowalczyk, with the Ambassador.")
    assert ("jan-kowalczyk", "First Secretary of the Central Committee of the Polish United Workers’ Party") in found
    assert ("jan-kowalczyk", "Chairman of the Council of State of the Polish People’s Republic and the Polish People’s Army") in found


def test_a_bodys_name_holding_with_stays_in_the_office():
    found = roles("Based on the conversation with the Deputy Chairman of the Committee for Cultural Relations "
                  "with Foreign Countries, Hoang Minh Duc:\n\nHe spoke at length.")
    assert ("hoang-minh-duc", "Deputy Chairman of the Committee for Cultural Relations with Foreign Countries") in found
    assert roles("He had talks with Foreign Minister Pak Seong-cheol.") == {("pak-seong-cheol", "Foreign Minister")}
