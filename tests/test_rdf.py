"""The RDF record: exports parse in every format, pass the SHACL shapes, round-trip exactly, and
every fact's evidence cuts its sentence out of its document."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef

from graph.kg import KnowledgeGraph
from loaders.documents import read_document
from loaders.extractor import extract
from loaders.rdf import to_rdf
from ontology.namespaces import OA
from ontology.shapes import validate


@pytest.fixture(scope="module")
def turtle(sample_kg: KnowledgeGraph) -> bytes:
    data = sample_kg.export("turtle")
    assert data
    return data


def triples(graph: Graph) -> set:
    return set(graph)


def test_exported_turtle_parses_and_has_no_blank_nodes(turtle: bytes) -> None:
    graph = Graph().parse(data=turtle, format="turtle")
    assert len(graph) > 3000
    assert not any(isinstance(term, BNode) for triple in graph for term in triple)


def test_exported_turtle_passes_the_shapes(turtle: bytes) -> None:
    result = validate(Graph().parse(data=turtle, format="turtle"))
    assert result.conforms, result.report[:2000]


def test_turtle_round_trips_to_the_same_triples(turtle: bytes) -> None:
    first = Graph().parse(data=turtle, format="turtle")
    again = Graph().parse(data=first.serialize(format="turtle"), format="turtle")
    assert triples(again) == triples(first)
    through_oxigraph = ox.serialize(ox.parse(turtle, ox.RdfFormat.TURTLE), format=ox.RdfFormat.TURTLE)
    assert triples(Graph().parse(data=through_oxigraph, format="turtle")) == triples(first)


@pytest.mark.parametrize(("fmt", "rdflib_format"), [("nt", "nt"), ("rdfxml", "xml"), ("n3", "n3")])
def test_triple_formats_hold_the_same_triples(sample_kg: KnowledgeGraph, turtle: bytes, fmt: str,
                                              rdflib_format: str) -> None:
    expected = triples(Graph().parse(data=turtle, format="turtle"))
    assert triples(Graph().parse(data=sample_kg.export(fmt), format=rdflib_format)) == expected


@pytest.mark.parametrize(("fmt", "rdflib_format"), [("trig", "trig"), ("nquads", "nquads"), ("jsonld", "json-ld")])
def test_quad_formats_keep_one_named_graph_per_document(sample_kg: KnowledgeGraph, fmt: str,
                                                        rdflib_format: str) -> None:
    data = sample_kg.export(fmt)
    dataset = Dataset()
    dataset.parse(data=data, format=rdflib_format)
    names = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert "https://w3id.org/c5kg/graph/reference" in names
    assert {f"https://w3id.org/c5kg/graph/document/{d}" for d in sample_kg.record.documents()} <= names
    if fmt == "jsonld":
        assert isinstance(json.loads(data), (list, dict))


def test_one_documents_export_is_its_named_graph_only(sample_kg: KnowledgeGraph) -> None:
    doc_id = "2023-09-14_dushanbe_fifth_meeting"
    graph = Graph().parse(data=sample_kg.export("turtle", doc_id=doc_id), format="turtle")
    documents = set(graph.subjects(URIRef("http://purl.org/dc/terms/identifier"), None))
    assert [str(d) for d in documents] == [f"https://w3id.org/c5kg/id/document/{doc_id}"]
    assert len(graph) == sample_kg.record.triple_count(doc_id)


def test_every_statement_has_evidence_that_cuts_its_sentence(sample_kg: KnowledgeGraph) -> None:
    rows = list(sample_kg.record.select("""
        PREFIX c5: <https://w3id.org/c5kg/ontology#>
        PREFIX oa: <http://www.w3.org/ns/oa#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?st ?content ?start ?end ?exact WHERE {
            ?st a c5:Statement ; prov:wasDerivedFrom ?doc ; c5:evidence/oa:hasTarget ?t .
            ?t oa:hasSource ?doc ; oa:hasSelector ?p, ?q .
            ?p oa:start ?start ; oa:end ?end . ?q oa:exact ?exact . ?doc c5:content ?content }"""))
    statements = {str(r["s"]) for r in sample_kg.record.select(
        "SELECT ?s WHERE { ?s a <https://w3id.org/c5kg/ontology#Statement> }")}
    assert len(rows) == len(statements) > 50
    for row in rows:
        assert row["content"][int(row["start"]):int(row["end"])] == row["exact"]


def test_the_shapes_catch_evidence_that_does_not_match(sample_corpus) -> None:
    graph = to_rdf(extract(read_document(sample_corpus / "2021-08-06_avaza_third_meeting.txt")))
    assert validate(graph).conforms
    position = next(graph.subjects(None, OA.TextPositionSelector))
    start = graph.value(position, OA.start)
    graph.set((position, OA.start, Literal(int(start) + 1, datatype=start.datatype)))
    result = validate(graph)
    assert not result.conforms
    assert "offsets must cut exactly" in result.report


def test_iris_are_minted_from_content(sample_corpus) -> None:
    path = sample_corpus / "2024-08-09_astana_sixth_meeting.md"
    first, second = (to_rdf(extract(read_document(path))) for _ in range(2))
    assert triples(first) == triples(second)
