"""A possessive closes a name: the capitalised words after it are the thing owned
(`Anton Wexler's Private Notes`), not more of the name."""

from __future__ import annotations
from archivekg.extract.persons import extract_persons
from archivekg.model import Document, Metadata
from persons_text import keys



def test_title_words_after_a_possessive_name():
    text = '"Anton Wexler\'s Handwritten Notes on the Bureau Session," May 3, 1954.\nWexler reported on the plan.'
    assert keys(text) == {"anton-wexler"}


def test_curly_possessive_before_a_heading():
    assert keys("Extract from Boris Drenko’s Personal Diary\nDrenko met the consul.") == {"boris-drenko"}


def test_possessive_at_the_end_of_a_name_is_kept_out():
    assert keys("He read Anton Wexler's letter to the Bureau.") == {"anton-wexler"}


def test_an_ordinal_owned_by_a_name_is_no_name():
    text = "Record of Premier Liang Wei’s Fourth Conversation with Minister Kofi Mensah\nLiang Wei said it was good."
    assert keys(text) == {"liang-wei", "kofi-mensah"}


def test_the_mention_of_a_possessive_name_of_several_words_ends_with_the_name():
    text = "He read Comrade Anton Wexler's letter and Comrade Boris Drenko’s reply to the Bureau."
    found, _ = extract_persons(Document("t", "t.txt", text, "0" * 64), Metadata())
    assert sorted(m.quote for p in found for m in p.mentions) == ["Anton Wexler", "Boris Drenko"]
    assert all(not n.endswith(("'s", "’s")) for p in found for n in p.names)
