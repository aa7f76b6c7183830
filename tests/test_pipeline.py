"""build(): documents land, bad files are named, rebuilding is stable and never duplicates."""

from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph as ox
import pytest

from archivekg import pipeline, store
from archivekg.errors import DocumentError, StoreError
from archivekg.query import count
from archivekg.vocab import AKG, document_iri

PROV_STARTED = ox.NamedNode("http://www.w3.org/ns/prov#startedAtTime")


def build(paths: list[Path], work: dict[str, Path], **kwargs: object) -> pipeline.BuildReport:
    return pipeline.build(paths, work["store"], work["extracted"], **kwargs)  # type: ignore[arg-type]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def document_triples(store_dir: Path) -> set[tuple[str, str, str, str]]:
    """Every quad outside the build graph, as text (no blank nodes in document graphs)."""
    with store.open_for_reading(store_dir) as db:
        return {
            (str(q.subject), str(q.predicate), str(q.object), str(q.graph_name))
            for q in db
            if q.graph_name != store.BUILD_GRAPH
        }


def test_build_lands_every_document(documents: Path, workdir: dict[str, Path]) -> None:
    report = build([documents], workdir)
    assert report.documents == 2
    assert report.failures == ()
    assert sorted(p.name for p in workdir["extracted"].iterdir()) == [
        "101_journal.trig",
        "102_report.trig",
    ]
    with store.open_for_reading(workdir["store"]) as db:
        graphs = {g.value for g in db.named_graphs()}
        assert {document_iri("101_journal").value, document_iri("102_report").value} <= graphs
        assert store.ONTOLOGY_GRAPH.value in graphs
        assert report.triples == count(db)["triples"]


def test_building_twice_is_byte_identical_and_never_duplicates(
    documents: Path, workdir: dict[str, Path]
) -> None:
    first = build([documents], workdir)
    extracted = snapshot(workdir["extracted"])
    quads = document_triples(workdir["store"])
    with store.open_for_reading(workdir["store"]) as db:
        size = len(db)
    second = build([documents], workdir)
    assert snapshot(workdir["extracted"]) == extracted
    assert document_triples(workdir["store"]) == quads
    with store.open_for_reading(workdir["store"]) as db:
        assert len(db) == size
    assert second == first


def test_worker_processes_give_the_same_bytes(documents: Path, tmp_path: Path) -> None:
    one = {"store": tmp_path / "s1", "extracted": tmp_path / "e1"}
    two = {"store": tmp_path / "s2", "extracted": tmp_path / "e2"}
    build([documents], one, jobs=1)
    build([documents], two, jobs=2)
    assert snapshot(one["extracted"]) == snapshot(two["extracted"])


def test_bad_files_are_named_and_the_rest_lands(documents: Path, workdir: dict[str, Path]) -> None:
    (documents / "noise.txt").write_bytes(os.urandom(4096))
    (documents / "empty.txt").write_bytes(b"")
    report = build([documents], workdir)
    assert report.documents == 2
    failed = sorted(Path(file).name for file, _ in report.failures)
    assert failed == ["empty.txt", "noise.txt"]
    assert all(reason and "\n" not in reason for _, reason in report.failures)


def test_an_extractor_crash_fails_one_document(
    documents: Path, workdir: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = pipeline.extract

    def flaky(document):  # type: ignore[no-untyped-def]
        if document.doc_id == "102_report":
            raise ValueError("boom")
        return real(document)

    monkeypatch.setattr(pipeline, "extract", flaky)
    report = build([documents], workdir, jobs=1)
    assert report.documents == 1
    [(file, reason)] = report.failures
    assert file.endswith("102_report.txt")
    assert reason == "extraction failed: ValueError: boom"


def test_two_files_with_one_document_id(documents: Path, workdir: dict[str, Path]) -> None:
    (documents / "copy").mkdir()
    (documents / "copy" / "101_journal.txt").write_bytes((documents / "101_journal.txt").read_bytes())
    report = build([documents], workdir)
    assert report.documents == 2
    [(file, reason)] = report.failures
    assert "same document id '101_journal'" in reason


def test_rebuilding_a_changed_document_replaces_its_graph(
    documents: Path, workdir: dict[str, Path]
) -> None:
    build([documents], workdir)
    path = documents / "102_report.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("Kaesong", "Sariwon"), encoding="utf-8")
    build([path], workdir)
    with store.open_for_reading(workdir["store"]) as db:
        text = "".join(str(q.object) for q in db)
    assert "Sariwon" in text
    assert "Kaesong" not in text
    assert b"Kaesong" not in (workdir["extracted"] / "102_report.trig").read_bytes()


def test_reload_from_extracted_gives_the_same_graphs(
    documents: Path, workdir: dict[str, Path], tmp_path: Path
) -> None:
    build([documents], workdir)
    reloaded = {"store": tmp_path / "reloaded", "extracted": workdir["extracted"]}
    report = build([], reloaded)
    assert report.documents == 2
    assert document_triples(reloaded["store"]) == document_triples(workdir["store"])


def test_the_build_time_lives_only_in_the_store(documents: Path, workdir: dict[str, Path]) -> None:
    build([documents], workdir)
    with store.open_for_reading(workdir["store"]) as db:
        started = list(db.quads_for_pattern(None, PROV_STARTED, None, store.BUILD_GRAPH))
    assert len(started) == 1
    for trig in workdir["extracted"].iterdir():
        assert b"startedAtTime" not in trig.read_bytes()


def test_reload_without_extracted_dir_says_what_to_do(tmp_path: Path) -> None:
    work = {"store": tmp_path / "s", "extracted": tmp_path / "missing"}
    with pytest.raises(StoreError, match="missing: no such directory"):
        build([], work)


def test_no_documents_at_paths(tmp_path: Path, workdir: dict[str, Path]) -> None:
    (tmp_path / "empty-folder").mkdir()
    with pytest.raises(DocumentError, match="no documents found"):
        build([tmp_path / "empty-folder"], workdir)


def test_known_persons_keep_ids_and_labels() -> None:
    person = ox.NamedNode(pipeline.PERSON_BASE + "kim-il-sung")
    graph = ox.NamedNode("https://example.org/g")
    skos = "http://www.w3.org/2004/02/skos/core#"
    db = ox.Store()
    db.extend(
        [
            ox.Quad(person, pipeline.RDF_TYPE, AKG.Person, graph),
            ox.Quad(person, ox.NamedNode(skos + "prefLabel"), ox.Literal("Kim Il Sung"), graph),
            ox.Quad(person, ox.NamedNode(skos + "altLabel"), ox.Literal("Kim Il-seong"), graph),
            ox.Quad(person, ox.NamedNode(skos + "altLabel"), ox.Literal("Kim"), graph),
        ]
    )
    assert pipeline.known_persons(db) == {"kim-il-sung": ["Kim Il Sung", "Kim", "Kim Il-seong"]}


def test_ontology_files_leave_out_the_shapes(tmp_path: Path) -> None:
    for name in ("archivekg.ttl", "shapes.ttl", "extra.ttl"):
        (tmp_path / name).write_text("", encoding="utf-8")
    assert [p.name for p in pipeline.ontology_files(tmp_path)] == ["archivekg.ttl", "extra.ttl"]
