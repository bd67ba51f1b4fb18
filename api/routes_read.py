"""Reading the graph: proposals, actors, summits, initiatives, documents and neighbourhoods.

Every endpoint runs named queries from the catalogue (graph/catalogue.py), the same ones the
CLI runs, and every fact it returns carries its evidence.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query, Request, Response
from fastapi.responses import HTMLResponse
from pydantic import AfterValidator, TypeAdapter
from starlette.concurrency import run_in_threadpool

from graph.catalogue import filter_date
from ontology.iris import document_iri
from ontology.namespaces import ENTITY_TYPES, ID

from . import rows
from .common import (
    READ_ERRORS,
    JSONBytes,
    Limit,
    Skip,
    Text,
    dump,
    find_entity,
    not_found,
    page,
    problem_responses,
    service_of,
)
from .models import (
    Actor,
    ActorDetail,
    DocumentDetail,
    DocumentSummary,
    EntityKind,
    InitiativeDetail,
    Neighbourhood,
    Page,
    Proposal,
    SummitDetail,
    SummitSummary,
)
from .negotiation import choose
from .service import DOCUMENT_ID, GraphService

router = APIRouter(responses=READ_ERRORS)

DATE = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"


def _date(value: str | None) -> str | None:
    """The catalogue's date check (a QueryError is a ValueError: 422 here, as in every caller)."""
    return None if value is None else filter_date(value, "the date")
DetailLimit = Annotated[int, Query(ge=1, le=1000, description="At most this many facts in each list.")]
NON_DOCUMENT = tuple(ENTITY_TYPES)  # every kind of entity but Document
ACTOR_KINDS = ("State", "Person", "Organisation", "Place")
PROPOSALS = TypeAdapter(Page[Proposal])
ACTORS = TypeAdapter(Page[Actor])
SUMMITS = TypeAdapter(Page[SummitSummary])
DOCUMENTS = TypeAdapter(Page[DocumentSummary])
ACTOR_DETAIL = TypeAdapter(ActorDetail)
SUMMIT_DETAIL = TypeAdapter(SummitDetail)
INITIATIVE_DETAIL = TypeAdapter(InitiativeDetail)
DOCUMENT_DETAIL = TypeAdapter(DocumentDetail)
NEIGHBOURHOOD = TypeAdapter(Neighbourhood)


# ---------------------------------------------------------------------------- lists

@router.get("/proposals", response_model=Page[Proposal], summary="Who proposed what, with the evidence")
async def proposals(request: Request, by: Text = None, state: Text = None, organisation: Text = None,
                    supporter: Text = None, text: Text = None, summit: Text = None,
                    date_from: Annotated[str | None, Query(alias="from", pattern=DATE,
                                                           description="From this ISO date (inclusive)."),
                                         AfterValidator(_date)] = None,
                    date_to: Annotated[str | None, Query(alias="to", pattern=DATE,
                                                         description="To this ISO date (inclusive)."),
                                       AfterValidator(_date)] = None,
                    skip: Skip = 0, limit: Limit = 100) -> Response:
    """Who proposed what: the proposer, the state on whose behalf, the proposal, when and at which
    summit, who supported it, and the evidence (document, sentence and character offsets).

    Filters: `by` (proposer name or any alias or transliteration), `state`, `organisation` (the
    proposer's state is a member), `supporter`, `text` (in the proposal or its sentence), `summit`,
    `from`/`to` (ISO dates, inclusive)."""
    service = service_of(request)
    filters = {"by": by, "state": state, "organisation": organisation, "supporter": supporter, "text": text,
               "summit": summit, "date_from": date_from, "date_to": date_to}

    def compute() -> bytes:
        found = service.query("proposals", **filters, skip=skip, limit=limit)
        public = {("from" if k == "date_from" else "to" if k == "date_to" else k): v for k, v in filters.items()}
        return dump(PROPOSALS, page([rows.proposal(r) for r in found], "/proposals", public, skip, limit))

    return JSONBytes(await run_in_threadpool(compute))


