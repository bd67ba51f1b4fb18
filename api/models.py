"""The HTTP API's request and response models: what /docs and the OpenAPI schema describe.

Answers are validated against these models and serialised once (then reused from the cache),
so what a client receives is exactly what the schema says.
"""

from __future__ import annotations

from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from ontology.namespaces import ENTITY_TYPES

T = TypeVar("T")

EntityKind = Literal[ENTITY_TYPES]  # type: ignore[valid-type]


class Problem(BaseModel):
    """What went wrong, for people and programs."""

    status: int = Field(description="The HTTP status code.")
    title: str = Field(description="The status in words.")
    detail: str = Field(description="The problem, naming the parameter or the thing it concerns.")
    errors: list[dict[str, Any]] | None = Field(None, description="Each invalid parameter, when there are several.")


class Evidence(BaseModel):
    """Where a fact was stated: the document, the sentence and its character offsets into the
    document's clean text (`text[start:end] == sentence`). Facts from the reference data have
    document `reference` and no sentence."""

    document: str | None
    document_title: str | None = None
    sentence: str | None = None
    start: int | None = None
    end: int | None = None
    trigger: str | None = Field(None, description="The words that stated the fact, e.g. 'proposed'.")
    confidence: float | None = None


class Page(BaseModel, Generic[T]):
    """One page of rows; `next` is the address of the following page, when there may be one."""

    items: list[T]
    skip: int
    limit: int
    next: str | None = None


class Proposal(BaseModel):
    """Who proposed what, on whose behalf, when and where, who supported it, and the evidence."""

    proposer: str
    proposer_kind: str
    proposer_uri: str
    state: str | None = Field(None, description="The state on whose behalf the proposer spoke.")
    proposal: str
    proposal_uri: str
    date: str | None = None
    summit: str | None = None
    supporters: list[str]
    resolution: str | None = Field(None, description="How the proposer was recognised: named, alias, title, ...")
    date_straddles: bool = Field(False, description="The date is partial (a year, a month) and reaches past an "
                                                     "edge of the `from`/`to` range asked for.")
    evidence: Evidence


class Fact(BaseModel):
    """One statement between two entities (`rel` is its type, e.g. PROPOSED), with its evidence."""

    rel: str
    source: str
    source_kind: str | None = None
    source_name: str | None = None
    target: str
    target_kind: str | None = None
    target_name: str | None = None
    uri: str | None = Field(None, description="The statement's IRI in the RDF record.")
    date: str | None = None
    state: str | None = None
    summit: str | None = None
    role: str | None = None
    until: str | None = None
    evidence: Evidence


class Actor(BaseModel):
    """An entity, and how many documents mention it."""

    uri: str
    kind: str
    name: str
    aliases: list[str]
    wikidata: str | None = None
    origin: str | None = Field(None, description="'reference' (the shipped reference data) or 'document'.")
    documents: int


class DocumentRef(BaseModel):
    id: str
    uri: str
    title: str | None = None
    source: str | None = None
    date: str | None = None


class DocumentSummary(DocumentRef):
    entities: int = Field(description="How many entities the document mentions.")


class EntityDetail(BaseModel):
    uri: str
    kind: str
    name: str
    aliases: list[str]
    wikidata: str | None = None
    origin: str | None = None
    description: str | None = None
    date: str | None = None
    documents: int = Field(description="How many documents mention it.")
    mentioned_in: list[DocumentRef] = Field(description="The documents that mention it (the first page).")


class ActorDetail(EntityDetail):
    """An actor: aliases, offices over time, memberships, proposals made and supported, summits
    attended or hosted, and the documents that mention it; each list holds up to `limit` facts."""

    offices: list[Fact] = Field(description="Offices it holds or held, or (for a state or body) who held its offices.")
    memberships: list[Fact] = Field(description="What it is a member of, or (for a body) its members.")
    proposed: list[Fact]
    supported: list[Fact]
    attended: list[Fact]
    hosted: list[Fact]


class SummitSummary(BaseModel):
    uri: str
    name: str
    ordinal: int | None = None
    date: str | None = None
    place: str | None = None
    attendees: list[str]


class SummitDetail(EntityDetail):
    """A summit: where, who hosted and attended it, and the proposals made there."""

    ordinal: int | None = None
    places: list[Fact]
    hosts: list[Fact]
    attendees: list[Fact]
    proposals: list[Proposal]


class InitiativeDetail(EntityDetail):
    """A proposal: who proposed it and who supported it, each with the evidence."""

    proposers: list[Fact]
    supporters: list[Fact]


class DocumentDetail(BaseModel):
    """A document, its clean text (what the evidence offsets count into) and the facts it states."""

    id: str
    uri: str
    title: str | None = None
    source: str | None = None
    date: str | None = None
    description: str | None = None
    text: str | None = Field(None, description="The clean text; evidence offsets are character offsets into it.")
    facts: list[Fact]


class Removed(BaseModel):
    id: str
    removed: bool


class Health(BaseModel):
    status: Literal["ok"]
    store: str
    version: str


class CypherQuery(BaseModel):
    """One read-only Cypher statement. Writes are refused by the store's read-only access."""

    model_config = ConfigDict(extra="forbid")

    query: str = Field(min_length=1, max_length=100_000, examples=["MATCH (s:State) RETURN s.name AS name LIMIT 5"])
    parameters: dict[str, Any] = Field(default_factory=dict, description="Values for $parameters in the query.")
    limit: int | None = Field(None, ge=1, description="At most this many rows (capped by the server's row limit).")
    timeout: float | None = Field(None, gt=0, description="Seconds before the query is stopped (capped by the server).")


class CypherResult(BaseModel):
    columns: list[str]
    rows: list[dict[str, Any]]
    truncated: bool = Field(description="True when the query had more rows than the limit.")


class NeighbourhoodNode(BaseModel):
    uri: str
    kind: str | None = None
    name: str | None = None
    aliases: list[str] = []
    wikidata: str | None = None
    degree: int | None = None


class NeighbourhoodEvidence(BaseModel):
    document: str | None = None
    document_title: str | None = None
    sentence: str | None = None
    start: int | None = None
    end: int | None = None
    trigger: str | None = None
    confidence: float | None = None


class NeighbourhoodEdge(BaseModel):
    source: str
    rel: str
    target: str
    evidence: list[NeighbourhoodEvidence] = []


class Neighbourhood(BaseModel):
    """An entity and the facts within `depth` facts of it: nodes, and edges with every statement's evidence."""

    title: str | None = None
    summary: str | None = None
    notice: str | None = None
    focus: str | None = None
    nodes: list[NeighbourhoodNode] = []
    edges: list[NeighbourhoodEdge] = []


class Term(BaseModel):
    """An RDF term, as in SPARQL JSON results."""

    type: Literal["uri", "literal"]
    value: str
    datatype: str | None = None
    lang: str | None = Field(None, alias="xml:lang")

    model_config = ConfigDict(populate_by_name=True)


class Statement(BaseModel):
    predicate: str
    object: Term
    graph: str


class Description(BaseModel):
    """What the RDF record says about one IRI: every triple with it as subject, and the graph that
    states it."""

    iri: str
    statements: list[Statement]


__all__ = [
    "Actor", "ActorDetail", "CypherQuery", "CypherResult", "Description", "DocumentDetail", "DocumentRef",
    "DocumentSummary", "EntityDetail", "EntityKind", "Evidence", "Fact", "Health", "InitiativeDetail",
    "Neighbourhood", "Page", "Problem", "Proposal", "Removed", "Statement", "SummitDetail", "SummitSummary", "Term",
]
