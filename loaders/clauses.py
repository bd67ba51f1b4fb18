"""A clause view of one parsed sentence: who does what to what, read from the dependency parse.

The relation rules built on it (`clause_proposals`, `clause_supports`, `clause_memberships`) ask
the same few questions of a verb or noun, and this module answers them once:

- `subjects(verb)`: its subject, coordinated subjects ("Kazakhstan and Uzbekistan proposed"), the
  subject it shares with the verb it is coordinated with or depends on ("spoke and proposed",
  "stressed ..., proposing"), and the passive agent ("was proposed by X");
- `actors_at(token)`: the actors a noun phrase names: a mention in it, the mentions of its
  conjuncts, a pronoun ("he", "we" inside a quotation: its speaker), or a collective subject
  ("the five presidents", "the Central Asian states": every actor the document says is there);
- `phrase(head)`: the words of the noun or verb phrase headed by a token, without its relative
  clauses, trailing participles, appositive asides or conjuncts: what a reader would call it;
- `conjuncts(head)`: the head and the tokens coordinated with it ("A, B and C").

Token i of the parse is token i of the sentence view (`loaders.parse`), so mentions, triggers
and offsets carry over unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from . import lexicon as lx
from .context import DocumentContext
from .facts import ACTOR_KINDS, Entity
from .relations import Resolved, SentenceView, clean_label

# prepositions that open the time and place of saying, not part of what was said
CIRCUMSTANCE_PREPS = {"during", "at", "amid", "ahead", "following", "after", "before"}
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
# documents and events whose topic follows them: "a resolution on X", "a conference about Y"
TOPIC_HEADS = {"resolution", "declaration", "convention", "agreement", "treaty", "document", "statement", "report",
               "programme", "program", "strategy", "plan", "concept", "roadmap", "memorandum", "code", "charter",
               "pact", "law", "conference", "forum", "summit", "meeting", "dialogue", "talks", "negotiations"}
TOPIC_PREPS = {"on", "about", "regarding", "concerning"}
FOCUS_ADVERBS = {"primarily", "particularly", "especially", "notably", "mainly", "chiefly", "above"}
# children that end what a noun phrase names: "a centre [that would ...]", "a forum [, held annually]"
TRAILING_DEPS = {"relcl", "acl", "appos", "advcl", "punct", "cc", "conj", "parataxis", "dep", "npadvmod"}
PERSONAL = {"i", "we", "he", "she", "him", "they", "it", "us", "our", "my", "his", "her", "its", "their"}
COLLECTIVE_HEADS = {"leaders", "presidents", "heads", "states", "countries", "nations", "republics", "members",
                    "participants", "governments", "parties", "sides"}
_REGION = re.compile(r"\b(?:central asian|of central asia|the region|regional|c5|five)\b", re.IGNORECASE)


@dataclass
class ClauseView:
    """A sentence view with its parse, and what the document has said so far."""

    view: SentenceView
    doc: Doc
    ctx: DocumentContext
    speaker: Entity | None = None  # who speaks, when the sentence is inside a quotation
    _whole: set[int] = field(default_factory=set)  # heads whose coordination is kept as one phrase

    # ------------------------------------------------------------------ who

    def subjects(self, verb: Token) -> list[tuple[Entity, str]]:
        """The actors of a verb: its subject or passive agent, else the subject it shares."""
        seen: set[int] = set()
        current: Token | None = verb
        while current is not None and current.i not in seen:
            seen.add(current.i)
            for child in current.children:
                if child.dep_ == "agent":
                    for pobj in (c for c in child.children if c.dep_ == "pobj"):
                        found = self.actors_at(pobj)
                        if found:
                            return found
            subjects = [child for child in current.children if child.dep_ in SUBJECT_DEPS]
            for child in subjects:
                if child.lower_ == "it" and child.dep_ == "nsubjpass":
                    return []  # "it was proposed to create ...": no one named
                found = self.actors_at(child)
                if found or child is subjects[-1]:
                    # a dateline parsed as a second subject ("Bishkek, 3 May – X supported") names no actor
                    return found
            # share the subject of the verb this one is coordinated with or depends on
            # ("We are ready to join X and propose Y": through the adjective to the copula's subject)
            if current.dep_ in ("conj", "xcomp", "advcl", "ccomp", "acomp") and current.head.i != current.i:
                current = current.head
                continue
            if current.dep_ == "pcomp" and current.head.dep_ == "prep" and current.head.head.pos_ in ("VERB", "AUX"):
                current = current.head.head  # "Besides offering to set up X, the minister said ...": the minister
                continue
            break
        return []

    def actors_at(self, head: Token) -> list[tuple[Entity, str]]:
        """The actors a noun phrase names, with how each was resolved."""
        found: list[tuple[Entity, str]] = []
        # every conjunct: "Kazakhstan and Uzbekistan" are two actors, though bare nouns (one phrase to `conjuncts`)
        for token in [head, *(c for c in head.conjuncts if c.i > head.i)]:
            # "the Head of State, Emomali Rahmon,": the apposition names whom the title means
            named = [a for c in token.children if c.dep_ == "appos" for a in self._actors_of_one(c)
                     if a[0].kind == "Person"]
            found += named or self._actors_of_one(token)
        unique: dict[str, tuple[Entity, str]] = {}
        for entity, how in found:
            unique.setdefault(entity.iri, (entity, how))
        return list(unique.values())

    def _actors_of_one(self, token: Token) -> list[tuple[Entity, str]]:
        lower = token.lower_
        if lower in PERSONAL:
            return self._pronoun(lower, token)
        mention = self.mention_for(token)
        if mention is not None:
            return [(mention.entity, mention.resolution)] if _is_actor(mention.entity) else []
        # "the President's", "the leaders of the five countries": a collective subject
        if lower in COLLECTIVE_HEADS:
            return self._collective(token)
        # "his country is ready to ...", "our state proposes ...": the person the pronoun means, speaking
        # for their state (as an annotator reads it: not a bare state as subject)
        owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in PERSONAL), None)
        if owner is not None and token.lemma_.lower() in ("country", "state", "nation", "republic", "government"):
            return [(person, how) for person, how in self._pronoun(owner.lower_, owner) if person.kind == "Person"]
        return []

    def mention_for(self, token: Token) -> Resolved | None:
        """The mention covering a noun phrase's head, else the first actor mention inside its own
        words before any preposition ("the Uzbek President Mirziyoyev", "Kazakhstan's side")."""
        for m in self.view.mentions:
            if m.start <= token.i < m.end:
                return m
        left = token.left_edge.i
        for m in self.view.mentions:
            if left <= m.start and m.end <= token.i + 1 and _is_actor(m.entity):
                between = [t for t in self.doc[m.end:token.i]]
                if not any(t.dep_ == "prep" for t in between):
                    return m
        return None

    def _pronoun(self, word: str, token: Token) -> list[tuple[Entity, str]]:
        position = token.i
        if word in ("i", "we", "us", "our", "my"):
            speaker = self.speaker or self.reporter(token)
            return [(speaker, "pronoun")] if speaker is not None else []
        kinds = ("Person",) if word in ("he", "she", "his", "her", "him") else ("State", "Organisation")
        earlier = [m for m in self.view.mentions if m.end <= position and m.entity.kind in kinds]
        if earlier:
            return [(earlier[-1].entity, "pronoun")]
        if word == "they" and token.dep_ in ("nsubj", "nsubjpass"):
            # not "their": "both ministers confirmed their intention" is the subject's
            return [(actor, "pronoun") for actor in self.ctx.group()]
        entity, how = self.ctx.pronoun(word)
        return [(entity, how)] if entity is not None else []

    def reporter(self, token: Token) -> Entity | None:
        """Who says the clause a first-person pronoun stands in, without quotation marks: "We propose
        to sign X, the President said" (the subject of the speech verb the clause depends on)."""
        current = token.head
        while current.head.i != current.i:
            if current.dep_ in ("ccomp", "parataxis") and current.head.lemma_.lower() in lx.SPEECH_LEMMAS:
                # each subject in turn: a dateline may be parsed as one ("Bishkek, 3 May - X said")
                found = [a for c in current.head.children if c.dep_ == "nsubj" and c.lower_ not in PERSONAL
                         for a in self.actors_at(c)]
                pronoun = next((c.lower_ for c in current.head.children if c.dep_ == "nsubj" and c.lower_ in ("he", "she")),
                               None)
                if not found and pronoun is not None:
                    return self.ctx.pronoun(pronoun)[0]  # "He also said that ... it was necessary to X"
                return found[0][0] if found else None
            current = current.head
        return None

    def _collective(self, token: Token) -> list[tuple[Entity, str]]:
        """"the presidents of Central Asian countries", "the five leaders", "Central Asian states": the
        region's states or their leaders as the document names them; "of A and B": those actors."""
        of_actors = [a for prep in token.children if prep.dep_ == "prep" and prep.lower_ in ("of", "from")
                     for pobj in prep.children if pobj.dep_ == "pobj" for a in self.actors_at(pobj)]
        leaders = token.lower_ in ("leaders", "presidents", "heads")
        if of_actors:
            # "the presidents of the Central Asian countries", "the leaders of A and B": their leaders
            return [(self.ctx.leader_of(e) if leaders and e.kind == "State" else e, "collective")
                    for e, _ in of_actors]
        words = " ".join(t.text for t in token.subtree)
        if leaders and not _REGION.search(words) and \
                all(p.lemma_.lower() in ("state", "delegation") for prep in token.children if prep.dep_ == "prep"
                    for p in prep.children if p.dep_ == "pobj"):
            # "the heads of delegations supported it", "the leaders welcomed ...": every leader the
            # document names (when it names more than one)
            named = self.ctx.named_leaders()
            return [(e, "collective") for e in named] if len(named) > 1 else []
        if not _REGION.search(words):
            return []
        return [(e, "collective") for e in self.ctx.region_actors(persons=leaders)]

    # ------------------------------------------------------------------ what

    def conjuncts(self, head: Token) -> list[Token]:
        """The head and its conjuncts, unless they are words of one name ("Peace, Harmony and Development")
        or bare nouns sharing the head's modifiers ("closer coordination and cooperation in the format":
        one thing)."""
        mention = next((m for m in self.view.mentions if m.start <= head.i < m.end), None)
        if head.pos_ in ("NOUN", "PROPN") and any(
                c.i > head.i and not any(g.dep_ not in ("cc", "punct", "conj") for g in c.children)
                for c in head.conjuncts) and not any(c.dep_ == "det" for c in head.children):
            self._whole.add(head.i)
            return [head]
        out = [head]
        for token in head.conjuncts:
            if token.i < head.i:
                continue
            if mention is not None and mention.start <= token.i < mention.end:
                continue
            if head.text[:1].isupper() and token.text[:1].isupper() and self.view.quotes[head.i] and \
                    all(self.view.quotes[k] and not self.view.closing[k] for k in range(head.i, token.i + 1)):
                continue  # inside one quoted title ("On World Unity for Peace and Harmony"), not quoted speech
            out.append(token)
        return out + self._listed_appositions(head) + stray_gerunds(head)

    def _listed_appositions(self, head: Token) -> list[Token]:
        """"the issues of security, the situation in X and questions of Y": the parse may take the second
        of three items for an apposition with the third as its conjunct; a list, not a restatement."""
        out: list[Token] = []
        for c in head.children:
            listed = c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > head.i and c.left_edge.i > 0 and \
                self.doc[c.left_edge.i - 1].text == "," and \
                any(k.dep_ == "cc" and k.lower_ in ("and", "or") for k in c.children)
            if listed:
                out += [c, *(k for k in c.conjuncts if k.i > c.i)]
        return out

    def phrase_span(self, head: Token) -> tuple[int, int]:
        """[start, end) of the phrase a head names, cut before trailing clauses and conjuncts."""
        start = head.left_edge.i
        if head.pos_ == "VERB":
            # "for our countries to determine X": the phrase starts at the infinitive
            start = min([c.i for c in head.lefts if c.dep_ in ("aux", "neg", "advmod", "prt")] + [head.i])
        end = head.i + 1
        whole = head.i in self._whole
        for child in head.rights:
            if child.i < end:
                continue  # inside a title taken whole
            # "a resolution “Enlightenment and Tolerance”": the title in quotation marks names it (the
            # parse hangs the quotation mark on the noun or on the title's apposition)
            opening = child.i if child.dep_ == "punct" else child.i - 1 if child.dep_ == "appos" else -1
            if opening >= 0 and self.doc[opening].text in _OPENING_QUOTES and head.pos_ in ("NOUN", "PROPN"):
                close = next((t.i for t in self.doc[opening + 1:opening + 25] if t.text in _CLOSING_QUOTES), None)
                if close is not None and close > opening + 1:
                    end = close + 1
                    continue
            if whole and child.dep_ in ("cc", "conj", "punct"):
                end = child.right_edge.i + 1  # the coordination is one thing: keep it
                continue
            if child.dep_ in TRAILING_DEPS and not self._inside_name(child):
                break
            if head.pos_ == "VERB" and child.dep_ == "prep" and child.lower_ in CIRCUMSTANCE_PREPS and \
                    not _at_the_level(child):
                break  # "make the union more effective [during the meeting in Moscow]"
            if head.pos_ == "VERB" and child.dep_ == "prep" and child.lower_ == "by" and \
                    any(p.dep_ == "pcomp" and p.tag_ == "VBG" for p in child.children):
                break  # "to widen trade [by opening a fund]": the means is a thing of its own
            if head.pos_ == "VERB" and child.dep_ == "dobj" and (purpose := _purpose(child)) is not None:
                end = purpose.left_edge.i  # "to develop a concept [to form a strategy]": what it is for
                break
            end = child.right_edge.i + 1
        # "submit a draft resolution [on the role of X]": the parse often hangs a topic on the verb
        topic = next((c for c in head.head.rights if c.i == end and c.dep_ == "prep" and c.lower_ in TOPIC_PREPS),
                     None) if head.dep_ == "dobj" and head.lemma_.lower() in TOPIC_HEADS else None
        if topic is None and head.dep_ == "dobj":
            # "establish a council [at the level of deputy ministers]": the parse hangs the level on the verb
            topic = next((c for c in head.head.rights if c.i == end and _at_the_level(c)), None)
        if topic is not None:
            end = topic.right_edge.i + 1
        # "the potential of the region[, primarily within the Middle Corridor]": a focus the parse hangs
        # on the main verb still says what the thing is
        if end + 2 < len(self.doc) and self.doc[end].text == "," and self.doc[end + 1].lower_ in FOCUS_ADVERBS and \
                self.doc[end + 2].dep_ == "prep":
            end = self.doc[end + 2].right_edge.i + 1
        strays = stray_gerunds(head)
        if strays:
            end = min(end, min(s.i for s in strays))
            while end > head.i + 1 and self.doc[end - 1].dep_ in ("cc", "punct"):
                end -= 1
        # a dateline the parse hangs on the phrase ("2 May 2019 – The union") is not part of it
        dash = next((t.i for t in self.doc[start:head.i] if t.dep_ == "punct" and t.text in ("-", "–", "—")
                     and t.head.i < t.i and any(w.like_num for w in self.doc[start:t.i])), None)
        if dash is not None:
            start = dash + 1
        # a leading conjunction or punctuation is not part of the phrase
        while start < head.i and self.doc[start].dep_ in ("punct", "cc"):
            start += 1
        return start, end

    def topic_on_its_verb(self, head: Token) -> Token | None:
        """"a resolution proposed by X was adopted [on declaring Y]": the topic of a document that is the
        subject of a passive verb, hung on that verb."""
        if head.lemma_.lower() not in TOPIC_HEADS or head.dep_ != "nsubjpass":
            return None
        return next((c for c in head.head.rights if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS), None)

    def _inside_name(self, token: Token) -> bool:
        return any(m.start <= token.i < m.end and m.end - m.start > 1 and m.start < token.i
                   for m in self.view.mentions)

    def phrase(self, head: Token) -> str:
        start, end = self.phrase_span(head)
        return clean_label(self.view.span_text(start, end), self.ctx.spun)

    def mentions_in(self, start: int, end: int) -> list[Resolved]:
        return self.view.mentions_in(start, end)


