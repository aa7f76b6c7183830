"""A letter's salutation and its copy list: `Esteemed`/`Respected` open no name, and
`Copies` after a signature is no part of the signer's name; a Russian addressed by given
name and patronymic (`Ruslan Imranovich`, `Leonid Ilyich`) is the person those initials, or that
given name, name."""

from __future__ import annotations
from persons_text import names



def test_signature_before_the_copy_list():
    found = names("Budapest, 4 May 1979\nLászló Kovács Copies to: Comrade Marjai\n")
    assert "laszlo-kovacs" in found


def test_salutation_by_given_name_and_patronymic():
    text = ("To the Chairman of the Supreme Soviet R.I. Khazbulatov\n\n"
            "Respected Ruslan Imranovich!\n\nI have the honour to inform you of the visit.")
    found = names(text)
    assert list(found) == ["r-i-khazbulatov"]
    assert "Ruslan Imranovich" in found["r-i-khazbulatov"]


def test_a_patronymic_without_ovich_still_addresses_the_one_so_initialled():
    found = names("L. I. Brezhnev: Good morning.\n\nS. Kania: Good morning, Leonid Ilyich. The congress was hard.\n")
    assert "Leonid Ilyich" in found["l-i-brezhnev"] and len(found) == 2


def test_given_name_and_patronymic_address_the_one_person_of_that_given_name():
    found = names("Comrade Andrei Gromyko arrived at noon.\n\nGood afternoon, Andrei Andreyevich, said the host.\n")
    assert list(found) == ["andrei-gromyko"]
