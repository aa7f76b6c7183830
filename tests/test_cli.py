"""The command line: one-line errors naming the file, exit statuses, formats."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from archivekg.cli import main


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args])


def run_process(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The real thing: `python -m archivekg …`, for exit statuses and tracebacks."""
    return subprocess.run(
        [sys.executable, "-m", "archivekg", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


@pytest.fixture
def built(documents: Path, workdir: dict[str, Path]) -> Path:
    result = run("build", documents, "--store", workdir["store"], "--extracted", workdir["extracted"])
    assert result.exit_code == 0, result.output
    return workdir["store"]


def test_build_prints_a_summary(documents: Path, workdir: dict[str, Path]) -> None:
    result = run("build", documents, "--store", workdir["store"], "--extracted", workdir["extracted"])
    assert result.exit_code == 0
    rows = {line.split("│")[1].strip(): line.split("│")[2].strip()
            for line in result.stdout.splitlines() if line.count("│") == 3}
    assert rows["documents"] == "2"
    assert rows["failures"] == "0"
    assert set(rows) == {"documents", "persons", "meetings", "triples", "failures"}
    assert result.stderr == ""


def test_bad_files_are_named_one_line_each(documents: Path, workdir: dict[str, Path]) -> None:
    (documents / "noise.bin").write_bytes(os.urandom(2048))
    (documents / "empty.txt").write_bytes(b"")
    process = run_process(
        "build", documents, "--store", workdir["store"], "--extracted", workdir["extracted"]
    )
    assert process.returncode == 1
    lines = process.stderr.splitlines()
    assert sorted(Path(line.split(": ", 1)[0]).name for line in lines) == ["empty.txt", "noise.bin"]
    assert all(len(line.split(": ", 1)[1]) > 3 for line in lines)
    assert "Traceback" not in process.stderr
    assert sorted(p.name for p in workdir["extracted"].iterdir()) == [
        "101_journal.trig",
        "102_report.trig",
    ]


def test_building_twice_gives_identical_extracted(documents: Path, workdir: dict[str, Path]) -> None:
    args = ("build", documents, "--store", workdir["store"], "--extracted", workdir["extracted"])
    assert run(*args).exit_code == 0
    first = {p.name: p.read_bytes() for p in workdir["extracted"].iterdir()}
    assert run(*args).exit_code == 0
    assert {p.name: p.read_bytes() for p in workdir["extracted"].iterdir()} == first


def test_build_refuses_a_served_store(built: Path, workdir: dict[str, Path], documents: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, pathlib\n"
         "from archivekg.store import reader_lock\n"
         "with reader_lock(pathlib.Path(sys.argv[1])):\n"
         "    print('ready', flush=True)\n"
         "    sys.stdin.read()\n",
         str(built)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "ready\n"
        result = run("build", documents, "--store", built, "--extracted", workdir["extracted"])
        assert result.exit_code == 1
        assert result.stderr == (
            f"Error: store {built} is being served (pid {holder.pid}); "
            "stop the server or build into another --store\n"
        )
    finally:
        holder.communicate("", timeout=30)


def test_malformed_query_exits_2_with_the_position(built: Path) -> None:
    process = run_process("query", "SELECT ?s WHERE { ?s ?p }", "--store", built)
    assert process.returncode == 2
    assert process.stderr.startswith("Error: query: malformed SPARQL at 1:")
    assert process.stderr.count("\n") == 1


def test_query_formats(built: Path) -> None:
    sparql = "SELECT ?doc WHERE { ?doc a akg:ArchivalDocument } ORDER BY ?doc"
    answer = json.loads(run("query", sparql, "--store", built, "--format", "json").stdout)
    assert answer["head"]["vars"] == ["doc"]
    assert len(answer["results"]["bindings"]) == 2
    table = run("query", sparql, "--store", built).stdout.splitlines()
    assert table[0] == "doc"
    assert table[2:] == ["doc:101_journal", "doc:102_report", "(2 rows)"]
    csv = run("query", sparql, "--store", built, "--format", "csv").stdout.splitlines()
    assert csv[0] == "doc"


def test_query_from_an_rq_file(built: Path, tmp_path: Path) -> None:
    rq = tmp_path / "docs.rq"
    rq.write_text("# every document\nSELECT ?doc WHERE { ?doc a akg:ArchivalDocument }\n")
    result = run("query", rq, "--store", built, "--format", "csv")
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 3
    missing = run("query", tmp_path / "missing.rq", "--store", built)
    assert missing.exit_code == 2
    assert missing.stderr == f"Error: {tmp_path / 'missing.rq'}: No such file or directory\n"


def test_commands_on_a_missing_store_say_what_to_do(tmp_path: Path) -> None:
    for command in (["query", "ASK {}"], ["export"], ["stats"], ["validate"]):
        result = run(*command, "--store", tmp_path / "none")
        assert result.exit_code == 1, command
        assert result.stderr == (
            f"Error: store {tmp_path / 'none'} does not exist; run `archivekg build` first\n"
        )


def test_export_and_stats(built: Path, tmp_path: Path) -> None:
    turtle = run("export", "--store", built)
    assert turtle.exit_code == 0
    assert turtle.stdout.startswith("@prefix akg: <https://w3id.org/archivekg/ontology#> .")
    out = tmp_path / "graph.nq"
    assert run("export", "--store", built, "--format", "nquads", "-o", out).exit_code == 0
    assert out.read_text().count(" .\n") > 10
    stats = dict(line.rsplit(None, 1) for line in run("stats", "--store", built).stdout.splitlines())
    assert stats["documents"] == "2"
    assert set(stats) == {"documents", "persons", "meetings", "role assignments", "triples", "graphs"}


def test_store_from_the_environment(built: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARCHIVEKG_STORE", str(built))
    assert run("query", "ASK { ?d a akg:ArchivalDocument }").stdout == "yes\n"


def test_validate_runs_the_shapes(built: Path) -> None:
    result = run("validate", "--store", built)
    assert result.exit_code == 0, result.output
    assert result.stdout == "The store conforms to the shapes.\n"


@pytest.mark.corpus
def test_seed_corpus_builds_and_answers_the_contract_queries(
    shared_dir: Path, workdir: dict[str, Path]
) -> None:
    repo = Path(__file__).resolve().parents[1]
    build = run("build", shared_dir / "corpus", "--store", workdir["store"],
                "--extracted", workdir["extracted"])
    assert build.exit_code == 0, build.output
    answer = run("query", repo / "queries" / "documents.rq", "--store", workdir["store"],
                 "--format", "json")
    assert answer.exit_code == 0, answer.output
    sources = {b["source"]["value"] for b in json.loads(answer.stdout)["results"]["bindings"]}
    assert sources == {p.name for p in (shared_dir / "corpus").iterdir()}