def stray_gerunds(head: Token) -> list[Token]:
    """"developing A to curb B and introducing C": the parse hangs the second gerund on the infinitive
    of the first one's purpose, but a gerund is no conjunct of an infinitive: it is the first one's.
    Likewise "reform of A and expansion of B": the parse makes "expansion" a conjunct of A, but a
    nominalisation with its own "of" coordinates with the first one."""
    if head.lower_ in lx.NOMINALISATIONS and head.pos_ == "NOUN":
        return [c for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "of"
                for pobj in prep.children if pobj.dep_ == "pobj" for c in pobj.conjuncts
                if c.i > pobj.i and c.lower_ in lx.NOMINALISATIONS and
                any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children)]
    if head.tag_ != "VBG":
        return []
    holders = [head, *(c for c in head.children if c.dep_ == "dobj")]  # "developing measures [to curb B]"
    return [c for holder in holders for clause in holder.children
            if clause.dep_ in ("advcl", "xcomp", "acl", "relcl") and clause.tag_ == "VB"
            for c in clause.children if c.dep_ == "conj" and c.tag_ == "VBG"]


PROPOSAL_LIKE = lx.INITIATIVE_HEADS | lx.EVENT_HEADS | lx.NOMINALISATIONS | {"meeting", "plan", "aspiration", "priority",
                                                                         "bid", "candidacy", "accession",
                                                                         "participation", "involvement"}


