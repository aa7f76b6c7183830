"""The words that report an encounter, and the words that fence a clause.

Each cue says which side its grammatical subject and object take
(`X received us`: X hosts, we visit; `X was present`: X is present). The
table is compiled into one alternation so a sentence is scanned once.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

from archivekg.extract.dates import RECENT
from archivekg.extract.first_chars import by_first_char


@dataclass(frozen=True)
class Cue:
    """How a cue distributes parts: `subject`/`object` parts; `kind` of encounter (a
    dinner is not the reception before it); `creates` False for cues
    that only add people to a meeting already told (`was present`, `as interpreter`);
    `needs_object` True when the object must be a person (`received a telegram` is not);
    `narrator_only` True when only the narrator as subject makes it an encounter (`I told
    X` is a conversation, `Kim told X` may be hearsay of any kind); `alone` True when the
    narrator's attending is enough to open it (`I was invited to a session of the
    Presidium`): who speaks there joins it later."""

    name: str
    subject: str
    object: str
    kind: str = "meeting"
    creates: bool = True
    needs_object: bool = False
    place_object: bool = False
    whole_sentence: bool = False
    narrator_only: bool = False
    alone: bool = False


MEAL = r"(?:breakfast|lunch|luncheon|dinner|supper|banquet|tea|meal|reception|cocktail\s+party|dinner\s+party)"
_ABOUT = r"(?:about\s+|approximately\s+|some\s+|over\s+|more\s+than\s+)?"
_SPAN_OF_TIME = (r"(?:\w+|\d+(?:\.\d+)?)(?:\s+and\s+a\s+half)?\s+(?:hours?|minutes?)"
                 r"(?:\s+and\s+(?:a\s+half|(?:\w+|\d+)\s+minutes?))?|an?\s+hour(?:\s+and\s+a\s+half)?|half\s+an\s+hour")
"""`two hours and ten minutes`, `an hour and a half`, `half an hour`: how long a talk lasted."""
_FOR_SPAN = rf"\s+for\s+{_ABOUT}(?:{_SPAN_OF_TIME})"
"""`a meeting for an hour and a half with X`: how long it lasted, between the noun and its partner."""
_ON_DAY = (r"\s+on\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?|\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+[A-Z][a-z]+\.?)"
           r"(?:,?\s+\d{4})?")
"""`his meeting on July 13-14 with X`: the day it took place, between the noun and its partner."""
_NOT_AFTER_DETERMINER = "".join(
    rf"(?<!\b{word}\s)" for word in ("the", "The", "a", "his", "her", "our", "my", "its", "their", "this", "that")
)
"""`the visit`, `his visits` are nouns: a trip talked about, not `X visits Y`; `took part in the
meeting` is the meeting being told, not a new one (`the meeting with X` still names one)."""
_NOT_AFTER_ORDINAL = "".join(
    rf"(?<!\b{word}\s{order}\s)" for word in ("the", "The", "this", "that", "our", "his", "their")
    for order in ("first", "second", "third", "last", "previous", "earlier")
)
"""`in the second meeting President Nasser had overcome …`: a meeting told before, counted."""
_ASIDE = r",(?:[^,.;:\[\]\n]|\[[^\]\n]{0,60}\]){1,120}?,"
"""`had meetings, on mandate by the Chairman [i.e., X himself], with Y`: a clause set off by commas
between the meeting and its partner, passed over (its names are not the partner)."""
_ART = r"(?:(?:a|an|the|his|her|their|our|my|its)\s+)?(?:[a-z]+\s+){0,2}"

_WHOM_SUBJECT = "(?:" + "|".join(rf"(?<=whom\s{who}\s)" for who in ("I", "we", "he", "she")) + ")"
_TALK_NOUN = r"(?:an?\s+)?(?:[a-z]+\s+){0,2}?(?:conversations?|talks?|discussions?|meetings?|exchange\s+of\s+views)\b"
"""`X, with whom I had a conversation`: a talk whose partner stands before the cue."""

_PAPER_TO = (r"\s+(?:the|a|an|our|my)\s+[“\"]?(?:[\w-]+\s+){0,2}?(?:letters?|notes?|messages?|memorand(?:um|a)|"
             r"aide-m[ée]moires?|copy|copies|texts?|documents?|telegrams?|repl(?:y|ies))[”\"]?\s+to(?=\s)")
"""`I gave the “two letters” to Comrade X`: a paper handed over, in person, to the one named."""

_WE_WELCOME = "(?:" + "|".join(
    rf"(?<=\b{who} {how})" for who in ("I", "We", "we") for how in ("", "cordially ", "warmly ", "heartily ")) + ")"
"""`We cordially welcome Comrade X`, said at the meeting recorded: not `we would welcome`."""

CUES: tuple[tuple[Cue, str], ...] = (
    (Cue("received_by", "visitor", "host", "reception"),
     r"(?:received|summoned|(?:(?<=I was )|(?<=we were )|(?<=We were ))accepted|"
     r"(?:(?<=was )|(?<=were ))invited(?=\s+by\s[^.;]{0,120}?\sto\s+(?:the\s+|his\s+|her\s+)?"
     r"(?:[A-Z][\w'’-]*\s+){0,4}(?:Ministry|MFA|Foreign\s+Office|Central\s+Committee|office|residence|Embassy)\b))"
     r"\s+(?:(?:today|yesterday|again|also|then|personally|cordially|warmly|officially)\s+)?"
     r"(?:for\s+(?:a|an|the)\s+(?:\w+\s+){0,2}?"
     r"(?:talk|conversation|negotiation|meeting|discussion|audience|visit)s?\s+)?"
     r"(?:(?:on|in|at)\s+(?:[^\s.;:]+\s+){1,5}?)?by"),  # `received on the morning of Wednesday 20th by`
    (Cue("reception_by", "visitor", "host", "reception"), r"(?<=['’]s\s)reception\s+by"),
    (Cue("session", "participant", "participant", "meeting", alone=True),
     r"(?:invited|invitation)\s+to\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:session|sitting|plenum|meeting)\s+of"),
    (Cue("summoned_to", "visitor", "host", "visit", alone=True),
     r"(?:summoned|invited|called|went|came|drove)\s+to\s+(?:the\s+)?(?:\[[^\]\n]{1,40}\]\s+)?(?:[A-Z][\w'’-]*\s+){0,3}?"
     r"(?:Ministry|MFA|Foreign\s+Office|Central\s+Committee|Secretariat|Presidium|State\s+Council)\b"),
    (Cue("met_by", "visitor", "host", "reception"), r"(?:met|welcomed|greeted)\s+by"),
    # `Ambassador Popa organized a dinner for Comrade Kim`: the one giving the meal hosted its guests.
    (Cue("meal_for", "host", "visitor", "meal", needs_object=True),
     rf"(?:gave|give|gives|organi[sz]ed|hosted|held|arranged|offered)\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?"
     rf"{MEAL}\s+for(?=\s)"),
    (Cue("received", "host", "visitor", "reception", needs_object=True),
     r"(?:received|receives|receive|receiving|welcomed|greeted|hosted|entertained|summoned|saw\s+off|sent\s+for)"),
    (Cue("welcome", "host", "visitor", "reception", needs_object=True),
     _WE_WELCOME + r"welcome(?=\s+(?:Comrades?|Mr\.?|Mrs\.?|Dr\.?)\s)"
     r"(?!\s+\S+\s+(?:[A-Z][\w.-]*\s+){0,3}?[A-Z][\w-]*['’]s\b)"),
    (Cue("visited_by", "host", "visitor", "visit"),
     r"(?:(?<=was\s)|(?<=were\s)|(?<=been\s)|(?<=being\s))visited\s+(?:(?:today|yesterday|again|also|then)\s+)?by"),
    (Cue("visited", "visitor", "host", "visit", place_object=True),
     rf"(?:[Vv]isited|{_NOT_AFTER_DETERMINER}(?:visits|visit(?!ed)|visiting))(?!\s+(?:to|in|of|with|by)\b)"),
    # `Mikoyan and Alekseev invited all the friendly embassy leaders`: the writer, one of them, was their guest.
    (Cue("invited_peers", "host", "visitor", "reception", needs_object=True),
     r"invited(?=\s+(?:all\s+)?(?:the\s+)?(?:other\s+)?(?:[\w-]+\s+){0,2}?(?:friendly|socialist|fraternal)\s)"),
    (Cue("invited_meal", "host", "visitor", "meal", needs_object=True),
     rf"invited(?=[^;:]{{1,160}}?\b(?:to|for)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?{MEAL}\b)"),
    (Cue("invited_over", "host", "visitor", "visit", needs_object=True),
     r"invited(?=\s+(?:me|us)\s+to\s+(?:(?:his|her|their)\s+(?:place|office|residence|home|house|villa|dacha|study)|"
     r"the\s+(?:State\s+Department|White\s+House|Kremlin|Foreign\s+Office|Quai\s+d'Orsay)|"
     r"(?:the\s+)?(?:Ministry|MFA)\b))"),
    (Cue("introduced", "participant", "participant", "meeting", needs_object=True),
     r"introduced(?!\s+(?:himself|herself|themselves|myself|ourselves)\b)"
     r"(?=\s+(?:[^\s;]+\s+){1,10}?to\s+(?:[A-Z]|the\s|him\b|her\b|them\b))"),
    (Cue("called_on", "visitor", "host", "visit", needs_object=True), r"(?:[Cc]alled|calls|call|calling)\s+(?:on|upon)"),
    (Cue("came_to_see", "visitor", "host", "visit"),
     r"(?:came|come|comes|coming|went|go|goes)\s+(?:over\s+)?to\s+(?:see|visit|meet)"),
    (Cue("visit_by", "host", "visitor", "visit"),
     r"(?:visit|trip|journey|tour)(?:\s+to(?:\s+(?:[A-Z][\w'’-]*|es|de|del|la|el|al)){1,4}?)?\s+by"
     r"(?=\s+(?:Comrade\s+|Cde\.\s+|the\s+)?(?:[a-z]+\s+){0,2}?(?:[A-Z]|\[))"),
    (Cue("came_to_us", "visitor", "host", "visit"),
     r"(?:came|come|comes|dropped\s+in|stopped\s+by)\s+(?:to\s+)?(?:the\s+embassy|our\s+embassy|my\s+office|the\s+legation)|"
     r"came\s+(?:here\s+|over\s+)?for\s+(?:a|an)\s+(?:\w+\s+)?(?:talk|conversation|discussion|meeting)\b"),
    (Cue("trip", "visitor", "host", "visit", place_object=True, whole_sentence=True),
     r"(?:trip|visit|visits|journey|stay|tour|sojourn)(?:,\s+at\s+(?:his|her|their|our|my)\s+(?:own\s+)?request,)?"
     r"(?:\s+of\s+(?:friendship|goodwill|good\s+will|state))?\s+(?:to|in)"),
    (Cue("told_me", "participant", "participant", "conversation", needs_object=True),
     r"(?:told|informed|assured|reminded|confided\s+to)(?=\s+(?:\[me\]|\[us\]|(?:me|us)\b))"),
    (Cue("briefing", "participant", "participant", "meeting", needs_object=True),
     r"(?:gave|made|held|delivered)\s+(?:a|an|his|her|the)\s+(?:[a-z]+\s+)?(?:report|briefing|lecture|presentation)\s+"
     r"(?:to|for|before)(?=\s)"),
    (Cue("addressed", "participant", "participant", "conversation", needs_object=True, narrator_only=True),
     r"(?:presented|handed|passed|conveyed|transmitted|delivered|explained|expressed|showed|submitted)"
     r"(?:\s+(?:over|on|out))?\s+to|"
     r"(?:informed|told|asked|handed|showed|reminded|thanked|congratulated|assured|acquainted|briefed)"
     r"(?!\s+(?:to|that|about|for|of|whether|if)\b)|"
     r"raised\s+(?:[\w-]+\s+){0,4}?with|"
     rf"(?:gave|handed){_PAPER_TO}"),
    (Cue("met", "participant", "participant", "meeting"),
     rf"(?:(?:met|meet|meets|Met(?=\s+with\b))\b|(?:(?<=whom I )|(?<=whom we )|(?<=whom he )|(?<=whom she ))saw\b|"
     rf"{_NOT_AFTER_DETERMINER}{_NOT_AFTER_ORDINAL}meeting\b|"
     rf"meeting(?:{_FOR_SPAN}|{_ON_DAY})?(?=\s+(?:with|between|together))|"
     r"meetings(?=\s+between\b)|"
     rf"(?:held|had)\s+(?:[a-z]+\s+){{0,2}}?meetings(?:{_ASIDE})?(?=\s+with\b)|"
     rf"{_WHOM_SUBJECT}(?:held|had)\s+{_TALK_NOUN}|"
     r"meeting\s+(?:took\s+place|was\s+held)(?=[^.;]{0,100}?\bbetween\b)|"
     r"(?:meetings?|conversations?|talks|discussions?)\s+of"
     r"(?=\s+(?:\[[^\]\n]{1,40}\]\s+)?(?:[Cc]omrades?\s+|Cde\.\s+|Mr\.\s+)?[A-Z](?:[^.;]|(?<=\b[A-Z])\.){0,60}?\swith\s)|"
     r"visit\s+of(?=\s+[A-Z\[][^.;]{0,80}?\swith\s|\s+(?:[A-Z][\w.'’-]*\s+){1,4}to\s+"
     r"(?:Comrade\s|Cde\.\s|Mr\.\s|(?:the\s+)?(?:[A-Z][\w-]*\s+){1,5}?[A-Z][\w-]*,\s+[A-Z])))"
     r"(?:\s+up)?(?:\s+(?:with|together))?"),
    (Cue("saw", "participant", "participant", "meeting", needs_object=True),
     r"(?:saw|see|seen)(?=\s+(?:(?:[Cc]omrade|Cde\.|Mr\.|Mrs\.|Ambassador|Premier|President|Chairman|Marshal|General|"
     r"(?:Vice\s+|Deputy\s+)?Minister)\s+)?[A-Z][a-z])"),
    (Cue("between_more", "participant", "participant", "meeting"),
     r"(?:(?<=;\s)|(?<=;\sand\s))between(?=\s)"),
    (Cue("introduced", "participant", "participant", "meeting", needs_object=True),
     r"introduced\s+(?:himself|herself|themselves)\s+to"),
    (Cue("talk", "participant", "participant", "conversation", needs_object=True),
     r"(?:talked|talk|talks|talking|spoke|spoken|speak|speaking|conversed|chatted|conferred|consulted|negotiated)\s+"
     r"(?:(?:about|of|over|on)\s+(?:this|that|these|those|the)\s+(?:\w+\s+){0,2}?)?(?:with|to)"),
    (Cue("discussed", "participant", "participant", "conversation", needs_object=True),
     r"(?:discussed|discuss|discusses|discussing)\s+with"),
    (Cue("conversation", "participant", "participant", "conversation", needs_object=True),
     r"(?:conversation|conversations|discussion|discussions|talks|talk|audience|interview|consultations?|"
     r"exchange\s+of\s+(?:views|opinions)|negotiations?|tête-à-tête)"
     rf"(?:{_FOR_SPAN}|\s+{RECENT}(?=\s+with\b))?"
     r"(?:\s+(?:while\s+)?(?:in|on|over|during)\s+(?:a|an|the)\s+(?:\w+\s+)?"
     r"(?:car|plane|train|flight|ship|drive|walk|ride|journey|lunch|dinner|breakfast|meal))?"
     r"(?:\s+(?:that\s+|which\s+)?(?:I|we|he|she)\s+had(?:\s+(?:on|in|last|this|yesterday)(?:\s+[\w]+){0,3}?)?|"
     r"\s+(?:that|which)\s+(?:took|had\s+taken)\s+place|\s+(?:was|were)\s+(?:held|conducted)(?=\s+between))?"
     r"(?:\s+in\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?"
     r"\s+(?:with|between)"),
    # `the discussion by comrades A, B and C with X`: those after `by` talked with X.
    (Cue("talk_by", "participant", "participant", "conversation", needs_object=True),
     r"(?:discussions?|talks|conversations?|negotiations)\s+by(?=\s+(?:[^.;:]|\.(?=\s?[A-Z])){1,160}?\swith\s)"),
    # `after the cessation of Miki-Ford talks`: the talks of the two men joined before the word.
    (Cue("joined_talk", "participant", "participant", "conversation"),
     r"(?<=[a-z’'][ \t])(?:talks|summits?|negotiations)\b(?!\s+(?:with|between|by|of)\b)"),
    (Cue("participation", "participant", "participant", "meeting", needs_object=True),
     r"participation\s+of(?=(?:[^.;:]|\.(?=\s?[A-Z])){3,300}?\bin\s+the\s+(?:[a-z]+\s+)?(?:talks|negotiations|meetings?|conversations?|"
     r"discussions?)\s+(?:with|between)\b)"),
    (Cue("meal", "participant", "participant", "meal", needs_object=True),
     rf"(?:dined|lunched|breakfasted|{MEAL})\s+(?:together\s+)?(?:with|given\s+by|hosted\s+by|held\s+by|"
     r"organi[sz]ed\s+by|in\s+honou?r\s+of)"),
    (Cue("meal_held", "participant", "host", "meal", needs_object=True),
     rf"{MEAL}\s+(?:was|were)\s+(?:held|given|organi[sz]ed|hosted|arranged|offered)\s+"
     r"(?:(?:in|on)\s+the\s+(?:evening|afternoon|morning)\s+|today\s+|yesterday\s+)?(?:by|at|in\s+honou?r\s+of)(?=\s)"),
    # `We raised the proposal at yesterday evening's meal`: the narrator's own meal; who speaks there joins it.
    (Cue("meal_past", "participant", "participant", "meal", alone=True),
     rf"(?:(?<=yesterday['’]s\s)|(?<=evening['’]s\s)|(?<=night['’]s\s)|(?<=today['’]s\s)){MEAL}\b"),
    (Cue("meal_we", "participant", "participant", "meal", creates=False),
     rf"(?:had|have|took|were\s+at)\s+(?:a\s+)?(?:\w+\s+)?{MEAL}\b(?!\s+with)"),
    (Cue("accompanied_by", "participant", "present"), r"(?:accompanied|escorted|joined)\s+by"),
    (Cue("escorted", "participant", "participant", "visit", needs_object=True),
     r"(?:accompanied|escorted)(?!\s+(?:by|us|me|him|her|them)\b)(?=\s+(?:the\s+|Comrade\s+|Cde\.\s+)?[A-Z\[])"),
    (Cue("together_with", "participant", "present"), r"together\s+with|along\s+with"),
    (Cue("accompany", "present", "participant", creates=False),
     r"(?:accompanied|accompanies|accompanying|accompany|escorted|(?:went|came|travel+ed|rode|flew|was|were)\s+(?:\w+\s+)?with)(?=\s+(?:us|me|him|them)\b)"),
    (Cue("present", "present", "present", creates=False, whole_sentence=True),
     r"(?<![Aa]t\s)(?<![Tt]he\s)(?<![Tt]o\s)(?<!\bI\s)(?<![Ww]e\s)[Pp]resent\b(?!-)(?!\s+(?:here|below|herewith)\b)|as\s+were|"
     r"(?:(?<=[Ww]ith\shim\s)|(?<=[Ww]ith\sher\s)|(?<=[Ww]ith\sthem\s))(?:was|were)\b|(?:took|take|takes|brought|bring)\s+along|(?:assisted|attended)(?=\s*[.;])|(?:chaired|presided\s+over)(?=\s+(?:it|the)\b)|presence\s+of|"
     rf"(?:took|taking|take|takes)\s+part(?:\s+in(?=\s+(?:the\s+|this\s+|that\s+|these\s+|our\s+|a\s+)?(?:[\w-]+\s+){{0,2}}?"
     rf"(?:{MEAL}|meetings?|conversations?|talks|discussions?|negotiations?|sessions?|audience|interview|"
     r"consultations?|exchange)\b)|(?=\s*[.,;:]))|"
     r"attendance|attended\s+by|participated\s+in|participates?\s+in(?=\s+the\s+(?:[\w-]+\s+)?(?:meeting|session|talks))|"
     r"[Pp]articipating\s+(?:(?:at|in)\s+[^,.;:]{1,40}?\s+)?(?:are|were|was|is)\b|"
     r"invited\s+(?:are|were)\b|"
     r"(?<=\sthe\s)following\s+(?:line-?up|composition|participants|participating|persons\s+present)\s*:|"
     rf"[Ii]nvited\s+to\s+(?:the|this|that)\s+(?:\w+\s+)?(?:{MEAL}|meeting|talks|conversation)(?=[^;:]{{0,100}}?\b(?:were|was)\b|\s*:)|"
     r"(?:[Pp]articipants?|[Gg]uests|[Ii]nvitees)\s+(?:(?:at|in|of)\s+[^,.;:]{1,40}?\s+)?"
     r"(?:were|was|included)\b|[Pp]articipants?\s*:|"
     r"[Aa]ttendees\s*:|[Aa]ttendees\s+(?:were|was|included)\b|[Tt]aking\s+[Pp]art\s*:|[Pp]articipants?,?\s+(?:on|from|of|for)\s+(?:\w+\s+){0,3}?\w+\s*:|"
     r"[Aa]ttending(?=[^.:;\n]{0,40}:)|attending\s+(?:were|was)\b|"
     rf"attended\s+(?:the\s+|this\s+|that\s+)?(?:\w+\s+)?(?:{MEAL}|meeting|conversation|talks|discussions?|ceremony|briefing)\b|"
     r"[Ff]rom\s+(?:the\s+|our\s+|their\s+)?(?!(?:each|either|both|every|one|any|this|that)\s)\w+(?:\s+\w+)?\s+(?:side|part)\b|"
     r"[Oo]n\s+(?:our|their|the\s+\w+)\s+side\s+(?:were|was)\b|(?<![^\s(])On\s+(?:our|their|the\s+\w+)\s+side\s*:|[Aa]ccompanied\s+on\s+(?:our|their|the\s+\w+)\s+side\s+by\b|"
     r"(?<=side\swas\s)represented\s+by\b|(?<=side\swere\s)represented\s+by\b|represented\s+by(?=\s*:)|"
     rf"were\s+(?:also\s+)?at\s+(?:the|this|that)\s+(?:\w+\s+)?(?:{MEAL}|meeting|talks|conversation)\b|"
     r"(?:stenographer|recorder)s?\s+(?:was|were)\b|(?:[Ss]tenographer|[Rr]ecorder)s?\s*:|"
     r"[Bb]ased\s+on\s+(?:the\s+)?notes\s+(?:of|by|taken\s+by)\b|"
     r"(?<![^\n])Chair(?:man)?(?=[ \t]*:?[ \t]+(?:[Cc]om\.|[Cc]omrade)[ \t])"),
    (Cue("pointed_at", "present", "present", creates=False),
     r"\((?:pointing\s+(?:to|at)|(?:(?<=(?:him|her)\s\()|(?<=(?:them|here)\s\())referring\s+to)(?=\s)"),
    (Cue("interpreter", "interpreter", "interpreter", creates=False),
     r"\(\s*(?:as\s+)?(?:an?\s+|the\s+)?(?:interpret(?:er|ing)|(?<=\()(?:[Ii]nterpreter|[Tt]ranslator))\s*\)|interpreted\s+by|[Ii]nterpreters?\s*:|[Tt]ranslators?\s*:|"
     r"[Ii]nterpreter\b|[Ii]nterpreters(?=\s+(?:[Cc]omrades\s+|Cdes\.\s+)?[A-Z])|interpreted\b|(?:translating|interpreting)\b|translators?\s+(?:was|were)\b|"
     r"(?:served|acted)\s+as\s+(?:an?\s+|the\s+)?(?:translators?|interpreters?)\b"),
)

