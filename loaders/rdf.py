"""An Extraction as RDF: the named graph of one document.

The graph holds the document (with its clean text), the sentences that are evidence, the
entities the document introduces, and each fact twice: as the plain triple (so simple SPARQL
works) and as a c5:Statement reifying it, annotated (oa:Annotation) with its sentence by
character offsets and exact quote. Every IRI is minted from content: no blank nodes.
"""

from __future__ import annotations

from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from ontology.iris import document_graph, document_iri, evidence_iri, sentence_iri, statement_iri
from ontology.namespaces import C5, DCTERMS, OA, PREFIXES, PROV, RDF, SKOS

from .facts import Entity, Extraction, Fact

CLASSES = {"State": C5.State, "Person": C5.Person, "Organisation": C5.Organisation, "Summit": C5.Summit,
           "Initiative": C5.Initiative, "Place": C5.Place}
EXTRACTOR_IRI = URIRef("https://w3id.org/c5kg/id/agent/c5kg-extractor")


def date_literal(value: str) -> Literal:
    """YYYY-MM-DD, YYYY-MM or YYYY as the XSD type of its precision."""
    datatype = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}.get(len(value), XSD.string)
    return Literal(value, datatype=datatype)


def _entity(graph: Graph, entity: Entity, forms: list[str]) -> URIRef:
    node = URIRef(entity.iri)
    if not entity.in_reference:
        graph.add((node, RDF.type, CLASSES[entity.kind]))
        graph.add((node, SKOS.prefLabel, Literal(entity.name, lang="en")))
        if entity.kind == "Initiative":
            graph.add((node, SKOS.inScheme, C5.initiatives))
        if entity.kind == "Summit":
            # what the text says of a summit the reference data does not know ("the Astana Forum")
            if entity.place:
                graph.add((node, C5.heldIn, URIRef(entity.place)))
            if entity.date:
                graph.add((node, C5.date, date_literal(entity.date)))
            if entity.ordinal:
                graph.add((node, C5.ordinal, Literal(entity.ordinal)))
    for form in forms:
        if form != entity.name:
            # the surface forms this document uses: searchable, but not the entity's name
            graph.add((node, SKOS.hiddenLabel, Literal(form, lang="en")))
    return node


def _statement(graph: Graph, extraction: Extraction, fact: Fact, doc: URIRef) -> None:
    sentence = fact.evidence.sentence
    doc_id = extraction.document.id
    predicate = C5[fact.relation]
    subject, obj = URIRef(fact.subject.iri), URIRef(fact.object.iri)
    key = (fact.relation, fact.subject.iri, fact.object.iri, sentence.start, sentence.end, fact.role or "")
    statement = statement_iri(doc_id, *key)
    evidence = evidence_iri(statement)
    target = sentence_iri(doc_id, sentence.start, sentence.end)
    graph.add((subject, predicate, obj))
    graph.add((statement, RDF.type, C5.Statement))
    graph.add((statement, RDF.subject, subject))
    graph.add((statement, RDF.predicate, predicate))
    graph.add((statement, RDF.object, obj))
    graph.add((statement, PROV.wasDerivedFrom, doc))
    graph.add((statement, PROV.wasAttributedTo, EXTRACTOR_IRI))
    graph.add((statement, C5.trigger, Literal(fact.evidence.trigger)))
    graph.add((statement, C5.confidence, Literal(Decimal(str(round(fact.evidence.confidence, 3))), datatype=XSD.decimal)))
    graph.add((statement, C5.resolution, Literal(fact.resolution)))
    graph.add((statement, C5.evidence, evidence))
    if fact.on_behalf_of is not None:
        graph.add((statement, C5.onBehalfOf, URIRef(fact.on_behalf_of.iri)))
    if fact.summit is not None:
        graph.add((statement, C5.proposedAt, URIRef(fact.summit.iri)))
    if fact.date:
        graph.add((statement, C5.date, date_literal(fact.date)))
    if fact.role:
        graph.add((statement, C5.role, URIRef(fact.role)))
    graph.add((evidence, RDF.type, C5.Evidence))
    graph.add((evidence, OA.hasBody, statement))
    graph.add((evidence, OA.hasTarget, target))
    graph.add((evidence, OA.motivatedBy, OA.identifying))
    graph.add((target, RDF.type, C5.Sentence))
    graph.add((target, OA.hasSource, doc))
    position, quote = URIRef(f"{target}#position"), URIRef(f"{target}#quote")
    graph.add((target, OA.hasSelector, position))
    graph.add((target, OA.hasSelector, quote))
    graph.add((position, RDF.type, OA.TextPositionSelector))
    # xsd:integer (with SHACL's minInclusive 0) rather than Web Annotation's xsd:nonNegativeInteger:
    # Oxigraph keeps derived integer types as xsd:integer, and the record must round-trip exactly.
    graph.add((position, OA.start, Literal(sentence.start, datatype=XSD.integer)))
    graph.add((position, OA.end, Literal(sentence.end, datatype=XSD.integer)))
    graph.add((quote, RDF.type, OA.TextQuoteSelector))
    graph.add((quote, OA.exact, Literal(sentence.text)))


def to_rdf(extraction: Extraction) -> Graph:
    """The named graph of one document."""
    document = extraction.document
    graph = Graph(identifier=document_graph(document.id))
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    doc = document_iri(document.id)
    graph.add((doc, RDF.type, C5.Document))
    graph.add((doc, DCTERMS.identifier, Literal(document.id)))
    graph.add((doc, DCTERMS.title, Literal(document.title)))
    graph.add((doc, DCTERMS.source, Literal(document.source)))
    graph.add((doc, DCTERMS.format, Literal(document.media_type)))
    graph.add((doc, C5.sha256, Literal(document.sha256)))
    graph.add((doc, C5.content, Literal(document.text)))
    graph.add((doc, C5.dateStatus, Literal(document.date.status)))
    if document.date.value:
        graph.add((doc, DCTERMS.date, date_literal(document.date.value)))
    mentioned = {e.iri for e in extraction.mentioned_entities}
    for entity in extraction.entities:
        node = _entity(graph, entity, extraction.surface_forms(entity.iri))
        if entity.iri in mentioned:
            graph.add((doc, C5.mentions, node))
    for fact in extraction.facts:
        _statement(graph, extraction, fact, doc)
    return graph


__all__ = ["CLASSES", "date_literal", "to_rdf"]
