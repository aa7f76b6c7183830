"""Minutes name their speakers by surname as a line's label; a leader's label or two
speakers taking turns shows the labels are speakers, not headings."""

from __future__ import annotations
from persons_text import keys



def test_labels_beside_a_leader():
    text = ("Bergholz: reports on the work of the commission\n\n"
            "Tito: the harvest plan must be kept.\n\n"
            "Lindqvist: agrees with the proposal.\n")
    assert keys(text) == {"bergholz", "tito", "lindqvist"}


def test_speakers_taking_turns():
    text = ("Bergholz: the plan is late.\n\nLindqvist: it is not.\n\n"
            "Bergholz: then name the date.\n\nLindqvist: next month.\n\nAmsel: likewise\n")
    assert keys(text) == {"bergholz", "lindqvist", "amsel"}


def test_one_heading_label_is_no_speaker():
    text = "Stamped: 12 May 1961\nThe ambassador called on the minister.\n"
    assert keys(text) == set()


def test_label_names_a_person_written_surname_first():
    text = ("Record of the Talk between Morikawa Tadashi and Zhou Enlai\n\n"
            "Zhou: You are welcome.\n\nMorikawa: Thank you.\n\nZhou: Let us begin.\n\nMorikawa: Gladly.\n")
    assert keys(text) == {"morikawa-tadashi", "zhou-enlai"}
