"""Measuring extraction against hand annotations: extract a corpus to JSON lines and score them
with the gold scorer that ships with the annotations (run with this Python, as a subprocess, so
the scorer stays the annotators' own, unchanged).

The layout expected by default is the annotation kit's:

    <kit>/corpus/   the documents
    <kit>/gold/     one JSON file of annotations per document (see its SCHEMA.md)
    <kit>/eval/score.py

A gold folder without a scorer of its own (the held-out set in data/heldout) is scored with the
annotators' kit beside the checkout (../shared/eval/score.py from the repository root).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from .documents import DocumentError, find_documents, read_document
from .extractor import Extractor
from .jsonl import fact_records

RELATIONS = ("entities", "proposals", "proposals_by_state", "supports", "memberships")


class EvaluationError(Exception):
    """The gold folder, corpus or scorer is missing or the scorer failed; the message says which."""


@dataclass
class Scores:
    """Per-relation precision, recall and F1 with counts, and the scorer's list of misses."""

    relations: dict[str, dict[str, Any]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    documents: int = 0


def default_corpus(gold: Path) -> Path:
    return gold.parent / "corpus"


# The annotators' kit kept beside the checkout (<repo root>/../shared), where the development set lives.
ANNOTATION_KIT = Path(__file__).resolve().parents[1].parent / "shared"


def scorer_locations(gold: Path, kit: Path = ANNOTATION_KIT) -> list[Path]:
    """Where the scorer is looked for, in order: the gold folder's own kit (GOLD/../eval/score.py), then
    the annotators' kit beside the checkout (a held-out set kept in the repository has no scorer of its own)."""
    return [gold.parent / "eval" / "score.py", kit / "eval" / "score.py"]


def default_scorer(gold: Path, kit: Path = ANNOTATION_KIT) -> Path | None:
    """The first scorer found in `scorer_locations`, or None."""
    return next((path for path in scorer_locations(gold, kit) if path.is_file()), None)


def write_facts(paths: Iterable[Path], out: IO[str], extractor: Extractor | None = None,
                progress: Callable[[str], None] | None = None) -> list[str]:
    """Extract every document under `paths` to JSON lines; returns the problems of documents that
    could not be read (they are skipped)."""
    extractor = extractor or Extractor()
    problems = []
    for path in find_documents(paths):
        try:
            extraction = extractor.extract(read_document(path))
        except DocumentError as error:
            problems.append(str(error))
            continue
        for record in fact_records(extraction):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        if progress is not None:
            progress(path.name)
    return problems


def check_kit(gold: Path, scorer: Path | None = None, kit: Path = ANNOTATION_KIT) -> Path:
    """The scorer to use (`scorer`, else the first of `scorer_locations`); raises EvaluationError when
    the gold folder or the scorer is missing, naming where it looked."""
    if not gold.is_dir():
        raise EvaluationError(f"{gold}: no such gold folder")
    if not any(gold.glob("*.json")):
        raise EvaluationError(f"{gold}: no gold annotations (*.json) in it")
    if scorer is not None:
        if not scorer.is_file():
            raise EvaluationError(f"{scorer}: no scorer there (pass --scorer)")
        return scorer
    found = default_scorer(gold, kit)
    if found is None:
        looked = ", ".join(str(path) for path in scorer_locations(gold, kit))
        raise EvaluationError(f"no scorer found (looked for {looked}); pass --scorer")
    return found


def score(gold: Path, predictions: Path, scorer: Path | None = None) -> Scores:
    """Run the gold scorer on a JSON lines file of predictions."""
    scorer = check_kit(gold, scorer)
    run = subprocess.run([sys.executable, str(scorer), "--gold", str(gold), "--pred", str(predictions), "--json",
                          "--verbose"], capture_output=True, text=True, check=False)
    if run.returncode != 0:
        raise EvaluationError(f"{scorer} failed: {run.stderr.strip() or run.stdout.strip()}")
    try:
        result = json.loads(run.stdout)
    except json.JSONDecodeError as error:
        raise EvaluationError(f"{scorer} did not print JSON: {error}") from error
    return Scores(relations={k: v for k, v in result.items() if isinstance(v, dict)},
                  errors=list(result.get("errors", [])), documents=int(result.get("documents", 0)))


__all__ = ["ANNOTATION_KIT", "RELATIONS", "EvaluationError", "Scores", "check_kit", "default_corpus", "default_scorer",
           "score", "scorer_locations", "write_facts"]
