"""Proposals read from the parse. The extractor asks it first for the triggers whose structure only
the parse sees (`parse_first`: calls on others, emphasis, "at the initiative of", a proposer's
list), then for every trigger the surface rules (`proposals`) left unread.

- verbal: the subject, coordinated subjects or passive agent of a proposing verb, and what it
  governs: an object ("proposed a forum, a fund and a centre": three), an infinitive or gerund
  ("proposed to create X", "suggested holding X and launching Y"), a prepositional complement
  ("called for X", "advocated for X"), a that-clause ("proposed that the states should create X");
- calls on others: "urged the members to assist X", "called on the parties to settle Y", "called
  the states to focus on Z" (what they are asked to do, not the addressees);
- emphasis: "stressed the need to create X", "noted the importance of X", "highlighted the
  necessity of A and B"; "it is necessary to X", "we consider it appropriate to Y" (the speaker's);
- nominal: "X's proposal to ...", "China's intention to expand A and increase B", "the initiative
  of X to ...", "X's proposals include A and B" (or, after a colon, the list that follows);
- "at the initiative of X": what the governing verb made, adopted or declared ("2023 was declared
  the Year of Y at the initiative of X");
- agentless: "It was proposed to create X", after a sentence that named the proposer.

A pronoun subject inside a quotation is its speaker (`DocumentContext.speakers`), even when the
speaker is named sentences later ("“I propose ...” ... ,” Japarov said").
"""

from __future__ import annotations

from spacy.tokens import Token

from . import lexicon as lx
from .clauses import ClauseView, proposal_like, stray_gerunds
from .facts import Entity
from .relations import (BELIEF, CALL, INCLUSION, INTENT, NECESSITY, NEED, OBLIGATION, PROPOSAL_KINDS, PROPOSAL_NOUN, PROPOSE,
                        READINESS, Trigger, clean_label, distribute, is_concrete, subject_before)

# "proposed instructing / tasking the Board to ...": the tasks are the proposals
INSTRUCTING_LEMMAS = {"instruct", "task", "charge", "commission", "entrust", "mandate", "direct", "assign"}
URGE_LEMMAS = {"urge", "invite", "encourage", "ask", "appeal", "exhort", "instruct"}
NEED_NOUNS = {"need", "importance", "necessity", "significance", "expediency", "advisability", "urgency"}
PROPOSAL_NOUN_LEMMAS = {"proposal", "initiative", "idea", "suggestion", "intention", "plan", "call", "offer", "bid",
                        "proposition"}
# "will submit a proposal to declare X" ("put forward a proposal" is a proposing verb of its own)
SUBMITTING_LEMMAS = {"submit", "table", "present", "send", "introduce", "lodge", "file"}
LINKING_LEMMAS = {"include", "be", "comprise", "contain", "envisage", "cover"}
NOT_PROPOSED = {"support", "assistance", "help", "aid", "condolence", "congratulation", "thanks", "gratitude",
                "sympathy", "solidarity", "remark", "speech", "statement", "address", "view", "opinion",
                "hand", "word", "greeting", "regard", "wish"}
GENERIC_HEADS = {"initiative", "proposal", "idea", "suggestion", "proposition", "step", "measure", "way", "it", "this", "that",
                 "which", "what", "them"}
# "seven proposals, including A and B": the plural heads a list of proposals may follow
ANNOUNCED_HEADS = {"proposal", "initiative", "idea", "suggestion", "measure", "step", "priority", "direction", "area",
                   "task", "point"}
UNSPECIFIED = {"number", "series", "package", "set", "range", "host", "couple", "list", "lot", "raft", "variety"}
HELPING_LEMMAS = {"support", "back", "assist", "help", "endorse", "join", "facilitate"}
CREATION_LEMMAS = {"create", "establish", "set", "form", "launch", "found", "institute", "build", "open"}
INITIATOR_LEMMAS = {"initiator", "country-initiator"}
FIELD_HEADS = {"field", "area", "sphere", "domain"}
# "the issue of adopting X is under consideration": what is considered is X
MATTER_HEADS = {"issue", "question", "matter", "idea", "possibility"}
DECLARING_LEMMAS = {"declare", "proclaim", "name", "designate", "announce"}
# "to continue improving X": the verbs of an action's going on, not of the action
ASPECT_LEMMAS = {"continue", "keep", "start", "begin", "resume"}
# "the need to stay impartial": a stance, not something put forward
STATIVE_LEMMAS = {"stay", "remain", "be", "keep", "continue", "seem", "become"}
MODALS = {"should", "must", "would", "could", "shall"}


def trigger_head(cv: ClauseView, trigger: Trigger) -> Token:
    """The token of a trigger's words that the rest of the sentence attaches to."""
    span = cv.doc[trigger.start:trigger.end]
    return span.root


def _initiative_noun(cv: ClauseView, trigger: Trigger) -> Token | None:
    """The proposal noun of "at/on/upon the initiative of X", if the trigger is one."""
    noun = next((t for t in cv.doc[trigger.start:trigger.end + 1] if t.lemma_.lower() in PROPOSAL_NOUN_LEMMAS), None)
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ not in ("at", "on", "upon", "following"):
        return None
    return noun


