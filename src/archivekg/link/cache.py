"""On-disk answer cache: a re-run of `link` asks Wikidata nothing it already asked.

One JSON file per request, named by the SHA-256 of the request's canonical form
(method, URL and every parameter), so a changed query is a new entry and an
unchanged one is never sent again. Each entry keeps the time it was fetched: links
record that time, which keeps a re-run from cache byte-identical.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from archivekg.errors import LinkError


@dataclass(frozen=True)
class CachedAnswer:
    """A decoded answer and the UTC time (ISO 8601, seconds) it was fetched."""

    body: Any
    fetched_at: str


def request_key(request: Mapping[str, Any]) -> str:
    """The cache key of a request: a digest of its canonical JSON."""
    canonical = json.dumps(request, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class Cache:
    """JSON files under `directory`, written atomically (temp file + rename)."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)

    def _path(self, request: Mapping[str, Any]) -> Path:
        key = request_key(request)
        return self.directory / key[:2] / f"{key}.json"

    def get(self, request: Mapping[str, Any]) -> CachedAnswer | None:
        path = self._path(request)
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            raise LinkError(f"{path}: unreadable cache entry ({exc}); delete it to refetch") from None
        if not isinstance(entry, dict) or "body" not in entry or "fetched_at" not in entry:
            raise LinkError(f"{path}: malformed cache entry; delete it to refetch")
        return CachedAnswer(entry["body"], entry["fetched_at"])

    def put(self, request: Mapping[str, Any], answer: CachedAnswer) -> None:
        path = self._path(request)
        path.parent.mkdir(parents=True, exist_ok=True)
        entry = {"request": dict(request), "fetched_at": answer.fetched_at, "body": answer.body}
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(entry, ensure_ascii=False, sort_keys=True, indent=1), encoding="utf-8")
        os.replace(tmp, path)
