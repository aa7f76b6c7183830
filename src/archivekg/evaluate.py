"""Measure the extractors against gold annotations (format: docs/evaluation.md).

Scoring is pure (gold + facts in, counts out) so it is unit-tested on its own;
`evaluate_corpus` only adds the I/O: it reads gold files, runs the pipeline's
read -> extract -> resolve stages on the documents they name, and scores them.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from unidecode import unidecode

from archivekg.errors import DocumentError
from archivekg.model import DocumentFacts, Metadata, Person

METADATA_FIELDS = (
    "title", "date", "archive", "archival_reference", "url", "original_language",
    "translators", "obtained_by", "funders", "authors",
)
LIST_FIELDS = frozenset({"translators", "obtained_by", "funders", "authors"})


@dataclass(frozen=True)
class Score:
    """Counts of one comparison; precision/recall are 1.0 when nothing was expected."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: "Score") -> "Score":
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
            "recall": round(self.recall, 4), "f1": round(self.f1, 4),
        }


def score_sets(gold: Iterable[Any], predicted: Iterable[Any]) -> Score:
    """Exact set comparison: true positives, false positives, false negatives."""
    g, p = set(gold), set(predicted)
    return Score(len(g & p), len(p - g), len(g - p))


@dataclass(frozen=True)
class GoldPerson:
    key: str
    names: tuple[str, ...]
    roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldMeeting:
    id: str
    status: str
    date: str | None
    participants: tuple[str, ...]
    optional: bool = False


@dataclass(frozen=True)
class GoldDocument:
    """One gold file: what a careful reader finds in one document."""

    document: str
    metadata: Mapping[str, Any]
    persons: tuple[GoldPerson, ...]
    meetings: tuple[GoldMeeting, ...] = ()