def _at_the_initiative(cv: ClauseView, noun: Token) -> tuple[list[tuple[Entity, str]], list[tuple[str, int, int]]]:
    """"a resolution adopted at the initiative of X", "At the initiative of X, 2023 was declared the Year
    of Y", "On the initiative of X, the UN declared 2022 the Year of Z": what the governing verb made
    or declared is X's proposal."""
    proposers = [a for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "by")
                 for o in p.children if o.dep_ == "pobj" for a in cv.actors_at(o)]
    proposers += [a for p in noun.children if p.dep_ == "poss" for a in cv.actors_at(p)]
    verb = noun.head.head
    if not proposers or verb.pos_ not in ("VERB", "AUX"):
        return [], []
    heads: list[Token] = []
    if verb.lemma_.lower() in DECLARING_LEMMAS:
        # "declared 2023 the Year of X" / "declared the year 2022 as the Year of X": the Year
        heads = [c for c in verb.children if c.dep_ in ("oprd", "attr")] + \
            [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children
             if p.dep_ == "pobj"]
    if not heads:
        heads = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj") and not _bare_definite(c)]
    if not heads:
        heads = [c for c in verb.children if c.dep_ == "xcomp"]  # "the sides agreed to prepare X"
    if not heads:
        # "..., a Seed Summit was convened at X's proposal", its subject parsed elsewhere: the name
        # just before "was"
        heads = [cv.doc[m.start:m.end].root for a in verb.children if a.dep_ == "auxpass" for m in cv.view.mentions
                 if m.end == a.i and m.entity.kind in ("Summit", "Initiative", "Organisation")]
    if not heads:
        # "At the initiative of X, the question of adopting a programme is under consideration"
        heads = [p for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in MATTER_HEADS
                 for prep in c.children if prep.dep_ == "prep" and prep.lower_ == "of"
                 for p in prep.children if p.dep_ in ("pobj", "pcomp")]
    if not heads and verb.dep_ in ("acl", "advcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        made = verb.head  # "the resolution, adopted at the initiative of X"
        if made.dep_ == "appos" and proposal_like(cv, made.head):
            made = made.head  # "declared the Year of X, a resolution adopted at ...": the Year
        heads = [made] if proposal_like(cv, made) else []
    if not heads and verb.dep_ == "advcl":
        # "It became the third resolution ..., adopted at the initiative of X"
        heads = [c for c in verb.head.children if c.dep_ in ("attr", "dobj", "nsubjpass")]
    return proposers, [found for found in (_object(cv, h) for h in heads) if found is not None]


def _initiator(cv: ClauseView, noun: Token) -> tuple[list[tuple[Entity, str]], list[tuple[str, int, int]]]:
    """"Kazakhstan, as the initiator of X", "being the initiator of resolutions, including Y, the
    president ...", "X, the initiator of Y": Y is the proposal of whom the noun describes."""
    proposers: list[tuple[Entity, str]] = []
    if noun.dep_ == "pobj" and noun.head.lower_ == "as":
        described = noun.head.head
        proposers = cv.subjects(described) if described.pos_ in ("VERB", "AUX") else cv.actors_at(described)
    elif noun.dep_ == "attr":
        proposers = cv.subjects(noun.head)  # "X is the initiator of Y"
    elif noun.dep_ == "appos":
        proposers = cv.actors_at(noun.head)
    complements = [p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                   for p in prep.children if p.dep_ == "pobj"]
    objects = []
    for complement in complements:
        listed = _announced_items(cv, complement) if complement.lemma_.lower() in UNSPECIFIED else []
        objects += listed or [found for c in cv.conjuncts(complement) for found in [_object(cv, c)] if found is not None]
    return proposers, objects


def _bare_definite(token: Token) -> bool:
    """"the summit", "the meeting": a thing named before, which the surface rules look back for."""
    return token.pos_ == "NOUN" and all(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                        for c in token.children) and any(True for _ in token.children)


def parse_first(cv: ClauseView) -> frozenset[int]:
    """The triggers the parse reads before the surface rules: calls on others ("urged the members of
    X to assist Y"), emphasis ("stressed the need to A, B and C"), a proposer's list ("X's
    proposals include:") and object relatives ("the union that X proposed"), whose structure the
    parse sees and word windows do not."""
    chosen = set()
    for trigger in cv.view.triggers:
        if not trigger.has(*PROPOSAL_KINDS):
            continue
        head = trigger_head(cv, trigger)
        if _urges(trigger, head) or _initiative_noun(cv, trigger) is not None or _lists_a_vague_object(cv, head) or \
                _announced_items(cv, _announced_noun(_presenting_verb(head))) or \
                any(_instructed(c) or any(m.pos_ != "VERB" for m in _means(c))
                    for c in head.children if c.dep_ in ("xcomp", "dobj")) or \
                (trigger.has(NEED) and not trigger.has(PROPOSE)) or _should_do(head) or _should_be_done(head) or \
                (head.dep_ == "acl" and cv.topic_on_its_verb(head.head) is not None) or \
                (head.dep_ == "acl" and head.tag_ == "VBN" and any(c.dep_ == "agent" for c in head.children)) or \
                (head.dep_ == "dobj" and head.head.lemma_.lower() in PUTTING_FORWARD_LEMMAS and _aims(cv, head)) or \
                (head.dep_ == "relcl" and _object_relative(head)) or \
                (head.lemma_.lower() in PROPOSAL_NOUN_LEMMAS and any(c.dep_ == "poss" for c in head.children) and
                 (head.head.lemma_ in LINKING_LEMMAS or head.head.lower_ == "among")):
            chosen.add(trigger.start)
    return frozenset(chosen)


def _qualified_it(cv: ClauseView, trigger: Trigger, copula: Token, adjective: Token) -> bool:
    """"it is extremely important for our countries to find approaches": an adverb in the trigger is
    there for a thing said to be needed ("X's joining Y is very important"); with "it" the judgement
    counts only as "important to ..." does."""
    adverb = any(w in ("very", "extremely", "highly") for w in cv.view.lower[trigger.start:trigger.end])
    expletive = any(c.dep_ == "nsubj" and c.lower_ == "it" for c in copula.children)
    follows = cv.view.lower[adjective.i + 1] if adjective.i + 1 < len(cv.view) else ""
    return adverb and expletive and follows != "to"


def _should_do(verb: Token) -> bool:
    """"proposed that the council should draft a roadmap": what is proposed is the roadmap, the object of
    the clause's verb, not its subject."""
    return any(c.i > verb.i and _mandated(c) and any(o.dep_ == "dobj" for o in c.children) and
               any(o.dep_ == "nsubj" for o in c.children) for c in verb.children) and _clause_is_the_object(verb)


def _should_be_done(verb: Token) -> bool:
    """"suggested that the rules should be made uniform": the clause is what is proposed."""
    return _clause_is_the_object(verb) and any(c.i > verb.i and _mandated(c) and any(o.dep_ == "nsubjpass" for o in c.children)
                                               for c in verb.children)


def _mandated_passive(cv: ClauseView, clause: Token) -> tuple[str, int, int] | None:
    """"suggested that the tariffs should be made uniform by 2030": what should be done is the whole
    clause, its subject with what is to be done to it."""
    subject = next(o for o in clause.children if o.dep_ == "nsubjpass")
    start = subject.left_edge.i
    end = max([clause.i + 1] + [c.right_edge.i + 1 for c in clause.rights
                                if c.dep_ not in ("punct", "cc", "conj", "advcl", "parataxis")])
    words = [t.text_with_ws for t in cv.doc[start:end] if not (t.dep_ == "aux" and t.lower_ in MODALS)]
    label = clean_label("".join(words), cv.ctx.spun)
    return (label, start, end) if label and is_concrete(label) and len(label.split()) <= 30 else None


def _clause_is_the_object(verb: Token) -> bool:
    """A that-clause is what was proposed only when the verb has no object of its own ("proposed the
    creation of X ..., a clause" proposed X)."""
    return not any(c.dep_ == "dobj" for c in verb.children)


def _mandated(clause: Token) -> bool:
    """A that-clause of what should be done: with a modal, or a bare verb after its subject (the
    subjunctive: "suggested that we discuss X", "proposed that the council meet")."""
    return clause.dep_ == "ccomp" and (any(a.dep_ == "aux" and a.lower_ in MODALS for a in clause.children) or
                                       (clause.tag_ in ("VB", "VBP") and
                                        any(o.dep_ == "nsubj" for o in clause.children) and
                                        not any(a.dep_ == "aux" for a in clause.children)))


def read_clause_proposals(cv: ClauseView, summit: Entity | None, only: frozenset[int] | None = None,
                          handled: frozenset[int] = frozenset()) -> frozenset[int]:
    """Read the triggers in `only` (all when None) that are not in `handled`; returns those that gave
    a proposal (or opened a list)."""
    read: set[int] = set()
    for trigger in cv.view.triggers:
        if not trigger.has(*PROPOSAL_KINDS, CALL, NECESSITY, OBLIGATION, INCLUSION, INTENT, BELIEF) or trigger.start in handled or \
                (only is not None and trigger.start not in only):
            continue
        head = trigger_head(cv, trigger)
        strong = trigger.has(PROPOSE)
        if trigger.has(NECESSITY) and head.pos_ == "AUX":
            copula = head
            head = next((c for c in head.children if c.dep_ == "acomp" and c.pos_ == "ADJ"), head)  # "is relevant"
            if _qualified_it(cv, trigger, copula, head):
                continue
        if trigger.has(NECESSITY) and head.lemma_.lower() in ("need", "require") and head.pos_ == "VERB":
            proposers, objects = _said_to_be_needed(cv, head)
        elif trigger.has(NECESSITY) and head.pos_ in ("ADJ", "NOUN"):
            proposers, objects = _necessity(cv, head)
        elif trigger.has(OBLIGATION):
            proposers, objects = _obligation(cv, trigger)
        elif trigger.has(INCLUSION):
            proposers, objects = _inclusion(cv, head)
        elif trigger.has(INTENT):
            proposers, objects = _intention(cv, trigger)
        elif trigger.has(BELIEF):
            proposers, objects = _belief(cv, head)
        elif head.dep_ == "dobj" and head.head.lemma_.lower() in PUTTING_FORWARD_LEMMAS and (aims := _aims(cv, head)):
            # "Mongolia is promoting initiatives aimed at A, B and C"
            proposers = cv.subjects(head.head)
            objects = [found for aim in aims if (found := _object(cv, aim)) is not None]
        elif (noun := _announced_noun(_presenting_verb(head))) is not None and \
                ((listed := _announced_items(cv, noun)) or _names_nothing(cv, noun)):
            # "outlined seven proposals, including A and B" (a dateline may take the subject in the parse)
            proposers = cv.subjects(noun.head) or \
                [(m.entity, m.resolution) for m in subject_before(cv.view, noun.head.i)[0]]
            objects = listed
            if proposers and not listed:
                cv.ctx.announce(proposers)  # "presented several initiatives." then "First, ...", "Secondly, ..."
                continue
        elif trigger.has(CALL) and not trigger.has(*(k for k in PROPOSAL_KINDS if k != PROPOSAL_NOUN or head.pos_ != "VERB")):
            # ("call" is a noun too: "a call for X"; as a verb it is a call on others or, "we call to X", for X)
            # "called the members to focus on X" (an addressee and an infinitive, or nothing)
            has_infinitive = any(c.dep_ in ("xcomp", "ccomp", "advcl", "acl") and _infinitive(c)
                                 for t in (head, *[d for d in head.children if d.dep_ == "dobj"])
                                 for c in t.children)
            proposers = cv.subjects(head) if head.pos_ == "VERB" and has_infinitive else []
            objects = _verbal_objects(cv, head, urge=True) if proposers else []
        elif head.pos_ in ("VERB", "AUX") and (strong or trigger.has(NEED, READINESS)):
            # an emphasis verb proposes only what it says is needed ("stressed the need for X")
            proposers = cv.subjects(head)
            objects = _verbal_objects(cv, head, emphasis=not strong, urge=_urges(trigger, head))
        elif (noun := _initiative_noun(cv, trigger)) is not None:
            proposers, objects = _at_the_initiative(cv, noun)
        elif head.lemma_.lower() in INITIATOR_LEMMAS:
            proposers, objects = _initiator(cv, head)
        elif head.pos_ in ("NOUN", "PROPN"):
            proposers, objects = _nominal(cv, head)
        else:
            continue
        if not proposers and objects and head.pos_ == "VERB" and \
                (_expletive_passive(head) or _need_passive(head) or (strong and _agentless_passive(head))):
            # "It was proposed to create X", "the need for X was stressed", after a sentence that named the proposer
            proposers = cv.ctx.recent_proposer()
        if not proposers:
            continue
        objects = _specified(cv, objects)
        if not objects and cv.view.words[-1] == ":":
            cv.ctx.pending_list = (proposers, trigger.text, 0.7)  # "X's proposals include:" then a list
            read.add(trigger.start)
            continue
        for label, start, end in ((item, start, end) for label, start, end in objects for item in distribute(label)):
            initiative = cv.ctx.initiative(label, cv.mentions_in(start, end))
            for proposer, how in proposers:
                if proposer.iri != initiative.iri:
                    cv.ctx.propose(proposer, how, initiative, trigger.text, 0.7, summit, trigger.start)
                    read.add(trigger.start)
    return frozenset(read)


# heads that say what kind of thing is proposed and leave the thing to a list: "a special institution
# to finance projects, such as A and B", "two new institutions of CICA – A and B"
VAGUE_HEADS = {"institution", "structure", "body", "mechanism", "instrument", "tool", "project", "initiative",
               "measure", "step", "entity", "format"}


def _specified(cv: ClauseView, objects: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Each vague object replaced by the things its list names, when it has one."""
    out: list[tuple[str, int, int]] = []
    for label, start, end in objects:
        noun = next((t for t in cv.doc[start:end] if t.pos_ == "NOUN" and t.lemma_.lower() in VAGUE_HEADS and
                     t.dep_ != "compound"), None)
        items = _listed_after(cv, noun) if noun is not None else []
        found = [f for f in (_object(cv, item) for item in items) if f is not None]
        out += found or [(label, start, end)]
    return out


def _listed_after(cv: ClauseView, noun: Token) -> list[Token]:
    """The items a vague noun is specified by: its appositions ("institutions – A and B") or a "such as"
    list a few words on ("an institution to finance projects, such as A and B")."""
    items = [item for a in noun.children if a.dep_ == "appos" and a.pos_ in ("NOUN", "PROPN")
             for item in cv.conjuncts(a)]
    if len(counted := _counted_names(cv, noun)) > len(items):
        items = counted
    for t in cv.doc[noun.i + 1:noun.i + 10]:
        if t.lower_ == "as" and cv.doc[t.i - 1].lower_ == "such":
            items += [item for p in t.children if p.dep_ == "pobj" for item in cv.conjuncts(p)]
            break
    return items




def _counted_names(cv: ClauseView, noun: Token) -> list[Token]:
    """"two new institutions of CICA – the A ... and B": as many new names as the count says, after
    the dash or colon (the parse may hang them anywhere)."""
    count = next((lx.CARDINALS.get(c.lower_) or (int(c.text) if c.text.isdigit() else 0)
                  for c in noun.children if c.dep_ == "nummod"), 0)
    mark = next((t for t in cv.doc[noun.i + 1:noun.right_edge.i + 3] if t.text in ("–", "—", "-", ":")), None)
    if count < 2 or mark is None:
        return []
    names: dict[str, Token] = {}  # one per body: "the Forum (TTF)" is one
    for m in cv.view.mentions:
        if m.start > mark.i and not m.entity.in_reference and m.entity.kind in ("Organisation", "Initiative", "Summit"):
            head = cv.doc[m.end - 1]
            while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "PROPN":
                head = head.head.head  # "Council of [Eminent Persons]": the council
            names.setdefault(m.entity.iri, head)
    return list(names.values())[:count] if len(names) >= count else []


def _infinitive(verb: Token) -> bool:
    return any(a.lower_ == "to" and a.dep_ == "aux" for a in verb.children)


def _expletive_passive(verb: Token) -> bool:
    return any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children)


def _agentless_passive(verb: Token) -> bool:
    """"The creation of a fund was also proposed": said by whoever made the proposals just before."""
    return any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)


def _need_passive(verb: Token) -> bool:
    return any(c.dep_ == "nsubjpass" and c.lemma_ in NEED_NOUNS for c in verb.children)


JUDGING_LEMMAS = {"consider", "deem", "find", "believe", "think", "see", "regard"}


def _necessity(cv: ClauseView, adjective: Token) -> tuple[list[tuple[Entity, str]], list[tuple[str, int, int]]]:
    """"X said it is necessary to intensify A", "we consider it appropriate to create B", "it is
    crucial to finalise C" (inside X's quotation): a proposal of whoever judges it so."""
    clause = adjective.head if adjective.dep_ in ("acomp", "attr") else adjective
    verbs = [c for t in (adjective, clause) for c in t.children
             if c.dep_ in ("xcomp", "ccomp", "advcl", "relcl", "acl") and c.pos_ == "VERB" and
             (any(a.lower_ == "to" for a in c.children) or  # "it is time [to create X]": a relative clause
              (adjective.lemma_ == "time" and c.tag_ in ("VB", "VBP") and  # "time that we create X"
               any(a.lower_ == "that" for a in c.children)))]
    if not verbs:
        return _needed_thing(cv, clause)
    proposers: list[tuple[Entity, str]] = []
    judge = clause if clause.lemma_.lower() in JUDGING_LEMMAS else clause.head
    if judge.lemma_.lower() in JUDGING_LEMMAS or judge.lemma_.lower() in lx.SPEECH_LEMMAS:
        proposers = cv.subjects(judge)
    if not proposers and cv.speaker is not None:
        proposers = [(cv.speaker, "pronoun")]
    if not proposers and (reporter := cv.reporter(adjective)) is not None:
        proposers = [(reporter, "pronoun")]  # "He said that ..., in connection with which it was necessary to X"
    heads = [v for verb in verbs[:1] for v in map(_past_aspect, cv.conjuncts(verb)) if v.lemma_ not in STATIVE_LEMMAS]
    # "it is time to open A, and build B": the parse may hang B on the copula
    heads += [c for c in clause.children if c.dep_ == "conj" and c.tag_ == "VB" and c.lemma_ not in STATIVE_LEMMAS
              and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)]
    return proposers, [found for found in (_object(cv, h) for h in heads) if found is not None]


def _past_aspect(verb: Token) -> Token:
    """"to continue improving X", "to keep expanding Y": the action, not its going on."""
    while verb.lemma_.lower() in ASPECT_LEMMAS and not any(c.dep_ == "dobj" for c in verb.children):
        # (not "begin work on X to speed up Y": the work is begun, for a purpose)
        action = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i == verb.i + 1), None)
        if action is None:
            break
        verb = action
    return verb