@router.get("/actors", response_model=Page[Actor], summary="Entities by name, alias and kind")
async def actors(request: Request, name: Text = None, kind: EntityKind | None = None, skip: Skip = 0,
                 limit: Limit = 100) -> Response:
    """States, people, organisations (and summits, initiatives, places) by name or alias, the most
    mentioned first."""
    service = service_of(request)

    def compute() -> bytes:
        found = service.query("actors", name=name, kind=kind, skip=skip, limit=limit)
        return dump(ACTORS, page([rows.entity(r) for r in found], "/actors", {"name": name, "kind": kind}, skip,
                                 limit))

    return JSONBytes(await run_in_threadpool(compute))


@router.get("/summits", response_model=Page[SummitSummary], summary="Summits, when and where, and who attended")
async def summits(request: Request, name: Text = None, skip: Skip = 0, limit: Limit = 100) -> Response:
    service = service_of(request)

    def compute() -> bytes:
        found = service.query("summits", name=name, skip=skip, limit=limit)
        return dump(SUMMITS, page(found, "/summits", {"name": name}, skip, limit))

    return JSONBytes(await run_in_threadpool(compute))


@router.get("/documents", response_model=Page[DocumentSummary], summary="The documents in the graph")
async def documents(request: Request, text: Text = None, skip: Skip = 0, limit: Limit = 100) -> Response:
    """The documents, by id, with their title, source file, date and how many entities each mentions.
    `text` filters by title or source file name."""
    service = service_of(request)

    def compute() -> bytes:
        found = service.query("documents", text=text, skip=skip, limit=limit)
        return dump(DOCUMENTS, page(found, "/documents", {"text": text}, skip, limit))

    return JSONBytes(await run_in_threadpool(compute))


# ---------------------------------------------------------------------------- one entity

def _facts(service: GraphService, uri: str, rel: str, limit: int) -> list[dict[str, Any]]:
    return [rows.fact(r) for r in service.query("entity_facts", uri=uri, rel=rel, limit=limit)]


def _entity_detail(service: GraphService, entity: dict[str, Any], limit: int) -> dict[str, Any]:
    return {**rows.entity(entity), "mentioned_in": service.query("entity_documents", uri=entity["uri"], limit=limit)}


ID_DOC = ("The entity's IRI (https://w3id.org/c5kg/id/person/kassym-jomart-tokayev), its path "
          "(person/kassym-jomart-tokayev) or, when unambiguous, its last segment.")


@router.get("/actors/{ref:anypath}", response_model=ActorDetail, summary="One actor, with its facts and evidence")
async def actor(request: Request, ref: str, limit: DetailLimit = 100) -> Response:
    """An actor (`ref` is its IRI, its path such as `person/kassym-jomart-tokayev`, or its last
    segment): its aliases, offices over time, memberships, proposals made and supported, summits
    attended or hosted, and the documents that mention it. Each fact carries its evidence."""
    service = service_of(request)

    def compute() -> bytes:
        entity = find_entity(service, ref, ACTOR_KINDS, "actor")
        uri = entity["uri"]
        return dump(ACTOR_DETAIL, {
            **_entity_detail(service, entity, limit),
            "offices": _facts(service, uri, "HOLDS_OFFICE", limit),
            "memberships": _facts(service, uri, "MEMBER_OF", limit),
            "proposed": _facts(service, uri, "PROPOSED", limit),
            "supported": _facts(service, uri, "SUPPORTED", limit),
            "attended": _facts(service, uri, "ATTENDED", limit),
            "hosted": _facts(service, uri, "HOSTED", limit),
        })

    return JSONBytes(await run_in_threadpool(compute))


@router.get("/summits/{ref:anypath}", response_model=SummitDetail,
            summary="One summit, who attended and what was proposed there")
async def summit(request: Request, ref: str, limit: DetailLimit = 100) -> Response:
    """A summit (`ref` as for actors, e.g. `summit/...`): its place, hosts, attendees and the
    proposals made there, each with its evidence."""
    service = service_of(request)

    def compute() -> bytes:
        entity = find_entity(service, ref, ("Summit",), "summit")
        uri = entity["uri"]
        made_there = service.query("proposals", summit=entity["name"], limit=limit)
        return dump(SUMMIT_DETAIL, {
            **_entity_detail(service, entity, limit),
            "places": _facts(service, uri, "HELD_IN", limit),
            "hosts": _facts(service, uri, "HOSTED", limit),
            "attendees": _facts(service, uri, "ATTENDED", limit),
            "proposals": [rows.proposal(r) for r in made_there],
        })

    return JSONBytes(await run_in_threadpool(compute))


