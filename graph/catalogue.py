"""The catalogue of named, parameterised Cypher queries, shared by every store and every interface.

Written in the Cypher that LadybugDB and Neo4j both accept: no multi-labels, no `type(r)`,
no APOC, no `CALL {}`. LadybugDB's rules shape every query here:
- LadybugDB cannot see a `$param` inside a list predicate such as `any(x IN ... WHERE ...)`, so
  such a parameter is bound in a leading WITH; but it tests a condition that reads a WITH variable
  after the joins, row by row, so a parameter anywhere else is written in place;
- an absent filter is the empty string, never NULL (LadybugDB types a parameter from its first use);
- a `WITH ... ORDER BY ... LIMIT` straight before an aggregation loses its ORDER BY in LadybugDB, so
  such a ranking passes through `UNWIND [x] AS y` before it is collected.
A query whose filters are names starts from the entities they name: its lookups find their IRIs
first (`Lookup`), and the query compares IRIs.
The same queries run on Neo4j (graph/neo4j_store.py), whose database also holds the RDF as n10s
`Resource` nodes that carry `uri` but no `kind`, and relationships without `rel`: an unlabelled
node pattern looked up by `uri` also says `kind IS NOT NULL`. Every ORDER BY is total (it ends
with IRIs when names can tie) and a collected list is sorted (ORDER BY ... LIMIT, then
`UNWIND [x]`, as above, or by `sorted_lists` when a plan can lose that order), so every store
gives the same rows in the same order.
A relationship's type is read from its `rel` property (schema.REL_COLUMNS), a node's label from `kind`.
Every row that states a fact carries its evidence: document, sentence and character offsets.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .projection import REFERENCE_DOC
from .schema import schema


class QueryError(ValueError):
    """An unknown query or a bad parameter."""


DATE_PARAMETERS = {"date_from", "date_to"}
_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def filter_date(text: str, what: str = "the date") -> str:
    """A date to filter by, as every caller gives it (CLI, API, library): an ISO year, month or day
    that exists (2023, 2023-09, 2023-09-14). Raises QueryError naming `what` otherwise."""
    match = _ISO_DATE.fullmatch(text.strip())
    try:
        if match is None:
            raise ValueError
        year, month, day = match.groups()
        datetime.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise QueryError(f"{what} must be an ISO date (2023, 2023-09 or 2023-09-14), not {text!r}") from None
    return text.strip()


@dataclass(frozen=True)
class DateWindow:
    """The days a page's rows fall on, in a query whose order starts with the date (undated facts
    last): the page is sorted from those days' facts alone, and skips only the rows before it on
    its first day. LadybugDB sorts the whole of an ORDER BY ... LIMIT, and counting facts by day
    costs a fraction of sorting them."""

    first_day: str
    last_day: str
    dated: bool  # the page has dated facts, from first_day to last_day
    undated: bool  # the page reaches the undated facts
    skip: int

    @classmethod
    def of(cls, days: list[dict[str, Any]], skip: int, limit: int) -> DateWindow | None:
        """From the facts per day (`day`, `facts`); None when the page starts past the last fact."""
        ordered = sorted((d for d in days if d["day"] is not None), key=lambda d: d["day"])
        ordered += [d for d in days if d["day"] is None]
        seen, before, reached = 0, 0, []
        for day in ordered:
            if seen + day["facts"] > skip:  # this day holds a row of the page
                if not reached:
                    before = seen
                reached.append(day["day"])
                if seen + day["facts"] >= skip + limit:
                    break
            seen += day["facts"]
        if not reached:
            return None
        dated = [d for d in reached if d is not None]
        return cls(dated[0] if dated else "", dated[-1] if dated else "", bool(dated), None in reached, skip - before)

    def parameters(self) -> dict[str, Any]:
        return {"first_day": self.first_day, "last_day": self.last_day, "dated": self.dated,
                "undated": self.undated, "skip": self.skip}


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    cypher: str
    parameters: dict[str, Any] = field(default_factory=dict)  # name -> default (its type is the parameter's type)
    # The Cypher for the filters given (the names of the non-empty ones), when leaving the others
    # out is worth it; `cypher` is then the form with every filter.
    compose: Callable[[frozenset[str]], str] | None = field(default=None, repr=False, compare=False)
    # Lists of IRIs the Cypher takes ($proposers), each found by its lookup from a filter's words.
    lookups: dict[str, Lookup] = field(default_factory=dict, repr=False, compare=False)
    # The Cypher that counts, for the filters given, the facts on each date (None: not worth it for
    # these filters): the order starts with the date, so a page is sorted from the facts of the days
    # it falls on alone (DateWindow).
    days: Callable[[frozenset[str]], str | None] | None = field(default=None, repr=False, compare=False)
    # Columns of lists that answers give sorted: a store keeps the order of a collect only as far as
    # its plan does (LadybugDB's can change it), so the rows are sorted after the store answers.
    sorted_lists: tuple[str, ...] = ()

    def answer(self, run: Callable[[str, dict[str, Any]], list[dict[str, Any]]], window: bool = True,
               **given: Any) -> list[dict[str, Any]]:
        """The rows for these parameters, with `run` (a store's: Cypher and parameters to rows): the
        lookups first, then (where the query has `days`, unless not `window`) the page's date window,
        then the query for the filters given."""
        bound = self.bind(**given)
        for into, lookup in self.lookups.items():
            words = bound[lookup.parameter]
            bound[into] = sorted({row["uri"] for row in run(lookup.cypher, {"name": words})}) if words else []
            if words and not bound[into]:
                return []  # the words name nothing: no fact can match
        filters = self._given(bound)
        counting = self.days(filters) if self.days is not None and window else None
        if counting is not None:
            unpaged = {k: v for k, v in bound.items() if k not in _PAGING}  # (a store pages by skip and limit)
            found = DateWindow.of(run(counting, unpaged), bound["skip"], bound["limit"])
            if found is None:
                return []  # the page starts past the last fact
            bound |= found.parameters()
            filters |= {WINDOWED}
        rows = run(self.compose(filters) if self.compose else self.cypher, bound)
        for row in rows:
            for column in self.sorted_lists:
                row[column] = sorted(row[column])
        return rows

    def _given(self, bound: dict[str, Any]) -> frozenset[str]:
        return frozenset(k for k, v in self.parameters.items() if bound[k] != v and k not in _PAGING)

    def cypher_for(self, bound: dict[str, Any]) -> str:
        """The Cypher that answers these bound parameters (without a date window)."""
        return self.compose(self._given(bound)) if self.compose else self.cypher

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
                if key in DATE_PARAMETERS and bound[key]:
                    bound[key] = filter_date(bound[key], f"parameter '{key}' of query '{self.name}'")
        return bound


def _first_day(date: str) -> str:
    """Cypher: the first day an ISO year, month or day covers (as text, which sorts as dates do)."""
    return f"CASE size({date}) WHEN 4 THEN {date} + '-01-01' WHEN 7 THEN {date} + '-01' ELSE {date} END"


def _last_day(date: str) -> str:
    """Cypher: the last day an ISO year, month or day covers ('-31' sorts after every month's last day)."""
    return f"CASE size({date}) WHEN 4 THEN {date} + '-12-31' WHEN 7 THEN {date} + '-31' ELSE {date} END"


def _named(node: str, wanted: str) -> str:
    """Cypher: `node` is named `wanted` (lower-cased) by its name or one of its aliases, whole and
    case-insensitive. The one rule by which a filter's name means an entity, in every query here."""
    return f"(lower({node}.name) = {wanted} OR any(x IN {node}.aliases WHERE lower(x) = {wanted}))"


_EVIDENCE = """r.doc AS document, d.name AS document_title, r.sentence AS evidence, r.sentence_start AS sentence_start,
       r.sentence_end AS sentence_end, r.trigger AS trigger, r.confidence AS confidence"""

_PAGING = {"skip": 0, "limit": 100}

def _lookup_any_of(labels: tuple[str, ...], condition: str) -> str:
    """Cypher: the IRIs of the nodes of these labels that meet `condition` (on `n`, with `q` the
    lower-cased `$name`), one labelled match each, so that every store can use its label's scan."""
    return "\nUNION\n".join(f"WITH lower($name) AS q\nMATCH (n:{label})\nWHERE {condition}\nRETURN n.uri AS uri"
                             for label in labels)


_NAME_CONTAINS = "(lower(n.name) CONTAINS q OR any(x IN n.aliases WHERE lower(x) CONTAINS q))"


@dataclass(frozen=True)
class Lookup:
    """The IRIs a filter's words mean, found before the query that filters by them, which then
    starts from those keys: a name is tested once per entity, not once per fact."""

    parameter: str  # the filter's parameter, bound to the lookup's $name
    cypher: str  # returns `uri`


# The date window a page's rows fall on (see `DateWindow`), as a condition on the fact.
_IN_WINDOW = "(($dated AND r.date >= $first_day AND r.date <= $last_day) OR ($undated AND r.date IS NULL))"
WINDOWED = "window"  # in a composed query's `given`: it takes the page's date window


def _proposal_facts(given: frozenset[str], guarded: bool) -> str:
    """The WHERE clause on the proposals' facts for the `given` filters (`guarded`: every filter,
    each condition holding when its filter is empty)."""
    conditions = {
        "by": "a.uri IN $proposers",
        "state": "r.state_uri IN $states",
        "organisation": "r.state_uri IN $organisation_states",
        "supporter": "i.uri IN $supported",
        "text": "(lower(i.name) CONTAINS lower($text) OR lower(r.sentence) CONTAINS lower($text))",
        "summit": "r.summit_uri IN $summits",
        "date_from": "(r.date IS NOT NULL AND r.date + '~' >= $date_from)",
        "date_to": "(r.date IS NOT NULL AND r.date <= $date_to + '~')",
    }
    facts = [f"(${name} = '' OR {condition})" if guarded else condition
             for name, condition in conditions.items() if guarded or name in given]
    if WINDOWED in given:
        facts.append(_IN_WINDOW)
    return "\nWHERE " + "\n  AND ".join(facts) if facts else ""


_PROPOSERS = tuple(sorted({a for a, _ in schema().rel_type("PROPOSED").pairs}))
# The proposer labelled with every label it can have: Neo4j then reads only those nodes (not the
# RDF's resources beside them) and finds a proposer by its IRI through the labels' indexes
# (a page by one proposer 79 ms → 16 ms at 100,000 facts); LadybugDB reads the same tables.
_PROPOSED = f"(a:{'|'.join(_PROPOSERS)})-[r:PROPOSED]->(i:Initiative)"


def _proposal_days(given: frozenset[str]) -> str | None:
    """How many of the facts the `given` filters keep fall on each date (NULL: undated); None with a
    filter other than dates. Counting costs one more pass over the facts the filters keep: it pays
    when sorting them is the larger cost, with no filter or dates alone (at 1,000,000 facts, an
    unfiltered page 167 ms instead of 298, the 600th page 363 ms instead of 4,958), and not when a
    name or a text keeps a few facts after a costly scan (a state's page 175 ms instead of 150)."""
    if given - {"date_from", "date_to"}:
        return None
    return (f"MATCH {_PROPOSED}{_proposal_facts(given, False)}\n"
            "RETURN r.date AS day, count(*) AS facts")


def _proposals_cypher(given: frozenset[str] = frozenset(), guarded: bool = False) -> str:
    """The proposals query with the conditions of the `given` filters only (a filter left out costs
    nothing); `guarded`, with every filter, each condition holding when its filter is empty.

    Names are matched by their lookups (PROPOSALS.lookups) before this query runs, so its conditions
    compare IRIs: parameters are written in place, never bound in a leading WITH, so that LadybugDB
    tests them as it scans rather than after the joins. With the page's date window (WINDOWED), it
    sorts only the facts of the days the page falls on. The page is chosen before documents and
    supporters are joined: they are joined to its rows alone."""
    where = _proposal_facts(given, guarded)
    return f"""MATCH {_PROPOSED}{where}
WITH a, r, i
ORDER BY r.date, a.name, i.name, r.doc, r.sentence_start, a.uri, i.uri
SKIP $skip LIMIT $limit
MATCH (d:Document)
WHERE d.doc = r.doc
OPTIONAL MATCH (s)-[:SUPPORTED]->(i)
WITH a, r, i, d, $date_from AS date_from, $date_to AS date_to, collect(DISTINCT s.name) AS supporters
RETURN a.name AS proposer, a.kind AS proposer_kind, a.uri AS proposer_uri, r.state AS state, i.name AS proposal,
       i.uri AS proposal_uri, r.date AS date, r.summit AS summit, supporters, r.resolution AS resolution,
       coalesce((date_from <> '' AND """ + _first_day("r.date") + " < " + _first_day("date_from") + """)
                OR (date_to <> '' AND """ + _last_day("r.date") + " > " + _last_day("date_to") + """),
                false) AS date_straddles,
       """ + _EVIDENCE + """
ORDER BY date, proposer, proposal, document, sentence_start, proposer_uri, proposal_uri"""


_SUPPORTERS = tuple(sorted({a for a, _ in schema().rel_type("SUPPORTED").pairs}))

PROPOSALS = NamedQuery(
    "proposals",
    "Who proposed what: proposer, the state on whose behalf, the proposal, when and at which summit, "
    "who supported it, with the evidence sentence. Filters: proposer name or alias (by), state, "
    "organisation the proposer's state belongs to, supporter, text in the proposal or its sentence, "
    "summit (state and summit by name or any alias), date range (ISO dates, inclusive: a partial date "
    "belongs in the range when it overlaps it, and `date_straddles` says when it reaches past an edge).",
    _proposals_cypher(guarded=True),
    {"by": "", "state": "", "organisation": "", "supporter": "", "text": "", "summit": "", "date_from": "",
     "date_to": "", **_PAGING},
    compose=_proposals_cypher, days=_proposal_days, sorted_lists=("supporters",),
    lookups={
        "proposers": Lookup("by", _lookup_any_of(_PROPOSERS, _NAME_CONTAINS)),
        "states": Lookup("state", _lookup_any_of(("State",), _named("n", "q"))),
        "organisation_states": Lookup("organisation", """WITH lower($name) AS q
MATCH (n:State)-[:MEMBER_OF]->(o:Organisation)
WHERE """ + _named("o", "q") + """
RETURN DISTINCT n.uri AS uri"""),
        "supported": Lookup("supporter", "\nUNION\n".join(f"""WITH lower($name) AS q
MATCH (n:{label})
WHERE lower(n.name) CONTAINS q
MATCH (n)-[:SUPPORTED]->(i:Initiative)
RETURN i.uri AS uri""" for label in _SUPPORTERS)),
        # a summit by words of its name (the first, Astana) or by any alias, whole
        "summits": Lookup("summit", _lookup_any_of(("Summit",), "(lower(n.name) CONTAINS q OR "
                                                              "any(x IN n.aliases WHERE lower(x) = q))")),
    },
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
ORDER BY supporter, proposal, document, sentence_start, supporter_uri, proposal_uri
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
ORDER BY organisation, member, document, sentence_start, member_uri, organisation_uri
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
ORDER BY of, start, person, document, sentence_start, role, person_uri, of_uri
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

NAMED = NamedQuery(
    "named",
    "Entities a name or alias names whole (case-insensitive), of a kind if given: the rule every filter "
    "by state, summit or organisation uses, for callers that show what a filter's name means.",
    """
WITH lower($name) AS name_q, $kind AS kind_q
MATCH (n)
WHERE n.kind <> 'Document' AND (kind_q = '' OR n.kind = kind_q) AND """ + _named("n", "name_q") + """
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
WITH s, p, a.name AS attendee
ORDER BY attendee
LIMIT 1000000000
UNWIND [attendee] AS kept
WITH s, p, collect(DISTINCT kept) AS attendees
RETURN s.uri AS uri, s.name AS name, s.ordinal AS ordinal, s.date AS date, p.name AS place, attendees
ORDER BY date, name, uri
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

# Network views (graph/viz.py): facts as edges, each with both ends and its evidence. MENTIONS links a
# document to what it names; it is provenance, not a fact, so the views leave it out.
_FACT = """a.uri AS source, a.kind AS source_kind, a.name AS source_name, a.aliases AS source_aliases,
       a.wikidata AS source_wikidata, r.rel AS rel, b.uri AS target, b.kind AS target_kind, b.name AS target_name,
       b.aliases AS target_aliases, b.wikidata AS target_wikidata, r.uri AS uri, r.date AS date, r.state AS state,
       r.summit AS summit, r.role AS role, r.until AS until, """ + _EVIDENCE

ENTITY = NamedQuery(
    "entity",
    "One node by its IRI: kind, name, aliases, Wikidata link, origin, and how many documents mention it.",
    """
WITH $uri AS uri_q
MATCH (n)
WHERE n.uri = uri_q AND n.kind IS NOT NULL
OPTIONAL MATCH (d:Document)-[:MENTIONS]->(n)
WITH n, count(DISTINCT d) AS documents
RETURN n.uri AS uri, n.kind AS kind, n.name AS name, n.aliases AS aliases, n.wikidata AS wikidata,
       n.origin AS origin, n.date AS date, n.description AS description, n.doc AS doc, n.source AS source,
       n.ordinal AS ordinal, documents
ORDER BY uri""",
    {"uri": ""},
)

NEIGHBOURHOOD = NamedQuery(
    "neighbourhood",
    "The facts around one entity (its IRI): every fact among it and the entities within `depth` (1 or 2) "
    "facts of it, with both ends and the evidence; `hop` is 1 for the entity's own facts, 2 for facts "
    "one step out, 3 for two steps out.",
    """
WITH $uri AS centre, $depth AS depth
MATCH (c)
WHERE c.uri = centre AND c.kind IS NOT NULL
OPTIONAL MATCH (c)-[r1]-(m1)
WHERE r1.rel <> 'MENTIONS'
WITH centre, depth, collect(DISTINCT m1.uri) AS first
OPTIONAL MATCH (x)-[r2]-(m2)
WHERE depth >= 2 AND x.uri IN first AND r2.rel <> 'MENTIONS'
WITH centre, first, collect(DISTINCT m2.uri) AS second
WITH centre, first, [centre] + first + second AS keep
MATCH (a)-[r]->(b)
WHERE a.uri IN keep AND b.uri IN keep AND r.rel <> 'MENTIONS'
OPTIONAL MATCH (d:Document)
WHERE d.doc = r.doc
RETURN CASE WHEN a.uri = centre OR b.uri = centre THEN 1 WHEN a.uri IN first OR b.uri IN first THEN 2 ELSE 3 END
       AS hop, """ + _FACT + """
ORDER BY hop, rel, source, target, uri
SKIP $skip LIMIT $limit""",
    {"uri": "", "depth": 1, **_PAGING},
)

DOCUMENT_FACTS = NamedQuery(
    "document_facts",
    "Every fact one document states (by document id), with both ends and the evidence, in the order of "
    "the text.",
    """
WITH $doc AS doc_q
MATCH (a)-[r]->(b)
WHERE r.doc = doc_q AND r.rel <> 'MENTIONS'
MATCH (d:Document)
WHERE d.doc = r.doc
RETURN """ + _FACT + """
ORDER BY sentence_start, rel, source, target, uri
SKIP $skip LIMIT $limit""",
    {"doc": "", **_PAGING},
)

ENTITY_FACTS = NamedQuery(
    "entity_facts",
    "The facts one entity (its IRI) takes part in, as subject or object, optionally of one relationship "
    "type (`rel`, such as PROPOSED or HOLDS_OFFICE), with both ends and the evidence.",
    """
WITH $uri AS uri_q, $rel AS rel_q
MATCH (a)-[r]->(b)
WHERE (a.uri = uri_q OR b.uri = uri_q) AND r.rel <> 'MENTIONS' AND (rel_q = '' OR r.rel = rel_q)
OPTIONAL MATCH (d:Document)
WHERE d.doc = r.doc
RETURN """ + _FACT + """
ORDER BY rel, date, source, target, document, sentence_start, uri
SKIP $skip LIMIT $limit""",
    {"uri": "", "rel": "", **_PAGING},
)

ENTITY_DOCUMENTS = NamedQuery(
    "entity_documents",
    "The documents that mention one entity (its IRI), oldest first.",
    """
WITH $uri AS uri_q
MATCH (d:Document)-[:MENTIONS]->(n)
WHERE n.uri = uri_q
RETURN d.doc AS id, d.uri AS uri, d.name AS title, d.source AS source, d.date AS date
ORDER BY date, id
SKIP $skip LIMIT $limit""",
    {"uri": "", **_PAGING},
)


def _degree(carried: str = "") -> str:
    """Cypher: each entity documents state facts about, as `n`, with its `degree`: those facts, not
    mentions, nor the reference data (whose memberships would put every UN member in the whole-graph
    view). `carried`: variables the WITH keeps ("total, ")."""
    return f"""
MATCH (n)
WHERE n.kind <> 'Document'
OPTIONAL MATCH (n)-[f]-()
WHERE f.rel <> 'MENTIONS' AND coalesce(f.doc, '') <> '{REFERENCE_DOC}'
WITH {carried}n, count(f) AS degree
WHERE degree > 0"""


GRAPH_NODES = NamedQuery(
    "graph_nodes",
    "The entities documents state facts about, best connected first (degree counts those facts, not "
    "mentions nor the reference data), with `total`, the number of such entities.",
    _degree() + """
WITH count(n) AS total""" + _degree("total, ") + """
RETURN n.uri AS uri, n.kind AS kind, n.name AS name, n.aliases AS aliases, n.wikidata AS wikidata,
       n.origin AS origin, degree, total
ORDER BY degree DESC, uri
SKIP $skip LIMIT $limit""",
    {"skip": 0, "limit": 500},
)

GRAPH_EDGES = NamedQuery(
    "graph_edges",
    "The facts among the `nodes` best-connected entities (the first `nodes` rows of graph_nodes), with "
    "both ends and the evidence.",
    _degree() + """
WITH n.uri AS ranked, degree
ORDER BY degree DESC, ranked
LIMIT $nodes
UNWIND [ranked] AS kept
WITH collect(kept) AS keep
MATCH (a)-[r]->(b)
WHERE a.uri IN keep AND b.uri IN keep AND r.rel <> 'MENTIONS'
OPTIONAL MATCH (d:Document)
WHERE d.doc = r.doc
RETURN """ + _FACT + """
ORDER BY rel, source, target, uri
SKIP $skip LIMIT $limit""",
    {"nodes": 500, "skip": 0, "limit": 5000},
)

CATALOGUE: dict[str, NamedQuery] = {q.name: q for q in (PROPOSALS, SUPPORTS, MEMBERSHIPS, OFFICES, ACTORS, NAMED,
                                                         SUMMITS, DOCUMENTS, ENTITY, NEIGHBOURHOOD, DOCUMENT_FACTS,
                                                         GRAPH_NODES, GRAPH_EDGES, ENTITY_FACTS, ENTITY_DOCUMENTS)}


def named_query(name: str) -> NamedQuery:
    try:
        return CATALOGUE[name]
    except KeyError:
        raise QueryError(f"no query named '{name}' (the catalogue has {', '.join(sorted(CATALOGUE))})") from None


__all__ = ["CATALOGUE", "DateWindow", "Lookup", "NamedQuery", "QueryError", "named_query"]