def _said_to_be_needed(cv: ClauseView, verb: Token) -> tuple[list[tuple[Entity, str]], list[tuple[str, int, int]]]:
    """"regular consultations of foreign ministries are needed", in a quotation or said by someone: the
    speaker's proposal."""
    subjects = [c for s in verb.children if s.dep_ == "nsubjpass" and s.pos_ in ("NOUN", "PROPN") and
                not any(d.lower_ in ("no", "neither") for d in s.children) for c in cv.conjuncts(s)]
    if not subjects or any(c.dep_ == "neg" for c in verb.children):
        return [], []
    speaker = cv.speaker or cv.reporter(verb) or cv.reporter(subjects[0])
    found = [o for o in (_object(cv, s) for s in subjects) if o is not None]
    return ([(speaker, "pronoun")], found) if speaker is not None and found else ([], [])


def _needed_thing(cv: ClauseView, copula: Token) -> tuple[list[tuple[Entity, str]], list[tuple[str, int, int]]]:
    """"The adoption of a decision to open the Osh border post is relevant", in a quotation or
    said by someone: the thing the speaker calls needed, named by a nominalisation."""
    # (or a gerund clause: "Mongolia's joining the Middle Corridor project is very important")
    subject = next((c for c in copula.children if (c.dep_ == "nsubj" and
                    (c.lemma_.lower() in lx.NOMINALISATIONS or c.lemma_.lower() in PROPOSAL_NOUN_LEMMAS)) or
                    (c.dep_ == "csubj" and c.tag_ == "VBG")), None)
    if subject is None or any(c.dep_ == "neg" for c in copula.children):
        return [], []
    speaker = cv.speaker or cv.reporter(subject)
    found = _object(cv, subject)
    return ([(speaker, "pronoun")], [found]) if speaker is not None and found is not None else ([], [])


