"""The body of a record cut once into paragraphs and sentences, with who speaks where.

Meetings are read clause by clause, so the text is segmented a single time
(linear in its length). Archive chrome (citation, summary, credits) is left out:
an editor's summary restates meetings without dates and would double them.
Reported speech matters: in `Kim said that he met …` the narrator is not a
participant, and `I`/`we` inside it may be the speaker's, not the author's.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import NamedTuple

from archivekg.extract.dates import DATE_WORD_ENDS, DATE_WORDS, lowered, word_alternation
from archivekg.extract.lines import lowercase
from archivekg.extract.meeting_cues import DURATION_WORDS, LOOKAHEADS, TRIGGERS
from archivekg.read.sections import SECTIONS_WITH_BODY, section_pattern

_TERMINAL = frozenset(".!?:;…\"”'’)]")
"""A line whose last visible character is one of these ends its sentence."""
_LABELS = re.compile(
    rf"^\s*(?:[•*-]\s*)?(?:{section_pattern()}|"
    r"Translation\s*-\s*\w+|Associated (?:People|Places|Topics)[^\n]*|Related (?:Documents|Content)|"
    r"Subjects? Discussed|Keywords|Record ID|Document Information|Source|Rights|"
    r"This document was made possible[^\n]*|https?://\S+|<https?://\S+>)\s*:?\s*$",
    re.IGNORECASE,
)
_SECTION_WITH_BODY = re.compile(rf"^\s*(?:{section_pattern(SECTIONS_WITH_BODY)})\s*:?\s*$", re.IGNORECASE)
_CITATION = re.compile(r"Digital Archive|Translated (?:by|for)|Obtained (?:by|for)", re.IGNORECASE)

_SENTENCE_END = re.compile(r"[.!?…][.!?…]*(?:\[\d{1,3}\])?[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])"
                           r"|\.(?<=[a-z]{2}\.)(?=(?:On|In|At|The|Then|After|We|He|She|They)\s)")
"""`[.!?…]+…` written to open on a character class, so that the engine skips ahead to the stops, a
footnote's mark after them or not (`… to take part.[1] But …`); and a stop glued to the next
sentence's opening word (`… met with Vasilevsky.On September 20th, we met`)."""
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:Ye|Yu|Ya|Yo|Ia|Iu|Zh|Ch|Sh|Kh|Khr|Ts|Gh|Th|Eh|Wl|Wł)|"
    r"\b[Cc]des?|\b[Cc]ds|\b[Cc]omrs?|\b[Cc]oms?|\bc|"
    r"\bMr|\bMrs|\bMs|\bDr|\bGen|\bCol|\bLt|\bMaj|\bCapt|\b[Pp]rof|\b[Aa]cad|\bSt|\bNo|Nº|\bOp|"
    r"\bVol|\bpp?|\b[Ee]ng|\bIng|\ba\.m|\bp\.m|\bi\.e|\be\.g|\bcf|\bvs|\bJr|\bSr|\bU\.S|\bU\.N|\bComr|\bAmb|\bGov|\bSen|\bRep|\bRev)\.$"
)

SPEECH_VERB = re.compile(
    r"\b(?!(?:said|says|say)\s+(?:farewell|goodbye|good-?bye)\b)"
    r"(?:said|says|say|stated|states|reported|reports|told|tells|informed|informs|noted|notes|"
    r"declared|declares|replied|replies|answered|explained|explains|added|adds|emphasi[sz]ed|"
    r"stressed|remarked|mentioned|pointed\s+out|indicated|announced|asserted|claimed|confirmed|"
    r"assured|underlined|observed|admitted|spoke\s+of|recounted|commented|continued|responded|"
    r"warned|recalled|complained|expressed\s+the\s+(?:view|opinion|hope)|thinks|believes|"
    r"(?:asked|inquired|enquired)(?=\s*,|\s+(?:whether|if|why|how|what|when|where|who)\b)|"
    r"(?:pass|passed|passes|conveyed|conveys)(?:\s+on)?(?=\s+that\b))\b"
)
"""A verb of saying (not in `to say farewell`); `to pass on that …`, `conveyed that …` report words carried
for another; `asked whether …`, `asked, was he …` a question put."""
_COMPLEMENT = re.compile(
    r"(?:\s+(?:to\s+)?(?:me|us|him|her|them|\[me\]|\[us\]|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}))?"
    r"(?:\s+(?:once\s+again|again|also|further|then|frankly|briefly|in\s+detail))?\s*(?:that\b|,|:)?"
)
_NARRATOR_SUBJECT = re.compile(
    r"(?:^|\W)(?:I|[Ww]e|[Tt]he\s+undersigned)\b\W*(?:\w+\W+){0,2}$"
    r"|^\W*(?:I|We)\s+[a-z]+\s+[^.;:\"“]{0,80}?\band\s+(?:then\s+|also\s+)?$")
