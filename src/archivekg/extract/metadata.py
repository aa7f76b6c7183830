"""The document's own facts: title, date, citation, archive and shelf mark, credits, authors.

The readers leave three shapes. The clean export (and the rendered HTML page)
and the older scraped page carry a citation line starting with the quoted title
and naming the `… Digital Archive`, with optional `Summary:`, `Credits:`,
`Original Language:` blocks. The newer scraped page has no citation: the title
is the line after the date, the summary is the paragraph closing the body, and
a tail of labelled blocks (`Author(s):`, `Document Information`, `Source`, …)
gives the shelf mark and credits. Records without either fall back on their
own heads: a US State Department record opens with its file number and title,
and an editor's bracketed note at the top may name the holding archive. Authors come from the genre's own signals only
(the page's author list, a journal's owner, the sender named in the title, the
names signed under a report); no author beats a wrong one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from archivekg.extract.citation import (
    DATE_PATTERN,
    KNOWN_ARCHIVES,
    Citation,
    parse_citation,
    parse_compilers,
    parse_credits,
    parse_editors,
    parse_date,
    parse_source,
    shelf_mark_parts,
    split_shelf_mark,
)
from archivekg.extract.lines import folded, line_search, starts_longer_word
from archivekg.extract.names import (
    GIVEN_NAMES, ORG_WORDS, PLACE_WORDS, STOP_WORDS, fold, has_slavic_or_european_surname, strip_possessive,
)
from archivekg.model import ArchivalReference, DateValue, Document, Metadata, Span

# A reprint may label the citation (`First Published: "Title," …`).
_CITATION_LINE = re.compile(
    r"^[ \t]*(?:[A-Z][A-Za-z ]{2,30}:[ \t]*)?([\"“][^\n]*?Digital Archive\s*,[^\n]*?)[ \t]*$", re.M | re.I
)
_BOLD_TITLE = re.compile(r"^\*\*(?P<title>[^*]+?)\*\*[ \t]*$", re.M)
_URL_LINE = re.compile(
    r"^[ \t]*(?:<(?P<a>https?://[^>\s]+)>|(?:URL|Link):\s*(?P<b>https?://\S+)|(?P<c>https?://\S+))[ \t]*$", re.M | re.I
)
# The older page appends the document's address to the citation.
_TRAILING_URL = re.compile(r"\s+(?P<url>https?://\S+?)\.?\s*$")
# The newer page's tail: where it opens, its labels, and the `Surname, Given` entries of its author list.
_TAIL_OPENERS = ("Author(s):", "Document Information")
_TAIL_LABEL = re.compile(
    r"^(?:Author\(s\)|Document Information|Source|Original Archive|Original Languages?|Languages?|Record ID"
    r"|Original Classification)\s*:?$",
    re.I,
)
_SOURCE_LABEL = re.compile(r"^(?:Source|Document Information)\s*:?$", re.I)
# The editors' note closing a record, as the CWIHP Bulletin prints it: `[Source: SAPMO-BArch, DY30 …;
# obtained and translated by …]`.
_SOURCE_NOTE = re.compile(r"^\[Source:\s*(?P<source>[^\[\]\n]+?)\.?\]\s*$", re.M)
_AUTHOR_ENTRY = re.compile(r"^(?P<surname>[^\W\d_][\w'’ -]+?),\s*(?P<given>[^\W\d_][\w'’. -]+?)(?:,\s*[\d-]+.*)?$")
_SENTENCE = re.compile(r"^\S+(?:\s+\S+){4,}.*[.!?\"”)\]]$")
# The date heading (and the title after it) lie among the first lines of the newer page.
_TITLE_LINES = 6
_TITLE_MAX = 400
_FUNDERS_LINE = re.compile(r"^This document was made possible", re.I)
_RECORD_ID = re.compile(r"/document/(\d+)(?:[/?#]|$)")
_FUNDERS = re.compile(
    r"made possible (?:with|by|through) (?:the )?(?:generous )?(?:support|funding) (?:from|of|by) "
    r"(?P<funders>[^\n]+)",
    re.I,
)
_FUNDER_SEPARATORS = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.I)
_LEADING_THE = re.compile(r"^the\s+", re.I)
_UNIT_OF_UNIVERSITY = re.compile(
    r"\b(Institute|Center|Centre|School|Program|Programme|Faculty),(?=\s+(?:[A-Z][\w'’-]+\s+){1,3}University\b)")
"""`Syngman Rhee Institute, Yonsei University`: one funder, the institute and the university it belongs to."""
_GIVEN_ALONE = re.compile(r"[A-Z][a-z'’-]+")
_ENDS_WITH_INITIAL = re.compile(r"\b[A-Z]\.$")
_HEADING_DATE = re.compile(rf"^[ \t]*(?P<date>{DATE_PATTERN})[ \t]*$", re.M | re.I)
# A US State Department record opens with its decimal file number (`795.00/6–2851`), then its title.
_FILE_NUMBER_HEADING = re.compile(r"^\s*(?P<file>\d{3}\.\d{1,4}[A-Z]{0,3}(?:/[\w.–-]+)?)[ \t]*\n\s*(?P<title>[^\n]+)")
# An editor's bracketed note in the head of the body may name the holding archive:
# `[SED Central Committee … SAPMO-BA, archival signature missing]`.
_BRACKETED_NOTE = re.compile(r"\[[^\[\]]{2,400}\]")
_NOTED_ARCHIVE = re.compile(
    r"(?<![\w-])(?P<archive>" + "|".join(map(re.escape, KNOWN_ARCHIVES)) + r")(?![\w-])[,.;:]?\s*(?P<rest>[^\]]*)"
)
_NOTE_REACH = 1500
_SIGNATURE_LABEL = re.compile(r"^[ \t]*Archival[ \t]+Signature[ \t]*:[ \t]*(?P<value>[^\n]*\d[^\n]*)", re.M)
_RECORD_KIND = re.compile(
    r"(?:Report|Record|Minutes|Memorandum|Note|Notes|Transcript|Stenographic|Telegram|Cable|Ciphergram|Letter|"
    r"Information|Journal|Diary|Excerpts?|Conversation)\s+(?i:on|of|from|about|by|to|between|with|regarding|concerning)\b")
"""A heading that names the kind of record it is (`Report on the Conversation …`) is the title
even when it ends with a full stop, as a sentence of the body would."""
_SUMMARY_KIND = re.compile(r"Summary\s+of\s+(?:the\s+)?(?:Talks?|Conversations?|Meeting|Discussions?)\b")
"""`Summary of the Talks between …` under an indented summary: a title that names a summary of talks
(alone, after the date, `Summary of …` may be the archive's summary sentence itself)."""
# A title may end with its date written with dots and the period after it: `… on 28.VIII.1962.`.
_DOTTED_DATE_END = re.compile(r"\b\d{1,2}\.(?:[IVX]{1,4}|\d{1,2})\.(?:\d{4}|\d{2})\.$")


def _labelled_block(label: str) -> re.Pattern[str]:
    """`Label:` then its first paragraph (on the same line or after blank lines)."""
    return re.compile(rf"^[ \t]*{label}:[ \t]*\n?\s*(?P<value>[^\n]+(?:\n[^\n]*\S[^\n]*)*)", re.M | re.I)


_SUMMARY = _labelled_block("Summary")
_LANGUAGE = _labelled_block("Original Languages?")
_CITATION_BLOCK = _labelled_block("Citation")
_NEEDLES = {
    _SUMMARY: ("summary:",),
    _LANGUAGE: ("original language",),
    _CITATION_BLOCK: ("citation:",),
    _CITATION_LINE: ("digital archive",),
    _URL_LINE: ("http", "url:", "link:"),
}
"""Words one of which the line a match of each pattern starts on holds (in any case)."""


@lru_cache(maxsize=2)
def _folded(text: str) -> str:
    """`text` in lower case, offsets kept, with the letters IGNORECASE takes for ASCII ones
    (`İ`, `ı`, `ſ`, the Kelvin sign) made those: a needle found nowhere in it is nowhere in the text."""
    return folded(text).replace("\u017f", "s")


def _search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pattern.search(text)`, begun on the line of the first of its needles: these patterns
    scan the whole text line by line, and most documents lack most labels."""
    if pattern not in _NEEDLES:
        return pattern.search(text)
    low = _folded(text)
    found = [at for at in (low.find(needle) for needle in _NEEDLES[pattern]) if at >= 0]
    return pattern.search(text, text.rfind("\n", 0, min(found)) + 1) if found else None


_LABEL_LINE = re.compile(r"^[ \t]*[A-Z][A-Za-z ]{2,30}:[ \t]*$")

# --- authors ---------------------------------------------------------------

_INIT = r"(?:(?:[A-Z]|Yu|Ya|Ye|Iu|Ia|Ts|Sh|Ch|Zh|Kh)\.\s?)"
"""An initial, or a Russian digraph initial (`Yu.`, `Zh.`), and the space after it."""
_INITIALS_NAME = rf"{_INIT}{{1,3}}[A-Z][A-Za-z'’-]+"
_JOURNAL = re.compile(
    rf"\b(?:Journal|JOURNAL|Diary|DIARY)\s+(?:of|OF)\b(?:(?!,\s*(?:Conversation|Meeting|Talk|Reception)\b)[^\n\"“”])*?"
    rf"(?<![A-Za-z])(?P<name>{_INITIALS_NAME})"
    r"(?=\s+(?:for|FOR)\b|\s*[,(]|\s*$)"
)
# `Journal of Ambassador to the DPRK Puzanov for …`: a surname right after the office.
_JOURNAL_SURNAME = re.compile(
    r"\b(?:Journal|Diary)\s+of\b[^\n\"“”]*?\b(?:Ambassador|Counsel+or|Charg[ée] d'Affaires|Secretary|Consul|Attach[ée])"
    r"(?:\s+(?:to|in)\s+(?:the\s+)?[A-Z][A-Za-z]+)?\s+(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)\s+for\b"
)
_RECORD_BY = re.compile(
    rf"\bRecord of (?:an? |the )?Conversation\b[^\n\"“”]*?\bby\b[^\n\"“”]*?(?<![A-Za-z])(?P<name>{_INITIALS_NAME})\b"
)
# `Report from Etre Sándor, '…'`, `Cable, Zhou Enlai to Chairman Mao`, `Report by Qiao Xiaoguang on …`, `Top Secret
# Cipher Telegram from Anatoly Dobrynin to …`: the sender, when the title names a person (two words at least) rather
# than an office.
_GENRE = (
    r"(?:[Uu]ntitled\s+)?(?:(?:Top\s+)?Secret\s+|Urgent\s+|Confidential\s+)?"
    r"(?:[A-Z]{2,5}\s+(?=(?i:report|telegram|cable|letter|memo)))?(?:(?:Ciphered|Coded|Cipher|Code)\s+)?"
    r"(?:File\s+)?(?i:Report|Telegram|Cable|Letter|Memorandum|Memo|Note|Notes|Information|Message|Speech|Statement|"
    r"Minutes|Record|Response|Reply)"
)
# `Cable Telegram No. 59363`, `Cable Nos. 408-410`: a second genre word and the record's numbers.
_NUMBERED = (r"(?:\s+(?:Telegram|Cable))?(?:\s+(?i:nos?)\.?\s*\d[\d./-]*(?:\s*[-–,]\s*\d[\d./-]*)*"
             r"|\s+[A-Z]{2,5}/\d+)?")
# An embassy officer's office before his name: `Soviet Ambassador to the DPRK`, `Counsellor`, `Chargé d'Affaires a.i.`.
_OFFICER = (
    r"(?:[A-Z][\w-]*\s+){0,2}(?:[Aa]mbassador|Counsel+or|Charg[ée] d['’]Affaire?s(?:\s+(?:a\.\s?i\.|ad interim))?"
    r"|Attach[ée]|(?:First|Second|Third) Secretary|Consul(?: General)?|Minister-Counsel+or)"
    r"(?:\s+(?:to|in|at)\s+(?:the\s+)?(?:[A-Z][\w'’-]*,?\s+){1,3}?)?\s*"
)
# `Letter, KGB Chairman Chebrikov to …`: the head of a body, before his surname.
_HEAD_OFFICE = r"(?:[A-Z][\w-]*\s+){0,2}(?:Chairman|Minister|Premier|President|Secretary|Director|Chief)\s+"
# A person's name in a title: initials and surname, or two or three capitalised words (`Andrew C. Nahm` too).
_TITLE_NAME = (
    rf"{_INIT}{{1,3}}[A-Z][\w'’-]+|[A-Z][^\W\d_]+\s+{_INIT}{{1,2}}[A-Z][^\W\d_]+"
    r"|[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){1,2}(?:\s+(?:de|da|do|dos|das)\s+[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)?)?"
)
_SURNAME = r"[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?"
# `Telegram, Shtykov to Vyshinsky`, `Telegram from Shtykov to Gromyko`, `Secret Telegram from Maneli (Saigon) to
# Spasowski (Warsaw)`, `Cable No. 25, Ambassador Ogawa to the Foreign Minister`: a surname alone (with his city
# or his office) before its addressee
# (a surname from `from`, only when his post follows in brackets, the text names it again other than as a place,
# or the body speaks as `I` and the word is shaped like a surname: `Telegram from Kuznetsov to Soviet Foreign Ministry`).
_SENDER_SURNAME = re.compile(
    rf"^(?:(?:Secret|Urgent|Top\s+Secret|Coded|Ciphered)\s+)?{_GENRE}{_NUMBERED}(?P<sep>,|\s+from)?\s+"
    rf"(?:{_OFFICER}|{_HEAD_OFFICE})?(?P<name>{_SURNAME})"
    rf"(?P<post>\s*\([A-Z][^()]{{1,30}}\)|\s+in\s+[A-Z][\w-]+)?\s+to\b")
# `Secret Telegram from Jász, 'On the Relations between China and …'`: a surname alone before the quoted subject.
_SENDER_BEFORE_SUBJECT = re.compile(
    rf"^(?:(?:Secret|Urgent|Top\s+Secret|Coded|Ciphered)\s+)?{_GENRE}{_NUMBERED}\s+from\s+(?P<name>{_SURNAME}),\s+['‘\"“]")
_SENDER = re.compile(
    rf"^{_GENRE}{_NUMBERED}"
    r"(?:\s+(?:from|by)|\s*,)\s+(?:(?:Comrade|Cde\.)\s+)?"
    rf"(?P<name>{_TITLE_NAME})"
    r"(?=\s*[,(]|\s+to\b|\s+on\b|\s+about\b|\s+regarding\b|\s+concerning\b|\s*$)"
)
# `Report Sent to General de Gaulle, President of the French Republic, by Edgar Faure, on his Mission to China`.
_SENT_BY = re.compile(
    rf"^{_GENRE}\s+(?i:sent|addressed|submitted|presented)\s+to\s+[^\n]{{1,120}}?,?\s+by\s+(?P<name>{_TITLE_NAME})"
    r"(?=\s*[,(]|\s+on\b|\s*$)")
# `Information from Bulgarian Minister of Foreign Affairs, Peter Mladenov to the Central Committee`, `Response of the
# President of the [Socialist Federal] Republic [of Yugoslavia], J.B. Tito [to …]`: the sender after his office and a comma.
_SENDER_AFTER_OFFICE = re.compile(
    rf"^{_GENRE}{_NUMBERED}\s+(?:from|by|of)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){{0,3}}"
    r"(?:Minister|Ambassador|Secretary|Chairman|Director|Head|Chief|Counsel+or|Consul|Envoy|President|Premier|"
    r"Advis[eo]r|Attach[ée]|Representative|Delegate)"
    r"(?:\s+\[?(?:of|for|to|in|the|and|[A-Z][\w'’-]*)\]?){0,8},\s+"
    rf"(?P<name>{_TITLE_NAME})(?=\s+to\b|\s*,|\s*$|\s+\[)"
)
# `Note by Ambassador Ivanov on …`, `Report of Counsellor A. Petrov to the Ministry`: the sender after his office
# (`File Note of Ambassador J. Nowak in New Delhi to …`: and his post after him).
_BODY_HEAD = (r"(?:President|Chairman|Director|Head|Chief)\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}?"
              r"(?!(?:Commission|Committee|Council|Institute|Ministry|Department|Academy|Bureau|Office|Agency|Society|"
              r"Union|Board|Company|Corporation|Bank|University|Party|Front|Association|Federation|Assembly)\b)")
"""`Report from the President of Nuclebrás Paulo Nogueira Batista to …`: the head of a body, his office before
his name."""
_SENDER_OFFICER = re.compile(
    rf"^{_GENRE}{_NUMBERED}\s+(?:from|by|of)\s+(?:the\s+)?(?:{_OFFICER}|{_BODY_HEAD})(?P<name>{_TITLE_NAME}|{_SURNAME})"
    r"(?=(?:\s+(?:in|at)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?"
    r"(?:\s*[,(:]|\s+(?:to|on|about|regarding|concerning)\b|\s*$))"
)
# `Letter to Cde. Erich Honecker from Cde. Schabowski on a Meeting with …`: the addressee first, the sender after `from`.
_SENDER_AFTER_ADDRESSEE = re.compile(
    rf"^{_GENRE}{_NUMBERED}\s+to\s+[^,;:()]{{2,80}}?\s+from\s+(?:(?:Comrade|Cde\.)\s+)?(?:{_OFFICER})?"
    rf"(?P<name>{_TITLE_NAME}|{_SURNAME})"
    r"(?=\s*[,(:]|\s+(?:on|about|regarding|concerning|in|at)\b|\s*$)"
)
# `Report of Ivan Petrov to the Ministry of Foreign Affairs About His Meeting With …`.
_REPORT_OF = re.compile(
    rf"^(?:Report|Information|Memorandum|Note) of\s+(?:(?:Comrade|Cde\.)\s+)?(?P<name>{_TITLE_NAME})\s+to\s+the\b"
)
# `Note of Comrade Weber, East German Ambassador, with the Polish Ambassador`: the writer, his office after him.
_NOTE_OF_OFFICER = re.compile(
    rf"^{_GENRE}{_NUMBERED}\s+(?:of|by|from)\s+(?:Comrade|Cde\.)\s+(?P<name>{_TITLE_NAME}|{_SURNAME}),\s+{_OFFICER},"
)
# `Reception by Chargé d'Affaires a.i. A. Ivanov for Ambassador Cde. Ri`: the receiver, when he narrates.
_RECEPTION_BY = re.compile(
    r"^Reception (?:by|of)\s+(?:[\w'’.-]+\s+){0,6}?"
    rf"(?:(?:Cde\.|Comrade)\s+(?P<officer>[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+){{0,2}})|(?P<name>{_INIT}{{1,3}}[A-Z][\w'’-]+))"
    r"\s+(?:for|of|with)\b"
)
# `Record of Orlov's conversation with …`, `Ambassador Ivanov's Meeting with …`: the narrator's own talk.
# `Andropov Report, 1 November 1956`, `Petrov's Telegram on …`: a name leading the genre word.
_COPY_OF = r"(?:(?:[Aa]\s+)?(?:Copy|Excerpts?|Extract|Translation)\s+(?:of|from)\s+)?"
"""`Copy of N.S. Khrushchev's Notes …`: the paper is still its writer's."""
_OWNER_GENRE = re.compile(
    rf"^{_COPY_OF}(?:(?:Comrade|Cde\.)\s+)?(?P<name>{_TITLE_NAME}|{_SURNAME})(?:['’]s)?\s+"
    r"(?:Report|Telegram|Cable|Letter|Note|Notes|Memorandum|Dispatch)\b(?!\s+(?:from|of|by)\b)"
)
"""… not when the title goes on to name the sender (`Liaison Report from the Embassy`)."""
_OWN_NOTES = re.compile(
    r"^(?:(?:Comrade|Cde\.)\s+)?(?P<name>(?:[A-Z][^\W\d_]+\s+){1,2}[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)['’]s\s+"
    r"(?:Notes|Diary|Journal|Report|Telegram|Cable|Letter|Memorandum)\b"
)
"""`Aleksander Zawadzki’s Notes from the … Talks`: notes a person's full name owns are his own."""
_OFFICER_OWNS = re.compile(
    r"^(?:[A-Z][\w-]*\s+){0,5}?(?:Secretary|Ambassador|Minister|Consul(?:-General)?|Chairman|Counsel+or|Envoy|"
    rf"Director|Attach[ée]|Charg[ée]\s+d['’]Affaires)\s+(?:(?:Comrade|Cde\.)\s+)?(?P<name>{_TITLE_NAME})['’]s\s+"
    r"(?:Report|Telegram|Cable|Letter|Memorandum|Note|Notes|Dispatch)\b"
)
"""`Transcarpathian Oblast First Secretary Yu. Ilnytskyi's Report to P. Shelest`: an office over the
writer's name owning the paper."""
_NAME_REPORTS = re.compile(
    rf"^(?:(?:Comrade|Cde\.)\s+)?(?P<name>{_TITLE_NAME})\s+"
    r"(?:Reports|Supplements|Informs|Describes|Recounts|Explains|Writes)\s+(?:on|about|to|his|her|that|the)\b"
)
"""`P. Shelest Reports on a Visit by …`, `P. Shelest Supplements his Earlier Report`: an editor's
headline whose subject tells of what he saw (only when the body says `I`)."""
_NAMED_NOTES = re.compile(
    r"^(?P<name>(?:[A-Z][^\W\d_]+\s+){1,2}[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?),\s+"
    r"(?:Notes|Diary|Journal|Memoirs?)\s+(?:from|of|on)\b"
)
"""`Anatoly Chernyaev, Notes from a Meeting of the Politburo`: a full name over the notes he took."""
_OWN_CONVERSATION = re.compile(
    rf"(?:^|\bof\s+)(?:(?:Comrade|Cde\.)\s+|{_OFFICER})?(?P<name>{_TITLE_NAME}|{_SURNAME})['’]s\s+"
    r"(?i:conversation|talks?)\s+with\b"
)
# `Note from the Conversation of Stefan Nowak with …`, `Record of a Conversation between B.N. Petrov and …`:
# the first party, counted as the writer only when the body is his own narration.
_NARRATED_CONVERSATION = re.compile(
    r"\b(?:Record|Memorandum|Minutes|Notes?) (?:from|of) (?:a |the )?(?i:conversation) (?:between|of)\s+"
    rf"(?P<name>{_TITLE_NAME})\s+(?:and|with)\b"
)
# `Note on the Farewell Visit of the Polish Ambassador, Comrade Naperei, with Comrade Jarck on 26 July`:
# the one visited, when the body is his own narration.
_VISITED_WRITER = re.compile(
    r"^(?:Note|Record|Report|Memorandum|Information)\s+(?:on|of|about)\s+(?:the\s+|a\s+)?(?:[A-Z][a-z]+\s+)?"
    rf"Visit\s+of\b[^\n]*?\bwith\s+(?:Comrade|Cde\.)\s+(?P<name>{_TITLE_NAME}|{_SURNAME})(?=\s+on\b|\s*[,(]|\s*$)"
)
# `Report on the negotiations of Hungarian Deputy Foreign Minister X in Iraq`: the one who went
# reports on his own mission, when the body is his own narration (`I conducted …`).
_NARRATED_MISSION = re.compile(
    r"^(?:Report|Note|Information|Memorandum)\s+(?:on|about)\s+(?:the\s+|his\s+)?"
    r"(?i:negotiations|consultations|talks|visit|trip|stay|mission)\s+of\s+"
    r"(?:(?:[A-Z][\w-]*\s+){0,4}?(?:Minister|Ambassador|Secretary|Chairman|Premier|President|Director|Chancellor)\s+)?"
    rf"(?P<name>{_TITLE_NAME})\s+(?:in|to|at|with)\b"
)
# `Col. Mieczysław Białek, 'Record of …'`, `Deputy Minister Winiewicz, 'Record of …'`, `Director General X,
# 'Record …'`, `East German Ambassador in Mogadishu X, 'Note …'`: a person named before the quoted title of their paper.
_NAMED_BEFORE_QUOTE = re.compile(
    r"^(?:(?:Deputy|Vice|First|Foreign|Prime)\s+)*(?:Minister|Ambassador|Secretary|Chairman|Director|Counsel+or|"
    r"Premier|General|Colonel|Comrade)(?:[ -](?:General|Counsel+or))?\s+(?P<surname>[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?),\s*['‘\"“]"
    rf"|^{_OFFICER}(?P<officer>{_SURNAME}),\s*['‘\"“]"
    r"|^(?:(?:Col|Gen|Maj|Lt|Capt|Dr|Cde)\.\s+|(?:Colonel|General|Comrade|Ambassador)\s+)?"
    rf"(?P<name>{_INIT}{{1,3}}[A-Z][\w'’-]+|[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){{1,2}}),\s*['‘\"“]"
)
# `Record/Memorandum of Conversation between Soviet Ambassador to Mongolia Pavel Orlov and …`:
# the embassy officer who records his own conversation.
# `Record of Conversation of Ambassador A. Ivanov with …`, `Conversation of Counsellor Petrov with …`.
_CONVERSATION_BY_OFFICER = re.compile(
    r"(?:^|\b(?:Record|Memorandum|Minutes|Notes?) of (?:a |the )?)Conversation (?:between|of)\s+"
    rf"{_OFFICER}"
    rf"(?P<name>{_INIT}{{1,3}}[A-Z][\w'’-]+|[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)?)\s+(?:and|with)\b"
)
# `Diary of Teimuraz Stepanov-Mamaladze on a meeting …`: a journal's owner by full name.
# `From the Journal of Ambassador Pavel Yudin: …`, `Diary of Soviet Ambassador Puzanov`,
# `Journal Entry of Ambassador Volkov: …`, `Entry from the Journal of Soviet ambassador to India X, Conversation
# with …` too.
_DIARY_OF = re.compile(
    rf"^(?:(?:Entry|Excerpts?|Extracts?)\s+from\s+the\s+|From the\s+)?(?i:Journal|Diary|Notepad|Notebook)"
    rf"(?:\s+(?i:entry))?\s+of\s+(?:{_OFFICER}(?P<officer>{_TITLE_NAME}|{_SURNAME})|(?P<name>{_TITLE_NAME}))"
    r"(?=\s+(?:on|for)\b|\s*[,(:]|\s*$)"
)
# `Memorandum of Conversation, by the Officer in Charge of Korean Affairs (Emmons)`: the writer's
# surname in brackets after his office, as the US State Department titles its records.
# Its telegrams name the sender the same way: `The Ambassador in Korea (Muccio) to the Secretary of State`.
_BY_OFFICE_SURNAME = re.compile(
    r"(?:,\s+by\s+(?:the\s+)?|^The\s+)[^()]+?\s+\((?P<name>[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)\)(?:$|\s+to\s+the\b)"
)
# `Telegram from Polish Embassy in Havana (Jeleń), …`, `Hungarian Embassy in Havana (Beck), Report on …`,
# `Bulgarian Foreign Ministry (Angelov), Cable …`, `Polish Embassy, Rio de Janeiro (Chabasinski), to …`,
# `Telegram from Brazilian Delegation at the … Assembly (Afonso Arinos), New York`: the head of mission (or
# the official) signing for his embassy, delegation or ministry, his name in brackets after it.
_PLACE_WORDS = r"(?:[A-Z][\w'’-]*\s+(?:(?:de|da|do|del|la|es|el)\s+)?){1,3}"
_EMBASSY_SENDER = re.compile(
    rf"^(?:{_GENRE}{_NUMBERED}\s+from\s+(?:the\s+)?)?(?:[A-Z][\w'’-]*\s+){{1,3}}(?:(?:Embassy|Legation|Consulate)"
    rf"(?:\s+(?:in|at|to)\s+|,\s+){_PLACE_WORDS}|Ministry\s+|Delegation\s+(?:at|to|in)\s+[^()\n]{{2,80}}?\s+)"
    rf"\((?P<name>{_TITLE_NAME}|(?:(?:da|de|do|dos|van|von)\s+)?{_SURNAME})\)"
    r"(?=\s*,|\s+to\b|\s*$)"
)
# `From the Journal of Molotov: …`, `From the Diary of Shcherbakov I.S., …`, `Excerpts from Tsedenbal's diary on …`:
# a journal's owner by surname alone (before a colon, only when the body names him: not `Journal of Events:`).
_JOURNAL_OF_SURNAME = re.compile(
    rf"^(?:From the\s+)?(?i:Journal|Diary)(?:\s+(?i:entry))?\s+of\s+(?P<name>{_SURNAME})(?:(?P<colon>\s*:)|(?=\s+{_INIT}{{1,3}},))"
    rf"|\b(?P<owner>{_TITLE_NAME}|{_SURNAME})['’]s\s+(?:diary|journal)\b"
)
# `from the journal of … V. I. PELISHENKO` (or `From the diary of …`, `From the log of …`) in the head of the body.
_JOURNAL_HEAD = re.compile(r"\b(?:journal|diary|log)\s+of\b", re.I)
# A head set in columns splits it over lines, stamps and copy numbers between: `from the journal SECRET Copy Nº 1`
# … `of P. F. YUDIN 1 November 1957`.
_SPLIT_JOURNAL_HEAD = re.compile(r"\bfrom\s+the\s+(?:journal|diary)\b", re.I)
_OWNER_LINE = re.compile(rf"^[ \t]*of[ \t]+(?={_INIT}{{1,3}}[A-Z])", re.M)
_SPLIT_HEAD_REACH = 400
# `Record of c. Durcak's conversation with …` heading the body: the recorder's own conversation.
_RECORD_OF_OWN = re.compile(
    rf"\bRecord of (?:(?:c|cde|com)\.\s*|Comrade\s+)?(?P<name>{_INIT}{{0,3}}[A-Z][^\W\d_]+)['’]s conversation with\b|"
    rf"\b(?:[Dd]eputy\s+)?(?:[Mm]inister|[Aa]mbassador|[Dd]irector|[Cc]ounsell?or)\s+(?P<holder>[A-Z][^\W\d_]+)['’]s\s+"
    r"(?:record|notes?)\s+of\s+(?:a\s+|the\s+)?conversations?\b"
)
"""`Record of c. Durcak's conversation with …`, `deputy minister Naszkowski’s record of conversations`
heading the body: the recorder's own conversations."""
_QUOTED_DISPATCH = re.compile(
    r"^(?:Comrade|Cde\.?)\s+(?P<name>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?)\s+in\s+(?:his\s+)?"
    r"(?:dispatch|telegram|cable|report|note|cipher)\b[^\n:]{0,60}?\s+(?:states|reports|writes|informs)\s*:", re.M)
_JOURNAL_HEAD_NAME = re.compile(
    rf"(?<![\w.]){_INIT}{{1,3}}[A-Z][A-Za-z'’-]+|(?<=Comrade\s)[A-Z][a-z'’-]+\s+{_INIT}{{1,3}}"
    rf"|^[A-Z][a-z'’-]+(?=,[ \t]*{_INIT}{{1,3}})", re.M)
"""`journal of … V. I. PELISHENKO`, or the surname first (`From the Diary of the Ambassador …, Comrade Ivanov V.I.`,
`Ratanov, A.P.` opening a line)."""
# How far into the text a journal's head, and after it its owner's name, may lie.
_JOURNAL_HEAD_REACH = 1500
_JOURNAL_NAME_REACH = 120
# A summary naming the writer: `In this report, Hungarian Ambassador to North Korea József Kovács details …`.
_SUMMARY_WRITER = re.compile(
    r"^In this (?:report|telegram|cable|letter|memorandum|note|journal entry|diary entry),\s+"
    r"(?:(?:[A-Z][\w'’-]*|to|in|the|of)\s+){0,8}?"
    r"(?P<name>[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+){1,2})\s+"
    r"(?:details|reports|describes|informs|writes|discusses|summarizes|summarises|recounts|relates|conveys)\b"
)
# `Diary entry of a conversation between V.I. Ivanov and Kim Il Sung …`: the diary's owner comes first.
_SUMMARY_DIARY_ENTRY = re.compile(
    r"^(?:An? )?(?:Diary|Journal) entry (?:of|on|about) (?:a |the )?conversation (?:between|of)\s+"
    rf"(?P<name>{_INIT}{{1,3}}[A-Z][\w'’-]+|[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+){{1,2}})\s+(?:and|with)\b"
)
# Lines of a distribution list or registry stamp below the signature.
_DISTRIBUTION_LINE = re.compile(
    r"^(?:\d+\s*[-–.)]\s+\S|N[ºo°]\.?\s*\d|[\w ]*cop(?:y|ies) (?:printed|made|produced)|to (?:the )?file\b|"
    r"(?:Produced|Printed|Made) in \d+ cop|CC:?$|\d+\s*x\s+\S)",
    re.I,
)
# An office written before the signed name on the same line: `Ambassador Dumitru Popa`.
_OFFICE_BEFORE_NAME = re.compile(
    r"^(?:(?:Acting|Deputy|Temporary|Soviet|Hungarian|Chinese|Romanian|Polish|GDR)\s+)*"
    r"(?:Ambassador|Charg[ée] d['’]Affaires(?:\s+(?:a\.\s?i\.|ad interim|en pied))?|Counsell?or|Consul(?: General)?"
    r"|Minister-Counsell?or|(?:First|Second|Third) Secretary|Attach[ée])\s+(?=[A-Z])"
)
_NOT_SURNAMES = frozenset(
    "embassy government army navy party state states union republic ministry committee".split()
)
_NOT_SIGNERS = _NOT_SURNAMES | STOP_WORDS
"""A telegram's last line is no signer when it is one of these (`More`, a page's cut-off link)."""
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĘĚĞŁŃŇŐŒŘŚŞŠŢŤŮŰŹŻŽ"
_LOWER = r"[^\W\d_A-Z]"
_NAME_TOKEN = rf"(?:{_INIT}{{1,3}}[{_UPPER}][\w'’-]+|[{_UPPER}]{_LOWER}+(?:['’-][{_UPPER}]?{_LOWER}+)?)"
_NAME = rf"(?:{_INIT}{{1,3}}[{_UPPER}][\w'’-]+|{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,3}})"
_SIGNATURE_LINE = re.compile(rf"^{_NAME}(?:\s*,\s*(?:and\s+)?{_NAME}|\s+and\s+{_NAME})*\.?$")
# A telegram closes with its sender and its number between dashes: `– Monori – 423 –`, `– 232 – Jakus –`.
_NUMBERED_SIGNATURE = re.compile(
    rf"^[–—-]\s*(?:(?P<name>{_NAME}|{_SURNAME})\s*[–—-]\s*\d+|\d+\s*[–—-]\s*(?P<after>{_NAME}|{_SURNAME}))\s*[–—-]?$")
_SIGNATURE_MARK = re.compile(
    r"[\[(/]\s*(?:signature|signed|illegible signature|sgd\.?)\s*[\])/]|^(?:Signed|Sgd\.?)\s*:?\s*", re.I
)
_OFFICE_HEAD = (r"(?:ambassador|secretary|counsellor|counselor|attach[ée]|charg[ée]|minister|"
                r"consul|director|chairman|head|envoy|deputy|advisor|adviser|general|colonel|admiral|marshal)\b[^.;:]*$")
"""The head of an office a signature block gives, to the end of its line."""
_OFFICE_LINE = re.compile(rf"^(?:[\w'’.-]+\s+){{0,8}}?{_OFFICE_HEAD}", re.I)
_PLACE_LINE = re.compile(rf"^[{_UPPER}][\w'’-]+\.?$")
# Office and place lines skipped below a signature before giving up.
_MAX_OFFICE_LINES = 2
_SIGNATURE_NAMES = re.compile(rf"{_NAME}")
_DATE_LINE = re.compile(
    r"^[\[(]?(?:\d{1,2}\s+)?[A-Z][a-z]+\.?(?:\s+\d{1,2})?,?\s+[\[(]?\d{4}[\])]?\.?[\])]?$"
    r"|^[\[(]?\d{1,2}[./]\d{1,2}[./]\d{2,4}[\])]?$"
)
_FOOTNOTE = re.compile(r"^\[\d+\]")
_NOT_NAME_WORDS = frozenset(
    """the of to in for and ambassador embassy minister ministry comrade chairman secretary
    president premier director department committee central party government republic people's
    korea korean china chinese soviet union socialist democratic workers foreign affairs
    report copy top secret attachment source note notes endnotes footnotes translation translated original english
    pyongyang beijing moscow berlin budapest bucharest warsaw sofia prague washington tokyo hanoi vienna
    belgrade tirana havana seoul ulaanbaatar delhi embassy mission consulate romanian hungarian polish
    bulgarian czechoslovak mongolian vietnamese german gdr defense defence interior justice culture education
    trade finance""".split()
)
_WORDS = re.compile(r"[A-Za-z'’]+")
_RANK_WORDS = frozenset("major general lieutenant colonel captain admiral marshal brigadier rear vice army".split())
_HONORIFICS = frozenset("mr mrs ms dr sir comrade cde com general gen colonel col".split())
_INITIAL = re.compile(r"\b([A-Z])\.\s*(?=[A-Z])")
# How many lines at the end of the text may hold a signature block.
_SIGNATURE_LINES = 16


def extract_metadata(document: Document) -> Metadata:
    """The document's own facts from its citation block (or page tail), headings and signature."""
    text = document.text
    tail_start = _tail_start(text)
    tail = tail_start < len(text)
    citation_text, cited_url = _citation_text(text[:tail_start])
    citation: Citation | None = parse_citation(citation_text) if citation_text else None
    if citation is None and tail and (source := _source_line(text[tail_start:])):
        citation = parse_source(source)
    if citation is None and (note := line_search(_SOURCE_NOTE, text)):
        citation = parse_source(note["source"])
    file_heading = None if citation else _FILE_NUMBER_HEADING.match(text)
    page_summary = _page_summary(text, tail_start) if tail else None
    body_end = page_summary[1] if page_summary else tail_start
    title = (
        (citation.title if citation else None) or _bold_title(text) or _title_after_date(text)
        or (_plain_title(file_heading["title"]) if file_heading else None)
    )
    reference = citation.reference if citation else (_file_reference(file_heading) or _noted_archive(text)
                                                     or _signature_line(text))
    translators, obtained = parse_credits(citation.credits) if citation else ((), ())
    compilers = list(parse_compilers(citation.credits)) if citation else []
    summary = page_summary[0] if page_summary else _summary(text, citation_text)
    url = _url(text) or cited_url
    return Metadata(
        title=title,
        date=_date(text, citation.date if citation else None),
        citation=citation.text if citation else None,
        reference=reference,
        url=url,
        record_id=_record_id(url),
        original_language=_first_line(_LANGUAGE, text) or _translated_from(citation.credits if citation else ""),
        translators=translators,
        obtained_by=obtained,
        editors=parse_editors(citation.credits) if citation else (),
        funders=_funders(text),
        summary=summary,
        authors=_authors(text[:body_end], title, _listed_authors(text[tail_start:]) + compilers, summary),
    )


_TRANSLATED_FROM = re.compile(r"\b[Tt]ranslated\s+from\s+(?:the\s+)?(?P<language>[A-Z][a-z]+)\b")


def _translated_from(credits: str) -> str | None:
    """`Translated from German by Lorenz Lüthi`: the credits name the record's language where no block does."""
    match = _TRANSLATED_FROM.search(credits)
    return match["language"] if match else None


def _tail_start(text: str) -> int:
    """Where the newer page's tail opens (a line holding only one of its labels), else len(text).

    Found with str.find: a multi-line regex over the whole text costs ten times more.
    """
    starts = [len(text)]
    for label in _TAIL_OPENERS:
        at = text.find(label)
        while at != -1:
            line_start = text.rfind("\n", 0, at) + 1
            line_end = text.find("\n", at)
            line = text[line_start : line_end if line_end != -1 else len(text)]
            if line.strip() == label:
                starts.append(line_start)
                break
            at = text.find(label, at + 1)
    return min(starts)


def _citation_text(text: str) -> tuple[str | None, str | None]:
    """The citation (without the address the older page appends to it) and that address."""
    if match := _search(_CITATION_LINE, text):
        line = match[1]
    elif match := _search(_CITATION_BLOCK, text):
        line = " ".join(match["value"].split())
    else:
        return None, None
    if url := _TRAILING_URL.search(line):
        return line[: url.start()], url["url"]
    return line, None


def _tail_blocks(tail: str) -> list[tuple[str, list[str]]]:
    """The page tail as (label, value lines) pairs, in order."""
    blocks: list[tuple[str, list[str]]] = []
    for line in tail.split("\n"):
        line = line.strip()
        if _TAIL_LABEL.match(line):
            blocks.append((line.rstrip(":").strip().lower(), []))
        elif line and blocks:
            blocks[-1][1].append(line)
    return blocks


def _source_line(tail: str) -> str | None:
    """The value of `Source` (or, where that label is missing, of `Document Information`)."""
    for label, lines in _tail_blocks(tail):
        if _SOURCE_LABEL.match(label) and lines:
            return lines[0]
    return None


def _listed_authors(tail: str) -> list[str]:
    """The page's `Author(s):` list, `Surname, Given` turned into `Given Surname`."""
    names: list[str] = []
    for label, lines in _tail_blocks(tail):
        if label == "author(s)":
            for line in lines:
                match = _AUTHOR_ENTRY.match(line)
                names.append(f"{match['given']} {match['surname']}" if match else line)
    return [name for name in names if _SIGNATURE_LINE.match(name) and _all_names(name)]


def _page_summary(text: str, tail_start: int) -> tuple[str, int] | None:
    """The newer page's summary: the sentence-like line right above its tail, and where it starts."""
    head = text[:tail_start].rstrip()
    start = head.rfind("\n") + 1
    line = head[start:].strip()
    if not _SENTENCE.match(line) or _FUNDERS_LINE.match(line):
        return None
    return line, start


def _bold_title(text: str) -> str | None:
    match = _BOLD_TITLE.search(text)
    return " ".join(match["title"].split()) if match else None


def _title_after_date(text: str) -> str | None:
    """The newer page's title: the line after the date the text opens with. Under a title
    in capitals a footnote may follow the date (`… BY N. S. KHRUSHCHEV*`, `6 May 1960`,
    `* the record … was not reviewed`): then the capitals are the title. A page saved with its
    date twice and its summary indented above the title (`July, 1964` / `July, 1964` / `    They
    discuss …` / `Transcript of …`) has the title under the summary, when it names a kind of record."""
    raw = [line for line in text.lstrip().split("\n", _TITLE_LINES)[:_TITLE_LINES] if line.strip()]
    lines = [line.strip() for line in raw]
    for index, (date_line, title) in enumerate(zip(lines, lines[1:])):
        if _HEADING_DATE.fullmatch(date_line) and title == date_line:
            continue
        if _HEADING_DATE.fullmatch(date_line):
            if (raw[index + 1][:1].isspace() and _SENTENCE.match(title) and index + 2 < len(lines)
                    and (_RECORD_KIND.match(lines[index + 2]) or _SUMMARY_KIND.match(lines[index + 2]))):
                title = lines[index + 2]
            if title.startswith("*") and index and lines[index - 1].isupper():
                return lines[index - 1].rstrip("*").strip()
            if _LABEL_LINE.match(title) or _FUNDERS_LINE.match(title) or _HEADING_DATE.fullmatch(title):
                return None
            if len(title) > _TITLE_MAX or (title.endswith(".") and not _DOTTED_DATE_END.search(title)
                                           and not _RECORD_KIND.match(title)):
                return None
            return title
    return None


def _plain_title(line: str) -> str | None:
    """A heading line that reads as a title rather than a sentence of the body."""
    line = line.strip()
    return None if not line or line.endswith(".") or len(line) > _TITLE_MAX or _LABEL_LINE.match(line) else line


def _file_reference(heading: re.Match[str] | None) -> ArchivalReference | None:
    """The decimal file number heading a State Department record: a shelf mark without an archive name."""
    if heading is None:
        return None
    return ArchivalReference(archive="", reference=heading["file"], parts=(("file", heading["file"]),))


def _noted_archive(text: str) -> ArchivalReference | None:
    """A known archive named in a bracketed note near the top; what follows it counts only if it has a number."""
    for note in _BRACKETED_NOTE.finditer(text, 0, _NOTE_REACH):
        if match := _NOTED_ARCHIVE.search(note[0]):
            rest = match["rest"].strip(" ,;.")
            reference = rest if any(char.isdigit() for char in rest) else ""
            return ArchivalReference(archive=match["archive"], reference=reference, parts=shelf_mark_parts(reference))
    return None


def _signature_line(text: str) -> ArchivalReference | None:
    """`Archival Signature: SAPMO-BA, DY 30, IV 2/20/134` in the head of a record saved without its
    citation: the shelf mark the East German records carry on a line of their own."""
    line = line_search(_SIGNATURE_LABEL, text) if "Signature" in text else None
    return split_shelf_mark(line["value"]) if line else None


def _date(text: str, verbatim: str | None) -> DateValue | None:
    """The citation's date, else a date heading; the span is its first occurrence in the text."""
    if not verbatim:
        heading = _HEADING_DATE.search(text)
        verbatim = heading["date"] if heading else None
    iso = parse_date(verbatim) if verbatim else None
    if not iso or not verbatim:
        return None
    found = _whole_occurrence(text, verbatim)
    span = Span.of(text, found, found + len(verbatim)) if found >= 0 else None
    return DateValue(iso=iso, verbatim=verbatim, span=span)


def _word_char(char: str) -> bool:
    """What `\\w` matches: a letter, a digit of any script, the underscore."""
    return char.isalnum() or char == "_"


def _whole_occurrence(text: str, verbatim: str) -> int:
    """Where `verbatim` first occurs with no word character glued to either side, else -1.
    A literal search: a pattern built per document would be compiled per document."""
    found = text.find(verbatim)
    while found >= 0:
        end = found + len(verbatim)
        if not (found and _word_char(text[found - 1])) and not (end < len(text) and _word_char(text[end])):
            return found
        found = text.find(verbatim, found + 1)
    return -1


def _url(text: str) -> str | None:
    """The first address on a line of its own; the archive's own record page before any other source's."""
    first = _search(_URL_LINE, text)
    if first is None:
        return None
    url = first["a"] or first["b"] or first["c"]
    if _RECORD_ID.search(url):
        return url
    others = (match["a"] or match["b"] or match["c"] for match in _URL_LINE.finditer(text, first.end()))
    return next((other for other in others if _RECORD_ID.search(other)), url)


def _record_id(url: str | None) -> str | None:
    match = _RECORD_ID.search(url) if url else None
    return match[1] if match else None


def _first_line(pattern: re.Pattern[str], text: str) -> str | None:
    match = _search(pattern, text)
    if not match:
        return None
    line = match["value"].split("\n", 1)[0].strip()
    return None if _LABEL_LINE.match(line) else line or None


def _summary(text: str, citation_text: str | None) -> str | None:
    """The `Summary:` block, else the paragraph line right above the citation (older page)."""
    if match := _search(_SUMMARY, text):
        value = match["value"]
        if not _LABEL_LINE.match(value.split("\n", 1)[0]):
            return " ".join(value.split())
    if not citation_text:
        return None
    before = text[: text.find(citation_text)].rstrip(" \t")
    if not before.endswith("\n") or before.endswith("\n\n"):
        return None
    line = before[:-1].rsplit("\n", 1)[-1].strip()
    if not line or _LABEL_LINE.match(line) or line.startswith("**"):
        return None
    return line


def _couple(given: str, person: str) -> bool:
    """`Youmna and Tony Asseily`: a given name alone before a person's full name is one of a
    couple who gave together, not a funder of its own."""
    words = person.split()
    return (_GIVEN_ALONE.fullmatch(given) is not None and len(words) == 2
            and all(_GIVEN_ALONE.fullmatch(word) and fold(word) not in ORG_WORDS for word in (given, *words)))


def _funders(text: str) -> tuple[str, ...]:
    match = _FUNDERS.search(text)
    if not match:
        return ()
    funders: list[str] = []
    # The comma between an institute and its university is held back from the split as a NUL, put back after.
    named = _UNIT_OF_UNIVERSITY.sub("\\1\x00", match["funders"].strip().rstrip("."))
    for piece in _FUNDER_SEPARATORS.split(named):
        piece = _LEADING_THE.sub("", piece.strip()).replace("\x00", ",")
        if not piece:
            continue
        if funders and (_ENDS_WITH_INITIAL.search(funders[-1]) or _couple(funders[-1], piece)):
            funders[-1] = f"{funders[-1]} and {piece}"
        elif piece not in funders:
            funders.append(piece)
    return tuple(funders)


def _authors(text: str, title: str | None, listed: list[str], summary: str | None) -> tuple[str, ...]:
    """The page's author list; the title's or journal's owner, or the writer a summary names; the signatories."""
    found: list[str] = list(listed)
    if recorders := _recorders(text):
        found.extend(recorders)
    elif name := (_drafting_official(text) or _memo_sender(text) or _telegram_head_sender(text, title or "")
                  or _envoy_head(text) or _dated_head_signature(text)):
        found.append(name)
    elif names := _conversation_holders(title or "") or _quoted_from(title or "") or _joint_senders(title or ""):
        found.extend(names)
    elif name := _title_writer(title or "", text):
        found.append(name)
    else:
        found.extend(
            _journal_owner(text) or _own_record(text) or _summary_writer(summary, text) or _bracketed_narrator(text)
            or _forwarded_report_writer(text)
        )
    signed = ([] if _torn_end(text) else (
        _signatories(text) or _cover_signatory(text) or _telegram_signer(text, title or ""))) or _named_signature(text)
    found.extend(signed or _signed_over_last_paragraph(text))
    unique: list[str] = []
    for name in map(normalise_name, found):
        if not any(_same_person(name, other) for other in unique):
            unique.append(name)
    return tuple(unique)


# A legation's report names its drafter in the head (`Official: A. Kovács` over `Typed by: …`;
# the Hungarian `Előadó` is also put as `Presenter: Lajos Karsai`); the head of mission in the
# title only forwards it.
_DRAFTING_OFFICIAL = re.compile(rf"^[ \t]*(?:Official|Presenter):[ \t]*(?P<name>{_NAME})[ \t]*$", re.M)
_DRAFTING_REACH = 1500


# A Chinese record's head names who took it down: `Recorders: Zhang Yuee, Xiong Jingxian`,
# `Notetaker: Lin Qing`, or `Pu Shouchang (interpreter and note taker)` among those present;
# a committee's protocol puts `Notes by:` over the line of the name.
_RECORDER_LINE = re.compile(
    r"^[ \t]*(?:Recorders?|Note[- ]?takers?|Notes (?:taken )?by)[ \t]*:[ \t]*\n?[ \t]*(?P<names>[^\n]+)", re.M | re.I)
_RECORDER_AFTER = re.compile(rf"(?P<name>{_NAME})[ \t]*\((?:[^()\n]*\band[ \t]+)?(?i:note[- ]?taker|recorder)\)")
_RECORDER_REACH = 2500


def _recorders(text: str) -> list[str]:
    """Who took the record down, named in its head: they wrote it. Most records name none: the
    regexes run only where one of their words stands."""
    head = text[:_RECORDER_REACH].lower()
    if "recorder" not in head and "taker" not in head and "notes" not in head:
        return []
    line = _RECORDER_LINE.search(text, 0, _RECORDER_REACH)
    if line:
        return [name for name in re.split(r"\s*(?:,|;|\band\b)\s*", line["names"].strip(" ."))
                if _NAME_LINE.fullmatch(name) and _all_names(name)]
    after = _RECORDER_AFTER.search(text, 0, _RECORDER_REACH)
    return [after["name"]] if after and _all_names(after["name"]) else []


def _drafting_official(text: str) -> str | None:
    match = _DRAFTING_OFFICIAL.search(text, 0, _DRAFTING_REACH)
    return match["name"] if match and _all_names(match["name"]) else None


# A memo's head block names its sender on a line of its own (`To: The Ambassador` … `From Ivan Petrov`,
# or `Minister Ivan Petrov` over a line `to`), the writer of a first-person body.
_MEMO_SENDER = re.compile(rf"From:?[ \t]+(?:(?:Comrade|Cde\.?)[ \t]+)?(?P<name>{_NAME})")
_MEMO_ADDRESSEE = re.compile(r"To:?[ \t]+\S")


# A letter's head: `GDR Defense Minister Heinz Hoffmann` over a line `to` over its addressee.
_SENDER_OVER_TO = re.compile(r"^(?P<line>[^\n]{3,100})\n[ \t]*to[ \t]*\n", re.M)
_NAME_LINE = re.compile(_NAME)


def _memo_sender(text: str) -> str | None:
    over = _SENDER_OVER_TO.search(text, 0, _DRAFTING_REACH)
    if over and _narrated(text):
        words = over["line"].split()
        for k in range(len(words)):
            name = " ".join(words[k:])
            if _NAME_LINE.fullmatch(name) and _all_names(name):
                return name
    addressed = False
    for line in text[:_DRAFTING_REACH].split("\n"):
        line = line.strip()
        addressed = addressed or _MEMO_ADDRESSEE.match(line) is not None
        match = _MEMO_SENDER.fullmatch(line)
        if match and addressed and _all_names(match["name"]):
            return match["name"] if _narrated(text) else None
    return None


# `Raúl Díaz Argüelles to the Cuban Armed Forces Minister [Raúl Castro]`, `G. Zhukov to the CPSU CC`: a letter's
# title, sender to addressee, taken only when it opens with a given name or an initial (`Delegation Trip to
# Moscow` names no one).
# `Letter No. 101 from the President (Syngman Rhee) to Minister …`: the editor names the office's holder in brackets.
_SENDER_IN_BRACKETS = re.compile(
    rf"^{_GENRE}{_NUMBERED}\s+from\s+the\s+(?:[A-Z][\w-]*\s+){{1,3}}\((?P<name>{_TITLE_NAME})\)\s+to\b")
_NAME_TO_ADDRESSEE = re.compile(rf"^(?P<name>{_TITLE_NAME})\s+to\s+(?:the\s+|Comrade\s+)?[A-Z]")
# `Winkelmann to Hermann Axen`: a surname alone writes, when the one written to opens with a given name and the
# text names the writer again (`Winkelmann, SED CC Department of International Relations, to Hermann Axen`).
_SURNAME_TO_ADDRESSEE = re.compile(rf"^(?P<name>{_SURNAME})\s+to\s+(?:Comrade\s+)?(?P<given>[A-Z][a-z]+)\s+[A-Z][a-z]")

# Titles naming their writer outright, then those naming him only when the body is his own narration.
_TITLE_WRITERS = (_JOURNAL, _DIARY_OF, _JOURNAL_SURNAME, _JOURNAL_OF_SURNAME, _EMBASSY_SENDER, _RECORD_BY,
                  _CONVERSATION_BY_OFFICER, _SENDER, _SENDER_AFTER_OFFICE, _SENDER_OFFICER, _SENDER_SURNAME, _REPORT_OF,
                  _NOTE_OF_OFFICER, _NAMED_BEFORE_QUOTE, _BY_OFFICE_SURNAME, _NAME_TO_ADDRESSEE, _SURNAME_TO_ADDRESSEE,
                  _SENDER_IN_BRACKETS, _OWN_NOTES, _OFFICER_OWNS, _NAMED_NOTES, _SENDER_AFTER_ADDRESSEE,
                  _SENDER_BEFORE_SUBJECT,
                  _SENT_BY)
_NARRATED_TITLE_WRITERS = (_RECEPTION_BY, _OWN_CONVERSATION, _NARRATED_CONVERSATION, _NARRATED_MISSION, _OWNER_GENRE,
                           _VISITED_WRITER, _NAME_REPORTS)


# `Note on a Conversation by Tarka, Jurgas and Milc at the Soviet Embassy`: the diplomats who held it wrote it.
_CONVERSATION_BY = re.compile(
    rf"^(?:Note|Notes|Record|Report|Memorandum|Information)\s+(?:on|of)\s+(?:a|the)\s+Conversations?\s+"
    rf"(?:held\s+)?by\s+(?P<names>{_SURNAME}(?:\s*,\s*{_SURNAME})*(?:,?\s+and\s+{_SURNAME})?)"
    r"(?=\s+(?:at|in|with|on)\b|\s*[,(\[]|\s*$)")


# `"Report to the [HSWP CC] Politburo," from János Berecz, Gyorgy Aczel, Jeno Fock`: an editor's title quotes
# the paper's own heading and names after it those it came from.
_QUOTED_FROM = re.compile(
    rf"^[\"“][^\"“”]+[\"”],?\s+from\s+(?P<names>{_NAME}(?:\s*,\s*{_NAME})*(?:,?\s+and\s+{_NAME})?)\s*$")


# `Ciphered telegram from Kuznetsov and Fedorenko in Pyongyang`: two envoys signed the cable together.
_JOINT_SENDERS = re.compile(
    rf"^(?:(?:Secret|Urgent|Top\s+Secret)\s+)?{_GENRE}{_NUMBERED}\s+from\s+(?P<first>{_SURNAME})\s+and\s+"
    rf"(?P<second>{_SURNAME})(?=\s+(?:in|at|to)\b|\s*[,(]|\s*$)")


def _joint_senders(title: str) -> list[str]:
    """Both surnames of a cable sent jointly, when each is shaped like a surname and names no place."""
    match = _JOINT_SENDERS.match(title)
    if match is None:
        return []
    names = [match["first"], match["second"]]
    return names if all(has_slavic_or_european_surname(name) and fold(name) not in PLACE_WORDS
                        and fold(name) not in ORG_WORDS for name in names) else []


def _quoted_from(title: str) -> list[str]:
    """The full names after a quoted heading's `from`, when each is a name."""
    match = _QUOTED_FROM.match(title)
    if match is None:
        return []
    names = [n for n in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", match["names"]) if n]
    return names if all(_plausible_title_name(name) for name in names) else []


def _conversation_holders(title: str) -> list[str]:
    """The surnames a title says held the conversation, when every one looks like a surname."""
    match = _CONVERSATION_BY.match(title)
    if match is None:
        return []
    names = re.findall(_SURNAME, match["names"])
    return names if all(_surname_like(name) and _plausible_title_name(name) for name in names) else []


def _title_writer(title: str, text: str) -> str | None:
    """The writer the title names (for a reception or one's own conversation, only if the body says `I`)."""
    for pattern in _TITLE_WRITERS + _NARRATED_TITLE_WRITERS:
        match = pattern.search(title)
        if not match:
            continue
        groups = match.groupdict()
        name = strip_possessive(
            match["name"] or groups.get("officer") or groups.get("owner") or groups.get("surname") or "")
        if not _plausible_title_name(name) or _acronym_before(title, name):
            continue
        if pattern in _NARRATED_TITLE_WRITERS and not (_narrated(text) and not _spoken_of(name, text)):
            continue
        if pattern is _OWNER_GENRE and not _surname_like(name):
            continue
        if pattern is _NAME_TO_ADDRESSEE and not (fold(name.split()[0]) in GIVEN_NAMES or name[1:2] == "."):
            continue
        if pattern is _SURNAME_TO_ADDRESSEE and not (
                fold(match["given"]) in GIVEN_NAMES and _surname_like(name) and _named_again(name, text, title)
                and fold(name) not in PLACE_WORDS and fold(name) not in ORG_WORDS):
            continue
        if pattern is _SENDER_SURNAME and match["sep"] != "," and not match["post"] and not _named_again(
                name, text, title) and not (fold(name) not in PLACE_WORDS and _narrated(text) and (
                    has_slavic_or_european_surname(name) or (
                        match["sep"] is None and not _uses(name, text.replace(title, ""))))):
            continue
        if pattern is _SENDER_BEFORE_SUBJECT and (fold(name) in PLACE_WORDS or fold(name) in ORG_WORDS):
            continue
        if pattern is _JOURNAL_OF_SURNAME and match["colon"] and not _named_in_body(name, text, title):
            continue
        return _full_name(name, text) if pattern is _BY_OFFICE_SURNAME else name
    return None


_COMMON_ENDINGS = ("ion", "al", "ic", "ary", "ive", "ing", "ment", "ence", "ance", "ity", "ern", "ese", "ish", "ly")


def _surname_like(name: str) -> bool:
    """`Andropov` in `Andropov Report`, not `Liaison Report` or `CDS Report`: a word written
    like a name, not an acronym, not shaped like an English noun or adjective."""
    last = name.split()[-1]
    return len(name.split()) > 1 or (last[1:].islower() and not last.lower().endswith(_COMMON_ENDINGS))


def _named_again(surname: str, text: str, title: str) -> bool:
    """The text names `surname` again, never right after a preposition of place (a city is `in Paris`)."""
    uses = _uses(surname, text.replace(title, ""))
    return bool(uses) and not any(uses)


def _uses(word: str, text: str) -> list[bool]:
    """For each use of `word` in `text`: whether a preposition of place comes right before it."""
    return [
        _PLACE_PREPOSITION.search(text, max(0, m.start() - 6), m.start()) is not None
        for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.I)
    ]


_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|from|to|of)\s+$", re.I)
# The narrator speaking: `I` before a lower-case word, or `me`/`my`, outside quotes and speakers' turns.
_FIRST_PERSON = re.compile(r"(?<![\w.])I(?=\s+[a-z’'])|\b(?:me|my|myself)\b")
_QUOTED = re.compile(r"[\"“][^\"“”\n]*[\"”]|‘[^‘’\n]*’")
_SPEAKER_TURN = re.compile(r"^[^\n:]{1,60}:\s")
_SPEECH = re.compile(r"\b(?:said|stated|replied|answered|declared|added|remarked|noted)\s*:.*$", re.I)
# How far into the body the narrator must speak.
_NARRATION_REACH = 4000


