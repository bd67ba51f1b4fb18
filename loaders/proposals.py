"""Proposals: who proposed, initiated, called for, put forward, suggested or announced what.

The forms read, each with its rule:
- active: "Mongolia and Kazakhstan proposed to open a Northern Transit Dialogue" (one fact per
  proposer), with adverbs and asides between actor and verb;
- passive and relative: "a Forum ... was proposed by X", "the Council, the creation of which was
  suggested by X", "the summit in 2026, proposed by X";
- nominal: "the initiative of X to establish ...", "the Turkmen side's proposal to ...", "on the
  initiative of X" (the thing launched is the object), "X's vision includes the creation of A and
  the formulation of B";
- offers and calls: "expressed their readiness to ...", "emphasised the need for ...",
  "outlined its plan for ...";
- elided: "X proposed A, whereas the Tajik leader – B" (B proposed by the leader);
- coordinated: "proposed developing A, forming B and preparing C" (three proposals), and a
  second verb sharing the subject ("announced A, and also initiated B");
- agentless passive after a continuation ("Specifically, proposals were made to ..."):
  the proposer of the sentence before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon as lx
from .context import DocumentContext
from .facts import Entity
from .relations import (DETERMINERS, NEED, PLAN, PROPOSAL_KINDS, PROPOSAL_NOUN, PROPOSE, PROPOSE_WEAK, READINESS,
                        SPEECH_VERBS, Resolved, SentenceView, Trigger, actors_after, clean_label, distribute,
                        is_concrete, object_end,
                        possessor_before, quote_speaker, split_coordination, split_listed, split_named,
                        subject_before)
from .text import normalise

VERBAL = (PROPOSE, PROPOSE_WEAK, READINESS, NEED, PLAN)
PASSIVE_AUX = {"was", "were", "is", "are", "been", "be", "being"}
URGE_VERBS = {"urged", "urges", "urging", "called on", "calls on", "calling on", "called upon", "invited", "encouraged",
              "asked"}
VISION_ONLY = {"vision", "concept", "agenda", "programme", "program", "brainchild", "plan"}
# "offered support", "offered assistance": backing or help, not a proposal
NOT_PROPOSALS = {"support", "assistance", "help", "aid", "backing", "condolences", "congratulations", "thanks",
                 "gratitude", "sympathy", "solidarity"}
_PREPOSITIONS = {"of", "with", "to", "from", "for", "by", "on", "at", "in", "between", "among", "including"}
PURPOSE_PARTICIPLES = {"aimed", "designed", "intended", "meant", "directed", "geared", "targeting", "seeking"}
COMPLEMENT_WORDS = ("to", "for", "on", "regarding", "concerning", "about")
PROPOSAL_HEADS = lx.INITIATIVE_HEADS | lx.EVENT_HEADS | {"vision", "readiness", "holding", "plans", "plan"}
_WORDS = re.compile(r"[a-z][\w-]*")
ATTENDING = {"take part", "participate in", "attend the", "attend this", "be present", "visit the"}


@dataclass
class Reading:
    """One trigger read: who, what (labels with the mentions inside them), how sure."""

    trigger: Trigger
    subjects: list[tuple[Entity, str]]
    objects: list[tuple[str, list[Resolved]]]
    confidence: float
    end: int  # the last token the reading used
    verb: str
    opens_list: bool = False  # "proposed the following:" — the items come in the next lines


def read_proposals(view: SentenceView, ctx: DocumentContext, summit: Entity | None,
                   skip: frozenset[int] = frozenset()) -> None:
    """`skip`: the triggers (by start) the parse has already read."""
    triggers = [t for t in view.triggers if t.has(*PROPOSAL_KINDS) and t.start not in skip]
    readings: list[Reading] = []
    consumed = -1
    for index, trigger in enumerate(triggers):
        if trigger.start < consumed:
            continue  # a trigger word inside an object already read ("... specific proposals for ...")
        reading = _read(view, trigger, triggers[index + 1:], ctx, readings)
        if reading is None:
            continue
        if reading.opens_list:
            ctx.pending_list = (reading.subjects, reading.verb, reading.confidence)
            continue
        if not reading.objects:
            ctx.sentence_proposers += reading.subjects  # "made several proposals." then "In particular, ..."
            continue
        readings.append(reading)
        consumed = max(consumed, reading.end)
    readings += _elided(view, readings, ctx)
    # an actor's own initiative first: a larger proposal about it ("a resolution to support X's Initiative")
    # is another thing
    readings = _owned_initiatives(view) + readings
    for reading in readings:
        for label, mentions in reading.objects:
            initiative = ctx.initiative(label, mentions)
            for subject, resolution in reading.subjects:
                if subject.iri == initiative.iri:
                    continue
                ctx.propose(subject, resolution, initiative, reading.verb, reading.confidence, summit,
                            reading.trigger.start)


def _owned_initiatives(view: SentenceView) -> list[Reading]:
    """"Mongolia's Steppe Peace Initiative", "support for Kazakhstan's Initiative On World Unity": an
    initiative named as an actor's own is its proposal, wherever the sentence names it."""
    found = []
    for m in view.mentions:
        if m.entity.kind != "Initiative" or not {"initiative", "proposal"} & set(m.text.lower().split()) or \
                m.start < 2 or view.lower[m.start - 1] not in ("'s", "'"):
            continue
        owner = view.actor_ending_at(m.start - 1)
        if owner is not None:
            trigger = Trigger(frozenset({PROPOSAL_NOUN}), m.start, m.end, m.text)
            found.append(Reading(trigger, [(owner.entity, owner.resolution)], [(m.entity.name, [m])], 0.7, m.end,
                                 "'s initiative"))
    return found


