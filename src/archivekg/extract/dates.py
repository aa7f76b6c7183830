"""Dates in diplomatic records: find them, normalise them, tell headings from stamps.

Translations write dates many ways (`1 October 1957`, `October 18, 1963`,
`16 [October]`, `July of 1956`, `this past June`, `the following morning`), and
the year is often left to the reader. A date is resolved against an anchor (the
journal entry's or the document's date) and keeps only the precision the text
gives: YYYY-MM-DD, YYYY-MM or YYYY. Registry stamps (`Incoming Nº 02821s`
followed by a date) date the paper, not an event, so they are marked apart.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from archivekg.model import DateValue, Span

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
    "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8,
          "IX": 9, "X": 10, "XI": 11, "XII": 12}
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
           "winter": (12, 2)}

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|"
    r"Nov\.|Dec\.)"
)
RECENT = r"(?:yesterday|today|earlier|recently|(?:this|last)\s+(?:morning|evening|night|week))"
"""`my conversation yesterday with Seiters`: a time word between a talk and its partner."""
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"


def _br(inner: str, name: str) -> str:
    """A date part the translator may have put in brackets: `[October]`, `[1963]`."""
    return rf"\[?(?P<{name}>{inner})\]?"


_OF = rf"(?:\s+of|\s+\[of(?=\s+{_MONTH}\]))?"
"""`16 of October`, or the translator's `the 26th [of June]`."""

