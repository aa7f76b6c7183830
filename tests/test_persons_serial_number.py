"""The word before a serial number (`Orig. No. 101`, `Ser. No. 7`, `Hoc Tap No. 3`) labels a
copy, a series or a periodical: it is no part of a name."""

from __future__ import annotations
from persons_text import names



def test_signature_before_a_copy_number():
    found = names("The talk lasted an hour.\n\nUSSR AMBASSADOR IN LAGOS\nP.K. DOROSHIN Orig. No. 17\n")
    assert list(found) == ["p-k-doroshin"]


def test_name_before_a_reference_number():
    found = names("To Ambassador Jan Bryl Ser. No. 44/61\nThe minister agreed.")
    assert list(found) == ["jan-bryl"]