def _narrated(text: str) -> bool:
    """The body narrates in the first person (minutes' speaker turns and quoted speech do not count)."""
    for line in text[:_NARRATION_REACH].split("\n"):
        if _SPEAKER_TURN.match(line):
            continue
        if _FIRST_PERSON.search(_SPEECH.sub("", _QUOTED.sub("", line))):
            return True
    return False


def _summary_writer(summary: str | None, text: str) -> list[str]:
    """The writer named by the archive's summary (`In this report, … <Name> details …`, `Report from <Name>, …`,
    `In a conversation recorded by <Name>, …`),
    or by a summary opening `<Name> reports on …` over a body he narrates and never names in it."""
    if recorder := _RECORDED_BY.search(summary or ""):
        if _plausible_title_name(recorder["name"]):
            return [recorder["name"]]
    for pattern in (_SUMMARY_WRITER, _SUMMARY_DIARY_ENTRY, _SENDER, _SUMMARY_QUALIFIED_SENDER, _SUMMARY_NOTES_BY,
                    _SUMMARY_REPORTER):
        match = pattern.search(summary or "")
        if not match:
            continue
        words = match["name"].split()
        while words and words[0].lower() in _NOT_NAME_WORDS:  # `… to North Korea József Kovács`
            words.pop(0)
        name = " ".join(words)
        if not words or not _plausible_title_name(name):
            continue
        if pattern is _SUMMARY_REPORTER:
            if _narrated(text) and not _named_in_body(words[-1], text, summary or "") and not _spoken_of(name, text):
                return [name]
        elif len(words) > 1:
            return [name]
    return []


