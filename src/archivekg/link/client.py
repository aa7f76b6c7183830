"""A polite Wikidata client: one request at a time, named, cached, retried with restraint.

Wikidata's policy asks every client for a User-Agent naming the tool, its version and
a way to reach its authors (without one it may answer 403, or 200 with nothing), and
for honouring `Retry-After` when it is busy. Answers are cached on disk by the full
request, so a re-run sends nothing it already asked, and `offline` sends nothing at all.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable, Mapping
from datetime import datetime, timezone
from typing import Any

import httpx

from archivekg import __version__
from archivekg.errors import LinkError
from archivekg.link.cache import Cache, CachedAnswer

DEFAULT_API = "https://www.wikidata.org/w/api.php"
DEFAULT_SPARQL = "https://query.wikidata.org/sparql"
USER_AGENT = (
    f"archivekg/{__version__} (https://github.com/archivekg/archivekg; contact via issues) "
    f"httpx/{httpx.__version__}"
)
RETRY_STATUSES = (429, 503)


class NotCached(LinkError):
    """Offline, and the cache does not hold the answer to this request."""


def utc_now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def retry_after_seconds(value: str | None, default: float) -> float:
    """Seconds to wait from a `Retry-After` header (delta-seconds or HTTP date)."""
    if not value:
        return default
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return default
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


class WikidataClient:
    """Search (wbsearchentities) and SPARQL against configurable endpoints.

    Requests go out strictly one after another (a synchronous client, no pool of
    workers); `requests_sent` counts what actually reached the network.
    """

    def __init__(
        self,
        cache: Cache,
        *,
        api_url: str = DEFAULT_API,
        sparql_url: str = DEFAULT_SPARQL,
        offline: bool = False,
        timeout: float = 30.0,
        max_retries: int = 3,
        max_wait: float = 60.0,
        user_agent: str = USER_AGENT,
        clock: Callable[[], str] = utc_now,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.cache = cache
        self.api_url = api_url
        self.sparql_url = sparql_url
        self.offline = offline
        self.max_retries = max_retries
        self.max_wait = max_wait
        self.clock = clock
        self.sleep = sleep
        self.requests_sent = 0
        self._refusal: LinkError | None = None
        self._http = httpx.Client(timeout=timeout, follow_redirects=True)
        if user_agent:
            self._http.headers["User-Agent"] = user_agent
        else:  # only tests do this: to see what Wikidata does to anonymous clients
            del self._http.headers["User-Agent"]

    def __enter__(self) -> "WikidataClient":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def search(self, label: str, *, language: str = "en", limit: int = 10) -> CachedAnswer:
        """wbsearchentities for `label` among items, in `language`."""
        params = {
            "action": "wbsearchentities",
            "search": label,
            "language": language,
            "uselang": language,
            "type": "item",
            "limit": str(limit),
            "format": "json",
        }
        request = {"method": "GET", "url": self.api_url, "params": params}
        answer = self._fetch(request, f"wbsearchentities {label!r} at {self.api_url}")
        body = answer.body
        if not isinstance(body, dict) or "error" in body or not isinstance(body.get("search"), list):
            detail = body.get("error", {}).get("info", "") if isinstance(body, dict) else ""
            raise LinkError(
                f"wbsearchentities {label!r} at {self.api_url}: unexpected answer {detail}".rstrip()
            )
        return answer

    def sparql(self, query: str, what: str = "SPARQL query") -> CachedAnswer:
        """A SELECT query; the answer must be SPARQL 1.1 results JSON."""
        request = {"method": "POST", "url": self.sparql_url, "data": {"query": query}}
        answer = self._fetch(request, f"{what} at {self.sparql_url}")
        body = answer.body
        bindings = body.get("results", {}).get("bindings") if isinstance(body, dict) else None
        if not isinstance(bindings, list):
            raise LinkError(f"{what} at {self.sparql_url}: not a SPARQL results document")
        return answer

    def _fetch(self, request: Mapping[str, Any], name: str) -> CachedAnswer:
        cached = self.cache.get(request)
        if cached is not None:
            return cached
        if self.offline:
            raise NotCached(f"{name}: not in the cache (offline)")
        if self._refusal is not None:
            raise LinkError(f"{name}: not sent, the server refused earlier: {self._refusal}")
        answer = CachedAnswer(self._send(request, name), self.clock())
        self.cache.put(request, answer)
        return answer

    def _send(self, request: Mapping[str, Any], name: str) -> Any:
        attempt = 0
        while True:
            response = self._request_once(request, name)
            if response.status_code in RETRY_STATUSES and attempt < self.max_retries:
                wait = retry_after_seconds(response.headers.get("Retry-After"), 2.0**attempt)
                self.sleep(min(wait, self.max_wait))
                attempt += 1
                continue
            if response.status_code == 403:
                self._refusal = LinkError(
                    f"{name}: HTTP 403 forbidden (does the User-Agent name the tool and a contact?)"
                )
                raise self._refusal
            if response.status_code in RETRY_STATUSES:
                self._refusal = LinkError(f"{name}: HTTP {response.status_code} after {attempt} retries")
                raise self._refusal
            if response.status_code != 200:
                raise LinkError(f"{name}: HTTP {response.status_code}")
            try:
                return response.json()
            except ValueError:
                raise LinkError(f"{name}: malformed JSON in the answer") from None

    def _request_once(self, request: Mapping[str, Any], name: str) -> httpx.Response:
        accept = {"Accept": "application/sparql-results+json, application/json"}
        self.requests_sent += 1
        try:
            if request["method"] == "GET":
                return self._http.get(request["url"], params=request["params"], headers=accept)
            return self._http.post(request["url"], data=request["data"], headers=accept)
        except httpx.TimeoutException:
            raise LinkError(f"{name}: timed out") from None
        except httpx.HTTPError as exc:
            raise LinkError(f"{name}: {type(exc).__name__}: {exc}") from None
