"""Office phrases around a name: before it, in apposition, in parentheses, after `as`.

The functions read the text next to a position and return the office phrase as
written; `roles_for` turns a phrase into RoleAssignments (title, organisation,
office or document part). They know nothing about who the person is: the person
extractor calls them at each name it accepts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from archivekg.extract.lines import matches_at, occurrences
from archivekg.extract.names import (
    OFFICE_CONNECTORS,
    OFFICE_ADJECTIVES,
    OFFICE_NOUNS,
    ORG_BODY_ABBREVIATIONS,
    ORG_HEADS,
    ORG_WORDS,
    PART_TITLES,
    PLACE_WORDS,
    TITLE_ABBREVIATIONS,
    FUNCTION_WORDS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    fold,
    is_honorific,
    is_title_word,
    is_upper_word,
)
from archivekg.model import RoleAssignment, Span

_WINDOW = 280
_NEAR = 48
_WORD = re.compile(r"\S+")
_TRAILING_PUNCT = ",;:.!?)"
_PAREN = re.compile(r"\s*(?:\[[^\]\n]{1,60}\]\s*)?\(([^()\n]{2,90})\)")
# A translator's note after the name (`[sic; translator's note: unable to confirm …]`) may be long.
_NOTE = r"\[[^\]\n]{1,130}\]"
_OPENS_AFTER = re.compile(rf"\s*(?:{_NOTE}\s*)?(?:[(,]|[ \t]?[-–—][ \t])")
_CHAIN = re.compile(r",[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+")
_APPOSITIVE = re.compile(rf"\s*(?:{_NOTE}\s*)?(?:,|[ \t]?[-–—](?=[ \t]))\s*(?:who\s+(?:is|was)\s+(?:an?\s+|the\s+)?)?")
# An office written straight after the name, without a comma (`JEONG Hong-jin Director of …`).
_JOINED = re.compile(r"[ \t]+(?:\[[^\]\n]{1,60}\][ \t]+)?(?:the[ \t]+)?(?=[A-Za-z]|\d{1,2}(?:st|nd|rd|th) )")
_AS_PART = re.compile(r"^(?:as\s+)?(?:the\s+|an?\s+)?(interpreter|translator|speaker|rapporteur)$", re.I)
_GLOSS = re.compile(r"\b([A-Z]{2,}[A-Za-z]*)\s*\[([^\]]+)\]")
_BRACKETS = re.compile(r"[\[\]]")
_SPACES = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^(?:the|The|a|an)\s+")
# `Kong Yuan, Deputy Director [Foreign Affairs Office];`: an editor's bracket closing an
# office, before the end of its list entry, names the body (or, with a head of its own,
# `[Vice Minister of Foreign Affairs]`, the office in other words), not the next person.
_OFFICE_GLOSS = re.compile(r"[ \t]\[([A-Z][^\[\]\n]{2,60})\](?=[ \t]*(?:[;.]|,[ \t]|\n|$))")
# An office phrase followed by a capital or a bracket may be a prefix of the next name; an
# editor's ellipsis (`[...]`) is no name. So may one the editor brackets with the next
# person's given names (`X, [Foreign Minister, Andrei Andreivich] Gromyko`).
_NAME_NEXT = re.compile(r"[ \t]*(?:\[(?![.…]*\])|[A-Z])"
                        r"|,[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)*\][ \t]+[A-Z]")
_AS = re.compile(r"as(?<=\sas)\s+")
"""` as `, found from its literal `as` (the engine skips ahead to it): the match starts one
after the space, which a previous match may have taken already."""
_VERBAL = re.compile(
    r"\b(?:re-?elect(?:ed|ion)|elect(?:ed|ion)|appoint(?:ed|ment)|approved|named|nominated|"
    r"designated|confirmed|promoted|serv(?:ed|es|ing)|act(?:ed|s|ing))$"
)


# An editor's note between an office and its name (`Department [sic] O. B. Rakhmanin`).
_EDITORIAL = re.compile(r"^\[(?:sic|sic!|illegible|unclear|\?)\]$")
# `C.C. of the R.C.P.`, `P.R.R.`: Romanian translations dot every letter of a body's abbreviation.
_DOTTED_ABBREVIATION = re.compile(r"^(?:[A-Z]\.){2,}$")
_DOTTED_TOKEN = re.compile(r"^((?:[A-Z]\.){2,})([,;:)]?)$")
# An office cannot end on `Foreign`: the words after it (`Foreign Specialist Matters`) go on
# naming the body, not its holder.
UNFINISHED = frozenset({"foreign"})
# Document words that name an office's field (`Counsellor for Economic Questions`,
# `Head of the Policy Planning Staff`).
_OFFICE_FIELDS = frozenset({"question", "questions", "issue", "issues", "policy"})
# `minister of foreign affairs X`, `deputy minister of culture X`: a ministry's field in lower case.
_PORTFOLIOS = frozenset("""affairs culture defence defense trade commerce finance finances education
    agriculture interior justice health industry transport communications""".split())
# `1st Secretary`, `head of the 3rd department`: a numbered rank or body.
_ORDINAL = re.compile(r"^\d{1,2}(?:st|nd|rd|th)$")
_CAPITAL_NEXT = re.compile(r"[ \t]+[A-Z]")
# Translations write the honorific in lower case after a comma (`of the USSR, comrade Gromyko`).
_LOWER_COMRADE = frozenset({"comrade", "comrades"})


# Capitalised function words that also open a body's name (`the Great Khural`, `Great Britain`).
_BODY_ADJECTIVES = frozenset({"great"})


@dataclass(frozen=True)
class Prefix:
    """What stands before a name: an office phrase and/or an honorific."""

    phrase: str | None
    head: str | None
    start: int
    honorific: bool


@lru_cache(maxsize=65536)
def _word_class(token: str) -> str:
    """hon, head, conn, cap (may sit in an office phrase), low (lower-case office word),
    note (an editor's `[sic]`), stop (ends the phrase) or other."""
    if _EDITORIAL.match(token):
        return "note"
    word = token.strip("[]")
    folded = fold(word.rstrip("."))
    if is_honorific(word) or word in _LOWER_COMRADE:
        return "hon"
    if word.endswith(".") and folded.rpartition("-")[2] in TITLE_ABBREVIATIONS:  # `Gen.`, `Major-Gen.`
        return "head"
    if _DOTTED_ABBREVIATION.match(word):
        return "cap"
    if word.endswith("."):
        return "stop"
    if is_title_word(folded):
        return "head"
    if folded in OFFICE_CONNECTORS:
        return "conn"
    if word.lower().startswith(("d'", "d’")) or _ORDINAL.match(word):
        return "cap"
    if not word[:1].isalpha():
        return "other"
    if word[0].isupper():
        if (is_upper_word(word) or folded in TITLE_MODIFIERS or folded not in FUNCTION_WORDS
                or folded in _OFFICE_FIELDS or folded in _BODY_ADJECTIVES):
            return "cap"
        return "stop"
    if folded in TITLE_MODIFIERS or folded in OFFICE_NOUNS or folded in OFFICE_ADJECTIVES or folded in _PORTFOLIOS:
        return "low"
    return "other"


def _could_precede(text: str, pos: int) -> bool:
    """Cheap test: can the word before `pos` belong to an office phrase (`member of the
    delegation X` ends on a lower-case noun) or be an honorific?"""
    end = pos
    while end > 0 and text[end - 1] in " \t[":
        end -= 1
    if end == pos and pos > 0:
        return False
    floor = max(0, end - 40)
    start = max(text.rfind(" ", floor, end), text.rfind("\n", floor, end)) + 1
    word = text[start:end]
    if _word_class(word) == "note":
        return _could_precede(text, start)
    return _may_precede(word)


@lru_cache(maxsize=65536)
def _may_precede(word: str) -> bool:
    """The word-level half of `_could_precede`: names recur after the same words, so remembered."""
    word = word.lstrip("[")
    return bool(word) and (_word_class(word.rstrip(",")) in ("hon", "head", "cap", "low")
                           or _glossed(word))


def _ends_office(token: str) -> bool:
    """Can an office phrase end on this word (`Committee`, `DPRK`, `Czechoslovakia`)?"""
    word = token.strip("[]")
    folded = fold(word)
    return (_word_class(word) == "head" or is_upper_word(word) or folded in ORG_WORDS
            or (folded in PLACE_WORDS and word[:1].isupper()))


def _joins_offices(before_and: str, earlier: str = "") -> bool:
    """`General Secretary of the Party and President of the Republic, X`: an `and` after
    an office's body (`of the Party`, `of Ministers`; not a bare title: `the Ambassador
    and Counsellor X` are two people) joins two offices of the one person named after
    the comma. `earlier` is the word before `before_and`."""
    word = before_and.strip("[]")
    return _ends_office(word) and (_word_class(word) != "head" or _word_class(earlier) == "conn")


# `Party of Labor (APL) Central Committee (CC)`: an abbreviation glossed inside an office.
_GLOSSED_ABBREVIATION = re.compile(r"^\([A-Z]{2,6}\)\]?$")


def _glossed(token: str) -> bool:
    """Is `token` a glossed abbreviation (`(APL)`)? Most words don't open a parenthesis."""
    return token[:1] == "(" and _GLOSSED_ABBREVIATION.match(token) is not None


def _walk_back(matches: list[re.Match[str]]) -> tuple[list[re.Match[str]], bool, bool]:
    """The words of an office phrase, last first, and whether an honorific stood among
    them; the third value says whether the walk reached the first of `matches`.

    Offices listed before a name (`Member of the Politburo, Deputy Chairman of the
    Council of Ministers, Foreign Minister X`) are crossed comma by comma while each
    holds a head and the word before the comma can end an office; `and` joins words
    of a phrase whose head is still to come (`Minister for Culture and Education`)."""
    honorific = False
    kept: list[re.Match[str]] = []
    cut = 0
    segment_head = False
    last = len(matches) - 1
    while last > 0 and _word_class(matches[last].group()) == "hon":
        last -= 1
    appositive = bool(matches) and matches[last].group().endswith((",", "]"))
    for index in range(len(matches) - 1, -1, -1):
        match = matches[index]
        token = match.group()
        if token == "[" or (not kept and not honorific and _word_class(token) == "note"):
            continue
        if _glossed(token):
            kept.append(match)
            continue
        if token.endswith(","):
            if (kept and not segment_head) or not _ends_office(token[:-1]):
                return _trim(kept, cut), honorific, index == 0
            cut = len(kept)
            segment_head = False
            token = token[:-1]
        elif token[-1] in ";:!?()":
            return _trim(kept, cut), honorific, index == 0
        kind = _word_class(token)
        if kind == "hon":
            if kept:
                return _trim(kept, cut), honorific, index == 0
            honorific = True
            continue
        if token == "and" and kept and not segment_head and index > 0:
            continue
        if token == "and" and appositive and segment_head and index > 0 and _joins_offices(
                matches[index - 1].group(), matches[index - 2].group() if index > 1 else ""):
            cut = len(kept)
            segment_head = False
            continue
        if token == "with" and kept and kept[-1].group()[:1].isupper() and index > 0 and (
                _word_class(matches[index - 1].group()) in ("cap", "head")):
            kind = "conn"  # `the Society for Friendship with Foreign Countries`: a body's own name
        if kind in ("stop", "other") or token == "and":
            return _trim(kept, cut), honorific, index == 0
        segment_head = segment_head or kind == "head"
        kept.append(match)
    return _trim(kept, cut), honorific, True


def _trim(kept: list[re.Match[str]], cut: int) -> list[re.Match[str]]:
    """The words kept, less a last stretch before a comma that holds no office head."""
    if cut and not any(_word_class(m.group().rstrip(",")) == "head" for m in kept[cut:]):
        return kept[:cut]
    return kept


# `the secretary of Comrade Dobi`, `adviser to Mr. Lund`: an office ending on a relating
# word is someone else's, held in relation to the person named after it.
_RELATING = frozenset(("of", "to", "for"))


# `Szunyogh, the secretary of Comrade Dobi;`: an appositive office may end on the person
# it is held for, named whole up to the entry's end.
_RELATED_NAME = re.compile(
    r"[ \t]+(of|to|for)[ \t]+((?:(?:Comrade|Cde\.|Mr\.|Mrs\.|Dr\.)[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})(?=[ \t]*(?:[;,.)\n]|$))")


# `the Premier of the PRC [PRC; VRCh in German], Comrade X`: the translator's gloss
# of the body closes the office, before the comma.
_GLOSS_BEFORE_COMMA = re.compile(r"[ \t]\[[^\[\]\n]{1,60}\],(?=[ \t]+(?:\S+[ \t]+)?$)")


def _without_gloss(text: str, floor: int, pos: int) -> str:
    """`text` with a headless gloss between an office and its comma blanked out (the
    comma kept on the office's last word), so the walk back reads the office across it;
    offsets stay as they were."""
    gloss = _GLOSS_BEFORE_COMMA.search(text, floor, pos)
    if gloss is None or has_head(gloss.group()[2:-2]):
        return text
    return text[:gloss.start()] + "," + " " * (len(gloss.group()) - 1) + text[gloss.end():]


_HOLDER_GIVEN = re.compile(r"(\w+)\s+\[[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\],")
"""`Premier [Zhou Enlai], Chairman [Mao Zedong]`: a title the editor has given its holder ends
there; it is not one more office of the name that follows."""


def _holders_given(text: str, floor: int, pos: int) -> list[re.Match[str]]:
    """`_HOLDER_GIVEN.finditer(text, floor, pos)`, tried only at the word that stands, blanks
    between, before a `[`: the pattern opens with `\\w+`, which `re` tries (and backtracks)
    at every letter of the window."""
    starts = []
    for bracket in occurrences(text, "[", floor, pos):
        blank = bracket
        while blank > floor and text[blank - 1].isspace():
            blank -= 1
        word = blank
        while word > floor and (text[word - 1].isalnum() or text[word - 1] == "_"):
            word -= 1
        if word < blank < bracket:
            starts.append(word)
    return matches_at(_HOLDER_GIVEN, text, starts, pos)


def _after_glossed_comma(text: str, kept: list[re.Match[str]]) -> list[re.Match[str]]:
    """`[Cuban President] Oswaldo DORTICOS, [Defense Minister] Raul CASTRO`: an office the editor
    added in brackets after a comma opens a new entry; the walk back must not run on into the
    entry before it (whose shouted surname reads like an abbreviation)."""
    for at in range(len(kept) - 1, 0, -1):
        word = kept[at].group()
        if (word.startswith("[") and kept[at - 1].group().endswith(",")
                and has_head(text[kept[at].start() + 1:text.find("]", kept[at].start())])):
            return kept[at:]
    return kept


# `Unlike the Korean speaker, Comrade Hung`: an office set against the name after the comma
# belongs to someone else.
_CONTRASTS = frozenset(("unlike", "like", "besides", "except", "than"))
_WORD_BEFORE = re.compile(r"(\w+)[ \t]+(?:(?:the|a|an)[ \t]+)?$", re.I)


def _compared(text: str, kept: list[re.Match[str]]) -> bool:
    """Does an appositive office (`…speaker,`) follow a word that contrasts it with the name?"""
    if not kept[-1].group().endswith(","):
        return False
    start = kept[0].start()
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before.group(1).lower() in _CONTRASTS


_NATIONAL = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish|an|i)|Soviet|Chinese|Korean|Czech|French|Greek|Thai")
"""A people's adjective (`Brazilian`, `Soviet`, `Pakistani`), which a bare title may carry."""