# "we must find common approaches", "we should remember": a frame of mind, not a thing put forward
MINDSET_LEMMAS = {"find", "get", "look", "think", "remember", "understand", "know", "see", "learn", "realize",
                  "realise", "recognize", "recognise", "bear", "value", "respect", "treat", "act", "work"}
ATTENTION_NOUNS = {"attention", "priority", "emphasis", "consideration", "preference"}
EFFORT_LEMMAS = {"effort", "attention", "energy", "resource", "force"}
DIRECTING_LEMMAS = {"direct", "focus", "concentrate", "channel", "pool", "unite", "join", "combine", "mobilize",
                    "mobilise", "pay"}


def _attention(cv: ClauseView, trigger: Trigger) -> tuple[list[tuple[Entity, str]], list[tuple[str, int, int]]]:
    """"Special attention should be paid to X", in a quotation or said by someone: X."""
    done = cv.doc[trigger.start + 2]
    attention = next((c for c in done.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in ATTENTION_NOUNS), None)
    if attention is None:
        return [], []  # "support should be given to the victims": help, not a proposal
    speaker = cv.speaker or cv.reporter(attention)
    heads = [c for p in cv.doc[trigger.end - 1].children if p.dep_ in ("pobj", "pcomp") for c in cv.conjuncts(p)]
    found = [f for f in (_object(cv, h) for h in heads) if f is not None]
    if len(found) == 1:
        # "paid to cooperation in the sphere of X": the parse may hang the rest on the verb
        end = max(t.i for t in done.subtree if not t.is_punct) + 1
        label = clean_label(cv.view.span_text(found[0][1], end), cv.ctx.spun)
        found = [(label, found[0][1], end)] if is_concrete(label) else found
    return ([(speaker, "pronoun")], found) if speaker is not None and found else ([], [])


