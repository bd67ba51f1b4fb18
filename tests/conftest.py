"""Shared fixtures: the sample corpus, the reference corpus, and graphs built from them."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.kg import KnowledgeGraph
from graph.neo4j_store import Neo4jSettings
from api_live import api, api_http, api_writer  # noqa: F401  (the live HTTP API's fixtures)
from neo4j_server import BoltServer, start_bolt_server

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_CORPUS = ROOT / "data" / "sample"
SHARED = ROOT.parent / "shared"
SHARED_CORPUS = SHARED / "corpus"
GOLD = SHARED / "gold"
SCORER = SHARED / "eval" / "score.py"


@pytest.fixture(scope="session")
def sample_corpus() -> Path:
    return SAMPLE_CORPUS


@pytest.fixture(scope="session")
def shared_corpus() -> Path:
    assert SHARED_CORPUS.is_dir(), f"the reference corpus is expected at {SHARED_CORPUS}"
    return SHARED_CORPUS


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
    """A real Bolt + Cypher server (ArcadeDB, tests/neo4j_server.py), started once per session."""
    server = start_bolt_server(tmp_path_factory.mktemp("arcadedb"))
    yield server
    server.stop()


@pytest.fixture
def neo4j_settings(bolt_server: BoltServer) -> Iterator[Neo4jSettings]:
    """A fresh, empty database on the Bolt server, dropped afterwards."""
    name = f"test_{uuid.uuid4().hex[:12]}"
    yield bolt_server.create_database(name)
    bolt_server.drop_database(name)
