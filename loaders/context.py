"""What the relation rules remember while reading one document, sentence by sentence: the
facts so far, the last person and state named (for pronouns), the proposals made (so that a
proposal mentioned again is the same initiative, and "the proposal" or "Kazakhstan's
initiative" finds what it refers to), and the summit the document reports on."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ontology.reference import Gazetteer

from .dates import date_in_sentence
from .documents import Document
from .facts import ACTOR_KINDS, Entity, Evidence, Fact, Sentence
from .relations import Resolved, clean_label, comparison_key, same_proposal
from .resolve import ROLE_IRIS, Resolver, canonical_label
from .text import normalise


@dataclass
class Proposal:
    """An initiative put forward in this document, by whom, and how often it came up."""

    initiative: Entity
    key: frozenset[str]
    proposers: list[Entity] = field(default_factory=list)
    states: list[Entity] = field(default_factory=list)
    mentions: int = 0
    sentence: int = 0


@dataclass
class DocumentContext:
    document: Document
    resolver: Resolver
    gaz: Gazetteer
    spun: bool = False
    facts: list[Fact] = field(default_factory=list)
    proposals: list[Proposal] = field(default_factory=list)
    sentence: Sentence | None = None
    last_person: Entity | None = None
    people_seen: list[Entity] = field(default_factory=list)  # every person named so far, in order
    last_body: Entity | None = None  # the last state or organisation named ("it")
    # the last sentence naming two or more people (else states), for "they": (sentence index, actors)
    last_group: tuple[int, list[Entity]] = (-10, [])
    previous_proposers: list[tuple[Entity, str]] = field(default_factory=list)  # of the previous sentence
    sentence_proposers: list[tuple[Entity, str]] = field(default_factory=list)
    sentence_proposals: list[tuple[int, Entity]] = field(default_factory=list)  # (token position, initiative)
    last_proposal_sentence: int = -10
    last_support_sentence: int = -10
    recent: list[tuple[int, Entity]] = field(default_factory=list)  # (sentence index, initiative), in order
    main_summit: Entity | None = None
    # new names the text proposes (typed Initiative), or shows acting as a body (typed Organisation)
    proposed_names: dict[str, Entity] = field(default_factory=dict)
    body_names: set[str] = field(default_factory=set)
    organisations_seen: list[Entity] = field(default_factory=list)
    # "proposed the following:": (proposers, verb, confidence) until the list's items end
    pending_list: tuple[list[tuple[Entity, str]], str, float] | None = None
    # "presented several initiatives." then "First, ...", "Secondly, ...": (proposers, index of the
    # sentence that announced them or made the last point)
    announced: tuple[list[tuple[Entity, str]], int] | None = None
    earlier_sentences: list[Sentence] = field(default_factory=list)  # the two read before this one
    # who speaks each sentence that lies inside a quotation (by sentence index)
    speakers: dict[int, Entity] = field(default_factory=dict)
    # the person the document names for each state (its leader, for "the five presidents")
    persons_by_state: dict[str, Entity] = field(default_factory=dict)

    # ------------------------------------------------------------------ reading order

    def begin_sentence(self, sentence: Sentence) -> None:
        if self.sentence is not None:
            self.earlier_sentences = [*self.earlier_sentences[-1:], self.sentence]
        if self.sentence_proposers:
            self.previous_proposers = self.sentence_proposers
        elif self.sentence is not None:
            self.previous_proposers = []
        self.sentence = sentence
        self.sentence_proposers = []
        self.sentence_proposals = []

    def note_people(self, mentions: list[Resolved]) -> None:
        """The leader the document names for each state, wherever it names them."""
        for m in mentions:
            if m.entity.kind == "Person":
                state = self.resolver.state_of(m.entity)
                if state is not None and self.resolver.person_role.get(m.entity.iri, "President") == "President":
                    self.persons_by_state.setdefault(state.iri, m.entity)

    def end_sentence(self, mentions: list[Resolved]) -> None:
        for kind in ("Person", "State"):
            named = list({m.entity.iri: m.entity for m in mentions if m.entity.kind == kind}.values())
            if len(named) > 1 and self.sentence is not None:
                self.last_group = (self.sentence.index, named)
                break
        for m in mentions:
            if m.entity.kind == "Person":
                self.last_person = m.entity
                self.people_seen.append(m.entity)
            elif m.entity.kind in ("State", "Organisation"):
                self.last_body = m.entity
            if m.entity.kind == "Organisation":
                self.organisations_seen.append(m.entity)

    def pronoun(self, word: str | None) -> tuple[Entity | None, str]:
        if word in ("he", "she", "his", "her", "him"):
            return self.last_person, "pronoun"
        if word in ("it", "its"):
            return self.last_body, "pronoun"
        return None, "pronoun"

    def group(self) -> list[Entity]:
        """"They": the people (else the states) named together a sentence or two before."""
        index, actors = self.last_group
        return actors if self.sentence is not None and 0 < self.sentence.index - index <= 2 else []

    def speaker(self) -> Entity | None:
        """Who speaks the current sentence, when it lies inside a quotation."""
        return self.speakers.get(self.sentence.index) if self.sentence is not None else None

    def announce(self, proposers: list[tuple[Entity, str]]) -> None:
        """The proposers of this sentence announced points that the next sentences make one by one."""
        if self.sentence is not None:
            self.announced = (proposers, self.sentence.index)

    def announcer(self) -> list[tuple[Entity, str]]:
        """Who announced the points a sentence may make: within two sentences of the announcement or of
        the last point (a point is an announced list going on, so it keeps the announcement open)."""
        if self.announced is None or self.sentence is None or self.sentence.index - self.announced[1] > 2:
            return []
        self.announced = (self.announced[0], self.sentence.index)
        return self.announced[0]

    def region_states(self) -> list[Entity]:
        """The five Central Asian states: the members of the C5 in the reference data."""
        c5 = next((e for e in self.gaz.of_kind("Organisation") if e.name == "C5"), None)
        if c5 is None:
            return []
        return [self.resolver.entity(member) for member, org in self.gaz.memberships if org == c5.iri]

    def region_actors(self, persons: bool = False) -> list[Entity]:
        """"the Central Asian states", "the five presidents": the region's states (the C5 of the
        reference data), or the leader this document names for each, except this sentence's proposers."""
        states = self.region_states()
        proposers = {p.iri for p, _ in self.sentence_proposers} | \
            {state.iri for state in (self.on_behalf_of(p) for p, _ in self.sentence_proposers) if state}
        out = []
        for state in states:
            actor = self.leader_of(state) if persons else state
            if actor.iri not in proposers and state.iri not in proposers:
                out.append(actor)
        return out

    def named_leaders(self) -> list[Entity]:
        """"the heads of state", "the leaders": each state's leader the document names, except this
        sentence's proposers."""
        proposers = {p.iri for p, _ in self.sentence_proposers}
        return [person for person in self.persons_by_state.values() if person.iri not in proposers]

    def members(self, organisation: Entity | None = None) -> list[Entity]:
        """The members this document has given an organisation so far (by default the last one it gave
        members to)."""
        memberships = [f for f in self.facts if f.relation == "memberOf"]
        if organisation is None and memberships:
            organisation = memberships[-1].object
        if organisation is None:
            return []
        return list({f.subject.iri: f.subject for f in memberships if f.object.iri == organisation.iri}.values())

    def leader_of(self, state: Entity) -> Entity:
        """A state's leader in "the five presidents", "the leaders of A and B": the one this document
        names, else its president on the document's day by the reference data's terms of office,
        else the state (when the day is not known: a year may hold two presidents)."""
        named = self.persons_by_state.get(state.iri)
        if named is not None:
            return named
        day = self.document.date.as_date() if len(self.document.date.value or "") == 10 else None
        holders = self.gaz.holders(ROLE_IRIS["President"], state.iri, on=day) if day is not None else []
        return self.resolver.entity(holders[0].person) if len({o.person for o in holders}) == 1 else state

    # ------------------------------------------------------------------ facts

    def evidence(self, trigger: str, confidence: float) -> Evidence:
        assert self.sentence is not None
        return Evidence(self.sentence.doc_id, self.sentence, trigger, confidence)

    def on_behalf_of(self, actor: Entity) -> Entity | None:
        if actor.kind == "State":
            return actor
        if actor.kind == "Person":
            return self.resolver.state_of(actor)
        return None

    def when(self) -> str | None:
        assert self.sentence is not None
        date = self.document.date
        return date_in_sentence(self.sentence.text, date.year, date)

    def propose(self, proposer: Entity, resolution: str, initiative: Entity, trigger: str, confidence: float,
                summit: Entity | None = None, position: int = 0) -> None:
        if proposer.kind not in ACTOR_KINDS or proposer.iri == initiative.iri:
            return  # "The Union ... is envisaged as ...": a thing proposed proposes nothing
        summit = summit or self.main_summit
        if summit is not None and (summit.iri == initiative.iri or summit.iri in self.proposed_names or
                                   comparison_key(summit.name) == comparison_key(initiative.name)):
            summit = None  # "proposed a Seed Forum": the forum is what was proposed, not where
        when = self.when() or (summit.date if summit is not None else None) or self.document.date.value
        self.facts.append(Fact("proposed", proposer, initiative, self.evidence(trigger, confidence),
                               on_behalf_of=self.on_behalf_of(proposer), summit=summit, date=when,
                               resolution=resolution))
        record = self.proposal_of(initiative)
        if record is not None:
            record.mentions += 1
            if proposer not in record.proposers:
                record.proposers.append(proposer)
            state = self.on_behalf_of(proposer)
            if state is not None and state not in record.states:
                record.states.append(state)
        self.sentence_proposers.append((proposer, resolution))
        self.sentence_proposals.append((position, initiative))
        self.last_proposal_sentence = self.sentence.index if self.sentence else 0
        self.recent.append((self.last_proposal_sentence, initiative))

    def support(self, supporter: Entity, resolution: str, initiative: Entity, trigger: str,
                confidence: float) -> None:
        if supporter.iri == initiative.iri:
            return
        record = self.proposal_of(initiative)
        if record is not None and any(p.iri == supporter.iri for p in record.proposers):
            return  # a proposer does not support its own proposal
        if record is not None and resolution == "collective" and any(s.iri == supporter.iri for s in record.states):
            return  # "backed by all participants": the others, not the proposer's own state
        self.facts.append(Fact("supported", supporter, initiative, self.evidence(trigger, confidence),
                               resolution=resolution))
        self.last_support_sentence = self.sentence.index if self.sentence else 0
        # a proposal just supported is the one under discussion ("X, too, expressed support for this idea")
        self.recent.append((self.last_support_sentence, initiative))

    def member(self, member: Entity, organisation: Entity, trigger: str, resolution: str = "named",
               confidence: float = 0.8) -> None:
        self.facts.append(Fact("memberOf", member, organisation, self.evidence(trigger, confidence),
                               resolution=resolution))
        self.body_names.add(organisation.iri)

    # ------------------------------------------------------------------ initiatives

    def proposal_of(self, initiative: Entity) -> Proposal | None:
        return next((p for p in self.proposals if p.initiative.iri == initiative.iri), None)

    def initiative(self, label: str, mentions: list[Resolved]) -> Entity:
        """The initiative a label names: a reference initiative it names, one this document already
        proposed in other words, or a new one."""
        if (antecedent := self._antecedent(label)) is not None:
            label = antecedent  # "This meeting was proposed by X": the meeting the sentence before named
        named_reference = [m for m in mentions if m.entity.kind == "Initiative" and m.entity.in_reference
                           and not _about(label, m.text)]
        if named_reference and len(canonical_label(label).split()) <= len(named_reference[0].text.split()) + 3:
            entity = named_reference[0].entity
        else:
            key = comparison_key(label)
            existing = next((p for p in self.proposals if same_proposal(p.key, key) and
                             not _about(label, p.initiative.name)), None)
            entity = existing.initiative if existing is not None else self.resolver.new("Initiative", label)
        if self.proposal_of(entity) is None:
            index = self.sentence.index if self.sentence else 0
            self.proposals.append(Proposal(entity, comparison_key(entity.name), sentence=index))
        # a new name inside what was proposed is that initiative (or at least an initiative)
        for m in mentions:
            if m.resolution == "new" and m.entity.kind in ("Organisation", "Initiative", "Summit") and \
                    m.entity.iri not in self.proposed_names:
                same = comparison_key(m.entity.name) <= comparison_key(entity.name) and not _about(label, m.text)
                self.proposed_names[m.entity.iri] = entity if same else \
                    Entity(m.entity.iri.replace("/organisation/", "/initiative/").replace("/summit/", "/initiative/"),
                           "Initiative", m.entity.name)
        return entity

    def _antecedent(self, label: str) -> str | None:
        """What "this meeting", "that forum" or a bare "resolution" refers back to: the last phrase with
        that head earlier in this sentence or in the two before, from its article to the end of its
        complements (a quoted title included)."""
        demonstrative = _DEMONSTRATIVE.match(label) or _BARE_HEAD.match(label)
        if demonstrative is None:
            return None
        head = demonstrative.group("head").lower()
        lead = demonstrative.group("lead") or ""
        # the current sentence up to the phrase ("Confident that the forum of 2019 will ..., X proposed to
        # hold this forum"), then the two before
        current = normalise(self.sentence.text) if self.sentence is not None else ""
        here = re.search(rf"\b(?:this|that|the)\s+{head}\b", current, re.IGNORECASE)
        texts = [current[:here.start()] if here else ""] + [normalise(s.text) for s in reversed(self.earlier_sentences)]
        for text in texts:
            phrases = [p for p in re.finditer(rf"\b(?:the|a|an)\s+(?:[\w'-]+\s+){{0,4}}?{head}\b(?:\s+(?!(?:with|which|"
                                              rf"that|who|was|were|is|are|will|would|to|at|on|during|by)\b)[\w'-]+|"
                                              rf"\s*[“\"«][^”\"»]{{3,80}}[”\"»])*", text, re.IGNORECASE)
                       if len(clean_label(p.group(0)).split()) > 1]
            if phrases:
                return f"{lead}{clean_label(phrases[-1].group(0))}"
        return None

    def announced_creation(self) -> str | None:
        """What the sentence before said is to be made: "An X will be created." then "The initiative
        was put forward by Y": the initiative is the X."""
        if not self.earlier_sentences:
            return None
        made = _TO_BE_MADE.search(normalise(self.earlier_sentences[-1].text).strip())  # (after a dateline)
        return clean_label(made.group("thing")) if made else None

    def salient_proposal(self, by: Entity | None = None) -> Entity | None:
        """What "the proposal", "the initiative" or "X's proposal" refers to: a proposal made in this
        or the previous sentence (the latest), else of the proposals so far (by X, or by X's state)
        the one mentioned most often, the earliest on a tie."""
        candidates = [p for p in self.proposals if p.mentions > 0]
        if by is not None:
            candidates = [p for p in candidates if any(e.iri == by.iri for e in p.proposers + p.states)]
        if not candidates:
            return None
        allowed = {p.initiative.iri for p in candidates}
        now = self.sentence.index if self.sentence is not None else 0
        for index, initiative in reversed(self.recent):
            if now - index > 1:
                break
            if initiative.iri in allowed:
                return initiative
        return max(candidates, key=lambda p: (p.mentions, -p.sentence)).initiative

    def latest_proposal(self) -> Fact | None:
        return next((fact for fact in reversed(self.facts) if fact.relation == "proposed"), None)

    def recent_proposer(self) -> list[tuple[Entity, str]]:
        """Who made the latest proposal, if it was in this sentence or the one before."""
        for fact in reversed(self.facts):
            if fact.relation == "proposed":
                if self.sentence is not None and self.sentence.index - fact.evidence.sentence.index <= 1:
                    return [(fact.subject, "context")]
                break
        return []

    def sentence_facts(self, sentence: Sentence) -> list[Fact]:
        """The facts read from this sentence so far: the latest ones (facts come in sentence order)."""
        found = []
        for fact in reversed(self.facts):
            if fact.evidence.sentence.start != sentence.start:
                break
            found.append(fact)
        return found[::-1]

    def proposals_by(self, actor: Entity) -> list[Entity]:
        """Every proposal this document says the actor (or its state) made."""
        return [p.initiative for p in self.proposals
                if p.mentions > 0 and any(e.iri == actor.iri for e in p.proposers + p.states)]

    def latest_proposals(self) -> list[Entity]:
        """"these proposals": those made in the latest sentence that made any, if it was this one or
        one of the two before."""
        proposed = [f for f in self.facts if f.relation == "proposed"]
        if not proposed or self.sentence is None or \
                self.sentence.index - proposed[-1].evidence.sentence.index > 2:
            return []
        latest = proposed[-1].evidence.sentence.index
        found: dict[str, Entity] = {}
        for fact in proposed:
            if fact.evidence.sentence.index == latest:
                found.setdefault(fact.object.iri, fact.object)
        return list(found.values())

    def matching_proposal(self, label: str) -> Entity | None:
        """A proposal this document made that a description names ("the glacier initiative")."""
        key = comparison_key(label) - {"initiative", "proposal", "idea", "plan", "programme", "program"}
        if not key:
            return None
        best, best_score = None, 0.0
        for p in self.proposals:
            if p.mentions == 0:
                continue
            shared = len(key & p.key)
            score = shared / len(key) if key else 0
            if shared and score > best_score:
                best, best_score = p.initiative, score
        return best if best_score >= 0.5 else None

    def is_president(self, person: Entity) -> bool:
        return any(o.role.endswith("#President") for o in self.gaz.offices_of(person.iri)) or \
            self.resolver.person_role.get(person.iri) == "President"

    def organisation_for(self, head: str, earlier: list[Entity] = ()) -> Entity | None:
        """The organisation an anaphor such as "the alliance" or "the bloc" refers to (among `earlier`,
        the bodies named before it in its own sentence, first); for "the head of state" or "the
        President", the president the text last named."""
        from .lexicon import GENERIC_ANAPHORS

        if head == "president":
            # the last president named ("..., his spokesman X said. ... the head of state said": not X)
            return next((person for person in reversed(self.people_seen) if self.is_president(person)), None)
        for entity in [*reversed(earlier), *reversed(self.organisations_seen)]:
            words = entity.name.lower().split()
            if head in GENERIC_ANAPHORS or head in words or (head == "organisation" and "organization" in words):
                return entity
        return None


