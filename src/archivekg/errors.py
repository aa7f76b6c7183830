"""One hierarchy of errors users can act on; cli.py maps them to one-line messages.

Each carries what the user needs to fix the problem (the file, the position),
so no command ever shows a traceback for bad input.
"""

from __future__ import annotations


class ArchiveKGError(Exception):
    """Base of every error a user can cause and fix."""

    exit_code = 1


class DocumentError(ArchiveKGError):
    """An input file cannot be read as a document (binary, empty, undecodable, truncated)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ExtractionError(ArchiveKGError):
    """An extractor failed on a document; the rest of the corpus still lands."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: extraction failed: {reason}")
        self.path = path
        self.reason = reason


class StoreError(ArchiveKGError):
    """The store cannot be opened or written (locked by a server, missing, corrupt)."""


class QueryError(ArchiveKGError):
    """A SPARQL query is malformed or fails; the message carries the position."""

    exit_code = 2


class ValidationError(ArchiveKGError):
    """The graph does not conform to the SHACL shapes."""


class LinkError(ArchiveKGError):
    """Linking to Wikidata failed (network, policy, malformed answer)."""


class ServeError(ArchiveKGError):
    """The SPARQL endpoint could not be started or probed."""
