"""One word after `met with` or `talked with` is the person met, as after `the conversation with`."""

from __future__ import annotations

from persons_text import keys, names, roles


def test_a_lone_name_after_met_with_is_a_person_with_the_translator_s_completion():
    found = names("On 27 January, [I] met with Sidik [Djojosukarto] to discuss the conference.")
    assert found == {"sidik": ("Sidik", "Djojosukarto")}


def test_an_office_after_met_with_is_no_name():
    text = "Mikoyan met with Attorney General Robert Kennedy and Secretary Rusk."
    assert "attorney" not in keys(text)
    assert ("robert-kennedy", "Attorney General") in roles(text)
