"""The people whose words a record gives hold the part `speaker` in it, beside their offices."""

from __future__ import annotations

from archivekg.extract import extract
from archivekg.model import Document

MINUTES = """Record of Premier Zhou's Talk with Prime Minister Pham Van Dong

Time: 28 August 1962, 7:30 a.m.
Place: Waiting room, Guangzhou Baiyun Airfield
Interpreter and recorder: Liang Feng

Prime Minister Pham (hereafter, Pham): On my return I will report to the Politburo.

Premier Zhou (hereafter, Zhou): You have a responsibility to the whole region.

Pham: We hope that you can help them.

Zhou: We can assist you. Please give us a list.
"""

NARRATED = """Journal of Ambassador I. P. Volkov

12 May 1960

Today I visited Minister Pak Seong-cheol at his request. Pak Seong-cheol said that the
delegation would leave on Friday. I thanked him for the information.
"""


def speakers(text: str) -> dict[str, str]:
    facts = extract(Document("t", "t.txt", text, "0" * 64))
    names = {p.key: p.name for p in facts.persons}
    return {names[r.person]: r.span.quote for r in facts.roles if r.title == "speaker" and r.kind == "part"}


def test_labelled_turns_make_their_speakers():
    found = speakers(MINUTES)
    assert set(found) == {"Pham Van Dong", "Zhou"}
    assert found["Zhou"] in ("Premier Zhou", "Zhou")


def test_a_host_who_speaks_is_still_a_speaker():
    assert "Pak Seong-cheol" in speakers(NARRATED)


def test_the_interpreter_and_the_narrator_are_not_speakers():
    assert "Liang Feng" not in speakers(MINUTES)
    assert "I. P. Volkov" not in speakers(NARRATED)
