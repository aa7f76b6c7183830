"""Line starts found once; patterns matched only where they can begin, as re would find them."""

import re

from archivekg.extract.lines import (
    first_match_at,
    folded,
    line_matches,
    line_search,
    line_starts,
    matches_at,
    occurrences,
)


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


def test_line_search_finds_what_search_finds():
    pattern = re.compile(r"^\s*(?:Place|Venue)\s*:\s*([^\n]{2,80})", re.IGNORECASE | re.M)
    for text in ("Kim\n\n  PLACE: Pyongyang\nVenue: Moscow", "no place: here\nTime: 10:00", "Place:"):
        expected, found = pattern.search(text), line_search(pattern, text)
        assert (expected and (expected.span(), expected.groups())) == (found and (found.span(), found.groups()))


def test_folded_keeps_offsets_and_makes_dotted_and_dotless_i_plain():
    text = "TİME and tıme, DATE"
    assert len(folded(text)) == len(text)
    assert folded(text) == "time and time, date"


def test_matches_at_the_only_starts_a_pattern_can_have_find_what_finditer_finds():
    pattern = re.compile(r"\b(?:[Tt]elegram|[Cc]able),?[ \t]+([A-Z][a-z]+)[ \t]+to[ \t]+([A-Z][a-z]+)\b")
    text = "A cable, Shtykov to Vyshinsky; a table to Kim; Telegram Kim to Pak, cable Pak to Kim"
    starts = sorted(at - 1 for word in ("elegram", "able") for at in occurrences(text, word) if at > 0)
    assert _spans(matches_at(pattern, text, starts)) == _spans(list(pattern.finditer(text)))
    end = text.index(";")
    assert _spans(matches_at(pattern, text, [s for s in starts if s < end], end)) == _spans(
        list(pattern.finditer(text, 0, end)))
    first = first_match_at(pattern, text, starts)
    assert first is not None and first.span() == pattern.search(text).span()


def test_occurrences_are_every_start_of_the_needle_in_range():
    assert occurrences("abab ab", "ab") == [0, 2, 5]
    assert occurrences("abab ab", "ab", 1, 6) == [2]
