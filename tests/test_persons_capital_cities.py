"""A two-word capital is a place, not a person."""

from persons_text import keys


def test_phnom_penh_is_a_place():
    found = keys("- the Minister of Finance from Phnom Penh, Yenpung SURYADHAY, has expressed his loyalty to PHOUMA.")
    assert not any("penh" in key for key in found)
