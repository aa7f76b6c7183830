"""The Digital Archive web page's chrome: lines that belong to the site, not the record.

Text scraped from a document page carries the site's search box, banner, the
citation/share widgets and the list of available formats. They are removed line
by line so the remaining text has the same shape as the clean export, and the
metadata extractor reads both alike.
"""

from __future__ import annotations

import re

# A page was scraped (rather than exported) when it shows the citation widget.
_SCRAPED_MARKERS = re.compile(
    r"^\s*(?:get citation|share document|Search in)\s*$", re.MULTILINE | re.IGNORECASE
)

_BULLET = r"(?:[•·▪◦‣*-]\s*)?"
_CHROME_LINE = re.compile(
    r"^\s*" + _BULLET + r"(?:"
    r"Search in|Search|Digital Archive International History Declassified|"
    r"Digital Archive|get citation|Citation|share document|share|print|download|"
    r"email|copy link|menu|close|skip to (?:main )?content|home|about|"
    r"browse|collections|log ?in|sign in|donate|"
    r"(?:[A-Z][a-z]+ )?(?:HTML|PDF|Transcript)|Original Scan"
    r")\s*$",
    re.IGNORECASE,
)
_BLANK_RUNS = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


def is_scraped(text: str) -> bool:
    """True when `text` carries the web page's chrome (the scraped layout)."""
    return _SCRAPED_MARKERS.search(text) is not None


def strip_chrome(text: str) -> str:
    """`text` without chrome lines; runs of blank lines left behind become one."""
    kept = [line for line in text.split("\n") if not _CHROME_LINE.match(line)]
    return tidy("\n".join(kept))


def tidy(text: str) -> str:
    """Collapse runs of blank lines, drop leading blank lines and trailing space."""
    text = _BLANK_RUNS.sub("\n\n", text)
    return text.lstrip("\n").rstrip() + "\n"
