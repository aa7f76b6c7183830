"""An office names its field (`Counsellor for Economic Questions`) and the body it sits
under (`… under the Office of the Prime Minister`)."""

from __future__ import annotations
from persons_text import roles



def test_field_of_an_office():
    found = roles("From our side were: P. D. Kulikov, Counsellor for Consular Questions of the Soviet Embassy; "
                  "and others.")
    assert ("p-d-kulikov", "Counsellor for Consular Questions of the Soviet Embassy") in found


def test_body_an_office_sits_under():
    found = roles("Present was Vo Van Sung, Chief of the Bureau of Experts under the Office of the Prime Minister; "
                  "and others.")
    assert ("vo-van-sung", "Chief of the Bureau of Experts under the Office of the Prime Minister") in found