_WHOM_HAD = "|".join(rf"(?<=whom\s{who}\s{{0}})" for who in ("i", "we", "he", "she"))
"""`X, with whom I had a conversation` (the scan's lowered text): the one talk cue that a
`had` or `held` opens, its partner before it."""
_MEAL_AHEAD = r"\s+(?:a\s+)?(?:\w+\s+)?(?:breakfast|lunch|dinner|supper|banquet|tea|meal|reception|cocktail)"
_MEETINGS_AHEAD = rf"\s+(?:[a-z]+\s+){{0,2}}?meetings(?:{_ASIDE})?\s+with\b"
_MEAL_FOR_AHEAD = (r"\s+an?\s+(?:[\w-]+\s+){0,2}?(?:breakfast|lunch|luncheon|dinner|supper|banquet|tea|meal|reception|"
                   r"cocktail)\w*(?:\s+party)?\s+for\s")
_BRIEFING_AHEAD = r"(?=\s+(?:a|an|his|her|the)\s+(?:[a-z]+\s+)?(?:report|briefing|lecture|presentation)\s)"
_WITH_HIM = "(?<=with him {0})|(?<=with her {0})|(?<=with them {0})"
"""`With him was his translator, Pavlov` (the scan's lowered text): those with the host were there too."""
LOOKAHEADS = {
    "had": rf"(?={_MEAL_AHEAD}|{_MEETINGS_AHEAD}|{_WHOM_HAD.format('had')})",
    "held": rf"(?={_MEETINGS_AHEAD}|{_MEAL_FOR_AHEAD}|{_WHOM_HAD.format('held')}|{_BRIEFING_AHEAD[3:-1]})",
    "have": rf"(?={_MEAL_AHEAD})",
    "were": rf"(?:(?=\s+(?:also\s+)?at\s|\s+(?:\w+\s+)?with\s)|{_WITH_HIM.format('were')})",
    "was": rf"(?:(?=\s+(?:\w+\s+)?with\s)|{_WITH_HIM.format('was')})",
    "as": r"(?=\s+(?:were|(?:an?\s+|the\s+)?interpret))",
    "from": r"(?=\s+(?:the\s+|our\s+|their\s+)?\w+(?:\s+\w+)?\s+(?:side|part)\b)",
    "on": r"(?=\s+(?:our|their|the\s+\w+)\s+side\s*(?:(?:were|was)\b|:))",
    "gave": rf"(?:{_BRIEFING_AHEAD}|(?={_PAPER_TO}|{_MEAL_FOR_AHEAD}))",
    "made": _BRIEFING_AHEAD,
    "give": rf"(?={_MEAL_FOR_AHEAD})",
}
"""For the commonest trigger words, what must follow them (lowered text) for any cue
above to match: the scan leaves out `had` without a meal, `was` without `with`."""

