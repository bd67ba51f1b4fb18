"""Membership: which state is a member of which organisation.

- "Kazakhstan, Kyrgyzstan and Tajikistan are members of the CSTO", "Tajikistan, a member of the
  SCO, ...", "Belarus joined the SCO", "... belong to the CSTO", "alongside Armenia and Russia";
- "The Batys Alliance includes / brings together / comprises A, B and C" (also through an
  anaphor: "the alliance includes ...");
- "A, B, C, D and E - collectively known as the C5";
- "A and B are, together with C, members of ...", "A, which belongs to the same bloc";
- founders and admissions: "the league, founded in 2021 by A and B, admitted C as its third member";
- the region's states as a group: "uniting the five Central Asian republics".
Negated, prospective or observer statements are not membership ("is a member of neither bloc",
"stay outside the bloc", "holds observer status", "wants to join").
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .context import DocumentContext
from .facts import Entity
from .relations import (ADMITTED, FOUNDED_BY, HAS_MEMBERS, KNOWN_AS, MEMBER_KINDS, MEMBER_OF, Resolved, SentenceView,
                        Trigger, actors_after, actors_before, is_actor, possessive_states)

SUBJECT_GAP = {"a", "an", "the", "are", "is", "was", "were", "has", "have", "had", "been", "also", "both", "all",
               "full", "founding", "now", "already", "currently", "became", "become", "becoming", "remain",
               "remains", "formally", "officially", "recently", "later", "eventually", "-", "collectively",
               "generally", "commonly", "jointly", "together", "often", "widely", "sometimes", "also", "and", "still",
               "its", "fellow", "permanent", "which", "that", "who", "main", "core", "original",
               "others", "etc", "etc."}  # "A, B and others are part of"
_LIST_COPULAS = {"are", "were", "include", "included", "includes", "comprise", "comprised", "remain"}
ALONGSIDE = ("alongside", "along with", "together with", "as well as")


# "the five Central Asian republics", "the region's five countries": the members of the C5 in the reference data
REGION_GROUP = re.compile(r"(?:all\s+(?:of\s+)?)?(?:the\s+)?(?:(?:five|5)\s+)?(?:central\s+asian|region's"
                          r"(?:\s+(?:five|5))?)\s+(?:states|countries|republics|nations)")
_PART_OF_REGION = {"some", "several", "two", "three", "four", "most", "many", "few", "other", "certain", "of",
                   "which", "no", "neither"}
# Words between a body and the verb said of it: "the league was founded", "which was jointly set up"
_ORG_VERB_GAP = {"was", "were", "is", "are", "has", "have", "had", "been", "jointly", "originally", "first", "later",
                 "which", "that", "itself", ","}

MEMBER_NOUNS = {"member", "members", "member-states", "member-state", "member states", "member countries",
                "members states", "full members", "founding members", "member nations", "countries", "states",
                "nations"}


def read_memberships(view: SentenceView, ctx: DocumentContext) -> None:
    for t in view.triggers:
        if not t.has(*MEMBER_KINDS):
            continue
        if t.has(HAS_MEMBERS):
            _org_has_members(view, t, ctx)
        if t.has(MEMBER_OF, KNOWN_AS):
            _members_of(view, t, ctx)
        if t.has(FOUNDED_BY):
            _founded_by(view, t, ctx)
        if t.has(ADMITTED):
            _admitted(view, t, ctx)
    read_member_lists(view, ctx)


def read_member_lists(view: SentenceView, ctx: DocumentContext) -> None:
    """Membership a sentence states without a membership verb: an organisation's members listed after
    it, a chairmanship, a state's membership."""
    _organisation_members(view, ctx)
    _chairmanships(view, ctx)
    _membership_nouns(view, ctx)
    _fellow_members(view, ctx)
    _member_status(view, ctx)
    _accessions(view, ctx)


