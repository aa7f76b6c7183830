"""Words after `Foreign` inside an office go on naming the body (`Directorate for Foreign
Cultural Exchange`): they are no person, though an office stands before them."""

from __future__ import annotations

from archivekg.extract.persons import extract_persons
from archivekg.model import Document, Metadata


def keys(text: str) -> list[str]:
    found, _ = extract_persons(Document("t", "t.txt", text, "0" * 64), Metadata())
    return [p.key for p in found]


def test_body_after_foreign_is_no_person():
    text = ("Present were Le Van Hien, Chief of the Directorate for Foreign Specialist Matters; "
            "Dinh Van Tuan, Chief of the Department for the Receipt of Foreign Aid of the MNO; and others.")
    assert keys(text) == ["le-van-hien", "dinh-van-tuan"]
