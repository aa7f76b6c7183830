"""`Policy` names an office's field (`Head of the Policy Planning Staff`): the phrase goes on
past it, and a participants' line with such an office names its holder."""

from __future__ import annotations

from archivekg.extract.offices import office_after
from persons_text import keys, roles


def test_policy_inside_an_office_phrase():
    text = "Ralf Obermeier - Head of the Policy Planning Staff, Foreign Office\n"
    assert office_after(text, len("Ralf Obermeier")) is not None


def test_participant_with_a_policy_office():
    text = ("Participants:\nBonn:\nRalf Obermeier - Head of the Policy Planning Staff, Foreign Office\n"
            "Berlin:\nComrade Kurt Lindner\n")
    assert "ralf-obermeier" in keys(text)
    assert ("ralf-obermeier", "Head of the Policy Planning Staff") in roles(text)
