"""Offices, summits and attendance.

Offices are read from a name and a title standing together: "the President of Uzbekistan
Shavkat Mirziyoyev", "Kazakh President Kassym-Jomart Tokayev", "President Ilham Aliyev of
Azerbaijan", "Murat Nurtleu, Kazakhstan's foreign minister", "Akja Nurberdiyeva, Chairperson of
the Mejlis", "Analyst of the Eurasia Policy Centre, Dilnoza Yusupova". A
title followed by a name is one mention of that person.

Summits: a reference summit named outright ("the Second Consultative Meeting"), or a meeting of
the Consultative Meetings series identified by its ordinal ("the fifth in a row"), place ("held
... in Dushanbe") or date ("the 29 November meeting of Central Asian leaders"); new events by their
names ("the Astana Forum"). Generic "the summit" is the summit the document reports on.
Attendance: actors in a sentence that puts them at a summit ("took part in", "attended", "the
invitation to the summit of", "proposed ... at the Astana Forum"); hosting: "X hosted".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace


from ontology.reference import Gazetteer

from . import lexicon as lx
from .context import DocumentContext
from .dates import full_dates
from .facts import Entity, Fact, Sentence
from .relations import Resolved
from .resolve import ROLE_IRIS, Resolver
from .text import Tokens

SERIES_WORDS = re.compile(r"consultative meeting|meeting of (?:the )?heads of state of central asia|summit of central "
                          r"asian leaders|meeting of (?:the )?central asian leaders|central asian summit",
                          re.IGNORECASE)
GENERIC_SUMMIT = re.compile(r"\b(?:the|this|that|last|a)\s+(?:[A-Z][\w-]+\s+)?(?:summit|meeting|consultative meeting|"
                            r"forum|five-party meeting|talks)\b", re.IGNORECASE)
_ATTEND = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in lx.ATTEND_WORDS) + r")\b", re.IGNORECASE)
_HOST = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in lx.HOST_WORDS) + r")\b", re.IGNORECASE)
_AT_EVENT = re.compile(r"\b(?:at|during|on the sidelines of|in the course of)\s+(?:the\s+)?", re.IGNORECASE)


@dataclass(frozen=True)
class Office:
    """A person placed in a role of a state or organisation by the text, at a token position."""

    person: Entity
    role: str  # the role's IRI
    holder: Entity
    token: int  # where the evidence is
    trigger: str


def role_iris(gaz: Gazetteer) -> dict[str, str]:
    """Role words and phrases (lower case) -> the role's IRI, from the reference data."""
    table = {label.lower(): iri for iri, labels in gaz.roles.items() for label in labels}
    table.update({word: ROLE_IRIS[role] for word, role in lx.ROLE_PHRASES.items() if role in ROLE_IRIS})
    return table


def _state_in_title(t: Tokens, title: Resolved, roles: dict[str, str]) -> list[Resolved]:
    """"the Kazakh President ...": the text names Kazakhstan there, by its adjective (a mention of the
    state, though not a name of it)."""
    assert title.state is not None
    for k in range(title.start, title.end):
        word = t.word(k)
        if word[:1].isupper() and word.lower() not in roles and word.lower() not in lx.PERSON_TITLES:
            return [Resolved(k, k + 1, title.state, "demonym", word)]
    return []


def link_titles(t: Tokens, mentions: list[Resolved], resolver: Resolver, roles: dict[str, str]
                ) -> tuple[list[Resolved], list[Office], list[Resolved]]:
    """Join each title with the name beside it into one mention of the person ("the President of
    Uzbekistan Shavkat Mirziyoyev", "President Ilham Aliyev of Azerbaijan"), and list the offices
    that titles and names state together. Returns (mentions, offices, mentions now nested)."""
    offices: list[Office] = []
    out: list[Resolved] = []
    nested: list[Resolved] = []
    i = 0
    n = len(mentions)
    while i < n:
        m = mentions[i]
        nxt = mentions[i + 1] if i + 1 < n else None
        # "Ilham Aliyev of Azerbaijan", "President Nursultan Nazarbayev of Kazakhstan": one mention of the person
        if m.entity.kind == "Person" and nxt is not None and nxt.entity.kind == "State" and \
                nxt.start == m.end + 1 and t.lower(m.end) == "of" and m.state is None and \
                (nxt.end >= len(t) or t.lower(nxt.end) != "'s"):
            office = _role_word_office(t, m, mentions, i, resolver, roles)
            if office is not None:
                offices.append(office)
            m = _with_role_words(t, m, out[-1].end if out else 0, roles)
            out.append(Resolved(m.start, nxt.end, m.entity, m.resolution, t.span(m.start, nxt.end)))
            nested.append(nxt)
            i += 2
            continue
        # "the Uzbek President Shavkat Mirziyoyev", "the leader of Tajikistan, Emomali Rahmon"
        if m.state is not None and nxt is not None and nxt.entity.kind == "Person" and \
                (nxt.start == m.end or (nxt.start == m.end + 1 and t.word(m.end) == ",")) and \
                m.resolution != "side":
            role = ROLE_IRIS.get(m.role or "President", ROLE_IRIS["President"])
            if not _former(t, m.start):
                offices.append(Office(nxt.entity, role, m.state, m.start, m.text))
                resolver.place_in_office(nxt.entity, m.state, m.role or "President")
            out.append(Resolved(m.start, nxt.end, nxt.entity, nxt.resolution, t.span(m.start, nxt.end)))
            nested += _state_in_title(t, m, roles)
            i += 2
            continue
        # "Murat Nurtleu, Kazakhstan's foreign minister", "Shavkat Mirziyoyev, President of Uzbekistan"
        if m.entity.kind == "Person" and nxt is not None and nxt.state is not None and nxt.start == m.end + 1 and \
                t.word(m.end) == "," and nxt.resolution != "side":
            role = ROLE_IRIS.get(nxt.role or "President", ROLE_IRIS["President"])
            if not _former(t, nxt.start):
                offices.append(Office(m.entity, role, nxt.state, m.start, nxt.text))
                resolver.place_in_office(m.entity, nxt.state, nxt.role or "President")
            out.append(m)
            out.append(Resolved(nxt.start, nxt.end, m.entity, "title", nxt.text, nxt.state, nxt.role))
            i += 2
            continue
        if m.entity.kind == "Person":
            office = _role_word_office(t, m, mentions, i, resolver, roles)
            if office is not None:
                offices.append(office)
            m = _with_role_words(t, m, out[-1].end if out else 0, roles)
        out.append(m)
        i += 1
    return out, offices, nested


