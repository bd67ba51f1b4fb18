"""POST /cypher: read-only Cypher whose writes the store itself refuses, with a time and a row limit."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from api_live import LiveAPI

pytestmark = pytest.mark.api


def cypher(http: httpx.Client, query: str, **extra) -> httpx.Response:
    return http.post("/cypher", json={"query": query, **extra})


def test_a_read_with_parameters(api_http: httpx.Client) -> None:
    response = cypher(api_http, "MATCH (p:Person) WHERE p.uri = $uri RETURN p.name AS name, p.aliases AS aliases",
                      parameters={"uri": "https://w3id.org/c5kg/id/person/kassym-jomart-tokayev"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["columns"] == ["name", "aliases"] and body["truncated"] is False
    assert body["rows"][0]["name"] == "Kassym-Jomart Tokayev" and "Toqaev" in body["rows"][0]["aliases"]


def test_nodes_and_relationships_come_back_as_json(api_http: httpx.Client) -> None:
    body = cypher(api_http, "MATCH (a)-[r:PROPOSED]->(i) RETURN a, r, i LIMIT 1").json()
    row = body["rows"][0]
    assert row["a"]["uri"] and row["r"]["sentence"] and row["i"]["kind"] == "Initiative"


def test_the_row_limit_truncates(api_http: httpx.Client) -> None:
    body = cypher(api_http, "MATCH (s:State) RETURN s.name AS name ORDER BY name", limit=3).json()
    assert len(body["rows"]) == 3 and body["truncated"] is True
    capped = cypher(api_http, "UNWIND range(1, 5000) AS x RETURN x", limit=100000).json()
    assert len(capped["rows"]) == 1000 and capped["truncated"] is True  # the server's row limit


@pytest.mark.parametrize("query", [
    "CREATE (s:State {uri: 'https://example.org/new', name: 'Atlantis'})",
    "MATCH (s:State) SET s.name = 'renamed'",
    "MATCH (d:Document) DETACH DELETE d",
    "MERGE (s:State {uri: 'https://example.org/new'})",
    "CREATE NODE TABLE Intruder(id INT64 PRIMARY KEY)",
    "COMMIT",
])
def test_writes_and_reaching_outside_are_refused_by_the_store(api: LiveAPI, api_http: httpx.Client,
                                                              query: str) -> None:
    before = api.kg.store.counts(), api.kg.query("actors", kind="State", limit=1000)
    response = cypher(api_http, query)
    assert response.status_code == 403, response.text
    assert response.json()["detail"]
    assert (api.kg.store.counts(), api.kg.query("actors", kind="State", limit=1000)) == before


def test_reading_a_file_is_refused(api_http: httpx.Client, tmp_path: Path) -> None:
    secret = tmp_path / "secret.csv"
    secret.write_text("name,value\nkey,hidden\n")
    response = cypher(api_http, f"LOAD FROM '{secret}' RETURN *")
    assert response.status_code == 403 and "hidden" not in response.text


def test_a_skip_that_would_crash_the_embedded_store_is_refused(api_http: httpx.Client) -> None:
    response = cypher(api_http, "UNWIND range(1, 50) AS x RETURN x ORDER BY x SKIP 20000 LIMIT 1")
    assert response.status_code == 403 and "SKIP" in response.json()["detail"]
    assert api_http.get("/health").status_code == 200  # still up


def test_a_second_statement_cannot_follow(api: LiveAPI, api_http: httpx.Client) -> None:
    before = api.kg.store.counts()
    response = cypher(api_http, "COMMIT; CREATE (s:State {uri: 'https://example.org/sneaky'})")
    assert response.status_code == 400 and "statement" in response.json()["detail"]
    assert api.kg.store.counts() == before


def test_a_slow_query_is_stopped(api_http: httpx.Client) -> None:
    response = cypher(api_http, "MATCH (a)-[*1..12]-(b) RETURN count(*) AS n", timeout=0.3)
    assert response.status_code == 408
    assert "time limit" in response.json()["detail"]


@pytest.mark.parametrize(("body", "status"), [
    ({"query": "MATCH (n RETURN n"}, 400),
    ({"query": "MATCH (n:Planet) RETURN n"}, 400),
    ({"query": "RETURN $missing"}, 400),
    ({"query": ""}, 422),
    ({"query": "RETURN 1", "limit": 0}, 422),
    ({"query": "RETURN 1", "colour": "red"}, 422),
    ({}, 422),
])
def test_malformed_queries_are_client_errors(api_http: httpx.Client, body: dict, status: int) -> None:
    response = api_http.post("/cypher", json=body)
    assert response.status_code == status, response.text
    assert response.json()["detail"]


def test_a_body_that_is_not_json_is_a_client_error(api_http: httpx.Client) -> None:
    response = api_http.post("/cypher", content=b"MATCH (n) RETURN n", headers={"Content-Type": "application/json"})
    assert response.status_code == 422
