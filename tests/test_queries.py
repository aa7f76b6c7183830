"""The ready-made queries: exact columns and rows over a store built from hand-made facts."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Quad, QuerySolutions, Store

from archivekg.rdf import document_quads
from archivekg.vocab import ID, OWL, SKOS, WD

ROOT = Path(__file__).parents[1]
QUERIES = ROOT / "queries"
GOLDEN = Path(__file__).parent / "golden"
spec = importlib.util.spec_from_file_location("archivekg_sample_facts", GOLDEN / "sample_facts.py")
samples = importlib.util.module_from_spec(spec)
spec.loader.exec_module(samples)

J, R = "001_journal.txt", "002_report.txt"
M1, M2, M3 = (f"document/001_journal/meeting/{k}" for k in ("m1", "m2", "m3"))
RM1 = "document/002_report/meeting/m1"


@pytest.fixture(scope="module")
def store() -> Store:
    store = Store()
    resolution = samples.resolution()
    for facts in samples.all_facts():
        store.extend(document_quads(facts, resolution))
    link_graph = NamedNode(ID + "links")
    store.add(Quad(NamedNode(ID + "person/zhou-enlai"), OWL.sameAs, WD.Q16977, link_graph))
    return store


def _cell(term) -> str | None:
    """IRIs under the instance base shortened; typed literals as value^^type; plain ones as value."""
    if term is None:
        return None
    if isinstance(term, NamedNode):
        return term.value.removeprefix(ID)
    if isinstance(term, Literal) and term.datatype.value.rsplit("#", 1)[1] != "string":
        return f"{term.value}^^{term.datatype.value.rsplit('#', 1)[1]}"
    return term.value


def run(store: Store, name: str) -> tuple[list[str], list[tuple]]:
    solutions = store.query((QUERIES / name).read_text(), use_default_graph_as_union=True)
    assert isinstance(solutions, QuerySolutions)
    columns = [v.value for v in solutions.variables]
    return columns, [tuple(_cell(t) for t in row) for row in solutions]


@pytest.mark.parametrize("path", sorted(QUERIES.glob("*.rq")), ids=lambda p: p.name)
def test_every_query_starts_with_a_comment(path: Path) -> None:
    assert path.read_text().startswith("# ")


def test_documents(store: Store) -> None:
    columns, rows = run(store, "documents.rq")
    assert columns == ["document", "source", "title", "date", "archive", "reference", "url", "language", "translator"]
    journal = (
        "document/001_journal", J, "Journal of Soviet Ambassador V. I. Ivanov for 12 March 1958",
        "1958-03-12^^date", "AVPRF", "F. 0102, Op. 14, Delo 8, Listy 10-12",
        "https://digitalarchive.example.org/document/1001", "Russian", "A. Translator",
    )  # fmt: skip
    report = (
        "document/002_report", R, "Report on the Talks between Zhou Enlai and Kim Il-sung",
        "1963-06^^gYearMonth", "PRC FMA", "106-00001-01, 1-3", None, "Chinese",
    )  # fmt: skip
    assert rows == [journal, (*report, "B. Translator"), (*report, "C. Translator")]


def test_persons(store: Store) -> None:
    columns, rows = run(store, "persons.rq")
    assert columns == ["source", "person", "name", "role"]
    assert rows == [
        (J, "person/kim-il-sung", "Kim Il Sung", None),
        (J, "person/n-s-khrushchev", "N. S. Khrushchev", None),
        (J, "person/nam-il", "Nam Il", "Minister of Foreign Affairs"),
        (J, "person/v-i-ivanov", "V. I. IVANOV", "Soviet Ambassador to the DPRK"),
        (J, "person/v-i-ivanov", "V. I. IVANOV", "author"),
        (R, "person/kim-il-sung", "Kim Il Sung", None),
        (R, "person/liu-fang", "Liu Fang", "author"),
        (R, "person/liu-fang", "Liu Fang", "interpreter"),
        (R, "person/ma-lin", "Ma Lin", "author"),
        (R, "person/zhou-enlai", "Zhou Enlai", "Premier"),
    ]


def test_meetings(store: Store) -> None:
    columns, rows = run(store, "meetings.rq")
    assert columns == ["source", "meeting", "status", "date", "participant", "name"]
    day, year, month = "1958-03-12^^date", "1958^^gYear", "1963-06^^gYearMonth"
    assert rows == [
        (J, M1, "occurred", day, "person/kim-il-sung", "Kim Il Sung"),
        (J, M1, "occurred", day, "person/nam-il", "Nam Il"),
        (J, M1, "occurred", day, "person/v-i-ivanov", "V. I. IVANOV"),
        (J, M2, "planned", year, "person/kim-il-sung", "Kim Il Sung"),
        (J, M2, "planned", year, "person/n-s-khrushchev", "N. S. Khrushchev"),
        (J, M3, "habitual", None, "person/nam-il", "Nam Il"),
        (J, M3, "habitual", None, "person/v-i-ivanov", "V. I. IVANOV"),
        (R, RM1, "occurred", month, "person/kim-il-sung", "Kim Il Sung"),
        (R, RM1, "occurred", month, "person/liu-fang", "Liu Fang"),
        (R, RM1, "occurred", month, "person/zhou-enlai", "Zhou Enlai"),
    ]


def test_meetings_status_is_a_plain_word(store: Store) -> None:
    solutions = store.query((QUERIES / "meetings.rq").read_text(), use_default_graph_as_union=True)
    statuses = {row["status"] for row in solutions}
    assert statuses == {Literal("occurred"), Literal("planned"), Literal("habitual")}


def test_who_met_matches_any_spelling(store: Store) -> None:
    columns, rows = run(store, "who-met.rq")
    assert columns == ["other", "otherName", "date", "status", "meeting", "source"]
    expected = [
        ("person/n-s-khrushchev", "N. S. Khrushchev", "1958^^gYear", "planned", M2, J),
        ("person/nam-il", "Nam Il", "1958-03-12^^date", "occurred", M1, J),
        ("person/v-i-ivanov", "V. I. IVANOV", "1958-03-12^^date", "occurred", M1, J),
        ("person/liu-fang", "Liu Fang", "1963-06^^gYearMonth", "occurred", RM1, R),
        ("person/zhou-enlai", "Zhou Enlai", "1963-06^^gYearMonth", "occurred", RM1, R),
    ]
    assert rows == expected
    query = (QUERIES / "who-met.rq").read_text().replace('"Kim Il Sung"', '"Kim Ilsung"')
    solutions = store.query(query, use_default_graph_as_union=True)
    assert [tuple(_cell(t) for t in row) for row in solutions] == expected


def test_meetings_in_year(store: Store) -> None:
    columns, rows = run(store, "meetings-in-year.rq")
    assert columns == ["date", "meeting", "participant", "name", "source"]
    assert rows == [
        ("1958-03-12^^date", M1, "person/kim-il-sung", "Kim Il Sung", J),
        ("1958-03-12^^date", M1, "person/nam-il", "Nam Il", J),
        ("1958-03-12^^date", M1, "person/v-i-ivanov", "V. I. IVANOV", J),
    ]


def test_offices_over_time(store: Store) -> None:
    columns, rows = run(store, "offices-over-time.rq")
    assert columns == ["person", "name", "date", "role", "organization", "source"]
    assert rows == [("person/nam-il", "Nam Il", "1958-03-12^^date", "Minister of Foreign Affairs", "DPRK", J)]


def test_co_attendance_counts_meetings_that_occurred(store: Store) -> None:
    columns, rows = run(store, "co-attendance.rq")
    assert columns == ["person1", "name1", "person2", "name2", "meetings"]
    pairs = {(r[1], r[3]): r[4] for r in rows}
    assert pairs == {
        ("Kim Il Sung", "Liu Fang"): "1^^integer",
        ("Kim Il Sung", "Nam Il"): "1^^integer",
        ("Kim Il Sung", "V. I. IVANOV"): "1^^integer",
        ("Kim Il Sung", "Zhou Enlai"): "1^^integer",
        ("Liu Fang", "Zhou Enlai"): "1^^integer",
        ("Nam Il", "V. I. IVANOV"): "1^^integer",
    }


def test_documents_by_archive(store: Store) -> None:
    columns, rows = run(store, "documents-by-archive.rq")
    assert columns == ["archive", "reference", "date", "title", "source"]
    assert [(r[0], r[4]) for r in rows] == [("AVPRF", J), ("PRC FMA", R)]


def test_persons_linked(store: Store) -> None:
    columns, rows = run(store, "persons-linked.rq")
    assert columns == ["person", "name", "linked", "match", "wikidata"]
    assert rows[0] == (
        "person/zhou-enlai", "Zhou Enlai", "true^^boolean",
        "http://www.w3.org/2002/07/owl#sameAs", "http://www.wikidata.org/entity/Q16977",
    )  # fmt: skip
    unlinked = [r[1] for r in rows[1:]]
    assert unlinked == ["Kim Il Sung", "Liu Fang", "Ma Lin", "N. S. Khrushchev", "Nam Il", "V. I. IVANOV"]
    assert all(r[2] == "false^^boolean" and r[3] is None and r[4] is None for r in rows[1:])


def _shared_label_graphs(store: Store) -> int:
    """How many document graphs repeat Kim Il Sung's preferred label."""
    kim = NamedNode(ID + "person/kim-il-sung")
    return len({q.graph_name for q in store.quads_for_pattern(kim, SKOS.prefLabel, Literal("Kim Il Sung"))})


@pytest.mark.parametrize("path", sorted(QUERIES.glob("*.rq")), ids=lambda p: p.name)
def test_labels_shared_by_document_graphs_do_not_multiply_rows(store: Store, path: Path) -> None:
    """A person named in two documents has their label in both graphs; joins kept inside
    one graph give each row once even before DISTINCT, so large stores are not swamped."""
    assert _shared_label_graphs(store) == 2
    text = path.read_text()
    if "SERVICE" in text or "SELECT DISTINCT" not in text and "COUNT(DISTINCT" not in text:
        pytest.skip("no DISTINCT to take away, or needs the network")
    plain = text.replace("SELECT DISTINCT", "SELECT", 1).replace("COUNT(DISTINCT", "COUNT(", 1)
    with_distinct = [tuple(row) for row in store.query(text, use_default_graph_as_union=True)]
    without = [tuple(row) for row in store.query(plain, use_default_graph_as_union=True)]
    assert without == with_distinct
