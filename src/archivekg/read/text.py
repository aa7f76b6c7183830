"""Reader for plain-text documents: the clean export and text scraped from the page."""

from __future__ import annotations

from archivekg.read.chrome import is_scraped, strip_chrome, tidy


def text_of_plain(text: str) -> str:
    """The document text of a decoded plain-text file, chrome removed if it was scraped."""
    return strip_chrome(text) if is_scraped(text) else tidy(text)