def _bare_title(words: list[str]) -> bool:
    """Are `words` a title alone (`Premier`, `Prime Minister`), with no body or portfolio?"""
    if not words or words[-1].endswith("s"):
        return False
    words = [word.strip("[]") for word in words]
    while len(words) > 1 and _NATIONAL.fullmatch(words[0]):
        words = words[1:]  # `envoy of [Brazilian] President [João] Goulart`: the people's word goes with the title
    for word in words:
        if not word[:1].isupper() or (_word_class(word) != "head" and fold(word) not in TITLE_MODIFIERS):
            return False
    return _word_class(words[-1]) == "head"


def _title_of_holder(kept: list[re.Match[str]]) -> list[re.Match[str]]:
    """`a secretary of Premier Kim Il Sung`, `adviser to President X`: the office before the
    relating word is someone else's, held for the name; the name's own is the bare title after it.
    With `the` (`Private Secretary to the Minister Ueda`) the title is the office's, not the name's;
    so is one after a portfolio (`the Minister of Defense of General Batyn Dorj`, a translator's `of`)."""
    for at in range(len(kept) - 2, 0, -1):
        if kept[at].group() in _RELATING:
            tail = kept[at + 1:]
            held = _word_class(kept[at - 1].group()) == "head"
            return tail if held and _bare_title([m.group() for m in tail]) else kept
    return kept


