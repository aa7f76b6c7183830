"""A translator's long note after a name does not part the name from its appositive office."""

from __future__ import annotations
from persons_text import roles



def test_office_after_a_long_translators_note():
    found = roles("Present were Tran Van Quang [sic; translator's note: the spelling of this name could not "
                  "be confirmed], Deputy Chief of the Directorate of Transport of the DRV Ministry of Trade; "
                  "and others.")
    assert ("tran-van-quang", "Deputy Chief of the Directorate of Transport of the DRV Ministry of Trade") in found
