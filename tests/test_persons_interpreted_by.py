"""`Interpreted and recorded by: Wang [Illegible]`, `Recorded by: Wang`: a record's head may name
its interpreter and note-taker by surname alone, an editor's note on the rest of the name after it."""

from __future__ import annotations

import pytest
from persons_text import keys

HEAD = ("Memorandum of Conversation between Vice Minister Zeng Yongquan and Counsellor S. Antonov\n"
        "Date: 10 September 1959\n{line}\nS. Antonov: I made an appointment.\nZeng Yongquan: I know.\n")


@pytest.mark.parametrize("line", ["Interpreted and recorded by: Wang [Illegible]", "Recorded by: Wang",
                                  "Interpreted by: Wang"])
def test_a_surname_alone_under_a_by_label(line: str) -> None:
    assert "wang" in keys(HEAD.format(line=line))
