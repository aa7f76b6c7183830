"""Short references inside one document: a surname alone, a title alone.

`Kim said` goes to the Kim named most recently before it (else the one named most
often); `the Premier` goes to the person an explicit pairing (`the Premier [Kim Il
Sung]`, `Premier Zhou`) ties to that title in the same paragraph, else the
pairing the document makes most often. Pronouns are left alone.
"""

from __future__ import annotations

import bisect
from collections import defaultdict


class ShortRefs:
    """Index of the full mentions seen so far, for resolving later short references."""

    def __init__(self, text: str) -> None:
        self._breaks = [i for i, c in enumerate(text) if c == "\n"]
        self._by_token: dict[str, list[tuple[int, str]]] = defaultdict(list)
        self._counts: dict[str, int] = defaultdict(int)
        self._titles: dict[str, list[tuple[int, str]]] = defaultdict(list)

    def paragraph(self, pos: int) -> int:
        """Index of the line `pos` lies on (records put one paragraph on a line)."""
        return bisect.bisect_left(self._breaks, pos)

    def add_name(self, token: str, pos: int, person: str) -> None:
        """A full mention of `person` at `pos` whose surname (or given name) is `token`."""
        self._by_token[token].append((pos, person))
        self._counts[person] += 1

    def add_title(self, head: str, pos: int, person: str) -> None:
        """An explicit pairing of a title head (`premier`) with a person at `pos`."""
        self._titles[head].append((pos, person))

    def persons_with(self, token: str) -> set[str]:
        """Every person whose surname or given name is `token`."""
        return {person for _, person in self._by_token.get(token, ())}

    def by_name(self, token: str, pos: int) -> str | None:
        """The person a bare `token` at `pos` refers to."""
        entries = sorted(self._by_token.get(token, ()))
        if not entries:
            return None
        index = bisect.bisect_left(entries, (pos, "")) - 1
        if index >= 0:
            return entries[index][1]
        return max(sorted({p for _, p in entries}), key=lambda p: self._counts[p])

    def by_title(self, head: str, pos: int) -> str | None:
        """The person a bare title (`the Chairman`) at `pos` refers to."""
        entries = self._titles.get(head)
        if not entries:
            return None
        here = self.paragraph(pos)
        local = [(abs(p - pos), person) for p, person in entries if self.paragraph(p) == here]
        if local:
            return min(local)[1]
        counts: dict[str, int] = defaultdict(int)
        first: dict[str, int] = {}
        for p, person in entries:
            counts[person] += 1
            first.setdefault(person, p)
        return max(sorted(counts), key=lambda person: (counts[person], -first[person]))
