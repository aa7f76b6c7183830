"""A participants' list line gives the name and then its office without a comma (`RYU Il 2nd Vice Premier`),
perhaps with further offices in a parenthesis; the line above is another entry, not an office over the name."""

from __future__ import annotations

from pathlib import Path

from archivekg.extract.persons import extract_persons
from archivekg.model import Document, Metadata

FIXTURE = Path(__file__).parent / "fixtures" / "persons" / "participants_lines.txt"


def roles() -> set[tuple[str, str]]:
    _, found = extract_persons(Document("t", "t.txt", FIXTURE.read_text(), "0" * 64), Metadata())
    return {(r.person, r.title) for r in found}


def test_office_after_the_name_on_a_list_line():
    found = roles()
    assert ("seo-dal-su", "Assistant to the co-chairman") in found
    assert ("ryu-gwang-sik", "2nd Vice Premier") in found
    assert ("pak-chang-ok", "Deputy Co-chairman") in found


def test_office_in_a_parenthesis_after_the_listed_office():
    found = roles()
    assert ("seo-dal-su", "Special Assistant to the Premier for Trade") in found
    assert ("choi-min-gyu", "Cabinet Secretary") in found


def test_the_entry_above_is_no_office_of_the_next_name():
    found = roles()
    assert not any(title.startswith(("BAEK", "RYU")) for _, title in found)
