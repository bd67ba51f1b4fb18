"""From the RDF record to property-graph rows: nodes with their properties, relationships with
their evidence. The rows are store-neutral; each store writes them its own way.

A document's projection holds its Document node, every entity it mentions (described from the
whole record, so names and aliases gathered from all documents stay together), one
relationship per statement (carrying the sentence, offsets, trigger and confidence) and a
MENTIONS relationship per entity. The reference data projects the same way, as the
pseudo-document REFERENCE_DOC.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from ontology.iris import digest, document_graph
from ontology.namespaces import C5, DCTERMS, ID, OA, RDF, REFERENCE_GRAPH

from .record import Record
from .schema import Schema, schema

# The reference data's marker where a document id would stand: '@' is never in a document id, so no
# document can stand for (or remove) the reference data.
REFERENCE_DOC = "@reference"
_SEP = "\u001f"
PREFIXES = """
PREFIX c5: <https://w3id.org/c5kg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX time: <http://www.w3.org/2006/time#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""


@dataclass(frozen=True)
class NodeRow:
    label: str
    uri: str
    properties: dict[str, Any]


@dataclass(frozen=True)
class RelRow:
    type: str
    from_label: str
    from_uri: str
    to_label: str
    to_uri: str
    properties: dict[str, Any]

    def __post_init__(self) -> None:
        self.properties["rel"] = self.type  # the type as a property too (schema.REL_COLUMNS says why)


@dataclass
class Projection:
    doc: str
    nodes: list[NodeRow] = field(default_factory=list)
    rels: list[RelRow] = field(default_factory=list)
    gone: list[str] = field(default_factory=list)  # node IRIs the record no longer describes
    # the named graph's RDF as it is now (empty once removed), for stores that keep the RDF too (Neo4j)
    quads: list[ox.Quad] = field(default_factory=list)
    # the store holds nothing of this document yet (a first load, a rebuild): there is nothing to delete
    # first, and every relationship is new
    fresh: bool = False


def graph_of(doc: str) -> str:
    """The IRI of the named graph a document (or the reference data) is kept in."""
    return str(REFERENCE_GRAPH if doc == REFERENCE_DOC else document_graph(doc))


def _iris(values: list[str]) -> str:
    return " ".join(f"<{v}>" for v in sorted(set(values)))


def node_rows(record: Record, iris: list[str], sch: Schema | None = None) -> list[NodeRow]:
    """The nodes for entity IRIs, described from every graph of the record."""
    sch = sch or schema()
    if not iris:
        return []
    rows = []
    # One subquery per property, each grouped on its own: joined in one pattern, the properties of
    # an entity many documents describe multiply (types x names x aliases), and the cost with them.
    values = f"VALUES ?s {{ {_iris(iris)} }}"

    def first(expression: str, pattern: str) -> str:
        return f"OPTIONAL {{ SELECT ?s ({expression}) WHERE {{ {values} {pattern} }} GROUP BY ?s }}"

    query = PREFIXES + f"""
        SELECT ?s ?label ?name ?aliases ?wikidata ?date ?ordinal ?description ?in_reference WHERE {{
            {{ SELECT DISTINCT ?s ?label WHERE {{ {values} ?s a ?cls . ?cls c5:nodeLabel ?label }} }}
            {first("MIN(?n) AS ?name", "?s skos:prefLabel ?n")}
            {first(f'GROUP_CONCAT(DISTINCT ?alias; SEPARATOR="{_SEP}") AS ?aliases',
                   "?s skos:prefLabel|skos:altLabel|skos:hiddenLabel ?alias")}
            {first("MIN(STR(?wd)) AS ?wikidata", 'FILTER(STRSTARTS(STR(?wd), "http://www.wikidata.org/")) ?s owl:sameAs ?wd')}
            {first("MIN(STR(?d)) AS ?date", "?s c5:date ?d")}
            {first("MIN(?ord) AS ?ordinal", "?s c5:ordinal ?ord")}
            {first("MIN(?desc) AS ?description", "?s dcterms:description ?desc")}
            {first("MAX(1) AS ?in_reference", f"GRAPH <{REFERENCE_GRAPH}> {{ ?s a ?refcls }}")}
        }}"""
    for row in record.select(query):
        label = str(row["label"])
        aliases = sorted({a for a in str(row["aliases"] or "").split(_SEP) if a and a != row["name"]})
        rows.append(NodeRow(label, str(row["s"]), {
            "uri": str(row["s"]), "kind": label, "name": row["name"] or str(row["s"]).rsplit("/", 1)[-1],
            "aliases": aliases, "wikidata": row["wikidata"], "date": row["date"],
            "ordinal": int(row["ordinal"]) if row["ordinal"] is not None else None,
            "origin": "reference" if row["in_reference"] else "document", "doc": None, "source": None,
            "description": row["description"],
        }))
    return sorted(rows, key=lambda r: r.uri)


