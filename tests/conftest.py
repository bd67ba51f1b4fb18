"""Shared fixtures: the sample corpus, graphs built from it, the live API and the Neo4j server."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.kg import KnowledgeGraph
from graph.neo4j_store import Neo4jSettings
from api_live import api, api_http, api_writer  # noqa: F401  (the live HTTP API's fixtures)
from neo4j_server import NEO4J_VERSION, BoltServer, start_bolt_server

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_CORPUS = ROOT / "data" / "sample"


@pytest.fixture(scope="session")
def sample_corpus() -> Path:
    return SAMPLE_CORPUS


@pytest.fixture
def kg(tmp_path: Path) -> Iterator[KnowledgeGraph]:
    """A fresh, empty embedded graph (reference data loaded)."""
    with KnowledgeGraph.open(tmp_path / "db") as graph:
        yield graph


@pytest.fixture(scope="session")
def sample_kg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeGraph]:
    """The sample corpus loaded into an embedded graph, shared by tests that only read."""
    with KnowledgeGraph.open(tmp_path_factory.mktemp("sample") / "db") as graph:
        report = graph.ingest([SAMPLE_CORPUS])
        assert not report.failed and len(report.documents) == 8
        yield graph


@pytest.fixture(scope="session")
def bolt_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BoltServer]:
    """A real Neo4j 5.26 Community server (tests/neo4j_server.py), started once per session."""
    server = start_bolt_server(tmp_path_factory.mktemp("neo4j"))
    _servers.append(server)
    yield server
    server.stop()


_servers: list[BoltServer] = []


def pytest_report_header(config: pytest.Config) -> list[str]:
    """The Neo4j the `neo4j` tests start (its agent as the server will report it; the summary
    prints the agent the running server did report)."""
    return [f"neo4j: Neo4j/{NEO4J_VERSION} Community, in process (tests/neo4j)"] if NEO4J_VERSION else []


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    for server in _servers:  # the header is written before any server starts: say it here too
        terminalreporter.write_line(f"neo4j tests ran against {server.agent}")


@pytest.fixture
def neo4j_settings(bolt_server: BoltServer) -> Iterator[Neo4jSettings]:
    """The Bolt server's database, empty, and emptied again afterwards."""
    name = f"test_{uuid.uuid4().hex[:12]}"
    yield bolt_server.create_database(name)
    bolt_server.drop_database(name)
