"""Short references inside one document: a surname alone, a title alone.

`Kim said` goes to the Kim named most recently before it (else the one named most
often); `the Premier` goes to the person an explicit pairing (`the Premier [Kim Il
Sung]`, `Premier Zhou`) ties to that title in the same paragraph, else the
pairing the document makes most often. A qualifier must agree: `the Chinese
Ambassador` is not the `Soviet Ambassador to the DPRK`. Pronouns are left alone.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from functools import lru_cache
from typing import Generic, TypeVar

from archivekg.extract.names import HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS, fold

P = TypeVar("P")
_NEWLINE = re.compile("\n")


_COUNTRIES = {
    "korean": ("korea",), "korea": ("korea",), "dprk": ("north", "korea"), "rok": ("south", "korea"),
    "chinese": ("china",), "china": ("china",), "prc": ("china",),
    "soviet": ("ussr",), "ussr": ("ussr",), "russian": ("ussr",),
    "vietnamese": ("vietnam",), "vietnam": ("vietnam",), "drv": ("north", "vietnam"), "drvn": ("north", "vietnam"),
    "german": ("germany",), "germany": ("germany",), "gdr": ("east", "germany"), "frg": ("west", "germany"),
    "mongolian": ("mongolia",), "mongolia": ("mongolia",), "mpr": ("mongolia",),
    "bulgarian": ("bulgaria",), "bulgaria": ("bulgaria",), "hungarian": ("hungary",), "hungary": ("hungary",),
    "romanian": ("romania",), "romania": ("romania",), "polish": ("poland",), "poland": ("poland",),
    "czechoslovak": ("czechoslovakia",), "czechoslovakia": ("czechoslovakia",), "cssr": ("czechoslovakia",),
    "cuban": ("cuba",), "cuba": ("cuba",), "yugoslav": ("yugoslavia",), "yugoslavia": ("yugoslavia",),
    "american": ("usa",), "us": ("usa",), "usa": ("usa",), "british": ("uk",), "uk": ("uk",),
    **{word: (country,) for country, words in {
        "albania": "albanian", "afghanistan": "afghan", "india": "indian", "pakistan": "pakistani",
        "indonesia": "indonesian", "japan": "japanese", "france": "french", "italy": "italian",
        "austria": "austrian", "sweden": "swedish", "finland": "finnish", "spain": "spanish",
        "egypt": "egyptian uar", "iran": "iranian", "iraq": "iraqi", "syria": "syrian", "israel": "israeli",
        "turkey": "turkish", "greece": "greek", "brazil": "brazilian", "argentina": "argentine argentinian",
        "chile": "chilean", "mexico": "mexican", "nicaragua": "nicaraguan", "cambodia": "cambodian kampuchean",
        "laos": "laotian lao", "burma": "burmese", "canada": "canadian", "australia": "australian",
    }.items() for word in (country, *words.split())},
    "yugoslavian": ("yugoslavia",), "czechoslovakian": ("czechoslovakia",), "rumanian": ("romania",),
}
"""A country's adjective, name and short name narrow a title alike: `the Korean Foreign Minister` is the one the
record called `Foreign Minister of DPRK`; `the South Korean Ambassador` is not."""


@lru_cache(maxsize=65536)
def _qualifiers(phrase: str) -> frozenset[str]:
    """Capitalised words of a title phrase that narrow it (`Chinese`, `Soviet`); an honorific
    (`the Comrade Soviet Ambassador`) narrows nothing."""
    words = {fold(w) for w in phrase.split()
             if w[:1].isupper() and fold(w) not in TITLE_HEADS and fold(w) not in TITLE_MODIFIERS
             and fold(w).rstrip(".") not in HONORIFICS}
    return frozenset(q for w in words for q in _COUNTRIES.get(w, (w,)))


class ShortRefs(Generic[P]):
    """Index of the full mentions and title pairings of a document's persons."""

    def __init__(self, text: str) -> None:
        self._breaks = [m.start() for m in _NEWLINE.finditer(text)]
        self._order: dict[int, int] = {}
        self._persons: list[P] = []
        self._by_token: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self._counts: dict[int, int] = defaultdict(int)
        self._titles: dict[str, list[tuple[int, int, frozenset[str]]]] = defaultdict(list)
        self._sorted: set[str] = set()

    def _index(self, person: P) -> int:
        ident = id(person)
        if ident not in self._order:
            self._order[ident] = len(self._persons)
            self._persons.append(person)
        return self._order[ident]

    def paragraph(self, pos: int) -> int:
        """Index of the line `pos` lies on (these records put one paragraph on a line)."""
        return bisect.bisect_left(self._breaks, pos)

    def add_name(self, token: str, pos: int, person: P) -> None:
        """A mention of `person` at `pos` whose surname (or name alone) is `token`."""
        index = self._index(person)
        self._by_token[token].append((pos, index))
        self._sorted.discard(token)
        self._counts[index] += 1

    def add_names(self, token: str, positions: list[int], person: P) -> None:
        """Mentions of `person` at each of `positions`, all under `token`."""
        if not positions:
            return
        index = self._index(person)
        self._by_token[token].extend((pos, index) for pos in positions)
        self._sorted.discard(token)
        self._counts[index] += len(positions)

    def add_title(self, key: str, phrase: str, pos: int, person: P) -> None:
        """An explicit pairing of a title (`premier`, `first secretary`) with a person."""
        if key:
            self._titles[key].append((pos, self._index(person), _qualifiers(phrase)))

    def by_name(self, token: str, pos: int) -> P | None:
        """The person a bare `token` at `pos` refers to."""
        entries = self._by_token.get(token)
        if not entries:
            return None
        if token not in self._sorted:
            entries.sort()
            self._sorted.add(token)
        at = bisect.bisect_left(entries, (pos, -1)) - 1
        if at >= 0:
            return self._persons[entries[at][1]]
        best = max(sorted({i for _, i in entries}), key=lambda i: (self._counts[i], -i))
        return self._persons[best]

    def named(self, token: str) -> list[P]:
        """Every person a bare `token` could refer to, in the order first indexed."""
        return [self._persons[i] for i in sorted({i for _, i in self._by_token.get(token, ())})]

    def by_title(self, key: str, phrase: str, pos: int, label: bool = False) -> P | None:
        """The person a bare title (`the Chairman`, `the Soviet Ambassador`) at `pos` means. A
        speaker's label (`Premier: How is the Premier [Fidel Castro]?`) names who speaks, not
        whom his own words go on to name."""
        wanted = _qualifiers(phrase)
        entries = [(p, i) for p, i, quals in self._titles.get(key, ()) if wanted <= quals]
        if not entries:
            return None
        here = self.paragraph(pos)
        local = [(abs(p - pos), p, i) for p, i in entries if self.paragraph(p) == here and not (label and p > pos)]
        if local:
            return self._persons[min(local)[2]]
        counts: dict[int, int] = defaultdict(int)
        first: dict[int, int] = {}
        for p, i in entries:
            counts[i] += 1
            first.setdefault(i, p)
        return self._persons[max(sorted(counts), key=lambda i: (counts[i], -first[i]))]
