"""`c5kg ingest --store neo4j`, `c5kg push`, `c5kg export` from either store: the CLI as users run it
(a subprocess of the installed console script) against a real Bolt server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.kg import KnowledgeGraph
from graph.neo4j_store import Neo4jSettings

pytestmark = pytest.mark.neo4j

C5KG = str(Path(sys.executable).parent / "c5kg")


def c5kg(*args: str, neo4j: Neo4jSettings | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {"PATH": str(Path(sys.executable).parent), "COLUMNS": "120", "HOME": str(cwd or "/")}
    if "PYTHONPATH" in os.environ:
        env["PYTHONPATH"] = os.environ["PYTHONPATH"]
    if neo4j is not None:  # the password from the environment, the rest as flags
        env["C5KG_NEO4J_PASSWORD"] = neo4j.password
        args = (*args, "--neo4j-uri", neo4j.uri, "--neo4j-user", neo4j.user, "--neo4j-database", neo4j.database)
    run = subprocess.run([C5KG, *args], capture_output=True, text=True, cwd=cwd, timeout=300, env=env)
    assert "Traceback" not in run.stderr, run.stderr
    return run


def quads(data: bytes | str, fmt: ox.RdfFormat) -> set[ox.Quad]:
    return set(ox.parse(data.encode() if isinstance(data, str) else data, fmt))


def test_ingest_query_and_export_with_the_neo4j_store(tmp_path: Path, neo4j_settings: Neo4jSettings,
                                                      sample_corpus: Path, sample_kg: KnowledgeGraph) -> None:
    db = str(tmp_path / "db")
    run = c5kg("ingest", str(sample_corpus), "--db", db, "--store", "neo4j", neo4j=neo4j_settings)
    assert run.returncode == 0, run.stderr
    assert "loaded 8 documents" in run.stdout

    query = c5kg("query", "proposals", "--by", "Toqaev", "--format", "json", "--db", db, "--store", "neo4j",
                 neo4j=neo4j_settings)
    assert query.returncode == 0, query.stderr
    rows = json.loads(query.stdout)
    assert rows and rows == json.loads(json.dumps(sample_kg.query("proposals", by="Toqaev"), default=str))

    exported = c5kg("export", "--format", "nquads", "--db", db, "--store", "neo4j", neo4j=neo4j_settings)
    assert exported.returncode == 0, exported.stderr
    assert quads(exported.stdout, ox.RdfFormat.N_QUADS) == set(sample_kg.record.quads())


def test_push_then_export_gives_back_exactly_the_triples_pushed(tmp_path: Path, neo4j_settings: Neo4jSettings,
                                                                sample_corpus: Path) -> None:
    db = str(tmp_path / "db")
    assert c5kg("ingest", str(sample_corpus), "--db", db).returncode == 0
    pushed = c5kg("export", "--format", "nt", "--db", db)
    run = c5kg("push", "--db", db, neo4j=neo4j_settings)
    assert run.returncode == 0, run.stderr
    assert "pushed 8 documents" in run.stdout

    # read back with a database folder that has never seen the documents: only Neo4j has them
    read_back = c5kg("export", "--format", "nt", "--db", str(tmp_path / "elsewhere"), "--store", "neo4j",
                     neo4j=neo4j_settings)
    assert read_back.returncode == 0, read_back.stderr
    triples = quads(pushed.stdout, ox.RdfFormat.N_TRIPLES)
    assert len(triples) > 3000
    assert quads(read_back.stdout, ox.RdfFormat.N_TRIPLES) == triples

    one = c5kg("export", "--format", "turtle", "--doc", "2018-03-15_astana_first_meeting", "--db",
               str(tmp_path / "elsewhere"), "--store", "neo4j", neo4j=neo4j_settings)
    assert one.returncode == 0 and "c5:Statement" in one.stdout

    stats = c5kg("stats", "--db", db, "--store", "neo4j", neo4j=neo4j_settings)
    assert stats.returncode == 0 and "relationships" in stats.stdout


def test_a_wrong_password_is_a_message_not_a_traceback(tmp_path: Path, neo4j_settings: Neo4jSettings) -> None:
    wrong = Neo4jSettings(neo4j_settings.uri, neo4j_settings.user, "not-the-password", neo4j_settings.database)
    run = c5kg("query", "actors", "--db", str(tmp_path / "db"), "--store", "neo4j", neo4j=wrong)
    assert run.returncode == 1
    assert f"Neo4j at {neo4j_settings.uri}" in run.stderr and f"refused user '{neo4j_settings.user}'" in run.stderr
    run = c5kg("push", "--db", str(tmp_path / "db"), "--neo4j-uri", "bolt://127.0.0.1:1")
    assert run.returncode == 1 and "cannot reach Neo4j at bolt://127.0.0.1:1" in run.stderr