def parse_gold(data: Any) -> GoldDocument:
    """Validate a decoded gold file; ValueError says what is wrong in it."""
    if not isinstance(data, dict):
        raise ValueError("a gold file holds one JSON object")
    document = data.get("document")
    if not isinstance(document, str) or not document:
        raise ValueError('"document" (the file name of the annotated document) is missing')
    persons_data = data.get("persons", {})
    if not isinstance(persons_data, dict):
        raise ValueError('"persons" must map person keys to {"names": [...], "roles": [...]}')
    persons = []
    for key, person in sorted(persons_data.items()):
        names = person.get("names") if isinstance(person, dict) else None
        if not _strings(names) or not names:
            raise ValueError(f'person "{key}" needs a non-empty list of "names"')
        roles = person.get("roles", [])
        if not _strings(roles):
            raise ValueError(f'person "{key}": "roles" must be a list of strings')
        persons.append(GoldPerson(key, tuple(names), tuple(roles)))
    keys = {p.key for p in persons}
    meetings = []
    for n, meeting in enumerate(data.get("meetings", [])):
        if not isinstance(meeting, dict):
            raise ValueError(f"meeting {n + 1} is not an object")
        participants = meeting.get("participants", [])
        if not _strings(participants):
            raise ValueError(f"meeting {n + 1}: \"participants\" must be a list of person keys")
        unknown = sorted(set(participants) - keys)
        if unknown:
            raise ValueError(f"meeting {n + 1}: unknown person key {unknown[0]!r}")
        status = meeting.get("status")
        if status not in ("occurred", "planned", "habitual"):
            raise ValueError(f"meeting {n + 1}: status must be occurred, planned or habitual")
        date = meeting.get("date")
        if date is not None and not isinstance(date, str):
            raise ValueError(f"meeting {n + 1}: \"date\" must be an ISO date string or null")
        meetings.append(
            GoldMeeting(
                str(meeting.get("id", n + 1)), status, date, tuple(participants),
                bool(meeting.get("optional", False)),
            )
        )
    metadata = data.get("metadata", {})
    if not isinstance(metadata, dict):
        raise ValueError('"metadata" must be an object')
    return GoldDocument(document, metadata, tuple(persons), tuple(meetings))


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def load_gold(path: Path) -> GoldDocument:
    """Read one gold file; DocumentError names the file and the problem."""
    try:
        return parse_gold(json.loads(Path(path).read_text(encoding="utf-8")))
    except json.JSONDecodeError as exc:
        raise DocumentError(str(path), f"malformed JSON at line {exc.lineno}: {exc.msg}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DocumentError(str(path), f"cannot read gold file: {exc}") from None
    except ValueError as exc:
        raise DocumentError(str(path), str(exc)) from None


def normalize_name(name: str) -> str:
    """Case, diacritics, hyphens, spaces and dots do not make a different name."""
    return re.sub(r"[^0-9a-z]", "", unidecode(name).casefold())


_HONORIFIC = re.compile(
    r"^(?:(?:comrade|cde|mr|mrs|ms|dr|sir|lord|herr|monsieur|premier|president|chairman|ambassador|minister|vice|deputy|foreign|"
    r"prime|general|marshal|major|colonel|lieutenant|captain|admiral|brigadier|secretary|chancellor|counsell?or|first|"
    r"senator|professor|prof|prince|princess|king|"
    r"queen|emperor|shah|emir|sultan|sheikh|governor|charge\s+d'affaires|consul|attache)\b\.?\s*)+",
    re.IGNORECASE,
)


_EXPANDED_INITIAL = re.compile(r"\b([A-Z])\.\s*\(([A-Z][\w'-]*(?:\s[A-Z][\w'-]*)?)\)")
"""`M. (Menachem) Begin`: an editor writes out an initial's given name in parentheses."""


def name_keys(name: str) -> set[str]:
    """The name, and the name without the titles before it: `Premier Zhou` is the `Zhou`
    an extractor reports (offices are scored on their own), as long as a name is left.
    `M. (Menachem) Begin` is also `Menachem Begin` and `M. Begin`."""
    keys = {normalize_name(name)}
    bare = _HONORIFIC.sub("", unidecode(name).strip())
    if bare and normalize_name(bare):
        keys.add(normalize_name(bare))
    if _EXPANDED_INITIAL.search(name):
        keys |= {normalize_name(_EXPANDED_INITIAL.sub(r"\2", name)), normalize_name(_EXPANDED_INITIAL.sub(r"\1.", name))}
    return keys


def normalize_office(title: str) -> str:
    """Case, brackets and "the" do not make a different office."""
    text = re.sub(r"[\[\]()]", "", unidecode(title).casefold())
    words = [w for w in re.findall(r"[0-9a-z']+", text) if w != "the"]
    return " ".join(words)


def office_matches(gold: str, predicted: str) -> bool:
    g, p = normalize_office(gold), normalize_office(predicted)
    return bool(g and p) and (g == p or g in p or p in g)


def match_persons(gold: Sequence[GoldPerson], predicted: Sequence[Person]) -> dict[str, str]:
    """One-to-one matching (predicted key -> gold key) of persons sharing a name.

    A maximum bipartite matching, so a predicted person that could be two gold
    persons never costs a match another could have made. Each tries first the gold
    person it shares most names with: two Nehrus both called `Nehru` are told apart by
    `Jawaharlal Nehru` and `Ratan Kumar Nehru`.
    """
    gold_by_name: dict[str, list[str]] = defaultdict(list)
    for g in gold:
        for n in {k for n in g.names for k in name_keys(n)}:
            gold_by_name[n].append(g.key)
    candidates: dict[str, list[str]] = {}
    best: dict[str, int] = {}
    for p in predicted:
        shared = Counter(k for key in {key for n in p.names for key in name_keys(n)} for k in gold_by_name.get(key, []))
        candidates[p.key] = sorted(shared, key=lambda k: (-shared[k], k))
        best[p.key] = max(shared.values(), default=0)
    owner: dict[str, str] = {}

    def augment(pkey: str, seen: set[str]) -> bool:
        for gkey in candidates[pkey]:
            if gkey in seen:
                continue
            seen.add(gkey)
            if gkey not in owner or augment(owner[gkey], seen):
                owner[gkey] = pkey
                return True
        return False

    for pkey in sorted(candidates, key=lambda k: (-best[k], k)):
        augment(pkey, set())
    return {pkey: gkey for gkey, pkey in sorted(owner.items())}


@dataclass(frozen=True)
class FieldCheck:
    field: str
    expected: Any
    got: Any

    @property
    def ok(self) -> bool:
        return _comparable(self.field, self.expected) == _comparable(self.field, self.got)


_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z&]{2,})\)\s*$")


def _without_own_acronym(name: str) -> str:
    """`Carnegie Corporation of New York (CCNY)` is the funder `Carnegie Corporation of New York`: an
    acronym in brackets made of the name's own capitals is another label of it, which annotators
    keep or drop."""
    match = _ACRONYM_AFTER.search(name)
    if match is None:
        return name
    capitals = "".join(word[0] for word in name[:match.start()].replace("&", " ").split() if word[0].isupper())
    return name[:match.start()] if capitals == match[1].replace("&", "") else name


def _comparable(name: str, value: Any) -> Any:
    if name == "funders":
        return frozenset(_plain(_without_own_acronym(str(v))) for v in value or ())
    if name in LIST_FIELDS:
        return frozenset(_plain(v) for v in value or ())
    if value is None or value == "":
        return None
    return _plain(str(value))


