"""Resolving mentions to entities: one node per real-world entity across all documents.

Reference names resolve to the reference entity; titles ("the President of Uzbekistan") to the
person the document names in that office, else to the office holder on the document's date
(marked 'title-uncertain' when the date is unknown); sides ("the Turkmen side") to the named
leader or the state; new names to an entity minted from the name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ontology.iris import entity_iri
from ontology.namespaces import C5
from ontology.reference import Gazetteer, gazetteer

from .dates import DocumentDate
from .facts import Entity
from .mentions import INITIATIVE_HEADS, ORGANISATION_HEADS, RawMention, fold

ROLE_IRIS = {"President": str(C5.President), "PrimeMinister": str(C5.PrimeMinister),
             "ForeignMinister": str(C5.ForeignMinister)}
_LEADING = re.compile(r"^(the|a|an|its|their|his|her)\s+", re.IGNORECASE)


def canonical_label(text: str) -> str:
    """A new entity's name: the surface form without a leading article, quotes or stray spaces."""
    text = re.sub(r"\s+", " ", text.strip().strip("“”\"'«»"))
    text = re.sub(r"\s+([,.;:])", r"\1", text)
    return _LEADING.sub("", text).strip()


def kind_of_new_name(label: str) -> str:
    """Organisation or Initiative, from the head noun; the relation extractor retypes a body that is only proposed."""
    words = [w.lower() for w in re.findall(r"[\w-]+", label)]
    for word in reversed(words[: next((i for i, w in enumerate(words) if w in {"of", "for", "on"}), len(words))]):
        if word in {"institute", "company", "bank", "university", "agency", "ministry", "corporation", "union",
                    "organisation", "organization", "alliance", "association", "community", "federation", "league"}:
            return "Organisation"
        if word in INITIATIVE_HEADS:
            return "Initiative"
        if word in ORGANISATION_HEADS:
            return "Organisation"
    return "Initiative"


@dataclass
class Resolver:
    """Resolves the mentions of one document, in order, remembering what the document has named."""

    date: DocumentDate
    gaz: Gazetteer = field(default_factory=gazetteer)
    named_people: set[str] = field(default_factory=set)

    def entity(self, iri: str) -> Entity:
        ref = self.gaz.entities[iri]
        return Entity(iri=iri, kind=ref.kind, name=ref.name, in_reference=True, ordinal=ref.ordinal, date=ref.date,
                      place=ref.place)

    def new(self, kind: str, label: str) -> Entity:
        name = canonical_label(label)
        return Entity(iri=str(entity_iri(kind, name)), kind=kind, name=name)

    def note_named(self, mentions: list[RawMention]) -> None:
        """Remember every person the document names, so titles resolve to them first."""
        for m in mentions:
            if m.label == "ref" and m.iri and self.gaz.entities[m.iri].kind == "Person":
                self.named_people.add(self._person(m))

    def _person(self, mention: RawMention) -> str:
        """A family name shared by several people (Berdimuhamedov) resolves by the document's date."""
        assert mention.iri is not None
        ref = self.gaz.entities[mention.iri]
        if ref.family_name and fold(mention.text) == fold(ref.family_name):
            namesakes = [e for e in self.gaz.of_kind("Person") if e.family_name == ref.family_name]
            if len(namesakes) > 1:
                named = [e.iri for e in namesakes if e.iri in self.named_people]
                if len(named) == 1:
                    return named[0]
                day = self.date.as_date()
                if day is not None:
                    holding = [e.iri for e in namesakes if any(o.covers(day) for o in self.gaz.offices_of(e.iri))]
                    if len(holding) == 1:
                        return holding[0]
        return mention.iri

    def resolve(self, mention: RawMention) -> tuple[Entity | None, str]:
        """(entity, how it was resolved) for one mention; None when a title names no known office."""
        if mention.label == "ref" and mention.iri:
            ref = self.gaz.entities[mention.iri]
            iri = self._person(mention) if ref.kind == "Person" else mention.iri
            how = "named" if fold(mention.text) == fold(ref.name) else "alias"
            return self.entity(iri), how
        if mention.label in ("title", "side") and mention.state:
            role = ROLE_IRIS.get(mention.role or "President", ROLE_IRIS["President"])
            holders = self.gaz.holders(role, mention.state)
            named = [o.person for o in holders if o.person in self.named_people]
            if named:
                return self.entity(named[-1]), mention.label
            if mention.label == "side":
                return self.entity(mention.state), "side"
            day = self.date.as_date()
            if day is not None:
                current = [o for o in holders if o.covers(day)]
                if current:
                    return self.entity(current[-1].person), "title"
                return self.entity(mention.state), "title"
            if holders:
                # no date to choose by: the latest holder, and the statement says so
                return self.entity(holders[-1].person), "title-uncertain"
            return self.entity(mention.state), "title"
        if mention.label == "new":
            label = canonical_label(mention.text)
            if len(label) < 3:
                return None, "new"
            return self.new(kind_of_new_name(label), label), "new"
        return None, "unresolved"

    def state_of(self, person: Entity) -> Entity | None:
        """The state a person holds (or held) office in, preferring the document's date."""
        offices = self.gaz.offices_of(person.iri)
        day = self.date.as_date()
        current = [o for o in offices if day is None or o.covers(day)] or offices
        for office in current:
            holder = self.gaz.entities.get(office.holder_of)
            if holder is not None and holder.kind == "State":
                return self.entity(holder.iri)
        return None


__all__ = ["ROLE_IRIS", "Resolver", "canonical_label", "kind_of_new_name"]
