"""The Digital Archive web page's chrome: lines that belong to the site, not the record.

Text scraped from the site comes in two page layouts. The older page carries a
search box, a banner, the citation/share widgets and the list of available
formats around the citation. The newer page opens with `Skip to content`, then
date, title, funders and body, and ends with the summary and a tail of labelled
blocks (`Author(s):`, `Associated Places`, `Subjects Discussed`, `Related
Documents`, `Document Information`, `Source`, `Original Archive`, `Rights` …).
Chrome is removed line by line; of the tail only the blocks that describe the
record itself are kept (authors, source, archive, language, record id), so the
metadata extractor finds them and the persons extractor never reads the lists
of related documents.

A third kind of page is a document-sharing site showing the archive's PDF as
a transcription: page numbers and the archive's banner open each page, and
the export's labelled blocks run together in one paragraph.
"""

from __future__ import annotations

import re

# Whole lines that tell the layouts apart: the older page shows the citation widget,
# the newer one its skip link and tail labels. Compared as stripped, case-folded lines
# (one set lookup per line, where a multi-line regex scan costs ten times more).
_SCRAPED_MARKERS = frozenset(
    {"get citation", "share document", "search in", "citation share download", "citation share download-"}
)
_PAGE_MARKERS = frozenset({"skip to content", "skip to main content", "document information", "author(s):",
                           "associated places", "associated topics"})
_REUSE_NOTICE = "welcomes reuse of Digital Archive materials"
_TRANSCRIPT_MARKERS = frozenset({"start display at page:", "size: px"})

_BULLET = r"(?:[•·▪◦‣*-]\s*)?"
_CHROME_LINE = re.compile(
    r"^\s*" + _BULLET + r"(?:"
    r"Search in|Search|Digital Archive International History Declassified|"
    r"Digital Archive|get citation|Citation|share document|share|print|download|"
    r"email|copy link|menu|close|skip to (?:main )?content|home|about|"
    r"browse|collections|log ?in|sign in|donate|"
    r"add search filter(?: cancel search filter)?|cancel search filter|"
    r"citation share download|view document in|"
    r"(?:[A-Z][a-z]+ )?(?:HTML|PDF|Transcript)|Original Scan"
    r")\s*[-–]?\s*$",
    re.IGNORECASE,
)
_BLANK_RUNS = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")

# Labels of the newer page's tail: the first one that opens the tail, then which are kept.
_TAIL_OPENERS = re.compile(
    r"^(?:Author\(s\):?|Associated (?:Places|Topics|People|Organizations|People (?:&|and) Organizations)"
    r"|Subjects Discussed|Related Documents|Document Information)$",
    re.IGNORECASE,
)
_KEPT_LABELS = re.compile(
    r"^(?:Author\(s\)|Document Information|Source|Original Archive|Original Languages?|Languages?"
    r"|Record ID|Original Classification)\s*:?$",
    re.IGNORECASE,
)
_DROPPED_LABELS = re.compile(
    r"^(?:Associated [A-Za-z &]+|Subjects Discussed|Related Documents|Rights|Keywords|Tags|Share"
    r"|Download|Original Uploaded Date|Type|Contents|Collections?|Theme|Publication|Program)\s*:?$",
    re.IGNORECASE,
)
_RIGHTS_NOTICE = re.compile(
    r"welcomes reuse of Digital Archive materials|^To enquire about|rights holders", re.IGNORECASE
)


def layout(text: str) -> str:
    """'page' (newer web page), 'scraped' (older web page), 'transcript' (sharing site) or 'export'."""
    lines = {line.strip().casefold() for line in text.split("\n")}
    if lines & _PAGE_MARKERS or _REUSE_NOTICE in text:
        return "page"
    if lines & _SCRAPED_MARKERS:
        return "scraped"
    return "transcript" if lines & _TRANSCRIPT_MARKERS and "transcription" in lines else "export"


def strip_chrome(text: str) -> str:
    """`text` without chrome lines; runs of blank lines left behind become one."""
    kept = [line for line in text.split("\n") if not _CHROME_LINE.match(line)]
    return tidy("\n".join(kept))


# A page variant runs the summary straight into the quoted citation (`…the visit."Telegram, …`) and
# appends its share widget to the citation's address (`…/document/116616 - Share`).
_GLUED_CITATION = re.compile(r"(?<=[.!?])[ \t]*(?=[\"“][^\"“”\n]{3,400}[\"”],?[ \t][^\n]*?Digital Archive\b)")
_WIDGET_AFTER_URL = re.compile(r"(https?://\S+)[ \t]+[-–][ \t]*(?:Share|Download|Print)[ \t]*$", re.M | re.I)


