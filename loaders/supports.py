"""Support: who backed, endorsed or welcomed which proposal.

- active: "Rahmon supported the proposal", "Mirziyoyev welcomed Zhaparov's initiative" (the
  proposal meant: one this document made, by X when the text says whose);
- passive and relative: "The idea was backed by Mongolia and Turkey", "..., which won the support
  of Azerbaijan", "held on the initiative of X and backed by all the region's leaders" (all the
  region's states but the proposer's);
- nominal and adjectival: "Uzbekistan's support for Kazakhstan's proposal", "support from players
  like Uzbekistan and Azerbaijan", "Uzbekistan has been supportive" (of the proposal just discussed).
"""

from __future__ import annotations

import re


from . import lexicon as lx
from .context import DocumentContext
from .facts import Entity
from .mentions import fold, mention_finder
from .relations import (SUPPORT, SUPPORT_KINDS, SUPPORT_NOUN, SUPPORT_OF, SentenceView,
                        Trigger, actors_after, clean_label, object_end, possessive_states, possessor_before,
                        subject_before)

_PROPOSAL_WORDS = {"proposal", "proposals", "initiative", "initiatives", "idea", "ideas", "plan", "suggestion",
                   "call", "offer", "vision", "project", "concept"}
_COLLECTIVE = re.compile(r"^(?:all|every|(?:the\s+)?other|the remaining|each of the|both)\b[\w\s-]{0,50}?\b(?:leaders|heads|"
                         r"presidents|states|countries|nations|republics|governments|participants|members)\b",
                         re.IGNORECASE)
RECENT_SENTENCES = 2


def read_supports(view: SentenceView, ctx: DocumentContext) -> None:
    for t in view.triggers:
        if not t.has(*SUPPORT_KINDS):
            continue
        if _asked_for(view, t):
            continue
        if _names_cosponsors(view, t):
            _cosponsors(view, t, ctx)
            continue
        supporters, how = _supporters(view, t, ctx)
        if not supporters:
            continue
        proposal = _proposal(view, t, ctx)
        supported = [proposal] if proposal is not None else _states_bids(view, t, ctx)
        confidence = 0.8 if how != "collective" else 0.7
        for entity, resolution in supporters:
            if entity.kind in ("Initiative", "Summit", "Place") or \
                    ctx.proposal_of(ctx.proposed_names.get(entity.iri, entity)) is not None:
                continue  # "the Seed Bank is welcome": a thing proposed supports nothing
            for thing in supported:
                ctx.support(entity, resolution, thing, t.text, confidence)


def _names_cosponsors(view: SentenceView, t: Trigger) -> bool:
    """"the co-sponsors of the resolution": the noun, not the verb ("A co-sponsored the draft")."""
    return t.text.lower().replace(" ", "").endswith(("sponsors", "authors")) and t.start > 0 and \
        view.lower[t.start - 1] in ("the", "its", "among", "other")


def _cosponsors(view: SentenceView, t: Trigger, ctx: DocumentContext) -> None:
    """"Among the co-sponsors of the resolution are A, B and C", "the co-sponsors of the draft
    included A and B", "A and B were among its co-sponsors": each state backs the document."""
    n = len(view)
    end = t.end
    if end < n and view.lower[end] == "of":
        end = next((k for k in range(end + 1, n) if view.lower[k] in _LISTING_COPULAS), None) or \
            object_end(view, end + 1)
    thing = _described(view, t.end, end, ctx) or \
        (ctx.salient_proposal() if any(w in lx.DOCUMENT_NOUNS or w == "its" for w in view.lower[t.start - 1:end])
         else None)
    if thing is None:
        return
    copula = next((k for k in range(end, min(n, end + 3)) if view.lower[k] in _LISTING_COPULAS), None)
    if copula is not None:
        start = copula + 1 + sum(1 for w in view.lower[copula + 1:copula + 4] if w in ("such", "countries", "as"))
        supporters = [m for m in actors_after(view, start) if m.entity.kind == "State"]
    else:
        among = t.start - 1 - (view.lower[t.start - 1] in ("the", "its"))
        group, _ = subject_before(view, among) if among >= 0 and view.lower[among] == "among" else ([], None)
        supporters = [m for m in group if m.entity.kind == "State"]
    for m in supporters:
        ctx.support(m.entity, m.resolution, thing, t.text, 0.8)


