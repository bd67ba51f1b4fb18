"""What extraction hands on: JSON lines for the gold scorer, RDF that passes the SHACL shapes, and
`c5kg eval`, which measures the whole against hand annotations."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from loaders.documents import document_from_text, find_documents, read_document
from loaders.evaluation import ANNOTATION_KIT, EvaluationError, check_kit, score, scorer_locations, write_facts
from loaders.extractor import extract
from loaders.jsonl import fact_records
from loaders.rdf import to_rdf
from ontology.shapes import validate

ROOT = Path(__file__).resolve().parent.parent
C5KG = str(Path(sys.executable).parent / "c5kg")  # the installed console script, as users run it
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold"

# the development set's targets (the issue's); c5kg is also measured on news it has never seen
TARGETS = {"proposals": 0.85, "proposals_by_state": 0.90, "entities": 0.90, "supports": 0.80, "memberships": 0.80}

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
    with pytest.raises(EvaluationError, match="no scorer") as error:
        check_kit(tmp_path / "gold", kit=tmp_path / "no-kit")
    # the message lists every place it looked
    assert str(tmp_path / "eval" / "score.py") in str(error.value)
    assert str(tmp_path / "no-kit" / "eval" / "score.py") in str(error.value)
    with pytest.raises(EvaluationError, match="no scorer there"):
        check_kit(tmp_path / "gold", tmp_path / "elsewhere.py")


def test_the_scorer_is_found_beside_the_gold_else_in_the_annotation_kit(tmp_path: Path) -> None:
    gold = tmp_path / "repo" / "data" / "heldout" / "gold"
    gold.mkdir(parents=True)
    (gold / "a.json").write_text("{}", encoding="utf-8")
    kit = tmp_path / "shared"
    (kit / "eval").mkdir(parents=True)
    (kit / "eval" / "score.py").write_text("", encoding="utf-8")
    assert check_kit(gold, kit=kit) == kit / "eval" / "score.py"
    own = gold.parent / "eval" / "score.py"
    own.parent.mkdir()
    own.write_text("", encoding="utf-8")
    assert check_kit(gold, kit=kit) == own  # the gold folder's own scorer comes first
    assert scorer_locations(gold, kit) == [own, kit / "eval" / "score.py"]
    # by default the kit is the one beside the checkout
    assert ANNOTATION_KIT == Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="module")
def kit() -> Path:
    assert GOLD.is_dir() and (SHARED / "eval" / "score.py").is_file(), f"the annotated development set is not at {SHARED}"
    return GOLD


def test_the_development_set_meets_its_targets(kit: Path, tmp_path: Path) -> None:
    predictions = tmp_path / "facts.jsonl"
    with predictions.open("w", encoding="utf-8") as out:
        assert write_facts([kit.parent / "corpus"], out) == []
    scores = score(kit, predictions)
    assert scores.documents == 5
    for relation, target in TARGETS.items():
        assert scores.relations[relation]["f1"] >= target, (relation, scores.relations[relation], scores.errors)


def test_c5kg_eval_prints_per_relation_scores_and_misses(kit: Path, tmp_path: Path) -> None:
    kept = tmp_path / "facts.jsonl"
    run = subprocess.run([C5KG, "eval", "--gold", str(kit), "--json", "-o", str(kept)],
                         capture_output=True, text=True, cwd=ROOT, check=False)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert set(TARGETS) <= set(result) and result["documents"] == 5
    assert kept.read_text(encoding="utf-8").count('"type": "proposal"') == result["proposals"]["pred"]
    table = subprocess.run([C5KG, "eval", "--gold", str(kit)], capture_output=True,
                           text=True, cwd=ROOT, check=False)
    assert table.returncode == 0 and "proposals_by_state" in table.stdout and "precision" in table.stdout
    missing = subprocess.run([C5KG, "eval", "--gold", str(tmp_path / "none")],
                             capture_output=True, text=True, cwd=ROOT, check=False)
    assert missing.returncode != 0 and "no such gold folder" in missing.stderr and "Traceback" not in missing.stderr