# heads whose infinitive is their content, not their purpose
_DONE_BY_INFINITIVE = {"measure", "step", "way", "effort", "attempt", "action", "agreement", "decision", "plan",
                       "strategy", "programme", "program", "roadmap", "mechanism", "proposal", "initiative", "idea",
                       "commitment", "obligation", "mandate", "call", "bid", "drive", "campaign", "policy"}


_OPENING_QUOTES = {"“", "«", '"'}
_CLOSING_QUOTES = {"”", "»", '"'}


def _purpose(noun: Token) -> Token | None:
    """An infinitive relative after a named object says what the object is for: "a concept to form a
    strategy", "the Group of Development to promote ties" (not "efforts to address X": what they are)."""
    if noun.lemma_.lower() in _DONE_BY_INFINITIVE:
        return None  # "measures to address X", "a plan to build Y": the infinitive says what they are
    return next((c for c in noun.rights if c.pos_ == "VERB" and
                 (c.dep_ == "relcl" or (c.dep_ == "acl" and noun.pos_ == "PROPN")) and
                 any(a.dep_ == "aux" and a.lower_ == "to" and a.i < c.i for a in c.children)), None)


def _at_the_level(prep: Token) -> bool:
    """"at the level of foreign ministers", "at ministerial level": who a body or a meeting brings together."""
    return prep.dep_ == "prep" and prep.lower_ == "at" and any(p.lemma_.lower() == "level" for p in prep.children)


def proposal_like(cv: ClauseView, obj: Token) -> bool:
    """A thing that can be put forward: an initiative's head noun, a nominalisation ("the adoption of
    X"), an action ("holding the summit"), or a new name."""
    if obj.pos_ == "VERB" or obj.lemma_.lower() in PROPOSAL_LIKE or obj.lower_ in PROPOSAL_LIKE:
        return True
    mention = cv.mention_for(obj)
    return mention is not None and mention.resolution == "new" and mention.entity.kind != "Person"


def _is_actor(entity: Entity) -> bool:
    return entity.kind in ACTOR_KINDS


__all__ = ["ClauseView", "proposal_like", "stray_gerunds"]
