"""Support read from the parse, for the support triggers the surface rules (`supports`) left unread.

- "X supported / backed / welcomed / endorsed / hailed Y", with coordinated and collective
  subjects ("the presidents of Central Asian countries supported ...": each of them);
- "X expressed / voiced support for Y", "Expressing support for Y, X proposed ...";
- "Y was backed by X";
- what was supported: a proposal this document made, named again or by "the idea", "this
  initiative", "his proposal" (the salient one, by its owner); or a thing named there and then
  ("supported the initiative to hold regular meetings", "welcomed China's intention to ..."), which
  becomes an initiative of its own. A person or state as object is a greeting, not support.
"""

from __future__ import annotations

from spacy.tokens import Token

from . import lexicon as lx
from .clause_proposals import GENERIC_HEADS, NOT_PROPOSED, PROPOSAL_NOUN_LEMMAS, PROPOSING_LEMMAS, trigger_head
from .clauses import COLLECTIVE_HEADS, ClauseView, proposal_like
from .facts import Entity
from .relations import ADOPT, SUPPORT_KINDS, SUPPORT_OF, Trigger, is_concrete

SUPPORT_LEMMAS = {"adopt", "support", "back", "welcome", "endorse", "hail", "approve", "favour", "favor", "champion",
                  "applaud", "praise", "commend", "sponsor", "cosponsor", "co-sponsor"}  # ("co-sponsored": "sponsored")
DECLARING_LEMMAS = {"declare", "proclaim"}  # by a body only (ADOPT): a state "declaring" X states it
SUPPORT_NOUN_LEMMAS = {"support", "backing", "endorsement", "approval"}
EXPRESS_LEMMAS = {"express", "voice", "reaffirm", "confirm", "declare", "give", "lend", "offer", "pledge", "state"}


def read_clause_supports(cv: ClauseView) -> None:
    already = {(f.subject.iri, f.object.iri) for f in cv.ctx.sentence_facts(cv.view.sentence)
               if f.relation == "supported"}
    for trigger in cv.view.triggers:
        if not trigger.has(*SUPPORT_KINDS, ADOPT):
            continue
        head = trigger_head(cv, trigger)
        if head.lemma_.lower() in EXPRESS_LEMMAS:
            # "expressed (his) support for X": the noun says what, the verb only that it was said
            head = next((t for t in cv.doc[trigger.start:trigger.end] if t.lemma_.lower() in SUPPORT_NOUN_LEMMAS), head)
        if _requested(head):
            continue
        supporters, objects = _phrasal(cv, trigger, head) if _is_phrasal(cv, trigger) else _reading(cv, head)
        if trigger.has(ADOPT) and not trigger.has(*SUPPORT_KINDS):
            # only a body adopts what was put to it; a state "adopting a strategy" proposes nothing
            supporters = [(e, how) for e, how in supporters if e.kind in ("Organisation", "Summit")]
        if not supporters:
            continue
        # "their support for Turkmenistan's bid": the bid's owner does not support it, and proposed it
        owned = {obj.i: [(a, how) for c in obj.children if c.dep_ == "poss" and c.pos_ != "PRON"
                         for a, how in cv.actors_at(c)] for obj in objects}
        owners = {a.iri for found in owned.values() for a, _ in found}
        proposers = _proposed_by(cv, head)
        for obj in objects:
            for initiative in _supported(cv, obj):
                for supporter, how in supporters:
                    if (supporter.iri, initiative.iri) in already or supporter.iri in owners:
                        continue
                    cv.ctx.support(supporter, how, initiative, trigger.text, 0.7)
                record = cv.ctx.proposal_of(initiative)
                # "supported Turkmenistan's bid to host X", X new to the text: Turkmenistan's proposal
                bid = owned[obj.i] if obj.lemma_.lower() in OWNED_PLAN_LEMMAS and \
                    (record is None or not record.proposers) else []
                for proposer, how, verb in [*((p, h, "proposed by") for p, h in proposers),
                                            *((p, h, obj.text) for p, h in bid)]:
                    if proposer.iri != initiative.iri:
                        cv.ctx.propose(proposer, how, initiative, verb, 0.7)


