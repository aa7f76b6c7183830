"""The entities to link, read from the store with what the graph knows about them:
every spelling, the dates of the documents that mention them, the dates on which they
act (meet someone, hold an office), the offices they held and the country that
context suggests."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph

from archivekg.vocab import PREFIXES

KINDS = {"Person": "person", "Organization": "organization", "Place": "place"}

# Context words -> country key, and what a P27 (citizenship) label of that country
# looks like. Only countries of this archive's genre; no hint means no judgement.
COUNTRIES: dict[str, tuple[str, str]] = {
    "ussr": (r"soviet|ussr|cpsu", r"soviet union|ussr"),
    "dprk": (r"dprk|kwp|wpk|korean workers|north korea\w*|workers'? party of korea",
             r"north korea|democratic people's republic of korea"),
    "rok": (r"rok|south korea\w*", r"^(south korea|republic of korea)$"),
    "prc": (r"prc|ccp|cpc|chinese|china", r"china"),
    "hungary": (r"hungar\w*|hswp|mszmp", r"hungar"),
    "gdr": (r"gdr|sed|east german\w*", r"german democratic republic|east germany"),
    "romania": (r"r[ou]mania\w*", r"romania"),
    "poland": (r"poland|polish|puwp|pzpr", r"poland|polish"),
    "bulgaria": (r"bulgaria\w*", r"bulgaria"),
    "czechoslovakia": (r"czechoslovak\w*", r"czechoslovak"),
    "mongolia": (r"mongolia\w*|mprp", r"mongolia"),
    "vietnam": (r"vietnam\w*|drv", r"vietnam"),
    "usa": (r"american|united states|usa", r"united states"),
    "japan": (r"japan\w*", r"japan"),
}
_DESTINATION = re.compile(r"\s+(?:to|in|at)\s+(?:the\s+)?.*$", re.IGNORECASE)


@dataclass(frozen=True)
class Subject:
    """One entity of the graph as the linker sees it: `dates` of the documents that
    mention it, `acting` the days it met someone or held an office (a person only)."""

    iri: str
    kind: str
    label: str
    labels: tuple[str, ...]
    dates: tuple[str, ...] = ()
    offices: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    acting: tuple[str, ...] = ()


def country_hints(offices: Iterable[str]) -> tuple[str, ...]:
    """Countries an office names as its holder's own: `Soviet Ambassador to the DPRK`
    is Soviet (the destination after `to`/`in` does not count)."""
    hints = set()
    for office in offices:
        own = _DESTINATION.sub("", office)
        for key, (words, _) in COUNTRIES.items():
            if re.search(rf"\b(?:{words})\b", own, re.IGNORECASE):
                hints.add(key)
    return tuple(sorted(hints))


def citizenship_fits(countries: Iterable[str], citizenship_label: str) -> bool:
    """Does a P27 label belong to one of the hinted countries?"""
    return any(
        re.search(COUNTRIES[key][1], citizenship_label, re.IGNORECASE) for key in countries
    )


def _select(store: pyoxigraph.Store, query: str) -> list[tuple[str, ...]]:
    head = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in sorted(PREFIXES.items()))
    results = store.query(head + query, use_default_graph_as_union=True)
    variables = [v.value for v in results.variables]
    return [
        tuple("" if row[v] is None else row[v].value for v in variables) for row in results
    ]


def read_subjects(store: pyoxigraph.Store) -> list[Subject]:
    """Every person, organisation and place of the store, sorted by IRI."""
    kinds: dict[str, str] = {}
    pref: dict[str, Counter[str]] = defaultdict(Counter)
    alt: dict[str, set[str]] = defaultdict(set)
    for entity, cls, label, preferred in _select(store, """
        SELECT ?entity ?class ?label ?preferred WHERE {
          VALUES ?class { akg:Person akg:Organization akg:Place }
          ?entity a ?class .
          OPTIONAL { { ?entity skos:prefLabel ?label BIND(true AS ?preferred) }
                     UNION { ?entity skos:altLabel ?label BIND(false AS ?preferred) } }
        }"""):
        kinds.setdefault(entity, KINDS[cls.rsplit("#", 1)[-1]])
        if label:
            label = " ".join(label.split())
            if preferred == "true":
                pref[entity][label] += 1
            else:
                alt[entity].add(label)
    dates: dict[str, set[str]] = defaultdict(set)
    for entity, day in _select(store, """
        SELECT DISTINCT ?entity ?date WHERE {
          ?entity a akg:Person .
          GRAPH ?g { ?doc a akg:ArchivalDocument ; schema:dateCreated ?date .
                     { ?entity ?p ?o } UNION { ?s ?p ?entity } }
        }"""):
        dates[entity].add(day)
    acting: dict[str, set[str]] = defaultdict(set)
    for entity, day in _select(store, """
        SELECT DISTINCT ?entity ?date WHERE {
          { ?meeting a akg:Meeting ; akg:participant ?entity .
            OPTIONAL { ?meeting akg:date ?held }
            OPTIONAL { ?meeting akg:attestedIn/schema:dateCreated ?written }
            BIND(COALESCE(?held, ?written) AS ?date) }
          UNION
          { ?role a akg:RoleAssignment ; akg:person ?entity ; akg:roleKind "office" ;
                  akg:attestedOn ?date }
          FILTER(BOUND(?date))
        }"""):
        acting[entity].add(day)
    offices: dict[str, set[str]] = defaultdict(set)
    for entity, title, organization in _select(store, """
        SELECT DISTINCT ?entity ?title ?organization WHERE {
          ?role a akg:RoleAssignment ; akg:person ?entity ; akg:roleTitle ?t .
          OPTIONAL { ?t skos:prefLabel ?tl }
          BIND(COALESCE(?tl, ?t) AS ?title)
          OPTIONAL { ?role akg:organization ?o . OPTIONAL { ?o skos:prefLabel ?ol } }
          BIND(COALESCE(?ol, ?o) AS ?organization)
        }"""):
        offices[entity].add(f"{title} ({organization})" if organization else title)
    subjects = []
    for entity in sorted(kinds):
        # documents may prefer different spellings: the commonest, then the fullest
        preferred = sorted(pref[entity], key=lambda n: (-pref[entity][n], -len(n), n))
        labels = preferred + sorted(alt[entity] - set(preferred))
        if not labels:
            continue
        held = tuple(sorted(offices[entity]))
        subjects.append(Subject(entity, kinds[entity], labels[0], tuple(labels),
                                tuple(sorted(dates[entity])), held, country_hints(held),
                                tuple(sorted(acting[entity]))))
    return subjects