def _organisation_members(view: SentenceView, ctx: DocumentContext) -> None:
    """"SCO member states Kazakhstan and Kyrgyzstan", "fellow EAEU members Armenia and Belarus", "the
    GCC countries - Saudi Arabia, Qatar and Oman -"."""
    for org in view.mentions:
        if org.entity.kind != "Organisation":
            continue
        # "there are nine members of the CIS: Armenia, Azerbaijan, ..."
        before = view.lower[max(0, org.start - 3):org.start]
        if "of" in before and any(w in ("members", "member-states", "states", "countries") for w in before) and \
                org.end < len(view) and view.lower[org.end] in (":", "-"):
            states = [m for m in actors_after(view, org.end + 1) if m.entity.kind == "State"]
            if not _negated(view, org.start - 6, org.end):
                for state in states:
                    _add(ctx, state.entity, org.entity, "members of", states)
        for size in (2, 1):
            phrase = " ".join(view.lower[org.end:org.end + size])
            if phrase in MEMBER_NOUNS:
                start = org.end + size
                while start < len(view) and view.lower[start] in ("such", "as", "like", "including", "namely", ",",
                                                                  "-", ":", "("):
                    start += 1
                states = [m for m in actors_after(view, start) if m.entity.kind == "State"]
                if not states and (copula := _copula_before(view, org.start)) is not None:
                    # "A, B and C are CICA members", "twelve countries, including A and B, are SCO members"
                    states = _states_before(view, copula)
                    if _negated(view, copula, org.start) or any(w in _NOT_YET for w in view.lower[copula:org.end + size]):
                        states = []
                if states and not _negated(view, org.start - 2, org.end):
                    for state in states:
                        _add(ctx, state.entity, org.entity, phrase, states)
                break
        # "the Shanghai Five grouping – A, B and C –", "the bloc's founders: A and B"
        k = org.end + (org.end < len(view) and view.lower[org.end] in GROUP_NOUNS)
        if k < len(view) and view.lower[k] in ("-", "–", "—", ":"):
            states = [m for m in actors_after(view, k + 1) if m.entity.kind == "State"]
            if len(states) >= 2 and not _negated(view, org.start - 4, org.end):
                for state in states:
                    _add(ctx, state.entity, org.entity, view.lower[k], states)


# what a body's name may be followed by before a dash and its members
GROUP_NOUNS = {"grouping", "group", "bloc", "alliance", "format", "countries", "states", "nations"}
_COPULAS = {"are", "were", "remain", "remained", "became", "become", "is", "was"}


def _copula_before(view: SentenceView, start: int) -> int | None:
    """The copula just before a body's name: "are [the] CICA members", "are all SCO member states"."""
    k = start
    while k > 0 and view.lower[k - 1] in ("the", "all", "both", "full", "now", "already", "currently", "also"):
        k -= 1
    return k - 1 if k > 0 and view.lower[k - 1] in _COPULAS else None


CHAIR_VERBS = {"held", "holds", "hold", "holding", "took", "takes", "assumed", "assumes", "assuming", "handed",
               "passed", "over", "the", "its", "their", "rotating", "two-year", "annual", "current", "has", "have",
               "had", "will", "also"}


CHAIRING_VERBS = {"chair", "chairs", "chaired", "chairing"}


def _chairs(view: SentenceView, ctx: DocumentContext) -> None:
    """"Kazakhstan chairs the CIS", "Kazakhstan, which chaired the SCO", "Kazakhstan became the first
    Central Asian state to chair the OSCE": the state that chairs a body is a member (the nearest state
    before the verb, with no other actor between)."""
    for i, word in enumerate(view.lower):
        if word not in CHAIRING_VERBS or (org := _organisation_after(view, i + 1, ctx)) is None:
            continue
        before = [m for m in view.mentions if m.end <= i and i - m.end <= 10]
        if not before or not is_actor(before[-1]) or before[-1].entity.kind != "State":
            continue  # the nearest actor before the verb is the chair, if it is a state
        state = before[-1]
        between = view.lower[state.end:i]
        if ";" in between or (between.count(",") > 1) or \
                ("," in between and (len(between) < 2 or between[1] not in ("which", "that"))) or \
                _negated(view, state.start, i) or any(w in _NOT_YET for w in between):
            continue
        _add(ctx, state.entity, org.entity, word, [state])


def _chairmanships(view: SentenceView, ctx: DocumentContext) -> None:
    """"Kazakhstan's chairmanship of CICA", "A, B and C held the CICA chairmanship": a chair is a member."""
    _chairs(view, ctx)
    for i, word in enumerate(view.lower):
        if word not in ("chairmanship", "chairmanships", "presidency"):
            continue
        org = next((m for m in view.mentions if m.entity.kind == "Organisation" and
                    (i - 3 <= m.start and m.end <= i or i < m.start <= i + 4)), None)
        if org is None or _negated(view, i - 6, i):
            continue
        first = min(org.start, i)
        possessor = next((view.actor_ending_at(k) for k in range(first - 1, max(0, first - 5), -1)
                          if view.lower[k] in ("'s", "'")), None)
        states = [possessor] if possessor is not None and possessor.entity.kind == "State" else []
        if not states:
            k = first
            while k > 0 and view.lower[k - 1] in CHAIR_VERBS:
                k -= 1
            if k < first and any(view.lower[j] in ("held", "holds", "hold", "took", "takes", "assumed", "assumes")
                                 for j in range(k, first)):
                states = _states_before(view, k)
        for state in states:
            _add(ctx, state.entity, org.entity, word, states)


