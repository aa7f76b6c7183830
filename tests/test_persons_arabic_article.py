"""An Arabic article hyphenated to a name (`al-`, `el-`) is part of the name, and the name
after it may stand alone later; a line label before a time (`Begin: 18:10 Hours`) is no speaker."""

from __future__ import annotations

from archivekg.extract.persons import extract_persons
from archivekg.model import Document, Metadata


def persons(text: str) -> dict[str, int]:
    found, _ = extract_persons(Document("t", "t.txt", text, "0" * 64), Metadata())
    return {p.name: len(p.mentions) for p in found}


def test_article_joins_the_name_and_the_bare_name_refers_back():
    text = ("Record of the talks between Comrade Werner Haubold and Comrade Colonel Rashid al-Tamimi.\n\n"
            "Comrade Rashid al-Tamimi welcomed the delegation. Tamimi said the talks were useful.\n")
    assert persons(text) == {"Werner Haubold": 1, "Rashid al-Tamimi": 3}


def test_el_article():
    text = "The ambassador met Vice President Yusuf el-Masri in Cairo.\n"
    assert persons(text) == {"Yusuf el-Masri": 1}


def test_label_before_a_time_is_no_speaker():
    text = ("Minutes of the talks, Friday, 3 March 1978\n\nBegin: 10:15 Hours\n\n"
            "Haubold: We welcome the guests.\n\nTamimi: We thank you.\n\n"
            "Haubold: Let us begin.\n\nTamimi: Agreed.\n\nEnd: 12:40 Hours\n")
    assert set(persons(text)) == {"Haubold", "Tamimi"}


def test_capital_article_before_a_leader_is_his_name():
    text = "He knows the closest associates – El Sadat, Hamid Farouk and others – well.\n"
    assert persons(text) == {"El Sadat": 1, "Hamid Farouk": 1}


def test_spanish_article_still_opens_a_place():
    assert persons("The delegation flew on to El Paso and La Paz.\n") == {}


def test_initial_and_bare_surname_join_the_name_with_its_article():
    text = ("Note about the Meeting between Comrades Werner Lamberz and Salah al-Mahdi on 4 May 1977 in Aden\n\n"
            "After introductory remarks, S. Mahdi outlined the situation in the south.\n")
    assert persons(text) == {"Werner Lamberz": 1, "Salah al-Mahdi": 2}


def test_an_article_before_a_place_word_makes_a_family_name():
    text = "The meeting was attended by Abbas Zaki and Amin al-Hindi, members of the Council.\n"
    assert persons(text) == {"Abbas Zaki": 1, "Amin al-Hindi": 1}


def test_a_capitalised_article_joins_the_name_too():
    text = ("Note regarding the talks between Todor Zhivkov and Anwar El-Sadat in Cairo.\n\n"
            "Later Sadat said that the talks were useful.\n")
    assert persons(text) == {"Todor Zhivkov": 1, "Anwar El-Sadat": 2}