# "The first resolution entitled "A" was adopted in April, the second one entitled "B" in May"
_ENTITLED = re.compile(r"\b(?:the\s+)?(?:first|second|third|fourth|fifth|next|other|another|last|latest)?\s*"
                       r"(?P<kind>[a-z]+|one)\s+(?:entitled|titled|named|called)\s+\"(?P<title>[^\"]{3,120})\"")


_DOCUMENT_KINDS = {"resolution", "declaration", "convention", "agreement", "treaty", "document", "programme",
                   "program", "strategy", "plan", "initiative", "concept", "charter", "decade", "year"}


def read_entitled_series(view: SentenceView, ctx: DocumentContext, summit: Entity | None) -> None:
    """Documents of one kind named by their titles right after a proposal of that kind ("the third
    resolution on X, adopted at the initiative of Y. The first resolution entitled "A" ..., the second
    one entitled "B"): each title is another of the proposer's."""
    recent = ctx.latest_proposal()
    if recent is None or ctx.sentence is None or ctx.sentence.index - recent.evidence.sentence.index > 1:
        return
    text = normalise(view.sentence.text)
    kinds = [w for w in re.findall(r"[a-z]+", recent.object.name.lower()) if w in _DOCUMENT_KINDS]
    for m in _ENTITLED.finditer(text):
        word = m.group("kind").lower()
        kind = kinds[0] if word == "one" and kinds else word
        if kind not in kinds:
            continue
        initiative = ctx.initiative(f'{kind} "{m.group("title").strip()}"', [])
        ctx.propose(recent.subject, "context", initiative, "entitled", 0.6, summit)


_ITEM = re.compile(r"^\s*(?:[-•*–—·▪]|\(?\d{1,2}[.)])\s+|^\s*[a-z]")


# an item of a list that has no bullets: a line opening with "The creation of", "A regional fund", "Creating"
_BARE_ITEM = re.compile(r"^(?:(?:The|A|An)\s+(?:[a-z][\w-]*\s+){0,3}?(?:" +
                        "|".join(sorted(lx.NOMINALISATIONS)) + r")\s+of\b|(?:A|An)\s+[A-Z]|" +
                        r"(?:A|An)\s+(?:[\w-]+\s+){0,3}?(?:" + "|".join(sorted(lx.INITIATIVE_HEADS | lx.EVENT_HEADS)) +
                        r")\b|[A-Z][a-z]+ing\s)")


def is_list_item(text: str, on_its_own_line: bool = False) -> bool:
    """A line of a list: a bullet or a number first, or a phrase in lower case; on a line of its own,
    also a noun phrase or gerund with no verb of its own before its first comma ("The creation of a
    fund, hosted ..."; "A regional investment fund to ...")."""
    if _ITEM.match(text):
        return True
    return on_its_own_line and len(text.split()) <= 40 and bool(_BARE_ITEM.match(text))


def read_list_item(view: SentenceView, ctx: DocumentContext, summit: Entity | None) -> None:
    """One item of the list a proposal announced ("proposed the following:" / "- creating a ...;")."""
    assert ctx.pending_list is not None
    subjects, verb, confidence = ctx.pending_list
    start = 0
    while start < len(view) and (view.words[start] in ("-", "*", "•", "·", "▪", "(", ")", ".") or
                                 view.words[start].isdigit()):
        start += 1
    end = object_end(view, start, hard=True)
    for label, mentions in _objects(view, start, end, ctx):
        initiative = ctx.initiative(label, mentions)
        for subject, resolution in subjects:
            ctx.propose(subject, resolution, initiative, verb, confidence * 0.9, summit, start)


# "Third, is the establishment of a specialised structure - the Regional Centre for X": a point of a
# speaker's enumeration, named by what is to be done
_ENUMERATED = re.compile(r"^\W*(?:" + "|".join(f"{w}|{w}ly" for w in lx.ORDINALS if w.isalpha()) +
                         r"|first\s+of\s+all|finally|lastly),\s+(?:it\s+is\s+|is\s+)?(?=(?:the\s+)?(?:" +
                         "|".join(sorted(lx.NOMINALISATIONS)) + r"|[a-z]+(?:ing|tion|ment|sion))\s+of\b)",
                         re.IGNORECASE)


def is_enumerated_point(text: str) -> bool:
    return _ENUMERATED.match(text) is not None