"""The narrator speaks: `I said`, `We then told`, and `I thanked the Minister … and said`."""
_NARRATOR_WORDS = ("I", "we", "We", "undersigned")
"""Every alternative of _NARRATOR_SUBJECT holds one of these: a subject without any is cleared
by substring tests, not by the regex (which is tried at every position)."""
_AS_SAID_VERBS = ("said", "put", "reported")
_AS_SAID_TAIL = r"\s+[^,.;]{1,60}?\s+(?:said|put\s+it|reported)\b"
_AS_SAID = (re.compile(rf"as(?<=\sas){_AS_SAID_TAIL}"), re.compile(rf"according(?<=\saccording)\s+to{_AS_SAID_TAIL}"))
"""`as X said`, `according to X reported`: a space, then `as` or `according to`, as two patterns
that open on their literal word (the engine skips ahead to it), each searched from one past the
start of the range, where that space may be."""
_IN_WORDS = re.compile(
    r"\bIn\s+[^,]{1,60}'s\s+words\b|\bAccording\s+to\b(?!\s+(?:(?:the|a|an|our|his|her|their)\s+)?(?:[a-z]+\s+)?"
    r"(?:suggestion|proposal|wish|request|agreement|plan|programme|program|schedule|protocol|decision|custom|"
    r"tradition|practice|arrangement|invitation|instructions?|talk|conversation|discussion)s?\b)")
"""`According to X` reports what X holds; `According to the suggestion of X` or `according to the
agreed programme` only says why something was done, and `According to talks with X` tells the narrator's
talk: the sentence is the narrator's."""


def _as_said(text: str, start: int, end: int) -> bool:
    """`…, as Kim said, …`, `In Kim's words`, `According to …`: the sentence reports
    someone else. Each pattern ends on a verb or opens on a word the sentence may lack."""
    chunk = text[start:end]
    if any(verb in chunk for verb in _AS_SAID_VERBS) and any(
            pattern.search(text, start + 1, end) for pattern in _AS_SAID):
        return True
    return ("words" in chunk or "According" in chunk) and bool(_IN_WORDS.search(text, start, end))


@lru_cache(maxsize=4096)
def _narrator_subject(subject: str) -> bool:
    """Does the narrator speak in `subject`, the words before a speech verb? Remembered: the
    sentence's reported speech, its speakers and every cue's report frame ask it of the same
    words before the same verb, and `_NARRATOR_SUBJECT` is tried at every character of them."""
    return any(word in subject for word in _NARRATOR_WORDS) and _NARRATOR_SUBJECT.search(subject) is not None


class Sentence(NamedTuple):
    """A sentence's bounds, its paragraph's index, and where reported speech starts in it
    (`reported` is the offset after `X said that`, or None when the narrator speaks)."""

    start: int
    end: int
    paragraph: int
    reported: int | None


class Speech(NamedTuple):
    """A non-narrator speech verb: who speaks (its position) — `he said` refers back to them."""

    position: int
    subject_start: int
    paragraph: int


def _blocks(text: str) -> list[tuple[int, int]]:
    """Paragraph bounds: blank lines separate, but a sentence broken across a blank
    line (`we replied to` / `the … side`) stays whole, and so does a list of names broken after a comma
    (`Also taking part: Cdes. A, B,` / `C, D`); an archive label's line (`This
    document was made possible …`) is always a paragraph of its own. Lines are cut by
    `str.split`; each line's label test is asked once."""
    blocks: list[list[int]] = []
    previous_text = ""
    previous_label: bool | None = None
    blank_since = True
    start = 0
    for piece in text.split("\n"):
        end = start + len(piece) + 1
        if not piece.strip():
            blank_since, start = True, end
            continue
        line = text[start:end]
        label: bool | None = None  # whether the line is a label, once asked (it is asked again of the next line)
        joins = False
        if blocks and previous_text.rstrip()[-1:] not in _TERMINAL:
            if previous_label is None:
                previous_label = _LABELS.match(previous_text) is not None
            if not previous_label:
                label = _LABELS.match(line) is not None
                joins = not label and (line.lstrip()[:1].islower() or (not blank_since and (
                    len(previous_text.strip()) >= 60 or previous_text.rstrip().endswith(","))))
        if joins:
            blocks[-1][1] = start + len(line.rstrip())
        else:
            blocks.append([start + (len(line) - len(line.lstrip())), start + len(line.rstrip())])
        previous_text, previous_label = line, label
        blank_since, start = False, end
    return [(s, e) for s, e in blocks]


