"""Validating graphs against the SHACL shapes (pyshacl)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from pyshacl import validate as shacl_validate
from rdflib import Graph

from . import REFERENCE_FILE, SHAPES_FILE, VOCABULARY_FILE


@dataclass(frozen=True)
class ValidationResult:
    conforms: bool
    report: str


@functools.lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    return Graph().parse(SHAPES_FILE, format="turtle")


@functools.lru_cache(maxsize=1)
def reference_graph() -> Graph:
    """The vocabulary and the reference data: what a document's graph refers to."""
    graph = Graph()
    graph.parse(VOCABULARY_FILE, format="turtle")
    graph.parse(REFERENCE_FILE, format="turtle")
    return graph


def validate(data: Graph, with_reference: bool = True) -> ValidationResult:
    """Validate a graph (with the reference data beside it, so its references resolve)."""
    union = Graph()
    for triple in data:
        union.add(triple)
    if with_reference:
        for triple in reference_graph():
            union.add(triple)
    conforms, _, text = shacl_validate(union, shacl_graph=shapes_graph(), inference="none", advanced=True)
    return ValidationResult(bool(conforms), str(text))


__all__ = ["ValidationResult", "reference_graph", "shapes_graph", "validate"]
