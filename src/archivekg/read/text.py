"""Reader for plain-text documents: the clean export and text scraped from either web page."""

from __future__ import annotations

from archivekg.read.chrome import layout, strip_chrome, strip_page, tidy

_STRIPPERS = {"page": strip_page, "scraped": strip_chrome, "export": tidy}


def text_of_plain(text: str) -> str:
    """The document text of a decoded plain-text file, the page's chrome removed if it was scraped."""
    return _STRIPPERS[layout(text)](text)