TRIGGERS = frozenset(
    "received reception summoned accepted introduced invitation chaired presided brought bring assisted receives receive receiving welcome welcomed greeted hosted entertained "
    "organized organised arranged offered give gives saw see seen met meet meets meeting meetings held "
    "visited visits visit visiting called calls call calling came come comes coming went go goes dropped "
    "stopped invited drove trip journey stay tour sojourn talked talk talks talking spoke spoken speak speaking conversed chatted "
    "conferred consulted negotiated discussed discuss discusses discussing conversation conversations discussion discussions audience interview "
    "consultation consultations exchange negotiation negotiations tête dined lunched breakfasted breakfast "
    "lunch luncheon dinner supper banquet tea meal reception cocktail had have took were accompanied "
    "together along accompanies accompanying accompany escorted joined travelled traveled rode flew was present as presence "
    "taking take takes attendance attended attending participate participates participated participating "
    "participation participants participant "
    "attendees guests invitees interpreted served acted represented between based following "
    "from on introduced pointing referring chair chairman "
    "interpreter interpreters interpreting translator translators translating stenographer stenographers recorder recorders "
    "presented handed passed conveyed transmitted delivered explained expressed showed submitted informed told "
    "asked reminded thanked congratulated assured acquainted briefed raised confided sent gave made".split()
)
"""Every word a cue can begin with: the cue alternation is tried only there."""

