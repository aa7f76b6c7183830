"""Reader for plain-text documents: the clean export and text scraped from either web page or a sharing site."""

from __future__ import annotations

from archivekg.read.chrome import layout, strip_page, strip_scraped, strip_transcript, tidy
from archivekg.read.squashed import squashed_lines, unsquash

_STRIPPERS = {"page": strip_page, "scraped": strip_scraped, "transcript": strip_transcript, "export": tidy}


def text_of_plain(text: str) -> str:
    """The document text of a decoded plain-text file, the page's chrome removed if it was scraped.

    An export squashed into one line is laid out in blocks first, then read as an export.
    """
    kind = layout(text)
    if kind == "export" and (span := squashed_lines(text)):
        text = unsquash(text, span)
    return _STRIPPERS[kind](text)
