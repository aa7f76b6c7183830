"""Stage 6: serve the store over the SPARQL 1.1 Protocol with the real Oxigraph server.

`serve` holds the store's reader lock (writer lock when writable) for its whole
life, runs Oxigraph backends on loopback ports and puts the supervising front of
serve_proxy in front of them; `check` probes a running endpoint for scripts.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import httpx
from aiohttp import web

from archivekg.errors import ServeError
from archivekg.serve_backend import Backend
from archivekg.serve_page import example_queries, render_page
from archivekg.serve_proxy import Front, Pool, make_app
from archivekg.store import reader_lock, writer_lock
from archivekg.vocab import PREFIXES

log = logging.getLogger("archivekg.serve")

DEFAULT_BIND = "localhost:7878"
DEFAULT_TIMEOUT_S = 30
DEFAULT_QUERIES = Path(__file__).resolve().parents[2] / "queries"
READ_ONLY_REPLICAS = 2
GRACE_S = 1.0


@dataclass(frozen=True)
class ServeConfig:
    """What `archivekg serve` was asked for; `replicas` and `grace_s` tune the front."""

    store_dir: Path
    host: str = "localhost"
    port: int = 7878
    timeout_s: int = DEFAULT_TIMEOUT_S
    cors: bool = False
    writable: bool = False
    queries_dir: Path = field(default=DEFAULT_QUERIES)
    replicas: int = READ_ONLY_REPLICAS
    grace_s: float = GRACE_S


def parse_bind(bind: str) -> tuple[str, int]:
    """'HOST:PORT' (IPv6 hosts in brackets) -> (host, port); port 0 picks a free one."""
    host, sep, port = bind.rpartition(":")
    if not sep or not host or not port.isdigit() or int(port) > 65535:
        raise ServeError(f"--bind {bind!r}: expected HOST:PORT, e.g. localhost:7878")
    return host.strip("[]"), int(port)


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


@contextlib.contextmanager
def _store_lock(config: ServeConfig) -> Iterator[None]:
    lock = writer_lock if config.writable else reader_lock
    with lock(config.store_dir):
        yield


def serve(config: ServeConfig, announce: Callable[[str], None]) -> None:
    """Serve until SIGINT/SIGTERM; `announce(base_url)` once the endpoint answers."""
    with _store_lock(config):
        asyncio.run(_serve(config, announce))


async def _serve(config: ServeConfig, announce: Callable[[str], None]) -> None:
    count = 1 if config.writable else max(1, config.replicas)
    backends = [
        Backend(i + 1, config.store_dir, config.timeout_s, config.writable) for i in range(count)
    ]
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    connector = aiohttp.TCPConnector(limit=0, force_close=False)
    async with aiohttp.ClientSession(connector=connector, auto_decompress=False) as session:
        runner: web.AppRunner | None = None
        try:
            started = await asyncio.gather(
                *(b.start(session) for b in backends), return_exceptions=True
            )
            for failure in started:
                if isinstance(failure, BaseException):
                    raise failure
            front = Front(Pool(backends), session, config.timeout_s, config.grace_s)
            page = render_page(PREFIXES, example_queries(config.queries_dir))
            runner = web.AppRunner(make_app(front, page, config.cors), access_log=None)
            await runner.setup()
            site = web.TCPSite(runner, config.host, config.port)
            try:
                await site.start()
            except OSError as exc:
                raise ServeError(f"cannot listen on {config.host}:{config.port}: {exc.strerror}")
            port = runner.addresses[0][1]
            announce(f"http://{_url_host(config.host)}:{port}")
            await stop.wait()
            log.info("stopping")
        finally:
            if runner is not None:
                await runner.cleanup()
            await asyncio.gather(*(b.close() for b in backends))


def check(url: str, timeout_s: float = 5.0) -> float:
    """Ask a running endpoint `ASK {}`; the seconds it took, or ServeError saying what failed.

    `url` is the endpoint (`…/query`) or the server's base URL.
    """
    endpoint = url if url.rstrip("/").endswith("/query") else url.rstrip("/") + "/query"
    try:
        response = httpx.get(
            endpoint,
            params={"query": "ASK {}"},
            headers={"Accept": "application/sparql-results+json"},
            timeout=timeout_s,
        )
    except httpx.HTTPError as exc:
        raise ServeError(f"{endpoint}: {exc or type(exc).__name__}") from None
    if response.status_code != 200:
        raise ServeError(f"{endpoint}: HTTP {response.status_code}: {response.text.strip()[:200]}")
    try:
        answer = response.json()
    except ValueError:
        raise ServeError(f"{endpoint}: not a SPARQL JSON answer") from None
    if answer.get("boolean") is not True:
        raise ServeError(f"{endpoint}: unexpected answer to ASK {{}}: {answer}")
    return response.elapsed.total_seconds()


def configure_logging() -> None:
    """Request lines to stderr, one each, timestamped (the server's log, not data)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