# `Detailed report from Minister Károly Pásztor on his meeting …`: a summary's report, qualified, from its writer.
_SUMMARY_QUALIFIED_SENDER = re.compile(r"^(?:Detailed|Short|Brief|Urgent|Secret|Monthly|Annual)\s+(?=[a-z])" + _SENDER.pattern[1:])
# `Steinhofer addresses …`, `Hungarian Ambassador Károly Práth reports on …`: the summary's subject writing.
_SUMMARY_REPORTER = re.compile(
    rf"^(?:{_OFFICER})?(?P<name>{_TITLE_NAME}|{_SURNAME})\s+"
    r"(?:reports (?:on|about)|describes|addresses|details|recounts|relates|summari[sz]es|writes|analy[sz]es|assesses)\b"
)


# `Unofficial hand-written notes by Rezső Nyers, President of …, taken during …`: the notes' taker.
_SUMMARY_NOTES_BY = re.compile(
    r"^(?:(?:Unofficial|Official|Personal|Private|Brief|Short)\s+)?(?:(?:hand-?written|handwritten|typed)\s+)?"
    rf"(?i:notes|jottings|diary\s+entry)\s+(?:taken\s+|made\s+|written\s+)?by\s+(?P<name>{_TITLE_NAME})\b"
)


# `In a conversation recorded by Chernyaev, Gorbachev …`: the note-taker wrote the record.
_RECORDED_BY = re.compile(
    rf"^In (?:a|the|this) (?:conversation|meeting|discussion|talk) (?:recorded|noted down|taken down) by\s+"
    rf"(?P<name>{_TITLE_NAME}|{_SURNAME}),"
)