def read_enumerated_point(view: SentenceView, ctx: DocumentContext, speakers: list[tuple[Entity, str]],
                          summit: Entity | None) -> None:
    """A point of an enumeration, the speaker's inside their quotation or an announced list's: "Third,
    is the creation of X", "Secondly, it is the strengthening of Y"."""
    opening = _ENUMERATED.match(view.sentence.text)
    if opening is None:
        return
    start = next((k for k in range(len(view)) if view.chars[k] >= view.sentence.start + opening.end()), len(view))
    end = object_end(view, start, hard=True)
    ordinal = opening.group(0).strip(" \t\"'«“,").split(",")[0]
    for label, mentions in _objects(view, start, end, ctx):
        initiative = ctx.initiative(label, mentions)
        for speaker, how in speakers:
            ctx.propose(speaker, how, initiative, ordinal, 0.6, summit, start)


# ----------------------------------------------------------------------------- one trigger

def _read(view: SentenceView, t: Trigger, later: list[Trigger], ctx: DocumentContext,
          readings: list[Reading]) -> Reading | None:
    n = len(view)
    after = view.lower[t.end] if t.end < n else ""
    before = view.lower[t.start - 1] if t.start > 0 else ""
    stop = _next_clause(view, t, later)
    # "X's call for ...", "his proposal to ...": a nominal whatever the phrase is
    if before == "'s" or (before in ("his", "her", "its", "their") and t.has(PROPOSAL_NOUN, PROPOSE)):
        return _nominal(view, t, ctx, stop)
    if t.has(READINESS) and (reading := _readiness(view, t, ctx, stop, readings)) is not None:
        return reading
    if t.has(NEED) and (reading := _need(view, t, ctx, stop, readings)) is not None:
        return reading
    if t.has(PLAN) and (reading := _plan(view, t, ctx, stop, readings)) is not None:
        return reading
    if t.has(PROPOSE, PROPOSE_WEAK):
        return _verbal(view, t, ctx, stop, readings, weak=not t.has(PROPOSE))
    light = _light_verb(view, t)
    if light is not None:
        return _verbal(view, light, ctx, stop, readings, weak=False)
    if t.has(PROPOSAL_NOUN):
        if after in ("for", "to") and before not in ("the", "a", "an", "this", "that", "such", "these") and \
                t.text.lower() in ("call", "calls") and not t.has(PROPOSE):
            return None
        return _nominal(view, t, ctx, stop)
    return None


LIGHT_VERBS = {"made", "makes", "make", "making", "submitted", "submits", "tabled", "tables", "voiced", "voices",
               "advanced", "advances", "presented", "presents", "introduced", "introduces", "floated", "floats",
               "raised", "raises", "unveiled", "unveils", "offered", "offers"}


def _light_verb(view: SentenceView, t: Trigger) -> Trigger | None:
    """"made several proposals", "introduced an important initiative", "voiced a new idea": a verb
    with a proposal noun as its object is a verbal trigger spanning both."""
    noun = t.text.lower()
    if noun not in ("proposal", "proposals", "initiative", "initiatives", "idea", "ideas", "suggestion",
                    "suggestions"):
        return None
    i = t.start
    while i > 0 and t.start - i < 4 and view.lower[i - 1] not in LIGHT_VERBS:
        # (not "voiced support for the initiative": what is voiced is the support)
        if view.lower[i - 1] in (",", ";", ".", "and", "for", "of", "to", "on", "with") or \
                view.mention_ending_at(i) is not None:
            return None
        i -= 1
    if i == 0 or view.lower[i - 1] not in LIGHT_VERBS:
        return None
    if i > 1 and view.lower[i - 2] in DETERMINERS:
        return None  # "the presented initiative of X": a participle describing the noun, no verb
    if noun.endswith("s") and t.end < len(view) and view.lower[t.end] in PURPOSE_PARTICIPLES:
        return None  # "presented several initiatives aimed at closer ties": what they are for, not what they are
    return Trigger(frozenset({PROPOSE}), i - 1, t.end, " ".join(view.words[i - 1:t.end]))


def _next_clause(view: SentenceView, t: Trigger, later: list[Trigger]) -> int | None:
    """Where the next coordinated verb's clause begins ("..., and also initiated B"; ", advocating for B")."""
    for other in later:
        if not other.has(*VERBAL) or other.start <= t.end:
            continue
        i = other.start
        while i > t.end and view.lower[i - 1] in ("also", "further", "then", "jointly", "subsequently", "later"):
            i -= 1
        if i > t.end and view.lower[i - 1] in ("and", ","):
            j = i - 1
            if j > t.end and view.lower[j] == "and" and view.lower[j - 1] == ",":
                j -= 1
            return j
        if view.actor_ending_at(i) is not None or view.lower[i - 1] in ("he", "she", "they", "it"):
            m = view.actor_ending_at(i)
            j = m.start if m is not None else i - 1
            while j > t.end and view.lower[j - 1] in ("and", ",", "while", "whereas", "the"):
                j -= 1
            return j
    return None


