"""Loading many documents at once: a load killed mid-way is undone, loads in parallel give the
graph one process gives, and the check finds a store out of step with its record."""

from __future__ import annotations

import io
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from bench.corpus_generator import articles
from graph import record as record_module
from graph.kg import KnowledgeGraph
from graph.loading import JOURNAL_DIR
from graph.record import Record

C5KG = str(Path(sys.executable).parent / "c5kg")


def write_corpus(folder: Path, count: int, seed: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles(count, seed=seed):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def snapshot(db: Path) -> tuple[str, dict[str, int], str]:
    """Everything a user sees of a graph: its RDF, its counts, and its answers."""
    with KnowledgeGraph.open(db, read_only=True) as kg:
        rdf = kg.export("nquads")
        assert rdf is not None
        rows = kg.query("proposals", limit=100_000)
        for row in rows:
            row["supporters"] = sorted(row["supporters"])
        answers = json.dumps(sorted(json.dumps(row, sort_keys=True, default=str) for row in rows))
        return "\n".join(sorted(rdf.decode().splitlines())), kg.stats(), answers


def test_a_load_killed_while_writing_leaves_the_graph_as_it_was(tmp_path: Path, sample_corpus: Path) -> None:
    db = tmp_path / "db"
    with KnowledgeGraph.open(db) as kg:
        kg.ingest([sample_corpus])
    before = snapshot(db)
    corpus = write_corpus(tmp_path / "corpus", 400, seed=11)
    # the sample's documents again too, changed: the load replaces some documents and adds others
    (corpus / "2018-03-15_astana_first_meeting.txt").write_text(
        "Astana, 15 March 2018 – Kyrgyzstan proposed a Mountain Fund.\n", encoding="utf-8")
    process = subprocess.Popen([C5KG, "ingest", "--db", str(db), "--workers", "2", str(corpus)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    journal = db / JOURNAL_DIR / "documents.json"
    deadline = time.monotonic() + 600
    while not journal.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    assert journal.exists(), "the load ended (or never began writing) before it could be killed"
    time.sleep(0.5)  # well into writing the record and the store
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL

    with KnowledgeGraph.open(db, read_only=True) as kg:
        assert kg.check()[0].startswith("a load did not finish")
    with KnowledgeGraph.open(db) as kg:  # opening it to write undoes the killed load
        assert kg.check() == []
        assert not (db / JOURNAL_DIR).exists()
    assert snapshot(db) == before


def test_a_bulk_load_on_several_threads_holds_every_quad_once(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    # chunks of a few kilobytes, four loading side by side: many loads overlap, sharing IRIs and names
    monkeypatch.setattr(record_module, "BULK_LOAD_BYTES", 4096)
    monkeypatch.setattr(record_module, "BULK_LOAD_THREADS", 4)
    ex = "https://example.org/"
    quads = [ox.Quad(ox.NamedNode(f"{ex}s{i % 97}"), ox.NamedNode(f"{ex}p{i % 5}"), ox.Literal(f"value {i}"),
                     ox.NamedNode(f"{ex}graph/{i % 31}")) for i in range(20_000)]
    data = io.BytesIO()
    ox.serialize(quads, data, ox.RdfFormat.N_QUADS)
    record = Record(tmp_path / "rdf")
    try:
        before = len(record.store)
        record.load_quads(io.BytesIO(data.getvalue()))
        record.flush()
        assert len(record.store) == before + len(quads)
        assert all(quad in record.store for quad in quads)
    finally:
        record.close()


def test_a_failed_load_of_many_documents_writes_none_of_them(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", 40, seed=5)  # enough for two worker processes
    (corpus / "empty.txt").write_bytes(b"")
    with KnowledgeGraph.open(tmp_path / "db") as kg:
        report = kg.ingest([corpus], workers=2)
        assert [Path(e.path).name for e in report.failed] == ["empty.txt"]
        assert kg.stats()["documents"] == 0
        assert kg.check() == []


def test_loading_in_several_processes_gives_the_graph_one_process_gives(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", 60, seed=3)
    for name, workers in (("one", 1), ("two", 2)):
        with KnowledgeGraph.open(tmp_path / name) as kg:
            report = kg.ingest([corpus], workers=workers)
            assert len(report.documents) == 60 and report.facts > 300
    assert snapshot(tmp_path / "one") == snapshot(tmp_path / "two")
    with KnowledgeGraph.open(tmp_path / "two") as kg:  # and loading it again changes nothing
        kg.ingest([corpus], workers=2)
    assert snapshot(tmp_path / "two") == snapshot(tmp_path / "one")


def test_the_check_finds_a_store_out_of_step_with_the_record(tmp_path: Path, sample_corpus: Path) -> None:
    with KnowledgeGraph.open(tmp_path / "db") as kg:
        kg.ingest([sample_corpus])
        assert kg.check() == []
        kg.store.run("MATCH ()-[r:PROPOSED]->() DELETE r", {})
        problems = kg.check()
        assert len(problems) == 1 and "relationships missing from the store" in problems[0]
        kg.rebuild()
        assert kg.check() == []


def test_the_check_from_the_command_line(tmp_path: Path, sample_corpus: Path) -> None:
    with KnowledgeGraph.open(tmp_path / "db") as kg:
        kg.ingest([sample_corpus])
    done = subprocess.run([C5KG, "check", "--db", str(tmp_path / "db")], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0 and "the store agrees with the record" in done.stdout
