"""Reader for plain-text documents: the clean export and text scraped from either web page or a sharing site."""

from __future__ import annotations

from archivekg.read.chrome import layout, strip_page, strip_scraped, strip_transcript, tidy

_STRIPPERS = {"page": strip_page, "scraped": strip_scraped, "transcript": strip_transcript, "export": tidy}


def text_of_plain(text: str) -> str:
    """The document text of a decoded plain-text file, the page's chrome removed if it was scraped."""
    return _STRIPPERS[layout(text)](text)