def _subjects(view: SentenceView, position: int, ctx: DocumentContext, readings: list[Reading],
              floor: int = 0) -> list[tuple[Entity, str]]:
    group, pronoun = subject_before(view, position, floor)
    if group and view.lower[position].endswith("ing") and view.lower[position - 1] == "," and group[0].start > 0 and \
            view.lower[group[0].start - 1] in _PREPOSITIONS:
        group = []  # "X met with the ministers of A and B, initiating Y": the participle is X's, not A's
    if group:
        return [(m.entity, m.resolution) for m in group]
    if pronoun:
        return pronoun_subject(view, position, pronoun, ctx)
    # a second verb sharing the subject: "announced A, and also initiated B"; ", advocating for B";
    # "welcomed the idea and offered to host it"
    i = position
    while i > 0 and view.lower[i - 1] in ("also", "further", "then", "jointly", "subsequently", "later"):
        i -= 1
    if i > 0 and view.lower[i - 1] in ("and", ","):
        if readings:
            return readings[-1].subjects
        for previous in reversed([t for t in view.triggers if t.end < i]):
            group, pronoun = subject_before(view, previous.start, floor)
            if group:
                return [(m.entity, m.resolution) for m in group]
            if pronoun:
                return pronoun_subject(view, previous.start, pronoun, ctx)
        if view.lower[i - 1] == "and" or view.lower[position].endswith("ing"):
            # "Tokayev spoke at the forum and proposed ...", "Tokayev turned to trade, proposing ...": the
            # actor that opens the clause
            opener = next((m for m in view.mentions if m.start < i and m.entity.kind in ("Person", "State",
                                                                                       "Organisation")), None)
            if opener is not None and (opener.start == 0 or view.words[opener.start - 1] in ("-", ":", ",")) and \
                    (opener.end >= len(view) or view.lower[opener.end] not in ("'s", "and", ",")):
                # "US Secretary of State John Kerry": the person the state's title names
                titled = next((m for m in view.mentions if m.entity.kind == "Person" and opener.end <= m.start and
                               all(w in lx.PERSON_TITLES or w in ("of", "state", "foreign", "prime", "deputy")
                                   for w in view.lower[opener.end:m.start])), None) \
                    if opener.entity.kind == "State" else None
                opener = titled or opener
                return [(opener.entity, opener.resolution)]
    return []


def pronoun_subject(view: SentenceView, position: int, pronoun: str, ctx: DocumentContext
                    ) -> list[tuple[Entity, str]]:
    """"he"/"she": the last person named; "it"/"its": the last state or organisation, in this
    sentence first ("Tajikistan has a record: it took the initiative ..."); "we"/"I" in a quotation:
    its speaker ("“We propose ...,” Tokayev said")."""
    if pronoun in ("we", "i", "our", "my"):
        speaker = quote_speaker(view, position - 1 if position > 0 else position)
        if speaker is not None:
            return [(speaker.entity, "pronoun")]
        named_later = ctx.speaker()  # the speaker named sentences away, after the quotation closes
        return [(named_later, "pronoun")] if named_later is not None else []
    kinds = ("Person",) if pronoun in ("he", "she", "his", "her") else ("State", "Organisation")
    earlier = [m for m in view.mentions if m.end <= position and m.entity.kind in kinds]
    if earlier and pronoun not in ("he", "she", "his", "her"):
        return [(earlier[-1].entity, "pronoun")]
    entity, how = ctx.pronoun(pronoun)
    if entity is None and earlier:
        entity = earlier[-1].entity
    return [(entity, how)] if entity is not None else []


def _passive(view: SentenceView, t: Trigger) -> tuple[bool, int | None]:
    """(is passive, index of "by" or None)."""
    n = len(view)
    j = t.end
    while j < n and view.lower[j] in ("first", "jointly", "initially", "originally", "earlier", "previously"):
        j += 1
    if j < n and view.lower[j] == "by":
        return True, j
    i = t.start
    while i > 0 and view.lower[i - 1] in ("first", "jointly", "initially", "originally", "also", "already",
                                          "recently", "formally", "officially", "reportedly"):
        i -= 1
    if i > 0 and view.lower[i - 1] in PASSIVE_AUX:
        return True, None
    return False, None