def _obligation(cv: ClauseView, trigger: Trigger) -> tuple[list[tuple[Entity, str]], list[tuple[str, int, int]]]:
    """"We should direct our efforts towards A and B", "we need to move from X to Y", "our countries
    must strengthen Z", inside the speaker's quotation: what the speaker says their side ought to do."""
    if cv.doc[trigger.start + 1].lower_ == "be":  # "should be paid to X"
        return _attention(cv, trigger)
    if cv.speaker is None:
        return [], []  # a reporter's "we", or nobody known
    last = cv.doc[trigger.end - 1]
    if last.lemma_ == "need" and last.pos_ == "VERB" and not any(c.dep_ == "neg" for c in last.children):
        # "we need a plan of interaction on X": the thing needed
        # (a thing to put forward, not "we need political will")
        needed = [c for o in last.children if o.dep_ == "dobj" for c in cv.conjuncts(o) if proposal_like(cv, c)]
        if needed:
            return [(cv.speaker, "pronoun")], [found for found in (_object(cv, h) for h in needed) if found is not None]
    verb = last.head if last.dep_ == "aux" else \
        next((c for c in last.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if verb is None or verb.pos_ != "VERB" or verb.lemma_ in STATIVE_LEMMAS | MINDSET_LEMMAS or \
            any(c.dep_ == "neg" for c in (*verb.children, *last.children)):
        return [], []
    verbs = cv.conjuncts(verb)
    if verb.dep_ == "xcomp":  # the parse often hangs "need to A, B and C" as B and C conjoined to "need"
        verbs += [v for c in verb.head.children if c.dep_ == "conj" and c.tag_ == "VB" and c.i > verb.i
                  for v in cv.conjuncts(c) if v not in verbs]
    heads: list[Token] = []
    for v in verbs:
        efforts = [c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in EFFORT_LEMMAS]
        if v.lemma_.lower() in DIRECTING_LEMMAS and (efforts or v.lemma_.lower() == "focus"):
            # "direct our efforts towards A, B and C": A, B and C
            heads += [c for prep in (*v.children, *(x for e in efforts for x in e.children))
                      if prep.dep_ == "prep" and prep.lower_ in ("towards", "toward", "to", "on", "at", "upon")
                      for p in prep.children if p.dep_ in ("pobj", "pcomp") for c in cv.conjuncts(p)]
        else:
            heads.append(v)
    return [(cv.speaker, "pronoun")], [found for found in (_object(cv, h) for h in heads) if found is not None]


HOSTING_LEMMAS = {"host", "hold", "organize", "organise", "convene"}
# what one is ready or intends to do that is an offer: to make, host, give or join something
OFFER_LEMMAS = CREATION_LEMMAS | {"host", "hold", "organize", "organise", "convene", "provide", "supply", "increase",
                                  "expand", "invest", "join", "sign", "develop", "export", "send", "contribute",
                                  "allocate", "train", "share", "finance", "fund", "offer", "deliver", "build"}
# "intends to initiate X", "is ready to submit Y": the proposing verb's own object is what is proposed
PROPOSING_LEMMAS = {"initiate", "propose", "submit", "table", "present", "suggest", "put", "offer", "advance"}


def _intention(cv: ClauseView, trigger: Trigger) -> tuple[list[tuple[Entity, str]], list[tuple[str, int, int]]]:
    """"Turkmenistan stands ready to host X", "his country is ready to increase Y", "Ashgabat intends to
    initiate Z": an offer or intention of the subject."""
    word = cv.doc[trigger.start]  # "ready", "intends"
    verb = next((c for c in word.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if verb is None or verb.lemma_ in STATIVE_LEMMAS or any(c.dep_ == "neg" for c in (*word.children,
                                                                                       *word.head.children)):
        return [], []
    holder = word.head if word.dep_ in ("acomp", "amod", "attr", "oprd") else word  # "is/stands ready"
    proposers = cv.subjects(holder)
    heads: list[Token] = []
    for v in cv.conjuncts(verb):
        if v.lemma_.lower() in PROPOSING_LEMMAS | HOSTING_LEMMAS:
            heads += [c for c in v.children if c.dep_ in ("dobj", "xcomp")]  # "ready to host a forum": the forum
        elif v.lemma_.lower() in OFFER_LEMMAS:
            heads.append(v)  # not "ready to convert challenges into opportunities": a mood, not an offer
    return proposers, [found for found in (_object(cv, h) for h in heads) if found is not None]


PRIORITY_NOUNS = {"priority", "task", "goal", "aim", "objective", "focus"}


def _belief(cv: ClauseView, verb: Token) -> tuple[list[tuple[Entity, str]], list[tuple[str, int, int]]]:
    """"Kyrgyzstan believes that the border issues should be settled by political means", "Tajikistan
    believes the SCO should engage more with Africa": what the subject holds ought to happen."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "acomp")]  # "is convinced [that ...]"
    clause = next((c for h in holders for c in h.children if c.dep_ == "ccomp" and
                   any(a.dep_ == "aux" and a.lower_ in MODALS for a in c.children)), None)
    if clause is None or any(c.dep_ == "neg" for c in clause.children):
        return [], []
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if clause.lemma_ == "be" and subject is not None and subject.lemma_.lower() in PRIORITY_NOUNS:
        # "that the priority should be the restoration of A, its integration into B": each item
        # (the parse may hang the later items as appositions or loose dependents)
        attrs = [c for c in clause.children if c.dep_ == "attr"]
        heads = [item for attr in attrs for item in _items(cv, attr)]
        heads += [c for attr in attrs for c in attr.children if c.dep_ == "appos" and c.lower_ in lx.NOMINALISATIONS]
        heads += [c for c in clause.children if c.dep_ == "dep" and c.pos_ == "NOUN" and c.lower_ in lx.NOMINALISATIONS]
        believers = cv.subjects(verb) or (cv.subjects(verb.head) if verb.dep_ == "acomp" else [])
        if not believers and cv.speaker is not None and \
                any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in (*verb.children, *verb.head.children)):
            believers = [(cv.speaker, "pronoun")]  # "We are convinced that ...", in the speaker's words
        heads = list(dict.fromkeys(heads))
        return believers, [found for found in (_object(cv, h) for h in heads) if found is not None]
    words = [t for t in clause.subtree if t.dep_ != "mark" and not (t.dep_ == "aux" and t.lower_ in MODALS)
             and not (t.dep_ == "auxpass" and t.head.i == clause.i)]
    if not words:
        return [], []
    start, end = words[0].i, words[-1].i + 1
    text = " ".join(t.text for t in words)
    label = clean_label(text, cv.ctx.spun)
    return cv.subjects(verb), ([(label, start, end)] if label and is_concrete(label) else [])


# ----------------------------------------------------------------------------- objects

def _presenting_verb(head: Token) -> Token | None:
    """The verb that puts forward what a trigger names: the trigger itself, or the verb of its object
    ("outlined seven proposals")."""
    if head.pos_ == "VERB":
        return head
    return head.head if head.dep_ == "dobj" and head.head.pos_ == "VERB" else None


def _announced_noun(verb: Token | None) -> Token | None:
    """The plural object that announces proposals without naming them: "presented several initiatives"."""
    if verb is None:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in ANNOUNCED_HEADS and
                 c.tag_ in ("NNS", "NNPS")), None)


def _names_nothing(cv: ClauseView, noun: Token) -> bool:
    """"presented several initiatives.": no purpose, complement or list names what they are."""
    return _object(cv, noun) is None and cv.view.words[-1] != ":" and \
        not any(c.dep_ in ("xcomp", "advcl", "ccomp") and _infinitive(c) for c in noun.head.children)


def _announced_items(cv: ClauseView, noun: Token | None) -> list[tuple[str, int, int]]:
    """"outlined seven proposals aimed at X, including A, B and C", "set out its priorities, such as
    A and B": the things a counted or plural object is said to include. The parse hangs later items
    anywhere after the first, so each item runs from where it starts to where the next one does."""
    marker = _list_marker(cv, noun) if noun is not None else None
    first = next((c for c in marker.children if c.dep_ in ("pobj", "pcomp", "dobj")), None) if marker else None
    if first is None:
        return []
    end = first.i + 1
    while end < len(cv.doc) and cv.doc[end].text not in (";", ":") and cv.doc[end].sent == first.sent and \
            cv.doc[end].dep_ != "ROOT":
        end += 1
    items = [first] + [t for t in _later_items(cv, first, end) if not _inside_quotes(cv, marker.i, t.left_edge.i)]
    out = []
    starts = [first.left_edge.i if first.left_edge.i > marker.i else marker.i + 1] + [t.left_edge.i for t in items[1:]]
    for k, start in enumerate(starts):
        stop = starts[k + 1] if k + 1 < len(starts) else end
        while stop > start + 1 and cv.doc[stop - 1].lower_ in (",", "and", "or", "as", "well", "."):
            stop -= 1
        label = clean_label(cv.view.span_text(start, stop), cv.ctx.spun)
        if label and is_concrete(label):
            out.append((label, start, stop))
    return out


def _inside_quotes(cv: ClauseView, start: int, position: int) -> bool:
    """Whether a quotation opened after `start` is still open at `position`: a title's "and" joins no
    two items ("including "Reliable and Stable Transit of Energy"")."""
    opened = False
    for token in cv.doc[start:position]:
        if token.text in ("“", "«"):
            opened = True
        elif token.text in ("”", "»"):
            opened = False
        elif token.text == '"':
            opened = not opened
    return opened


def _list_marker(cv: ClauseView, noun: Token) -> Token | None:
    """"including", "namely", or the "as" of "such as", in the noun's clause after it."""
    for t in cv.doc[noun.i + 1:]:
        if t.text in (";", ":") or (t.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)):
            return None
        if t.lower_ in ("including", "namely", "notably", "especially") or \
                (t.lower_ == "as" and t.i > 0 and cv.doc[t.i - 1].lower_ == "such"):
            return t
    return None


def _later_items(cv: ClauseView, first: Token, end: int) -> list[Token]:
    """The items after the first: conjuncts and appositions up to `end`, but not the bare nouns that share
    a modifier ("trade and investment ties"), nor, inside a list nested in an item ("work on roads such
    as A and B"), those that no comma sets off as the next item."""
    out: list[Token] = []
    nested = False
    for t in cv.doc[first.i + 1:end]:
        if t.lower_ in ("including", "namely") or (t.lower_ == "as" and cv.doc[t.i - 1].lower_ == "such"):
            nested = True
            continue
        if t.dep_ not in ("conj", "appos") or t.pos_ not in ("NOUN", "PROPN", "VERB"):
            continue
        if not (t.head is first or t.head in out or any(c.dep_ not in ("cc", "punct", "conj") for c in t.children)):
            continue
        opening = t.left_edge.i
        if opening <= (out[-1] if out else first).i:
            continue
        before = cv.doc[opening - 1]
        set_off = before.text == "," or (before.lower_ in ("and", "or") and cv.doc[opening - 2].text == ",")
        if nested and not set_off:
            continue
        out.append(t)
        nested = False
    return out


def _lists_a_vague_object(cv: ClauseView, verb: Token) -> bool:
    """"proposed two new institutions – A and B": the parse reads the list the object names."""
    return verb.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in VAGUE_HEADS and _listed_after(cv, c)
                                       for c in verb.children)


def _urges(trigger: Trigger, head: Token) -> bool:
    """A call on others to act: "urged X to ...", "called on X to ..."."""
    return head.lemma_ in URGE_LEMMAS or trigger.text.lower().endswith((" on", " upon"))


def _verbal_objects(cv: ClauseView, verb: Token, emphasis: bool = False, urge: bool = False
                    ) -> list[tuple[str, int, int]]:
    heads: list[Token] = []
    predicated: list[tuple[str, int, int]] = []
    if any(c.dep_ == "auxpass" for c in verb.children) and not emphasis:
        # "a survey was suggested by X": the thing is the passive subject
        heads = [c for child in verb.children if child.dep_ == "nsubjpass" for c in cv.conjuncts(child)]
    elif verb.dep_ == "acl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children) and not emphasis:
        # "the seed forum, proposed by X": the forum; without the comma the participle describes the
        # noun it follows ("the goal of the resolution proposed by X": the resolution)
        comma = verb.i > 0 and cv.doc[verb.i - 1].text == ","
        heads = [_whole_phrase(verb.head) if comma else verb.head]
    elif verb.dep_ == "relcl" and not emphasis and _object_relative(verb):
        heads = [verb.head]  # "the union that X first proposed", "the fund X proposed": the union, the fund
    for child in verb.children:
        dep = child.dep_
        if dep == "dobj" and child.lemma_ in NEED_NOUNS:
            # (what is important is a proposal only if it can be put forward: "the importance of building X",
            # not "the importance of trade between A and B")
            heads += [h for h in _need_complements(child) if child.lemma_ != "importance" or proposal_like(cv, h)]
        elif dep == "nsubjpass" and emphasis and child.lemma_ in NEED_NOUNS:
            # "the importance of establishing a council was noted" (a body to set up, not a wish to expand trade)
            heads += [h for h in _need_complements(child) if h.lemma_.lower() in CREATION_LEMMAS]
        elif dep == "prep" and emphasis:
            # "focused on security and the need to boost trade"
            heads += [c for p in child.children if p.dep_ == "pobj" for n in (p, *p.conjuncts)
                      if n.lemma_ in NEED_NOUNS for c in _need_complements(n)]
        elif emphasis:
            continue
        elif dep == "dobj" and not urge and (role := _predicated(cv, verb, child)) is not None:
            predicated.append(role)  # "proposed the city of Osh to be the capital of X"
        elif dep == "dobj" and not urge:
            heads += cv.conjuncts(child)
        elif dep == "dobj" and urge:
            heads += [x for x in child.children if x.dep_ in ("acl", "xcomp", "relcl") and x.pos_ == "VERB"]
        elif (dep == "xcomp" or (dep == "advcl" and urge and _infinitive(child) and child.i > verb.i)) and \
                child.pos_ in ("VERB", "AUX"):
            # (not a purpose put first: "To widen trade, X urged the members to open Y")
            heads += cv.conjuncts(child)  # the parse often hangs "called X to do Y" as an adverbial clause
        elif _mandated(child) and _clause_is_the_object(verb) and any(o.dep_ == "nsubjpass" for o in child.children):
            predicated.extend(found for found in [_mandated_passive(cv, child)] if found is not None)
        elif _mandated(child) and _clause_is_the_object(verb):
            heads += [c for o in child.children if o.dep_ == "dobj" for c in cv.conjuncts(o)]
        elif dep == "prep" and child.lower_ == "with" and verb.lemma_ == "come" and not urge and \
                any(c.lower_ == "forward" for c in verb.children):
            heads += [c for p in child.children if p.dep_ == "pobj" for c in cv.conjuncts(p)]  # "came forward with X"
        elif dep == "prep" and child.lower_ in ("for", "on", "upon") and not urge and \
                not any(c.dep_ == "auxpass" for c in verb.children):  # ("was proposed for this purpose")
            # (not "proposed by X on behalf of Y": for whom, not what)
            heads += [c for p in child.children if p.dep_ == "pobj" and p.lemma_ != "behalf" for c in cv.conjuncts(p)]
        elif dep == "prep" and child.lower_ in ("on", "upon") and urge:
            # "called on the parties to settle": the infinitive hangs off the addressee or the verb
            heads += [x for p in child.children for x in p.children if x.dep_ in ("acl", "relcl", "xcomp")]
        elif dep == "prep" and child.lower_ == "for" and urge:
            heads += [c for p in child.children if p.dep_ == "pobj" for c in cv.conjuncts(p)]  # "called on X for Y"
    if any(h.dep_ in ("xcomp", "advcl") for h in heads):
        # "calls on X to conduct A, develop B and promote C": the parse may hang B and C on the verb
        for c in verb.children:
            if c.dep_ in ("conj", "advcl") and c.tag_ == "VB" and c not in heads and c.i > verb.i and \
                    not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children):
                heads += cv.conjuncts(c)
            elif c.dep_ == "advcl" and c.tag_ == "VBN":
                # "to join A, adopted in May, and optimize B": the parse coordinates B's verb with the participle
                heads += [k for k in c.conjuncts if k.tag_ == "VB" and k.i > c.i and k not in heads and
                          not any(s.dep_ in ("nsubj", "nsubjpass") for s in k.children)]
    heads = [means for head in heads for means in (_means(head) or _instructed(head) or _aims(cv, head) or [head])]
    out = []
    for head in heads:
        found = _object(cv, head)
        if found is not None:
            out.append(found)
    return out + predicated


def _named_by_its_field(noun: Token) -> bool:
    """"cooperation initiatives", "the energy proposal": a noun before the head says what it is about."""
    return any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() not in GENERIC_HEADS
               for c in noun.children)


