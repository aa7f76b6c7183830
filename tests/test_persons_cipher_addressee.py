"""A cipher's heading names its addressee by surname alone: `To: X`, `To: X, EYES ONLY`,
or `X, EYES ONLY` on its own line, in capitals or not; a place there is no person."""

from __future__ import annotations

import pytest
from persons_text import keys


@pytest.mark.parametrize("line", ["To: WOLNIEWSKI, EYES ONLY", "Wolniewski, EYES ONLY", "To: Wolniewski"])
def test_addressee_line(line: str) -> None:
    text = f"Dispatched from Rabat on 3.4.1963 at 11:00\n\n{line}\n\nFrom: Ambassador Nowicki\n\nText of the cable.\n"
    assert keys(text) == {"wolniewski", "nowicki"}


def test_place_as_addressee_is_no_person() -> None:
    assert keys("To: Warsaw, EYES ONLY\n\nText of the cable.\n") == set()
