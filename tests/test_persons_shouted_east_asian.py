"""A cable that shouts names writes East Asian ones in capitals too (`I visited KIM IL SUNG`):
two or three words that read as such a name are one, but not inside a longer run of capitals
(`KIM IL SUNG UNIVERSITY`), nor when a place or a function word would be its given name."""

from __future__ import annotations

from persons_text import names


def test_shouted_names_in_running_text() -> None:
    text = ("On 2 May I visited KIM IL SUNG and handed him the letter. KIM IL SUNG asked me to thank "
            "Comrade Stalin. Then ZHOU ENLAI AND PHAM VAN DONG arrived.\n")
    assert set(names(text).values()) >= {("Kim Il Sung",), ("Zhou Enlai",), ("Pham Van Dong",)}


def test_a_longer_run_or_a_place_is_no_name() -> None:
    text = "He studied at KIM IL SUNG UNIVERSITY and flew TO CHINA on XI AN airlines.\n"
    assert names(text) == {}


def test_the_editors_bracketed_spelling_is_no_second_person() -> None:
    text = "He had talks with the chairman MAO ZEDONG [MAO TSE-TUNG] on the treaty.\n"
    assert list(names(text).values()) == [("Mao Zedong",)]
