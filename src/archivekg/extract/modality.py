"""Whether a reported encounter took place, is intended, recurs, or is denied.

A meeting verb alone says little: `want and hope for a meeting`, `is planning to
visit`, `invited me to visit` are intentions; `every time he meets` is a habit;
`have not met` is the opposite of a meeting, `asked whether X had received him` is
none. The cue words sit before the verb in the same clause, so the status is read
from that stretch (and a few words after, for `to meet … tomorrow`).
"""

from __future__ import annotations

import re
from functools import lru_cache

OCCURRED, PLANNED, HABITUAL = "occurred", "planned", "habitual"

_NEGATION = re.compile(
    r"\b(?:not|never|no\s+longer|refused\s+to|declined\s+to|did\s+not|failed\s+to|"
    r"without|instead\s+of|rather\s+than|cancel(?:l?ed)?|postponed|whether|"
    r"(?:difficult|impossible|unable|too\s+busy)\s+(?:for\s+\S+\s+)?to)\b|n['’]t\b",
)
"""Denials: `did not meet`, `declined to receive`, `it was difficult for him to meet X`."""
_HABITUAL = re.compile(
    r"\b(?:every\s+time|each\s+time|whenever|always|usually|regularly|often|frequently|"
    r"customarily|as\s+a\s+rule|every\s+(?:year|month|week|day))\b",
)
_PLANNED = re.compile(
    r"\b(?:will|shall|would|'ll|(?<!before\s)(?<!after\s)(?<!upon\s)(?<!while\s)going\s+to|"
    r"plan(?:s|ned|ning)?\s+to|intend(?:s|ed|ing)?\s+to|"
    r"want(?:s|ed)?\s+to|wish(?:es|ed)?\s+to|hope(?:s|d)?\s+(?:to|for)|would\s+like|"
    r"expect(?:s|ed)?\s+to|prepar(?:e|es|ed|ing)\s+(?:to|for\s+(?:a|an|the)|(?:a|an|the)(?=\s*$))|arrange(?:d|s)?\s+(?:(?:for\s+)?\S+\s+)?to|arrangements?\s+for\s+(?:\S+\s+){1,5}?to|"
    r"agree(?:d|s)?\s+to|(?:decided|determined|resolved)\s+to|promis(?:e|es|ed)\s+to|promised|await(?:s|ed|ing)?|undert(?:ake|akes|ook)\s+to|"
    r"propos(?:e|es|ed|al)\s+(?:to|that|for)|suggest(?:s|ed)?|"
    r"invit(?:e|es|ed|ing|ation)\b|welcome(?:s|d)?\s+(?:\S+\s+){1,4}to|"
    r"(?:is|are|was|were)\s+to|ready\s+to|willing\s+to|eager\s+to|(?:readiness|willingness|instructions?)\s+to|instructions?\s+(?:on|about|regarding|concerning)\s+(?:\w+\s+){0,3}?(?:attendance|attending|participation)\b|asked\s+(?:\S+\s+){0,3}to|asked\s+for(?=\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+)?$)|"
    r"(?:instructed|charged|authori[sz]ed|tasked)\s+(?:by\s+(?:\S+\s+){1,4}?)?to|(?:charged|tasked)\s+with|"
    r"instructions?\s+(?:has|have|had)\s+been\s+(?:given|sent|issued)|"
    r"assign(?:s|ed)?\s+(?:\S+\s+){0,3}?the\s+(?:following|task)|"
    r"request(?:s|ed)?|might|could|should|can|must|tomorrow|next|upcoming|forthcoming|"
    r"future|soon|intention|plan\s+for|in\s+order\s+to|if|unless|possible|possibility|(?:idea|prospect)\s+of)\b",
)
"""Plans, wishes, invitations and tasks (`is preparing a visit by X`); a Politburo's `Comrade X is assigned the
following: … to talk with Y` is a task, while one `assigned to the delegation` is posted there; `Your instruction
on attendance at the dinner in honour of X` says what was to be done, not that it was, and so does `An instruction
has been given to the embassies in A and B to visit X and Y`. `Before going to Geneva, X met Y` is a journey, not
a plan."""
_ON_REQUEST = re.compile(
    r"\b(?:at|on|upon|by|following)\s+(?:the\s+|an?\s+|his\s+|her\s+|their\s+|our\s+|my\s+|its\s+|whose\s+)?(?:own\s+)?"
    r"(?:(?!(?:the|an?|which|that|when|i|we|he|she|they)\s)[\w.'’]+\s+){0,3}?"
    r"(?:request|invitation|initiative|suggestion|proposal|instructions?)\b"
)
"""`At the request of the Ministry, I was accompanied by …`, `at the invitation of the CC the
delegation visited …`, `at CC BCP invitation a delegation visited …`, `Following an invitation from the
government, X made an official visit`: why a meeting took place, not a wish that it will."""
_INVITED_OPENING = re.compile(r"^\W*invited\s+by\s+[^,;.]{1,60},")
"""`Invited by President Nasser, Comrade Kosygin made an official visit`: the invitation opening
the sentence says why the visit was made, as `at the invitation of` does."""
_RECALLED = re.compile(
    r"\b(?:as\s+far\s+as\s+(?:i|we)\s+(?:can\s+|could\s+)?(?:recall|remember)|"
    r"if\s+(?:i|we)\s+(?:remember|recall)\s+(?:correctly|rightly|well)|if\s+i\s+am\s+not\s+mistaken|"
    r"if\s+i['’]m\s+not\s+mistaken)\b"
)
"""`As far as I can recall, we met …`, `if I am not mistaken`: the speaker's memory hedges a meeting
that took place; its `can`, `if` and `not` are not the meeting's mood."""
_REPORT_ON = re.compile(
    r"\b(?:wish(?:es)?|want(?:s)?|would\s+like|intend(?:s)?|hasten)\s+to\s+(?:\w+ly\s+)?"
    r"(?:report|inform|tell|write|describe|relate|brief|(?:acquaint|familiari[sz]e)(?=\s+\S+\s+with\b))\b"
    r"(?:(?:\s+\S+){0,3}?\s+(?:on|about|of|regarding|with|that)\b|(?:\s+(?:you|the\s+following))?\s*:)"
)
"""`I wish to report briefly on Ben Bella's reception`, `we would like to acquaint you with the excerpt
from my conversation with Eisenhower`, `I want to report: On 14 May, X met Y`: the wish is the writer's, to
tell of a meeting; it says nothing of whether the meeting took place."""
_ASIDE = re.compile(r"\([^()]*\)|\[[^\[\]]{25,}\]")
"""`the heads of missions (I could see all the others were present) were meeting X`: an aside in
parentheses has its own verbs; their mood is not the meeting's, nor is an editor's long note
(`[sic; translator's note: unable to confirm the spelling]`); a short insertion (`[would]`) stays."""
_OWN_PAST = re.compile(r"\b(?:took\s+place|was\s+held|were\s+held|had\s+taken\s+place)\b")
_BUT = re.compile(r"(?:b(?<=\bb)ut|h(?<=\bh)owever)\b")
"""`I was invited to the Presidium but during the reception I sat with X`: what the cue's own
clause says, not the one its `but` turns from. `\\b(?:but|however)\\b`, written to open on
the words' letters (the boundary before them a lookbehind), so that the engine skips ahead
to them instead of trying the boundary at every character."""
_MAY = re.compile(r"m(?<=\bm)ay\b")
"""The modal verb, in lower case: `May` is the month. `\\bmay\\b`, opening on its `m`."""
_ASKED_TO = re.compile(r"\b(?:asked|requested|invited)\s+(?:\S+\s+){0,3}?to\s+(?:\S+\s+){0,2}$")
_GRANTED = re.compile(
    r"[^,.;:]{1,60}?,?\s+and\s+(?:then\s+|there\s+)?(?:we\s+|they\s+)?(?:dwelt|raised|stated|said|spoke|told|expressed|emphasi[sz]ed|"
    r"stressed|handed|discussed|warned|pointed|explained|presented|conveyed|complained|protested)\b"
)
"""`Byroade asked to meet with Nasser, and dwelt on the danger …`, `Molotov invited me to meet with
Eden yesterday, and we discussed …`: the request or invitation was taken up, the verb joined to
it tells what was said at the meeting."""
_SOON_AFTER = re.compile(r"\W*(?:\S+\s+){0,4}?(?:tomorrow|(?<!\bthe\s)next\s+\w+|"
                         r"(?:is|are)\s+(?:fast\s+|now\s+)?(?:approaching|"
                         r"coming\s+up|imminent|scheduled|planned|expected)|lies\s+ahead)\b")
