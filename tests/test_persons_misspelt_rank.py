"""A rank word the typist misspelt (`Asistant`, `Excecutive`) still ends the name before it
on a participants' line, so the name is read, not dropped as a three-word run."""

from __future__ import annotations

from persons_text import keys


def test_misspelt_rank_after_a_korean_name():
    text = ("Participants:\nNorth\nSONG Gi-hwan Asistant to the co-chairman (Deputy Director of the "
            "International Department)\nPAK Tae-ju Director of Conference Affairs\n")
    assert keys(text) == {"song-gi-hwan", "pak-tae-ju"}


def test_misspelt_rank_after_a_western_name():
    assert "hans-brenner" in keys("Hans Brenner Excecutive Secretary of the Society attended.\n")