def _verbal(view: SentenceView, t: Trigger, ctx: DocumentContext, stop: int | None, readings: list[Reading],
            weak: bool) -> Reading | None:
    passive, by = _passive(view, t)
    confidence = 0.7 if weak else 0.9
    if passive:
        if by is not None:
            actors = actors_after(view, by + 1)
            subjects = [(m.entity, m.resolution) for m in actors]
            if not subjects:
                return None
            end = actors[-1].end
            after = end
            while after < len(view) and view.lower[after] in ("at", "in", "on", "during") and after - end < 1:
                after += 1
            if after < len(view) and view.lower[after] in ("to", "include", "includes", "included", "are", "were",
                                                           ":"):
                # "It was proposed by Kazakhstan to create ...", "Proposals put forward by X include A and B"
                start = after + (0 if view.lower[after] == "to" else 1)
                end = object_end(view, start, stop, hard=True)
                objects = _objects(view, start, end, ctx)
            else:
                objects = _object_before(view, t.start, ctx)
        else:
            # agentless: the proposer of the sentence before, when this one continues it
            if not _continues(view) or not ctx.previous_proposers:
                return None
            subjects = ctx.previous_proposers[-1:]
            confidence = 0.6
            if t.end < len(view) and view.lower[t.end] in ("to", "that"):
                end = object_end(view, t.end, stop, hard=True)
                objects = _objects(view, t.end, end, ctx)
            else:
                objects = _object_before(view, t.start, ctx)
                end = t.end
        return Reading(t, subjects, objects, confidence, end, t.text) if objects else None
    subjects = _subjects(view, t.start, ctx, readings)
    if not subjects:
        return None
    start = t.end
    if start < len(view) and view.lower[start] in lx.COMPLEMENTISERS and (weak or view.lower[start] != "that"):
        return None  # "announced that ...": reported speech
    if t.text.lower() in URGE_VERBS:
        to = next((k for k in range(start, min(start + 12, len(view))) if view.lower[k] == "to"), None)
        if to is not None and "," not in view.lower[start:to]:
            start = to
    end = object_end(view, start, stop, hard=True)
    plural = t.text.lower().endswith(("proposals", "initiatives", "ideas", "suggestions"))
    if plural and start < len(view) and view.lower[start] in ("on", "about", "regarding", "concerning", "in"):
        objects = []  # "made several proposals on water": a topic, the proposals follow
    else:
        objects = _objects(view, start, end, ctx)
    objects = _with_fronted_quote(view, objects, ctx)
    if weak:
        objects = [(label, mentions) for label, mentions in objects if _names_a_proposal(label, mentions)]
    if not objects and view.words[-1] == ":" and end >= len(view) - 4:
        return Reading(t, subjects, [], confidence, end, t.text, opens_list=True)  # "proposed the following:"
    if not objects and not (t.text.lower().endswith(("proposals", "initiatives", "ideas", "suggestions"))):
        return None
    return Reading(t, subjects, objects, confidence, end, t.text)


def _continues(view: SentenceView) -> bool:
    opening = " ".join(view.lower[:6])
    return any(opening.startswith(marker) for marker in lx.CONTINUATION_MARKERS)


def _names_a_proposal(label: str, mentions: list[Resolved]) -> bool:
    words = set(_WORDS.findall(label.lower()))
    return bool(words & PROPOSAL_HEADS) or any(m.resolution == "new" and m.entity.kind != "Person"
                                              for m in mentions)


def _readiness(view: SentenceView, t: Trigger, ctx: DocumentContext, stop: int | None,
               readings: list[Reading]) -> Reading | None:
    """"expressed their readiness, taking into account ..., to cooperate in ..."."""
    n = len(view)
    j = t.end
    limit = min(n, t.end + 5)
    while j < limit and view.lower[j] not in lx.READINESS_NOUNS:
        j += 1
    if j >= limit:
        return None
    k = j + 1
    if k < n and view.lower[k] == ",":
        k += 1
        while k < n and view.lower[k] != "," and k - j < 25:
            k += 1
        k += 1
    if k >= n or view.lower[k] != "to":
        return None
    subjects = _subjects(view, t.start, ctx, readings)
    if not subjects:
        return None
    if " ".join(view.lower[k + 1:k + 3]) in ATTENDING:
        return None  # "readiness to take part in the summit": to attend, not to propose
    end = object_end(view, k, stop)
    objects = _objects(view, k, end, ctx, split=False)
    phrase = " ".join(view.words[t.start:j + 1])
    return Reading(t, subjects, objects, 0.6, end, phrase) if objects else None


def _need(view: SentenceView, t: Trigger, ctx: DocumentContext, stop: int | None,
          readings: list[Reading]) -> Reading | None:
    """"emphasised the (urgent) need for ...", "stressed the necessity to ..."."""
    n = len(view)
    j = t.end
    if j >= n or view.lower[j] not in ("the", "a"):
        return None
    k = j + 1
    while k < n and k - j <= 3 and view.lower[k] not in ("need", "necessity", "want"):
        k += 1
    if k >= n or view.lower[k] not in ("need", "necessity", "want") or \
            (view.lower[k] == "want" and not ctx.spun):
        return None
    if k + 1 >= n or view.lower[k + 1] not in ("for", "to", "of"):
        return None
    subjects = _subjects(view, t.start, ctx, readings)
    if not subjects:
        return None
    end = object_end(view, k + 2, stop)
    objects = _objects(view, k + 2, end, ctx)
    return Reading(t, subjects, objects, 0.6, end, " ".join(view.words[t.start:k + 2])) if objects else None


def _plan(view: SentenceView, t: Trigger, ctx: DocumentContext, stop: int | None,
          readings: list[Reading]) -> Reading | None:
    """"outlined its plan for ...", "unveiled a plan to ..."."""
    n = len(view)
    j = t.end
    if j < n and view.lower[j] in ("its", "his", "her", "their", "a", "the", "a new", "new"):
        j += 1
    if j >= n or view.lower[j] not in ("plan", "plans", "intention", "intentions") or j + 1 >= n or \
            view.lower[j + 1] not in ("for", "to", "on"):
        return None
    subjects = _subjects(view, t.start, ctx, readings)
    if not subjects:
        return None
    end = object_end(view, j + 2, stop)
    objects = _objects(view, j + 2, end, ctx, split=False)
    return Reading(t, subjects, objects, 0.7, end, " ".join(view.words[t.start:j + 2])) if objects else None


