"""An editor's ellipsis after a chained office (`…, the head of the delegation […]`) is no
name the office could open."""

from __future__ import annotations
from persons_text import roles



def test_chained_office_before_an_ellipsis():
    found = roles("Kang Seong-do, Minister of Light Industry, the head of the delegation [...]\n")
    assert ("kang-seong-do", "head of the delegation") in found


def test_chained_office_before_a_bracketed_name_is_the_next_persons():
    found = roles("Kang Seong-do, Minister of Light Industry, the head of the delegation [Ri Man-sik] spoke.")
    assert ("kang-seong-do", "head of the delegation") not in found
