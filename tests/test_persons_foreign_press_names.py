"""A press agency or a paper named in its own tongue (`Polska Agencja Prasowa`, `Trybuna Ludu`)
is no person."""

from persons_text import keys


def test_polish_agency_and_paper_are_no_persons():
    found = keys("He said that he read in PAP (Polska Agencja Prasowa) and in Trybuna Ludu the reports of "
                 "Comrade Edward Ochab.")
    assert found == {"edward-ochab"}
