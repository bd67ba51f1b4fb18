"""Finding entity mentions in a parsed document.

Three sources, in order of trust:
1. the gazetteer: every name, alias, transliteration and family name of the reference data
   (spaCy PhraseMatcher, case-insensitive for multi-word names, case-sensitive for single words);
2. titles: "the President of Uzbekistan", "the Kazakh president", "the leader of Kazakhstan",
   "the Turkmen side" (spaCy Matcher), resolved to a person by the resolver;
3. new names by their shape: a capitalised phrase headed by a word such as Council, Centre,
   Platform, Programme, Fund, Strategy, Agreement, Dialogue, Alliance or Forum.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ontology.reference import Gazetteer, ReferenceEntity, gazetteer

from .text import pipeline

# Head nouns of names of bodies and of things that get proposed.
ORGANISATION_HEADS = {"alliance", "union", "organisation", "organization", "association", "institute", "company",
                      "bank", "commission", "committee", "secretariat", "community", "council", "agency", "foundation",
                      "federation", "league", "cooperation", "partnership", "group", "assembly", "parliament",
                      "ministry", "corporation", "service", "authority", "network"}
INITIATIVE_HEADS = {"centre", "center", "platform", "programme", "program", "fund", "strategy", "agreement",
                    "dialogue", "plan", "system", "corridor", "initiative", "forum", "treaty", "resolution", "mechanism",
                    "roadmap", "road map", "concept", "project", "format", "grants", "scholarships", "declaration",
                    "charter", "convention", "pact", "framework", "summit", "conference", "hub", "academy", "fleet",
                    "year", "registry", "catalogue", "catalog", "architecture", "railway", "pipeline", "station",
                    "zone", "office", "network", "council", "alliance", "association", "group", "commission",
                    "committee", "secretariat", "bank", "partnership", "union"}
NAME_HEADS = ORGANISATION_HEADS | INITIATIVE_HEADS
CONNECTORS = {"of", "for", "on", "and", "in", "the", "to", "between", "among", "at", "&", "related", "with"}

ROLE_WORDS = {"president": "President", "leader": "President", "head": "President", "presidents": "President",
              "leaders": "President", "heads": "President", "prime": "PrimeMinister", "premier": "PrimeMinister",
              "foreign": "ForeignMinister"}


@dataclass(frozen=True)
class RawMention:
    """A span of the document before resolution."""

    start: int  # token offsets
    end: int
    label: str  # 'ref' | 'title' | 'side' | 'new'
    text: str
    iri: str | None = None  # ref: the reference entity
    state: str | None = None  # title/side: the state's IRI
    role: str | None = None  # title: the role key (President, ForeignMinister ...)


def fold(text: str) -> str:
    """Lower case, accents and typographic dashes folded, for matching names."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[\u2010-\u2015]", "-", text).lower()


