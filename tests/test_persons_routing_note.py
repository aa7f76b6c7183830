"""A routing note names its readers surname first, a comma before the initials
(`to Cdes. X and Sergeyev, P. Ye.`)."""

from __future__ import annotations
from persons_text import names as persons



def test_surname_comma_initials_closing_a_note_is_one_person():
    text = ('[handwritten:\n"to Cdes. [[K. L. Orekhov]] and Sergeyev, P. Ye.\n'
            '3 March 1961 [[illegible signature]]"]\nJOURNAL of the Ambassador')
    found = persons(text)
    assert any("Sergeyev" in names for names in found.values())


def test_initials_opening_the_next_name_in_a_list_stay_with_it():
    text = "The protocol was signed by Comrades Orekhov, P. Ye. Sergeyev and K. L. Belov."
    found = persons(text)
    assert any("P. Ye. Sergeyev" in names for names in found.values())
