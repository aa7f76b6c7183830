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


def _authored(text: str) -> set[tuple[str, str, str]]:
    from archivekg.extract import extract
    from archivekg.model import Document

    facts = extract(Document("t", "t.txt", text, "0" * 64))
    return {(r.person, r.title, r.kind) for r in facts.roles}


def test_the_office_under_or_over_a_signature_is_the_signers():
    found = _authored("Note on a Conversation\n\n" + _BODY + "Brennecke\nActing Ambassador\nCC:\n2x Department 3\n1x Embassy\n")
    assert {("brennecke", "author", "part"), ("brennecke", "Acting Ambassador", "office")} <= found
    found = _authored("Report on a Visit\n\n" + _BODY + "\nAmbassador of the USSR in the MPR\nIVANOV\n")
    assert ("ivanov", "Ambassador of the USSR in the MPR", "office") in {(p, t, k) for p, t, k in found}


def test_a_line_of_the_body_over_a_signature_is_no_office():
    found = _authored("Report on a Visit\n\nThe talks with the Minister went well and lasted two hours\nIVANOV\n")
    assert not {title for _, title, kind in found if kind == "office"}


def test_a_three_word_name_alone_under_a_heads_office_line_is_a_person():
    text = ("Record of Conversation\nwith the Minister of Fisheries of Kenya,\nHead of the Delegation of Experts\n"
            "Omari Juma Mwangeka\n(third level)\n\nThe head of the delegation returned to Moscow.\n")
    assert "omari-juma-mwangeka" in keys(text)