class MentionFinder:
    """Matchers built once from the gazetteer; `find(doc)` lists the mentions of a parsed document."""

    def __init__(self, gaz: Gazetteer | None = None):
        self.gaz = gaz or gazetteer()
        nlp = pipeline()
        self.vocab = nlp.vocab
        self.names = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.cased_names = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.iri_of: dict[str, str] = {}
        keys: dict[str, list] = {}
        cased: dict[str, list] = {}
        tokenizer = nlp.tokenizer
        for entity in self.gaz.entities.values():
            forms = {entity.name, *entity.aliases}
            for form in forms:
                target = cased if (len(form.split()) == 1 and len(form) <= 5) else keys
                target.setdefault(entity.iri, []).append(tokenizer(form))
            if entity.kind == "Person" and entity.family_name:
                cased.setdefault(entity.iri, []).append(tokenizer(entity.family_name))
            self.iri_of[entity.iri] = entity.iri
        for iri, docs in keys.items():
            self.names.add(iri, docs)
        for iri, docs in cased.items():
            self.cased_names.add(iri, docs)
        self.state_of_word: dict[str, str] = {}
        for state in self.gaz.of_kind("State"):
            for form in (state.name, *state.aliases, *state.adjectives):
                self.state_of_word[fold(form)] = state.iri
        self.titles = Matcher(nlp.vocab)
        state_words = sorted({w for w in self.state_of_word if " " not in w})
        role = {"LOWER": {"IN": sorted(ROLE_WORDS)}}
        state = {"LOWER": {"IN": state_words}}
        self.titles.add("TITLE", [
            [role, {"LOWER": "minister", "OP": "?"}, {"LOWER": "of"}, {"LOWER": "the", "OP": "?"}, state],
            [state, {"LOWER": {"IN": ["'s", "’s"]}, "OP": "?"}, role, {"LOWER": "minister", "OP": "?"}],
        ])
        self.titles.add("SIDE", [[{"LOWER": "the"}, state, {"LOWER": {"IN": ["side", "delegation", "party"]}}]])

    def state_for(self, words: str) -> str | None:
        return self.state_of_word.get(fold(words).removesuffix("'s").removesuffix("’s"))

    def find(self, doc: Doc) -> list[RawMention]:
        spans: list[Span] = []
        labels: dict[tuple[int, int], RawMention] = {}
        for matcher in (self.names, self.cased_names):
            for match_id, start, end in matcher(doc):
                iri = self.vocab.strings[match_id]
                span = doc[start:end]
                if matcher is self.cased_names and not span.text[:1].isupper():
                    continue
                spans.append(span)
                labels[(start, end)] = RawMention(start, end, "ref", span.text, iri=iri)
        for match_id, start, end in self.titles(doc):
            kind = self.vocab.strings[match_id]
            span = doc[start:end]
            words = [t.lower_ for t in span]
            state = next((self.state_for(t.text) for t in span if self.state_for(t.text)), None)
            role_key = next((ROLE_WORDS[w] for w in words if w in ROLE_WORDS), "President")
            if kind == "SIDE":
                labels[(start, end)] = RawMention(start, end, "side", span.text, state=state)
            else:
                labels[(start, end)] = RawMention(start, end, "title", span.text, state=state, role=role_key)
            spans.append(span)
        for span in self._new_names(doc):
            if (span.start, span.end) not in labels:
                labels[(span.start, span.end)] = RawMention(span.start, span.end, "new", span.text)
                spans.append(span)
        kept = filter_spans(spans)
        return sorted((labels[(s.start, s.end)] for s in kept), key=lambda m: m.start)

    def _new_names(self, doc: Doc) -> list[Span]:
        """Capitalised phrases headed by a body or initiative noun: 'the Caspian Transit Council',
        'Strategy for the Development of Industrial Cooperation'."""
        found = []
        i = 0
        n = len(doc)
        while i < n:
            token = doc[i]
            if not (token.text[:1].isupper() and token.is_alpha) or token.is_sent_start and token.lower_ in CONNECTORS:
                i += 1
                continue
            j = i
            last_head = None
            while j < n:
                t = doc[j]
                if t.text[:1].isupper() and (t.is_alpha or "-" in t.text):
                    if t.lower_ in NAME_HEADS:
                        last_head = j
                    j += 1
                elif t.lower_ in CONNECTORS and j + 1 < n and doc[j + 1].text[:1].isupper():
                    j += 1
                elif t.text in {"-", "–"} and j + 1 < n and doc[j + 1].text[:1].isupper():
                    j += 1
                else:
                    break
            end = j
            # a name may continue past its head with a capitalised complement ("Council of Elders")
            if last_head is not None:
                while end > last_head + 1 and doc[end - 1].lower_ in CONNECTORS:
                    end -= 1
                start = i
                if start > 0 and doc[start - 1].lower_ in {"the"}:
                    pass
                span = doc[start:end]
                if len(span) >= 2 or span[0].lower_ not in NAME_HEADS:
                    found.append(span)
            i = max(j, i + 1)
        return found


@functools.lru_cache(maxsize=1)
def mention_finder() -> MentionFinder:
    return MentionFinder()


def reference_entity(iri: str) -> ReferenceEntity | None:
    return gazetteer().entities.get(iri)


__all__ = ["INITIATIVE_HEADS", "NAME_HEADS", "ORGANISATION_HEADS", "MentionFinder", "RawMention", "fold",
           "mention_finder", "reference_entity"]
