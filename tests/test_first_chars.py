"""The first characters of a regex, and alternations cut down to the branches that can begin there."""

import re

from archivekg.extract.first_chars import by_first_char, first_chars
from archivekg.extract.meeting_cues import CUE_RE, _cue_at


def test_literals_classes_and_zero_width_openings():
    assert first_chars(r"\b(?:met|saw)\s+by") == frozenset("ms")
    assert first_chars(r"(?<![Aa]t\s)[Pp]resent") == frozenset("Pp")
    assert first_chars(r"(?:\(\s*)?as") == frozenset("(a")


def test_anything_or_nothing_is_no_answer():
    assert first_chars(r"\w+") is None
    assert first_chars(r"(?:a)?") is None
    assert first_chars(r"(?i:met)") is None
    assert first_chars(r"[^a-z]x") is None


def test_cut_alternation_finds_what_the_whole_finds():
    branches = [r"(?P<a>\bmet\s+by)", r"(?P<b>\b[Mm]et)", r"(?P<c>\w+ed)", r"(?P<d>\btalks?)"]
    whole = re.compile("|".join(branches))
    table = by_first_char(branches)
    text = "He was met by Kim; Met again; talks followed; wanted"
    for position in range(len(text)):
        cut = table.get(text[position], table[""])
        expected, found = whole.match(text, position), cut.match(text, position)
        assert (expected and (expected.span(), expected.lastgroup)) == (found and (found.span(), found.lastgroup))


def test_meeting_cues_at_every_position_as_the_whole_alternation():
    text = ("Kim Il Sung received us (as interpreter) and we had dinner with Comrade Pak. "
            "Present were A and B; Participants: C. I told Kim that the talks with him were held.")
    for position in range(len(text)):
        expected, found = CUE_RE.match(text, position), _cue_at(text, position, len(text))
        assert (expected and (expected.span(), expected.lastgroup)) == (found and (found.span(), found.lastgroup))
