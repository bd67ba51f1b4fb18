"""What the CLI tells its user: counts that read as English, progress over every phase, what was
skipped or found wanting, and output that behaves in a pipe."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

C5KG = str(Path(sys.executable).parent / "c5kg")
SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample"


def c5kg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([C5KG, *args], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "C5KG_STORE": "ladybug", "COLUMNS": "200"})


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("messages") / "db")
    run = c5kg("ingest", str(SAMPLE), "--db", db)
    assert run.returncode == 0, run.stderr
    assert "reading" in run.stderr and "writing" in run.stderr  # a bar for each phase
    return db


def test_one_document_is_one_document(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("Kazakhstan proposed creating a Steppe Seed Bank in May 2025.\n")
    run = c5kg("ingest", str(tmp_path / "one.txt"), "--db", str(tmp_path / "db"))
    assert "loaded 1 document, " in run.stdout and "1 documents" not in run.stdout


def test_skipped_files_and_text_in_another_language_are_named(tmp_path: Path) -> None:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "scan.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "corpus" / "habari.txt").write_text(
        "Mwenyekiti wa Kazakhstan alipendekeza kuanzishwa kwa baraza la maji la kikanda katika mkutano huo.\n")
    run = c5kg("ingest", str(tmp_path / "corpus"), "--db", str(tmp_path / "db"))
    assert run.returncode == 0, run.stderr
    assert "skipped" in run.stderr and "scan.pdf" in run.stderr
    assert "habari.txt" in run.stderr and "does not look like English" in run.stderr


def test_stats_as_json_count_what_an_export_holds(sample_db: str) -> None:
    stats = json.loads(c5kg("stats", "--db", sample_db, "--format", "json").stdout)
    assert set(stats) == {"documents", "triples", "nodes", "relationships"} and stats["documents"] == 8
    exported = c5kg("export", "--db", sample_db, "--format", "nquads").stdout
    assert stats["triples"] == len(exported.splitlines())


def test_rebuild_says_what_it_did_in_words(sample_db: str) -> None:
    run = c5kg("rebuild", "--db", sample_db)
    assert run.returncode == 0 and run.stdout.startswith("rebuilt the store from the record: 8 documents")
    assert "{" not in run.stdout
    # a bar for each pass, each to the last of the eight documents
    assert "reading the record" in run.stderr and "writing" in run.stderr and run.stderr.count("8/8") == 2


def test_a_cut_list_says_so_and_options_say_what_they_mean(sample_db: str) -> None:
    run = c5kg("query", "proposals", "--db", sample_db, "--limit", "2", "--format", "json")
    assert len(json.loads(run.stdout)) == 2 and "the first 2 rows" in run.stderr
    everything = c5kg("query", "proposals", "--db", sample_db, "--limit", "1000", "--format", "json")
    assert "the first" not in everything.stderr
    helped = c5kg("query", "proposals", "--help").stdout
    assert "any alias" in helped and "ISO date" in helped and "(default 100)" in helped


def test_export_into_a_pipe_that_closes_early_is_no_error(sample_db: str) -> None:
    run = subprocess.run(f"'{C5KG}' export --db '{sample_db}' --format nt | head -1", shell=True,
                         capture_output=True, text=True, timeout=300, env={**os.environ, "C5KG_STORE": "ladybug"})
    assert run.stdout.count("\n") == 1 and "Broken pipe" not in run.stderr and "Traceback" not in run.stderr


def test_the_demo_hint_is_a_command_that_runs(tmp_path: Path) -> None:
    run = subprocess.run([C5KG, "demo", "--out", str(tmp_path / "demo")], capture_output=True, text=True,
                         timeout=300, cwd=tmp_path, env={**os.environ, "C5KG_STORE": "ladybug"})
    assert run.returncode == 0 and "Explore further: uv run c5kg query proposals" in run.stdout
