"""What every relation rule shares: the trigger dictionary, a sentence's tokens and mentions,
and the rules that find an actor and cut an object phrase.

Triggers are found once per document (one spaCy PhraseMatcher over lower-case tokens, built
from `loaders.lexicon` and, for spun texts, `loaders.spin`), and only sentences with a trigger
are looked at closely. Within a sentence the rules work on plain lists of token strings
(`SentenceView`), with mentions placed by token index:

- the actor stands before an active trigger (adverbs, auxiliaries and a comma-delimited
  aside may come between: "Rahmon, stressing the need for unity, called for ..."), after "by"
  in the passive, after "of" in a nominal ("the initiative of X to ..."), or before a
  possessive ("X's proposal to ..."); a pronoun takes the last person named;
- the object runs from the trigger to the end of its clause and is split where coordinated
  verbs of the same form start again ("developing A, forming B and preparing C"), or where two
  named initiatives are coordinated.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ontology.namespaces import ACTOR_TYPES

from . import dates
from . import lexicon as lx
from . import spin
from .facts import Entity, Sentence
from .text import Tokens, normalise, pipeline

# Trigger kinds (the PhraseMatcher's keys).
PROPOSE = "PROPOSE"
PROPOSE_WEAK = "PROPOSE_WEAK"
PROPOSAL_NOUN = "PROPOSAL_NOUN"
READINESS = "READINESS"
NEED = "NEED"
PLAN = "PLAN"
SUPPORT = "SUPPORT"
SUPPORT_ADJ = "SUPPORT_ADJ"
SUPPORT_NOUN = "SUPPORT_NOUN"
SUPPORT_OF = "SUPPORT_OF"
MEMBER_OF = "MEMBER_OF"
HAS_MEMBERS = "HAS_MEMBERS"
KNOWN_AS = "KNOWN_AS"
FOUNDED_BY = "FOUNDED_BY"
ADMITTED = "ADMITTED"
ADOPT = "ADOPT"
CALL = "CALL"
NECESSITY = "NECESSITY"
OBLIGATION = "OBLIGATION"
INCLUSION = "INCLUSION"
INTENT = "INTENT"
BELIEF = "BELIEF"
SPUN = "SPUN_"  # prefix: only in spun texts
PROPOSAL_KINDS = (PROPOSE, PROPOSE_WEAK, PROPOSAL_NOUN, READINESS, NEED, PLAN)
SUPPORT_KINDS = (SUPPORT, SUPPORT_ADJ, SUPPORT_NOUN, SUPPORT_OF)
MEMBER_KINDS = (MEMBER_OF, HAS_MEMBERS, KNOWN_AS, FOUNDED_BY, ADMITTED)


@dataclass(frozen=True)
class Resolved:
    """A mention after resolution, in token offsets of the parsed document."""

    start: int
    end: int
    entity: Entity
    resolution: str
    text: str
    state: Entity | None = None  # titles and sides: the state in the title
    role: str | None = None  # titles: the role's local name


@dataclass(frozen=True)
class Trigger:
    kinds: frozenset[str]  # one phrase may be several kinds ("announced": a weak proposal, a plan, readiness)
    start: int  # token offsets in the sentence view
    end: int
    text: str

    def has(self, *kinds: str) -> bool:
        return any(k in self.kinds for k in kinds)


def _phrases() -> dict[str, tuple[str, ...]]:
    return {
        PROPOSE: lx.PROPOSE_VERBS, PROPOSE_WEAK: lx.WEAK_PROPOSE_VERBS,
        PROPOSAL_NOUN: tuple(lx.PROPOSAL_NOUNS) + tuple(lx.VISION_NOUNS), READINESS: lx.READINESS_VERBS,
        NEED: lx.NEED_VERBS, PLAN: lx.PLAN_VERBS,
        SUPPORT: lx.SUPPORT_VERBS, SUPPORT_ADJ: lx.SUPPORT_ADJECTIVES, SUPPORT_NOUN: lx.SUPPORT_NOUNS,
        SUPPORT_OF: lx.SUPPORT_OF_PHRASES, MEMBER_OF: lx.MEMBER_OF_PHRASES, HAS_MEMBERS: lx.ORG_HAS_MEMBERS,
        KNOWN_AS: lx.KNOWN_AS, FOUNDED_BY: lx.FOUNDED_BY, ADMITTED: lx.ADMITTED, ADOPT: lx.ADOPT_VERBS,
        CALL: lx.CALL_VERBS, NECESSITY: lx.NECESSITY_ADJECTIVES, OBLIGATION: lx.OBLIGATION_PHRASES,
        INCLUSION: lx.INCLUSION_VERBS, INTENT: lx.INTENT_PHRASES, BELIEF: lx.BELIEF_VERBS,
        SPUN + PROPOSE: spin.PROPOSE_VARIANTS, SPUN + SUPPORT_NOUN: spin.SUPPORT_VARIANTS,
        SPUN + NEED: spin.NEED_VARIANTS, SPUN + PROPOSAL_NOUN: spin.VISION_VARIANTS,
    }


@functools.lru_cache(maxsize=1)
def trigger_matcher() -> PhraseMatcher:
    nlp = pipeline()
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for kind, phrases in _phrases().items():
        matcher.add(kind, [nlp.tokenizer(normalise(p)) for p in sorted(set(phrases))])
    return matcher


# (not _DETERMINERS below: the articles that open a listed noun phrase)
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"}


def find_triggers(doc: Doc, spun: bool) -> list[tuple[frozenset[str], int, int]]:
    """(kinds, start, end) of every trigger in the document, in token offsets; the longest wins where
    two overlap ("took the initiative" over "initiative"), and spun variants only count in spun texts."""
    strings = doc.vocab.strings
    spans: dict[tuple[int, int], set[str]] = {}
    for match_id, start, end in trigger_matcher()(doc):
        kind = strings[match_id]
        if kind.startswith(SPUN):
            if not spun:
                continue
            kind = kind[len(SPUN):]
        spans.setdefault((start, end), set()).add(kind)
    kept: list[tuple[frozenset[str], int, int]] = []
    starts = {start for start, _ in spans}
    for (start, end) in sorted(spans, key=lambda se: (se[0], -(se[1] - se[0]))):
        if kept and start < kept[-1][2]:
            continue
        if (start + 1 in starts or end in starts) and start > 0 and doc[start].lower_.endswith("ed") and \
                doc[start - 1].lower_ in DETERMINERS:
            continue  # "the presented initiative", "the proposed plan": a participle describing the trigger after it
        kept.append((frozenset(spans[(start, end)]), start, end))
    return kept


# ----------------------------------------------------------------------------- the sentence view

@dataclass
class SentenceView:
    """A sentence's tokens as plain lists, with its mentions and triggers in local token offsets."""

    sentence: Sentence
    offset: int  # the document token index of local token 0
    words: list[str]  # token texts (normalised)
    lower: list[str]
    chars: list[int]  # start character of each token, in the document
    mentions: list[Resolved]  # local offsets
    triggers: list[Trigger]
    text: str  # the document's original text
    quotes: list[bool] = field(default_factory=list)  # inside quotation marks
    closing: list[bool] = field(default_factory=list)  # a closing quotation mark
    parse: Doc | None = None  # the sentence's parse, token for token, when it was parsed
    _at_end: dict[int, Resolved] = field(default_factory=dict)
    _at_start: dict[int, Resolved] = field(default_factory=dict)

    @classmethod
    def build(cls, tokens: Tokens, begin: int, end: int, sentence: Sentence, mentions: list[Resolved],
              triggers: list[tuple[frozenset[str], int, int]], text: str) -> SentenceView:
        words = tokens.words(begin, end)
        lower = [w.lower() for w in words]
        chars = tokens.starts[begin:end]
        local = [Resolved(m.start - begin, m.end - begin, m.entity, m.resolution, m.text, m.state, m.role)
                 for m in mentions]
        view = cls(sentence, begin, words, lower, chars, local,
                   [Trigger(k, s - begin, e - begin, " ".join(words[s - begin:e - begin])) for k, s, e in triggers],
                   text)
        if '"' in words:
            inside = False
            for w in words:
                view.quotes.append(inside)
                view.closing.append(w == '"' and inside)
                if w == '"':
                    inside = not inside
        else:
            view.quotes = [False] * len(words)
            view.closing = view.quotes
        for m in local:
            view._at_end[m.end] = m
            view._at_start[m.start] = m
        return view

    def __len__(self) -> int:
        return len(self.words)

    def span_text(self, start: int, end: int) -> str:
        """The original text of tokens [start, end)."""
        if start >= end:
            return ""
        last = end - 1
        return self.text[self.chars[start]:self.chars[last] + len(self.words[last])]

    def mention_ending_at(self, end: int) -> Resolved | None:
        return self._at_end.get(end)

    def mention_starting_at(self, start: int) -> Resolved | None:
        return self._at_start.get(start)

    def mentions_in(self, start: int, end: int) -> list[Resolved]:
        return [m for m in self.mentions if start <= m.start and m.end <= end]

    def actor_ending_at(self, end: int) -> Resolved | None:
        m = self._at_end.get(end)
        return m if m is not None and is_actor(m) else None

    def actor_starting_at(self, start: int) -> Resolved | None:
        m = self._at_start.get(start)
        return m if m is not None and is_actor(m) else None