_C5, _OA, _DCT, _RDF = str(C5), str(OA), str(DCTERMS), str(RDF)
_RDF_TYPE = _RDF + "type"
# a statement's entities: what it is about, and whom and where it was on behalf of or at
_STATEMENT_ENTITIES = (_RDF + "subject", _RDF + "object", _C5 + "onBehalfOf", _C5 + "proposedAt")


@dataclass
class DocumentGraph:
    """One document's named graph, read from its own quads alone: what its projection needs that
    the document itself says (the entities it touches are described from the whole record)."""
    doc_id: str
    node: NodeRow | None = None
    statements: list[dict[str, Any]] = field(default_factory=list)  # rdf:subject and the rest, by local name
    mentioned: set[str] = field(default_factory=set)
    entities: set[str] = field(default_factory=set)  # mentioned, or in a statement

    @classmethod
    def read(cls, doc_id: str, quads: Iterable[ox.Quad]) -> DocumentGraph:
        about: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for quad in quads:
            about[quad.subject.value][quad.predicate.value].append(quad.object.value)
        graph = cls(doc_id)

        def first(subject: str, predicate: str) -> str | None:
            values = about.get(subject, {}).get(predicate)
            return values[0] if values else None

        for subject, properties in about.items():
            types = properties.get(_RDF_TYPE, [])
            if _C5 + "Document" in types:
                graph.mentioned.update(properties.get(_C5 + "mentions", []))
                graph.node = NodeRow("Document", subject, {
                    "uri": subject, "kind": "Document", "name": first(subject, _DCT + "title"), "aliases": [],
                    "wikidata": None, "date": first(subject, _DCT + "date"), "ordinal": None, "origin": "document",
                    "doc": doc_id, "source": first(subject, _DCT + "source"),
                    "description": f"date: {first(subject, _C5 + 'dateStatus')}",
                })
            elif _C5 + "Statement" in types:
                statement = {name.rsplit("#", 1)[-1]: first(subject, name) for name in (
                    *_STATEMENT_ENTITIES, _RDF + "predicate", _C5 + "trigger", _C5 + "confidence",
                    _C5 + "resolution", _C5 + "date", _C5 + "role")}
                target = first(first(subject, _C5 + "evidence") or "", _OA + "hasTarget") or ""
                for selector in about.get(target, {}).get(_OA + "hasSelector", []):
                    statement |= {"start": first(selector, _OA + "start"), "end": first(selector, _OA + "end"),
                                  } if _OA + "TextPositionSelector" in about.get(selector, {}).get(_RDF_TYPE, []) else {
                                  "exact": first(selector, _OA + "exact")}
                graph.statements.append(statement | {"uri": subject})
                graph.entities.update(statement[name.rsplit("#", 1)[-1]] for name in _STATEMENT_ENTITIES
                                      if statement[name.rsplit("#", 1)[-1]])
        graph.entities |= graph.mentioned
        return graph

    def rels(self, labels: dict[str, str], sch: Schema) -> list[RelRow]:
        """A relationship per statement whose two ends are nodes of labels its type may join."""
        rows = []
        for st in self.statements:
            rel = sch.relationships.get(st["predicate"] or "")
            s, o = st["subject"], st["object"]
            if (rel is None or s not in labels or o not in labels or (labels[s], labels[o]) not in rel.pairs
                    or None in (st["trigger"], st["confidence"], st["resolution"], st.get("exact"), st.get("start"))):
                continue
            rows.append(RelRow(rel.name, labels[s], s, labels[o], o, {
                "uri": st["uri"], "doc": self.doc_id, "sentence": st["exact"], "sentence_start": int(st["start"]),
                "sentence_end": int(st["end"]), "trigger": st["trigger"], "confidence": float(st["confidence"]),
                "resolution": st["resolution"], "state_uri": st["onBehalfOf"], "summit_uri": st["proposedAt"],
                "state": None, "summit": None, "date": st["date"], "role": _role_name(st["role"]), "until": None,
            }))
        return rows