_CUE_BRANCHES = [rf"(?P<c{i}>{'' if pattern.startswith(chr(92)) else chr(92) + 'b'}{pattern})"
                 for i, (_, pattern) in enumerate(CUES)]
CUE_RE = re.compile("|".join(_CUE_BRANCHES))
_CUE_BY_CHAR = by_first_char(_CUE_BRANCHES)
"""CUE_RE less the cues that cannot begin with a given character: tried at a trigger word,
it finds the same cue with a fraction of the branches."""

CLAUSE_END = re.compile(
    r";|\b(?:that|whether|but|who|whom|which|where|because|although|though|while|so\s+that|in\s+order|"
    r"about|regarding|concerning|before|after|when|since|once|until|if|"
    r"(?:with|for)\s+the\s+(?:purpose|aim|intention|object)\s+of|"
    r"to\s+(?:discuss|talk|report|inform|ask|express|hand|convey|present|request|explain|tell|continue|pass|transmit|"
    r"deliver|thank|congratulate)|"
    r"(?:and|,)\s+(?:then\s+|also\s+)?(?:mentioned|said|stated|noted|stressed|expressed|emphasi[sz]ed|explained|"
    r"asked|raised|pointed|declared|added|remarked|outlined|described|delivered|handed|gave|passed|transmitted)|"
    r"(?:,\s*)?and\s+(?:was|were|is|are)\s+\w+ing|"
    r"on\s+(?:the\s+)?(?:question|issue|matter|subject|problem)s?)\b"
)
"""Where a cue's clause ends: `… a talk with X and mentioned the reasons for Y` is a talk with X only;
`met with X, and was awaiting a meeting with Y` goes on to another verb; `visited X and delivered him
a letter of A to B` hands over a paper whose people were not there, and so does `informed X about [their] visit
in China, passed greetings from A, B and C`; `visited X with the purpose of … delivering Y's greeting` says why."""

