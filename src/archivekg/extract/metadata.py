"""Placeholder: replaced by the metadata extractor."""

from __future__ import annotations

from archivekg.model import Document, Metadata


def extract_metadata(document: Document) -> Metadata:
    """The document's own facts from its citation block and headings."""
    return Metadata()