def _spoken_of(name: str, text: str) -> bool:
    """Whether the body reports `name` speaking in the third person (`Kim Il Sung said`): not the narrator."""
    surname = re.escape(name.split()[-1])
    return re.search(rf"(?<![\w-]){surname}(?![\w-])[^\n.;:]{{0,20}}?\b{_SPEECH_VERB}", text, re.I) is not None


_SPEECH_VERB = r"(?:said|stated|told|replied|asked|noted|remarked|declared|answered|expressed|emphasi[sz]ed|stressed)\b"


def _named_in_body(surname: str, text: str, summary: str) -> bool:
    """Whether the body names `surname` (a narrator does not; the people he talked to are named)."""
    body = text.replace(summary, "")
    return re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", body, re.I) is not None


def _journal_owner(text: str) -> list[str]:
    """The name with initials right after `journal of` in the head of the text (stamps may sit between)."""
    head = _JOURNAL_HEAD.search(text, 0, _JOURNAL_HEAD_REACH)
    if not head:
        head = _SPLIT_JOURNAL_HEAD.search(text, 0, _JOURNAL_HEAD_REACH)
        head = head and _OWNER_LINE.search(text, head.end(), head.end() + _SPLIT_HEAD_REACH)
        if not head:
            return []
    name = _JOURNAL_HEAD_NAME.search(text, head.end(), head.end() + _JOURNAL_NAME_REACH)
    return [name[0]] if name and _plausible_title_name(name[0]) else []


