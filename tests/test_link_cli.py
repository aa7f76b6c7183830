"""`archivekg link` from the command line, against the stand-in."""

from __future__ import annotations

import gc

import pyoxigraph
from click.testing import CliRunner
from standin_wikidata import StandIn
from test_link_store import make_store

from archivekg.cli import main


def _store(tmp_path):
    store = make_store(tmp_path / "store")
    store.flush()
    del store
    gc.collect()
    return tmp_path / "store"


def test_link_then_offline_rerun(tmp_path):
    store_dir = _store(tmp_path)
    args = ["link", "--store", str(store_dir), "--extracted", str(tmp_path / "extracted"),
            "--cache", str(tmp_path / "cache")]
    with StandIn() as standin:
        urls = ["--wikidata-api", standin.api_url, "--wikidata-sparql", standin.sparql_url]
        first = CliRunner().invoke(main, args + urls)
        assert first.exit_code == 0, first.output
        assert "5 entities: 0 confirmed, 5 automatic, 0 unlinked" in first.output
        sent = len(standin.requests)
        again = CliRunner().invoke(main, args + urls + ["--offline"])
        assert again.exit_code == 0, again.output
        assert "(0 requests sent)" in again.output and len(standin.requests) == sent
    store = pyoxigraph.Store.read_only(str(store_dir))
    assert len(list(store.query(
        "SELECT * WHERE { GRAPH <https://w3id.org/archivekg/id/graph/wikidata-links> "
        "{ ?e <http://www.w3.org/2004/02/skos/core#closeMatch> ?q } }"))) == 5


def test_failed_request_is_one_line_error_after_writing_the_rest(tmp_path):
    store_dir = _store(tmp_path)
    with StandIn() as standin:
        standin.fault_terms["Mao Zedong"] = ("status", 500)
        result = CliRunner().invoke(main, [
            "link", "--store", str(store_dir), "--extracted", str(tmp_path / "extracted"),
            "--cache", str(tmp_path / "cache"),
            "--wikidata-api", standin.api_url, "--wikidata-sparql", standin.sparql_url])
    assert result.exit_code == 1
    assert result.output.splitlines()[-1].startswith("Error: wbsearchentities 'Mao Zedong' at http://127.0.0.1:")
    assert result.output.splitlines()[-1].endswith("HTTP 500")
    assert "4 automatic, 1 unlinked" in result.output


def test_malformed_review_file_is_reported(tmp_path):
    store_dir = _store(tmp_path)
    review = tmp_path / "review.tsv"
    review.write_text("not\ta\trow\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["link", "--store", str(store_dir), "--offline",
                                       "--extracted", str(tmp_path / "extracted"),
                                       "--review", str(review), "--cache", str(tmp_path / "c")])
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {review}:1: expected 7 tab-separated columns " \
        "(entity, kind, label, qid, score, status, reason), found 3"


def test_link_refuses_a_store_that_does_not_exist(tmp_path):
    missing = tmp_path / "no-store"
    result = CliRunner().invoke(main, ["link", "--store", str(missing), "--offline",
                                       "--extracted", str(tmp_path / "extracted")])
    assert result.exit_code == 1
    assert f"Error: store {missing} does not exist" in result.output
    assert not missing.exists()
    assert not (tmp_path / "extracted").exists()
