"""A Czech or Slovak record's lower-case comrade `c.` also opens a sentence, capitalised."""

from __future__ import annotations

from persons_text import names

TEXT = ("Record of c. Hradec's conversation with the GDR ambassador c. Kessler\n"
        "On 4 June I visited the GDR ambassador c. Kessler. C. Kessler informed me about his talks "
        "with the Korean comrades.")


def test_capital_c_opening_a_sentence_is_the_comrade_where_the_record_writes_c():
    found = names(TEXT)
    assert "kessler" in found
    assert not any(n.startswith("C.") for forms in found.values() for n in forms)
    assert len([k for k in found if "kessler" in k]) == 1


def test_elsewhere_c_before_a_surname_stays_an_initial():
    found = names("On 4 June I visited the ambassador. C. Kessler informed me about his talks.")
    assert any("C. Kessler" in forms for forms in found.values())
