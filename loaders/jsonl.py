"""Facts as JSON lines: the exchange format read by the gold scorer and by other tools.

One object per line, naming its document by file name. Entities come first, then one line
per fact: a relation between the same two entities stated in several sentences of a document
is one line, with the first sentence as its evidence and the others under "more_evidence"
(each sentence with its character offsets into the document's clean text, the trigger, the
confidence and how the subject was resolved).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .facts import Extraction, Fact

TYPES = {"proposed": "proposal", "supported": "support", "memberOf": "membership", "holdsOfficeIn": "office",
         "attended": "attendance", "hosted": "host"}


def _evidence(fact: Fact) -> dict[str, Any]:
    sentence = fact.evidence.sentence
    return {"sentence": sentence.text, "start": sentence.start, "end": sentence.end,
            "trigger": fact.evidence.trigger, "confidence": fact.evidence.confidence, "resolution": fact.resolution}


def _record(doc: str, fact: Fact) -> dict[str, Any]:
    record: dict[str, Any] = {"doc": doc, "type": TYPES[fact.relation]}
    if fact.relation == "proposed":
        record |= {"proposer": fact.subject.name,
                   "proposer_state": fact.on_behalf_of.name if fact.on_behalf_of else None,
                   "proposal": fact.object.name, "verb": fact.evidence.trigger,
                   "summit": fact.summit.name if fact.summit else None, "date": fact.date}
    elif fact.relation == "supported":
        record |= {"supporter": fact.subject.name, "proposal": fact.object.name}
    elif fact.relation == "memberOf":
        record |= {"member": fact.subject.name, "organisation": fact.object.name}
    elif fact.relation == "holdsOfficeIn":
        record |= {"person": fact.subject.name, "role": (fact.role or "").rsplit("#", 1)[-1], "of": fact.object.name}
    else:
        record |= {"actor": fact.subject.name, "summit": fact.object.name}
    record["iris"] = {"subject": fact.subject.iri, "object": fact.object.iri}
    return record


def fact_records(extraction: Extraction) -> Iterator[dict[str, Any]]:
    doc = extraction.document.source
    for entity in extraction.mentioned_entities:
        record = {"doc": doc, "type": "entity", "entity_type": entity.kind, "name": entity.name, "iri": entity.iri,
                  "aliases": extraction.surface_forms(entity.iri)}
        if entity.kind == "Summit":
            record |= {"ordinal": entity.ordinal, "date": entity.date, "place": entity.place}
        yield record
    grouped: dict[tuple, list[Fact]] = {}
    for fact in extraction.facts:
        if fact.relation in TYPES:
            grouped.setdefault((fact.relation, fact.subject.iri, fact.object.iri, fact.role), []).append(fact)
    for facts in grouped.values():
        facts.sort(key=lambda f: (f.evidence.sentence.start, -f.evidence.confidence))
        record = _record(doc, facts[0])
        record["evidence"] = _evidence(facts[0])
        if len(facts) > 1:
            record["more_evidence"] = [_evidence(f) for f in facts[1:]]
        yield record


__all__ = ["TYPES", "fact_records"]