@router.get("/initiatives/{ref:anypath}", response_model=InitiativeDetail,
            summary="One proposal, who proposed and who supported it")
async def initiative(request: Request, ref: str, limit: DetailLimit = 100) -> Response:
    """An initiative (`ref` as for actors, e.g. `initiative/...`): who proposed it and who
    supported it, each with the evidence."""
    service = service_of(request)

    def compute() -> bytes:
        entity = find_entity(service, ref, ("Initiative",), "initiative")
        uri = entity["uri"]
        return dump(INITIATIVE_DETAIL, {
            **_entity_detail(service, entity, limit),
            "proposers": _facts(service, uri, "PROPOSED", limit),
            "supporters": _facts(service, uri, "SUPPORTED", limit),
        })

    return JSONBytes(await run_in_threadpool(compute))


def document_id_of(ref: str) -> str:
    """A document id from the id itself, its path (document/ID) or its IRI."""
    prefix = f"{ID}document/"
    ref = ref.strip()
    if ref.startswith(prefix):
        return ref[len(prefix):]
    return ref.removeprefix("document/")


@router.get("/documents/{ref:anypath}", response_model=DocumentDetail, summary="One document, its text and its facts")
async def document(request: Request, ref: str, limit: Annotated[int, Query(ge=1, le=10_000)] = 1000) -> Response:
    """A document (its id, e.g. `2019-11-29_tashkent_second_meeting`, or its IRI): title, source
    file, date, its clean text, and every fact it states with the evidence. The evidence offsets
    count characters in `text`."""
    service = service_of(request)
    doc_id = document_id_of(ref)
    return JSONBytes(await run_in_threadpool(document_detail, service, doc_id, limit))


def document_detail(service: GraphService, doc_id: str, limit: int) -> bytes:
    found = service.query("entity", uri=str(document_iri(doc_id))) if DOCUMENT_ID.fullmatch(doc_id) else []
    if not found or found[0]["kind"] != "Document":
        raise not_found(f"no document '{doc_id}' in the graph")
    node = found[0]
    facts = service.query("document_facts", doc=doc_id, limit=limit)
    return dump(DOCUMENT_DETAIL, {
        "id": node["doc"], "uri": node["uri"], "title": node["name"], "source": node.get("source"),
        "date": node["date"], "description": node["description"],
        "text": service.document_text(doc_id), "facts": [rows.fact(r) for r in facts]})


# ---------------------------------------------------------------------------- neighbourhood

@router.get("/graph/neighbourhood/{ref:anypath}", response_model=Neighbourhood,
            responses={200: {"content": {"text/html": {"schema": {"type": "string"}}},
                             "description": "JSON, or the interactive page (`format=html` or Accept: text/html)."},
                        **problem_responses(406)},
            summary="An entity's neighbourhood, as JSON or as an interactive page")
async def neighbourhood(request: Request, ref: str,
                        depth: Annotated[int, Query(ge=1, le=2, description="Facts out from the entity.")] = 1,
                        limit: Annotated[int, Query(ge=1, le=5000, description="At most this many facts.")] = 500,
                        format: Annotated[Literal["json", "html"] | None, Query(
                            description="json or html; otherwise the Accept header decides.")] = None) -> Response:
    """The entity (`ref` as for actors) and every fact within `depth` facts of it: nodes, and edges
    with every statement's evidence. As an HTML page (graph/viz.py) with `format=html`."""
    service = service_of(request)
    chosen = format or {"application/json": "json", "text/html": "html", None: None}[
        choose(request.headers.get("accept"), ["application/json", "text/html"])]
    if chosen is None:
        raise HTTPException(406, "this endpoint offers application/json and text/html")

    def compute() -> bytes:
        from graph import viz  # the views module is only needed here

        uri = find_entity(service, ref, NON_DOCUMENT, "entity")["uri"]
        try:
            if chosen == "html":
                return viz.neighbourhood_html(service.kg, uri, depth, limit).encode()
            return dump(NEIGHBOURHOOD, viz.neighbourhood(service.kg, uri, depth, limit))
        except viz.NotInGraph as error:
            raise not_found(str(error)) from None

    body = await run_in_threadpool(compute)
    return HTMLResponse(body) if chosen == "html" else JSONBytes(body)


__all__ = ["document_detail", "router"]
