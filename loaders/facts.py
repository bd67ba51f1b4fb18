"""The typed results of extraction: entities, facts and the evidence that ties each fact to its sentence."""

from __future__ import annotations

from dataclasses import dataclass, field

from .documents import Document
from .lexicon import PERSON_TITLES

# The relations c5kg extracts, by the name of their ontology property (c5:proposed ...).
RELATIONS = ("proposed", "supported", "memberOf", "holdsOfficeIn", "attended", "hosted")
# How a mention was resolved when its text is a name of the entity (not a title, side or pronoun).
NAME_RESOLUTIONS = ("named", "alias", "new")


@dataclass(frozen=True)
class Sentence:
    doc_id: str
    index: int
    start: int  # character offsets into Document.text
    end: int
    text: str


# The kinds that act (propose, support, join): the others are what is acted on, or where.
ACTOR_KINDS = frozenset({"Person", "State", "Organisation"})


@dataclass(frozen=True)
class Entity:
    """One real-world thing, as resolved: its IRI, kind and canonical name."""

    iri: str
    kind: str  # State | Person | Organisation | Summit | Initiative | Place
    name: str
    in_reference: bool = False
    ordinal: int | None = None  # summits
    date: str | None = None  # summits
    place: str | None = None  # summits: the IRI of the place


@dataclass(frozen=True)
class Mention:
    """A surface form of an entity in a sentence."""

    entity: Entity
    sentence: int
    start: int  # character offsets into Document.text
    end: int
    text: str
    resolution: str = "named"  # named | alias | title | title-uncertain | pronoun | side | new | demonym


@dataclass(frozen=True)
class Evidence:
    doc_id: str
    sentence: Sentence
    trigger: str
    confidence: float


@dataclass(frozen=True)
class Fact:
    """subject -relation-> object, read from one sentence."""

    relation: str
    subject: Entity
    object: Entity
    evidence: Evidence
    on_behalf_of: Entity | None = None  # the state a person or side acted for
    summit: Entity | None = None  # where a proposal was made
    date: str | None = None
    role: str | None = None  # holdsOfficeIn: the role's IRI
    resolution: str = "named"


@dataclass
class Extraction:
    """Everything read from one document."""

    document: Document
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)

    @property
    def entities(self) -> list[Entity]:
        seen: dict[str, Entity] = {}
        for mention in self.mentions:
            seen.setdefault(mention.entity.iri, mention.entity)
        for fact in self.facts:
            for entity in (fact.subject, fact.object, fact.on_behalf_of, fact.summit):
                if entity is not None:
                    seen.setdefault(entity.iri, entity)
        return list(seen.values())

    @property
    def mentioned_entities(self) -> list[Entity]:
        """The entities the text itself names: those with a mention, and those made from its words (a
        proposal's initiative). A reference entity only implied by a fact (the state on whose behalf a
        named president acted) is not among them: the text does not mention it."""
        named = {m.entity.iri for m in self.mentions}
        return [e for e in self.entities if e.iri in named or not e.in_reference]

    def surface_forms(self, iri: str) -> list[str]:
        """The names this document uses for an entity (titles such as 'the Kazakh president' are not names).
        A form that is another with a title before it ("President Sadyr Japarov"), or with a word run
        on to it by a missing space ("Japarovof"), is no name of its own."""
        named = [m for m in self.mentions if m.entity.iri == iri and m.resolution in NAME_RESOLUTIONS]
        forms = {m.text for m in named}
        names = forms | {m.entity.name for m in named}
        return sorted(f for f in forms if not any(_restates(f, other) for other in names if other != f))


_RUN_ON = {"of", "and", "in", "on", "at", "to", "for", "with", "the", "s"}


def _restates(form: str, name: str) -> bool:
    """Whether `form` is `name` with a title before it, or a short word run on to its end."""
    if form.endswith(" " + name):
        return all(word.lower().strip(".") in PERSON_TITLES for word in form[:-len(name)].split())
    return form.startswith(name) and form[len(name):] in _RUN_ON


__all__ = ["ACTOR_KINDS", "NAME_RESOLUTIONS", "RELATIONS", "Entity", "Evidence", "Extraction", "Fact", "Mention", "Sentence"]
