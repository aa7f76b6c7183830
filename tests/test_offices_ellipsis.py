"""An editor's ellipsis after a chained office (`…, the head of the delegation […]`) is no
name the office could open."""

from __future__ import annotations

from archivekg.extract.persons import extract_persons
from archivekg.model import Document, Metadata


def roles(text: str) -> set[tuple[str, str]]:
    _, found = extract_persons(Document("t", "t.txt", text, "0" * 64), Metadata())
    return {(r.person, r.title) for r in found}


def test_chained_office_before_an_ellipsis():
    found = roles("Kang Seong-do, Minister of Light Industry, the head of the delegation [...]\n")
    assert ("kang-seong-do", "head of the delegation") in found


def test_chained_office_before_a_bracketed_name_is_the_next_persons():
    found = roles("Kang Seong-do, Minister of Light Industry, the head of the delegation [Ri Man-sik] spoke.")
    assert ("kang-seong-do", "head of the delegation") not in found
