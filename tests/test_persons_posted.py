"""A surname right after the place an office is held in names the office holder."""

from __future__ import annotations

from archivekg.extract.persons import extract_persons
from archivekg.model import Document, Metadata


def read(text: str) -> tuple[set[str], set[tuple[str, str]]]:
    found, roles = extract_persons(Document("t", "t.txt", text, "0" * 64), Metadata())
    return {p.key for p in found}, {(r.person, r.title) for r in roles}


def test_surname_after_a_known_place_of_posting():
    keys, roles = read("Diary of the Soviet Ambassador to Burma Loginov, talk with the Foreign Minister")
    assert keys == {"loginov"}
    assert ("loginov", "Soviet Ambassador to Burma") in roles


def test_surname_after_a_place_the_lists_do_not_know():
    keys, roles = read("Hungarian Consul in Tamatave Farkasdi, Report on the Port Strike")
    assert keys == {"farkasdi"}
    assert ("farkasdi", "Hungarian Consul in Tamatave") in roles


def test_a_full_name_after_to_is_not_cut():
    keys, _ = read("the Ambassador handed a letter to Zhou Enlai on the trade talks")
    assert keys == {"zhou-enlai"}


def test_a_place_without_an_office_keeps_its_name():
    keys, _ = read("The delegation went to Burma Road at dawn.")
    assert keys == set()
