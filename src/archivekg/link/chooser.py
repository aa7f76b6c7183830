"""The decision: which candidate, if any, is the entity. Pure: no I/O, no clock.

A candidate must pass the hard constraints (kind, lifetime, initials, curator's
rejection); the survivors are scored on name, search support, offices and
citizenship. A link is made only when exactly one clear winner remains: the best
must reach `min_score` and beat the runner-up by `margin`. Otherwise the entity
stays unlinked, and the reason says why — a wrong link is worse than none.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz
from unidecode import unidecode

from archivekg.link.candidates import Candidate, search_labels
from archivekg.link.constraints import ItemFacts, violations
from archivekg.link.subjects import Subject, citizenship_fits

MIN_SCORE = 0.5
MARGIN = 0.15
WEIGHTS = {"name": 0.5, "hits": 0.1, "rank": 0.1, "position": 0.15, "citizenship": 0.1, "born": 0.05}

ABBREVIATIONS = {
    "cpsu": "communist party of the soviet union",
    "cc": "central committee",
    "kwp": "workers party of korea",
    "wpk": "workers party of korea",
    "ccp": "communist party of china",
    "cpc": "communist party of china",
    "dprk": "north korea",
    "prc": "peoples republic of china",
    "ussr": "soviet union",
    "mfa": "ministry of foreign affairs",
    "sed": "socialist unity party of germany",
    "hswp": "hungarian socialist workers party",
    "vns": "supreme peoples assembly",
}
_STOP = {"the", "of", "and", "for", "to", "in", "cde", "comrade"}
_PUNCT = re.compile(r"[\[\]().,;:'’\"\-‐–/]+")


@dataclass(frozen=True)
class Scored:
    """One candidate as judged: passes when `violations` is empty."""

    qid: str
    label: str
    score: float
    violations: tuple[str, ...] = ()
    signals: tuple[str, ...] = ()

    @property
    def passes(self) -> bool:
        return not self.violations


@dataclass(frozen=True)
class Decision:
    """The chosen QID (or None), its score, why, and every candidate considered."""

    qid: str | None
    score: float | None
    reason: str
    considered: tuple[Scored, ...] = ()


def tokens(text: str) -> list[str]:
    """Lower-case ASCII words: `Kim Il-sung` and `Kim Il Sung` give the same tokens."""
    return _PUNCT.sub(" ", unidecode(text).lower()).split()


def _initials_fit(label: list[str], name: list[str]) -> float | None:
    """For `n s khrushchev` against a name with the same surname: 1.0 when the given
    names fit every initial, 0.9 when they fit the ones they have, None on a conflict."""
    initials = [t[0] for t in label[:-1]]
    given = name[:-1]
    if any(g[0] != i for i, g in zip(initials, given)):
        return None
    if not given:
        return 0.8
    return 1.0 if len(given) >= len(initials) else 0.9


def name_similarity(labels: Sequence[str], names: Sequence[str]) -> tuple[float, str | None]:
    """Best similarity (0..1) of any label to any name, and a conflict if the initials of
    some label (`N. S. Khrushchev`) contradict every same-surname name of the candidate."""
    best = 0.0
    conflict = None
    for label in labels:
        lt = tokens(label)
        if not lt:
            continue
        with_initials = len(lt) > 1 and any(len(t) == 1 for t in lt[:-1]) and len(lt[-1]) > 1
        fits, clashes = [], []
        for name in names:
            nt = tokens(name)
            if not nt:
                continue
            plain = fuzz.token_sort_ratio(" ".join(lt), " ".join(nt)) / 100
            if with_initials and fuzz.ratio(lt[-1], nt[-1]) >= 90:
                fit = _initials_fit(lt, nt)
                (clashes if fit is None else fits).append(name)
                best = max(best, plain if fit is None else max(fit, plain))
            else:
                best = max(best, plain)
        if clashes and not fits:
            conflict = f"initials of {label!r} do not fit {clashes[0]!r}"
    return best, conflict


def _expanded(text: str) -> list[str]:
    words = []
    for t in tokens(text):
        words.extend(ABBREVIATIONS.get(t, t).split())
    return words


def position_fits(offices: Sequence[str], positions: Sequence[str]) -> str | None:
    """The first Wikidata position (P39) whose label matches an extracted office."""
    for office in offices:
        words = _expanded(office)
        if not set(words) - _STOP:
            continue
        for position in positions:
            if fuzz.token_set_ratio(" ".join(words), " ".join(_expanded(position))) >= 90:
                return position
    return None


def score_candidate(
    subject: Subject,
    candidate: Candidate,
    facts: ItemFacts | None,
    rejected: frozenset[str] = frozenset(),
) -> Scored:
    """Hard constraints first, then a weighted score in [0, 1]."""
    problems: list[str] = []
    if candidate.qid in rejected:
        problems.append(f"{candidate.qid} rejected by the curator")
    if facts is None:
        problems.append(f"{candidate.qid}: no statements fetched")
    else:
        problems.extend(violations(subject.kind, facts, subject.dates, subject.acting))
    similarity, conflict = name_similarity(subject.labels, candidate.names or (candidate.label,))
    if conflict and subject.kind == "person":
        problems.append(f"{candidate.qid}: {conflict}")
    searched = max(1, len(search_labels(subject)))
    score = (
        WEIGHTS["name"] * similarity
        + WEIGHTS["hits"] * min(1.0, candidate.hits / searched)
        + WEIGHTS["rank"] / (1 + candidate.best_rank)
    )
    signals = [f"name {similarity:.2f}"]
    if facts is not None:
        position = position_fits(subject.offices, facts.positions)
        if position:
            score += WEIGHTS["position"]
            signals.append(f'position "{position}"')
        if subject.countries and facts.citizenships:
            fits = any(citizenship_fits(subject.countries, c) for c in facts.citizenships)
            score += WEIGHTS["citizenship"] * (1 if fits else -1)
            signals.append(("" if fits else "no ") + "citizenship fit")
        if subject.kind == "person" and facts.born:
            score += WEIGHTS["born"]
            signals.append("lifetime fits")
    score = round(min(1.0, max(0.0, score)), 3)
    return Scored(candidate.qid, candidate.label, score, tuple(problems), tuple(signals))


def choose(
    subject: Subject,
    candidates: Sequence[Candidate],
    facts: Mapping[str, ItemFacts],
    *,
    rejected: frozenset[str] = frozenset(),
    min_score: float = MIN_SCORE,
    margin: float = MARGIN,
) -> Decision:
    """Link only a clear winner; otherwise say why not."""
    if not candidates:
        names = ", ".join(repr(n) for n in search_labels(subject))
        return Decision(None, None, f"no candidates for {names}")
    scored = tuple(
        sorted(
            (score_candidate(subject, c, facts.get(c.qid), rejected) for c in candidates),
            key=lambda s: (not s.passes, -s.score, s.qid),
        )
    )
    passing = [s for s in scored if s.passes]
    if not passing:
        why = "; ".join(s.violations[0] for s in scored[:5])
        more = f"; and {len(scored) - 5} more" if len(scored) > 5 else ""
        return Decision(None, None, f"all {len(scored)} candidates failed constraints: {why}{more}", scored)
    best = passing[0]
    if len(passing) > 1 and best.score - passing[1].score < margin:
        runner = passing[1]
        return Decision(
            None, None,
            f"ambiguous between {best.qid} ({best.score:.3f}) and {runner.qid} ({runner.score:.3f})",
            scored,
        )
    if best.score < min_score:
        return Decision(None, None, f"best candidate {best.qid} scored {best.score:.3f}, "
                        f"below the minimum {min_score:.3f}", scored)
    failed = len(scored) - len(passing)
    if len(passing) > 1:
        runner_up = f"runner-up {passing[1].qid} ({passing[1].score:.3f})"
    elif failed:
        runner_up = f"{failed} other candidate{'s' * (failed > 1)} failed constraints"
    else:
        runner_up = "the only candidate"
    return Decision(best.qid, best.score, f"{', '.join(best.signals)}; {runner_up}", scored)