def _after_chrome(text: str, start: int, end: int, excluded: tuple[str, ...]) -> tuple[int, int] | None:
    """The lines of a paragraph below the citation it holds: a saved page may set the record's
    own head line (`A.I. MIKOYAN with Fidel CASTRO, …`) right under the citation, no blank between."""
    last = -1
    for chrome in excluded:
        at = text.find(chrome, start, end) if chrome else -1
        if at >= 0:
            last = max(last, at + len(chrome))
    if last < 0:
        return None
    line = text.find("\n", last, end)
    if line < 0 or not text[line:end].strip():
        return None
    first = line + 1 + len(text[line + 1:end]) - len(text[line + 1:end].lstrip())
    return first, end


def body_blocks(text: str, excluded: tuple[str, ...] = ()) -> list[tuple[int, int]]:
    """Paragraphs of the record itself: archive labels, citation, summary and credits dropped.
    `excluded` are texts known to be chrome (the metadata's citation and summary)."""
    kept = []
    skip_next = False
    # Each needle with its longest word: a paragraph without that word cannot hold it, so it is not flattened.
    flat_excluded = (" ".join(e.split())[:80] for e in excluded if e and len(e) > 20)
    needles = tuple((n, max(n.split(" "), key=len)) for n in flat_excluded if n)
    for start, end in _blocks(text):
        block = text[start:end]
        if _LABELS.match(block):
            skip_next = bool(_SECTION_WITH_BODY.match(block))
            continue
        if skip_next:
            skip_next = False
            continue
        if any(head in block and n in " ".join(block.split()) for n, head in needles):
            tail = _after_chrome(text, start, end, excluded)
            if tail is not None:
                kept.append(tail)
            continue
        if block.count('"') >= 2 and _CITATION.search(block) and re.search(r"\b1[89]\d\d\b", block):
            continue
        kept.append((start, end))
    return kept


_SPEECH_WORDS = frozenset(
    "said says say stated states reported reports told tells informed informs noted notes declared declares "
    "replied replies answered explained explains added adds emphasised emphasized emphasises emphasizes "
    "stressed remarked mentioned pointed indicated announced asserted claimed confirmed assured underlined "
    "observed admitted spoke recounted commented continued responded warned recalled complained expressed "
    "thinks believes pass passed passes conveyed conveys asked inquired enquired".split()
)
"""The first word of every SPEECH_VERB alternative."""
_WORDS = word_alternation(
    {word: "(?![a-z])" for word in TRIGGERS | _SPEECH_WORDS | DURATION_WORDS}
    | {word: ahead for word, ahead in LOOKAHEADS.items() if word not in _SPEECH_WORDS | DURATION_WORDS}
    | DATE_WORD_ENDS
)
_SCAN = re.compile(rf"[^a-z](?:(?=({_WORDS}))|(\d+)(?=({_WORDS}))?)")
"""A word or a number, each after a character that is not a lower-case letter. Starting
at that character, not at the word, lets the engine skip every letter inside words.
A number right after a letter (`B52`) is left out: no date pattern starts there."""
_LETTER = re.compile(r"[^\W\d_]")


class Scan:
    """One pass over the lowered text for every word the reader looks for: where a
    meeting cue, a date, a speech verb or a duration can begin. Everything else
    reads these lists instead of scanning the text again."""

    def __init__(self, text: str) -> None:
        low = lowered(text, lowercase(text))
        self.cues: list[int] = []
        self.dates: list[tuple[int, str | None]] = []
        self.durations: list[int] = []
        speech: list[re.Match[str]] = []
        for hit in _SCAN.finditer(" " + low):
            word, number, after_number = hit.groups()
            if number is not None:
                self.dates.append((hit.start(2) - 1, None))
                if after_number is None:
                    continue
                word, position = after_number, hit.end() - 1
            else:
                position = hit.start()
            if word in DATE_WORDS:
                if position == 0 or not "a" <= low[position - 1] <= "z":
                    self.dates.append((position, word))
                continue
            if position and low[position - 1] != " " and _LETTER.match(low, position - 1):
                continue
            if word in TRIGGERS and not _LETTER.match(low, position + len(word)):
                self.cues.append(position)
            if word in DURATION_WORDS:
                self.durations.append(position)
            if word in _SPEECH_WORDS:
                verb = SPEECH_VERB.match(text, position)
                if verb:
                    speech.append(verb)
        self.verbs = SpeechVerbs(speech)


