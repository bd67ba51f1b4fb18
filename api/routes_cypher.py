"""Ad-hoc read-only Cypher, with a time limit and a row limit.

On the embedded store a statement runs in one of the server's query workers (api/sandbox.py), in
a read-only transaction, and only if its plan reads and nothing else (graph/ladybug_plan.py). On
Neo4j it runs in a read session with the server's own transaction timeout.
"""

from __future__ import annotations

import json

import orjson
from fastapi import APIRouter, HTTPException, Request, Response
from starlette.concurrency import run_in_threadpool

from graph.store import QueryRefused, QueryTimeout, StoreError

from .common import JSONBytes, problem_responses, run_sandboxed, service_of
from .models import CypherQuery, CypherResult

router = APIRouter()


@router.post("/cypher", response_model=CypherResult, summary="Read-only Cypher",
             responses=problem_responses(400, 403, 408, 413, 422, 429, 503))
async def cypher(request: Request, body: CypherQuery) -> Response:
    """Run one Cypher statement against the property graph, read-only: a write, or anything else
    the store's read-only access refuses, gets 403. It stops after `timeout` seconds (408) and
    returns at most `limit` rows (`truncated` says whether there were more); both are capped by
    the server's settings. Rows are objects keyed by the RETURN columns."""
    service = service_of(request)
    settings = service.settings
    timeout = min(body.timeout or settings.query_timeout_s, settings.query_timeout_s)
    limit = min(body.limit or settings.row_limit, settings.row_limit)
    if service.sandbox.ladybug is not None:
        answer = await run_sandboxed(service, {"op": "cypher", "query": body.query, "parameters": body.parameters,
                                               "timeout": timeout, "limit": limit}, timeout)
        return JSONBytes(answer.body)
    store = service.kg.store
    try:
        result = await run_in_threadpool(store.run_read_only, body.query, body.parameters, timeout, limit)
    except QueryRefused as error:
        raise HTTPException(403, str(error)) from None
    except QueryTimeout as error:
        raise HTTPException(408, f"{error} ({timeout:g} s)") from None
    except StoreError as error:
        raise HTTPException(400, f"the Cypher query failed: {error}") from None
    data = {"columns": result.columns, "rows": result.rows, "truncated": result.truncated}
    try:
        return JSONBytes(orjson.dumps(data, default=str, option=orjson.OPT_NON_STR_KEYS))
    except orjson.JSONEncodeError:  # e.g. an integer wider than 64 bits
        return JSONBytes(json.dumps(data, default=str).encode())


__all__ = ["router"]
