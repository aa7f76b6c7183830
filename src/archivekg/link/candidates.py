"""Candidates for an entity: `wbsearchentities` on every one of its labels, in English.

Each spelling is searched (`Kim Il Sung` and `Kim Il-sung` can find different
items), a name given with initials also by its surname, and the answers are merged
per item, remembering which names matched.
"""

from __future__ import annotations

from dataclasses import dataclass

from archivekg.link.client import WikidataClient
from archivekg.link.subjects import Subject

SEARCH_LIMIT = 10


@dataclass(frozen=True)
class Candidate:
    """An item some label of the entity found; `names` are its label and matched aliases."""

    qid: str
    label: str
    description: str
    names: tuple[str, ...]
    hits: int
    best_rank: int


def _queries(label: str) -> list[str]:
    """The label, and for `N. S. Khrushchev` also the surname: Wikidata's prefix search
    rarely knows a name by its initials (the chooser checks them against the result)."""
    words = label.replace(".", ". ").split()
    if len(words) > 1 and all(len(w.rstrip(".")) == 1 for w in words[:-1]):
        return [label, words[-1]]
    return [label]


def search_labels(subject: Subject) -> tuple[str, ...]:
    """The searches to make: each spelling once (case-insensitively), in order."""
    seen: set[str] = set()
    labels = []
    for label in subject.labels:
        for query in _queries(label):
            key = query.casefold()
            if key not in seen and len(key) > 1:
                seen.add(key)
                labels.append(query)
    return tuple(labels)


def gather(client: WikidataClient, subject: Subject) -> tuple[list[Candidate], list[str]]:
    """Candidates (sorted by QID) and the fetch times of the answers used."""
    found: dict[str, dict] = {}
    times = []
    for label in search_labels(subject):
        answer = client.search(label, limit=SEARCH_LIMIT)
        times.append(answer.fetched_at)
        for rank, hit in enumerate(answer.body["search"]):
            qid = hit.get("id") if isinstance(hit, dict) else None
            if not isinstance(qid, str) or not qid.startswith("Q"):
                continue
            entry = found.setdefault(
                qid,
                {"label": hit.get("label", ""), "description": hit.get("description", ""),
                 "names": set(), "hits": 0, "rank": rank},
            )
            entry["hits"] += 1
            entry["rank"] = min(entry["rank"], rank)
            entry["names"].update(n for n in (hit.get("label"), hit.get("match", {}).get("text"))
                                  if isinstance(n, str) and n)
            entry["names"].update(a for a in hit.get("aliases", ()) if isinstance(a, str))
    candidates = [
        Candidate(qid, e["label"], e["description"], tuple(sorted(e["names"])), e["hits"], e["rank"])
        for qid, e in sorted(found.items())
    ]
    return candidates, times