def _nominal(view: SentenceView, t: Trigger, ctx: DocumentContext, stop: int | None) -> Reading | None:
    """"the initiative of X to ...", "X's proposal for ...", "on the initiative of X", "X's vision includes ..."."""
    n = len(view)
    noun = t.text.lower()
    before = view.lower[t.start - 1] if t.start > 0 else ""
    before2 = view.lower[t.start - 2] if t.start > 1 else ""
    subjects: list[tuple[Entity, str]] = []
    k = t.end
    # on the initiative of X (the object is what was launched or created: before, or the main clause after)
    if before == "the" and before2 in ("on", "at", "upon", "following") and k < n and view.lower[k] == "of":
        actors = actors_after(view, k + 1)
        if not actors:
            return None
        subjects = [(m.entity, m.resolution) for m in actors]
        fronted = t.start - 2 == 0 or view.words[t.start - 3] in ("-", ",", ";", ":")
        objects = [] if fronted else _object_before(view, t.start - 2, ctx)
        if not objects and fronted:
            comma = next((i for i in range(actors[-1].end, n) if view.lower[i] == ","), None)
            if comma is not None:
                start = _main_clause_object(view, comma + 1)
                objects = _objects(view, start, object_end(view, start, stop), ctx, split=False)
        return Reading(t, subjects, objects, 0.8, actors[-1].end, " ".join(view.words[t.start - 2:t.end + 1])) \
            if objects else None
    possessor, pronoun = possessor_before(view, t.start)
    if possessor is not None:
        subjects = [(possessor.entity, possessor.resolution)]
    elif pronoun is not None:
        subjects = pronoun_subject(view, t.start, pronoun, ctx)
        if not subjects:
            return None
    elif k < n and view.lower[k] in ("of", "by", "from"):
        actors = actors_after(view, k + 1, min(n, k + 12))
        if not actors:
            return None
        subjects = [(m.entity, m.resolution) for m in actors]
        k = actors[-1].end
    else:
        return None
    # what follows the noun: a complement, or a linking verb ("includes", "is the emphasis on"); a comma
    # closing an apposition may stand before the complement ("the proposal by Turkey's president, Recep
    # Tayyip Erdogan, to set up ...")
    if k < n and view.lower[k] == ",":
        apposition = view.actor_ending_at(k)
        if not (k + 1 < n and view.lower[k + 1] == "to" and apposition is not None and "," in apposition.text):
            return None
        k += 1
    start = None
    if noun.endswith((" for", " to", " on")):
        start = k  # "call for", spun "name for": the complement is part of the trigger
    elif k < n and view.lower[k] in COMPLEMENT_WORDS and noun.rstrip("s") not in VISION_ONLY:
        start = k + 1 if view.lower[k] != "to" else k
    else:
        for size in (2, 1):
            if " ".join(view.lower[k:k + size]) in lx.LINKING_PREDICATES:
                start = k + size
                break
        if start is None and k + 2 < n and view.lower[k] in ("is", "was") and view.lower[k + 1] == "the" and \
                view.lower[k + 2] in lx.EMPHASIS_NOUNS + tuple(lx.NOMINALISATIONS):
            start = k + 1
            if view.lower[k + 2] in lx.EMPHASIS_NOUNS and k + 3 < n and view.lower[k + 3] in ("on", "upon"):
                start = k + 4
    if start is None:
        return None  # "Tokayev's proposal is noteworthy": a mention of a proposal, not a new one
    end = object_end(view, start, stop, hard=True)
    objects = _objects(view, start, end, ctx)
    return Reading(t, subjects, objects, 0.8, end, t.text) if objects else None


# ----------------------------------------------------------------------------- objects

_UNSPECIFIED = re.compile(r"^(?:a\s+)?(?:number|series|package|set|range|host|raft|couple|list)\s+of\s+|^(?:several|various|"
                          r"some|many|numerous|multiple|other|further|new|additional|specific|concrete)\s+",
                          re.IGNORECASE)


_ROLE_MODALS = ("should", "would", "could", "must", "will", "shall", "might")
_ROLE_VERBS = ("become", "be", "serve", "act", "remain")


def _proposed_role(view: SentenceView, start: int, ctx: DocumentContext) -> tuple[str, list[Resolved]] | None:
    """"proposed that Nazarov, the "elder of the region", should become the honorary chairman of the
    council": an actor in a role is what is proposed ("Nazarov as the honorary chairman of the council")."""
    if start >= len(view) or view.lower[start] != "that":
        return None
    actor = view.actor_starting_at(start + 1)
    if actor is None or actor.entity.kind not in ("Person", "State"):
        return None
    # the verb, after a modal or in the subjunctive ("that Kazakhstan serve as")
    verb = next((k for k in range(actor.end, min(len(view), actor.end + 15))
                 if view.lower[k] in _ROLE_MODALS or view.lower[k] in _ROLE_VERBS), None)
    if verb is None or any(view.lower[k] in (";", ".") for k in range(actor.end, verb)) or \
            (actor.end < verb and view.lower[actor.end] != ","):
        return None  # only an aside may stand between the actor and its verb
    k = verb + 1 if view.lower[verb] in _ROLE_MODALS else verb
    if k < len(view) and view.lower[k] in _ROLE_VERBS:
        k += 1
    else:
        return None
    if k < len(view) and view.lower[k] == "as":
        k += 1
    end = object_end(view, k, hard=True)
    role = clean_label(view.span_text(k, end), ctx.spun)
    if not role:
        return None
    return f"{clean_label(actor.text)} as {role}", view.mentions_in(start, end)


