"""Persons and their offices in one document, every mention with its span.

A person is a capitalised token sequence in name position: after a title or
honorific, with a name's shape (East Asian surname + syllables, initials +
surname, a common given name, a Slavic/Romanian surname ending), followed by an
office in apposition or parentheses, paired with a bracketed romanization, or
listed beside other persons. Stop-lists keep organisations, places and the
archive's chrome out. Short references (`Kim said`, `the Premier`) are resolved
by `coref`; offices are read by `offices`.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TypeVar

from archivekg.extract import offices
from archivekg.extract.chinese import chinese_key
from archivekg.extract.coref import ShortRefs
from archivekg.extract.dates import RECENT, word_alternation
from archivekg.extract.lines import find_spaced, line_matches, matches_at, occurrences, starts_longer_word
from archivekg.extract.names import (
    COMMON_KOREAN_SURNAMES,
    EAST_ASIAN_SURNAMES,
    FUNCTION_WORDS,
    GIVEN_NAMES,
    DOTTED_HONORIFICS,
    HONORIFICS,
    LEADER_NAMES,
    LEADERS,
    LETTERS,
    LOWER,
    MOURNED,
    OPENING_GIVEN_NAMES,
    ARABIC_ARTICLE,
    ARABIC_ARTICLES,
    ORG_WORDS,
    PLACE_WORDS,
    STOP_WORDS,
    TITLE_ABBREVIATIONS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    UPPER,
    canonical_spacing,
    clean_name,
    doubled_letter,
    fold,
    has_slavic_or_european_surname,
    initial_sound,
    initials_compatible,
    initials_first,
    is_honorific,
    is_organization_word,
    is_title_modifier,
    is_title_word,
    is_upper_word,
    is_east_asian_given,
    is_east_asian_name,
    is_vietnamese_name,
    is_initial,
    misspelt_surname,
    is_upper_word,
    name_key,
    preferred_form,
    romanization_key,
    slug,
    strip_possessive,
    surname_key,
    surname_of,
    without_arabic_article,
    word_pattern,
)
from archivekg.extract.metadata import signature_office
from archivekg.model import Document, Metadata, Person, RoleAssignment, Span

# `A[nastas]`, `Niculescu[-Mizil]`: a translator's completion inside a word belongs to the word;
# so does a single restored letter with letters after it (`Tumen[b]ayar`), and after such a
# letter another one at the word's end (`Hol[l]and[t]`; alone, `Ambassador[s]` is a plural).
_INNER = (rf"(?:(?:\[[{LOWER}]{{2,}}\][{LOWER}]*|\[[{LOWER}]\][{LOWER}]+)+(?:\[[{LOWER}]\](?![{LOWER}]))?"
          rf"|\[-[{UPPER}][{LOWER}]+\])?")
# `Mika ?pilja`, `Kova?evic`: a question mark before small letters is a letter the text's
# encoding lost (Š, Č, Ž), no sentence's end.
_LOST = rf"\?(?=[{LOWER}])"
# The letters after a word's first, written `[…]*(?:lost[…]*)*` rather than `(?:[…]|lost)*`: the
# same strings, tried longest first in both, but a run of letters is one fast single-character
# repeat in `re` instead of a pass through the group for every letter.
_WORD_TAIL = rf"[{LETTERS}'’]*(?:{_LOST}[{LETTERS}'’]*)*{_INNER}(?:-[{LETTERS}][{LETTERS}'’]*)*"
_WORD = rf"(?:[{UPPER}]|{_LOST}){_WORD_TAIL}"
_ABBRS = ("Cde", "Cdes", "Com", "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Tov", "Mme", "Gen", "Col", "Lt",
          "Maj", "Capt", "Adm", "Ing", "Amb")
_DIGRAPHS = ("Yu", "Ya", "Ye", "Iu", "Ia", "Ts", "Sh", "Ch", "Zh", "Kh", "Khr", "Fr", "Wl", "Wł", "Gh", "Th", "Eh",
             "YU", "YA", "YE", "IU", "IA", "TS", "SH", "CH", "ZH", "KH", "KHR", "EH")
_ABBR = rf"(?:{word_pattern(_ABBRS)})\."
# `I[van].`: an initial the translator spelled out, its full stop kept.
_SPELLED_INIT = rf"\[[{LOWER}]{{2,}}(?:[ \t][{UPPER}])?\]\."
# `P.[aul]`: the translator's completion after the initial's full stop.
_DOT_SPELLED = rf"\.\[[{LOWER}]{{2,}}\]"
_INIT = rf"(?:{word_pattern(_DIGRAPHS)}|[{UPPER}])(?:{_SPELLED_INIT}|{_DOT_SPELLED}|\.)"
_ARABIC = rf"{ARABIC_ARTICLE}{_WORD}"
_ITEM = rf"\[?(?:{_ABBR}|{_INIT}|{_ARABIC}|{_WORD})\]?"
_PARTICLE = r"(?:von|van|de|der|den|du|la|le|di|da|del|dos|bin|ibn|al|el)"


def _after_first(words: list[str]) -> str:
    """The rest of any of `words` once its first letter is matched, that letter checked by a
    lookbehind at the rest's end. The rests make a trie whose every branch opens with a
    literal, so `re` picks the branch by the next character instead of trying a lookbehind
    per first letter. Every use is a word of letters before something that is no letter
    (`\\b`, a full stop), so at most one word can match and the order of the words is free."""
    firsts: dict[str, str] = {}
    for word in words:
        firsts[word[1:]] = firsts.get(word[1:], "") + word[0]
    return word_alternation(
        {rest: f"(?<=[{re.escape(''.join(sorted(set(lead))))}]{re.escape(rest)})" for rest, lead in firsts.items()})


# Capitalised function words cannot open a run; `A` and `I` can, as initials (`A. Ye. Orlov`).
_FUNCTION_STARTS = sorted(w.capitalize() for w in FUNCTION_WORDS if w.isalpha() and len(w) > 1)
# A run of capitalised items. The pattern opens with a character class so that `re`
# skips to the next capital at C speed; what must hold before the run's first letter
# (no word character before it, unless a typed dash `--`; no capitalised function word) is
# checked just after it.
_RUN = re.compile(
    rf"[\[{UPPER}](?:(?<![\w'’-].)|(?<=[^-]--.))"
    rf"(?:(?<=\[)(?:{_ABBR}|{_INIT}|{_WORD})"
    rf"|(?<!\[)(?!(?:{_after_first(_FUNCTION_STARTS)})\b"
    rf"(?![ \t]+[{UPPER}][{LOWER}]+-[{LOWER}]))"
    rf"(?:(?:{_after_first(list(_ABBRS))})\.|(?:{_after_first(list(_DIGRAPHS))})?(?:{_DOT_SPELLED}|\.)"
    rf"|{_SPELLED_INIT}|{_WORD_TAIL}))"
    rf"\]?(?:(?:[ \t]+|(?<=\.))(?:{_PARTICLE}[ \t]+)?{_ITEM})*"
)
_ITEM_RE = re.compile(rf"(\[)?({_ABBR}|{_INIT}|{_ARABIC}|{_WORD}|{_PARTICLE})(\])?")
_SPEECH_VERBS = """said says stated states replied asked noted declared reported added answered agreed
    thanked informed emphasised emphasized stressed explained remarked spoke expressed welcomed
    proposed pointed continued responded told invited received visited met arrived left
    announced indicated mentioned suggested requested insisted admitted acknowledged
    promised declined refused raised presented handed conveyed confirmed underlined
    observed commented recalled hosted attended accompanied greeted talked discussed
    objected interjected noticed believes thinks considers""".split()
_AFTER_CUE = re.compile(
    r"\s*(?:\[[^\]\n]{1,40}\]\s*)?(?:,\s*who\b|\s(?:also\s+|then\s+|again\s+|further\s+|himself\s+)?"
    rf"(?:{word_pattern(_SPEECH_VERBS)}|(?:was|were)\s+present)\b)"
)
# Verbs of speech that make a capitalised word before them a speaker, whatever its shape.
_TALK_VERBS = """said says stated replied asked noted declared added answered agreed thanked informed
    emphasised emphasized stressed explained remarked expressed proposed pointed responded told
    mentioned suggested requested insisted objected interjected spoke speaks commented recalled confirmed
    warned argued inquired enquired reiterated underlined underscored asks""".split()
_SPEAKS = re.compile(rf"\s(?:also\s+|then\s+|again\s+|further\s+)?(?:{word_pattern(_TALK_VERBS)})\b")
_SPOKEN_TO = re.compile(r"\b(?:told|informed|asked|thanked|assured|reminded|congratulated|urged)\s+$")
# `Yesterday I received Panikkar in Beijing`: the one the writer received or met.
_MET_BY_NARRATOR = re.compile(
    r"\b(?:I|[Ww]e)\s+(?:(?:also|then|first|again|later)\s+)?(?:received|met(?:\s+with)?)\s+$")
# `the SPD delegation, headed by Ollenhauer`: the one a delegation or a session is headed by; `as noted by
# Malfatti`: the one whose words are cited.
_HEADED_BY = re.compile(r"\b(?:headed|led|chaired|presided[ \t]+over|(?:as[ \t]+)?(?:noted|stated|observed|remarked|"
                        r"suggested|proposed|pointed[ \t]+out))[ \t]+by[ \t]+$")
# `(Yoshihara accompanied me)`: the one who went along with the narrator.
_ACCOMPANIES = re.compile(r"\s+(?:also\s+)?accompanied\s+(?:me|us)\b")
# `I put this point to Cockcroft, who seemed inclined to agree`: `who` speaks of a person.
_WHO_AFTER = re.compile(r",[ \t]+who[ \t]+(?:[a-z]+[ \t]+)?(?:is|was|were|seemed|had|has|said|told|agreed|came|went)\b")
# `with Pavlov as interpreter`: the one who interprets (`came to Moscow as an interpreter` is no cue).
_AS_INTERPRETER = re.compile(r"\s+as\s+(?:an?\s+|the\s+)?(?:interpreter|translator)\b")
# `Erdenebulag served as translator on the Chinese side and Adja on the Mongolian side`: the one
# who serves as interpreter, and the one named for the other side after him.
_SERVES_AS = re.compile(r"\s+(?:served|serves|acted|acts|was)\s+as\s+(?:an?\s+|the\s+)?(?:interpreter|translator)\b")
_OTHER_SIDE = re.compile(r"\s+on\s+the\s+[A-Z][\w-]+\s+side\b")
_SIDE_INTERPRETER_BEFORE = re.compile(r"\b(?:interpreter|translator)\s+on\s+the\s+[A-Z][\w-]+\s+side,?\s+and\s+$")
# `the Stalin prize`, `Lenin Street`: what is named for a leader, not the leader.
_NAMED_FOR = re.compile(r"\s+(?:[Pp]rizes?|[Pp]eace\s+[Pp]rize|[Aa]wards?|[Ee]ra|[Ss]treet|[Ss]quare|[Aa]venue|"
                        r"[Mm]ausoleum|[Pp]lant|[Ww]orks|[Uu]niversity|[Ss]chool|[Aa]cademy|[Ii]nstitute)\b")
_ORDER_OF = re.compile(r"\b(?:[A-Z][a-z]+|[Ii]deas)\s+of\s+$")
_LABEL_AFTER = re.compile(rf"(?::|\.(?=[ \t]+[{UPPER}]))[ \t]+\S")
"""A speaker's label ends in a colon, or in a full stop in the Soviet style (`Kono. The Japanese side …`)."""
# `Begin: 18:10 Hours`, `End: 20.30`: a line's label before a time or number heads it, no speaker.
_TIME_AFTER = re.compile(r":[ \t]*\d")
_GLUED = re.compile(r"(?:said|says|was|were|has|had|told|asked|replied|stated|and)$")
_AUX_AFTER = re.compile(r"\s+(?:is|was|has|had|will|would|did|does|could|should|must|can|also)\b")
_CONNECTOR_BEFORE = re.compile(r"\b(?:of|for|to|in|on|at|the)\s+$")
_BY_BEFORE = re.compile(r"\bby\s+$")
# `Abdulla Kamil and wife, Suleiman Sami Suleiman and wife, Rifat Al-Chadarji`: a spouse listed unnamed.
_LIST_GAP = re.compile(r"\s*(?:(?:and|with)\s+(?:his\s+|her\s+)?(?:wife|husband)\s*)?(?:,?\s+and\b|,|;|&)\s*")
# `the Premier`: matched from its `he` (a literal prefix `re` finds fast), `T`/`t` looked back at.
_TITLE_REF = re.compile(
    r"he(?<=[Tt]he)\s+((?:[A-Z][a-z]+\s+){0,2}(?:"
    + word_pattern((w for w in TITLE_HEADS if w.isalpha()), either_case_first=True)
    + r"))\b(?!\s*\[)(?:(?<=[Ss]hah)|(?<=[Kk]ing)|(?<=[Qq]ueen)|(?<=[Ee]mperor)|(?!\s+of\b))(?![ \t]+[A-Z])"
)
_TITLE_LABEL = re.compile(
    r"^((?:[A-Z][a-z]+[ \t]+){0,2}(?:Chairman|Premier|President|Minister|Ambassador|Chancellor|Secretary|King|Shah|"
    r"Emperor|Marshal))[ \t]*:[ \t]+\S", re.M)
"""`Chairman: For how many years have you been fighting?`: a speaker labelled by his title alone is
the one the record gives that title (`Chairman Mao`), wherever it does."""
_DELEGATION = re.compile(
    r"delegation(?<=\bdelegation)\b[^.:;\n]{0,80}?(?::|\bconsist(?:s|ed|ing)\s+of\b|\bcompris(?:es|ed)\b|"
    r"\bcomposed\s+of\b|\binclud(?:es|ed)\b|\bas\s+follows\b:?)"
)
_DELEGATION_HEAD = re.compile(
    r"\b(?:the|a|an)\s+(?P<delegation>(?:(?!(?:the|a|an|of|with|to|for|in|on|at|by|from|reception|visit)\b)"
    r"[\w’'-]+\s+){0,4}?delegation(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})?)"
    r",?\s+(?:which\s+(?:is|was)\s+)?(?:headed|led)\s+by\s+")
"""`the state-party delegation headed by Comrade X`, `an agricultural delegation which is headed by [Sharof]
Rashidov`: whoever is named first after it heads that delegation."""
_HEAD_REACH = 90
_DISTRIBUTION_LINE = re.compile(r"^[^\n]*\b(?:[Dd]istribution|copies)\b[^\n]*", re.M)
_COPIES_ITEM = re.compile(rf"(?<![\w-])([{UPPER}][{LOWER}]+)\s*[-–]\s*\d+\b")
# Labels a record lists people under by surname alone: its readers, those present.
_SURNAME_LIST_LABEL = re.compile(
    r"\b(?:FYI|[Ii]n[ \t]+attendance|[Aa]lso[ \t]+present|[Pp]resent|[Ii]nterpreters?|[Tt]ranslators?|[Ee]xcused|[Aa]bsent|"
    r"(?:[Ii]nterpreted[ \t]+and[ \t]+recorded|[Ii]nterpreted|[Rr]ecorded)[ \t]+by)"
    r"[ \t]*:[ \t]*")
"""`FYI: A, B`, `Present: A, B`, `Interpreted and recorded by: Wang`: labels over surnames alone."""
_FYI_DASH = re.compile(r"\bFYI[^\S\n]*[-–—][^\S\n]*")
_SIDE_LABEL = re.compile(r"(?:side[ \t]*(?::|,(?=[ \t]+[A-Z]))|(?<=[Ff])rom the [A-Z]{2,6}[ \t]*:|"
                         r"(?<=the )following[ \t]+(?:line-?up|composition|participants|participating)[ \t]*:)[ \t]*")