_PATTERNS = (
    ("dmy", rf"(?<!\w){_br(_DAY, 'd')}{_OF}\s+{_br(_MONTH, 'm')},?\s+{_br(_YEAR, 'y')}(?!\d)"),
    ("mdy", rf"(?<!\w){_br(_MONTH, 'm')}\s+{_br(_DAY, 'd')},?\s+{_br(_YEAR, 'y')}(?!\d)"),
    ("iso", rf"\b(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)\b"),
    ("num", rf"\b(?P<d>[0-3]?\d)\.\s?(?P<m>1[0-2]|0?[1-9]|X{{0,1}}I{{0,3}}|IV|VI{{0,3}}|IX|XI{{1,2}})"
            rf"(?:\.\s?|(?<=[IVX])\s[–-]\s)(?P<y>{_YEAR})\b"),
    ("slash", rf"(?<![\w/])(?P<d>[0-3]?\d)/(?P<m>[0-3]?\d)/(?P<y>{_YEAR})(?![\w/])"),
    ("dm", rf"(?<!\w){_br(_DAY, 'd')}{_OF}\s+{_br(_MONTH, 'm')}(?:,?\s+(?:of\s+)?(?:this|the\s+current)\s+year\b)?(?![\w\[])"),
    ("day_month", r"(?<!\w)(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+of\s+"
                  r"(?P<rel>this|the\s+current|last|the\s+previous|next|the\s+following)\s+month\b"),
    ("md", rf"(?<!\w){_br(_MONTH, 'm')}\s+{_br(_DAY, 'd')}(?:,?\s+(?:of\s+)?(?:this|the\s+current)\s+year\b|"
           rf"(?<=[a-z])(?=\d{{1,2}}[.:]\d\d)|\b(?!\s*,?\s*\[?\d(?![.:]\d\d)))"),
    ("my", rf"(?<!\w){_br(_MONTH, 'm')}(?:\s+of)?,?\s+{_br(_YEAR, 'y')}(?!\d)"),
    ("rel_month", rf"\b(?P<rel>this\s+past|this|last|next|the\s+following|the\s+previous)\s+{_br(_MONTH, 'm')}\b"),
    ("month", rf"(?<!\w){_br(_MONTH, 'm')}\b(?!\]?(?:\s+of)?,?\s+\[?(?:{_YEAR}|{_DAY}\b))"),
    ("year", rf"(?<!\w)\[?(?P<y>{_YEAR})\]?(?![\d/-])"),
    ("ordinal", r"(?<!\w)(?P<d>[12]\d|3[01]|[1-9])(?:st|nd|rd|th)\b"),
    ("season", r"\b(?P<rel>this\s+past|this|last|next|the\s+following|the\s+previous|the\s+coming)\s+(?P<season>spring|summer|autumn|fall|winter)\b"),
    ("unit", r"\b(?P<rel>this|last|next|the\s+following|the\s+previous|the\s+coming)\s+(?P<unit>year|month|week)\b"),
    ("weekday", r"\b(?P<rel>last|this\s+past|next|this\s+coming|the\s+coming)\s+"
                r"(?P<word>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
    ("deixis", r"\b(?P<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight|last\s+night)\b"),
    ("anaphor", r"\b(?P<rel>that|this|the\s+same|the\s+following|the\s+next|the\s+previous)\s+(?P<part>morning|afternoon|evening|night|day)\b"),
    ("anaphor", r"\b(?P<rel>the\s+day\s+before|the\s+next\s+day)\b"),
    ("ago", r"\b(?P<rel>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
            r"(?P<unit>(?:day|week|month|year)s?(?:\s+and\s+a\s+half)?)\s+ago\b"),
)
_PARTS = ("d", "m", "y", "rel", "season", "unit", "word", "part")
_KINDS = tuple(kind for kind, _ in _PATTERNS)
_GROUPS = tuple(
    {name: f"{name}{i}" for name in _PARTS if f"(?P<{name}>" in pattern}
    for i, (_, pattern) in enumerate(_PATTERNS)
)
_RELATION_PARTS = ("rel", "season", "unit", "word", "part")
_SLOTS = tuple(
    (groups.get("d"), groups.get("m"), groups.get("y"), tuple(groups[p] for p in _RELATION_PARTS if p in groups))
    for groups in _GROUPS
)
"""Per pattern, the names of its day, month and year groups (None where it has none) and of
the groups its relation is read from, in order: each date found reads only those (a record
holds dozens of dates, and most patterns have no relation groups at all)."""


class DateMention(NamedTuple):
    """A date expression as found: its parts, not yet resolved against an anchor. A
    tuple: a record holds dozens, each built faster than a frozen dataclass."""

    start: int
    end: int
    verbatim: str
    kind: str
    day: int | None = None
    month: int | None = None
    year: int | None = None
    relation: str = ""


def _month_number(token: str) -> int | None:
    token = token.strip("[].").strip()
    if token.isdigit():
        return int(token)
    if token in _ROMAN:
        return _ROMAN[token]
    if not token[:1].isupper():
        return None
    return MONTHS.get(token.lower())


_RANGE_TO = r"\s*(?:to|till|until|[-–—]|(?<=\d\s)and(?=\s))\s*"
_DAYS_OF_A_MONTH = re.compile(
    rf"\b(?P<first>(?<=\bbetween\s){_DAY}|(?<!\bbetween\s){_DAY}(?!\s+and)){_RANGE_TO}"
    rf"(?P<last>{_DAY})\s+(?P<month>{_MONTH}),?\s+(?:(?P<year>{_YEAR})\b|(?P<current>(?:of\s+)?(?:this|the\s+current)\s+year)\b)|"
    rf"\b(?P<month2>{_MONTH})\s+(?P<first2>{_DAY}){_RANGE_TO}(?P<last2>{_DAY}),?\s+(?P<year2>{_YEAR})\b")


_SPAN_OPENS = re.compile(rf"{_DAY}\s*(?:to|till|until|[-–—])\s*{_DAY}\b")
_SPAN_BEFORE = re.compile(rf"(?:\b{_DAY}\s*(?:to|till|until|[-–—])|\bbetween\s+{_DAY}\s+and)\s*$")
_SPAN_REACH = 20
_DAY_SPAN_AFTER = re.compile(rf"\s*[-–—]\s*{_DAY}\b")


def in_span_of_days(text: str, mention: DateMention) -> bool:
    """`between 10 and 18 May`, `15-20 November 1970`, `from 2 to 3 August`, `January 14-21`: the
    day the mention resolves to opens or closes a span of days, and what happened on one of them,
    unnamed, happened in the span's month."""
    if _SPAN_OPENS.match(text, mention.start, mention.end) or (
            text.startswith("between", max(0, mention.start - 8)) and " and " in text[mention.start:mention.end]):
        return True
    if _SPAN_BEFORE.search(text, max(0, mention.start - _SPAN_REACH), mention.start):
        return True
    return _DAY_SPAN_AFTER.match(text, mention.end) is not None


def days_of_a_month(text: str, start: int, end: int, anchor: str | None = None) -> list[DateValue]:
    """Each span of days within one month in text[start:end] (`from 18 to 21 October 1986`,
    `May 5-9, 1965`, `25-27 February of this year` in a record written in `anchor`'s year), dated
    by its month: what happened on one of those days, unnamed, happened in that month."""
    found = []
    for match in _DAYS_OF_A_MONTH.finditer(text, start, end):
        month = _month_number(match.group("month") or match.group("month2"))
        first, last = (_number(match.group(g)) for g in ("first", "last")) if match.group("first") else (
            _number(match.group(g)) for g in ("first2", "last2"))
        if month is None or first is None or last is None or not first < last:
            continue
        year = match.group("year") or match.group("year2")
        if year is None and anchor and match.group("current"):
            year = anchor[:4]
        if year is None:
            continue
        found.append(DateValue(f"{year}-{month:02d}", match.group(), Span.of(text, match.start(), match.end())))
    return found


_DIGITS = re.compile(r"\d+")


def _number(token: str | None) -> int | None:
    if not token:
        return None
    digits = _DIGITS.match(token)
    return int(digits.group()) if digits else None


_TRIGGER_WORDS = tuple(MONTHS) + tuple("this last next that the yesterday today tomorrow tonight ago".split())
_THE_NEXT = ("following", "same", "next", "previous", "day", "coming")
_PREPOSITION = {
    "month": frozenset("in of since during until by early late mid".split()),
    "year": frozenset("in of since during until by from for year".split()),
    "ordinal": frozenset(("the",)),
}
"""Bare months, years and ordinals are dates only after these words (`in May`, not `May`)."""
_PREVIOUS_WORD = re.compile(r"([A-Za-z]+)[\s-]+$")


def lowered(text: str, low: str | None = None) -> str:
    """`text` in lower case with every offset kept (a letter whose lower case is longer,
    like `İ`, stays as it is): trigger scans run case-sensitively on it, far faster
    than an IGNORECASE alternation. `low` is `text.lower()` when the caller has it."""
    low = text.lower() if low is None else low
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def word_alternation(words: dict[str, str]) -> str:
    """`words` (each with the regex that must follow it) as one alternation shaped like
    a trie (`me(?:et|t)`): it starts with a literal in every branch, so the engine
    skips ahead to the possible first characters instead of trying every word."""
    tree: dict[str, dict] = {}
    for word, follows in words.items():
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = follows  # type: ignore[assignment]

    def emit(node: dict) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if "" in node:
            branches.append(node[""])
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(tree)


_WORD_END = "(?![a-z])"
THE_DATE = {"the": r"(?=[^a-z](?:following|same|next|previous|day|coming))",
            "that": r"(?=\s+(?:morning|afternoon|evening|night|day))"}
"""`the` and `that` begin a date only before these words (lowered text)."""
_ABBREVIATED = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
DATE_WORD_ENDS = (
    {word: r"(?=\.)" if word in _ABBREVIATED else _WORD_END for word in MONTHS}
    | {word: _WORD_END for word in _TRIGGER_WORDS if word not in MONTHS}
    | THE_DATE
)
"""What must follow each word a date can begin with (lowered text): an abbreviated
month its full stop (`Jun.`, not `Jun-taek`)."""
_TRIGGER_RE = re.compile(word_alternation({digit: r"\d*" for digit in "0123456789"} | DATE_WORD_ENDS))
"""Where a date can begin, on lowered text: a number, a month, a relative word
(`the` and `that` only before the words that make them a date)."""


def _subset(kinds: frozenset[str]) -> re.Pattern[str]:
    """The patterns that can begin with one kind of trigger, in their order, with
    the group names of the whole table."""
    parts = []
    for i, (kind, pattern) in enumerate(_PATTERNS):
        if kind not in kinds:
            continue
        for name in _PARTS:
            pattern = pattern.replace(f"(?P<{name}>", f"(?P<{name}{i}>")
        parts.append(f"(?P<k{i}>{pattern})")
    return re.compile("|".join(parts), re.IGNORECASE)


_BY_DIGIT = _subset(frozenset(("dmy", "iso", "num", "slash", "dm", "day_month", "year", "ordinal")))
_BY_MONTH = _subset(frozenset(("mdy", "md", "my", "month")))
_BY_WORD = _subset(frozenset(("rel_month", "season", "unit", "weekday", "deixis", "anaphor")))
_BY_AGO = _subset(frozenset(("ago",)))
"""`a month and a half ago`: found from its last word, the one the scanners stop at."""
_AGO_REACH = 40

DATE_WORDS = frozenset(_TRIGGER_WORDS)
"""The words a date can begin with (besides a number), for callers that scan text once
for several purposes and hand the hits to `dates_at`."""


def triggers(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, str | None]]:
    """Where a date can begin in text[start:end]: (position, lowered word or None for a number)."""
    low = lowered(text[start:end])
    found: list[tuple[int, str | None]] = []
    for hit in _TRIGGER_RE.finditer(low):
        position = hit.start()
        if low[position].isdigit():
            found.append((start + position, None))
        elif position == 0 or not "a" <= low[position - 1] <= "z":
            found.append((start + position, hit.group()))
    return found