_FULL = ("full", "full-fledged", "fully-fledged", "permanent")


def _membership_nouns(view: SentenceView, ctx: DocumentContext) -> None:
    """"Belarus' full membership in the SCO", "the full-fledged participation of Mongolia in the
    forum" (not an observer's, an application's or a bid's)."""
    for i, word in enumerate(view.lower):
        if word in ("membership", "participation") and i + 1 < len(view) and view.lower[i + 1] == "of" and \
                (word == "membership" or _after_full(view, i)):
            _membership_of_in(view, i, ctx)
        if word != "membership" or i + 1 >= len(view) or view.lower[i + 1] not in ("in", "of"):
            continue
        org = _organisation_after(view, i + 2, ctx)
        if org is None or any(w in _NOT_YET for w in view.lower[max(0, i - 6):i]) or _negated(view, i - 4, i):
            continue
        k = i
        while k > 0 and view.lower[k - 1] in _FULL:
            k -= 1
        if k > 0 and view.lower[k - 1] in ("'s", "'"):
            state = view.actor_ending_at(k - 1)
            if state is not None and state.entity.kind == "State":
                _add(ctx, state.entity, org.entity, word, [state])


def _after_full(view: SentenceView, i: int) -> bool:
    # "full-fledged" is one token or three ("full", "-", "fledged")
    return (i > 0 and view.lower[i - 1] in _FULL) or view.lower[max(0, i - 3):i] == ["full", "-", "fledged"]


def _membership_of_in(view: SentenceView, i: int, ctx: DocumentContext) -> None:
    """"the membership of Belarus in the SCO": the state after "of", the body after "in"."""
    k = i + 2
    while k < len(view) and view.lower[k] in ("the", "republic", "of") and view.actor_starting_at(k) is None:
        k += 1
    state = view.actor_starting_at(k)
    if state is None or state.entity.kind != "State" or state.end >= len(view) or view.lower[state.end] != "in":
        return
    org = _organisation_after(view, state.end + 1, ctx, formats=_after_full(view, i))
    if org is None or any(w in _NOT_YET for w in view.lower[max(0, i - 6):i]) or _negated(view, i - 4, i):
        return
    _add(ctx, state.entity, org.entity, view.lower[i], [state])


def _fellow_members(view: SentenceView, ctx: DocumentContext) -> None:
    """"Kazakhstan's trade with other member countries", "Armenia, like the other members of the CSTO":
    the state set against the other members is one too (of the body named there, else the last one)."""
    for i, word in enumerate(view.lower):
        if word != "other" or i + 1 >= len(view) or view.lower[i + 1] not in ("member", "members", "member-states"):
            continue
        states = [m for m in view.mentions if m.end <= i and m.entity.kind == "State"]
        if not states or _negated(view, 0, i) or any(w in _NOT_YET for w in view.lower[:i]):
            continue
        k = i + 2
        while k < len(view) and view.lower[k] in ("states", "countries", "nations", "of", "in"):
            k += 1
        named = _organisation_after(view, k, ctx) if view.lower[k - 1] in ("of", "in") else None
        organisation = named.entity if named is not None else next(
            (m.entity for m in reversed(view.mentions) if m.entity.kind == "Organisation"), None) or \
            ctx.organisation_for("organisation")
        if organisation is not None:
            _add(ctx, states[-1].entity, organisation, "other members", states)


GRANT_WORDS = {"granting", "granted", "grant", "grants", "giving", "gave", "given", "give", "conferring", "conferred"}