"""`on the Soviet side: A, B`, `on the German side, A, B`, `from the PPS: A, B`: one side's list; so is
a sentence's `with the following line-up: A, B – deputy minister, C (legal department)`."""
_SIDE_WORDS = ("side", "rom the ", "following")
"""The literal each _SIDE_LABEL alternative opens with: it is tried only where one stands."""
_SIDE_ITEM_GAP = re.compile(r"[ \t]*(?:[,;]|\band\b)[ \t]*(?:and[ \t]+)?")
_SIDE_ITEM = re.compile(rf"(?:(?:Cdes?|Cds)\.[ \t]+|Comrades?[ \t]+)?([{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)"
                        r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*\.?")
_SIDE_NOT_NAMES = TITLE_HEADS | TITLE_MODIFIERS
_SURNAME_ITEM = re.compile(
    rf"([{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)(?![\w'’-]|\.(?![ \t]*(?:\n|$))|[ \t]+(?:[{UPPER}(]|"
    r"\[(?!(?i:illegible|sic|unclear)\])))")
# `Interpreters: Mun [Mun Il], Shi Zhe, and Fedorenko.`, `Candidates present: Lange, G. Müller, Schürer`: an item of
# more words than one, or with initials, passed over.
_OTHER_ITEM = re.compile(rf"(?:[{UPPER}]\.[ \t]*){{0,3}}[^,;:.\n]{{1,40}}?(?=[,;]|[ \t]+and[ \t])")
# `Telegram from Maneli (Saigon) to Spasowski (Warsaw)`, `Code Message from Korolczyk to Gede (Moscow), Willmann
# (Budapest), and Mazur (Prague)`: each surname with the city it writes from or is posted in.
# The match starts at the literal `rom` (the engine skips ahead to it); the sender is group 1, the addressees group 2.
_POSTED_SURNAME = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
_POSTED_ITEM = rf"{_POSTED_SURNAME}[ \t]+\([{UPPER}][^()\n]{{1,30}}\)"
_POSTED_PAIR = re.compile(
    rf"rom(?<=\b[Ff]rom)[ \t]+({_POSTED_SURNAME})(?:[ \t]+\([{UPPER}][^()\n]{{1,30}}\))?"
    rf"[ \t]+to[ \t]+({_POSTED_ITEM}(?:(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+){_POSTED_ITEM})*)")
_POSTED_NAME = re.compile(rf"({_POSTED_SURNAME})[ \t]+\(")
# `Telegram, Shtykov to Vyshinsky`: a cable's heading names its sender and addressee by surname;
# `To Vyshinsky.` on a line of its own, or closing a cable's heading, names the addressee.
_CABLE_PAIR = re.compile(
    rf"\b(?:[Tt]elegram|[Cc]able|[Cc]iphergram),?[ \t]+([{UPPER}][{LOWER}]+)[ \t]+to[ \t]+([{UPPER}][{LOWER}]+)\b")
# `To: KRAJEWSKI, EYES ONLY`, `Novak, EYES ONLY` on its own line: a cipher's addressee, in capitals or not.
_EYES_ONLY = r"(?:,[ \t]*(?:EYES ONLY|[Ee]yes [Oo]nly))"
_ADDRESSEE = re.compile(
    rf"^(?:[Tt]o:?[ \t]+([{UPPER}](?:[{LOWER}]+|[{UPPER}]+))\.?{_EYES_ONLY}?|([{UPPER}](?:[{LOWER}]+|[{UPPER}]+)){_EYES_ONLY}"
    rf"|[^\n]*\b(?:[Tt]elegram|[Cc]able|[Cc]ode [Mm]essage)\b[^\n]*[ \t]to[ \t]+([{UPPER}][{LOWER}]+))[ \t]*$",
    re.M)
# The words one of _ADDRESSEE's alternatives holds, each with the letters that may open it:
# lines without any are never tried (`[^\n]*\b(?:Telegram|Cable)` backtracks over every line).
_ADDRESSEE_WORDS = (("elegram", "Tt"), ("able", "Cc"), ("EYES ONLY", ""), ("yes Only", "Ee"),
                    ("yes only", "Ee"), ("ode Message", "Cc"),
                    ("ode message", "Cc"), ("\nTo", ""), ("\nto", ""))
_CLERK_VERBS = ("typed", "deciphered", "decoded", "encoded", "encrypted", "decrypted", "printed",
                "copied", "drafted", "prepared", "compiled", "checked", "verified", "proofread")
_BY_NAME = re.compile(rf" by:?\s+(?=[{UPPER}])")
# `Decoded on 01.18 at 11:00 by Szczesniak`: the day and hour may come between the verb and `by`.
_CLERK_BEFORE = re.compile(rf"\b({word_pattern(_CLERK_VERBS, either_case_first=True)})"
                           r"(?:[ \t]+(?:on|at)[ \t]+[\d./:-]+)*$")
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
_LABEL_COLON = re.compile(r":(?<=[A-Za-z\]]:)[ \t]*")
_LIST_END = re.compile(r"[ \t.;,]*")


@dataclass(slots=True)
class _Token:
    word: str
    start: int
    end: int
    kind: str
    opens: bool
    closes: bool


@dataclass(slots=True)
class _Cand:
    """A name candidate: its span, its forms (main first) and whether it is a person."""

    start: int
    end: int
    tokens: tuple[str, ...]
    forms: tuple[str, ...]
    blocked: bool = False
    accepted: bool = False


@dataclass
class _Entry:
    forms: list[str]
    mentions: list[tuple[int, int]] = field(default_factory=list)
    key: str = ""


# `[Ambassador Wojciech ] CHABASINSKI`: a space left inside a translator's bracket is read as if
# outside it; the swap keeps every offset.
_BRACKET_INNER_SPACE = re.compile(r"(?<=\S) \](?=[ \t]*[^\W\d_])|(?<=[\s(])\[ (?=[^\W\d_])")


def _outside(match: re.Match[str]) -> str:
    return "] " if match.group() == " ]" else " ["


# `Wang [Illegible]`, `[Stamp] DECLASSIFIED`: an editor's note in brackets is no part of a name.
_EDITORIAL_NOTES = frozenset(("illegible", "unclear", "unreadable", "sic", "stamp", "seal", "handwritten", "signature",
                              "pseudonym", "alias"))


# `W. Stoph [GDR]`, `T. Zhivkov [Bu]`: minutes of bloc meetings tag each name with its
# country; the tag is no part of the name and no organisation the name belongs to.
_COUNTRY_TAGS = frozenset((
    "al", "alb", "bu", "bg", "cz", "cs", "gdr", "frg", "hu", "mo", "mpr", "po", "pl", "ro", "rom",
    "ussr", "urss", "prc", "dprk", "srv", "cu", "yu",
))


def _country_tag(token: _Token) -> bool:
    return token.opens and token.closes and fold(token.word) in _COUNTRY_TAGS


_EPONYM_MODIFIERS = frozenset(("State", "Central", "National", "Memorial", "Military", "Pedagogical",
                               "Polytechnic", "Higher", "Public"))
"""`the Lenin State Library`, `the Kim Il Sung Higher Party School`: a body named after a man, the
word between his name and the body's one of these."""
_CONTRACTIONS = frozenset(f"I{mark}{end}" for mark in "'’" for end in ("ve", "d", "ll", "m"))
"""`the U.S. I’ve been told`: `I’ve` is no surname after initials."""


@lru_cache(maxsize=65536)
def _classify(word: str) -> str:
    bare = strip_possessive(word)
    folded = fold(bare.rstrip("."))
    if is_honorific(bare):
        return "hon"
    if is_initial(bare):
        return "init"
    if without_arabic_article(bare) != bare:
        base = _classify(without_arabic_article(bare))
        return "name" if base == "place" else base
    if bare[:1].islower():
        return "particle"
    if is_title_word(folded) or is_title_modifier(folded) or (bare.endswith(".") and folded in TITLE_ABBREVIATIONS):
        return "title"
    if folded.startswith("ex-") and len(folded) > 4:
        return "title"  # `Ex-Commercial Attaché`, `Ex-President`: a former office
    if (folded in PLACE_WORDS or "-" in folded and all(part in PLACE_WORDS for part in folded.split("-"))) and (
            not is_upper_word(bare)):
        return "place"  # `Brazil-Argentina cooperation`: two countries joined are no surname
    if "-" in bare and folded.split("-")[0] in PLACE_WORDS and bare.split("-")[1][:1].islower():
        return "place"  # `French-speaking`, `Soviet-made`: a nationality's compound adjective
    if folded in STOP_WORDS or folded in _EDITORIAL_NOTES or bare in _CONTRACTIONS:
        return "stop"
    if len(folded) > 7 and folded.endswith(("izing", "ising")):
        return "stop"  # `Characterizing Chairman Mengistu, …`: a participle opening the sentence
    if is_organization_word(bare, folded):
        return "org"
    if is_upper_word(bare) or _mixed_abbreviation(bare):
        return "upper"
    return "name"


def _mixed_abbreviation(word: str) -> bool:
    """`CPCz`, `KPdSU`: a party's abbreviation with a lower-case letter in it has more
    capitals than small letters; a name with two capitals (`McCloy`) has fewer."""
    upper = sum(c.isupper() for c in word)
    return upper >= 2 and upper >= sum(c.islower() for c in word)


_TITLE_SURNAMES = frozenset(("Lord", "Major", "King", "Bishop"))


def _tokens(run: str) -> list[_Token]:
    out = []
    for m in _ITEM_RE.finditer(run):
        opens, word, closes = m.group(1, 2, 3)
        start = m.start(2)
        end = start + len(word)
        if "[" in word or "]" in word:
            word = word.replace(".[", "[").replace("[", "").replace("]", "")
        kind = _classify(word)
        # `Kong` is a Chinese surname (`Kong Yuan`) except as the second word of `Hong Kong`.
        if kind == "place" and word == "Kong" and not (out and out[-1].word == "Hong"):
            kind = "name"
        # `Winston Lord`, `John Major`: a title word after a given name is his surname.
        if kind in ("title", "hon") and word in _TITLE_SURNAMES and out and out[-1].kind == "name" and fold(
                out[-1].word) in GIVEN_NAMES:
            kind = "name"
        out.append(_Token(word, start, end, kind, opens is not None, closes is not None))
    return out


def _segments(tokens: list[_Token]) -> list[tuple[int, int]]:
    """Index ranges [i, j) of name tokens; a bracket always starts or ends a segment."""
    segments = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        if (tok.kind not in ("name", "init") and not (tok.kind == "upper" and _upper_as_name(tokens, i))
                and not (tok.kind == "stop" and _surname_as_word(tokens, i))
                and not (tok.kind == "upper" and _upper_surname(tokens, i))):
            i += 1
            continue
        j = i + 1
        while (j < n and not tokens[j].opens and not tokens[j - 1].closes and not _opens_name(tokens, j)
               and not _owns(tokens[j - 1]) and not _married_name(tokens[j - 1].word)):
            kind = tokens[j].kind
            if (kind in ("name", "init", "particle") or (kind == "upper" and _upper_as_name(tokens, j))
                    or _syllable_word(tokens, j)):
                j += 1
                continue
            break
        while j > i + 1 and tokens[j - 1].kind == "particle":
            j -= 1
        segments.append((i, j))
        i = j
        if _owns(tokens[j - 1]):
            while i < n and tokens[i].kind in ("name", "upper") and not tokens[i].opens:
                i += 1
    return segments


def _syllable_word(tokens: list[_Token], j: int) -> bool:
    """`Kim The Gyn`: after a Korean surname and before a name, `The` is a syllable of the given
    name as an older transliteration writes it (태), not the article; `Hyon Jun Guk`: after an East
    Asian surname, `Jun` is a syllable (준), not June; so too after a Korean surname opening a bracket,
    whatever the syllable after it (`Jeong Jun-taek [Jong Jun Thaek]`); `Thai` ends `Hoang Van Thai`."""
    word = tokens[j].word
    if tokens[j].kind == "place" and j >= 2 and fold(tokens[j - 1].word) in _VIETNAMESE_MIDDLE:
        # `Hoang Van Thai`: after a Vietnamese surname and middle name, `Thai` is the given name, no people's
        return not tokens[j].opens and is_vietnamese_name(tuple(t.word for t in tokens[j - 2:j + 1]))
    if word == "The":
        surname = fold(tokens[j - 1].word) in COMMON_KOREAN_SURNAMES
    elif word == "Jun":
        surname = j + 1 < len(tokens) and (is_east_asian_name((tokens[j - 1].word, word, tokens[j + 1].word)) or (
            fold(tokens[j - 1].word) in _SURNAMES and tokens[j - 1].opens))
    else:
        return False
    return surname and j + 1 < len(tokens) and tokens[j + 1].kind == "name" and not tokens[j + 1].opens


def _married_name(word: str) -> bool:
    """`Szűcsné`, `Kovács Jánosné`: a Hungarian wife's name ends on -né; no word after it is hers. Hungarian
    lengthens a stem's last `a` or `e` before it (`Feketéné`), so `Montané` is a Spanish surname."""
    return len(word) > 4 and word.endswith(("né", "NÉ")) and word[-3] not in "aeAE"


def _owns(token: _Token) -> bool:
    """`Otto Wexler's Handwritten Notes`, `Zhou's Fourth Conversation`: a possessive closes the name;
    the capitalised words right after it are what is owned, no name of their own."""
    return token.word[-1:] in ("s", "'", "’") and strip_possessive(token.word) != token.word


def _opens_name(tokens: list[_Token], j: int) -> bool:
    """`Bush James A. Baker III`, `Chief of Staff Brent Scowcroft`: a given name followed by
    more of a name, after a word that is no given name, opens a new name (a participants
    table flattened into one line); a given name last (`Kádár János`) ends the name."""
    if j + 1 >= len(tokens) or tokens[j].kind != "name" or tokens[j - 1].kind != "name":
        return False
    given, before = fold(tokens[j].word), fold(tokens[j - 1].word)
    return (given in GIVEN_NAMES and given not in _SURNAMES and before not in GIVEN_NAMES
            and not tokens[j + 1].opens and tokens[j + 1].kind in ("name", "init"))

def _surname_as_word(tokens: list[_Token], i: int) -> bool:
    """An East Asian surname spelt like a function word (`An Nam-san`, `Premier He Long`)
    opens a name before a syllabic given name that is hyphenated or follows a title."""
    tok = tokens[i]
    if tok.kind != "stop" or i + 1 >= len(tokens) or fold(tok.word) not in EAST_ASIAN_SURNAMES:
        return False
    given = tokens[i + 1]
    if given.kind != "name" or given.opens or tok.closes or not is_east_asian_given(given.word):
        return False
    return "-" in given.word or (i > 0 and tokens[i - 1].kind in ("title", "hon"))


def _upper_surname(tokens: list[_Token], i: int) -> bool:
    """A surname in capitals before its given name (`JEONG Hong-jin`), also one the editor
    completed in brackets (`LEE [Cheol-hui]`)."""
    if tokens[i].kind != "upper" or i + 1 >= len(tokens) or fold(tokens[i].word) not in _SURNAMES:
        return False
    given = tokens[i + 1]
    return (given.kind == "name" and (not given.opens or given.closes)
            and is_east_asian_given(given.word))


def _upper_as_name(tokens: list[_Token], i: int) -> bool:
    """A shouted surname (`A. M. PUZANOV`, `Senator SCOTT`, `[Norodom] SIHANOUK`) follows
    initials, a given name (the translator's brackets around it or not), a title or an honorific;
    an abbreviation opening a bracket (`Archiwum Akt Nowych [AAN; …]`) glosses what stands before.
    After an office's body (`Minister of Foreign Affairs SUBANDRIO`) a long one is a surname too;
    so is one that opens a run before two initials (`com. ANDROPOV Yu. V.`, the Soviet surname first), and a
    given name opening a whole name in capitals (`SERGIO GORRETA MUNDIM`)."""
    if i == 0:
        return (len(tokens) >= 3 and len(tokens[0].word) >= 5 and tokens[1].kind == tokens[2].kind == "init"
                and not tokens[0].opens) or (  # `engineer SERGIO GORRETA MUNDIM`: a given name opens it
            len(tokens) >= 2 and fold(tokens[0].word) in GIVEN_NAMES and fold(tokens[0].word) not in STOP_WORDS
            and tokens[1].kind == "upper" and _shouted_chain(tokens, 1))
    if tokens[i].opens:
        return _bracketed_upper_surname(tokens, i)
    kind = tokens[i - 1].kind
    if tokens[i - 1].closes:
        return kind == "name" and len(tokens[i].word) > 3
    if kind == "org" and not is_upper_word(tokens[i - 1].word):  # not `the VI Directorate VI-DS`, its abbreviation
        return len(tokens[i].word) > 4 and _SPOKEN.search(tokens[i].word) is not None
    if kind == "upper" and i >= 2 and tokens[i - 2].kind == "name" and not tokens[i - 2].closes:
        return _second_surname(tokens[i].word) and _upper_as_name(tokens, i - 1)
    if kind == "particle" and i >= 2 and tokens[i - 2].kind in ("title", "hon"):
        # `The Prince de MERODE`, `Mr. de GAULLE`: a noble particle between the title and the surname.
        return len(tokens[i].word) > 3
    if kind == "upper" and _shouted_chain(tokens, i) and _upper_as_name(tokens, i - 1):
        return True
    return kind in ("init", "name") or (kind in ("title", "hon") and len(tokens[i].word) > 3)


_CAPS_PARTICLES = frozenset(("de", "da", "do", "dos", "das", "del", "della", "di", "van", "von", "der"))


def _shouted_chain(tokens: list[_Token], i: int) -> bool:
    """`Professor HERVASIO GUIMARAES DE CARVALHO`, `D. URIEL DA COSTA RIBEIRO`: a whole name in capitals
    goes on past its first word when that word opens it as a name does (a given name, or after a title
    or an initial); a particle in capitals only before another surname."""
    k = i - 1
    while k > 0 and tokens[k - 1].kind == "upper":
        k -= 1
    if i - k > 4 or not (fold(tokens[k].word) in GIVEN_NAMES
                         or (k > 0 and tokens[k - 1].kind in ("init", "title", "hon"))):
        return False
    word = fold(tokens[i].word)
    if word in _CAPS_PARTICLES:
        return i + 1 < len(tokens) and tokens[i + 1].kind == "upper" and _second_surname(tokens[i + 1].word)
    return _second_surname(strip_possessive(tokens[i].word)) and word not in STOP_WORDS  # `TODOR ZHIVKOV's visit`


def _bracketed_upper_surname(tokens: list[_Token], i: int) -> bool:
    """`Quinim [PHOLSENA]`, `Phoumi [NOSAVAN]`: a translator who shouts surnames completes a given
    name with one in brackets; an abbreviation (`[CPSU]`) or a country's tag is no surname."""
    before = tokens[i - 1]
    return (tokens[i].closes and before.kind == "name" and not before.opens and not before.closes
            and _shouted_surname(tokens[i].word) and not _country_tag(tokens[i]))


def _shouted_surname(word: str) -> bool:
    """A word in capitals long enough and sayable enough to be a surname (`PHOLSENA`), not an
    abbreviation (`CPSU`, `USSR`)."""
    return len(word) >= 5 and is_upper_word(word) and _SPOKEN.search(word) is not None


def _second_surname(word: str) -> bool:
    """`Oswaldo DORTICOS TORRADO`, `Raul CASTRO RUZ`: a Spanish name shouted keeps both surnames;
    an abbreviation after a name (`USSR`, `CPSU`) has no vowel between consonants to say."""
    return len(word) >= 3 and word.isalpha() and fold(word) not in ORG_WORDS and bool(_SPOKEN.search(word))


@lru_cache(maxsize=65536)
def _shape_cue(words: tuple[str, ...]) -> bool:
    """Does the sequence look like a personal name by itself? (Names recur: asked once.) A
    Burmese name opens with the honorific `U` (`U Thant`, `U Ba Swe`)."""
    if len(words) < 2:
        return False
    if any(is_initial(w) for w in words[:-1]) and not is_initial(words[-1]):
        return True
    if is_east_asian_name(words) or (words[0] == "U" and len(words) <= 3):
        return True
    if " ".join(fold(strip_possessive(w)) for w in words) in LEADER_NAMES:
        return True
    if any(fold(w) in GIVEN_NAMES for w in words) and fold(words[0]) not in COMMON_KOREAN_SURNAMES:
        return True
    if fold(words[0]) in OPENING_GIVEN_NAMES:
        return True
    if (len(words) == 2 and _shouted_surname(words[1]) and not is_upper_word(words[0])
            and fold(words[0]) not in STOP_WORDS):
        return True  # `Quinim [PHOLSENA]`: a given name and the surname the record shouts
    if _surname_initials(words):
        return len(words) > 2 or has_slavic_or_european_surname(words[0])
    return has_slavic_or_european_surname(words[-1]) and fold(words[0]) not in STOP_WORDS


_SURNAMES = EAST_ASIAN_SURNAMES | COMMON_KOREAN_SURNAMES
_INITIAL_CONSONANTS = re.compile(r"^[^aeiou]+")
_SPOKEN = re.compile(r"[BCDFGHJKLMNPQRSTVWXZ][AEIOUY][BCDFGHJKLMNPQRSTVWXZ]")
_PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|ichna)$")


def _surname_initials(words: tuple[str, ...]) -> bool:
    """`Kryukov M. E.`, `Kádár L.`: a surname written before its initials."""
    return not is_initial(words[0]) and all(is_initial(w) for w in words[1:])


def _given_in_brackets(words: tuple[str, ...], bracketed: tuple[str, ...]) -> bool:
    """`Chairman Liu [Shaoqi]`, `Fidel [Castro]`, `E[duard] A[mrosiyevich] [Shevardnadze]`:
    the translator completes a surname with the given name, or a given name (patronymic,
    initials) with the surname; not a second spelling of the surname (`Jeong [Jong]`). A lone
    given name takes two bracketed surnames too (`René [Hernández Gatorno]`, `Fidel [Castro Ruz]`), and an
    East Asian surname its given name in two syllables (`Kim [Il Sung]`)."""
    if (len(bracketed) == 2 and len(words) == 1 and is_east_asian_name(words + bracketed)
            and not _respelt_surname(words[0], bracketed[0])):  # `Rim [Rim Chol]`: the whole name again
        return True
    if len(bracketed) == 2 and len(words) == 1:
        given = fold(words[0])
        return (given in GIVEN_NAMES and given not in _SURNAMES
                and not any(fold(word) in GIVEN_NAMES or _classify(word) != "name" for word in bracketed))
    if len(bracketed) != 1 or not 1 <= len(words) <= 3:
        return False
    if len(words) == 1 and is_upper_word(bracketed[0]) and not is_upper_word(words[0]):
        return _shouted_surname(bracketed[0])
    last = fold(words[-1])
    if (last in GIVEN_NAMES and last not in _SURNAMES) or is_initial(words[-1]) or _PATRONYMIC.search(last):
        return fold(bracketed[0]) not in GIVEN_NAMES and _classify(bracketed[0]) == "name"
    return (len(words) == 1 and fold(words[0]) in EAST_ASIAN_SURNAMES
            and (fold(bracketed[0]) not in _SURNAMES or not _respelt_surname(words[0], bracketed[0]))
            and is_east_asian_given(bracketed[0]))


def _respelt_surname(word: str, bracketed: str) -> bool:
    """`Jeong [Jong]`, `Ri [Yi]`, `Yu [Ryu]`, `Chou [Zhou]`: the bracket spells the surname again, in
    another romanization (the same sounds, or the same vowels after other initial consonants);
    `Chen [Yun]` completes it with a given name."""
    if romanization_key(word) == romanization_key(bracketed):
        return True
    return _INITIAL_CONSONANTS.sub("", fold(word)) == _INITIAL_CONSONANTS.sub("", fold(bracketed))


def _full_name(bracketed: tuple[str, ...]) -> bool:
    """`[Leopoldo Cintra Frías]`: a given name a list knows, then one to three surnames."""
    given = fold(bracketed[0])
    return (2 <= len(bracketed) <= 4 and given in GIVEN_NAMES and given not in _SURNAMES
            and all(_classify(word) == "name" for word in bracketed[1:]))


def _middle_completed(tokens: list[_Token], first: tuple[int, int], middle: tuple[int, int],
                      last: tuple[int, int]) -> bool:
    """`Carlos [Rafael] Rodriguez`, `Raul [Castro] Ruz`: one bracketed word between a lone
    given name and a surname the translator wrote beside it; not between East Asian names,
    whose brackets give the other spelling or the given name of a listed man."""
    if not (first[1] - first[0] == 1 and middle[1] - middle[0] == 1 and middle[1] == last[0]
            and 1 <= last[1] - last[0] <= 2):
        return False
    given, bracket, after = tokens[first[0]], tokens[middle[0]], tokens[last[0]]
    return (not given.opens and not given.closes and bracket.opens and bracket.closes
            and not after.opens and not tokens[last[1] - 1].closes
            and fold(given.word) in GIVEN_NAMES and _classify(bracket.word) == "name"
            and not is_east_asian_name((given.word, bracket.word)))


def _western_korean(tokens: list[_Token], first: tuple[int, int], middle: tuple[int, int],
                    last: tuple[int, int]) -> bool:
    """`Minister Geun [Kun] Park`: a Korean name in the Western order, the translator's other
    romanization of the given name in brackets between it and a lone Korean surname."""
    if not (first[1] - first[0] == 1 and middle[1] - middle[0] == 1 and middle[1] == last[0]
            and last[1] - last[0] == 1):
        return False
    given, bracket, surname = tokens[first[0]], tokens[middle[0]], tokens[last[0]]
    return (bracket.opens and bracket.closes and not given.opens and not given.closes and not surname.opens
            and fold(strip_possessive(surname.word)) in COMMON_KOREAN_SURNAMES
            and fold(given.word) not in _SURNAMES and is_east_asian_given(given.word)
            and romanization_key(given.word) == romanization_key(bracket.word))


