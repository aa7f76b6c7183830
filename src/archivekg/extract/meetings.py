"""Meetings: every in-person encounter a record reports, with who took which part, when.

Read the way a historian reads a record: the narrator (`I` in a journal, `we` in a
report signed by several) is the author; a meeting cue (`received us`, `had dinner
with`, `I visited X`) names its sides in its clause; `X was present`, `(as
interpreter)` and `the conversation lasted` add to the meeting being told; a
second telling of the same meeting (same date, same people) merges with the first.
A meeting is dated by its own clause, else by the entry or paragraph it sits in
when the narrator took part, else left undated — reported speech (`Kim said that
when Liu visited…`) carries no date of the narrative.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import NamedTuple

from archivekg.extract import dates as dt
from archivekg.extract import modality
from archivekg.extract.lines import (
    find_spaced,
    first_match_at,
    folded,
    line_matches,
    line_search,
    line_starts,
    lowercase,
    matches_at,
    occurrences,
)
from archivekg.extract.meeting_cues import (
    BLOCKED_BEFORE,
    BLOCKED_BEFORE_WORDS,
    CLAUSE_END,
    DOCUMENT_DATE_CONTEXT,
    DURATION,
    MEAL,
    MOVING_VERB,
    NARRATOR,
    PLACE,
    PLUPERFECT,
    PLURAL_NARRATOR,
    PREPOSITIONS,
    PRONOUN_OBJECT,
    PRONOUN_SUBJECT,
    TRANSLATING_WITH,
    Cue,
    find_cues,
)
from archivekg.extract.meeting_text import (
    Frame,
    Scan,
    Sentence,
    body_blocks,
    innermost_report,
    narrator_report,
    sentence_before,
    sentence_end,
    sentences,
    speeches,
)
from archivekg.extract.names import MOURNED, fold
from archivekg.extract.offices import has_head
from archivekg.model import DateValue, Document, Meeting, Metadata, Participation, Person, RoleAssignment, Span

NARRATOR_KEY = "\x00narrator"
"""Stands for the author(s) while a document is read; replaced by their keys at the end."""

_CONVERSATION_TITLE = re.compile(
    r"\b(?:conversations?|talks?|meetings?|discussions?|consultations?|audience|interviews?|reception|visit)[”\"’]?"
    r"(?:\s+(?:minutes|notes|records?|transcripts?)(?=\s+(?:between|with)\b))?"
    r"(?:\s+(?:that|which)\s+took\s+place(?=\s+(?:between|with)\b))?"
    r"(?:\s+(?:in|at|on)\s+[^.;:\n]{1,60}?,?)?\s+(?:between|with|of)\b|"
    r"\b(?:conversation|talks?|discussion|meeting)\s+by\s+[^.;:\n]{1,80}?\s+with\b|"
    r"\bnegotiations?\s+(?:between|with)\b|"
    r"\b(?:note|record|minutes|memorandum)\s+(?:about|on|of)\s+an?\s+(?:working\s+)?(?:breakfast|lunch|luncheon|dinner)"
    r"\s+(?:of|with|for|given|at)\b|"
    r"^\W*notes?\s+of\s+(?:comrade\s+|cde\.?\s+)?(?-i:[A-Z])[^.;:\n]{1,80}?\s+with\b|"
    r"\breception\s+(?:by|for|in\s+honou?r\s+of)\b|"
    r"^\W*conversations?\s*[,:]\s+(?-i:[A-Z])|"
    r"\b(?:receives?|received|meets|meet|hosts?|hosted|welcomes?|(?:met|meets)\s+with|talking\s+(?:to|with))"
    r"\s+(?-i:(?=[A-Z\[]))|"
    r"(?:^|(?<=\n))\W*(?:note\W+)?on\s+(?:an?\s+)?information\s+(?:by|from)\b|"
    r"\b(?:record|minutes|memorandum|notes?|transcript)\s+(?:of|on)\s+(?:the\s+|an?\s+)?(?:(?-i:[A-Z])[\w.'’-]*\s+){0,4}"
    r"(?:conversation|talks|meeting|discussion|consultation|session|sitting)s?\b|"
    r"(?-i:[A-Z])[\w.'’]*(?:\s+[\w.'’]+){0,3}\s*[–—-]\s*(?-i:[A-Z])[\w.'’]*(?:\s+[\w.'’]+){0,3}\s+"
    r"(?:conversation|talks|meeting|discussion)s?\b",
    re.IGNORECASE,
)
"""A record's title names a talk (`a Discussion by Comrade Karl, Head of …, with X`, `Note of Comrade Bergold, East
German Ambassador, with the Polish Ambassador …`), … or names
its two sides with a dash (`Minutes of Zhivkov – Gandhi Meeting`), or is an embassy's `Note on an
Information by X on 31 October for the Ambassadors …`: X briefed them in person."""
_SIDES = r"\b((?-i:[A-Z])[\w’']+)[-–]((?-i:[A-Z])[\w’']+)\s+"
_JOINED_SIDES = re.compile(rf"{_SIDES}(?:conversation|talks|meeting|discussion|summit)s?\b", re.IGNORECASE)
"""`'Mao-Tanaka Meeting'`: two sides joined by a hyphen, each a name the record gives someone
elsewhere (the pair is no mention of either, as a double surname would be one)."""
_JOINED_BEFORE = re.compile(rf"{_SIDES}(?:[a-z]+\s+){{0,2}}$")
"""The same sides right before a meeting's word in running text (`stories on Mao-Tanaka meeting`,
`the Ohira-Hua small group meeting`)."""
_ANOTHER_TRIP = re.compile(r"\s(?:and|,)\s+(?:also\s+)?(?:the|a|his|her|their)\s+(?:\w+\s+)?"
                           r"(?:visit|trip|journey|stay)\b")
"""`the visit to Moscow of X (in January 1977) and the visit to Pyongyang of Y`: a second trip,
with its own traveller, ends the first one's clause, and the first one's people are not the
second's."""
_ATTENDANCE_LABEL = re.compile(
    r"\b(?:sides?|guests?|persons|personnel|participants?|participat(?:ing|ed)|present|attend\w*|accompan\w*|"
    r"interpret\w*|translat\w*|record\w*|transcri\w*|minutes|documentation|note[- ]?takers?|observers?|delegations?|"
    r"members|"
    r"officials|staff|hosts?|visitors?|recipients?|clerks?|invitees?|invited|speakers?|commenters?|took\s+part|"
    r"escort\w*|introductions?|"
    r"there\s+were)\b|"
    r"^\W*from\s+\S",
    re.IGNORECASE,
)
_TITLE_PARTNER = re.compile(r"\b(?:with|and)\s+(?:(?:[A-Z][\w.'’-]*|of|the|to|in),?\s+){0,16}$")
"""`with President of Afghanistan, General Secretary of the CC PDPA `: a title's partner after his offices."""
_PARTNER_LEAD = re.compile(
    r"\b(?:with|and|between)\s+(?:\[[^\]\n]*\]\s*)?"
    r"(?:the\s+[A-Z][\w'’-]*(?:\s+(?:of|the|for|and|with|on|to|in|[A-Z][\w'’-]*)){0,12},\s+)?"
    r"(?:\[[^\]\n]*|(?:[A-Z][\w.'’-]*\s+)*)$")
"""`Based on the conversation with [Soviet Ambassador Aleksandr] Alexeyev:` names a partner,
not a speaker's label, and the name the translator completed is his; so do `conversation
with [an American journalist] J.[oseph] Alsop:` and `with the Chairman of the X Society, Wang Bingnan:`."""
_SIDE_OPENING = re.compile(
    r"\W*(?:from|on|for)\s+(?:the\s+|our\s+|their\s+)?\w+(?:\s+\w+)?\s+(?:side|part|country)\b|"
    r"\W*on\s+behalf\s+of\s+(?:the\s+|our\s+|their\s+)?(?:[\w'’-]+\s+){1,2}(?:side|delegation|\[?government\]?|party)\s*,",
    re.IGNORECASE)
"""A paragraph of a record's head listing one side (`From the Cuban side - …`, `On behalf of
the Palestinian delegation, …`), even without a colon and across abbreviations (`etc.`,
`c.`) that look like sentence ends."""
_LIST_INTRO = re.compile(
    r"\b(?:(?:introduced|presented)\b[^.:]{0,80}?,?\s+as\s+follows|"
    r"(?:members|participants|composition)\b[^.:]{0,60}?\s+(?:were|was|is|are)\s+(?:as\s+follows|the\s+following))"
    r"\s*:\s*$")
"""A paragraph of running text that ends by introducing people in a list (`He introduced the
members of the delegation, as follows:`): the lines under it are one more list of those present.
Not any `the following:` (`he reported the following:` opens what he said)."""
_ACCOMPANYING = re.compile(r"(?:Accompanying|Escorting|Attending|Assisting)\b")
"""A head label naming whom the list serves (`Accompanying Premier Zhou: A, B`) labels a list, not a
speaker's turn, though a name stands in it."""
_ATTENDED_BY = re.compile(
    r"\W*(?:(?:Chaired|Presided(?:\s+over)?|Attended|Also\s+attended)\s+by|Present\s+were)\s+(?-i:[A-Z])",
    re.IGNORECASE)
"""A minutes' head line naming who sat (`Chaired by Com. KIRILENKO, A.P.`, `Attended by Coms. Andropov,
Iu.V., …`) without a colon, however long its list."""
_CONVERSATION_WITH = re.compile(
    r"\b(?:conversations?|talks?|meeting|discussions?|interview)(?:\s+(?:in|at|on)\s+[^.;:\n]{1,60}?,?)?\s+with\b",
    re.IGNORECASE)
"""`Record of a Conversation with X`: the author talked with X (not in `… of X with Y`)."""
_AUTHOR_LEAD = re.compile(
    r"\b(?i:diary|journal|report|notes|telegram|letter|statement|cable|dispatch)\s+(?:\w+\s+){0,2}?"
    r"(?:of|from|by)\s+(?:(?:(?!(?i:discussions?|conversations?|talks|meetings?|between)\b)[A-Z][\w.'’-]*|"
    r"of|the|to|in)\s+)*$"
)
"""`Diary of X on a meeting between A and B`: X wrote about the meeting, not in it (nor is `Notes of the
Discussion Between President X` X's paper)."""
_TOPIC_LEAD = re.compile(r"\b(?:on|about|regarding|concerning)\s+(?:the\s+)?$")
"""`Record of conversation … on Khrushchev's visit`: a head line's topic, not a participant."""
_MEETINGS_BETWEEN = re.compile(r"\b(?:meetings?|conversations?|talks|discussions?)\s+(?:[\w-]+\s+){0,3}?between\s")
"""`talks between A and B; between C and D`: a later `; between` goes on with the same kind of meeting."""
_STAY = re.compile(r"\b(?:visit|stay|trip|journey|sojourn)\b", re.IGNORECASE)
"""A stay of some days, whose span of dates opens a report on it."""
_PEER_KIND = r"(?:socialist|fraternal|friendly)"
_PEER_ENVOYS = re.compile(
    rf"(?:all\s+|some\s+)?(?:the\s+)?(?:other\s+)?(?:[\w-]+\s+){{0,2}}?{_PEER_KIND}\s+(?:countries['’]?\s+)?"
    r"(?:ambassadors|envoys|embassy\s+(?:leaders|heads|chiefs)|heads\s+of\s+(?:diplomatic\s+)?(?:missions|posts)|"
    r"chiefs\s+of\s+missions?)\b|"
    r"(?:the\s+)?(?:ambassadors|envoys|heads\s+of\s+(?:diplomatic\s+)?(?:missions|posts)|chiefs\s+of\s+missions?)"
    rf"\s+of\s+(?:the\s+)?{_PEER_KIND}\s+(?:countries|states)\b", re.IGNORECASE)
"""The envoys of the bloc as a body, one of whom writes the report."""
_PEER_REACH = 90
_PEER_GAP = re.compile(r"[\s,]*(?:(?:between|with|and|to)[\s,]+)*")
_PEER_ASIDE = re.compile(r"\[[^\]\n]{0,60}\]")
_BETWEEN_AHEAD = re.compile(r"\s+between\s")
_SUMMARY_ENCOUNTER = re.compile(_MEETINGS_BETWEEN.pattern + r"|\b(?:met|meets)\s+with\s|(?P<own>\b(?:discuss|discusses|"
                                r"discussed|(?:have|has|had|hold|holds|held)\s+(?:a|an)\s+(?:[a-z]+\s+)?"
                                r"(?:conversation|talk|discussion|meeting)s?)\b)")
"""`a second meeting between A and B`, `A met with B`, `A, B and C have a detailed conversation`: who met,
as an archive's summary says it; with those last verbs, only those before the verb (what they discuss is topic)."""
_SUMMARY_UNHELD = re.compile(r"\b(?:set\s+up|arrang\w*|propos\w*|plan\w*|request\w*|seek\w*|sought|want\w*|"
                             r"hop\w*|agree\w*|suggest\w*|invit\w*|will|would|future|next)\b")
"""`X and Y set up a meeting between A and B`: a meeting still to come."""
_SUMMARY_CLAUSE_END = re.compile(r"\b(?:and\s+(?:[a-z]+ed|discuss\w*|talk\w*)|to\s+discuss|about|on|regarding|"
                                 r"concerning|who|which|that)\b|[;:(]")
"""Where the summary's list of who met ends: `A met with B and discussed C's visit` names C as a topic."""
_ADDRESSEE_LEAD = re.compile(
    r"^\W*(?:telegram|cable|letter|report|memorandum|note|message|dispatch|ciphergram)\b[^\n]*?\bto\s", re.IGNORECASE)
_VISIT_TO = re.compile(r"\b(?i:visit)\s+(?:of|by)\s+[^,;:\n]{1,80}?\s+to\s+(?:the\s+)?([A-Z])")
"""`Visit of Chiang Ching-kuo to Japan`: a trip to a country; whoever the head names before it did not receive it."""
_REGARDING = re.compile(r"\b(?i:regarding|concerning|about|on)\s+(?:the\s+|a\s+|his\s+|my\s+)?(?:[\w'’.-]+\s+){0,3}?"
                        r"(?i:meeting|conversation|talks?|visit|discussion|audience|interview)")
"""`Telegram, Zhou Enlai to Mao Zedong, Liu Shaoqi, …, Regarding meeting with Tep Phan`, `Report to
I. V. Stalin on Ambassador Sadchikov's Conversation with X`: those a title addresses, before the
meeting it says it is about, were not at it."""
_TOPIC_AFTER_PARTNER = re.compile(
    r"\bwith\s[^\n]*?\b(?:about|regarding|concerning|and\s+(?:an?\s+)?(?i:message|letter|telegram|note)\s+(?:for|to))\s")
"""`During Ho's meeting with Wang about Ho's letters to Chairman Liu`: everyone named after the
partner's topic word is what they talked about; `Record of a Conversation with X and Message for
Gorbachev`: the one a message is for was not at the talk."""
_OWNED_NON_ENCOUNTER = re.compile(
    r"(?:['’]s)?(?<=['’]s)\s+(?!(?i:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|"
    r"final|\d+(?:st|nd|rd|th)|official|private|farewell|courtesy|secret|unofficial)\s+)?"
    r"(?i:conversations?|talks?|meetings?|visits?|receptions?|audiences?|discussions?|trip|stay|"
    r"negotiations?|interview|dinner|lunch(?:eon)?|farewell|courtesy|calls?|[a-z]+ing)\b)[^\W\d_]"
)
"""`The Delegation to Ho Chi Minh's Funeral`: a head line names what someone owns, not an encounter
of theirs (`Kim Il Sung's Conversation with …`, `Zhou's Fourth Conversation with …` is one). The
possessive may end the mention already."""
_POSSESSIVE_END = re.compile(r"(?:['’]s)?(?<=['’]s)")
"""A mention that owns what follows (`(Nixon's Visit to China)` in brackets after a head line:
the record's topic, whatever the thing owned)."""
_PROTOCOL_TITLE = re.compile(r"\b(?:protocol|stenogram|stenographic\s+record)\b|^\W*minutes\s+of\s+(?:the\s+)?(?:\w+\s+){0,4}?"
                             r"(?:session|sitting|meeting)\b|^\W*(?:working\s+)?notes\s+(?:of|from)\s+(?:the\s+)?"
                             r"(?:\w+\s+){0,4}?(?:session|sitting)\b|^\W*(?:session|meeting)\s+of\s+the\s+(?:\w+\s+){0,4}?"
                             r"(?:politburo|presidium|secretariat)\b", re.IGNORECASE)
"""The titles of the records a session's own secretary keeps (`Working Notes from the Session of
the CPSU CC Presidium`, `Session of the CPSU CC Politburo, 16 April 1981`)."""
_RETROSPECTIVE = re.compile(
    r"\b(?:memorandum|note|notes|report|information|statement|telegram|diary)\s+(?:on|about|from|regarding|concerning)\b|"
    r"\bfollowing\b",
    re.IGNORECASE,
)
"""`Memorandum on the Conversation …`, `Note about a Conversation …`: written up later, so the
document's date is not the conversation's (`Minutes of Conversation …` is dated by it)."""
_PAST_STAY = re.compile(
    r"\bduring\s+(?:our|my|his|her|their|the(?:\s+former['’]s)?)\s+(?:[\w-]+\s+){0,2}(?:visit|stay|trip|journey|sojourn)\b",
    re.IGNORECASE,
)
"""A record that places the talks in a stay now over was written up after them."""
_AT_EVENT = re.compile(rf"\s+at\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{MEAL}|meeting|session|rally|ceremony)\b")
"""`I was present at a reception held by the government`: the narrator at an event is a
meeting before anyone else is named at it; those who speak or are present later join it."""
_RESULTS_OF = re.compile(r"\b(?:results?|outcomes?)\s+of\s+(?:the\s+|these\s+|his\s+|their\s+)?(?:[\w-]+\s+){0,3}$")
"""`I reported to him the results of the negotiations in Vienna between A and B`: talks whose
results are told were over before the day of the telling, so its date is not theirs."""
_NEXT_LINE = re.compile(r"[^\S\n]*\n\s*([^\n]*)")
_RELATIVE_KINDS = frozenset(("deixis", "unit", "rel_month", "season"))
"""Dates given relative to the day of writing (`tomorrow`, `next month`)."""
_DATE_LINE_REACH = 6
_HEAD_LINE_LONGEST = 80
"""How many lines (blank ones too) above a body's heading of its meeting a date line may stand, and
how long a line between may be: a title or a subheading, not running text."""
_TURN_OPENS = re.compile(r"[ \t]*[:.][ \t]*\S")
"""`Khrushchev: We would like …`: a label the speaker's words follow on its line (`… with Orlov:` closing a
line opens a list or a report, not a turn)."""
_HEADER_WORDS = frozenset(("Content", "Contents", "Subject", "Topic", "Re", "Summary", "Note", "Place", "Date", "Time"))
"""Labels of a record's head that are never a speaker's name."""
_RANGE_START = re.compile(r"\b(?:between|from)\s+(?:\d{4},?\s+)?$")
_INTERPRETER_LABEL = re.compile(r"\b(?:interpret|translat)", re.IGNORECASE)
_LABEL = re.compile(r"\s*([^:\n]{2,80}?):[ \t]*")
_NEXT_LABEL = re.compile(r"[.\s]*([^:\n.]{2,120}?):[ \t]*")
"""The next sentence of a paragraph of lists, labelled (`The delegation of … was composed of comrades:`)."""
_LEAD_IN_WORDS = 20
_RUNNING_TEXT = re.compile(
    r"[a-z\])](?<!\bJan)(?<!\bFeb)(?<!\bMar)(?<!\bApr)(?<!\bJun)(?<!\bJul)(?<!\bAug)(?<!\bSep)(?<!\bSept)"
    r"(?<!\bOct)(?<!\bNov)(?<!\bDec)(?<!\ba\.m)(?<!\bp\.m)(?<!\bMr)(?<!\bMrs)(?<!\bDr)(?<!\bNo)[.!?](?:\[\d{1,3}\])?(?:\s|$)")
"""A sentence's end, a footnote's mark after it or not (`… also were invited to take part.[1] But`): not a
month's abbreviation (`Jan. 20, 1958`), a time (`11.50 a.m. to 12.30 p.m.`) or a title (`Mr. X`) inside a head line."""
_NARRATOR_OPENING = re.compile(
    r"\W*(?:(?:I|We)\s+(?:\w+\s+){0,2}?(?:received|met|visited|had|was|were)\b|"
    r"On\s+(?:the\s+)?(?:(?:morning|afternoon|evening|night)\s+of\s+(?:the\s+)?)?\d[^,\n]{0,20},)")
"""`I received Ambassador X at his request.`, `On the evening of the 21st, X had a discussion
with Y:`: a short first paragraph telling what happened is running text, not a heading,
however much it reads like `X Receives Y`."""
_NARRATOR_CLAUSE = re.compile(r"(?<![^\s,(])I\s+(?-i:[a-z]{2,})\b")
"""`Strictly for your information, I bring to your attention that today X received Y and made the following
communication:`: a paragraph where the writer says `I` before others' talk is running text, however short, not a
heading (`I am reporting about my conversation with X` heads the writer's own)."""
_OWN_BEFORE = re.compile(r"\b(?:my|our)\s+(?:[a-z]+\s+)?$")
"""`my conversation with X`: the writer's own talk named in his paragraph."""
_EDITOR_SUMMARY = re.compile(r"\s*\[[^\[\]\n]+[.!?]\]\s*$")
"""`[Kosygin first reported on conversations with De Gaulle in Paris and with Johnson in
Glassboro.]`: a whole sentence in brackets is the editor's summary of a passage left out. It is
running text, not a heading titling the record's talk."""
_NAMES_ONLY = re.compile(r"[\s,;.&]*(?:(?:and|with|comrades?|cdes?\.?|\[[^\[\]\n]{1,40}\])[\s,;.&]+)*")
"""Nothing but names, with `and`, `with` and an editor's bracketed office between them (`A.I.
MIKOYAN with Fidel CASTRO, [Defense Minister] Raul CASTRO and Ernesto GUEVARA`)."""
_SPEAKER_LINE = re.compile(r"^(?:(\[?[A-Z][^:\n]{1,60}?):\s+\S|((?:[A-Z][a-z]?\.[ \t]*){0,3}[A-Z][A-Z'’-]{2,}"
                           r"(?:[ \t]+[A-Z][A-Z'’-]+)?)\.[ \t]+[A-Z])", re.MULTILINE)
"""A speaker's label opening a line: `Zhou Enlai: …`, `[Nikolai] Sudarikov: …`, or a name in capitals and a
full stop (`KIRILENKO. I think …`, `Eh. A. SHEVARDNADZE. Even …`), as Politburo minutes and Soviet records
write it."""
_SPEAKER_DASH = re.compile(r"^(?:((?:Cdes?\.|Comrades?)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})[ \t]?[—–][ \t]?\S|"
                           r"([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})[—–](?=[A-Z]))", re.MULTILINE)
"""A speaker's label a dash closes, as a session's working notes write it (`Cde. Molotov—With
Nagy left …`, `Kaganovich—The government …`); with no honorific, only glued to a capital."""
_WITH_PARTICIPATION = re.compile(r"\bwith\s+(?:the\s+)?participation\s+(?:of|by)\s", re.IGNORECASE)
_SPEAKERS_LINE = re.compile(r"^\((?:Cdes?\.[ \t]+)?[A-Z][^()\n]{2,200}\)[ \t]*$", re.MULTILINE)
"""Under an item of a session's working notes, those who spoke to it: `(Khrushchev, Mikoyan)`."""
_HEADER_DATE = re.compile(
    r"(?:^[ \t]*|(?<=[ \t])(?=[A-Z]))(?i:(?:Time|Date)(?:\s+(?:and|&)\s+(?:Time|Date|Place))?)\s*:\s*", re.MULTILINE)
"""`Time: 22 November 1958`, `DATE AND PLACE: May 17, …`, or `Date and Time:` with the date
on the next line; inside a head flattened into one line too (`… Date: 2 May 1956 Location: …`)."""
_TIME_LABEL = re.compile(r"time|place", re.IGNORECASE)
_HEADER_PLACE = re.compile(r"^\s*(?:Place|Location|Venue)\s*:\s*([^\n]{2,80})", re.IGNORECASE | re.MULTILINE)
_IN_WRITING = re.compile(r"\bin\s+(?:a|an|his|her|their|the|this|that|one)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:letter|telegram|cable|message|article|poem|book|editorial|essay|broadcast)s?\b")
"""`… quoted these words in a letter to X`: what one said in writing, not in the room."""
_REMOTE = re.compile(r"\b(?:tele?phon\w*|phone|by\s+telegram|in\s+writing|by\s+letter|by\s+cable)", re.IGNORECASE)
_REMOTE_WORDS = ("phon", "telegram", "writing", "letter", "cable")
"""Every _REMOTE match holds one of these, in some case: a stretch without any is not searched."""
_PHONE_TALK = re.compile(r"\b(?:tele)?phon\w*\s+(?:conversations?|calls?|talks?)\b", re.IGNORECASE)
"""`Telephone Conversation between Kania and Brezhnev`: a record of a call, no meeting."""
_OPENING_LABEL = re.compile(r"([A-Z][A-Za-z'’-]+)[ \t]*:[ \t]")
"""A paragraph opening on a one-word label (`KADAR : …`)."""
_HAD_TALK = re.compile(r"\s(?:I|we|he|she)\s+had\b")
"""`the conversation I had with X`: the talk told in the past took place, whatever wish the clause before voices."""
_CALL_LEAD = 300
"""How far before a dialogue's first turn a call that carries it may be told."""
_CHAIR_ABOVE = re.compile(r"^[ \t]*Chair(?:man|ing|person)?[ \t]*:?[ \t]+(?=(?:[Cc]om\.|[Cc]omrade)[ \t][^\n]*\n\s*\Z)|"
                          r"(?:^[ \t]*|(?<=[ \t]))(?=(?:Cdes?\.|Comrades?)[ \t](?:(?!Cde|Comrade)[^\n]){1,60}?"
                          r"[ \t]presiding\.?[ \t]*(?:\n\s*)?\Z)",
                          re.M)
"""`Chairman com. ANDROPOV Yu. V.` or `Cde. L. I. BREZHNEV presiding.` on the line over a session's `Present` or
`Also taking part` list (or right before it, where a copy runs the lines together): the chair was there."""
_CHAIR_REACH = 200
_SUMMONED = re.compile(r"\b(?:called|summoned|invited|asked)\s+by\s+(?:tele)?phone\b(?:[^.;:]|(?<=\d)[:.](?=\d)){0,40}?\bto\s+$", re.IGNORECASE)
"""`I was called by phone at 7:45 hours to meet with Mengistu`: the call summoned him; the
meeting after `to` is met in person."""
_YOU = re.compile(r"\b[Yy]ou\b")
_TELLS_OF = re.compile(r"\b(?:informed|talked|spoke|reported|told)\s+(?:us\s+)?(?:about|of|on)\s+"
                       r"(?:a|an|the|his|her)\s+(?:[a-z]+\s+)?$")
"""`X informed about a conversation with Y`, told at a session recorded: X speaks at the session too."""
_TELLER_GAP = re.compile(r",?\s+")
"""`Comrade X, informed about`: the teller's name closes an appositive before the verb."""
_OPINION_VERBS = frozenset(("thinks", "believes"))
"""`Mao Zedong thinks …`: a view one holds, told by another, says nothing of his being in the room."""
_AND_VERB = re.compile(r",\s+and\s+(?:then\s+|also\s+)?$")
_SUBJECT_OPENS = re.compile(r"\W*(?:(?:[A-Z][a-z]+|Cdes?\.|Mr\.|Mrs\.|Dr\.)\s+){0,3}")
"""`…, and said that he`: a speech verb joined to the sentence's first verb has its subject, the
name opening the sentence after its titles (`President Sukarno`)."""
_INVITED_BY = re.compile(r"\b(?:[Ii]nvited\s+by|(?:[Aa]t|[Oo]n|[Uu]pon|[Ff]ollowing|[Aa]fter)\s+(?:the|an)\s+invitation\s+"
                         r"(?:of|from))\s+")
_VISIT_AT_INVITATION = re.compile(r"\s+(?:The|This|That|His|Her|Their)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|stay|tour)\s+"
                                  r"(?:took\s+place|occurred|was\s+(?:made|paid|undertaken|carried\s+out))\s+"
                                  r"(?=(?:at|on|upon)\s+the\s+invitation\s+(?:of|from)\s)")