BLOCKED_BEFORE = re.compile(
    r"(?:phone\s+call|telephone|telegram|letter|message|cable|greetings|behalf|name|according|instructions?|"
    r"approval|invitation|wishes|regards|consent|permission|decision|order|proposal)s?\s+(?:\w+\s+){0,2}"
    r"(?:from|of|to|by)\s+(?:the\s+)?(?:Comrade\s+|Cde\.\s+)?$|'s\s+$",
    re.IGNORECASE,
)
BLOCKED_BEFORE_WORDS = ("phone", "telegram", "letter", "message", "cable", "greetings", "behalf", "name",
                        "according", "instruction", "approval", "invitation", "wishes", "regards", "consent",
                        "permission", "decision", "order", "proposal", "'s")
"""Every BLOCKED_BEFORE match holds one of these (in lower case): an ASCII window without any
cannot match, and is cleared without the search (tried at each of its positions, case-insensitively)."""

DOCUMENT_DATE_CONTEXT = re.compile(
    r"\b(?:dated|instruction|telegram|letter|decree|resolution|note|order|directive|agreement|treaty|"
    r"decision|protocol|cable|message|radiogram|law|communiqu[eé])s?\b",
    re.IGNORECASE,
)

PREPOSITIONS = frozenset(
    "of from with by to for about on in at against toward towards behind than under regarding "
    "concerning including between among via through".split()
)