def _plain(text: str) -> str:
    """Whitespace, case, quotes and a leading "the" do not make a different value."""
    text = re.sub(r"\s+", " ", str(text).replace("“", '"').replace("”", '"')).strip(" \"'.,;<>")
    return re.sub(r"^the ", "", text.casefold())


def _author_key(author: str, facts_persons: Sequence[Person], gold: Sequence[GoldPerson],
                matching: Mapping[str, str]) -> str:
    """The gold key of a predicted author given as a person key or as a name: through
    the person matching when the extractor found that person, else by name alone."""
    if author in matching:
        return matching[author]
    name = normalize_name(author)
    for person in facts_persons:
        if person.key in matching and name in map(normalize_name, person.names):
            return matching[person.key]
    for g in gold:
        if name in map(normalize_name, g.names):
            return g.key
    return author


def _predicted_metadata(metadata: Metadata, facts_persons: Sequence[Person],
                        gold_persons: Sequence[GoldPerson],
                        matching: Mapping[str, str]) -> dict[str, Any]:
    authors = [_author_key(a, facts_persons, gold_persons, matching) for a in metadata.authors]
    ref = metadata.reference
    return {
        "title": metadata.title,
        "date": metadata.date.iso if metadata.date else None,
        "archive": ref.archive if ref else None,
        "archival_reference": ref.reference if ref else None,
        "url": metadata.url,
        "original_language": metadata.original_language,
        "translators": list(metadata.translators),
        "obtained_by": list(metadata.obtained_by),
        "funders": list(metadata.funders),
        "authors": authors,
    }


def score_metadata(gold: GoldDocument, facts: DocumentFacts,
                   matching: Mapping[str, str]) -> tuple[FieldCheck, ...]:
    """One check per metadata field the gold file states."""
    got = _predicted_metadata(facts.metadata, facts.persons, gold.persons, matching)
    return tuple(
        FieldCheck(f, gold.metadata[f], got[f]) for f in METADATA_FIELDS if f in gold.metadata
    )


def score_offices(gold: Sequence[GoldPerson], facts: DocumentFacts,
                  matching: Mapping[str, str]) -> tuple[Score, list[str]]:
    """Recall of gold roles: found when the matched person holds a matching title."""
    titles: dict[str, list[str]] = defaultdict(list)
    for role in facts.roles:
        if role.person in matching:
            titles[matching[role.person]].append(role.title)
    found, misses = 0, []
    for person in gold:
        for role in person.roles:
            if any(office_matches(role, t) for t in titles[person.key]):
                found += 1
            else:
                misses.append(f"{person.key}: {role}")
    return Score(tp=found, fn=len(misses)), misses


Participation = tuple[str, str]
Pair = tuple[str, str]


def gold_meeting_sets(
    meetings: Sequence[GoldMeeting],
) -> tuple[set[Participation], set[Pair], set[Participation], set[Pair]]:
    """Required participations and pairs of meetings that occurred, and the optional
    ones (in an optional meeting only) that count neither for nor against."""
    required_parts: set[Participation] = set()
    required_pairs: set[Pair] = set()
    optional_parts: set[Participation] = set()
    optional_pairs: set[Pair] = set()
    for m in meetings:
        if m.status != "occurred":
            continue
        parts = {(m.date or "", p) for p in m.participants}
        pairs = _pairs(m.participants)
        (optional_parts if m.optional else required_parts).update(parts)
        (optional_pairs if m.optional else required_pairs).update(pairs)
    return (required_parts, required_pairs, optional_parts - required_parts,
            optional_pairs - required_pairs)


def _pairs(persons: Iterable[str]) -> set[Pair]:
    return {(a, b) for a, b in combinations(sorted(set(persons)), 2)}


def predicted_meeting_sets(facts: DocumentFacts,
                           matching: Mapping[str, str]) -> tuple[set[Participation], set[Pair]]:
    """Participations and pairs of predicted meetings that occurred, in gold keys
    where the person matched (`?key` where it did not)."""
    parts: set[Participation] = set()
    pairs: set[Pair] = set()
    for m in facts.meetings:
        if m.status != "occurred":
            continue
        persons = [matching.get(p, f"?{p}") for p in m.persons]
        date = m.date.iso if m.date else ""
        parts.update((date, p) for p in persons)
        pairs.update(_pairs(persons))
    return parts, pairs