"""`The visit occurred at the invitation of X`, right after a visit is told: X hosted it."""
_INVITER_TITLES = re.compile(r"(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,4}")
"""`at the invitation of the UAR President Gamal Abdel Nasser`: the titles before the inviter's name."""
_INVITER_REACH = 60
# `what we had originally discussed with Ambassador Hao`: the matter talked over is the point, not the talk.
_TOPIC_FRONTED = re.compile(r"\b(?:[Ww]hat|[Aa]s)\s+(?:\w+\s+){1,3}$")
_JUST_NOW = re.compile(r"\b(?:have|has|'ve)\s+just\s+(?:\w+\s+)?$")
_THEIR = re.compile(r"\b(?:[Tt]hey|[Tt]heir)\b")
_TO_ANOTHER = re.compile(r"\s+(?:him|her|them)\b")
"""`X warned him`, `X told them`: a speech verb whose hearer is a third person."""
_OBJECT_LEAD = re.compile(
    r"\W*(?:(?<=,)\s*(?:in|at)\s+(?:the|my|our|his|her|their)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3},\s*)?"
    r"(?:(?:up)?on|at)?\s*(?:(?:his|her|their|its)\s+(?:own\s+)?request\W+)?"
    r"(?:(?:to|for)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:breakfast|lunch|luncheon|dinner|supper|banquet|reception)\W+)?"
    r"(?:(?:the|a|an|[A-Z][\w.'’-]*|Cde\.|\[[^\]]*\]|of|for|to|and|headed\s+by|led\s+by|"
    r"(?:(?:courtesy|farewell|official|protocol)\s+)?(?:visit|call)\s+(?:of|from)|"
    r"ambassadors?|minister|secretary|chairman|premier|president|delegations?|deputy|vice|head|leader|"
    r"envoy|counsell?or|attach[eé]|consul|charg[eé]|d['’]affaires|comrades?|comrs?|cdes?|director|chief|members?|general|marshal|"
    r"chancellor|first|foreign|new|former|visiting|soviet|chinese|korean|party|government|"
    r"affairs|department|ministry|bureau|division|embassy|council|committee|state|defen[cs]e|trade|international|"
    r"personalit(?:y|ies)|figures?|officials?|representatives?|professor|academic|scholar|congress(?:wo)?man|senator|"
    r"journalists?|writer|(?:him|her|them)(?=\s*\[?$)|"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|several|\d{1,2})(?=\s+representatives?\s+from\b)|(?<=representatives\s)from|"
    r"[a-z][\w'’-]*(?=\W+(?:[a-z][\w'’-]*\W+){0,2}delegations?\b))\W+){0,30}"
)
"""… and `received the visit of X` (the visitor); `spoke with him [Gorbachev]`: a pronoun the editor
names in brackets (the name's bracket is checked by `object_follows`: the lead ends where the name
begins), and `invited three representatives from Laos, four representatives from Cambodia, and
Comrades A and B`: unnamed guests counted first."""
_PRONOUN_LAST = re.compile(r"\b(?:him|her|them)\s*\[?$")
_INLINE_LABEL = re.compile(
    r"(?<![\w,'’-])((?:[A-Z][A-Za-z-]*[ \t]+){0,3}[A-Z][A-Za-z-]*|(?:[A-Z][A-Za-z-]*[ \t]+){1,2}side)[ \t]*:[ \t]+(?=\S)")
"""A label inside a paragraph (`… of Mongolia PARTICIPANTS: U.S. The Secretary …`, `(Participants;
Japanese side: …`): a record's head flattened onto one line keeps its labels, capitalised words
before a colon, or a side named by its people."""
_LIST_LABEL = re.compile(r"(?<=:)|[^.:;\n]{0,40}:")
"""A cue that labels a list (`Participants on our part:`): what it lists took part,
whatever the sentence before it (a run-on head) says about plans."""
_NEW_SUBJECT = re.compile(r"(?:\[[^\]\n]{1,40}\]\s*)?(?:[A-Z][\w.'’-]*\s+){1,4}(?:[a-z]+\s+)?")
"""`, and [Jean] Chauvel's assistant met …`: a clause with a subject of its own, named, after `, and`."""
_PARTY_TO = re.compile(r"\b(?:delegation|group|visit|trip|mission)\b[^.;]{0,60},\s+in\s+which\s+[^.;]{0,80}")
"""`a delegation led by X, in which Y and Z also took part, visited Moscow`: those who took part were
members of the delegation, not present at the meeting the record tells, and the delegation's
trip is one of them all."""
_APPOSED_BEFORE_OWNER = re.compile(r",\s+(?:one\s+of\s+|an?\s+|the\s+)?(?:[A-Z][\w.-]*\s+)?")
_AIDES = (r"(?:advis[eo]rs?|aides?|assistants?|deputy|deputies|secretary|secretaries|envoys?|emissary|"
          r"representatives?|interpreters?|spokesman)")
"""Those who serve someone, named by the one they serve (`Kissinger's advisors`)."""
_AIDE_OF = re.compile(rf"\]?['’]s\s+(?:[a-z]+\s+){{0,2}}{_AIDES}\b")
"""`X, one of Kissinger's advisors`: the one whose aide X is, named in X's apposition."""
_OWNED_AIDE = re.compile(rf"\]?['’]s\s+(?:[a-z]+\s+)?(?:{_AIDES}|wife|son|daughter)\s+(?:[a-z]+ly\s+|also\s+)?")
"""`Chauvel's assistant met with X`: the one whose unnamed aide met someone was not there himself."""
_POSSESSOR = re.compile(r"\]?['’]s?\s+(?:[a-z]+\s+){0,2}")
"""`Podgorny’s visit to Romania`: the trip is his alone, whoever else the sentence names."""
_NARRATOR_POSSESSOR = re.compile(r"\b(?:my|our)\s+(?:[a-z]+\s+){0,2}$")
"""`X's question about my trip to Moscow`: the trip is the narrator's, not X's."""
_LISTED_NARRATOR = frozenset(("me", "myself", "us", "ourselves"))
_LIST_JOIN = re.compile(r"(?:,|\band)\s+$")
"""`A, B and myself`: the narrator as the last item of a list of persons."""
_REPORT_TOPIC = re.compile(r"\s*(?:on|about|of)\s+(?:the\s+)?(?:[a-z]+\s+)?")
"""`X reported on conversations with A`: the talks a report is about, right after its verb, are the
reporter's."""
_FRONTED_OWN = re.compile(r"\W*(?:During|On|In\s+the\s+course\s+of|At|In)\s+(?:his|her)\s+(?:[a-z]+\s+){0,2}")
"""`During his visit …,` opening a sentence, before the subject it speaks of."""
_TITLED_OBJECT = re.compile(r"\s+(?:the\s+)?(?:(?:[A-Z][\w.'’-]*|comrades?|cdes?\.|com\.)\s+){0,4}")
"""`told Indian Ambassador `, `informed comrade ` before a name: the titles only."""
_OFFICE_APPOSITIVE = re.compile(r",\s+(?:the\s+|an?\s+)?[A-Z][^,;:.\n]{1,80},\s+")
"""`D. Tsvetkov, First Secretary of the Soviet Embassy, informed …`: the teller's office set off by commas."""
_ABOUT_HIS = re.compile(r"\b(?:about|of|on)\s+(?:his|her)\s+(?:[a-z]+\s+)?$")
"""`Taraki informed the Ambassador … about his meeting with X`: told of, `his` talk is the teller's, not
the listener's named before it."""
_OPEN_OFFICE = re.compile(r",\s+(?:the\s+)?[^,;:.\n]{0,60}?\b(?:[Aa]mbassador|[Mm]inister|[Ss]ecretary|[Cc]ounsell?or|"
                          r"[Cc]harg[ée]|[Aa]ttach[ée]|[Cc]onsul|[Ee]nvoy|[Cc]hairman|[Dd]irector|[Hh]ead)\b[^,;:.\n]{0,40}\s+")
"""`Comrade X, the Soviet Union's ambassador to Hungary informed …`: the office after the teller, its closing
comma left out."""
_HIS_TALK = re.compile(r"\b(?:in|at|during)\s+(?:his|her)\s+(?:own\s+)?$")
"""`the characterization of him (Castro) which Khrushchev expressed in his conversation with Kennedy`:
the talk is that of the one named last before it."""
_DURING = re.compile(r"\b(?:during|in\s+the\s+course\s+of)\s+(?:a|an|the|his|her|their)\s+$")
"""`I told them of the statements of X during the conversation with Y on 15 February and of Z's
during a talk with W`: who had the talk is the one named right before `during`, not every name
before it, nor the narrator."""
_HANDED_PAPER = re.compile(r"(?:\s+over)?\s+(?:the|a|an|our|his|her|their|its)\s[^.;:]{0,160}?"
                           r"\b(?:memorand(?:um|a)|note|letter|message|reply|statement|aide-m[ée]moire|text|copy|"
                           r"documents?|materials?)\b[^.;:]{0,160}?\s+to\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}")
"""`Vice Minister Ji handed our memorandum (of …) to Ambassador X`: a paper handed over in person,
to one named behind titles only."""
_NEAR_SUBJECT = re.compile(r"\s+(?:(?:also|then|again|further|once|personally|later|immediately|briefly|"
                           r"have|had|also|just|[a-z]+ly)\s+){0,2}")
_SPEAKER_GAP = re.compile(
    r"\s+(?:(?:was|were|went|stayed)\s+(?:in|at|to)\s+[^.;:,\n]{1,40}?\s+and\s+(?:then\s+|also\s+)?"
    r"|(?:(?:also|then|again|further|once|personally|later|just|have|had|[a-z]+ly)\s+){0,2}"
    r"(?:(?<=had\s)|(?<=held\s))(?:a|an|the|some|several|two|three|long|lengthy)\s+(?:[a-z]+\s+)?)")
"""`I was in China last week and met with X`, `I also had a long talk with X`: more words between a
speaker's `I` and the meeting than `_NEAR_SUBJECT` allows, still the speaker's own encounter."""
_PRONOUN_OPENS = re.compile(r"\s*(?:\d{1,2}[.)]\s+)?(?:He|She)\b")
_PRONOUN_RUN = 6
"""How many sentences opening on `He` in a row are followed back to the name they all stand for."""
_UNNAMED_PERSON = re.compile(r"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:comrade|diplomat|official|colleague|friend|"
                             r"source|journalist|correspondent|representative|member|officer|acquaintance|man|woman)\b")
"""`a Soviet comrade`, `an American journalist`: a person the text does not name."""
_PRONOUN_SENTENCE = re.compile(r"[.!?]\s+(?:He|She|I|We|They)\s+[a-z]")
"""`X summoned me on January 20. He referred to my visit with …`: a paragraph whose talk word stands
in a sentence opening on a pronoun is running text, however short, not a heading."""
_SUBJECT_LEAD = re.compile(r"\s*(?:(?:[A-Z][\w.'’-]*|of|the|for)\s+){0,8}")
"""Titles before the name that opens a sentence (`Deputy Minister of Foreign Affairs Comrade `): the name is its subject."""
_DOCUMENT_AFTER = re.compile(
    r"[^\S\n]+(?:[A-Z][\w.]*\s+){0,4}(?:instruction|telegram|letter|decree|resolution|note|order|directive|agreement|"
    r"treaty|decision|protocol|cable|message|radiogram|law|communiqu[eé])s?\b")
"""`by a 14 September 1957 instruction`, `a 9 May CPSU Central Committee letter`: the date of a
paper, not of the narrative."""
_WHEN_WE = re.compile(r"\b(?:When|when|Once|once)\s+(?:I|we|you|they)\s+$")
_MODAL_MAIN = re.compile(r"[^.;:]{0,80}?,\s+(?:\S+\s+){0,2}?(?:should|will|shall|must|can|have\s+to|'ll)\b")
"""`When we see Comrade Stalin, we should …`: a meeting ahead, told in the present of a clause whose main
verb is a duty or a future."""
_THEM = re.compile(r"\s+(them)\b")
"""`I went to meet them`: those the sentence before listed."""
_GROUP_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:[A-Z][\w.'’-]*|comrades?)\s+){0,3}")
"""`A, B, and General C`: commas, `and` and titles between the persons of a list."""
_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:Comrade|Cde\.|comrade|c\.)\s+)?")
_SPEAKER_COLON = re.compile(r"\]?[ \t]*:[ \t]+\S")
"""After a name, the colon of a speaker's label (`Zhou Enlai: We …`)."""
_SPEAKER_OVER = re.compile(r"\]?[ \t]*:[ \t]*\n\s*\S")
_LABEL_LEAD = re.compile(r"[ \t]*(?:\[?[A-Z][\w.'’-]*\]?[ \t]+){0,4}\[?")
"""`DENG XIAOPING:`, `Cde. N. Ceausescu:` on a line of its own over his words: a label only when
nothing but capitalised words (his titles) stand before the name on its line."""
_SPEAKER_STOP = re.compile(r"\.[ \t]+[A-Z]")
"""After a name in capitals opening a line, the full stop of a speaker's label (`PONOMAREV. Yesterday …`)."""
_NOUN_LEAD = re.compile(
    r"\W*(?:(?:[Oo]n\s+)?[^,\n]{0,30},\s*)?(?i:(?:yesterday|today|earlier|recently|also|then)\s+)?"
    r"(?i:during|in|at|after|in\s+the\s+course\s+of)\s+"
    r"(?i:the|our|my|a|an|this|that)\s+(?:(?:[a-z]+|\d{1,2}(?:st|nd|rd|th)?|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)\s+){0,3}")
"""`During the talks with X`, `At the dinner given by X`: a meeting named by a noun phrase
in front of the main clause, whose subject follows the comma; in what the narrator reports
(`I said that in the 21 April conversation with X …`) it is the narrator's own, in what
someone else reports (`Malzev explained that yesterday in a conversation with X …`) his."""
_MAIN_NARRATOR = re.compile(r",\s*(?:[a-z]+\s+){0,2}?(I|[Ww]e)\b")
_OWN_TALK_LEAD = re.compile(r"\W*(?P<det>The|My|Our|A|According\s+to|From|Based\s+on\s+(?:the|my|our)|"
                            r"(?:(?:This|Last|Yesterday|Today)(?:\s+(?:night|evening|morning|afternoon))?,?\s+)?"
                            r"(?:Had|had|Held|held)\s+(?:a|an|the))\s+(?:(?:first|second|third|last|latest|"
                            r"further|recent|long|lengthy|short|brief|new|next|[a-z]+-hour)\s+){0,2}")
"""`The conversation with the Premier [X] was planned for one hour`, `My talk with X`, `A meeting was held
with X`, `According to talks with X and Y`, `Based on the conversation with X:`, a cable's clipped
`This night had the discussion with X`: opening a sentence with no subject of its own, the narrator's own
talk, told in their report (`The …` and `A …` only after the narrator has spoken in the paragraphs just before);
not `The talks between A and B`."""
_OWN_TALK_REACH = 600
_LEAD_LINE = re.compile(r"[^\n.;:]{0,120}:[ \t]*\n")
"""`Based on the conversation with X:` on a line of its own, though the line above has no full stop."""
_TELEGRAPHIC_CUES = frozenset(("visited", "met", "called_on"))
"""The cues whose patterns also take a capitalised verb (`Visited`, `Met with`, `Called on`)."""
_COVER_NOTE = re.compile(r"\b(?:[Ff]orward(?:ing|ed)?|[Ee]nclos(?:ing|ed)|[Ss]ending)\s+(?:you\s+)?(?:(?:a|the|one)\s+)?"
                         r"(?:copy|copies|transcript|record|minutes|text)\b")
"""`We are forwarding a copy of the transcript of …`: a cover note above the record, whose
own head (title, `Time:`, those present) follows it."""
_POINTS_LEAD = re.compile(r"\W*(?:(?:The\s+)?[Ff]ollowing|Below)\s+(?:are|is)\s+(?:the\s+|a\s+)?(?:main\s+|chief\s+)?"
                          r"(?:points|gist|summary|outline|substance|contents)\s+of\b")
"""`Following are the main points of X's meeting with Y, which took place on the 7th …`: a lead over the
record, the list of those present still to come."""
_HELD_AFTER = re.compile(r"(?:which|that)\s+(?:took\s+place|was\s+held|were\s+held)\b")
"""`the Ohira-Hua meeting, which took place … on the 6th`: the relative clause dates the meeting."""
_OPENS_ON_LABEL = re.compile(
    r"\W*(?:Attending|Present|Participants(?:,?\s+(?:on|from|of|for)\s+(?:\w+\s+){0,3}?\w+)?|Also\s+present)\s*:?\s*$")
"""`(Attending: A and B from the Chinese side; …)`, `(Participants, on the Japanese side: …`, a paragraph
of its own right after the one that told a meeting: who attended it."""
_THE_MEAL = re.compile(rf"\b(?:the|this|that)\s+(?:\w+\s+)?{MEAL}\b")
"""`Invited to the breakfast … were …` opening the paragraph after the one that told of a
breakfast: the guests of that breakfast."""
_RELATIVE_LEAD = re.compile(r"\s(?:which|who|that)\s+(?:(?:had|has|have|was|were)\s+)?"
                            r"(?:(?:also|just|recently|already|earlier|previously)\s+)?$")
"""`with a military delegation which had visited the USSR at the invitation of X`: the
relative clause's subject is the noun before it, not the sentence's."""
_AND_AGAIN = re.compile(r"\sand\s+\[?(?:(?:had|has|have|was|were)\s+)?(?:also\s+)?$")
_RELATIVE_AFTER_NOUN = re.compile(r"\s(?:which|who|that)\s+(?=(?:had|has|have|was|were)\s|[a-z]+ed\s)")
"""`… which had visited X and [had also visited] Y` (`_AND_AGAIN` before the second verb): the
second verb's subject is the first one's, the noun before `which`."""
_WHO_HAD = re.compile(r",\s*who\s+(?:had|held)\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+)?$")
"""`Comrade Novotný, who had conversation with him, told him …`: the talk is the name's, the
one before the relative clause, and `him` the one the paragraph is about (only here is a
pronoun taken for the other side: `I told him that … Chairman Ho` would pick the wrong man)."""
_HAD_TALK = re.compile(r"\s(?P<pronoun>(?P<narrator>I|we)|he|she)\s+had\b")
"""`the conversation I had on 22 January with X`, `a talk he had with X`: the talk's subject
inside the cue; `I` is the narrator, or the speaker whose words these are."""
_FUTURE = re.compile(r"(?:w(?<=\bw)ill|s(?<=\bs)hall|p(?<=\bp)lan|i(?<=\bi)ntend)\b")
"""`will`, `shall`, `plan` or `intend` as a whole word; each alternative opens on its letter,
so that the engine skips ahead to them."""
_NARRATOR_OPENS = re.compile(r"\W*(?:I|We|My|Our)\b")
"""A sentence the narrator opens speaks in their voice, even in a paragraph of reported speech."""
_ASKED_FOR = re.compile(r"\basked\s+for\s")
_DURING_TALK = re.compile(
    r"\W*(?:During|At|In)\s+(?:the|our|this|today['’]s|yesterday['’]s)\s+"
    r"(?:(?:first|second|third|fourth|fifth|last|latest|recent|previous|present)\s+)?"
    r"(?:meeting|talks|conversation|negotiations?|discussion)\b(?!\s+(?:with|of|between)\b)[^,;:]{0,40},\s*")
"""`During the second meeting on March 29, X declared …`: a talk the sentence opens on, X speaking in
it; not one a body holds (`At the Politburo meeting, X declared`)."""
_TOLD_MEETING = re.compile(
    r"\W*(?:The|This|Today['’]s)\s+(?:[\w-]+\s+){0,3}?(?:meeting|talks|conversation|negotiations?|session|"
    r"discussion)\s+(?:\w+\s+){0,2}?(?:took\s+place|was\s+held|were\s+held|started|began|opened|lasted)\b")
"""A sentence whose subject is the meeting the report is about."""
_SPEAKER_LEAD = re.compile(
    r"\W*(?:(?:[Tt]hen|[Aa]fterwards|[Nn]ext|[Ii]n\s+(?:reply|response|turn)|[Ff]urther(?:more)?|[Tt]hereupon|"
    r"[Aa]lso|[Hh]owever|[Tt]he|[Cc]omrades?|Cdes?\.|Mr\.|Mrs\.|Dr\.|[A-Z][a-z]+(?=\s+(?-i:[A-Z])|\s+$)|"
    r"(?:[Oo]n\s+)?(?:[Cc]oming\s+in(?:to)?|[Ee]ntering)(?:\s+the\s+(?:office|room|hall|study))?|"
    r"(?:[Oo]pening|[Cc]losing)\s+the\s+(?:meeting|session|sitting|conference|talks|discussion)|"
    r"[A-Z][a-z]+(?:\s+(?:[A-Z][\w'’-]*|of|the|for|and|on))*\s+(?:[A-Z][\w'’-]*)(?=,\s))\W+){0,3}")
"""What may open a sentence before its speaking subject: a connective, a title, the speaker's
entrance (`Coming into the office, B. Karmal said`: one who joins the talk part-way), his
opening of the session (`Opening the meeting, L. I. Brezhnev stated`), or his office in commas before his name
(`The Head of the Second Department, Comrade Pak said`)."""
_DELEGATION_OBJECT = re.compile(r"\s+(?:[^,.;:]{1,80},\s*)?(?:the|a)\s+(?:[\w.’'-]+\s+){0,3}?delegation\b")
"""`X received, at the offices of the CC, the delegation of …`: a reception though no one
in the delegation is named yet (who led it may follow in another sentence)."""
_MADE_OF = re.compile(r"\b(?:consisting\s+of|composed\s+of|comprising|made\s+up\s+of)\s")
_MADE_OF_REACH = 120
"""How far after the delegation met its make-up may begin (`…, which arrived in Moscow, consisting of`)."""
_THANKED_FOR = re.compile(r"\b(?:gratitude|thanks|thankful|grateful)(\s+to\s)(?:[^;:]{1,80}?)(\s+for\s+)(?:[\w-]+\s+){0,5}$")
"""`X uttered words of gratitude to Com. Brezhnev and Kosygin for making the time for a conversation
with Y`: the ones thanked had the conversation, not the one thanking, though `to` governs their names."""
_DELEGATION_SUBJECT = re.compile(r"\b(?:[Tt]he|[Oo]ur|[Tt]his|[Tt]hat)\s+delegation\s+(?:(?:also|then|later|first)\s+)?$")
"""`The delegation met with X`: the delegation told of before acts through the one who led
it (`The delegation had a conversation with …` is left alone: such a record often splits its
talks by partner)."""
_LED_BY = re.compile(r"\b(?:led|headed)\s+by\s+(?:(?:[Cc]omrades?|Cdes?\.)\s+)?")
_THEY_OPEN = re.compile(r"\W*(?:(?:There|Then|Here|Later|Afterwards),?\s+)?they\s+(?:also\s+|then\s+|later\s+)?",
                        re.IGNORECASE)
_DELEGATION_REACH = 3000
_LEADER_RANK = re.compile(r"(?:(?:[A-Z][\w.'’-]*|of|the)\s+){1,6}")
"""`led by General of the Army Heinz Kessler`: a rank or office in front of the leader's name."""
_DELEGATION_MEMBERS = re.compile(
    r"\W*(?:(?:The|This|That|Their|Our)\s+(?:[\w-]+\s+){0,3}?delegation\s+(?:also\s+)?"
    r"(?:included|comprised|consisted\s+of|was\s+composed\s+of)|"
    r"(?:The\s+)?(?:[Oo]ther\s+)?members\s+of\s+the\s+delegation\s+(?:were|included))(?::\s*|\s)")
"""`The delegation included Colonel General A, Deputy Minister, B and six other officers`, `Other members of the
delegation were Cdes. A, …, as well as B`."""
_FOLLOWING = re.compile(r"\s*(?:the\s+)?following(?:\s+(?:persons|members|comrades))?\s*:\s*")
"""`The delegation consisted of the following:`, then a line for each member."""
_OUR_DELEGATION = re.compile(r"\s+(?:[a-z]+\s+)?delegation\b(?![’']s)")
"""`Our delegation` a writer sent, led by another he named before: its leader's side, not the writer's."""
_DELEGATION_POSSESSOR = re.compile(r"\bdelegation['’]s\s+(?:stay|visit|trip|tour|sojourn)\b")
"""`The high point of the delegation's stay was a meeting with X`: the delegation met X."""
_DELEGATION_LED = re.compile(r"\W*(?:The|This|That|Their|Our)\s+(?:[\w-]+\s+){0,3}?delegation\s+(?:was|is)\s+"
                             r"(?:led|headed)\s+by\s+")
"""`The delegation was led by Comrade X`, after a meeting with `the delegation`: X was at it."""
_AND_INCLUDES = re.compile(r"\band\s+(?:also\s+)?(?:includes|included|comprises|comprised|consists\s+of|consisted\s+of)\s")
"""`… is headed by A, an attorney, and B and includes C, D and E`: a sentence that goes on from
its leaders to its members names everyone in the delegation."""
_NEXT_SPEAKER = re.compile(r"(?:,\s*and|;)\s+(?:(?:[Cc]omrades?|Cdes?\.)\s+)?$")
"""`X said it was good, and comrade Y added …`: a second speaker in the same sentence."""
_SUBJECT_GAP = re.compile(r"(?:\s*\[sic\])?(?:,[^,;:.]{1,80},)?\s+(?:(?:also|then|again|further|once\s+again|briefly|"
                          r"immediately|first|[a-z]+ly)\s+)?")
"""Between the speaker's name and the verb: an office in commas (`Kim, the Premier, said`), or the
editor's `[sic]` after an odd spelling."""
_APPOSED_GAP = re.compile(r",[ \t]+")
"""`The Polish Ambassador, Comrade X, informed about …`: the comma closing the apposition the name is."""
_FLOOR = re.compile(
    r"(?:was\s+the\s+(?:first|next)\s+to\s+(?:speak|take\s+the\s+floor)|took\s+the\s+floor|"
    r"began\s+(?:his|her)\s+(?:discussion|speech|remarks|statement|presentation)|"
    r"began\s+by\s+(?:informing|reporting|saying|stating|noting|thanking|welcoming|greeting|explaining|recalling|"
    r"outlining|describing|briefing|presenting)|"
    rf"spoke(?:\s+(?:at\s+the\s+{MEAL}|in\s+(?:reply|response|turn))|(?!\s+(?:of|about|on|at|in|to|with|highly|well|badly)\b|\s+(?:\w+ly\s+)?before\b))|"
    r"remained\s+silent|"
    r"(?:gave|made|delivered|proposed)\s+(?:a\s+|short\s+|brief\s+)*(?:speech(?:es)?|toasts?)(?!\s+(?:at|in|on|to|before|over)\b))\b"
)
"""Taking the floor in a conversation: the speaker's part without a speech verb. `X spoke very
nervously`, `Y remained silent` and `Z gave a speech` (at a reception) are there, and so is who
`spoke at the reception` or `spoke in reply`; `X spoke of/at …`, `spoke briefly before the party
aktiv` or `gave a speech at …` may tell of another time."""
_FLOOR_WORDS = ("was", "took", "began", "spoke", "remained", "gave", "made", "delivered", "proposed")
"""The word each _FLOOR alternative opens with: its matches are tried only where one stands."""
_FLOOR_AFTER = re.compile(r"(?:(?<=[Tt]he\sfirst\s)|(?<=[Tt]he\snext\s)|(?<=[Tt]he\slast\s))speaker\s+was\s+|"
                          r"(?:chaired|presided\s+over)\s+by\s+|"
                          r"(?<=:\s)Chairman\s+(?=(?:[A-Z][\w.'’-]*[ \t]?){1,4}(?:[,;\n]|$))|"
                          r"(?:(?<=[Ii]n\shis\s)|(?<=[Ii]n\sher\s))opening(?:\s+(?:speech|remarks|statement|address|words))?,\s+")
"""`The first speaker was L. I. Brezhnev`, `Session I: Chairman Edward Gierek` (not a label's `Zhou:
Chairman Mao quoted …`), `chaired by X`, `In his opening, Comrade Kania outlined …`: the one named
after took the floor, or the chair, in the session told."""
_FLOOR_AFTER_WORDS = ("speaker", "chaired", "presided", "Chairman", "opening")
"""The word each _FLOOR_AFTER alternative opens with."""
_CO_SUBJECT = re.compile(r"\s+and\s+")
"""`Haraszti and Ferenc Erdei spoke`: both took the floor."""
_EACH_OF_THEM = re.compile(r"\W*(?:They\s+all|All\s+of\s+them|Each\s+of\s+them)\b[^.;:]*$")
"""`They all remember their talks with X`: what each of those just listed did, one by one."""
_INTRODUCED_TO = re.compile(r"\sto\s+(?:(?:Comrade|Cde\.|Mr\.|President|Premier|Prime\s+Minister|Minister)\s+)?")
_RESPECTIVELY = re.compile(r"\brespectively\b")
_WITH_AGAIN = re.compile(r"(?:,|;|\band|\bas\s+well\s+as)\s+(?:also\s+)?with\s")
"""`…, and also with B`, `, with C`, `as well as with B`: the preposition told again before the next one talked
with."""
_TITLE_WORDS = re.compile(r"^(?:[A-Z][\w.'-]*|Cde\.|of|the|for|and|in|\[[^\]]*\]|\(|\))$")


_TOOK_PART_HERE = re.compile(r"\b(?:took\s+part|participated)(?:\s+in\s+(?:the|this)\s+(?:meeting|talks|conversation|"
                             r"discussions?))?(?=\s*[,;]|\s+along\b|\s+together\b)|\b(?:were|was)\s+(?:also\s+)?present\b")
"""`X took part in the meeting, along with Y`, `Z was present, together with W`: those told with them
joined the meeting told, not a gathering of their own."""
_SAID_BEFORE = re.compile(r"\bthat\b|[:.;]\s")
"""Between a speech verb and a later `I`: the words said have begun (`said that …`, `: …`, a new sentence)."""
_LETTER_HEAD = re.compile(r"^[ \t]*(?:(?:To|TO|\[[Tt]o\]):?[ \t]+|(?:My\s+)?Dear\s+)[^\n]+", re.M)
_LETTER_HEAD_REACH = 2500
"""`To: Minister Duk Shin Choi` over a letter, or `Dear Comrade Petrov,` opening it: the head that says who
its `you` is."""
_YOU_OBJECT = re.compile(r"\s+(you)\b(?!\s+(?:about|that|to|how|whether|of)\b)")
"""`spoke with you and Comrade Husák`: the one spoken to, right after the verb."""
_RECIPROCAL = re.compile(r"\s*[,.?;]|\s+(?:in|at|on|during|last|before|again|previously|once|twice|"
                         r"several|many|for|when|while|then)\b")
"""`we met in 1964`, `we met at the station`: a `we` meeting with no one after the verb met each
other."""
_NARRATOR_GLOSS = re.compile(r"\s+(?:me|us)\s*\[[^\]]*\]")
"""`he informed us [a delegation headed by Pullai]`: the editor names who `us` were."""
_COUNTERPART_OFFICE = re.compile(
    r"\bwith\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}?(ambassador|charg[ée]|counsel+or|consul|envoy|minister|"
    r"premier|president|chairman|secretary)\b", re.IGNORECASE)
