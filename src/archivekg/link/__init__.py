"""Link persons, organisations and places of the store to Wikidata — carefully,
politely, reviewably.

`link_store` reads the entities, honours the curator's review file, searches and
checks candidates through a polite cached client, lets the pure chooser decide, and
writes the links graph to the store, to `extracted/wikidata-links.trig` and the
review file back to `extracted/wikidata-review.tsv`. `apply_review` lets `build`
honour the review file too, offline.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph

from archivekg.errors import LinkError
from archivekg.link.cache import Cache
from archivekg.link.candidates import Candidate, gather
from archivekg.link.chooser import MARGIN, MIN_SCORE, choose
from archivekg.link.client import DEFAULT_API, DEFAULT_SPARQL, NotCached, WikidataClient
from archivekg.link.constraints import fetch_facts
from archivekg.link.curation import apply_review, curated_link
from archivekg.link.graph import LINKS_GRAPH, TRIG_NAME, Link, link_quads, write_trig
from archivekg.link.review import FILE_NAME as REVIEW_NAME
from archivekg.link.review import ReviewError, ReviewRow, read_review, write_review
from archivekg.link.subjects import Subject, read_subjects
from archivekg.store import replace_graph

AUTO_METHOD = "wbsearchentities + SPARQL constraints"
DEFAULT_CACHE = Path(".cache/wikidata")

__all__ = ["LINKS_GRAPH", "REVIEW_NAME", "LinkReport", "ReviewError", "WikidataClient",
           "apply_review", "link_store"]


@dataclass(frozen=True)
class LinkReport:
    """What a run did; `errors` are failed requests (each lost one entity at most)."""

    entities: int
    confirmed: int
    automatic: int
    unlinked: int
    uncached: int
    errors: tuple[str, ...]
    requests_sent: int
    trig: Path
    review: Path


def _row(subject: Subject, qid: str, score: float | None, reason: str) -> ReviewRow:
    return ReviewRow(subject.iri, subject.kind, subject.label, qid,
                     "" if score is None else f"{score:.3f}", "auto", reason)


def link_store(
    store: pyoxigraph.Store,
    extracted_dir: Path,
    *,
    client: WikidataClient | None = None,
    api_url: str = DEFAULT_API,
    sparql_url: str = DEFAULT_SPARQL,
    offline: bool = False,
    cache_dir: Path = DEFAULT_CACHE,
    review_path: Path | None = None,
    min_score: float = MIN_SCORE,
    margin: float = MARGIN,
    confirm_score: float | None = None,
    same_as: bool = False,
) -> LinkReport:
    """Link every entity of `store`; `client` (if given) replaces the one built from
    the URL, offline and cache options. Automatic links reaching `confirm_score`
    count as confirmed; by default only the curator confirms."""
    review_path = review_path or Path(extracted_dir) / REVIEW_NAME
    curated = [r for r in read_review(review_path) if r.curated]
    accepted = {r.entity: r for r in curated if r.status == "accepted"}
    rejected: dict[str, set[str]] = defaultdict(set)
    for r in curated:
        if r.status == "rejected":
            rejected[r.entity].add(r.qid)
    subjects = read_subjects(store)
    own_client = client is None
    client = client or WikidataClient(Cache(cache_dir), api_url=api_url,
                                      sparql_url=sparql_url, offline=offline)
    links: list[Link] = []
    rows: list[ReviewRow] = list(curated)
    errors: list[str] = []
    uncached = 0
    pending: list[tuple[Subject, list[Candidate], list[str]]] = []
    try:
        for subject in subjects:
            if subject.iri in accepted:
                links.append(curated_link(accepted[subject.iri]))
                continue
            try:
                candidates, times = gather(client, subject)
            except NotCached as exc:
                uncached += 1
                rows.append(_row(subject, "", None, f"lookup failed: {exc}"))
                continue
            except LinkError as exc:
                errors.append(str(exc))
                rows.append(_row(subject, "", None, f"lookup failed: {exc}"))
                continue
            pending.append((subject, candidates, times))
        wanted = {c.qid for s, cands, _ in pending for c in cands if c.qid not in rejected[s.iri]}
        facts, failed = fetch_facts(client, client.cache, wanted)
    finally:
        if own_client:
            client.close()
    errors += sorted({str(e) for e in failed.values() if not isinstance(e, NotCached)})
    for subject, candidates, times in pending:
        broken = [failed[c.qid] for c in candidates if c.qid in failed]
        if broken:
            uncached += all(isinstance(e, NotCached) for e in broken)
            rows.append(_row(subject, "", None, f"constraint query failed: {broken[0]}"))
            continue
        decision = choose(subject, candidates, {q: f for q, (f, _) in facts.items()},
                          rejected=frozenset(rejected[subject.iri]),
                          min_score=min_score, margin=margin)
        rows.append(_row(subject, decision.qid or "", decision.score, decision.reason))
        if decision.qid and decision.score is not None:
            used = times + [facts[c.qid][1] for c in candidates if c.qid in facts]
            confirmed = confirm_score is not None and decision.score >= confirm_score
            links.append(Link(subject.iri, decision.qid, confirmed, AUTO_METHOD, decision.score,
                              tuple(s.qid for s in decision.considered), max(used)))
    quads = link_quads(links, same_as=same_as)
    trig = Path(extracted_dir) / TRIG_NAME
    write_trig(trig, quads)
    write_review(review_path, rows)
    replace_graph(store, LINKS_GRAPH, quads)
    confirmed_count = sum(link.confirmed for link in links)
    return LinkReport(
        entities=len(subjects),
        confirmed=confirmed_count,
        automatic=len(links) - confirmed_count,
        unlinked=len(subjects) - len(links),
        uncached=uncached,
        errors=tuple(errors),
        requests_sent=client.requests_sent,
        trig=trig,
        review=review_path,
    )
