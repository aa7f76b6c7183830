"""The name filling a record's staff line (Translator:, Recorder:) is a person, whatever its shape."""

from __future__ import annotations

from archivekg.extract.persons import extract_persons
from archivekg.model import Document, Metadata

RECORD = """Time: 9:00 a.m. - 10:15 a.m., 3 May 1963

Location: Guest House

Interpreter: Tao Ru’yi

Recorder: Bai [illegible]

Deng: Welcome back to Beijing.
"""


def test_staff_lines_name_their_people_and_parts():
    found, roles = extract_persons(Document("t", "t.txt", RECORD, "0" * 64), Metadata())
    names = {p.key: p.names for p in found}
    assert names["tao-ruyi"] == ("Tao Ru’yi",)
    assert names["bai"] == ("Bai",)
    parts = {(r.person, r.title) for r in roles}
    assert ("tao-ruyi", "interpreter") in parts
    assert ("bai", "Recorder") in parts


def test_a_label_that_names_no_staff_gives_no_person():
    text = "Location: Guest House\n\nSubject: Rice Harvest\n"
    found, _ = extract_persons(Document("t", "t.txt", text, "0" * 64), Metadata())
    assert found == ()
