"""Extraction speed (read + extract) on a synthetic corpus: one process, then a pool.

Prints documents/s, documents/s/core and documents per CPU-second (what a dedicated
core would do on a shared machine). Target: >= 300 documents/s/core.
Usage: `python benchmarks/bench_extract.py [--n 10000] [--jobs CORES] [--dir DIR]`.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import write_corpus  # noqa: E402

from archivekg.extract import extract  # noqa: E402
from archivekg.read import read_document  # noqa: E402


def read_and_extract(path: Path) -> int:
    """The per-document work of a build before the graph: returns the persons found."""
    return len(extract(read_document(path)).persons)


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure_serial(paths: list[Path]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one process doing everything."""
    started, cpu = time.perf_counter(), time.process_time()
    for path in paths:
        read_and_extract(path)
    return time.perf_counter() - started, time.process_time() - cpu


def measure_pool(paths: list[Path], jobs: int) -> tuple[float, float]:
    """Wall-clock seconds, and CPU seconds the workers used (counted once they exit)."""
    started, cpu = time.perf_counter(), children_cpu()
    with Pool(jobs) as pool:
        for _ in pool.imap_unordered(read_and_extract, paths, chunksize=64):
            pass
        pool.close()
        pool.join()
    return time.perf_counter() - started, children_cpu() - cpu


def report(label: str, n: int, seconds: tuple[float, float], cores: int) -> None:
    """docs/s/core from wall time over the cores used, and from CPU time: on a
    shared machine the second is what one dedicated core would do."""
    wall, cpu = seconds
    rate = n / wall
    print(f"{label:<28} {n:>6} docs  {wall:8.2f} s  {rate:9.1f} docs/s  "
          f"{rate / cores:9.1f} docs/s/core  {n / cpu:9.1f} docs/CPU-s  "
          f"({cores} core{'s' if cores > 1 else ''})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="documents to generate")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="pool size")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--dir", type=Path, default=None,
                        help="corpus directory (generated there; default: a temporary one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="archivekg-bench-") as tmp:
        directory = args.dir or Path(tmp)
        paths = write_corpus(directory, args.n, args.seed)
        size = sum(p.stat().st_size for p in paths)
        print(f"corpus: {len(paths)} synthetic documents, {size / len(paths) / 1024:.1f} KB each")
        report("read+extract, 1 process", len(paths), measure_serial(paths), 1)
        report(f"read+extract, pool of {args.jobs}", len(paths),
               measure_pool(paths, args.jobs), args.jobs)


if __name__ == "__main__":
    main()
