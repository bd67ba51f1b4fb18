"""From the RDF record to property-graph rows: nodes with their properties, relationships with
their evidence. The rows are store-neutral; each store writes them its own way.

A document's projection holds its Document node, every entity it mentions (described from the
whole record, so names and aliases gathered from all documents stay together), one
relationship per statement (carrying the sentence, offsets, trigger and confidence) and a
MENTIONS relationship per entity. The reference data projects the same way, as the
pseudo-document REFERENCE_DOC.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from ontology.iris import digest, document_graph
from ontology.namespaces import ID, REFERENCE_GRAPH

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
    query = PREFIXES + f"""
        SELECT ?s ?label (MIN(?n) AS ?name) (GROUP_CONCAT(DISTINCT ?alias; SEPARATOR="{_SEP}") AS ?aliases)
               (MIN(STR(?wd)) AS ?wikidata) (MIN(STR(?d)) AS ?date) (MIN(?ord) AS ?ordinal)
               (MIN(?desc) AS ?description) (MAX(?ref) AS ?in_reference)
        WHERE {{
            VALUES ?s {{ {_iris(iris)} }}
            ?s a ?cls . ?cls c5:nodeLabel ?label .
            OPTIONAL {{ ?s skos:prefLabel ?n }}
            OPTIONAL {{ ?s skos:prefLabel|skos:altLabel|skos:hiddenLabel ?alias }}  # other documents' names too
            OPTIONAL {{ ?s owl:sameAs ?wd FILTER(STRSTARTS(STR(?wd), "http://www.wikidata.org/")) }}
            OPTIONAL {{ ?s c5:date ?d }}
            OPTIONAL {{ ?s c5:ordinal ?ord }}
            OPTIONAL {{ ?s dcterms:description ?desc }}
            OPTIONAL {{ GRAPH <{REFERENCE_GRAPH}> {{ ?s a ?refcls }} BIND(1 AS ?ref) }}
        }} GROUP BY ?s ?label"""
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


def _document_node(record: Record, doc_id: str) -> NodeRow | None:
    graph = document_graph(doc_id)
    query = PREFIXES + f"""
        SELECT ?d ?title ?source ?date ?status WHERE {{ GRAPH <{graph}> {{
            ?d a c5:Document ; dcterms:title ?title ; dcterms:source ?source ; c5:dateStatus ?status .
            OPTIONAL {{ ?d dcterms:date ?date }} }} }}"""
    for row in record.select(query):
        uri = str(row["d"])
        return NodeRow("Document", uri, {
            "uri": uri, "kind": "Document", "name": row["title"], "aliases": [], "wikidata": None,
            "date": row["date"], "ordinal": None, "origin": "document", "doc": doc_id, "source": row["source"],
            "description": f"date: {row['status']}",
        })
    return None


def _statement_rels(record: Record, doc_id: str, labels: dict[str, str], sch: Schema) -> list[RelRow]:
    graph = document_graph(doc_id)
    query = PREFIXES + f"""
        SELECT ?st ?s ?p ?o ?trigger ?confidence ?resolution ?state ?summit ?date ?role ?start ?end ?exact
        WHERE {{ GRAPH <{graph}> {{
            ?st a c5:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; c5:trigger ?trigger ;
                c5:confidence ?confidence ; c5:resolution ?resolution ; c5:evidence ?ev .
            ?ev oa:hasTarget ?target . ?target oa:hasSelector ?pos, ?quote .
            ?pos a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
            ?quote a oa:TextQuoteSelector ; oa:exact ?exact .
            OPTIONAL {{ ?st c5:onBehalfOf ?state }}
            OPTIONAL {{ ?st c5:proposedAt ?summit }}
            OPTIONAL {{ ?st c5:date ?date }}
            OPTIONAL {{ ?st c5:role ?role }} }} }}"""
    rows = []
    for row in record.select(query):
        rel = sch.relationships.get(str(row["p"]))
        s, o = str(row["s"]), str(row["o"])
        if rel is None or s not in labels or o not in labels or (labels[s], labels[o]) not in rel.pairs:
            continue
        rows.append(RelRow(rel.name, labels[s], s, labels[o], o, {
            "uri": str(row["st"]), "doc": doc_id, "sentence": row["exact"], "sentence_start": int(row["start"]),
            "sentence_end": int(row["end"]), "trigger": row["trigger"], "confidence": float(row["confidence"]),
            "resolution": row["resolution"], "state_uri": row["state"], "summit_uri": row["summit"],
            "state": None, "summit": None, "date": row["date"], "role": _role_name(row["role"]), "until": None,
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
    return [str(r["e"]) for r in record.select(PREFIXES + f"""
        SELECT DISTINCT ?e WHERE {{ GRAPH <{document_graph(doc_id)}> {{
            {{ ?d c5:mentions ?e }} UNION {{ ?st a c5:Statement ; rdf:subject|rdf:object|c5:onBehalfOf|c5:proposedAt ?e }}
        }} }}""")]


def project_document(record: Record, doc_id: str, previously: list[str] | None = None,
                     sch: Schema | None = None, fresh: bool = False, with_quads: bool = True) -> Projection:
    """The rows of one document, from the record as it is now.

    `previously` lists the entity IRIs the document's old version touched: those the record no
    longer describes anywhere are reported in `gone`, and the others are re-described.
    `with_quads`: carry the document's RDF too, for a store that keeps it (Neo4j).
    """
    return project_documents(record, [doc_id], {doc_id: previously or []}, sch,
                             set() if not fresh else {doc_id}, with_quads)[0]


def project_documents(record: Record, doc_ids: list[str], previously: dict[str, list[str]] | None = None,
                      sch: Schema | None = None, fresh: set[str] | None = None,
                      with_quads: bool = True) -> list[Projection]:
    """`project_document` for many documents, describing the entities they share once."""
    sch = sch or schema()
    previously, fresh = previously or {}, fresh or set()
    touched = {doc_id: document_entities(record, doc_id) for doc_id in doc_ids}
    described = {n.uri: n for n in node_rows(record, sorted({uri for doc_id in doc_ids for uri in
                                                            touched[doc_id] + previously.get(doc_id, [])}), sch)}
    mentions = sch.rel_type("MENTIONS")
    projections = []
    for doc_id in doc_ids:
        before = previously.get(doc_id, [])
        projection = Projection(doc_id, quads=record.document_quads(doc_id) if with_quads else [],
                                fresh=doc_id in fresh)
        projections.append(projection)
        nodes = [described[uri] for uri in sorted(set(touched[doc_id] + before)) if uri in described]
        projection.gone = sorted(set(before) - described.keys())
        doc_node = _document_node(record, doc_id)
        if doc_node is not None:
            nodes.append(doc_node)
        projection.nodes = nodes
        if doc_node is None:
            continue
        labels = {n.uri: n.label for n in nodes}
        names = {n.uri: n.properties["name"] for n in nodes}
        projection.rels = _statement_rels(record, doc_id, labels, sch)
        _name_references(projection.rels, names)
        for uri in sorted(set(touched[doc_id]) & labels.keys()):
            if ("Document", labels[uri]) in mentions.pairs:
                projection.rels.append(RelRow("MENTIONS", "Document", doc_node.uri, labels[uri], uri, {
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


__all__ = ["REFERENCE_DOC", "NodeRow", "Projection", "RelRow", "document_entities", "graph_of", "node_rows",
           "project_document", "project_documents", "project_reference"]
