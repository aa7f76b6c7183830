"""The curator's file: one row per entity and decision, plain TSV under `extracted/`.

A curator flips `auto` to `accepted` (the link becomes skos:exactMatch and is never
looked up again) or `rejected` (that item is never linked to that entity again), or
writes a row by hand. `link` regenerates the `auto` rows and copies curated rows
through unchanged, so a curator's word is never overwritten.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from archivekg.errors import LinkError

FILE_NAME = "wikidata-review.tsv"
HEADER = ("entity", "kind", "label", "qid", "score", "status", "reason")
STATUSES = ("auto", "accepted", "rejected")
KINDS = ("person", "organization", "place")
_QID = re.compile(r"Q[1-9][0-9]*")
_SCORE = re.compile(r"(?:0|1)(?:\.[0-9]+)?")


class ReviewError(LinkError):
    """A review file that cannot be read; `location` is the file, or `file:line`."""

    def __init__(self, location: str, reason: str) -> None:
        super().__init__(f"{location}: {reason}")
        self.location = location
        self.reason = reason


@dataclass(frozen=True, order=True)
class ReviewRow:
    """A line of the file; `qid` and `score` are empty for an entity left unlinked."""

    entity: str
    kind: str
    label: str
    qid: str
    score: str
    status: str
    reason: str = ""

    @property
    def curated(self) -> bool:
        return self.status != "auto"


def _clean(field: str) -> str:
    return " ".join(field.split())


def _parse(path: Path, number: int, line: str) -> ReviewRow:
    where = f"{path}:{number}"
    fields = line.split("\t")
    if len(fields) == len(HEADER) - 1:
        fields.append("")
    if len(fields) != len(HEADER):
        raise ReviewError(where, f"expected {len(HEADER)} tab-separated columns "
                          f"({', '.join(HEADER)}), found {len(fields)}")
    row = ReviewRow(*(f.strip() for f in fields))
    if ":" not in row.entity or " " in row.entity:
        raise ReviewError(where, f"entity must be an IRI, not {row.entity!r}")
    if row.kind not in KINDS:
        raise ReviewError(where, f"kind must be one of {', '.join(KINDS)}, not {row.kind!r}")
    if row.status not in STATUSES:
        raise ReviewError(where, f"status must be one of {', '.join(STATUSES)}, not {row.status!r}")
    if (row.qid or row.curated) and not _QID.fullmatch(row.qid):
        raise ReviewError(where, f"QID must look like Q123, not {row.qid!r}")
    if row.score and not _SCORE.fullmatch(row.score):
        raise ReviewError(where, f"score must be a number between 0 and 1, not {row.score!r}")
    return row


def read_review(path: Path) -> list[ReviewRow]:
    """The rows of the file (none if it does not exist yet); a bad row is an error
    naming the file and line, and so is a second accepted QID for one entity."""
    if not path.exists():
        return []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ReviewError(str(path), f"cannot read the review file ({exc})") from None
    rows = []
    accepted: dict[str, str] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#") or tuple(line.split("\t")) == HEADER:
            continue
        row = _parse(path, number, line)
        if row.status == "accepted":
            if accepted.setdefault(row.entity, row.qid) != row.qid:
                raise ReviewError(f"{path}:{number}", f"{row.entity} is already accepted as "
                                  f"{accepted[row.entity]}; accept one QID per entity")
        rows.append(row)
    return rows


def write_review(path: Path, rows: Iterable[ReviewRow]) -> None:
    """Sorted rows under a header, written atomically."""
    body = ["\t".join(HEADER)]
    body += ["\t".join(_clean(f) for f in (r.entity, r.kind, r.label, r.qid, r.score, r.status, r.reason))
             for r in sorted(set(rows))]
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text("\n".join(body) + "\n", encoding="utf-8")
    os.replace(tmp, path)