def _member_status(view: SentenceView, ctx: DocumentContext) -> None:
    """"granting Kuwait the status of CICA member state", "gave Laos the status of a full member of the
    SCO": a decision that makes a state a member."""
    for i, word in enumerate(view.lower):
        if word != "status" or i + 1 >= len(view) or view.lower[i + 1] != "of" or i < 2:
            continue
        k = i - 1
        while k > 0 and view.lower[k] in ("the", "a", "full", "full-fledged"):
            k -= 1
        state = view.actor_ending_at(k + 1)
        if state is None or state.entity.kind != "State" or state.start == 0 or \
                view.lower[state.start - 1] not in GRANT_WORDS or _negated(view, state.start - 4, i):
            continue
        rest = view.lower[i + 2:i + 9]
        noun = next((j for j, w in enumerate(rest) if w in ("member", "member-state", "member-country")), None)
        if noun is None or any(w in _NOT_YET for w in rest[:noun]):
            continue
        org = next((m for m in view.mentions if m.entity.kind == "Organisation" and
                    i + 2 <= m.start <= i + 2 + noun + 4), None)
        if org is not None:
            _add(ctx, state.entity, org.entity, "status of member", [state])


# "Mongolia's accession to the SCO", "Laos's and Nepal's joining the forum", "the entry of Iran into the bloc"
# the preposition before the body for each of lx.ACCESSION_NOUNS ("" for none: "joining the SCO")
_ACCESSION_NOUNS = {"accession": ("to",), "joining": ("",), "entry": ("into", "to"), "admission": ("to", "into")}


def _accessions(view: SentenceView, ctx: DocumentContext) -> None:
    """A state's accession to a body, named as a deed ("welcomed Mongolia's accession to the SCO"): the
    state is a member (not when it is only wanted, applied for or negotiated)."""
    for i, word in enumerate(view.lower):
        preps = _ACCESSION_NOUNS.get(word)
        if preps is None or any(w in _NOT_YET or w in _ACCESSION_TALK for w in view.lower[max(0, i - 6):i]) or \
                _negated(view, i - 4, i):
            continue
        states: list[Resolved] = []
        if i + 1 < len(view) and view.lower[i + 1] == "of":
            # "the accession of Mongolia to the SCO"
            state = view.actor_starting_at(i + 2)
            states = [state] if state is not None and state.entity.kind == "State" else []
            after = state.end if states else i
        else:
            states = possessive_states(view, i)  # "Laos's and Nepal's joining"
            after = i + 1
        if not states:
            continue
        prep = view.lower[after] if after < len(view) else ""
        start = after + 1 if prep in preps else after if "" in preps else None
        org = _organisation_after(view, start, ctx, formats=True) if start is not None else None
        if org is not None and org.entity.kind == "Initiative" and \
                view.lower[org.end:org.end + 4] not in (["as", "a", "full", "member"], ["as", "full", "member"]):
            continue  # a format's member only "as a full member"
        if org is not None:
            for state in states:
                _add(ctx, state.entity, org.entity, word, states)


# talk of an accession is not one: "talks on Iran's accession", "the process of Uzbekistan's joining"
_ACCESSION_TALK = {"talks", "negotiations", "negotiating", "process", "prospects", "roadmap", "road", "conditions",
                   "terms", "possibility", "possible", "request", "intention", "plans", "plan"}


_NOT_YET = {"observer", "bid", "application", "apply", "applied", "seek", "seeks", "sought", "aspire", "aspires",
            "candidate", "candidacy", "wants", "hopes", "hope", "future", "prospective", "possible", "potential"}


def _negated(view: SentenceView, start: int, end: int) -> bool:
    return any(w in lx.NOT_MEMBER for w in view.lower[max(0, start):end])


def _organisation_after(view: SentenceView, start: int, ctx: DocumentContext,
                        formats: bool = False) -> Resolved | None:
    """The body named from `start` on; with `formats`, a summit format too (a state is a full member of
    "the Consultative Meetings" as of a body)."""
    kinds = ("Organisation", "Initiative") if formats else ("Organisation",)
    for i in range(start, min(len(view), start + 4)):
        m = view.mention_starting_at(i)
        if m is not None:
            return m if m.entity.kind in kinds else None
        if view.lower[i] not in ("the", "a", "an", "its", "this", "that", "both"):
            return None
    return None


def _states_before(view: SentenceView, position: int) -> list[Resolved]:
    i = position
    aside: list[Resolved] = []
    while i > 0 and (view.lower[i - 1] in SUBJECT_GAP or view.lower[i - 1] == ","):
        i -= 1
        if view.actor_ending_at(i) is not None:
            # "A and B are, together with C, members of": C is a member too; the subject is further back
            fellow = _alongside_ending_at(view, i)
            if fellow is None:
                break
            i, states = fellow
            aside += states
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
    return group + aside if group else []


