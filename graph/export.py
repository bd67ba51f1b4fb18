"""Serialising the record: the whole graph or one document's named graph, in any RDF format.

Oxigraph serialises (on 1M triples it writes Turtle in under a second where rdflib takes half a
minute). Triple formats get the union of the graphs, each triple once; quad formats (TriG,
N-Quads, JSON-LD) keep the named graphs.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO, Protocol, runtime_checkable

import pyoxigraph as ox

from ontology.namespaces import PREFIXES

from .record import FORMATS, MEDIA_TYPES, QUAD_FORMATS

EXPORT_FORMATS = {**FORMATS, "jsonld": ox.RdfFormat.JSON_LD}
EXPORT_QUAD_FORMATS = QUAD_FORMATS | {"jsonld"}
SUFFIXES = {"turtle": "ttl", "nt": "nt", "nquads": "nq", "trig": "trig", "rdfxml": "rdf", "jsonld": "jsonld", "n3": "n3"}


class ExportError(ValueError):
    """An unknown format or document."""


def media_type(fmt: str) -> str:
    return MEDIA_TYPES[fmt]


@runtime_checkable
class RdfSource(Protocol):
    """Where an export reads the RDF: the record (graph/record.py), or a store that keeps it (Neo4j)."""

    def has_document(self, doc_id: str) -> bool: ...

    def quads(self, doc_id: str | None = None) -> Iterable[ox.Quad]: ...


def export(record: RdfSource, fmt: str = "turtle", doc_id: str | None = None,
           output: IO[bytes] | None = None) -> bytes | None:
    """Serialise the record (or one document's graph); returns bytes unless `output` is given."""
    if fmt not in EXPORT_FORMATS:
        raise ExportError(f"unknown format '{fmt}' (choose from {', '.join(sorted(EXPORT_FORMATS))})")
    if doc_id is not None and not record.has_document(doc_id):
        raise ExportError(f"no document '{doc_id}' in the graph")
    quads = record.quads(doc_id)
    if fmt in EXPORT_QUAD_FORMATS:
        data: list = list(quads)
    else:
        data = list(dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in quads))
    prefixes = PREFIXES if fmt in ("turtle", "trig", "n3", "rdfxml") else None
    return ox.serialize(data, output, EXPORT_FORMATS[fmt], prefixes=prefixes)


__all__ = ["EXPORT_FORMATS", "ExportError", "RdfSource", "SUFFIXES", "export", "media_type"]
