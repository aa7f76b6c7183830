"""Minutes name their speakers by surname as a line's label; a leader's label or two
speakers taking turns shows the labels are speakers, not headings."""

from __future__ import annotations
from archivekg.extract.persons import extract_persons
from archivekg.model import Document, Metadata
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


def test_a_title_label_names_who_speaks_not_whom_his_words_name():
    text = ("Chinese Side: Premier Zhou Enlai, Vice-Premier Chen Yi\n\nCuban Side: Ernesto Guevara\n\n"
            "Premier Zhou (Abbreviated as Premier below): Welcome to you.\n\n"
            "Guevara: We are very happy to be here.\n\n"
            "Premier: How is the health of His Excellency, the Premier [Fidel Castro]?\n\n"
            "Guevara: He did not feel well.\n")
    persons, _ = extract_persons(Document("t", "t.txt", text, "0" * 64), Metadata())
    label = text.index("Premier: How")
    owner = next(p for p in persons if any(m.start == label for m in p.mentions))
    assert owner.key == "zhou-enlai"


def test_a_name_of_any_shape_labelling_two_turns_is_a_speaker():
    text = ("Minutes of the Meeting\n\nAbel Kurtz: President Sukarno wishes good health.\nChairman Mao: Thank you.\n"
            "Abel Kurtz: We are not included.\n")
    assert "abel-kurtz" in keys(text)
    assert "abel-kurtz" not in keys("Minutes of the Meeting\n\nAbel Kurtz: President Sukarno wishes good health.\n")