def _whole_phrase(noun: Token) -> Token:
    """The noun a reduced relative ("..., proposed by X") describes: the parse may hang it on the last
    noun of the phrase's complements ("the establishment of the centre for Water Goals, proposed by X"),
    but what was proposed is the phrase as a whole."""
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in ("of", "for", "on") and \
            noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    return noun


def _object_relative(verb: Token) -> bool:
    """A relative clause whose subject is named and whose object is its antecedent: "that X proposed"
    ("that" or "which" as the object, or no object at all), not "who proposed Y"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ in ("WP", "WDT") or subject.lower_ == "that":
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "xcomp", "ccomp") or
               (c.dep_ == "prep" and c.lower_ in ("for", "on", "upon"))]
    return all(c.dep_ == "dobj" and c.lower_ in ("that", "which") for c in objects)


def _predicated(cv: ClauseView, verb: Token, obj: Token) -> tuple[str, int, int] | None:
    """"proposed the city of Osh to be the capital of X": the object with what it is to be."""
    role = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_ == "be" and c.i > obj.i
                 and any(a.dep_ == "attr" for a in c.children)), None)
    if role is None:
        return None
    start, end = obj.left_edge.i, role.right_edge.i + 1
    label = clean_label(cv.view.span_text(start, end), cv.ctx.spun)
    return (label, start, end) if label and is_concrete(label) else None


def _instructed(verb: Token) -> list[Token]:
    """"proposed instructing the Board to review A and prepare B": what the instructed are to do."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in INSTRUCTING_LEMMAS or \
            not any(c.dep_ == "dobj" for c in verb.children):
        return []
    return [c for x in verb.children if x.dep_ in ("xcomp", "ccomp", "advcl") and x.pos_ == "VERB" and _infinitive(x)
            for c in (x, *(k for k in x.conjuncts if k.i > x.i))]


