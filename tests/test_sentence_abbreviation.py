"""A stop ends an abbreviation exactly where the abbreviation pattern, searched before it, says so."""

from archivekg.extract.meeting_text import _ABBREVIATION, _abbreviated

_TEXTS = ("Mr. Kim", "the U.S. side", "at 10 a.m. sharp", "copy Nº. 3", "ANº. 3", "Cdes. A and B", "Cds. A and B", "by comrs. X",
          "i.e. them", "told him. Then", "in 1990. Then", "B52. Then", "x_y. z", "Capt. Ri", "He left! Then",
          "Ye. Ligachev", "prof. Sutanto", "é. x", "(A. Kim", "pp. 3-4", "vs. them", "met Kim.")


def test_every_stop_is_judged_as_the_whole_search_judges_it():
    for text in _TEXTS:
        for stop, char in enumerate(text):
            if char not in ".!?":
                continue
            for start in range(max(0, stop - 8), stop + 1):
                tail = text[stop - 5:stop] if stop >= 5 else ""
                cleared = tail.isalpha() and "º" not in tail and tail not in ("comrs", "Comrs")
                expected = not cleared and _ABBREVIATION.search(text, max(start, stop - 6), stop + 1) is not None
                assert _abbreviated(text, start, stop) == expected, (text, start, stop)
    assert _abbreviated("Mr. Kim", 0, 2) and not _abbreviated("told him. Then", 0, 8)
    assert _abbreviated("to Ambassador Khr. Stoichev", 0, 17)
    assert _abbreviated("Present from the Polish side: Cds. Gomułka, Kliszko", 0, 33)
    lower = "Present were the laureate, prof. Sutanto, and acad. Ivanov"
    assert _abbreviated(lower, 0, lower.index("prof.") + 4) and _abbreviated(lower, 0, lower.index("acad.") + 4)


def test_a_clock_times_p_m_before_a_capital_ends_the_sentence():
    text = "Visited the President at 1 P.M. Just today he received the message."
    assert not _abbreviated(text, 0, text.index("P.M.") + 3)
    assert _abbreviated(text, 0, text.index("P.M.") + 1)


def test_a_russian_initial_of_two_letters_written_with_i_ends_no_sentence():
    text = "Present were A.Ia. Vyshinsky and Iu. Andropov."
    assert _abbreviated(text, 0, text.index("Ia.") + 2)
    assert _abbreviated(text, 0, text.index("Iu.") + 2)


def test_a_months_stop_between_a_day_and_a_year_ends_no_sentence():
    text = "On 24 Oct. 1956 I attended a meeting. On Oct. 25, 1956 we left. They met in Oct. Then we left."
    stops = [at for at, char in enumerate(text) if char == "." and text[at - 3:at] == "Oct"]
    assert [_abbreviated(text, 0, at) for at in stops] == [True, True, False]
