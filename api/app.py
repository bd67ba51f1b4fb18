"""The c5kg HTTP API: `create_app(kg, settings)` returns the FastAPI app; `c5kg serve` runs it.

It serves the same knowledge graph as the library and the CLI — the catalogue's named queries
(every fact with its evidence), the RDF record by content negotiation and SPARQL, read-only
Cypher, and document ingest behind a bearer token — on the embedded store by default, or on
Neo4j when KnowledgeGraph.open is configured for it. OpenAPI at /openapi.json, docs at /docs.

Errors are JSON (`Problem`: status, title, detail) and name the parameter or thing concerned;
what a client sends never causes a 5xx.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from http import HTTPStatus
from importlib.metadata import PackageNotFoundError, version
from typing import Any

import orjson
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.formparsers import MultiPartParser
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from graph.catalogue import QueryError
from graph.kg import KnowledgeGraph
from graph.store import StoreError
from loaders.documents import DocumentError

from . import routes_cypher, routes_rdf, routes_read, routes_sparql, routes_write
from .cache import AnswerCacheMiddleware
from .common import JSON, JSONBytes, service_of
from .docs import add_docs
from .models import Health
from .service import GraphService
from .settings import Settings

log = logging.getLogger("c5kg.api")

try:
    VERSION = version("c5kg")
except PackageNotFoundError:  # running from a checkout that is not installed
    VERSION = "0.0.0"


def problem(status: int, detail: str, errors: list[dict[str, Any]] | None = None,
            headers: dict[str, str] | None = None) -> JSONBytes:
    body: dict[str, Any] = {"status": status, "title": HTTPStatus(status).phrase, "detail": detail}
    if errors:
        body["errors"] = errors
    return JSONBytes(orjson.dumps(body, default=str), status_code=status, headers=headers)


def _where(loc: tuple[Any, ...]) -> str:
    if not loc:
        return "the request"
    place, *rest = loc
    name = ".".join(str(part) for part in rest)
    if place == "body":
        return f"the body's '{name}'" if name else "the body"
    return f"{place} parameter '{name}'" if name else str(place)


class BodyLimit:
    """413 for a request body over the limit: at once when Content-Length says so, otherwise as soon
    as the bytes read pass it."""

    def __init__(self, app: ASGIApp, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        too_large = f"the request body is larger than {self.max_bytes:,} bytes"
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_bytes:
            await problem(413, too_large, headers={"Connection": "close"})(scope, receive, send)
            return
        received = 0

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    # an HTTPException passes FastAPI's body parsing unchanged, to the handler below
                    raise StarletteHTTPException(413, too_large)
            return message

        await self.app(scope, limited, send)


def create_app(kg: KnowledgeGraph | None = None, settings: Settings | None = None) -> FastAPI:
    """The API over `kg`, or over the graph `settings.db` names (opened now, closed at shutdown)."""
    settings = settings or Settings.from_env()
    owned = kg is None
    graph = kg if kg is not None else KnowledgeGraph.open(settings.db)
    service = GraphService(graph, settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        service.close()
        if owned:
            graph.close()

    app = FastAPI(
        title="c5kg", version=VERSION, lifespan=lifespan, docs_url=None, redoc_url=None,  # api/docs.py serves them
        summary="A knowledge graph of Central Asian regional politics: who proposed what, who supported it, "
                "where and when, each fact traced to its sentence.",
        description="Every fact carries its evidence: the document, the sentence and its character offsets. "
                    "JSON by default; RDF by content negotiation at /export and /id/...; SPARQL at /sparql; "
                    "read-only Cypher at /cypher. Writes need `Authorization: Bearer <C5KG_API_TOKEN>`.",
    )
    app.state.service = service
    # Uploads stay in memory (the body limit bounds them): nothing is spooled to a temporary file.
    MultiPartParser.spool_max_size = max(MultiPartParser.spool_max_size, settings.max_body_bytes)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(AnswerCacheMiddleware, cache=service.answers)  # outermost: a kept answer skips the rest

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> JSONBytes:
        return problem(error.status_code, str(error.detail), headers=getattr(error, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> JSONBytes:
        errors = [{"where": _where(tuple(e.get("loc", ()))), "problem": e.get("msg", "invalid")}
                  for e in error.errors()]
        detail = "; ".join(f"{e['where']}: {e['problem']}" for e in errors[:3]) or "the request is not valid"
        return problem(422, detail, errors)

    @app.exception_handler(QueryError)
    async def bad_query(request: Request, error: QueryError) -> JSONBytes:
        return problem(400, str(error))

    @app.exception_handler(DocumentError)
    async def bad_document(request: Request, error: DocumentError) -> JSONBytes:
        return problem(422, str(error))

    @app.exception_handler(StoreError)
    async def store_failed(request: Request, error: StoreError) -> JSONBytes:
        log.error("the graph store failed on %s: %s", request.url.path, error)
        return problem(503, f"the graph store failed: {error}")

    @app.get("/health", response_model=Health, summary="Whether the API is up, and on which store")
    async def health(request: Request) -> JSONBytes:
        return JSONBytes(orjson.dumps({"status": "ok", "store": service_of(request).kg.store.name,
                                       "version": VERSION}))

    for module in (routes_read, routes_rdf, routes_sparql, routes_cypher, routes_write):
        app.include_router(module.router)
    add_docs(app)
    service.answers.parameters = frozenset(
        parameter["name"] for operations in app.openapi()["paths"].values() for operation in operations.values()
        for parameter in operation.get("parameters", []) if parameter["in"] == "query")
    return app


__all__ = ["BodyLimit", "JSON", "create_app", "problem"]
