"""The word before a serial number (`Orig. No. 101`, `Ser. No. 7`, `Hoc Tap No. 3`) labels a
copy, a series or a periodical: it is no part of a name."""

from __future__ import annotations

from archivekg.extract.persons import extract_persons
from archivekg.model import Document, Metadata


def names(text: str) -> dict[str, tuple[str, ...]]:
    found, _ = extract_persons(Document("t", "t.txt", text, "0" * 64), Metadata())
    return {p.key: p.names for p in found}


def test_signature_before_a_copy_number():
    found = names("The talk lasted an hour.\n\nUSSR AMBASSADOR IN LAGOS\nP.K. DOROSHIN Orig. No. 17\n")
    assert list(found) == ["p-k-doroshin"]


def test_name_before_a_reference_number():
    found = names("To Ambassador Jan Bryl Ser. No. 44/61\nThe minister agreed.")
    assert list(found) == ["jan-bryl"]
