"""The supervising front: an aiohttp reverse proxy over Oxigraph backends.

Why a front at all (measured on oxigraph 0.5.13, see docs/serve.md): Oxigraph's
`--timeout-s` answers a cancelled query with status 200 and a cut-off or empty
body, and does not stop every runaway query. The front buffers each answer so
that a cancelled one becomes a 504, gives every request a hard deadline after
which the backend running it is killed (and restarted by its supervisor),
restarts a backend whose query Oxigraph cancelled (its next answer may be a
`500 Resource temporarily unavailable`, seen in the tests), retries a query once
on another backend when its own was restarted under it or failed with a 5xx,
and logs one line per request.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from urllib.parse import parse_qs

import aiohttp
from aiohttp import web
from yarl import URL

from archivekg.serve_backend import Backend

log = logging.getLogger("archivekg.serve")

CANCELLED_MARKER = b"The SPARQL operation has been cancelled"
FORMATS = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "nquads": "application/n-quads",
    "rdfxml": "application/rdf+xml",
}
FORWARDED_HEADERS = ("Accept", "Content-Type")
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Content-Type",
}

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class NoBackend(Exception):
    """No backend became ready before the request's deadline."""


class Pool:
    """The backends; hands out the least busy ready one."""

    def __init__(self, backends: list[Backend]) -> None:
        self.backends = backends

    async def acquire(self, avoid: Backend | None, wait_s: float) -> Backend:
        """A ready backend, preferring one other than `avoid`; waits up to `wait_s` for one."""
        ready = [b for b in self.backends if b.ready.is_set()]
        preferred = [b for b in ready if b is not avoid] or ready
        if preferred:
            return min(preferred, key=lambda b: b.in_flight)
        waiters = [asyncio.create_task(b.ready.wait()) for b in self.backends]
        done, pending = await asyncio.wait(
            waiters, timeout=max(wait_s, 0.0), return_when=asyncio.FIRST_COMPLETED
        )
        for task in pending:
            task.cancel()
        if not done:
            raise NoBackend
        return await self.acquire(avoid, 0.0)


def _plain(status: int, message: str) -> web.Response:
    return web.Response(status=status, text=message + "\n")


class Front:
    """Routes `/` to the query page and everything else to a backend, under a deadline."""

    def __init__(
        self, pool: Pool, session: aiohttp.ClientSession, timeout_s: float, grace_s: float
    ) -> None:
        self.pool = pool
        self.session = session
        self.timeout_s = timeout_s
        self.grace_s = grace_s

    def forwarded_headers(self, request: web.Request, body: bytes) -> dict[str, str]:
        """Accept and Content-Type, with `format=` (the plain form's menu) overriding Accept."""
        headers = {k: request.headers[k] for k in FORWARDED_HEADERS if k in request.headers}
        fmt = request.query.get("format")
        if fmt is None and request.content_type == "application/x-www-form-urlencoded":
            fmt = parse_qs(body.decode("utf-8", "replace")).get("format", [None])[0]
        if fmt in FORMATS:
            headers["Accept"] = FORMATS[fmt]
        return headers

    async def _forward(
        self, backend: Backend, request: web.Request, headers: dict[str, str], body: bytes
    ) -> tuple[int, str, bytes]:
        url = URL(backend.url + request.raw_path, encoded=True)
        async with self.session.request(request.method, url, headers=headers, data=body) as up:
            payload = await up.read()
            return up.status, up.headers.get("Content-Type", "text/plain"), payload

    async def proxy(self, request: web.Request) -> web.StreamResponse:
        """Send the request to a backend; turn cancellations and overruns into 504."""
        loop = asyncio.get_running_loop()
        started = loop.time()
        deadline = started + self.timeout_s + self.grace_s
        body = await request.read()
        headers = self.forwarded_headers(request, body)
        is_query = request.path == "/query"
        idempotent = is_query or request.method in ("GET", "HEAD")
        avoid: Backend | None = None
        retried = ""
        for attempt in range(2):
            try:
                backend = await self.pool.acquire(avoid, deadline - loop.time())
            except NoBackend:
                request["note"] = "no backend ready"
                return _plain(503, "The SPARQL endpoint is restarting; try again shortly.")
            remaining = deadline - loop.time()
            if remaining <= 0:
                request["note"] = "deadline passed before a backend was free"
                return self.timed_out()
            backend.in_flight += 1
            try:
                status, content_type, payload = await asyncio.wait_for(
                    self._forward(backend, request, headers, body), remaining
                )
            except asyncio.TimeoutError:
                backend.kill()
                request["note"] = f"backend #{backend.index} killed after the deadline"
                return self.timed_out()
            except aiohttp.ClientError as exc:
                if idempotent and attempt == 0:
                    avoid = backend
                    retried = f"backend #{backend.index} failed ({type(exc).__name__}), retried on "
                    continue
                request["note"] = f"backend #{backend.index}: {exc}"
                return _plain(503, "The SPARQL endpoint's backend failed; try again shortly.")
            finally:
                backend.in_flight -= 1
            request["note"] = f"{retried}backend #{backend.index}"
            overran = loop.time() - started >= self.timeout_s
            if is_query and status == 200 and (overran or CANCELLED_MARKER in payload[-200:]):
                backend.kill()
                request["note"] += " cancelled at the timeout; restarted"
                return self.timed_out()
            if status >= 500 and idempotent and attempt == 0:
                avoid = backend
                retried = f"backend #{backend.index} answered {status}, retried on "
                continue
            return web.Response(status=status, body=payload, headers={"Content-Type": content_type})
        raise AssertionError("unreachable: the loop returns on its last attempt")

    def timed_out(self) -> web.Response:
        return _plain(
            504,
            f"Query timed out: it ran longer than this endpoint's {self.timeout_s:g} s limit "
            "and was stopped. Add LIMIT, narrow the patterns, or run it with `archivekg query`.",
        )


def access_log_middleware() -> Callable[[web.Request, Handler], Awaitable[web.StreamResponse]]:
    """One line per request: client, method, path, status, size, time, which backend."""

    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        started = time.perf_counter()
        try:
            response = await handler(request)
        except web.HTTPException as exc:
            response = exc
        elapsed_ms = (time.perf_counter() - started) * 1000
        body = response.body if isinstance(response, web.Response) else None
        size = len(body) if isinstance(body, bytes) else 0
        note = request.get("note", "")
        log.info(
            '%s "%s %s" %d %dB %.1fms %s',
            request.remote, request.method, request.path, response.status, size, elapsed_ms, note,
        )
        return response

    return middleware


def cors_middleware() -> Callable[[web.Request, Handler], Awaitable[web.StreamResponse]]:
    """Answer preflights and let any origin read any answer, errors included."""

    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.method == "OPTIONS":
            return web.Response(status=204, headers=CORS_HEADERS)
        response = await handler(request)
        response.headers.update(CORS_HEADERS)
        return response

    return middleware


def make_app(front: Front, page_html: str, cors: bool) -> web.Application:
    """The aiohttp application: `/` is the query page, every other path goes to Oxigraph."""
    middlewares = [access_log_middleware()] + ([cors_middleware()] if cors else [])
    app = web.Application(middlewares=middlewares, client_max_size=64 * 1024 * 1024)

    async def page(_: web.Request) -> web.Response:
        return web.Response(text=page_html, content_type="text/html")

    app.router.add_get("/", page)
    app.router.add_route("*", "/{tail:.+}", front.proxy)
    return app