_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")


_LISTED_ON = re.compile(r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}(?:[ \t]+\[[^\[\]\n]{1,20}\])?,[ \t]+"
                        r"(?:and[ \t]+)?(?:the[ \t]+)?[A-Z]")


def _own_after_listed(text: str, kept: list[re.Match[str]], pos: int) -> list[re.Match[str]]:
    """`the Pakistani Prime Minister, Foreign Secretary Baig, Joint Secretary X, …`: in a list of
    persons, `the` and a bare title before a comma name someone of their own; only the office
    after the last comma is the name's. A chain of one person's offices ends on the name."""
    commas = [at for at, match in enumerate(kept[:-1]) if match.group().endswith(",")]
    if (not commas or not _THE_BEFORE.search(text, max(0, kept[0].start() - 5), kept[0].start())
            or not _LISTED_ON.match(text, pos)):
        return kept
    if any(_word_class(m.group()) == "conn" for m in kept[:commas[-1]]):
        return kept  # `the Deputy Premier of the … Council, Foreign Minister X`: offices of one person
    last = kept[commas[-1] + 1:]
    return last if any(_word_class(m.group().rstrip(",")) == "head" for m in last) else kept


_DESTINATION = re.compile(r"\b(?:to|in|from)[ \t]+$")


def _past_destination(text: str, kept: list[re.Match[str]]) -> list[re.Match[str]]:
    """`the Visit to China of Pakistani Prime Minister Suhrawardy`: the place a visit goes to and
    its `of` open no office; the office starts after them."""
    if (len(kept) > 2 and kept[1].group() == "of" and fold(kept[0].group()) in PLACE_WORDS
            and _DESTINATION.search(text, max(0, kept[0].start() - 6), kept[0].start())):
        return kept[2:]
    return kept