def _alongside_ending_at(view: SentenceView, end: int) -> tuple[int, list[Resolved]] | None:
    """", together with Russia," ending at `end`: (where the phrase starts, its states)."""
    states = [m for m in actors_before(view, end) if m.entity.kind == "State"]
    if not states:
        return None
    start = states[0].start
    for phrase in ALONGSIDE:
        size = len(phrase.split())
        if start - size > 0 and " ".join(view.lower[start - size:start]) == phrase and \
                view.lower[start - size - 1] == ",":
            return start - size, states
    return None


def _region_after(view: SentenceView, start: int, ctx: DocumentContext) -> list[Entity]:
    match = REGION_GROUP.match(view.span_text(start, min(len(view), start + 7)).lower())
    return ctx.region_states() if match else []


def _region_before(view: SentenceView, position: int, ctx: DocumentContext) -> list[Entity]:
    i = position
    while i > 0 and view.lower[i - 1] in SUBJECT_GAP:
        i -= 1
    text = view.span_text(max(0, i - 7), i).lower()
    match = REGION_GROUP.search(text)
    if match is None or match.end() != len(text):
        return []
    before = text[:match.start()].split()
    # "some Central Asian states", "two of the Central Asian states": not the whole region
    return [] if before and before[-1] in _PART_OF_REGION else ctx.region_states()


def _members_of(view: SentenceView, t: Trigger, ctx: DocumentContext) -> None:
    org = _organisation_after(view, t.end, ctx)
    if org is None:
        return
    states = _states_before(view, t.start)
    if not states and view.lower[t.start] != "part" and \
            (copula := next((k for k in range(org.end, min(len(view), org.end + 2))
                             if view.lower[k] in _LIST_COPULAS), None)) is not None:
        # "The member states of the CSTO are Armenia, Belarus and Russia"
        after = [m for m in actors_after(view, copula + 1 + (view.lower[copula + 1:copula + 2] == [":"]))
                 if m.entity.kind == "State"]
        if after and not _negated(view, t.start, copula + 1):
            for member in after:
                _add(ctx, member.entity, org.entity, t.text, after)
            return
    if not states and t.start > 0 and view.lower[t.start - 1] in ("a", "an") and t.start - 2 >= 0 and \
            view.lower[t.start - 2] == "as":
        # "As a member of the EAEU, Armenia ...": the member follows
        comma = org.end if org.end < len(view) and view.lower[org.end] == "," else None
        if comma is not None:
            states = [m for m in actors_after(view, comma + 1) if m.entity.kind == "State"][:1]
    if not states:
        region = _region_before(view, t.start, ctx)
        if region and not _negated(view, max(0, t.start - 8), org.start):
            for member in region:
                _add(ctx, member, org.entity, t.text, [])
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
    while i > 0 and (view.lower[i - 1] in _OWNER_GAP or view.lower[i - 1].isdigit() or
                     view.lower[i - 1] in lx.CARDINALS):
        i -= 1
    org = view.mention_ending_at(i)
    if org is None and t.start > 0 and view.lower[t.start - 1] in ("which", "that"):
        # "The OSCE, a security body which includes A and B": the body the apposition describes
        comma = next((k for k in range(t.start - 2, max(0, t.start - 14), -1) if view.lower[k] == ","), None)
        if comma is not None and comma + 1 < t.start and view.lower[comma + 1] in ("a", "an", "the"):
            org = view.mention_ending_at(comma)
    if org is None and i > 0 and view.lower[i - 1] in ("its", "their"):
        # "Its four founding member states are A, B, C and D": the body named last
        earlier = [m for m in view.mentions if m.end < i and m.entity.kind == "Organisation"]
        referent = earlier[-1].entity if earlier else ctx.organisation_for("organisation")
        org = Resolved(i - 1, i, referent, "anaphor", view.words[i - 1]) if referent is not None else None
    if org is None or org.entity.kind != "Organisation":
        return
    states = [m for m in actors_after(view, t.end) if m.entity.kind == "State"]
    if _negated(view, org.end, t.start):
        return
    members = [m.entity for m in states] or _region_after(view, t.end, ctx)
    for member in members:
        _add(ctx, member, org.entity, t.text, states)


# between a body and "members are": "The CSTO's six founding member states are"
_OWNER_GAP = {"also", "now", "currently", "already", "still", "which", "that", ",", "whose", "members", "member", "states", "'s", "'",
              "founding", "full", "original", "permanent", "current", "present", "core"}


