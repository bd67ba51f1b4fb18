"""What the route modules share: the service, JSON answers as bytes, error responses, entity ids."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import HTTPException, Query, Request, Response
from pydantic import TypeAdapter
from starlette.concurrency import run_in_threadpool
from starlette.convertors import Convertor, register_url_convertor

from ontology.namespaces import ID

from .models import Problem
from .sandbox import WorkerAnswer, WorkersBusy
from .service import GraphService

JSON = "application/json"


class AnyPath(Convertor):
    """The rest of the path, whatever it holds (Starlette's `path` stops at a newline)."""

    regex = r"[\s\S]*"

    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        return value


register_url_convertor("anypath", AnyPath())
# Text a client may filter by: anything but control characters.
TEXT_PATTERN = r"^[^\x00-\x1f\x7f]*$"
MAX_PAGE = 1000

Text = Annotated[str | None, Query(max_length=200, pattern=TEXT_PATTERN)]
# Deep pages cost the store skip + limit rows: paging stops at 10,000; filters narrow further.
MAX_SKIP = 10_000
Skip = Annotated[int, Query(ge=0, le=MAX_SKIP, description="Rows to skip (paging), at most 10,000.")]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description="Rows per page.")]


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    return {status: {"model": Problem, "description": DESCRIPTIONS.get(status, "A problem.")} for status in statuses}


DESCRIPTIONS = {
    400: "A bad parameter or query; the detail says which and why.",
    401: "No bearer token, or not the right one.",
    403: "Refused: writes are disabled on this server, or the query tried to write.",
    404: "No such entity, document or path.",
    406: "None of the media types the Accept header asks for is offered here.",
    408: "The query ran past its time limit.",
    413: "The request body is larger than the server accepts.",
    415: "The request body's media type is not one this endpoint reads.",
    422: "A parameter or the body does not have the expected form; the detail names it.",
    429: "Too many queries are running; retry shortly.",
}
READ_ERRORS = problem_responses(400, 404, 422)


def body_schema(media_type: str) -> dict[str, Any]:
    """The OpenAPI schema of a body that is not one of the API's models: JSON of any shape, or text."""
    return {} if media_type.endswith("json") else {"type": "string"}


def service_of(request: Request) -> GraphService:
    return request.app.state.service


class JSONBytes(Response):
    """A JSON answer that was serialised (and validated against its model) beforehand."""

    media_type = JSON


def dump(adapter: TypeAdapter, data: Any, exclude_none: bool = False) -> bytes:
    """Validate against the response model and serialise: the body is exactly what the schema says."""
    return adapter.dump_json(adapter.validate_python(data), by_alias=True, exclude_none=exclude_none)


def page(items: list[dict[str, Any]], path: str, parameters: dict[str, Any], skip: int, limit: int) -> dict[str, Any]:
    following = None
    if len(items) == limit:
        given = {k: v for k, v in parameters.items() if v not in (None, "")}
        following = f"{path}?{urlencode({**given, 'skip': skip + limit, 'limit': limit})}"
    return {"items": items, "skip": skip, "limit": limit, "next": following}


def not_found(detail: str) -> HTTPException:
    return HTTPException(404, detail)


def candidate_iris(ref: str, kinds: tuple[str, ...]) -> list[str]:
    """The IRIs an id in a path may mean: a full IRI, its path under the c5kg namespace
    ('person/kassym-jomart-tokayev'), or a bare slug, tried for each kind."""
    ref = ref.strip()
    if ref.startswith(("http://", "https://")):
        return [ref]
    if "/" in ref:
        return [str(ID) + ref.lstrip("/")]
    return [f"{ID}{kind.lower()}/{ref}" for kind in kinds]


def find_entity(service: GraphService, ref: str, kinds: tuple[str, ...], what: str) -> dict[str, Any]:
    """The entity row (catalogue query `entity`) an id names, of one of the kinds, or a 404."""
    for iri in candidate_iris(ref, kinds):
        rows = service.query("entity", uri=iri)
        if rows and rows[0]["kind"] in kinds:
            return rows[0]
    raise not_found(f"no {what} '{ref}' in the graph")


async def run_sandboxed(service: GraphService, request: dict, timeout: float) -> WorkerAnswer:
    """Run an ad-hoc query in a query worker; HTTP errors for what the worker refused."""
    try:
        answer = await run_in_threadpool(service.sandbox.run, request, timeout)
    except WorkersBusy:
        raise HTTPException(429, "too many ad-hoc queries are running; retry in a moment",
                            headers={"Retry-After": "1"}) from None
    if answer.status != 200:
        raise HTTPException(answer.status, answer.detail)
    return answer


__all__ = ["JSON", "JSONBytes", "body_schema", "Limit", "MAX_PAGE", "READ_ERRORS", "Skip", "TEXT_PATTERN", "Text",
           "candidate_iris", "dump", "find_entity", "not_found", "page", "problem_responses", "run_sandboxed",
           "service_of"]