def office_before(text: str, pos: int) -> Prefix | None:
    """The office phrase and honorific right before `pos` (`CPSU CC First Secretary Cde. `).

    Walks back word by word over capitalised words, abbreviations, `of`/`the` and
    lower-case office words; stops at punctuation, `and`, a function word or a
    line break. `The Chinese Ambassador, Comrade X` is read across its one comma.
    Most phrases are a few words long: a short stretch is read first, the whole
    window only when the walk reaches the stretch's start."""
    if not _could_precede(text, pos):
        return None
    floor = max(0, pos - _WINDOW, text.rfind("\n", max(0, pos - _WINDOW), pos) + 1)
    near = max(floor, pos - _NEAR)
    # Every match of _HOLDER_GIVEN and of _GLOSS_BEFORE_COMMA holds a `],`: most windows have none.
    glossed = text.find("],", floor, pos) >= 0
    if glossed:
        for holder in _holders_given(text, floor, pos):
            if _word_class(holder.group(1)) == "head":
                floor = max(floor, holder.end())
    near = max(floor, near)
    if glossed:
        text = _without_gloss(text, floor, pos)
    kept, honorific, reached = _walk_back(list(_WORD.finditer(text, near, pos)))
    if reached and near > floor:
        kept, honorific, _ = _walk_back(list(_WORD.finditer(text, floor, pos)))
    kept.reverse()
    kept = _after_glossed_comma(text, kept)
    while kept and _word_class(kept[0].group()) == "conn":
        kept.pop(0)
    kept = _title_of_holder(_past_destination(text, _own_after_listed(text, kept, pos)))
    related = bool(kept) and kept[-1].group() in _RELATING
    while kept and _word_class(kept[-1].group().rstrip(",")) == "conn":
        kept.pop()
    heads = [m for m in kept if _word_class(m.group().rstrip(",")) == "head"]
    unfinished = bool(kept) and fold(kept[-1].group().strip("[]")) in UNFINISHED | _BODY_ADJECTIVES
    if not heads or related or unfinished or _compared(text, kept):
        return Prefix(None, None, pos, True) if honorific else None
    phrase = _SPACES.sub(" ", text[kept[0].start():kept[-1].end()].rstrip(","))
    head = fold(heads[-1].group().rstrip(",").strip("[]"))
    return Prefix(phrase, head, kept[0].start(), honorific)