def _matches(text: str, hits: list[tuple[int, str | None]], start: int, end: int) -> Iterator[re.Match[str]]:
    """Date matches at the trigger `hits`, each tried with the patterns that can begin so."""
    done = start
    for trigger, word in hits:
        if trigger < done:
            continue
        if word == "the" and not text.startswith(_THE_NEXT, trigger + 4):
            continue
        if word == "ago":
            match = _BY_AGO.search(text, max(done, trigger - _AGO_REACH), min(end, trigger + 3))
            if match and match.end() == trigger + 3:
                done = match.end()
                yield match
            continue
        position = trigger - 1 if trigger > start and text[trigger - 1] == "[" else trigger
        table = _BY_DIGIT if word is None else _BY_MONTH if word in MONTHS else _BY_WORD
        match = table.match(text, position, end)
        if match and _preceded_well(text, match, position):
            done = match.end()
            yield match


_ORDINAL_LEAD = re.compile(r"(?i:\bon|\b(?:morning|afternoon|evening|night)\s+\[?of)\s$")
"""`the 21st` is a day in `on the 21st` and `on the evening of the 21st` (or `[of the 21st]`, the editor's), not in
`the 21st Congress`."""


def _preceded_well(text: str, match: re.Match[str], position: int) -> bool:
    kind = _KINDS[int(match.lastgroup[1:])] if match.lastgroup else ""
    wanted = _PREPOSITION.get(kind)
    if wanted is None:
        return True
    previous = _PREVIOUS_WORD.search(text, max(0, position - 20), position)
    if previous is None or previous.group(1).lower() not in wanted:
        return False
    if kind == "year" and previous.group(1).lower() in _CLOCK_LEADS and _CLOCK.fullmatch(match.group().strip("[]")):
        return False
    if kind == "year" and _HOURS_AFTER.match(text, match.end()):
        return False
    return kind != "ordinal" or bool(_ORDINAL_LEAD.search(text, max(0, previous.start() - 24), previous.start()))