_LINE_AFTER = re.compile(r"[ \t]*\n[ \t]*(\S[^\n]*)")
_FIRST_LINE_AFTER = re.compile(r"[ \t]*\n(?:[ \t\xa0]*\n){0,3}[ \t]*(\S[^\n]*)")
"""The list under `Participating from our side were:` may open after blank lines (one of them a space a page kept);
it ends at the next."""
_ITEM_TITLES = re.compile(r"(?:(?:Comrades?|Cdes?|Comr|Mr|Mrs|Ms|Messrs|Dr|Sir|Prof|Professor|"
                          r"agr|habil|rer\.\s*nat|phil|oec|jur|med|sc|Ing|Dipl)\.?\s+)*")
"""Titles and degrees before a listed name (`Prof. Dr. agr. habil Erich Rübensam`)."""
_SIDE_DASH = re.compile(r"[ \t]*[A-Z][\w'’]*(?:[ \t]+[\w'’]+){0,3}[ \t]*[—–]+[ \t]*")
"""`Cambodia—Ieng Sary, Member of …; Ming Shan, …` over `China——Deng Xiaoping`: each side's line of a
list of participants, however long its offices, is one item of the list."""
_LIST_MARK = re.compile(r"[–—•*-]|\d{1,2}[.)]\s")
_HEADLINE = re.compile(
    r"(?:Talks|Conversation|Meeting|Discussion|Audience)\s+with\s+(?:\[[^\]]*\]|[^.;:!?\[\]])*?"
    r"\s+on\s+(?:the\s+)?\d[^.;:!?\]]*\.?|"
    r"\[(?:Talks|Conversation|Meeting|Discussion|Audience)\s+with\s+[^\[\]\n]*?\s+on\s+(?:the\s+)?\d[^\]\n]*\]")
"""`Talks with Bernardes on the 26th of October.`: a cable's subject line, the sender's own talks;
`[Meeting with Kim Il Sung on 5 October 1976]`: an editor's heading over a part of the record."""
_ITEM_MARK = r"[ \t]*(?:[•*–-]|\d{1,2}(?:\.?/|[.)]))[ \t]*"
"""A list item's bullet or number (`•`, `2.`, `3)`, `1./`)."""
_SESSION_HEADING = re.compile(
    r"[ \t]*(?:\d+(?:st|nd|rd|th)\s+|(?:First|Second|Third|Fourth|Fifth)\s+)?(?:Restricted\s+|Plenary\s+)?"
    r"(?:Meeting|Session|Round)\b[^\n.]{0,60}$")
"""`1st Meeting, Friday, 6 May 1966`: a line heading one session of a record of talks."""
_CABLE_TITLE = re.compile(r"(?:\w+\s+)?(?:Cable|Telegram)\b", re.IGNORECASE)
"""`Cable from Ambassador Katori to the Foreign Minister, '…'`: a record that relays what it reports."""
_FRONTED = re.compile(r"\W*(?:After|Before|During|Upon|Following|Since|Until|At\s+the\s+end\s+of|Referring\s+to|"
                      r"Speaking\s+(?:of|about)|Returning\s+to|Turning\s+to|Recalling)\s+(?:his|her)\b")
"""A phrase opening a sentence on a pronoun (`After his return, …`), ahead of the name it stands for."""
_REFERRING = re.compile(r"\W*(?:Referring\s+to|Speaking\s+(?:of|about)|Recalling|Returning\s+to)\s+(?:his|her|their|the)\s"
                        r"(?:[\w-]+\s+){0,2}$")
"""`Referring to his conversation with X, …`: a talk the speaker goes back to, not the one recorded."""
_THEN = re.compile(r"\s(?:then|afterwards|subsequently|later)\s")
_AT_HOUR = re.compile(r"\W*At\s+(?:\d{1,2}(?:[.:]\d\d)?(?:\s*(?:a\.\s?m\.|p\.\s?m\.|hours|o'clock))?|\d{4}(?:\s+hours)?)"
                      r"(?:\s+in\s+the\s+(?:morning|afternoon|evening))?[\s,]")
"""`At 6 in the evening`, `At 1645`, `At 11.30 a.m.`: an hour opening a sentence, with no day."""
_PRESENT_AT_EVERY = re.compile(
    r"\b(?:I|[Ww]e)\s+(?:was|were)\s+(?:also\s+)?present\s+at\s+(?:[^.;,\n]{0,40}?\s)?(?:all|every|each)\s+"
    r"(?:of\s+)?(?:the\s+|his\s+|her\s+|these\s+)?(?:meetings?|talks?|conversations?|discussions?)\b")
"""`I was present at Comrade Mód’s every meeting`: the writer was at all the meetings the record tells."""
_CONTENTS_LINE = 80
"""How long an entry of a record's table of contents (`2nd Meeting Saturday, 7 May 1966`) may be."""
_ITEM_HEADLINE = re.compile(rf"{_ITEM_MARK}(?:Talks?|Conversations?|Meetings?|Discussions?|Audience)\s+with\s")
"""`• Talk with Foreign Minister X on 16 July 1973:`, `2. Meeting with A and B.`: an item of a
report's list of talks, each held by whoever held them all."""
_TALKS_LEAD = re.compile(r"(?:talks|conversations|meetings)\s+([^\n]{0,160}?)\s+had\s+with\b[^\n]*:[ \t]*$", re.M)
"""`the farewell talks departing Ambassador X had with Korean personalities:` over such a list."""
_ITEM_LEAD_REACH = 3000
_ITEM_WITH = re.compile(rf"{_ITEM_MARK}With\s")
"""`2./ With Prime Minister X on 3 January,`: an item of a list under a lead naming the talks."""
_ITEM_OPENING = re.compile(_ITEM_MARK)
_ITEM_LINE = re.compile(rf"\n{_ITEM_MARK}")
"""A line that opens with a list item's mark: the text's first, else one found from its line break
(a literal the engine skips ahead to)."""
_FOLLOWING_LEAD = re.compile(
    r"(?P<subject>[^\n.:;]{0,160}?)\b(?:conducted|held|had)\s+(?:[\w-]+\s+){0,3}?(?:talks|conversations|meetings|"
    r"discussions)\s+with\s+the\s+following\b[^\n]*:[ \t]*$", re.M)
"""`He conducted important political talks with the following personalities:`: the lead of a list
of talks, all held by its subject."""
_ABSENT = re.compile(r"\s+(?:was|were)\s+(?:missing|absent|not\s+present)\b")
"""`On the part of the Cuban delegation Gen. S. Hart was missing`: named as not there."""
_PLACE_LEAD = re.compile(r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?,\s+(?=\S)")
"""`Bucharest, ` opening a date line; matched at a sentence's start."""
_EXCEPTED = re.compile(
    r"\b(?:except(?:\s+for)?|with\s+the\s+exception\s+of|excluding|other\s+than)\s+[^,;.:()]*$",
    re.IGNORECASE)
"""`met by all Presidium members except X and Y`: the names an exception lists were not there."""
_ASIDE = re.compile(r"\((?:he|she|they|we|I|who|which|the\s+latter)\s[^()]*$", re.IGNORECASE)
"""`a conversation with Pak (he is acting for Kim during his vacation)`: a name in an aside about
someone else was not at the meeting."""
_ON_BEHALF = re.compile(r"\bon\s+behalf\s+of\s+(?:[^,;.:()\[\]]|\[[^\[\]]*\])*\[?$", re.IGNORECASE)
"""`we greeted him on behalf of the Commander-in-Chief [Fidel Castro] and the Minister [Raúl Castro]`: those
a greeting is brought from were not there, named with their offices or not."""
_SEVERAL_OF = re.compile(r"(?:conversations|meetings)\s+of")
"""`conversations of X with A and B`: more than one, one with each partner."""
_HAD_SEVERAL = re.compile(r"\b(?:had|held)\s+(?:separate\s+(?:conversations|talks|meetings)|conversations)\s+with$")
"""`Today I had conversations with A, B and C`: the narrator's talks in the plural, one with each
of those listed (`had talks with A and B` may have been one)."""
_RECORD_WORDS = (r"\b(?:(?:record|text|transcript)s?\s+of|excerpts?\s+(?:from|of))\s+"
                 r"(?:the\s+|a\s+|his\s+|their\s+|my\s+|our\s+)?")
_RECORD_LEAD = re.compile(_RECORD_WORDS + "$", re.IGNORECASE)
"""`passed him the record of the conversation between A and B`: a talk the record is of, not the one it is read at;
`the interpreters translate the excerpt from my conversation with Eisenhower`: the speaker's own, elsewhere."""
_RECORD_OF = re.compile(
    _RECORD_WORDS + r"(?:conversations?|talks|meetings?|"
    r"discussions?|negotiations)\s+(?:between|with|of)\s+(?:[^,;.:()\[\]]|\.(?=\s?[A-Z]|\s*$))*$", re.IGNORECASE)
"""`familiarized him with the record of the conversation between Cde. N. S. Khrushchev and J. Nehru`:
those a record is of were not at the meeting where it is read."""
_BLOCKING_LAST = frozenset(("from", "of", "to", "by", "the", "comrade", "cde."))
_LIST_ITEM = re.compile(r";\s*(?:and\s+)?(?:(?:Comrade|Cde\.|comrade)\s+)?(?:\[[^\]\n]{1,30}\]\s*)?")
_NAMED_ITEM = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2},\s+(?:the\s+|an?\s+|his\s+|her\s+)?[a-z]")
_ITEM_END = re.compile(r"\s*(?:[,;.)—–]|and\b|$)")
_OFFICE_ITEM = re.compile(r"(?:the\s+|an?\s+)?[a-z][^;:.!?]*,\s+(?:(?:Comrade|Cde\.|comrade)\s+)?")
_OFFICE_ITEM_REACH = 160
_SEPARATE_HOSTS = 3
"""From how many hosts a list after `received by` tells separate receptions."""
_CLOSING_LABEL = re.compile(r"\n[ \t]*([^:\n]{2,60}):[ \t]*$")
"""`About the Talks of … on 11 July 1981 in Moscow` / `from the KGB:`: a label closing a block, its list below."""
_SPEAKER_LABEL = re.compile(r"Speakers?", re.IGNORECASE)
"""`Speaker: Comrade X` over an item of a committee's minutes: the one who presented it."""
_BARE_ATTENDANCE_LABEL = re.compile(
    r"\s*(?:In\s+attendance|Present|Participants|Participating|Attendees|Attending)\s*:?\s*", re.IGNORECASE)
"""A head line that labels the list under it without a colon (`In attendance`)."""
_STAMP = re.compile(r"\[[^\[\]\n]{0,30}?\bstamp\b[^\]]*\]", re.IGNORECASE)
"""`[Stamp at the bottom of the first page: "Secretariat of V. M. Molotov 11 May 1950"]`: a registry
stamp over several lines; a name in it is the office's, not one of those present."""
_OTHER_LIST_LABEL = re.compile(
    r"\b(?:records|distribution|cop(?:y|ies)|files?|archives?|sources?|manuscripts?|initials|signatures?)\b|"
    r"^\s*(?:received|read|to\s+be\s+read)\s+by\s*$",
    re.IGNORECASE)
"""`[Manuscript records:]`, `Distribution:`, `Received by:`: the names on and under it read or received
the paper (`N[icolae] C[eauşescu]`); they are not a list of those present."""
_NOTE_LABEL = re.compile(r"\bnote\s*$", re.IGNORECASE)
"""`[Translator’s note: … sent to GDR leader Walter Ulbricht.]`: an editor's note, not a list of those present."""
_LINE = re.compile(r"[^\n]*[^\s][^\n]*")
# A page break inside a list of those present (`… Deputy Chairman` / `[end p. 1]` / `of the
# government, Pavel A. - …`): the marker is no paragraph, and the torn entry goes on below it.
_PAGE_MARK = re.compile(r"\s*\[(?:end\s+(?:of\s+)?)?(?:p\.|page)(?:\s*\d+|\s+break)?\]\s*", re.IGNORECASE)
_TORN_OFF = re.compile(r"[\w,]\s*$")
_TORN_ON = re.compile(r"\s*[a-z]")
_PERSON_LINE_LEAD = re.compile(
    r"\s*(?:(?:Comrades?|Cdes?\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Mme\.?|Sir|Lord|Lady"
    r"|(?:The\s+)?(?:Prince|Princess|Count|Countess|Baron|Baroness)(?:\s+(?:de|von|van|di))?)\s+)?")
"""What opens a line of a list before the name: an honorific, dotted or not (`Mr Jean DUBOIS`), or
a noble title with its particle (`The Baron de VILLIERS`)."""
_PERSON_LINE_REST = re.compile(r"(?:\s*(?:,|\(|[–—-])|[ \t]+(?=[A-Z\d]))[^.;:!?]*\)?\.?\s*")
_RANKED_LEAD = re.compile(r"\s*(?:Comrades?|Cdes?\.)\s+((?:[A-Z][\w.-]*\s+){0,3})\[?")
"""`Comrade `, `Comrade Colonel `, `Comrade Minister [`: an honorific (and a rank) before a name on a line of a
list."""
_SHOUTED_SURNAME = re.compile(r"[A-Z][A-Z'’-]+[ \t]+[A-Z][a-z]")
"""`KIM Jeong-ryeom`: a surname in capitals before the given name, as a head's list writes it."""
_GLOSS_AFTER = re.compile(r"[ \t]*\[[^\]\n]{1,40}\]")
_OFFICE_REST = re.compile(r"[ \t]+[A-Z\d][^.;:!?\n]*")
_LIST_LINE = 120
"""A line under `Accompanying personnel:` at most this long is one more item of the list
(`Minister's Assistant Chen Jiakang`); a longer one, running text or speech (`X said Y
hopes …`) ends it."""
_MARKED_NAME = 30
"""How far into a line its list mark and the rank or title before the name may run."""
_LIST_GLUE = re.compile(r"(?:[\s,;.]|\band\b|(?:Comrades?|Cdes?|Comr|Messrs|Mr|Mrs|Ms)\b\.?)*")


def _names_only(text: str, start: int, end: int, named: list[_Mention]) -> bool:
    """`Cdes. Mao Zedong, Liu Shaoqi, … and Hu Qiaomu.`: a line of three names or more with
    nothing but commas, `and` and `Cdes.` between them is a list, however long."""
    if len(named) < 3:
        return False
    pos = start
    for mention in named:
        if not _LIST_GLUE.fullmatch(text, pos, mention.start):
            return False
        pos = mention.end
    return _LIST_GLUE.fullmatch(text, pos, end) is not None


_ENTRY_LINE = 240
"""Under a label, a line that opens with a person and goes on with nothing but his offices is
an item however many offices it gives (`X, member of the Politburo …, Chairman of …`)."""
_CUE, _DATE, _DURATION, _SPEECH, _DELEGATION, _TOLD, _ITEM, _GATHER = (1 << bit for bit in range(8))
"""Rule families of the sentence reader, one bit each: a sentence runs a family only when its
bit is set, i.e. when one of the words the family's patterns need stands in the sentence."""
_EVENTFUL = _CUE | _DATE | _DURATION
_TOLD_WORDS = ("meeting", "talks", "conversation", "negotiation", "session", "discussion")
"""Every _TOLD_MEETING match holds one of these (the pattern is case-sensitive)."""
_GATHERING = re.compile(
    r"\b(?i:conference|congress|plenum|session|sitting)\s+(?:of\s+[^.;:]{1,120}?\s+)?"
    r"(?:(?:was|were|had\s+been)\s+(?:held|convened|opened)|(?:had\s+)?(?:taken|took)\s+place|"
    r"(?:had\s+)?(?:begun|began|opened|started)(?:\s+its\s+work)?|convened)\b"
)
"""`On 23 November a conference of representatives of the parties of Latin America had begun its
work`: a gathering of its own, whoever tells of it; those the next sentences name at it
(`He had been elected chairman of the conference. Cuban representatives were A, B and C.`)
took part in it."""
_GATHERING_WORDS = ("onferen", "ongress", "lenum", "ession", "itting")
"""Every _GATHERING match holds one of these (in lower case)."""
_AT_GATHERING = re.compile(
    r"\b(?:[Rr]epresentatives|[Dd]elegates|[Pp]articipants|(?:[Cc]o-?)?[Cc]hairm[ae]n|[Cc]haired|[Pp]resided|"
    r"(?:the|this|that)\s+(?:conference|congress|plenum|session|sitting))\b"
)
"""A sentence after a gathering that names people at it: its delegates, its chairman, `the session`."""
_AT_GATHERING_WORDS = ("epresentatives", "elegates", "articipants", "hairm", "haired", "resided")
_GATHERING_REACH = 3
"""How many sentences on, in the same paragraph, may still name people at a gathering."""
# `X served as translator on the Chinese side and Y on the Mongolian side`: Y interprets too.
_OTHER_SIDE_AND = re.compile(r"\s+on\s+the\s+[A-Z][\w-]+\s+side,?\s+and\s+")
_AT_SESSION = re.compile(
    r"\b[Aa]t\s+(?:the|yesterday['’]s|today['’]s|this\s+morning['’]s)\s+(?:[\w-]+\s+){0,3}?(?:session|sitting)\b"
    r"(?!\s+of\s+(?!the\s+\d))")
"""`At the 22nd restricted session on the 9th, …`, `At yesterday's plenary session …`: a conference's
session the sentence opens on (not a body's, `at the session of the Assembly`); those who speak in it took part."""
_SESSION_OPENING = re.compile(
    r"\W*(?:\(?\w{1,3}[.)]\s*)?(?:(?:On|In)\s+the\s+(?:morning|afternoon|evening|night)\b[^,\n]{0,24}?|"
    r"(?:Today|Yesterday|Then|Later)\b,?)?\s*$|\W*(?:I|We)\s+(?:\w+\s+){1,2}$")
"""What may stand before `at the … session` in its sentence: an item's mark and the part of
the day (`(1) On the afternoon [of the 14th]`), or the narrator and his verb (`I spoke first`)."""
_SESSION_SPEECH = (r"(?:said|stated|spoke|emphasi[sz]ed|proposed|put\s+forward|submitted|tabled|rebutted|requested|"
                   r"insisted|"
                   r"pointed\s+out|echoed|supported|objected|declared|replied|answered|argued|noted|raised|"
                   r"expressed|suggested|claimed|presented|explained|repeated|made\s+(?:a|an|his|her|the|\w+)\s)")
_SESSION_SPEAKS = re.compile(
    rf"\]?(?:\s*\[[^\]\n]{{1,40}}\])?\s+(?:(?:also|then|next|further|again|once\s+again|first|intentionally)\s+)?"
    rf"(?:in\s+(?:his|her)\s+(?:presentation|speech|statement)\b|{_SESSION_SPEECH})")
"""After a name, what makes him a speaker at the session: a verb of speech or proposal, or `in his
presentation`."""
_SESSION_SPEAKER_BEFORE = re.compile(
    r"(?:\b[Ii]n\s+(?:his|her)\s+(?:presentation|speech|statement),\s+|"
    r"\b(?:presentation|statement|speech)\s+was\s+(?:made|given|delivered)\s+by\s+(?:[\w.-]+\s+){0,6}?|"
    r"\b(?:He|She)\s+\[?)$")
"""Before a name, what makes him a speaker at the session: `In his presentation, [Anthony] Eden`, `the
presentation was made by French ambassador to Switzerland Chauvel`, the editor's `He [Smith] said`."""
_NARRATOR_SPEAKS = re.compile(
    r"(?<!\w)(?:I|[Ww]e|[Oo]ur\s+side)\s+(?:(?:also|then|first|again|once\s+again)\s+)?"
    r"(?:spoke|said|stated|pointed\s+out|emphasi[sz]ed|insisted|proposed|explained|replied|answered|responded)\b")
"""`I spoke first`, `our side insisted`: the senders took the floor at the session."""
_SESSION_CHAIR = re.compile(r"\b(?:chair(?:man)?|chaired|presided)\b[^.;]{0,20}?\b(?:the|this)\s+session\b")
"""`Molotov, as chair of the session, …`, a paragraph or two on: he was at it."""
_NEW_ITEM = re.compile(r"\W*(?:\(\d+\)|\d+\))")
"""`(2) The opening session …`: a cable's next numbered point tells of something else."""
_SESSION_PARAGRAPHS = 6
"""How many paragraphs on a session's speakers may still be told."""
_RANK = {"present": 0, "participant": 1, "speaker": 2, "host": 3, "visitor": 3, "interpreter": 4}
"""When one person is named twice in a meeting, the more telling part wins."""


class _Mention(NamedTuple):
    start: int
    end: int
    key: str


class _Index:
    """Person mentions by position: the only bridge from text to persons."""

    def __init__(self, persons: tuple[Person, ...]) -> None:
        mentions = sorted(
            {(s.start, s.end, p.key) for p in persons for s in p.mentions}, key=lambda m: (m[0], -m[1], m[2])
        )
        kept: list[_Mention] = []
        for start, end, key in mentions:
            if kept and start < kept[-1].end:
                continue
            kept.append(_Mention(start, end, key))
        self.mentions = kept
        self.starts = [m.start for m in kept]

    def within(self, start: int, end: int) -> list[_Mention]:
        i = bisect_left(self.starts, start)
        j = bisect_left(self.starts, end)
        return [m for m in self.mentions[i:j] if m.end <= end]

    def last_before(self, position: int, exclude: set[str], floor: int = 0) -> _Mention | None:
        i = bisect_right(self.starts, position) - 1
        while i >= 0 and self.mentions[i].start >= floor:
            mention = self.mentions[i]
            if mention.end <= position and mention.key not in exclude:
                return mention
            i -= 1
        return None


_OWNED_OFFICE = re.compile(r"\]?['’]s[ \t]+((?:[\w.-]+[ \t]+){1,5})(?:\[[^\[\]\n]{1,30}\][ \t]*)?$")
"""`Goulart's special envoy gen. [Albino] `: an office the one named before owns, up to the next name."""
_NOT_OWNED_OFFICE = re.compile(r"\b(?:of|with|to|and|the|[Rr]eception|[Mm]eeting|[Cc]onversation|[Tt]alks?)\b")
"""`Premier Zhou's Reception of Ambassador X`: what is owned is an event, with its own guest."""
_HELD_FOR = re.compile(r"\s(?:of|to|for)\s")
_HELD_FOR_BEFORE = re.compile(r"\b(?:of|to|for)[ \t]+(?:\[?[A-Z][\w.-]*\]?[ \t]+){1,3}$")


@dataclass
class _Draft:
    status: str
    span: Span
    kind: str = "meeting"
    parts: dict[str, Participation] = field(default_factory=dict)
    date: DateValue | None = None
    place: str | None = None
    duration: str | None = None
    provisional: bool = False
    narrated: bool = False
    titled: bool = False
    timed: bool = False
    """Dated by the record's `Time:` line, which what is said in the talk (`I arrived yesterday`)
    does not move."""
    told: bool = False
    recalled: bool = False
    """Told inside what someone says (`Oelzner reported about his conversation with X`,
    `I said that in the 21 April conversation with X …`) or in passing (`Gromyko told me
    afterwards`): a meeting of its own, never the one the record goes on telling."""
    secondhand: bool = False
    """`Premier Zhou told Ambassador X that …`: a talk between two others, told by name; when
    a meeting already told holds both, it is that one, not a second."""
    contextual: bool = False
    """Dated only by the narrative before its sentence (`On April 5 I asked for a meeting. … I
    visited X`), which does not move a `headed` day."""
    headed: bool = False
    """A titled conversation dated to a day by the record's head other than the day of writing
    (`Transcript of a Conversation with X, 9 April 1962` in a record of 8 May)."""
    apart: bool = False
    """One of several talks a sentence tells (`discussions with A, and also with B`): the
    narrator's talk on that day goes on in none of the others."""
    later: bool = False
    """`Comrade Novikov then had a long discussion with Karmal`: a partner of the narrator's talk went on to
    another without the narrator; it is not the narrator's talk told again."""
    listed_item: bool = False
    """An item of a list of talks: a later heading naming the same people (`1./ Meeting with X`)
    goes on telling it rather than repeating it."""
    point: bool = False
    """A numbered point of a dated lead's talks (`1. X told A …`, `2. X told B …`): a talk of its own
    unless one's people hold the other's."""

    spoke: dict[str, Span] = field(default_factory=dict)
    """Who speaks in it, whatever higher part (host, visitor) the meeting gives them."""

    def add(self, key: str, part: str, span: Span) -> None:
        known = self.parts.get(key)
        if known is None or _RANK[part] > _RANK[known.part]:
            self.parts[key] = Participation(key, part, span)
        if part == "speaker":
            self.spoke.setdefault(key, span)

    def others(self) -> set[str]:
        return {k for k in self.parts if k != NARRATOR_KEY}


@dataclass
class _State:
    """What the reader has established so far: the date reached, the meeting being told."""

    entry: str | None = None
    context: DateValue | None = None
    context_paragraph: int = -1
    context_at: int = -1
    previous: DateValue | None = None
    previous_paragraph: int = -1
    previous_at: int = -1
    current: _Draft | None = None
    reported_paragraph: int = -1
    told: _Draft | None = None
    told_paragraph: int = -1
    heading: str | None = None
    """The date of the last line that is only a date: the writer's day for `this morning`."""
    session: _Draft | None = None
    session_paragraph: int = -1
    """A conference's session told (`At the 13th restricted session, …`) and its paragraph."""
    gathering: _Draft | None = None
    gathering_paragraph: int = -1
    gathering_left: int = 0
    """A conference told (`gathering`), its paragraph, and how many sentences may still name people at it."""


def _shouted(name: str) -> bool:
    """`M. S. GORBACHEV`, `Eh. A. SHEVARDNADZE`, `Yu. V. ANDROPOV`: a surname in capitals, whatever the
    case of the initials' second letters."""
    surname = name.split()[-1]
    return len(surname) > 1 and surname.isupper()


def _inside_aside(text: str, left: int, right: int, position: int) -> tuple[int, int]:
    """`Present were also Comrade Pak, … and a person taking the minutes (this woman was
    introduced … in the context of the delegation’s stay in the DPRK)`: a cue in an aside in
    parentheses reaches no further than the aside, though it counts everyone in its sentence."""
    opening = text.rfind("(", left, position)
    if opening < 0 or text.find(")", opening, position) >= 0:
        return left, right
    closing = text.find(")", position, right)
    return opening + 1, right if closing < 0 else closing


