"""The document's own facts: title, date, citation, archive and shelf mark, credits, authors.

Every layout the readers produce has the same shape (a citation line starting
with the quoted title and naming the `… Digital Archive`, optional `Summary:`,
`Credits:`, `Original Language:` blocks, then the body), so one set of rules reads
them all. Authors come from the genre's own signals only (a journal's owner, the
names signed under a report); no author beats a wrong one.
"""

from __future__ import annotations

import re

from archivekg.extract.citation import DATE_PATTERN, parse_citation, parse_credits, parse_date
from archivekg.model import DateValue, Document, Metadata, Span

_CITATION_LINE = re.compile(r"^[ \t]*([\"“][^\n]*?Digital Archive\s*,[^\n]*?)[ \t]*$", re.M | re.I)
_BOLD_TITLE = re.compile(r"^\*\*(?P<title>[^*]+?)\*\*[ \t]*$", re.M)
_URL_LINE = re.compile(r"^[ \t]*(?:<(?P<a>https?://[^>\s]+)>|(?:URL|Link):\s*(?P<b>https?://\S+))[ \t]*$", re.M | re.I)
_RECORD_ID = re.compile(r"/document/(\d+)(?:[/?#]|$)")
_FUNDERS = re.compile(
    r"made possible (?:with|by|through) (?:the )?(?:generous )?(?:support|funding) (?:from|of|by) "
    r"(?P<funders>[^\n]+)",
    re.I,
)
_FUNDER_SEPARATORS = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.I)
_LEADING_THE = re.compile(r"^the\s+", re.I)
_ENDS_WITH_INITIAL = re.compile(r"\b[A-Z]\.$")
_HEADING_DATE = re.compile(rf"^[ \t]*(?P<date>{DATE_PATTERN})[ \t]*$", re.M | re.I)


def _labelled_block(label: str) -> re.Pattern[str]:
    """`Label:` then its first paragraph (on the same line or after blank lines)."""
    return re.compile(rf"^[ \t]*{label}:[ \t]*\n?\s*(?P<value>[^\n]+(?:\n[^\n]*\S[^\n]*)*)", re.M | re.I)


_SUMMARY = _labelled_block("Summary")
_LANGUAGE = _labelled_block("Original Languages?")
_CITATION_BLOCK = _labelled_block("Citation")
_LABEL_LINE = re.compile(r"^[ \t]*[A-Z][A-Za-z ]{2,30}:[ \t]*$")

# --- authors ---------------------------------------------------------------

