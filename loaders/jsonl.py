"""Facts as JSON lines: the exchange format read by the gold scorer and by other tools.

One object per line, naming its document by file name, with its evidence (sentence text and
character offsets into the document's clean text).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .facts import Extraction, Fact


def _evidence(fact: Fact) -> dict[str, Any]:
    sentence = fact.evidence.sentence
    return {"sentence": sentence.text, "start": sentence.start, "end": sentence.end,
            "trigger": fact.evidence.trigger, "confidence": fact.evidence.confidence, "resolution": fact.resolution}


def fact_records(extraction: Extraction) -> Iterator[dict[str, Any]]:
    doc = extraction.document.source
    for entity in extraction.entities:
        yield {"doc": doc, "type": "entity", "entity_type": entity.kind, "name": entity.name, "iri": entity.iri,
               "aliases": extraction.surface_forms(entity.iri)}
    for fact in extraction.facts:
        record: dict[str, Any] = {"doc": doc}
        if fact.relation == "proposed":
            record |= {"type": "proposal", "proposer": fact.subject.name,
                       "proposer_state": fact.on_behalf_of.name if fact.on_behalf_of else None,
                       "proposal": fact.object.name, "verb": fact.evidence.trigger,
                       "summit": fact.summit.name if fact.summit else None, "date": fact.date}
        elif fact.relation == "supported":
            record |= {"type": "support", "supporter": fact.subject.name, "proposal": fact.object.name}
        elif fact.relation == "memberOf":
            record |= {"type": "membership", "member": fact.subject.name, "organisation": fact.object.name}
        elif fact.relation == "holdsOfficeIn":
            record |= {"type": "office", "person": fact.subject.name, "role": (fact.role or "").rsplit("#", 1)[-1],
                       "of": fact.object.name}
        elif fact.relation in ("attended", "hosted"):
            record |= {"type": "attendance" if fact.relation == "attended" else "host", "actor": fact.subject.name,
                       "summit": fact.object.name}
        else:
            continue
        record["evidence"] = _evidence(fact)
        yield record


__all__ = ["fact_records"]
