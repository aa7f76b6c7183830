"""The characters a regex's match can begin with, read from its parse tree.

A large alternation tried at a known position (a meeting cue at a trigger word) need
only hold the branches that can begin with the character there: the first branch to
match is the same, so the match is too. Lookarounds and anchors are zero-width and
skipped; anything not a literal or a plain character class answers None (any).
"""

from __future__ import annotations

import re
from typing import Any

try:  # Python 3.11 moved the regex parser into the re package
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = tuple(getattr(sre, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(sre, name))


def first_chars(pattern: str) -> frozenset[str] | None:
    """Every character a match of `pattern` (no flags) can begin with; None when any can,
    or when the pattern can match the empty string."""
    parsed = sre_parse.parse(pattern)
    if parsed.state.flags & re.IGNORECASE:
        return None
    found, empty = _sequence(parsed.data)
    return None if found is None or empty else frozenset(found)


def _sequence(items: list[Any]) -> tuple[set[str] | None, bool]:
    """(first characters, whether the sequence can match empty)."""
    found: set[str] = set()
    for op, av in items:
        chars, empty = _item(op, av)
        if chars is None:
            return None, False
        found |= chars
        if not empty:
            return found, False
    return found, True


def _item(op: object, av: Any) -> tuple[set[str] | None, bool]:
    if op is sre.LITERAL:
        return {chr(av)}, False
    if op in _ZERO_WIDTH:
        return set(), True
    if op is sre.IN:
        members: set[str] = set()
        for kind, value in av:
            if kind is sre.LITERAL:
                members.add(chr(value))
            elif kind is sre.RANGE:
                members.update(chr(c) for c in range(value[0], value[1] + 1))
            else:
                return None, False
        return members, False
    if op is sre.BRANCH:
        found: set[str] = set()
        empty = False
        for branch in av[1]:
            chars, branch_empty = _sequence(branch.data)
            if chars is None:
                return None, False
            found |= chars
            empty = empty or branch_empty
        return found, empty
    if op is sre.SUBPATTERN:
        _, add_flags, _, sub = av
        return (None, False) if add_flags & re.IGNORECASE else _sequence(sub.data)
    if op in _REPEATS:
        low, _, sub = av
        chars, empty = _sequence(sub.data)
        return (None, False) if chars is None else (chars, empty or low == 0)
    return None, False


def by_first_char(branches: list[str]) -> dict[str, re.Pattern[str] | None]:
    """For each character some branch can begin with, the alternation of the branches
    that can begin with it (in their order); under `""`, for every other character, the
    branches that can begin with anything (None when there are none)."""
    firsts = [first_chars(branch) for branch in branches]
    every = re.compile("|".join(branches))
    table: dict[str, re.Pattern[str] | None] = {}
    for char in sorted(set().union(*(f for f in firsts if f is not None))):
        kept = [b for b, f in zip(branches, firsts) if f is None or char in f]
        table[char] = every if len(kept) == len(branches) else re.compile("|".join(kept))
    anywhere = [b for b, f in zip(branches, firsts) if f is None]
    table[""] = re.compile("|".join(anywhere)) if anywhere else None
    return table
