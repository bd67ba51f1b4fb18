"""The namespaces of c5kg's RDF, in one place."""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, TIME, XSD

BASE = "https://w3id.org/c5kg/"
C5 = Namespace(BASE + "ontology#")
ID = Namespace(BASE + "id/")
GRAPH = Namespace(BASE + "graph/")
OA = Namespace("http://www.w3.org/ns/oa#")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")

REFERENCE_GRAPH = GRAPH["reference"]
ONTOLOGY_GRAPH = GRAPH["ontology"]

PREFIXES: dict[str, str] = {
    "c5": str(C5),
    "id": str(ID),
    "dcterms": str(DCTERMS),
    "foaf": str(FOAF),
    "oa": str(OA),
    "org": str(ORG),
    "owl": str(OWL),
    "prov": str(PROV),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "schema": str(SCHEMA),
    "skos": str(SKOS),
    "time": str(TIME),
    "wd": str(WD),
    "wdt": str(WDT),
    "xsd": str(XSD),
}

# The entity types of the graph, as the extractor names them and as the ontology's classes.
ENTITY_TYPES = ("State", "Person", "Organisation", "Summit", "Initiative", "Place")
ACTOR_TYPES = ("State", "Person", "Organisation")

__all__ = [
    "ACTOR_TYPES", "BASE", "C5", "DCTERMS", "ENTITY_TYPES", "FOAF", "GRAPH", "ID", "OA", "ONTOLOGY_GRAPH",
    "ORG", "OWL", "PREFIXES", "PROV", "RDF", "RDFS", "REFERENCE_GRAPH", "SCHEMA", "SKOS", "TIME", "WD", "WDT", "XSD",
]
