"""Stage 3: person mentions of many documents -> corpus-wide entities. Placeholder.

The interface is fixed; the implementation (aliases from bracketed romanization
pairs, McCune-Reischauer vs Revised Romanization, initials + surname) replaces it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from archivekg.model import DocumentFacts


@dataclass(frozen=True)
class Entity:
    """One person across the corpus: `id` is the slug in its IRI (id/person/<id>)."""

    id: str
    pref_label: str
    alt_labels: tuple[str, ...] = ()


@dataclass(frozen=True)
class Resolution:
    """Which entity each document-local person is."""

    entities: Mapping[str, Entity]
    members: Mapping[tuple[str, str], str]

    def entity(self, doc_id: str, person_key: str) -> Entity:
        return self.entities[self.members[(doc_id, person_key)]]


def resolve(
    facts: Sequence[DocumentFacts], known: Mapping[str, Sequence[str]] | None = None
) -> Resolution:
    """Cluster persons across documents; `known` maps existing entity ids to their labels
    (preferred first) so that ids and preferred labels already in a store stay stable."""
    entities: dict[str, Entity] = {}
    members: dict[tuple[str, str], str] = {}
    for f in facts:
        for p in f.persons:
            entities.setdefault(p.key, Entity(p.key, p.name, tuple(n for n in p.names[1:])))
            members[(f.document.doc_id, p.key)] = p.key
    return Resolution(entities, members)
