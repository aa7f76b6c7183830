"""A person named only by surname is also known by the full title it is addressed with."""

from __future__ import annotations
from persons_text import names, roles as persons_roles



def test_the_rank_before_the_title_belongs_to_the_address():
    found = names("Deputy Minister Qiao received us at ten. Deputy Minister Qiao said the talks would go on.")
    assert "Deputy Minister Qiao" in found["qiao"]
    assert "Minister Qiao" not in found["qiao"]


def test_hyphenated_rank_and_two_word_title():
    found = names("Vice-Premier Bo met the guests. Prime Minister Nu spoke of the border.")
    assert "Vice-Premier Bo" in found["bo"]
    assert "Prime Minister Nu" in found["nu"]


def test_the_speaker_of_a_parliament_is_an_office_before_the_name():
    text = ("Speaker Rafsanjani said that Iran was ready. Majlis Speaker Rafsanjani called on Japan to act. "
            "Knesset Speaker Kadish Luz came later. Pak Geum-cheol was approved as the speaker.")
    found = persons_roles(text)
    assert {("rafsanjani", "Speaker"), ("rafsanjani", "Majlis Speaker"), ("kadish-luz", "Knesset Speaker"),
            ("pak-geum-cheol", "speaker")} <= found
    assert ("rafsanjani", "speaker") not in found


def test_the_generalissimo_is_the_one_so_titled():
    text = ("The Generalissimo received me last night. I am glad to meet you, Generalissimo Stalin, said I. "
            "The Generalissimo agreed.")
    (stalin,) = names(text).values()
    assert stalin == ("Stalin",)
    assert persons_roles(text) >= {("stalin", "Generalissimo")}


def test_a_councilor_is_an_office_before_a_name():
    text = "Representatives from Laos: Chairman Peng Phongsavan, Minister Khamsouk Keola, Councilor Suphan Parachensyli"
    found = names(text)
    assert "suphan-parachensyli" in found and ("suphan-parachensyli", "Councilor") in persons_roles(text)


def test_doctor_written_out_is_an_honorific_not_a_given_name():
    found = names("His companions will be Doctor Luis M. Ferrer and Commander Pablo Ruiz. "
                  "Doctor Ferrer spoke of the reactor.")
    assert set(found) == {"luis-m-ferrer", "pablo-ruiz"}


def test_the_soviet_rank_general_major_is_no_part_of_the_name():
    found = names("The talk was held at the initiative of the military attaché, General Major Petrenko.")
    assert set(found) == {"petrenko"}


def test_an_initial_before_a_roman_numeral_is_a_files_signature():
    assert names("Archive, Warsaw, zespol 12/70, wiazka 3, teczka D. II Laos 114, 5-7.") == {}


def test_an_assistant_or_aide_is_an_office_before_a_name_no_list_knows():
    found = persons_roles("We met his assistant, Atef Bseiso, and the aide, Nabil Qassis, at noon.")
    assert ("atef-bseiso", "assistant") in found
    assert ("nabil-qassis", "aide") in found


def test_a_head_of_governments_surname_is_not_the_staff_member_of_that_surname():
    found = names("Record of Premier Liu's Call on Ne Win\n\nChinese participants: Premier Liu, Vice Premier Chen, "
                  "Secretary Liu Dehai.\n\nPremier Liu said that the matter had passed.")
    assert len([key for key, forms in found.items() if any("Liu" in form for form in forms)]) == 2


def test_an_office_introduced_after_the_one_mourned_is_someone_elses():
    found = persons_roles("Chen: at the funeral of Gheorghe Stanciu, an emissary of the Shah was also present.")
    assert not any(person == "gheorghe-stanciu" for person, _ in found)


def test_generalissimus_is_a_title_before_the_surname():
    found = names("We called on Generalissimus Stalin to settle the dispute between the two parties. Stalin said no.")
    assert set(found) == {"stalin"}


def test_the_titled_form_of_a_bracketed_respelling_leaves_the_bracket_out():
    found = names("Dr. Tanaka met Premier Chou [Zhou] in Peking. Chou said nothing.")
    assert found["chou"] == ("Chou", "Zhou", "Premier Chou")
