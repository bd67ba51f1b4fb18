"""What extraction hands on: JSON lines for the gold scorer, RDF that passes the SHACL shapes, and
`c5kg eval`, which measures the whole against hand annotations."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from loaders.documents import document_from_text, find_documents, read_document
from loaders.evaluation import EvaluationError, check_kit, score, write_facts
from loaders.extractor import extract
from loaders.jsonl import fact_records
from loaders.rdf import to_rdf
from ontology.shapes import validate

ROOT = Path(__file__).resolve().parent.parent
C5KG = str(Path(sys.executable).parent / "c5kg")  # the installed console script, as users run it
# data/blind (written for the project, annotated before the rules saw it) and the floors its scores
# stay above; the development set and the real news are measured by `c5kg eval`, not by the suite
BLIND = ROOT / "data" / "blind"
FLOORS = {"proposals": 0.85, "proposals_by_state": 0.85, "entities": 0.95, "supports": 0.90, "memberships": 0.85}

ARTICLE = ("TERMEZ, 2 May 2024 – Shavkat Mirziyoyev proposed creating a Surkhandarya Trade Hub. "
           "Rahmon supported the proposal. Later the Uzbek leader again called for a Surkhandarya Trade Hub.\n\n"
           "Tajikistan and Uzbekistan are members of the SCO.\n")


def test_json_lines_carry_the_scorers_fields_and_their_evidence() -> None:
    document = document_from_text(ARTICLE, "termez.txt")
    records = list(fact_records(extract(document)))
    assert all(r["doc"] == "termez.txt" for r in records)
    kinds = {r["type"] for r in records}
    assert {"entity", "proposal", "support", "membership"} <= kinds
    proposal = next(r for r in records if r["type"] == "proposal")
    assert (proposal["proposer"], proposal["proposer_state"], proposal["proposal"]) == (
        "Shavkat Mirziyoyev", "Uzbekistan", "Surkhandarya Trade Hub")
    # one line per (proposer, proposal), with every sentence that states it
    assert sum(r["type"] == "proposal" for r in records) == 1
    sentences = [proposal["evidence"]] + proposal["more_evidence"]
    assert [e["trigger"] for e in sentences] == ["proposed", "called for"]
    for evidence in sentences:
        assert document.text[evidence["start"]:evidence["end"]] == evidence["sentence"]
        assert 0 < evidence["confidence"] <= 1
    entity = next(r for r in records if r["type"] == "entity" and r["name"] == "Shavkat Mirziyoyev")
    assert entity["entity_type"] == "Person" and "Shavkat Mirziyoyev" in entity["aliases"]


def test_every_graph_passes_the_shapes() -> None:
    texts = [ARTICLE,
             "The Aral Council (ARC), proposed by the Kazakh president, met in Nukus on Friday.",  # no date: uncertain
             "Japarov referred to as for nearer protection ties with Astana not too long ago. His imaginative "
             "and prescient envisages a safety structure."]
    documents = [document_from_text(text, f"case-{i}.txt") for i, text in enumerate(texts)]
    documents += [read_document(p) for p in find_documents([ROOT / "data" / "sample"])]
    for document in documents:
        result = validate(to_rdf(extract(document)))
        assert result.conforms, f"{document.source}: {result.report}"


def test_the_evaluation_kit_is_checked_before_anything_runs(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="no such gold folder"):
        check_kit(tmp_path / "missing")
    (tmp_path / "gold").mkdir()
    with pytest.raises(EvaluationError, match="no gold annotations"):
        check_kit(tmp_path / "gold")
    (tmp_path / "gold" / "a.json").write_text("{}", encoding="utf-8")
    check_kit(tmp_path / "gold")  # c5kg's own scorer needs nothing else
    with pytest.raises(EvaluationError, match="no scorer there"):
        check_kit(tmp_path / "gold", tmp_path / "elsewhere.py")


def test_the_blind_set_stays_above_its_floors(tmp_path: Path) -> None:
    predictions = tmp_path / "facts.jsonl"
    with predictions.open("w", encoding="utf-8") as out:
        assert write_facts([BLIND], out) == []
    scores = score(BLIND / "gold", predictions)
    assert scores.documents == 5
    for relation, floor in FLOORS.items():
        assert scores.relations[relation]["f1"] >= floor, (relation, scores.relations[relation], scores.errors)


def test_c5kg_eval_prints_per_relation_scores_and_misses(tmp_path: Path) -> None:
    kept = tmp_path / "facts.jsonl"
    gold = str(BLIND / "gold")
    run = subprocess.run([C5KG, "eval", "--gold", gold, str(BLIND), "--json", "-o", str(kept)],
                         capture_output=True, text=True, cwd=tmp_path, check=False)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert set(FLOORS) <= set(result) and result["documents"] == 5
    scored = {json.loads(p.read_text(encoding="utf-8"))["doc"] for p in (BLIND / "gold").glob("*.json")}
    kept_facts = [json.loads(line) for line in kept.read_text(encoding="utf-8").splitlines()]
    assert sum(f["type"] == "proposal" and f["doc"] in scored for f in kept_facts) == result["proposals"]["pred"]
    table = subprocess.run([C5KG, "eval", "--gold", gold, str(BLIND)], capture_output=True,
                           text=True, cwd=tmp_path, check=False)
    assert table.returncode == 0 and "proposals_by_state" in table.stdout and "precision" in table.stdout
    missing = subprocess.run([C5KG, "eval", "--gold", str(tmp_path / "none")],
                             capture_output=True, text=True, cwd=tmp_path, check=False)
    assert missing.returncode != 0 and "no such gold folder" in missing.stderr and "Traceback" not in missing.stderr
