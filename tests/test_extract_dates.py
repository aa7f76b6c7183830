"""Date expressions of the genre, normalised against an anchor with the precision the text gives."""

from __future__ import annotations

import pytest

from archivekg.extract.dates import date_value, days_of_a_month, find_dates, resolve, scan_layout

ANCHOR = "1963-10-18"
CONTEXT = "1963-10-15"


@pytest.mark.parametrize(
    ("phrase", "iso"),
    [
        ("on 1 October 1957", "1957-10-01"),
        ("on October 18, 1963", "1963-10-18"),
        ("signed 18 October [1963]", "1963-10-18"),
        ("on 16 [October]", "1963-10-16"),
        ("On the 26th [of June], the Minister", "1963-06-26"),
        ("on the 3rd", "1963-10-03"),
        ("which began on October 14th10.30 PM", "1963-10-14"),
        ("on the evening of the 3rd", "1963-10-03"),
        ("On the afternoon [of the 3rd] at the session", "1963-10-03"),
        ("since July of 1956", "1956-07"),
        ("this past June", "1963-06"),
        ("On 4th of this month", "1963-10-04"),
        ("on the 28th of last month", "1963-09-28"),
        ("on 2 of the current month", "1963-10-02"),
        ("next summer", "1964"),
        ("last year", "1962"),
        ("next year", "1964"),
        ("yesterday", "1963-10-17"),
        ("the following morning", "1963-10-16"),
        ("that evening", "1963-10-15"),
        ("in 1958", "1958"),
        ("in May", "1963-05"),
        ("on 16.X.1963", "1963-10-16"),
        ("on 28 December", "1963-12-28"),
        ("asked me to come on September 30th, 4.30 PM", "1963-09-30"),
        ("on 2 June of this year", "1963-06-02"),
        ("on June 2 of this year", "1963-06-02"),
        ("talks on 29 – 30 October 1963", "1963-10-29"),
        ("the talks of 7-9 October", "1963-10-07"),
        ("consultations between 11 and 13 December 1963", "1963-12-11"),
        ("the talks on 11 and 12 October 1963 in Berlin", "1963-10-11"),
        ("two days ago", "1963-10-16"),
        ("A month and a half ago, he received me", "1963-09"),
        ("about 3 weeks ago", "1963-09"),
        ("ten years ago", "1953"),
        ("a year and a half ago", "1962"),
        ("He came to see me last Sunday", "1963-10-13"),
        ("with D. Rusk in the State Department, 31. VIII – 1963.", "1963-08-31"),
        ("this past Friday", "1963-10-11"),
        ("we agreed to meet next Tuesday", "1963-10-22"),
    ],
)
def test_phrase_resolves(phrase: str, iso: str):
    mentions = find_dates(phrase)
    assert len(mentions) == 1
    assert resolve(mentions[0], ANCHOR, CONTEXT) == iso


def test_day_and_month_take_the_year_nearest_the_anchor():
    (mention,) = find_dates("on 28 December")
    assert resolve(mention, "1964-01-05") == "1963-12-28"


def test_may_the_verb_is_not_a_month():
    assert find_dates("The Premier may come to Beijing.") == ()


def test_value_keeps_verbatim_and_span():
    text = "Comrade Kim received us on 16 [October]."
    (mention,) = find_dates(text)
    value = date_value(text, mention, ANCHOR)
    assert value is not None and value.iso == "1963-10-16" and value.precision == "day"
    assert value.verbatim == "16 [October]" and text[value.span.start:value.span.end] == "16 [October]"


def test_registry_stamps_are_not_entry_headings():
    text = (
        "Incoming Nº 02821s\n\n2 November 1957\n\nNº 260 Copy Nº 1\n\n6 October 1957\n\n"
        "of the Soviet Ambassador in the DPRK\n\n1 October 1957\n\n"
        "I visited the Minister of Foreign Affairs and handed him the note of the government.\n\n"
        "3 October 1957\n\nI received the Chinese ambassador at his request. He informed me of the talks.\n"
    )
    layout = scan_layout(text, "1957-10-01")
    assert [iso for _, iso in layout.headings] == ["1957-10-01", "1957-10-03"]
    stamp = text.index("2 November 1957")
    assert layout.is_stamp(stamp, stamp + len("2 November 1957"))
    assert layout.entry_date(text.index("I visited")) == "1957-10-01"
    assert layout.entry_date(text.index("I received")) == "1957-10-03"
    assert layout.entry_date(0) is None


def test_signature_date_at_the_end_is_not_a_heading():
    text = "We will report separately.\n\nSong Renqiong, Wu De\n18 October [1963]\n"
    assert scan_layout(text, ANCHOR).headings == ()