"""`to meet … tomorrow`, `A meeting with Bush is approaching`: after the cue, a time still ahead."""
_THE_NEXT_DAY = re.compile(r"\bthe\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)\b")
"""`The next day, I had a long talk with X`: a narrative's day after, no time ahead."""


@lru_cache(maxsize=4096)
def status(before: str, after: str = "") -> str | None:
    """The status of a meeting whose cue is preceded by `before` (its clause up to
    the cue, from its last `but`) and followed by `after` (a few words); None when it is denied.
    Memoised: it is pure, and records repeat their formulas (`I visited`, `I received`)."""
    before = _BUT.split(before)[-1]
    if "(" in before or "[" in before:
        before = _ASIDE.sub(" ", before)
    may = bool(_MAY.search(before))
    before, after = _REPORT_ON.sub(" ", _ON_REQUEST.sub(" ", _INVITED_OPENING.sub(" ", before.lower()))), after.lower()
    if "next" in before:
        before = _THE_NEXT_DAY.sub(" ", before)
    if "if" in before or "as far" in before:
        before = _RECALLED.sub(" ", before)
    if _NEGATION.search(before):
        return None
    if _HABITUAL.search(before):
        return HABITUAL
    if (may or _PLANNED.search(before)) and not _OWN_PAST.search(after) and not (
            _ASKED_TO.search(before) and _GRANTED.match(after)):
        return PLANNED
    if _SOON_AFTER.match(after):
        return PLANNED
    return OCCURRED
