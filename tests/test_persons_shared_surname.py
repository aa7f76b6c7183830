"""A surname two persons of a record share goes to the one named last, by any of his names."""

from persons_text import names

RECORD = (
    "RECORD OF A CONVERSATION\nwith Raul CASTRO RUZ\n12 May 1964\n\n"
    "I met with Raul Castro and informed him of the arrival of the Soviet specialists. Earlier that week "
    "Fidel Castro had spoken on television about the harvest, and it was decided that Fidel would stay in "
    "Oriente until June. Raul thanked me for the information.\n\n"
    "Castro said that the Cuban side would send its list of questions by the end of the month.\n"
)


def test_a_lone_given_name_makes_its_bearer_the_last_named_of_his_surname():
    found = names(RECORD)
    raul = next(forms for forms in found.values() if "Raul Castro" in forms)
    fidel = next(forms for forms in found.values() if "Fidel Castro" in forms)
    assert "Castro" in raul and "Castro" not in fidel