def _vietnamese_completed(words: tuple[str, ...], bracketed: tuple[str, ...]) -> bool:
    """`Le Van [Giyen]`: a Vietnamese family name and middle name, then one bracketed syllable
    that makes the whole a Vietnamese name, is that name; `Le Duan [Le Zuan]` is another spelling."""
    return (len(words) == 2 and len(bracketed) == 1 and fold(words[1]) in _VIETNAMESE_MIDDLE
            and is_vietnamese_name(words + bracketed))


_VIETNAMESE_MIDDLE = frozenset("van thi duc huu dinh xuan ngoc quang cong trong".split())


def _titled_surname_given(tokens: list[_Token], i: int, words: tuple[str, ...],
                          bracketed: tuple[str, ...]) -> bool:
    """`Prime Minister Tanaka [Kakuei]`, `Minister of Foreign Affairs Ohira [Masayoshi]`: after
    a title, an honorific or what a ministry is of, a lone name followed by a lone bracketed
    name no list knows is completed by its given name; a bracket starting with the same letter
    is a second spelling (`Jeong [Jong]`)."""
    if not (i > 0 and (tokens[i - 1].kind in ("hon", "title") or fold(tokens[i - 1].word) in _MINISTRY_FIELDS)
            and len(words) == 1 and len(bracketed) == 1):
        return False
    given = fold(bracketed[0])
    if has_slavic_or_european_surname(words[0]) and has_slavic_or_european_surname(bracketed[0]):
        return False  # `Cde. Filippov [Stalin]`: the man behind a cover name, not his given name
    return (given[:1] != fold(words[0])[:1] and given not in _SURNAMES and given not in GIVEN_NAMES
            and _classify(bracketed[0]) == "name")


def _completed_by(bracketed: tuple[str, ...], rest: tuple[str, ...]) -> bool:
    """`[Ambassador Aleksandr] Alekseev`, `[Vo Nguyen] Giap`, `[Yuri Vladimirovich] Andropov`,
    `[Norodom] SIHANOUK`, `[Yasser] Arafat`: a bracket closing on a given name, a patronymic,
    initials or the head of an East Asian name runs on into the name after it, and so does any bracketed
    name before a surname in capitals; a bracketed place or building (`[Zhongnanhai] Xihua`) does not.
    Two bracketed words before a lone surname are a given name and patronymic (`[Leonid Ilyich]
    Brezhnev`) or a compound Arabic given name (`[Abd al-Rahman] Arif`)."""
    last = fold(bracketed[-1])
    return (is_initial(bracketed[-1]) or (last in GIVEN_NAMES and last not in _SURNAMES)
            or (len(bracketed) == 1 and last in OPENING_GIVEN_NAMES) or bool(_PATRONYMIC.search(last))
            or (len(rest) == 1 and is_upper_word(rest[0]))
            or (len(bracketed) == len(rest) == 1 and has_slavic_or_european_surname(rest[0])
                and _classify(bracketed[0]) == "name" and _classify(rest[0]) == "name")
            or is_east_asian_name(bracketed + rest)
            or (len(bracketed) == 2 and len(rest) == 1 and (
                (fold(bracketed[0]) in GIVEN_NAMES and fold(bracketed[0]) not in _SURNAMES)
                or last.endswith("ich") or without_arabic_article(bracketed[1]) != bracketed[1])))


def _given_pair(bracketed: tuple[str, ...]) -> bool:
    """`[Haile Mariam] Mengistu`: a bracket of two words no list knows, both names and neither
    an East Asian surname, is the given names the translator put before a lone surname (not the
    end of a longer bracket, `[… Ambassador at Large Chester] Bowles`)."""
    return (len(bracketed) == 2 and not any(fold(word) in _SURNAMES for word in bracketed)
            and not is_east_asian_name(bracketed) and all(_classify(word) == "name" for word in bracketed))


def _titled_given(tokens: list[_Token], i: int, posted: bool, bracketed: tuple[str, ...],
                  rest: tuple[str, ...]) -> bool:
    """`Comrade [Stanislav] Rázl`, `Ambassador [Ratan Kumar] Nehru`, `Secretary of the Interior
    [Stewart] Udall`: after a title, an honorific or what a ministry is of, one or two bracketed
    words before a lone name, or before a two-word surname (`Undersecretary [Pablo] Campos
    Ortiz`), are the given names the translator supplied, even ones no list knows; a bracketed
    surname is not. Three or four before a lone name are the rest of an Iberian name
    (`Foreign Minister [Francisco Clementino San Tiago] Dantas`). A run opening on the country of a
    post (`posted`) counts as a title."""
    return ((i > 0 and (tokens[i - 1].kind in ("hon", "title") or fold(tokens[i - 1].word) in _MINISTRY_FIELDS)
             or (posted and i == 1 and tokens[0].kind == "place"))
            and (len(bracketed) in (1, 2) and len(rest) in (1, 2) or len(bracketed) in (3, 4) and len(rest) == 1)
            and not any(fold(word) in _SURNAMES for word in bracketed)
            and not any(fold(word) in GIVEN_NAMES for word in rest))


def _given_after_bracketed_office(tokens: list[_Token], i: int, run: str, bracketed: tuple[str, ...],
                                  rest: tuple[str, ...]) -> bool:
    """`[Head of the military delegation, Nhiek] Tioulong`: a bracket that opened before the run
    (on an office) and closes on one word before a lone name closes on the given name the
    translator supplied."""
    return (i == 0 and not tokens[0].opens and "[" not in run[:tokens[0].start] and len(bracketed) == 1
            and len(rest) in (1, 2) and fold(bracketed[0]) not in _SURNAMES
            and not any(fold(word) in GIVEN_NAMES for word in rest))


_NAMESAKE_BODIES = frozenset("""fundacao fundacion fondation fondazione stiftung instituto institut istituto
universidade universidad universite universita""".split())
"""`Fundação Getúlio Vargas`, `Instituto Matías Romero`: a body named after a man, its noun first."""


# A candidate as found inside one run: offsets relative to the run, words, forms, blocked.
_RunCand = tuple[int, int, tuple[str, ...], tuple[str, ...], bool]


# `La Paz`, `Los Angeles`, `El Salvador`: a Spanish article opens a place's name, never a
# person's (`Le` may be the Vietnamese surname: `Le Duan`).
_PLACE_ARTICLES = frozenset(("La", "El", "Los", "Las", "Den"))
_PARTICLE_BEFORE = re.compile(r"(?<![\w'’.-])(de|von|van)[ \t]+$")
"""`as to de Gaulle’s declaration`: a particle in lower case opening a surname, no given name before it."""
_FILE_NUMBER_AFTER = re.compile(r"-\d+/")
"""`Att. to: D.II-Kor-O-0862/11/63`: letters glued to a dash and a numbered file mark are a shelf mark."""
_SERIAL_AFTER = re.compile(r"\.?[ \t]+No\.?[ \t]*\d")
"""`Orig. No. 101`, `Ser. No. 7`: the word before a serial number labels a copy or a series."""
_SUFFIX = re.compile(r",?[ \t]+(Jr|Sr)\.?(?![\w.-])")
"""`Thomas J. Coolidge, Jr.`: the son is not the father; the suffix is part of the name."""
# `Jan. 20, 1958`: a month's abbreviation before a day is a date, not the given name Jan.
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
_ROMAN_NUMERALS = frozenset(("II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII"))
_CLOCK_BEFORE = re.compile(r"\d[ \t]?$")
_MONTH_ABBRS = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
_DAY_AFTER = re.compile(r"\.?[ \t]+\d{1,2}\b")


# `c. Moskovskii`: a Czech or Slovak record's comrade in lower case; where a record writes it so,
# `C.` opening a sentence before a name is that comrade, no initial.
_LOWER_COMRADE = re.compile(r"[ (]c\. [A-Z]")
_SENTENCE_START = re.compile(r"(?:^|[.!?][ \t]+|\n[ \t]*)$")


# `Major General`, `Brigadier-General`, `Attorney General`: one word before `General` makes a rank with it.
_GENERAL_AFTER = (" General", "-General")


_BRANCH_OF_YUAN = re.compile(r"\b(?:Executive|Legislative|Judicial|Control|Examination)\s+$")

_JOINED_TALK = (r"[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:meetings?|talks|summits?|conversations?|negotiations|"
                r"discussions?|memorand(?:um|a)|government|cabinet)\b")
_JOINED_TALK_AFTER = re.compile(_JOINED_TALK)
_JOINED_SIDE_AFTER = re.compile(r"[-–][A-Z][\w’']+(?:[ \t]+[A-Z][\w’']+)?" + _JOINED_TALK)
_JOINED_SIDE_BEFORE = re.compile(r"\b[A-Z][\w’']+[-–]$")
_JOINING_PREFIXES = frozenset(("sino", "franco", "anglo", "afro", "austro", "indo", "russo", "greco", "italo",
                               "luso", "hispano", "germano", "judeo", "balto", "nordic"))
"""`Sino-Soviet talks`, `Franco-German talks`: a people's combining form joins two countries, not two men."""


def _joined_side(word: str) -> bool:
    """`Sato`, `Nixon` in `the Sato-Nixon meeting`: a name's shape, no country, people or body."""
    folded = fold(word)
    return (len(word) > 2 and word[1:2].islower() and _classify(word) == "name" and folded not in _JOINING_PREFIXES
            and not folded.endswith(("ian", "ean", "ese", "ish")))


def _joined_sides(text: str, cand: _Cand) -> list[_Cand] | None:
    """`the latest Sato-Nixon meeting`, `the Miki–Ford talks`, `the Rumor-Nenni government`: two men joined by
    a dash before the word for their talk or their cabinet are two persons (a double surname stands before no
    such word)."""
    first = cand.tokens[0]
    cut = max(first.find("-"), first.find("–"))
    if cut < 1 or cand.blocked or not _JOINED_TALK_AFTER.match(text, cand.end):
        return None
    left, right = first[:cut], first[cut + 1:]
    if not (_joined_side(left) and _joined_side(right) and all(_classify(t) == "name" for t in cand.tokens[1:])):
        return None
    rest = (right, *cand.tokens[1:])
    return [_Cand(cand.start, cand.start + cut, (left,), (left,)),
            _Cand(cand.start + cut + 1, cand.end, rest, (clean_name(text[cand.start + cut + 1:cand.end]),))]


_STATE_ABBREVIATION = re.compile(r"((?:U\.N\.|U\.S\.(?:A\.|S\.R\.)?|U\.K\.))[ \t]+")
"""`U.N.`, `U.S.`, `U.S.S.R.`, `U.K.`: a body or a state, written with its dots run together."""