def _past_means_frame(lower: list[str], start: int, end: int) -> int:
    """"to realize this task by increasing A and building B": what is proposed is the means."""
    k = start + (lower[start] == "to" if start < end else 0)
    if k + 3 < end and lower[k] in lx.ACCOMPLISHING_VERBS and lower[k + 2] in lx.TASK_NOUNS and lower[k + 3] == "by" \
            and lower[k + 1] in ("this", "that", "the", "these", "those", "such"):
        return k + 4
    return start


def _objects(view: SentenceView, start: int, end: int, ctx: DocumentContext,
             split: bool = True) -> list[tuple[str, list[Resolved]]]:
    start = _past_means_frame(view.lower, start, end)
    if start >= end:
        return []
    if (role := _proposed_role(view, start, ctx)) is not None:
        return [role]
    # "a number of initiatives to deepen cooperation": proposals announced, not named
    opening = " ".join(view.lower[start:min(end, start + 6)])
    head = _UNSPECIFIED.match(opening)
    if head is not None:
        rest = opening[head.end():].split()
        while rest and rest[0] in ("specific", "concrete", "new", "important", "practical", "joint", "key", "major",
                                   "main", "further", "additional", "other", "ambitious", "significant"):
            rest = rest[1:]
        if rest and rest[0] in ("initiatives", "proposals", "ideas", "suggestions", "measures", "steps", "strategies",
                                "priorities", "directions", "approaches"):
            return []
    parts = split_coordination(view, start, end) if split else [(start, end)]
    found = []
    for s, e in parts:
        e = object_end(view, s, e)  # a relative clause or a predicate ends one conjunct
        for s2, e2 in (listed for named in split_named(view, s, e) for listed in split_listed(view, *named)):
            label = clean_label(view.span_text(s2, e2), ctx.spun)
            for item in distribute(label):
                if is_concrete(item) and not _is_actor_name(item, view.mentions_in(s2, e2)) and \
                        not _is_help(item):
                    found.append((item, view.mentions_in(s2, e2)))
    return found


def _is_help(label: str) -> bool:
    """"support to the flood victims", "Kazakh scientific support": help offered, not a proposal."""
    words = _WORDS.findall(label.lower())
    if not words:
        return False
    head = next((i for i, w in enumerate(words) if w in ("to", "for", "of", "in", "with")), len(words))
    return any(w in NOT_PROPOSALS for w in words[:head][-2:])


def _is_actor_name(label: str, mentions: list[Resolved]) -> bool:
    """The label is only the name of a state, person or known organisation (not something proposed)."""
    return any(m.entity.kind in ("State", "Person", "Organisation", "Place") and m.resolution != "new" and
               clean_label(m.text).lower() == label.lower() for m in mentions)


def _object_before(view: SentenceView, position: int, ctx: DocumentContext) -> list[tuple[str, list[Resolved]]]:
    """The thing a passive or "on the initiative of" refers back to: the nearest named initiative
    before, with its complement ("the Steppe Climate Congress in Aktau in 2027, proposed by"),
    else the noun phrase that opens the clause ("A joint fund was proposed by ...")."""
    floor = 0
    for i in range(position - 1, -1, -1):
        if view.lower[i] in (";", ":") or (view.lower[i] == "." and i < position - 1) or \
                (view.lower[i] == "that" and i > 0 and view.lower[i - 1] in SPEECH_VERBS):
            floor = i + 1  # (a reported clause: "X announced that the initiative ... was put forward by Y")
            break
    named = [m for m in view.mentions if floor <= m.start and m.end <= position and
             (m.entity.kind == "Initiative" or (m.resolution == "new" and m.entity.kind in ("Organisation", "Summit")))]
    if named:
        m = named[-1]
        end = m.end
        if end < position and not view.lower[end].endswith("ed"):
            while end < position and view.lower[end] not in (",", "which", "that", "was", "were", "is", "are",
                                                              "has", "had", "the", "launched", "created",
                                                              "established", "set"):
                end += 1
        label = clean_label(view.span_text(m.start, end), ctx.spun)
        return [(label, view.mentions_in(m.start, end))] if is_concrete(label) else []
    # the clause's opening noun phrase
    start = floor
    for i in range(position - 1, floor - 1, -1):
        if view.lower[i] == "," and i < position - 1:
            start = i + 1
            break
    end = position
    while end > start and view.lower[end - 1] in PASSIVE_AUX | {",", "first", "jointly", "also", "has", "have",
                                                                 "had", "which", "that"}:
        end -= 1
    while start < end and view.lower[start] in lx.CONTINUATION_MARKERS + ("thus", "then", "in", "particular",
                                                                            "moreover", "also", "and"):
        start += 1
    # "The idea of [a council for ...] was conceived by": the idea is what follows "of"
    if end - start > 4 and view.lower[start] == "the" and view.lower[start + 1] in ("idea", "concept", "proposal") and \
            view.lower[start + 2] == "of":
        start += 3
    if end - start > 12 or end <= start:
        return []
    label = clean_label(view.span_text(start, end), ctx.spun)
    if label.lower().removeprefix("the ") in ("it", "this", "that", "idea", "proposal", "initiative"):
        made = ctx.announced_creation() if view.lower[start] == "the" else None
        return [(made, [])] if made is not None and is_concrete(made) else []
    return [(label, view.mentions_in(start, end))] if is_concrete(label) else []


