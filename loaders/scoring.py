"""Scoring extracted facts against gold annotations, by the annotation schema's matching rules.

The rules are the annotators' (their scorer ships with the annotation kit; this gives the same
figures on the same input, and a test checks it when the kit is there):
- names match when equal after normalising (accents, case, punctuation and a leading title
  dropped), or when the gold document's alias table maps both to one entity;
- proposals match on the proposer's name (or, for `proposals_by_state`, the proposer's state)
  and a Dice overlap of at least 0.5 between the proposals' content words (light stemming);
- supports on the supporter and the proposal, memberships on member and organisation;
- each gold fact takes at most one prediction (greedy, best overlap first).
Only documents with a gold file are scored.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

RELATIONS = ("entities", "proposals", "proposals_by_state", "supports", "memberships")
ACTOR_TYPES = {"State", "Person", "Organisation"}
_FUNCTION_WORDS = {"the", "a", "an", "of", "for", "on", "in", "and", "to", "with", "at", "by", "its", "their",
                   "our", "this", "that", "new", "joint", "jointly"}
_TITLE = re.compile(r"^(the )?(president|leader|head|prime minister|minister|mr|dr)( of [a-z ]+)? ")
_SUFFIXES = ("ments", "ment", "ings", "ing", "ions", "ion", "es", "s")
_TYPE_SPELLINGS = {"state": "State", "country": "State", "person": "Person", "organisation": "Organisation",
                   "organization": "Organisation", "org": "Organisation"}


def normalise(text: str | None) -> str:
    folded = unicodedata.normalize("NFKD", text or "")
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    folded = re.sub(r"[\u2010-\u2015\-_/]", " ", folded)
    folded = re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", folded)).strip()
    return _TITLE.sub("", folded)


def _content_words(text: str) -> set[str]:
    def stemmed(word: str) -> str:
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                return word[:-len(suffix)]
        return word
    return {stemmed(w) for w in normalise(text).split() if w not in _FUNCTION_WORDS}


def overlap(a: str, b: str) -> float:
    """Dice coefficient of the two texts' content words."""
    words_a, words_b = _content_words(a), _content_words(b)
    if not words_a or not words_b:
        return 0.0
    return 2 * len(words_a & words_b) / (len(words_a) + len(words_b))


class Aliases:
    """One gold document's names: every surface form -> its entity's name."""

    def __init__(self, gold: dict[str, Any]):
        self.name_of: dict[str, str] = {}
        for entity in gold.get("entities", []):
            for form in (entity["name"], *entity.get("aliases", [])):
                self.name_of.setdefault(normalise(form), entity["name"])

    def same(self, predicted: str | None, gold: str | None) -> bool:
        if not predicted or not gold:
            return False
        p, g = normalise(predicted), normalise(gold)
        if p == g:
            return True
        p_name, g_name = self.name_of.get(p, p), self.name_of.get(g, g)
        return p_name == g_name or normalise(p_name) == g


def _pair(golds: list[Any], predictions: list[Any], similarity: Callable[[Any, Any], float]
          ) -> tuple[int, list[Any], list[Any]]:
    """Greedy one-to-one matching, gold in order, best similarity first: (matched, missed gold, unmatched)."""
    free = list(predictions)
    missed, matched = [], 0
    for gold in golds:
        best: tuple[float, int] | None = None
        for i, prediction in enumerate(free):
            value = similarity(prediction, gold)
            if value and (best is None or value > best[0]):
                best = (value, i)
        if best is None:
            missed.append(gold)
        else:
            matched += 1
            free.pop(best[1])
    return matched, missed, free


def figures(matched: int, in_gold: int, predicted: int) -> dict[str, Any]:
    precision = matched / predicted if predicted else (1.0 if not in_gold else 0.0)
    recall = matched / in_gold if in_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": matched, "gold": in_gold, "pred": predicted, "precision": round(precision, 3),
            "recall": round(recall, 3), "f1": round(f1, 3)}


