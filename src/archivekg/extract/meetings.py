"""Placeholder: replaced by the meetings extractor."""

from __future__ import annotations

from archivekg.model import Document, Meeting, Metadata, Person, RoleAssignment


def extract_meetings(
    document: Document,
    metadata: Metadata,
    persons: tuple[Person, ...],
    roles: tuple[RoleAssignment, ...],
) -> tuple[Meeting, ...]:
    """Every in-person encounter the document reports."""
    return ()
