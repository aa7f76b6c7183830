"""SPARQL endpoint throughput and latency (`archivekg serve`) on a synthetic corpus.

Builds a store from n synthetic documents, serves it (the front and its Oxigraph
backends are separate processes), and drives it from this process with 1, 8 and
50 concurrent clients on loopback: the contract queries (`queries/documents.rq`,
`persons.rq`, `meetings.rq`, each with LIMIT 100 so an answer is one page) and a
point lookup of one document's triples. Prints queries/s, p50 and p99 latency and
errors, then the same queries in-process through pyoxigraph for comparison.
Targets: >= 500 point lookups/s, 0 errors at 50 clients.
Usage: `python benchmarks/bench_serve.py [--n 10000] [--seconds 5] [--clients 1,8,50] [--dir DIR]`.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from multiprocessing import get_context
from multiprocessing.queues import Queue
from queue import Empty
from pathlib import Path

import aiohttp
import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import write_corpus  # noqa: E402

from archivekg.pipeline import build  # noqa: E402
from archivekg.serve import DEFAULT_QUERIES  # noqa: E402
from archivekg.store import open_for_reading  # noqa: E402

CONTRACT = ("documents.rq", "persons.rq", "meetings.rq")
PAGE = 100
IN_PROCESS_LIMIT_S = 60.0
JSON = "application/sparql-results+json"
DOCUMENT_IRIS = (
    "SELECT ?d WHERE { ?d a <https://w3id.org/archivekg/ontology#ArchivalDocument> }"
)


def point_lookup(iri: str) -> str:
    return f"SELECT ?p ?o WHERE {{ <{iri}> ?p ?o }}"


def workload(store_dir: Path) -> tuple[dict[str, Callable[[random.Random], str]], int]:
    """Query makers by name (each call may give a different query), and the document count."""
    with open_for_reading(store_dir) as db:
        iris = sorted(
            s["d"].value for s in db.query(DOCUMENT_IRIS, use_default_graph_as_union=True)
        )
    makers: dict[str, Callable[[random.Random], str]] = {}
    for name in CONTRACT:
        path = DEFAULT_QUERIES / name
        if path.is_file():
            text = f"{path.read_text(encoding='utf-8').rstrip()}\nLIMIT {PAGE}"
            makers[f"{name} (LIMIT {PAGE})"] = lambda _rng, text=text: text
    makers["point lookup"] = lambda rng: point_lookup(rng.choice(iris))
    return makers, len(iris)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


async def drive(
    endpoint: str, make: Callable[[random.Random], str], clients: int, seconds: float
) -> tuple[float, list[float], int]:
    """`clients` loops sending queries back to back for `seconds`: (wall s, latencies, errors)."""
    latencies: list[float] = []
    errors = 0
    begun = time.perf_counter()
    deadline = begun + seconds

    async def client(session: aiohttp.ClientSession, seed: int) -> None:
        nonlocal errors
        rng = random.Random(seed)
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            try:
                async with session.post(
                    endpoint, data={"query": make(rng)}, headers={"Accept": JSON}
                ) as response:
                    await response.read()
                    ok = response.status == 200
            except aiohttp.ClientError:
                ok = False
            if ok:
                latencies.append(time.perf_counter() - started)
            else:
                errors += 1

    connector = aiohttp.TCPConnector(limit=clients)
    async with aiohttp.ClientSession(connector=connector) as session:
        await asyncio.gather(*(client(session, i) for i in range(clients)))
    return time.perf_counter() - begun, latencies, errors


def in_process(
    store_dir: Path, make: Callable[[random.Random], str], seconds: float, out: Queue
) -> None:
    """The same queries through pyoxigraph, answers serialized to SPARQL JSON like the server."""
    rng = random.Random(0)
    latencies = []
    with open_for_reading(store_dir) as db:
        begun = time.perf_counter()
        while time.perf_counter() < begun + seconds:
            started = time.perf_counter()
            results = db.query(make(rng), use_default_graph_as_union=True)
            results.serialize(format=ox.QueryResultsFormat.JSON)
            latencies.append(time.perf_counter() - started)
    out.put((time.perf_counter() - begun, latencies))


def in_process_bounded(
    store_dir: Path, make: Callable[[random.Random], str], seconds: float, limit_s: float
) -> tuple[float, list[float]] | None:
    """`in_process` in a child killed after `limit_s` (pyoxigraph queries cannot be interrupted)."""
    fork = get_context("fork")  # the query makers are closures: not picklable
    out: Queue = fork.Queue()
    child = fork.Process(target=in_process, args=(store_dir, make, seconds, out))
    child.start()
    try:
        return out.get(timeout=seconds + limit_s)
    except Empty:
        return None
    finally:
        child.kill()
        child.join()


def line(name: str, clients: str, wall: float, latencies: list[float], errors: int) -> str:
    return (
        f"{name:<28} {clients:>7} {len(latencies) / wall:>9.1f}"
        f" {percentile(latencies, 0.5) * 1000:>8.1f}"
        f" {percentile(latencies, 0.99) * 1000:>8.1f} {errors:>7}"
    )


def start_server(store_dir: Path, log_path: Path) -> tuple[subprocess.Popen[str], str]:
    with open(log_path, "w", encoding="utf-8") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "archivekg", "serve", "--store", str(store_dir),
             "--bind", "127.0.0.1:0"],
            stdout=subprocess.PIPE, stderr=log, text=True,
        )
    assert server.stdout is not None
    first = server.stdout.readline()
    if not first:
        raise SystemExit(f"the server did not start; see {log_path}")
    server.stdout.readline()
    return server, first.split()[-1].rstrip("/") + "/query"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="documents in the corpus")
    parser.add_argument("--seconds", type=float, default=5.0, help="per query and client count")
    parser.add_argument("--clients", default="1,8,50", help="comma-separated client counts")
    parser.add_argument("--dir", type=Path, default=None, help="work directory (default: temp)")
    args = parser.parse_args()
    work = args.dir or Path(tempfile.mkdtemp(prefix="bench_serve_"))
    store_dir = work / "store"
    if not (store_dir / "CURRENT").is_file():
        started = time.perf_counter()
        write_corpus(work / "docs", args.n, seed=0)
        report = build([work / "docs"], store_dir, work / "extracted")
        print(f"built {report.documents} documents, {report.triples} triples "
              f"in {time.perf_counter() - started:.1f} s ({store_dir})")
    makers, documents = workload(store_dir)
    server, endpoint = start_server(store_dir, work / "serve.log")
    print(f"serving {documents} documents at {endpoint}; request log in {work / 'serve.log'}\n")
    header = f"{'query':<28} {'clients':>7} {'q/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}"
    try:
        print(header)
        for name, make in makers.items():
            for clients in (int(c) for c in args.clients.split(",")):
                wall, latencies, errors = asyncio.run(drive(endpoint, make, clients, args.seconds))
                print(line(name, str(clients), wall, latencies, errors), flush=True)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    print("\nin-process (pyoxigraph, one thread, answers serialized to SPARQL JSON)")
    print(header)
    for name, make in makers.items():
        measured = in_process_bounded(store_dir, make, args.seconds, IN_PROCESS_LIMIT_S)
        if measured is None:
            print(f"{name:<28} {'-':>7}  no answer within {IN_PROCESS_LIMIT_S:.0f} s", flush=True)
        else:
            print(line(name, "-", measured[0], measured[1], 0), flush=True)


if __name__ == "__main__":
    main()