_INITIALS_NAME = r"(?:[A-Z]\.\s?){1,3}[A-Z][A-Za-z'’-]+"
_JOURNAL = re.compile(
    rf"\b(?:Journal|JOURNAL|Diary|DIARY)\s+(?:of|OF)\b[^\n\"“”]*?(?<![A-Za-z])(?P<name>{_INITIALS_NAME})"
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
_NOT_SURNAMES = frozenset(
    "embassy government army navy party state states union republic ministry committee".split()
)
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĘĚĞŁŃŇŐŒŘŚŞŠŢŤŮŰŹŻŽ"
_LOWER = r"[^\W\d_A-Z]"
_NAME_TOKEN = rf"(?:(?:[A-Z]\.\s?){{1,3}}[{_UPPER}][\w'’-]+|[{_UPPER}]{_LOWER}+(?:['’-][{_UPPER}]?{_LOWER}+)?)"
_NAME = rf"(?:(?:[A-Z]\.\s?){{1,3}}[{_UPPER}][\w'’-]+|{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,3}})"
_SIGNATURE_LINE = re.compile(rf"^{_NAME}(?:\s*,\s*(?:and\s+)?{_NAME}|\s+and\s+{_NAME})*\.?$")
_SIGNATURE_MARK = re.compile(
    r"[\[(/]\s*(?:signature|signed|illegible signature|sgd\.?)\s*[\])/]|^(?:Signed|Sgd\.?)\s*:?\s*", re.I
)
_OFFICE_LINE = re.compile(
    r"^(?:[\w'’.-]+\s+){0,8}?(?:ambassador|secretary|counsellor|counselor|attach[ée]|charg[ée]|minister|"
    r"consul|director|chairman|head|envoy|deputy|advisor|adviser)\b[^.;:]*$",
    re.I,
)
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
    report copy top secret attachment source note translation translated original english
    pyongyang beijing moscow berlin budapest bucharest warsaw sofia prague""".split()
)
_WORDS = re.compile(r"[A-Za-z'’]+")
_INITIAL = re.compile(r"\b([A-Z])\.\s*(?=[A-Z])")
# How many lines at the end of the text may hold a signature block.
_SIGNATURE_LINES = 16


def extract_metadata(document: Document) -> Metadata:
    """The document's own facts from its citation block, headings and signature."""
    text = document.text
    citation_text = _citation_text(text)
    citation = parse_citation(citation_text) if citation_text else None
    title = (citation.title if citation else None) or _bold_title(text)
    translators, obtained = parse_credits(citation.credits) if citation else ((), ())
    url = _url(text)
    return Metadata(
        title=title,
        date=_date(text, citation.date if citation else None),
        citation=citation.text if citation else None,
        reference=citation.reference if citation else None,
        url=url,
        record_id=_record_id(url),
        original_language=_first_line(_LANGUAGE, text),
        translators=translators,
        obtained_by=obtained,
        funders=_funders(text),
        summary=_summary(text, citation_text),
        authors=_authors(text, title),
    )


def _citation_text(text: str) -> str | None:
    if match := _CITATION_LINE.search(text):
        return match[1]
    if match := _CITATION_BLOCK.search(text):
        return " ".join(match["value"].split())
    return None


def _bold_title(text: str) -> str | None:
    match = _BOLD_TITLE.search(text)
    return " ".join(match["title"].split()) if match else None


def _date(text: str, verbatim: str | None) -> DateValue | None:
    """The citation's date, else a date heading; the span is its first occurrence in the text."""
    if not verbatim:
        heading = _HEADING_DATE.search(text)
        verbatim = heading["date"] if heading else None
    iso = parse_date(verbatim) if verbatim else None
    if not iso or not verbatim:
        return None
    found = re.search(rf"(?<!\w){re.escape(verbatim)}(?!\w)", text)
    span = Span.of(text, found.start(), found.end()) if found else None
    return DateValue(iso=iso, verbatim=verbatim, span=span)


def _url(text: str) -> str | None:
    match = _URL_LINE.search(text)
    return (match["a"] or match["b"]) if match else None


def _record_id(url: str | None) -> str | None:
    match = _RECORD_ID.search(url) if url else None
    return match[1] if match else None


def _first_line(pattern: re.Pattern[str], text: str) -> str | None:
    match = pattern.search(text)
    if not match:
        return None
    line = match["value"].split("\n", 1)[0].strip()
    return None if _LABEL_LINE.match(line) else line or None


def _summary(text: str, citation_text: str | None) -> str | None:
    """The `Summary:` block, else the paragraph line right above the citation (scraped pages)."""
    if match := _SUMMARY.search(text):
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


def _funders(text: str) -> tuple[str, ...]:
    match = _FUNDERS.search(text)
    if not match:
        return ()
    funders: list[str] = []
    for piece in _FUNDER_SEPARATORS.split(match["funders"].strip().rstrip(".")):
        piece = _LEADING_THE.sub("", piece.strip())
        if not piece:
            continue
        if funders and _ENDS_WITH_INITIAL.search(funders[-1]):
            funders[-1] = f"{funders[-1]} and {piece}"
        elif piece not in funders:
            funders.append(piece)
    return tuple(funders)


def _authors(text: str, title: str | None) -> tuple[str, ...]:
    """The journal's owner or the conversation's recorder, then the report's signatories."""
    found: list[str] = []
    for pattern in (_JOURNAL, _JOURNAL_SURNAME, _RECORD_BY):
        match = pattern.search(title or "")
        if match and match["name"].rsplit(None, 1)[-1].lower() not in _NOT_SURNAMES:
            found.append(match["name"])
            break
    found.extend(_signatories(text))
    unique: dict[str, str] = {}
    for name in map(normalise_name, found):
        unique.setdefault(name.casefold(), name)
    return tuple(unique.values())


def _signatories(text: str) -> list[str]:
    """Names on the last lines of the body: one line of names, or one name per line."""
    lines = [line.strip() for line in text.rstrip().rsplit("\n", _SIGNATURE_LINES)[-_SIGNATURE_LINES:]]
    names: list[str] = []
    offices = 0
    for line in reversed(lines):
        if not line or _FOOTNOTE.match(line) or _DATE_LINE.match(line):
            if names and line:
                break
            continue
        line = _after_signature_mark(line)
        if not line:
            continue
        if _SIGNATURE_LINE.match(line) and _all_names(line):
            names[:0] = _SIGNATURE_NAMES.findall(line)
        elif not names and offices < _MAX_OFFICE_LINES and (_OFFICE_LINE.match(line) or _PLACE_LINE.match(line)):
            offices += 1
        else:
            break
    return names


def _after_signature_mark(line: str) -> str:
    """`Ambassador /signature/ A. Puzanov` -> `A. Puzanov`; a bare mark leaves nothing."""
    pieces = [piece.strip(" ()[]") for piece in _SIGNATURE_MARK.split(line)]
    return next((piece for piece in reversed(pieces) if piece), "")


def _all_names(line: str) -> bool:
    words = _WORDS.findall(line)
    return not any(word.lower() in _NOT_NAME_WORDS for word in words if word != "and")


def normalise_name(name: str) -> str:
    """`A.M. PUZANOV` -> `A. M. Puzanov`: spaced initials, capitalised surname."""
    name = _INITIAL.sub(r"\1. ", " ".join(name.split()))
    return " ".join(word.capitalize() if len(word) > 2 and word.isupper() else word for word in name.split())