@dataclass(frozen=True)
class DocumentScore:
    """Every score of one document, with what was missed and what was wrongly found."""

    source: str
    persons: Score
    offices: Score
    metadata: tuple[FieldCheck, ...]
    participations: Score
    pairs: Score
    misses: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    false_positives: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def metadata_score(self) -> Score:
        ok = sum(c.ok for c in self.metadata)
        return Score(tp=ok, fn=len(self.metadata) - ok)


def score_document(gold: GoldDocument, facts: DocumentFacts) -> DocumentScore:
    """Compare one document's facts with its gold annotation."""
    matching = match_persons(gold.persons, facts.persons)
    gold_keys = {p.key for p in gold.persons}
    persons = Score(len(matching), len(facts.persons) - len(matching),
                    len(gold_keys) - len(matching))
    offices, office_misses = score_offices(gold.persons, facts, matching)
    checks = score_metadata(gold, facts, matching)
    g_parts, g_pairs, opt_parts, opt_pairs = gold_meeting_sets(gold.meetings)
    p_parts, p_pairs = predicted_meeting_sets(facts, matching)
    p_parts -= opt_parts
    p_pairs -= opt_pairs
    matched = set(matching.values())
    misses = {
        "persons": tuple(sorted(gold_keys - matched)),
        "offices": tuple(office_misses),
        "metadata": tuple(f"{c.field}: expected {c.expected!r}, got {c.got!r}"
                          for c in checks if not c.ok),
        "participations": tuple(_show_part(x) for x in sorted(g_parts - p_parts)),
        "pairs": tuple(" + ".join(x) for x in sorted(g_pairs - p_pairs)),
    }
    false_positives = {
        "persons": tuple(sorted(p.name for p in facts.persons if p.key not in matching)),
        "participations": tuple(_show_part(x) for x in sorted(p_parts - g_parts)),
        "pairs": tuple(" + ".join(x) for x in sorted(p_pairs - g_pairs)),
    }
    return DocumentScore(
        gold.document, persons, offices, checks, score_sets(g_parts, p_parts),
        score_sets(g_pairs, p_pairs), misses, false_positives,
    )


def _show_part(part: Participation) -> str:
    return f"{part[0] or 'undated'} {part[1]}"


HEADLINES = (
    ("persons F1", lambda s: s.persons.f1),
    ("offices recall", lambda s: s.offices.recall),
    ("metadata accuracy", lambda s: s.metadata.recall),
    ("participations F1", lambda s: s.participations.f1),
    ("pairs F1", lambda s: s.pairs.f1),
)


@dataclass(frozen=True)
class Totals:
    """Micro-averaged counts over documents."""

    persons: Score
    offices: Score
    metadata: Score
    participations: Score
    pairs: Score
    entities: Score


@dataclass(frozen=True)
class EvaluationReport:
    """Per-document scores plus the cross-document check of entity resolution."""

    documents: tuple[DocumentScore, ...]
    entities: Score = Score()
    entity_misses: tuple[str, ...] = ()
    failures: tuple[str, ...] = ()

    @property
    def totals(self) -> Totals:
        def total(get: Any) -> Score:
            return sum((get(d) for d in self.documents), Score())

        return Totals(
            total(lambda d: d.persons), total(lambda d: d.offices),
            total(lambda d: d.metadata_score), total(lambda d: d.participations),
            total(lambda d: d.pairs), self.entities,
        )

    def headline(self) -> dict[str, float]:
        totals = self.totals
        return {name: round(get(totals), 4) for name, get in HEADLINES}

    def lowest(self) -> float:
        return min(self.headline().values())

    def to_json(self) -> str:
        totals = self.totals
        data = {
            "overall": {
                "persons": totals.persons.as_dict(),
                "offices": totals.offices.as_dict(),
                "metadata": totals.metadata.as_dict(),
                "participations": totals.participations.as_dict(),
                "pairs": totals.pairs.as_dict(),
                "entities": totals.entities.as_dict(),
                "headline": self.headline(),
            },
            "entity_misses": list(self.entity_misses),
            "failures": list(self.failures),
            "documents": [
                {
                    "document": d.source,
                    "persons": d.persons.as_dict(),
                    "offices": d.offices.as_dict(),
                    "metadata": d.metadata_score.as_dict(),
                    "participations": d.participations.as_dict(),
                    "pairs": d.pairs.as_dict(),
                    "misses": {k: list(v) for k, v in d.misses.items()},
                    "false_positives": {k: list(v) for k, v in d.false_positives.items()},
                }
                for d in self.documents
            ],
        }
        return json.dumps(data, indent=2, ensure_ascii=False)

    def to_text(self) -> str:
        rows = [("document", "persons P/R/F1", "offices R", "metadata", "particip. P/R/F1",
                 "pairs P/R/F1")]
        for d in self.documents:
            rows.append(_row(d.source, d.persons, d.offices, d.metadata_score,
                             d.participations, d.pairs))
        t = self.totals
        rows.append(_row("overall", t.persons, t.offices, t.metadata, t.participations, t.pairs))
        widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
        lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
        lines.insert(1, "  ".join("-" * w for w in widths))
        lines.append("")
        lines.append(f"cross-document entities P/R/F1: {_prf(t.entities)}")
        for miss in self.entity_misses:
            lines.append(f"  {miss}")
        for failure in self.failures:
            lines.append(f"{failure} (scored as if nothing was extracted)")
        for d in self.documents:
            details = [(f"missed {k}", v) for k, v in d.misses.items() if v]
            details += [(f"wrongly found {k}", v) for k, v in d.false_positives.items() if v]
            if details:
                lines.append("")
                lines.append(d.source)
                for label, items in details:
                    lines.append(f"  {label}: " + "; ".join(items))
        return "\n".join(lines)