_REFERRED_HEADS = (r"meeting|summit|forum|conference|format|platform|dialogue|mechanism|body|council|event|project|"
                   r"programme|program|fund|centre|center|resolution|declaration|convention|treaty|bank|zone|"
                   r"corridor|union|alliance|strategy")
# "this forum", "holding that summit in Ashgabat": a thing named before
_DEMONSTRATIVE = re.compile(rf"^(?P<lead>(?:holding|hosting|convening|creating|establishing)\s+)?(?:this|that)\s+"
                            rf"(?P<head>{_REFERRED_HEADS})(?:\s+in\s+[A-Z][\w-]*)?$", re.IGNORECASE)
# "the resolution proposed by X": a bare head, the one named before (if it was named in more words)
_BARE_HEAD = re.compile(rf"^(?P<lead>)(?P<head>resolution|declaration|convention|treaty|forum|summit|zone|corridor)$",
                        re.IGNORECASE)
_TO_BE_MADE = re.compile(r"(?:^|\s[-–—]\s*)(?:(?:also|in addition|moreover|besides|further|furthermore),\s*)?"
                         r"(?P<thing>(?:an?|the)\s+[^,;:]+?)\s+(?:will|would|shall|is\s+to|are\s+to)\s+be\s+"
                         r"(?:created|established|set\s+up|founded|formed|launched|opened|held|organi[sz]ed|"
                         r"convened)\b", re.IGNORECASE)
_ABOUT = re.compile(r"\b(?:(?:of|on|for|about|regarding|concerning|to|with|in|into|within)|"
                    r"(?:support|supporting|back|backing|endorse|endorsing|implement|implementing))\s+"
                    r"(?:the\s+|a\s+|an\s+)?(?:[\w-]+'s?\s+)?$", re.IGNORECASE)


def _about(label: str, name: str) -> bool:
    """Whether a label names something about a name in it, not the name's own thing: "a regulation on
    the consultative meetings" is a regulation."""
    at = label.lower().find(name.lower())
    return at > 0 and bool(_ABOUT.search(label[:at]))


__all__ = ["DocumentContext", "Proposal"]