CREATION_VERBS = {"adopted", "created", "established", "launched", "held", "opened", "founded", "organised",
                  "organized", "convened", "declared", "proclaimed", "set", "approved", "signed", "introduced",
                  "started", "built", "formed", "hosted"}


def _main_clause_object(view: SentenceView, start: int) -> int:
    """Where the thing created starts in "..., the UN General Assembly adopted a resolution on X": after
    the main clause's subject and verb (else the clause's own start: "..., a Heritage Fund was set up")."""
    i = start + (1 if start < len(view) and view.lower[start] == "the" else 0)
    m = view.actor_starting_at(i)
    if m is None:
        return _after_active_verb(view, start)
    j = m.end
    if j < len(view) and view.lower[j] in CREATION_VERBS:
        j += 1
        if j < len(view) and view.lower[j] == "up":
            j += 1
        return j
    return start


_PROGRESSIVE_AUX = {"are", "is", "were", "was", "will", "be", "been", "have", "has", "had", "now", "already"}


def _after_active_verb(view: SentenceView, start: int) -> int:
    """After a short subject and its active verb: "experts are drafting [a Basin Data Portal]", "the
    parties agreed to set up [a Joint Fund]"; else `start` ("a Heritage Fund was set up": the thing is
    the subject)."""
    lower, n = view.lower, len(view)
    for j in range(start + 1, min(n, start + 5)):
        if lower[j] in (",", ";", ":") or view.mention_starting_at(j) is not None:
            return start
        if lower[j] in _PROGRESSIVE_AUX:
            k = j
            while k < n and lower[k] in _PROGRESSIVE_AUX:
                k += 1
            if k < n and lower[k].endswith("ing"):
                return k + 1 + (1 if k + 1 < n and lower[k + 1] in ("up", "out") else 0)
            return start
        if lower[j].endswith("ed") and j + 2 < n and lower[j + 1] == "to":
            k = j + 3  # "agreed to create", "decided to set up", "agreed to begin work on"
            while k < n and lower[k] in ("up", "out", "work", "on"):
                k += 1
            return k
    return start


def _with_fronted_quote(view: SentenceView, objects: list[tuple[str, list[Resolved]]],
                        ctx: DocumentContext) -> list[tuple[str, list[Resolved]]]:
    """"“From common positions,” the President also called for speaking.": a bare verb takes the
    quotation that opens the sentence as its complement."""
    if len(objects) != 1 or len(objects[0][0].split()) != 1 or not view.words or view.words[0] != '"':
        return objects
    close = next((i for i in range(1, len(view)) if view.closing[i]), None)
    if close is None:
        return objects
    stop = next((i for i in range(1, close) if view.words[i] == ","), close)
    quoted = view.span_text(1, stop)
    if not quoted:
        return objects
    quoted = quoted[0].lower() + quoted[1:]
    return [(clean_label(f"{objects[0][0]} {quoted}", ctx.spun), objects[0][1])]


def _elided(view: SentenceView, readings: list[Reading], ctx: DocumentContext) -> list[Reading]:
    """"X proposed A, while the leader of Kazakhstan – B": B is the leader's proposal, by the same verb."""
    if not readings:
        return []
    found = []
    for m in view.mentions:
        if m.entity.kind not in ("Person", "State", "Organisation") or m.end >= len(view):
            continue
        if view.words[m.end] != "-" or m.start == 0:
            continue
        before = view.lower[m.start - 1]
        if not (before in ("while", "whereas", ";") or
                (before == "and" and m.start > 1 and view.lower[m.start - 2] == "," and
                 view.actor_ending_at(m.start - 2) is None)):
            continue
        previous = [r for r in readings if r.trigger.end <= m.start]
        if not previous:
            continue
        start = m.end + 1
        if start >= len(view) or not (view.words[start][:1].isupper() or
                                      view.lower[start] in ("a", "an", "the", "its", "their", "to") or
                                      view.lower[start] in lx.LEAD_IN_VERBS):
            continue
        end = object_end(view, start, hard=True)
        objects = _objects(view, start, end, ctx)
        if objects:
            found.append(Reading(previous[-1].trigger, [(m.entity, m.resolution)], objects, 0.7, end,
                                 f"{previous[-1].verb} (elided)"))
    return found


__all__ = ["is_list_item", "read_list_item", "read_proposals"]
