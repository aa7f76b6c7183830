"""An office set against the name after its comma (`Unlike the Polish speaker, Comrade
Vu`) belongs to someone else; the same office without the contrast is the name's own."""

from __future__ import annotations

from archivekg.extract.persons import extract_persons
from archivekg.model import Document, Metadata


def roles(text: str) -> set[tuple[str, str]]:
    _, found = extract_persons(Document("t", "t.txt", text, "0" * 64), Metadata())
    return {(r.person, r.title) for r in found}


def test_office_after_unlike_is_someone_elses():
    found = roles("At the rally the Mayor of Hanoi, Comrade Vu, spoke at length. "
                  "Unlike the Polish speaker, Comrade Vu praised the unity of the camp.\n")
    assert ("vu", "Mayor of Hanoi") in found
    assert not any(title.endswith("speaker") for _, title in found)


def test_appositive_office_without_contrast_is_kept():
    found = roles("At the rally the Polish speaker, Comrade Vu, praised the unity of the camp.\n")
    assert ("vu", "Polish speaker") in found
