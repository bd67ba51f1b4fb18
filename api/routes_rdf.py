"""The RDF record over HTTP: exports by content negotiation, and entity IRIs that dereference.

c5kg's IRIs are https://w3id.org/c5kg/id/{kind}/{slug}; served at /id/{kind}/{slug}, each
answers with what the record says about it, in the RDF format the client asks for.
"""

from __future__ import annotations

from typing import Annotated, Literal

import pyoxigraph as ox
from fastapi import APIRouter, HTTPException, Query, Request, Response
from pydantic import TypeAdapter
from starlette.concurrency import run_in_threadpool

from graph.export import EXPORT_FORMATS, EXPORT_QUAD_FORMATS
from graph.record import MEDIA_TYPES
from ontology.namespaces import ID, PREFIXES

from .common import JSON, JSONBytes, body_schema, dump, problem_responses, service_of
from .models import Description
from .negotiation import choose

router = APIRouter()

# Offered in this order: the first is the default when the client states no preference.
EXPORT_MEDIA = {MEDIA_TYPES[f]: f for f in ("turtle", "nt", "jsonld", "trig", "nquads", "rdfxml", "n3")}
ExportFormat = Literal[tuple(EXPORT_FORMATS)]  # type: ignore[valid-type]
DESCRIPTION = TypeAdapter(Description)


def _rdf_content(description: str) -> dict:
    return {"description": description, "content": {media: {"schema": body_schema(media)} for media in EXPORT_MEDIA}}


@router.get("/export", summary="The graph, or one document's named graph, as RDF",
            responses={200: _rdf_content("RDF in the negotiated format."), **problem_responses(400, 404, 406, 422)})
async def export(request: Request,
                 format: Annotated[ExportFormat | None, Query(description="Overrides the Accept header.")] = None,
                 doc: Annotated[str | None, Query(max_length=300, description="One document's id.")] = None,
                 ) -> Response:
    """The whole graph (reference data and every document), or one document's named graph (`doc`),
    as Turtle, N-Triples, JSON-LD, TriG, N-Quads, RDF/XML or N3: by the Accept header
    (`text/turtle`, `application/n-triples`, `application/ld+json`, `application/trig`, ...) or
    `format`. Triple formats merge the graphs; TriG, N-Quads and JSON-LD keep them."""
    service = service_of(request)
    fmt = format or EXPORT_MEDIA.get(choose(request.headers.get("accept"), list(EXPORT_MEDIA)) or "")
    if fmt is None:
        raise HTTPException(406, f"/export offers {', '.join(EXPORT_MEDIA)} (or use ?format=)")
    if doc is not None and not service.has_rdf(doc):
        raise HTTPException(404, f"no document '{doc}' in the graph")
    data = await run_in_threadpool(service.kg.export, fmt, doc)
    return Response(data, media_type=MEDIA_TYPES[fmt], headers={"Vary": "Accept"})


DEREFERENCE_MEDIA = [JSON, *EXPORT_MEDIA]


@router.get("/id/{path:anypath}", summary="What the record says about one IRI",
            responses={200: {"description": "JSON (the default), or RDF by the Accept header.",
                             "model": Description,  # so that the schema the reference names is in the spec
                             "content": {JSON: {"schema": {"$ref": "#/components/schemas/Description"}},
                                         **_rdf_content("")["content"]}},
                       **problem_responses(404, 406)})
async def dereference(request: Request, path: str) -> Response:
    """The IRI https://w3id.org/c5kg/id/{path} described: every triple with it as subject, from
    every graph of the record. JSON by default; Turtle, N-Triples, JSON-LD, TriG, N-Quads or
    RDF/XML by the Accept header (quad formats keep the graph that states each triple)."""
    service = service_of(request)
    media = choose(request.headers.get("accept"), DEREFERENCE_MEDIA)
    if media is None:
        raise HTTPException(406, f"this IRI is described as {', '.join(DEREFERENCE_MEDIA)}")
    iri = f"{ID}{path}"
    try:
        subject = ox.NamedNode(iri)
    except ValueError:
        raise HTTPException(404, f"'{path}' is not a c5kg IRI path") from None
    quads = sorted(service.kg.record.store.quads_for_pattern(subject, None, None, None),
                   key=lambda q: (q.predicate.value, str(q.object), str(q.graph_name)))
    if not quads:
        raise HTTPException(404, f"the record says nothing about <{iri}>")
    headers = {"Vary": "Accept"}
    if media == JSON:
        return JSONBytes(dump(DESCRIPTION, {"iri": iri, "statements": [
            {"predicate": q.predicate.value, "object": _term(q.object), "graph": q.graph_name.value} for q in quads]},
            exclude_none=True), headers=headers)
    fmt = EXPORT_MEDIA[media]
    data: list = (quads if fmt in EXPORT_QUAD_FORMATS
                  else list(dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in quads)))
    prefixes = PREFIXES if fmt in ("turtle", "trig", "n3", "rdfxml") else None
    return Response(ox.serialize(data, format=EXPORT_FORMATS[fmt], prefixes=prefixes), media_type=media,
                    headers=headers)


def _term(term: ox.NamedNode | ox.Literal) -> dict[str, str | None]:
    if isinstance(term, ox.Literal):
        return {"type": "literal", "value": term.value, "datatype": term.datatype.value if not term.language else None,
                "xml:lang": term.language}
    return {"type": "uri", "value": term.value}


__all__ = ["router"]