class SpeechVerbs:
    """Every speech verb of a text, looked up by range."""

    def __init__(self, matches: list[re.Match[str]]) -> None:
        self.matches = matches
        self.starts = [m.start() for m in matches]

    def between(self, start: int, end: int) -> list[re.Match[str]]:
        i = bisect_left(self.starts, start)
        j = bisect_left(self.starts, end, i)
        return [m for m in self.matches[i:j] if m.end() <= end] if i < j else []


# `Visited Dorticos at 1 P.M. Just today …`: a clock time's `P.M.`/`A.M.` ends a sentence like any word.
_CLOCK_END = re.compile(r".*\d[ \t]?(?:P\.M|A\.M)\.[ \t][A-Z]$")


_DATED_MONTH = re.compile(r".*(?:\b\d{1,2}[ \t]+(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.[ \t]+\d{4}|"
                          r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.[ \t]+\d{1,2}(?:st|nd|rd|th)?,)")
"""`On 24 Oct. 1956 I attended`, `On Oct. 24, 1956`: a month's stop before a year or a day ends no sentence."""


_WRITTEN_OUT = re.compile(r"[a-z]+(?:\s[A-Z])?")
_EXPANDED_WORD = re.compile(r"[A-Za-z]\[[a-z]+\][a-z]{0,2}$")
"""`com[rade]s.`: an abbreviation the editor wrote out in brackets still ends in its own stop."""


def _abbreviated(text: str, start: int, stop: int) -> bool:
    """True when the full stop at `stop` ends an abbreviation (`Mr.`, `U.S.`), not a sentence.
    Every abbreviation but `Nº` and `comrs.` is a word of at most four letters, so a stop
    right after five other letters is cleared without running the regex."""
    tail = text[stop - 5:stop] if stop >= 5 else ""
    if tail.isalpha() and "º" not in tail and tail not in ("comrs", "Comrs"):
        return False
    if text[stop:stop + 1] != "." or not text[stop - 1:stop].isalpha():
        return text[stop:stop + 1] == "." and _completed_initial(text, stop)
    if "]" in text[stop - 3:stop] and _EXPANDED_WORD.search(text, max(start, stop - 20), stop):
        return True
    if _CLOCK_END.match(text, max(start, stop - 8), stop + 3):
        return False
    if _DATED_MONTH.match(text, max(start, stop - 8), stop + 7):
        return True
    floor = max(start, stop - 6)
    word = stop
    while word > floor and (text[word - 1].isalnum() or text[word - 1] == "_"):
        word -= 1
    # _ABBREVIATION.search over text[floor:stop + 1]: a match opens at the word before the stop
    # (all but `Nº` open at a word boundary) or, dotted or `Nº`, three or two characters back.
    return any(_ABBREVIATION.match(text, at, stop + 1) for at in sorted({word, stop - 3, stop - 2}) if at >= floor)


def _completed_initial(text: str, stop: int) -> bool:
    """`B[ohumir]. Lomsky`, `D[avid D]. Newsom`: an initial the editor wrote out in brackets
    (with the middle one) still ends in its own full stop, which ends no sentence."""
    if text[stop - 1:stop] != "]":
        return False
    opening = text.rfind("[", max(0, stop - 20), stop)
    return (opening >= 1 and text[opening - 1].isupper()
            and (opening == 1 or not text[opening - 2].isalpha())
            and _WRITTEN_OUT.fullmatch(text, opening + 1, stop - 1) is not None)


def sentence_end(text: str, start: int, end: int) -> int:
    """Where the sentence begun at or before `start` ends (at most `end`): a list after
    `Present:` stops there, not at the end of a paragraph flattened into one line."""
    for match in _SENTENCE_END.finditer(text, start, end):
        if not _abbreviated(text, start, match.start()):
            return match.start() + 1
    return end


def sentences(text: str, blocks: list[tuple[int, int]], verbs: SpeechVerbs, marks: list[int],
              entries: list[int]) -> list[Sentence]:
    """The sentences of the body paragraphs worth reading, each with its reported-speech
    offset: those holding a mark (sorted positions of cues, dates, speech and duration
    words), and the first to start at or after each of `entries` (where a journal entry
    begins, so the reader sees every change of entry). Any other sentence would change
    nothing, so a paragraph without either is not even split."""
    out: list[Sentence] = []
    pending = 0
    for index, (start, end) in enumerate(blocks):
        need = entries[pending] if pending < len(entries) else end
        first = bisect_left(marks, start)
        if (first == len(marks) or marks[first] >= end) and need >= end:
            continue
        bounds = []
        cut = start
        for match in _SENTENCE_END.finditer(text, start, end):
            if not _abbreviated(text, start, match.start()):
                bounds.append((cut, match.start() + 1))
                cut = match.end()
        if cut < end:
            bounds.append((cut, end))
        for cut, stop in bounds:
            first = bisect_left(marks, cut, first)
            entered = pending < len(entries) and cut >= entries[pending]
            if entered:
                pending = bisect_right(entries, cut, pending)
            if entered or (first < len(marks) and marks[first] < stop):
                out.append(Sentence(cut, stop, index, _reported_from(text, cut, stop, verbs)))
    return out


