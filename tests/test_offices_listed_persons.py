"""In a list of persons, `the` and a bare title before a comma (`the Pakistani Prime Minister,
Foreign Secretary Baig, …`) name someone of their own, not one more office of the next name."""

from __future__ import annotations

from persons_text import roles


def test_a_bare_title_before_a_listed_name_is_someone_elses():
    found = roles("In the morning the Ceylonese Prime Minister, Foreign Secretary Perera, Joint Secretary "
                  "Silva, and the Ambassador took part in the talks.\n")
    assert {title for person, title in found if person == "perera"} == {"Foreign Secretary"}


def test_a_chain_of_offices_with_their_bodies_is_one_persons():
    found = roles("The delegation was headed by the Deputy Premier of the Administrative Council, Foreign "
                  "Minister Pak Song, the First Secretary of the Party, Chairman Ri Chol received them.\n")
    assert ("pak-song", "Deputy Premier of the Administrative Council") in found