# `head of the secretariat of the I Secretary of the CC`: a Roman ordinal after `of the` is no pronoun.
_ROMAN_ORDINALS = frozenset(("I", "II", "III"))


def _forward_phrase(text: str, start: int, require_head_first: bool) -> tuple[str, int] | None:
    """An office phrase starting at `start`, ending before punctuation or a plain word.

    The body may come before the head, `of` and all (`Central Committee of the Romanian
    Communist Party Secretary`): Romanian and Chinese records name offices that way."""
    end = start
    seen_head = linked = False
    count = 0
    for match in _WORD.finditer(text, start, min(len(text), start + _WINDOW)):
        if "\n" in text[end:match.start()]:
            break
        token = match.group()
        core = token.rstrip(_TRAILING_PUNCT)
        dotted = _DOTTED_TOKEN.match(token)
        if dotted and (linked or not _CAPITAL_NEXT.match(text, match.end()) or _head_next(text, match.end())):
            core, token = dotted.group(1), token if dotted.group(2) else dotted.group(1)
        kind = "cap" if core == "New" or (linked and core in _ROMAN_ORDINALS) else _word_class(core)
        if count == 0 and core in ("the", "The", "a", "an"):
            count += 1
            end = match.end()
            continue
        if kind == "head":
            seen_head = True
            linked = False
        elif (require_head_first and not seen_head and kind not in ("cap", "low")
              and not (kind == "conn" and count > 0)):
            return None
        elif kind in ("stop", "other", "hon") or core.lower() == "and":
            break
        elif kind == "conn":
            linked = True
        elif (kind == "cap" and seen_head and not linked and fold(core) not in TITLE_MODIFIERS
              and not core.lower().startswith(("d'", "d’"))):
            break
        count += 1
        if kind != "conn":
            end = match.start() + len(core)
        if core != token or count > 20:
            break
    if not seen_head:
        return None
    phrase = _SPACES.sub(" ", text[start:end]).strip()
    phrase = _LEADING_THE.sub("", phrase)
    return (phrase, end) if phrase else None


def _head_next(text: str, pos: int) -> bool:
    """`C.C. Secretary`: a dotted abbreviation before an office's head is the body the
    office sits in, not an abbreviation that ends a sentence."""
    word = text[pos:pos + 40].split(maxsplit=1)
    return bool(word) and _word_class(word[0].rstrip(_TRAILING_PUNCT)) == "head"


# `Pak Chol, a secretary of Premier Kim Il Sung,`: an appositive office held for a titled person
# runs on over that person's name.
_TITLED_HOLDER = re.compile(
    r"[ \t]+(\[?[A-Z][\w'’-]+\]?(?:[ \t]+\[?[A-Z][\w'’-]+\]?){0,2})(?=[ \t]*(?:[;,.)\n]|$))")
_TITLE_AFTER_RELATING = re.compile(r"[ \t](\S+)[ \t]+(?:of|to|for)[ \t]+((?:\S+[ \t]+){0,2}\S+)$")


def ends_on_title(phrase: str) -> bool:
    """Does an office phrase end on a relating word and a bare title (`deputy of President`)?"""
    tail = _TITLE_AFTER_RELATING.search(" " + phrase)
    return tail is not None and _word_class(tail.group(1)) == "head" and _bare_title(tail.group(2).split())


