"""SPARQL 1.1 Protocol over the RDF record: read-only, with a time limit.

A query runs in one of the server's query workers (api/sandbox.py): its parse tree is checked
there first (graph/sparql_guard.py: no updates, no SERVICE, bounded nesting), then Oxigraph runs
it on the record opened read-only. The default graph is the union of every graph (unless the
request names its own with `default-graph-uri`). Results are serialised in the format the Accept
header asks for. Oxigraph cannot stop a query once it runs: at the time limit the worker is killed.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import parse_qs

import pyoxigraph as ox
from fastapi import APIRouter, HTTPException, Query, Request, Response

from .common import body_schema, problem_responses, run_sandboxed, service_of
from .negotiation import choose
from .service import GraphService
from .sparql_formats import GRAPH_MEDIA, RESULT_MEDIA

router = APIRouter()

QUERY = "application/sparql-query"
FORM = "application/x-www-form-urlencoded"
MAX_QUERY = 100_000
# Addresses longer than 64 KiB never reach the app (uvicorn refuses them), and a character may take 12
# bytes once percent-encoded: longer queries go by POST.
MAX_GET_QUERY = 4_000


async def run_sparql(service: GraphService, query: str, default_graphs: list[str], named_graphs: list[str],
                     accept: str | None) -> Response:
    if not query.strip():
        raise HTTPException(400, "give a SPARQL query: `query` is empty")
    if len(query) > MAX_QUERY:
        raise HTTPException(413, f"the query is longer than {MAX_QUERY:,} characters")
    every = {**RESULT_MEDIA, **GRAPH_MEDIA}
    if choose(accept, list(every)) is None:
        raise HTTPException(406, f"SPARQL results are offered as {', '.join(every)}")
    for graph in (*default_graphs, *named_graphs):
        try:
            ox.NamedNode(graph)
        except ValueError as error:
            raise HTTPException(400, f"a graph IRI is not valid: {error}") from None
    answer = await run_sandboxed(service, {
        "op": "sparql", "query": query, "default_graphs": default_graphs, "named_graphs": named_graphs,
        "accept": accept, "allow_service": service.settings.sparql_service}, service.settings.query_timeout_s)
    return Response(answer.body, media_type=answer.media, headers={"Vary": "Accept"})


RESULTS = {200: {"description": "SELECT and ASK results as SPARQL JSON (the default), XML, CSV or TSV; "
                                "CONSTRUCT and DESCRIBE results as Turtle (the default), N-Triples, JSON-LD, "
                                "RDF/XML or N3, by the Accept header.",
                 "content": {media: {"schema": body_schema(media)} for media in {**RESULT_MEDIA, **GRAPH_MEDIA}}},
           **problem_responses(400, 403, 406, 408, 413, 415, 422, 429, 503)}


@router.get("/sparql", summary="SPARQL 1.1 query (read-only)", responses=RESULTS)
async def sparql_get(request: Request,
                     query: Annotated[str | None, Query(max_length=MAX_GET_QUERY, description=(
                         "The SPARQL query (longer ones by POST)."))] = None,
                     default_graph_uri: Annotated[list[str] | None, Query(alias="default-graph-uri")] = None,
                     named_graph_uri: Annotated[list[str] | None, Query(alias="named-graph-uri")] = None,
                     update: Annotated[str | None, Query(description="Refused: the endpoint is read-only.")] = None,
                     ) -> Response:
    """The SPARQL 1.1 Protocol's query operation over the RDF record. The default graph is the
    union of all graphs unless `default-graph-uri` names graphs. Updates are refused."""
    if update is not None:
        raise HTTPException(400, "this SPARQL endpoint is read-only: updates are refused")
    if query is None:
        raise HTTPException(400, "give a SPARQL query in the `query` parameter")
    return await run_sparql(service_of(request), query, default_graph_uri or [], named_graph_uri or [],
                            request.headers.get("accept"))


@router.post("/sparql", summary="SPARQL 1.1 query by POST (read-only)", responses=RESULTS, openapi_extra={
    "requestBody": {"required": True, "content": {
        FORM: {"schema": {"type": "object", "required": ["query"], "properties": {
            "query": {"type": "string"}, "default-graph-uri": {"type": "array", "items": {"type": "string"}},
            "named-graph-uri": {"type": "array", "items": {"type": "string"}}}}},
        QUERY: {"schema": {"type": "string"}}}}})
async def sparql_post(request: Request) -> Response:
    """A query as a form (`query=...`, `application/x-www-form-urlencoded`) or as the body
    (`application/sparql-query`, graphs in the URL). SPARQL Update is refused."""
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    graphs = parse_qs(request.url.query)
    if media == "application/sparql-update":
        raise HTTPException(400, "this SPARQL endpoint is read-only: updates are refused")
    body = await request.body()
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise HTTPException(400, "the request body is not UTF-8") from None
    if media == FORM:
        form = parse_qs(text, keep_blank_values=True)
        if "update" in form:
            raise HTTPException(400, "this SPARQL endpoint is read-only: updates are refused")
        if not form.get("query"):
            raise HTTPException(400, "give a SPARQL query in the form's `query` field")
        query, graphs = form["query"][0], form
    elif media == QUERY:
        query = text
    else:
        raise HTTPException(415, f"send the query as {QUERY} or {FORM}, not {media or 'no media type'}")
    return await run_sparql(service_of(request), query, graphs.get("default-graph-uri", []),
                            graphs.get("named-graph-uri", []), request.headers.get("accept"))


__all__ = ["router"]
