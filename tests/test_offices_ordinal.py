"""A numbered rank or body (`1st Secretary`, `head of the 2nd department`) is part of the office."""

from __future__ import annotations
from persons_text import roles



def test_numbered_rank_after_the_name():
    found = roles("Also present was Comrade Lindner, 2nd Secretary of the GDR Embassy in Hanoi, and the driver.")
    assert ("lindner", "2nd Secretary of the GDR Embassy in Hanoi") in found


def test_numbered_body_before_the_name():
    found = roles("He was joined by the head of the 4th European Department Ivan Sedov.")
    assert ("ivan-sedov", "head of the 4th European Department") in found