def office_after(text: str, pos: int) -> tuple[str, int, int] | None:
    """An office in apposition (`, Director of the International Department;`), in
    parentheses (`(Minister of State Control)`, `(as interpreter)`) or in an editor's
    brackets (`Nkomo [leader of the …]`) right after `pos`.
    Returns the phrase and its span."""
    if _prose_after(text, pos):
        return None
    bracketed = _bracketed_office(text, pos)
    if bracketed is not None:
        return bracketed
    if not _OPENS_AFTER.match(text, pos):
        return _joined_office(text, pos)
    paren = _PAREN.match(text, pos)
    if paren:
        content = _SPACES.sub(" ", paren.group(1)).strip()
        if _AS_PART.match(content):
            return content, paren.start(1), paren.end(1)
        if any(fold(w.strip(".,;")) in TITLE_HEADS for w in content.split()[:10]):
            found = _forward_phrase(text, paren.start(1), require_head_first=False)
            if found:
                return found[0], paren.start(1), found[1]
        return None
    comma = _APPOSITIVE.match(text, pos)
    if comma:
        found = _forward_phrase(text, comma.end(), require_head_first=True)
        gloss = _OFFICE_GLOSS.match(text, found[1]) if found else None
        if found and gloss:
            words = gloss.group(1).split()
            if any(_word_class(w) == "head" for w in words[:4]):
                return f"{found[0]}, {gloss.group(1)}", comma.end(), gloss.end(1) + 1
            if any(fold(w) in ORG_WORDS for w in words):
                return f"{found[0]} [{gloss.group(1)}]", comma.end(), gloss.end(1) + 1
        related = _RELATED_NAME.match(text, found[1]) if found else None
        if related and found:
            return f"{found[0]} {related.group(1)} {related.group(2)}", comma.end(), related.end()
        if found and not _NAME_NEXT.match(text, found[1]):
            return found[0], comma.end(), found[1]
        holder = _TITLED_HOLDER.match(text, found[1]) if found and ends_on_title(found[0]) else None
        if holder and found:
            return f"{found[0]} {holder.group(1)}", comma.end(), holder.end()
        return _body_then_office(text, comma.end())
    return None


def _prose_after(text: str, pos: int) -> bool:
    """`Kim said`, `Kang dwelt`: most names go on with a blank and a lower-case word, where no
    bracket, parenthesis, comma or dash opens an office. Only that word as an office's head
    (`… the deputy Minister` is left to the full reading) or a participants' list line can
    then start one: the regexes of the full reading are spared for the rest."""
    if text[pos:pos + 1] != " " or not "a" <= text[pos + 1:pos + 2] <= "z" or text.startswith("the", pos + 1):
        return False
    return _word_class(text[pos + 1:pos + 41].split(" ", 1)[0]) != "head" and not _listed_name(text, pos)


# `Molina [leader of the Andean Workers' Union]`: an editor's bracket right after a name.
_BRACKET_AFTER = re.compile(r"[ \t]{0,3}\[([^\[\]\n]{4,130})\]")


def _bracketed_office(text: str, pos: int) -> tuple[str, int, int] | None:
    """An editor's bracket after a name that opens with an office (its head among the
    first words) is that person's office; a bracket completing a name or giving another
    spelling has no head and is left alone. The phrase is read inside the bracket only."""
    bracket = _BRACKET_AFTER.match(text, pos)
    if bracket is None:
        return None
    words = bracket.group(1).split()[:4]
    if not any(_word_class(w.strip(".,;")) == "head" for w in words):
        return None
    found = _forward_phrase(text[:bracket.end(1)], bracket.start(1), require_head_first=True)
    return (found[0], bracket.start(1), found[1]) if found else None


def _body_then_office(text: str, start: int) -> tuple[str, int, int] | None:
    """`Lin Hao, MFA, Western Europe Department, Director;`: list entries
    name the body first, comma by comma, and the office last; the entry must end there."""
    entry = _ENTRY.match(text, start)
    if entry is None:
        return None
    *bodies, last = entry.group(1).split(", ")
    if not bodies or not all(_names_body(b.split()) and not has_head(b) for b in bodies):
        return None
    office_start = start + len(entry.group(1)) - len(last)
    found = _forward_phrase(text, office_start, require_head_first=True)
    if found is None or found[1] != start + len(entry.group(1)):
        return None
    return _SPACES.sub(" ", entry.group(1)), start, found[1]


# One entry of a list, up to its semicolon, full stop or line end.
_ENTRY = re.compile(r"([^;\n]{3,120}?)(?=;|\.(?:\s|$)|\n|$)")


def has_head(words: str) -> bool:
    """Does a stretch of words hold an office's head (`Minister`, `Chairman`)?"""
    return any(_word_class(w) == "head" for w in words.split())


def _joined_office(text: str, pos: int) -> tuple[str, int, int] | None:
    """`Ri Jong-mok the deputy Minister of Foreign Affairs`: an office opening with its
    head straight after the name; it must name its body (`of`) to be told from a verb."""
    joined = _JOINED.match(text, pos)
    if joined is None:
        return None
    if _word_class(text[joined.end():joined.end() + 40].split(" ", 1)[0]) != "head":
        return _listed_office(text, pos, joined.end())
    found = _forward_phrase(text, joined.end(), require_head_first=True)
    if found and (" of " in found[0] or _listed_entry(text, pos, found[1])) and not _NAME_NEXT.match(text, found[1]):
        return found[0], joined.end(), found[1]
    return None


def _listed_office(text: str, pos: int, start: int) -> tuple[str, int, int] | None:
    """`SEO Dal-su Assistant to the co-chairman`, `RYU Il 2nd Vice Premier`: on a
    participants' list line an office may open with its rank before the head."""
    if not _listed_name(text, pos):
        return None
    found = _forward_phrase(text, start, require_head_first=False)
    if found and _listed_entry(text, pos, found[1]) and _word_class(text[start:found[1]].split()[0]) == "cap":
        return found[0], start, found[1]
    return None