def _role_name(role: object) -> str | None:
    return str(role).rsplit("#", 1)[-1] if role else None


def _name_references(rels: list[RelRow], names: dict[str, str]) -> None:
    """Statements name their state and summit by IRI; the projection adds the names for querying."""
    for rel in rels:
        for key in ("state", "summit"):
            uri = rel.properties.get(f"{key}_uri")
            if uri:
                rel.properties[key] = names.get(uri, uri.rsplit("/", 1)[-1])


def document_entities(record: Record, doc_id: str) -> list[str]:
    """The IRIs of the entities a document's graph mentions or states facts about."""
    return sorted(DocumentGraph.read(doc_id, record.document_quads(doc_id)).entities)


def project_document(record: Record, doc_id: str, previously: list[str] | None = None,
                     sch: Schema | None = None, fresh: bool = False, with_quads: bool = True) -> Projection:
    """The rows of one document, from the record as it is now.

    `previously` lists the entity IRIs the document's old version touched: those the record no
    longer describes anywhere are reported in `gone`, and the others are re-described.
    `with_quads`: carry the document's RDF too, for a store that keeps it (Neo4j).
    """
    return project_documents(record, [doc_id], {doc_id: previously or []}, sch,
                             set() if not fresh else {doc_id}, with_quads)[0]


ENTITY_CHUNK = 2_000  # entities described by one query


def describe_entities(record: Record, iris: Iterable[str], sch: Schema | None = None) -> dict[str, NodeRow]:
    """The nodes of many entities by IRI, a chunk of them to a query (an IRI the record no longer
    describes is left out)."""
    ordered = sorted(set(iris))
    return {node.uri: node for start in range(0, len(ordered), ENTITY_CHUNK)
            for node in node_rows(record, ordered[start:start + ENTITY_CHUNK], sch)}


def describe_documents(record: Record, doc_ids: list[str], sch: Schema | None = None) -> dict[str, NodeRow]:
    """The nodes of every entity the record's documents `doc_ids` touch, each described once."""
    return describe_entities(record, {uri for doc_id in doc_ids for uri in document_entities(record, doc_id)}, sch)


