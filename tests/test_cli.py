"""The c5kg command line, run as users run it: a subprocess of the installed console script."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from rdflib import Graph

from loaders.evaluation import score

C5KG = str(Path(sys.executable).parent / "c5kg")
ROOT = Path(__file__).resolve().parent.parent


def c5kg(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([C5KG, *args], capture_output=True, text=True, cwd=cwd, timeout=300,
                          env={"PATH": str(Path(sys.executable).parent), "COLUMNS": "120", "HOME": str(cwd or "/")})


def test_demo_loads_the_samples_and_prints_proposals_with_evidence(tmp_path: Path) -> None:
    run = c5kg("demo", "--out", str(tmp_path / "demo"))
    assert run.returncode == 0, run.stderr
    assert "Who proposed what" in run.stdout
    assert "loaded 8 documents" in run.stdout
    assert "“" in run.stdout and "[" in run.stdout  # evidence quotes with their offsets
    turtle = tmp_path / "demo" / "c5kg.ttl"
    assert len(Graph().parse(turtle, format="turtle")) > 3000


def test_ingest_query_export_round_trip(tmp_path: Path, sample_corpus: Path) -> None:
    db = str(tmp_path / "db")
    assert c5kg("ingest", str(sample_corpus), "--db", db).returncode == 0
    run = c5kg("query", "proposals", "--by", "Toqaev", "--format", "json", "--db", db)
    assert run.returncode == 0, run.stderr
    rows = json.loads(run.stdout)
    assert rows and {r["proposer"] for r in rows} == {"Kassym-Jomart Tokayev"}
    assert all(r["evidence"] and r["document"] for r in rows)
    out = tmp_path / "graph.nt"
    assert c5kg("export", "--format", "nt", "-o", str(out), "--db", db).returncode == 0
    assert len(Graph().parse(out, format="nt")) > 3000
    stats = c5kg("stats", "--db", db)
    assert "documents" in stats.stdout and " 8" in stats.stdout


def test_extract_writes_facts_the_gold_scorer_reads(tmp_path: Path) -> None:
    heldout = ROOT / "data" / "heldout"
    facts = tmp_path / "facts.jsonl"
    run = c5kg("extract", str(heldout), "--format", "jsonl", "-o", str(facts))
    assert run.returncode == 0, run.stderr
    records = [json.loads(line) for line in facts.read_text(encoding="utf-8").splitlines()]
    assert {r["type"] for r in records} >= {"entity", "proposal", "support"}
    assert all("evidence" in r for r in records if r["type"] != "entity")
    scores = score(heldout / "gold", facts)
    assert scores.documents == 6
    assert scores.relations["proposals"]["tp"] > 0 and scores.relations["entities"]["tp"] > 0


def test_errors_are_messages_naming_the_file(tmp_path: Path) -> None:
    db = str(tmp_path / "db")
    missing = c5kg("ingest", str(tmp_path / "missing.txt"), "--db", db)
    assert missing.returncode != 0
    assert "missing.txt" in missing.stderr and "no such file" in missing.stderr
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "docs" / "ok.txt").write_text("Astana, 2 May 2024 – Kazakhstan proposed a Water Fund.\n",
                                              encoding="utf-8")
    (tmp_path / "docs" / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    bad = c5kg("ingest", str(tmp_path / "docs"), "--db", db)
    assert bad.returncode != 0
    assert "empty.txt" in bad.stderr and "empty" in bad.stderr and "nothing was loaded" in bad.stderr
    assert "photo.jpg" in bad.stderr
    unknown = c5kg("query", "proposals", "--limit", "lots", "--db", db)
    assert unknown.returncode != 0
    for run in (missing, bad, unknown):
        assert "Traceback" not in run.stderr + run.stdout


def test_a_legacy_encoding_is_reported_and_loaded(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes("Бишкек, 3 мая 2024 – Киргизия предложила создать фонд. Казахстан поддержал.\n".encode("cp1251")
                     * 3)
    run = c5kg("ingest", str(path), "--db", str(tmp_path / "db"))
    assert run.returncode == 0, run.stderr
    assert "report.txt" in run.stderr and "not UTF-8" in run.stderr