_CLOCK_LEADS = frozenset(("until", "by"))
_CLOCK = re.compile(r"1[89][03]0")
"""`Kim Il Sung had time only until 1900`: the hours of a day written as the military write them,
not the years before the genre's century."""


_HOURS_AFTER = re.compile(r"\s*(?:hours|hrs)\b")
"""`from 1800 hours`: a time of day, not a year."""


_RANGE_LEAD = re.compile(
    r"(?<![\d.,/:-])([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s*[-–—]\s*$|"
    r"\b(?:[Bb]etween|[Oo]n)\s+([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+and\s+$")
"""The first day of a range (`29 – 30 October 1965`, `between 11 and 13 December`, `on 11 and 12
October`): talks over several days are dated by the day they began. Not `from 14 to 26 June`,
which often times a stay whose end is the news (`… to 26 June. I returned together with X`)."""
_RANGE_LEAD_ENDS = ("-", "–", "—", "and")


def find_dates(text: str, start: int = 0, end: int | None = None) -> tuple[DateMention, ...]:
    """Every date expression in text[start:end], in order of position."""
    end = len(text) if end is None else end
    return dates_at(text, triggers(text, start, end), start, end)


def dates_at(text: str, hits: list[tuple[int, str | None]], start: int, end: int) -> tuple[DateMention, ...]:
    """The date expressions beginning at trigger `hits` (as `triggers` gives them)."""
    found = []
    for match in _matches(text, hits, start, end):
        index = int(match.lastgroup[1:]) if match.lastgroup else 0
        day_group, month_group, year_group, relation_groups = _SLOTS[index]
        month_token = match.group(month_group) if month_group else None
        month = _month_number(month_token) if month_token else None
        if month_token and month is None:
            continue
        relation = " ".join(
            " ".join(value.lower().split()) for value in map(match.group, relation_groups) if value
        ) if relation_groups else ""
        start_at, day = match.start(), _number(match.group(day_group)) if day_group else None
        kind = _KINDS[index]
        # Every _RANGE_LEAD match ends on a dash or `and` and blanks: the window is searched only then.
        if kind in ("dmy", "dm") and day is not None and text[max(0, start_at - 20):start_at].rstrip().endswith(
                _RANGE_LEAD_ENDS):
            lead = _RANGE_LEAD.search(text, max(0, start_at - 20), start_at)
            first = int(lead.group(1) or lead.group(2)) if lead else 0
            if lead and first < day:
                start_at, day = lead.start(lead.lastindex or 1), first
        year = _number(match.group(year_group)) if year_group else None
        found.append(DateMention(start_at, match.end(), text[start_at:match.end()], kind, day, month, year, relation))
    return tuple(found)


