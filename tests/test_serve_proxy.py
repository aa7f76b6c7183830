"""The front's retry and restart rules, against stand-in backends on 127.0.0.1 (no Oxigraph)."""

from __future__ import annotations

import asyncio

import aiohttp
from aiohttp import web
from aiohttp.test_utils import TestServer

from archivekg.serve_proxy import CANCELLED_MARKER, Front, Pool, make_app


class StandIn:
    """A backend as the pool sees it: an index, a URL, a ready flag, and a kill switch."""

    def __init__(self, index: int, answers: list[tuple[int, bytes]]) -> None:
        self.index = index
        self.answers = answers
        self.asked = 0
        self.killed = 0
        self.in_flight = 0
        self.ready = asyncio.Event()
        self.ready.set()
        self.url = ""
        self.server: TestServer | None = None

    async def start(self) -> None:
        async def answer(_: web.Request) -> web.Response:
            status, body = self.answers[min(self.asked, len(self.answers) - 1)]
            self.asked += 1
            return web.Response(status=status, body=body, content_type="application/sparql-results+json")

        app = web.Application()
        app.router.add_route("*", "/query", answer)
        self.server = TestServer(app, host="127.0.0.1")
        await self.server.start_server()
        self.url = str(self.server.make_url("")).rstrip("/")

    def kill(self) -> None:
        self.killed += 1


async def ask_front(backends: list[StandIn]) -> tuple[int, str]:
    for backend in backends:
        await backend.start()
    async with aiohttp.ClientSession() as session:
        front = Front(Pool(backends), session, timeout_s=5, grace_s=1)  # type: ignore[arg-type]
        server = TestServer(make_app(front, "<html></html>", cors=False), host="127.0.0.1")
        await server.start_server()
        try:
            async with session.get(server.make_url("/query"), params={"query": "ASK {}"}) as response:
                return response.status, await response.text()
        finally:
            await server.close()
            for backend in backends:
                assert backend.server is not None
                await backend.server.close()


OK = (200, b'{"head":{},"boolean":true}')


def test_a_backend_error_is_retried_once_on_the_other_backend():
    failing = StandIn(1, [(500, b"Resource temporarily unavailable (os error 11)")])
    healthy = StandIn(2, [OK])
    status, body = asyncio.run(ask_front([failing, healthy]))
    assert (status, failing.asked, healthy.asked) == (200, 1, 1)
    assert '"boolean":true' in body


def test_a_query_oxigraph_cancelled_is_a_504_and_its_backend_is_restarted():
    cancelled = StandIn(1, [(200, b'{"head":{"vars":["n"]},"results":{"bindings":[' + CANCELLED_MARKER)])
    other = StandIn(2, [OK])
    other.in_flight = 1
    status, body = asyncio.run(ask_front([cancelled, other]))
    assert (status, cancelled.killed, other.asked) == (504, 1, 0)
    assert "timed out" in body
