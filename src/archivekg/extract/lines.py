"""Where a document's lines start, found once and shared by the extractors; patterns
matched only where they can begin.

`re` tries a pattern that opens with `^` (under re.MULTILINE), `\b` or a lookbehind at
every character of the text, only to fail at all but a few: a line's first, a word
found by `str.find`. Matching at those starts alone finds the same matches for a
fraction of the work.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
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


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int], end: int | None = None
               ) -> list[re.Match[str]]:
    """`list(pattern.finditer(text, starts[0], end))` for a pattern that can begin only at one
    of `starts` (sorted) and never matches the empty string: tried at each start that no
    earlier match has passed, as `finditer` goes on after a match."""
    end = len(text) if end is None else end
    found = []
    done = 0
    for start in starts:
        if start >= done:
            match = pattern.match(text, start, end)
            if match:
                found.append(match)
                done = match.end()
    return found


def first_match_at(pattern: re.Pattern[str], text: str, starts: Iterable[int], end: int | None = None
                   ) -> re.Match[str] | None:
    """`pattern.search(text, starts[0], end)` for a pattern that can begin only at one of
    `starts` (sorted): the first of them where it matches."""
    end = len(text) if end is None else end
    for start in starts:
        match = pattern.match(text, start, end)
        if match:
            return match
    return None


def line_matches(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """`list(pattern.finditer(text))` for a pattern that can match only at a line's start
    (it opens with `^` under re.MULTILINE) and never matches the empty string."""
    return matches_at(pattern, text, line_starts(text))


def line_search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pattern.search(text)` for a pattern that can match only at a line's start (it opens
    with `^` under re.MULTILINE)."""
    return first_match_at(pattern, text, line_starts(text))


def occurrences(text: str, needle: str, start: int = 0, end: int | None = None) -> list[int]:
    """Where `needle` begins in text[start:end], by `str.find`."""
    end = len(text) if end is None else end
    found = []
    at = text.find(needle, start, end)
    while at >= 0:
        found.append(at)
        at = text.find(needle, at + 1, end)
    return found


@lru_cache(maxsize=4)
def lowercase(text: str) -> str:
    """`text.lower()` of a document, found once: lowering a text with any letter beyond ASCII
    looks each character up, and `folded`, the metadata's folded text and the meeting scan
    all start from the same lower case."""
    return text.lower()


@lru_cache(maxsize=4)
def folded(text: str) -> str:
    """`text` in lower case with its offsets kept, and `İ` and `ı` (which IGNORECASE takes for
    `i`) made `i`: a word of ASCII letters other than `s` (`ſ` is one) that this text lacks
    is nowhere in the text in any case, so a case-insensitive search for it can be skipped."""
    low = text.replace("\u0130", "i").lower() if "\u0130" in text else lowercase(text)
    return low.replace("\u0131", "i")


def find_spaced(text: str, phrase: str) -> int:
    """Where `phrase` (words joined by single spaces) first occurs in `text` with any run of
    white space between its words, or -1: what `re.search` of the escaped phrase with `\\s+`
    for each space finds, without compiling a pattern per document (a title or a summary is
    each record's own, so `re`'s cache never holds it)."""
    words = phrase.split(" ")
    first, rest = words[0], words[1:]
    at = text.find(first)
    while at >= 0:
        position = at + len(first)
        for word in rest:
            skipped = position
            while position < len(text) and text[position].isspace():
                position += 1
            if position == skipped or not text.startswith(word, position):
                break
            position += len(word)
        else:
            return at
        at = text.find(first, at + 1)
    return -1


def _is_word_char(char: str) -> bool:
    """What the regex `\\w` matches (alphanumerics and the underscore)."""
    return char.isalnum() or char == "_"


def starts_longer_word(text: str, word: str, end: int) -> bool:
    """`(?<!\\w)word\\w` in text[:end], by `str.find`: a regex built per document would be
    compiled again for every record."""
    if end <= len(word):
        return False
    at = text.find(word, 0, end - 1)
    while at >= 0:
        if (at == 0 or not _is_word_char(text[at - 1])) and _is_word_char(text[at + len(word)]):
            return True
        at = text.find(word, at + 1, end - 1)
    return False
