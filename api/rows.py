"""Catalogue rows in the API's shape: every fact's evidence gathered into one `evidence` object."""

from __future__ import annotations

from typing import Any

# catalogue column -> Evidence field (graph/catalogue.py: _EVIDENCE)
EVIDENCE_COLUMNS = {"document": "document", "document_title": "document_title", "evidence": "sentence",
                    "sentence_start": "start", "sentence_end": "end", "trigger": "trigger", "confidence": "confidence"}
# Fact rows name both ends in full (aliases, Wikidata); the API links to the entities instead.
_FACT_EXTRAS = {"source_aliases", "source_wikidata", "target_aliases", "target_wikidata"}


def with_evidence(row: dict[str, Any], drop: set[str] | frozenset[str] = frozenset()) -> dict[str, Any]:
    out = {k: v for k, v in row.items() if k not in EVIDENCE_COLUMNS and k not in drop}
    out["evidence"] = {field: row.get(column) for column, field in EVIDENCE_COLUMNS.items()}
    return out


def proposal(row: dict[str, Any]) -> dict[str, Any]:
    return with_evidence(row)


def fact(row: dict[str, Any]) -> dict[str, Any]:
    return with_evidence(row, _FACT_EXTRAS)


def entity(row: dict[str, Any]) -> dict[str, Any]:
    return {**row, "aliases": row.get("aliases") or [], "documents": row.get("documents") or 0}


__all__ = ["EVIDENCE_COLUMNS", "entity", "fact", "proposal", "with_evidence"]