def _full_name(surname: str, text: str) -> str:
    """The fullest form of a bracketed surname in the text (`Mr. Arthur B. Emmons` for `Emmons`)."""
    pattern = rf"(?<![\w.])((?:{_INIT}|[A-Z][a-z]+\s+){{1,3}}){re.escape(surname)}\b"
    for match in re.finditer(pattern, text):
        words = match[1].split()
        while words and words[0].rstrip(".").lower() in _HONORIFICS:
            words.pop(0)
        if words and _all_names(" ".join(words)):
            return f"{' '.join(words)} {surname}"
    return surname


def _own_record(text: str) -> list[str]:
    """The recorder named by `Record of <Name>'s conversation with …` in the head of the text,
    or the writer a forwarding cipher quotes (`Comrade Strzałkowski in dispatch No. 65 … states:`)."""
    match = _RECORD_OF_OWN.search(text, 0, _JOURNAL_HEAD_REACH) or _QUOTED_DISPATCH.search(text, 0, _JOURNAL_HEAD_REACH)
    holder = match.groupdict().get("holder") if match else None
    name = match and (match["name"] or (holder if _narrated(text) else None))
    return [name] if name and _plausible_title_name(name) else []


def _bracketed_narrator(text: str) -> list[str]:
    """The narrator an editor names in brackets after `I`/`my` (`During my [GDR ambassador, Karl Weber] talk`)."""
    match = next(
        (m for m in _NARRATOR_BRACKET.finditer(text, 0, _NARRATION_REACH) if _NARRATOR_WORD.search(text, max(0, m.start() - 8), m.start())),
        None,
    )
    if not match:
        return []
    words = match["name"].split()
    while words and words[0].lower() in _NOT_NAME_WORDS:
        words.pop(0)
    name = " ".join(words)
    return [name] if words and _plausible_title_name(name) else []


