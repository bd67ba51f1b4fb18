"""The RDF in Neo4j, n10s-style: what is pushed is exactly what is read back, language tags,
datatypes and multi-valued properties included."""

from __future__ import annotations

import collections
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.kg import KnowledgeGraph
from graph.neo4j_store import Namespaces, Neo4jSettings, Neo4jStore, decode_literal, encode_literal, split_iri
from graph.projection import REFERENCE_DOC, Projection, graph_of
from graph.stores import StoreSettings, copy_record

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")

TRICKY_LITERALS = [
    ox.Literal("Kazakhstan", language="en"), ox.Literal("Казахстан", language="ru"),
    ox.Literal("Tashkent", language="uz-latn"), ox.Literal("plain"), ox.Literal(""), ox.Literal("  spaced  "),
    ox.Literal("me@home"), ox.Literal("ends with @en"), ox.Literal("looks^^xsd__date"), ox.Literal("x^^y"),
    ox.Literal("a^^xsd__date@en"), ox.Literal("tagged@ru", language="en"), ox.Literal("two\nlines\tand tab"),
    ox.Literal("emoji 😀 and 中文"), ox.Literal("2023-09-14", datatype=ox.NamedNode(XSD + "date")),
    ox.Literal("2023-09", datatype=ox.NamedNode(XSD + "gYearMonth")),
    ox.Literal("0.90", datatype=ox.NamedNode(XSD + "decimal")), ox.Literal("007", datatype=ox.NamedNode(XSD + "integer")),
    ox.Literal("12", datatype=ox.NamedNode(XSD + "nonNegativeInteger")),
    ox.Literal("true", datatype=ox.NamedNode(XSD + "boolean")),
    ox.Literal("1@en", datatype=ox.NamedNode(XSD + "token")),
    ox.Literal("custom", datatype=ox.NamedNode("http://example.org/types/Custom-Type")),
]


def test_literals_encode_the_n10s_way_and_decode_to_themselves() -> None:
    names = Namespaces()
    assert encode_literal(ox.Literal("Kazakhstan", language="en"), names) == "Kazakhstan@en"
    assert encode_literal(ox.Literal("2023-09-14", datatype=ox.NamedNode(XSD + "date")), names) == "2023-09-14^^xsd__date"
    assert encode_literal(ox.Literal("plain"), names) == "plain"
    assert encode_literal(ox.Literal("me@home"), names) == "me@home^^xsd__string"  # else it would read as tagged
    for literal in TRICKY_LITERALS:
        assert decode_literal(encode_literal(literal, names), names) == literal, literal
    assert names.prefixes["ns0"] == "http://example.org/types/"  # a namespace it did not know got a prefix


def test_iris_shorten_to_n10s_names_and_back() -> None:
    names = Namespaces()
    assert split_iri("http://www.w3.org/ns/oa#hasSelector") == ("http://www.w3.org/ns/oa#", "hasSelector")
    assert names.short("http://www.w3.org/2004/02/skos/core#prefLabel") == "skos__prefLabel"
    assert names.short("https://w3id.org/c5kg/ontology#Statement") == "c5__Statement"
    assert names.iri(names.short("urn:isbn:0451450523")) == "urn:isbn:0451450523"
    assert names.iri(names.short("http://example.org/a__b")) == "http://example.org/a__b"


