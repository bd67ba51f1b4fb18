"""The extraction map on a Dask cluster: a LocalCluster the test starts, of worker processes, and
`c5kg ingest --scheduler` run as users run it. The graph it writes is the one a local load writes."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from dask.distributed import LocalCluster

from graph.kg import KnowledgeGraph
from graph.neo4j_store import Neo4jSettings
from graph.stores import StoreSettings
from test_loading import snapshot, write_corpus

C5KG = str(Path(sys.executable).parent / "c5kg")


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def c5kg(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    run = subprocess.run([C5KG, *args], capture_output=True, text=True, timeout=600,
                         env={**os.environ, "COLUMNS": "120", **(env or {})})
    assert "Traceback" not in run.stderr, run.stderr
    return run


def test_the_cluster_gives_the_graph_a_local_load_gives(tmp_path: Path, scheduler: str) -> None:
    corpus = write_corpus(tmp_path / "corpus", 40, seed=11)
    (corpus / "empty.txt").write_bytes(b"")  # a file that cannot be read is reported as it is locally
    run = c5kg("ingest", str(corpus), "--db", str(tmp_path / "cluster"), "--scheduler", scheduler, "--keep-going")
    assert run.returncode == 1, run.stderr  # loaded, and one file could not be
    assert "loaded 40 documents" in run.stdout and "empty.txt: the file is empty" in run.stderr
    with KnowledgeGraph.open(tmp_path / "local") as kg:
        kg.ingest([corpus], keep_going=True)
    assert snapshot(tmp_path / "cluster") == snapshot(tmp_path / "local")
    with KnowledgeGraph.open(tmp_path / "cluster") as kg:  # re-loading on the cluster changes nothing
        kg.ingest([corpus], keep_going=True, scheduler=scheduler)
        assert kg.check() == []
    assert snapshot(tmp_path / "cluster") == snapshot(tmp_path / "local")


@pytest.mark.neo4j
def test_the_cluster_writes_into_neo4j(tmp_path: Path, scheduler: str, neo4j_settings: Neo4jSettings,
                                       sample_corpus: Path, sample_kg: KnowledgeGraph) -> None:
    settings = StoreSettings("neo4j", neo4j_settings)
    with KnowledgeGraph.open(tmp_path / "db", settings=settings) as kg:
        report = kg.ingest([sample_corpus], scheduler=scheduler)
        assert len(report.documents) == 8 and not report.failed
        assert kg.check() == []
        assert set(kg.record.quads()) == set(sample_kg.record.quads())
        by = sorted(str(row["proposal"]) for row in kg.query("proposals", by="Toqaev"))
        assert by and by == sorted(str(row["proposal"]) for row in sample_kg.query("proposals", by="Toqaev"))


def test_an_unreachable_scheduler_is_a_message_that_names_it(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", 2, seed=1)
    run = c5kg("ingest", str(corpus), "--db", str(tmp_path / "db"), "--scheduler", "tcp://127.0.0.1:9",
               env={"DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"})
    assert run.returncode != 0
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in run.stderr
    with KnowledgeGraph.open(tmp_path / "db", read_only=True) as kg:
        assert kg.stats()["documents"] == 0
