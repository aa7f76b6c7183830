"""The store: graph replacement without duplicates, locks between writers and readers."""

from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph as ox
import pytest

from archivekg import store
from archivekg.errors import StoreError

G = ox.NamedNode("https://example.org/graph/doc")
S = ox.NamedNode("https://example.org/s")
P = ox.NamedNode("https://example.org/p")


def quads(*values: str, graph: ox.NamedNode = G) -> list[ox.Quad]:
    return [ox.Quad(S, P, ox.Literal(v), graph) for v in values]


def test_replace_graph_replaces_and_never_duplicates() -> None:
    db = ox.Store()
    store.replace_graph(db, G, quads("a", "b\nwith \"quotes\" and a newline"))
    store.replace_graph(db, G, quads("a", "b\nwith \"quotes\" and a newline"))
    assert len(db) == 2
    store.replace_graph(db, G, quads("c"))
    assert [q.object.value for q in db] == ["c"]


def test_replace_graph_with_blank_nodes_never_duplicates() -> None:
    db = ox.Store()
    for _ in range(2):
        node = ox.BlankNode()
        store.replace_graph(db, G, [ox.Quad(S, P, node, G), ox.Quad(node, P, ox.Literal("x"), G)])
    assert len(db) == 2
    assert len({q.subject for q in db} | {q.object for q in db}) == 3


def test_replace_graph_leaves_other_graphs_alone() -> None:
    other = ox.NamedNode("https://example.org/graph/other")
    db = ox.Store()
    db.extend(quads("kept", graph=other))
    store.replace_graph(db, G, quads("new"))
    assert sorted(q.object.value for q in db) == ["kept", "new"]


def test_replace_graph_refuses_quads_of_another_graph() -> None:
    db = ox.Store()
    store.replace_graph(db, G, quads("old"))
    with pytest.raises(StoreError, match="outside graph .* cannot replace it"):
        store.replace_graph(db, G, quads("x", graph=ox.NamedNode("https://example.org/g2")))
    assert [q.object.value for q in db] == ["old"]


def test_an_update_request_is_one_transaction() -> None:
    """replace_graph relies on this: a request failing after its DROP drops nothing."""
    db = ox.Store()
    db.extend(quads("old"))
    with pytest.raises(OSError):
        db.update(f"DROP GRAPH {G} ; LOAD <file:///nonexistent/x.ttl> INTO GRAPH {G}")
    assert [q.object.value for q in db] == ["old"]


def test_writer_is_refused_while_the_store_is_served(tmp_path: Path) -> None:
    with store.open_for_writing(tmp_path / "s") as db:
        db.extend(quads("a"))
    with store.reader_lock(tmp_path / "s"):
        message = f"is being served \\(pid {os.getpid()}\\); stop the server or build into another"
        with pytest.raises(StoreError, match=message):
            with store.writer_lock(tmp_path / "s"):
                pass
    with store.writer_lock(tmp_path / "s"):
        pass


def test_reader_is_refused_while_a_build_writes(tmp_path: Path) -> None:
    with store.open_for_writing(tmp_path / "s"):
        with pytest.raises(StoreError, match="is being built"):
            with store.open_for_reading(tmp_path / "s"):
                pass


def test_readers_share_the_store(tmp_path: Path) -> None:
    with store.open_for_writing(tmp_path / "s") as db:
        db.extend(quads("a"))
    with store.reader_lock(tmp_path / "s"), store.open_for_reading(tmp_path / "s") as db:
        assert len(db) == 1


def test_reading_a_missing_store_says_so(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist; run `archivekg build` first"):
        with store.open_for_reading(tmp_path / "nothing"):
            pass


def test_parse_file_keeps_blank_nodes_of_files_apart(tmp_path: Path) -> None:
    for name in ("a.ttl", "b.ttl"):
        (tmp_path / name).write_text('_:b <https://example.org/p> "x" .\n', encoding="utf-8")
    db = ox.Store()
    store.reload(db, [q for n in ("a.ttl", "b.ttl") for q in store.parse_file(tmp_path / n, G)])
    assert len({q.subject for q in db}) == 2
    assert {q.graph_name for q in db} == {G}


def test_parse_file_names_a_broken_file(tmp_path: Path) -> None:
    (tmp_path / "bad.trig").write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(StoreError, match="bad.trig: not valid RDF"):
        list(store.parse_file(tmp_path / "bad.trig"))


def test_replace_graph_says_how_many_quads_it_wrote() -> None:
    db = ox.Store()
    assert store.replace_graph(db, G, quads("a", "b")) == 2
    assert store.replace_graph(db, G, quads("a", "b")) == 0
    assert store.replace_graph(db, G, quads("a", "c")) == 2


def test_graph_loader_loads_new_graphs_and_replaces_old_ones() -> None:
    other = ox.NamedNode("https://example.org/graph/other")
    db = ox.Store()
    store.replace_graph(db, G, quads("old"))
    trig = f'{other} {{ {S} {P} "new" . }}\n'.encode()
    with store.GraphLoader(db, batch_bytes=1, flush_quads=1) as loader:
        loader.add(trig)
        loader.replace(G, quads("replaced"))
        loader.add(trig)
    assert sorted((q.graph_name.value, q.object.value) for q in db) == [
        (G.value, "replaced"),
        (other.value, "new"),
    ]