# what a state's own plan is called: "supported Korea's K-Silk Road concept" (Korea's proposal)
OWNED_PLAN_LEMMAS = PROPOSAL_NOUN_LEMMAS | {"concept", "vision", "strategy", "programme", "program"}


def _is_phrasal(cv: ClauseView, trigger: Trigger) -> bool:
    """"spoke in favour of", "came out in support of", "threw its weight behind", "agreed with": a
    support phrase that ends in its preposition (not "expressed support for": the noun reads that)."""
    words = cv.doc[trigger.start:trigger.end]
    # (not "was backed by", "found the support of": the supporters follow those)
    return len(words) > 2 and words[-1].pos_ == "ADP" and not trigger.has(SUPPORT_OF) and words[-1].lower_ != "by" and \
        not any(t.lemma_.lower() in SUPPORT_NOUN_LEMMAS and t.dep_ == "dobj" for t in words)


def _phrasal(cv: ClauseView, trigger: Trigger, verb: Token) -> tuple[list[tuple[Entity, str]], list[Token]]:
    last = cv.doc[trigger.end - 1]
    objects = [c for p in last.children if p.dep_ in ("pobj", "pcomp") for c in cv.conjuncts(p)]
    return (cv.subjects(verb) if verb.pos_ in ("VERB", "AUX") else []), objects


def _proposed_by(cv: ClauseView, head: Token) -> list[tuple[Entity, str]]:
    """"X backed the forum, proposed by Y", "X expressed support for the initiative to hold Z,
    proposed by Y": Y proposed what X supported (the parse hangs the participle on the verb)."""
    verb = head if head.pos_ == "VERB" else next((a for a in head.ancestors if a.pos_ == "VERB"), None)
    if verb is None:
        return []
    agents = [pobj for p in verb.children if p.dep_ in ("advcl", "acl") and p.tag_ == "VBN" and p.i > head.i
              and p.lemma_.lower() in PROPOSING_LEMMAS
              for agent in p.children if agent.dep_ == "agent" for pobj in agent.children if pobj.dep_ == "pobj"]
    return [a for pobj in agents for a in (cv.actors_at(pobj) or _named_after(cv, pobj))]


def _named_after(cv: ClauseView, title: Token) -> list[tuple[Entity, str]]:
    """"by his Korean counterpart Yoon Suk Yeol", the name parsed apart from its title: the person named."""
    for m in cv.view.mentions:
        if m.entity.kind == "Person" and title.i < m.start <= title.i + 4 and \
                all(t.pos_ == "PROPN" for t in cv.doc[title.i + 1:m.start]):
            return [(m.entity, m.resolution)]  # (of the name, perhaps only the family name is known)
    return []


REQUEST_LEMMAS = {"urge", "call", "hope", "ask", "invite", "want", "expect", "wish", "encourage", "appeal", "seek"}
POSSIBILITY_WORDS = {"possible", "necessary", "important", "appropriate", "advisable", "crucial", "essential",
                     "expedient", "reasonable", "vital", "imperative", "ready", "willing", "prepared"}
MODAL_WORDS = {"would", "should", "could", "may", "might", "can"}


def _requested(head: Token) -> bool:
    """Support asked for or hoped for is not support given: "called on X to support", "hoped that X
    would back", "I urge you to approve"."""
    if any(c.dep_ == "aux" and c.lower_ in MODAL_WORDS for c in head.children):
        return True
    token = head
    while token.dep_ in ("xcomp", "ccomp", "conj", "dobj", "pobj", "prep") and token.head.i != token.i:
        token = token.head
        if token.lemma_.lower() in REQUEST_LEMMAS or (token.pos_ == "ADJ" and token.lower_ in POSSIBILITY_WORDS):
            return True  # "thinks it possible to approve X": a proposal, not support given
    return False


