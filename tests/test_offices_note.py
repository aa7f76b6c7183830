"""A translator's long note after a name does not part the name from its appositive office."""

from __future__ import annotations

from archivekg.extract.persons import extract_persons
from archivekg.model import Document, Metadata


def roles(text: str) -> set[tuple[str, str]]:
    _, found = extract_persons(Document("t", "t.txt", text, "0" * 64), Metadata())
    return {(r.person, r.title) for r in found}


def test_office_after_a_long_translators_note():
    found = roles("Present were Tran Van Quang [sic; translator's note: the spelling of this name could not "
                  "be confirmed], Deputy Chief of the Directorate of Transport of the DRV Ministry of Trade; "
                  "and others.")
    assert ("tran-van-quang", "Deputy Chief of the Directorate of Transport of the DRV Ministry of Trade") in found
