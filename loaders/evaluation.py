"""Measuring extraction against hand annotations: extract a corpus to JSON lines and score them
with c5kg's own scorer (loaders/scoring.py: the annotation schema's matching rules), or with a
scorer script given by path (run with this Python, as a subprocess, unchanged).

The layout expected by default is the annotation kit's:

    <kit>/corpus/   the documents
    <kit>/gold/     one JSON file of annotations per document (see its SCHEMA.md)
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .documents import DocumentError, find_documents, read_document
from .scoring import RELATIONS, score_facts

if TYPE_CHECKING:
    from .extractor import Extractor



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


def write_facts(paths: Iterable[Path], out: IO[str], extractor: Extractor | None = None,
                progress: Callable[[str], None] | None = None) -> list[str]:
    """Extract every document under `paths` to JSON lines; returns the problems of documents that
    could not be read (they are skipped)."""
    from .extractor import Extractor  # spaCy, imported when extraction is asked for
    from .jsonl import fact_records
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


def check_kit(gold: Path, scorer: Path | None = None) -> None:
    """Raise EvaluationError when the gold folder (or a scorer given by path) is missing."""
    if not gold.is_dir():
        raise EvaluationError(f"{gold}: no such gold folder")
    if not any(gold.glob("*.json")):
        raise EvaluationError(f"{gold}: no gold annotations (*.json) in it")
    if scorer is not None and not scorer.is_file():
        raise EvaluationError(f"{scorer}: no scorer there")


def score(gold: Path, predictions: Path, scorer: Path | None = None) -> Scores:
    """Score a JSON lines file of predictions: with c5kg's scorer, or the scorer script at `scorer`."""
    check_kit(gold, scorer)
    if scorer is None:
        facts = [json.loads(line) for line in predictions.read_text(encoding="utf-8").splitlines() if line.strip()]
        result = score_facts(gold, facts)
    else:
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


__all__ = ["RELATIONS", "EvaluationError", "Scores", "check_kit", "default_corpus", "score", "write_facts"]