class _Reader:
    def __init__(self, document: Document, metadata: Metadata, persons: tuple[Person, ...],
                 roles: tuple[RoleAssignment, ...]) -> None:
        self.text = document.text
        self.index = _Index(persons)
        self.names = {p.key: p.names for p in persons}
        self.roles = roles
        self.authors = _authors(persons, roles, metadata) or _cable_sender(document.text, persons)
        self.anchor = _held_on(metadata.title, metadata.date.iso) if metadata.date else None
        self.layout = dt.scan_layout(self.text, self.anchor)
        excluded = tuple(x for x in (metadata.citation, metadata.summary) if x)
        self.blocks = body_blocks(self.text, excluded)
        scan = Scan(self.text)
        self.cue_triggers = scan.cues
        self.durations = scan.durations
        self.verbs = scan.verbs
        self.dates = dt.dates_at(self.text, scan.dates, 0, len(self.text))
        self.date_starts = [d.start for d in self.dates]
        self.floor_words = sorted(p for word in _FLOOR_WORDS for p in occurrences(self.text, word))
        self.floors_after = [m for word in _FLOOR_AFTER_WORDS for at in occurrences(self.text, word)
                             if (m := _FLOOR_AFTER.match(self.text, at)) is not None]
        marks = sorted(self.cue_triggers + self.date_starts + self.verbs.starts + self.durations
                       + occurrences(self.text, "ccording") + [m.start() for m in self.floors(0, len(self.text))]
                       + [m.start() for m in self.floors_after]
                       + occurrences(self.text, "delegation") + self.gathering_words() + self.session_marks())
        entries = [start for start, _ in self.layout.headings]
        self.sentences = sentences(self.text, self.blocks, self.verbs, marks, entries)
        self.sentence_starts = [s.start for s in self.sentences]
        self.families = self.sentence_families()
        self.speeches = speeches(self.text, self.sentences, self.verbs)
        self.speech_positions = [s.position for s in self.speeches]
        self.speakers: list[str | None] = []
        for speech in self.speeches:
            found = self.index.within(speech.subject_start, speech.position)
            self.speakers.append(found[-1].key if found else None)
        self.paragraph_speaker: dict[int, str] = {}
        for speech, speaker in zip(self.speeches, self.speakers):
            if speaker:
                self.paragraph_speaker.setdefault(speech.paragraph, speaker)
        self.stop_labels = self.turns_by_stop()
        stopped = {m.start for m in self.stop_labels}
        labelled = sorted([m for m in self.index.mentions if _SPEAKER_COLON.match(self.text, m.end) or (
            _SPEAKER_OVER.match(self.text, m.end)
            and _LABEL_LEAD.fullmatch(self.text, self.text.rfind("\n", 0, m.start) + 1, m.start)) or (
            _SPEAKER_STOP.match(self.text, m.end) and _shouted(self.text[m.start:m.end])
            and (m.start == 0 or self.text[m.start - 1] == "\n")) or m.start in stopped], key=lambda m: m.start)
        self.salutation = labelled[0].start if len(labelled) == 1 and self.addressed(labelled[0], metadata) else -1
        if self.salutation >= 0:
            labelled = []
        self.labels = [m.end for m in labelled]
        self.label_starts = [m.start for m in labelled]
        self.label_keys = [m.key for m in labelled]
        self.letter_to = self.letter_addressee()
        self._blocked: dict[tuple[int, int], bool] = {}
        self.drafts: list[_Draft] = []
        self.head_lines: list[tuple[int, int]] = []
        self.state = _State()
        self.metadata = metadata
        self.spoken: dict[str, Span] = {}
        self.held_for = self.related_holders()

    def related_holders(self) -> set[tuple[int, int]]:
        """Where a person is named only as the one another's office is held for (`Pak Chol, a
        secretary of Premier Kim Il Sung`, `Kim Il Sung's personal secretary Pak Chol`, `Pak Chol,
        one of Kim Il Sung's aides`): naming the secretary at a meeting does not put Kim there."""
        held: set[tuple[int, int]] = set()
        for role in self.roles:
            if role.kind != "office" or not _HELD_FOR.search(role.title):
                continue
            for mention in self.index.within(role.span.start, role.span.end):
                if (mention.key != role.person and mention.end == role.span.end
                        and _HELD_FOR_BEFORE.search(self.text, max(0, mention.start - 40), mention.start)):
                    held.add((mention.start, mention.end))
        for owner, held_by in zip(self.index.mentions, self.index.mentions[1:]):
            office = _OWNED_OFFICE.match(self.text, owner.end, held_by.start)
            if (office and owner.key != held_by.key and has_head(office.group(1))
                    and not _NOT_OWNED_OFFICE.search(office.group(1))):
                held.add((owner.start, owner.end))  # `Goulart's special envoy General Silva`
            if (owner.key != held_by.key and _APPOSED_BEFORE_OWNER.fullmatch(self.text, owner.end, held_by.start)
                    and _AIDE_OF.match(self.text, held_by.end)):
                held.add((held_by.start, held_by.end))  # `W[illiam] Hyland, one of [Henry] Kissinger's advisors`
        return held

    def letter_addressee(self) -> str | None:
        """Whom a letter's `you` means: the one person on its head's `To:` line (`To: Minister Duk Shin Choi`)
        or in its salutation (`Dear Comrade Petrov,`), when the record is no talk whose speakers say `you`."""
        if self.label_keys:
            return None
        for line in _LETTER_HEAD.finditer(self.text, 0, min(len(self.text), _LETTER_HEAD_REACH)):
            named = {m.key for m in self.index.within(line.start(), line.end())} - set(self.authors)
            if len(named) == 1:
                return next(iter(named))
        return None

    def addressed(self, label: _Mention, metadata: Metadata) -> bool:
        """`Premier Zhou [Enlai]:` alone on its line over a cable titled `Cable from Zhang Wentian to Zhou
        Enlai`: the one the cable is addressed to, not a speaker whose words follow."""
        if _SPEAKER_COLON.match(self.text, label.end) or not _SPEAKER_OVER.match(self.text, label.end):
            return False
        return self.title_addressee(label.key, metadata)

    @staticmethod
    def title_addressee(key: str, metadata: Metadata) -> bool:
        """Is the person the one a title sends its paper to (`Code Message from Gajewski to Ogrodziński`)?"""
        title = fold(metadata.title or "")
        to = title.find(" to ")
        return to >= 0 and any(len(part) > 2 and re.search(rf"\b{re.escape(part)}\b", title[to:])
                               for part in key.split("-"))

    def turns_by_stop(self) -> list[_Mention]:
        """`N.S. Khrushchev. I apologize …` / `S. Dutt. I understand …`: a Soviet record labels its
        speakers' turns with their names and a full stop, in any case. Names that open lines so,
        when two persons each open two such lines (they take turns)."""
        opening = [m for m in self.index.mentions if (m.start == 0 or self.text[m.start - 1] == "\n")
                   and _SPEAKER_STOP.match(self.text, m.end)]
        turns: dict[str, int] = {}
        for mention in opening:
            turns[mention.key] = turns.get(mention.key, 0) + 1
        return opening if sum(1 for n in turns.values() if n > 1) > 1 else []

    @cached_property
    def speaker_lines(self) -> list[tuple[int, int]]:
        """Where the label of every `Name: …` or `NAME. …` line stands: both the title's meeting and
        a dialogue read them, found once. A line that opens with a clause of speech (`Kudashev
        explained why the USSR was lobbying for Nehru: …`) is labelled by its subject only."""
        spans = [(m.start, m.end) for m in self.stop_labels]
        for label in line_matches(_SPEAKER_LINE, self.text) + line_matches(_SPEAKER_DASH, self.text):
            start, end = label.span(1) if label.group(1) is not None else label.span(2)
            if start <= self.salutation < end:
                continue
            verbs = self.verbs.between(start, end)
            if verbs:
                end = verbs[0].start()
                while end > start and self.text[end - 1].isspace():
                    end -= 1
            spans.append((start, end))
        return sorted(set(spans))

    # --- people in a clause ------------------------------------------------------------

    def speaker_before(self, position: int) -> str | None:
        """The person whose words are being reported at `position`: the one named with the
        last speech verb, or, after `He said`, the paragraph's first named speaker (in a
        record the interlocutor holds the floor, whoever is quoted in between)."""
        i = bisect_left(self.speech_positions, position) - 1
        if i < 0:
            return None
        if self.speakers[i]:
            return self.speakers[i]
        paragraph = self.speeches[i].paragraph
        if paragraph in self.paragraph_speaker:
            return self.paragraph_speaker[paragraph]
        while i >= 0:
            if self.speakers[i]:
                return self.speakers[i]
            i -= 1
        return None

    def resolve_pronoun(self, position: int, exclude: set[str], reported: bool) -> str | None:
        """`he`/`him`: inside a report, the one reporting (`Kim said that he …`); else the
        nearest person named before."""
        sentence_start = self.sentence_start(position)
        fronted = self.fronted_subject(sentence_start, position)
        if fronted is not None and fronted not in exclude:
            return fronted
        frame = innermost_report(self.text, self.verbs, sentence_start, position)
        if frame is not None:
            named = self.index.within(sentence_start, frame.verb)
            if (len(named) > 1 and _AND_VERB.search(self.text, named[-1].end, frame.verb)
                    and _SUBJECT_OPENS.fullmatch(self.text, sentence_start, named[0].start)
                    and named[0].key not in exclude):
                return named[0].key  # `Sukarno informed X, passed greetings from Y, and said that he`
            if named and named[-1].key not in exclude:
                return named[-1].key
        subject = self.previous_subject(sentence_start, position)
        if subject is not None and subject not in exclude:
            return subject
        if reported:
            speaker = self.speaker_before(position)
            if speaker and speaker not in exclude:
                return speaker
        if self.unnamed_antecedent(sentence_start, position):
            return None
        mention = self.index.last_before(position, exclude, max(0, position - 800))
        return mention.key if mention else None

    def unnamed_antecedent(self, sentence_start: int, position: int) -> bool:
        """`… a conversation I recently had with a Soviet comrade. He informed [me] …`: `He` opening the
        sentence after one that names no one but someone unnamed stands for that one, no earlier name."""
        if not _PRONOUN_OPENS.match(self.text, sentence_start) or self.index.within(sentence_start, position):
            return False
        before = sentence_before(self.text, self.blocks, sentence_start)
        return (before is not None and not self.index.within(*before)
                and _UNNAMED_PERSON.search(self.text, *before) is not None)

    def fronted_subject(self, sentence_start: int, position: int) -> str | None:
        """`After his first meeting with Robert Kennedy, …, Bolshakov no longer met with him`: a pronoun in a
        phrase that opens the sentence, before any name, stands for the subject of the clause after the comma."""
        if not _FRONTED.match(self.text, sentence_start) or self.index.within(sentence_start, position):
            return None
        i = bisect_right(self.sentence_starts, sentence_start) - 1
        for mention in self.index.within(position, self.sentences[i].end):
            comma = self.text.rfind(",", position, mention.start)
            if (comma >= 0 and _SUBJECT_LEAD.fullmatch(self.text, comma + 1, mention.start)
                    and not self.text.startswith(",", mention.end)):  # `…, A. Kosygin, which took place …`
                return mention.key
        return None

    def previous_subject(self, sentence_start: int, position: int) -> str | None:
        """`Comrade Honecker welcomed Comrade Le Duan. He said that his talks with X …`: a sentence
        opening with `He` goes on with the subject of the sentence before, when a name opens that
        one, not with the last name it gave (its object). `He … He also … He especially …`: a run
        of such sentences (and of sentences naming no one) is one man's, back to the name before
        the first of them."""
        if not _PRONOUN_OPENS.match(self.text, sentence_start) or self.index.within(sentence_start, position):
            return None
        before = sentence_before(self.text, self.blocks, sentence_start)
        for _ in range(_PRONOUN_RUN):
            if before is None:
                return None
            start, end = before
            named = self.index.within(start, end)
            opening = _PRONOUN_OPENS.match(self.text, start)
            if named and not (opening and named[0].start > opening.end()):
                break
            if not opening and not named and NARRATOR.search(self.text, start, end):
                return None  # `I asked him …`: the narrator's own turn; `He` answers it, whoever `him` is
            earlier = sentence_before(self.text, self.blocks, start)
            if earlier is None:
                mention = self.index.last_before(start, set(), max(0, start - _OWN_TALK_REACH))
                return mention.key if mention else None
            before = earlier
        else:
            return None
        if named and _SPEAKER_COLON.match(self.text, named[0].end):
            start = self.text.index(":", named[0].end) + 1
            named = named[1:]
        if not named or not _SUBJECT_LEAD.fullmatch(self.text, start, named[0].start):
            return None
        return named[0].key

    def utterance(self, start: int, end: int, position: int) -> tuple[int, int]:
        """text[start:end] narrowed to the utterance holding `position`: a speaker's label
        (`Comrade Zhou Enlai: We …`) inside a run-on sentence (an export flattened to one
        line) opens a new utterance, so its name is neither the subject of what follows
        nor one more name of a list before it."""
        i = bisect_right(self.labels, position) - 1
        if i >= 0 and self.labels[i] > start:
            start = self.labels[i]
        j = bisect_right(self.label_starts, position)
        if j < len(self.label_starts) and self.label_starts[j] < end:
            end = self.label_starts[j]
        return start, end

    def labelled(self, position: int) -> bool:
        """Whether `position` lies in a speaker's labelled utterance (`Premier Zhou: … told
        us`), where `we` and `us` are the speaker's side, not the narrator."""
        return self.label_at(position) is not None

    def label_at(self, position: int) -> int | None:
        """The index of the speaker's label whose utterance holds `position`, if any. In a
        transcript no one signs, a turn runs over its paragraphs to the next label (`Mr. Luns:
        …` then `… Kiesinger, whom I saw in Bonn`): there is no narrator for `I` to be."""
        i = bisect_right(self.labels, position) - 1
        if i < 0:
            return None
        return i if self.turns_run_on or "\n" not in self.text[self.labels[i]:position] else None

    @cached_property
    def narrator_voiced(self) -> bool:
        """Does the writer say `I` or `we` anywhere outside the speakers' turns? A cable that only
        relays, under the speakers' labels, the talk its title names (`… (Conversation with Chairman
        Deng Xiaoping)`) was not its writer's talk; a diary speaks of its owner as `the Ambassador`."""
        return not self.labels or any(
            self.label_at(m.start()) is None for m in NARRATOR.finditer(self.text, self.label_starts[0]))

    @cached_property
    def turns_run_on(self) -> bool:
        """Does a speaker's turn run over its paragraphs to the next label? Where no one signs the
        record; and where its writer, no speaker, tells the talk of others without `I` or `we`
        before the first label (an ambassador's cable: `Prime Minister Nakasone had a
        conversation with Chairman Deng …` / `Deng: …` / `… I thank Prime Minister Nakasone`)."""
        if not self.authors:
            return True
        if not self.labels or any(key in self.authors for key in self.label_keys):
            return False
        return NARRATOR.search(self.text, 0, self.label_starts[0]) is None

    def list_before(self, start: int) -> list[_Mention]:
        """The persons listed together (`Comrades A, B, C, and D`) at the end of the sentence
        before the one at `start`: what `they` there stands for. Fewer than two: none."""
        i = bisect_right(self.sentence_starts, start) - 2
        if i < 0 or self.sentences[i].paragraph != self.sentences[i + 1].paragraph:
            return []
        named = self.index.within(self.sentences[i].start, self.sentences[i].end)
        listed = named[-1:]
        for mention in reversed(named[:-1]):
            if not _JOINED.fullmatch(self.text, mention.end, listed[0].start):
                break
            listed.insert(0, mention)
        return listed if len(listed) > 1 else []

    def group_before(self, start: int) -> list[_Mention]:
        """Those `them` stands for in the sentence at `start`: the persons listed together opening
        the sentence before (`Kim, Pak, and Peng reached Moscow … We went to meet them`), else
        those ending it."""
        i = bisect_right(self.sentence_starts, start) - 2
        if i < 0 or self.sentences[i].paragraph != self.sentences[i + 1].paragraph:
            return []
        named = self.index.within(self.sentences[i].start, self.sentences[i].end)
        if named and _SUBJECT_OPENS.fullmatch(self.text, self.sentences[i].start, named[0].start):
            listed = named[:1]
            for mention in named[1:]:
                if not _GROUP_JOIN.fullmatch(self.text, listed[-1].end, mention.start):
                    break
                listed.append(mention)
            if len(listed) > 1:
                return listed
        return self.list_before(start)

    def addressee(self, position: int) -> str | None:
        """Whom `you` is said to at `position`: in a labelled talk of two, the other speaker."""
        i = self.label_at(position)
        speakers = set(self.label_keys)
        if i is None or len(speakers) != 2:
            return None
        return next(iter(speakers - {self.label_keys[i]}))

    def voice(self, position: int) -> str | None:
        """Who says `we`/`us` at `position`: the speaker of a labelled utterance (`Brezhnev:
        … Rodriguez came to see us`) other than the author, else the author (None when no
        author is named)."""
        i = self.label_at(position)
        if i is not None and self.label_keys[i] not in self.authors:
            return self.label_keys[i]
        if self.authors:
            return NARRATOR_KEY
        return self.paragraph_voice(position)

    def paragraph_voice(self, position: int) -> str | None:
        """`Cde. Wieslaw [Gomulka] said that … I spoke with Khrushchev`: in minutes no one narrates,
        so `I` or `we` is the one whose words the paragraph gives, named with its first speech verb."""
        s = bisect_right(self.sentence_starts, position) - 1
        i = bisect_left(self.speech_positions, position) - 1
        if s < 0 or i < 0 or self.speeches[i].paragraph != self.sentences[s].paragraph:
            return None
        if not _SAID_BEFORE.search(self.text, self.speeches[i].position, position):
            return None  # `Comrade Kadasch informed us`: those he spoke to, not his words
        return self.paragraph_speaker.get(self.sentences[s].paragraph)

    def remote(self, start: int, end: int) -> bool:
        """Is contact in text[start:end] made from afar (`by telephone`, `in writing`)?
        `_REMOTE.search`, run only where one of its words stands."""
        low = folded(self.text)
        return any(low.find(word, start, end) >= 0 for word in _REMOTE_WORDS) and bool(
            _REMOTE.search(self.text, start, end))

    def floors(self, start: int, end: int) -> list[re.Match[str]]:
        """`_FLOOR.finditer(self.text, start, end)`, tried only where one of its opening words
        stands: the regex alone would stop at every `w`, `t`, `b`, `s` and `r` of the text."""
        words = self.floor_words[bisect_left(self.floor_words, start):bisect_left(self.floor_words, end)]
        return matches_at(_FLOOR, self.text, words, end)

    def delegation_leader(self, position: int) -> _Mention | None:
        """Who led the delegation last told of before `position` (`A delegation …, led by
        Comrade X, visited Moscow`)."""
        leader = None
        for led in _LED_BY.finditer(self.text, max(0, position - _DELEGATION_REACH), position):
            named = self.index.within(led.start(), min(position, led.end() + 60))
            if named and (named[0].start <= led.end() or _LEADER_RANK.fullmatch(self.text, led.end(), named[0].start)):
                leader = named[0]
        return leader

    def dates_in(self, start: int, end: int) -> tuple[dt.DateMention, ...]:
        i = bisect_left(self.date_starts, start)
        j = bisect_left(self.date_starts, end)
        return tuple(d for d in self.dates[i:j] if d.end <= end)

    def sentence_families(self) -> list[int]:
        """For each sentence read, the rule families (bits) that can find anything in it. Each
        family's words are found once in the whole text and placed into the sentences by
        bisection, instead of every family looking into every sentence for them."""
        text, starts = self.text, self.sentence_starts
        families = [0] * len(self.sentences)

        def place(positions: list[int], bit: int) -> None:
            for position in positions:
                i = bisect_right(starts, position) - 1
                if i >= 0 and position < self.sentences[i].end:
                    families[i] |= bit

        place(self.cue_triggers, _CUE)
        place(self.date_starts, _DATE)
        place(self.durations, _DURATION)
        place(self.verbs.starts + self.floor_words + [m.start() for m in self.floors_after], _SPEECH)
        place(occurrences(text, "delegation"), _DELEGATION)
        place([at for word in _TOLD_WORDS for at in occurrences(text, word)], _TOLD)
        place(self.gatherings, _GATHER)
        place(self.session_leads, _GATHER)
        for line in self.item_lines():
            line_end = text.find("\n", line)
            i = bisect_left(starts, line)
            while i < len(starts) and (line_end < 0 or starts[i] <= line_end):
                families[i] |= _ITEM
                i += 1
        return families

    @cached_property
    def gatherings(self) -> list[int]:
        """Where a gathering is told as held (`_GATHERING`), tried only where one of its nouns
        begins: the letter before each of `_GATHERING_WORDS`."""
        lowered = lowercase(self.text)
        return sorted(at - 1 for word in _GATHERING_WORDS for at in occurrences(lowered, word)
                      if at and _GATHERING.match(self.text, at - 1))

    @cached_property
    def session_leads(self) -> list[int]:
        """Where a session is told at (`_AT_SESSION`), found from its noun."""
        lowered = lowercase(self.text)
        found = set()
        for word in ("session", "sitting"):
            for at in occurrences(lowered, word):
                lead = _AT_SESSION.search(self.text, max(0, at - 60), at + len(word))
                if lead is not None:
                    found.add(lead.start())
        return sorted(found)

    def session_marks(self) -> list[int]:
        """Where a session is told and, then, wherever a person is named: its speakers need not
        use a verb of speech (`Molotov put forward`, `Eden in his presentation`)."""
        if not self.session_leads:
            return []
        return self.session_leads + self.index.starts

    def gathering_words(self) -> list[int]:
        """Where gatherings are told and the words of those at them stand; none, when the
        text tells of no gathering at all."""
        if not self.gatherings:
            return []
        lowered = lowercase(self.text)
        return self.gatherings + [at for word in _AT_GATHERING_WORDS for at in occurrences(lowered, word)]

    def item_lines(self) -> list[int]:
        """Where each line that opens with a list item's mark (`•`, `2.`, `1./`) starts: only a
        sentence begun on such a line can be an item of a list of talks."""
        found = [0] if _ITEM_OPENING.match(self.text) else []
        return found + [item.start() + 1 for item in _ITEM_LINE.finditer(self.text)]

    def sentence_start(self, position: int) -> int:
        i = bisect_right(self.sentence_starts, position) - 1
        return self.sentences[i].start if i >= 0 else 0

    def governed(self, start: int, floor: int) -> bool:
        """True when a preposition governs the name at `start` (`the decision of Comrade X`);
        not the `by` of `the delegation headed by X`, who leads the side."""
        tokens: list[str] = re.findall(r"\[[^\]]*\]|[\w.'’-]+|[,;:()]", self.text[max(floor, start - 120):start])
        while tokens and _TITLE_WORDS.match(tokens[-1]):
            if tokens[-1] in ("of", "for", "the", "and", "in") and not (len(tokens) > 1 and tokens[-2][:1].isupper()):
                break
            tokens.pop()
        if len(tokens) > 1 and tokens[-1] == "by" and tokens[-2] in ("headed", "led"):
            return False
        return bool(tokens) and tokens[-1].lower() in PREPOSITIONS

    def blocked(self, start: int, floor: int) -> bool:
        """`a telegram from X`, `X's`: the name is not an actor. BLOCKED_BEFORE ends in one
        of _BLOCKING_LAST and a space, so most names are cleared without the search. Every
        cue of a sentence asks about the same names: each answer is remembered."""
        key = (max(floor, start - 60), start)
        found = self._blocked.get(key)
        if found is None:
            found = self._blocked[key] = self._blocked_window(self.text[key[0]:start]) or self._set_apart(
                max(floor, start - 120), start)
        return found

    def paired(self, mention: _Mention) -> bool:
        """`the Khrushchev-Tito talks in Leningrad, the border meeting between A and B`: a side of
        two men joined by a dash acts in their talks alone, not in the sentence's other encounters."""
        text = self.text
        return (text.startswith(("-", "–"), mention.end) and text[mention.end + 1:mention.end + 2].isupper()) or (
            mention.start > 1 and text[mention.start - 1] in "-–" and text[mention.start - 2].isalpha())

    def _set_apart(self, start: int, end: int) -> bool:
        """Does text[start:end] end in an exception (`except X and`), an aside (`(he is …`) or a
        sender (`on behalf of X and`)?
        _ASIDE opens on a parenthesis and every _EXCEPTED word holds `xc` or `other` in lower
        case: a window without them is cleared without the searches."""
        window = self.text[start:end]
        if "(" in window and _ASIDE.search(self.text, start, end):
            return True
        low = window.lower()
        if "behalf" in low and _ON_BEHALF.search(self.text, start, end):
            return True
        if ("record" in low or "text" in low or "transcript" in low or "excerpt" in low) and _RECORD_OF.search(
                self.text, start, end):
            return True
        return ("xc" in low or "other" in low) and _EXCEPTED.search(self.text, start, end) is not None

    @staticmethod
    def _blocked_window(window: str) -> bool:
        if not window[-1:].isspace():
            return False
        last = window.rsplit(None, 1)[-1:]
        if not last or (last[0].lower() not in _BLOCKING_LAST and not last[0].lower().endswith("'s")):
            return False
        if window.isascii():
            low = window.lower()
            if not any(word in low for word in BLOCKED_BEFORE_WORDS):
                return False
        return bool(BLOCKED_BEFORE.search(window))

    def narrator_tokens(self, start: int, end: int, frame: Frame | None) -> list[re.Match[str]]:
        """`I`/`we` in text[start:end] that stand for the author(s). In a direct report
        (`Kim said, I …`) they are the speaker's; in an indirect one `me` stays the
        narrator's, and `we` too when several authors sign."""
        found = []
        for match in NARRATOR.finditer(self.text, start, end):
            if frame is not None and match.start() >= frame.complement:
                plural = match.group().lower() in PLURAL_NARRATOR
                if frame.direct or (plural and len(self.authors) < 2):
                    continue
            found.append(match)
        return found

    # --- reading ---------------------------------------------------------------------

    def read(self) -> tuple[Meeting, ...]:
        self.title_meeting()
        if not self.drafts:
            self.dialogue_meeting()
        for sentence, families in zip(self.sentences, self.families):
            self.sentence(sentence, families)
        self.date_by_document()
        self.date_by_clock()
        self.date_by_protocol()
        self.protocol_parts()
        self.date_by_stay()
        self.summary_sides()
        self.present_at_every()
        return self.finish()

    def present_at_every(self) -> None:
        """`I was present at Comrade Mód’s every meeting`, `we were present at all the talks`: the
        writer was at each meeting the record tells (of the one named, when it names one)."""
        if not self.authors or "present at" not in self.text:
            return
        for said in _PRESENT_AT_EVERY.finditer(self.text):
            if self.labelled(said.start()):
                continue
            keys = {m.key for m in self.index.within(said.start(), said.end())}
            for draft in self.drafts:
                if draft.status == "occurred" and not draft.recalled and (not keys or keys & set(draft.parts)):
                    draft.add(NARRATOR_KEY, "present", Span.of(self.text, said.start(), said.end()))

    def summary_sides(self) -> None:
        """The archive's summary (`A summary of a second meeting between Foreign Ministers Ohira
        and Ji`) names both sides of the meeting the record tells: one the body names only
        there joins the told meeting that has the other. A summary never tells a meeting of its own,
        nor moves anyone the body names (summaries simplify). A summary's `X met with Castro while
        in Cuba` that leaves out the narrator of the told meeting is another meeting."""
        summary = self.metadata.summary
        if not summary or not self.drafts:
            return
        start = find_spaced(self.text, " ".join(summary.split())[:60])
        if start < 0:
            return
        end = min(len(self.text), start + len(summary) + 20)
        elsewhere = {m.key for m in self.index.mentions if not start <= m.start < end} | set(self.authors)
        for cue in _SUMMARY_ENCOUNTER.finditer(self.text, start, end):
            left = max(self.text.rfind(". ", start, cue.start()) + 1, start)
            if _SUMMARY_UNHELD.search(self.text, left, cue.start()):
                continue
            right = sentence_end(self.text, cue.end(), end)
            boundary = _SUMMARY_CLAUSE_END.search(self.text, cue.end(), right)
            named = self.index.within(left, cue.start() if cue["own"] else boundary.start() if boundary else right)
            if cue["own"] and not self.names_only(left, cue.start(), named):
                continue  # `A met with B while in Cuba and discussed …`: only a list of names discusses as one
            keys = {m.key for m in named}
            told = next((d for d in self.drafts if d.status == "occurred" and not d.recalled
                         and keys & (set(d.parts) | (set(self.authors) if NARRATOR_KEY in d.parts else set()))), None)
            if told is None or len(keys) < 2 or (cue.group().startswith("met") and NARRATOR_KEY in told.parts
                                                  and not keys & set(self.authors)):
                continue
            for mention in named:
                if mention.key not in elsewhere and mention.key not in told.parts:
                    told.add(mention.key, "participant", Span.of(self.text, mention.start, mention.end))

    def dialogue_meeting(self) -> None:
        """A body where two or more people speak in turn under their own labels (`KHRUSHCHEV:
        …`, `FANFANI: …`) is the record of their talk, whatever its title calls it; it is
        dated by a `Time:` line or else by the record itself, unless written up later."""
        speakers: dict[str, Span] = {}
        for start, end in self.speaker_lines:
            if self.text[start:end] in _HEADER_WORDS:
                continue
            named = self.index.within(start, end)
            if len(named) == 1 and named[0].end == end:
                speakers.setdefault(named[0].key, Span.of(self.text, named[0].start, named[0].end))
        if len(speakers) < 2:
            return
        first = min(speakers.values(), key=lambda span: span.start)
        title = self.metadata.title or ""
        if self.remote(max(0, first.start - _CALL_LEAD), first.start) or _PHONE_TALK.search(title):
            return  # `Kania phoned Brezhnev … The following conversation took place between them:`
        draft = _Draft("occurred", first, "conversation", provisional=True, titled=True)
        for key, span in speakers.items():
            draft.add(key, "speaker", span)
        self.attendance(draft)
        line = self.header_line_date()
        if line is not None:
            draft.date = line[0]
        elif not _RETROSPECTIVE.search(self.metadata.title or ""):
            draft.date = self.metadata.date
        self.drafts.append(draft)
        self.state.current = draft

    def date_by_document(self) -> None:
        """`Report on a Meeting between X and Y`, dated 7 September, that tells of no dated
        encounter: the record's date is the meeting's best date. Where the body dates any
        encounter, or places the talks in a past stay (`during our visit to …`), the record
        was written up after them and stays undated."""
        title = self.metadata.title or ""
        if (self.metadata.date is None or not _RETROSPECTIVE.search(title) or not _CONVERSATION_TITLE.search(title)
                or first_match_at(_PAST_STAY, self.text, occurrences(folded(self.text), "during"))):
            return
        occurred = [d for d in self.drafts if d.status == "occurred"]
        if any(d.date is not None for d in occurred):
            return
        for draft in occurred:
            if draft.titled:
                draft.date = self.metadata.date

    def date_by_clock(self) -> None:
        """`At 6 in the evening Washington time Rusk invited me to his place.`: a telegram's talk told at an hour
        of no named day was held on the day the telegram is dated."""
        if self.metadata.date is None or not _CABLE_TITLE.match(self.metadata.title or ""):
            return
        for draft in self.drafts:
            if draft.status == "occurred" and draft.date is None and not draft.recalled and _AT_HOUR.match(
                    self.text, self.sentence_start(draft.span.start)):
                draft.date = self.metadata.date

    def date_by_protocol(self) -> None:
        """`Presidium Protocol 58`, dated 11 October, over `Present: Khrushchev, Brezhnev, …`: the
        protocol of a session is dated by the session, so where the record dates nothing the
        session it opens on takes the record's date. A lone name in a dated aside (`the day before
        this meeting, Khrushchev`) is no encounter and dates nothing."""
        if self.metadata.date is None or not _PROTOCOL_TITLE.search(self.metadata.title or ""):
            return
        occurred = [d for d in self.drafts if d.status == "occurred" and len(d.parts) > 1]
        if occurred and not any(d.date is not None for d in occurred):
            occurred[0].date = self.metadata.date

    def protocol_parts(self) -> None:
        """A session's working notes name more of its people than the list of those taking part:
        the title's `with Participation by J. Kadar, F. Munnich, and I. Horvath`, and under an item
        the line `(Khrushchev, Mikoyan)` of those who spoke to it."""
        title = self.metadata.title or ""
        if not _PROTOCOL_TITLE.search(title):
            return
        sessions = [d for d in self.drafts if d.status == "occurred" and len(d.parts) > 1]
        if not sessions:
            return
        session = sessions[0]
        guests = _WITH_PARTICIPATION.search(title)
        at = find_spaced(self.text, " ".join(title.split())[:60]) if guests else -1
        if guests and at >= 0:
            end = self.text.find("\n", at)
            end = len(self.text) if end < 0 else end
            opening = self.text.lower().find("participation", at, end)
            for mention in self.index.within(opening, end) if opening >= 0 else ():
                session.add(mention.key, "participant", Span.of(self.text, mention.start, mention.end))
        for line in line_matches(_SPEAKERS_LINE, self.text):
            named = self.index.within(line.start(), line.end())
            if named and self.names_only(line.start() + 1, line.end() - 1, named):
                for mention in named:
                    session.add(mention.key, "speaker", Span.of(self.text, mention.start, mention.end))

    def date_by_stay(self) -> None:
        """`On the official visit by X to the DPRK from 18 to 21 October 1986`: a report that
        opens on a stay of some days dates each encounter it goes on to tell without a date of its
        own by the stay's month (on which of the days, it does not say)."""
        undated = [d for d in self.drafts if d.status == "occurred" and d.date is None and not d.recalled]
        if not undated:
            return
        head = min(d.span.start for d in undated)
        for stay in dt.days_of_a_month(self.text, 0, head, self.anchor):
            at = stay.span.start if stay.span is not None else 0
            opening = max(self.text.rfind(". ", 0, at), self.text.rfind("\n", 0, at))
            if not _STAY.search(self.text, opening + 1, at) or (
                    self.metadata.date is not None and self.metadata.date.iso[:4] != stay.iso[:4]):
                continue
            for draft in undated:
                draft.date = stay
                draft.contextual = True
            return

    def title_meeting(self) -> None:
        """A record titled `Record of Conversation between X and Y` (or headed so in its
        body) is itself the meeting; it stands until the body tells it (then the body's
        date and people win). It is dated only by what the record's head gives for it. A
        speaker's turn is no heading, however short (`Khrushchev: … my conversation with
        Eisenhower on 27 September 1959.` ends on a date, not on running text)."""
        title = self.metadata.title
        lines: list[tuple[int, int]] = []
        if title and _PHONE_TALK.search(title):
            return  # `transcript of 21 July 1981 telephone conversation between Kania and Brezhnev`
        if title and _CONVERSATION_TITLE.search(title):
            found = find_spaced(self.text, " ".join(title.split())[:60])
            if found >= 0:
                end = self.text.find("\n", found)
                end = len(self.text) if end < 0 else end
                lines.append((found, min(end, found + len(title) + 5)))
        titled = bool(lines)
        head_end = self.head_end(lines[0][0] if lines else 0)
        turns = {start for start, end in self.speaker_lines
                 if self.text[start:end] not in _HEADER_WORDS and self.index.within(start, end)
                 and _TURN_OPENS.match(self.text, end)}
        for at, (start, end) in enumerate(self.blocks):
            if start >= head_end:
                break
            heading = end - start <= 300 or (end - start <= 700 and not _running_text(self.text, start, end))
            if not heading or start in turns or (lines and start < lines[0][1]) or _NARRATOR_OPENING.match(
                    self.text, start, end) or (
                    _EDITOR_SUMMARY.match(self.text, start, end)) or (
                    _ITEM_HEADLINE.match(self.text, start, end)) or self.contents_entry(at):
                continue
            named = _CONVERSATION_TITLE.search(self.text, start, end)
            if named and _PRONOUN_SENTENCE.search(self.text, start, named.start()):
                continue
            if named and _lead_in(self.text, start, end) and _JOINED_SIDES.match(self.text, named.start(), named.end()):
                continue
            if named and _NARRATOR_CLAUSE.search(self.text, start, named.start()) and not _OWN_BEFORE.search(
                    self.text, start, named.start()):
                continue
            if named and modality.status(self.text[start:named.start()]) == modality.OCCURRED and not (
                    _PHONE_TALK.search(self.text, start, end)):
                lines.append((start, end))
        if not lines:
            return
        self.head_lines = lines
        span = Span.of(self.text, lines[0][0], lines[0][1])
        draft = _Draft("occurred", span, "conversation", provisional=True, titled=True)
        for start, end in lines:
            trip = _VISIT_TO.search(self.text, start, end)
            if trip and (any(m.start == trip.end(1) for m in self.index.within(trip.end(1), end))
                         or _CONVERSATION_TITLE.search(self.text, start, trip.start())):
                trip = None  # `Conversation between A and B about the Visit by C to China`: A and B talked
            for mention in self.index.within(start, end):
                if trip and mention.end <= trip.start():
                    continue  # `Cable, Ambassador X to the Minister, 'Visit of Y to Japan'`: Y's trip, not X's talk
                lead = self.text[start:mention.start]
                partner = _PARTNER_LEAD.search(lead) is not None
                if ((self.text[mention.end:mention.end + 1] == ":" and not partner)
                        or (lead.rfind("[") > lead.rfind("]") and not (
                            partner and "]" in self.text[mention.start:mention.end]))
                        or _AUTHOR_LEAD.search(self.text, start, mention.start)
                        or _TOPIC_LEAD.search(self.text, start, mention.start)
                        or _TOPIC_AFTER_PARTNER.search(self.text, start, mention.start)
                        or (_ADDRESSEE_LEAD.search(lead) and not _CONVERSATION_TITLE.search(lead)
                            and _REGARDING.search(self.text, mention.end, end))
                        or _OWNED_NON_ENCOUNTER.match(self.text, mention.end)
                        or self.read_list(mention.start)
                        or (lead.rfind("(") > lead.rfind(")") and _POSSESSIVE_END.match(self.text, mention.end))):
                    continue
                draft.add(mention.key, "participant", Span.of(self.text, mention.start, mention.end))
            self.unmentioned_partners(draft, start, end)
            for joined in _JOINED_SIDES.finditer(self.text, start, end):
                self.add_sides(draft, joined, "participant")
            if _CONVERSATION_WITH.search(self.text, start, end):
                if self.authors and (self.narrator_voiced or not _CABLE_TITLE.match(self.metadata.title or "")):
                    draft.add(NARRATOR_KEY, "participant", span)
                else:
                    draft.narrated = True
        self.attendance(draft)
        if (len(draft.parts) == 1 and self.authors and not set(draft.parts) & {NARRATOR_KEY, *self.authors}
                and _DIARY_HEAD.search(self.text, 0, head_end)):
            draft.add(NARRATOR_KEY, "participant", span)  # `From the Diary of P.F. Yudin` over `Conversation of Chen Yi at Dinner`
        if NARRATOR_KEY in draft.parts and not draft.others() - set(self.authors):
            holder = self.counterpart(" ".join(self.text[start:end] for start, end in lines))
            if holder:
                draft.add(holder, "participant", span)
        line = self.header_line_date()
        draft.date = line[0] if line is not None else self.head_date(lines, head_end, titled)
        if self.protocol_day(draft.date):
            draft.date = self.metadata.date
        draft.timed = line is not None and line[0] is not None and line[1]
        draft.headed = draft.date is not None and draft.date.precision == "day" and (
            self.metadata.date is None or draft.date.iso != self.metadata.date.iso)
        place = line_search(_HEADER_PLACE, self.text)
        if place:
            draft.place = place.group(1).strip()
        self.drafts.append(draft)
        self.state.current = draft
        speakers: set[str] = set()
        narrator_speaks = False
        for start, end in self.speaker_lines:
            if self.text[start:end] in _HEADER_WORDS:
                continue
            named = self.index.within(start, end)
            narrator_speaks = narrator_speaks or not named or any(m.key in self.authors for m in named)
            for mention in named:
                speakers.add(mention.key)
                draft.add(mention.key, "speaker", Span.of(self.text, mention.start, mention.end))
        if not titled and len(speakers) >= 2 and not narrator_speaks and NARRATOR_KEY in draft.parts:
            del draft.parts[NARRATOR_KEY]

    def protocol_day(self, date: DateValue | None) -> bool:
        """`Minutes of the Meeting of the Political Committee, April, 1970`, dated 7 April 1970: the
        protocol's own day, within the month its title gives, is the session's."""
        known = self.metadata.date
        return (date is not None and date.precision == "month" and known is not None and known.precision == "day"
                and known.iso.startswith(date.iso) and _PROTOCOL_TITLE.search(self.metadata.title or "") is not None)

    def read_list(self, position: int) -> bool:
        """Is position on a line under a reader's label (`Copies: Malenkov, Molotov, …` over
        `[reporting a meeting of July 28]`)? Those named there received the cable, they did not
        hold its talk."""
        line = self.text.rfind("\n", 0, position) + 1
        label = _LABEL.match(self.text, line, position)
        return label is not None and _OTHER_LIST_LABEL.search(label.group(1)) is not None

    def add_sides(self, draft: _Draft, joined: re.Match[str], part: str) -> None:
        """Each side of `Mao-Tanaka` that is exactly the name of one person the record gives."""
        for side in (1, 2):
            keys = [key for key, names in self.names.items() if joined.group(side) in names]
            if len(keys) == 1:
                draft.add(keys[0], part, Span.of(self.text, joined.start(side), joined.end(side)))

    def counterpart(self, head: str) -> str | None:
        """`Record of Conversation with the Ambassador of Great Britain`: the one person the
        record gives that office (`The British ambassador Sir Eric Berthoud`) is whom the
        narrator spoke with."""
        office = _COUNTERPART_OFFICE.search(head)
        if office is None:
            return None
        word = office.group(1).lower()
        holders = sorted({r.person for r in self.roles if r.kind == "office" and word in r.title.lower()
                          and r.person not in self.authors})
        return holders[0] if len(holders) == 1 else None

    def head_end(self, start: int) -> int:
        """Where the record's running text begins after `start`: its head (title,
        stamps, date, lists of those present) lies before."""
        for block_start, block_end in self.blocks:
            if block_start >= start and block_end - block_start >= 100 and _running_text(
                    self.text, block_start, block_end) and not _ATTENDED_BY.match(self.text, block_start, block_end):
                return block_start
        return len(self.text)

    def contents_entry(self, at: int) -> bool:
        """`Note of Conversation      7 May 1966` among `1st Meeting Friday, 6 May 1966` and `2nd
        Meeting …`: a short line ending in a date, beside another such line, is an entry of the
        record's table of contents, no heading of its own meeting."""
        def dated_line(k: int) -> bool:
            if not 0 <= k < len(self.blocks):
                return False
            start, end = self.blocks[k]
            if end - start > _CONTENTS_LINE or "\n" in self.text[start:end].strip():
                return False
            found = dt.find_dates(self.text, start, end)
            return bool(found) and not self.text[found[-1].end:end].strip(" \t.")
        return dated_line(at) and (dated_line(at - 1) or dated_line(at + 1))

    def header_line_date(self) -> tuple[DateValue | None, bool] | None:
        """The date on the record's `Date:`/`Time:` line, and whether the line times the talk
        itself (`Time:`, `Date and Place:`) rather than, perhaps, a memo's writing (`Date:`)."""
        date_line = _header_date_search(self.text)
        if not date_line:
            return None
        line_end = self.text.find("\n", date_line.end())
        line_end = min(line_end if line_end > 0 else len(self.text), date_line.end() + 80)
        found_dates = dt.find_dates(self.text, date_line.end(), line_end)
        if not found_dates:
            return None
        value = dt.date_value(self.text, found_dates[0], self.anchor)
        return value, _TIME_LABEL.search(self.text, date_line.start(), date_line.end()) is not None

    def head_date(self, lines: list[tuple[int, int]], head_end: int, titled: bool) -> DateValue | None:
        """The conversation's date as its record gives it, where no `Date:`/`Time:` line does: a date
        in the heading (`… Kohousek, on 19 December 1961`), or the entry date heading the
        text; never the date the document was written or filed (`Pyongyang, 12 May` before
        `about a Conversation …`). A heading the body gives for its meeting (`Meeting with X`,
        not the record's title) takes the date line standing over it with no running text
        between (a notepad's `15 May 1989` / `The beginning of the visit` / `Meeting with X`). Below
        the title, a date line right over the running text that is not the document's date is
        the talk's (a journal's `20 July 1978` / `with the Secretary …` / `27 June 1978` / `[I] visited …`)."""
        for start, end in lines:
            keyword = _CONVERSATION_TITLE.search(self.text, start, end)
            for mention in self.dates_in(keyword.start() if keyword else start, end):
                if mention.kind not in ("year", "unit", "season") and not self.layout.is_stamp(
                        mention.start, mention.end):
                    value = dt.date_value(self.text, mention, self.anchor)
                    if value is not None:
                        return value
        for start, iso in self.layout.headings:
            if lines[0][0] <= start < head_end:
                return DateValue(iso)
        if not titled:
            above = self.date_line_above(lines[0][0])
            if above is not None:
                return above
        elif head_end < len(self.text):
            above = self.date_line_above(head_end) or self.session_heading_above(head_end)
            if (above is not None and above.span is not None and above.span.start > lines[-1][1]
                    and (self.metadata.date is None or above.iso != self.metadata.date.iso)):
                return above
        for _, end in lines:
            line = _NEXT_LINE.match(self.text, end)
            if line and dt.is_date_line(line.group(1)):
                found_dates = dt.find_dates(self.text, line.start(1), line.end(1))
                if found_dates:
                    return dt.date_value(self.text, found_dates[0], self.anchor)
        title = self.metadata.title or ""
        if _RETROSPECTIVE.search(title) or not _CONVERSATION_TITLE.search(title):
            return None
        return self.metadata.date

    def unmentioned_partners(self, draft: _Draft, start: int, end: int) -> None:
        """`… Conversation of M. S. Gorbachev with President of Afghanistan, General Secretary of the
        CC PDPA Najibullah,"` in a citation: a partner the title names after his offices, though the
        name there is no mention of its own (the body names him first)."""
        line = self.text[start:end]
        named = self.index.within(start, end)
        for key, names in self.names.items():
            if key in draft.parts:
                continue
            for name in sorted(names, key=len, reverse=True):
                found = re.search(rf"(?<![\w.-]){re.escape(name)}(?![\w-])", line) if len(name) > 3 else None
                if found and any(m.start < start + found.end() and start + found.start() < m.end for m in named):
                    break  # `… and Indian Ambassador R. K. Nehru`: another man's name holds it
                if found and _TITLE_PARTNER.search(line, 0, found.start()):
                    draft.add(key, "participant", Span.of(self.text, start + found.start(), start + found.end()))
                    break

    def session_heading_above(self, position: int) -> DateValue | None:
        """`1st Meeting, Friday, 6 May 1966` right over the list of who took part: the heading of
        the session the record goes on to tell, with its day."""
        end = self.text.rfind("\n", 0, position)
        while end > 0 and not self.text[self.text.rfind("\n", 0, end) + 1:end].strip():
            end = self.text.rfind("\n", 0, end)
        start = self.text.rfind("\n", 0, end) + 1
        if end <= 0 or not _SESSION_HEADING.match(self.text, start, end):
            return None
        found = dt.find_dates(self.text, start, end)
        return dt.date_value(self.text, found[0], self.anchor) if found else None

    def date_line_above(self, position: int) -> DateValue | None:
        """The date of a line that is only a date among the few short lines right above
        `position`, none of them running text (a stamp's date is not one)."""
        end = self.text.rfind("\n", 0, position)
        for _ in range(_DATE_LINE_REACH):
            if end <= 0:
                return None
            start = self.text.rfind("\n", 0, end) + 1
            line = self.text[start:end].strip()
            if len(line) > _HEAD_LINE_LONGEST:
                return None
            if line and dt.is_date_line(line) and not self.layout.is_stamp(start, end):
                found = dt.find_dates(self.text, start, end)
                return dt.date_value(self.text, found[0], self.anchor) if found else None
            end = start - 1
        return None

    def attendance(self, draft: _Draft) -> None:
        """The head of a record lists who attended: `Chinese Personnel: …`, `From Romania: …`,
        `Interpreter: …`, `The following comrades took part:` and the paragraph after it,
        or a bare line of names. The head ends where the dialogue (`Zhou: …`) or the
        running text begins."""
        text = self.text
        pending: str | None = None
        listed = False
        torn: str | None = None
        aside = False
        stamps = [(stamp.start(), stamp.end()) for stamp in _STAMP.finditer(text)]
        for block_start, block_end in self.blocks:
            if any(start <= block_start and block_end <= end for start, end in stamps):
                continue
            if _PAGE_MARK.fullmatch(text, block_start, block_end) or self.opening_summary(block_start, block_end):
                continue
            if torn is not None and _TORN_ON.match(text, block_start):
                self.add_listed(draft, self.index.within(block_start, sentence_end(text, block_start, block_end)), torn)
                torn = None
                continue
            by_lines = pending is not None or self.dated_head(block_start, block_end)
            pieces = self.lines_of(block_start, block_end) if by_lines else [(block_start, block_end)]
            closing = _CLOSING_LABEL.search(text, block_start, block_end) if not by_lines else None
            if closing is not None and _ATTENDANCE_LABEL.search(closing.group(1)) and ". " not in text[
                    block_start:closing.start()]:
                pieces = [(closing.start() + 1, block_end)]  # a heading's line over `from the KGB:` and its list
            for start, end in pieces:
                torn = None
                label = _LABEL.match(text, start, end)
                if label and self.index.within(label.start(1), label.end(1)) and not _ACCOMPANYING.match(label.group(1)):
                    return
                named = self.index.within(start, end)
                if label and _OTHER_LIST_LABEL.search(label.group(1)):
                    pending, aside = None, True
                    continue
                item = ((end - start <= _LIST_LINE and not _running_text(text, start, end)
                         or bool(named) and self.person_line(start, end, named[0], _ENTRY_LINE))
                        and not self.verbs.between(start, end)) or (
                    bool(named) and _SIDE_DASH.fullmatch(text, start, named[0].start) is not None)
                if aside and (not named or item):
                    continue
                aside = False
                if pending is not None and named and (item or not listed) and not (
                        label and _INTERPRETER_LABEL.search(label.group(1))):  # `Interpreters: …` under the sides
                    self.add_listed(draft, named, pending)
                    listed = True
                    if not item:
                        pending = None
                    continue
                if not label and _BARE_ATTENDANCE_LABEL.fullmatch(text, start, end):
                    pending, listed = text[start:end], False
                    continue
                if label and _ATTENDANCE_LABEL.search(label.group(1)) and not _NOTE_LABEL.search(label.group(1)):
                    if not text[label.end():end].strip(" \t—–-"):  # `The following were present:—`
                        pending, listed = label.group(1), False
                    else:
                        self.labelled_lists(draft, label, end)
                        torn = label.group(1) if _TORN_OFF.search(text, start, end) else None
                    continue
                if named and (_SIDE_OPENING.match(text, start, end) or _ATTENDED_BY.match(text, start, end)):
                    self.add_listed(draft, named, "")
                    torn = "" if _TORN_OFF.search(text, start, end) else None
                    continue
                if len({m.key for m in named}) == 1 and not label and self.title_addressee(named[0].key, self.metadata):
                    continue  # `Ogrodziński` over a code message sent to him: its addressee, not one who attended
                if named and self.names_only(start, end, named):
                    self.add_listed(draft, named, "")
                    continue
                if len({m.key for m in named}) == 1 and not label and (
                        self.person_line(start, end, named[-1]) or self.ranked_entry(start, end, named[-1])):
                    self.add_listed(draft, named, "")
                    continue
                if named and not label and self.office_line(start, end, named[0]):
                    self.add_listed(draft, [m for m in named if m.key == named[0].key], "")
                    continue
                if named:
                    self.inline_attendance(draft, start, end)
                if end - start >= 100 and _running_text(text, start, end):
                    opening = max(text.rfind(". ", start, end), start)
                    intro = _LIST_INTRO.search(text, opening, end)
                    lead = _COVER_NOTE.search(text, start, end) or _POINTS_LEAD.match(text, start, end)
                    if intro is None and lead:
                        continue
                    if intro is None:
                        return
                    pending, listed = text[opening:intro.start()], False

    def opening_summary(self, start: int, end: int) -> bool:
        """The archive's summary a copy saved without the page's chrome opens on, right above the
        record's date line: no running text that would end the head."""
        if start != self.blocks[0][0] or not self.text.endswith(".", start, end) or len(self.blocks) < 2:
            return False
        after, stop = self.blocks[1]
        line = self.text.find("\n", after, stop)
        return dt.is_date_line(self.text[after:line if line > 0 else stop])

    def dated_head(self, start: int, end: int) -> bool:
        """`4 September 1952` / `from our side: A, B` / `from the Chinese side: C, D`: a paragraph that
        opens on a line holding only a date, the talk's, goes on with the lists of those present."""
        first = self.text.find("\n", start, end)
        return first > 0 and dt.is_date_line(self.text[start:first])

    def lines_of(self, start: int, end: int) -> list[tuple[int, int]]:
        """Each line of a paragraph under a list's label: an entry long enough to pass for
        wrapped prose (`KIM Ho-jun Secretary of the Central Committee, Workers' Party`) must not
        swallow the entry under it."""
        return [(line.start(), line.end()) for line in _LINE.finditer(self.text, start, end)]

    def person_line(self, start: int, end: int, first: _Mention, longest: int = _LIST_LINE) -> bool:
        """`Comrade Halasz, Ambassador of the Hungarian People's Republic`: a short head line
        that opens with a person and goes on with his office is one entry of a list of
        those present."""
        return (end - start <= longest and _PERSON_LINE_LEAD.fullmatch(self.text, start, first.start) is not None
                and _PERSON_LINE_REST.fullmatch(self.text, first.end, end) is not None)

    def aside_around(self, match: re.Match[str], left: int, right: int) -> tuple[int, int]:
        """`I received X (Y took part in the discussion) and informed him about the visit of Z`: a cue
        inside parentheses that name someone tells of those in them only (`Pak (also present)` of Pak)."""
        opened = self.text.rfind("(", left, match.start())
        if opened < 0 or self.text.find(")", opened, match.start()) >= 0:
            return left, right
        closed = self.text.find(")", match.end(), right)
        return (opened + 1, closed) if closed >= 0 and self.index.within(opened, closed) else (left, right)

    def ranked_line(self, start: int, end: int, only: _Mention) -> bool:
        """`Comrade Fadeykin`, `Comrade Colonel Damm`, `Comrade Minister [Erich Mielke]`: a head line holding
        one person under his honorific (and rank), and nothing else."""
        lead = _RANKED_LEAD.fullmatch(self.text, start, only.start)
        return (lead is not None and (not lead.group(1) or has_head(lead.group(1))) and end - start <= _LIST_LINE
                and not self.text[only.end:end].strip(" \t]"))

    def ranked_entry(self, start: int, end: int, only: _Mention) -> bool:
        """A ranked line (`Comrade Colonel Damm`) under entries of a list that the first of them opens with an
        office (`Comrade Bobkov, Head of Department V`), blank lines between or not, is one more entry;
        alone under a letter's `to` (`Comrade Erich Honecker`), it names the one written to."""
        if not self.ranked_line(start, end, only):
            return False
        text = self.text
        while True:
            stop = start
            while stop > 0 and text[stop - 1].isspace():
                stop -= 1
            line_start = text.rfind("\n", 0, stop) + 1
            named = self.index.within(line_start, stop)
            if len({m.key for m in named}) != 1:
                return False
            if self.person_line(line_start, stop, named[-1]):
                return True
            if not self.ranked_line(line_start, stop, named[-1]):
                return False
            start = line_start

    def office_line(self, start: int, end: int, first: _Mention) -> bool:
        """`KIM Jeong-ryeom Chief Secretary to the President`, `RYU Jang-sik [Ryu Jang Sik] Deputy
        Director …`: a head line that opens with a person in capitals, perhaps glossed, and goes on
        with his offices only, whoever the offices name (`the President`), is one entry of a list."""
        text = self.text
        if end - start > _ENTRY_LINE or not _SHOUTED_SURNAME.match(text, first.start, first.end):
            return False
        rest = _GLOSS_AFTER.match(text, first.end, end)
        return (_PERSON_LINE_LEAD.fullmatch(text, start, first.start) is not None
                and _OFFICE_REST.fullmatch(text, rest.end() if rest else first.end, end) is not None)

    def labelled_lists(self, draft: _Draft, label: re.Match[str] | None, end: int) -> None:
        """`The Romanian participants were: A, B. The delegation of Vietnam was composed of
        comrades: C, D.`: each sentence of the paragraph that labels a list adds its names."""
        text = self.text
        while label is not None and _ATTENDANCE_LABEL.search(label.group(1)):
            stop = self.utterance(label.end(), sentence_end(text, label.end(), end), label.end())[1]
            self.add_listed(draft, self.index.within(label.end(), stop), label.group(1))
            label = _NEXT_LABEL.match(text, stop, end) if stop < end else None

    def inline_attendance(self, draft: _Draft, start: int, end: int) -> None:
        """A head flattened onto one line (`SUBJECT: … PARTICIPANTS: U.S. Secretary Lindqvist
        Paul R. Hale, Ambassador to Mongolia …`): the people named after an attendance
        label, up to the next label or the end of its sentence, offices between them."""
        text = self.text
        found = [m for m in _INLINE_LABEL.finditer(text, start, end) if not self.index.within(m.start(1), m.end(1))]
        for i, label in enumerate(found):
            if not _ATTENDANCE_LABEL.search(label.group(1)):
                continue
            stop = found[i + 1].start() if i + 1 < len(found) else end
            stop = sentence_end(text, label.end(), stop)
            self.add_listed(draft, self.index.within(label.end(), stop), label.group(1))

    def names_only(self, start: int, end: int, named: list[_Mention]) -> bool:
        """Nothing but names (and commas, `and`) between start and end."""
        position = start
        for mention in named:
            if not _NAMES_ONLY.fullmatch(self.text, position, mention.start):
                return False
            position = mention.end
        return bool(_NAMES_ONLY.fullmatch(self.text, position, end))

    def add_listed(self, draft: _Draft, named: list[_Mention], label: str) -> None:
        part = ("interpreter" if _INTERPRETER_LABEL.search(label)
                else "speaker" if _SPEAKER_LABEL.fullmatch(label.strip()) else "present")
        for mention in named:
            if not _ABSENT.match(self.text, mention.end):
                draft.add(mention.key, part, Span.of(self.text, mention.start, mention.end))

    def sentence(self, sentence: Sentence, families: int) -> None:
        """Read one sentence; `families` (bits) tells which rule families can find anything in it.
        One without a cue word, a date or a duration (most of a record's talk) changes only where
        reported speech runs, so the cue, clause and date machinery is skipped for it."""
        state = self.state
        self.enter(sentence)
        if families & _TOLD:
            self.told_meeting(sentence)
            self.during_talk(sentence)
        if families & _SPEECH and state.told is not None and state.told.status == "planned":
            self.request_answered(sentence)
        if not (families & _ITEM and self.list_item_talk(sentence)):
            self.headline(sentence)
        if families & _SPEECH:
            self.speaker_joins(sentence)
        if families & _DELEGATION:
            self.delegation_led(sentence)
        if families & _GATHER or state.gathering is not None:
            self.gathering(sentence, families)
        if families & _GATHER or state.session is not None:
            self.session(sentence)
        if not families & _EVENTFUL:
            if sentence.reported is not None:
                state.reported_paragraph = sentence.paragraph
            return
        free_indirect = state.reported_paragraph == sentence.paragraph and not _NARRATOR_OPENS.match(
            self.text, sentence.start, sentence.end
        )
        narrative = sentence.reported is None and not free_indirect
        if narrative and families & _DATE and self.dateline(sentence):
            mentions = self.dates_in(sentence.start, sentence.end)
            value = dt.date_value(self.text, mentions[-1], self.anchor) if mentions else None
            state.heading = value.iso if value else state.heading
        elif narrative and families & _DATE:
            self.advance_context(sentence)
        elif families & _DATE and sentence.reported is not None and not free_indirect:
            self.advance_context(sentence, sentence.reported)
        created: list[_Draft] = []
        attachments: list[tuple[Cue, re.Match[str]]] = []
        cues = find_cues(self.text, self.cue_triggers, sentence.start, sentence.end) if families & _CUE else ()
        for cue, match in cues:
            if any(start <= match.start() < end for start, end in self.head_lines):
                continue
            if not cue.creates:
                attachments.append((cue, match))
                continue
            draft = self.cue(cue, match, sentence, free_indirect)
            if draft is not None and cue.name in ("accompanied_by", "together_with") and created:
                self.absorb(created[-1], draft, prefer_new=False)
            elif (draft is not None and cue.name == "together_with" and state.current is not None
                  and state.current.status == draft.status == "occurred"
                  and _TOOK_PART_HERE.search(self.text, sentence.start, match.start())):
                self.absorb(state.current, draft, prefer_new=False)  # `A and B took part in the meeting, along with C`
            elif (draft is not None and cue.name == "accompanied_by" and state.current is not None
                  and self.escorts_only(draft)):
                self.absorb(state.current, draft, prefer_new=state.current.titled)
            elif draft is not None and cue.name == "told_me" and state.current is not None and (
                    state.current.status == draft.status and _THIS_TALK.search(self.text, sentence.start, sentence.end)):
                self.absorb(state.current, draft, prefer_new=False)
            elif draft is not None and cue.name == "told_me" and not self.authors:
                if state.current is not None and state.current.status == draft.status:
                    self.absorb(state.current, draft, prefer_new=False)
            elif draft is not None and cue.name == "told_me":
                draft.recalled = True
                created.append(draft)
            elif draft is not None and (cue.name == "received_by" or (  # `paid farewell visits to A, B and C`
                    cue.name == "visited" and self.text.startswith("s ", match.end()))):
                created.extend(self.separate_receptions(draft))
            elif draft is not None and _EACH_OF_THEM.match(self.text, sentence.start, match.start()):
                created.extend(self.each_apart(draft, match))
            elif draft is not None and cue.name == "introduced":
                self.introduced_to(draft, match, sentence)
                created.append(draft)
            elif draft is not None and cue.name == "visited" and _RESPECTIVELY.search(
                    self.text, match.end(), sentence.end):
                created.extend(self.separate_receptions(draft, respectively=True))
            elif draft is not None and cue.name in ("conversation", "talk", "discussed", "met") and (self.text.find(
                    "with", match.end(), sentence.end) >= 0 or self.had_several(match)):
                created.extend(self.separate_withs(draft, match))
            elif draft is not None:
                created.append(draft)
        target = created[-1] if created else state.current
        if target is None and state.told is not None and (
                state.told_paragraph == sentence.paragraph or (
                    state.told_paragraph == sentence.paragraph - 1 and attachments and (
                        (state.told.kind == "meal" and _THE_MEAL.search(attachments[0][1].group()))
                        or _OPENS_ON_LABEL.match(self.text, sentence.start, attachments[0][1].end())))):
            target = state.told
            state.told_paragraph = sentence.paragraph  # the next side's list, a paragraph on, joins it too
        if not created and attachments and not _LIST_LABEL.match(self.text, attachments[0][1].end()) and (
                modality.status(self.text[sentence.start:attachments[-1][1].start()]) != modality.OCCURRED):
            target = None
        for cue, match in attachments:
            if cue.name == "present" and match.group().startswith("following") and self.second_list(match, sentence):
                target = None
            draft = self.attach(cue, match, sentence, self.interpreted(cue, match, created) or target, free_indirect)
            if draft is not None and target is None:
                created.append(draft)
                target = draft
        if target is not None and target.duration is None and families & _DURATION:
            duration = DURATION.search(self.text, sentence.start, sentence.end)
            if duration:
                target.duration = duration.group(1)
        for draft in created:
            draft.later = _THEN.search(self.text, sentence.start, draft.span.end) is not None
            told = narrative or (not free_indirect and sentence.reported is not None  # `He welcomed X and X said …`
                                 and draft.span.end <= sentence.reported and draft.kind != "visit")
            state.told, state.told_paragraph = self.keep(draft, told), sentence.paragraph
        if sentence.reported is not None:
            state.reported_paragraph = sentence.paragraph

    def interpreted(self, cue: Cue, match: re.Match[str], created: list[_Draft]) -> _Draft | None:
        """`The interpreters A and B translate the excerpt from my conversation with Eisenhower`: those
        who interpret in the room serve the talk being told, not the talk of elsewhere read out there."""
        if (cue.name == "interpreter" and created and created[-1].recalled and match.start() < created[-1].span.start
                and self.state.current is not None and self.state.current not in created):
            return self.state.current
        return None

    def request_answered(self, sentence: Sentence) -> None:
        """`I asked Zhang Wentian to visit Foreign Minister Vyshinsky. Vyshinsky said that …`: the
        one to be visited, speaking in the next sentence of its paragraph, received the visit asked for."""
        state, text = self.state, self.text
        asked = state.told
        if asked is None or asked.status != "planned" or state.told_paragraph != sentence.paragraph:
            return
        if not _ASKED_TO_VISIT.search(text, self.sentence_start(asked.span.start), asked.span.end):
            return
        verbs = self.verbs.between(sentence.start, sentence.end)
        if not verbs or verbs[0].group() not in _PAST_SPEECH:
            return
        named = self.index.within(sentence.start, verbs[0].start())
        if (not named or named[0].key not in asked.parts or asked.parts[named[0].key].part != "host"
                or not _SPEAKER_LEAD.fullmatch(text, sentence.start, named[0].start)
                or not _SUBJECT_GAP.fullmatch(text, named[0].end, verbs[0].start())):
            return
        asked.status = "occurred"
        asked.date = asked.date or state.context
        state.current = asked

    def told_meeting(self, sentence: Sentence) -> None:
        """`The meeting took place on the 4th`, `The 13th negotiation meeting started at 4
        pm`: a report's own meeting, opened by its subject. It is the one being told (it
        dates it when undated); with no meeting told yet, it is the narrator's. Right after a
        meeting asked for (in its paragraph or the one before), it is that meeting, granted; right
        after a meeting told in its paragraph, whoever held it, it is that one."""
        if sentence.reported is not None or not _TOLD_MEETING.match(self.text, sentence.start, sentence.end):
            return
        state = self.state
        current = state.current
        value = self.sentence_date(sentence)
        asked = state.told
        if (asked is not None and asked.status == "planned" and sentence.paragraph - state.told_paragraph in (0, 1)
                and _ASKED_FOR.search(self.text, asked.span.start, asked.span.end + 1)):
            asked.status = "occurred"  # `X asked for a meeting with Y. The talks took place at …`: granted
            asked.date = asked.date or value or state.context
            state.current = asked
            return
        told = state.told
        if told is not None and told.status == "occurred" and state.told_paragraph == sentence.paragraph:
            current = state.current = told  # `Sonoda met Huang Hua on the 12th. The meeting took place as follows:`
        if current is not None and current.status == "occurred":
            if current.date is None and value is not None:
                current.date = value
            return
        if not self.authors:
            return
        span = Span.of(self.text, sentence.start, min(sentence.end, sentence.start + 120))
        draft = _Draft("occurred", span, told=True)
        draft.add(NARRATOR_KEY, "participant", span)
        draft.date = value or state.context
        self.drafts.append(draft)
        state.current = draft

    def during_talk(self, sentence: Sentence) -> None:
        """`During the second meeting on March 29, Kim Il Sung again declared …` in a cable that
        tells no meeting yet: the senders' talk with the one who speaks in it."""
        lead = _DURING_TALK.match(self.text, sentence.start, sentence.end)
        current = self.state.current
        if lead is None or not self.authors or (current is not None and current.status == "occurred") or any(
                draft.status == "occurred" and not draft.recalled for draft in self.drafts):
            return  # `On 14 May, X met Y. During this meeting, X informed …`: the meeting just told
        verbs = self.verbs.between(lead.end(), sentence.end)
        named = self.index.within(lead.end(), verbs[0].start()) if verbs else []
        if len(named) != 1 or not _SUBJECT_GAP.fullmatch(self.text, named[0].end, verbs[0].start()):
            return
        span = Span.of(self.text, sentence.start, min(sentence.end, sentence.start + 120))
        draft = _Draft("occurred", span, told=True)
        draft.add(NARRATOR_KEY, "participant", span)
        draft.add(named[0].key, "speaker", Span.of(self.text, named[0].start, named[0].end))
        draft.date = self.sentence_date(sentence) or self.state.context
        self.drafts.append(draft)
        self.state.current = draft

    def gathering(self, sentence: Sentence, families: int) -> None:
        """A conference, congress or session told as held (`_GATHERING`) is a meeting apart from
        the one the record tells; the people named in or after it, in its paragraph, who are
        said to be at it (`_AT_GATHERING`), took part in it."""
        state, text = self.state, self.text
        if families & _GATHER and not (families & _TOLD and _TOLD_MEETING.match(text, sentence.start, sentence.end)):
            held = _GATHERING.search(text, sentence.start, sentence.end)
            if held is not None:
                status = modality.status(text[sentence.start:held.start()], text[held.end():held.end() + 60])
                if status is None:
                    return
                draft = _Draft(status, Span.of(text, held.start(), held.end()), "session")
                draft.date = self.own_date(held, sentence.start, sentence.end, sentence, status == modality.OCCURRED)
                if draft.date is None and status == modality.OCCURRED:
                    draft.date = self.context_date(draft, held, sentence, sentence.reported is not None)
                for mention in self.index.within(held.start(), sentence.end):
                    if not self.blocked(mention.start, held.start()):
                        draft.add(mention.key, "participant", Span.of(text, mention.start, mention.end))
                self.drafts.append(draft)
                state.gathering, state.gathering_paragraph = draft, sentence.paragraph
                state.gathering_left = _GATHERING_REACH
                return
        draft = state.gathering
        if draft is None:
            return
        if sentence.paragraph != state.gathering_paragraph or state.gathering_left == 0:
            state.gathering = None
            return
        state.gathering_left -= 1
        if not _AT_GATHERING.search(text, sentence.start, sentence.end):
            return
        named = [m for m in self.index.within(sentence.start, sentence.end) if not self.blocked(m.start, sentence.start)]
        pronoun = PRONOUN_SUBJECT.match(text, sentence.start, sentence.end)
        if pronoun is not None and not named:
            key = self.resolve_pronoun(pronoun.start(), set(), sentence.reported is not None)
            if key:
                draft.add(key, "participant", Span.of(text, pronoun.start(), pronoun.end()))
        for mention in named:
            draft.add(mention.key, "participant", Span.of(text, mention.start, mention.end))
        parts = [p.span for p in draft.parts.values() if p.span is not None]
        draft.span = Span.of(text, min([draft.span.start] + [p.start for p in parts]),
                             max([draft.span.end] + [p.end for p in parts]))

    def session(self, sentence: Sentence) -> None:
        """`At the 13th restricted session, Molotov put forward …`: a session of a conference the
        sentence opens on, told as held, is a meeting of those who speak in it there and in the
        sentences after, up to the cable's next numbered point: a name before a verb of speech,
        after `In his presentation,`, `I spoke` or `our side insisted` (the senders), and the chair."""
        state, text = self.state, self.text
        lead = _AT_SESSION.search(text, sentence.start, min(sentence.end, sentence.start + 80))
        if lead is not None and sentence.reported is None and _SESSION_OPENING.fullmatch(
                text, sentence.start, lead.start()):
            after = text[lead.end():lead.end() + 60]
            if modality.status(text[sentence.start:lead.start()], after) != modality.OCCURRED:
                return
            draft = _Draft("occurred", Span.of(text, lead.start(), lead.end()), "session")
            draft.date = self.sentence_date(sentence) or state.context
            self.drafts.append(draft)
            state.session, state.session_paragraph = draft, sentence.paragraph
            self.session_speakers(draft, sentence.start, sentence.end)
            return
        draft = state.session
        if draft is None:
            return
        block_start = self.blocks[sentence.paragraph][0]
        if sentence.paragraph - state.session_paragraph > _SESSION_PARAGRAPHS or (
                sentence.paragraph != state.session_paragraph and _NEW_ITEM.match(text, block_start)) or (
                state.told is not None and state.told is not draft and state.told.span.start > draft.span.start):
            state.session = None
            return
        if sentence.paragraph == state.session_paragraph:
            self.session_speakers(draft, sentence.start, sentence.reported or sentence.end)
        elif _SESSION_CHAIR.search(text, sentence.start, sentence.end):
            for mention in self.index.within(sentence.start, sentence.end)[:1]:
                draft.add(mention.key, "speaker", Span.of(text, mention.start, mention.end))

    def session_speakers(self, draft: _Draft, start: int, end: int) -> None:
        """Those the stretch makes speakers at the session (`_SESSION_SPEAKS`, `_SESSION_SPEAKER_BEFORE`,
        `_NARRATOR_SPEAKS`)."""
        text = self.text
        for mention in self.index.within(start, end):
            if self.blocked(mention.start, start):
                continue
            if _SESSION_SPEAKS.match(text, mention.end) or _SESSION_SPEAKER_BEFORE.search(
                    text, max(start, mention.start - 80), mention.start):
                draft.add(mention.key, "speaker", Span.of(text, mention.start, mention.end))
        if self.authors and (spoke := _NARRATOR_SPEAKS.search(text, start, end)):
            draft.add(NARRATOR_KEY, "speaker", Span.of(text, spoke.start(), spoke.end()))

    def headline(self, sentence: Sentence) -> None:
        """`Talks with [official Carlos A.] Bernardes on the 26th of October.`: a sentence that
        only names talks and their day heads a cable's account of the sender's own talks
        (asked after `list_item_talk`, when the sentence is no item of a list of talks)."""
        if not self.authors or self.text[sentence.start] not in "[TCMDA" or not _HEADLINE.fullmatch(
                self.text, sentence.start, sentence.end):
            return
        named = self.index.within(sentence.start, sentence.end)
        if not named:
            return
        span = Span.of(self.text, sentence.start, sentence.end)
        draft = _Draft("occurred", span, "conversation")
        draft.add(NARRATOR_KEY, "participant", span)
        for mention in named:
            draft.add(mention.key, "participant", Span.of(self.text, mention.start, mention.end))
        draft.date = self.sentence_date(sentence)
        self.keep(draft, True)

    def list_item_talk(self, sentence: Sentence) -> bool:
        """An item of a list of talks (`• Talk with X on 16 July:`): a talk of those its line
        names with whoever the lead above says held the talks, else with the narrator."""
        text = self.text
        line_start = text.rfind("\n", 0, sentence.start) + 1
        item = _ITEM_HEADLINE.match(text, line_start, sentence.end) or _ITEM_WITH.match(
            text, line_start, sentence.end)
        if item is None or item.end() <= sentence.start:
            return False
        reach = max(0, line_start - _ITEM_LEAD_REACH)
        following = None
        if text.find("the following", reach, line_start) >= 0:
            for following in _FOLLOWING_LEAD.finditer(text, reach, line_start):
                pass
        if following is None and item.re is _ITEM_WITH:
            return False
        line_end = text.find("\n", item.end())
        end = min(sentence.end, line_end if line_end >= 0 else len(text))
        named = self.index.within(item.end(), end)
        lead = None
        for lead in _TALKS_LEAD.finditer(text, reach, line_start):
            pass
        holders = self.index.within(lead.start(1), lead.end(1)) if lead else []
        span = Span.of(text, sentence.start, end)
        draft = _Draft("occurred", span, "conversation")
        for mention in holders[-1:] + named:
            draft.add(mention.key, "participant", Span.of(text, mention.start, mention.end))
        holder = self.lead_holder(following) if following and not holders else None
        if holder and following:
            lead_start = following.start() + len(following.group()) - len(following.group().lstrip())
            draft.add(holder, "participant", Span.of(text, lead_start, following.end()))
        elif not holders and self.authors:
            draft.add(NARRATOR_KEY, "participant", span)
        if len(draft.parts) < 2:
            return False
        draft.date = self.sentence_date(sentence)
        listed = None if draft.date else next(
            (d for d in self.drafts if d.listed_item and d.parts.keys() == draft.parts.keys()), None)
        if listed is not None:
            self.state.current = listed
            return True
        draft.listed_item = True
        self.drafts.append(draft)
        self.state.current = draft
        return True

    def lead_holder(self, lead: re.Match[str]) -> str | None:
        """Who held the talks a lead lists: the person its subject names, or the one `He` refers
        to; `I`/`We` (or no subject) leave them the narrator's."""
        named = self.index.within(lead.start("subject"), lead.end("subject"))
        if named:
            return named[-1].key
        pronoun = PRONOUN_SUBJECT.search(self.text, lead.start("subject"), lead.end("subject"))
        return self.resolve_pronoun(pronoun.start(), set(), False) if pronoun else None

    def sentence_date(self, sentence: Sentence) -> DateValue | None:
        """The first day or month a sentence names, read against its journal entry's date;
        not a registry stamp."""
        for mention in self.dates_in(sentence.start, sentence.end):
            if not self.layout.is_stamp(mention.start, mention.end) and mention.kind not in ("year", "unit", "season"):
                return dt.date_value(self.text, mention, self.state.entry or self.anchor)
        return None

    def speaker_joins(self, sentence: Sentence) -> None:
        """`Tildy said that …` in the narrative of a conversation the record tells: whoever
        speaks in it took part. Only the subject of the sentence's own speech verb, in a
        sentence that names no other time (`In 1956 Mao said` was elsewhere). Nor one the
        paragraph has just told of meeting elsewhere (`We met X yesterday. X said that …`)."""
        current = self.state.current
        if current is None or current.status != "occurred":
            return
        self.session_floor(current, sentence)
        if NARRATOR_KEY not in current.parts and not current.titled:
            return
        self.floor_taken(current, sentence)
        if (sentence.reported is None or sentence.reported == sentence.start
                or self.dates_in(sentence.start, sentence.end)):
            return
        verbs = self.verbs.between(sentence.start, sentence.end)
        if not verbs:
            return
        named = self.index.within(sentence.start, verbs[0].start())
        lead = bool(named) and _SPEAKER_LEAD.fullmatch(self.text, sentence.start, named[0].start) is not None
        if not named or not (lead or self.own_label(sentence.start, named[-1])):
            return
        subject = named[0] if lead else named[-1]
        if self.blocked(subject.start, sentence.start) or not _SUBJECT_GAP.fullmatch(
                self.text, subject.end, verbs[0].start()):
            return
        if self.labelled(sentence.start) and NARRATOR.search(self.text, sentence.start, sentence.end):
            return  # `Lund: … Mr. Halvorsen told me that …`: the speaker reports another's words
        if self.editors_paragraph(sentence.paragraph):
            return  # `[Popovic reported that invitations … have been sent]`: the editor tells what was said elsewhere
        if NARRATOR_KEY in current.parts and _TO_ANOTHER.match(self.text, verbs[0].end()):
            return  # `Honecker warned him:` in the narrator's talk: words said to someone else, elsewhere
        if verbs[0].group() in _OPINION_VERBS and subject.key not in current.parts:
            return  # `Mao Zedong thinks such a pact would be expedient`, in Zhou's words: a view held elsewhere
        if subject.key not in current.parts and _IN_WRITING.search(self.text, verbs[0].end(), sentence.end):
            return  # `Chairman Mao quoted these words … in a letter to X`: words written elsewhere
        told = self.state.told
        if (told is not None and told is not current and self.state.told_paragraph == sentence.paragraph
                and subject.key in told.parts and subject.key not in current.parts):
            return
        if subject.key not in current.parts and self.labelled(sentence.start) and any(
                d.recalled and subject.key in d.parts for d in self.drafts):
            return  # `ANDROPOV. … Cde. Kania said candidly that …`: words said at the talk told of, held elsewhere
        if current.apart and subject.key not in current.parts:
            return  # `I had conversations with A, B and C. A said …`: A spoke in his own talk, not in C's
        if subject.key not in current.parts and self.views_conveyed(subject.key, sentence.start):
            return  # `A conveyed Premier Nehru's views to Zhou: / Premier Nehru states that …`: words carried
        current.add(subject.key, "speaker", Span.of(self.text, subject.start, subject.end))
        for verb in verbs[1:]:
            other = self.index.last_before(verb.start(), set(), subject.end)
            if other and _SUBJECT_GAP.fullmatch(self.text, other.end, verb.start()) and _NEXT_SPEAKER.search(
                    self.text, subject.end, other.start):
                current.add(other.key, "speaker", Span.of(self.text, other.start, other.end))

    def editors_paragraph(self, paragraph: int) -> bool:
        """Is the paragraph wholly in square brackets, the editor's note rather than the record's text?"""
        start, end = self.blocks[paragraph]
        body = self.text[start:end].strip()
        return body.startswith("[") and body.endswith("]")

    def views_conveyed(self, key: str, start: int) -> bool:
        """Did the lines just above convey `key`'s views (`conveyed Premier Nehru's views on … to Zhou`)?
        Then what he `states` below is the message carried, not words said in the room."""
        return any(m.key == key and _OWNED_VIEWS.match(self.text, m.end)
                   for m in self.index.within(max(0, start - _VIEWS_REACH), start))

    def delegation_led(self, sentence: Sentence) -> None:
        """`The delegation was led by Comrade X` or `The delegation included A, B and C`, told
        after the meeting with `the delegation` (in the paragraph that tells that meeting): its
        leader, or its members, were there."""
        led = _DELEGATION_LED.match(self.text, sentence.start, sentence.end)
        members = None if led else _DELEGATION_MEMBERS.match(self.text, sentence.start, sentence.end)
        opening = led or members
        current = self.state.current or (self.drafts[-1] if self.drafts else None)  # a visit the writer was not on
        if opening is None or current is None or current.status != "occurred":
            return
        told = self.sentence_start(current.span.start)
        if "delegation" not in self.text[told:self.text.find("\n", current.span.end)].lower():
            return
        named = self.index.within(opening.end(), sentence.end)
        if members and not named and _FOLLOWING.fullmatch(self.text, opening.end(), sentence.end):
            named = self.listed_below(sentence.end)
        if led:
            if not named or not _ITEM_TITLES.fullmatch(self.text, led.end(), named[0].start):
                return
            if not _AND_INCLUDES.search(self.text, named[0].end, sentence.end):
                named = named[:1]
        for mention in named:
            current.add(mention.key, "participant", Span.of(self.text, mention.start, mention.end))

    def they_delegation(self, sentence_start: int, position: int) -> bool:
        """`A delegation headed by X has visited Y. There they had meetings with Z`: `they`, opening
        the sentence after the one that told of a led delegation, is that delegation."""
        if not _THEY_OPEN.fullmatch(self.text, sentence_start, position):
            return False
        before = sentence_before(self.text, self.blocks, sentence_start)
        return before is not None and _LED_BY.search(self.text, *before) is not None

    def delegation(self, position: int) -> list[_Mention]:
        """The delegation last told of before `position`: who led it, and who it included."""
        leader = self.delegation_leader(position)
        found = [leader] if leader else []
        for members in _DELEGATION_MEMBERS.finditer(self.text, max(0, position - _DELEGATION_REACH), position):
            end = self.text.find(".", members.end(), position)
            found += self.index.within(members.end(), end if end >= 0 else position)
        return found

    def own_label(self, start: int, mention: _Mention) -> bool:
        """`KADAR : Upon greeting the delegates com. Kadar stated …`: the paragraph's label names the
        one who then speaks in it."""
        label = _OPENING_LABEL.match(self.text, start)
        return label is not None and folded(label[1]) == folded(self.text[mention.start:mention.end]).split()[-1]

    def session_floor(self, current: _Draft, sentence: Sentence) -> None:
        """`The first speaker was L. I. Brezhnev`, `In his opening, Comrade Kania outlined …`: the
        one named took the floor in the session told, whoever tells it; not in what someone else is telling."""
        if self.state.reported_paragraph == sentence.paragraph:
            return
        for floor in self.floors_after:
            if sentence.start <= floor.start() < sentence.end and (
                    sentence.reported is None or floor.start() < sentence.reported):
                named = self.index.within(floor.end(), sentence.end)[:1]
                if named and _ITEM_TITLES.fullmatch(self.text, floor.end(), named[0].start):
                    current.add(named[0].key, "speaker", Span.of(self.text, named[0].start, named[0].end))

    def floor_taken(self, current: _Draft, sentence: Sentence) -> None:
        """`Minister X was the first to speak`, `Comrade Y began his discussion`: whoever takes the
        floor in the conversation told took part in it; not in what someone else is telling."""
        if self.state.reported_paragraph == sentence.paragraph:
            return
        for floor in self.floors(sentence.start, sentence.end):
            if sentence.reported is not None and sentence.reported < floor.start():
                continue
            subject = self.index.last_before(floor.start(), set(), sentence.start)
            if subject and subject.key not in current.parts and self.labelled(floor.start()):
                continue  # `Ceausescu: … On the first day, Dubcek spoke for an hour`: a speech he tells of
            if subject and _SUBJECT_GAP.fullmatch(self.text, subject.end, floor.start()) and not self.blocked(
                    subject.start, sentence.start):
                current.add(subject.key, "speaker", Span.of(self.text, subject.start, subject.end))
                other = self.index.last_before(subject.start, {subject.key}, sentence.start)
                if other and _CO_SUBJECT.fullmatch(self.text, other.end, subject.start):
                    current.add(other.key, "speaker", Span.of(self.text, other.start, other.end))

    @staticmethod
    def each_apart(draft: _Draft, match: re.Match[str]) -> list[_Draft]:
        """`They all remember their talks with Erich Honecker very well`: each of those listed before had his own
        talks with the one named, not one meeting of them all."""
        objects = [p for p in draft.parts.values() if p.span is not None and p.span.start >= match.end()]
        subjects = [p for p in draft.parts.values() if p not in objects]
        if not objects or len(subjects) < 2:
            return [draft]
        separate = []
        for subject in subjects:
            single = replace(draft, parts={}, apart=True)
            single.parts = {p.person: p for p in [subject, *objects]}
            separate.append(single)
        return separate

    def introduced_to(self, draft: _Draft, match: re.Match[str], sentence: Sentence) -> None:
        """`I introduced V. V. Kuznetsov who was in the room to F. Castro`: the one introduced to is there too,
        past the clause about the one introduced."""
        to = _INTRODUCED_TO.search(self.text, match.end(), sentence.end)
        named = self.index.within(to.end(), sentence.end) if to else []
        if named and named[0].start == to.end():
            draft.add(named[0].key, "participant", Span.of(self.text, named[0].start, named[0].end))
        if draft.date is None and self.state.current is not None and NARRATOR_KEY in self.state.current.parts:
            draft.date = self.state.current.date

    @staticmethod
    def separate_receptions(draft: _Draft, respectively: bool = False) -> list[_Draft]:
        """`X was received by A, B, C and D`: a visitor received in turn by a list of
        leaders had one reception with each, not one meeting of all of them; so were the hosts
        the embassies in A, B and C were `to visit X, Y and Z respectively`, whoever their visitors."""
        visitors = [p for p in draft.parts.values() if p.part == "visitor"]
        hosts = [p for p in draft.parts.values() if p.part == "host"]
        each = respectively and len(visitors) < 2 and len(hosts) > 1 and len(hosts) + len(visitors) == len(draft.parts)
        if not each and (len(visitors) != 1 or len(hosts) < _SEPARATE_HOSTS or len(hosts) + 1 != len(draft.parts)):
            return [draft]
        separate = []
        for host in hosts:
            single = replace(draft, parts={})
            single.parts = {p.person: p for p in [*visitors, host]}
            separate.append(single)
        return separate

    def had_several(self, match: re.Match[str]) -> bool:
        """`had conversations with`, `held separate talks with`: more than one talk told at once."""
        return _HAD_SEVERAL.search(self.text, max(0, match.start() - 20), match.end()) is not None

    def separate_withs(self, draft: _Draft, match: re.Match[str]) -> list[_Draft]:
        """`I held discussions with A, and also with B, with C, D`: a talk told again with
        `with` was one talk with each of those listed, not one meeting of all of them; so were
        `conversations of X with A and B`. A sender left unnamed held `consultations with A as well as
        with B` apart, but may have met `A, and … B` together."""
        objects = sorted((p for p in draft.parts.values() if p.span is not None and p.span.start >= match.end()),
                         key=lambda p: p.span.start if p.span else 0)
        subjects = [p for p in draft.parts.values() if p not in objects]
        partners = self.text.find(" with ", match.end())
        several = _SEVERAL_OF.fullmatch(match.group()) is not None and partners >= 0
        if several:  # `two other conversations of Brie with Vigoa and Hoang Moi`: one with each
            subjects = [p for p in objects if p.span is not None and p.span.start < partners]
            objects = [p for p in objects if p not in subjects]
        if len(objects) < 2 or not (subjects or draft.narrated):
            return [draft]
        again = _WITH_AGAIN.search(self.text, objects[0].span.end, objects[-1].span.start)
        several = several or (draft.narrated and self.had_several(match))
        if not several and (again is None or not (subjects or again.group().startswith("as"))):
            return [draft]
        separate = []
        for part in objects:
            single = replace(draft, parts={}, apart=True)
            single.parts = {p.person: p for p in [*subjects, part]}
            separate.append(single)
        return separate

    def enter(self, sentence: Sentence) -> None:
        """A sentence in a new journal entry takes that entry's date as its context; the
        meeting a record is titled after goes on being told across its date lines."""
        state = self.state
        entry = self.layout.entry_date(sentence.start)
        if entry != state.entry:
            state.entry = entry
            state.context = DateValue(entry) if entry else None
            state.context_paragraph = -1
            if state.current is None or not (state.current.provisional or state.current.titled):
                state.current = None

    def dateline(self, sentence: Sentence) -> bool:
        """A line that is only a date (or `Bucharest, 2 March 1969`) and heads no journal
        entry: the page's or the document's own date, not the day the narrative has reached."""
        lead = _PLACE_LEAD.match(self.text, sentence.start, sentence.end)
        start = lead.end() if lead else sentence.start
        return sentence.end - start <= 40 and dt.is_date_line(self.text[start:sentence.end]) and (
            self.layout.entry_date(sentence.end) == self.layout.entry_date(sentence.start - 1))

    def advance_context(self, sentence: Sentence, end: int | None = None) -> None:
        """The narrative date moves on with each dated narrative sentence, or with a date in
        the narrative head of a report (`This morning X said by telephone that …`, up to `end`)."""
        state = self.state
        anchor = state.entry or self.anchor
        mentions = self.dates_in(sentence.start, sentence.end if end is None else end)
        if not mentions or _FUTURE.search(self.text, sentence.start, sentence.end):
            return
        for mention in mentions:
            if self.layout.is_stamp(mention.start, mention.end) or mention.kind in ("year", "unit", "season"):
                continue
            if DOCUMENT_DATE_CONTEXT.search(self.text[max(sentence.start, mention.start - 40):mention.start]) or (
                    _DOCUMENT_AFTER.match(self.text, mention.end)):
                continue
            value = dt.date_value(self.text, mention, anchor, self.day_of(mention))
            if value and anchor and mention.kind in _RELATIVE_KINDS and value.iso > anchor[:len(value.iso)]:
                continue
            if value and value.precision == "day" and _RANGE_START.search(
                    self.text, max(sentence.start, mention.start - 20), mention.start):
                value = DateValue(value.iso[:7], value.verbatim, value.span)
                self.move_context(value, mention.start, sentence.paragraph)
                return
            if value and value.precision == "day":
                self.move_context(value, mention.start, sentence.paragraph)
                return

    def day_of(self, mention: dt.DateMention) -> str | None:
        """The day a date relative to the narrative counts from: the day reached (`that evening`),
        or for `this morning` the writer's own day: the journal entry's, or the last date line's."""
        state = self.state
        if mention.kind == "anaphor" and mention.relation.startswith("this ") and (state.entry or state.heading):
            return state.entry or state.heading
        return state.context.iso if state.context else None

    def move_context(self, value: DateValue, position: int, paragraph: int) -> None:
        state = self.state
        state.previous, state.previous_paragraph = state.context, state.context_paragraph
        state.previous_at = state.context_at
        state.context, state.context_paragraph, state.context_at = value, paragraph, position

    def clause(self, match: re.Match[str], sentence: Sentence, whole: bool) -> tuple[int, int, Frame | None]:
        """The stretch of the sentence a cue speaks about: after the innermost `X said that`
        holding it, up to the next clause boundary (`that`, `;`, `about`, …)."""
        frame = innermost_report(self.text, self.verbs, sentence.start, match.start())
        left = frame.complement if frame else sentence.start
        if frame is None and sentence.reported is not None and match.start() >= sentence.reported:
            left = sentence.reported
        if frame is None:
            left = narrator_report(self.text, self.verbs, left, match.start()) or left
        left, right = self.utterance(left, sentence.end, match.start())
        boundary = CLAUSE_END.search(self.text, match.end(), right)
        while boundary and self.listed_next(boundary.start(), right):
            boundary = CLAUSE_END.search(self.text, boundary.end(), right)
        if boundary:
            right = boundary.start()
        comma_and = self.text.find(", and ", match.end(), right)
        if comma_and >= 0:
            cues = find_cues(self.text, self.cue_triggers, comma_and, right)
            told = next((m for cue, m in cues if cue.creates), None)
            if told and _NEW_SUBJECT.fullmatch(self.text, comma_and + 6, told.start()):
                right = comma_and  # `A went to see B, and C's assistant met with D`: the second clause tells its own
        comma_and = self.text.rfind(", and ", left, match.start())
        if comma_and >= 0 and _NEW_SUBJECT.fullmatch(self.text, comma_and + 6, match.start()) and any(
                cue.creates for cue, _ in find_cues(self.text, self.cue_triggers, left, comma_and)):
            left = comma_and + 6  # and the first clause's people are not the second's
        if whole and boundary and self.text[boundary.start():boundary.end()] in ("when", "after", "before"):
            end = self.utterance(left, sentence.end, match.start())[1]
            if not any(cue.creates for cue, _ in find_cues(self.text, self.cue_triggers, boundary.end(), end)):
                right = end  # `this visit to X, when Li Xiannian visited Pakistan`: that clause tells its own
        between = match.group().endswith("between") or _BETWEEN_AHEAD.match(self.text, match.end()) is not None
        told = self.first_told(match.end(), right) if between and not whole else None
        if told:  # `meetings between A and B, the creation of …, a visit by C`: a list of items, each its own
            right = told.start()
        if whole:
            left, right = _inside_aside(self.text, left, right, match.start())
            another = _ANOTHER_TRIP.search(self.text, match.end(), right)
            if another:
                right = another.start()
            told = self.first_told(match.end(), right)
            if told:  # `During my stay in Kabul I had conversations with A`: the talk has A, not the stay
                right = told.start()
            joined = _ANOTHER_TRIP.search(self.text, max(left, match.start() - 40), match.end())
            if joined and joined.end() >= match.start():
                left = joined.end()
        return left, right, frame

    def first_told(self, start: int, end: int) -> re.Match[str] | None:
        """The first cue in text[start:end] that tells a meeting of its own."""
        return next((m for cue, m in find_cues(self.text, self.cue_triggers, start, end) if cue.creates), None)

    def fronted_owner(self, left: int, match: re.Match[str], right: int) -> _Mention | None:
        """`During his visit to Czechoslovakia in April 1960, Comrade Blas Roca requested …`: a trip
        owned by `his` in a phrase opening the sentence is the trip of the main clause's subject,
        named after the comma, not of anyone named before."""
        if not _FRONTED_OWN.fullmatch(self.text, left, match.start()):
            return None
        comma = self.text.find(",", match.end(), right)
        if comma < 0 or self.index.within(match.end(), comma):
            return None
        named = self.index.within(comma, right)
        if named and _TITLED_OBJECT.fullmatch(self.text, comma + 1, named[0].start):
            return named[0]
        return None

    def escorts_only(self, draft: _Draft) -> bool:
        """`On the occasion of the conversation, the Chairman was accompanied by A and B`:
        with no person named before `accompanied by`, or one already at the meeting told
        (`The Generalissimo received me. I was accompanied by A`), the escorts join that meeting;
        a date they give dates a meeting known only from the title."""
        current = self.state.current
        return (current is not None and current.status == draft.status == "occurred"
                and all(p.part == "present" or key in current.parts for key, p in draft.parts.items()))

    def listed_next(self, position: int, right: int) -> bool:
        """`accompanied by A, head of protocol; B, his secretary; and C`: a semicolon
        that goes on with a person (a name and its office, or an office and its name) and no
        verb separates the items of a list, not two clauses (`talks with A; B took part` are two)."""
        gap = _LIST_ITEM.match(self.text, position, right)
        if gap is None:
            return False
        if _NAMED_ITEM.match(self.text, gap.end(), right):
            return True
        return any((m.start <= gap.end() or self.office_item(gap.end(), m.start)) and _ITEM_END.match(self.text, m.end)
                   for m in self.index.within(position, min(right, gap.end() + _OFFICE_ITEM_REACH)))

    def office_item(self, start: int, name: int) -> bool:
        """`; the head of the group of chief advisers in Cuba, Comrade F. E. Titov; and …`: an
        item that gives the office first, then the name, with no verb between."""
        return bool(_OFFICE_ITEM.fullmatch(self.text, start, name)) and not self.verbs.between(start, name)

    def cue(self, cue: Cue, match: re.Match[str], sentence: Sentence, free_indirect: bool) -> _Draft | None:
        text = self.text
        self.teller_joins(match, sentence)
        left, right, frame = self.clause(match, sentence, cue.whole_sentence)
        left, unnamed = self.relative_subject(left, match.start())
        line_start = text.rfind("\n", left, match.start()) + 1
        own_line = line_start > left and _LEAD_LINE.match(text, match.end()) is not None and (
            _OWN_TALK_LEAD.fullmatch(text, line_start, match.start()) is not None)
        if own_line:
            left = line_start
        if cue.name == "visit_by":
            left = match.start()  # `preparing a visit by Kim Il Sung`: only the one named after `by` goes
        quoted = frame is not None or (sentence.reported is not None and match.start() >= sentence.reported)
        reported = quoted or free_indirect
        if self.remote(max(left, match.start() - 30), min(right, match.end() + 40)) and not (
                _SUMMONED.search(text, max(left, match.start() - 80), match.start())
                and not self.remote(match.start(), min(right, match.end() + 40))):
            return None
        if cue.name == "together_with" and not MOVING_VERB.search(text, left, right):
            return None
        if cue.name == "between_more" and not _MEETINGS_BETWEEN.search(text, sentence.start, match.start()):
            return None
        joined_talk = _JOINED_BEFORE.search(text, max(left, match.start() - 80), match.start()) if (
            cue.name == "joined_talk") else None
        if cue.name == "joined_talk" and joined_talk is None:
            return None
        if cue.name == "told_me" and (reported or self.labelled(match.start())):
            return None
        if cue.name == "discussed" and _TOPIC_FRONTED.search(text, max(left, match.start() - 40), match.start()):
            return None
        secondhand = False
        if cue.narrator_only and not self.narrator_speaks(left, match.start(), frame):
            secondhand = not reported and self.named_tells(left, match, right)
            if not secondhand:
                return None
        if cue.narrator_only and self.remote(sentence.start, sentence.end):
            return None
        clause_before = text[left:match.start()]
        status = modality.status(clause_before, text[match.end():min(right, match.end() + 60)])
        if status is None:
            return None
        if (status == modality.OCCURRED and _WHEN_WE.search(text, max(left, match.start() - 16), match.start())
                and _MODAL_MAIN.match(text, match.end(), sentence.end)):
            status = modality.PLANNED  # `When we see Comrade Stalin, we should … stress this`
        if status == modality.PLANNED and _HAD_TALK.search(match.group()):
            status = modality.OCCURRED  # `my request to see you derives from the conversation I had on 22 January with X`
        span = Span.of(text, match.start(), match.end())
        draft = _Draft(status, span, cue.kind, recalled=reported, secondhand=secondhand)
        # subject side
        subjects = [m for m in self.index.within(left, match.start())
                    if not self.governed(m.start, left) and not self.blocked(m.start, left) and not self.paired(m)
                    and not _OWNED_PAPER.match(text, m.end)  # `having read the Chairman's telegram, I will see X`
                    and not _OWNED_AIDE.fullmatch(text, m.end, match.start())]
        during = bool(subjects) and _DURING.search(text, max(left, match.start() - 24), match.start()) is not None
        owned = len(subjects) > 1 and _HIS_TALK.search(text, max(left, match.start() - 24), match.start()) is not None
        if secondhand or during or owned:
            subjects = subjects[-1:]
        if subjects and frame and _ABOUT_HIS.search(text, max(left, match.start() - 24), match.start()):
            subjects = []
        owned_trip = False
        if cue.name == "trip":
            subjects = [m for m in self.index.within(left, match.start()) if not self.blocked(m.start, left)]
            own = [m for m in subjects if _POSSESSOR.fullmatch(text, m.end, match.start())]
            subjects = own[-1:] or ([] if _NARRATOR_POSSESSOR.search(text, left, match.start()) else subjects)
            owned_trip = bool(own)  # `I have read your report of Kishi’s visit to Vietnam`: his trip, not mine
        between = match.group().endswith("between")  # `the talks between A and B`: theirs alone
        record = _RECORD_LEAD.search(text, max(left, match.start() - 40), match.start())
        recorded = record is not None
        if _REFERRING.match(text, sentence.start, match.start()):
            draft.recalled = True  # `Referring to his conversation with A. Kosygin, …, Premier Zhou related:`
        if recorded:  # `I have read the record of conversation of X with Y`: a talk of theirs, some time before
            between = draft.recalled = True
        if between:
            subjects = []
        joined = joined_talk or (_JOINED_BEFORE.search(text, left, match.start()) if cue.name == "met" and (
            "-" in clause_before or "–" in clause_before) else None)
        if joined_talk is not None:
            subjects = []
            draft.recalled = True  # talks named for their two men are talks referred to, not the ones told
        if joined is not None:
            self.add_sides(draft, joined, cue.subject)
        thanked = _THANKED_FOR.search(text, left, match.start()) if "for" in clause_before else None
        if thanked:
            subjects = self.index.within(thanked.end(1), thanked.start(2))
        for mention in subjects:
            draft.add(mention.key, cue.subject, Span.of(text, mention.start, mention.end))
        narrator_subject = [t for t in self.narrator_tokens(record.start() if record else left, match.start(), frame)
                            if not self.governed(t.start(), left) or self.own_noun(t, match.start())
                            ] if (not between or recorded) and not during and not owned_trip else []
        if narrator_subject and _OUR_DELEGATION.match(text, narrator_subject[-1].end()):
            leader = self.delegation_leader(match.start())
            if leader is not None and leader.key not in self.authors:
                narrator_subject = []  # `a delegation headed by X visited …  Our delegation had two meetings with Y`
                subjects = self.delegation(match.start())
                for mention in subjects:
                    draft.add(mention.key, cue.subject, Span.of(text, mention.start, mention.end))
        subject_voice = self.voice(narrator_subject[-1].start()) if narrator_subject else None
        if subject_voice not in (None, NARRATOR_KEY) and not self.speaker_subject(narrator_subject[-1], match.start()):
            subject_voice = None
        draft.narrated = bool(narrator_subject) and subject_voice in (None, NARRATOR_KEY)
        if subject_voice:
            token = narrator_subject[-1]
            draft.add(subject_voice, cue.subject, Span.of(text, token.start(), token.end()))
            partner = self.partner(subject_voice, token, match, sentence.end) if cue.name == "met" else None
            if partner:
                draft.add(partner, cue.subject, Span.of(text, token.start(), token.end()))
                draft.recalled = True  # a meeting of theirs told in the talk, not the talk itself
        if (not subjects and not narrator_subject and not reported and self.authors
                and (left == sentence.start or own_line) and not between):
            lead = _OWN_TALK_LEAD.fullmatch(text, left, match.start())
            if lead and (lead["det"] not in ("The", "A") or self.narrator_tokens(
                    max(0, left - _OWN_TALK_REACH), left, None)):
                draft.narrated = True
                draft.add(NARRATOR_KEY, cue.subject, Span.of(text, lead.start("det"), lead.end("det")))
                narrator_subject = [lead]
            elif cue.name in _TELEGRAPHIC_CUES and match.group()[:1].isupper() and not text[left:match.start()].strip():
                draft.narrated = True  # `Visited [President X] Dorticos at 1 P.M.`: a cable's clipped `I visited`
                draft.add(NARRATOR_KEY, cue.subject, span)
                narrator_subject = [match]
        if cue.name == "meal_held" and not subjects and not narrator_subject and not reported and self.authors:
            draft.narrated = True
            draft.add(NARRATOR_KEY, cue.subject, span)
            narrator_subject = [match]
        had = _HAD_TALK.search(text, match.start(), match.end()) if cue.name == "conversation" else None
        had_voice = None
        if had and not subjects and not narrator_subject:
            subject_span = Span.of(text, had.start("pronoun"), had.end("pronoun"))
            key = self.voice(had.start()) if had["narrator"] else self.resolve_pronoun(had.start(), set(), reported)
            had_voice = key if had["narrator"] else None
            if key:
                draft.add(key, cue.subject, subject_span)
                draft.narrated = key == NARRATOR_KEY
        relative = None
        if not narrator_subject and not had and cue.name == "conversation":
            relative = _WHO_HAD.search(text, max(sentence.start, match.start() - 40), match.start())
            antecedent = self.index.last_before(relative.start(), set(), sentence.start) if relative else None
            if antecedent and relative and not text[antecedent.end:relative.start()].strip():
                subjects = subjects or [antecedent]
                draft.add(antecedent.key, cue.subject, Span.of(text, antecedent.start, antecedent.end))
            else:
                relative = None
        if (not subjects and not narrator_subject and frame is not None and cue.name in ("conversation", "meal")
                and _REPORT_TOPIC.fullmatch(text, left, match.start())):
            reporter = self.index.within(sentence.start, frame.verb)[-1:]
            if reporter and (_SUBJECT_GAP.fullmatch(text, reporter[0].end, frame.verb)
                             or _APPOSED_GAP.fullmatch(text, reporter[0].end, frame.verb)):
                subjects = reporter  # `Kosygin reported on conversations with De Gaulle`: his own
                draft.add(reporter[0].key, cue.subject, Span.of(text, reporter[0].start, reporter[0].end))
        if not subjects and not narrator_subject and (_DELEGATION_SUBJECT.search(text, left, match.start())
                                                      or _DELEGATION_POSSESSOR.search(text, left, match.start())
                                                      or self.they_delegation(sentence.start, match.start())):
            subjects = self.delegation(match.start())
            for mention in subjects:
                draft.add(mention.key, cue.subject, Span.of(text, mention.start, mention.end))
        fronted = self.fronted_owner(left, match, right) if not subjects and not narrator_subject else None
        if fronted is not None:  # `During his visit to Czechoslovakia in April, Comrade Blas Roca requested`
            subjects = [fronted]
            draft.add(fronted.key, cue.subject, Span.of(text, fronted.start, fronted.end))
        if not subjects and not narrator_subject:
            pronoun = None
            for pronoun in PRONOUN_SUBJECT.finditer(text, left, match.start()):
                pass
            if pronoun is not None:
                key = self.resolve_pronoun(pronoun.start(), set(), reported)
                if key:
                    draft.add(key, cue.subject, Span.of(text, pronoun.start(), pronoun.end()))
        their = _THEIR.search(text, left, match.start()) if not subjects and not narrator_subject else None
        if their and not draft.parts:  # `greetings from A, B and C. They all remember their talks with X`
            for mention in self.list_before(sentence.start):
                draft.add(mention.key, cue.subject, Span.of(text, mention.start, mention.end))
            draft.recalled = bool(draft.parts)
        you = _YOU.search(text, left, match.start()) if not subjects and not narrator_subject else None
        addressee = self.addressee(match.start()) if you and not draft.parts else None
        if you and addressee:  # `DENG: You already had talks with A and B`: the one Deng speaks to, elsewhere
            draft.add(addressee, cue.subject, Span.of(text, you.start(), you.end()))
            draft.recalled = True
        if unnamed and not subjects and not narrator_subject:
            return None
        # object side
        objects = [m for m in self.index.within(match.end(), right)
                   if not self.blocked(m.start, match.end()) and not _OWNED_PAPER.match(text, m.end) and m != fronted
                   and not self.paired(m)]
        if joined_talk is not None:
            objects = []
        elif cue.narrator_only:
            objects = self.addressees(objects)
        elif cue.name == "told_me":
            gloss = _NARRATOR_GLOSS.match(text, match.end(), right)
            objects = [m for m in objects if gloss and m.end <= gloss.end()]
        reach = right if cue.name == "briefing" else min(right, match.end() + 12)
        narrator_object = [t for t in self.narrator_tokens(match.end(), reach, frame)
                           if t.group().lower() in ("me", "us")]
        if objects and not narrator_object:  # `accompanied by Vice-Premier Chen [Yun] and myself`
            narrator_object = [t for t in self.narrator_tokens(objects[0].end, right, frame)
                               if t.group().lower() in _LISTED_NARRATOR
                               and _LIST_JOIN.search(text, max(0, t.start() - 6), t.start())]
        pronoun_object = PRONOUN_OBJECT.match(text, match.end(), right) if relative else None
        if pronoun_object:
            key = self.resolve_pronoun(match.start(), set(draft.parts), reported)
            if key:
                draft.add(key, cue.object, Span.of(text, pronoun_object.start(), pronoun_object.end()))
        if _DELEGATION_OBJECT.match(text, match.end(), right):
            objects += self.delegation_members(right, sentence.end)
        for mention in objects:
            draft.add(mention.key, cue.object, Span.of(text, mention.start, mention.end))
        peers = self.peers(match.end(), right) if self.authors and not reported and not narrator_object else None
        if peers is not None:  # `a meeting between Mikoyan and the heads of the socialist missions`, by one of them
            draft.add(NARRATOR_KEY, cue.object, Span.of(text, peers.start(), peers.end()))
            narrator_object = [peers]
        if (cue.name == "came_to_us" and not objects and not narrator_object and not reported and self.authors
                and draft.others()):  # `Zakharov came for a talk`, in a letter: to its writer
            draft.add(NARRATOR_KEY, cue.object, span)
            draft.narrated = True
        if cue.name == "visit_by":  # `the visit by X to Y … at the invitation of Z`: Z's guest; of no one named, a stay
            inviter = self.inviter(sentence) if objects and not reported else None
            if inviter is None or inviter.key in draft.parts:
                return None
            draft.add(inviter.key, cue.subject, Span.of(text, inviter.start, inviter.end))
        them = _THEM.match(text, match.end(), right) if not objects and not narrator_object else None
        for mention in self.group_before(sentence.start) if them else ():
            draft.add(mention.key, cue.object, Span.of(text, them.start(1), them.end(1)))
        you_object = _YOU_OBJECT.match(text, match.end(), right) if subject_voice not in (None, NARRATOR_KEY) else None
        spoken_to = self.spoken_to(subject_voice) if you_object and subject_voice else None
        if you_object and spoken_to:  # `Brezhnev: we spoke with you and Comrade Husák`: with Honecker, spoken to
            draft.add(spoken_to, cue.object, Span.of(text, you_object.start(1), you_object.end(1)))
        elif self.letter_to and not objects and not narrator_object and not subject_voice:
            you_object = _YOU_OBJECT.match(text, match.end(), right)
            spoken_to = self.letter_to if you_object and self.letter_to not in draft.parts else None
            if spoken_to and you_object:  # `To: Minister Choi` / `Durbrow called on you at our Legation`
                draft.add(spoken_to, cue.object, Span.of(text, you_object.start(1), you_object.end(1)))
        draft.narrated = draft.narrated or bool(narrator_object)
        voice = self.voice(narrator_object[0].start()) if narrator_object else None
        spoken = any(v not in (None, NARRATOR_KEY) for v in (voice, subject_voice, had_voice))
        if voice:
            token = narrator_object[0]
            draft.add(voice, cue.object, Span.of(text, token.start(), token.end()))
        if not subjects and not narrator_subject and _NOUN_LEAD.fullmatch(text, left, match.start()):
            main = _MAIN_NARRATOR.search(text, match.end(), right)
            if main:
                draft.narrated = True
                if self.authors:
                    draft.add(NARRATOR_KEY, cue.subject, Span.of(text, main.start(1), main.end(1)))
            elif frame is None and left > sentence.start and narrator_report(
                    text, self.verbs, sentence.start, match.start()) == left:
                draft.narrated = draft.recalled = True
                if self.authors:
                    draft.add(NARRATOR_KEY, cue.subject, Span.of(text, sentence.start, left))
            elif frame is not None and not frame.direct and left == frame.complement:
                speaker = self.index.within(sentence.start, frame.verb)[-1:]
                if speaker and _SUBJECT_GAP.fullmatch(text, speaker[0].end, frame.verb):
                    draft.add(speaker[0].key, cue.subject, Span.of(text, speaker[0].start, speaker[0].end))
        has_object = bool(objects or narrator_object or pronoun_object)
        handed = secondhand and match.group() == "handed"  # `named_tells` found the paper and its receiver
        if cue.needs_object and not self.object_follows(
                match.end(), objects, narrator_object, pronoun_object or (you_object if spoken_to else None)) and (
                not _DELEGATION_OBJECT.match(text, match.end(), right)) and not handed:
            return None
        if cue.place_object and not has_object and draft.others():
            place = PLACE.search(text, match.start(), right)
            if place:
                draft.place = place.group(1).strip("[] ")
            inviter = self.inviter(sentence) if not reported else None
            if inviter is not None and (inviter.key not in draft.parts or draft.parts[inviter.key].part == cue.subject):
                inviter_span = Span.of(text, inviter.start, inviter.end)
                draft.parts[inviter.key] = Participation(inviter.key, cue.object, inviter_span)
            if cue.name in ("visited", "trip") and len(draft.parts) > 1 and NARRATOR_KEY not in draft.parts and all(
                    p.part == cue.subject for p in draft.parts.values()) and not _PARTY_TO.search(
                    text, max(left, match.start() - 160), match.start()):
                return None
            if len(draft.parts) < 2 and reported and draft.place is None:
                host = self.speaker_before(match.start())
                if host and host not in draft.parts:
                    draft.add(host, cue.object, span)
        if draft.place is None:
            place = PLACE.search(text, match.end(), right)
            if place and not self.index.within(place.start(1), place.end(1)):
                draft.place = place.group(1).strip("[] ")
        if not draft.others() and not (cue.alone and NARRATOR_KEY in draft.parts):
            return None
        date_right = objects[-1].end if cue.narrator_only and objects else right
        if date_right == right and _HELD_AFTER.match(text, right):
            date_right = sentence.end
        draft.date = self.own_date(match, left, date_right, sentence, status == modality.OCCURRED)
        if spoken and len(draft.others()) < 2:
            return None
        if spoken and (self.state.current is None or not draft.others() <= self.state.current.others()):
            draft.recalled = True
        elif (self.labels and self.state.current is not None and self.labelled(match.start())
              and draft.others() & self.state.current.others() and not draft.others() <= self.state.current.others()):
            draft.recalled = True  # `CHERNENKO. Comrades A and B met with C and D`: A and B told the session of it
        current = self.state.current
        if (draft.date is None and status == modality.OCCURRED and current is not None and current.date is not None
                and _JUST_NOW.search(text, max(left, match.start() - 30), match.start())):
            draft.date = current.date  # `Zhou: I have just spoken with Bhutto`: on the day of the talk recorded
        if draft.date is None and status == modality.OCCURRED:
            draft.date = self.context_date(draft, match, sentence, reported or spoken or recorded or draft.recalled)
            draft.contextual = draft.date is not None and (draft.date.span is None
                                                           or draft.date.span.start < sentence.start)
        parts = [p.span for p in draft.parts.values() if p.span is not None]
        start = min([match.start()] + [s.start for s in parts])
        end = max([match.end()] + [s.end for s in parts])
        draft.span = Span.of(text, start, end)
        return draft

    def teller_joins(self, match: re.Match[str], sentence: Sentence) -> None:
        """`The Soviet Acting Ambassador, Comrade X, talked about a meeting with Y`, in the record of a
        session: the one telling of his talk speaks at the session."""
        session = self.state.current
        if session is None or not session.titled or session.status != "occurred" or self.labelled(match.start()):
            return  # `Premier Zhou: Comrade Gomulka told us about the meeting …`: told to the speaker elsewhere
        tells = _TELLS_OF.search(self.text, max(sentence.start, match.start() - 40), match.start())
        if tells is None or (sentence.reported is not None and sentence.reported < tells.start()):
            return  # the telling itself reported by someone else
        teller = self.index.last_before(tells.start(), set(), sentence.start)
        if teller and _TELLER_GAP.fullmatch(self.text, teller.end, tells.start()):
            session.add(teller.key, "speaker", Span.of(self.text, teller.start, teller.end))

    def inviter(self, sentence: Sentence) -> _Mention | None:
        """`Invited by President Nasser, Comrade Kosygin made an official visit to the UAR`: the one
        at whose invitation a visit to a country is paid hosts it."""
        start, end = sentence.start, sentence.end
        invited = _INVITED_BY.search(self.text, start, end)
        told_after = _VISIT_AT_INVITATION.match(self.text, end) if invited is None else None
        if told_after is not None:  # `… visit to the DPRK. The visit occurred at the invitation of Kim Il Sung`
            start, end = told_after.end(), sentence_end(self.text, told_after.end(), len(self.text))
            invited = _INVITED_BY.match(self.text, told_after.end())
        if invited is None:
            return None
        named = self.index.within(invited.end(), min(end, invited.end() + _INVITER_REACH))
        return named[0] if named and _INVITER_TITLES.fullmatch(self.text, invited.end(), named[0].start) else None

    def relative_subject(self, left: int, cue: int) -> tuple[int, bool]:
        """Where a cue's subject side starts: at the person a `which` or `who` before the cue
        stands for, or right after the pronoun when it stands for no one named (`a delegation
        which had visited`); True then, for a subject the record does not name."""
        lead = _RELATIVE_LEAD.search(self.text, max(left, cue - 48), cue)
        coordinated = _AND_AGAIN.search(self.text, max(left, cue - 24), cue) if lead is None else None
        if coordinated is not None:  # `which had visited the USSR and [had also visited] Czechoslovakia`
            for lead in _RELATIVE_AFTER_NOUN.finditer(self.text, left, coordinated.start()):
                pass
        if lead is None:
            return left, False
        antecedent = self.index.last_before(lead.start(), set(), left)
        named = antecedent is not None and self.text[antecedent.end:lead.start()].strip(" ,") == ""
        if coordinated is not None:
            return (left, False) if named else (coordinated.end(), True)
        return (antecedent.start, False) if named and antecedent is not None else (lead.end(), True)

    def delegation_members(self, start: int, end: int) -> list[_Mention]:
        """`received the government delegation of Iraq, which arrived in Moscow, consisting of
        the Minister of Economics, Dr. X, and members of the delegation, Y, Z`: those the rest of
        the sentence lists as the delegation met."""
        made_of = _MADE_OF.search(self.text, start, min(end, start + _MADE_OF_REACH))
        if made_of is None:
            return []
        return [m for m in self.index.within(made_of.end(), end) if not self.blocked(m.start, made_of.end())]

    def addressees(self, objects: list[_Mention]) -> list[_Mention]:
        """Whom the narrator spoke to: the first person named after the verb and those
        joined to it (`I told X and Y`), not the persons the words were about (`I asked
        X how Y reacted`)."""
        kept = objects[:1]
        for mention in objects[1:]:
            if not _JOINED.fullmatch(self.text, kept[-1].end, mention.start):
                break
            kept.append(mention)
        return kept

    def named_tells(self, left: int, match: re.Match[str], right: int) -> bool:
        """`Premier [Zhou Enlai] told Indian Ambassador X that …`: one person named right
        before `told` or `informed`, another right after it behind titles only, is a talk
        between the two that the writer reports (not `Kim told me he informed them`, nor
        `X informed the government`); so is a name set off by commas (`a diplomat of the
        embassy, S. Erte, told A. Lazar`), or followed by his office in commas."""
        handed = match.group() == "handed"
        if match.group() not in ("told", "informed") and not handed:
            return False
        before = self.index.within(left, match.start())
        after = self.index.within(match.end(), right)
        if not before or not after:
            return False
        if handed and not _HANDED_PAPER.fullmatch(self.text, match.end(), after[0].start):
            return False
        gap = self.text[before[-1].end:match.start()]
        appositive = gap.strip(" ]") == "," and self.text[max(left, before[-1].start - 2):before[-1].start] == ", "
        if (gap.strip(" ]") and not appositive and not _NEAR_SUBJECT.fullmatch(gap)
                and not _OFFICE_APPOSITIVE.fullmatch(gap) and not _OPEN_OFFICE.fullmatch(gap)):
            return False
        return handed or bool(_TITLED_OBJECT.fullmatch(self.text, match.end(), after[0].start))

    def own_noun(self, token: re.Match[str], position: int) -> bool:
        """`about my exchange of views with X`: `my` on the meeting noun is one who took part,
        whatever governs the phrase (`our` may be a whole side's)."""
        return token.group().lower() == "my" and not self.text[token.end():position].strip()

    def partner(self, voice: str, token: re.Match[str], cue: re.Match[str], end: int) -> str | None:
        """`Mao: When was the last time we met? … we met in the presence of Liu Shaoqi`: a `we`
        meeting no one named after the verb, said in a talk of two, is the speaker and the one
        spoken to: the other in the talk the record is titled after."""
        if (token.group().lower() != "we" or not _RECIPROCAL.match(self.text, cue.end())
                or " with " in self.text[cue.end():end]):
            return None
        return self.spoken_to(voice)

    def spoken_to(self, voice: str) -> str | None:
        """Whom a speaker of the talk a record is titled after says `you` to: the one other person in it."""
        talk = next((d for d in self.drafts if d.titled and d.status == "occurred"), None)
        if talk is None:
            return None
        others = [key for key, part in talk.parts.items()
                  if key != voice and part.part not in ("present", "interpreter")]
        return others[0] if len(others) == 1 else None

    def speaker_subject(self, token: re.Match[str], position: int) -> bool:
        """`Zhou: I have just spoken with X`, `… my exchange of views with X`: in a speaker's
        turn, `I` right before the verb or `my` on the meeting noun is the speaker meeting X (not
        `I have read the report about the meeting between X and Y`)."""
        if token.group().lower() in ("my", "our"):
            return not self.text[token.end():position].strip()
        return bool(_NEAR_SUBJECT.fullmatch(self.text, token.end(), position)
                    or _SPEAKER_GAP.fullmatch(self.text, token.end(), position))

    def narrator_speaks(self, left: int, position: int, frame: Frame | None) -> bool:
        """`I presented to X`, `we then explained to X`: the narrator is the subject right
        before the verb (not `our ambassador informed X`, not `Kim told me he informed X`)."""
        for token in self.narrator_tokens(left, position, frame):
            if token.group().lower() in ("i", "we") and _NEAR_SUBJECT.fullmatch(self.text, token.end(), position):
                return True
        return False

    def peers(self, end: int, right: int) -> re.Match[str] | None:
        """The writer's own kind as the cue's object (`the heads of diplomatic posts of socialist
        countries`, `all the friendly embassy leaders`): an envoy's report of a meeting he was at."""
        peers = _PEER_ENVOYS.search(self.text, end, min(right, end + _PEER_REACH))
        if peers is None:
            return None
        gap = self.text[end:peers.start()]
        for mention in reversed(self.index.within(end, peers.start())):
            gap = gap[:mention.start - end] + gap[mention.end - end:]
        return peers if _PEER_GAP.fullmatch(_PEER_ASIDE.sub("", gap)) else None

    def object_follows(self, end: int, objects: list[_Mention], narrator: list[re.Match[str]],
                       pronoun: re.Match[str] | None) -> bool:
        """The cue's object is a person, right after it: `received us`, `received the Soviet
        Ambassador Comrade X`, not `received a phone call from X` or `welcomed our acceptance`."""
        starts = [m.start for m in objects] + [t.start() for t in narrator] + ([pronoun.start()] if pronoun else [])
        if not starts:
            return False
        first = min(starts)
        lead = _OBJECT_LEAD.fullmatch(self.text, end, first)
        return lead is not None and (not _PRONOUN_LAST.search(lead.group()) or "[" in self.text[first - 1:first + 1])

    def own_date(self, match: re.Match[str], left: int, right: int, sentence: Sentence,
                 occurred: bool = True) -> DateValue | None:
        """The date the cue's clause gives, nearest the cue; not a document's `dated …`,
        nor, for a meeting that took place, a `tomorrow` after the day of writing."""
        anchor = self.state.entry or self.anchor
        best: tuple[int, DateValue] | None = None
        for mention in self.dates_in(left, right):
            if self.layout.is_stamp(mention.start, mention.end):
                continue
            between = (self.text[match.end():mention.start] if mention.start >= match.end()
                       else self.text[mention.end:match.start()])
            if DOCUMENT_DATE_CONTEXT.search(between) or DOCUMENT_DATE_CONTEXT.search(
                    self.text[max(left, mention.start - 30):mention.start]) or _DOCUMENT_AFTER.match(
                    self.text, mention.end):
                continue
            value = dt.date_value(self.text, mention, anchor, self.day_of(mention))
            if value is not None and value.precision == "day" and dt.in_span_of_days(self.text, mention):
                value = DateValue(value.iso[:7], value.verbatim, value.span)
            if value is None or (occurred and anchor and mention.kind in _RELATIVE_KINDS
                                 and value.iso > anchor[:len(value.iso)]):
                continue
            gap = abs(mention.start - match.start())
            if best is None or gap < best[0]:
                best = (gap, value)
        return best[1] if best else None

    def context_date(self, draft: _Draft, match: re.Match[str], sentence: Sentence, reported: bool) -> DateValue | None:
        """The narrative's date, when the meeting belongs to the narrative: the narrator
        took part, or the paragraph itself set the date; never inside reported speech. A
        date later in the same sentence (`I informed X about Y's speech on 7 June`) does
        not date what came before it."""
        state = self.state
        if (0 <= state.context_at < sentence.start and (sentence.reported is None or match.start() < sentence.reported)
                and self.point_of_dated_talk(state.context_at, sentence.start)):
            draft.point = state.context is not None
            return state.context
        if reported or PLUPERFECT.search(self.text[sentence.start:match.start()]):
            return None
        if _RESULTS_OF.search(self.text, max(sentence.start, match.start() - 60), match.start()):
            return None
        context, paragraph, at = state.context, state.context_paragraph, state.context_at
        if match.end() <= state.context_at < sentence.end:
            context, paragraph, at = state.previous, state.previous_paragraph, state.previous_at
        if context is None and NARRATOR_KEY in draft.parts and self.anchor and not state.entry and _CLOCK.search(
                self.text, sentence.start, sentence.end):
            return DateValue(self.anchor)  # `Visited X at 1 P.M.`: a cable's hour, on the day it was sent
        if NARRATOR_KEY in draft.parts or paragraph == sentence.paragraph:
            return context
        if (0 <= at < sentence.start and _STRAIGHT_ON.search(self.text, sentence.start, match.end())
                and self.next_paragraph(at, sentence.start)):
            return context
        return None

    def point_of_dated_talk(self, at: int, start: int) -> bool:
        """`X met the ambassadors on the 8th. The main points of the conversation are as follows:` /
        `1. X told A …` / `2. X told B …`: each numbered point under the lead is of that day."""
        text = self.text
        lead_end = text.find("\n", at)
        if lead_end < 0 or lead_end > start or not _POINTS_FOLLOW.search(text, at, lead_end):
            return False
        return all(_POINT_OPENS.match(line) for line in text[lead_end:start].split("\n") if line.strip()) and bool(
            _POINT_OPENS.match(text, text.rfind("\n", 0, start) + 1))

    def next_paragraph(self, earlier: int, start: int) -> bool:
        """Does the paragraph at `start` come right after the one holding `earlier`, with only
        blank lines between?"""
        lines = self.text[earlier:start].split("\n")[1:]
        return bool(lines) and not any(c.isalnum() for line in lines[:-1] for c in line)

    def attach(self, cue: Cue, match: re.Match[str], sentence: Sentence, target: _Draft | None,
               free_indirect: bool) -> _Draft | None:
        """`X was present`, `(as interpreter)`, `then we had lunch`: people join the meeting told;
        so do those who `were at the lunch` (`Besides X, Y and Z were at the lunch`)."""
        text = self.text
        reported = (sentence.reported is not None and match.start() >= sentence.reported) or free_indirect
        if cue.name == "present" and _PARTY_TO.search(text, max(sentence.start, match.start() - 160), match.start()):
            return None
        if cue.name == "interpreter":
            if match.group().startswith("("):
                before = self.index.last_before(match.start(), set(), sentence.start)
                found = [before] if before else []
            elif match.group().startswith(("served", "acted")):
                # `(Mr. [redacted] from the Iraqi Embassy served as interpreter)`: an aside names its own interpreter
                aside = text.rfind("(", sentence.start, match.start())
                left = aside if aside > text.rfind(")", sentence.start, match.start()) else sentence.start
                before = self.index.last_before(match.start(), set(), left)
                found = [before] if before else []
                found += [m for m in self.index.within(match.end(), min(sentence.end, match.end() + 80))[:1]
                          if _OTHER_SIDE_AND.fullmatch(text, match.end(), m.start)]
            elif match.group() in ("translating", "interpreting"):
                lead = TRANSLATING_WITH.search(text, max(sentence.start, match.start() - 160), match.start())
                found = self.index.within(lead.start(), match.start()) if lead else []
            else:
                found = self.index.within(match.end(), min(sentence.end, match.end() + 80))[:1]
                for mention in self.index.within(match.end(), sentence.end)[1:] if match.group().endswith("s") else ():
                    if not found or not _JOINED.fullmatch(text, found[-1].end, mention.start):
                        break
                    found.append(mention)  # `The interpreters A and B translate …`: each of them
        elif cue.name == "pointed_at":  # `I and him (referring to General Luo)`: the one shown is in the room
            close = text.find(")", match.end(), sentence.end)
            shown = self.index.within(match.end(), close) if close > 0 else []
            found = shown[:1]
            for mention in shown[1:]:
                if not _JOINED.fullmatch(text, found[-1].end, mention.start):
                    break
                found.append(mention)  # `(referring to Kang Ryang-uk and Pak Sin-deok)`: each one shown
        elif cue.name == "meal_we" and not match.group().startswith("were"):
            found = []
        else:
            left = sentence.reported if reported and sentence.reported is not None else sentence.start
            left, right = self.utterance(left, sentence.end, match.start())
            left, right = self.aside_around(match, left, right)
            if cue.name == "present" and match.group().startswith("following"):
                left, right = self.list_bounds(match, left, right)
            found = [m for m in self.index.within(left, right)
                     if not self.blocked(m.start, left) and not _ABSENT.match(text, m.end)
                     and not MOURNED.search(text, max(left, m.start - 40), m.start)]
            if cue.name == "present" and text.endswith(":", sentence.start, sentence.end):
                found += self.listed_below(sentence.end)
            besides = _BESIDES_HIM.match(text, sentence.start, match.start()) if cue.name == "present" else None
            key = self.resolve_pronoun(besides.start(1), set(), reported) if besides else None
            if besides and key:
                found.insert(0, _Mention(besides.start(1), besides.end(1), key))
        frame = innermost_report(text, self.verbs, sentence.start, match.start())
        narrators = self.narrator_tokens(sentence.start, sentence.end, frame) if self.authors else []
        created = target is None
        if target is None:
            people = len({m.key for m in found}) + (1 if narrators else 0)
            if cue.name not in ("present", "accompany") or reported or people < 2 and not (
                    narrators and cue.name == "present" and _AT_EVENT.match(text, match.end())):
                return None
            target = _Draft("occurred", Span.of(text, match.start(), match.end()))
            target.date = self.own_date(match, sentence.start, sentence.end, sentence)
        opening = text.rfind("Also", max(sentence.start, match.start() - 12), match.start())
        opening = sentence.start if opening < 0 else opening  # `… BREZHNEV presiding. Also taking part:` run together
        chair = _CHAIR_ABOVE.search(text, max(0, opening - _CHAIR_REACH), opening) if cue.name == "present" else None
        if chair:  # `Chairman com. ANDROPOV Yu. V.` over `Present comrades …`
            found = self.index.within(chair.end(), text.find("\n", chair.end()))[:1] + found
            if created:
                target.date = target.date or self.date_line_above(chair.start())
        for mention in found:
            target.add(mention.key, cue.subject, Span.of(text, mention.start, mention.end))
        if cue.name != "interpreter":
            for token in narrators:
                if token.group().lower() in ("we", "us", "i", "me", "myself", "ourselves"):
                    target.add(NARRATOR_KEY, "participant", Span.of(text, token.start(), token.end()))
                    break
        if created and target.date is None and (self.state.entry or match.group().startswith("following")):
            target.date = self.context_date(target, match, sentence, reported)
            if target.date is not None and self.second_list(match, sentence):
                target.date = self.next_day(target.date) or target.date
        return target

    def list_bounds(self, match: re.Match[str], left: int, right: int) -> tuple[int, int]:
        """`The first with the following line-up: A, B, C, another at minister's D the following
        participating: A, B`: each meeting of the sentence has its own list, parted where
        `another` or `the second` opens the next one (its host named before its label)."""
        turns = [turn.start() for turn in _NEXT_LIST.finditer(self.text, left, right)]
        return (max((t for t in turns if t < match.start()), default=left),
                min((t for t in turns if t > match.end()), default=right))

    def second_list(self, match: re.Match[str], sentence: Sentence) -> bool:
        """A `the following participating:` label past `, another` or `, the second` whose sentence
        listed another meeting's people before: a meeting of its own."""
        turn = None
        for turn in _NEXT_LIST.finditer(self.text, sentence.start, match.end()):
            pass
        return turn is not None and _FOLLOWING_LIST.search(self.text, sentence.start, turn.start()) is not None

    def next_day(self, date: DateValue) -> DateValue | None:
        """`Meetings were held on the 8th and 9th … The first with … another …`: the second of
        the meetings told in turn is on the second day of the sentence that dated them."""
        if date.span is None:
            return None
        stop = sentence_end(self.text, date.span.end, len(self.text))
        for mention in self.dates_in(date.span.end, stop):
            value = dt.date_value(self.text, mention, self.anchor, self.day_of(mention))
            if value is not None and value.precision == "day":
                return value
        return None

    def listed_below(self, position: int) -> list[_Mention]:
        """`The meeting was attended by:` closing a paragraph's sentence: the lines below it
        list who, each opening with a dash or a name (`Ivan Bashev – Minister of Foreign
        Affairs;`), from the next line or the one after a blank, up to a blank line or the
        first line of running text. A list that opens after a blank line may go on past blank
        lines, through side labels (`for the Cuban side: X,`) and lines of office."""
        text = self.text
        found: list[_Mention] = []
        line = _FIRST_LINE_AFTER.match(text, position)
        spaced = line is not None and text.count("\n", position, line.start(1)) > 1
        after_item = wrapped = False
        while line:
            start, end = line.start(1), line.end(1)
            named = self.index.within(start, end)
            # `-- Maj. Gen. [S. M.] Zolotov, head of … and member of …`: an entry its mark opens with a name
            # may run long with the holder's offices.
            marked = bool(named) and named[0].start - start <= _MARKED_NAME and _LIST_MARK.match(text, start, end)
            if (spaced and line.start() > position
                    and (end - start > _LIST_LINE and not marked or self.verbs.between(start, end))
                    and not _names_only(text, start, end, named)):
                break
            if (_LIST_MARK.match(text, start, end)
                    or (named and _ITEM_TITLES.fullmatch(text, start, named[0].start))):
                after_item, wrapped = True, False
            elif spaced and named and _SIDE_OPENING.match(text, start, end):
                after_item = True
            elif (spaced and (after_item or wrapped) and not named and text[end - 1] not in ".:!?"
                  and not _running_text(text, start, end)):
                after_item, wrapped = False, True  # an entry's office, wrapped over lines of its own
            else:
                break
            found.extend(named)
            line = (_FIRST_LINE_AFTER if spaced else _LINE_AFTER).match(text, end)
        return found

    def keep(self, draft: _Draft, narrative: bool) -> _Draft:
        """Merge a second telling of a meeting into the first, else record a new one. In a
        record of a conversation, an undated encounter the narrative tells among people of
        the recorded one only (`The conversation was translated by X`) is the recorded one, and
        so, anywhere, is one among people of the meeting being told (`X welcomed Y` at the
        airport where both were greeted). In a cable that names no author, the first encounter
        its writer tells with people its title names (`Subandrio met with me`) is the title's
        (`Subandrio Met with Ambassador Yao`). A title that names only its writer (`Ambassador X, Memorandum of Conversation with an
        Official`) is the writer's first talk told; the document's own date is not that talk's.
        A report of the titled conversation between the same people (`Orlov reported about his
        conversation with X`) is that conversation. The writer alone, told as `I` and named too, makes
        no talk he tells the titled one (`I [Kádár] spoke with Brezhnev`, in Kádár's talk with Husák).
        A meeting dated back from the writing (`A month and a half ago, X received me`) is an
        earlier one, never the recorded one. A talk told again inside what is said, undated,
        between the same people as a dated one told so before, is that one (`my conversation in the
        US with Eisenhower on 27 September` … `my conversation with Eisenhower`).
        Returns the meeting that now holds the telling."""
        state = self.state
        earlier = draft.date is not None and draft.date.verbatim.lower().endswith(" ago")
        for known in self.drafts:
            if known is draft:
                return known
            if earlier and known.titled:
                continue
            if (known.titled and known.provisional and draft.recalled and draft.status == "occurred"
                    and known.others() and draft.others() == known.others()
                    and (draft.date is None or known.date is None or draft.date.iso[:4] == known.date.iso[:4])):
                self.absorb(known, draft, prefer_new=False)
                return known
            if draft.secondhand and known.status == "occurred" and draft.others() <= known.others():
                self.absorb(known, draft, prefer_new=False)
                return known
            own_talk = (NARRATOR_KEY in known.parts and NARRATOR_KEY in draft.parts
                        and not known.others() - set(self.authors))
            if (known.provisional and draft.status == "occurred" and not draft.recalled
                    and (own_talk or (known.others() & draft.others()) - (
                        set(self.authors) if NARRATOR_KEY in draft.parts else set()) or (
                        known.titled and draft.narrated and not self.authors and draft.others()
                        and all(self.named_in(key, known.span) for key in draft.others())))):
                if own_talk and known.date is not None and self.metadata.date is not None and (
                        known.date.iso == self.metadata.date.iso):
                    known.date = None
                known.told = known.told or own_talk
                self.absorb(known, draft, prefer_new=True)
                known.provisional = False
                state.current = known
                return known
            if (known is state.current and (known.told or not known.others()) and NARRATOR_KEY in draft.parts
                    and not draft.apart
                    and known.status == draft.status == "occurred"
                    and (draft.date is None or known.date is None or draft.date.iso == known.date.iso)):
                self.absorb(known, draft, prefer_new=False)
                return known
            if ((known.titled or known is state.current) and narrative
                    and known.status == draft.status == "occurred" and not draft.recalled
                    and draft.date is None and draft.others() <= known.others()):
                self.absorb(known, draft, prefer_new=False)
                return known
            if (draft.recalled and known.recalled and draft.date is None and known.date is not None
                    and known.status == draft.status == "occurred" and known.kind == draft.kind
                    and known.others() == draft.others()):
                self.absorb(known, draft, prefer_new=False)
                return known
            if (known.status == draft.status and known.others() & draft.others()
                    and (not draft.recalled or NARRATOR_KEY in known.parts)
                    and not (draft.recalled and NARRATOR_KEY not in draft.parts and draft.others() - known.others())
                    and not (draft.later and known.narrated and not draft.narrated)
                    and (known.kind == draft.kind or "meal" not in (known.kind, draft.kind))
                    and (known.date.iso if known.date else None) == (draft.date.iso if draft.date else None)
                    and (draft.date is not None or known.status != "occurred" or known.others() == draft.others())
                    and not (draft.point and not known.others() <= draft.others()
                             and not draft.others() <= known.others())):
                self.absorb(known, draft, prefer_new=False)
                if draft.status == "occurred" and NARRATOR_KEY in known.parts:
                    state.current = known
                return known
        self.drafts.append(draft)
        if draft.status == "occurred" and not draft.recalled and (
                NARRATOR_KEY in draft.parts or (not self.authors and narrative)):
            state.current = draft
        return draft

    def named_in(self, key: str, span: Span) -> bool:
        """Does the text of `span` give one of the person's names, mention or not (a title's
        `Subandrio Met with …` may not count as a mention of its own)?"""
        return any(name in span.quote for name in self.names.get(key, ()))

    @staticmethod
    def absorb(known: _Draft, new: _Draft, prefer_new: bool) -> None:
        known.narrated = known.narrated or new.narrated
        for key, participation in new.parts.items():
            known.add(key, participation.part, participation.span or new.span)
        if prefer_new and new.date is not None and not known.timed and not (new.contextual and known.headed):
            known.date = new.date
            known.span = new.span
        known.date = known.date or new.date
        known.place = known.place or new.place
        known.duration = known.duration or new.duration

    def finish(self) -> tuple[Meeting, ...]:
        meetings: list[Meeting] = []
        for draft in sorted(self.drafts, key=lambda d: d.span.start):
            participants: list[Participation] = []
            seen: set[str] = set()
            for key, participation in draft.parts.items():
                span = participation.span
                if span is not None and (span.start, span.end) in self.held_for and key not in draft.spoke:
                    continue
                keys = self.authors if key == NARRATOR_KEY else (key,)
                for person in keys:
                    if person not in seen:
                        seen.add(person)
                        participants.append(Participation(person, participation.part, participation.span))
            unnamed_narrator = draft.narrated and not self.authors
            if len(participants) < (2 if draft.status == "occurred" and not unnamed_narrator else 1):
                continue
            for key, span in draft.spoke.items():
                if key != NARRATOR_KEY:
                    self.spoken.setdefault(key, span)
            meetings.append(Meeting(
                key=f"m{len(meetings) + 1}",
                status=draft.status,
                participants=tuple(participants),
                span=draft.span,
                kind=draft.kind,
                date=_held_before(draft.date, self.metadata.date) if draft.status == "occurred" else draft.date,
                place=draft.place,
                duration=draft.duration,
            ))
        return tuple(meetings)