def is_actor(m: Resolved) -> bool:
    return m.entity.kind in ACTOR_TYPES


# ----------------------------------------------------------------------------- actors

ACTOR_LIST_GLUE = {",", "and", "as", "well", "also", "both", "the", "together", "with", "&", "along"}


def possessive_states(view: SentenceView, noun: int) -> list[Resolved]:
    """The states whose possessives stand right before token `noun`: "Laos's and Nepal's [joining]"."""
    states: list[Resolved] = []
    k = noun
    while k > 1 and view.lower[k - 1] in ("'s", "'"):
        state = view.actor_ending_at(k - 1)
        if state is None or state.entity.kind != "State":
            break
        states.insert(0, state)
        k = state.start
        if k > 0 and view.lower[k - 1] in (",", "and"):
            k -= 1
    return states


def actors_before(view: SentenceView, end: int) -> list[Resolved]:
    """The actor ending at `end` and the actors coordinated before it ("Kazakhstan and Turkmenistan")."""
    first = view.actor_ending_at(end)
    if first is None:
        return []
    group = [first]
    i = first.start
    while i > 0:
        j = i
        while j > 0 and view.lower[j - 1] in ACTOR_LIST_GLUE and i - j < 3:
            j -= 1
        if j == i:
            break
        previous = view.actor_ending_at(j)
        if previous is None or not any(view.lower[k] in ("and", ",", "&") for k in range(j, i)):
            break
        group.insert(0, previous)
        i = previous.start
    if len(group) == 2 and not any(view.lower[k] in ("and", "&") for k in range(group[0].end, group[1].start)):
        # "... the functioning of the CSTO, President Japarov proposed": a comma alone joins no list of two
        return group[1:]
    return group


# "by the presidents of the Central Asian states of A, B and C": words before the actors they list
_BEFORE_LISTED_ACTORS = {"the", "all", "both", "president", "presidents", "leaders", "heads", "like", "such", "as",
                         "of", "state", "states", "countries", "republics", "nations", "central", "asian"}


def actors_after(view: SentenceView, start: int, limit: int | None = None) -> list[Resolved]:
    """The actors listed from `start` on ("by Kyrgyzstan and Uzbekistan", "of the President of X")."""
    limit = len(view) if limit is None else limit
    i = start
    while i < limit and i - start < 10 and view.lower[i] in _BEFORE_LISTED_ACTORS:
        if view.actor_starting_at(i):
            break
        i += 1
    group: list[Resolved] = []
    while i < limit:
        m = view.actor_starting_at(i)
        if m is None:
            break
        group.append(m)
        j = m.end
        if j < limit and view.lower[j] in ("'s",):
            break
        k = j
        while k < limit and view.lower[k] in ACTOR_LIST_GLUE and k - j < 3:
            k += 1
        if k == j or not any(view.lower[x] in ("and", ",", "&") for x in range(j, k)) or \
                view.actor_starting_at(k) is None:
            break
        following = view.actor_starting_at(k)
        if not any(view.lower[x] in ("and", "&") for x in range(j, k)) and \
                (following.end >= limit or view.lower[following.end] not in (",", "and", "&")):
            break  # "At the initiative of X, the Assembly adopted ...": a comma alone ends the list here
        i = k
    return group