def _former(t: Tokens, start: int) -> bool:
    """"former Kyrgyz foreign minister", "ex-president": a past office, not the one held."""
    words = t.lowers(max(0, start - 2), start + 1)
    return any(w in ("former", "ex", "ex-", "late", "then", "then-", "deputy", "vice", "vice-") for w in words)


def _with_role_words(t: Tokens, m: Resolved, floor: int, roles: dict[str, str]) -> Resolved:
    """"President Emomali Rahmon", "Foreign Minister Bakhtiyor Saidov": the title joins the mention."""
    for size in (3, 2, 1):
        begin = m.start - size
        if begin < floor:
            continue
        if t.word(begin)[:1].isupper() and " ".join(t.lowers(begin, m.start)) in roles:
            return Resolved(begin, m.end, m.entity, m.resolution, t.span(begin, m.end), m.state, m.role)
    return m


def _role_word_office(t: Tokens, m: Resolved, mentions: list[Resolved], i: int, resolver: Resolver,
                      roles: dict[str, str]) -> Office | None:
    """"President Ilham Aliyev (of Azerbaijan)", "Foreign Minister Kairat Abdrakhmanov of Kazakhstan",
    "Akja Nurberdiyeva, Chairperson of the Mejlis", "Expert of the Institute ..., Zhumabek Sarabekov"."""
    words = t.lowers(max(0, m.start - 3), m.start)
    role = None
    for size in (3, 2, 1):
        phrase = " ".join(words[-size:]) if len(words) >= size else None
        if phrase and phrase in roles:
            role = roles[phrase]
            break
    nxt = mentions[i + 1] if i + 1 < len(mentions) else None
    if role is not None and not _former(t, max(0, m.start - 3)):
        holder = None
        if nxt is not None and nxt.start == m.end + 1 and t.lower(m.end) == "of" and \
                nxt.entity.kind in ("State", "Organisation"):
            holder = nxt.entity
        holder = holder or resolver.state_of(m.entity)
        if holder is None:
            return None
        if holder.kind == "State" and role == ROLE_IRIS["President"]:
            resolver.place_in_office(m.entity, holder, "President")
        return Office(m.entity, role, holder, m.start, t.word(m.start - 1))
    # "Name, Role of Organisation": the role words follow the comma
    if m.end + 2 < len(t) and t.word(m.end) == ",":
        for size in (3, 2, 1):
            phrase = " ".join(t.lowers(m.end + 1, m.end + 1 + size))
            if phrase in roles and m.end + 1 + size < len(t) and t.lower(m.end + 1 + size) == "of":
                holder = next((x for x in mentions if x.start in (m.end + 2 + size, m.end + 3 + size)
                               and x.entity.kind in ("State", "Organisation")), None)
                if holder is not None:
                    return Office(m.entity, roles[phrase], holder.entity, m.start, phrase)
    # "Role of Organisation, Name"
    previous = mentions[i - 1] if i > 0 else None
    if previous is not None and previous.entity.kind == "Organisation" and previous.end + 1 == m.start and \
            t.word(previous.end) == ",":
        words = t.lowers(max(0, previous.start - 4), previous.start)
        if words and words[-1] == "of":
            for size in (3, 2, 1):
                phrase = " ".join(words[-1 - size:-1]) if len(words) > size else None
                if phrase and phrase in roles:
                    return Office(m.entity, roles[phrase], previous.entity, m.start, phrase)
    return None


