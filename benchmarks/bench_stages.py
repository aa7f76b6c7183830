"""Where extraction's time goes: milliseconds per document for each stage and sub-stage.

Each listed function is wrapped in a `perf_counter` pair (inclusive time, nested calls
counted in each caller too), which distorts far less than cProfile. Two corpora of the same
kind (seeds `seed` and `seed + 1`): the second is extracted unwrapped first, for the total and
to bring the caches to the steady state of a build; the first, new to the caches as a build's
next documents are, is then extracted wrapped. Prints a table, largest first.
Usage: `python benchmarks/bench_stages.py [--n 1000] [--seed 0]`.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import write_corpus  # noqa: E402

import archivekg.extract as extraction  # noqa: E402
from archivekg.extract import meeting_text, meetings, persons  # noqa: E402
from archivekg.model import Document  # noqa: E402
from archivekg.read import read_document  # noqa: E402

SECONDS: dict[str, float] = defaultdict(float)
CALLS: dict[str, int] = defaultdict(int)

# (owner, attribute, label): the stages, then what each spends its time on.
WRAPPED: list[tuple[Any, str, str]] = [
    (extraction, "extract_metadata", "metadata"),
    (extraction, "extract_persons", "persons"),
    (extraction, "extract_meetings", "meetings"),
    (persons, "_candidates", "persons: candidate scan (_RUN and joins)"),
    (persons, "_accept", "persons: name validation (_accept)"),
    (persons._Offices, "before", "persons: office before a name"),
    (persons._Offices, "after", "persons: office after a name"),
    (persons, "_claimed_offices", "persons: claimed offices"),
    (persons, "_new_single", "persons: lone surnames (_new_single)"),
    (persons._Table, "merge_misspelt", "persons: coref merge_misspelt"),
    (persons, "_verbal_roles", "persons: verbal roles"),
    (persons, "_build", "persons: build"),
    (meetings, "_Index", "meetings: mention index"),
    (meetings.dt, "scan_layout", "meetings: dates layout"),
    (meetings, "body_blocks", "meetings: body blocks"),
    (meetings, "Scan", "meetings: word scan (Scan)"),
    (meetings.dt, "dates_at", "meetings: dates"),
    (meetings, "sentences", "meetings: sentence split"),
    (meeting_text, "_reported_from", "meetings: reported speech per sentence"),
    (meetings._Reader, "sentence_families", "meetings: sentence families"),
    (meetings._Reader, "sentence", "meetings: per-sentence reading"),
    (meetings._Reader, "cue", "meetings: cue (participants)"),
    (meetings._Reader, "attach", "meetings: attach (present, interpreter)"),
    (meetings._Reader, "speaker_joins", "meetings: speaker joins"),
    (meetings._Reader, "advance_context", "meetings: narrative date"),
    (meetings.modality, "status", "meetings: modality"),
]


def timed(function: Callable[..., Any], label: str) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            SECONDS[label] += time.perf_counter() - started
            CALLS[label] += 1
    return wrapper


def run(documents: list[Document]) -> float:
    started = time.perf_counter()
    for document in documents:
        extraction.extract(document)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="documents to generate")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="archivekg-stages-") as tmp:
        documents = [read_document(p) for p in write_corpus(Path(tmp) / "a", args.n, args.seed)]
        warm_up = [read_document(p) for p in write_corpus(Path(tmp) / "b", args.n, args.seed + 1)]
    n = len(documents)
    unwrapped = run(warm_up)
    for owner, name, label in WRAPPED:
        setattr(owner, name, timed(getattr(owner, name), label))
    total = run(documents)
    print(f"extraction: {unwrapped * 1000 / len(warm_up):.3f} ms/doc unwrapped, {total * 1000 / n:.3f} wrapped "
          f"(the base of the percentages), {n} documents")
    for label, seconds in sorted(SECONDS.items(), key=lambda item: -item[1]):
        print(f"{label:<45} {seconds * 1000 / n:7.3f} ms/doc {100 * seconds / total:6.1f}%  "
              f"{CALLS[label] / n:7.1f} calls/doc")


if __name__ == "__main__":
    main()