def subject_before(view: SentenceView, position: int, floor: int = 0) -> tuple[list[Resolved], str | None]:
    """The actor(s) governing a verb at `position`: adjacent, or separated only by adverbs,
    auxiliaries, quotation marks and comma-delimited asides. Returns (actors, pronoun) where pronoun is
    "he"/"she"/"it"/"they" when a pronoun stands there instead."""
    i = position
    skipped_aside = 0
    while i > floor:
        word = view.lower[i - 1]
        group = actors_before(view, i)
        if group:
            return group, None
        if word in ("he", "she", "it", "they", "we", "i"):
            return [], word
        if word in ("which", "who", "that"):
            # a relative clause: "the GCC, which launched ..."
            j = i - 1
            if j > floor and view.lower[j - 1] == ",":
                j -= 1
            return actors_before(view, j), None
        if word in lx.VERB_GAP_WORDS or word in ('"', "'", "(", ")") or (word.endswith("ly") and len(word) > 4):
            i -= 1
            continue
        if word == "," and skipped_aside < 2:
            # an aside: ", stressing the need for unity," or ", in a speech in Aktau,"
            j = i - 2
            while j >= floor and view.lower[j] not in (",", ";") and i - j < 30:
                j -= 1
            if j >= floor and view.lower[j] == "," and view.lower[j + 1] not in ("and", "but", "so", "or", "while"):
                i = j
                skipped_aside += 1
                continue
            break
        break
    return [], None


SPEECH_VERBS = {"said", "says", "told", "noted", "notes", "stressed", "stresses", "added", "stated", "states",
                "declared", "emphasised", "emphasized", "announced", "explained", "underlined", "remarked", "wrote",
                "insisted", "argued", "recalled", "asserted", "observed", "continued", "concluded", "pointed"}


def quote_speaker(view: SentenceView, position: int) -> Resolved | None:
    """Who speaks the quotation around `position`: ""We propose ...," Tokayev said", "said Tokayev",
    "Tokayev told the leaders: "I propose ..."" ."""
    if not view.quotes[position]:
        return None
    close = next((i for i in range(position, len(view)) if view.closing[i]), len(view))
    i = close + 1
    while i < len(view) and view.words[i] in (",", "-", ":"):
        i += 1
    if i < len(view):
        m = view.actor_starting_at(i) or (view.actor_starting_at(i + 1) if view.lower[i] == "the" else None)
        if m is not None and m.end < len(view) and view.lower[m.end] in SPEECH_VERBS:
            return m
        if view.lower[i] in SPEECH_VERBS:
            m = view.actor_starting_at(i + 1)
            if m is not None:
                return m
    opening = max((i for i in range(0, position) if view.words[i] == '"' and not view.closing[i]), default=None)
    if opening is not None:
        j = opening
        while j > 0 and view.words[j - 1] in (":", ","):
            j -= 1
        k = j
        while k > 0 and j - k < 6 and view.lower[k - 1] not in SPEECH_VERBS:
            k -= 1
        if k > 0 and view.lower[k - 1] in SPEECH_VERBS:
            group, _ = subject_before(view, k - 1)
            if group:
                return group[-1]
    return None


def possessor_before(view: SentenceView, position: int) -> tuple[Resolved | None, str | None]:
    """The actor of "X's [adjectives] proposal" before a nominal trigger at `position`, or a
    possessive pronoun ("his", "its", "their")."""
    i = position
    steps = 0
    while i > 0 and steps < 4:
        word = view.lower[i - 1]
        if word == "'s" or word == "'":
            return view.actor_ending_at(i - 1), None
        if word in ("his", "her", "its", "their"):
            return None, word
        if word in ("the", "a", "an", "this", "that", "of", ",", "and", "to", "for", "by", "with") or \
                view.mention_ending_at(i) is not None:
            return None, None
        i -= 1
        steps += 1
    return None, None


# ----------------------------------------------------------------------------- objects

HARD_STOPS = {";", "while", "whereas", "but", "although", "though", "because", "since", "unless", "amid",
              "whereby", "thereby"}
# participles that open an aside after a comma (", saying ...", ", warning that ...")
ASIDE_PARTICIPLES = {"saying", "noting", "adding", "arguing", "stressing", "explaining", "insisting", "recalling",
                     "describing", "citing", "warning", "recalling", "calling", "proposing", "urging", "pointing"}
# participles that open an adjunct after an object (", covering water saving ...")
ADJUNCT_PARTICIPLES = {"covering", "bringing", "using", "focusing", "linking", "connecting", "involving", "targeting",
                       "allowing", "enabling", "uniting", "seeking", "aiming", "giving", "offering", "providing",
                       "helping", "ensuring", "stretching", "spanning", "running", "designed", "based"}
AFTER_COMMA_STOPS = {"which", "who", "while", "whereas", "but", "although", "where", "when", "so", "because",
                     "since", "thereby", "thus", "according", "it", "he", "she", "they", "whose", '"'} | ASIDE_PARTICIPLES


def object_end(view: SentenceView, start: int, stop: int | None = None, hard: bool = False) -> int:
    """Where the object phrase that starts at `start` ends.

    Hard ends close the whole clause: ";", "while", ", which", a quotation that closes a clause, a
    dash before states, a new actor with its own verb. Soft ends (hard=False) also close one
    conjunct: a relative clause ("that would ..."), a finite verb ("... represents a step").
    Words inside a quotation that opened within the object do not end it."""
    n = len(view) if stop is None else min(stop, len(view))
    if view.parse is not None:
        n = min(n, _parsed_end(view.parse, view.words, start, n))
    outer = view.quotes[start] if start < len(view) else False  # the whole sentence may be a quotation
    i = start
    while i < n:
        word, low = view.words[i], view.lower[i]
        if word == '"' and view.closing[i] and i > start:
            if view.words[i - 1] in (",", ".", "!", "?") or (i + 1 < len(view) and view.words[i + 1] in (",", ".")):
                return i + 1
            i += 1
            continue
        if view.quotes[i] and not outer:
            i += 1
            continue
        named = view.mention_starting_at(i)
        if named is not None and named.end > i + 1 and i > start:
            i = named.end  # words inside a name never end the phrase ("... Early Warning and Joint Response")
            continue
        if i > start and view.lower[i - 1] != "-" and (
                low in HARD_STOPS or (not hard and low in lx.OBJECT_STOP_WORDS and low not in ASIDE_PARTICIPLES
                                      and view.lower[i - 1] != "to")):
            return i
        if not hard and low == "that" and i > start and i + 1 < n and (
                view.lower[i + 1] in lx.OBJECT_STOP_WORDS or view.lower[i + 1] in ("'s", "'re")):
            return i
        if word in (";", ":") and i > start and not (word == ":" and i + 1 < n and view.words[i + 1] == '"'):
            return i
        if word == "," and i + 1 < n:
            nxt = view.lower[i + 1]
            if (nxt in AFTER_COMMA_STOPS or nxt in HARD_STOPS or (not hard and nxt in lx.OBJECT_STOP_WORDS)) and \
                    not (nxt == "as" and i + 2 < n and view.lower[i + 2] == "well"):
                return i
            if view.actor_starting_at(i + 1) and _followed_by_verb(view, i + 1):
                return i
            if i + 2 < n and view.lower[i + 2] in ("which", "whom") and nxt in ("under", "in", "by", "through",
                                                                                 "with", "of", "for", "on", "at"):
                return i  # ", under which ..."
            if not hard and ((nxt == "to" and i + 2 < n and view.lower[i + 2] == "be") or
                             (nxt.endswith("ing") and nxt not in ("including", "notably", "namely") and
                              view.mention_starting_at(i + 1) is None and
                              (nxt in ADJUNCT_PARTICIPLES or (i + 2 < n and view.lower[i + 2] in
                                                              ("the", "a", "an", "its", "their", "together", "up",
                                                               "out", "that", "it", "them", "to", "his", "her",
                                                               "him", "our", "us", "reporters", "journalists"))))):
                return i  # ", to be hosted in Bishkek"; ", bringing together ..." (not ", mining and ...")
            if nxt == "and" and i + 2 < n and (view.actor_starting_at(i + 2) or view.lower[i + 2] in
                                               ("he", "she", "it", "they")) and _clause_follows(view, i + 2):
                return i
        if low == "and" and i > start and (view.actor_starting_at(i + 1) or (i + 1 < n and view.lower[i + 1] in
                                                                            ("he", "she", "they"))) \
                and _clause_follows(view, i + 1):
            return i
        if word == "-" and i > start and i + 1 < n and view.actor_starting_at(i + 1) and \
                view.mention_starting_at(i + 1).entity.kind == "State":
            return i
        i += 1
    return n


