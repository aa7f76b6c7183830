"""What Wikidata says about candidate items, and the hard rules a candidate must pass.

One SPARQL query per batch of candidates (a VALUES block) fetches instance-of,
birth and death dates, citizenships, positions held and coordinates; the answers are
cached per item, so a re-run with new entities asks only about new candidates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from archivekg.errors import LinkError
from archivekg.link.cache import Cache, CachedAnswer
from archivekg.link.client import WikidataClient

HUMAN = "Q5"
ORGANIZATION_CLASSES = frozenset({"Q43229", "Q7278", "Q327333", "Q484652"})
PLACE_CLASSES = frozenset({"Q2221906", "Q486972", "Q56061", "Q6256", "Q3624078", "Q515", "Q532"})
CLASS_MARKERS = ("Q43229", "Q2221906", "Q486972", "Q56061", "Q6256")
EARTH = "Q2"
ADULT_AGE = 16
BATCH_SIZE = 50
FACTS_VERSION = 1

_PROPERTIES = ("P31", "P569", "P570", "P27", "P39", "P625")
_QID = re.compile(r"Q[1-9][0-9]*")
_GLOBE = re.compile(r"^\s*<[^>]*/(Q[0-9]+)>")


@dataclass(frozen=True)
class ItemFacts:
    """The statements about one item that the rules look at; labels are English."""

    qid: str
    instance_of: tuple[str, ...] = ()
    instance_labels: tuple[str, ...] = ()
    classes: tuple[str, ...] = ()
    born: tuple[str, ...] = ()
    died: tuple[str, ...] = ()
    citizenships: tuple[str, ...] = ()
    positions: tuple[str, ...] = ()
    coordinates: tuple[str, ...] = ()


def constraint_query(qids: Sequence[str]) -> str:
    """One SELECT for all of `qids`: a row per (item, property, value)."""
    values = " ".join(f"wd:{q}" for q in sorted(set(qids)))
    branches = "\n  UNION ".join(
        f'{{ ?item wdt:{p} ?value . BIND("{p}" AS ?property) }}' for p in _PROPERTIES
    )
    markers = " ".join(f"wd:{q}" for q in CLASS_MARKERS)
    return (
        "PREFIX wd: <http://www.wikidata.org/entity/>\n"
        "PREFIX wdt: <http://www.wikidata.org/prop/direct/>\n"
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        "SELECT ?item ?property ?value ?valueLabel WHERE {\n"
        f"  VALUES ?item {{ {values} }}\n"
        f"  {branches}\n"
        f"  UNION {{ VALUES ?value {{ {markers} }} ?item wdt:P31/wdt:P279* ?value . "
        'BIND("class" AS ?property) }\n'
        '  OPTIONAL { ?value rdfs:label ?valueLabel . FILTER(LANG(?valueLabel) = "en") }\n'
        "}\n"
    )


def _qid(term: Mapping[str, str] | None) -> str | None:
    if not term or term.get("type") != "uri":
        return None
    tail = term["value"].rsplit("/", 1)[-1]
    return tail if _QID.fullmatch(tail) else None


def parse_facts(body: Mapping, qids: Iterable[str]) -> dict[str, ItemFacts]:
    """Facts for every asked item (an item without rows gets empty facts)."""
    rows: dict[str, dict[str, set[str]]] = {q: {} for q in qids}
    for binding in body["results"]["bindings"]:
        item = _qid(binding.get("item"))
        prop = binding.get("property", {}).get("value")
        value = binding.get("value", {})
        if item not in rows or not prop or "value" not in value:
            continue
        label = binding.get("valueLabel", {}).get("value", "")
        slots = rows[item]
        if prop in ("P31", "class"):
            qid = _qid(value)
            if qid:
                slots.setdefault(prop, set()).add(qid)
                if prop == "P31" and label:
                    slots.setdefault("P31label", set()).add(label)
        elif prop in ("P569", "P570"):
            if value.get("type") == "literal" and re.match(r"\d{4}-\d\d-\d\d", value["value"]):
                slots.setdefault(prop, set()).add(value["value"][:10])
        elif prop in ("P27", "P39"):
            slots.setdefault(prop, set()).add(label or _qid(value) or value["value"])
        elif prop == "P625":
            slots.setdefault(prop, set()).add(value["value"])
    return {
        q: ItemFacts(
            qid=q,
            instance_of=tuple(sorted(s.get("P31", ()))),
            instance_labels=tuple(sorted(s.get("P31label", ()))),
            classes=tuple(sorted(s.get("class", ()))),
            born=tuple(sorted(s.get("P569", ()))),
            died=tuple(sorted(s.get("P570", ()))),
            citizenships=tuple(sorted(s.get("P27", ()))),
            positions=tuple(sorted(s.get("P39", ()))),
            coordinates=tuple(sorted(s.get("P625", ()))),
        )
        for q, s in rows.items()
    }


def _facts_request(sparql_url: str, qid: str) -> dict[str, object]:
    return {"facts": FACTS_VERSION, "endpoint": sparql_url, "item": qid}


def fetch_facts(
    client: WikidataClient, cache: Cache, qids: Iterable[str]
) -> tuple[dict[str, tuple[ItemFacts, str]], dict[str, LinkError]]:
    """Facts and fetch time per item, and the error per item whose batch failed.

    Cached items are not asked again; the rest go out in batches of `BATCH_SIZE`,
    one query each, and are cached item by item (so new entities cost new items only).
    """
    found: dict[str, tuple[ItemFacts, str]] = {}
    failed: dict[str, LinkError] = {}
    missing: list[str] = []
    for qid in sorted(set(qids)):
        hit = cache.get(_facts_request(client.sparql_url, qid))
        if hit is None:
            missing.append(qid)
        else:
            found[qid] = (_from_record(hit.body), hit.fetched_at)
    for start in range(0, len(missing), BATCH_SIZE):
        batch = missing[start : start + BATCH_SIZE]
        try:
            answer = client.sparql(
                constraint_query(batch), f"constraint query for {len(batch)} items ({batch[0]}…)"
            )
        except LinkError as exc:
            failed.update((qid, exc) for qid in batch)
            continue
        for qid, facts in parse_facts(answer.body, batch).items():
            record = {k: list(v) if isinstance(v, tuple) else v for k, v in vars(facts).items()}
            cache.put(_facts_request(client.sparql_url, qid), CachedAnswer(record, answer.fetched_at))
            found[qid] = (facts, answer.fetched_at)
    return found, failed


def _from_record(record: Mapping) -> ItemFacts:
    return ItemFacts(**{k: tuple(v) if isinstance(v, list) else v for k, v in record.items()})


def _day(iso: str) -> date | None:
    match = re.fullmatch(r"(\d{4})(?:-(\d\d))?(?:-(\d\d))?", iso[:10])
    if not match:
        return None
    year, month, day = match.groups()
    try:
        return date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def person_violations(
    facts: ItemFacts, dates: Sequence[str], acting: Sequence[str] = ()
) -> list[str]:
    """Why `facts` cannot be a person mentioned on `dates` and acting on `acting`
    (empty: it can). Documents speak of the dead, so a mere mention asks only that the
    person was born; meeting someone or holding an office asks for an adult alive."""
    if HUMAN not in facts.instance_of:
        what = ", ".join(facts.instance_labels or facts.instance_of) or "nothing known"
        return [f"{facts.qid} is not a human (instance of {what})"]
    mentioned = sorted(d for d in map(_day, (*dates, *acting)) if d)
    acts = sorted(d for d in map(_day, acting) if d)
    births = [d for d in map(_day, facts.born) if d]
    deaths = [d for d in map(_day, facts.died) if d]
    problems = []
    born = min(births) if births else None
    if born and mentioned and born > mentioned[0]:
        problems.append(f"{facts.qid} born {born.isoformat()}, after {mentioned[0].isoformat()}")
    elif born and acts and _age(born, acts[0]) < ADULT_AGE:
        problems.append(f"{facts.qid} born {born.isoformat()}, not adult on {acts[0].isoformat()}")
    if acts and deaths and max(deaths) < acts[-1]:
        problems.append(f"{facts.qid} died {max(deaths).isoformat()}, before {acts[-1].isoformat()}")
    return problems


def place_violations(facts: ItemFacts) -> list[str]:
    """A place is on Earth: Earth coordinates or a place class, and not a human."""
    globes = [_GLOBE.match(c) for c in facts.coordinates]
    off_earth = [g.group(1) for g in globes if g and g.group(1) != EARTH]
    if off_earth:
        return [f"{facts.qid} has coordinates on another globe ({off_earth[0]})"]
    if HUMAN in facts.instance_of:
        return [f"{facts.qid} is a human, not a place"]
    if facts.coordinates or PLACE_CLASSES & set(facts.instance_of + facts.classes):
        return []
    return [f"{facts.qid} is not a place (no coordinates, no place class)"]


def organization_violations(facts: ItemFacts) -> list[str]:
    """An organisation is an instance of (a subclass of) organization."""
    if ORGANIZATION_CLASSES & set(facts.instance_of + facts.classes):
        return []
    what = ", ".join(facts.instance_labels or facts.instance_of) or "nothing known"
    return [f"{facts.qid} is not an organisation (instance of {what})"]


def violations(
    kind: str, facts: ItemFacts, dates: Sequence[str] = (), acting: Sequence[str] = ()
) -> list[str]:
    """The hard constraints for an entity of `kind` (person, organization, place)."""
    if kind == "person":
        return person_violations(facts, dates, acting)
    if kind == "place":
        return place_violations(facts)
    return organization_violations(facts)