_YEAR_WRITTEN = re.compile(r"\d{4}|\b(?:year|ago)\b", re.IGNORECASE)
_AHEAD_MONTHS = 2
"""How far past the writing a month without its year may fall and still be read as the writer's."""


def _held_before(date: DateValue | None, written: DateValue | None) -> DateValue | None:
    """`I spoke with X in April`, written in November: a month with no year, put nearest the
    writing, falls in the coming spring, but a meeting that took place was held before the
    writing; it is last April. A few weeks ahead are left alone (a journal's cover may be dated
    before its entries)."""
    if date is None or written is None or len(written.iso) < 7 or len(date.iso) < 7 or _YEAR_WRITTEN.search(date.verbatim):
        return date
    year, month = int(date.iso[:4]), int(date.iso[5:7])
    ahead = (year - int(written.iso[:4])) * 12 + month - int(written.iso[5:7])
    if ahead <= _AHEAD_MONTHS or date.iso[4:] == "-02-29":
        return date
    return replace(date, iso=f"{year - 1:04d}{date.iso[4:]}")


_STOP = re.compile(r"[.!?]")


def _lead_in(text: str, start: int, end: int) -> bool:
    """`The Japanese MP X, who recently visited …, announced … (after the Miki-Ford talks) … the following
    main points:`: a long sentence ending on a colon leads into a list; the talks it names in passing do not
    make it a heading."""
    return text[start:end].rstrip().endswith(":") and text.count(" ", start, end) >= _LEAD_IN_WORDS


