"""The reference data as Python objects: the gazetteer every stage reads.

`reference.ttl` is the source; this module reads it once into entities (with their names,
aliases, adjectives and Wikidata ids), offices with their terms, and memberships.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from rdflib import Graph, Literal, URIRef

from . import REFERENCE_FILE, VOCABULARY_FILE
from .namespaces import C5, FOAF, ORG, OWL, RDF, SKOS, TIME

KINDS = {C5.State: "State", C5.Person: "Person", C5.Organisation: "Organisation", C5.Summit: "Summit",
         C5.Place: "Place", C5.Initiative: "Initiative"}


@dataclass(frozen=True)
class ReferenceEntity:
    iri: str
    kind: str
    name: str
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    given_name: str | None = None
    family_name: str | None = None
    wikidata: str | None = None
    ordinal: int | None = None
    date: str | None = None
    place: str | None = None


@dataclass(frozen=True)
class Office:
    """A person's tenure of a role in a state or organisation."""

    person: str
    holder_of: str
    role: str
    start: date | None = None
    end: date | None = None

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass
class Gazetteer:
    entities: dict[str, ReferenceEntity] = field(default_factory=dict)
    offices: list[Office] = field(default_factory=list)
    memberships: list[tuple[str, str]] = field(default_factory=list)
    roles: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def of_kind(self, kind: str) -> list[ReferenceEntity]:
        return [e for e in self.entities.values() if e.kind == kind]

    def holders(self, role: str, holder_of: str, on: date | None = None) -> list[Office]:
        """Who held a role in a state or organisation: on a day, or at any time when the day is unknown."""
        found = [o for o in self.offices if o.role == role and o.holder_of == holder_of]
        if on is not None:
            found = [o for o in found if o.covers(on)]
        return sorted(found, key=lambda o: o.start or date.min)

    def offices_of(self, person: str) -> list[Office]:
        return [o for o in self.offices if o.person == person]


def _label(graph: Graph, node: URIRef, predicate: URIRef) -> str | None:
    values = sorted(str(v) for v in graph.objects(node, predicate) if isinstance(v, Literal))
    return values[0] if values else None


def _day(graph: Graph, instant: URIRef | None) -> date | None:
    if instant is None:
        return None
    value = graph.value(instant, TIME.inXSDDate)
    return value.toPython() if isinstance(value, Literal) and isinstance(value.toPython(), date) else None


def read_gazetteer(*files: Path) -> Gazetteer:
    graph = Graph()
    for path in files or (VOCABULARY_FILE, REFERENCE_FILE):
        graph.parse(path, format="turtle")
    gaz = Gazetteer()
    for cls, kind in KINDS.items():
        for node in sorted(set(graph.subjects(RDF.type, cls))):
            name = _label(graph, node, SKOS.prefLabel)
            if name is None:
                continue
            aliases = tuple(sorted({str(a) for a in graph.objects(node, SKOS.altLabel)} - {name}))
            wikidata = next((str(o) for o in graph.objects(node, OWL.sameAs) if "wikidata.org" in str(o)), None)
            ordinal = graph.value(node, C5.ordinal)
            when = graph.value(node, C5.date)
            place = graph.value(node, C5.heldIn)
            gaz.entities[str(node)] = ReferenceEntity(
                iri=str(node), kind=kind, name=name, aliases=aliases,
                adjectives=tuple(sorted(str(a) for a in graph.objects(node, C5.adjective))),
                given_name=_label(graph, node, FOAF.givenName), family_name=_label(graph, node, FOAF.familyName),
                wikidata=wikidata, ordinal=int(ordinal) if ordinal is not None else None,
                date=str(when) if when is not None else None, place=str(place) if place is not None else None,
            )
    for office in graph.subjects(RDF.type, C5.Office):
        person, holder_of, role = (graph.value(office, p) for p in (ORG.member, ORG.organization, C5.role))
        if person is None or holder_of is None or role is None:
            continue
        interval = graph.value(office, ORG.memberDuring)
        start = _day(graph, graph.value(interval, TIME.hasBeginning)) if interval is not None else None
        end = _day(graph, graph.value(interval, TIME.hasEnd)) if interval is not None else None
        gaz.offices.append(Office(str(person), str(holder_of), str(role), start, end))
    gaz.offices.sort(key=lambda o: (o.holder_of, o.role, o.start or date.min))
    gaz.memberships = sorted((str(s), str(o)) for s, o in graph.subject_objects(C5.memberOf))
    for role in graph.subjects(RDF.type, C5.Role):
        names = [_label(graph, role, SKOS.prefLabel) or ""] + sorted(str(a) for a in graph.objects(role, SKOS.altLabel))
        gaz.roles[str(role)] = tuple(n for n in names if n)
    return gaz


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer of the shipped reference data, read once per process."""
    return read_gazetteer()


__all__ = ["Gazetteer", "Office", "ReferenceEntity", "gazetteer", "read_gazetteer"]