# The rest of a participants' list line after its office: nothing, or a parenthesis.
_ENTRY_REST = re.compile(r"[ \t]*(?:\([^()\n]*\))?[ \t]*(?:\n|$)")


def _listed_entry(text: str, pos: int, end: int) -> bool:
    """`KIM Il 1st Vice Premier` as a line of its own: in a participants' list the office
    follows the name without a comma; the line holds the name (capitalised words only),
    the office, and at most a parenthesis."""
    return _listed_name(text, pos) and _ENTRY_REST.match(text, end) is not None


def _listed_name(text: str, pos: int) -> bool:
    """The line up to `pos` is a name only (one to four capitalised words): asked before
    an office is read after almost every name, so a line of prose is split at most five ways."""
    line_start = text.rfind("\n", 0, pos) + 1
    name = text[line_start:pos].split(None, 4)
    return 0 < len(name) <= 4 and all(w[:1].isupper() for w in name)


def further_offices(text: str, stop: int, limit: int = 4) -> list[tuple[str, int, int]]:
    """Offices chained after an appositive one (`X, member of the Politburo, Minister of
    Foreign Trade, …`, `X - member of the Politburo and chairman of …`): each a comma
    or an `and` on, each opening with its head or its qualifiers."""
    found: list[tuple[str, int, int]] = []
    while len(found) < limit:
        comma = _CHAIN.match(text, stop)
        if not comma:
            break
        phrase = _forward_phrase(text, comma.end(), require_head_first=True)
        if not phrase or _NAME_NEXT.match(text, phrase[1]):
            break
        found.append((phrase[0], comma.end(), phrase[1]))
        stop = phrase[1]
    return found


def verbal_offices(text: str) -> list[tuple[str, int, int]]:
    """Offices after `elected as`, `approved as the speaker`, `re-election as Chairman of …`."""
    found: list[tuple[str, int, int]] = []
    if " as " not in text:
        return found
    taken = 0
    for match in _AS.finditer(text):
        space = match.start() - 1
        if space < taken:
            continue
        taken = match.end()
        if not _VERBAL.search(text, max(0, space - 16), space):
            continue
        phrase = _forward_phrase(text, match.end(), require_head_first=False)
        if phrase:
            found.append((phrase[0], match.end(), phrase[1]))
        else:
            tail = _AS_PART.match(text[match.end():match.end() + 30].split(".")[0].split(",")[0].strip())
            if tail:
                found.append((tail.group(1), match.end(), match.end() + len(tail.group(0))))
    return found


def _title_variants(phrase: str) -> list[str]:
    """The phrase as a title: translator's brackets dropped; an abbreviation glossed in
    brackets (`VNS [Supreme People's Assembly]`) gives one title with each form."""
    variants = []
    if _GLOSS.search(phrase):
        variants.append(_GLOSS.sub(r"\1", phrase))
        variants.append(_GLOSS.sub(r"\2", phrase))
    else:
        variants.append(_BRACKETS.sub("", phrase))
    return [_SPACES.sub(" ", v).strip() for v in variants]


def _org_word(word: str, after_of: bool) -> bool:
    """Can the word stand in an organisation's name: a capitalised word or an
    abbreviation that is not an office head (`Chairman`), or a number (`1st`)? Right
    after `of` an office word in capitals is the body's complement (`Council of Ministers`)."""
    bare = word.strip(",;:()")
    if not bare:
        return False
    folded = fold(bare)
    if folded in ORG_HEADS:
        return True
    return (bare[0].isupper() or bare[0].isdigit()) and (after_of or not is_title_word(folded))


def _names_body(words: list[str]) -> bool:
    """Does a run of words name a body: a capitalised head noun (`Department`,
    `Council`) or a party's or body's abbreviation (`KWP CC`, `MFA`)?"""
    for word in words:
        bare = word.strip(",;:()")
        folded = fold(bare)
        if folded in ORG_HEADS and bare[:1].isupper():
            return True
        if is_upper_word(bare) and folded in ORG_BODY_ABBREVIATIONS:
            return True
    return False


def _organization(title: str) -> str | None:
    """The body an office belongs to, when the phrase names one: `Director of the
    International Department` -> `International Department`, `Deputy USSR Council of
    Ministers Chairman` -> `USSR Council of Ministers`, `CPSU CC First Secretary` ->
    `CPSU CC`. Portfolios (`Minister of Defense`) and places (`Ambassador in Moscow`)
    give none: the title keeps the whole phrase and a wrong body would enter the graph."""
    words = title.split()
    runs: list[list[str]] = []
    run: list[str] = []
    for index, word in enumerate(words):
        if _org_word(word, bool(run) and run[-1] == "of"):
            run.append(word)
            continue
        joins = word in ("of", "for", "the", "and") and run and index + 1 < len(words)
        if joins:
            run.append(word)
            continue
        runs.append(run)
        run = []
    runs.append(run)
    for run in runs:
        while run and (run[-1] in ("of", "for", "the", "and") or fold(run[-1]) in _KEY_MODIFIERS):
            run.pop()
        while run and fold(run[0]) in _KEY_MODIFIERS:
            run.pop(0)
        if run and _names_body(run):
            return " ".join(run).strip(",;:()")
    return None