def _running_text(text: str, start: int, end: int) -> bool:
    """`_RUNNING_TEXT.search(text, start, end)`, tried only right before a full stop, `!` or `?`:
    the pattern opens on a small letter, at every one of which `re` would try it."""
    before_stops = [stop.start() - 1 for stop in _STOP.finditer(text, start + 1, end)]
    return first_match_at(_RUNNING_TEXT, text, before_stops, end) is not None


# `received U Thant's message`: what was received was the man's paper, not the man.
_THIS_TALK = re.compile(r"\b(?:in\s+the\s+course\s+of|during|in)\s+(?:the|our|this)\s+(?:conversation|talks?|meeting)\b")
"""`X told me in the course of the conversation that …`: what he said in the talk being told."""
_ASKED_TO_VISIT = re.compile(r"\b(?:asked|requested|instructed|sent)\s+(?:[^.;]{0,80}?\s)?to\s+(?:visit|meet|see|call\s+on)\b")
_PAST_SPEECH = frozenset(("said", "stated", "replied", "answered", "told", "noted", "explained", "declared", "remarked"))
_DIARY_HEAD = re.compile(r"\b(?:[Dd]iary|[Jj]ournal)\s+of\b")
"""A diary's own head: the talk its title gives one person for was held with the diarist."""
_OWNED_VIEWS = re.compile(r"['’]s\s+(?:\w+\s+)?(?:views?|opinions?|position|message|words|thoughts|ideas)\b")
_VIEWS_REACH = 400
_OWNED_PAPER = re.compile(r"['’]s\s+(?:\w+\s+){0,2}?(?:(?:message|letter|telegram|cable|note|reply|answer|proposal|speech|"
                          r"statement|request|greeting|gift|book|article|report)s?|wishes|regards)\b")