def sentence_before(text: str, blocks: list[tuple[int, int]], position: int) -> tuple[int, int] | None:
    """The sentence ending right before the one starting at `position`, in the same paragraph:
    `sentences` keeps only those worth reading, so the one before may be missing from it."""
    i = bisect_right(blocks, (position, len(text))) - 1
    if i < 0 or blocks[i][1] < position:
        return None
    start = blocks[i][0]
    bounds = []
    cut = start
    for match in _SENTENCE_END.finditer(text, start, position + 2):  # its lookahead reads on
        if match.end() <= position and not _abbreviated(text, start, match.start()):
            bounds.append((cut, match.start() + 1))
            cut = match.end()
    return bounds[-1] if bounds else None


def _reported_from(text: str, start: int, end: int, verbs: SpeechVerbs) -> int | None:
    """Where someone other than the narrator starts being reported in text[start:end]."""
    found = verbs.between(start, end)
    if (found or text.find("ccording", start, end) >= 0) and _as_said(text, start, end):
        return start
    for match in found:
        subject = text[start:match.start()]
        if _narrator_subject(subject):
            return None
        complement = _COMPLEMENT.match(text, match.end(), end)
        return complement.end() if complement else match.end()
    return None


class Frame(NamedTuple):
    """The innermost report around a position: `Kim said that …` (indirect: `me` is still
    the narrator) or `Kim said, I …` (direct: `I` is Kim)."""

    verb: int
    complement: int
    direct: bool


def innermost_report(text: str, verbs: SpeechVerbs, start: int, position: int) -> Frame | None:
    """The last non-narrator speech verb in text[start:position] whose report holds `position`."""
    frame = None
    for match in verbs.between(start, position):
        if frame is None and _narrator_subject(text[start:match.start()]):
            continue
        complement = _COMPLEMENT.match(text, match.end(), position)
        end = complement.end() if complement else match.end()
        if end > position:
            continue
        direct = not text[match.end():end].rstrip().endswith("that")
        frame = Frame(match.start(), end, direct)
    return frame


_OWN_REPORT_COLON = re.compile(r"(?<!\w)(?:I|[Ww]e)\s+(?:[a-z]+\s+){0,3}?(?:report|inform|add|state|communicate)"
                               r"(?:\s+(?:you|the\s+following))?\s*:")
"""`I want to report: On 14 May, X met Y`: the writer's lead-in to what he tells."""


def narrator_report(text: str, verbs: SpeechVerbs, start: int, position: int) -> int | None:
    """Where the narrator's own `I pointed out that …` (or `I want to report: …`) ends, when `position`
    lies in what he reports: `I` there told, and did not do, what the report says (`that Mikosha
    visited Jakarta`)."""
    found = None
    for match in verbs.between(start, position):
        if not _narrator_subject(text[start:match.start()]):
            break
        complement = _COMPLEMENT.match(text, match.end(), position)
        if complement and complement.end() <= position and text[match.end():complement.end()].rstrip().endswith("that"):
            found = complement.end()
    if found is None and text.find(":", start, position) >= 0:
        for lead in _OWN_REPORT_COLON.finditer(text, start, position):
            found = lead.end()
    return found


def speeches(text: str, items: list[Sentence], verbs: SpeechVerbs) -> list[Speech]:
    """The first non-narrator speech verb of each sentence, in order (later ones in a
    sentence are inside what is reported): the anchors for `he` in reported speech.
    `Sentence.reported` already tells most cases (None: no verb or the narrator speaks;
    past the start: a non-narrator's verb), so the subject is re-read only after `as X said`."""
    found = []
    for sentence in items:
        if sentence.reported is None:
            continue
        verbs_here = verbs.between(sentence.start, sentence.end)
        match = verbs_here[0] if verbs_here else None
        if match and (sentence.reported != sentence.start
                      or not _narrator_subject(text[sentence.start:match.start()])):
            found.append(Speech(match.start(), sentence.start, sentence.paragraph))
    return found
