"""The abbreviated Russian plural address (`comrs.`) before a list of surnames."""

from __future__ import annotations

from archivekg.extract.persons import extract_persons
from archivekg.model import Document, Metadata


def test_abbreviated_comrades_name_each_listed_surname():
    text = "Two Soviet engineers, comrs. Baranov and Lisitsyn, inspected the dam last spring."
    found, _ = extract_persons(Document("t", "t.txt", text, "0" * 64), Metadata())
    assert {p.key for p in found} == {"baranov", "lisitsyn"}