def _means(verb: Token) -> list[Token]:
    """"to realize this task by increasing A, establishing B": the gerunds after "by" (the parse may
    hang the later ones on the first)."""
    if verb.pos_ != "VERB":
        return []
    gerunds = [p for by in verb.children if by.dep_ == "prep" and by.lower_ == "by"
               for p in by.children if p.dep_ == "pcomp" and p.tag_ == "VBG"]
    task = verb.lemma_.lower() in lx.ACCOMPLISHING_VERBS and \
        any(c.dep_ == "dobj" and c.lower_ in lx.TASK_NOUNS for c in verb.children)
    if not task and not any(g.lemma_.lower() in CREATION_LEMMAS for g in gerunds):
        # ("to strengthen ties by establishing A and B": what is to be made is the proposal)
        return []
    means = [g for first in gerunds for g in (first, *(c for c in first.children
                                                        if c.dep_ in ("advcl", "conj") and c.tag_ == "VBG"))]
    # "by establishing A and B": each thing made (one alone keeps its verb's place: "opening X in Y")
    return [o for g in means for o in (
        [c for d in g.children if d.dep_ == "dobj" for c in (d, *(k for k in d.conjuncts if k.i > d.i))]
        if g.lemma_.lower() in CREATION_LEMMAS and
        any(d.dep_ == "dobj" and any(k.i > d.i for k in d.conjuncts) for d in g.children) else [g])]


PURPOSE_LEMMAS = {"aim", "design", "intend", "direct", "gear"}
# verbs that put forward the initiatives they take as objects
PUTTING_FORWARD_LEMMAS = {"promote", "put", "advance", "present", "propose", "make", "submit", "voice", "introduce",
                          "offer", "table", "float", "raise", "unveil", "launch"}
AIMED_HEADS = {"initiative", "proposal", "idea", "suggestion"}


def _aim(head: Token) -> Token | None:
    """"measures aimed at raising exports": the object of the participle of purpose after a noun."""
    return next((p for acl in head.children if acl.dep_ == "acl" and acl.lemma_.lower() in PURPOSE_LEMMAS
                 for prep in acl.children if prep.dep_ == "prep" and prep.lower_ in ("at", "towards", "toward")
                 for p in prep.children if p.dep_ in ("pobj", "pcomp")), None)


def _aims(cv: ClauseView, head: Token) -> list[Token]:
    """"promotes initiatives aimed at A, B and C": the initiatives are named by what they aim at."""
    if head.lemma_.lower() not in AIMED_HEADS or head.tag_ != "NNS" or cv.view.words[-1] == ":" or \
            any(c.dep_ in ("det", "nummod", "amod", "poss") for c in head.children):
        return []  # "several initiatives aimed at closer ties" announces a list; it names none of them
    aim = _aim(head)
    return cv.conjuncts(aim) if aim is not None else []


def _need_complements(noun: Token) -> list[Token]:
    """"the need to create X" / "the importance of A and B" / "the necessity of establishing X"."""
    out: list[Token] = []
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "for"):
            for pobj in child.children:
                if pobj.dep_ in ("pobj", "pcomp"):
                    out.append(pobj)
                    out += [c for c in pobj.conjuncts if c.i > pobj.i] + stray_gerunds(pobj)
    if out:
        return out  # "the need for X to solve Y": X is what is needed, Y what it is for
    for child in noun.children:
        if child.dep_ in ("acl", "relcl", "xcomp") and child.pos_ == "VERB" and \
                any(a.lower_ == "to" for a in child.children) and child.lemma_ not in STATIVE_LEMMAS:
            out.append(child)
            out += [c for c in child.conjuncts if c.i > child.i]
    return out


def _fields(prep: Token) -> list[Token]:
    """"in the field (area, sphere) of X": X."""
    return [o for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() in FIELD_HEADS
            for of in p.children if of.dep_ == "prep" and of.lower_ == "of" for o in of.children if o.dep_ == "pobj"]


def _object_of(cv: ClauseView, head: Token) -> tuple[str, int, int] | None:
    """What an "of" complement names, if it can be put forward."""
    return next((found for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "of"
                 for p in prep.children if p.dep_ == "pobj" for found in [_object(cv, p)] if found is not None), None)


def _object(cv: ClauseView, head: Token) -> tuple[str, int, int] | None:
    """The label of what a head names, if it is something that can be proposed: "an initiative to
    create X" names X; "a number of initiatives" names nothing yet."""
    if head.pos_ == "VERB" and (action := _past_aspect(head)) is not head:
        return _object(cv, action)
    lemma = head.lemma_.lower()
    if head.pos_ == "VERB" and lemma in HELPING_LEMMAS:
        # "urged the members to support the construction of X": X is what is called for
        return next((found for child in head.children if child.dep_ == "dobj"
                     for found in [_object(cv, child)] if found is not None), None)
    if head.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in NOT_PROPOSED for c in head.children):
        return None  # "to convey his greetings", "to extend condolences": courtesy, not a proposal
    if lemma in UNSPECIFIED and head.pos_ != "VERB" and lemma != "number" and _object_of(cv, head) is not None:
        # "to work out a list of joint projects", "a package of measures on water": the whole phrase,
        # when what it counts can be put forward ("a number of initiatives" names nothing yet)
        start, end = cv.phrase_span(head)
        label = cv.phrase(head)
        return (label, start, end) if label and len(label.split()) <= 30 else None
    if (lemma in UNSPECIFIED and head.pos_ != "VERB") or lemma in NOT_PROPOSED or head.pos_ == "PRON" or \
            (head.pos_ == "VERB" and lemma in lx.OPPOSING_VERBS):
        return None  # (to oppose or condemn something is a stance, not a thing put forward)
    if lemma in GENERIC_HEADS:
        if head.tag_ == "NNS" and cv.view.words[-1] == ":":
            return None  # "proposed several initiatives for closer ties:": the list after the colon names them
        if lemma in ("initiative", "proposal") and _named_by_its_field(head) and \
                (head.tag_ == "NN" or any(c.dep_ == "acl" and c.tag_ == "VBN" for c in head.children)):
            start, end = cv.phrase_span(head)  # "the water initiatives put forward by X": named by their field
            label = cv.phrase(head)  # (a plural of the kind alone is vague to `is_concrete`; the field names it)
            return (label, start, end) if label else None
        if lemma in ("measure", "step") and (aim := _aim(head)) is not None:
            # "comprehensive measures aimed at raising exports": the measures, named with their aim
            start, _ = cv.phrase_span(head)
            end = aim.right_edge.i + 1
            label = clean_label(cv.view.span_text(start, end), cv.ctx.spun)
            return (label, start, end) if label and len(label.split()) <= 30 else None
        for child in head.children:
            if child.dep_ in ("acl", "xcomp", "relcl") and any(a.lower_ == "to" for a in child.children):
                return _object(cv, child)
            if child.dep_ == "prep" and child.lower_ in ("on", "for", "regarding", "concerning"):
                return next((found for p in child.children if p.dep_ in ("pobj", "pcomp")
                             for found in [_object(cv, p)] if found is not None), None)
            if child.dep_ == "prep" and child.lower_ == "in":
                # "proposals in the field of energy cooperation": the field named
                return next((found for o in _fields(child) for found in [_object(cv, o)] if found is not None), None)
        return None
    if head.pos_ in ("VERB", "AUX") and head.lemma_ in ("be", "have", "say", "note", "stress", "hope"):
        return None
    if head.pos_ == "VERB" and all(c.dep_ in ("aux", "cc", "punct", "conj", "advmod", "neg") for c in head.children):
        return None  # "to develop [and take measures]": the verb shares the next conjunct's object
    if head.pos_ == "VERB" and lemma in CREATION_LEMMAS:
        # "to create, with the support of the UN, a centre for X": what is to be made is the centre
        made = [c for c in head.children if c.dep_ == "dobj"]
        if made:
            return _object(cv, made[0])
    mention = cv.mention_for(head)
    if mention is not None and mention.entity.kind in ("Person", "State", "Place") and \
            mention.start <= head.i < mention.end:
        return None
    start, end = cv.phrase_span(head)
    label = cv.phrase(head)
    topic = cv.topic_on_its_verb(head)
    if topic is not None and label:
        label = clean_label(f"{label} {cv.view.span_text(topic.i, topic.right_edge.i + 1)}", cv.ctx.spun)
    if not label or not is_concrete(label) or len(label.split()) > 30:
        return None
    return label, start, end


