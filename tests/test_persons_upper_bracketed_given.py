"""A Korean surname in capitals whose given name the editor supplied in brackets
(`HAN [Sang-min]`) is one person, read like `HAN Sang-min`."""

from __future__ import annotations

from persons_text import keys


def test_shouted_surname_with_bracketed_given_on_participants_line():
    text = ("Participants:\nSouth\nHAN [Sang-min] Acting Deputy Director of the Planning Office\n"
            "YUN Tae-seok Director of Protocol\n")
    assert keys(text) == {"han-sang-min", "yun-tae-seok"}


def test_bracketed_gloss_after_an_abbreviation_is_no_given_name():
    assert keys("The KCIA [Korean Central Intelligence Agency] sent Yun Tae-seok.\n") == {"yun-tae-seok"}


def test_a_given_name_completed_by_a_shouted_bracketed_surname_is_one_person():
    found = keys("Premier [ZHOU]: I have heard that Quinim [PHOLSENA] will arrive tonight and Phoumi [NOSAVAN] "
                 "has left for Bangkok [THAI].")
    assert {"quinim-pholsena", "phoumi-nosavan"} <= found
    assert not any("thai" in key for key in found)