def _parsed_end(doc: Doc, words: list[str], start: int, n: int) -> int:
    """Where the parse says an object starting at `start` must end: before the reporting clause that
    follows it ("X suggests building a consortium, the Foreign Minister of X said today"), before a
    finite verb coordinated with a verb before it ("proposed a council, and spoke first"), and where
    the relative clause it is in closes ("X, who proposed a council, spoke first")."""
    end = n
    governor = next((t for t in reversed(doc[max(0, start - 3):start]) if t.pos_ == "VERB"), None)
    if governor is not None and governor.dep_ == "relcl" and governor.right_edge.i >= start:
        end = min(end, governor.right_edge.i + 1)  # "X, who proposed a council, spoke first": the clause closes
    for verb in doc[start + 1:n]:
        if verb.lemma_.lower() not in lx.SPEECH_LEMMAS or verb.pos_ != "VERB" or \
                any(c.dep_ in ("ccomp", "dobj") and c.i > verb.i for c in verb.children):
            continue  # "..., he said that ...": a report of its own, not the attribution of this one
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.left_edge.i > start), None)
        if subject is not None and words[subject.left_edge.i - 1] == ",":
            end = min(end, subject.left_edge.i)
    for token in doc[start + 1:end]:
        if token.dep_ == "conj" and token.tag_ in ("VBD", "VBZ") and token.head.i < start and \
                doc[token.i - 1].lower_ == "and":
            end = token.i - 1
            break
    while end > start + 1 and words[end - 1] in (",", "and", "-"):
        end -= 1
    return end


def _followed_by_verb(view: SentenceView, position: int) -> bool:
    m = view.mention_starting_at(position)
    if m is None:
        return False
    j = m.end
    while j < len(view) and view.lower[j] in lx.VERB_GAP_WORDS:
        j += 1
    return any(t.start == j for t in view.triggers)


def _clause_follows(view: SentenceView, position: int) -> bool:
    """An actor (or pronoun) at `position` followed by a trigger or an elided verb (a dash)."""
    m = view.mention_starting_at(position)
    j = m.end if m is not None else position + 1
    while j < len(view) and (view.lower[j] in lx.VERB_GAP_WORDS or view.lower[j] == ","):
        j += 1
    return j < len(view) and (any(t.start == j for t in view.triggers) or view.words[j] in ("-",))


def verb_form(lower: list[str], i: int) -> str | None:
    """The form of a conjunct that starts at token i: 'ing' (a gerund), 'to' (an infinitive),
    'bare' (a bare verb), 'nom' (a nominalisation, "the creation of"), or None."""
    if i >= len(lower):
        return None
    word = lower[i]
    if word == "to" and i + 1 < len(lower) and lower[i + 1] in lx.LEAD_IN_VERBS:
        return "to"
    if word in ("also", "further", "then", "jointly"):
        return verb_form(lower, i + 1)
    if word in lx.NOMINALISATIONS and not word.endswith("ing") and i + 1 < len(lower) and lower[i + 1] == "of":
        return "nom"  # without an article: "reform of A and expansion of B" ("reform" is a verb too)
    if word.endswith("ing") and word in lx.LEAD_IN_VERBS:
        return "ing"
    if word in lx.LEAD_IN_VERBS:
        return "bare"
    if word in ("the", "a", "an") and i + 2 < len(lower) and lower[i + 1] in lx.NOMINALISATIONS and \
            lower[i + 2] == "of":
        return "nom"
    if word in ("the", "a", "an") and i + 3 < len(lower) and lower[i + 2] in lx.NOMINALISATIONS and \
            lower[i + 3] == "of":
        return "nom"  # "the joint promotion of"
    return None


_NOT_GERUNDS = {"including", "during", "according", "regarding", "concerning", "following", "notwithstanding"}


def conjunct_form(view: SentenceView, i: int, first: int | None = None) -> str | None:
    """verb_form, and where the sentence was parsed any gerund the parse tags ("improving A and
    widening B"), not only the lead-in verbs the lexicon lists: a later one only where the parse
    coordinates it with the first (`first`), not inside its complement ("a platform for adaptation
    and forecasting risks")."""
    form = verb_form(view.lower, i)
    if form is None and view.parse is not None and i < len(view.parse):
        k = i + (view.lower[i] in ("also", "further", "then", "jointly") and i + 1 < len(view.parse))
        token = view.parse[k]
        if token.tag_ == "VBG" and token.lower_.endswith("ing") and token.lower_ not in _NOT_GERUNDS:
            if first is None:
                return "ing"
            while token.dep_ == "conj" and token.head.i != token.i:
                token = token.head
            if token.i == first:
                return "ing"
    return form


VERBAL_FORMS = {"ing", "to", "bare"}
COORDINATORS = (("as", "well", "as"), (",", "and", "also"), (",", "as", "well", "as"), (",", "and"), ("and", "also"),
                ("and",), (",",))