TRANSLATING_WITH = re.compile(r"\bwith\s(?:(?!\bwith\b)[^;:.!?]|\.(?=\s?[A-Z]))*$")
"""`with Attaché P. Urjinlhundev and Ho translating`: the people between `with` and the
participle interpret (the stretch starts at the last `with` before it)."""

MOVING_VERB = re.compile(
    r"\b(?:came|comes?|arrived?|arrives|went|go|goes|travel+ed|travels?|flew|rode|drove|walked|visited|left|"
    r"departed|returned|attended|received|met|dined|lunched|joined|called\s+on|were\s+present|was\s+present|"
    r"took\s+part|participated|sat|seated|(?:was|were)\s+at\s+(?:the|a|one|our|their|his)\s+table)\b"
)
"""`together with X` is a meeting only beside a verb of going or meeting (`came together with
X`, `I was at the table together with X`), not in `together with X, Kim plays the most positive role`."""

PRONOUN_SUBJECT = re.compile(
    r"\b(?:he|she|his|her|He|She|His|Her)\b(?!\s+(?:Imperial\s+|Royal\s+)?(?:Majesty|Highness|Excellency|Holiness)\b)")
"""`he`, `his`; not the `His` of `His Imperial Majesty`, a monarch's style."""
PRONOUN_OBJECT = re.compile(r"\W*(?:him|her)\b")
NARRATOR = re.compile(
    r"[ImWwUuOoTt](?<!\w.)(?:(?<=I)|(?<=m)(?:e|y|yself)|(?<=[Ww])e|(?<=[Uu])s|(?<=[Oo])ur|(?<=o)urselves|"
    r"(?<=[Tt])he\s+undersigned)\b")
