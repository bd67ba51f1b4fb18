"""Membership: which state is a member of which organisation.

- "Kazakhstan, Kyrgyzstan and Tajikistan are members of the CSTO", "Tajikistan, a member of the
  SCO, ...", "Belarus joined the SCO", "... belong to the CSTO", "alongside Armenia and Russia";
- "The Batys Alliance includes / brings together / comprises A, B and C" (also through an
  anaphor: "the alliance includes ...");
- "A, B, C, D and E - collectively known as the C5".
Negated, prospective or observer statements are not membership ("is a member of neither bloc",
"stay outside the bloc", "holds observer status", "wants to join").
"""

from __future__ import annotations

from . import lexicon as lx
from .context import DocumentContext
from .facts import Entity
from .relations import HAS_MEMBERS, KNOWN_AS, MEMBER_KINDS, MEMBER_OF, Resolved, SentenceView, Trigger, actors_after

SUBJECT_GAP = {"a", "an", "the", "are", "is", "was", "were", "has", "have", "had", "been", "also", "both", "all",
               "full", "founding", "now", "already", "currently", "became", "become", "becoming", "remain",
               "remains", "formally", "officially", "recently", "later", "eventually", "-", "collectively",
               "generally", "commonly", "jointly", "together", "often", "widely", "sometimes", "also", "and", "still",
               "its", "fellow", "permanent"}
ALONGSIDE = ("alongside", "along with", "together with", "as well as")


MEMBER_NOUNS = {"member", "members", "member-states", "member-state", "member states", "member countries",
                "members states", "full members", "founding members"}


def read_memberships(view: SentenceView, ctx: DocumentContext) -> None:
    for t in view.triggers:
        if not t.has(*MEMBER_KINDS):
            continue
        if t.has(HAS_MEMBERS):
            _org_has_members(view, t, ctx)
        if t.has(MEMBER_OF, KNOWN_AS):
            _members_of(view, t, ctx)
    _organisation_members(view, ctx)


def _organisation_members(view: SentenceView, ctx: DocumentContext) -> None:
    """"SCO member states Kazakhstan and Kyrgyzstan", "fellow EAEU members Armenia and Belarus"."""
    for org in view.mentions:
        if org.entity.kind != "Organisation":
            continue
        for size in (2, 1):
            phrase = " ".join(view.lower[org.end:org.end + size])
            if phrase in MEMBER_NOUNS:
                start = org.end + size
                while start < len(view) and view.lower[start] in ("such", "as", "like", "including", ","):
                    start += 1
                states = [m for m in actors_after(view, start) if m.entity.kind == "State"]
                if states and not _negated(view, org.start - 2, org.end):
                    for state in states:
                        _add(ctx, state.entity, org.entity, phrase, states)
                break


def _negated(view: SentenceView, start: int, end: int) -> bool:
    return any(w in lx.NOT_MEMBER for w in view.lower[max(0, start):end])


def _organisation_after(view: SentenceView, start: int, ctx: DocumentContext) -> Resolved | None:
    for i in range(start, min(len(view), start + 4)):
        m = view.mention_starting_at(i)
        if m is not None:
            return m if m.entity.kind == "Organisation" else None
        if view.lower[i] not in ("the", "a", "an", "its", "this", "that", "both"):
            return None
    return None


def _states_before(view: SentenceView, position: int) -> list[Resolved]:
    i = position
    while i > 0 and (view.lower[i - 1] in SUBJECT_GAP or view.lower[i - 1] == ","):
        i -= 1
        if view.actor_ending_at(i) is not None:
            break
    group: list[Resolved] = []
    while True:
        m = view.actor_ending_at(i)
        if m is None or m.entity.kind != "State":
            break
        group.insert(0, m)
        j = m.start
        k = j
        while k > 0 and view.lower[k - 1] in (",", "and", "&", "the") and j - k < 3:
            k -= 1
        if k == j or view.actor_ending_at(k) is None:
            break
        i = k
    return group


def _members_of(view: SentenceView, t: Trigger, ctx: DocumentContext) -> None:
    org = _organisation_after(view, t.end, ctx)
    if org is None:
        return
    states = _states_before(view, t.start)
    if not states and t.start > 0 and view.lower[t.start - 1] in ("a", "an") and t.start - 2 >= 0 and \
            view.lower[t.start - 2] == "as":
        # "As a member of the EAEU, Armenia ...": the member follows
        comma = org.end if org.end < len(view) and view.lower[org.end] == "," else None
        if comma is not None:
            states = [m for m in actors_after(view, comma + 1) if m.entity.kind == "State"][:1]
    if not states:
        return
    if _negated(view, min(states[0].start, t.start), org.start):
        return
    members = [m.entity for m in states]
    # "..., alongside Armenia, Belarus and Russia"
    for phrase in ALONGSIDE:
        size = len(phrase.split())
        for i in range(org.end, min(len(view), org.end + 3)):
            if " ".join(view.lower[i:i + size]) == phrase:
                members += [m.entity for m in actors_after(view, i + size) if m.entity.kind == "State"]
    for member in members:
        _add(ctx, member, org.entity, t.text, states)


def _org_has_members(view: SentenceView, t: Trigger, ctx: DocumentContext) -> None:
    # the organisation: just before the verb ("The Caspian Transit Council brings together"),
    # or its subject with an aside between ("Founded in 2018, the alliance includes")
    i = t.start
    while i > 0 and view.lower[i - 1] in ("also", "now", "currently", "which", "that", ",", "whose", "members",
                                          "member", "states", "'s"):
        i -= 1
    org = view.mention_ending_at(i)
    if org is None or org.entity.kind != "Organisation":
        return
    states = [m for m in actors_after(view, t.end) if m.entity.kind == "State"]
    if not states or _negated(view, org.end, t.start):
        return
    for state in states:
        _add(ctx, state.entity, org.entity, t.text, states)


def _add(ctx: DocumentContext, member: Entity, organisation: Entity, trigger: str, evidence: list[Resolved]) -> None:
    from .facts import Fact

    resolution = next((m.resolution for m in evidence if m.entity.iri == member.iri), "named")
    ctx.facts.append(Fact("memberOf", member, organisation, ctx.evidence(trigger, 0.8), resolution=resolution))
    ctx.body_names.add(organisation.iri)


__all__ = ["read_memberships"]
