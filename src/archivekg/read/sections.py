"""The clean export's section labels, named once for every stage that must agree on them.

The export puts `Citation:`, `Summary:`, `Credits:`, `Original Language:` and `Contents:`
each on a line of its own, the first four followed by their text. Readers rebuild that
shape (saved HTML pages, squashed copies) and the meetings extractor skips it, so a
label added here is recognised everywhere at once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

EXPORT_SECTIONS = ("Citation", "Summary", "Credits", "Original Language", "Contents")
SECTIONS_WITH_BODY = EXPORT_SECTIONS[:4]


def section_pattern(sections: Iterable[str] = EXPORT_SECTIONS) -> str:
    """A regex alternation of `sections`; copies sometimes write `Original Languages`."""
    return "|".join(re.escape(s) + ("s?" if s == "Original Language" else "") for s in sections)
