"""Two offices joined by `and` before an appositive comma belong to the one person named after it."""

from __future__ import annotations
from persons_text import roles



def test_two_offices_before_the_comma_are_both_the_persons():
    found = roles("greetings from the Chairman of the Farmers’ Union and Minister of Agriculture of Laos, "
                  "Souk Vongsak, to the congress")
    assert ("souk-vongsak", "Chairman of the Farmers’ Union") in found
    assert ("souk-vongsak", "Minister of Agriculture of Laos") in found


def test_a_bare_title_before_and_names_another_person():
    found = roles("The Ambassador and Counsellor Bela Szabo arrived at the ministry.")
    assert found == {("bela-szabo", "Counsellor")}


def test_one_office_with_two_fields_stays_whole():
    found = roles("Minister for Culture and Education Petar Ilic opened the fair.")
    assert found == {("petar-ilic", "Minister for Culture and Education")}


def test_an_honorific_after_the_comma_keeps_both_offices():
    found = roles("a talk between the First Secretary of the Party of Labour and Chairman of the Council "
                  "of the Republic, Comrade Jan Novak, and the guests")
    assert ("jan-novak", "First Secretary of the Party of Labour") in found
    assert ("jan-novak", "Chairman of the Council of the Republic") in found


def test_a_translators_bracketed_offices_before_the_name():
    found = roles("Also present was Comrade [Minister of Trade and Member of the Workers’ Party (WP) "
                  "Central Committee (CC)] Jan Novak.")
    assert ("jan-novak", "Minister of Trade") in found
    assert ("jan-novak", "Member of the Workers’ Party (WP) Central Committee (CC)") in found
