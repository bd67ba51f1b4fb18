"""The HTTP API on the Neo4j store, by configuration alone: the same endpoints over a real Bolt server."""

from __future__ import annotations

import uuid
import time
from collections.abc import Iterator

import httpx
import pytest

from api.settings import Settings
from api_live import API_TOKEN, SAMPLE_CORPUS, LiveAPI, serve
from graph.kg import KnowledgeGraph
from graph.stores import StoreSettings

pytestmark = [pytest.mark.api, pytest.mark.neo4j]


@pytest.fixture(scope="module")
def neo4j_api(tmp_path_factory: pytest.TempPathFactory, bolt_server) -> Iterator[LiveAPI]:
    name = f"api_{uuid.uuid4().hex[:8]}"
    settings = StoreSettings("neo4j", bolt_server.create_database(name))
    with KnowledgeGraph.open(tmp_path_factory.mktemp("api-neo4j") / "db", settings=settings) as kg:
        report = kg.ingest(sorted(SAMPLE_CORPUS.iterdir())[:3])
        assert not report.failed
        live = serve(kg, Settings(api_token=API_TOKEN, query_timeout_s=5.0))
        yield live
        live.stop()
    bolt_server.drop_database(name)


@pytest.fixture
def http(neo4j_api: LiveAPI) -> Iterator[httpx.Client]:
    with neo4j_api.client() as client:
        yield client


def test_proposals_with_evidence_from_neo4j(http: httpx.Client) -> None:
    assert http.get("/health").json()["store"] == "neo4j"
    items = http.get("/proposals", params={"limit": 1000}).json()["items"]
    assert items
    texts: dict[str, str] = {}
    for item in items:
        evidence = item["evidence"]
        if evidence["document"] not in texts:
            texts[evidence["document"]] = http.get(f"/documents/{evidence['document']}").json()["text"]
        assert texts[evidence["document"]][evidence["start"]:evidence["end"]] == evidence["sentence"]


def test_cypher_is_read_only_on_neo4j(neo4j_api: LiveAPI, http: httpx.Client) -> None:
    read = http.post("/cypher", json={"query": "MATCH (s:State) RETURN s.name AS name ORDER BY name LIMIT 3"})
    assert read.status_code == 200 and len(read.json()["rows"]) == 3
    before = neo4j_api.kg.store.counts()
    for statement in ("CREATE (s:State {uri: 'https://example.org/x', name: 'X'})",
                      "MATCH (s:State) SET s.name = 'renamed'", "MATCH (n) DETACH DELETE n",
                      "CREATE INDEX sneaky IF NOT EXISTS FOR (n:State) ON (n.name)"):
        write = http.post("/cypher", json={"query": statement})
        assert write.status_code == 403, write.text
        # refused by the server itself: its read session's access mode, no check of ours
        assert "Neo.ClientError.Statement.AccessMode" in write.json()["detail"], write.text
    assert neo4j_api.kg.store.counts() == before


def test_a_long_query_is_stopped_by_the_servers_transaction_timeout(http: httpx.Client) -> None:
    started = time.monotonic()
    slow = http.post("/cypher", json={"query": "UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 99 "
                                               "RETURN count(*) AS n", "timeout": 1})
    assert slow.status_code == 408, slow.text
    assert time.monotonic() - started < 5  # a billion rows take minutes: the server stopped it


def test_export_reads_the_rdf_neo4j_keeps(neo4j_api: LiveAPI, http: httpx.Client) -> None:
    doc = neo4j_api.kg.record.documents()[0]
    response = http.get("/export", params={"doc": doc}, headers={"Accept": "application/n-quads"})
    assert response.status_code == 200
    assert len(response.text.splitlines()) == len(list(neo4j_api.kg.store.quads(doc)))  # type: ignore[attr-defined]
