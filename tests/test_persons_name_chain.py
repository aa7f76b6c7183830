"""An Arab name chains given, father's and family names (`Nasir Hamid Jabbour`); its first
two words later stand for the whole. A Korean name cut short (`Kim Il`) is someone else."""

from __future__ import annotations

from archivekg.extract.persons import extract_persons
from archivekg.model import Document, Metadata


def persons(text: str) -> list[tuple[str, ...]]:
    found, _ = extract_persons(Document("t", "t.txt", text, "0" * 64), Metadata())
    return sorted(p.names for p in found)


def test_first_two_words_of_a_chained_name_are_the_same_person():
    text = ("The special envoy Nasir Hamid Jabbour, Deputy Prime Minister, arrived on Monday.\n\n"
            "Comrade Nasir Hamid handed over the letter.\n")
    assert persons(text) == [("Nasir Hamid Jabbour", "Nasir Hamid")]


def test_korean_name_cut_short_is_another_person():
    text = "Premier Kim Il Sung received the guests. Vice Premier Kim Il attended.\n"
    assert len(persons(text)) == 2
