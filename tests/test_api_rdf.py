"""RDF over HTTP: exports by content negotiation, dereferenceable IRIs, and the SPARQL endpoint."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import httpx
import pyoxigraph as ox
import pytest

from api_live import LiveAPI

pytestmark = pytest.mark.api

DOC = "2019-11-29_tashkent_second_meeting"
TOKAYEV_IRI = "https://w3id.org/c5kg/id/person/kassym-jomart-tokayev"
FORMATS = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
           "application/ld+json": ox.RdfFormat.JSON_LD, "application/trig": ox.RdfFormat.TRIG,
           "application/n-quads": ox.RdfFormat.N_QUADS, "application/rdf+xml": ox.RdfFormat.RDF_XML}
QUAD_TYPES = {"application/ld+json", "application/trig", "application/n-quads"}


def parse(body: bytes, media_type: str) -> list:
    return list(ox.parse(body, FORMATS[media_type]))


@pytest.mark.parametrize("media_type", list(FORMATS))
def test_export_by_accept_header(api: LiveAPI, api_http: httpx.Client, media_type: str) -> None:
    response = api_http.get("/export", headers={"Accept": media_type})
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == media_type
    parsed = parse(response.content, media_type)
    expected = {q for q in api.kg.record.quads()} if media_type in QUAD_TYPES else \
        {ox.Triple(q.subject, q.predicate, q.object) for q in api.kg.record.quads()}
    assert len(set(parsed)) == len(expected) > 4000


def test_export_one_document_by_format_parameter(api: LiveAPI, api_http: httpx.Client) -> None:
    response = api_http.get("/export", params={"doc": DOC, "format": "trig"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/trig")
    quads = parse(response.content, "application/trig")
    assert {q.graph_name.value for q in quads} == {f"https://w3id.org/c5kg/graph/document/{DOC}"}
    assert len(quads) == api.kg.record.triple_count(DOC)


def test_export_prefers_by_quality_and_refuses_what_it_cannot_offer(api_http: httpx.Client) -> None:
    chosen = api_http.get("/export", headers={"Accept": "text/turtle;q=0.5, application/n-triples"})
    assert chosen.headers["content-type"].startswith("application/n-triples")
    assert api_http.get("/export").headers["content-type"].startswith("text/turtle")
    refused = api_http.get("/export", headers={"Accept": "image/png"})
    assert refused.status_code == 406 and "text/turtle" in refused.json()["detail"]
    assert api_http.get("/export", params={"doc": "nope"}).status_code == 404
    assert api_http.get("/export", params={"format": "docx"}).status_code == 422


@pytest.mark.parametrize("media_type", ["text/turtle", "application/n-triples", "application/ld+json",
                                        "application/rdf+xml"])
def test_entity_iris_dereference_to_their_description(api_http: httpx.Client, media_type: str) -> None:
    response = api_http.get("/id/person/kassym-jomart-tokayev", headers={"Accept": media_type})
    assert response.status_code == 200 and response.headers["content-type"].startswith(media_type)
    parsed = parse(response.content, media_type)
    subjects = {(q.subject if isinstance(q, ox.Triple) else q.subject).value for q in parsed}
    assert subjects == {TOKAYEV_IRI}
    labels = {q.object.value for q in parsed if q.predicate.value.endswith("altLabel")}
    assert "Toqaev" in labels


def test_an_iri_as_json_names_the_graph_of_each_statement(api_http: httpx.Client) -> None:
    described = api_http.get("/id/person/kassym-jomart-tokayev").json()
    assert described["iri"] == TOKAYEV_IRI
    graphs = {s["graph"] for s in described["statements"]}
    assert "https://w3id.org/c5kg/graph/reference" in graphs
    assert any(s["object"].get("xml:lang") == "en" for s in described["statements"])
    statement = api_http.get(f"/id/document/{DOC}").json()
    content = [s for s in statement["statements"] if s["predicate"].endswith("#content")]
    assert content and content[0]["object"]["type"] == "literal"
    assert api_http.get("/id/person/nobody-we-know").status_code == 404


# ---------------------------------------------------------------------------- SPARQL

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/c5kg/ontology#Statement> }"


def test_sparql_get_with_json_results(api: LiveAPI, api_http: httpx.Client) -> None:
    response = api_http.get("/sparql", params={"query": COUNT})
    assert response.status_code == 200 and response.headers["content-type"] == "application/sparql-results+json"
    n = int(response.json()["results"]["bindings"][0]["n"]["value"])
    assert n == int(next(api.kg.record.select(COUNT))["n"]) > 50


@pytest.mark.parametrize(("accept", "read"), [
    ("application/sparql-results+xml", lambda body: ET.fromstring(body).find(
        ".//{http://www.w3.org/2005/sparql-results#}literal").text),
    ("text/csv", lambda body: list(csv.reader(io.StringIO(body.decode())))[1][0]),
    ("text/tab-separated-values", lambda body: body.decode().splitlines()[1].split("^^")[0].strip('"')),
])
def test_sparql_result_formats(api_http: httpx.Client, accept: str, read) -> None:
    expected = api_http.get("/sparql", params={"query": COUNT}).json()["results"]["bindings"][0]["n"]["value"]
    response = api_http.get("/sparql", params={"query": COUNT}, headers={"Accept": accept})
    assert response.status_code == 200 and response.headers["content-type"].startswith(accept)
    assert read(response.content) == expected


def test_sparql_post_form_and_body_and_construct(api_http: httpx.Client) -> None:
    ask = api_http.post("/sparql", data={"query": f"ASK {{ <{TOKAYEV_IRI}> ?p ?o }}"})
    assert ask.status_code == 200 and ask.json()["boolean"] is True
    construct = f"CONSTRUCT {{ <{TOKAYEV_IRI}> ?p ?o }} WHERE {{ <{TOKAYEV_IRI}> ?p ?o }}"
    body = api_http.post("/sparql", content=construct, headers={"Content-Type": "application/sparql-query",
                                                                "Accept": "application/n-triples"})
    assert body.status_code == 200 and body.headers["content-type"].startswith("application/n-triples")
    assert {t.subject.value for t in ox.parse(body.content, ox.RdfFormat.N_TRIPLES)} == {TOKAYEV_IRI}
    turtle = api_http.post("/sparql", content=construct, headers={"Content-Type": "application/sparql-query"})
    assert turtle.headers["content-type"].startswith("text/turtle")


def test_sparql_named_default_graph(api_http: httpx.Client) -> None:
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    one = api_http.get("/sparql", params={"query": query,
                                          "default-graph-uri": f"https://w3id.org/c5kg/graph/document/{DOC}"}).json()
    everything = api_http.get("/sparql", params={"query": query}).json()
    n = int(one["results"]["bindings"][0]["n"]["value"])
    assert 0 < n < int(everything["results"]["bindings"][0]["n"]["value"])


def test_sparql_is_read_only(api: LiveAPI, api_http: httpx.Client) -> None:
    before = api.kg.record.triple_count()
    insert = "INSERT DATA { <https://example.org/a> <https://example.org/b> <https://example.org/c> }"
    for response in (api_http.post("/sparql", data={"update": insert}),
                     api_http.post("/sparql", content=insert, headers={"Content-Type": "application/sparql-update"}),
                     api_http.get("/sparql", params={"update": insert}),
                     api_http.get("/sparql", params={"query": insert})):
        assert response.status_code == 400, response.text
    assert api.kg.record.triple_count() == before


@pytest.mark.parametrize(("request_kwargs", "status"), [
    ({"params": {"query": "SELECT ?s WHERE { ?s ?p }"}}, 400),
    ({"params": {}}, 400),
    ({"params": {"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"}}, 403),
    ({"params": {"query": COUNT}, "headers": {"Accept": "image/png"}}, 406),
])
def test_sparql_errors(api_http: httpx.Client, request_kwargs: dict, status: int) -> None:
    response = api_http.get("/sparql", **request_kwargs)
    assert response.status_code == status
    assert response.json()["detail"]


def test_sparql_word_service_in_a_string_is_allowed(api_http: httpx.Client) -> None:
    query = 'SELECT ?s WHERE { ?s ?p ?o FILTER(CONTAINS(STR(?o), "press service")) } LIMIT 1'
    assert api_http.get("/sparql", params={"query": query}).status_code == 200


def test_sparql_post_of_another_media_type_is_415(api_http: httpx.Client) -> None:
    response = api_http.post("/sparql", content=json.dumps({"query": COUNT}),
                             headers={"Content-Type": "application/json"})
    assert response.status_code == 415
