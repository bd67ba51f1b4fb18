"""SPARQL 1.1 Protocol over the RDF record: read-only, with a time limit.

Queries run with Oxigraph's `Store.query`, which cannot change the store; SPARQL Update is
refused. The default graph is the union of every graph (unless the request names its own
with `default-graph-uri`). Results are serialised by Oxigraph in the format the Accept header
asks for. Oxigraph cannot stop a query once it runs, so each runs in a worker thread that
the request stops waiting for at the time limit, and at most `sparql_workers` run at once.
"""

from __future__ import annotations

import asyncio
import re
from typing import Annotated
from urllib.parse import parse_qs

import pyoxigraph as ox
from fastapi import APIRouter, HTTPException, Query, Request, Response

from .common import body_schema, problem_responses, service_of
from .negotiation import choose
from .service import GraphService

router = APIRouter()

RESULT_MEDIA = {"application/sparql-results+json": ox.QueryResultsFormat.JSON,
                "application/sparql-results+xml": ox.QueryResultsFormat.XML,
                "text/csv": ox.QueryResultsFormat.CSV, "text/tab-separated-values": ox.QueryResultsFormat.TSV,
                "application/json": ox.QueryResultsFormat.JSON}
GRAPH_MEDIA = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
               "application/ld+json": ox.RdfFormat.JSON_LD, "application/rdf+xml": ox.RdfFormat.RDF_XML,
               "text/n3": ox.RdfFormat.N3}
QUERY = "application/sparql-query"
FORM = "application/x-www-form-urlencoded"
MAX_QUERY = 100_000
# Addresses longer than 64 KiB never reach the app (uvicorn refuses them), and a character may take 12
# bytes once percent-encoded: longer queries go by POST.
MAX_GET_QUERY = 4_000

# Strings, IRIs and comments, blanked out before looking for the SERVICE keyword.
_NOT_KEYWORDS = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                           r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*')
_SERVICE = re.compile(r"(?<![\w:?$.-])SERVICE(?![\w:-])", re.IGNORECASE)


def uses_service(query: str) -> bool:
    """Whether a query calls another endpoint (SERVICE), which would make this server fetch a URL."""
    return bool(_SERVICE.search(_NOT_KEYWORDS.sub(" ", query)))


def _results(accept: str | None, outcome: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples) -> tuple[bytes, str]:
    offered = GRAPH_MEDIA if isinstance(outcome, ox.QueryTriples) else RESULT_MEDIA
    media = choose(accept, list(offered))
    if media is None:
        kind = "graph (CONSTRUCT, DESCRIBE)" if offered is GRAPH_MEDIA else "table (SELECT, ASK)"
        raise HTTPException(406, f"a {kind} result is offered as {', '.join(offered)}")
    data = outcome.serialize(format=offered[media])
    return data, media + ("; charset=utf-8" if media.startswith("text/") else "")


async def run_sparql(service: GraphService, query: str, default_graphs: list[str], named_graphs: list[str],
                     accept: str | None) -> Response:
    if not query.strip():
        raise HTTPException(400, "give a SPARQL query: `query` is empty")
    if len(query) > MAX_QUERY:
        raise HTTPException(413, f"the query is longer than {MAX_QUERY:,} characters")
    if not service.settings.sparql_service and uses_service(query):
        raise HTTPException(403, "SERVICE (federated query) is turned off on this server")
    every = {**RESULT_MEDIA, **GRAPH_MEDIA}
    if choose(accept, list(every)) is None:
        raise HTTPException(406, f"SPARQL results are offered as {', '.join(every)}")
    try:
        options: dict = {"named_graphs": [ox.NamedNode(g) for g in named_graphs]} if named_graphs else {}
        if default_graphs:
            options["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
        else:
            options["use_default_graph_as_union"] = True
    except ValueError as error:
        raise HTTPException(400, f"a graph IRI is not valid: {error}") from None

    def work() -> tuple[bytes, str]:
        try:
            outcome = service.kg.record.store.query(query, **options)
        except SyntaxError as error:
            raise HTTPException(400, f"the SPARQL query is not valid: {error}") from None
        except OSError as error:  # raised by Oxigraph for errors while evaluating, e.g. a failed SERVICE call
            raise HTTPException(400, f"the SPARQL query failed: {error}") from None
        return _results(accept, outcome)

    if not service.sparql_slots.acquire(blocking=False):
        raise HTTPException(429, "too many SPARQL queries are running; retry in a moment", headers={"Retry-After": "1"})
    try:
        running = service.sparql_pool.submit(work)
    except BaseException:
        service.sparql_slots.release()
        raise
    running.add_done_callback(lambda _: service.sparql_slots.release())
    timeout = service.settings.query_timeout_s
    try:
        data, media = await asyncio.wait_for(asyncio.wrap_future(running), timeout)
    except TimeoutError:
        raise HTTPException(408, f"the SPARQL query ran longer than {timeout:g} s") from None
    return Response(data, media_type=media, headers={"Vary": "Accept"})


RESULTS = {200: {"description": "SELECT and ASK results as SPARQL JSON (the default), XML, CSV or TSV; "
                                "CONSTRUCT and DESCRIBE results as Turtle (the default), N-Triples, JSON-LD, "
                                "RDF/XML or N3, by the Accept header.",
                 "content": {media: {"schema": body_schema(media)} for media in {**RESULT_MEDIA, **GRAPH_MEDIA}}},
           **problem_responses(400, 403, 406, 408, 413, 415, 422, 429)}


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


__all__ = ["router", "uses_service"]