def _reading(cv: ClauseView, head: Token) -> tuple[list[tuple[Entity, str]], list[Token]]:
    lemma = head.lemma_.lower()
    if head.pos_ in ("VERB", "AUX") and lemma in DECLARING_LEMMAS:
        # "the UN declared 2025 (as) the International Year of X": the year's name, not the year
        named = [c for child in head.children for c in (
            [p for p in child.children if p.dep_ == "pobj"] if child.dep_ == "prep" and child.lower_ == "as" else
            [a for a in child.children if a.dep_ == "appos"] if child.dep_ == "dobj" and child.tag_ == "CD" else
            [child] if child.dep_ == "dobj" else
            [child] if child.dep_ == "oprd" else [])]
        return cv.subjects(head), named
    if head.pos_ in ("VERB", "AUX") and lemma in SUPPORT_LEMMAS:
        objects = [c for child in head.children if child.dep_ == "dobj" for c in cv.conjuncts(child)]
        if head.tag_ == "VBN" and any(c.dep_ in ("auxpass", "agent") for c in head.children):
            # (the parse may take a hyphenated participle's subject as active: "was co-sponsored by X")
            passive = [head, *(a for a in head.children if a.dep_ == "auxpass")]  # (or on its auxiliary)
            objects = [c for verb in passive for child in verb.children if child.dep_ == "nsubjpass" or
                       (child.dep_ == "nsubj" and any(a.dep_ == "agent" for a in head.children))
                       for c in cv.conjuncts(child)]
        return cv.subjects(head), objects
    if lemma in SUPPORT_NOUN_LEMMAS:
        objects = [c for prep in head.children if prep.dep_ == "prep" and
                   prep.lower_ in ("for", "of", "to", "towards", "toward")
                   for p in prep.children if p.dep_ == "pobj" for c in cv.conjuncts(p)]
        thanked = _thanked(cv, head)
        if thanked:
            return thanked, objects
        # "expressed support for", "Expressing support for ..., the President proposed"
        verb = head.head
        if head.dep_ == "dobj" and verb.lemma_.lower() in EXPRESS_LEMMAS:
            supporters = cv.subjects(verb)
            if not supporters and verb.dep_ == "advcl":
                supporters = cv.subjects(verb.head)
            return supporters, objects
        possessors = [c for c in head.children if c.dep_ == "poss"]
        if possessors:
            return cv.actors_at(possessors[0]), objects
        # "gratitude for the support of these proposals by Azerbaijan"
        agents = [a for prep in head.children if prep.dep_ == "prep" and prep.lower_ in ("by", "from")
                  for p in prep.children if p.dep_ == "pobj" for a in cv.actors_at(p)]
        if agents:
            return agents, objects
    return [], []


THANKING_LEMMAS = {"thank", "extend", "express", "convey", "voice"}
GRATITUDE_NOUNS = {"appreciation", "gratitude", "thanks"}


def _thanked(cv: ClauseView, support: Token) -> list[tuple[Entity, str]]:
    """"thanked X for their support of Y", "extended his appreciation to X for their support towards Y":
    X supported Y (the one thanked, not the one thanking)."""
    prep = support.head
    if support.dep_ != "pobj" or prep.lower_ != "for":
        return []
    verb = prep.head if prep.head.pos_ == "VERB" else prep.head.head  # "his gratitude [to X] for ..."
    if verb.lemma_.lower() not in THANKING_LEMMAS:
        return []
    if verb.lemma_.lower() == "thank":
        return [a for c in verb.children if c.dep_ == "dobj" for a in cv.actors_at(c)]
    gratitude = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in GRATITUDE_NOUNS]
    return [a for holder in (verb, *gratitude) for to in holder.children if to.dep_ == "prep" and to.lower_ == "to"
            for p in to.children if p.dep_ == "pobj" for a in cv.actors_at(p)] if gratitude else []


