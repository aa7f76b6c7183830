"""Which searches an entity's labels lead to."""

from __future__ import annotations

from archivekg.link.candidates import search_labels
from archivekg.link.subjects import Subject, country_hints


def subject(*labels: str) -> Subject:
    return Subject("urn:x", "person", labels[0], labels)


def test_every_spelling_once_in_order():
    assert search_labels(subject("Kim Il Sung", "Kim Il-sung", "KIM IL SUNG")) == ("Kim Il Sung", "Kim Il-sung")


def test_initials_add_the_surname():
    assert search_labels(subject("N. S. Khrushchev", "Khrushchev")) == ("N. S. Khrushchev", "Khrushchev")
    assert search_labels(subject("A.M. Puzanov")) == ("A.M. Puzanov", "Puzanov")
    assert search_labels(subject("Pak Geum-cheol")) == ("Pak Geum-cheol",)


def test_country_hints_ignore_the_destination():
    assert country_hints(["Soviet Ambassador to the DPRK"]) == ("ussr",)
    assert country_hints(["Chairman of the KWP CC", "Chinese Ambassador in Pyongyang"]) == ("dprk", "prc")
    assert country_hints(["Premier"]) == ()