def score_facts(gold_dir: Path, predictions: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Per-relation figures, the number of documents scored, and every miss (`errors`)."""
    golds = {}
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        golds[gold["doc"]] = gold
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for fact in predictions:
        by_doc.setdefault(Path(fact.get("doc", "")).name, []).append(fact)
    totals = {relation: [0, 0, 0] for relation in RELATIONS}
    errors: list[str] = []

    def count(relation: str, matched: int, in_gold: int, predicted: int) -> None:
        totals[relation][0] += matched
        totals[relation][1] += in_gold
        totals[relation][2] += predicted

    for doc, gold in golds.items():
        names = Aliases(gold)
        of_type: dict[str | None, list[dict[str, Any]]] = {}
        for fact in by_doc.get(doc, []):
            of_type.setdefault(fact.get("type"), []).append(fact)

        gold_actors = [e for e in gold.get("entities", []) if e["type"] in ACTOR_TYPES]
        # Distinct (type, name) pairs in the order predicted, so that which of two spellings of one actor
        # is reported spurious does not change from run to run.
        actors = list(dict.fromkeys(
            (_TYPE_SPELLINGS.get((f.get("entity_type") or "").strip().lower(), f.get("entity_type")), f.get("name"))
            for f in of_type.get("entity", [])))
        actors = [a for a in actors if a[0] in ACTOR_TYPES]
        matched, missed, extra = _pair(gold_actors, actors,
                                       lambda p, g: p[0] == g["type"] and names.same(p[1], g["name"]))
        count("entities", matched, len(gold_actors), len(actors))
        errors += [f"{doc} | entity missed | {m['type']}: {m['name']}" for m in missed]
        errors += [f"{doc} | entity spurious | {e[0]}: {e[1]}" for e in extra]

        def proposal_match(p: dict[str, Any], g: dict[str, Any], by_state: bool = False) -> float:
            similarity = overlap(p.get("proposal", ""), g["proposal"])
            if similarity < 0.5:
                return 0
            if by_state:
                state = g.get("proposer_state") or g["proposer"]
                same = names.same(p.get("proposer_state"), state) or names.same(p.get("proposer"), state)
            else:
                same = names.same(p.get("proposer"), g["proposer"])
            return similarity if same else 0

        gold_proposals, proposals = gold.get("proposals", []), of_type.get("proposal", [])
        matched, missed, extra = _pair(gold_proposals, proposals, proposal_match)
        count("proposals", matched, len(gold_proposals), len(proposals))
        errors += [f"{doc} | proposal missed | {m['proposer']} -> {m['proposal']}" for m in missed]
        errors += [f"{doc} | proposal spurious | {e.get('proposer')} -> {e.get('proposal')}" for e in extra]
        matched, _, _ = _pair(gold_proposals, proposals, lambda p, g: proposal_match(p, g, by_state=True))
        count("proposals_by_state", matched, len(gold_proposals), len(proposals))

        gold_supports, supports = gold.get("supports", []), of_type.get("support", [])
        matched, missed, _ = _pair(gold_supports, supports, lambda p, g: names.same(p.get("supporter"), g["supporter"])
                                   and overlap(p.get("proposal", ""), g["proposal"]) >= 0.5)
        count("supports", matched, len(gold_supports), len(supports))
        errors += [f"{doc} | support missed | {m['supporter']} -> {m['proposal']}" for m in missed]

        gold_members, members = gold.get("memberships", []), of_type.get("membership", [])
        matched, missed, _ = _pair(gold_members, members, lambda p, g: names.same(p.get("member"), g["member"])
                                   and names.same(p.get("organisation"), g["organisation"]))
        count("memberships", matched, len(gold_members), len(members))
        errors += [f"{doc} | membership missed | {m['member']} in {m['organisation']}" for m in missed]

    result: dict[str, Any] = {relation: figures(*totals[relation]) for relation in RELATIONS}
    result["documents"] = len(golds)
    result["errors"] = errors
    return result


__all__ = ["RELATIONS", "Aliases", "figures", "normalise", "overlap", "score_facts"]