def _prf(s: Score) -> str:
    return f"{s.precision:.2f}/{s.recall:.2f}/{s.f1:.2f}"


def _row(name: str, persons: Score, offices: Score, metadata: Score, parts: Score,
         pairs: Score) -> tuple[str, ...]:
    return (name, _prf(persons), f"{offices.recall:.2f}", f"{metadata.tp}/{metadata.tp + metadata.fn}",
            _prf(parts), _prf(pairs))


def score_entities(
    golds: Sequence[GoldDocument], facts: Sequence[DocumentFacts], entity_of: Mapping[tuple[str, str], str]
) -> tuple[Score, tuple[str, ...]]:
    """Links between gold persons of two documents: same gold key across documents
    should be one entity, different keys should not.

    Gold keys name the same person in every gold file of a corpus (`kim-il-sung`).
    """
    placed: dict[tuple[str, str], str] = {}
    for gold, f in zip(golds, facts):
        for pkey, gkey in match_persons(gold.persons, f.persons).items():
            if (f.document.doc_id, pkey) in entity_of:
                placed[(gold.document, gkey)] = entity_of[(f.document.doc_id, pkey)]
    gold_links = _links(placed, lambda item: item[1])
    predicted_links = _links(placed, lambda item: placed[item])
    score = score_sets(gold_links, predicted_links)
    misses = tuple(f"not one entity: {a[1]} ({a[0]}) and {b[1]} ({b[0]})"
                   for a, b in sorted(gold_links - predicted_links))
    misses += tuple(f"wrongly one entity: {a[1]} ({a[0]}) and {b[1]} ({b[0]})"
                    for a, b in sorted(predicted_links - gold_links))
    return score, misses


def _links(placed: Mapping[tuple[str, str], str], group_of: Any) -> set[tuple[tuple[str, str], ...]]:
    groups: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for item in sorted(placed):
        groups[group_of(item)].append(item)
    return {(a, b) for items in groups.values() for a, b in combinations(items, 2) if a[0] != b[0]}


def evaluate_corpus(gold_dir: Path, docs_dir: Path) -> EvaluationReport:
    """Run read -> extract -> resolve on the documents the gold files name, and score."""
    from archivekg.extract import extract
    from archivekg.read import read_document
    from archivekg.resolve import resolve

    gold_dir, docs_dir = Path(gold_dir), Path(docs_dir)
    for directory in (gold_dir, docs_dir):
        if not directory.is_dir():
            raise DocumentError(str(directory), "no such directory")
    paths = sorted(gold_dir.glob("*.json"))
    if not paths:
        raise DocumentError(str(gold_dir), "no gold files (*.json) in this directory")
    golds = [load_gold(p) for p in paths]
    facts: list[DocumentFacts] = []
    failures: list[str] = []
    for path, gold in zip(paths, golds):
        document = docs_dir / gold.document
        if not document.is_file():
            raise DocumentError(str(path), f"names {gold.document}, which is not in {docs_dir}")
        text = read_document(document)
        try:
            facts.append(extract(text))
        except Exception as exc:  # noqa: BLE001 — an extractor bug scores as a miss, not a crash
            failures.append(f"{document}: extraction failed: {type(exc).__name__}: {exc}")
            facts.append(DocumentFacts(document=text, metadata=Metadata()))
    resolution = resolve(facts)
    entities, entity_misses = score_entities(golds, facts, resolution.members)
    documents = tuple(score_document(g, f) for g, f in zip(golds, facts))
    return EvaluationReport(documents, entities, entity_misses, tuple(failures))
