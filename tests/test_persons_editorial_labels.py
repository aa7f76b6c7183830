"""An editor's bracketed label on a stamp or a seal (`[Stamp] DECLASSIFIED`) names no one."""

from __future__ import annotations

from persons_text import keys


def test_an_editors_label_and_the_word_it_labels_are_no_person() -> None:
    assert keys("The talks ended.\n\n[Stamp] DECLASSIFIED\n\nNo. 412, 3 May 1958") == set()


def test_a_name_beside_a_label_is_still_read() -> None:
    assert "a-ivanov" in keys("The talks ended.\n\n[Stamp] DECLASSIFIED\n\nA. Ivanov received the Minister.")
