"""The catalogue of named, parameterised Cypher queries, shared by every store and every interface.

Written in the Cypher that LadybugDB and Neo4j both accept: no multi-labels, no `type(r)`,
no APOC, no `CALL {}`. Two LadybugDB rules shape every query here:
- parameters are bound once in a leading WITH (LadybugDB cannot see a `$param` inside a list
  predicate such as `any(x IN ... WHERE ...)`);
- an absent filter is the empty string, never NULL (LadybugDB types a parameter from its first use).
Every row that states a fact carries its evidence: document, sentence and character offsets.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class QueryError(ValueError):
    """An unknown query or a bad parameter."""


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    cypher: str
    parameters: dict[str, Any] = field(default_factory=dict)  # name -> default (its type is the parameter's type)

    def bind(self, **given: Any) -> dict[str, Any]:
        """Defaults filled in, unknown names refused, values coerced to the parameter's type."""
        unknown = set(given) - set(self.parameters)
        if unknown:
            raise QueryError(f"query '{self.name}' has no parameter {', '.join(sorted(unknown))} "
                             f"(it takes {', '.join(sorted(self.parameters)) or 'none'})")
        bound = {}
        for key, default in self.parameters.items():
            value = given.get(key)
            if value is None:
                bound[key] = default
            elif isinstance(default, int):
                try:
                    bound[key] = int(value)
                except (TypeError, ValueError):
                    raise QueryError(f"parameter '{key}' of query '{self.name}' must be a whole number") from None
                if bound[key] < 0:
                    raise QueryError(f"parameter '{key}' of query '{self.name}' must not be negative")
            else:
                bound[key] = str(value).strip()
        return bound


_EVIDENCE = """r.doc AS document, d.name AS document_title, r.sentence AS evidence, r.sentence_start AS sentence_start,
       r.sentence_end AS sentence_end, r.trigger AS trigger, r.confidence AS confidence"""

_PAGING = {"skip": 0, "limit": 100}

PROPOSALS = NamedQuery(
    "proposals",
    "Who proposed what: proposer, the state on whose behalf, the proposal, when and at which summit, "
    "who supported it, with the evidence sentence. Filters: proposer name or alias (by), state, "
    "organisation the proposer's state belongs to, supporter, text in the proposal or its sentence, "
    "summit, date range (ISO dates, inclusive).",
    """
WITH lower($by) AS by_q, lower($state) AS state_q, lower($organisation) AS org_q, lower($supporter) AS sup_q,
     lower($text) AS text_q, lower($summit) AS summit_q, $date_from AS date_from, $date_to AS date_to
MATCH (a)-[r:PROPOSED]->(i:Initiative)
WHERE (by_q = '' OR lower(a.name) CONTAINS by_q OR any(x IN a.aliases WHERE lower(x) CONTAINS by_q))
  AND (state_q = '' OR lower(coalesce(r.state, '')) = state_q)
  AND (text_q = '' OR lower(i.name) CONTAINS text_q OR lower(r.sentence) CONTAINS text_q)
  AND (summit_q = '' OR lower(coalesce(r.summit, '')) CONTAINS summit_q)
  AND (date_from = '' OR coalesce(r.date, '') >= date_from)
  AND (date_to = '' OR (r.date IS NOT NULL AND r.date <= date_to + '~'))
  AND (org_q = '' OR EXISTS {
        MATCH (ps:State)-[:MEMBER_OF]->(o:Organisation)
        WHERE ps.uri = r.state_uri AND (lower(o.name) = org_q OR any(x IN o.aliases WHERE lower(x) = org_q)) })
MATCH (d:Document)
WHERE d.doc = r.doc
OPTIONAL MATCH (s)-[:SUPPORTED]->(i)
WITH a, r, i, d, sup_q, collect(DISTINCT s.name) AS supporters
WHERE sup_q = '' OR any(x IN supporters WHERE lower(x) CONTAINS sup_q)
RETURN a.name AS proposer, a.kind AS proposer_kind, a.uri AS proposer_uri, r.state AS state, i.name AS proposal,
       i.uri AS proposal_uri, r.date AS date, r.summit AS summit, supporters, r.resolution AS resolution,
       """ + _EVIDENCE + """
ORDER BY date, proposer, proposal, document, sentence_start
SKIP $skip LIMIT $limit""",
    {"by": "", "state": "", "organisation": "", "supporter": "", "text": "", "summit": "", "date_from": "",
     "date_to": "", **_PAGING},
)

SUPPORTS = NamedQuery(
    "supports",
    "Who supported which proposal, with the evidence sentence. Filters: supporter, text of the proposal.",
    """
WITH lower($supporter) AS sup_q, lower($text) AS text_q
MATCH (a)-[r:SUPPORTED]->(i:Initiative)
WHERE (sup_q = '' OR lower(a.name) CONTAINS sup_q OR any(x IN a.aliases WHERE lower(x) CONTAINS sup_q))
  AND (text_q = '' OR lower(i.name) CONTAINS text_q)
MATCH (d:Document)
WHERE d.doc = r.doc
RETURN a.name AS supporter, a.kind AS supporter_kind, a.uri AS supporter_uri, i.name AS proposal,
       i.uri AS proposal_uri, """ + _EVIDENCE + """
ORDER BY supporter, proposal, document, sentence_start
SKIP $skip LIMIT $limit""",
    {"supporter": "", "text": "", **_PAGING},
)

