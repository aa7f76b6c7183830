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
"""

from __future__ import annotations

import re

# Whole lines that tell the layouts apart: the older page shows the citation widget,
# the newer one its skip link and tail labels. Compared as stripped, case-folded lines
# (one set lookup per line, where a multi-line regex scan costs ten times more).
_SCRAPED_MARKERS = frozenset({"get citation", "share document", "search in"})
_PAGE_MARKERS = frozenset({"skip to content", "skip to main content", "document information", "author(s):"})
_REUSE_NOTICE = "welcomes reuse of Digital Archive materials"

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
    r")\s*$",
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
    """'page' (newer web page), 'scraped' (older web page) or 'export' (no page chrome)."""
    lines = {line.strip().casefold() for line in text.split("\n")}
    if lines & _PAGE_MARKERS or _REUSE_NOTICE in text:
        return "page"
    return "scraped" if lines & _SCRAPED_MARKERS else "export"


def strip_chrome(text: str) -> str:
    """`text` without chrome lines; runs of blank lines left behind become one."""
    kept = [line for line in text.split("\n") if not _CHROME_LINE.match(line)]
    return tidy("\n".join(kept))


def strip_page(text: str) -> str:
    """The newer page without its chrome and without the tail blocks about other records."""
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
    return tidy("\n".join(kept))


def tidy(text: str) -> str:
    """Collapse runs of blank lines, drop leading blank lines and trailing space."""
    text = _BLANK_RUNS.sub("\n\n", text)
    return text.lstrip("\n").rstrip() + "\n"
