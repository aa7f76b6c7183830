"""Pinyin and Wade–Giles spellings of one Chinese name share a key; other names get none."""

from __future__ import annotations

import pytest

from archivekg.extract.chinese import chinese_key


@pytest.mark.parametrize(
    "pinyin, wade_giles",
    [
        ("Zhou Enlai", "Chou En-lai"),
        ("Mao Zedong", "Mao Tse-tung"),
        ("Mao Zedong", "Mao Tsetung"),
        ("Deng Xiaoping", "Teng Hsiao-p’ing"),
        ("Qiao Guanhua", "Ch'iao Kuan-hua"),
        ("Wang Hairong", "Wang Hai-jung"),
        ("Ji Pengfei", "Chi Peng-fei"),
        ("Ye Jianying", "Yeh Chien-ying"),
        ("Liu Shaoqi", "Liu Shao-ch'i"),
        ("Zhu De", "Chu Teh"),
        ("Bo Yibo", "Po I-po"),
        ("Chen Yi", "Ch’en I"),
        ("Deng Xiaoping", "Deng Xiao-ping"),
    ],
)
def test_one_name_in_both_systems_has_one_key(pinyin: str, wade_giles: str) -> None:
    assert chinese_key(pinyin) is not None
    assert chinese_key(pinyin) == chinese_key(wade_giles)


@pytest.mark.parametrize("a, b", [("Zhou Enlai", "Zhou Enhai"), ("Li Peng", "Li Ping"), ("Zhang Wenjin", "Zhang Wen")])
def test_different_names_have_different_keys(a: str, b: str) -> None:
    assert chinese_key(a) != chinese_key(b)


@pytest.mark.parametrize("name", ["Kim Il Sung", "Ri Ju-yeon", "Ho Chi Minh", "Pham Van Dong", "Zhou", "John Lord",
                                  "Kang Sok-ju"])
def test_no_key_for_a_name_that_is_not_chinese(name: str) -> None:
    assert chinese_key(name) is None