MEMBERSHIPS = NamedQuery(
    "memberships",
    "Which actor is a member of which organisation, from the reference data and from documents "
    "(document rows carry their evidence). Filters: member, organisation (name or alias).",
    """
WITH lower($member) AS member_q, lower($organisation) AS org_q
MATCH (a)-[r:MEMBER_OF]->(o:Organisation)
WHERE (member_q = '' OR lower(a.name) CONTAINS member_q OR any(x IN a.aliases WHERE lower(x) = member_q))
  AND (org_q = '' OR lower(o.name) CONTAINS org_q OR any(x IN o.aliases WHERE lower(x) = org_q))
OPTIONAL MATCH (d:Document)
WHERE d.doc = r.doc
RETURN a.name AS member, a.uri AS member_uri, o.name AS organisation, o.uri AS organisation_uri,
       """ + _EVIDENCE + """
ORDER BY organisation, member, document, sentence_start
SKIP $skip LIMIT $limit""",
    {"member": "", "organisation": "", **_PAGING},
)

OFFICES = NamedQuery(
    "offices",
    "Who holds (or held) which office where, with the term from the reference data or the sentence "
    "that states it. Filters: person, state or organisation, role.",
    """
WITH lower($person) AS person_q, lower($of) AS of_q, lower($role) AS role_q
MATCH (p:Person)-[r:HOLDS_OFFICE]->(o)
WHERE (person_q = '' OR lower(p.name) CONTAINS person_q OR any(x IN p.aliases WHERE lower(x) CONTAINS person_q))
  AND (of_q = '' OR lower(o.name) CONTAINS of_q)
  AND (role_q = '' OR lower(coalesce(r.role, '')) = role_q)
OPTIONAL MATCH (d:Document)
WHERE d.doc = r.doc
RETURN p.name AS person, p.uri AS person_uri, r.role AS role, o.name AS of, o.uri AS of_uri, r.date AS start,
       r.until AS until, """ + _EVIDENCE + """
ORDER BY of, start, person, document
SKIP $skip LIMIT $limit""",
    {"person": "", "of": "", "role": "", **_PAGING},
)

ACTORS = NamedQuery(
    "actors",
    "Entities by name or alias and kind (State, Person, Organisation, Summit, Initiative, Place), with "
    "the number of documents that mention them.",
    """
WITH lower($name) AS name_q, $kind AS kind_q
MATCH (n)
WHERE n.kind <> 'Document' AND (kind_q = '' OR n.kind = kind_q)
  AND (name_q = '' OR lower(n.name) CONTAINS name_q OR any(x IN n.aliases WHERE lower(x) CONTAINS name_q))
OPTIONAL MATCH (d:Document)-[:MENTIONS]->(n)
WITH n, count(DISTINCT d) AS documents
RETURN n.uri AS uri, n.kind AS kind, n.name AS name, n.aliases AS aliases, n.wikidata AS wikidata,
       n.origin AS origin, documents
ORDER BY documents DESC, name, uri
SKIP $skip LIMIT $limit""",
    {"name": "", "kind": "", **_PAGING},
)

SUMMITS = NamedQuery(
    "summits",
    "Summits with their ordinal, date and place, and who attended them (from documents).",
    """
WITH lower($name) AS name_q
MATCH (s:Summit)
WHERE name_q = '' OR lower(s.name) CONTAINS name_q OR any(x IN s.aliases WHERE lower(x) CONTAINS name_q)
OPTIONAL MATCH (s)-[:HELD_IN]->(p:Place)
OPTIONAL MATCH (a)-[:ATTENDED]->(s)
WITH s, p, collect(DISTINCT a.name) AS attendees
RETURN s.uri AS uri, s.name AS name, s.ordinal AS ordinal, s.date AS date, p.name AS place, attendees
ORDER BY date, name
SKIP $skip LIMIT $limit""",
    {"name": "", **_PAGING},
)

DOCUMENTS = NamedQuery(
    "documents",
    "The documents in the graph, with their date and how many entities each mentions.",
    """
WITH lower($text) AS text_q
MATCH (d:Document)
WHERE text_q = '' OR lower(d.name) CONTAINS text_q OR lower(d.source) CONTAINS text_q
OPTIONAL MATCH (d)-[:MENTIONS]->(e)
WITH d, count(DISTINCT e) AS entities
RETURN d.doc AS id, d.uri AS uri, d.name AS title, d.source AS source, d.date AS date, entities
ORDER BY id
SKIP $skip LIMIT $limit""",
    {"text": "", **_PAGING},
)

CATALOGUE: dict[str, NamedQuery] = {q.name: q for q in (PROPOSALS, SUPPORTS, MEMBERSHIPS, OFFICES, ACTORS, SUMMITS,
                                                         DOCUMENTS)}


def named_query(name: str) -> NamedQuery:
    try:
        return CATALOGUE[name]
    except KeyError:
        raise QueryError(f"no query named '{name}' (the catalogue has {', '.join(sorted(CATALOGUE))})") from None


__all__ = ["CATALOGUE", "NamedQuery", "QueryError", "named_query"]