_FORWARDED_REPORT = re.compile(
    r"\b(?:[Aa]ttached|[Ee]nclosed)\b[^.\n]{0,60}?\breport\b[^.\n]{0,80}?\b(?:by|from)\s+(?:the\s+)?"
    rf"(?:[A-Z][\w-]*\s+){{0,3}}?(?:Comrade|Cde\.)\s+(?P<name>{_SURNAME}(?:\s+{_SURNAME})?)(?![\w-])"
)


def _forwarded_report_writer(text: str) -> list[str]:
    """A covering letter forwards a report in the first person (`Attached you will find a report … sent to us
    by Deputy Minister Comrade Kohout`): the `I` of the report is the comrade who sent it."""
    match = _FORWARDED_REPORT.search(text, 0, _JOURNAL_HEAD_REACH)
    if match is None or not _plausible_title_name(match["name"]) or not _narrated(text[match.end():]):
        return []
    return [match["name"]]


# The bracket is searched first (a literal is fast to find), then the `I`/`my` right before it.
_NARRATOR_WORD = re.compile(r"(?<![\w.])(?:I|[Mm]y|me)\s+\Z")
_NARRATOR_BRACKET = re.compile(
    r"\[(?:[^\[\]\n]{0,80}?[\s,])?(?P<name>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2})\]"
)