"""`I`, `me`, `my`, `myself`, `we`, `us`, `our`, `ourselves` or `the undersigned` as whole
words. The pattern opens on the class of their first letters, so the engine skips ahead to
them; the word boundary before them is the lookbehind."""
PLURAL_NARRATOR = frozenset(("we", "us", "our", "ourselves"))
PLUPERFECT = re.compile(r"\bhad\s+(?:\w+ly\s+)?(?:\w+ed|met|seen|spoken|had|held|been)\s+$")
PLACE = re.compile(
    r"\b(?:in|at|to)\s+(?:the\s+)?\[?((?:North\s+|South\s+)?\]?[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){0,2})"
)
DURATION = re.compile(
    rf"\b(?:lasted|went\s+on\s+for|continued\s+for|took)\s+{_ABOUT}({_SPAN_OF_TIME})"
)

DURATION_WORDS = frozenset(("lasted", "went", "continued", "took"))
"""The words DURATION begins with: a sentence without them is not searched."""


def _cue_at(text: str, position: int, end: int) -> re.Match[str] | None:
    """CUE_RE.match(text, position, end), with only the branches that can begin there."""
    pattern = _CUE_BY_CHAR.get(text[position:position + 1], _CUE_BY_CHAR[""])
    return pattern.match(text, position, end) if pattern is not None else None


def find_cues(text: str, triggers: list[int], start: int, end: int) -> Iterator[tuple[Cue, re.Match[str]]]:
    """Cues in text[start:end], left to right, none overlapping; `triggers` are the
    sorted positions of the words a cue can begin with (`Scan.cues`)."""
    done = start
    for position in triggers[bisect_left(triggers, start):bisect_left(triggers, end)]:
        if position < done:
            continue
        word_start = position
        if position > start and text[position - 1] == "(":
            position -= 1
        match = _cue_at(text, position, end)
        if match is None and position < word_start:
            match = _cue_at(text, word_start, end)
        if match:
            done = match.end()
            yield CUES[int(match.lastgroup[1:]) if match.lastgroup else 0][0], match
