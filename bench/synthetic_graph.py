"""A large synthetic graph for the API benchmark, loaded through the real pipeline from extraction on.

Running thousands of documents through the extractor would take most of an hour on two cores,
and the API benchmark measures reading, not extraction. So each synthetic document is built as
the extractor builds its result (loaders/facts.py: sentences, mentions, facts with evidence whose
offsets cut their sentence exactly), and `KnowledgeGraph.add` takes it from there: the RDF writer,
the record (Oxigraph), the projection and the store, as for a real document.

Actors (states, their leaders, organisations) and summits come from the reference data; the
initiatives are made up. Seeded: every run builds the same graph.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable

from graph.kg import KnowledgeGraph
from loaders.dates import DocumentDate
from loaders.documents import Document
from loaders.facts import Entity, Evidence, Extraction, Fact, Mention, Sentence
from loaders.pipeline import extracted
from ontology.iris import entity_iri
from ontology.reference import gazetteer

QUALIFIERS = ["Regional", "Central Asian", "Joint", "Trans-Caspian", "Cross-Border", "Green", "Digital", "Mountain",
              "Shared", "Continental", "Northern", "Southern", "Eastern", "Western", "Open", "Rapid"]
TOPICS = ["Water", "Energy", "Transit", "Customs", "Rail", "Food Security", "Climate", "Tourism", "Education",
          "Health", "Trade", "Investment", "Logistics", "Seismic Safety", "Glacier Monitoring", "Cotton", "Fisheries",
          "Border", "Power Grid", "Aviation", "Youth", "Archives", "Statistics", "Satellite"]
BODIES = ["Council", "Fund", "Centre", "Programme", "Platform", "Forum", "Agency", "Corridor", "Bank", "Institute",
          "Commission", "Network", "Charter", "Registry", "Academy", "Observatory"]
PROPOSE = ["proposed", "called for", "put forward", "suggested", "initiated"]
SUPPORT = ["supported", "welcomed", "endorsed", "backed"]
VERSION = 3  # bump when the generator changes, so that cached graphs are rebuilt


def _entity(ref) -> Entity:
    return Entity(ref.iri, ref.kind, ref.name, in_reference=True, ordinal=ref.ordinal, date=ref.date, place=ref.place)


class Cast:
    """Who can act (each with the state it speaks for), the summits, and the made-up initiatives."""

    def __init__(self) -> None:
        ref = gazetteer()
        states = {e.iri: _entity(e) for e in ref.of_kind("State")}
        self.actors: list[tuple[Entity, Entity | None]] = [(s, s) for s in states.values()]
        for office in ref.offices:
            if office.holder_of in states and office.person in ref.entities:
                self.actors.append((_entity(ref.entities[office.person]), states[office.holder_of]))
        self.actors += [(_entity(org), None) for org in ref.of_kind("Organisation")]
        self.summits = [_entity(s) for s in ref.of_kind("Summit")]
        names = sorted({f"{q} {t} {b}" for q in QUALIFIERS for t in TOPICS for b in BODIES})
        self.initiatives = [Entity(str(entity_iri("Initiative", n)), "Initiative", n) for n in names]


def extraction(number: int, facts: int, rng: random.Random, cast: Cast) -> Extraction:
    """One synthetic document: one sentence per fact, offsets exact; 60% proposals, 30% supports,
    10% attendance."""
    doc_id = f"synthetic-{number:05d}"
    day = f"{2018 + number % 8}-{1 + number % 12:02d}-{1 + number % 28:02d}"
    summit = rng.choice(cast.summits)
    sentences, mentions, found, parts = [], [], [], []
    offset = 0
    for index in range(facts):
        actor, state = rng.choice(cast.actors)
        roll = rng.random()
        if roll < 0.1:
            relation, target, trigger = "attended", summit, "attended"
        else:
            relation = "proposed" if roll < 0.7 else "supported"
            target = rng.choice(cast.initiatives)
            trigger = rng.choice(PROPOSE if relation == "proposed" else SUPPORT)
        text = f"{actor.name} {trigger} the {target.name} on {day}."
        sentence = Sentence(doc_id, index, offset, offset + len(text), text)
        target_start = offset + text.index(target.name, len(actor.name))
        mentions += [Mention(actor, index, offset, offset + len(actor.name), actor.name),
                     Mention(target, index, target_start, target_start + len(target.name), target.name)]
        proposal = relation == "proposed"
        found.append(Fact(relation, actor, target, Evidence(doc_id, sentence, trigger, 0.9),
                          on_behalf_of=state if proposal else None, summit=summit if proposal else None,
                          date=day if proposal else None))
        sentences.append(sentence)
        parts.append(text)
        offset += len(text) + 1
    body = " ".join(parts)
    document = Document(doc_id, f"{doc_id}.txt", "text/plain", f"Synthetic report {number}", body,
                        hashlib.sha256(body.encode()).hexdigest(), DocumentDate(day, "dateline"))
    return Extraction(document, sentences, mentions, found)


def build(kg: KnowledgeGraph, documents: int, facts_per_document: int = 50, seed: int = 5,
          progress: Callable[[], None] | None = None) -> int:
    """Load `documents` synthetic documents into the graph in one load (the bulk path, as `c5kg
    ingest` writes); returns the number of facts."""
    rng = random.Random(seed)
    cast = Cast()

    def made():
        for number in range(documents):
            yield extracted(extraction(number, facts_per_document, rng, cast))

    report = kg.load(made(), progress=(lambda name, facts: progress()) if progress else None)
    if report.failed:
        raise report.failed[0]
    return report.facts


__all__ = ["VERSION", "Cast", "build", "extraction"]