"""`delivering Comrade Rákosi's verbal greeting`: the one whose paper or greeting is handed over was not there."""
_FOLLOWING_LIST = re.compile(r"\bthe\s+following\s+(?:line-?up|composition|participants|participating)\s*:")
_NEXT_LIST = re.compile(r",\s+(?:another|the\s+(?:second|other|next|latter))\b(?=[^.;:]{0,80}?\sthe\s+following\s)")
# `Apart from him, the embassy counselor Soloviev was present`: the one `him` refers to was there too.
_BESIDES_HIM = re.compile(r"\s*(?:(?:Apart|Aside)\s+from|Besides|In\s+addition\s+to)\s+(him|her|them)\b")
_CLOCK = re.compile(r"\bat\s+\d{1,2}(?:[.:]\d\d)?\s*(?:[AaPp]\.\s?[Mm]\.|[AaPp][Mm]\b|o['’]clock|hours?\b|hrs\b)")
_POINTS_FOLLOW = re.compile(
    r"\b(?:conversations?|talks|meetings?|discussions?)\s+(?:are|were|is|was)\s+as\s+follows\s*:\s*$")
_POINT_OPENS = re.compile(r"\s*\d{1,2}[.)]\s")
# `… arrived yesterday afternoon and went to the residence. / 2. He was immediately received by X`:
# a meeting told as following at once goes on the day the paragraph before it reached.
_STRAIGHT_ON = re.compile(r"\b(?:immediately|at\s+once|right\s+after\s+that|straight\s+away|right\s+away|"
                          r"(?:up)?on\s+(?:his|her|their|our|my)\s+arrival)\b", re.IGNORECASE)