def split_coordination(view: SentenceView, start: int, end: int) -> list[tuple[int, int]]:
    """Split an object phrase into the conjuncts of a coordination of verbs of one form:
    "developing A, forming B, and preparing C", "the creation of A and the formulation of B".

    Conjuncts made of a verb alone share the object that follows ("to develop and adopt a Strategy")."""
    lower = view.lower
    first = start
    while first < end and lower[first] in ("to", "also", "further", "jointly"):
        first += 1
    form = conjunct_form(view, start) if lower[start] != "to" else "to"
    form = form or conjunct_form(view, first)
    if form is None:
        return _split_as_well_as(view, start, end)
    cuts: list[tuple[int, int, bool]] = []  # (end of conjunct, start of the next, joined by a conjunction)
    i = first + 1
    while i < end:
        if view.quotes[i]:
            i += 1
            continue
        for pattern in COORDINATORS:
            size = len(pattern)
            if tuple(lower[i:i + size]) == pattern:
                nxt = i + size
                next_form = conjunct_form(view, nxt, first)
                same = next_form == form or {form, next_form} == {"to", "bare"}
                # a comma licenses a change of verb form ("developing A, ..., and also consider B")
                mixed = pattern[0] == "," and form in VERBAL_FORMS and next_form in VERBAL_FORMS
                # "as well as" joins two things whatever their forms ("building A, as well as the creation of B")
                mixed = mixed or ("well" in pattern and {form, next_form} <= VERBAL_FORMS | {"nom"})
                if same or mixed:
                    cuts.append((i, nxt, pattern != (",",)))
                    i = nxt
                break
        i += 1
    # a list joined by commas alone is an elaboration ("readiness to help meet X, to supply Y"),
    # unless a conjunction closes it ("developing A, forming B and preparing C")
    kept = []
    for k, cut in enumerate(cuts):
        # gerunds after commas are items of their own ("building roads, creating a customs window")
        if cut[2] or any(later[2] for later in cuts[k + 1:]) or form == "ing" == conjunct_form(view, cut[1], first):
            kept.append((cut[0], cut[1]))
    cuts = kept  # type: ignore[assignment]
    if not cuts:
        return [(start, end)]
    parts: list[tuple[int, int]] = []
    begin = start
    for cut_end, next_start in cuts:  # type: ignore[misc]
        parts.append((begin, cut_end))
        begin = next_start
    parts.append((begin, end))
    # a conjunct that is only a verb shares the next one's object
    merged: list[tuple[int, int]] = []
    carry = None
    for s, e in parts:
        if all(w in lx.LEAD_IN_VERBS or w in ("to", "also", "and", "further", "jointly") for w in lower[s:e]):
            carry = s if carry is None else carry
            continue
        merged.append((carry if carry is not None else s, e))
        carry = None
    if carry is not None and merged:
        merged[-1] = (merged[-1][0], end)
    return merged or [(start, end)]


def _split_as_well_as(view: SentenceView, start: int, end: int) -> list[tuple[int, int]]:
    """"deeper collaboration on corridors, as well as joint efforts in mining": two things, whatever
    their form (outside quotes and names)."""
    for i in range(start + 1, end - 4):
        if view.lower[i:i + 4] == [",", "as", "well", "as"] and not view.quotes[i] and \
                not any(m.start < i < m.end for m in view.mentions):
            return [(start, i)] + _split_as_well_as(view, i + 4, end)
    return [(start, end)]


def split_named(view: SentenceView, start: int, end: int) -> list[tuple[int, int]]:
    """Split a conjunct at coordinated named initiatives: "a Regional Flood Programme, as well as the
    creation of a Mudflow Warning Network". Named reference bodies ("the European Union") never split."""
    named = [m for m in view.mentions_in(start, end)
             if m.resolution == "new" and m.entity.kind in ("Initiative", "Organisation", "Summit")]
    if len(named) < 2:
        return [(start, end)]
    parts: list[tuple[int, int]] = []
    begin = start
    for previous, current in zip(named, named[1:]):
        gap = view.lower[previous.end:current.start]
        if not gap or not any(w in ("and", ",", "as") for w in gap):
            continue
        if any(w not in ("and", ",", "as", "well", "also", "the", "a", "an", "of", "its", "their") and
               w not in lx.NOMINALISATIONS and w not in lx.LEAD_IN_VERBS for w in gap):
            continue
        cut = previous.end
        while cut < current.start and view.lower[cut] not in ("and", ",", "as"):
            cut += 1
        parts.append((begin, cut))
        nxt = cut
        while nxt < current.start and view.lower[nxt] in ("and", ",", "as", "well", "also"):
            nxt += 1
        begin = nxt
    parts.append((begin, end))
    return parts


_DETERMINERS = {"a", "an", "the"}


def split_listed(view: SentenceView, start: int, end: int) -> list[tuple[int, int]]:
    """Split a list of noun phrases, each opened by an article and the last joined by "and": "a Caspian
    Ferry Fund, a rail pact and an annual forum on ports". Only when one item is a name of its own or
    the list has three items: "a fund for roads and the railways" stays one."""
    lower = view.lower
    if start >= end or lower[start] not in _DETERMINERS:
        return [(start, end)]  # "forming mechanisms for China, South Asia and the Middle East": not a list of items
    cuts: list[tuple[int, int]] = []  # (end of an item, start of the next)
    i = start + 1
    while i < end - 1:
        named = view.mention_starting_at(i)
        if named is not None and named.end > i + 1:
            i = named.end
            continue
        if view.quotes[i]:
            i += 1
            continue
        if lower[i] in (",", "and"):
            nxt = i + 1
            if lower[i] == "," and nxt < end and lower[nxt] == "and":
                nxt += 1
            if nxt < end and lower[nxt] in _DETERMINERS:
                cuts.append((i, nxt))
                i = nxt
                continue
        i += 1
    if not cuts or "and" not in lower[cuts[-1][0]:cuts[-1][1]]:
        return [(start, end)]
    parts, begin = [], start
    for cut_end, next_start in cuts:
        parts.append((begin, cut_end))
        begin = next_start
    parts.append((begin, end))
    has_name = any(m.resolution == "new" and m.entity.kind in ("Initiative", "Organisation", "Summit")
                   for m in view.mentions_in(start, end))
    if has_name or len(parts) >= 3 or _coordinated_heads(view, parts):
        return parts
    return [(start, end)]


def _span_root(doc: Doc, start: int, end: int) -> int | None:
    """The token of doc[start:end] whose head lies outside it (None where the parse is not one phrase)."""
    roots = [t.i for t in doc[start:end] if t.dep_ != "punct" and (not start <= t.head.i < end or t.head.i == t.i)]
    return roots[0] if len(roots) == 1 else None


