"""Offices in a delegation's list: a dotted body before the head (`C.C. Secretary`), a
candidate member, and an office chained after one person that is no prefix of the next."""

from __future__ import annotations
from persons_text import roles



def test_dotted_body_before_the_head():
    assert ("vu-tan", "C.C. Secretary of the Party") in roles("Comrade Vu Tan, C.C. Secretary of the Party, spoke.")


def test_candidate_member():
    found = roles("Comrade Vu Tan, candidate member of the Politburo, spoke.")
    assert ("vu-tan", "candidate member of the Politburo") in found


def test_chained_office_belongs_to_the_name_before_it():
    text = ("The delegation was composed of comrades: Dao Minh, Political Bureau member and C.C. Secretary "
            "of the Workers Party, Lam Van Tri, candidate C.C. member, and Hoang Kim.")
    found = roles(text)
    assert ("dao-minh", "C.C. Secretary of the Workers Party") in found
    assert ("lam-van-tri", "candidate C.C. member") in found
    assert not any(person == "lam-van-tri" and "Secretary" in title for person, title in found)


def test_the_one_office_after_a_name_is_no_prefix_of_the_next_name():
    found = roles("Report on the visit of Salim Karim Jaber, Syrian Deputy Prime Minister, "
                  "Hafez Assad’s personal envoy, to Prague.")
    assert ("salim-karim-jaber", "Syrian Deputy Prime Minister") in found
    assert not any(person == "hafez-assad" for person, _ in found)
