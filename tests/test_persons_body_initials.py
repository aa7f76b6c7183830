"""The last word of a body named after `of` (`…Academy of Sciences M.S. Asimov`) is no given
name of the initials and surname written right after it."""

from __future__ import annotations

from archivekg.extract.persons import extract_persons
from archivekg.model import Document, Metadata


def extract(text: str):
    return extract_persons(Document("t", "t.txt", text, "0" * 64), Metadata())


def test_body_word_before_initials_is_cut_off():
    found, roles = extract("The delegation was headed by the member of the Academy of Medicine "
                           "P.K. Tursunov. It arrived on Monday.")
    assert [p.key for p in found] == ["p-k-tursunov"]
    assert ("p-k-tursunov", "member of the Academy of Medicine") in {(r.person, r.title) for r in roles}


def test_given_name_before_initials_stays():
    found, _ = extract("A message from John F. Kennedy was read out.")
    assert [p.key for p in found] == ["john-f-kennedy"]