_LISTING_COPULAS = {"are", "were", "include", "included", "includes"}


# what a state seeks for itself: "welcomed Laos's joining the SCO", "backed Kyrgyzstan's bid for a seat"
_BID_NOUNS = set(lx.ACCESSION_NOUNS) | {"bid", "candidacy", "candidature"}


def _states_bids(view: SentenceView, t: Trigger, ctx: DocumentContext) -> list[Entity]:
    """"welcomed Laos's and Nepal's joining the SCO": each state's joining, supported (the joining
    is the state's own; nobody need have proposed it)."""
    start = t.end + (t.end < len(view) and view.lower[t.end] in ("for", "of", "to", "behind"))
    k = next((j for j in range(start, min(len(view), start + 12)) if view.lower[j] in _BID_NOUNS), None)
    states = possessive_states(view, k) if k is not None else []
    if not states or states[0].start != start or \
            (k + 1 < len(view) and view.lower[k + 1] == "to" and view.lower[k] != "accession"):
        return []  # "X's bid to host the Games": what is supported is the Games, read as X's proposal
    end = object_end(view, k)
    body = next((m for m in view.mentions_in(k, end) if m.entity.kind == "Organisation"), None)
    if view.lower[k] in lx.ACCESSION_NOUNS:
        if body is None:
            return []
        end = body.end  # "joining the SCO [and Bhutan becoming an observer]"
    phrase = view.span_text(k, end)
    return [ctx.initiative(clean_label(f"{state.entity.name}'s {phrase}", ctx.spun), view.mentions_in(k, end))
            for state in states]


_REQUESTS = {"called", "calls", "calling", "call", "urged", "urges", "urging", "urge", "asked", "asks", "asking",
             "invited", "invites", "inviting", "appealed", "appeals", "encouraged", "encourages", "encouraging",
             "hoped", "hopes", "hope", "expects", "expected", "wants", "wanted"}


def _asked_for(view: SentenceView, t: Trigger) -> bool:
    """"called on the CIS countries to support X", "urged them to back Y": support asked for, not given."""
    if t.start == 0 or view.lower[t.start - 1] != "to":
        return False
    return any(w in _REQUESTS for w in view.lower[max(0, t.start - 12):t.start - 1])


def _supporters(view: SentenceView, t: Trigger, ctx: DocumentContext) -> tuple[list[tuple[Entity, str]], str]:
    n = len(view)
    after = view.lower[t.end] if t.end < n else ""
    # "supported by X", "found the support of X", "support from X", "the backing of X"
    if t.has(SUPPORT_OF) or after in ("by", "from") or (t.has(SUPPORT_NOUN) and after == "of"):
        start = t.end + (1 if after in ("by", "from", "of") and not t.text.lower().endswith((" of", " by", " from"))
                         else 0)
        actors = actors_after(view, start, min(n, start + 10))
        if not actors:
            # "support from regional players like X and Y"
            like = next((i for i in range(start, min(n, start + 6)) if view.lower[i] in ("like", "including",
                                                                                      "namely", "notably", "as")),
                        None)
            if like is not None:
                actors = actors_after(view, like + 1)
        if actors:
            return [(m.entity, m.resolution) for m in actors], "named"
        collective = _collective(view, start, ctx)
        return ([(e, "collective") for e in collective], "collective") if collective else ([], "")
    # "Uzbekistan's support for ..."
    if t.has(SUPPORT_NOUN) and t.start > 0 and view.lower[t.start - 1] == "'s":
        possessor, _ = possessor_before(view, t.start)
        return ([(possessor.entity, possessor.resolution)], "named") if possessor is not None else ([], "")
    group, pronoun = subject_before(view, t.start)
    if group:
        return [(m.entity, m.resolution) for m in group], "named"
    if pronoun:
        entity, how = ctx.pronoun(pronoun)
        return ([(entity, how)], "pronoun") if entity is not None else ([], "")
    collective = _collective_before(view, t.start, ctx)
    return ([(e, "collective") for e in collective], "collective") if collective else ([], "")