def project_documents(record: Record, doc_ids: list[str], previously: dict[str, list[str]] | None = None,
                      sch: Schema | None = None, fresh: set[str] | None = None,
                      with_quads: bool = True, described: dict[str, NodeRow] | None = None,
                      graphs: dict[str, tuple[DocumentGraph, list[ox.Quad]]] | None = None) -> list[Projection]:
    """`project_document` for many documents, describing the entities they share once.

    `described`: the entities already described (`describe_entities`) for a load of many batches.
    An entity is described from every graph that names it, so describing a popular one per batch
    would cost the whole record each time; described once per load, the cost follows the load.
    `graphs`: each document's graph as the record now holds it, read already, with its quads (needed
    `with_quads` only), when the caller has them."""
    sch = sch or schema()
    previously, fresh = previously or {}, fresh or set()
    if graphs is None:
        graphs = {}
        for doc_id in doc_ids:
            held = record.document_quads(doc_id)
            graphs[doc_id] = DocumentGraph.read(doc_id, held), held
    quads = {doc_id: graphs[doc_id][1] for doc_id in doc_ids}
    graphs = {doc_id: graphs[doc_id][0] for doc_id in doc_ids}
    if described is None:
        described = describe_entities(record, (uri for doc_id in doc_ids
                                               for uri in [*graphs[doc_id].entities, *previously.get(doc_id, [])]), sch)
    mentions = sch.rel_type("MENTIONS")
    projections = []
    for doc_id in doc_ids:
        before, graph = previously.get(doc_id, []), graphs[doc_id]
        projection = Projection(doc_id, quads=quads[doc_id] if with_quads else [], fresh=doc_id in fresh)
        projections.append(projection)
        nodes = [described[uri] for uri in sorted(graph.entities.union(before)) if uri in described]
        projection.gone = sorted(set(before) - described.keys())
        projection.nodes = nodes
        if graph.node is None:  # the record no longer holds the document (removed): its entities only
            continue
        nodes.append(graph.node)
        labels = {n.uri: n.label for n in nodes}
        names = {n.uri: n.properties["name"] for n in nodes}
        projection.rels = graph.rels(labels, sch)
        _name_references(projection.rels, names)
        for uri in sorted(graph.entities & labels.keys()):
            if ("Document", labels[uri]) in mentions.pairs:
                projection.rels.append(RelRow("MENTIONS", "Document", graph.node.uri, labels[uri], uri, {
                    "uri": str(ID[f"mention/{doc_id}-{digest(uri)}"]), "doc": doc_id}))
    return projections


def project_reference(record: Record, sch: Schema | None = None) -> Projection:
    """The reference data: every reference entity and the relations stated between them."""
    sch = sch or schema()
    iris = [str(r["s"]) for r in record.select(PREFIXES + f"""
        SELECT DISTINCT ?s WHERE {{ GRAPH <{REFERENCE_GRAPH}> {{ ?s a ?cls }} ?cls c5:nodeLabel ?l }}""")]
    projection = Projection(REFERENCE_DOC, nodes=node_rows(record, iris, sch), quads=list(
        record.store.quads_for_pattern(None, None, None, ox.NamedNode(str(REFERENCE_GRAPH)))))
    labels = {n.uri: n.label for n in projection.nodes}
    query = PREFIXES + f"""
        SELECT ?s ?p ?o (SAMPLE(?r) AS ?role) (MIN(STR(?from)) AS ?start) (MIN(STR(?to)) AS ?until) WHERE {{
            GRAPH <{REFERENCE_GRAPH}> {{
                ?s ?p ?o .
                OPTIONAL {{ ?office org:member ?s ; org:organization ?o ; c5:role ?r .
                           OPTIONAL {{ ?office org:memberDuring ?i .
                                      OPTIONAL {{ ?i time:hasBeginning/time:inXSDDate ?from }}
                                      OPTIONAL {{ ?i time:hasEnd/time:inXSDDate ?to }} }} }}
            }}
            ?p c5:relType ?t .
        }} GROUP BY ?s ?p ?o"""
    for row in record.select(query):
        rel = sch.relationships.get(str(row["p"]))
        s, o = str(row["s"]), str(row["o"])
        if rel is None or s not in labels or o not in labels or (labels[s], labels[o]) not in rel.pairs:
            continue
        role = _role_name(row["role"]) if rel.name == "HOLDS_OFFICE" else None
        projection.rels.append(RelRow(rel.name, labels[s], s, labels[o], o, {
            "uri": str(ID[f"reference/{digest(s, rel.predicate, o)}"]), "doc": REFERENCE_DOC, "sentence": None,
            "sentence_start": None, "sentence_end": None, "trigger": None, "confidence": 1.0,
            "resolution": "reference", "state_uri": None, "summit_uri": None, "state": None, "summit": None,
            "date": row["start"] if role else None, "role": role, "until": row["until"] if role else None,
        }))
    projection.rels.sort(key=lambda r: r.properties["uri"])
    return projection


__all__ = ["REFERENCE_DOC", "DocumentGraph", "NodeRow", "Projection", "RelRow", "describe_documents", "describe_entities", "document_entities", "graph_of", "node_rows",
           "project_document", "project_documents", "project_reference"]