# ----------------------------------------------------------------------------- nominal

def _nominal(cv: ClauseView, noun: Token) -> tuple[list[tuple[Entity, str]], list[tuple[str, int, int]]]:
    """"X's proposal to ...", "the initiative of X to ...", "X's proposals include A and B", "the
    proposals made by X include:"."""
    if noun.lemma_.lower() not in PROPOSAL_NOUN_LEMMAS:
        return [], []
    proposers: list[tuple[Entity, str]] = []
    for child in noun.children:
        if child.dep_ == "poss":
            proposers = cv.actors_at(child)
        elif child.dep_ == "prep" and child.lower_ in ("of", "by", "from") and not proposers:
            proposers = [a for p in child.children if p.dep_ == "pobj" for a in cv.actors_at(p)]
        elif child.dep_ == "acl" and child.tag_ == "VBN" and not proposers:
            # "the proposals made (put forward, voiced) by X"
            proposers = [a for agent in child.children if agent.dep_ == "agent"
                         for p in agent.children if p.dep_ == "pobj" for a in cv.actors_at(p)]
    submitted = noun.dep_ == "dobj" and noun.head.lemma_.lower() in SUBMITTING_LEMMAS
    if not proposers and submitted:
        proposers = cv.subjects(noun.head)  # "Turkmenistan will submit a proposal to declare X"
    if not proposers:
        return [], []
    if (title := _quoted_title(cv, noun)) is not None:
        return proposers, [title]  # "the initiative of the SCO «On world unity for a just peace and harmony»"
    heads: list[Token] = []
    infinitives = [*noun.children, *(noun.head.children if submitted else ())]
    for child in infinitives:
        if child.dep_ in ("acl", "xcomp", "relcl", "advcl") and child.pos_ == "VERB" and \
                (child.dep_ != "advcl" or submitted) and any(a.lower_ == "to" for a in child.children):
            heads += cv.conjuncts(child)
        elif child.dep_ == "prep" and child.lower_ in ("on", "for", "regarding", "concerning", "about"):
            heads += [c for p in child.children if p.dep_ in ("pobj", "pcomp") for c in cv.conjuncts(p)]
        elif child.dep_ == "prep" and child.lower_ == "in":
            heads += _fields(child)  # "proposals in the field of energy": the field's name
    # "X's proposals include A and B"
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_ in LINKING_LEMMAS:
        for child in noun.head.children:
            if child.dep_ in ("dobj", "attr"):
                heads += _items(cv, child)
            elif child.dep_ in ("xcomp", "ccomp") and child.pos_ == "VERB" and _infinitive(child):
                heads += cv.conjuncts(child)  # "our proposal is to trade in local currencies"
    # "Among X's proposals are A, B and C": the items are the inverted subject
    governor = noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "among" and governor.lemma_ in LINKING_LEMMAS:
        for child in governor.children:
            if child.dep_ in ("nsubj", "attr", "dobj", "csubj"):
                heads += _items(cv, child)
    elif noun.dep_ == "pobj" and noun.head.lower_ == "among" and governor.tag_ == "VBG" and \
            any(c.dep_ == "aux" and c.lemma_ == "be" for c in governor.children):
        # "Among X's proposals are adopting A, signing B and intensifying C", parsed as a progressive
        for verb in [governor] + [c for c in governor.children if c.dep_ in ("conj", "advcl") and c.tag_ == "VBG"]:
            heads += [v for v in cv.conjuncts(verb) if v not in heads]
    out = [found for found in (_object(cv, h) for h in heads) if found is not None]
    return proposers, out


def _quoted_title(cv: ClauseView, noun: Token) -> tuple[str, int, int] | None:
    """The title in quotation marks a noun's phrase ends with ("the initiative of X «On A for B and C»"),
    whole: its "and" joins no two proposals."""
    end = noun.right_edge.i + 1
    opening = next((t.i for t in cv.doc[noun.i + 1:end] if t.text == '"'), None)  # (every mark, normalised)
    if opening is None or opening > noun.i + 8:
        return None
    closing = next((t.i for t in cv.doc[opening + 1:] if t.text == '"'), None)
    if closing is None or closing - opening < 2:
        return None
    label = clean_label(cv.view.span_text(opening + 1, closing), cv.ctx.spun)
    return (label, opening + 1, closing) if label and is_concrete(label) else None


def _items(cv: ClauseView, head: Token) -> list[Token]:
    """The items of a list: conjuncts, and the appositions the parse makes of some ("A, B, as well as C")."""
    out: list[Token] = []
    for item in cv.conjuncts(head):
        out.append(item)
        out += [a for a in item.children if a.dep_ == "appos" and a.pos_ in ("NOUN", "PROPN") and a.i > item.i]
    return out


# "these institutions include A and B", "This includes A, B and C": what was just put forward, listed
LISTED_HEADS = {"institution", "measure", "step", "initiative", "proposal", "project", "priority", "idea",
                "mechanism", "platform", "centre", "center", "area", "direction", "task", "instrument", "tool",
                "programme", "program", "element", "component"}


def _inclusion(cv: ClauseView, verb: Token) -> tuple[list[tuple[Entity, str]], list[tuple[str, int, int]]]:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    providing = verb.lemma_ in ("envisage", "envision", "foresee", "provide")
    if subject is None or not (verb.lemma_ in ("include", "comprise", "consist") or providing):
        return [], []
    listed = subject.lemma_.lower() in LISTED_HEADS and \
        any(c.dep_ == "det" and c.lower_ in ("these", "the", "those", "such") for c in subject.children)
    # ("It envisages X" says what the proposal just made provides for; "it includes" may be anything)
    if not (listed or subject.lower_ in ("this", "these", "they") or (providing and subject.lower_ == "it")) or \
            any(c.dep_ == "poss" for c in subject.children):
        return [], []
    speech = verb.head if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lx.SPEECH_LEMMAS else None
    proposers = cv.subjects(speech) if speech is not None else []
    proposers = proposers or cv.ctx.recent_proposer()
    objects = [c for c in verb.children if c.dep_ in ("dobj", "xcomp")] + \
        [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("of", "for") for p in prep.children
         if p.dep_ in ("pobj", "pcomp")]
    heads = [item for obj in objects for item in _items(cv, obj)]
    return proposers, [found for found in (_object(cv, h) for h in heads) if found is not None]


__all__ = ["parse_first", "read_clause_proposals", "trigger_head"]
