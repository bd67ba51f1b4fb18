"""/cypher and /sparql, probed as an attacker would: nothing written anywhere, nothing fetched, no
setting changed, and a query that goes wrong costs that query only."""

from __future__ import annotations

import os
import signal
import socket
import threading
import time
from pathlib import Path

import httpx
import pytest
from served import QUERY_TIMEOUT_S, Server, files_under, http, server  # noqa: F401  (fixtures)

pytestmark = pytest.mark.api

SPARQL_JSON = {"Accept": "application/sparql-results+json"}
# A cartesian product of the whole record with itself, three times over: never finishes in time.
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def cypher(http: httpx.Client, query: str, **parameters) -> httpx.Response:
    return http.post("/cypher", json={"query": query, "parameters": parameters})


def file_writing_statements(target: Path) -> list[str]:
    return [
        f"COPY (MATCH (s:State) RETURN s.name) TO '{target}.csv'",
        f"COPY (MATCH (s:State) RETURN s.name) TO '{target}\u0000.csv'",
        f"COPY (MATCH (s:State) RETURN s.name) TO '{target}.parquet'",
        f"COPY (RETURN '* * * * * touch /tmp/owned' AS line) TO '{target}-cron\u0000.csv' (header=false)",
        f"EXPORT DATABASE '{target}-export'",
        "CALL auto_checkpoint=false",
        "CALL checkpoint_threshold=0",
        "CHECKPOINT",
        "INSTALL httpfs",
        "LOAD EXTENSION httpfs",
        "BEGIN TRANSACTION",
        "COMMIT",
    ]


def test_no_statement_writes_a_file_or_changes_a_setting(server: Server, http: httpx.Client,
                                                         tmp_path: Path) -> None:
    before = files_under(server.root, tmp_path)
    target = tmp_path / "written"
    for statement in file_writing_statements(target) + file_writing_statements(server.db / "dropped"):
        response = cypher(http, statement)
        # refused by the plan check (403), or by LadybugDB before it has a plan (400): never run
        assert response.status_code in (400, 403), (statement, response.text)
        if statement.startswith("COPY"):
            assert response.status_code == 403 and "write a file" in response.json()["detail"]
    (tmp_path / "people.csv").write_text("name\nAnyone\n")
    before[str(tmp_path / "people.csv")] = files_under(tmp_path)[str(tmp_path / "people.csv")]
    reading = cypher(http, f"LOAD FROM '{tmp_path / 'people.csv'}' (header=true) RETURN *")
    assert reading.status_code == 403, reading.text
    assert files_under(server.root, tmp_path) == before  # nothing written, anywhere the server may write
    assert list(server.tmp.iterdir()) == []
    setting = cypher(http, "CALL current_setting('auto_checkpoint') RETURN *")
    assert setting.status_code == 200 and setting.json()["rows"][0] == {"auto_checkpoint": "True"}


def test_reading_statements_still_run(http: httpx.Client) -> None:
    for statement in ("MATCH (s:State) RETURN s.name AS name ORDER BY name LIMIT 3",
                      "MATCH (a)-[r]->(b) RETURN label(r) AS type, count(*) AS n ORDER BY n DESC",
                      "MATCH p = (a:State)-[* SHORTEST 1..3]-(b:Organisation) RETURN length(p) AS hops LIMIT 1",
                      "CALL show_tables() RETURN name", "UNWIND [1, 2, 3] AS x RETURN sum(x) AS total"):
        response = cypher(http, statement)
        assert response.status_code == 200, (statement, response.text)


def test_mixed_parameters_are_client_errors(http: httpx.Client) -> None:
    for value in ([1, "a", None], [[1], ["a"]], {"a": [1, "b"]}):
        response = cypher(http, "RETURN $v AS v", v=value)
        assert response.status_code in (200, 400), (value, response.text)


def test_a_runaway_allocation_costs_the_query_only(server: Server, http: httpx.Client) -> None:
    cypher(http, "RETURN 1")  # the workers are up
    before = server.memory()
    started = time.monotonic()
    huge = cypher(http, "UNWIND range(1, 1000000000) AS x RETURN count(x) AS n")
    assert huge.status_code in (408, 413), huge.text
    assert time.monotonic() - started <= QUERY_TIMEOUT_S + 1
    large = cypher(http, "UNWIND range(1, 100000000) AS x RETURN count(x) AS n")
    assert large.status_code in (200, 408, 413), large.text
    assert time.monotonic() - started <= 2 * (QUERY_TIMEOUT_S + 1)
    assert server.alive()
    cypher(http, "RETURN 1")
    assert server.memory() <= before * 1.1  # what the queries took was given back


