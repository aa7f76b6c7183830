"""The genre's leader known by his given name alone (`Fidel`), and a given name the
translator completes with the surname in parentheses (`Raúl (Castro)`)."""

from __future__ import annotations
from persons_text import names as persons



def test_fidel_alone_is_a_person():
    assert "fidel" in persons("The aim is not only the disarmament of the island but the end of Fidel’s regime.")


def test_surname_in_parentheses_completes_a_given_name():
    found = persons("Mazurek: I wrote to Raúl (Ordonez) about the tractors last spring.")
    assert "raul-ordonez" in found
    assert "ordonez" not in found


def test_the_serbian_josif_is_a_given_name():
    assert set(persons("Report on the talks of Josif Tito with Ambassador Abuzeid in Vanga\n\nThe talks went well.")) == {
        "josif-tito", "abuzeid"}
