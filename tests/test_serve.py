"""The SPARQL endpoint over real HTTP on 127.0.0.1: protocol, negotiation, safety, lifecycle.

Each server is `archivekg serve` in a subprocess on a free port (`--bind 127.0.0.1:0`,
the URL read from its first line), on a small store: two invented documents built
by the pipeline, plus a few named graphs of plain triples written here.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

from conftest import JOURNAL, REPORT

from archivekg.errors import StoreError
from archivekg.pipeline import build
from archivekg.serve import DEFAULT_QUERIES, parse_bind
from archivekg.serve_page import render_page, with_prefixes
from archivekg.store import writer_lock
from archivekg.vocab import AKG_IRI, ID, PREFIXES

T = "urn:archivekg-test:"  # the test's own predicates, apart from the pipeline's
DOCS = 3
FILLER = 2000
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
SELECT_TITLES = f"SELECT ?doc ?title WHERE {{ ?doc <{T}title> ?title }} ORDER BY ?doc"
JSON = "application/sparql-results+json"


def build_store(root: Path) -> Path:
    """The pipeline's graphs of two documents, then titled records and filler for the runaway."""
    docs = root / "docs"
    docs.mkdir(parents=True)
    (docs / "journal.txt").write_text(JOURNAL, encoding="utf-8")
    (docs / "report.txt").write_text(REPORT, encoding="utf-8")
    store_dir = root / "store"
    build([docs], store_dir, root / "extracted")
    db = ox.Store(str(store_dir))
    quads = []
    for i in range(DOCS):
        doc = ox.NamedNode(f"{ID}document/doc-{i}")
        person = ox.NamedNode(f"{ID}person/p-{i}")
        quads += [
            ox.Quad(doc, ox.NamedNode(f"{T}title"), ox.Literal(f"Record {i}"), doc),
            ox.Quad(doc, ox.NamedNode(f"{T}source"), ox.Literal(f"doc-{i}.txt"), doc),
            ox.Quad(person, ox.NamedNode(f"{T}mentionedIn"), doc, doc),
            ox.Quad(person, ox.NamedNode(PREFIXES["skos"] + "prefLabel"),
                    ox.Literal(f"Name {i}", language="en"), doc),
        ]
    filler = ox.NamedNode(f"{ID}graph/filler")
    quads += [
        ox.Quad(ox.NamedNode(f"{ID}thing/{n}"), ox.NamedNode(f"{T}rank"), ox.Literal(n), filler)
        for n in range(FILLER)
    ]
    db.bulk_extend(quads)
    db.flush()
    del db
    return store_dir


class Server:
    """`archivekg serve` in a subprocess; `url` is its base URL once it announced it."""

    def __init__(self, store_dir: Path, *options: str) -> None:
        self.log_path = store_dir.with_name(f"serve-{store_dir.name}-{time.monotonic_ns()}.log")
        with self.log_path.open("w") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "archivekg", "serve", "--store", str(store_dir),
                 "--bind", "127.0.0.1:0", *options],
                stdout=subprocess.PIPE, stderr=log, text=True,
            )
        assert self.process.stdout is not None
        first = self.process.stdout.readline()
        if not first:
            raise RuntimeError(f"server did not start: {self.log()}")
        self.url = first.split()[-1].rstrip("/")
        self.process.stdout.readline()

    def log(self) -> str:
        """The server's request log so far: shown when an assertion about it fails."""
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    @property
    def endpoint(self) -> str:
        return self.url + "/query"

    def children(self) -> set[int]:
        """Pids of the processes the server started (its Oxigraph backends)."""
        tasks = Path(f"/proc/{self.process.pid}/task")
        pids: set[int] = set()
        for task in tasks.iterdir() if tasks.exists() else []:
            pids.update(int(p) for p in (task / "children").read_text().split())
        return pids

    def stop(self) -> int:
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=30)


def alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return status != "Z"