def _supported(cv: ClauseView, obj: Token) -> list[Entity]:
    """What a support verb's object names: the proposals it refers to, or a new initiative."""
    ctx = cv.ctx
    mention = cv.mention_for(obj)
    if mention is not None and mention.start <= obj.i < mention.end:
        if mention.entity.kind in ("Person", "State", "Place"):
            return []  # "welcomed the President of Kyrgyzstan": a greeting
        record = ctx.proposal_of(ctx.proposed_names.get(mention.entity.iri, mention.entity))
        if record is not None:
            return [record.initiative]
    lemma = obj.lemma_.lower()
    if lemma in COLLECTIVE_HEADS or lemma in ("guest", "delegation", "head"):
        return []  # "welcomed the heads of state": a greeting
    # what a proposal noun names: "the initiative [to hold X]", "the idea [of a forum]" (not its owner)
    complements = [c for c in obj.children if (c.dep_ in ("acl", "xcomp", "relcl") and c.pos_ == "VERB") or
                   (c.dep_ == "prep" and c.lower_ in ("on", "for", "regarding", "concerning")) or
                   (c.dep_ == "prep" and c.lower_ == "of" and not _names_actor(cv, c) and not _titled(c))]
    governor = next((a for a in obj.ancestors if a.pos_ == "VERB"), None)
    if not complements and lemma in PROPOSAL_NOUN_LEMMAS and governor is not None:
        # "supported the initiative to hold X", "expressed support for the initiative to hold X", parsed
        # with the infinitive on the verb
        complements = [c for c in governor.children if c.dep_ in ("advcl", "xcomp") and c.i > obj.i and
                       c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    if lemma in PROPOSAL_NOUN_LEMMAS | GENERIC_HEADS or obj.pos_ == "PRON":
        owner = next((a for c in obj.children if c.dep_ == "poss" for a, _ in cv.actors_at(c)), None)
        if owner is None:
            owner = next((a for c in obj.children if c.dep_ == "prep" and c.lower_ in ("of", "by", "from")
                          for p in c.children if p.dep_ == "pobj" for a, _ in cv.actors_at(p)), None)
        described = [made for made in (ctx.matching_proposal(cv.phrase(c)) for c in complements) if made]
        if described:
            return described[:1]
        made = [initiative for _, initiative in ctx.sentence_proposals]
        if complements and not made:
            # "supported the initiative to hold A, expand B and establish C": each of them
            found = []
            for complement in cv.conjuncts(complements[0]):
                label = cv.phrase(complement)
                start, end = cv.phrase_span(complement)
                if label and is_concrete(label):
                    found.append(ctx.initiative(label, cv.mentions_in(start, end)))
            return found
        if made and owner is not None:
            # "welcomed China's intention to expand A and increase B": what the owner just proposed
            owned = {i.iri for i in ctx.proposals_by(owner)}
            return [i for i in made if i.iri in owned] or made[-1:]
        if obj.tag_ in ("NNS", "NNPS") and not made:
            # "supported the initiatives of Kyrgyzstan", "these proposals": every one meant
            return ctx.proposals_by(owner) if owner is not None else ctx.latest_proposals()
        found = ctx.salient_proposal(owner) or (made[-1] if made else ctx.salient_proposal())
        return [found] if found is not None else []
    if lemma in NOT_PROPOSED:
        return []
    if lemma in lx.DOCUMENT_NOUNS and not complements and any(c.lower_ in ("the", "this") for c in obj.children):
        # "the resolution was co-sponsored by X": the document proposed before, if it is one
        salient = ctx.salient_proposal()
        return [salient] if salient is not None and lemma in salient.name.lower() else []
    described = ctx.matching_proposal(cv.phrase(obj))
    if described is not None:
        return [described]
    if not proposal_like(cv, obj):
        return []  # "backed the exchange rate policy of Iran": something, not a proposal, was backed
    label = cv.phrase(obj)
    if not label or not is_concrete(label):
        return []
    start, end = cv.phrase_span(obj)
    return [ctx.initiative(label, cv.mentions_in(start, end))]


def _titled(prep: Token) -> bool:
    """"the initiative of the Founder of Peace ...": an owner by title, capitalised."""
    return any(p.dep_ == "pobj" and p.text[:1].isupper() for p in prep.children)


def _names_actor(cv: ClauseView, prep: Token) -> bool:
    return any(cv.actors_at(p) for p in prep.children if p.dep_ == "pobj")


__all__ = ["read_clause_supports"]