def warm_every_worker(server: Server) -> None:
    """A query in each worker at once, so that none is started while a test times one."""
    def ask() -> None:
        with server.client() as client:
            assert client.post("/sparql", data={"query": "ASK {}"}, headers=SPARQL_JSON).status_code == 200
    threads = [threading.Thread(target=ask) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def test_a_query_past_the_time_limit_is_stopped_and_frees_its_slot(server: Server, http: httpx.Client) -> None:
    warm_every_worker(server)
    before = server.memory()
    answers: list[tuple[int, float]] = []

    def run() -> None:
        started = time.monotonic()
        with server.client() as client:
            response = client.post("/sparql", data={"query": CARTESIAN}, headers=SPARQL_JSON)
        answers.append((response.status_code, time.monotonic() - started))

    threads = [threading.Thread(target=run) for _ in range(2)]  # every query worker
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [status for status, _ in answers] == [408, 408]
    assert all(took <= QUERY_TIMEOUT_S + 1 for _, took in answers)
    after = http.post("/sparql", data={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"}, headers=SPARQL_JSON)
    assert after.status_code == 200  # no slot is still held by the stopped queries
    assert server.memory() <= before * 1.1


def test_deep_nesting_is_refused_before_it_runs(server: Server, http: httpx.Client) -> None:
    for depth in (2_200, 20_000):
        query = "SELECT * WHERE " + "{ " * depth + "?s ?p ?o " + "} " * depth
        response = http.post("/sparql", content=query, headers={"Content-Type": "application/sparql-query"})
        assert response.status_code == 403 and "nests deeper" in response.json()["detail"]
    nested = "SELECT * WHERE " + "{ " * 20 + "?s ?p ?o " + "} " * 20 + "LIMIT 1"
    assert http.get("/sparql", params={"query": nested}, headers=SPARQL_JSON).status_code == 200
    assert server.alive()


def test_a_crashing_query_leaves_the_server_answering(server: Server, http: httpx.Client) -> None:
    http.post("/sparql", data={"query": "ASK {}"}, headers=SPARQL_JSON)
    answer: list[httpx.Response] = []
    running = threading.Thread(target=lambda: answer.append(
        server.client().post("/sparql", data={"query": CARTESIAN}, headers=SPARQL_JSON)))
    running.start()
    deadline = time.monotonic() + 2
    busy = []
    while not busy and time.monotonic() < deadline:  # the worker running the query: the one using CPU
        busy = [w for w in server.workers() if w.cpu_percent(interval=0.1) > 50]
    assert busy, "no query worker was running the query"
    os.kill(busy[0].pid, signal.SIGSEGV)
    running.join()
    assert answer[0].status_code == 503 and "SIGSEGV" in answer[0].json()["detail"]
    assert server.alive()
    again = http.post("/sparql", data={"query": "ASK { ?s ?p ?o }"}, headers=SPARQL_JSON)
    assert again.status_code == 200 and again.json()["boolean"] is True


class Listener:
    """A TCP port that records whether anything connected to it."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0

    def poll(self) -> int:
        try:
            connection, _ = self.sock.accept()
            connection.close()
            self.connections += 1
        except TimeoutError:
            pass
        return self.connections


def test_service_is_refused_however_it_is_written(http: httpx.Client) -> None:
    listener = Listener()
    endpoint = f"http://127.0.0.1:{listener.port}/sparql"
    queries = [
        f"SELECT * WHERE {{ SERVICE <{endpoint}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ service <{endpoint}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVICE SILENT <{endpoint}> {{ ?s ?p ?o }} }}",
        f"PREFIX ex: <http://example.org/> SELECT * WHERE {{ ?s ex:it\\'s ?o . SERVICE <{endpoint}> {{ ?s ?p ?o }} }}",
        f"PREFIX ex: <http://example.org/> SELECT * WHERE {{ ?s ex:a\\\"b ?o OPTIONAL {{ SERVICE <{endpoint}> {{ ?s ?p ?o }} }} }}",
        f"SELECT * WHERE {{ # comment }}\n SERVICE <{endpoint}> {{ ?s ?p ?o }} }}",
        f"BASE <http://127.0.0.1:{listener.port}/> SELECT * WHERE {{ SERVICE <sparql> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ VALUES ?e {{ <{endpoint}> }} SERVICE ?e {{ ?s ?p ?o }} }}",
    ]
    for query in queries:
        response = http.post("/sparql", data={"query": query}, headers=SPARQL_JSON)
        assert response.status_code in (400, 403), (query, response.text)
    assert listener.poll() == 0
    # the word in a string or an IRI is no call
    literal = http.post("/sparql", data={"query": 'SELECT * WHERE { ?s ?p "SERVICE <x:y>" }'}, headers=SPARQL_JSON)
    assert literal.status_code == 200


def test_updates_are_refused_and_change_nothing(server: Server, http: httpx.Client) -> None:
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    before = http.post("/sparql", data={"query": count}, headers=SPARQL_JSON).json()
    for update in ("INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }", "CLEAR ALL", "DROP ALL",
                   "LOAD <http://127.0.0.1:9/data.ttl>", "DELETE WHERE { ?s ?p ?o }"):
        response = http.post("/sparql", data={"query": update}, headers=SPARQL_JSON)
        assert response.status_code == 400, (update, response.text)
    assert http.post("/sparql", data={"query": count}, headers=SPARQL_JSON).json() == before


def test_a_failed_service_call_is_a_client_error(tmp_path: Path) -> None:
    """With SERVICE turned on, an endpoint that is down or answers garbage is the query's failure."""
    from served import start_server
    listener = Listener()
    server = start_server(tmp_path, C5KG_API_SPARQL_SERVICE="on")
    try:
        with server.client() as http:
            for endpoint in ("http://127.0.0.1:1/sparql", f"http://127.0.0.1:{listener.port}/sparql"):
                query = f"SELECT * WHERE {{ SERVICE <{endpoint}> {{ ?s ?p ?o }} }}"
                response = http.post("/sparql", data={"query": query}, headers=SPARQL_JSON)
                assert response.status_code in (400, 408), (endpoint, response.text)
        assert server.alive()
    finally:
        server.stop()