def _coordinated_heads(view: SentenceView, parts: list[tuple[int, int]]) -> bool:
    """Where the sentence was parsed, two items are two things when the parse joins the second's head
    to the first's ("a water council and a seed bank") and the first has no phrase of its own that the
    second could continue ("a fund for roads and the railways")."""
    doc = view.parse
    if doc is None or parts[-1][1] > len(doc):
        return False
    first = _span_root(doc, *parts[0])
    if first is None or any(c.dep_ == "prep" for c in doc[first].children):
        return False  # "a fund for roads and the railways": the parse cannot tell where the second belongs
    for s, e in parts[1:]:
        root = _span_root(doc, s, e)
        if root is None or doc[root].dep_ != "conj":
            return False
        head = doc[root].head
        while head.dep_ == "conj" and head.i != first:
            head = head.head
        if head.i != first:
            return False
    return True


_DISTRIBUTIVE = re.compile(r"^(?P<head>(?:(?:separate|individual|respective|distinct|specific|joint)\s+)?"
                           r"(?:[\w-]+\s+){0,2}?(?:programmes|programs|strategies|plans|roadmaps|agreements|"
                           r"centres|centers|funds|platforms|projects|mechanisms|councils))\s+"
                           r"(?:in\s+the\s+(?:fields|areas|spheres|sectors|domains)\s+of|on|for)\s+(?P<items>.+)$",
                           re.IGNORECASE)
_SINGULAR = {"programmes": "programme", "programs": "program", "strategies": "strategy", "plans": "plan",
             "roadmaps": "roadmap", "agreements": "agreement", "centres": "centre", "centers": "center",
             "funds": "fund", "platforms": "platform", "projects": "project", "mechanisms": "mechanism",
             "councils": "council"}


# "the Steppe Route and Silk Caravan projects": two names sharing one plural head
_NAMES_SHARING_HEAD = re.compile(r"^(?P<lead>.*?)(?P<first>(?:[A-Z][\w'-]*\s+)+)and\s+(?P<second>(?:[A-Z][\w'-]*\s+)+)"
                                 r"(?P<head>" + "|".join(_SINGULAR) + r")$")


# "closer interaction with the SCO, ASEAN and Mercosur": ties with each partner named
_WITH_PARTNERS = re.compile(r"^(?P<head>.*?\b(?:interaction|cooperation|ties|relations|dialogue|partnership|contacts|"
                            r"coordination)\s+with)\s+(?P<partners>.+)$", re.IGNORECASE)
_PARTNER_NAME = re.compile(r"^(?:the\s+)?[A-Z]")


# "a joint Environmental Council and Transport Committee for the format's countries": two bodies,
# each for those countries
_BODY_HEADS = ("Council", "Committee", "Commission", "Centre", "Center", "Fund", "Bank", "Forum", "Platform",
               "Office", "Agency", "Secretariat", "Hub", "Network", "Institute", "University", "Academy")
_TWO_BODIES = re.compile(r"^(?P<first>.*?\b[A-Z][\w-]*\s+(?:" + "|".join(_BODY_HEADS) + r"))\s+and\s+"
                         r"(?P<second>(?:[A-Z][\w-]*\s+)+?(?:" + "|".join(_BODY_HEADS) + r"))"
                         r"(?P<rest>\s+(?:for|of|on|in|between|within)\s.*)?$")


def distribute(label: str) -> list[str]:
    """"separate action plans in the fields of tourism, mining and digital services"
    -> one programme per field (a plural head with a list of fields is several proposals);
    "the A and B projects" -> the A project, the B project; "interaction with A, B and C" -> with each."""
    bodies = _TWO_BODIES.match(label)
    if bodies:
        rest = bodies.group("rest") or ""
        return [bodies.group("first") + rest, bodies.group("second") + rest]
    named = _NAMES_SHARING_HEAD.match(label)
    if named:
        head = _SINGULAR[named.group("head")]
        return [f"{named.group('lead')}{named.group(name)}{head}" for name in ("first", "second")]
    ties = _WITH_PARTNERS.match(label)
    if ties:
        partners = [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+(?![^()]*\))", ties.group("partners"))]
        named_partners = [p for p in partners if _PARTNER_NAME.match(p)]
        if len(named_partners) >= 2 and len(named_partners) >= len(partners) - 1:
            return [f"{ties.group('head')} {p}" for p in named_partners]
    m = _DISTRIBUTIVE.match(label)
    if not m:
        return [label]
    head = m.group("head")
    marked = re.match(r"(separate|individual|respective|distinct)\s+", head, re.IGNORECASE)
    items = [i.strip() for i in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group("items")) if i.strip()]
    if len(items) < 2 or not (marked or "fields" in label or "areas" in label or "spheres" in label):
        return [label]
    head = re.sub(r"^(separate|individual|respective|distinct)\s+", "", head, flags=re.IGNORECASE)
    plural = head.split()[-1]
    singular = _SINGULAR.get(plural.lower(), plural)
    head = head[: -len(plural)] + singular
    preposition = "in the field of" if re.search(r"in\s+the\s+(fields|areas|spheres|sectors|domains)\s+of",
                                                 label, re.IGNORECASE) else "on"
    return [f"{head} {preposition} {item}" for item in items]


# ----------------------------------------------------------------------------- labels

# Lead-in words are lower case in running text (a capitalised "Plan for ..." is part of a name);
# only the first word of a sentence may be capitalised.
_LEAD_IN = re.compile(
    r"^(?:(?:" + "|".join(re.escape(w) for w in sorted(lx.LEAD_IN_WORDS, key=len, reverse=True)) +
    r"|To|The|A|An|That|Its|Their|His|Her)\s+)+")
# a list item opens with its verb, capitalised: "• Creating a Caspian Ferry Fund;"
_ITEM_VERB = re.compile(r"^(?:" + "|".join(sorted((w.capitalize() for w in lx.LEAD_IN_VERBS if w.endswith("ing")),
                                                   key=len, reverse=True)) + r")\s+(?=\S)")
# "an important initiative to create", "a proposal on", "the idea of"
# (but "a plan of action", "the concept of interaction" are the plan and the concept)
_NOMINAL_LEAD_IN = re.compile(r"^(?:(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+)?(?:[a-z][\w-]*\s+){0,2}?"
                              r"(?:(?:initiative|proposal|idea|suggestion|plan|call|offer|vision|concept)s?\s+"
                              r"(?:to|for|on|regarding|concerning|about)|"
                              r"(?:initiative|proposal|idea|suggestion|call|offer)s?\s+of|"
                              # "several proposals in the field of X": the field is what they are
                              r"(?:initiative|proposal|proposition|idea|suggestion)s?\s+in\s+the\s+"
                              r"(?:field|area|sphere|domain)s?\s+of)\s+")