def roles_for(person: str, phrase: str, span: Span) -> list[RoleAssignment]:
    """RoleAssignments for `person` from an office phrase as written."""
    return [RoleAssignment(person, title, span, organization, kind)
            for title, organization, kind in _titles(phrase)]


@lru_cache(maxsize=65536)
def _titles(phrase: str) -> tuple[tuple[str, str | None, str], ...]:
    """(title, organisation, kind) for each reading of an office phrase: phrases recur.
    Offices listed comma by comma before one name (`First Secretary of the Party,
    Chairman of the Council, X`) are one title each, as each holds its own head."""
    part = _AS_PART.match(phrase.strip())
    if part and part.group() != "Speaker":  # `Speaker Rafsanjani` holds the chair of a parliament
        return ((PART_TITLES[part.group(1).lower()], None, "part"),)
    listed = phrase.split(", ")
    if len(listed) > 1 and all(has_head(entry) for entry in listed):
        return tuple(title for entry in listed for title in _titles(entry))
    first, joined, second = phrase.partition(" and ")
    if joined and has_head(first) and has_head(second) and _joins_offices(*first.split()[:-3:-1]):
        return _titles(first) + _titles(second)
    out: list[tuple[str, str | None, str]] = []
    for title in _title_variants(phrase):
        title = _LEADING_THE.sub("", title)
        if title and title[0].islower() and fold(title.split()[0]) in PART_TITLES and len(title.split()) == 1:
            out.append((PART_TITLES[fold(title)], None, "part"))
            continue
        if title:
            out.append((title, _organization(title), "office"))
    return tuple(out)


_KEY_MODIFIERS = frozenset("vice deputy first second third acting assistant executive prime".split())


@lru_cache(maxsize=65536)
def title_key(phrase: str) -> str:
    """What a bare title must repeat to refer back to a phrase: its head with a rank
    modifier (`Vice Chairman of …` -> `vice chairman`, `the Premier` -> `premier`)."""
    words = [fold(w.strip("[],.")) for w in phrase.split()]
    heads = [i for i, w in enumerate(words) if w in TITLE_HEADS and w not in _KEY_MODIFIERS]
    if not heads:
        heads = [i for i, w in enumerate(words) if w in TITLE_HEADS]
    if not heads:
        return ""
    head = heads[0]
    rank = next((w for w in words[:head] if w in _KEY_MODIFIERS), None)
    return f"{rank} {words[head]}" if rank else words[head]


# What may stand between a signature block's office and its name.
_SIGNATURE = re.compile(r"\[\s*signature[^\]\n]{0,20}\]", re.I)
_BLOCK_LEAD = re.compile(r"^[ \t(\[]*(?:(?:Comrade|Cde\.|c\.)[ \t]+)?$")
_BLOCK_WITH = re.compile(r"^(?:with|to|from)[ \t]+(?:the[ \t]+)?", re.I)


def office_above(text: str, pos: int) -> tuple[str, int] | None:
    """The office a letter head or a signature block writes on its own line(s) above a
    name (`Ambassador of the USSR to the PRC` / `[Signature] (P. Orlov)`), or before
    a `[Signature]` mark on the name's line. A line of `of …` continues the line above it.
    Returns the phrase and where it starts; the line(s) must hold the office alone."""
    line_start = text.rfind("\n", 0, pos) + 1
    if pos - line_start > 120:
        return None
    lead = text[line_start:pos]
    mark = None
    marked = "[" in lead  # a `[Signature]` mark opens with its bracket: most leads have none
    for mark in _SIGNATURE.finditer(lead) if marked else ():
        pass
    if mark is not None and _BLOCK_LEAD.match(lead[mark.end():]) and lead[:mark.start()].strip():
        start, end = line_start, line_start + mark.start()
    elif _BLOCK_LEAD.match(_SIGNATURE.sub("", lead) if marked else lead):
        end = line_start - 1
        while end > 0 and text[end - 1] in " \t\n\xa0":
            end -= 1
        start = text.rfind("\n", 0, end) + 1
        if end <= 0 or end - start > 120:
            return None
    else:
        return None
    if text[start:end].startswith(("of ", "Of ")) and start > 0:
        start = text.rfind("\n", 0, start - 1) + 1
    return _whole_office(text, start, end)


def _whole_office(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The stretch as one office phrase, or None when it holds anything else."""
    stretch = _SPACES.sub(" ", text[start:end]).strip().rstrip(",")
    opening = _BLOCK_WITH.match(stretch)
    if opening:
        stretch = stretch[opening.end():]
        start += opening.end()
    if not stretch or len(stretch) > 120 or not stretch[0].isupper():
        return None
    prefix = office_before(stretch + " X", len(stretch) + 1)
    if prefix is None or prefix.phrase is None or prefix.start != 0 or prefix.phrase != stretch:
        return None
    return stretch, start