_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@lru_cache(maxsize=4096)
def parse_iso(iso: str | None) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) of an ISO date of any precision, None when not one. Every
    date resolved against an anchor parses it again: remembered."""
    if not iso:
        return None
    match = _ISO.fullmatch(iso)
    if not match:
        return None
    year, month, day = match.groups()
    return int(year), int(month) if month else None, int(day) if day else None


def _iso(year: int, month: int | None = None, day: int | None = None) -> str:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _closest_year(anchor: tuple[int, int | None, int | None], month: int, day: int | None) -> int:
    """The year that puts month/day nearest the anchor: `28 December` in a January letter is last year."""
    year, a_month, a_day = anchor
    if a_month is None:
        return year
    target = date(year, a_month, a_day or 15)
    best = year
    best_gap: int | None = None
    for candidate in (year - 1, year, year + 1):
        d = day if day and _valid(candidate, month, day) else 15
        gap = abs((date(candidate, month, d) - target).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = candidate, gap
    return best


def _shift_days(anchor: tuple[int, int | None, int | None], days: int) -> str | None:
    year, month, day = anchor
    if month is None:
        return None
    if day is None:
        return _iso(year, month) if days == 0 else None
    return (date(year, month, day) + timedelta(days=days)).isoformat()


def _season_year(anchor: tuple[int, int | None, int | None], relation: str, season: str) -> int:
    year, month, _ = anchor
    first, last = SEASONS[season]
    month = month or 6
    if relation.startswith("next") or relation.startswith("the following") or relation.startswith("the coming"):
        return year + 1 if month >= first else year
    if relation.startswith("last") or relation.startswith("this past") or relation.startswith("the previous"):
        return year if month > last and first <= last else year - 1
    return year


def _relative_month(anchor: tuple[int, int | None, int | None], relation: str, month: int) -> int:
    year, a_month, _ = anchor
    if a_month is None:
        return year
    if relation in ("this past", "last", "the previous"):
        return year if month < a_month else year - 1
    if relation in ("next", "the following"):
        return year if month > a_month else year + 1
    return year


_DEIXIS_DAYS = {"the day before yesterday": -2, "yesterday": -1, "last night": -1, "today": 0,
                "tonight": 0, "tomorrow": 1, "the day after tomorrow": 2}
_ANAPHOR_DAYS = {"that": 0, "this": 0, "the same": 0, "the following": 1, "the next": 1, "the previous": -1,
                 "the day before": -1, "the next day": 1}


def _step(relation: str) -> int:
    """How many units back or on a relative word moves: `last` -1, `this` 0, `next` 1."""
    return -1 if relation in ("last", "the previous") else 0 if relation in ("this", "the current") else 1


def _shifted_month(year: int, month: int, step: int) -> tuple[int, int]:
    months = year * 12 + month - 1 + step
    return months // 12, months % 12 + 1


def resolve(mention: DateMention, anchor: str | None, context: str | None = None) -> str | None:
    """The ISO date `mention` stands for; `anchor` is the date of writing, `context`
    the date the narrative has reached (for `that evening`, `on the 3rd`)."""
    a = parse_iso(anchor)
    kind = mention.kind
    if kind == "num" and a and mention.day and mention.month and (mention.year, mention.day, mention.month) == a:
        return _iso(*a)
    if kind == "slash" and mention.day and mention.month and mention.year:
        return _slashed(mention.year, mention.day, mention.month, a)
    if kind in ("dmy", "mdy", "iso", "num"):
        if mention.month and mention.day and mention.year and _valid(mention.year, mention.month, mention.day):
            return _iso(mention.year, mention.month, mention.day)
        return None
    if kind == "my" and mention.year and mention.month:
        return _iso(mention.year, mention.month)
    if kind == "year" and mention.year:
        return _iso(mention.year)
    if kind == "anaphor":
        c = parse_iso(context) or a
        words = mention.relation.split()
        relation = mention.relation if mention.relation in _ANAPHOR_DAYS else " ".join(words[:-1])
        return _shift_days(c, _ANAPHOR_DAYS.get(relation, 0)) if c else None
    if kind == "ordinal":
        c = parse_iso(context) or a
        if c and c[1] and mention.day and _valid(c[0], c[1], mention.day):
            return _iso(c[0], c[1], mention.day)
        return None
    if a is None:
        return None
    if kind in ("dm", "md") and mention.month and mention.day:
        year = _closest_year(a, mention.month, mention.day)
        return _iso(year, mention.month, mention.day) if _valid(year, mention.month, mention.day) else None
    if kind == "month" and mention.month:
        return _iso(_closest_year(a, mention.month, None), mention.month)
    if kind == "rel_month" and mention.month:
        return _iso(_relative_month(a, mention.relation, mention.month), mention.month)
    if kind == "season":
        relation, season = mention.relation.rsplit(" ", 1)
        return _iso(_season_year(a, relation, season))
    if kind == "day_month" and a[1] and mention.day:
        year, month = _shifted_month(a[0], a[1], _step(mention.relation))
        return _iso(year, month, mention.day) if _valid(year, month, mention.day) else None
    if kind == "unit":
        relation, unit = mention.relation.rsplit(" ", 1)
        step = _step(relation)
        if unit == "year":
            return _iso(a[0] + step)
        if unit == "month" and a[1]:
            return _iso(*_shifted_month(a[0], a[1], step))
        if unit == "week" and a[1] and a[2]:
            shifted = date(a[0], a[1], a[2]) + timedelta(days=7 * step)
            return _iso(shifted.year, shifted.month)
        return None
    if kind == "deixis":
        return _shift_days(a, _DEIXIS_DAYS.get(mention.relation, 0))
    if kind == "weekday" and a[1] and a[2]:
        return _weekday(a, mention.relation)
    if kind == "ago":
        return _ago(a, mention.relation)
    return None


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _slashed(year: int, first: int, second: int, anchor: tuple[int, int | None, int | None] | None) -> str | None:
    """`8/10/1979`: day first in most of the archive's languages, month first in American and Brazilian
    records. Of the readings that make a date, the latest one not after the date of writing (a record
    tells of what has happened): `8/10/1979` in a memorandum of 20 August is 10 August."""
    readings = sorted({(year, m, d) for d, m in ((first, second), (second, first)) if _valid(year, m, d)})
    if not readings:
        return None
    if anchor and anchor[1] and anchor[2]:
        past = [r for r in readings if r <= anchor]
        if past:
            return _iso(*past[-1])
    return _iso(*((year, second, first) if (year, second, first) in readings else readings[0]))


def _weekday(anchor: tuple[int, int | None, int | None], relation: str) -> str:
    """`last Sunday` is the latest Sunday before the day of writing, `next Sunday` the first after it."""
    when, weekday = relation.rsplit(" ", 1)
    day = date(anchor[0], anchor[1] or 1, anchor[2] or 1)
    gap = (day.weekday() - _WEEKDAYS.index(weekday)) % 7 or 7
    if when in ("last", "this past"):
        return (day - timedelta(days=gap)).isoformat()
    return (day + timedelta(days=(7 - gap) or 7)).isoformat()


_AGO_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "eight": 8, "nine": 9, "ten": 10}
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30.44, "year": 365.25}


def _ago(anchor: tuple[int, int | None, int | None], relation: str) -> str | None:
    """`a month and a half ago` from the date of writing, kept to the precision the unit allows:
    days to the day, weeks and months to the month, years to the year."""
    count_word, unit_word = relation.split()[:2]
    count = _AGO_COUNTS.get(count_word) or int(count_word)
    unit = unit_word.rstrip("s")
    half = relation.endswith("half")
    span = (count + (0.5 if half else 0)) * _UNIT_DAYS[unit]
    if unit == "day" and anchor[1] and anchor[2]:
        return _shift_days(anchor, -round(span))
    if unit == "year" and anchor[1] is None and not half:
        return _iso(anchor[0] - count)
    if anchor[1] is None or (anchor[2] is None and span < 28):
        return None
    then = date(anchor[0], anchor[1], anchor[2] or 15) - timedelta(days=round(span))
    return _iso(then.year) if unit == "year" else _iso(then.year, then.month)


def date_value(text: str, mention: DateMention, anchor: str | None, context: str | None = None) -> DateValue | None:
    """`mention` resolved into a DateValue with its evidence span, None when unresolvable."""
    iso = resolve(mention, anchor, context)
    if iso is None:
        return None
    return DateValue(iso, mention.verbatim, Span.of(text, mention.start, mention.end))


# --- layout: journal entry headings and registry stamps -------------------------------

_STAMP_LINE = re.compile(
    r"(?:\bN[ºo°]\.?\s*\S*\d|\bIncoming\b|\bOutgoing\b|\bCopy\b|\bSecret\b|\bRegistr|"
    r"\bExemplar\b|\bStrictly\b|\bConfidential\b|\b(?:Iskh|Vkh)\.)",
    re.IGNORECASE,
)
_STAMP_WIDTH = 60
_DISPATCH = re.compile(r"^\W*(?:(?:Iskh|Vkh)\.|Incoming|Outgoing)(?!.*\bCopy\b)", re.IGNORECASE)
"""`Iskh. #15` / `28 January 1959`: the date under an outgoing or incoming number is when the journal was sent
or received, even where the narrator's text follows it (a copy's number, `Copy No. 2`, carries no date)."""
_WEEKDAY = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s*)?"
_DATE_ONLY = re.compile(
    rf"^\W*{_WEEKDAY}(?:{_DAY}(?:\s+of)?\s+\[?{_MONTH}\]?,?\s+\[?{_YEAR}\]?"
    rf"|\[?{_MONTH}\]?\s+{_DAY},?\s+\[?{_YEAR}\]?|{_DAY}(?:\s+of)?\s+\[?{_MONTH}\]?"
    rf"|{_YEAR}-\d\d-\d\d|\d{{1,2}}\.\d{{1,2}}\.{_YEAR})[\s.:*_\])]*"
    r"(?:\((?i:excerpts?|extracts?|abridged|fragments?)\)[\s.]*)?$"
)


def is_date_line(line: str) -> bool:
    """A line that is only a date (`4 September 1963`): a heading, not running text. The editor's
    `(excerpt)` after it (`17 January 1980 (excerpt)` under a session's heading) is no text."""
    return bool(_DATE_ONLY.match(line.strip()))


@dataclass(frozen=True)
class Layout:
    """Where journal entries begin (position, ISO date) and which date spans are stamps."""

    headings: tuple[tuple[int, str], ...]
    stamps: tuple[tuple[int, int], ...]
    starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "starts", tuple(start for start, _ in self.headings))

    def is_stamp(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.stamps)

    def entry_date(self, position: int) -> str | None:
        """The date of the journal entry `position` lies in, if any (asked for every
        sentence: a bisection over the headings' starts)."""
        index = bisect_right(self.starts, position)
        return self.headings[index - 1][1] if index else None