def _header_date_search(text: str) -> re.Match[str] | None:
    """`_HEADER_DATE.search(text)`, tried only where a match can start: at a line that opens
    (after blanks) with `Time` or `Date` in any case, or right before such a word after a blank.
    The pattern opens with anchors, which `re` would try at every character of the text."""
    low, lines = folded(text), line_starts(text)
    starts = set()
    for at in occurrences(low, "time") + occurrences(low, "date"):
        line = lines[bisect_right(lines, at) - 1]
        if not text[line:at].strip(" \t"):
            starts.add(line)
        if at > 0 and text[at - 1] in " \t":
            starts.add(at)
    for start in sorted(starts):
        match = _HEADER_DATE.match(text, start)
        if match:
            return match
    return None


def _authors(persons: tuple[Person, ...], roles: tuple[RoleAssignment, ...], metadata: Metadata) -> tuple[str, ...]:
    """Keys of the document's authors: the narrator of `I` and `we`."""
    keys = [r.person for r in roles if r.kind == "part" and r.title.lower() == "author"]
    if not keys and metadata.authors:
        wanted = {a.lower() for a in metadata.authors}
        keys = [p.key for p in persons if p.key in wanted or any(n.lower() in wanted for n in p.names)]
    ordered: list[str] = []
    for key in keys:
        if key not in ordered:
            ordered.append(key)
    return tuple(ordered)


_CABLE_FROM = re.compile(r"^[ \t]*From[ \t]*:[ \t]*([^\n]{2,80})$", re.MULTILINE)
_CABLE_TO = re.compile(r"^[ \t]*To[ \t]*:", re.MULTILINE)


def _cable_sender(text: str, persons: tuple[Person, ...]) -> tuple[str, ...]:
    """A cable's `From: Ambassador Sato` under its `To:` line names who writes `I`,
    when the metadata named no author: the sender is the narrator of the report."""
    sender = _CABLE_FROM.search(text, 0, 3000)
    if not sender or not _CABLE_TO.search(text, 0, 3000):
        return ()
    line = sender.group(1)
    return tuple(p.key for p in persons
                 if any(re.search(rf"\b{re.escape(n)}\b", line) for n in p.names))[:1]


_TITLE_HELD_ON = re.compile(r"\b(?:[Cc]onversation|[Mm]eeting|[Tt]alks?|[Dd]iscussion)s?\s+with\s+[^\n]{1,80}?\s+"
                            r"(?:of|on)\s+(?=(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2},)\s+\d{4}\s*$)")


def _held_on(title: str | None, iso: str) -> str:
    """The day a diary's record is read against: `Memorandum of Conversation with Liu Shaoqi of 30 October
    1956`, entered on 22 November, says `Today I had a discussion` of 30 October."""
    held = _TITLE_HELD_ON.search(title or "")
    if held is None:
        return iso
    found = dt.find_dates(title or "", held.end())
    value = dt.date_value(title or "", found[0], iso) if found else None
    return value.iso if value is not None and len(value.iso) == 10 and value.iso < iso else iso


def extract_meetings(
    document: Document,
    metadata: Metadata,
    persons: tuple[Person, ...],
    roles: tuple[RoleAssignment, ...],
) -> tuple[Meeting, ...]:
    """Every in-person encounter the document reports, in text order (keys m1, m2, …)."""
    return read_meetings(document, metadata, persons, roles)[0]


def read_meetings(
    document: Document,
    metadata: Metadata,
    persons: tuple[Person, ...],
    roles: tuple[RoleAssignment, ...],
) -> tuple[tuple[Meeting, ...], tuple[RoleAssignment, ...]]:
    """The meetings, and a `speaker` part in the document for each person whose words a
    meeting it tells gives (`Zhou: …`, `Tildy said that …`): the record is their speech."""
    reader = _Reader(document, metadata, persons, roles)
    meetings = reader.read()
    named_speakers = {r.person for r in roles if r.kind == "part" and r.title == "speaker"}
    speakers = tuple(RoleAssignment(key, "speaker", span, None, "part")
                     for key, span in sorted(reader.spoken.items(), key=lambda item: item[1].start)
                     if key not in named_speakers)
    return meetings, speakers