def _candidates(text: str) -> list[_Cand]:
    """Every capitalised name-shaped stretch, with bracketed romanizations joined in.

    A run's candidates depend on the run's text only, and the same runs (names,
    titles) recur throughout a document and a corpus: they are read once."""
    cands: list[_Cand] = []
    lower_comrade = _LOWER_COMRADE.search(text) is not None
    for run in _RUN.finditer(text):
        base = run.start()
        posted = "[" in run.group() and _title_posted_before(text, base)
        for start, end, words, forms, blocked in _run_candidates(run.group(), posted):
            if len(words) == 1 and words[0] in _MONTH_ABBRS and _DAY_AFTER.match(text, base + end):
                continue
            if len(words) == 1 and text.startswith(_GENERAL_AFTER, base + end):
                continue
            if _FILE_NUMBER_AFTER.match(text, base + end):
                continue  # `D.II-Kor-O-0862/11/63`: a file's number, letters and all
            if words == ("Yuan",) and _BRANCH_OF_YUAN.search(text, max(0, base + start - 14), base + start):
                continue  # `the Executive Yuan`: a branch of the Republic of China's government
            accepted = False
            if (words[0][:1].isupper() and words[0].lower() in ARABIC_ARTICLES and len(words) == 2
                    and fold(words[1]) in LEADERS):
                # `El Sadat`, `Al Assad`: before one of the genre's leaders the article is Arabic, part of his name.
                accepted = True
            elif words[0] in _PLACE_ARTICLES:
                blocked = True
            elif blocked and len(words) == 1 and (_after_posted_place(text, base, base + start)
                                                  or _after_body_office(text, base + start, words[0])):
                blocked = False
            elif (len(words) == 2 and not blocked and start == 0 and _classify(words[0]) == "name"
                  and fold(words[0]) not in GIVEN_NAMES and not is_east_asian_name(words)
                  and _after_posted_place(text, base, base + end - len(words[1]))):
                last_word = words[1]
                start, words, forms = end - len(last_word), words[1:], (last_word,)
            if _SERIAL_AFTER.match(text, base + end):
                cut = text.rfind(" ", base + start, base + end)
                if cut <= base + start or len(words) < 2:
                    continue
                end = len(text[base:cut].rstrip())
                words = words[:-1]
                forms = (clean_name(text[base + start:base + end]),)
            if len(words) > 2 and words[1] == "M." and words[0] in ("P.", "A.") and _CLOCK_BEFORE.search(
                    text, max(0, base + start - 8), base + start):
                # `at 1 P.M. Just today`: the hour's `P.M.` is no pair of initials
                start += text.index(words[2], base + start + 2) - base - start
                words = words[2:]
                forms = (clean_name(text[base + start:base + end]),)
            state = _STATE_ABBREVIATION.match(text, base + start) if words[0] == "U." else None
            if state and len(words) > len(state.group(1)) // 2:
                # `to leave for the U.N. Goulart’s emissary`: the body's letters, run together, are no initials
                words = words[len(state.group(1)) // 2:]
                start = state.end() - base
                forms = (clean_name(text[base + start:base + end]),)
            if (lower_comrade and len(words) > 1 and words[0] == "C." and not is_initial(words[1])
                    and _SENTENCE_START.search(text, max(0, base + start - 4), base + start)):
                start += text.index(words[1], base + start + 2) - base - start
                words = words[1:]
                forms = (clean_name(text[base + start:base + end]),)
            if len(words) > 2 and words[0] in ("M.", "MM.") and not is_initial(words[1]) and (
                    fold(words[1]) in GIVEN_NAMES or is_east_asian_name(words[1:])):
                # `M. Zhang Xiruo`, `M. Georges Bidault`: the French record's Monsieur before a whole name
                start += text.index(words[1], base + start + 2) - base - start
                words = words[1:]
                forms = (clean_name(text[base + start:base + end]),)
            if len(words) > 1 and words[0] == "Major" and text.endswith("General ", 0, base + start):
                # `General Major Ivanov`: the Soviet rank, both its words before the name
                start += text.index(words[1], base + start + 5) - base - start
                words = words[1:]
                forms = (clean_name(text[base + start:base + end]),)
            if any(w in _ROMAN_NUMERALS and is_initial(words[i - 1]) for i, w in enumerate(words) if i):
                continue  # `teczka D. II Wietnam`: a file's signature, no initial of a name
            if _body_before_initials(text, base + start, words):
                start += text.index(words[1], base + start + len(words[0])) - base - start
                words = words[1:]
                forms = (clean_name(text[base + start:base + end]),)
            cand = _Cand(base + start, base + end, words, forms, blocked, accepted)
            particle = _PARTICLE_BEFORE.search(text, max(0, cand.start - 5), cand.start) if not blocked else None
            if particle is not None and _classify(words[0]) in ("name", "upper"):
                cand = _Cand(particle.start(), cand.end, (particle[1], *words), (f"{particle[1]} {forms[0]}",),
                             accepted=True)
            if len(words) == 1 and start == 0 and _surname_he(text, base, words[0]):
                cand = _Cand(base - 3, cand.end, ("He", *words), (f"He {forms[0]}",), accepted=True)
            surname = _surname_after_office(text, cand.start) if len(words) == 1 and not blocked else None
            if surname is not None:
                cand = _Cand(surname, cand.end, (text[surname:cand.start].strip(), *words),
                             (clean_name(text[surname:cand.end]),))
            if cands and _wrapped(text, cands[-1], cand):
                left = cands.pop()
                words = left.tokens + words
                cand = _Cand(left.start, cand.end, words, (clean_name(text[left.start:cand.end]),))
            elif cands and (initial := _given_in_parentheses(text, cands[-1], cand)) is not None:
                left = cands.pop()
                given = " ".join(left.tokens)
                cand = _Cand(initial, cand.end, (*left.tokens, *words),
                             (f"{given} {forms[0]}", f"{text[initial]}. {forms[0]}"), accepted=True)
            elif cands and _surname_in_parentheses(text, cands[-1], cand):
                left = cands.pop()
                cand = _Cand(left.start, cand.end + 1, left.tokens + words, (f"{left.forms[0]} {words[0]}",))
            elif nickname := _nickname_before(text, cands, cand):
                left = cands.pop()
                cand = _Cand(left.start, cand.end, left.tokens + words,
                             (f"{left.forms[0]} {forms[0]}", clean_name(text[left.start:cand.end]),
                              f"{nickname} {forms[0]}"), accepted=True)
            elif cands and _given_after_comma(text, cands[-1], cand):
                left = cands.pop()
                cand = _Cand(left.start, cand.end, left.tokens + words, (f"{left.forms[0]} {forms[0]}",),
                             accepted=True)
            elif cands and _initials_after_comma(text, cands[-1], cand):
                left = cands.pop()
                cand = _Cand(left.start, cand.end, left.tokens + words, (f"{left.forms[0]} {' '.join(words)}", left.forms[0]))
            if len(cand.tokens) > 2 and cand.tokens[-1] in ("Jr", "Sr"):
                last = cand.tokens[-1]
                bare = clean_name(text[cand.start:text.rindex(last, cand.start, cand.end)]).rstrip(",")
                cand = _Cand(cand.start, cand.end + text.startswith(".", cand.end), cand.tokens[:-1],
                             (f"{bare} {last}.",), cand.blocked, cand.accepted)
            owner = _second_owner(text, cand)
            if owner is not None:
                cands.append(_Cand(cand.start, owner[0], cand.tokens[:-1], (clean_name(text[cand.start:owner[0]]),),
                                   cand.blocked, cand.accepted))
                cand = _Cand(owner[1], cand.end, cand.tokens[-1:], (cand.tokens[-1],), cand.blocked, cand.accepted)
            sides = _joined_sides(text, cand) if "-" in words[0] or "–" in words[0] else None
            if sides is not None:
                cands += sides
                continue
            suffix = _SUFFIX.match(text, cand.end) if len(cand.tokens) > 1 and not cand.blocked else None
            if suffix is not None:
                cand = _Cand(cand.start, suffix.end(), cand.tokens,
                             tuple(f"{form} {suffix[1]}." for form in cand.forms), cand.blocked, cand.accepted)
            cands.append(cand)
    return cands


def _second_owner(text: str, cand: _Cand) -> tuple[int, int] | None:
    """`Menon passed N. S. Khrushchev Nehru’s letter`: a name with initials, then a surname that owns
    what follows, is two persons when the text gives each name apart (`N. S. Khrushchev received`,
    `J. Nehru`); (the first name's end, the second's start), or None."""
    words = cand.tokens
    if (len(words) < 3 or not is_initial(words[0]) or is_initial(words[-2])
            or text[cand.end:cand.end + 2] not in _POSSESSIVE_ENDS):
        return None
    second = text.rfind(words[-1], cand.start, cand.end)
    first_end = len(text[:second].rstrip())
    first, last = re.escape(text[cand.start:first_end]), re.escape(words[-1])
    if re.search(rf"(?<!\w){first}(?!\w)(?!\s+{last})", text) is None or re.search(
            rf"(?<!{re.escape(words[-2])} )(?<!\w){last}(?!\w)", text) is None:
        return None
    return first_end, second


def _block_cut_end(text: str, cands: list[_Cand]) -> None:
    """`… to Chairman cde. Yu. Tsedenb`, `Comrade Katz-Suchy, Comrad`, `I informed Kim Chang-ma`: an excerpt
    cut off mid-word. The last word of the text, when a longer word the text wrote before starts with it, is
    a torn word, no name of its own (a signature's whole surname ends the text too)."""
    if not cands or text[cands[-1].end:].strip():
        return
    last = cands[-1]
    word = text[last.start:last.end].split()[-1]
    if len(word) >= 3 and word.replace("-", "").isalpha() and starts_longer_word(text, word, last.start):
        last.blocked = True


def _body_before_initials(text: str, start: int, words: tuple[str, ...]) -> bool:
    """`…of the USSR Academy of Sciences M.S. Asimov`: the last word of a body named after
    `of` is no given name of the initials and surname after it."""
    return (len(words) > 2 and not is_initial(words[0]) and is_initial(words[1])
            and not is_initial(words[-1]) and fold(words[0]) not in GIVEN_NAMES
            and _CONNECTOR_BEFORE.search(text, max(0, start - 6), start) is not None)


_VERBS_AFTER_HE = frozenset("""said came gave took made got read ran won put set sat hit led fed bid hung sang rang
    met went saw knew felt left sent spoke told wrote thought brought held kept let paid""".split())


def _surname_he(text: str, start: int, given: str) -> bool:
    """`He Long and his wife`, `Interpreter: He Zhenliang`: the Chinese surname He, spelt like the
    pronoun, before a capitalised syllabic given name that is no verb (a pronoun goes on in lower case); not
    before a bracket, where the editor names whom the pronoun stands for (`He [Kim] agreed`)."""
    return (start >= 3 and text.startswith("He ", start - 3) and (start == 3 or not text[start - 4].isalnum())
            and text[start] != "["
            and given[1:].islower() and not given.endswith("ed") and fold(given) not in _VERBS_AFTER_HE
            and fold(given) not in STOP_WORDS and is_east_asian_name(("He", given)))


_SHORT_SURNAME = re.compile(r", ([A-Z][a-z]{0,2})[ \t]$")


def _surname_after_office(text: str, given_start: int) -> int | None:
    """`…Ambassador of Korea to Albania, An Yong`: an East Asian surname spelt like a
    function word opens the name appositive to an office before it. Returns where it starts."""
    found = _SHORT_SURNAME.search(text, max(0, given_start - 8), given_start)
    if found is None or fold(found.group(1)) not in EAST_ASIAN_SURNAMES:
        return None
    given = text[given_start:given_start + 12].split()[0].rstrip(".,;")
    if not is_east_asian_given(given):
        return None
    prefix = offices.office_before(text, found.start(1))
    return found.start(1) if prefix is not None and prefix.phrase is not None else None


# `… to India`, `… in Shanghai`, `… for Foreign Affairs`; `… of the Soviet Union` only before a surname's shape.
_POSTED_TO = re.compile(r"(\S+)[ \t]+(?:to|in|for|(of)(?:[ \t]+the)?)[ \t]+$")


_CLOSES_NAME = re.compile(r"[ \t]*(?:\n|$|[,;:)\"”’])")
_PLACE_OPENERS = frozenset("""north south east west northern southern eastern western upper lower central
    british french dutch portuguese spanish belgian""".split())
"""Words a place's name may open with (`British Guiana`, `South Yemen`): the word after them is
the rest of the place, not a holder of the office."""


_MINISTRY_FIELDS = frozenset("""affairs defence defense trade commerce finance agriculture education health
    culture justice industry transport communications interior labor labour treasury""".split())
"""The last word of what a ministry is of (`Minister of Foreign Affairs`): the word after it is no
part of a place or a body's name, so a name of any shape may follow (`… Affairs Ohira [Masayoshi]`)."""


def _title_posted_before(text: str, place_start: int) -> bool:
    """`Ambassador to China [Nedyam] Raghavan`: a run opening on the country a title is posted
    to; a translator's given name after the place follows the title as after a bare one."""
    posted = _POSTED_TO.search(text, max(0, place_start - 40), place_start)
    return posted is not None and posted.group(2) is None and is_title_word(fold(posted.group(1)))


def _after_posted_place(text: str, place_start: int, start: int) -> bool:
    """`Soviet Ambassador to India Kozlov`, `Consul in Shanghai Wenzel`, `Ambassador of the
    Soviet Union Chervonenko`, `Minister for Foreign Affairs Takashima`: a surname right after
    the place or the body an office is held in, accredited to, of or for names the holder,
    though a surname after a place word is otherwise read as part of a place or a name. A name
    of any shape that closes the line or the clause after a whole office of a country (`… Party
    of Afghanistan Najibullah`, `President of Afghanistan Najibullah,`) is one too; not after a
    body in capitals, whose name may go on in a word of any shape."""
    place = text[place_start:start].rstrip(" \t")
    if not place or place.count(" ") > 1 or "\n" in place:
        return False
    posted = _POSTED_TO.search(text, max(0, place_start - 40), place_start)
    if posted is None:
        return False
    word = text[start:start + 24].split()[0].strip(",.;:\"”’)")
    closing = (posted.group(2) is not None and _CLOSES_NAME.match(text, start + len(word)) is not None
               and all(fold(w) in PLACE_WORDS and fold(w) not in _PLACE_OPENERS for w in place.split()))
    if not closing and not is_title_word(fold(posted.group(1).strip("[],"))):
        return False
    field = fold(place.split()[-1]) in _MINISTRY_FIELDS
    if posted.group(2) and not closing and not field and not has_slavic_or_european_surname(word):
        return False
    prefix = offices.office_before(text, start)
    return prefix is not None and prefix.phrase is not None and prefix.phrase.endswith(place)


_BODY_ENDS = frozenset("""division bureau department section office commission committee council ministry
    directorate administration affairs security""".split())
_CLOSES_LISTED = re.compile(r"[ \t]*(?:[,;)]|\n|$|[ \t](?:and|were|was)[ \t])")


def _after_body_office(text: str, start: int, word: str) -> bool:
    """`Director of the Foreign Affairs Division Sakamoto, and Chairman of the Research Commission
    on National Security Arita were …`: a word of a name's shape that closes an entry right after a
    whole office of a body (head, `of`, a body's name ending in a body's word) holds that office."""
    if _classify(word) != "name" or not _CLOSES_LISTED.match(text, start + len(word)):
        return False
    prefix = offices.office_before(text, start)
    if prefix is None or prefix.phrase is None or " of " not in prefix.phrase:
        return False
    return (fold(prefix.phrase.split()[-1]) in _BODY_ENDS
            and text[prefix.start:start].rstrip().endswith(prefix.phrase))


def _wrapped(text: str, left: _Cand, right: _Cand) -> bool:
    """`Teodor` at a line's end, `Ditulescu, Counselor` on the next: a name that a hard
    line break cut after its given name or initials; a surname before its initial (`Kovács P.`,
    the Hungarian order) is whole. Asked of every pair of neighbours:
    the cheap tests (one word, a line break between) come first."""
    if len(right.tokens) != 1 or text.find("\n", left.end, right.start) < 0:
        return False
    last = left.tokens[-1]
    return (not left.blocked and not right.blocked
            and text[left.end:right.start].strip(" \t") == "\n"
            and (is_initial(last) or (fold(last) in GIVEN_NAMES and fold(last) not in _SURNAMES))
            and not (len(left.tokens) > 1 and _shape_cue(left.tokens) and not is_initial(last))
            and not (len(left.tokens) > 1 and is_initial(last) and _classify(left.tokens[0]) == "name"
                     and fold(left.tokens[0]) not in GIVEN_NAMES))


_NICK_OPENS = (" “", ' "')
_NICK_CLOSES = ("” ", '" ', "”] ", '"] ')
# `Ernesto 'Che' Guevara`: a nickname in straight single quotes is no candidate of its own.
_QUOTED_NICKNAME = re.compile(r" '([A-Z][a-z]+)' ")


def _nickname_before(text: str, cands: list[_Cand], right: _Cand) -> str | None:
    """`[Ernesto] “Che” Guevara`, `[Ernesto “Che”] Guevara`, `Ernesto 'Che' Guevara`: a one-word
    nickname in quotes between a given name and a surname belongs to the name; the man is also
    called by it, and by the whole as written. Returns the nickname, and leaves the given name
    last in `cands` (a nickname in double quotes was a candidate of its own: dropped)."""
    if len(cands) > 1:
        left, nick = cands[-2], cands[-1]
        if (len(nick.tokens) == 1 and not nick.blocked and _given_and_surname(left, right)
                and text[left.end:nick.start] in _NICK_OPENS and text[nick.end:right.start] in _NICK_CLOSES):
            cands.pop()
            return nick.forms[0]
    if cands:
        gap = _QUOTED_NICKNAME.fullmatch(text, cands[-1].end, right.start)
        if gap is not None and _given_and_surname(cands[-1], right):
            return gap.group(1)
    return None


def _given_and_surname(left: _Cand, right: _Cand) -> bool:
    """Can a nickname stand between these two: a name ending on a given name, a surname after?"""
    return (len(left.tokens) <= 2 and len(right.tokens) <= 2 and not (left.blocked or right.blocked)
            and fold(left.tokens[-1]) in GIVEN_NAMES and _classify(right.tokens[0]) == "name")


def _surname_in_parentheses(text: str, left: _Cand, right: _Cand) -> bool:
    """`I wrote to Fidel (Castro)`: a given name the speaker used, completed in parentheses
    by the surname the translator adds."""
    return (len(left.tokens) == 1 == len(right.tokens) and not left.blocked and not right.blocked
            and fold(left.tokens[0]) in GIVEN_NAMES and fold(left.tokens[0]) not in _SURNAMES
            and _classify(right.tokens[0]) == "name" and text[left.end:right.start] == " ("
            and text.startswith(")", right.end))


_INITIAL_OPENS = re.compile(rf"(?<![\w.])[{UPPER}]\.[ \t]*\($")


def _given_in_parentheses(text: str, left: _Cand, right: _Cand) -> int | None:
    """`M. (Menachem) Begin`, `H. (Haim-Moshe) Shapira`: the editor writes out the initial's given
    name in parentheses before the surname. Where the initial starts, or None."""
    if len(right.tokens) != 1 or left.blocked or right.blocked or not text.startswith(")", left.end):
        return None
    if text[left.end + 1:right.start].strip(" \t") or left.end + 1 == right.start:
        return None
    opens = _INITIAL_OPENS.search(text, max(0, left.start - 5), left.start)
    if opens is None or text[opens.start()] != left.tokens[0][:1] or _classify(right.tokens[0]) != "name":
        return None
    return opens.start()


_INITIALS_COMMA = re.compile(r",[ \t]*")
_INITIALS_END = re.compile(
    rf"[ \t]*(?:$|[\n\"”;)\]]|,[ \t]*[{UPPER}][\w'’-]+,?[ \t]*[{UPPER}][{LOWER}]?\.|\d{{1,2}}[ \t]+[{UPPER}][{LOWER}]+[ \t]+\d{{4}}\b)")
"""After the initials: the end of the line or note, the next entry of a list written the same
way (`Andropov, Iu.V., Kulakov, F.D., …`) or without its comma (`Aliev, G.A., Gromyko A.A., …`), or
the day a diary's head gives (`Chestnoy, Yu. P. 26 August 1964`)."""


_BARE_INITIAL = re.compile(rf"[{UPPER}]")
"""`Rusakov, K.V`: the last of two initials may lose its full stop at the end of a list."""


def _initials_after_comma(text: str, left: _Cand, right: _Cand) -> bool:
    """`to Cdes. X and Samsonov, G. Ye.`: a surname, a comma and initials closing the line
    or the note are one name written surname first, as a register or a routing note writes it."""
    return (text.startswith(",", left.end) and len(left.tokens) == 1 and not left.blocked
            and _classify(left.tokens[0]) in ("name", "upper")
            and all(is_initial(w) for w in right.tokens[:-1])
            and (is_initial(right.tokens[-1]) or len(right.tokens) > 1 and _BARE_INITIAL.fullmatch(right.tokens[-1]))
            and _INITIALS_COMMA.fullmatch(text, left.end, right.start) is not None
            and _INITIALS_END.match(text, right.end) is not None)


def _given_after_comma(text: str, left: _Cand, right: _Cand) -> bool:
    """`Pak, Tong-Jin, Minister of Foreign Affairs`: a Korean surname, a comma and a hyphenated
    given name, as a South Korean ministry writes a name surname first."""
    return (len(left.tokens) == 1 == len(right.tokens) and not left.blocked and not right.blocked
            and text.startswith(", ", left.end) and left.end + 2 == right.start
            and "-" in right.tokens[0] and fold(left.tokens[0]) in EAST_ASIAN_SURNAMES
            and is_east_asian_name((left.tokens[0], right.tokens[0])))


@lru_cache(maxsize=65536)
def _run_candidates(run: str, posted: bool = False) -> tuple[_RunCand, ...]:
    if " " not in run and "." not in run and "[" not in run and "]" not in run:
        if _classify(run) != "name":
            return ()
        clean = strip_possessive(run)
        return ((0, len(clean), (clean,), (clean,), False),)
    tokens = _tokens(run)
    if len(tokens) > 1 and _country_tag(tokens[-1]):
        tokens.pop()
    segs = _segments(tokens)
    out: list[_RunCand] = []
    k = 0
    while k < len(segs):
        i, j = segs[k]
        words = tuple(strip_possessive(t.word) for t in tokens[i:j])
        start, end = tokens[i].start, tokens[j - 1].end
        bracketed = tokens[i].opens
        if bracketed:
            start -= 1
        if tokens[j - 1].closes:
            end += 1
        forms: tuple[str, ...] = (clean_name(run[tokens[i].start:tokens[j - 1].end]),)
        nxt = segs[k + 1] if k + 1 < len(segs) else None
        if nxt and _given_before_particle(tokens, (i, j), nxt):
            # `[Jacques] de Beaumarchais`: the translator's given name before a surname's particle.
            whole = tuple(strip_possessive(t.word) for t in tokens[i:nxt[1]])
            forms = (" ".join(whole),)
            words = whole
            end = tokens[nxt[1] - 1].end
            j = nxt[1]
            k += 1
        elif nxt and nxt[0] == j:
            other = tuple(strip_possessive(t.word) for t in tokens[nxt[0]:nxt[1]])
            close = 1 if tokens[nxt[1] - 1].closes else 0
            rest = segs[k + 2] if k + 2 < len(segs) else None
            if rest is not None and _western_korean(tokens, (i, j), nxt, rest):
                # `Geun [Kun] Park`: a Korean given name, its other spelling, the surname last.
                surname = strip_possessive(tokens[rest[0]].word)
                forms = (f"{surname} {words[0]}", f"{surname} {other[0]}", f"{words[0]} {surname}",
                         clean_name(run[tokens[i].start:tokens[rest[0]].end]))
                words = words + other + (surname,)
                end = tokens[rest[0]].end
                j = rest[1]
                k += 2
            elif rest is not None and _middle_completed(tokens, (i, j), nxt, rest):
                # `Carlos [Rafael] Rodriguez`: the translator's middle name, inside the name.
                last = tuple(strip_possessive(t.word) for t in tokens[rest[0]:rest[1]])
                forms = (" ".join(words + other + last), " ".join(words + last))
                words = words + other + last
                end = tokens[rest[1] - 1].end
                j = rest[1]
                k += 2
            elif tokens[nxt[0]].opens and not bracketed and _vietnamese_completed(words, other):
                # `Minister Le Van [Giyen]`: the translator adds the syllable that ends the name.
                forms = (f"{' '.join(words)} {other[0]}",)
                words = words + other
                end = tokens[nxt[1] - 1].end + close
                j = nxt[1]
                k += 1
            elif tokens[nxt[0]].opens and not bracketed and (
                    _given_in_brackets(words, other) or _titled_surname_given(tokens, i, words, other)):
                forms = (" ".join(words + other),)
                words = words + other
                end = tokens[nxt[1] - 1].end + close
                j = nxt[1]
                k += 1
            elif tokens[nxt[0]].opens and not bracketed and len(words) == 1 and _full_name(other):
                # `Polo [Leopoldo Cintra Frías]`: the editor names the man a nickname stands for.
                forms = (" ".join(other), words[0])
                words = other
                end = tokens[nxt[1] - 1].end + close
                j = nxt[1]
                k += 1
            elif tokens[nxt[0]].opens and not bracketed:
                forms += (clean_name(run[tokens[nxt[0]].start:tokens[nxt[1] - 1].end]),)
                end = tokens[nxt[1] - 1].end + close
                j = nxt[1]
                k += 1
            elif tokens[j - 1].closes and not tokens[nxt[0]].opens and (
                    _opened_in_run(run, tokens[j - 1]) or len(other) == 1) and (
                    _completed_by(words, other) or _titled_given(tokens, i, posted, words, other)
                    or (bracketed and len(other) == 1 and _given_pair(words))
                    or _given_after_bracketed_office(tokens, i, run, words, other)):
                completion = clean_name(run[tokens[nxt[0]].start:tokens[nxt[1] - 1].end])
                forms = (f"{' '.join(words)} {completion}", completion)
                words = words + other
                end = tokens[nxt[1] - 1].end
                j = nxt[1]
                k += 1
        nxt = segs[k + 1] if k + 1 < len(segs) else None
        if (nxt and nxt[0] == j and nxt[1] == j + 1 and len(words) > 1 and tokens[j].opens
                and tokens[j].closes and not tokens[j - 1].closes):
            # `[President Osvaldo] Dorticos [Torrado]`: the second surname a translator adds.
            forms += (f"{forms[0]} {strip_possessive(tokens[j].word)}",)
            end = tokens[j].end + 1
            j += 1
            k += 1
        after = tokens[j] if j < len(tokens) else None
        before = tokens[i - 1] if i > 0 else None
        blocked = (
            (after is not None and after.kind == "org")
            or (after is not None and after.word in _EPONYM_MODIFIERS and j + 1 < len(tokens)
                and tokens[j + 1].kind == "org")
            or (len(words) == 1 and before is not None and before.kind in ("place", "org", "upper")
                and not (before.kind == "org" and tokens[i].kind == "upper" and _upper_as_name(tokens, i))
                and not (before.closes and not _opened_in_run(run, before)))
            or (before is not None and fold(before.word) in offices.UNFINISHED)
            or (before is not None and fold(before.word) in _NAMESAKE_BODIES)
            or (len(words) > 1 and is_initial(words[-1]) and not _surname_initials(words))
            or (len(words) > 1 and len(words[-1]) == 1)
        )
        if (end == tokens[j - 1].end and run.endswith(_POSSESSIVE_ENDS, 0, end)
                and strip_possessive(tokens[j - 1].word) != tokens[j - 1].word):
            end -= 2  # `Kim Il Sung's letter`: the mention ends with the name, as `Kim's` does
        out.append((start, end, words, forms, blocked))
        k += 1
    return tuple(out)


def _given_before_particle(tokens: list[_Token], given: tuple[int, int], surname: tuple[int, int]) -> bool:
    """`[Jacques] de Beaumarchais`, `[Charles] de Gaulle`: one bracketed given name, then the particles
    and the surname they open."""
    first = tokens[given[0]]
    return (given[1] == given[0] + 1 and first.opens and first.closes and fold(first.word) in GIVEN_NAMES
            and surname[0] > given[1] and not tokens[surname[0]].opens
            and all(tokens[x].kind == "particle" for x in range(given[1], surname[0])))


def _opened_in_run(run: str, closing: _Token) -> bool:
    """Whether the bracket `closing` ends opened inside the run. One opened before it held
    words no name has (`[Secretary of State for Home Affairs] Phurissara`, `[Private Adviser to
    Prince Sihanouk] Penn Nouth`): the translator's gloss of an office, no part of a full name
    after it (a lone surname after it may be completed: `[US Ambassador John Kenneth] Galbraith`)."""
    return run.rfind("[", 0, closing.end) >= 0


def _may_open(text: str, pos: int) -> bool:
    """Can an apposition or a parenthesis open at `pos`? Most names go on with a verb,
    and a look at the next visible character spares the office reader."""
    at = pos + 1 if text[pos:pos + 1] == " " else pos
    char = text[at:at + 1]
    return (char in ("(", ",", "[") or char.isspace() or (char.isalnum() and at > pos)
            or (char in "-–—" and text[at + 1:at + 2] in (" ", "\t")))


# `the President’s Special Envoy`: what follows a title's possessive is owned, no name.
_POSSESSIVE_ENDS = ("'s", "’s")


class _Offices:
    """Office phrases before and after candidates, read once per position and only when asked for."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._before: dict[int, offices.Prefix | None] = {}
        self._after: dict[int, tuple[str, int, int] | None] = {}

    def before(self, pos: int) -> offices.Prefix | None:
        if pos in self._before:
            return self._before[pos]
        text = self.text
        found = offices.office_before(text, pos) if pos > 0 and text[pos - 1] in " \t[" else None
        if found is not None and found.phrase and found.phrase.endswith(_POSSESSIVE_ENDS):
            found = None
        self._before[pos] = found
        return found

    def after(self, pos: int) -> tuple[str, int, int] | None:
        if pos in self._after:
            return self._after[pos]
        found = offices.office_after(self.text, pos) if _may_open(self.text, pos) else None
        self._after[pos] = found
        return found

    def adjacent(self, pos: int) -> bool:
        """Is the word right before `pos` a title or an honorific (`Comrade Brezhnev`), also
        one the translator spelt out in brackets (`cde. [comrade] Novak`)?"""
        if pos > 1 and self.text[pos - 1] == "(" and self.text[pos - 2] == " ":
            pos -= 1  # `the President (Syngman Rhee)`: the editor names the holder of the title in brackets
        words = self.text[max(0, pos - 30):pos].split()
        if not words or pos == 0 or not self.text[pos - 1].isspace() and self.text[pos - 1] != "[":
            return False
        gap = pos
        while gap > 0 and self.text[gap - 1] in " \t\n[":
            gap -= 1
        if "\n" in self.text[gap:pos]:
            return False
        last = words[-1].lstrip("[")
        if last.endswith("]") and "[" in words[-1]:
            last = last[:-1]
        if last.endswith(_POSSESSIVE_ENDS):
            return False
        folded = fold(last.rstrip("."))
        if last.endswith(".") and folded in TITLE_ABBREVIATIONS:
            return True
        if last.endswith(".") and not (is_honorific(last) and len(last) <= 6):
            return False
        return is_honorific(last) or (folded in HONORIFICS and folded not in DOTTED_HONORIFICS) or is_title_word(folded)


def _all_forms(cand: _Cand) -> tuple[str, ...]:
    """The forms as written, and `M. E. Kryukov` for `Kryukov M. E.` so both spellings meet."""
    inverted = initials_first(cand.forms[0]) if len(cand.tokens) > 1 else None
    return cand.forms + (inverted,) if inverted else cand.forms


_GLOSS_BEFORE = re.compile(rf"\[[{UPPER}][^\[\]\n]{{2,80}}\s(?:of|to|for)\s[^\[\]\n]{{2,60}}\][ \t]*$")
"""`[Director of Public Services] Sisowath Essaro`: an office the translator glosses in brackets
before a name."""


_SHOUTED_BEFORE = re.compile(r"\b[A-Z]{2,}[ \t]+$")


def _shouted_conjunction(text: str, cand: _Cand) -> bool:
    """`NO INTERIOR E EXTERIOR`, `RECEBIDAS E EXPEDIDAS` in a Portuguese shelf mark: a lone capital with
    no dot between words in capitals is the conjunction `e`, no initial."""
    first = cand.tokens[0]
    return (len(first) == 1 and first not in ("U", "I") and cand.tokens[1].isupper()
            and _SHOUTED_BEFORE.search(text, max(0, cand.start - 30), cand.start) is not None)


def _accept(text: str, cands: list[_Cand], context: _Offices) -> None:
    """Mark the candidates that are persons by their shape or their context."""
    turns = _turn_labels(text, cands)
    for cand in cands:
        if cand.blocked or len(cand.tokens) < 2:
            continue
        if _shouted_conjunction(text, cand):
            cand.blocked = True
            continue
        if len(cand.forms) > 1 or _shape_cue(cand.tokens) or cand.forms[0] in turns:
            cand.accepted = True
        elif len(cand.tokens) == 2 and cand.tokens[0] in ("De", "Von", "Van") and fold(cand.tokens[1]) in LEADERS:
            cand.accepted = True  # `De Gaulle did not expect …`: the particle capitalised at a sentence's start
        elif context.before(cand.start) is not None or context.adjacent(cand.start):
            cand.accepted = True
        elif (len(cand.tokens) > 2 and all(_classify(token) == "name" for token in cand.tokens)
              and _LINE_END.match(text, cand.end) and offices.office_above(text, cand.start) is not None):
            cand.accepted = True  # `Head of Delegation of Experts` / `Hussein Abdulkadir Kasim`: a head's name line
        elif _AFTER_CUE.match(text, cand.end) or context.after(cand.end):
            cand.accepted = True
        elif (_BY_BEFORE.search(text, max(0, cand.start - 4), cand.start) or _staff_entry(text, cand)
              or _GLOSS_BEFORE.search(text, max(0, cand.start - 90), cand.start)):
            cand.accepted = True
        elif (_TALK_WITH.search(text, max(0, cand.start - 40), cand.start)
              and all(_classify(token) == "name" for token in cand.tokens)):
            cand.accepted = True
    multi = [c for c in cands if len(c.tokens) > 1 and not c.blocked
             and not _CONNECTOR_BEFORE.search(text, max(0, c.start - 6), c.start)]
    changed = True
    while changed:
        changed = False
        for left, right in zip(multi, multi[1:]):
            if left.accepted != right.accepted and _LIST_GAP.fullmatch(text, left.end, right.start):
                left.accepted = right.accepted = True
                changed = True


def _turn_labels(text: str, cands: list[_Cand]) -> set[str]:
    """`Chairul Saleh: …` opening two lines or more of minutes: a speaker's name, whatever its
    shape, labels his turns."""
    labels: dict[str, int] = defaultdict(int)
    for cand in cands:
        if (len(cand.tokens) > 1 and not cand.blocked and (cand.start == 0 or text[cand.start - 1] == "\n")
                and text.startswith(": ", cand.end) and all(_classify(token) == "name" for token in cand.tokens)):
            labels[cand.forms[0]] += 1
    return {form for form, count in labels.items() if count > 1}


_STAFF_CREDIT = re.compile(r"^(?:Transcription|Editing|Markup|Transcription, Editing and Markup):[^\n]*", re.M)


_FUNDER_CREDIT = re.compile(r"made possible (?:with|by|through) (?:the )?(?:generous )?(?:support|funding) "
                            r"(?:from|of|by) [^\n.]*")


def _block_staff_credits(text: str, cands: list[_Cand]) -> None:
    """The archive's export credits the staff who transcribed and marked up the page
    (`Transcription, Editing and Markup: ...`) and those who paid for it (`made possible with
    support from Youmna and Tony Asseily`); they take no part in the record."""
    credits = [*_STAFF_CREDIT.finditer(text)] if "Markup:" in text or "Transcription:" in text else []
    if "made possible" in text:
        credits += _FUNDER_CREDIT.finditer(text)
    for line in credits:
        for cand in cands:
            if line.start() <= cand.start < line.end():
                cand.blocked = True


def _listed_after(text: str, previous: tuple[_Cand, _Entry] | None, cand: _Cand) -> bool:
    """`Cde. Brezhnev and Kosygin`: a surname listed right after a person named by surname, or
    one of a surname's shape right after a person named in full (`Iu. D. Masliukov, Chazov`)."""
    if previous is None or (len(previous[0].tokens) != 1 and not has_slavic_or_european_surname(cand.tokens[0])):
        return False
    end = previous[0].end
    aside = _ASIDE.match(text, end, cand.start)  # `Zorin (to the right side), and Dimitrov`
    if aside is None:  # `Zorin (to the right side from Stalin), and Dimitrov`: the one before is in the aside
        opened = text.rfind("(", max(0, end - 80), end)
        aside = _ASIDE_END.match(text, end, cand.start) if opened > 0 and _ITEM_BEFORE_ASIDE.search(
            text, max(0, opened - 40), opened + 1) and ")" not in text[opened:end] else None
    return bool(_LIST_GAP.fullmatch(text, aside.end() if aside else end, cand.start))


_ASIDE = re.compile(r"[ \t]*\([^()\n]{1,80}\)")
_ASIDE_END = re.compile(r"[^()\n]{0,80}\)")
_ITEM_BEFORE_ASIDE = re.compile(r"(?:^|[,;]|\band)[ \t]*[A-Z][\w'’-]+[ \t]*\($")


def _listed_before(text: str, cand: _Cand, following: _Cand | None) -> bool:
    """`Alekseev and Mikoyan discuss`: a surname of a surname's shape listed right before
    one of the genre's leaders."""
    return (following is not None and len(following.tokens) == 1 and not following.blocked
            and fold(following.tokens[0]) in LEADERS and has_slavic_or_european_surname(cand.tokens[0])
            and bool(_LIST_GAP.fullmatch(text, cand.end, following.start)))


def _cable_words(text: str) -> list[int]:
    """Where a _CABLE_PAIR match can begin: the capital or small first letter of `telegram`,
    `cable` or `ciphergram` (the rest found by `str.find`). The pattern opens with `\\b`, which
    `re` would try at every character of the text."""
    return sorted(at - 1 for word in ("elegram", "able", "iphergram") for at in occurrences(text, word) if at > 0)


def _listed_singles(text: str, clerks: dict[int, tuple[str, int]], addressees: list[re.Match[str]],
                   label_items: list[re.Match[str]]) -> set[int]:
    """Starts of the surnames in a telegram's distribution list (`copies: Stalin - 2,
    Molotov - 1`), of the clerks who `typed`, `deciphered` or `printed` it, of the
    surnames listed under a reader's or an attendance label (`FYI: A, B`, `also in
    attendance: A, B, C`, `FYI – A, B`) and of a telegram's sender and addressee (`from A (Hanoi) to B (Warsaw)`,
    `Telegram, A to B`, `To B.`)."""
    starts: set[int] = set(clerks)
    if "copies" in text or "istribution" in text:
        for line in line_matches(_DISTRIBUTION_LINE, text):
            starts.update(m.start(1) for m in _COPIES_ITEM.finditer(text, line.start(), line.end()))
    starts.update(item.start(1) for item in label_items if not _cover_name(item.group(1)))
    for posted in _POSTED_PAIR.finditer(text):
        starts.add(posted.start(1))
        starts.update(name.start(1) for name in _POSTED_NAME.finditer(text, posted.start(2), posted.end(2)))
    for cable in matches_at(_CABLE_PAIR, text, _cable_words(text)):
        starts.update(cable.start(g) for g in (1, 2) if has_slavic_or_european_surname(cable.group(g)))
    for line in addressees:
        group = next(g for g in (1, 2, 3) if line.group(g))
        if has_slavic_or_european_surname(line.group(group).capitalize()):
            starts.add(line.start(group))
    return starts


def _side_items(text: str) -> list[re.Match[str]]:
    """The single words among the items of one side's list (`Mongolian side: [MPR First Secretary
    Dashiin] Damba (head of the delegation), …, Hashengangbai, Tserevsamba;`): whoever else the
    line lists, a lone capitalised item there is a person named by one name."""
    items = []
    for label in matches_at(_SIDE_LABEL, text, sorted(at for word in _SIDE_WORDS for at in occurrences(text, word))):
        end = text.find("\n", label.end())
        end = len(text) if end < 0 else end
        if label.group().startswith("following"):
            stop = _SENTENCE_END.search(text, label.end(), end)
            end = stop.end() if stop else end
        start = label.end()
        for separator in [*_SIDE_ITEM_GAP.finditer(text, start, end), None]:
            stop = separator.start() if separator else end
            item = _SIDE_ITEM.fullmatch(text, start, stop)
            if item is not None and fold(item.group(1)) not in _SIDE_NOT_NAMES:
                items.append(item)
            if separator is None:
                break
            start = separator.end()
    return items


def _label_items(text: str) -> list[re.Match[str]]:
    """The single words listed under a reader's or an attendance label, or in one side's list."""
    items = _side_items(text)
    for pos in _surname_list_label_ends(text):
        while (item := _SURNAME_ITEM.match(text, pos) or _OTHER_ITEM.match(text, pos)) is not None:
            if item.re is _SURNAME_ITEM:
                items.append(item)
            gap = _LIST_GAP.match(text, item.end())
            if gap is None or not gap.group():
                break
            pos = gap.end()
    return items


def _cover_name(word: str) -> bool:
    """A given name alone among a cable's readers (`FYI: Wolak, Ludwik`) is a cover name
    the cipher office used, not a person the record names."""
    return fold(word) in GIVEN_NAMES and fold(word) not in _SURNAMES


def _surname_list_label_ends(text: str) -> list[int]:
    """Where each `_SURNAME_LIST_LABEL` ends. A label ends on a colon, and colons are few:
    the regex is tried only where a label word would start before one, not at every letter."""
    ends = []
    colon = text.find(":")
    while colon >= 0:
        stop = colon
        while stop and text[stop - 1] in " \t":
            stop -= 1
        starts = [stop - 3, stop - 6, stop - 7, stop - 11, stop - 12, stop - 14, stop - 27]
        if stop >= 10 and text.startswith("attendance", stop - 10):
            gap = stop - 10
            while gap and text[gap - 1] in " \t":
                gap -= 1
            starts.append(gap - 2)
        for start in starts:
            label = _SURNAME_LIST_LABEL.match(text, start) if start >= 0 else None
            if label is not None:
                ends.append(label.end())
                break
        colon = text.find(":", colon + 1)
    if "FYI" in text:
        ends.extend(label.end() for label in _FYI_DASH.finditer(text))
    return ends


def _clerks(text: str) -> dict[int, tuple[str, int]]:
    """Where a clerk's name starts -> the part (`typed by`) and where its verb starts."""
    found: dict[int, tuple[str, int]] = {}
    for match in _BY_NAME.finditer(text):
        verb = _CLERK_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if verb:
            found[match.end()] = (f"{verb.group(1).lower()} by", verb.start())
    return found


def _new_single(text: str, cand: _Cand, context: _Offices, minutes: bool) -> bool:
    """A surname alone names a new person after a title or honorific (`Chancellor
    Brandt`) or an office phrase (`Chief of the Consular Department Seregin`), before
    an appositive office (`Rossides, the ambassador of Cyprus`), as the one spoken to
    (`told Bodnerash`) or speaking (`Bodnerash then expressed`), as the interpreter (`with
    Pavlov as interpreter`), as a speaker's label in minutes; with a Slavic/Romanian surname
    shape also before an auxiliary verb."""
    if context.adjacent(cand.start):
        return True
    if len(cand.forms) > 1 and all(fold(f) in _SURNAMES for f in cand.forms):
        return True
    if (fold(cand.tokens[0]) in LEADERS and not _ORDER_OF.search(text, max(0, cand.start - 10), cand.start)
            and not _NAMED_FOR.match(text, cand.end)):
        return True
    if (_SPOKEN_TO.search(text, max(0, cand.start - 14), cand.start) or _SPEAKS.match(text, cand.end)
            or _MET_BY_NARRATOR.search(text, max(0, cand.start - 30), cand.start)
            or (_HEADED_BY.search(text, max(0, cand.start - 24), cand.start) and text[cand.start] != "[")
            or _ACCOMPANIES.match(text, cand.end) or _WHO_AFTER.match(text, cand.end)):
        return True
    if text.endswith("with ", 0, cand.start) and _AS_INTERPRETER.match(text, cand.end):
        return True
    if _SERVES_AS.match(text, cand.end) or (
            _OTHER_SIDE.match(text, cand.end) and _SIDE_INTERPRETER_BEFORE.search(text, max(0, cand.start - 60), cand.start)):
        return True
    line_start = (cand.start == 0 or text[cand.start - 1] == "\n") and not _TIME_AFTER.match(text, cand.end)
    if line_start and minutes and _LABEL_AFTER.match(text, cand.end) and _staff_label(cand.tokens[0]) is None:
        return True
    if _staff_entry(text, cand) or _signature(text, cand):
        return True
    if not cand.tokens[-1].endswith(".") and _TALK_WITH.search(text, max(0, cand.start - 40), cand.start):
        return True
    joined_before = text[cand.start - 1:cand.start] in ("-", "–") and _JOINED_SIDE_BEFORE.search(
        text, max(0, cand.start - 40), cand.start)
    if _JOINED_SIDE_AFTER.match(text, cand.end) or (joined_before and _JOINED_TALK_AFTER.match(text, cand.end)):
        return True  # `the Sato-Nixon meeting`: each side of a talk named by its two men
    owner_end = cand.end if text.endswith(_POSSESSIVE_ENDS, cand.start, cand.end) else (
        cand.end + 2 if text.startswith(_POSSESSIVE_ENDS, cand.end) else None)
    if owner_end is not None and (_OWN_TALK.match(text, owner_end) or _OWN_WORDS.match(text, owner_end)):
        return True
    prefix = context.before(cand.start)
    if (prefix is not None and prefix.phrase) or context.after(cand.end):
        return True
    if not has_slavic_or_european_surname(cand.tokens[0]):
        return False
    if _AFTER_CUE.match(text, cand.end) or _AUX_AFTER.match(text, cand.end) or owner_end is not None:
        return True  # `Stroynowski’s information`: what a surname's shape owns is a person's
    return line_start and text.startswith(":", cand.end)


# `Concerning Roshchin's Conversation with Foster`: whose talk with someone it was is a person too.
_OWN_TALK = re.compile(r"[ \t]+(?:[Cc]onversations?|[Tt]alks?|[Mm]eetings?|[Dd]iscussions?|[Ii]nterviews?)[ \t]+with\b")
# `after Kennan's talks and Gaitskell's statements resounded`: whose words they were is a person.
_OWN_WORDS = re.compile(r"[ \t]+(?:talks|statements?|speech(?:es)?|remarks|letters?|proposals?|views|words|visit|"
                        r"arguments?|interviews?|opinion)\b")
# `The conversation with Nhu lasted`, `the conversation between Jakubczak and Chibow`, `my conversation
# yesterday with Seiters`: the ones a talk is held with or between are persons.
_TALK_WITH = re.compile(r"\b(?:(?:conversations?|talks?|meetings?|discussions?|interviews?)"
                        rf"(?:[ \t]+{RECENT})?"
                        r"[ \t]+(?:with|between)"
                        r"|(?:met|meets?|talked|spoke)[ \t]+with)[ \t]+\[?$")
_BESIDE = re.compile(r"[ \t]*(?:[,;][ \t]*|[ \t]and[ \t]+)?(?:(?:Comrade|Cde\.|Mr\.)[ \t]+)?")


def _listed_beside(text: str, cand: _Cand, entry: _Entry) -> bool:
    """`Comrade Nagy Comrade Nagy G.`: a bare surname listed right beside the same surname
    with initials is another person of that name; the writer would not list one man twice."""
    low, high = _beside_reach(text, cand)
    for start, end in entry.mentions:
        if low <= end <= cand.start:
            gap = _BESIDE.fullmatch(text, end, cand.start)
        elif cand.end <= start <= high:
            gap = _BESIDE.fullmatch(text, cand.end, start)
        else:
            continue
        if gap is not None and text[start:end] != text[cand.start:cand.end]:
            return True
    return False


_BESIDE_CHARS = frozenset(" \t,;" + "and" + "Comrade" + "Cde." + "Mr.")
"""Every character a _BESIDE gap can hold."""


def _beside_reach(text: str, cand: _Cand) -> tuple[int, int]:
    """How far a _BESIDE gap can reach before and after `cand`: the stretches of its characters.
    A person's other mentions are looked at only there, not each one through the regex (a
    surname mentioned a hundred times would be compared with every mention before it)."""
    low, high, size = cand.start, cand.end, len(text)
    while low > 0 and text[low - 1] in _BESIDE_CHARS:
        low -= 1
    while high < size and text[high] in _BESIDE_CHARS:
        high += 1
    return low, high


def _surname_first(form: str) -> bool:
    """`Péter János`, `Marjai József`: a Hungarian surname before a given name."""
    words = form.split()
    return (len(words) == 2 and fold(words[1]) in GIVEN_NAMES and not is_initial(words[0])
            and not is_east_asian_name(words))


def _unknown_order(words: list[str]) -> bool:
    """`Mori Tadashi` after `Ambassador Mori`: a two-word name neither of whose words a list knows may be
    written surname first (the Japanese order), so a lone word may name it by its first word too."""
    return (len(words) == 2 and not is_initial(words[0]) and not any(fold(w) in GIVEN_NAMES for w in words)
            and not is_east_asian_name(words) and words[0][1:].islower())


def _given_first(form: str) -> bool:
    """`Fidel Castro`: a given name the document may name the person by alone (`Fidel`)."""
    words = form.split()
    first = fold(words[0])
    return (len(words) > 1 and first in GIVEN_NAMES and first not in _SURNAMES
            and not is_east_asian_name(words))


def _initial_holder(table: _Table, initial: str) -> _Entry | None:
    """`Comrade N.`: a surname cut to its initial names the one person whose surname opens
    with it; an initial alone names no one else."""
    letter = fold(initial)[:1]
    holders = [entry for entry in table.entries
               if any(fold(surname_of(form))[:1] == letter for form in entry.forms)]
    return holders[0] if len(holders) == 1 else None


_LINE_LABEL = re.compile(rf"^([{UPPER}][{LOWER}]+)(?::|(?<=[{LOWER}]{{3}})\.(?=[ \t]+[{UPPER}]))[ \t]+\S", re.M)


def _speaker_labels(text: str, table: _Table) -> bool:
    """Are these minutes? A known person's name or a leader's surname opens a line as a
    speaker's label (`Tito: …`), or two words each label two lines: speakers take turns."""
    if any(text.startswith(":", e) and (s == 0 or text[s - 1] == "\n")
           for entry in table.entries for s, e in entry.mentions):
        return True
    seen: set[str] = set()
    repeated: set[str] = set()
    for label in line_matches(_LINE_LABEL, text):
        word = label.group(1)
        if _classify(word) != "name":
            continue
        if fold(word) in LEADERS:
            return True
        (repeated if word in seen else seen).add(word)
    return len(repeated) > 1


_UPPER_WORD = rf"[{UPPER}][{UPPER}'’]+(?:-[{UPPER}][{UPPER}'’]+)?"
_UPPER_LINE_LABEL = re.compile(
    rf"^({_UPPER_WORD}(?:[ \t]+{_UPPER_WORD}){{0,2}})"
    rf"(?::[ \t]+\S|:[ \t]*\n(?=\s*\S)|\.[ \t]+[{UPPER}]|[ \t]+(?:says|said)\b)", re.M)
"""A speaker's surname in capitals opening a line: `KHRUSHCHEV: …`, or as Politburo minutes write
it, `KIRILENKO. I think …`, `MAL'TSEV says that …`; or his whole name over his words (`DENG
XIAOPING:` on a line of its own)."""


def _addressee_lines(text: str) -> list[re.Match[str]]:
    """`_ADDRESSEE.finditer(text)`, tried only at the start of a line holding one of its
    words (found by `str.find`): a match never leaves its line."""
    starts = {0} if text.startswith(("To", "to")) else set()
    for word, lead in _ADDRESSEE_WORDS:
        at = text.find(word)
        while at >= 0:
            if word[0] == "\n":
                starts.add(at + 1)
            elif not lead or (at > 0 and text[at - 1] in lead):
                starts.add(text.rfind("\n", 0, at) + 1)
            at = text.find(word, at + 1)
    return [match for match in (_ADDRESSEE.match(text, start) for start in sorted(starts)) if match]


def _shouted_addressees(addressees: list[re.Match[str]]) -> list[_Cand]:
    """`To: KRAJEWSKI, EYES ONLY`: a cipher's addressee in capitals, a name no run reads."""
    found = []
    for line in addressees:
        for group in (1, 2):
            word = line.group(group)
            if word and is_upper_word(word) and len(word) > 3:
                found.append(_Cand(line.start(group), line.end(group), (word.capitalize(),), (word.capitalize(),)))
    return found


def _shouted_labels(text: str, table: _Table) -> list[_Cand]:
    """`KHRUSHCHEV: …`: minutes may label their speakers' lines with surnames in capitals.
    Such labels are speakers when one names a person the record names or a leader, or two
    labels each open two lines (speakers take turns); a lone capital heading (`NOTE:`) is none."""
    labels: list[_Cand] = []
    for match in line_matches(_UPPER_LINE_LABEL, text):
        words = tuple("-".join(part.capitalize() for part in word.split("-")) for word in match.group(1).split())
        if all(_classify(word) == "name" for word in words):
            labels.append(_Cand(match.start(1), match.end(1), words, (" ".join(words),)))
    if not labels:
        return []
    known = {surname_key(token) for entry in table.entries for f in entry.forms for token in _short_tokens(f)}
    counts: dict[tuple[str, ...], int] = {}
    for label in labels:
        counts[label.tokens] = counts.get(label.tokens, 0) + 1
    turns = sum(1 for n in counts.values() if n > 1) > 1
    if turns or any(surname_key(w) in known or fold(w) in LEADERS for words in counts for w in words):
        return labels
    return []


# `BORIS VELCHEV- Member of …`, `Colonel-General IVAN PETROV - Deputy Minister …`: a line of a
# delegation's list, the member's full name in capitals (a rank may lead), a dash, his offices.
_SHOUTED_ENTRY = re.compile(
    rf"^(?:([{UPPER}][{LETTERS}.-]+)[ \t]+)?"
    rf"([{UPPER}][{UPPER}'’]+(?:-[{UPPER}][{UPPER}'’]+)?(?:[ \t]+[{UPPER}][{UPPER}'’]+(?:-[{UPPER}][{UPPER}'’]+)?){{1,2}})"
    rf"[ \t]?[-–—][ \t]?(?=[{LETTERS}])", re.M)


def _shouted_entries(text: str) -> list[_Cand]:
    """Full names in capitals opening the lines of a list, each with a dash to the member's offices.
    Two such lines make the list: one capital line with a dash may be a heading."""
    found = []
    for match in line_matches(_SHOUTED_ENTRY, text):
        rank = match.group(1)
        if rank is not None and _classify(rank) not in ("title", "hon"):
            continue
        words = tuple("-".join(part.capitalize() for part in word.split("-")) for word in match.group(2).split())
        if all(_classify(word) == "name" for word in words):
            found.append(_Cand(match.start(2), match.end(2), words, (" ".join(words),), accepted=True))
    return found if len(found) > 1 else []


_LETTER_SPACED = re.compile(rf"^[ \t]*((?:[{UPPER}][ \t]){{3,}}[{UPPER}])[ \t]*$", re.M)


def _letter_spaced(text: str) -> list[_Cand]:
    """`S H T Y K O V` on a line of its own: a telegram's signature spelt out letter by letter is one surname
    (one that can be said: `C P S U C C` over a letter is its addressee's abbreviation)."""
    found = []
    for match in _LETTER_SPACED.finditer(text):
        word = "".join(match.group(1).split()).capitalize()
        vowels = sum(letter in "aeiouy" for letter in word.lower())
        if vowels >= 2 and _SPOKEN.search(word.upper()) and fold(word) not in STOP_WORDS and fold(word) not in ORG_WORDS:
            found.append(_Cand(match.start(1), match.end(1), (word,), (word,), accepted=True))
    return found


# A run of two or more words in capitals: where a shouted East Asian name (`KIM IL SUNG`) may stand.
_UPPER_RUN = re.compile(rf"(?<![\w-])[{UPPER}][{UPPER}-]*(?:[ \t]+[{UPPER}][{UPPER}-]*)+(?![\w-])")


def _shouted_east_asian(text: str) -> list[_Cand]:
    """`I visited KIM IL SUNG`, `ZHOU ENLAI asks`: a cable that shouts every name writes East Asian
    ones in capitals too. Two or three words that read as such a name once written in title case
    are one, unless the run goes on with a word that is no function word (`KIM IL SUNG UNIVERSITY`),
    ends on a speaker's colon (the speaker labels are read elsewhere) or opens a bracket."""
    found = []
    for run in _UPPER_RUN.finditer(text):
        if text[run.start() - 1:run.start()] == "[":
            continue  # `MAO ZEDONG [MAO TSE-TUNG]`: the editor's other spelling, not another person
        words = run.group().split()
        starts = [m.start() for m in re.finditer(r"\S+", run.group())]
        at = 0
        while at < len(words) - 1:
            for size in (3, 2):
                tokens = tuple("-".join(part.capitalize() for part in w.split("-")) for w in words[at:at + size])
                after = words[at + size] if at + size < len(words) else None
                if (len(tokens) == size and is_east_asian_name(tokens)
                        and not any(fold(t) in STOP_WORDS for t in tokens[1:])
                        and (after is None or fold(after) in FUNCTION_WORDS)
                        and not (after is None and text[run.end():run.end() + 2].lstrip(" \t").startswith(":"))):
                    start = run.start() + starts[at]
                    end = run.start() + starts[at + size - 1] + len(words[at + size - 1])
                    found.append(_Cand(start, end, tokens, (" ".join(tokens),), accepted=True))
                    at += size
                    break
            else:
                at += 1
    return found


def _glued(text: str, cand: _Cand, refs: ShortRefs) -> tuple[_Entry, int] | None:
    """`Sykorasaid`: a known surname with the next word typed onto it."""
    word = cand.tokens[0]
    glue = _GLUED.search(word)
    if glue is None or glue.start() < 3:
        return None
    entry = refs.by_name(surname_key(word[:glue.start()]), cand.start)
    return (entry, cand.start + glue.start()) if entry is not None else None


_Key = TypeVar("_Key")


def _repoint_in(index: dict[_Key, _Entry], entry: _Entry, target: _Entry) -> None:
    for key, value in index.items():
        if value is entry:
            index[key] = target


class _Table:
    """The document's persons, merged by spelling keys as candidates arrive."""

    def __init__(self) -> None:
        self.entries: list[_Entry] = []
        self._by_key: dict[str, _Entry] = {}
        self._by_surname: dict[str, list[_Entry]] = {}
        self._added: dict[tuple[str, ...], _Entry] = {}

    def find(self, forms: Sequence[str]) -> _Entry | None:
        """The person one of `forms` names: same key, or initials that fit a full name.
        A bare surname among the forms does not join a person known by another full name
        (`[Jawaharlal] Nehru` is not `[Ratan Kumar] Nehru`)."""
        full = any(" " in form for form in forms)
        for form in forms:
            for key in _keys(form):
                if key in self._by_key:
                    entry = self._by_key[key]
                    if full and " " not in form and any(" " in known for known in entry.forms):
                        continue
                    return entry
        for form in forms:
            for short in _without_mothers_surname(canonical_spacing(form)):
                words = short.split()
                if len(words) < 2:
                    continue
                for entry in self._by_surname.get(fold(words[-1]), ()):
                    if any(len(k.split()) > 1 and (initials_compatible(short, k) or initials_compatible(k, short))
                           for known in entry.forms for full in _without_mothers_surname(known)
                           for k in _article_free(full)):
                        return entry
        return None

    def add(self, forms: Sequence[str], span: tuple[int, int]) -> _Entry:
        """Add a mention under `forms`. Forms added once keep every key they set, so the
        same forms again find the same person: that answer is remembered."""
        added = tuple(forms)
        entry = self._added.get(added)
        if entry is not None:
            entry.mentions.append(span)
            return entry
        entry = self.find(forms)
        if entry is None:
            entry = _Entry([])
            self.entries.append(entry)
        for form in forms:
            if not form:
                continue
            if form not in entry.forms:
                entry.forms.append(form)
                for short in _without_mothers_surname(canonical_spacing(form)):
                    words = short.split()
                    if len(words) > 1 and not is_east_asian_name(words):
                        for bare in dict.fromkeys((words[-1], without_arabic_article(words[-1]))):
                            self._by_surname.setdefault(fold(bare), []).append(entry)
            for key in _keys(form):
                self._by_key.setdefault(key, entry)
        entry.mentions.append(span)
        self._added[added] = entry
        return entry

    def merge_singles(self) -> None:
        """`Beck` accepted alone before `János Beck` is named in full: a person known by
        one word only joins the one person whose full name ends with that word (or, written
        surname first, opens with it); with two such persons the word stays apart."""
        holders: dict[str, list[_Entry]] = {}
        for entry in self.entries:
            tokens = set()
            for form in entry.forms:
                words = canonical_spacing(form).split()
                if len(words) > 1:
                    tokens.add(surname_key(words[-1]))
                    if _surname_first(form) or _unknown_order(words):
                        tokens.add(surname_key(words[0]))
            for token in sorted(tokens):
                holders.setdefault(token, []).append(entry)
        for entry in list(self.entries):
            if any(len(canonical_spacing(form).split()) > 1 for form in entry.forms):
                continue
            targets = {id(t): t for f in entry.forms for t in holders.get(surname_key(f), ())}
            if len(targets) != 1:
                continue
            (target,) = targets.values()
            target.forms.extend(f for f in entry.forms if f not in target.forms)
            target.mentions.extend(entry.mentions)
            self.entries.remove(entry)
            self._repoint(entry, target)

    def opened_by(self, token: str) -> _Entry | None:
        """`Takeiri Yoshikatsu`, then `Takeiri:` labelling his lines: a surname no list knows,
        written first, names the one person whose two-word name opens with it, unless the
        other word names that person alone (`Tsedenbal Ulanfu` glued from two surnames)."""
        if token in LEADERS:
            return None
        found = [entry for entry in self.entries
                 if any(len(words := canonical_spacing(form).split()) == 2 and not is_initial(words[0])
                        and surname_key(words[0]) == token and words[1] not in entry.forms
                        for form in entry.forms)]
        return found[0] if len(found) == 1 else None

    def merge_patronymic(self) -> None:
        """`Esteemed Ruslan Imranovich!`: a letter addresses a Russian by given name and
        patronymic; the one person whose initials they are (`R.I. Khazbulatov`) is meant, or, with
        none such, the one person of that given name (`Leonid Ilyich` is `Leonid Brezhnev`)."""
        for entry in list(self.entries):
            if not all(_given_patronymic(form) for form in entry.forms):
                continue
            initials = "".join(fold(w)[:1] for w in entry.forms[0].split())
            targets = [other for other in self.entries if other is not entry
                       and any(_name_parts(form)[1] == initials for form in other.forms
                               if len(canonical_spacing(form).split()) == 3)]
            if not targets:
                given = fold(entry.forms[0].split()[0])
                targets = [other for other in self.entries if other is not entry
                           and any(len(words := form.split()) >= 2 and fold(words[0]) == given for form in other.forms)]
            if len(targets) != 1:
                continue
            (target,) = targets
            target.forms.extend(f for f in entry.forms if f not in target.forms)
            target.mentions.extend(entry.mentions)
            self.entries.remove(entry)
            self._repoint(entry, target)

    def _repoint(self, entry: _Entry, target: _Entry) -> None:
        """Forms that found a merged person find the person it joined."""
        _repoint_in(self._by_key, entry, target)
        _repoint_in(self._added, entry, target)

    def merge_misspelt(self, text: str, summary: tuple[int, int] = (0, 0)) -> dict[int, _Entry]:
        """`Stepan Chervenenko` in the title, `Comrade Chervonenko` in the text: a person
        whose surname is one other person's misspelt (a letter apart, given names agreeing)
        is that person. Returns the merged entries (by id) -> the person they joined."""
        merged: dict[int, _Entry] = {}
        for entry in list(self.entries):
            targets = [other for other in self.entries
                       if other is not entry and id(other) not in merged and _misspelt_pair(entry, other, text, summary)]
            if len(targets) != 1 or len(entry.mentions) > len(targets[0].mentions):
                continue
            (target,) = targets
            target.forms.extend(f for f in entry.forms if f not in target.forms)
            target.mentions.extend(entry.mentions)
            self.entries.remove(entry)
            merged[id(entry)] = target
        return merged


_SHORT_PATRONYMICS = frozenset("ilyich ilich ilych kuzmich lukich fomich nikitich savvich ilinichna kuzminichna".split())
"""Patronymics of fathers' names that take no `-ovich`/`-evich` (Ilya, Kuzma, Luka, Foma, Nikita, Savva)."""


def _given_patronymic(form: str) -> bool:
    """`Ruslan Imranovich`, `Leonid Ilyich`: a given name and a patronymic, no surname."""
    words = form.split()
    return len(words) == 2 and not is_initial(words[0]) and (
        bool(_PATRONYMIC.search(fold(words[1]))) or fold(words[1]) in _SHORT_PATRONYMICS)


@lru_cache(maxsize=65536)
def _name_parts(form: str) -> tuple[str, str]:
    """The surname and the initials of the rest (`Stepan V. Chervonenko` -> `Chervonenko`, `sv`)."""
    surname = surname_of(form)
    words = [w for w in canonical_spacing(clean_name(form)).split() if w != surname]
    return surname, "".join(fold(w)[:1] for w in words)


@lru_cache(maxsize=65536)
def _east_asian_forms(forms: tuple[str, ...]) -> bool:
    """Does one of a person's forms read as an East Asian name? Every pair of persons
    asks it of both: remembered."""
    return any(is_east_asian_name(f.split()) for f in forms)


def _misspelt_pair(one: _Entry, other: _Entry, text: str, summary: tuple[int, int]) -> bool:
    if _east_asian_forms(tuple(one.forms)) or _east_asian_forms(tuple(other.forms)):
        return _heading_variant(one, other, text, summary)
    if _initial_slip(one, other, text):
        return True
    pairs = ((_name_parts(a), _name_parts(b), _same_given_names(a, b)) for a in one.forms for b in other.forms)
    return bool(one.forms and other.forms) and all(
        misspelt_surname(sa, sb, shortest=_shortest_misspelt(sa, sb, given))
        and (not ia or not ib or ia.startswith(ib) or ib.startswith(ia))
        for (sa, ia), (sb, ib), given in pairs) and not (
        _listed(one, text) and _listed(other, text)) and not (  # `Members present: …, Neumann` / `Guest: H. Naumann`: two
        _titled_apart(one, other, text))


def _titles(entry: _Entry, text: str) -> set[str]:
    """The titles written right before a person's mentions (`Ambassador Sukarni` -> {`ambassador`})."""
    found = set()
    for start, _ in entry.mentions:
        before = text[max(0, start - 30):start].split()
        if before and is_title_word(word := fold(before[-1])):
            found.add(word)
    return found


def _titled_apart(one: _Entry, other: _Entry, text: str) -> bool:
    """`Ambassador Sukarni` and `President Sukarno`: names a letter apart under different titles are two men."""
    a, b = _titles(one, text), _titles(other, text)
    return bool(a and b) and not a & b


_ITEM_BEFORE = re.compile(r"[,:][ \t]*$")
_ITEM_AFTER = re.compile(r"[ \t]*(?:[,;\n]|$)")
_LABELLED_LINE = re.compile(r"[A-Z][\w ]{0,30}:[ \t]")


def _listed(entry: _Entry, text: str) -> bool:
    """Is one of the person's mentions an item of a labelled list line (`Members present: A, B`, `Guest:
    H. Naumann`): after a comma or the label's colon, before a comma, a semicolon or the line's end?"""
    return any(_ITEM_BEFORE.search(text, max(0, start - 3), start) and _ITEM_AFTER.match(text, end)
               and _LABELLED_LINE.match(text, text.rfind("\n", 0, start) + 1)
               for start, end in entry.mentions)


def _initial_slip(one: _Entry, other: _Entry, text: str) -> bool:
    """`A. M. Puzanov` in the title, `A. I. PUZANOV` heading the journal: the same surname
    (six letters or more) after initials that agree but for a later one, both written out in
    full only in the record's headings, is a typist's slip; in the text, another man."""
    for a in one.forms:
        for b in other.forms:
            (surname_a, initials_a), (surname_b, initials_b) = _name_parts(a), _name_parts(b)
            if (fold(surname_a) == fold(surname_b) and len(fold(surname_a)) >= 6
                    and len(initials_a) == len(initials_b) >= 2 and initials_a[0] == initials_b[0]
                    and initials_a != initials_b and _initials_only(a) and _initials_only(b)):
                return all(_headed_only(entry, text) for entry in (one, other))
    return False


def _headed_only(entry: _Entry, text: str) -> bool:
    """Is every mention of the person by more than one word on a heading line?"""
    full = [start for start, end in entry.mentions if " " in text[start:end].strip()]
    return bool(full) and all(_heading_line(text, start) for start in full)


def _initials_only(form: str) -> bool:
    """`A. I. PUZANOV`, `Kryukov M. E.`: a surname and initials, no given name written out."""
    words = canonical_spacing(clean_name(form)).split()
    return sum(not is_initial(word) for word in words) == 1


def _heading_variant(one: _Entry, other: _Entry, text: str, summary: tuple[int, int]) -> bool:
    """`Ri San-pal` in the title, `Ri Sin-pal` all through the text: an East Asian name that
    only the record's headings (or the archive's summary) give, a letter from a name of the same
    surname in the text, is that name as the heading misspelt it (`Kim Deok-hyun` cited,
    `Kim Deok-hyeon` in the text; `Ho Chi Min asks Mao …` summing up Ho Chi Minh's talk).
    Elsewhere such names a letter apart are two people (`Li Peng`, `Li Ping`), so the
    heading's name must be long (five letters or more)."""
    for a in one.forms:
        for b in other.forms:
            surname_a, _, given_a = a.partition(" ")
            surname_b, _, given_b = b.partition(" ")
            if fold(surname_a) == fold(surname_b) and min(len(fold(given_a)), len(fold(given_b))) >= 5 and (
                    _one_letter_apart(_plain_vowels(given_a), _plain_vowels(given_b))):
                return bool(one.mentions) and all(
                    _heading_line(text, start) or summary[0] <= start < summary[1] for start, _ in one.mentions)
    return False


_SENTENCE_BREAK = re.compile(r"[a-z]{3}\.\s")
"""A full stop after a word, not an initial's (`R. Sh. Kudashev` may stand in a title)."""


_CITATION_LINE = re.compile(r"[\"“][^\"”\n]{5,300}?,[\"”]")
"""The archive's citation of a record opens with its title in quotes, a comma inside them."""


def _same_title(text: str, cand: _Cand, entries: list[_Entry], context: _Offices) -> _Entry | None:
    """`Premier Zhou's Conversation with Ambassador Nehru` in a title, then `Ambassador [Ratan
    Kumar] Nehru` and `Premier [Jawaharlal] Nehru` in the text: of several persons a surname
    names, the one the text gives the same title."""
    if len(entries) < 2:
        return None
    prefix = context.before(cand.start)
    key = offices.title_key(prefix.phrase) if prefix is not None and prefix.phrase else ""
    if not key:
        return None
    titled = [entry for entry in entries if any(
        (other := context.before(start)) is not None and other.phrase and offices.title_key(other.phrase) == key
        for start, _ in entry.mentions if start != cand.start)]
    return titled[0] if len(titled) == 1 else None


_HEADS_OF_GOVERNMENT = frozenset(("premier", "vice premier", "chairman", "vice chairman", "president",
                                  "vice president"))
_STAFF_TITLES = frozenset(("secretary", "first secretary", "second secretary", "third secretary", "attache",
                           "interpreter", "translator", "recorder"))


def _titled_otherwise(cand: _Cand, entry: _Entry, context: _Offices) -> bool:
    """`Premier Zhou` and `Secretary Zhou Jiading` among those present: a surname under a head
    of government's title is not the full name the text gives only to a member of the staff."""
    prefix = context.before(cand.start)
    key = offices.title_key(prefix.phrase) if prefix is not None and prefix.phrase else ""
    if key not in _HEADS_OF_GOVERNMENT:
        return False
    keys = set()
    for start, end in entry.mentions:
        if end - start <= cand.end - cand.start:
            continue
        other = context.before(start)
        keys.add(offices.title_key(other.phrase) if other is not None and other.phrase else "")
    return bool(keys) and keys <= _STAFF_TITLES


def _summary_span(text: str, summary: str | None) -> tuple[int, int]:
    """Where the archive's summary of the record stands in the text, or (0, 0)."""
    if not summary:
        return (0, 0)
    start = find_spaced(text, " ".join(summary.split())[:60])
    return (start, start + len(summary)) if start >= 0 else (0, 0)


def _heading_line(text: str, position: int) -> bool:
    """Is `position` on a line of the record's head: a title (short, no sentence in it) or the
    archive's citation of it (`"Preliminary Meeting between …," March 17, 1972, …`)?"""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    end = end if end >= 0 else len(text)
    while start < position and text[start] in " \t":
        start += 1
    cited = _CITATION_LINE.match(text, start, end)
    if cited is not None and position < cited.end():
        return True
    line = text[start:end].strip()
    return len(line) <= 250 and not line.endswith(".") and _SENTENCE_BREAK.search(line) is None


def _plain_vowels(given: str) -> str:
    """Korean `eo` and `eu` as one letter, so that `Deok-hyeon` is a letter from `Deok-hyun`."""
    return fold(given).replace("eo", "o").replace("eu", "u")


def _one_letter_apart(a: str, b: str) -> bool:
    """One letter changed, added or dropped (`sanpal`, `sinpal`; `weile`, `weilie`)."""
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return len(long_) == len(short) + 1 and any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _shortest_misspelt(one: str, other: str, same_given: bool) -> int:
    """How short two surnames a letter apart may be and still be one misspelt: `Hermann Axe` in a
    title is `Hermann Axen` in the text, with the same given names written out; a letter dropped
    from a five-letter surname (`Ianov` for `Ivanov`) is a typist's slip, while one changed
    names another man (`Ohara` is not `Ohira`), and so does a letter written once or twice
    (`Pulai`, `Pullai`), as across documents."""
    if doubled_letter(fold(one), fold(other)):
        return 6
    if same_given:
        return 3
    return 5 if len(one) != len(other) else 6


def _same_given_names(a: str, b: str) -> bool:
    """Do two forms write out the same given names (`Hermann`), not initials, before their surnames?"""
    one, other = a.split()[:-1], b.split()[:-1]
    return bool(one) and one == other and not any(is_initial(w) for w in one)


@lru_cache(maxsize=65536)
def _paternal_surname(form: str) -> bool:
    """`Raúl Roa García` is later `Roa`: a given name, then the father's and the mother's
    surnames, as Spanish and Portuguese names are written."""
    words = form.split()
    return (len(words) == 3 and fold(words[0]) in GIVEN_NAMES and fold(words[1]) not in GIVEN_NAMES
            and not any(is_initial(w) for w in words) and not is_east_asian_name(tuple(words)))


@lru_cache(maxsize=65536)
def _article_free(form: str) -> tuple[str, ...]:
    """`Muammar al-Gaddafi` is also `Muammar Gaddafi`, so that `M. Gaddafi` fits it by initials."""
    head, _, last = form.rpartition(" ")
    bare = without_arabic_article(last)
    return (form, f"{head} {bare}") if head and bare != last else (form,)


@lru_cache(maxsize=65536)
def _without_mothers_surname(form: str) -> tuple[str, ...]:
    """`Raul Castro Ruz` is also `Raul Castro`, so that `R. Castro` fits it by initials."""
    return (form, " ".join(form.split()[:2])) if _paternal_surname(form) else (form,)


def _name_chain(words: Sequence[str]) -> bool:
    """`Naem Hamid Haddad`, then `Naem Hamid`: an Arab name chains given, father's and family
    names, and its first two stand for the whole; a chain's words have no Slavic or
    European surname shape (`Jan Nowak Kowalski` is no chain)."""
    return not any(has_slavic_or_european_surname(w) for w in words)


@lru_cache(maxsize=65536)
def _keys(form: str) -> tuple[str, ...]:
    """Keys under which a form finds its person; a single word only by its exact key.
    A given name and first surname key a name with or without the second surname
    (`Raul Castro`, `Raul Castro Ruz`), not two given names (`Ion Gheorghe Maurer` is not
    `Ion Gheorghe`, another man); a two-word surname keys it with or without the given
    name before it (`Pablo Campos Ortiz`, `Campos Ortiz`). Two words in either order are one
    name (`Tanzan Ishibashi`, `Mr. Ishibashi Tanzan`, the Japanese order). Asked for every
    mention's forms: remembered."""
    if len(form.split()) > 1:
        words = canonical_spacing(form).split()
        keys: tuple[str, ...] = (name_key(form), "r:" + romanization_key(form))
        if (chinese := chinese_key(form)) is not None:  # `Mao Zedong` in the title, `Mao Tse-tung` among those present
            keys += ("c:" + chinese,)
        if all(is_initial(w) for w in words[:-1]) and not is_initial(words[-1]):
            keys += ("i:" + name_key(" ".join(sorted(map(initial_sound, words[:-1])) + words[-1:])),)
        if (len(words) <= 3 and (fold(words[0]) in GIVEN_NAMES or _name_chain(words))
                and not (len(words) == 3 and fold(words[1]) in GIVEN_NAMES)
                and not any(is_initial(w) for w in words) and not is_east_asian_name(words)):
            keys += ("p:" + name_key(" ".join(words[:2])),)
        if not any(is_initial(w) for w in words) and not is_east_asian_name(words):
            if len(words) == 3:
                keys += ("s:" + name_key(" ".join(words[1:])),)
            elif len(words) == 2 and fold(words[0]) not in GIVEN_NAMES:
                keys += ("s:" + name_key(form),)
            if len(words) == 2:
                keys += ("o:" + name_key(" ".join(sorted(words))),)
        return keys
    return (name_key(form),)


@lru_cache(maxsize=65536)
def _short_tokens(form: str) -> tuple[str, ...]:
    """The words a later short reference may name a person by: the surname, the
    whole of a one-word name, a Hungarian surname or a given name written first, a
    Spanish father's surname, the last word (or syllable) of a Vietnamese or two-word East Asian name.
    Names recur across a corpus: asked once per form."""
    words = canonical_spacing(form).split()
    if not words:
        return ()
    tokens = [surname_key(surname_of(form)) if len(words) > 1 else surname_key(form)]
    if without_arabic_article(words[-1]) != words[-1]:
        tokens.append(surname_key(without_arabic_article(words[-1])))
    if _surname_first(form) or _given_first(form):
        tokens.append(surname_key(words[0]))
    if _paternal_surname(form):
        tokens.append(surname_key(words[1]))
    if is_vietnamese_name(tuple(words)) or (len(words) == 2 and is_east_asian_name(tuple(words))
                                            and fold(words[-1]) not in _SURNAMES):
        tokens.append(surname_key(words[-1]))
    if syllable := _hyphened_vietnamese_last(form):
        tokens.append(surname_key(syllable))
    return tuple(tokens)


def _hyphened_vietnamese_last(form: str) -> str | None:
    """`Tran Quoc-Hoan`, `Pham-van-man`: a Vietnamese name with hyphened syllables, later called by its
    last one (`Hoan`, `Man`)."""
    syllables = form.replace("-", " ").split()
    if "-" in form and is_vietnamese_name(tuple(word.capitalize() for word in syllables)):
        return syllables[-1]
    return None


def extract_persons(
    document: Document, metadata: Metadata
) -> tuple[tuple[Person, ...], tuple[RoleAssignment, ...]]:
    """Every person the document names, and the offices and parts it gives them."""
    text = _BRACKET_INNER_SPACE.sub(_outside, document.text)
    cands = _candidates(text)
    _block_cut_end(text, cands)
    _block_staff_credits(text, cands)
    context = _Offices(text)
    _accept(text, cands, context)
    listed_members = _shouted_entries(text)
    for found_here in (_letter_spaced(text), _shouted_east_asian(text)):
        listed_members += [c for c in found_here if not any(m.start <= c.start < m.end for m in listed_members)]
    if listed_members:
        cands = sorted([c for c in cands if not any(m.start <= c.start < m.end for m in listed_members)]
                       + listed_members, key=lambda c: c.start)
    table = _Table()
    found: list[tuple[_Cand, _Entry]] = []
    for cand in cands:
        if cand.accepted:
            found.append((cand, table.add(_all_forms(cand), (cand.start, cand.end))))
    for cand in cands:
        if not cand.accepted and not cand.blocked and len(cand.tokens) > 1:
            entry = table.find(_all_forms(cand))
            if entry is not None:
                entry.mentions.append((cand.start, cand.end))
                found.append((cand, entry))
    _add_metadata_names(text, metadata, table)
    table.merge_singles()
    table.merge_patronymic()
    refs: ShortRefs[_Entry] = ShortRefs(text)
    entry_tokens: dict[int, list[str]] = {}
    for entry in table.entries:
        tokens = {token for f in entry.forms for token in _short_tokens(f)}
        starts = [start for start, _ in entry.mentions]
        entry_tokens[id(entry)] = sorted(tokens)
        for token in entry_tokens[id(entry)]:
            refs.add_names(token, starts, entry)
    clerks = _clerks(text)
    addressees = _addressee_lines(text)
    label_items = _label_items(text)
    listed = _listed_singles(text, clerks, addressees, label_items)
    covers = {item.start(1) for item in label_items if _cover_name(item.group(1))}
    previous: tuple[_Cand, _Entry] | None = None
    # `Conversation between N.S. Khrushchev and Kono` in the head, `Kono.` labelling his turns below: a
    # surname alone before the cue that makes it a person is a forward reference to him.
    unresolved: list[tuple[_Cand, str]] = []
    minutes = _speaker_labels(text, table)
    shouted = _shouted_labels(text, table)
    minutes = minutes or bool(shouted)
    for whole in [cand for cand in shouted if len(cand.tokens) > 1]:  # `DENG XIAOPING:` over his words
        shouted.remove(whole)
        if (entry := table.find(whole.forms)) is not None:
            entry.mentions.append((whole.start, whole.end))
            found.append((whole, entry))
    shouted += _shouted_addressees(addressees)
    if shouted:
        taken = {cand.start for cand in cands}
        cands = sorted(cands + [c for c in shouted if c.start not in taken], key=lambda c: c.start)
    wholes = {cand.start: entry for cand, entry in found if len(cand.tokens) > 1}
    abbreviations = _abbreviations(text, table)
    for at, cand in enumerate(cands):
        if len(cand.tokens) != 1 or cand.blocked or cand.start in covers:
            if len(cand.tokens) > 1:
                whole = wholes.get(cand.start)
                previous = (cand, whole) if whole is not None else None
            continue
        token = surname_key(cand.tokens[0])
        if token in STOP_WORDS or token in ORG_WORDS or len(token) < 2:
            continue
        if is_initial(cand.tokens[0]):
            holder = _initial_holder(table, cand.tokens[0])
            if holder is not None:
                holder.mentions.append((cand.start, cand.end))
                found.append((cand, holder))
            previous = None
            continue
        entry = (_abbreviated_to(abbreviations, token, cand.start)
                 or _same_title(text, cand, refs.named(token), context) or refs.by_name(token, cand.start))
        if entry is not None and (_listed_beside(text, cand, entry) or _titled_otherwise(cand, entry, context)):
            entry = table.add(cand.forms, (cand.start, cand.end))
            found.append((cand, entry))
            previous = (cand, entry)
            continue
        glued = _glued(text, cand, refs) if entry is None else None
        if glued is not None:
            entry, end = glued
            entry.mentions.append((cand.start, end))
            found.append((_Cand(cand.start, end, cand.tokens, cand.forms), entry))
            previous = None
            continue
        if entry is None and (cand.start in listed or _new_single(text, cand, context, minutes)
                              or _listed_after(text, previous, cand)
                              or _listed_before(text, cand, cands[at + 1] if at + 1 < len(cands) else None)):
            entry = table.opened_by(token)
            if entry is None:
                entry = table.add(cand.forms, (cand.start, cand.end))
            else:
                entry.mentions.append((cand.start, cand.end))
                if cand.forms[0] not in entry.forms:
                    entry.forms.append(cand.forms[0])
            refs.add_name(token, cand.start, entry)
            if syllable := _hyphened_vietnamese_last(cand.tokens[0]):
                refs.add_name(surname_key(syllable), cand.start, entry)
        elif entry is not None:
            entry.mentions.append((cand.start, cand.end))
            if token not in COMMON_KOREAN_SURNAMES and cand.forms[0] not in entry.forms:
                entry.forms.append(cand.forms[0])
            _shared_surname_named(refs, entry, entry_tokens.get(id(entry), ()), token, cand.start)
        if entry is not None:
            found.append((cand, entry))
        else:
            unresolved.append((cand, token))
        previous = (cand, entry) if entry is not None else None
    for cand, token in unresolved:
        entry = _same_title(text, cand, refs.named(token), context) or refs.by_name(token, cand.start)
        if entry is not None:
            entry.mentions.append((cand.start, cand.end))
            found.append((cand, entry))
    merged = table.merge_misspelt(text, _summary_span(text, metadata.summary))
    found = [(cand, merged.get(id(entry), entry)) for cand, entry in found]
    _finalise_keys(table)
    roles: list[RoleAssignment] = []
    claimed = _claimed_offices(text, found, context)
    names = sorted(cand.start for cand, _ in found)
    ends = sorted(cand.end for cand, _ in found)
    named = {cand.end: cand.start for cand, _ in found}
    for cand, entry in found:
        if cand.start in clerks:
            part, verb = clerks[cand.start]
            roles.append(RoleAssignment(entry.key, part, Span.of(text, verb, cand.end), None, "part"))
        prefix = context.before(cand.start)
        phrase = (_past_inner_name(text, ends, prefix.start, cand.start, prefix.phrase)
                  if prefix is not None and prefix.phrase else None)
        if prefix is not None and phrase and not (prefix.start in claimed and _after_comma(text, cand.start)):
            roles.extend(offices.roles_for(entry.key, phrase, Span.of(text, prefix.start, cand.end)))
            refs.add_title(offices.title_key(phrase), phrase, cand.start, entry)
        elif len(cand.tokens) > 1 or cand.forms[0] in entry.forms:
            above = offices.office_above(text, cand.start)
            if above is not None and not _names_within(names, above[1], cand.start):
                roles.extend(offices.roles_for(entry.key, above[0], Span.of(text, above[1], cand.end)))
        after = context.after(cand.end)
        if after is not None and _introduced_after_mourned(text, cand.start, after[1]):
            after = None
        if after is not None and not _closed_by_name(text, named, after[1], after[2]):
            phrase, _, stop = after
            roles.extend(offices.roles_for(entry.key, phrase, Span.of(text, cand.start, stop)))
            refs.add_title(offices.title_key(phrase), phrase, cand.start, entry)
            if text.startswith((",", " and "), stop):
                for phrase, start, end in offices.further_offices(text, stop):
                    if not _closed_by_name(text, named, start, end):
                        roles.extend(offices.roles_for(entry.key, phrase, Span.of(text, start, end)))
            elif text.startswith(" (", stop):
                roles.extend(_parenthesised_roles(text, stop, entry.key))
    roles.extend(_shared_plural_roles(text, found, context))
    for match in _TITLE_REF.finditer(text):
        start = match.start() - 1
        if start > 0 and text[start - 1].isalnum():
            continue
        phrase = match.group(1)
        entry = refs.by_title(offices.title_key(phrase), phrase, start)
        if entry is not None:
            entry.mentions.append((start, match.end()))
    for match in line_matches(_TITLE_LABEL, text):
        phrase = match.group(1)
        entry = refs.by_title(offices.title_key(phrase), phrase, match.start(1), label=True)
        if entry is not None:
            entry.mentions.append((match.start(1), match.end(1)))
    roles.extend(_verbal_roles(text, table))
    roles.extend(_label_list_roles(text, table))
    roles.extend(_delegation_roles(text, table))
    roles.extend(_metadata_roles(text, metadata, table))
    persons, assigned = _build(text, table, roles)
    if text == document.text:
        return persons, assigned
    return _requoted(document.text, persons, assigned)


def _requoted(text: str, persons: tuple[Person, ...], roles: tuple[RoleAssignment, ...]
              ) -> tuple[tuple[Person, ...], tuple[RoleAssignment, ...]]:
    """Evidence quotes the document as it stands, not as tidied for reading."""
    return (tuple(replace(p, mentions=tuple(Span.of(text, m.start, m.end) for m in p.mentions)) for p in persons),
            tuple(replace(r, span=Span.of(text, r.span.start, r.span.end)) for r in roles))


def _introduced_after_mourned(text: str, start: int, office: int) -> bool:
    """`at the funeral of Gheorghe Gheorghiu-Dej, an emissary of the Shah was present`: after the
    one mourned, an office with `a` introduces someone else."""
    return text.startswith(("a ", "an "), office) and MOURNED.search(text, max(0, start - 40), start) is not None


def _parenthesised_roles(text: str, stop: int, person: str) -> list[RoleAssignment]:
    """`Assistant to the co-chairman (Cabinet Secretary)`: a parenthesis after an office
    names further offices of the same person."""
    found = offices.office_after(text, stop)
    if found is None:
        return []
    spans = [found, *offices.further_offices(text, found[2])]
    return [role for phrase, start, end in spans
            for role in offices.roles_for(person, phrase, Span.of(text, start, end))]


def _claimed_offices(text: str, found: list[tuple[_Cand, _Entry]], context: _Offices) -> set[int]:
    """Where the offices chained after a person's name start (`A, member of the Bureau and
    C.C. Secretary, B, …`): the office before the next name in a list is already the
    previous person's, not that name's."""
    names = sorted(cand.start for cand, _ in found)
    claimed: set[int] = set()
    for cand, _ in found:
        after = context.after(cand.end)
        if after is not None and text.startswith((",", " and "), after[2]):
            claimed.add(after[1])
            claimed.update(start for _, start, end in offices.further_offices(text, after[2])
                           if not _names_within(names, start, end))
    return claimed


def _after_comma(text: str, pos: int) -> bool:
    """Is a comma the last thing before `pos` (`…, C.C. Secretary, Name`), not a title
    right before the name (`…, Minister of Culture Name`)?"""
    return text[max(0, pos - 8):pos].rstrip().endswith(",")


_OF_OFFICE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?(?P<office>[^\s,]+(?:[ \t][^\s,]+)?)")


def _past_inner_name(text: str, ends: list[int], start: int, end: int, phrase: str) -> str:
    """`Reception by N.S. Khrushchev of the Chairman of …, Mamadou Dia`: an office read back
    across another person's name (`ends`, sorted: where names end) and an `of` that opens an
    office is only what follows it."""
    at = bisect.bisect_right(ends, end) - 1
    opens = _OF_OFFICE.match(text, ends[at]) if at >= 0 and ends[at] > start else None
    if opens is None or not offices.has_head(opens["office"]):
        return phrase
    return " ".join(phrase.split()[len(text[start:opens.start("office")].split()):])


def _closed_by_name(text: str, named: dict[int, int], start: int, end: int) -> bool:
    """Does a person's name close the office read over [start, end) (`X, Director of the Foreign
    Affairs Division Sakamoto, …`)? Then the office is that name's, before it; not a name the
    office relates to (`the secretary of Comrade Dobrev`, `a deputy of President Kim`). (`named` maps a
    name's end to its start.)"""
    begins = named.get(end)
    return (begins is not None and start < begins
            and _RELATED_BEFORE.search(text, max(start, begins - 16), begins) is None
            and not offices.ends_on_title(text[start:begins].rstrip()))


_RELATED_BEFORE = re.compile(r"\b(?:of|to|for)[ \t]+(?:(?:Comrade|Cde\.|Mr\.|Mrs\.)[ \t]+)?$")


def _names_within(names: list[int], start: int, end: int) -> bool:
    """Does a person's name start inside [start, end)? (`names` sorted.)"""
    at = bisect.bisect_left(names, start)
    return at < len(names) and names[at] < end


_AFFILIATION = re.compile(r"\s*\([^()]*\)\s*$")


_PARTICLE_FIRST = re.compile(r"(?:da|de|do|dos|das|di|del|van|von)\s+[A-Z]")
"""`Telegram from the Brazilian Embassy in Moscow (da Cunha)`: a surname may open on its particle."""


def _credited(names: tuple[str, ...]) -> list[str]:
    """Credited names without the affiliation a credit line may give them
    (`James Smith (Ohio State University)`): the person is the name alone.
    A credit may also name an agency (`obtained by NHK`) or a phrase of the
    credit chain (`provided to CWIHP`, `translated by Fundação Getúlio Vargas`): neither is a person."""
    people = []
    for name in names:
        name = _AFFILIATION.sub("", name)
        shouted = " " not in name and is_upper_word(name)
        if (name[:1].isupper() or _PARTICLE_FIRST.match(name)) and not shouted and not any(
                is_organization_word(word, fold(word)) for word in name.split()):
            people.append(name)
    return people


def _add_metadata_names(text: str, metadata: Metadata, table: _Table) -> None:
    for name in _credited((*metadata.authors, *metadata.translators, *metadata.obtained_by, *metadata.editors)):
        form = clean_name(name)
        if not form:
            continue
        found = text.find(name)
        span = (found, found + len(name)) if found >= 0 else None
        entry = table.find([form])
        if entry is None:
            entry = table.add([form], span or (0, 0))
        elif span is not None and span not in entry.mentions:
            entry.mentions.append(span)
        if form not in entry.forms:
            entry.forms.append(form)


def _metadata_roles(text: str, metadata: Metadata, table: _Table) -> list[RoleAssignment]:
    roles = []
    for title, names in (("author", metadata.authors), ("translator", metadata.translators),
                         ("obtained by", metadata.obtained_by), ("editor", metadata.editors)):
        for name in _credited(names):
            entry = table.find([clean_name(name)])
            if entry is None or not entry.key:  # a form no kept person was given a key for
                continue
            found = text.find(name)
            if found >= 0:
                span = Span.of(text, found, found + len(name))
            else:
                s, e = min(entry.mentions) if entry.mentions else (0, 0)
                span = Span.of(text, s, e)
            roles.append(RoleAssignment(entry.key, title, span, None, "part"))
            office = _signed_office(text, name, entry) if title == "author" else None
            if office is not None:
                roles.extend(offices.roles_for(entry.key, text[office[0]:office[1]], Span.of(text, *office)))
    return roles


def _signed_office(text: str, name: str, entry: _Entry) -> tuple[int, int] | None:
    """The office a signature block gives its author, by his last mention or, when the signed
    name was read only as the author (`IVANOV`), by its last occurrence in any case."""
    mentions = [m for m in entry.mentions if m[1] > m[0]]
    if mentions:
        return signature_office(text, max(mentions))
    found = text.lower().rfind(name.lower())
    return signature_office(text, (found, found + len(name))) if found >= 0 else None


@lru_cache(maxsize=65536)
def _singular_title(phrase: str) -> str | None:
    """`CCP CC Politburo members` -> `CCP CC Politburo member`; None when no head is plural.
    Asked of every office read before or after a name, and offices recur: remembered."""
    words = phrase.split(" ")
    for i, word in enumerate(words):
        core = word.strip("[],")
        for plural, singular in (("men", "man"), ("ies", "y"), ("s", "")):
            if core.endswith(plural) and fold(core[:-len(plural)] + singular) in TITLE_HEADS:
                words[i] = word.replace(core, core[:-len(plural)] + singular)
                return " ".join(words)
    return None


_SHARED_GAP = re.compile(_LIST_GAP.pattern + r"(?:(?:Dr|Mr|Mrs|Prof|Cde)\.\s+|[Cc]omrade\s+)?")
"""`Presidents Gamal Abdel Nasser and Dr. Nureddin al-Atassi`: an honorific may open a listed name."""


def _shared_plural_roles(text: str, found: list[tuple[_Cand, _Entry]], context: _Offices) -> list[RoleAssignment]:
    """`Politburo members Zhou Enlai, Liu Shaoqi and Zhu De`: a plural title before a
    list of names is the office of each listed person, the first too, in the singular."""
    roles: list[RoleAssignment] = []
    ordered = sorted({cand.start: (cand, entry) for cand, entry in found}.values(), key=lambda f: f[0].start)
    ends = sorted(cand.end for cand, _ in found)
    title: str | None = None
    last_end = -1
    for cand, entry in ordered:
        prefix = context.before(cand.start)
        if prefix is not None and prefix.phrase:
            title = _singular_title(_past_inner_name(text, ends, prefix.start, cand.start, prefix.phrase))
        elif title is None or not _SHARED_GAP.fullmatch(text, last_end, cand.start):
            title = None
        if title is not None:
            roles.extend(offices.roles_for(entry.key, title, Span.of(text, cand.start, cand.end)))
        last_end = cand.end
    roles.extend(_plural_after_list(text, ordered, context))
    return roles


_LISTED_BEFORE = re.compile(r"\s*(?:\[[^\]\n]{1,60}\])?(?:,|,?\s+and)\s*")


def _plural_after_list(text: str, ordered: list[tuple[_Cand, _Entry]],
                       context: _Offices) -> list[RoleAssignment]:
    """`Ding Yuanhong and Deng Gaozhong, MFA translators`: a plural office after a list
    of names is each listed person's, in the singular."""
    roles: list[RoleAssignment] = []
    for at, (cand, entry) in enumerate(ordered):
        after = context.after(cand.end)
        title = _singular_title(after[0]) if after is not None else None
        if title is None:
            continue
        back = at
        while back > 0 and _LISTED_BEFORE.fullmatch(text, ordered[back - 1][0].end, ordered[back][0].start):
            back -= 1
        if back == at:
            continue
        for listed, listed_entry in ordered[back:at + 1]:
            roles.extend(offices.roles_for(listed_entry.key, title, Span.of(text, listed.start, listed.end)))
    return roles


class _ByStart:
    """Every mention of the table sorted by start (ties: the table's order first), for
    `nearest_before` by bisection instead of a pass over all mentions per question."""

    def __init__(self, table: _Table) -> None:
        order = 0
        items: list[tuple[int, int, int, _Entry]] = []
        for entry in table.entries:
            for s, e in entry.mentions:
                items.append((s, -order, e, entry))
                order += 1
        items.sort(key=lambda item: (item[0], item[1]))
        self.items = items
        self.starts = [item[0] for item in items]

    def nearest_before(self, pos: int, floor: int) -> _Entry | None:
        """The person of the last mention starting at or after `floor` and ending by `pos`."""
        index = bisect.bisect_right(self.starts, pos) - 1
        while index >= 0:
            s, _, e, entry = self.items[index]
            if s < floor:
                return None
            if e <= pos:
                return entry
            index -= 1
        return None


def _shared_surname_named(refs: ShortRefs[_Entry], entry: _Entry, tokens: Sequence[str], token: str, pos: int) -> None:
    """`Raul` named alone, then `Castro said`: a surname two persons of the record share goes to the
    one named last, by any of his names; so a lone given name counts as a mention of his surname."""
    for shared in tokens:
        if shared != token and len(refs.named(shared)) > 1:
            refs.add_name(shared, pos, entry)


_ABBREVIATED_AS = re.compile(r"\((?:to[ \t]+be[ \t]+|hereafter[ \t]+|hereinafter[ \t]+)?"
                             r"(?:abbreviated|referred[ \t]+to)[ \t]+as[ \t]+([A-Z][\w'’-]+)\)")
"""`Kim Gwang-hyeop [Kim Kwang Hyop] (to be abbreviated as Kim)`: the short name the record gives him."""
_BEFORE_ABBREVIATION = re.compile(r"(?:[ \t]*\[[^\[\]\n]{1,60}\])?[ \t]*")


def _abbreviations(text: str, table: _Table) -> dict[str, list[tuple[int, _Entry]]]:
    """Each short name a record declares, with where it does so and whom it stands for."""
    found: dict[str, list[tuple[int, _Entry]]] = defaultdict(list)
    declared = list(_ABBREVIATED_AS.finditer(text)) if "as " in text else []
    ends = {end: entry for entry in table.entries for _, end in entry.mentions} if declared else {}
    for match in declared:
        before = text.rfind("\n", 0, match.start()) + 1
        for end in range(match.start(), before - 1, -1):
            if end in ends and _BEFORE_ABBREVIATION.fullmatch(text, end, match.start()):
                found[surname_key(match.group(1))].append((match.start(), ends[end]))
                break
    return found


def _abbreviated_to(abbreviations: dict[str, list[tuple[int, _Entry]]], token: str, pos: int) -> _Entry | None:
    """Whom a short name stands for after the record declared it (`Kim: Are you healthy?`)."""
    return next((entry for at, entry in reversed(abbreviations.get(token, ())) if at < pos), None)


def _sentence_start(text: str, pos: int) -> int:
    """After the last full stop, question mark or line break before `pos`. The stops are looked
    for after the line break only: a text without a `? ` is not read back to its start."""
    line = text.rfind("\n", 0, pos)
    return max(text.rfind(". ", max(line, 0), pos), text.rfind("? ", max(line, 0), pos), line) + 1


def _verbal_roles(text: str, table: _Table) -> list[RoleAssignment]:
    roles = []
    by_start: _ByStart | None = None
    for phrase, start, end in offices.verbal_offices(text):
        by_start = by_start or _ByStart(table)
        entry = by_start.nearest_before(start, _sentence_start(text, start))
        if entry is not None:
            roles.extend(offices.roles_for(entry.key, phrase, Span.of(text, start, end)))
    return roles


def _delegation_roles(text: str, table: _Table) -> list[RoleAssignment]:
    roles: list[RoleAssignment] = []
    if "delegation" not in text:
        return roles
    if "headed by" in text or "led by" in text:
        roles.extend(_delegation_heads(text, table))
    for match in _DELEGATION.finditer(text):
        stop = _SENTENCE_END.search(text, match.end())
        end = stop.start() if stop else len(text)
        for entry in table.entries:
            for s, e in entry.mentions:
                if match.end() <= s and e <= end:
                    roles.append(RoleAssignment(entry.key, "delegation member", Span.of(text, s, e)))
                    break
    return roles


def _delegation_heads(text: str, table: _Table) -> list[RoleAssignment]:
    """The head of each delegation `headed by` or `led by` someone: the first person named
    within reach after it, titles and brackets between."""
    starts = sorted((s, e, entry.key) for entry in table.entries if entry.key for s, e in entry.mentions)
    roles: list[RoleAssignment] = []
    for match in _DELEGATION_HEAD.finditer(text):
        at = bisect.bisect_left(starts, (match.end(), -1, ""))
        if at == len(starts) or starts[at][0] - match.end() > _HEAD_REACH:
            continue
        start, end, key = starts[at]
        if any(stop in text[match.end():start] for stop in (".", ";", ":", "\n")):
            continue
        roles.append(RoleAssignment(key, f"head of the {match['delegation']}", Span.of(text, start, end)))
    return roles


@lru_cache(maxsize=65536)
def _title_rank(word: str) -> int:
    """2 for an office head (`Chairmen`), 1 for a rank (`Vice`), else 0."""
    folded = fold(word)
    return 2 if is_title_word(folded) else 1 if is_title_modifier(folded) else 0


_STAFF_WORDS = frozenset("""record recorder documentation minutes interpretation translation translator
    interpreter note-taker notetaker minute-taker stenographer receiving accompanying""".split())
_STAFF_FILLERS = frozenset(("and", "person", "persons"))


def _staff_label(label: str) -> str | None:
    """`Record:`, `Translator/Recorder:`, `Accompanying persons:`: a line-opening label of
    a Chinese record's staff names the part its people play, though no office head."""
    words = [fold(w) for w in label.replace("/", " ").split()]
    if (0 < len(words) <= 3 and all(w in _STAFF_WORDS or w in _STAFF_FILLERS for w in words)
            and words[0] in _STAFF_WORDS):
        return label
    return None


_STAFF_LINE = re.compile(r"([^:\n]{3,40}):[ \t]*|[ \t]*The[ \t]+([a-z/ -]{3,30}?)[ \t]+was[ \t]+")
_LINE_REST = re.compile(r"[ \t.;,]*(?:\[[^\]\n]{1,30}\][ \t.;,]*)?(?:\n|$)")


def _staff_entry(text: str, cand: _Cand) -> bool:
    """`Translator: Fang Zu'an`, `Recorder: Ma [illegible]`, `The stenographer was Sadik
    Myftiu.`: the one name filling a record's staff line is a person, whatever its shape."""
    line = text.rfind("\n", max(0, cand.start - 48), cand.start) + 1
    label = _STAFF_LINE.fullmatch(text, line, cand.start)
    return (label is not None and _staff_label((label.group(1) or label.group(2)).strip()) is not None
            and _LINE_REST.match(text, cand.end) is not None)


_SIGNED = re.compile(r"[ \t]*[(\[][Ss]igned[)\]][ \t]*")
_GREETING_LINE = re.compile(r"[^\n]*\b(?:greetings|regards|[Rr]espectfully|[Ss]incerely)[,.]?[ \t]*")
_OFFICE_LINE_FILLERS = frozenset(("of", "the", "in", "to"))
_SIGNATURE_REACH = 300
"""How far a signature's neighbour lines are looked for: a bounded slice, not the whole text
before or after every single-word candidate."""


def _office_line(line: str) -> bool:
    """`Acting Ambassador`, `[GDR Ambassador]`, `Captain`: a short line naming nothing but
    a rank or an office, as under a signature."""
    words = line.replace("[", " ").replace("]", " ").split()
    return (0 < len(words) <= 6 and any(_title_rank(w) == 2 for w in words)
            and all(w[0].isupper() or w in _OFFICE_LINE_FILLERS for w in words))


def _signature(text: str, cand: _Cand) -> bool:
    """`Wenning` alone on a line under `With socialist greetings`, over `Acting Ambassador`,
    or after `(signed)`: a report's signer, named by the surname alone."""
    rest = _LINE_REST.match(text, cand.end)
    if rest is None:
        return False
    line = text.rfind("\n", 0, cand.start) + 1
    if line < cand.start:
        return _SIGNED.fullmatch(text, line, cand.start) is not None
    above = text[max(0, line - _SIGNATURE_REACH):line].rstrip().rsplit("\n", 1)[-1]
    below = text[rest.end():rest.end() + _SIGNATURE_REACH].lstrip().split("\n", 1)[0]
    return _GREETING_LINE.fullmatch(above) is not None or _office_line(below)


def _label_title(text: str, colon: int) -> str | None:
    """The title a colon closes (`Interpreter:`, `[Vice Chairmen]:`), in the singular."""
    line = text.rfind("\n", max(0, colon - 60), colon) + 1
    if line == text.rfind("\n", 0, colon) + 1:
        staff = _staff_label(text[line:colon].strip())
        if staff is not None:
            return staff
    words = text[max(line, colon - 60):colon].replace("[", " ").replace("]", " ").split()
    kept: list[str] = []
    for word in reversed(words[-4:]):
        rank = _title_rank(word)
        if not kept and rank < 2:
            return None
        if not rank:
            break
        kept.append(word)
    kept.reverse()
    last = kept[-1]
    if last.endswith("men") and fold(last[:-3] + "man") in TITLE_HEADS:
        last = last[:-3] + "man"
    elif last.endswith("s") and fold(last[:-1]) in TITLE_HEADS:
        last = last[:-1]
    return " ".join(kept[:-1] + [last])


def _label_list_roles(text: str, table: _Table) -> list[RoleAssignment]:
    """`Interpreter: Han Chang-xi`, `three [Vice Chairmen]: A, B, and C`: a title
    label followed by nothing but persons gives each of them the title."""
    roles: list[RoleAssignment] = []
    if ":" not in text:
        return roles
    spans: list[tuple[tuple[int, int, int], _Entry]] = []
    starts: list[int] = []
    for colon in _LABEL_COLON.finditer(text):
        title = _label_title(text, colon.start())
        if title is None:
            continue
        if not spans:
            spans = sorted({(s, e, n): entry for n, entry in enumerate(table.entries)
                            for s, e in entry.mentions}.items())
            starts = [s for (s, _, _), _ in spans]
        stop = text.find("\n", colon.end())
        stop = len(text) if stop < 0 else stop
        at = bisect.bisect_left(starts, colon.end())
        listed: list[tuple[int, int, _Entry]] = []
        pos = colon.end()
        while at < len(spans) and spans[at][0][1] <= stop:
            (s, e, _), entry = spans[at]
            at += 1
            if s < pos:
                continue
            if not (s == pos if not listed else _LIST_GAP.fullmatch(text, pos, s)):
                break
            listed.append((s, e, entry))
            pos = e
        if listed and (_LIST_END.fullmatch(text, pos, stop) or _LINE_REST.match(text, pos)):
            for s, e, entry in listed:
                roles.extend(offices.roles_for(entry.key, title, Span.of(text, s, e)))
    return roles


def _finalise_keys(table: _Table) -> None:
    """Preferred name first (initials spaced, normal case), then keys unique by slug."""
    used: set[str] = set()
    for entry in sorted(table.entries, key=lambda e: min(e.mentions) if e.mentions else (0, 0)):
        full = [f for f in entry.forms if len(f.split()) > 1] or entry.forms
        preferred = preferred_form(full[0])
        entry.forms = [preferred] + [f for f in entry.forms if f != preferred]
        key = slug(preferred)
        n = 2
        while key in used:
            key = f"{slug(preferred)}-{n}"
            n += 1
        used.add(key)
        entry.key = key


_ADDRESS_TITLES = ("Comrade", "Cde.", "Mr.", "Ambassador", "Premier", "Chairman", "Minister", "President", "General",
                   "Marshal", "Secretary", "Chancellor", "Counsellor", "Consul", "Professor", "Colonel", "Admiral")
_ADDRESS = re.compile(r"\b((?:(?:Vice|Deputy|First|Prime|Acting)[- ])?(?:"
                      + "|".join(re.escape(title) for title in _ADDRESS_TITLES) + r")) $")
_ADDRESS_ENDS = tuple(f"{title} " for title in _ADDRESS_TITLES)
"""How text before a name addressed by title ends: where it ends otherwise, _ADDRESS is not searched."""


def _titled(text: str, start: int, end: int) -> str | None:
    """`Chairman Mao`, `Vice Minister Han`: a person the record names only by surname is
    known by the title it is addressed with, rank and all, so that form is one of the
    person's names too."""
    if not text.endswith(_ADDRESS_ENDS, max(0, start - 20), start):
        return None
    match = _ADDRESS.search(text, max(0, start - 20), start)
    name = text[start:end].split("[", 1)[0].strip()  # `Premier Chou [Zhou]`: the other spelling is a name of its own
    return f"{match.group(1)} {name}" if match and name else None


def _build(
    text: str, table: _Table, roles: list[RoleAssignment]
) -> tuple[tuple[Person, ...], tuple[RoleAssignment, ...]]:
    persons = []
    for entry in table.entries:
        spans = sorted({(s, e) for s, e in entry.mentions if 0 <= s <= e <= len(text)})
        names = tuple(entry.forms)
        if all(len(f.split()) == 1 for f in names):
            titled = (_titled(text, s, e) for s, e in spans)
            names += tuple(dict.fromkeys(t for t in titled if t is not None and t not in names))
        persons.append(Person(entry.key, names, tuple(Span.of(text, s, e) for s, e in spans)))
    persons.sort(key=lambda p: (p.mentions[0].start if p.mentions else 0, p.key))
    seen = set()
    unique = []
    for role in sorted(roles, key=lambda r: (r.span.start, r.person, r.kind, r.title)):
        ident = (role.person, role.title.casefold(), role.kind)
        if ident not in seen:
            seen.add(ident)
            unique.append(role)
    return tuple(persons), tuple(unique)