@pytest.mark.neo4j
def test_a_push_reads_back_exactly_the_triples_pushed(sample_kg: KnowledgeGraph, neo4j_settings: Neo4jSettings) -> None:
    pushed = set(sample_kg.record.quads())
    literals = [q.object for q in pushed if isinstance(q.object, ox.Literal)]
    # what the comparison covers: tags in two languages, typed values, several values of one property
    assert {lit.language for lit in literals} >= {"en", "ru"}
    assert {lit.datatype.value for lit in literals} >= {XSD + "date", XSD + "decimal", XSD + "integer", XSD + "string"}
    values = collections.Counter((q.subject, q.predicate) for q in pushed if isinstance(q.object, ox.Literal))
    assert max(values.values()) > 3

    store = Neo4jStore(neo4j_settings)
    try:
        assert copy_record(sample_kg.record, store) == 8
        read_back = set(store.quads())
        assert read_back == pushed  # quads: the named graphs come back too
        assert {ox.Triple(q.subject, q.predicate, q.object) for q in read_back} == \
               {ox.Triple(q.subject, q.predicate, q.object) for q in pushed}
        doc = "2021-08-06_avaza_third_meeting"
        assert set(store.quads(doc)) == set(sample_kg.record.document_quads(doc))
        assert store.counts() == sample_kg.store.counts()

        # what Neo4j users see: n10s labels and properties, one node per IRI and graph
        kazakhstan = store.run(
            "MATCH (n:Resource {uri: $uri, graphUri: $graph}) RETURN labels(n) AS labels, n.skos__altLabel AS alt",
            {"uri": "https://w3id.org/c5kg/id/state/kazakhstan", "graph": graph_of(REFERENCE_DOC)})
        assert len(kazakhstan) == 1
        assert set(kazakhstan[0]["labels"]) == {"Resource", "c5__State"}
        assert "Казахстан@ru" in kazakhstan[0]["alt"] and "Qazaqstan@en" in kazakhstan[0]["alt"]
    finally:
        store.close()


@pytest.mark.neo4j
def test_awkward_literals_and_unknown_namespaces_survive(neo4j_settings: Neo4jSettings) -> None:
    graph = ox.NamedNode(graph_of("awkward"))
    subject = ox.NamedNode("https://w3id.org/c5kg/id/thing/awkward")
    predicate = ox.NamedNode("http://example.org/vocabulary/value")
    quads = [ox.Quad(subject, predicate, literal, graph) for literal in TRICKY_LITERALS]
    quads += [ox.Quad(subject, RDF_TYPE, ox.NamedNode("http://example.org/vocabulary/Thing"), graph),
              ox.Quad(subject, RDF_TYPE, ox.NamedNode("https://w3id.org/c5kg/ontology#Place"), graph),
              ox.Quad(subject, ox.NamedNode("http://example.org/vocabulary/near"),
                      ox.NamedNode("https://w3id.org/c5kg/id/place/aktau"), graph),
              ox.Quad(ox.NamedNode("https://w3id.org/c5kg/id/place/aktau"),
                      ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel"), ox.Literal("Aktau", language="en"),
                      graph)]
    store = Neo4jStore(neo4j_settings)
    try:
        store.apply(Projection("awkward", quads=quads))
        assert set(store.quads("awkward")) == set(quads)
    finally:
        store.close()
    again = Neo4jStore(neo4j_settings)  # a new connection reads the prefixes the database recorded
    try:
        assert set(again.quads("awkward")) == set(quads)
        prefixes = again.run("MATCH (n:_NsPrefDef) RETURN properties(n) AS p", {})[0]["p"]
        assert prefixes["ns0"] == "http://example.org/vocabulary/" and prefixes["skos"].endswith("/skos/core#")
    finally:
        again.close()


@pytest.mark.neo4j
def test_export_reads_the_rdf_back_from_neo4j(tmp_path: Path, neo4j_settings: Neo4jSettings,
                                              sample_corpus: Path) -> None:
    files = [sample_corpus / "2018-03-15_astana_first_meeting.txt", sample_corpus / "2024-08-09_astana_sixth_meeting.md"]
    with KnowledgeGraph.open(tmp_path / "db", settings=StoreSettings("neo4j", neo4j_settings)) as kg:
        kg.ingest(files)
        record = set(kg.record.quads())
        # drop the local copy: what export returns now can only have come from Neo4j
        for doc_id in kg.record.documents():
            kg.record.remove_document(doc_id)
        exported = ox.parse(kg.export("nquads"), ox.RdfFormat.N_QUADS)
        assert set(exported) == record
        one = set(ox.parse(kg.export("nquads", doc_id="2018-03-15_astana_first_meeting"), ox.RdfFormat.N_QUADS))
        assert one and {q.graph_name.value for q in one} == {graph_of("2018-03-15_astana_first_meeting")}