_NARRATED = re.compile(r"\s*(?:(?:I|We)\s+[a-z]|(?:Today|Yesterday|This\s+(?:morning|afternoon|evening))\b)")
"""A line the narrator opens (`I received …`, `Today at 16.55 I …`): the date line above it
heads an entry even right under a registry line (`Copy Nº 1`)."""


_TODAY = re.compile(r"\s*(?:Today|Yesterday|This\s+(?:morning|afternoon|evening))\b")
"""A line that tells the day's own events: the date line above it, past a `Copy #2`, is that day."""


_ELIDED = re.compile(r"^(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*")
"""An editor's elision opening an entry (`…I participated`): the entry still begins there."""


def _is_prose(line: str) -> bool:
    """A line of running text, the kind that follows an entry heading."""
    stripped = _ELIDED.sub("", line.strip())
    return (len(stripped) >= 40 or len(stripped.split()) >= 4) and stripped[:1].isupper() and bool(
        re.search(r"[.!?:]\W*$|[a-z]\.\s", stripped))


def _is_stamp_line(line: str) -> bool:
    """A short registry line: `Incoming Nº 02821s`, `Nº 260 Copy Nº 1`, `Top Secret`."""
    return len(line.strip()) <= _STAMP_WIDTH and bool(_STAMP_LINE.search(line))


