"""Whole-build speed and memory (`archivekg.pipeline.build`) on a synthetic corpus.

Prints documents/s, documents/s/core, triples, and peak RSS of this process (which
loads the store) and of its largest worker child. Target: peak memory < 1 GB for
10,000 documents. Generating the corpus is not timed.
Usage: `python benchmarks/bench_build.py [--n 10000] [--jobs CORES] [--dir DIR]`.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import write_corpus  # noqa: E402

from archivekg.pipeline import build  # noqa: E402


def peak_rss_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest reaped child, in MB
    (ru_maxrss is in KB on Linux)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="documents to generate")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--dir", type=Path, default=None,
                        help="working directory (corpus/, store/, extracted/; default: temporary)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="archivekg-bench-") as tmp:
        work = args.dir or Path(tmp)
        paths = write_corpus(work / "corpus", args.n, args.seed)
        started = time.perf_counter()
        result = build([work / "corpus"], work / "store", work / "extracted", jobs=args.jobs)
        seconds = time.perf_counter() - started
        rate = len(paths) / seconds
        own, children = peak_rss_mb()
        print(f"build: {len(paths)} docs in {seconds:.2f} s  {rate:.1f} docs/s  "
              f"{rate / args.jobs:.1f} docs/s/core ({args.jobs} jobs)")
        print(f"graph: {result.documents} documents, {result.persons} persons, "
              f"{result.meetings} meetings, {result.triples} triples "
              f"({result.triples / max(1, result.documents):.0f} per document), "
              f"{len(result.failures)} failures")
        bound = own + args.jobs * children
        print(f"peak RSS: main process {own:.0f} MB, largest worker {children:.0f} MB, "
              f"at most {bound:.0f} MB together with {args.jobs} workers (target < 1024 MB)")


if __name__ == "__main__":
    main()
