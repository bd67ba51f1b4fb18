"""Relations between resolved mentions, sentence by sentence, by trigger words and rules.

In the tradition of event coders (TABARI, PETRARCH): a dictionary of trigger phrases per
relation (spaCy Matcher), and rules that find the actor (before an active trigger, after a
passive "by", after a nominal "of" or before a possessive) and the object (named initiatives
after the trigger, else the phrase the trigger governs, split at coordination).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from spacy.matcher import Matcher
from spacy.tokens import Doc

from ontology.namespaces import ACTOR_TYPES

from .facts import Entity
from .text import pipeline

PROPOSE = "PROPOSE"
SUPPORT = "SUPPORT"
MEMBER = "MEMBER"

# Trigger phrases, as token sequences of lower-case forms.
TRIGGERS: dict[str, list[str]] = {
    PROPOSE: [
        "proposed", "proposes", "propose", "proposing", "proposal", "proposals", "initiated", "initiates",
        "initiative", "initiatives", "called for", "calls for", "call for", "calling for", "put forward",
        "puts forward", "putting forward", "suggested", "suggests", "suggesting", "suggestion", "announced",
        "announces", "offered", "offers", "took the initiative", "take the initiative", "takes the initiative",
        "advocated", "advocating for", "advocated for", "advocates", "floated", "unveiled", "tabled", "put up",
        "pitched", "championed", "urged", "referred to as for", "made a proposal", "came up with", "introduced",
        "launched", "moved to", "recommended", "recommends", "mooted", "plan for", "plans for",
    ],
    SUPPORT: [
        "supported", "supports", "support", "supporting", "backed", "backs", "endorsed", "endorses", "welcomed",
        "welcomes", "approved", "approves", "seconded", "assist for", "supportive", "backing", "endorsement",
        "championed", "embraced", "hailed", "found the support of", "won the support of", "gained the support of",
    ],
    MEMBER: [
        "member of", "members of", "member states of", "member state of", "members include", "includes",
        "include", "including", "joined", "joins", "brings together", "comprises", "comprising", "consists of",
        "membership in", "membership of", "participants of", "part of",
    ],
}

CLAUSE_BREAKS = {";", ".", "!", "?", "—", "while", "whereas", "which", "who", "because", "but", "although", "as",
                 "when", "whose", "where"}
LEAD_IN = re.compile(
    r"^(?:(?:to|that|the|a|an|for|of|on|its|his|her|their|also|further|jointly|consider|considering|"
    r"the possibility of|possibility of|creating|create|the creation of|creation of|establishing|establish|"
    r"the establishment of|establishment of|launching|launch|the launch of|forming|form|developing|develop|"
    r"setting up|set up|holding|hold|the holding of|adopting|adopt|the adoption of|preparing|prepare|"
    r"building|build|organizing|organising|organize|organise|introducing|the need for|need for|"
    r"the formation of|formation of|the development of|development of|a new|new|an|a)\s+)+",
    re.IGNORECASE)
GERUND = re.compile(r"^[a-z]+ing$")


@dataclass(frozen=True)
class Resolved:
    """A mention after resolution, in token offsets of the parsed document."""

    start: int
    end: int
    entity: Entity
    resolution: str
    text: str


@dataclass(frozen=True)
class Trigger:
    relation: str
    start: int
    end: int
    text: str

    @property
    def passive(self) -> bool:
        return False


@functools.lru_cache(maxsize=1)
def trigger_matcher() -> Matcher:
    nlp = pipeline()
    matcher = Matcher(nlp.vocab)
    for relation, phrases in TRIGGERS.items():
        patterns = []
        for phrase in phrases:
            patterns.append([{"LOWER": word} for word in phrase.split()])
        matcher.add(relation, patterns)
    return matcher


def find_triggers(doc: Doc, start: int, end: int) -> list[Trigger]:
    span = doc[start:end]
    found = []
    for match_id, s, e in trigger_matcher()(span):
        found.append(Trigger(doc.vocab.strings[match_id], start + s, start + e, span[s:e].text))
    # keep the longest trigger where two overlap ("took the initiative" over "initiative")
    found.sort(key=lambda t: (t.start, -(t.end - t.start)))
    kept: list[Trigger] = []
    for trigger in found:
        if kept and trigger.start < kept[-1].end:
            continue
        kept.append(trigger)
    return kept


def is_actor(m: Resolved) -> bool:
    return m.entity.kind in ACTOR_TYPES


def coordinated(mentions: list[Resolved], doc: Doc, anchor: int, before: bool) -> list[Resolved]:
    """Actors joined by 'and' / ',' next to a position: 'Kazakhstan and Turkmenistan proposed'."""
    ordered = sorted(mentions, key=lambda m: m.start, reverse=before)
    group: list[Resolved] = []
    edge = anchor
    for m in ordered:
        gap = doc[m.end:edge] if before else doc[edge:m.start]
        words = {t.lower_ for t in gap if not t.is_punct or t.text == ","} - {","}
        if group:
            if not (words <= {"and", "as", "well", "also", "both", "the", "together", "with"} and len(gap) <= 4):
                break
        elif len(gap) > 12 or any(t.text in {";", ":"} for t in gap):
            break
        group.append(m)
        edge = m.start if before else m.end
    return group


def object_phrases(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The phrase(s) a trigger governs: from after the trigger to a clause break, split at
    coordination when the parts start with a verb in -ing or a capitalised name."""
    j = start
    while j < end and not (doc[j].text in CLAUSE_BREAKS or doc[j].lower_ in CLAUSE_BREAKS and j > start + 1):
        if doc[j].text == "," and j + 1 < end and doc[j + 1].lower_ in {"which", "who", "while", "whereas", "as",
                                                                        "but", "although", "when", "where"}:
            break
        j += 1
    tokens = list(range(start, j))
    if not tokens:
        return []
    parts: list[tuple[int, int]] = []
    part_start = start
    for i in tokens:
        t = doc[i]
        nxt = doc[i + 1] if i + 1 < j else None
        if nxt is None:
            continue
        splits = t.text == "," or t.lower_ == "and"
        if splits and (GERUND.match(nxt.lower_) or (t.text == "," and nxt.lower_ == "and" and i + 2 < j
                                                      and GERUND.match(doc[i + 2].lower_))):
            if i > part_start:
                parts.append((part_start, i))
            part_start = i + 1 if not (t.text == "," and nxt.lower_ == "and") else i + 2
    if part_start < j:
        parts.append((part_start, j))
    return [(s, e) for s, e in parts if e > s]


def phrase_label(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,;:“”\"'«»")
    text = LEAD_IN.sub("", text)
    text = re.sub(r"\s+([,.;:])", r"\1", text)
    return text.strip(" ,;:“”\"'«»")


__all__ = ["MEMBER", "PROPOSE", "SUPPORT", "TRIGGERS", "Resolved", "Trigger", "coordinated", "find_triggers",
           "is_actor", "object_phrases", "phrase_label", "trigger_matcher"]