def _subject_organisation(view: SentenceView, position: int) -> Resolved | None:
    """The body a verb at `position` is said of: just before it ("the league was founded"), before an
    apposition ("the Caspian League, an association set up"), or the sentence's subject when an aside stands
    between ("The Caspian League, founded in 2021 by A and B, admitted ...")."""
    i = position
    while i > 0 and view.lower[i - 1] in _ORG_VERB_GAP:
        i -= 1
    m = view.mention_ending_at(i)
    if m is None:
        j = i
        while j > 0 and view.lower[j - 1] != "," and i - j < 4:
            j -= 1
        if j > 0 and view.lower[j - 1] == "," and view.lower[j] in ("a", "an", "the"):
            m = view.mention_ending_at(j - 1)
    if m is None or m.entity.kind != "Organisation":
        first = next((m for m in view.mentions if m.start < position), None)
        m = first if first is not None and first.start <= 1 and first.end < len(view) and \
            view.lower[first.end] == "," else m
    return m if m is not None and m.entity.kind == "Organisation" else None


def _founded_by(view: SentenceView, t: Trigger, ctx: DocumentContext) -> None:
    """"The Caspian League, founded in 2021 by Iran and Russia": the founders are members."""
    by = next((i for i in range(t.end, min(len(view), t.end + 6)) if view.lower[i] == "by"), None)
    if by is None:
        _founded_with(view, t, ctx)
        return
    if any(view.lower[k] in (",", ";", "and") for k in range(t.end, by)):
        return
    org = _subject_organisation(view, t.start)
    if org is None or _negated(view, org.end, t.start):
        return
    states = [m for m in actors_after(view, by + 1) if m.entity.kind == "State"]
    members = [m.entity for m in states] or _region_after(view, by + 1, ctx)
    for member in members:
        _add(ctx, member, org.entity, t.text, states)


def _founded_with(view: SentenceView, t: Trigger, ctx: DocumentContext) -> None:
    """"The council was established in 2009 with A, B and C as its founding members"."""
    at = next((i for i in range(t.end, min(len(view), t.end + 6)) if view.lower[i] == "with"), None)
    if at is None or any(view.lower[k] in (",", ";") for k in range(t.end, at)):
        return
    states = [m for m in actors_after(view, at + 1) if m.entity.kind == "State"]
    if not states:
        return
    k = states[-1].end
    as_members = k < len(view) and view.lower[k] == "as" and \
        any(w in ("members", "founders", "member") for w in view.lower[k + 1:k + 6])
    # (or a list of two or more states straight after "with": "established in 2009 with A, B and C",
    # not "with the support of A")
    listed = len(states) >= 2 and view.actor_starting_at(at + 1) is not None and \
        not (k < len(view) and view.lower[k] == "as")  # ("with A and B as observers": another role)
    if not (as_members or listed):
        return
    org = _subject_organisation(view, t.start)
    if org is None or _negated(view, org.end, t.start):
        return
    for state in states:
        _add(ctx, state.entity, org.entity, t.text, states)


def _admitted(view: SentenceView, t: Trigger, ctx: DocumentContext) -> None:
    """"the union admitted Mongolia as its sixth member", "accepted Iran as a full member"."""
    states = [m for m in actors_after(view, t.end) if m.entity.kind == "State"]
    if not states:
        return
    k = states[-1].end
    if k < len(view) and view.lower[k] in ("into", "to") and t.text.lower().startswith("admit") and \
            (org := _organisation_after(view, k + 1, ctx)) is not None:
        # "agreed to admit Mongolia into the union"
        if not _negated(view, max(0, t.start - 4), k) and not any(w in _NOT_YET or w in _ACCESSION_TALK
                                                                for w in view.lower[max(0, t.start - 6):t.start]):
            for state in states:
                _add(ctx, state.entity, org.entity, t.text, states)
        return
    if k >= len(view) or view.lower[k] != "as" or not any(w in ("member", "members") for w in view.lower[k + 1:k + 5]):
        return
    if _negated(view, k, min(len(view), k + 5)):
        return
    org = _subject_organisation(view, t.start)
    if org is None:
        return
    for state in states:
        _add(ctx, state.entity, org.entity, t.text, states)


def _add(ctx: DocumentContext, member: Entity, organisation: Entity, trigger: str, evidence: list[Resolved]) -> None:
    resolution = next((m.resolution for m in evidence if m.entity.iri == member.iri), "named")
    ctx.member(member, organisation, trigger, resolution)


__all__ = ["read_member_lists", "read_memberships"]
