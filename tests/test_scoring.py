"""c5kg's own scorer (loaders/scoring.py): the annotation schema's matching rules, on annotations
and predictions of our own."""

from __future__ import annotations

import json
from pathlib import Path

from loaders.evaluation import score, write_facts
from loaders.scoring import normalise, overlap, score_facts

ROOT = Path(__file__).resolve().parent.parent

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


def test_figures_on_the_heldout_set_and_the_hand_made_document(tmp_path: Path) -> None:
    """The held-out set scores through the whole path (extraction, JSON lines, scorer); the hand-made
    document gives the figures the annotators' scorer gives it (bench/scorer_agreement.py compares
    the two scorers whole, where the annotators' scorer is at hand)."""
    predictions = tmp_path / "facts.jsonl"
    heldout = ROOT / "data" / "heldout"
    with predictions.open("w", encoding="utf-8") as out:
        assert write_facts([heldout], out) == []
    ours = score(heldout / "gold", predictions)
    assert ours.documents == len(list((heldout / "gold").glob("*.json")))
    assert ours.relations["proposals"]["f1"] >= 0.9
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "lake.json").write_text(json.dumps(GOLD), encoding="utf-8")
    mine = score_facts(tmp_path / "mine", PREDICTIONS)
    assert mine["entities"] == {"tp": 2, "gold": 3, "pred": 3, "precision": 0.667, "recall": 0.667, "f1": 0.667}


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