def cpu_seconds(pids: set[int]) -> float:
    """User+system CPU time of the live processes among `pids`."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("served"))


@pytest.fixture(scope="module")
def server(store: Path) -> Iterator[Server]:
    running = Server(store, "--timeout-s", "2")
    yield running
    running.stop()


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=30) as http:
        yield http


def ask(client: httpx.Client, server: Server, method: str, query: str, accept: str) -> httpx.Response:
    headers = {"Accept": accept}
    if method == "GET":
        return client.get(server.endpoint, params={"query": query}, headers=headers)
    if method == "POST-form":
        return client.post(server.endpoint, data={"query": query}, headers=headers)
    headers["Content-Type"] = "application/sparql-query"
    return client.post(server.endpoint, content=query.encode(), headers=headers)


METHODS = ["GET", "POST-form", "POST-direct"]


@pytest.mark.parametrize("method", METHODS)
def test_select_sees_every_named_graph_as_the_default_graph(client, server, method):
    response = ask(client, server, method, SELECT_TITLES, JSON)
    assert response.status_code == 200
    rows = response.json()["results"]["bindings"]
    assert [row["title"]["value"] for row in rows] == [f"Record {i}" for i in range(DOCS)]


@pytest.mark.parametrize("method", METHODS)
def test_ask(client, server, method):
    yes = ask(client, server, method, f"ASK {{ ?d <{T}source> 'doc-1.txt' }}", JSON)
    no = ask(client, server, method, f"ASK {{ ?d <{T}source> 'missing.txt' }}", JSON)
    assert (yes.json()["boolean"], no.json()["boolean"]) == (True, False)


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize(
    "query",
    [
        f"CONSTRUCT {{ ?d <{T}title> ?t }} WHERE {{ ?d <{T}title> ?t }}",
        f"DESCRIBE ?d WHERE {{ ?d <{T}title> ?t }}",
    ],
    ids=["construct", "describe"],
)
def test_graph_queries_return_the_documents(client, server, method, query):
    response = ask(client, server, method, query, "application/n-triples")
    assert response.status_code == 200
    triples = list(ox.parse(response.content, ox.RdfFormat.N_TRIPLES))
    titles = {t.object.value for t in triples if t.predicate.value == f"{T}title"}
    assert titles == {f"Record {i}" for i in range(DOCS)}


@pytest.mark.parametrize(
    ("accept", "fmt"),
    [
        (JSON, ox.QueryResultsFormat.JSON),
        ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
        ("text/tab-separated-values", ox.QueryResultsFormat.TSV),
    ],
)
def test_results_formats_parse_to_the_same_rows(client, server, accept, fmt):
    response = ask(client, server, "GET", SELECT_TITLES, accept)
    assert response.headers["Content-Type"].startswith(accept)
    rows = [str(s["title"]) for s in ox.parse_query_results(response.content, fmt)]
    assert rows == [f'"Record {i}"' for i in range(DOCS)]


def test_csv_results(client, server):
    response = ask(client, server, "GET", SELECT_TITLES, "text/csv")
    assert response.headers["Content-Type"].startswith("text/csv")
    assert response.text.splitlines()[0] == "doc,title"
    assert response.text.splitlines()[1] == f"{ID}document/doc-0,Record 0"


@pytest.mark.parametrize(
    ("accept", "fmt"),
    [("text/turtle", ox.RdfFormat.TURTLE), ("application/n-triples", ox.RdfFormat.N_TRIPLES)],
)
def test_graph_formats(client, server, accept, fmt):
    query = f"CONSTRUCT {{ ?d <{T}source> ?s }} WHERE {{ ?d <{T}source> ?s }}"
    response = ask(client, server, "POST-form", query, accept)
    assert response.headers["Content-Type"].startswith(accept)
    assert len(list(ox.parse(response.content, fmt))) == DOCS


def test_format_parameter_picks_the_answer_format(client, server):
    response = client.post(server.endpoint, data={"query": SELECT_TITLES, "format": "csv"})
    assert response.headers["Content-Type"].startswith("text/csv")


def _terms(solutions: ox.QuerySolutions) -> list[tuple[str, ...]]:
    """Rows as N-Triples strings, blank nodes anonymised (their ids are per answer)."""
    variables = [v.value for v in solutions.variables]
    return [
        tuple(
            "" if s[v] is None else ("_:" if isinstance(s[v], ox.BlankNode) else str(s[v]))
            for v in variables
        )
        for s in solutions
    ]


QUERY_FILES = sorted(DEFAULT_QUERIES.glob("*.rq")) if DEFAULT_QUERIES.is_dir() else []


@pytest.mark.parametrize("path", QUERY_FILES or [None], ids=lambda p: p.name if p else "none")
def test_ready_made_queries_match_in_process_answers(client, server, store, path):
    if path is None:
        pytest.skip("queries/ holds no .rq files yet")
    query = path.read_text(encoding="utf-8")
    response = ask(client, server, "POST-direct", query, JSON)
    assert response.status_code == 200, response.text
    over_http = ox.parse_query_results(response.content, ox.QueryResultsFormat.JSON)
    local = ox.Store.read_only(str(store)).query(query, use_default_graph_as_union=True)
    if isinstance(local, ox.QueryBoolean):
        assert bool(over_http) == bool(local)
        return
    rows = _terms(over_http)
    assert sorted(rows) == sorted(_terms(local))
    if path.name == "documents.rq":
        assert {row[1] for row in rows} == {'"journal.txt"', '"report.txt"'}


def test_malformed_query_is_a_400_with_the_parsers_message(client, server):
    response = ask(client, server, "GET", "SELECT ?x WHERE { ?x ?y", JSON)
    assert response.status_code == 400
    assert "error at 1:" in response.text


def test_updates_are_refused_on_a_read_only_server(client, server):
    update = f"INSERT DATA {{ <{ID}x> <{T}title> 'x' }}"
    refused = client.post(server.url + "/update", data={"update": update})
    assert refused.status_code == 403
    as_query = ask(client, server, "POST-form", update, JSON)
    assert as_query.status_code == 400
    unchanged = ask(client, server, "GET", f"ASK {{ <{ID}x> ?p ?o }}", JSON)
    assert unchanged.json()["boolean"] is False


def test_no_cors_headers_unless_asked(client, server):
    response = ask(client, server, "GET", "ASK {}", JSON)
    assert "Access-Control-Allow-Origin" not in response.headers


def test_runaway_query_is_a_504_and_stopped_while_others_are_answered(client, server):
    outcome: dict[str, httpx.Response] = {}
    runaway = threading.Thread(
        target=lambda: outcome.setdefault("r", ask(client, server, "GET", RUNAWAY, JSON))
    )
    runaway.start()
    time.sleep(0.5)
    meanwhile = ask(client, server, "GET", SELECT_TITLES, JSON)
    runaway.join(timeout=30)
    assert meanwhile.status_code == 200
    assert len(meanwhile.json()["results"]["bindings"]) == DOCS
    assert outcome["r"].status_code == 504
    assert "timed out" in outcome["r"].text
    time.sleep(1.0)
    children = server.children()
    before = cpu_seconds(children)
    time.sleep(1.0)
    assert cpu_seconds(children) - before < 0.5, "a backend still burns CPU after the 504"
    after = ask(client, server, "GET", "ASK {}", JSON)
    assert after.status_code == 200, f"{after.status_code} {after.text}\n{server.log()}"


def test_query_page_offers_prefixes_and_a_form(client, server):
    response = client.get(server.url + "/")
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/html")
    assert "PREFIX akg: &lt;https://w3id.org/archivekg/ontology#&gt;" in response.text
    assert '<form id="query-form" method="post" action="/query">' in response.text
    for path in QUERY_FILES:
        assert f"Edit {path.name}" in response.text


def test_page_examples_get_the_prefixes_they_lack():
    page = render_page({"akg": AKG_IRI}, [("a.rq", "SELECT * WHERE { ?s akg:x ?o }")])
    assert "PREFIX akg: &lt;" in page
    declared = "PREFIX akg: <urn:other#>\nASK {}"
    assert with_prefixes(declared, {"akg": AKG_IRI}) == declared + "\n"


def test_build_is_refused_while_the_store_is_served(server, store):
    with pytest.raises(StoreError, match="being served"):
        with writer_lock(store):
            pass


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "archivekg", *args], capture_output=True, text=True, timeout=60
    )


def test_check_exits_0_on_a_running_endpoint_and_1_otherwise(server):
    assert run_cli("serve", "--check", server.url).returncode == 0
    assert run_cli("serve", "--check", server.endpoint).returncode == 0
    down = run_cli("serve", "--check", "http://127.0.0.1:9/query")
    assert down.returncode == 1
    assert down.stderr.startswith("Error: http://127.0.0.1:9/query")


def test_missing_store_is_a_clear_error(tmp_path):
    result = run_cli("serve", "--store", str(tmp_path / "nowhere"), "--bind", "127.0.0.1:0")
    assert result.returncode == 1
    assert result.stderr.startswith("Error: store ")
    assert "Traceback" not in result.stderr


def test_bad_bind_is_a_clear_error():
    with pytest.raises(Exception, match="expected HOST:PORT"):
        parse_bind("7878")
    assert parse_bind("[::1]:7878") == ("::1", 7878)


def test_writable_server_accepts_updates_with_cors_and_exits_on_sigterm(tmp_path):
    store_dir = build_store(tmp_path)
    writable = Server(store_dir, "--writable", "--cors")
    children = writable.children()
    try:
        with httpx.Client(timeout=30) as http:
            update = f"INSERT DATA {{ GRAPH <{ID}graph/new> {{ <{ID}x> <{T}title> 'x' }} }}"
            assert http.post(writable.url + "/update", data={"update": update}).status_code == 204
            answer = http.get(writable.endpoint, params={"query": f"ASK {{ <{ID}x> ?p ?o }}"},
                              headers={"Accept": JSON, "Origin": "http://example.org"})
            assert answer.json()["boolean"] is True
            assert answer.headers["Access-Control-Allow-Origin"] == "*"
            preflight = http.options(writable.endpoint)
            assert preflight.status_code == 204
        with pytest.raises(StoreError):
            with writer_lock(store_dir):
                pass
    finally:
        code = writable.stop()
    assert code == 0
    assert children and not any(alive(pid) for pid in children)
    with writer_lock(store_dir):
        pass


def test_ctrl_c_stops_a_read_only_server_and_its_backends(store):
    running = Server(store)
    children = running.children()
    running.process.send_signal(signal.SIGINT)
    assert running.process.wait(timeout=30) == 0
    assert len(children) == 2 and not any(alive(pid) for pid in children)
