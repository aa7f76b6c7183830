"""Where a document's lines start, found once and shared by the extractors.

`re` tries a pattern that opens with `^` (under re.MULTILINE) at every character of
the text, only to fail at all but a line's first; a record has a few dozen lines, so
matching at their starts alone finds the same matches for a fraction of the work.
"""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=4)
def line_starts(text: str) -> tuple[int, ...]:
    """0 and the position after every line break. Each extractor asks for the document it
    reads: the same text object, so the answer is found once (and its hash computed once)."""
    starts = [0]
    at = text.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return tuple(starts)


def line_matches(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """`list(pattern.finditer(text))` for a pattern that can match only at a line's start
    (it opens with `^` under re.MULTILINE) and never matches the empty string: tried at each
    line start that no earlier match has passed, as `finditer` would go on after a match."""
    found = []
    done = 0
    for start in line_starts(text):
        if start >= done:
            match = pattern.match(text, start)
            if match:
                found.append(match)
                done = match.end()
    return found


def line_search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pattern.search(text)` for a pattern that can match only at a line's start (it opens
    with `^` under re.MULTILINE): the first line start where it matches."""
    for start in line_starts(text):
        match = pattern.match(text, start)
        if match:
            return match
    return None


@lru_cache(maxsize=4)
def folded(text: str) -> str:
    """`text` in lower case with its offsets kept, and `İ` and `ı` (which IGNORECASE takes for
    `i`) made `i`: a word of ASCII letters other than `s` (`ſ` is one) that this text lacks
    is nowhere in the text in any case, so a case-insensitive search for it can be skipped."""
    return text.replace("\u0130", "i").lower().replace("\u0131", "i")