def _acronym_before(title: str, name: str) -> bool:
    """`… of the UN General Assembly (UNGA)`: letters in capitals that the title's last words before them
    abbreviate are a body's short name, not a writer's."""
    at = title.find(f"({name})")
    if at < 0 or not name.isupper():
        return False
    initials = ""
    for word in reversed(title[:at].split()):
        if not word[:1].isupper():
            continue
        initials = (word if word.isupper() else word[0]) + initials
        if initials == name:
            return True
        if len(initials) >= len(name):
            return False
    return False


def _plausible_title_name(name: str) -> bool:
    """`Stasi Note on …`: a body's name, not a writer's, may lead the genre word."""
    last = name.rsplit(None, 1)[-1].lower()
    return last not in _NOT_SURNAMES and last not in _PARTICIPLES and last not in ORG_WORDS and _all_names(name)


_PARTICIPLES = frozenset(
    "sent written given made addressed submitted forwarded presented delivered transmitted prepared compiled "
    "ciphered enciphered coded encoded decoded deciphered classified".split())
"""`Report Sent to General de Gaulle … by Edgar Faure`: the verb after the genre word, and `Ciphered Telegram
No. 41, Embassy of …`, the word before it: no surname."""


def _same_person(a: str, b: str) -> bool:
    """`A. Puzanov` and `A. M. Puzanov` (or `Puzanov`) name one person: same surname, compatible initials."""
    if a.casefold() == b.casefold():
        return True
    *a_first, a_last = a.casefold().split()
    *b_first, b_last = b.casefold().split()
    if a_last != b_last:
        return False
    a_initials, b_initials = [w[0] for w in a_first], [w[0] for w in b_first]
    short, long = sorted((a_initials, b_initials), key=len)
    return long[: len(short)] == short


def _torn_end(text: str) -> bool:
    """`… Majlis Spea`: the saved excerpt is cut off mid-word (its last word starts a longer word the
    text wrote before), so its last line is running text, not a signature."""
    body = text.rstrip()
    word = body[max(body.rfind(" "), body.rfind("\n"), body.rfind("\t")) + 1:]
    return len(word) >= 3 and word.isalpha() and starts_longer_word(text, word, len(body) - len(word))


_PROSE_LINE = 120


def _signed_over_last_paragraph(text: str) -> list[str]:
    """`(Signed) Carlos F. Duarte`, then the archive's summary paragraph the page sets after the
    record: the marked signature right above the last paragraph signs the record."""
    lines = [line.strip() for line in text.rstrip().rsplit("\n", 6)[-6:]]
    filled = [line for line in lines if line]
    if len(filled) < 2 or len(filled[-1]) < _PROSE_LINE or not _SIGNATURE_MARK.search(filled[-2]):
        return []
    line = _OFFICE_BEFORE_NAME.sub("", _after_signature_mark(filled[-2]))
    return _SIGNATURE_NAMES.findall(line) if _SIGNATURE_LINE.match(line) and _all_names(line) else []


