"""The curator's word applied to the links graph, offline.

`link` honours the review file when it decides; `build` reloads the links graph from
`extracted/wikidata-links.trig`, which may predate the curator's last edit. So
`build` calls `apply_review`, which needs neither the network nor the cache: a
rejected (entity, QID) loses its link, an accepted one becomes exactly the link
`link` would write for it, and every other link stays as it is.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph
from pyoxigraph import NamedNode, Quad

from archivekg.link.graph import LINKS_GRAPH, Link, link_quads
from archivekg.link.review import FILE_NAME as REVIEW_NAME
from archivekg.link.review import ReviewRow, read_review
from archivekg.store import replace_graph
from archivekg.vocab import AKG, OWL, PROV, RDF, SKOS, WD

CURATOR_METHOD = "accepted by curator"
_MATCHES = (SKOS.exactMatch, SKOS.closeMatch, OWL.sameAs)
_LINKABLE = (AKG.Person, AKG.Organization, AKG.Place)

LinkKey = tuple[str, str]


def curated_link(row: ReviewRow) -> Link:
    """The confirmed link an accepted row stands for (no time: nothing was fetched)."""
    return Link(row.entity, row.qid, True, CURATOR_METHOD,
                float(row.score) if row.score else None, (row.qid,))


def _qid(term: object) -> str | None:
    if isinstance(term, NamedNode) and term.value.startswith(str(WD)):
        return term.value[len(str(WD)):]
    return None


def links_by_key(quads: Iterable[Quad]) -> tuple[dict[LinkKey, set[Quad]], set[Quad]]:
    """The quads of each (entity, QID) link — match triples, reification, activity —
    and the quads that belong to no link."""
    quads = list(quads)
    subjects: dict[object, str] = {}
    objects: dict[object, str] = {}
    for q in quads:
        if q.predicate == RDF.subject and isinstance(q.object, NamedNode):
            subjects[q.subject] = q.object.value
        elif q.predicate == RDF.object and (qid := _qid(q.object)):
            objects[q.subject] = qid
    nodes = {n: (subjects[n], objects[n]) for n in subjects.keys() & objects.keys()}
    for q in quads:
        if q.predicate == PROV.wasGeneratedBy and q.subject in nodes:
            nodes.setdefault(q.object, nodes[q.subject])
    groups: dict[LinkKey, set[Quad]] = defaultdict(set)
    loose: set[Quad] = set()
    for q in quads:
        qid = _qid(q.object)
        if q.predicate in _MATCHES and isinstance(q.subject, NamedNode) and qid:
            groups[(q.subject.value, qid)].add(q)
        elif q.subject in nodes:
            groups[nodes[q.subject]].add(q)
        else:
            loose.add(q)
    return dict(groups), loose


def _linkable(store: pyoxigraph.Store, entity: str) -> bool:
    return any(q.object in _LINKABLE
               for q in store.quads_for_pattern(NamedNode(entity), RDF.type, None))


def apply_review(store: pyoxigraph.Store, extracted_dir: Path,
                 review_path: Path | None = None) -> int:
    """Make the store's links graph agree with the curated rows of the review file, in
    one transaction; return how many (entity, QID) links changed.

    An accepted entity keeps only its accepted link (as `link` would write it);
    accepted wins over rejected for the same QID, as in `link`. Raises ReviewError
    (file and line) for a malformed file, before touching the store.
    """
    rows = [r for r in read_review(review_path or Path(extracted_dir) / REVIEW_NAME) if r.curated]
    groups, loose = links_by_key(store.quads_for_pattern(None, None, None, LINKS_GRAPH))
    accepted = {r.entity: r for r in rows if r.status == "accepted" and _linkable(store, r.entity)}
    dropped = {(r.entity, r.qid) for r in rows if r.status == "rejected"}
    dropped |= {key for key in groups if key[0] in accepted}
    same_as = any(q.predicate == OWL.sameAs for qs in groups.values() for q in qs)
    added, _ = links_by_key(link_quads([curated_link(r) for r in accepted.values()], same_as=same_as))
    kept = {key: qs for key, qs in groups.items() if key not in dropped}
    result = {**kept, **added}
    replace_graph(store, LINKS_GRAPH, set().union(loose, *result.values()))
    return sum(groups.get(key) != result.get(key) for key in groups.keys() | result.keys())
