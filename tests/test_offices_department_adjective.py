"""A lower-case adjective naming what a department does stays inside the office
(`head of the consular department`)."""

from __future__ import annotations
from persons_text import roles



def test_department_named_by_a_lower_case_adjective():
    found = roles("On his way home he met with the head of the consular department Comrade Sedlacek.")
    assert ("sedlacek", "head of the consular department") in found


def test_an_ordinary_adjective_still_ends_the_office():
    found = roles("He praised the hardworking delegation Comrade Sedlacek had brought.")
    assert not any(person == "sedlacek" for person, _ in found)
