"""A two-word capital is a place, not a person."""

from persons_text import keys


def test_phnom_penh_is_a_place():
    found = keys("- the Minister of Finance from Phnom Penh, Yenpung SURYADHAY, has expressed his loyalty to PHOUMA.")
    assert not any("penh" in key for key in found)


def test_jerusalem_and_karachi_are_places():
    found = keys("Referring to the future status of Jerusalem, the representative said that President Ceausescu "
                 "had a point when he said that the problem of Jerusalem is more delicate. In Karachi, too, the "
                 "problem of Karachi is delicate.")
    assert found == {"ceausescu"}
