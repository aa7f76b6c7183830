"""A surname alone on the last lines of a report is its signature when the line below
gives the signer's rank or office, `(signed)` opens it, or a closing greeting stands
above it: the signer is a person though no given name or title precedes the surname."""

from __future__ import annotations

from persons_text import keys

_BODY = "The delegation will leave on Friday. The embassy will report on the talks.\n"


def test_surname_over_office_line():
    assert "brennecke" in keys(_BODY + "Brennecke\nActing Ambassador\nCC: Department 3\n")


def test_surname_over_bracketed_office_line():
    assert "brennecke" in keys(_BODY + "With socialist greetings\nBrennecke\n[GDR Ambassador]\nEnclosure\n")


def test_signed_surname():
    assert "brennecke" in keys(_BODY + "(signed) Brennecke\n")


def test_surname_after_closing_greeting():
    assert "brennecke" in keys(_BODY + "With comradely greetings\n\nBrennecke\n")


def test_lone_heading_word_is_no_signature():
    assert keys(_BODY + "Enclosure\nAnnex to the report\n") == set()
    assert keys("Politburo\nThe session opened at noon.\n") == set()