def _visible_lines(text: str) -> list[tuple[int, str]]:
    """Each line holding more than white space, with where it starts (split at C speed)."""
    lines = []
    start = 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((start, line))
        start += len(line) + 1
    return lines


def scan_layout(text: str, anchor: str | None) -> Layout:
    """Entry headings (a line that is only a date, followed by running text, or by a registry
    line and then the day's own text: `14 March 1955` / `Copy #2` / `Today at …`) and registry
    stamps (dates on or right after a registry line, `Incoming Nº …`)."""
    lines = _visible_lines(text)
    headings: list[tuple[int, str]] = []
    stamps: list[tuple[int, int]] = []
    on_stamps = [_is_stamp_line(line) for _, line in lines]
    for i, (start, line) in enumerate(lines):
        after_stamp = i > 0 and on_stamps[i - 1]
        following = lines[i + 1][1] if i + 1 < len(lines) else ""
        if on_stamps[i] or (after_stamp and _DATE_ONLY.match(line) and (
                not _NARRATED.match(following) or _DISPATCH.search(lines[i - 1][1]))):
            stamps.append((start, start + len(line)))
            continue
        if not _DATE_ONLY.match(line):
            continue
        below = i + 1
        while below < len(lines) and (on_stamps[below] or (
                _DATE_ONLY.match(lines[below][1]) and _DISPATCH.search(lines[below - 1][1]))):
            below += 1
        dispatched = below > i + 2 and any(_DISPATCH.search(line) for _, line in lines[i + 1:below])
        if not _is_prose(following) and not (below > i + 1 and below < len(lines) and (
                _TODAY.match(lines[below][1]) or (dispatched and _NARRATED.match(lines[below][1])))):
            continue
        mentions = find_dates(text, start, start + len(line))
        iso = resolve(mentions[0], anchor) if mentions else None
        if iso:
            headings.append((start, iso))
    return Layout(tuple(headings), tuple(stamps))