def _collective(view: SentenceView, start: int, ctx: DocumentContext) -> list[Entity]:
    """"all the region's leaders", "the other four presidents": the region's states
    (the C5 of the reference data), except those who made the proposal."""
    text = view.span_text(start, min(len(view), start + 12))
    if not (match := _COLLECTIVE.match(text)):
        return []
    return _members_meant(view, match.group(0), ctx) or ctx.region_actors()


def _members_meant(view: SentenceView, phrase: str, ctx: DocumentContext) -> list[Entity]:
    """"other member countries", "all SCO members": the members the document gives the body it names
    there, else the body it named last with members."""
    if "member" not in phrase.lower():
        return []
    named = next((m.entity for m in view.mentions if m.entity.kind == "Organisation" and m.text in phrase), None)
    return ctx.members(named)


def _collective_before(view: SentenceView, position: int, ctx: DocumentContext) -> list[Entity]:
    i = position
    while i > 0 and view.lower[i - 1] in lx.VERB_GAP_WORDS:
        i -= 1
    j = i
    while j > 0 and i - j < 10 and view.lower[j - 1] not in (",", ";"):
        j -= 1
    text = view.span_text(j, i)
    if not text or not (match := _COLLECTIVE.match(text)):
        return []
    return _members_meant(view, match.group(0), ctx) or ctx.region_actors()


def _proposal(view: SentenceView, t: Trigger, ctx: DocumentContext) -> Entity | None:
    """Which proposal was supported: one named or described ("the glacier initiative", "the idea of
    a youth platform"), one this sentence just made, or the one "the proposal" / "X's initiative"
    refers to."""
    n = len(view)
    made_before = [initiative for position, initiative in ctx.sentence_proposals if position < t.start]
    # passive or relative: what stands before ("The idea was backed by", ", which found the support of")
    if t.has(SUPPORT_OF) or (t.end < n and view.lower[t.end] == "by"):
        clause = _clause_start(view, t.start)
        described = _described(view, clause, t.start, ctx)
        if described is not None:
            return described
        if made_before:
            return made_before[-1]
        named = _named_before(view, t.start, ctx)
        if named is not None:
            return named
        if not _refers_back(view, clause, t.start):
            return None
        return ctx.salient_proposal(_owner(view, clause, t.start, ctx)) or ctx.salient_proposal()
    start = t.end
    if start < n and view.lower[start] in ("for", "of", "to", "behind"):
        start += 1
    end = object_end(view, start) if start < n else start
    if end > start:
        # an actor as object ("welcomed Tokayev of Kazakhstan") is a greeting, not support
        first = view.mention_starting_at(start) or (view.mention_starting_at(start + 1)
                                                    if view.lower[start] == "the" else None)
        if first is not None and first.entity.kind in ("Person", "State") and \
                not (first.end < n and view.lower[first.end] == "'s"):
            return None
        described = _described(view, start, end, ctx)
        if described is not None:
            return described
        if any(w in _PROPOSAL_WORDS or w in ("it", "this", "them") for w in view.lower[start:end]):
            return ctx.salient_proposal(_owner(view, start, end, ctx))
        # a short form of a proposal made before: "backed the grain exchange", "endorsed Baku's ferry fund"
        shortened = _short_form(view, start, end, ctx)
        if shortened is not None:
            return shortened
        if t.has(SUPPORT) and not made_before and view.lower[start] in ("the", "a", "an") and end - start >= 3:
            return None  # "backed the exchange rate policy of Iran": something else was backed
    if made_before:
        return made_before[-1]
    # "Uzbekistan has been supportive": of the proposal under discussion
    if ctx.sentence is not None and ctx.sentence.index - max(ctx.last_proposal_sentence,
                                                             ctx.last_support_sentence) <= RECENT_SENTENCES:
        return ctx.salient_proposal()
    if ctx.sentence is not None and _refers_back(view, 0, len(view)):
        return ctx.salient_proposal()
    return None


