"""A cable's heading names its sender and addressee by surname alone."""

from __future__ import annotations
from persons_text import keys



def test_sender_and_addressee_of_a_cable_heading():
    text = "Telegram, Shatalov to Belinsky on the Talks at the Ministry\n\nStrictly secret.\n\nThe minister spoke."
    assert keys(text) == {"shatalov", "belinsky"}


def test_addressee_line_and_a_heading_ending_on_the_addressee():
    text = ("Ciphered telegram, Soviet Representative in Pyongyang to Belinsky\n\nFrom Pyongyang.\n\n"
            "To Belinsky.\n\nThe minister spoke.")
    assert keys(text) == {"belinsky"}


def test_the_addressee_closing_a_code_messages_heading_is_a_person():
    text = ("Code Message No. 2210 from Ambassador Wierzbicki in Oslo to Winiewicz\n\n"
            "On the 3rd Lange received me for a short conversation.\n")
    assert "winiewicz" in keys(text)
