"""SPARQL over the store: the default graph is the union of every named graph.

Results are materialised while the store is open, as SPARQL 1.1 Query Results JSON
(Oxigraph's own serializer), so they can be re-serialised to any format afterwards
without touching the store again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from archivekg import store
from archivekg.export import with_prefixes
from archivekg.errors import QueryError
from archivekg.vocab import PREFIXES

RESULT_FORMATS = ("table", "csv", "tsv", "json")
QUERY_SUFFIXES = (".rq", ".sparql")
MAX_MESSAGE = 160  # Oxigraph lists every character class it expected; the position is what helps

_LONGEST_FIRST = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))
_SERIALIZERS = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
}

COUNTS = {
    "documents": "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a akg:ArchivalDocument }",
    "persons": "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a akg:Person }",
    "meetings": "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a akg:Meeting }",
    "role assignments": "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a akg:RoleAssignment }",
    "graphs": "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
}
RDF_TYPE = ox.NamedNode(PREFIXES["rdf"] + "type")
DISTINCT_PAIRS = "SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?o WHERE {{ {} }} }}"


@dataclass(frozen=True)
class QueryResult:
    """A SELECT or ASK answer (`results`: Query Results JSON) or a CONSTRUCT/DESCRIBE
    graph (`triples`)."""

    kind: str
    results: bytes = b""
    triples: tuple[ox.Triple, ...] = ()

    def solutions(self) -> ox.QuerySolutions | ox.QueryBoolean:
        return ox.parse_query_results(self.results, ox.QueryResultsFormat.JSON)


def query_text(query: str) -> tuple[str, str]:
    """QUERY as given on the command line -> (SPARQL, what to call it in errors):
    a `.rq` file's content, or the SPARQL itself."""
    path = Path(query)
    looks_like_path = len(query) < 4096 and "\n" not in query
    if path.suffix in QUERY_SUFFIXES or (looks_like_path and path.is_file()):
        try:
            return path.read_text(encoding="utf-8"), query
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
            raise QueryError(f"{query}: {reason or exc}") from None
    return query, "query"


def run_query(store_dir: Path, query: str) -> QueryResult:
    """Run SPARQL (text or a .rq path) against the store, read-only."""
    text, source = query_text(query)
    with store.open_for_reading(store_dir) as db:
        return execute(db, text, source)


def execute(db: ox.Store, text: str, source: str = "query") -> QueryResult:
    """Run SPARQL on an open store; a syntax error becomes a one-line QueryError."""
    try:
        answer = db.query(text, prefixes=PREFIXES, use_default_graph_as_union=True)
        if isinstance(answer, ox.QuerySolutions):
            return QueryResult("select", answer.serialize(format=ox.QueryResultsFormat.JSON))
        if isinstance(answer, ox.QueryBoolean):
            return QueryResult("ask", answer.serialize(format=ox.QueryResultsFormat.JSON))
        return QueryResult("construct", triples=tuple(answer))
    except SyntaxError as exc:
        message = " ".join(str(exc).split()).removeprefix("error ")
        if ", [" in message:  # the character classes Oxigraph also expected: noise to a reader
            message = message.split(", [")[0] + ", …"
        if len(message) > MAX_MESSAGE:
            message = message[: MAX_MESSAGE - 1].rstrip() + "…"
        raise QueryError(f"{source}: malformed SPARQL {message}") from None
    except OSError as exc:
        raise QueryError(f"{source}: {exc}") from None


def serialize(result: QueryResult, fmt: str) -> str:
    """The result as text: `table` for people, csv/tsv/json (W3C formats) for programs;
    a graph comes out as Turtle (table) or N-Triples (csv/tsv/json make no sense for it)."""
    if result.kind == "construct":
        if fmt == "table":
            return with_prefixes(result.triples, ox.RdfFormat.TURTLE).decode()
        return ox.serialize(result.triples, format=ox.RdfFormat.N_TRIPLES).decode()
    if fmt == "table":
        return _table(result)
    if fmt not in _SERIALIZERS:
        raise QueryError(f"unknown result format {fmt!r}; use one of {', '.join(RESULT_FORMATS)}")
    text = result.solutions().serialize(format=_SERIALIZERS[fmt]).decode()
    return text if text.endswith("\n") else text + "\n"


def short(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None) -> str:
    """A term as a reader wants it in a table: prefixed IRI, bare literal value."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, namespace in _LONGEST_FIRST:
            if term.value.startswith(namespace) and len(term.value) > len(namespace):
                return f"{prefix}:{term.value[len(namespace):]}"
        return term.value
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def _table(result: QueryResult) -> str:
    solutions = result.solutions()
    if isinstance(solutions, ox.QueryBoolean):
        return f"{'yes' if solutions else 'no'}\n"
    header = [v.value for v in solutions.variables]
    rows = [[short(row[name]) for name in header] for row in solutions]
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(header)]

    def line(cells: list[str]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()

    out = [line(header), line(["-" * w for w in widths]), *map(line, rows)]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def count(db: ox.Store) -> dict[str, int]:
    """What the store holds: documents, persons, meetings, role assignments, distinct
    triples (all graphs merged, as `export --format turtle` writes them), named graphs."""
    counts = {name: count_of(db, sparql) for name, sparql in COUNTS.items()}
    counts["triples"] = distinct_triples(db)
    return {name: counts[name] for name in (*list(COUNTS)[:-1], "triples", "graphs")}


def count_of(db: ox.Store, sparql: str) -> int:
    """The ?n of a one-row COUNT query over the union of all graphs."""
    solutions = db.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True)
    return int(next(iter(solutions))["n"].value)


def distinct_triples(db: ox.Store) -> int:
    """Distinct triples over all graphs merged, in bounded memory.

    One DISTINCT over the whole store holds every triple in a hash set (~250 bytes
    each: gigabytes for a large corpus). A triple can only repeat with the same
    predicate (and, for rdf:type, the same class), so counting each part apart gives
    the same sum while holding one part at a time.
    """
    total = 0
    for predicate in _terms(db, "SELECT DISTINCT ?t WHERE { ?s ?t ?o }"):
        if predicate != RDF_TYPE:
            total += count_of(db, DISTINCT_PAIRS.format(f"?s {predicate} ?o"))
            continue
        for cls in _terms(db, "SELECT DISTINCT ?t WHERE { ?s a ?t FILTER(isIRI(?t)) }"):
            total += count_of(db, f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a {cls} }}")
        total += count_of(db, DISTINCT_PAIRS.format("?s a ?o FILTER(!isIRI(?o))"))
    return total


def _terms(db: ox.Store, sparql: str) -> list[ox.NamedNode]:
    return [row["t"] for row in db.query(sparql, use_default_graph_as_union=True)]


def stats(store_dir: Path) -> dict[str, int]:
    with store.open_for_reading(store_dir) as db:
        return count(db)