def _clause_start(view: SentenceView, position: int) -> int:
    for i in range(position - 1, 0, -1):
        if view.lower[i] in (";", "while", "whereas", "but") or (view.lower[i] == "," and i + 1 < len(view)
                                                                 and view.lower[i + 1] in ("and", "while")):
            return i + 1
    return 0


def _described(view: SentenceView, start: int, end: int, ctx: DocumentContext) -> Entity | None:
    """A proposal this document made, named or described in tokens [start, end): a named initiative
    inside, or words that single one out ("the glacier initiative", "the idea of a youth platform")."""
    for m in view.mentions_in(start, end):
        if m.entity.kind == "Initiative" or m.resolution == "new":
            record = ctx.proposal_of(ctx.proposed_names.get(m.entity.iri, m.entity))
            if record is not None:
                return record.initiative
    # the noun phrase up to the proposal noun and its complement: "the glacier initiative",
    # "the idea of a youth platform", "the proposal for the investment fund"
    noun = next((i for i in range(start, end) if view.lower[i] in _PROPOSAL_WORDS), None)
    if noun is None:
        return None
    stop = noun + 1
    if stop < end and view.lower[stop] in ("of", "for", "to", "on"):
        stop = next((i for i in range(stop + 1, end) if view.lower[i] in (",", "and", "was", "were", "is", "has")),
                    end)
    label = clean_label(view.span_text(start, stop), ctx.spun)
    return ctx.matching_proposal(label)


def _short_form(view: SentenceView, start: int, end: int, ctx: DocumentContext) -> Entity | None:
    """A proposal this document made, named by some of its words ("the grain exchange" for "a Caspian
    Grain Exchange"); a possessor ("Baku's", "the Kyrgyz") is left out of the words."""
    i = start
    while i < end and view.lower[i] in ("the", "a", "an", "this", "that", "its", "his", "her", "their"):
        i += 1
    m = view.mention_starting_at(i)
    if m is not None and m.end < end and view.lower[m.end] == "'s":
        i = m.end + 1
    if end - i < 2 or end - i > 6:
        return None  # one word ("the fund") says too little; a long phrase is a description of its own
    return ctx.matching_proposal(clean_label(view.span_text(i, end), ctx.spun))


def _owner(view: SentenceView, start: int, end: int, ctx: DocumentContext) -> Entity | None:
    """Whose proposal: "Kazakhstan's proposal", "Zhaparov's initiative", "the Kyrgyz idea"."""
    for i in range(start, end):
        if view.lower[i] in _PROPOSAL_WORDS:
            possessor, _ = possessor_before(view, i)
            if possessor is not None:
                return possessor.entity
            if i > start and (state := mention_finder().state_of_word.get(fold(view.words[i - 1]))):
                return ctx.resolver.entity(state)
            return None
    return None


def _named_before(view: SentenceView, position: int, ctx: DocumentContext) -> Entity | None:
    for m in reversed([m for m in view.mentions if m.end <= position]):
        if m.entity.kind == "Initiative" or m.resolution == "new":
            record = ctx.proposal_of(ctx.proposed_names.get(m.entity.iri, m.entity))
            if record is not None:
                return record.initiative
    return None


def _refers_back(view: SentenceView, start: int, end: int) -> bool:
    return any(w in _PROPOSAL_WORDS for w in view.lower[start:end])


__all__ = ["read_supports"]
