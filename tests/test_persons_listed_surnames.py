"""Surnames alone are persons where a telegram lists its readers or those present,
and where its title names who sent it from which city to whom."""

from __future__ import annotations
from persons_text import keys



def test_readers_after_fyi():
    assert keys("Ciphergram No. 12\nFYI: Wolak, Bryl, Zadra\nThe talks went well.") == {"wolak", "bryl", "zadra"}


def test_attendance_in_parentheses():
    text = ("The meeting took place at noon (also in attendance: Ueda, Kimura, Saito; from the Embassy, "
            "Counsellor Noda).")
    assert {"ueda", "kimura", "saito"} <= keys(text)


def test_list_stops_at_a_sentence():
    assert keys("Present: Wolak, Bryl. Warsaw Radio reported the visit.") == {"wolak", "bryl"}


def test_sender_and_addressee_with_their_cities():
    text = "Telegram from Bryl (Hanoi) to Zadra (Warsaw)\nZadra\nI met the Premier yesterday."
    assert keys(text) == {"bryl", "zadra"}


def test_a_circular_to_several_addressees_each_at_his_post():
    text = ("Code Message No. 12 from Wolak to Bryl (Moscow), Zadra (Prague), and Mrozek (Sofia)\n"
            "We hereby inform you about the talks.")
    assert keys(text) == {"wolak", "bryl", "zadra", "mrozek"}


def test_places_in_the_frame_are_not_senders():
    assert keys("Trains from Lodz (Poland) go to Hanoi by way of Moscow.") == set()


def test_clerk_who_checked_the_decipher():
    assert keys("Deciphered by Wolak, checked by Bryl\n/-/ Zadra") >= {"wolak", "bryl"}


def test_readers_after_fyi_and_a_dash():
    assert keys("Ciphergram No. 14\nFYI\u00a0 – Wolak, Bryl, Zadra\nThe talks went well.") == {"wolak", "bryl", "zadra"}


def test_given_names_in_a_readers_list_are_cover_names_not_persons():
    assert keys("Ciphergram No. 15\n(FYI: Wolak, Bryl, Tadeusz, Ludwik)\nThe talks went well.") == {"wolak", "bryl"}


def test_surnames_listed_under_an_interpreters_label_past_a_longer_item():
    text = "Interpreters: Rim [Rim Chol], Liu Wei, and Sobolenko.\n\nBrezhnev. What is the mood?"
    assert "sobolenko" in keys(text)



def test_a_list_goes_on_past_an_aside_that_names_someone():
    text = ("Those present were: Brezhnev (in the chair), Suslov and Kirilenko (to the right of Brezhnev), "
            "and Kolarov, Chervenkov (to the left).")
    assert {"kolarov", "chervenkov"} <= keys(text)


def test_a_list_goes_on_past_an_aside():
    text = "The guests were Suslov and Kirilenko (on the right), and Kolarov, Chervenkov (on the left)."
    assert {"kolarov", "chervenkov"} <= keys(text)


def test_surnames_after_on_the_other_side_and_a_comma():
    text = "Also present on the Soviet side were Gromyko and Blatov; on the German side, Wischnewski, Mirow."
    assert {"wischnewski", "mirow"} <= keys(text)
    assert keys("On the other side, However the talks went on.") == set()


def test_surnames_listed_after_from_the_party():
    text = "From the PPR side there were: Gomulka and Zambrowski, from the PPS: Szwalbe, Cyrankiewicz and myself."
    assert {"szwalbe", "cyrankiewicz"} <= keys(text)
