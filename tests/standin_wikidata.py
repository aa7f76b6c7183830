"""A stand-in for Wikidata on 127.0.0.1: wbsearchentities and SPARQL results JSON.

Answers come from invented fixtures (tests/fixtures/wikidata): search hits per
search term (decoys included) and statements per item; the constraint query is
answered by reading the QIDs out of its VALUES block. Faults are queued per test
(`standin.faults.append(("status", 429, {"Retry-After": "1"}))`, `("sleep", s)`,
`("garbage",)`, `("body", b"...")`) or tied to a search term (`fault_terms`), and every request is logged, so tests can count what
a run actually sent.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

FIXTURES = Path(__file__).parent / "fixtures" / "wikidata"
ENTITY = "http://www.wikidata.org/entity/"
XSD_DATETIME = "http://www.w3.org/2001/XMLSchema#dateTime"
WKT = "http://www.opengis.net/ont/geosparql#wktLiteral"


class StandIn:
    """Run with `with StandIn() as s:`; `s.api_url`, `s.sparql_url`, `s.requests`."""

    def __init__(self, fixtures: Path = FIXTURES) -> None:
        self.search_hits: dict[str, list[dict[str, Any]]] = json.loads(
            (fixtures / "search.json").read_text(encoding="utf-8"))["search"]
        self.items: dict[str, dict[str, list]] = json.loads(
            (fixtures / "items.json").read_text(encoding="utf-8"))["items"]
        self.requests: list[dict[str, Any]] = []
        self.faults: deque[tuple] = deque()
        self.fault_terms: dict[str, tuple] = {}
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def api_url(self) -> str:
        return self.base_url + "/w/api.php"

    @property
    def sparql_url(self) -> str:
        return self.base_url + "/sparql"

    def __enter__(self) -> "StandIn":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def search(self, term: str) -> dict[str, Any]:
        hits = self.search_hits.get(term.casefold(), [])
        return {"searchinfo": {"search": term}, "search": [
            {"id": h["id"], "concepturi": ENTITY + h["id"], "label": h["label"],
             "description": h.get("description", ""),
             "match": {"type": h.get("match_type", "label"), "language": "en",
                       "text": h.get("match", h["label"])}}
            for h in hits], "success": 1}

    def sparql(self, query: str) -> dict[str, Any]:
        values = re.search(r"VALUES\s+\?item\s*\{([^}]*)\}", query)
        qids = re.findall(r"wd:(Q[0-9]+)", values.group(1)) if values else []
        rows = []
        for qid in qids:
            for prop, entries in sorted(self.items.get(qid, {}).items()):
                for entry in entries:
                    row = {"item": {"type": "uri", "value": ENTITY + qid},
                           "property": {"type": "literal", "value": prop}}
                    if prop in ("P569", "P570"):
                        row["value"] = {"type": "literal", "datatype": XSD_DATETIME, "value": entry}
                    elif prop == "P625":
                        row["value"] = {"type": "literal", "datatype": WKT, "value": entry}
                    else:
                        row["value"] = {"type": "uri", "value": ENTITY + entry[0]}
                        row["valueLabel"] = {"type": "literal", "xml:lang": "en", "value": entry[1]}
                    rows.append(row)
        return {"head": {"vars": ["item", "property", "value", "valueLabel"]},
                "results": {"bindings": rows}}

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        standin = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _reply(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test): nothing to answer

            def _handle(self, params: dict[str, list[str]]) -> None:
                path = urlsplit(self.path).path
                term = params.get("search", [""])[0]
                standin.requests.append({"method": self.command, "path": path, "search": term,
                                         "query": params.get("query", [""])[0],
                                         "user_agent": self.headers.get("User-Agent")})
                if not self.headers.get("User-Agent"):
                    return self._reply(403, b'{"error": "Please set a user-agent"}')
                fault = standin.faults.popleft() if standin.faults else standin.fault_terms.get(term)
                if fault and fault[0] == "status":
                    return self._reply(fault[1], b"{}", fault[2] if len(fault) > 2 else None)
                if fault and fault[0] == "sleep":
                    time.sleep(fault[1])
                if fault and fault[0] == "garbage":
                    return self._reply(200, b'{"search": [ {"id": "Q')
                if fault and fault[0] == "body":
                    return self._reply(200, fault[1])
                if path == "/w/api.php" and params.get("action") == ["wbsearchentities"]:
                    body = standin.search(term)
                elif path == "/sparql" and params.get("query"):
                    body = standin.sparql(params["query"][0])
                else:
                    return self._reply(400, b'{"error": "bad request"}')
                self._reply(200, json.dumps(body).encode("utf-8"))

            def do_GET(self) -> None:
                self._handle(parse_qs(urlsplit(self.path).query))

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                self._handle(parse_qs(self.rfile.read(length).decode("utf-8")))

        return Handler
