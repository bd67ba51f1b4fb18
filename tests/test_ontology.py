"""The vocabulary, the reference data and the property-graph schema derived from them."""

from __future__ import annotations

from datetime import date

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDFS

from graph.schema import schema
from ontology import REFERENCE_FILE, VOCABULARY_FILE
from ontology.namespaces import C5, WD
from ontology.reference import gazetteer
from ontology.shapes import reference_graph, validate

STANDARD = ("http://www.w3.org/ns/org#", "http://xmlns.com/foaf/0.1/", "https://schema.org/",
            "http://www.w3.org/ns/prov#", "http://www.w3.org/2004/02/skos/core#", "http://www.w3.org/ns/oa#",
            "http://purl.org/dc/terms/", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")


def test_every_class_is_aligned_with_a_standard_vocabulary() -> None:
    vocabulary = Graph().parse(VOCABULARY_FILE, format="turtle")
    for cls in vocabulary.subjects(None, OWL.Class):
        supers = {str(s) for s in vocabulary.transitive_objects(cls, RDFS.subClassOf)} - {str(cls)}
        assert any(s.startswith(STANDARD) for s in supers), cls


def test_the_reference_data_passes_the_shapes() -> None:
    result = validate(reference_graph(), with_reference=False)
    assert result.conforms, result.report[:2000]


def test_verified_wikidata_ids() -> None:
    reference = Graph().parse(REFERENCE_FILE, format="turtle")
    same = {str(s).rsplit("/", 1)[-1]: str(o) for s, o in reference.subject_objects(OWL.sameAs)}
    assert same["kazakhstan"] == str(WD.Q232)
    assert same["shanghai-cooperation-organisation"] == str(WD.Q485207)
    assert str(WD.Q188749) not in same.values()


def test_office_holders_by_date() -> None:
    gaz = gazetteer()
    turkmenistan = "https://w3id.org/c5kg/id/state/turkmenistan"
    president = str(C5.President)
    in_2019 = gaz.holders(president, turkmenistan, date(2019, 11, 29))
    in_2023 = gaz.holders(president, turkmenistan, date(2023, 9, 14))
    assert [gaz.entities[o.person].name for o in in_2019] == ["Gurbanguly Berdimuhamedov"]
    assert [gaz.entities[o.person].name for o in in_2023] == ["Serdar Berdimuhamedov"]


def test_aliases_include_transliterations() -> None:
    tokayev = gazetteer().entities["https://w3id.org/c5kg/id/person/kassym-jomart-tokayev"]
    assert {"Tokaev", "Toqaev", "Токаев"} <= set(tokayev.aliases)


def test_the_property_graph_schema_comes_from_the_ontology() -> None:
    sch = schema()
    assert sch.labels == ["Document", "Initiative", "Organisation", "Person", "Place", "State", "Summit"]
    proposed = sch.relationships[str(C5.proposed)]
    assert proposed.name == "PROPOSED"
    assert {("Person", "Initiative"), ("State", "Initiative"), ("Organisation", "Initiative")} == set(proposed.pairs)
    assert sch.rel_type("MEMBER_OF").predicate == str(C5.memberOf)
    assert isinstance(URIRef(proposed.predicate), URIRef)
