"""Oxigraph server processes behind the front: start, watch, kill and restart them.

The front kills a backend to stop a runaway query (Oxigraph's own timeout does
not stop every query), so each backend is supervised: whenever its process
ends while the server is running, a fresh one is started on the same store.
"""

from __future__ import annotations

import asyncio
import collections
import ctypes
import logging
import shutil
import signal
import socket
import sys
from pathlib import Path

import aiohttp

from archivekg.errors import ServeError

log = logging.getLogger("archivekg.serve")

READY_TIMEOUT_S = 60.0
STOP_TIMEOUT_S = 5.0
RESTART_BACKOFF_S = 1.0
PR_SET_PDEATHSIG = 1


def oxigraph_executable() -> str:
    """The `oxigraph` CLI of the environment archivekg runs in, else the one on PATH."""
    beside = Path(sys.executable).parent
    found = shutil.which("oxigraph", path=str(beside)) or shutil.which("oxigraph")
    if found is None:
        raise ServeError("the oxigraph server is not installed (pip install oxigraph)")
    return found


def free_port() -> int:
    """A loopback port nobody listens on right now (the backend binds it a moment later)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _die_with_parent() -> None:
    """Runs in the child: the kernel kills it if the front dies, even by SIGKILL."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


class Backend:
    """One supervised `oxigraph serve[-read-only]` process on a loopback port."""

    def __init__(self, index: int, store_dir: Path, timeout_s: int, writable: bool) -> None:
        self.index = index
        self.store_dir = store_dir
        self.timeout_s = timeout_s
        self.writable = writable
        self.url = ""
        self.in_flight = 0
        self.generation = 0
        self.ready = asyncio.Event()
        self._process: asyncio.subprocess.Process | None = None
        self._stderr: collections.deque[str] = collections.deque(maxlen=20)
        self._closing = False
        self._supervisor: asyncio.Task[None] | None = None
        self._drain: asyncio.Task[None] | None = None
        self._session: aiohttp.ClientSession | None = None

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process else None

    def command(self, port: int) -> list[str]:
        mode = "serve" if self.writable else "serve-read-only"
        return [
            oxigraph_executable(),
            mode,
            "--location",
            str(self.store_dir),
            "--bind",
            f"127.0.0.1:{port}",
            "--union-default-graph",
            "--timeout-s",
            str(self.timeout_s),
        ]

    async def start(self, session: aiohttp.ClientSession) -> None:
        """Launch the first process and wait until it answers; raise ServeError if it cannot."""
        self._session = session
        await self._launch()
        self._supervisor = asyncio.create_task(self._supervise())

    async def _launch(self) -> None:
        port = free_port()
        self._stderr.clear()
        self._process = await asyncio.create_subprocess_exec(
            *self.command(port),
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.PIPE,
            preexec_fn=_die_with_parent if sys.platform == "linux" else None,
        )
        self._drain = asyncio.create_task(self._drain_stderr(self._process))
        self.url = f"http://127.0.0.1:{port}"
        await self._wait_ready(self._process)
        self.generation += 1
        self.ready.set()
        log.debug("backend #%d pid %d ready at %s", self.index, self._process.pid, self.url)

    async def _drain_stderr(self, process: asyncio.subprocess.Process) -> None:
        assert process.stderr is not None
        async for raw in process.stderr:
            line = raw.decode("utf-8", "replace").rstrip()
            if line:
                self._stderr.append(line)

    async def _wait_ready(self, process: asyncio.subprocess.Process) -> None:
        assert self._session is not None
        loop = asyncio.get_running_loop()
        deadline = loop.time() + READY_TIMEOUT_S
        probe = f"{self.url}/query?query=ASK%7B%7D"
        while loop.time() < deadline:
            if process.returncode is not None:
                await asyncio.sleep(0.05)
                reason = " ".join(self._stderr) or f"exit status {process.returncode}"
                raise ServeError(f"oxigraph could not serve {self.store_dir}: {reason}")
            try:
                async with self._session.get(probe) as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.05)
        process.kill()
        raise ServeError(f"oxigraph did not start on {self.store_dir} within {READY_TIMEOUT_S:.0f} s")

    async def _supervise(self) -> None:
        """Restart the process whenever it ends while the server is still running."""
        while not self._closing:
            assert self._process is not None
            await self._process.wait()
            self.ready.clear()
            if self._closing:
                return
            log.warning("backend #%d (pid %d) ended; restarting it", self.index, self._process.pid)
            try:
                await self._launch()
            except ServeError as exc:
                log.error("backend #%d: %s", self.index, exc)
                await asyncio.sleep(RESTART_BACKOFF_S)

    def kill(self) -> None:
        """Stop a runaway query the only sure way; the supervisor starts a fresh process."""
        self.ready.clear()
        if self._process is not None and self._process.returncode is None:
            self._process.kill()

    async def close(self) -> None:
        """Stop for good: SIGTERM, then SIGKILL if the process lingers."""
        self._closing = True
        self.ready.clear()
        process = self._process
        if process is not None and process.returncode is None:
            process.terminate()
            try:
                await asyncio.wait_for(process.wait(), STOP_TIMEOUT_S)
            except asyncio.TimeoutError:
                process.kill()
                await process.wait()
        if self._supervisor is not None:
            await self._supervisor