def office_facts(offices: list[Office], sentence: Sentence, begin: int, end: int, ctx: DocumentContext) -> None:
    for office in offices:
        if begin <= office.token < end:
            ctx.facts.append(Fact("holdsOfficeIn", office.person, office.holder,
                                  ctx.evidence(office.trigger, 0.8), role=office.role, resolution="named"))


# ----------------------------------------------------------------------------- summits

def identify_summit(mention: Resolved, sentence_text: str, mentions: list[Resolved], gaz: Gazetteer,
                    year: int | None) -> Entity | None:
    """The reference summit of the Consultative Meetings series a new summit name refers to, when
    its ordinal, place or date in the sentence leaves one candidate."""
    if not SERIES_WORDS.search(mention.text) and not SERIES_WORDS.search(sentence_text):
        return None
    series = [e for e in gaz.of_kind("Summit") if e.ordinal is not None]
    lowered = sentence_text.lower()
    candidates = series
    ordinals = {v for w, v in lx.ORDINALS.items() if re.search(rf"\b{w}\b", mention.text.lower())}
    if not ordinals:
        ordinals = {v for w, v in lx.ORDINALS.items() if re.search(rf"\bthe {w}\b", lowered)}
    if len(ordinals) == 1:
        candidates = [e for e in candidates if e.ordinal in ordinals]
    places = {m.entity.iri for m in mentions if m.entity.kind == "Place"}
    by_place = [e for e in candidates if e.place in places]
    if by_place:
        candidates = by_place
    dates = [d for _, d in full_dates(sentence_text)]
    day_month = re.findall(r"\b(january|february|march|april|may|june|july|august|september|october|november|"
                           r"december)\s+(\d{1,2})\b|\b(\d{1,2})\s+(january|february|march|april|may|june|july|"
                           r"august|september|october|november|december)\b", lowered)
    if dates:
        candidates = [e for e in candidates if e.date in dates] or candidates
    elif day_month:
        from .dates import month_number

        wanted = set()
        for a, b, c, d in day_month:
            month, day = (a, b) if a else (d, c)
            wanted.add(f"{month_number(month):02d}-{int(day):02d}")
        candidates = [e for e in candidates if e.date and e.date[5:] in wanted] or candidates
    if len(candidates) > 1 and year is not None:
        candidates = [e for e in candidates if e.date and int(e.date[:4]) == year] or candidates
    if len(candidates) == 1 and (len(ordinals) == 1 or by_place or dates or day_month):
        return Entity(candidates[0].iri, "Summit", candidates[0].name, True, candidates[0].ordinal,
                      candidates[0].date, candidates[0].place)
    return None


def with_place(entity: Entity, places: dict[str, str]) -> Entity:
    """A new summit named after a place ("the Astana International Forum") is held there."""
    if entity.in_reference or entity.place:
        return entity
    for word in entity.name.split():
        place = places.get(word)
        if place is not None:
            return replace(entity, place=place)
    return entity


def place_names(gaz: Gazetteer) -> dict[str, str]:
    """One-word names of reference places (cities) -> their IRIs."""
    return {name: place.iri for place in gaz.of_kind("Place") for name in (place.name, *place.aliases)
            if " " not in name and name[:1].isupper()}


def read_attendance(t: Tokens, sentence: Sentence, mentions: list[Resolved], summits: list[Resolved],
                    main_summit: Entity | None, ctx: DocumentContext) -> None:
    """Who attended or hosted the summit a sentence names (or "the summit" the document reports on)."""
    text = sentence.text
    if summits:
        summit = summits[0].entity
        summit_char = t.starts[summits[0].start] - sentence.start
    else:
        generic = GENERIC_SUMMIT.search(text)
        if main_summit is None or generic is None:
            return
        summit, summit_char = main_summit, generic.start()
    attend = _ATTEND.search(text)
    at_event = _AT_EVENT.search(text)
    host = _HOST.search(text)
    for m in mentions:
        if m.entity.kind not in ("Person", "State") or any(s.start <= m.start < s.end for s in summits):
            continue
        char = t.starts[m.start] - sentence.start
        hosting = host is not None and (
            (char < host.start() and host.start() - char < 80 and char < summit_char + 1) or
            (host.end() <= char and text[host.end():char].strip().lower().startswith("by")))
        if hosting and host.group(0).lower() != "welcomed":
            state = m.entity if m.entity.kind == "State" else ctx.on_behalf_of(m.entity)
            if state is not None:
                ctx.facts.append(Fact("hosted", state, summit, ctx.evidence(host.group(0), 0.7),
                                      resolution=m.resolution))
            if m.entity.kind == "Person":
                ctx.facts.append(Fact("attended", m.entity, summit, ctx.evidence(host.group(0), 0.7),
                                      resolution=m.resolution))
            continue
        if attend is not None or (at_event is not None and summits):
            trigger = attend.group(0) if attend is not None else at_event.group(0).strip()
            ctx.facts.append(Fact("attended", m.entity, summit, ctx.evidence(trigger, 0.7), resolution=m.resolution))


__all__ = ["Office", "identify_summit", "link_titles", "office_facts", "place_names", "read_attendance", "role_iris",
           "with_place"]
