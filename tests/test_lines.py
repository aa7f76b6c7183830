"""Line starts found once, and line-anchored patterns matched only there."""

import re

from archivekg.extract.lines import line_matches, line_starts


def test_line_starts_are_zero_and_every_position_after_a_break():
    assert line_starts("ab\n\ncd\n") == (0, 3, 4, 7)
    assert line_starts("") == (0,)


def _spans(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]


def test_line_matches_find_what_finditer_finds():
    text = "KIM: We met.\nnot a label: no\n  PAK: indented\nLEE:\n\nHAN: after a blank\nKo: short"
    for pattern in (re.compile(r"^([A-Z]+):\s+\S", re.M), re.compile(r"^([A-Z][a-z]+):[ \t]+\S", re.M),
                    re.compile(r"^\s*([A-Z]{3}):", re.M)):
        assert _spans(line_matches(pattern, text)) == _spans(list(pattern.finditer(text)))


def test_a_match_running_into_the_next_line_hides_a_label_there_as_finditer_does():
    pattern = re.compile(r"^([A-Z][^:\n]{1,60}?):\s+\S", re.M)
    text = "Kim:\nLee: hello\nPak: yes"
    found = line_matches(pattern, text)
    assert _spans(found) == _spans(list(pattern.finditer(text)))
    assert [m.group(1) for m in found] == ["Kim", "Pak"]
