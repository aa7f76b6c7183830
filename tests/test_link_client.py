"""The polite client against the stand-in: identity, retries, faults, cache, offline."""

from __future__ import annotations

import re

import pytest
from standin_wikidata import StandIn

from archivekg.errors import LinkError
from archivekg.link.cache import Cache
from archivekg.link.client import NotCached, WikidataClient, retry_after_seconds


@pytest.fixture
def standin():
    with StandIn() as s:
        yield s


def client_for(standin: StandIn, tmp_path, **kw) -> WikidataClient:
    kw.setdefault("timeout", 2.0)
    return WikidataClient(Cache(tmp_path / "cache"), api_url=standin.api_url,
                          sparql_url=standin.sparql_url, **kw)


def test_user_agent_names_tool_version_and_contact(standin, tmp_path):
    with client_for(standin, tmp_path) as client:
        hits = client.search("Mao Zedong").body["search"]
    assert hits[0]["id"] == "Q5816"
    agent = standin.requests[0]["user_agent"]
    assert re.fullmatch(r"archivekg/\S+ \(https://github\.com/archivekg/archivekg; contact via issues\) "
                        r"httpx/\S+", agent)


def test_search_asks_for_english_items_as_json(standin, tmp_path):
    with client_for(standin, tmp_path) as client:
        client.search("Kim Il Sung")
    assert standin.requests[0]["method"] == "GET" and standin.requests[0]["search"] == "Kim Il Sung"


def test_missing_user_agent_is_refused_and_nothing_more_is_sent(standin, tmp_path):
    with client_for(standin, tmp_path, user_agent="") as client:
        with pytest.raises(LinkError, match=r"wbsearchentities 'Mao Zedong' at http://127\.0\.0\.1:\d+/w/api\.php: HTTP 403"):
            client.search("Mao Zedong")
        with pytest.raises(LinkError, match="not sent, the server refused earlier"):
            client.search("Kim Il Sung")
    assert len(standin.requests) == 1


def test_retry_after_is_honoured_with_a_capped_wait(standin, tmp_path):
    standin.faults.extend([("status", 429, {"Retry-After": "2"}), ("status", 503, {"Retry-After": "120"})])
    waits: list[float] = []
    with client_for(standin, tmp_path, sleep=waits.append, max_wait=30.0) as client:
        assert client.search("Mao Zedong").body["search"]
    assert waits == [2.0, 30.0]
    assert client.requests_sent == 3


def test_retries_are_bounded(standin, tmp_path):
    standin.faults.extend([("status", 429, {"Retry-After": "0"})] * 5)
    with client_for(standin, tmp_path, sleep=lambda s: None, max_retries=2) as client:
        with pytest.raises(LinkError, match="HTTP 429 after 2 retries"):
            client.search("Mao Zedong")
    assert len(standin.requests) == 3


def test_timeout_is_a_one_line_error_naming_the_request(standin, tmp_path):
    standin.faults.append(("sleep", 1.0))
    with client_for(standin, tmp_path, timeout=0.2) as client:
        with pytest.raises(LinkError, match=r"^wbsearchentities 'Mao Zedong' at \S+: timed out$"):
            client.search("Mao Zedong")


def test_malformed_json_is_an_error_and_not_cached(standin, tmp_path):
    standin.faults.append(("garbage",))
    with client_for(standin, tmp_path) as client:
        with pytest.raises(LinkError, match="malformed JSON"):
            client.search("Mao Zedong")
        assert client.search("Mao Zedong").body["search"]
    assert len(standin.requests) == 2


def test_sparql_answer_must_be_results_json(standin, tmp_path):
    with client_for(standin, tmp_path) as client:
        body = client.sparql("SELECT * WHERE { VALUES ?item { wd:Q5816 } }").body
        assert body["results"]["bindings"]
        standin.faults.append(("body", b'{"boolean": true}'))
        with pytest.raises(LinkError, match="^odd query at \\S+: not a SPARQL results document$"):
            client.sparql("ASK {}", "odd query")


def test_cache_answers_a_repeat_and_offline_sends_nothing(standin, tmp_path):
    with client_for(standin, tmp_path, clock=lambda: "2024-01-01T00:00:00Z") as client:
        first = client.search("Mao Zedong")
    with client_for(standin, tmp_path, clock=lambda: "2030-01-01T00:00:00Z") as client:
        again = client.search("Mao Zedong")
        assert client.requests_sent == 0
    assert again == first and again.fetched_at == "2024-01-01T00:00:00Z"
    with client_for(standin, tmp_path, offline=True) as client:
        assert client.search("Mao Zedong") == first
        with pytest.raises(NotCached, match="not in the cache"):
            client.search("Kim Il Sung")
    assert len(standin.requests) == 1


def test_retry_after_header_forms():
    assert retry_after_seconds("7", 1.0) == 7.0
    assert retry_after_seconds(None, 1.5) == 1.5
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT", 1.0) == 0.0
    assert retry_after_seconds("soon", 4.0) == 4.0