def test_date_line_the_narrator_continues_heads_an_entry_even_under_a_copy_stamp():
    text = ("Diary of Ambassador V. I. Semenov\n\nCopy No. 2\n\n4 March 1959\n\n"
            "I received the Envoy of Czechoslovakia at his request and we spoke for an hour.\n")
    assert scan_layout(text, "1959-03-15").headings == ((text.index("4 March"), "1959-03-04"),)


def test_date_line_heads_the_days_text_below_a_copy_stamp():
    text = ("Iskh. #41/s\n20 April 1956\n\nwith the Ambassador of Burma\n9 April 1956\n\nCopy #2\n\n"
            "Today at 11.00, according to prior agreement, I was visited by the Ambassador of Burma.\n")
    layout = scan_layout(text, "1956-04-20")
    assert layout.headings == ((text.index("9 April"), "1956-04-09"),)
    assert layout.is_stamp(text.index("20 April"), text.index("20 April") + len("20 April 1956"))


def test_a_document_date_above_a_classification_is_no_entry_heading():
    text = "6 October 1956\n\nTop Secret\n\nI am reporting about the conversations of my trip.\n"
    assert scan_layout(text, "1956-10-06").headings == ()


def test_an_ordinal_without_a_day_lead_is_no_date():
    assert find_dates("delegates to the 21st Congress") == ()


def test_date_line_heads_a_short_opening_sentence() -> None:
    text = "Reception of the Ambassador\n\nMarch 3, 1964\n\nThe talk began at 1000 hours.\n\nAmbassador: Thank you.\n"
    assert scan_layout(text, "1964-03-05").headings == ((text.index("March 3"), "1964-03-03"),)


def test_a_range_by_words_keeps_the_day_it_names_last():
    mentions = find_dates("I was in Moscow from 14 to 26 June 1963. I returned with the delegation.")
    assert [(m.verbatim, m.day) for m in mentions] == [("26 June 1963", 26)]


def test_a_dashed_range_is_quoted_whole():
    assert [m.verbatim for m in find_dates("Talks in Warsaw on 29 – 30 October 1963")] == ["29 – 30 October 1963"]


def test_a_numeric_date_written_month_first_is_the_day_of_writing():
    mention = find_dates("Dispatched from Havana on 11.12.1962 at 24:00")[0]
    assert resolve(mention, "1962-11-12") == "1962-11-12"
    assert resolve(mention, "1962-12-20") == "1962-12-11"


def test_two_days_joined_by_and_without_between_stay_two_dates():
    assert [m.verbatim for m in find_dates("the talks of 25 and 27 December 1963")] == ["27 December 1963"]


def test_a_military_hour_after_until_is_no_year():
    assert find_dates("the Premier had time only until 1900 since he had to go") == ()
    assert [m.verbatim for m in find_dates("On the 5th, from 1930 hours, the talks resumed; in 1930 they had not")] == [
        "5th", "1930"]
    assert [m.year for m in find_dates("until 1958 the plan held")] == [1958]


def test_an_outgoing_number_in_russian_letters_stamps_its_date_and_today_opens_an_entry() -> None:
    text = "Iskh. #87/s\n3 June 1956\n\nCopy #2\n\n21 May 1956\n\nToday at 11.00 I received the counsellor.\n"
    layout = scan_layout(text, "1956-06-03")
    assert layout.headings == ((text.index("21 May"), "1956-05-21"),)
    assert layout.is_stamp(text.index("3 June"), text.index("3 June") + len("3 June 1956"))


def test_many_years_ago_is_no_date():
    assert find_dates("many years ago, several months ago") == ()


def test_days_of_a_month_give_the_month_and_days_across_months_give_nothing():
    text = "from 18 to 21 October 1986; May 5-9, 1965; from 30 September to 2 October 1986"
    assert [d.iso for d in days_of_a_month(text, 0, len(text))] == ["1986-10", "1965-05"]


def test_days_of_a_month_of_this_year_take_the_records_year():
    text = "He made a visit to Moscow on 25-27 February of this year by invitation."
    assert [d.iso for d in days_of_a_month(text, 0, len(text), "1974-03-14")] == ["1974-02"]
    assert days_of_a_month(text, 0, len(text)) == []


def test_the_date_under_an_outgoing_number_is_a_stamp_though_the_narrator_follows_it() -> None:
    text = ("From the journal of\n\nwith the Ambassador of Ceylon GUNAWARDENA\n14 March 1958\n\nCopy #1\n\n"
            "Iskh. #22\n2 April 1958\n\nI visited Gunawardena at his request.\n")
    layout = scan_layout(text, "1958-04-02")
    assert layout.headings == ((text.index("14 March"), "1958-03-14"),)
    assert layout.is_stamp(text.index("2 April"), text.index("2 April") + len("2 April 1958"))
