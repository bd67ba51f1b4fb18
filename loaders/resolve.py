"""Resolving mentions to entities: one node per real-world entity across all documents.

- Reference names resolve to the reference entity; a family name shared by several people
  ("Berdimuhamedov") to the one the document names in full, else to the one in office on the
  document's date.
- Titles ("the President of Uzbekistan", "the Kazakh leader") and sides ("the Uzbek side")
  resolve to the person the text names who held that office: by the document's date when it
  names several holders, flagged 'title-uncertain' when the date is unknown. When the text
  names nobody in that office, they resolve to the state (resolution 'title-state'), as a
  careful annotator would: the text itself does not say who the person was.
- New names resolve to an entity minted from the name, typed by their head noun and context
  (an existing body is an Organisation, a proposed one an Initiative); new people to a Person.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from datetime import date

from rapidfuzz.distance import Levenshtein

from ontology.iris import entity_iri, person_iri
from ontology.namespaces import C5
from ontology.reference import Gazetteer, gazetteer

from . import lexicon as lx
from .dates import DocumentDate
from .facts import Entity
from .mentions import RawMention, fold, kind_of_head

ROLE_IRIS = {"President": str(C5.President), "PrimeMinister": str(C5.PrimeMinister),
             "ForeignMinister": str(C5.ForeignMinister), "SecretaryGeneral": str(C5.SecretaryGeneral),
             "Chairman": str(C5.Chairman), "CrownPrince": str(C5.CrownPrince)}
_LEADING = re.compile(r"^(the|a|an|its|their|his|her|our)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"\s*['’]s$")
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:)])")
_SPACE_AFTER_BRACKET = re.compile(r"\(\s+")


@functools.lru_cache(maxsize=65536)
def canonical_label(text: str) -> str:
    """A new entity's name: the surface form without a leading article, quotes or stray spaces."""
    text = text.strip()
    # a title quoted at the end keeps its closing mark: 'resolution "Dialogue is a guarantee of peace"'
    titled = text.endswith(('"', "”")) and not text.startswith(('"', "“")) and sum(map(text.count, '"“”')) % 2 == 0
    text = _SPACES.sub(" ", text.strip("“”\"'«»"))
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = _SPACE_AFTER_BRACKET.sub("(", text)
    text = _POSSESSIVE.sub("", text)
    text = _LEADING.sub("", text).strip(" ,;:“”\"'«»")
    return f'{text}"' if titled else text


def kind_of_new_name(label: str, head: str | None = None) -> str:
    """Organisation, Initiative or Summit, from the head noun of a name."""
    if head is None:
        words = [w.lower() for w in re.findall(r"[\w-]+", label)]
        cut = next((i for i, w in enumerate(words) if w in {"of", "for", "on"}), len(words))
        head = next((w for w in reversed(words[:cut]) if w in lx.NAME_HEADS), "")
    return kind_of_head(head)


@functools.lru_cache(maxsize=65536)
def new_entity(kind: str, label: str) -> Entity:
    """An entity the reference data does not know, named and identified by its label."""
    name = canonical_label(label)
    iri = person_iri(name) if kind == "Person" else entity_iri(kind, name)
    return Entity(iri=str(iri), kind=kind, name=name)


