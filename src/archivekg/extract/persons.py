"""Placeholder: replaced by the persons/offices extractor."""

from __future__ import annotations

from archivekg.model import Document, Metadata, Person, RoleAssignment


def extract_persons(
    document: Document, metadata: Metadata
) -> tuple[tuple[Person, ...], tuple[RoleAssignment, ...]]:
    """Every person the document names, and the offices and parts it gives them."""
    return (), ()
