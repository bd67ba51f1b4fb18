"""Two real processes on one graph: `c5kg serve` in one, the reading commands in another."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from graph.kg import KnowledgeGraph

pytestmark = pytest.mark.api

sys.path.insert(0, str(Path(__file__).resolve().parent / "security"))
from served import files_under, start_server  # noqa: E402

C5KG = str(Path(sys.executable).parent / "c5kg")


def c5kg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([C5KG, *args], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "C5KG_STORE": "ladybug", "COLUMNS": "200"})


def test_reading_commands_work_while_the_server_runs(tmp_path: Path) -> None:
    server = start_server(tmp_path)
    try:
        db = str(server.db)
        before = files_under(server.db)
        proposals = c5kg("query", "proposals", "--db", db, "--format", "json", "--by", "Uzbekistan")
        assert proposals.returncode == 0, proposals.stderr
        assert json.loads(proposals.stdout) and all("evidence" in row for row in json.loads(proposals.stdout))
        exported = c5kg("export", "--format", "nt", "--db", db)
        assert exported.returncode == 0 and exported.stdout.count("\n") > 1000, exported.stderr
        view = c5kg("viz", "--db", db, "-o", str(tmp_path / "view.html"))
        assert view.returncode == 0 and (tmp_path / "view.html").stat().st_size > 0, view.stderr
        stats = c5kg("stats", "--db", db)
        assert stats.returncode == 0 and "documents" in stats.stdout, stats.stderr
        assert files_under(server.db) == before  # the readers wrote nothing
        # a write from a second process is a message that says what to do
        (tmp_path / "new.txt").write_text("Kazakhstan proposed creating a Steppe Seed Bank in May 2025.\n")
        ingest = c5kg("ingest", str(tmp_path / "new.txt"), "--db", db)
        assert ingest.returncode != 0
        assert "open for writing in another process" in ingest.stderr and "POST /documents" in ingest.stderr
        assert "Traceback" not in ingest.stderr
        assert server.alive()
    finally:
        server.stop()


def test_reading_a_graph_that_is_not_there_says_so(tmp_path: Path) -> None:
    result = c5kg("query", "proposals", "--db", str(tmp_path / "nothing"))
    assert result.returncode != 0 and "no graph at" in result.stderr
    assert not (tmp_path / "nothing").exists()  # reading made no folder


def test_a_read_only_graph_refuses_writes(tmp_path: Path) -> None:
    with KnowledgeGraph.open(tmp_path / "db") as kg:
        kg.ingest([Path(__file__).resolve().parent.parent / "data" / "sample"])
    with KnowledgeGraph.open(tmp_path / "db", read_only=True) as reader:
        assert reader.query("proposals", limit=1)
        with pytest.raises(Exception):
            reader.remove(reader.record.documents()[0])
