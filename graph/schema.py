"""The property-graph schema, derived from the ontology.

Node labels come from `c5:nodeLabel` on classes, relationship types from `c5:relType` on
properties, and the labels a relationship may connect from the property's rdfs:domain and
rdfs:range (expanded to the labelled subclasses). The columns below are what the projection
writes; every store declares exactly these.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from rdflib import Graph, URIRef

from ontology import VOCABULARY_FILE
from ontology.namespaces import C5, RDFS

# Property columns and their types (LadybugDB types; Neo4j is schemaless and takes them as they come).
NODE_COLUMNS: dict[str, str] = {
    "uri": "STRING", "kind": "STRING", "name": "STRING", "aliases": "STRING[]", "wikidata": "STRING",
    "date": "STRING", "ordinal": "INT64", "origin": "STRING", "doc": "STRING", "source": "STRING",
    "description": "STRING",
}
# `rel` repeats the relationship type as data: the portable Cypher subset has no function for
# it (Neo4j's type(r) is LadybugDB's label(r)), and views and exports need it in one column.
REL_COLUMNS: dict[str, str] = {
    "uri": "STRING", "rel": "STRING", "doc": "STRING", "sentence": "STRING", "sentence_start": "INT64",
    "sentence_end": "INT64", "trigger": "STRING", "confidence": "DOUBLE", "resolution": "STRING", "state": "STRING",
    "state_uri": "STRING", "summit": "STRING", "summit_uri": "STRING", "date": "STRING", "role": "STRING",
    "until": "STRING",
}
# The fact properties the catalogue's proposal filters test, by relationship type: a store that
# can index relationship properties (Neo4j) indexes these, so a filtered page starts from them.
FILTERED_REL_PROPERTIES: dict[str, tuple[str, ...]] = {"PROPOSED": ("date", "state_uri", "summit_uri")}


@dataclass(frozen=True)
class RelationshipType:
    name: str  # PROPOSED
    predicate: str  # the ontology property's IRI
    pairs: tuple[tuple[str, str], ...]  # (from label, to label)


@dataclass(frozen=True)
class Schema:
    node_labels: dict[str, str]  # class IRI -> label
    relationships: dict[str, RelationshipType]  # predicate IRI -> type

    @property
    def labels(self) -> list[str]:
        return sorted(set(self.node_labels.values()))

    def rel_type(self, name: str) -> RelationshipType:
        return next(r for r in self.relationships.values() if r.name == name)


def _subclasses(graph: Graph, cls: URIRef) -> set[URIRef]:
    found = {cls}
    frontier = [cls]
    while frontier:
        for sub in graph.subjects(RDFS.subClassOf, frontier.pop()):
            if isinstance(sub, URIRef) and sub not in found:
                found.add(sub)
                frontier.append(sub)
    return found


def read_schema(vocabulary: Graph) -> Schema:
    node_labels = {str(cls): str(label) for cls, label in vocabulary.subject_objects(C5.nodeLabel)}

    def labels_for(cls: URIRef | None) -> list[str]:
        if cls is None:
            return sorted(set(node_labels.values()))
        return sorted({node_labels[str(c)] for c in _subclasses(vocabulary, cls) if str(c) in node_labels})

    relationships = {}
    for prop, name in vocabulary.subject_objects(C5.relType):
        domain = vocabulary.value(prop, RDFS.domain)
        range_ = vocabulary.value(prop, RDFS.range)
        pairs = tuple((a, b) for a in labels_for(domain) for b in labels_for(range_))
        relationships[str(prop)] = RelationshipType(str(name), str(prop), pairs)
    return Schema(node_labels, relationships)


@functools.lru_cache(maxsize=1)
def schema() -> Schema:
    """The schema of the shipped vocabulary."""
    return read_schema(Graph().parse(VOCABULARY_FILE, format="turtle"))


__all__ = ["FILTERED_REL_PROPERTIES", "NODE_COLUMNS", "REL_COLUMNS", "RelationshipType", "Schema", "read_schema", "schema"]