# "a new format of regular talks – a Caspian Energy Dialogue": the name after a dash or colon
# (after a description in lower case, not inside a name: "Central Asia – Caspian Energy Forum")
_NAMED_AFTER = re.compile(r"^[a-z][^\"]{0,80}?(?<![\w'-])[a-z][\w'-]*\s[-:]\s+(?:the\s+|a\s+|an\s+)?(?=[A-Z])")
# "that the five countries should create a fund": the object of the reported verb
_THAT_CLAUSE = re.compile(r"^that\s+(?:[\w'-]+\s+){1,5}?(?:should|would|could|must|jointly|together)?\s*"
                          r"(?:" + "|".join(sorted(lx.LEAD_IN_VERBS)) + r")\s+")
# Where and when it was proposed, not what: cut from the first such adjunct to the end.
_SETTING_WORDS = ("summit", "meeting", "forum", "talks", "conference", "session", "sidelines", "event", "gathering",
                  "congress", "ceremony", "council", "format", "plenary")
_TRAILING = re.compile("|".join((
    r"(?:\s+(?:" + "|".join(re.escape(p) for p in lx.TRAILING_ADJUNCTS) + r")\b.*$)",
    r"(?:\s+in\s+(?:his|her|their|its)\s+(?:[\w-]+\s+){0,3}?(?:" + "|".join(lx.SAYING_NOUNS) + r")\b.*$)",
    r"(?:\s+(?:in|by|from|since|until|before|after)\s+(?:the\s+)?(?:(?:early|mid|late)[- ])?(?:19|20)\d\d(?:s)?\b.*$)",
    r"(?:\s+in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b.*$)",
    r"(?:\s+(?:on|last|next|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b.*$)",
    rf"(?:\s+on\s+(?:{dates.MONTH}\s+\d|\d{{1,2}}\s+{dates.MONTH}\b).*$)",  # "on Sept. 15-16", "on 4 July"
    r"(?:\s+in\s+time\s+for\b.*$)",
    r"(?:\s+(?:at|during|in|on|for|of|with|by|from)(?:\s+(?:the|a|an))?$)",  # cut off by a date: "more effective during a"
    r"(?:\s+to\s+be\s+(?:held|hosted|convened|organi[sz]ed)$)",  # "a summit to be held [this year]"
    # who proposed it, as a reduced relative: "a centre for X, proposed by Kazakhstan on behalf of ..."
    r"(?:,\s+(?:first\s+|originally\s+|earlier\s+)?(?:proposed|suggested|put\s+forward|initiated|advanced)\s+by\b.*$)",
    # the purpose it serves: "a centre in Almaty, with the aim of coordinating ..."
    r"(?:,?\s+(?:with\s+the\s+(?:aim|goal|purpose|objective)\s+of|with\s+a\s+view\s+to|in\s+order\s+to|"
    r"so\s+as\s+to)\b.*$)",
    # what the proposer did or said besides: "an SCO bank, pledging 2 billion yuan in aid"
    r"(?:,\s+(?:" + "|".join(lx.ACCOMPANYING_PARTICIPLES) + r")\b.*$)",
)), re.IGNORECASE)
# "the Tokyo Initiative (Tokyo Dialogue), a five-year programme including ...": the name, not its description
_NAME_THEN_DESCRIPTION = re.compile(r"^((?:[A-Z][\w+&'.-]*\s+)*[A-Z][\w+&'.-]*(?:\s+\([^()]*\))?),\s+(?:a|an)\s+(?=[a-z])")
# "at the inaugural SCO+ format", "during the organization's 24th summit", "at SCO summit" -- unless the
# meeting is the thing proposed ("to convene at the founding session")
_SETTING = re.compile(r"(?<!\bconvene)(?<!\bmeet)(?<!\bgather)(?<!\bassemble)"
                      r"\s+(?:at|during)\s+(?:the\s+|an?\s+(?=[\w'-]+\s)|(?-i:(?=[A-Z\"\u201c])))(?:[\w'\u2019\u201c\u201d\"+-]+\s+){0,5}?"
                      r"(?:" + "|".join(_SETTING_WORDS) + r")s?\b.*$", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:)])")
_SPACE_AFTER_BRACKET = re.compile(r"\(\s+")
_QUOTE = re.compile(r'\s*"\s*')
_CENTRAL_ASIAN_STATES = re.compile(r"\b(?:(?:five\s+)?central asian (?:countries|states|nations|republics)|"
                                   r"the countries of central asia)\b")
_LEADING_YEAR = re.compile(r"^((?:19|20)\d\d)\s+(?:the|a|as)\s+")
MAX_LABEL_WORDS = 40


def _gerund(verb: str) -> str:
    return (verb[:-1] if verb.endswith("e") and not verb.endswith("ee") else verb) + "ing"


# "(to) hold the summit every two years", "holding such meetings annually": an event already named,
# held otherwise (when, how often, where)
_HOLDING_A_KNOWN_EVENT = re.compile(
    r"^(?:to\s+)?(hold|holding|convene|convening|host|hosting|organi[sz]e|organi[sz]ing)\s+"
    r"(?:the|this|that|these|those|such|our|its|their)\s+(?:" + "|".join(sorted(_SETTING_WORDS)) + r")s?\b",
    re.IGNORECASE)


def _balanced(text: str) -> str:
    """Brackets at a label's ends that close or open nothing are cut ("(IFAS" -> "IFAS"), but "reform
    of the Fund (IFAS)" stays whole."""
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        return text[1:-1].strip()
    while text.endswith(")") and text.count(")") > text.count("("):
        text = text[:-1].rstrip()
    while text.startswith("(") and text.count("(") > text.count(")"):
        text = text[1:].lstrip()
    return text


