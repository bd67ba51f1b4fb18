"""The extractor: a Document in, an Extraction (mentions and facts, each with its sentence) out."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc

from ontology.namespaces import ACTOR_TYPES
from ontology.reference import Gazetteer, gazetteer

from .dates import date_in_sentence
from .documents import Document
from .facts import Entity, Evidence, Extraction, Fact, Mention, Sentence
from .mentions import MentionFinder, mention_finder
from .relations import (MEMBER, PROPOSE, SUPPORT, Resolved, Trigger, coordinated, find_triggers, is_actor,
                        object_phrases, phrase_label)
from .resolve import ROLE_IRIS, Resolver, canonical_label
from .text import parse, sentences

ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8}
SUMMIT_WORDS = re.compile(r"\b(summit|consultative meeting|meeting of the heads of state|meeting of (?:the )?central "
                          r"asian leaders)\b", re.IGNORECASE)
ATTEND_WORDS = re.compile(r"\b(took part|take part|attended|attend|participated|gathered|joined by|met in|"
                          r"arrived|invited|guest)\b", re.IGNORECASE)
HOST_WORDS = re.compile(r"\b(hosted|hosts|host|chaired|welcomed the leaders|as host)\b", re.IGNORECASE)
PRONOUN_SUBJECT = {"he", "she", "his", "her"}
ANAPHORIC_PROPOSAL = re.compile(r"\b(the|this|that|his|her|its|their)\s+(proposal|initiative|idea|plan|vision|"
                                r"imaginative and prescient)\b|\b\w+[’']s\s+(proposal|initiative|idea|plan|vision)\b",
                                re.IGNORECASE)
MIN_CONFIDENCE_NAMED = 0.9
MIN_CONFIDENCE_PHRASE = 0.7


@dataclass
class _State:
    """What the extractor remembers across the sentences of one document."""

    last_person: Entity | None = None
    last_proposals: list[Entity] = field(default_factory=list)
    summits: dict[str, int] = field(default_factory=dict)


class Extractor:
    """Rule-based extraction of actors, proposals, support, membership, office and attendance."""

    def __init__(self, gaz: Gazetteer | None = None, finder: MentionFinder | None = None):
        self.gaz = gaz or gazetteer()
        self.finder = finder or mention_finder()

    def extract(self, document: Document) -> Extraction:
        doc = parse(document.text)
        sents = sentences(doc, document.id)
        resolver = Resolver(document.date, self.gaz)
        raw = self.finder.find(doc)
        resolver.note_named(raw)
        sentence_starts = [s.start for s in sents]
        token_sentence = {}
        resolved: list[tuple[int, Resolved]] = []
        for m in raw:
            entity, how = resolver.resolve(m)
            if entity is None:
                continue
            char = doc[m.start].idx
            index = max(0, bisect_right(sentence_starts, char) - 1)
            token_sentence[m.start] = index
            resolved.append((index, Resolved(m.start, m.end, entity, how, m.text)))
        resolved += self._summits(doc, sents)
        extraction = Extraction(document=document, sentences=sents)
        by_sentence: dict[int, list[Resolved]] = {}
        for index, r in resolved:
            by_sentence.setdefault(index, []).append(r)
        state = _State()
        for index, mentions in by_sentence.items():
            for r in mentions:
                if r.entity.kind == "Summit":
                    state.summits[r.entity.iri] = state.summits.get(r.entity.iri, 0) + 1
        main_summit = None
        if len(state.summits) == 1:
            main_summit = next(r.entity for _, r in resolved if r.entity.kind == "Summit")
        for sentence in sents:
            mentions = sorted(by_sentence.get(sentence.index, []), key=lambda r: r.start)
            span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
            if span is None:
                continue
            self._sentence(doc, span.start, span.end, sentence, mentions, resolver, state, main_summit, extraction)
        extraction.facts = deduplicated(extraction.facts)
        return extraction

    # ------------------------------------------------------------------ summits

    def _summits(self, doc: Doc, sents: list[Sentence]) -> list[tuple[int, Resolved]]:
        """'the fifth Consultative Meeting', 'the Second Summit of Central Asian leaders' -> the series' summit."""
        found = []
        by_ordinal = {e.ordinal: e for e in self.gaz.of_kind("Summit") if e.ordinal is not None}
        starts = [s.start for s in sents]
        for m in SUMMIT_WORDS.finditer(doc.text):
            before = doc.text[max(0, m.start() - 40):m.start()].lower().split()
            ordinal = next((ORDINALS[w] for w in reversed(before[-3:]) if w in ORDINALS), None)
            if ordinal is None or ordinal not in by_ordinal:
                continue
            window = doc.text[m.start():m.start() + 120].lower()
            if "central asia" not in window and "consultative" not in window:
                continue
            ref = by_ordinal[ordinal]
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None:
                continue
            entity = Entity(ref.iri, "Summit", ref.name, True, ref.ordinal, ref.date, ref.place)
            index = max(0, bisect_right(starts, m.start()) - 1)
            found.append((index, Resolved(span.start, span.end, entity, "named", span.text)))
        return found

    # ------------------------------------------------------------------ one sentence

    def _sentence(self, doc: Doc, start: int, end: int, sentence: Sentence, mentions: list[Resolved],
                  resolver: Resolver, state: _State, main_summit: Entity | None, out: Extraction) -> None:
        for r in mentions:
            out.mentions.append(Mention(r.entity, sentence.index, doc[r.start].idx,
                                        doc[r.end - 1].idx + len(doc[r.end - 1].text), r.text, r.resolution))
        summit = next((r.entity for r in mentions if r.entity.kind == "Summit"), main_summit)
        when = date_in_sentence(sentence.text, out.document.date.year)
        triggers = find_triggers(doc, start, end)
        inside = [r for r in mentions if not any(t.start <= r.start < t.end for t in triggers)]
        for trigger in triggers:
            if trigger.relation == PROPOSE:
                self._proposal(doc, start, end, trigger, triggers, inside, resolver, state, sentence, summit, when, out)
            elif trigger.relation == SUPPORT:
                self._support(doc, start, end, trigger, inside, state, sentence, out)
            elif trigger.relation == MEMBER:
                self._membership(doc, trigger, inside, sentence, out)
        self._offices(doc, mentions, resolver, sentence, out)
        self._attendance(mentions, sentence, out)
        persons = [r.entity for r in mentions if r.entity.kind == "Person"]
        if persons:
            state.last_person = persons[-1]

    def _evidence(self, sentence: Sentence, trigger: str, confidence: float) -> Evidence:
        return Evidence(sentence.doc_id, sentence, trigger, confidence)

    def _on_behalf_of(self, actor: Entity, resolver: Resolver) -> Entity | None:
        if actor.kind == "State":
            return actor
        if actor.kind == "Person":
            return resolver.state_of(actor)
        return None

    def _proposal(self, doc: Doc, start: int, end: int, trigger: Trigger, triggers: list[Trigger],
                  mentions: list[Resolved], resolver: Resolver, state: _State, sentence: Sentence,
                  summit: Entity | None, when: str | None, out: Extraction) -> None:
        after_trigger = doc[trigger.end:min(end, trigger.end + 3)]
        passive = any(t.lower_ == "by" for t in after_trigger[:2])
        actors: list[Resolved] = []
        if passive:
            by = next(t.i for t in after_trigger if t.lower_ == "by")
            actors = coordinated([m for m in mentions if is_actor(m) and m.start > by], doc, by + 1, before=False)
        elif doc[trigger.start].lower_ in {"proposal", "initiative", "suggestion", "proposals", "initiatives"} and \
                trigger.end < end and doc[trigger.end].lower_ == "of":
            actors = coordinated([m for m in mentions if is_actor(m) and m.start > trigger.end], doc,
                                 trigger.end + 1, before=False)[:1]
        if not actors:
            actors = coordinated([m for m in mentions if is_actor(m) and m.end <= trigger.start], doc,
                                 trigger.start, before=True)
        resolution = None
        if not actors:
            first = doc[start]
            if first.lower_ in PRONOUN_SUBJECT and state.last_person is not None:
                proposer_entities = [state.last_person]
                resolution = "pronoun"
            else:
                return
        else:
            proposer_entities = [a.entity for a in actors]
        next_trigger = next((t.start for t in triggers if t.start > trigger.end and t.relation == PROPOSE), end)
        object_end = next_trigger
        if passive:
            objects = [m.entity for m in mentions if m.entity.kind in ("Initiative", "Organisation")
                       and m.end <= trigger.start and not m.entity.in_reference][-1:]
            if not objects and state.last_proposals:
                objects = state.last_proposals[-1:]
        else:
            objects = [m.entity for m in mentions if m.entity.kind in ("Initiative", "Organisation")
                       and trigger.end <= m.start < object_end and not m.entity.in_reference]
            if not objects:
                objects = []
                phrase_start = trigger.end + (1 if trigger.end < end and doc[trigger.end].lower_ == "of" else 0)
                for s, e in object_phrases(doc, phrase_start, object_end):
                    label = phrase_label(doc[s:e].text)
                    if len(label.split()) >= 1 and len(label) >= 4 and not label.lower().startswith(("by ", "of ")):
                        objects.append(resolver.new("Initiative", canonical_label(label)))
        if not objects:
            return
        confidence = MIN_CONFIDENCE_NAMED if any(not o.iri.endswith("-") for o in objects) else MIN_CONFIDENCE_PHRASE
        for proposer, actor in zip(proposer_entities, actors or [None] * len(proposer_entities)):
            how = resolution or (actor.resolution if actor else "named")
            for obj in objects:
                initiative = Entity(obj.iri.replace("/organisation/", "/initiative/"), "Initiative", obj.name)
                out.facts.append(Fact("proposed", proposer, initiative,
                                      self._evidence(sentence, trigger.text, confidence),
                                      on_behalf_of=self._on_behalf_of(proposer, resolver), summit=summit,
                                      date=when or (summit.date if summit else None) or out.document.date.value,
                                      resolution=how))
                state.last_proposals.append(initiative)

    def _support(self, doc: Doc, start: int, end: int, trigger: Trigger, mentions: list[Resolved],
                 state: _State, sentence: Sentence, out: Extraction) -> None:
        after = doc[trigger.end:min(end, trigger.end + 2)]
        passive = any(t.lower_ in {"by", "of"} for t in after) or trigger.text.lower().endswith(" of")
        anchor = trigger.end + (1 if passive and not trigger.text.lower().endswith(" of") else 0)
        if passive:
            supporters = coordinated([m for m in mentions if is_actor(m) and m.start >= anchor], doc, anchor, False)
        else:
            supporters = coordinated([m for m in mentions if is_actor(m) and m.end <= trigger.start], doc,
                                     trigger.start, before=True)
        if not supporters:
            return
        named = [m.entity for m in mentions if m.entity.kind == "Initiative" and not m.entity.in_reference]
        proposals = [p for p in state.last_proposals if any(p.iri == n.iri for n in named)] or named
        if not proposals and (ANAPHORIC_PROPOSAL.search(sentence.text) or passive) and state.last_proposals:
            proposals = state.last_proposals[-1:]
        for supporter in supporters:
            for proposal in proposals[:1]:
                out.facts.append(Fact("supported", supporter.entity, proposal,
                                      self._evidence(sentence, trigger.text, 0.8), resolution=supporter.resolution))

    def _membership(self, doc: Doc, trigger: Trigger, mentions: list[Resolved], sentence: Sentence,
                    out: Extraction) -> None:
        organisations = [m for m in mentions if m.entity.kind == "Organisation"]
        states = [m for m in mentions if m.entity.kind == "State"]
        if not organisations or not states:
            return
        org = min(organisations, key=lambda m: abs(m.start - trigger.start))
        lowered = sentence.text.lower()
        if re.search(r"\b(not|never|neither|nor|outside|left|observer)\b", lowered):
            states = [s for s in states if not re.search(r"\b(not|neither|nor|outside|left|observer)\b",
                                                          doc[min(s.end, trigger.start):max(s.end, trigger.start)]
                                                          .text.lower())]
        for member in states:
            out.facts.append(Fact("memberOf", member.entity, org.entity,
                                  self._evidence(sentence, trigger.text, 0.8), resolution=member.resolution))

    def _offices(self, doc: Doc, mentions: list[Resolved], resolver: Resolver, sentence: Sentence,
                 out: Extraction) -> None:
        """'the President of Uzbekistan Shavkat Mirziyoyev', 'President Tokayev', "Kazakhstan's Foreign Minister X"."""
        for i, m in enumerate(mentions):
            if m.entity.kind != "Person":
                continue
            previous = mentions[i - 1] if i else None
            before = doc[max(0, m.start - 3):m.start]
            role_word = next((t.lower_ for t in reversed(before) if t.lower_ in {"president", "minister", "leader"}),
                             None)
            if previous is not None and previous.resolution in ("title", "title-uncertain", "named", "alias") and \
                    previous.end >= m.start - 1 and previous.entity.iri == m.entity.iri:
                role_word = role_word or "president"
            if role_word is None:
                continue
            role = ROLE_IRIS["ForeignMinister"] if role_word == "minister" and \
                any(t.lower_ == "foreign" for t in before) else ROLE_IRIS["President"]
            if role_word == "minister" and role == ROLE_IRIS["President"]:
                continue
            holder = resolver.state_of(m.entity)
            if holder is None:
                continue
            out.facts.append(Fact("holdsOfficeIn", m.entity, holder, self._evidence(sentence, role_word, 0.8),
                                  role=role, resolution=m.resolution))

    def _attendance(self, mentions: list[Resolved], sentence: Sentence, out: Extraction) -> None:
        summits = [m for m in mentions if m.entity.kind == "Summit"]
        if not summits:
            return
        text = sentence.text
        summit = summits[0].entity
        attend = ATTEND_WORDS.search(text)
        host = HOST_WORDS.search(text)
        for m in mentions:
            if m.entity.kind not in ACTOR_TYPES:
                continue
            if host and m.entity.kind == "State" and m.start < summits[0].start:
                out.facts.append(Fact("hosted", m.entity, summit, self._evidence(sentence, host.group(0), 0.7)))
            elif attend:
                out.facts.append(Fact("attended", m.entity, summit, self._evidence(sentence, attend.group(0), 0.7),
                                      resolution=m.resolution))


def deduplicated(facts: list[Fact]) -> list[Fact]:
    """One fact per (relation, subject, object, sentence, role): the most confident reading wins."""
    best: dict[tuple, Fact] = {}
    for fact in facts:
        key = (fact.relation, fact.subject.iri, fact.object.iri, fact.evidence.sentence.start, fact.role)
        if key not in best or fact.evidence.confidence > best[key].evidence.confidence:
            best[key] = fact
    return list(best.values())


_default: Extractor | None = None


def extract(document: Document) -> Extraction:
    """Extract with the default extractor (built once per process)."""
    global _default
    if _default is None:
        _default = Extractor()
    return _default.extract(document)


__all__ = ["Extractor", "extract"]