def strip_scraped(text: str) -> str:
    """The older page without chrome; a summary glued to its citation is put back on its own line."""
    if "Digital Archive" in text:
        text = _over_lines_holding(_GLUED_CITATION, "\n", text, "Digital Archive", text)
        if "\u0130" not in text:  # lower() keeps every other letter's offset
            text = _over_lines_holding(_WIDGET_AFTER_URL, r"\1", text, "http", text.lower())
        else:
            text = _WIDGET_AFTER_URL.sub(r"\1", text)
    return strip_chrome(text)


def _over_lines_holding(pattern: re.Pattern[str], repl: str, text: str, needle: str, haystack: str) -> str:
    """`pattern.sub(repl, text)` for a pattern that matches within one line, and only in a line
    holding `needle` (found in `haystack`, `text` with the same offsets): the lines before the
    first such line and after the last are not searched."""
    first = haystack.find(needle)
    if first < 0:
        return text
    start = text.rfind("\n", 0, first) + 1
    end = text.find("\n", haystack.rfind(needle))
    end = len(text) if end < 0 else end
    return text[:start] + pattern.sub(repl, text[start:end]) + text[end:]


_TRANSCRIPT_CHROME = re.compile(r"^(?:Size: px|Start display at page:|Transcription|Download \"[^\n]*\")[ \t]*$", re.I)
# Each page of the transcription opens with its number; the first carries the archive's banner.
_PAGE_OPENING = re.compile(
    r"^(?P<page>\d{1,4})[ \t]+(?:Digital Archive International History Declassified[ \t]+"
    r"(?:digitalarchive\.wilsoncenter\.org[ \t]*)?)?(?=\S)"
)
_INLINE_LABEL = re.compile(r"[ \t]+(?=(?:Citation|Summary|Credits|Original Languages?|Contents):[ \t])")


def strip_transcript(text: str) -> str:
    """The sharing site's transcription: its chrome and page numbers gone, each labelled block a paragraph.

    A number opening a paragraph is taken for a page number only when it is the next page's,
    so a paragraph opening with a day (`25 August …`) keeps it.
    """
    kept: list[str] = []
    after_blank = True
    page = 1
    for line in text.split("\n"):
        if _TRANSCRIPT_CHROME.match(line.strip()):
            continue
        if after_blank and (opening := _PAGE_OPENING.match(line)) and int(opening["page"]) == page:
            line = line[opening.end() :]
            page += 1
        after_blank = not line.strip()
        kept.append(_INLINE_LABEL.sub("\n\n", line))
    return tidy("\n".join(kept))


_DATE_HEADING = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r" \d{1,2}, \d{4}$"
)
_SENTENCE_LINE = re.compile(r"^\S+(?:\s+\S+){4,}.*[.!?\"”]$")
# How many lines above the date heading a related record's summary may take.
_RELATED_SUMMARY_LINES = 2


def strip_page(text: str) -> str:
    """The newer page without its chrome, the tail blocks about other records, and a related record's
    summary shown above the date heading (the page's own summary closes its body)."""
    return tidy(_without_related_summary(_strip_page_lines(text)))


def _without_related_summary(text: str) -> str:
    """Drop sentences the page opens with when the date heading follows them."""
    lines = text.lstrip("\n").split("\n", _RELATED_SUMMARY_LINES + 1)
    for at, line in enumerate(lines[: _RELATED_SUMMARY_LINES + 1]):
        bare = line.strip()
        if _DATE_HEADING.match(bare):
            return "\n".join(lines[at:]) if at else text
        if bare and not _SENTENCE_LINE.match(bare):
            break
    return text


def _strip_page_lines(text: str) -> str:
    kept: list[str] = []
    in_tail = False
    keeping = True
    for line in text.split("\n"):
        bare = line.strip()
        if _CHROME_LINE.match(line):
            continue
        if not in_tail and _TAIL_OPENERS.match(bare):
            in_tail = True
        if in_tail:
            if _KEPT_LABELS.match(bare):
                keeping = True
            elif _DROPPED_LABELS.match(bare):
                keeping = False
                continue
            if not keeping or _RIGHTS_NOTICE.search(bare):
                continue
        kept.append(line)
    return "\n".join(kept)


def tidy(text: str) -> str:
    """Collapse runs of blank lines, drop leading blank lines and trailing space."""
    text = _BLANK_RUNS.sub("\n\n", text)
    return text.lstrip("\n").rstrip() + "\n"