@dataclass
class Resolver:
    """Resolves the mentions of one document, in order, remembering what the document has named."""

    date: DocumentDate
    gaz: Gazetteer = field(default_factory=gazetteer)
    named_people: set[str] = field(default_factory=set)
    # people the text places in an office of a state ("Jeenbek Kulubaev, Kyrgyzstan's foreign minister")
    person_state: dict[str, Entity] = field(default_factory=dict)
    person_role: dict[str, str] = field(default_factory=dict)
    _persons: dict[str, Entity] = field(default_factory=dict)
    _entities: dict[str, Entity] = field(default_factory=dict)
    _new_people: list[Entity] = field(default_factory=list)  # people the reference data does not know

    def entity(self, iri: str) -> Entity:
        cached = self._entities.get(iri)
        if cached is None:
            ref = self.gaz.entities[iri]
            cached = Entity(iri=iri, kind=ref.kind, name=ref.name, in_reference=True, ordinal=ref.ordinal,
                            date=ref.date, place=ref.place)
            self._entities[iri] = cached
        return cached

    def new(self, kind: str, label: str) -> Entity:
        return new_entity(kind, label)

    def note_named(self, mentions: list[RawMention]) -> None:
        """Remember every person the document names in full, so titles and family names alone
        resolve to them first."""
        for m in mentions:
            if m.label == "ref" and m.iri and not m.candidates and self.gaz.entities[m.iri].kind == "Person":
                self.named_people.add(m.iri)
        for m in mentions:
            if m.label == "ref" and m.candidates:
                self.named_people.add(self._person(m)[0])

    def _person(self, mention: RawMention) -> tuple[str, bool]:
        """(the person, whether that is certain) for a mention of a reference person; a family name
        shared by several people ("Berdimuhamedov") resolves to the one the document names in full,
        else to the one in office on the document's date, else (uncertain) to the latest to hold office."""
        assert mention.iri is not None
        candidates = mention.candidates
        if len(candidates) <= 1:
            return mention.iri, True
        named = [c for c in candidates if c in self.named_people]
        if len(named) == 1:
            return named[0], True
        pool = named or list(candidates)
        day = self.date.as_date()
        if day is not None:
            holding = [c for c in pool if any(o.covers(day) for o in self.gaz.offices_of(c))]
            if len(holding) == 1:
                return holding[0], self.date.status != "inferred" or self._same_holder_since(holding[0], day)
        latest = max(pool, key=lambda c: max((o.start or date.min for o in self.gaz.offices_of(c)), default=date.min))
        return latest, False

    def _same_holder_since(self, person: str, day: date) -> bool:
        """An inferred date is a lower bound: the choice is certain only if nobody took over since."""
        return all(o.end is None for o in self.gaz.offices_of(person) if o.covers(day))

    def resolve(self, mention: RawMention) -> tuple[Entity | None, str]:
        """(entity, how it was resolved) for one mention; None when it names nothing resolvable."""
        if mention.label == "ref" and mention.iri:
            ref = self.gaz.entities[mention.iri]
            if ref.kind == "Person":
                iri, certain = self._person(mention)
                how = "named" if fold(mention.text) == fold(self.gaz.entities[iri].name) else "alias"
                return self.entity(iri), how if certain else "title-uncertain"
            return self.entity(mention.iri), "named" if fold(mention.text) == fold(ref.name) else "alias"
        if mention.label in ("title", "side") and mention.state:
            return self.office_holder(mention.state, mention.role or "President", mention.label)
        if mention.label == "government" and mention.state:
            return self.entity(mention.state), "side"
        if mention.label == "person":
            person = self.new("Person", mention.full or mention.text)
            spelled = self._spelled_before(person)
            if spelled is not None:
                return spelled, "alias"
            return person, "new" if mention.full is None else "alias"
        if mention.label in ("new", "acronym"):
            label = canonical_label(mention.family if mention.label == "acronym" and mention.family else mention.text)
            if len(label) < 3:
                return None, "new"
            return self.new(mention.kind or kind_of_new_name(label, mention.head), label), "new"
        return None, "unresolved"

    def _spelled_before(self, person: Entity) -> Entity | None:
        """A new person the document named before under another spelling of the same name: one
        transliteration (the same IRI), or the same family name and given names one letter apart."""
        given, _, family = person.name.rpartition(" ")
        for earlier in self._new_people:
            if earlier.iri == person.iri:
                return earlier if earlier.name != person.name else None
            earlier_given, _, earlier_family = earlier.name.rpartition(" ")
            if fold(family) == fold(earlier_family) and min(len(given), len(earlier_given)) >= 3 \
                    and Levenshtein.distance(fold(given), fold(earlier_given)) == 1:
                return earlier
        self._new_people.append(person)
        return None

    def office_holder(self, state: str, role: str, how: str = "title") -> tuple[Entity, str]:
        """Who "the President of <state>" is in this document: the named holder, else the state."""
        role_iri = ROLE_IRIS.get(role, ROLE_IRIS["President"])
        holders = self.gaz.holders(role_iri, state)
        named = [o for o in holders if o.person in self.named_people]
        if len({o.person for o in named}) == 1:
            return self.entity(named[0].person), how
        if named:
            day = self.date.as_date()
            if day is not None:
                current = [o for o in named if o.covers(day)]
                if current:
                    return self.entity(current[-1].person), how
            return self.entity(named[-1].person), "title-uncertain"
        # a person the text itself placed in that office ("Jeenbek Kulubaev, Kyrgyzstan's foreign minister")
        for person, holder in self.person_state.items():
            if holder.iri == state and self.person_role.get(person) == role:
                return self._persons[person], how
        if how == "side":
            # "the Kyrgyz side" where the text names only Kyrgyzstan's prime minister: he speaks for it
            placed = [person for person, holder in self.person_state.items() if holder.iri == state]
            if len(placed) == 1:
                return self._persons[placed[0]], how
        return self.entity(state), "title-state"

    def place_in_office(self, person: Entity, state: Entity, role: str) -> None:
        """The text itself places a person in an office ("Akja Nurberdiyeva, Chairperson of ...")."""
        if state.kind != "State":
            return
        self.person_state.setdefault(person.iri, state)
        self.person_role.setdefault(person.iri, role)
        self._persons.setdefault(person.iri, person)

    def state_of(self, person: Entity) -> Entity | None:
        """The state a person holds (or held) office in, preferring the document's date."""
        if person.iri in self.person_state:
            return self.person_state[person.iri]
        offices = self.gaz.offices_of(person.iri)
        day = self.date.as_date()
        current = [o for o in offices if day is None or o.covers(day)] or offices
        for office in current:
            holder = self.gaz.entities.get(office.holder_of)
            if holder is not None and holder.kind == "State":
                return self.entity(holder.iri)
        return None


__all__ = ["ROLE_IRIS", "Resolver", "canonical_label", "kind_of_new_name", "new_entity"]