@functools.lru_cache(maxsize=65536)
def clean_label(text: str, spun: bool = False) -> str:
    """What was proposed, as a short label taken from the text: lead-in verbs and articles, quotes,
    trailing time and venue adjuncts removed; spun wording restored."""
    text = normalise(text)
    text = _balanced(_SPACES.sub(" ", text).strip(" ,;:-\"'"))
    if spun:
        text = spin.restore(text)
    if (holding := _HOLDING_A_KNOWN_EVENT.match(text)) is not None:
        # "to hold the summit every two years": the holding is the thing, not the summit
        verb = holding.group(1).lower()
        rest = text[holding.end(1):].strip(" ,;:-\"'.")
        return _SPACES.sub(" ", f"{verb if verb.endswith('ing') else _gerund(verb)} {rest}")
    text = _ITEM_VERB.sub("", text)
    text = _AFTER_A_QUOTED_COINAGE.sub(r"\1", text)
    text = _ASIDE_AFTER_VERB.sub(r"\1 ", text)  # "create, with the support of the UN, a centre" -> "create a centre"
    text = _SETTING.sub("", text)  # first: a meeting's name may hold a dash ("at the Central Asia - China summit")
    for _ in range(3):
        before = text
        text = _THAT_CLAUSE.sub("", text)
        text = _NOMINAL_LEAD_IN.sub("", text)
        text = _LEAD_IN.sub("", text).strip(" ,;:-\"'")
        if text == before:
            break
    if (described := _NAME_THEN_DESCRIPTION.match(text)) is not None:
        text = described.group(1)
    named = _NAMED_AFTER.match(text)
    if named and len(text) - named.end() > 6:
        text = text[named.end():]
    year = _LEADING_YEAR.match(text)
    if year:
        text = f"{text[year.end():]} ({year.group(1)})"  # "declare 2026 the Year of X" -> "Year of X (2026)"
    text = _SETTING.sub("", _TRAILING.sub("", _TRAILING.sub("", text)))  # again, for what the lead-ins and cuts left
    text = _REPORTER.sub("", text)
    text = _SOURCE.sub("", text)
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = _SPACE_AFTER_BRACKET.sub("(", text)
    text = _QUOTE.sub(" ", text).strip(" ,;:-\"'.")
    text = _SPACES.sub(" ", text)
    words = text.split()
    if len(words) > 1 and words[0] in lx.ACTION_VERBS and words[1] not in ("to", "that", "of"):
        text = " ".join([_gerund(words[0]), *words[1:]])
        words = text.split()
    if len(words) > MAX_LABEL_WORDS:
        cut = text.find(", ", 0, len(" ".join(words[:MAX_LABEL_WORDS])))
        text = text[:cut] if cut > 20 else " ".join(words[:MAX_LABEL_WORDS])
    return text.strip(" ,;:-")


# "a "security belt" encircling Afghanistan to contain threats": a quoted coinage names the thing; what
# it does, after it, is no part of its name
_AFTER_A_QUOTED_COINAGE = re.compile(r'^((?:[\w\'-]+\s+){0,6}"[^"]{3,60}")\s+(?:[a-z]+ing|to\s+[a-z]+)\b.*$')
_ASIDE_AFTER_VERB = re.compile(r"^((?:to\s+)?[a-z]+),\s+(?:with|under|within|through|in|at|by|on)\b[^,]{1,80},\s+")
# ", the minister [said]", ", Kyrgyz Foreign Minister Erlan Abdyldaev [said]": who reported it, cut
# where the label stopped at the reporting verb
_REPORTER = re.compile(r",\s+(?:(?:the|a|an|its|his|her)\s+)?(?:[\w-]+\s+){0,3}?(?:" +
                       "|".join(sorted(lx.PERSON_TITLES | {"spokesman", "spokeswoman", "official", "officials",
                                                           "source", "sources", "agency", "ministry", "service"},
                                       key=len, reverse=True)) +
                       r")(?:\s+[A-Z][\w'-]*){0,3}$", re.IGNORECASE)
# ", Trend reports with reference to the State News Agency": the source of the report, cut
_SOURCE = re.compile(r",\s+(?:[A-Z][\w.-]*\s+){1,3}(?:reports|reported|informs|informed|writes|wrote)\b.*$")
_CONTENT = re.compile(r"[A-Za-z][\w-]+")


def is_concrete(label: str) -> bool:
    """A label names something concrete: some word beyond "a number of specific initiatives"."""
    words = [w.lower() for w in _CONTENT.findall(label)]
    if not words or (len(words) == 1 and len(label) <= 3 and label.islower()):
        return False  # (nor a word cut off where an excerpt ends: "submit con")
    if words[0] in lx.OBJECT_STOP_WORDS or words[0] in ("not", "only", "merely", "about", "especially", "largely") or \
            words[0] in lx.OPPOSING_VERBS:
        return False
    if _VAGUE_PLURAL.search(label) and not (words[0].endswith("ing") or words[0] in lx.ACTION_VERBS):
        # "new CIS cooperation initiatives (in Dushanbe)": proposals announced, not named (but "advancing
        # green energy initiatives" is an action)
        return False
    return any(w not in lx.GENERIC_OBJECT_WORDS and w not in lx.NAME_CONNECTORS for w in words)


# a label headed by a plural of a word for proposals, with nothing after it but where it was made
_VAGUE_PLURAL = re.compile(r"\b(?:initiatives|proposals|ideas|suggestions|steps|measures|strategies)"
                           r"(?:\s+(?:in|at)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)?$")


@functools.lru_cache(maxsize=65536)
def comparison_key(label: str) -> frozenset[str]:
    """The words that identify a proposal when it is mentioned again ("closer defence cooperation
    among the C5" ~ "enhanced defence collaboration among the Central Asian countries")."""
    text = normalise(label).lower()
    text = _CENTRAL_ASIAN_STATES.sub("c5", text)
    words = []
    for word in re.findall(r"[\w+]+", text):
        word = lx.COMPARISON_SYNONYMS.get(word, word)
        if word in lx.EVALUATIVE_MODIFIERS or len(word) < 2:
            continue
        words.append(word[:-1] if word.endswith("s") and len(word) > 4 else word)
    return frozenset(words)


def same_proposal(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two mentions of one proposal: the same words, or the words of one contained in the other's
    ("the Regional Centre" ~ "the Regional Centre for Climate Technologies"); never two items of a
    list ("a programme for agriculture" / "a programme for industry")."""
    if not a or not b:
        return False
    return a == b or (min(len(a), len(b)) >= 2 and (a <= b or b <= a))


__all__ = [
    "ADMITTED", "ADOPT", "CALL", "NECESSITY", "OBLIGATION", "INCLUSION", "INTENT", "BELIEF",
    "FOUNDED_BY", "HAS_MEMBERS", "KNOWN_AS", "MEMBER_KINDS", "MEMBER_OF", "NEED", "PLAN",
    "PROPOSAL_KINDS", "PROPOSAL_NOUN", "PROPOSE", "PROPOSE_WEAK", "READINESS", "SUPPORT", "SUPPORT_ADJ",
    "SUPPORT_KINDS", "SUPPORT_NOUN", "SUPPORT_OF",
    "Resolved", "SentenceView", "Trigger", "actors_after", "actors_before", "clean_label", "comparison_key",
    "DETERMINERS", "distribute", "find_triggers", "possessive_states", "is_actor", "is_concrete", "object_end", "possessor_before", "same_proposal",
    "split_coordination", "split_listed", "split_named", "subject_before", "trigger_matcher", "verb_form",
]
