"""A record's `Date:`/`Time:` line is found where the whole-text search finds it."""

from archivekg.extract.meetings import _HEADER_DATE, _header_date_search

_TEXTS = (
    "Record of Conversation\n\nTime: 22 November 1958\nPlace: Moscow",
    "Record of Conversation … Date: 2 May 1956 Location: Beijing",
    "He updated the candidate list at that time.\n  DATE AND PLACE: May 17, 1960, Hanoi",
    "Memorandum\n\tdate:\n3 March 1961",
    "At the time: nothing. Date of the talk unknown",
    "No header here at all.",
    "TİME: 10 October 1962",
)


def test_header_date_line_is_the_first_match_of_the_whole_pattern():
    for text in _TEXTS:
        expected, found = _HEADER_DATE.search(text), _header_date_search(text)
        assert (expected and expected.span()) == (found and found.span()), text
    assert _header_date_search(_TEXTS[0]) is not None
    assert _header_date_search(_TEXTS[5]) is None