def _signatories(text: str) -> list[str]:
    """Names on the last lines of the body: one line of names, or one name per line.

    A distribution list under the signature (`Five copies printed`, `1 - Cde. …`)
    is passed over first.
    """
    lines = [line.strip() for line in text.rstrip().rsplit("\n", _SIGNATURE_LINES)[-_SIGNATURE_LINES:]]
    names: list[str] = []
    offices = 0
    office_below = False
    for at in range(len(lines) - 1, -1, -1):
        line = lines[at]
        if not line or _FOOTNOTE.match(line) or _DATE_LINE.match(line):
            if names and line:
                break
            continue
        if not names and not offices and _DISTRIBUTION_LINE.match(line):
            continue
        line = _OFFICE_BEFORE_NAME.sub("", _after_signature_mark(line))
        if not line:
            continue
        if not names and (signed := _NUMBERED_SIGNATURE.match(line)) and _all_names(name := signed["name"] or signed["after"]):
            names.append(normalise_name(name))
            break
        if _SIGNATURE_LINE.match(line) and _all_names(line):
            if not names and _turn_label(line, text):
                break
            names[:0] = _SIGNATURE_NAMES.findall(line)
        elif not names and at and _signed_surname(line, lines[at - 1], text):
            names.append(normalise_name(line.strip("/ ")))
            break
        elif not names and offices < _MAX_OFFICE_LINES and _OFFICE_LINE.match(line):
            offices += 1
            office_below = True
        elif not names and office_below and _unused_surname(line, text):
            names.append(normalise_name(line))  # `Jarck` over `Acting Ambassador`
            break
        elif not names and offices < _MAX_OFFICE_LINES and _PLACE_LINE.match(line):
            offices += 1
        else:
            break
    return names


_SIGNED_OFFICE = re.compile(rf"(?:(?:[A-Z][\w'’.-]*|of|the|in|to|for|and)\s+){{0,6}}?(?i:{_OFFICE_HEAD})")
"""An office line under or over a signature: capitalised words before its head, not a sentence."""
_SIGNATURE_OFFICE_LENGTH = 90
"""An office line of a signature block is short: a longer line is the body's."""


def signature_office(text: str, mention: tuple[int, int]) -> tuple[int, int] | None:
    """Where the office of a signatory stands, on the line under his name or over it
    (`Jarck` / `Acting Ambassador`; `Ambassador of the USSR in the MPR` / `IVANOV`), when his
    mention is a line of its own within the signature lines; else None."""
    start, end = text.rfind("\n", 0, mention[0]) + 1, text.find("\n", mention[1])
    end = len(text) if end < 0 else end
    if (_after_signature_mark(text[start:end].strip()) != text[mention[0]:mention[1]]
            or text.count("\n", end) > _SIGNATURE_LINES):
        return None
    below_end = text.find("\n", end + 1)
    below = (end + 1, len(text) if below_end < 0 else below_end) if end < len(text) else None
    above = (text.rfind("\n", 0, max(0, start - 1)) + 1, start - 1) if start > 0 else None
    for span in (below, above):
        if span is None:
            continue
        line = text[span[0]:span[1]].strip()
        if (line and len(line) <= _SIGNATURE_OFFICE_LENGTH and _SIGNED_OFFICE.match(line)
                and not _DISTRIBUTION_LINE.match(line) and _SIGNATURE_MARK.search(line) is None):
            first = span[0] + text[span[0]:span[1]].index(line)
            return first, first + len(line)
    return None


_NAMED_SIGNATURE = re.compile(
    rf"^[ \t]*\[(?:(?P<name>{_NAME}|{_SURNAME})['’]s[ \t]+signature|[Ss]ignature[ \t]+of[ \t]+(?P<of>{_NAME}|{_SURNAME}))\][ \t]*$",
    re.M)
"""`[Schalck's signature]`, `[signature of Egon Krenz]`: the editor names whose signature stands there."""


def _named_signature(text: str) -> list[str]:
    """The signer an editor's note names on a line of its own (a covering letter's, above its attachment)."""
    if "ignature" not in text:
        return []
    match = _NAMED_SIGNATURE.search(text)
    name = match and (match["name"] or match["of"])
    return [name] if name and _all_names(name) and fold(name) not in _NOT_SIGNERS else []


def _cover_signatory(text: str) -> list[str]:
    """The signer of a covering letter in the head (`Ambassador of the USSR` / `[Signature] (S. Ivanov)`),
    who forwards his own record below it: a signature mark, a name, and an office on the line above."""
    head = text[:_COVER_REACH].lower()
    if "sign" not in head and "sgd" not in head:  # a cheap test first: most heads hold no signature
        return []
    for mark in _SIGNATURE_MARK.finditer(text, 0, _COVER_REACH):
        start = text.rfind("\n", 0, mark.start()) + 1
        end = text.find("\n", mark.end())
        line = text[start : end if end >= 0 else len(text)].strip()
        above = text[:start].rstrip().rsplit("\n", 1)[-1].strip()
        if not _OFFICE_LINE.match(_OFFICE_BEFORE_NAME.sub("", above)):
            continue
        name = _after_signature_mark(line)
        if name and _SIGNATURE_LINE.match(name) and _all_names(name):
            return _SIGNATURE_NAMES.findall(name)
    return []


# A cipher telegram ends on its sender's bare surname, perhaps with his cipher number (`Petrov 0217`).
_TELEGRAM_TITLE = re.compile(r"\b(?:telegram|cable|cryptogram|ciphergram)\b", re.I)
_TELEGRAM_SIGNATURE = re.compile(rf"(?P<name>[{_UPPER}]{_LOWER}+(?:-[{_UPPER}]{_LOWER}+)?)(?:\s+\d{{3,6}})?")


# A British telegram's head: `Sir D. Kelly` on a line of his own over its number `No. 608`.
_HEAD_SENDER = re.compile(
    rf"^[ \t]*(?:Sir|Mr\.?)[ \t]+(?P<name>{_NAME}|{_SURNAME})[ \t]*\n(?:[ \t]*\n)*[ \t]*No\.[ \t]*\d+[ \t]*$", re.M)
_HEAD_SENDER_REACH = 1000


_ENVOY_HEAD = re.compile(
    r"^[ \t]*(?:[A-Z][\w-]*[ \t]+){0,3}?(?:Ambassador|Charg[ée][ \t]+d['’]Affaires|Consul(?:[ \t]+General)?|Envoy)"
    r"(?:[ \t]+(?:to|in|at)[ \t]+(?:the[ \t]+)?[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?)?"
    rf"[ \t]+(?P<name>{_NAME})[ \t]*\n[ \t]*[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+)?,[ \t]+(?:{DATE_PATTERN})[ \t]*$",
    re.M,
)
"""`Hungarian Ambassador to Moscow Mátyás Szurös` over `Moscow, 7 July 1982`: the envoy's line
heads the report he writes from his post."""


def _envoy_head(text: str) -> str | None:
    """The envoy a report's head names over its place and date, when its body speaks as `I` or `me`."""
    match = _ENVOY_HEAD.search(text, 0, _HEAD_SENDER_REACH)
    return match["name"] if match and _all_names(match["name"]) and _narrated(text) else None


_DATED_HEAD_SIGNATURE = re.compile(
    rf"^Distribute[ \t]+to\b[^\n]*\n[ \t]*(?:{DATE_PATTERN})[ \t]+(?P<name>{_INIT}{{1,3}}[{_UPPER}][\w'’-]+)[ \t]*$", re.M)
"""`Distribute to CPSU CC Politburo members …` over `22 November 1966 A. Gromyko`: the minister who sends his
note round signs its head with the day; he is its writer."""


def _dated_head_signature(text: str) -> str | None:
    """The sender who signs the distribution order over a note whose body speaks as `I` or `me`."""
    if "Distribute" not in text[:_HEAD_SENDER_REACH]:
        return None
    match = _DATED_HEAD_SIGNATURE.search(text, 0, _HEAD_SENDER_REACH)
    return match["name"] if match and _all_names(match["name"]) and _narrated(text) else None


def _telegram_head_sender(text: str, title: str) -> str | None:
    """The sender a telegram's head names over its number, when its body speaks as `I` or `me`."""
    if not _TELEGRAM_TITLE.search(title) or "No." not in text[:_HEAD_SENDER_REACH]:
        return None
    match = _HEAD_SENDER.search(text, 0, _HEAD_SENDER_REACH)
    return match["name"] if match and _all_names(match["name"]) and _narrated(text) else None


def _telegram_signer(text: str, title: str) -> list[str]:
    """The telegram's last line when it is one surname the text has not used before."""
    if not _TELEGRAM_TITLE.search(title):
        return []
    body = text.rstrip()
    start = body.rfind("\n") + 1
    match = _TELEGRAM_SIGNATURE.fullmatch(body[start:].strip())
    if not match or not _all_names(match["name"]) or fold(match["name"]) in _NOT_SIGNERS:
        return []
    return [] if _uses(match["name"], body[:start]) else [match["name"]]


# How far into the text a covering letter's signature may lie.
_COVER_REACH = 3000


def _turn_label(line: str, text: str) -> bool:
    """`Kim Il Sung.` closing an excerpt cut off mid-talk, where `Kim Il Sung. There is one division.`
    opens his turns: the label of a turn never spoken, no signature."""
    return line.endswith(".") and f"\n{line} " in text


def _signed_surname(line: str, above: str, text: str) -> bool:
    """A surname alone under the writer's office (`Ambassador of the USSR in the MPR` / `IVANOV`), not a city."""
    return _OFFICE_LINE.match(_after_signature_mark(above)) is not None and _unused_surname(line.strip("/ "), text)


def _unused_surname(word: str, text: str) -> bool:
    """A lone surname the text has not named before its signature: the writer's, not a city or a name told of."""
    return (_LONE_SURNAME.match(word) is not None and _all_names(word)
            and not any(_uses(word, text[: text.rfind(word)])))


_EXPANDED_INITIAL = re.compile(r"\b([A-Z])\[[a-z'’-]+\]\.?")
_LONE_SURNAME = re.compile(rf"^[{_UPPER}][\w'’-]+$")


def _after_signature_mark(line: str) -> str:
    """`Ambassador /signature/ A. Puzanov` -> `A. Puzanov`; a bare mark leaves nothing.

    An editor's expansion of an initial goes: `V[asily]. Pisarev` -> `V. Pisarev`.
    """
    line = _EXPANDED_INITIAL.sub(r"\1.", line)
    split: list[str] = _SIGNATURE_MARK.split(line)
    pieces = [piece.strip(" ()[]/") for piece in split]
    return next((piece for piece in reversed(pieces) if piece), "")


def _all_names(line: str) -> bool:
    words: list[str] = _WORDS.findall(line)
    if words and all(word.lower() in _RANK_WORDS for word in words):
        return False  # `Major General` under `[Signed] Damm`: a rank, no name
    return not any(word.lower() in _NOT_NAME_WORDS for word in words if word != "and")


def normalise_name(name: str) -> str:
    """`A.M. PUZANOV` -> `A. M. Puzanov`: spaced initials, capitalised surname."""
    name = _INITIAL.sub(r"\1. ", " ".join(name.split()))
    return " ".join(word.capitalize() if len(word) > 2 and word.isupper() else word for word in name.split())
