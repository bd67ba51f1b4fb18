"""c5kg's own scorer (loaders/scoring.py): the annotation schema's matching rules, on annotations
and predictions of our own, and the same figures as the annotators' scorer where that is at hand."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from loaders.evaluation import score, write_facts
from loaders.scoring import normalise, overlap, score_facts

ROOT = Path(__file__).resolve().parent.parent
ANNOTATORS_SCORER = ROOT.parent / "shared" / "eval" / "score.py"  # beside the checkout, when it is there

GOLD = {
    "doc": "lake.txt",
    "entities": [{"type": "State", "name": "Tajikistan", "aliases": ["Dushanbe", "Republic of Tajikistan"]},
                 {"type": "Person", "name": "Emomali Rahmon", "aliases": ["President Rahmon"]},
                 {"type": "Organisation", "name": "Lake Council", "aliases": []}],
    "proposals": [{"proposer": "Emomali Rahmon", "proposer_state": "Tajikistan",
                   "proposal": "a regional fund for glacier monitoring"},
                  {"proposer": "Tajikistan", "proposal": "joint water accounting"}],
    "supports": [{"supporter": "Kyrgyzstan", "proposal": "a regional fund for glacier monitoring"}],
    "memberships": [{"member": "Tajikistan", "organisation": "Lake Council"}],
}
PREDICTIONS = [
    {"doc": "lake.txt", "type": "entity", "entity_type": "country", "name": "Republic of Tajikistan"},
    {"doc": "lake.txt", "type": "entity", "entity_type": "Person", "name": "President Rahmon"},
    {"doc": "lake.txt", "type": "entity", "entity_type": "Person", "name": "Someone Else"},
    {"doc": "lake.txt", "type": "proposal", "proposer": "Rahmon", "proposer_state": "Tajikistan",
     "proposal": "Regional Fund for Glacier Monitoring"},  # "Rahmon": the alias "President Rahmon", untitled
    {"doc": "lake.txt", "type": "proposal", "proposer": "Dushanbe", "proposal": "water accounting, jointly"},
    {"doc": "lake.txt", "type": "support", "supporter": "Kyrgyzstan", "proposal": "glacier monitoring fund"},
    {"doc": "other.txt", "type": "proposal", "proposer": "X", "proposal": "not scored: no gold file"},
]


def test_names_and_proposals_match_by_the_schemas_rules() -> None:
    assert normalise("President Shavkat Mirziyoyev") == "shavkat mirziyoyev"
    assert normalise("Ōsh–Andijan") == "osh andijan"
    assert overlap("the creation of a water council", "Water Council creation") == 1.0
    assert overlap("a trade hub", "a rail link") == 0.0


def test_figures_on_a_document_of_our_own(tmp_path: Path) -> None:
    (tmp_path / "lake.json").write_text(json.dumps(GOLD), encoding="utf-8")
    result = score_facts(tmp_path, PREDICTIONS)
    assert result["documents"] == 1
    assert (result["entities"]["tp"], result["entities"]["gold"], result["entities"]["pred"]) == (2, 3, 3)
    assert (result["proposals"]["tp"], result["proposals"]["pred"]) == (2, 2)
    assert result["proposals_by_state"]["tp"] == 2  # "Dushanbe" is an alias of Tajikistan
    assert result["supports"] == {"tp": 1, "gold": 1, "pred": 1, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert result["memberships"]["recall"] == 0.0 and result["memberships"]["precision"] == 0.0
    assert "lake.txt | entity missed | Organisation: Lake Council" in result["errors"]


def test_the_same_figures_as_the_annotators_scorer(tmp_path: Path) -> None:
    """On the held-out set's predictions, against the annotators' own scorer when it is beside the
    checkout; without it, against the figures it gave on the hand-made document above."""
    predictions = tmp_path / "facts.jsonl"
    heldout = ROOT / "data" / "heldout"
    with predictions.open("w", encoding="utf-8") as out:
        assert write_facts([heldout], out) == []
    ours = score(heldout / "gold", predictions)
    if ANNOTATORS_SCORER.is_file():
        theirs = score(heldout / "gold", predictions, scorer=ANNOTATORS_SCORER)
        assert ours.relations == theirs.relations and ours.documents == theirs.documents
        # Of two spellings of one actor, the annotators' scorer calls spurious whichever its set
        # happens to yield last: those errors are compared by number, every other one by its text.
        def spurious_actors(errors: list[str]) -> list[str]:
            return sorted(e.split(" | ")[0] for e in errors if " | entity spurious | " in e)

        def the_rest(errors: list[str]) -> list[str]:
            return sorted(e for e in errors if " | entity spurious | " not in e)

        assert spurious_actors(ours.errors) == spurious_actors(theirs.errors)
        assert the_rest(ours.errors) == the_rest(theirs.errors)
        (tmp_path / "gold").mkdir()
        (tmp_path / "gold" / "lake.json").write_text(json.dumps(GOLD), encoding="utf-8")
        (tmp_path / "lake.jsonl").write_text("\n".join(json.dumps(p) for p in PREDICTIONS), encoding="utf-8")
        run = subprocess.run([sys.executable, str(ANNOTATORS_SCORER), "--gold", str(tmp_path / "gold"), "--pred",
                              str(tmp_path / "lake.jsonl"), "--json"], capture_output=True, text=True, check=True)
        expected = json.loads(run.stdout)
    else:
        expected = {"entities": {"tp": 2, "gold": 3, "pred": 3, "precision": 0.667, "recall": 0.667, "f1": 0.667}}
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "lake.json").write_text(json.dumps(GOLD), encoding="utf-8")
    mine = score_facts(tmp_path / "mine", PREDICTIONS)
    for relation, figures in expected.items():
        if isinstance(figures, dict):
            assert mine[relation] == figures, relation


def test_of_two_spellings_of_one_actor_the_later_is_the_spurious_one(tmp_path: Path) -> None:
    """The report names the same spurious spelling on every run, whatever the process's string hashing."""
    spellings = ["Lake Council", "the Lake Council", "Council of the Lake"]
    gold = dict(GOLD, entities=[*GOLD["entities"][:2],
                                {"type": "Organisation", "name": "Lake Council", "aliases": spellings[1:]}])
    (tmp_path / "lake.json").write_text(json.dumps(gold), encoding="utf-8")
    for first in spellings:
        later = [s for s in spellings if s != first]
        facts = [{"doc": "lake.txt", "type": "entity", "entity_type": "Organisation", "name": name}
                 for name in (first, *later)]
        errors = score_facts(tmp_path, facts)["errors"]
        assert [e for e in errors if "spurious" in e] == [f"lake.txt | entity spurious | Organisation: {name}"
                                                          for name in later]
