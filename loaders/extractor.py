"""The extractor: a Document in, an Extraction (mentions and facts, each with its sentence) out.

One pass over a document:
1. tokens and sentences (`text`); headlines (title-case lines) noted;
2. mentions (`mentions`) resolved to entities (`resolve`), titles joined to the names beside
   them (`offices`), summits identified;
3. triggers found once for the whole document (`relations`), and each quoted sentence's speaker
   (`quotes`); the sentences with a trigger and an actor are parsed in one batch (`parse`);
4. only sentences with a trigger are read closely, in order, by the rules for proposals,
   support and membership, which share what the document has said so far (`context`): the
   parse first for calls, emphasis and lists (`clause_proposals.parse_first`), then the surface
   rules, then the parse again for what they left unread (`clause_proposals`, `clause_supports`);
   a sentence without a trigger that names an organisation and states is read for member lists;
5. a last look at the whole document: new names the text proposes become Initiatives, a
   proposal restated with the proposer's state as subject stays the named person's, and each
   fact is kept once per sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from spacy.tokens import Doc, Span

from ontology.reference import Gazetteer, gazetteer

from . import lexicon as lx
from .clause_proposals import NEED_NOUNS, parse_first, read_clause_proposals
from .clause_supports import read_clause_supports
from .clauses import ClauseView
from .context import DocumentContext
from .documents import Document
from .dates import DocumentDate, yearless_dateline
from .facts import ACTOR_KINDS, Entity, Extraction, Fact, Mention, Sentence
from .memberships import read_member_lists, read_memberships
from .mentions import MentionFinder, RawMention, capitals, fold, mention_finder
from .offices import (SERIES_WORDS, Office, identify_summit, link_titles, office_facts, place_names,
                      read_attendance, role_iris, with_place)
from .parse import as_doc, parse, recognise
from .proposals import (is_enumerated_point, is_list_item, read_entitled_series, read_enumerated_point, read_list_item,
                        read_proposals)
from .quotes import quote_speakers
from .relations import (ADOPT, BELIEF, CALL, INCLUSION, INTENT, NECESSITY, NEED, OBLIGATION, PROPOSAL_KINDS, READINESS,
                        SUPPORT_KINDS, Resolved, SentenceView, find_triggers)
from .resolve import Resolver
from .spin import is_spun
from .supports import read_supports
from .text import Tokens, normalise, pipeline, sentences, unwrap

CREATION_CONTEXT = {"establish", "establishing", "establishment", "create", "creating", "creation", "set",
                    "setting", "launch", "launching", "form", "forming", "formation", "proposed", "planned",
                    "future", "would-be", "prospective", "new", "envisaged", "proposal", "initiative"}
_WORD = re.compile(r"[A-Za-z][\w'-]*")


def is_headline(text: str) -> bool:
    """A title-case line without final punctuation: "Breakthrough in Central Asian States Cooperation"."""
    stripped = text.rstrip()
    if not stripped or stripped[-1] in ".!?\"”:;,":
        return False
    words = _WORD.findall(stripped)
    content = [w for w in words if w.lower() not in lx.NAME_CONNECTORS]
    if len(content) < 2 or len(words) > 20:
        return False
    return sum(w[0].isupper() for w in content) / len(content) >= 0.7


def is_title_line(text: str, after: str) -> bool:
    """A document's first line, set apart by a blank line and without final punctuation: its title,
    in sentence case too ("Leaders back the idea to reform the water fund")."""
    stripped = text.rstrip()
    return bool(stripped) and stripped[-1] not in ".!?\"”:;," and len(_WORD.findall(stripped)) <= 25 and \
        after.lstrip(" \t").startswith("\n") and after.lstrip(" \t")[1:].lstrip(" \t").startswith("\n")


class Extractor:
    """Rule-based extraction of actors, proposals, support, membership, office and attendance."""

    def __init__(self, gaz: Gazetteer | None = None, finder: MentionFinder | None = None):
        self.gaz = gaz or gazetteer()
        self.finder = finder or mention_finder()
        self.roles = role_iris(self.gaz)
        self.places = place_names(self.gaz)
        # the words of every name the reference data knows, and of titles: a run of only these names
        # no one new ("Uzbek President Shavkat Mirziyoyev"), and the NER need not look at it
        self.known_words = self.finder.gazetteer_words | lx.PERSON_TITLES | {
            word.lower() for entity in self.gaz.entities.values() for form in (entity.name, *entity.aliases)
            for word in normalise(form).split()}

    def extract(self, document: Document) -> Extraction:
        document = self._dated_by_summit(document)
        text = document.text
        normalised = unwrap(normalise(text))
        doc = pipeline().tokenizer(normalised)
        t = Tokens.from_text(doc, normalised)
        sents = sentences(doc, document.id, text, t)
        headlines: set[int] = set()
        for number, (sentence, begin, end) in enumerate(sents):
            if is_headline(sentence.text) or (number == 0 and is_title_line(sentence.text, text[sentence.end:])):
                headlines.update(range(begin, end))
        spun = is_spun(text)
        starts = [begin for _, begin, _ in sents]
        triggers_by_sentence: dict[int, list[tuple[frozenset[str], int, int]]] = {}
        for trigger in find_triggers(doc, spun):
            triggers_by_sentence.setdefault(_sentence_of(starts, trigger[1]), []).append(trigger)
        parsed, names = self._parse(t, sents, triggers_by_sentence)
        people = [(sents[number][1] + name.start, sents[number][1] + name.end)
                  for number, found in names.items() for name in found if _acts_as_person(name)]
        raw = self.finder.find(doc, headlines, t, people)
        resolver = Resolver(document.date, self.gaz)
        resolver.note_named(raw)
        top, nested, anaphors = self._resolve(t, raw, resolver)
        top, offices, joined = link_titles(t, top, resolver, self.roles)
        top = [_holder_placed_by_the_text(m, resolver) for m in top]
        nested += joined
        ctx = DocumentContext(document, resolver, self.gaz, spun=spun)
        top = self._summits(t, sents, starts, top, document.date.year)
        ctx.main_summit = _main_summit(top)

        by_sentence: dict[int, list[Resolved]] = {}
        for m in top:
            by_sentence.setdefault(_sentence_of(starts, m.start), []).append(m)
        nested_by_sentence: dict[int, list[Resolved]] = {}
        for m in nested:
            nested_by_sentence.setdefault(_sentence_of(starts, m.start), []).append(m)
        anaphors_by_sentence: dict[int, list[RawMention]] = {}
        for a in anaphors:
            anaphors_by_sentence.setdefault(_sentence_of(starts, a.start), []).append(a)
        offices_by_sentence: dict[int, list[Office]] = {}
        for office in offices:
            offices_by_sentence.setdefault(_sentence_of(starts, office.token), []).append(office)
        # a quotation's speaker may be "the head of state": the president named last before it
        presidents = [Resolved(a.start, a.end, person, "anaphor", a.text) for a in anaphors if a.head == "president"
                      for person in [_president_before(ctx, top, a.start)] if person is not None]
        ctx.speakers = quote_speakers(t, sents, sorted(top + presidents, key=lambda m: m.start))
        ctx.note_people(top)  # "the five presidents" are the leaders the text names anywhere

        extraction = Extraction(document=document, sentences=[s for s, _, _ in sents])
        # headlines are read after the body: a headline's short words ("reform IFAS") do not name
        # what the body names in full, and a headline's facts are the body's, restated
        order = sorted(range(len(sents)), key=lambda k: sents[k][1] in headlines)
        previous = -1
        for number in order:
            sentence, begin, end = sents[number]
            if number != previous + 1:
                ctx.pending_list = None  # a list runs on in reading order: not from the last line into a headline
            previous = number
            ctx.begin_sentence(sentence)
            mentions = by_sentence.get(number, [])
            for a in anaphors_by_sentence.get(number, []):
                earlier = [m.entity for m in sorted(mentions, key=lambda m: m.start)
                           if m.end <= a.start and m.entity.kind == "Organisation"]
                referent = ctx.organisation_for(a.head or "", earlier)
                if referent is not None and not any(m.start <= a.start < m.end for m in mentions):
                    mentions.append(Resolved(a.start, a.end, referent, "anaphor", a.text))
            mentions.sort(key=lambda m: m.start)
            if triggers_by_sentence.get(number):
                mentions = _capitals_as_states(t, mentions, triggers_by_sentence[number], resolver,
                                               parsed.get(number), begin)
            for m in mentions + nested_by_sentence.get(number, []):
                extraction.mentions.append(_mention(t, text, m, sentence))
            triggers = triggers_by_sentence.get(number)
            summits = [m for m in mentions if m.entity.kind == "Summit"]
            if ctx.pending_list is not None:
                if is_list_item(sentence.text, on_its_own_line=text[:sentence.start].rstrip(" \t").endswith("\n")):
                    view = SentenceView.build(t, begin, end, sentence, mentions, triggers or [], text)
                    view.parse = parsed.get(number)
                    read_list_item(view, ctx, ctx.main_summit)
                else:
                    ctx.pending_list = None
            if is_enumerated_point(sentence.text) and \
                    (speakers := [(speaker, "pronoun")] if (speaker := ctx.speaker()) else ctx.announcer()):
                # "Third, is the establishment of X": a point of the speaker's quotation, or of a list of
                # initiatives a sentence before announced ("presented several initiatives. First, ...")
                view = SentenceView.build(t, begin, end, sentence, mentions, triggers or [], text)
                read_enumerated_point(view, ctx, speakers, ctx.main_summit)
            if "titled" in sentence.text:
                read_entitled_series(SentenceView.build(t, begin, end, sentence, mentions, triggers or [], text), ctx,
                                     _summit_at(t, summits))
            if triggers:
                view = SentenceView.build(t, begin, end, sentence, mentions, triggers, text)
                summit = _summit_at(t, summits)
                clause = ClauseView(view, parsed[number], ctx, ctx.speaker()) if number in parsed else None
                view.parse = parsed.get(number)
                first = frozenset()
                if clause is not None:
                    first = read_clause_proposals(clause, summit, only=parse_first(clause))
                read_proposals(view, ctx, summit, skip=first)
                read_supports(view, ctx)
                read_memberships(view, ctx)
                if clause is not None:
                    # then the parse reads what the surface rules left unread
                    handled = first | {position for position, _ in ctx.sentence_proposals}
                    read_clause_proposals(clause, summit, handled=handled)
                    read_clause_supports(clause)
            elif _has_kinds(mentions, "Organisation", "State") or \
                    (_has_kinds(mentions, "State") and "other member" in sentence.text.lower()):
                # (with "the other members", the body may be the one named before)
                read_member_lists(SentenceView.build(t, begin, end, sentence, mentions, [], text), ctx)
            if number in offices_by_sentence:
                office_facts(offices_by_sentence[number], sentence, begin, end, ctx)
            if summits or (ctx.main_summit is not None and _SUMMIT_WORDS.search(sentence.text)):
                read_attendance(t, sentence, [m for m in mentions if m.resolution != "anaphor"], summits,
                                ctx.main_summit, ctx)
            ctx.end_sentence(mentions)
        extraction.facts = ctx.facts
        _finish(extraction, ctx)
        return extraction

    def _parse(self, t: Tokens, sents: list[tuple[Sentence, int, int]], triggers: dict[int, list]
               ) -> tuple[dict[int, Doc], dict[int, list[Span]]]:
        """The parse of every sentence whose facts the parse can read, in one batch; and the names the
        NER finds, as spans of those parses, in the sentences that can carry a fact around each run of
        capitalised words that may name someone the reference data does not know."""
        chosen = [(number, begin, end) for number, (sentence, begin, end) in enumerate(sents)
                  if any(_PARSED_KINDS & kinds for kinds, _, _ in triggers.get(number, ())) or
                  (is_list_item(sentence.text) and _COORDINATED_GERUND.search(sentence.text))]
        docs = {number: as_doc(t.words(begin, end), [t.ends[k] < t.starts[k + 1] if k + 1 < len(t) else False
                                                     for k in range(begin, end - 1)] + [False])
                for number, begin, end in chosen}
        runs = {number: spans for number, doc in docs.items() if (spans := self._unknown_name_runs(doc))}
        # a name is a person's where a person stands in the parse: those sentences are parsed too
        wanted = [number for number in docs
                  if number in runs or number not in triggers or self._parse_reads(t, sents[number], triggers[number])]
        parsed = dict(zip(wanted, parse(docs[number] for number in wanted)))
        return parsed, self._names(parsed, runs)

    def _unknown_name_runs(self, doc: Doc) -> list[tuple[int, int]]:
        """[start, end) token spans of the runs of capitalised words that may name someone new."""
        spans = (doc.char_span(m.start(), m.end(), alignment_mode="expand")
                 for m in _NAME_RUN.finditer(doc.text) if self._may_name_someone(m.group(0)))
        return [(span.start, span.end) for span in spans if span is not None]

    @staticmethod
    def _names(parsed: dict[int, Doc], runs: dict[int, list[tuple[int, int]]]) -> dict[int, list[Span]]:
        """The NER over a window of a few words around each run, not the whole sentence (a name is
        told by its neighbours; the rest of the sentence only costs time); a name cut by a window's
        edge inside the sentence is not taken."""
        windows: list[tuple[int, int, int]] = []  # (sentence, start, end)
        for number, spans in runs.items():
            length = len(parsed[number])
            for start, end in spans:
                start, end = max(0, start - NER_CONTEXT), min(length, end + NER_CONTEXT)
                if windows and windows[-1][0] == number and start <= windows[-1][2]:
                    start = windows.pop()[1]  # overlapping windows are one
                windows.append((number, start, end))
        docs = [as_doc([tok.text for tok in parsed[n][a:b]], [bool(tok.whitespace_) for tok in parsed[n][a:b]])
                for n, a, b in windows]
        recognise(docs)
        names: dict[int, list[Span]] = {}
        for (number, start, end), window in zip(windows, docs):
            for ent in window.ents:
                if (ent.start == 0 and start > 0) or (ent.end == len(window) and end < len(parsed[number])):
                    continue
                names.setdefault(number, []).append(
                    Span(parsed[number], start + ent.start, start + ent.end, label=ent.label_))
        return names

    @staticmethod
    def _parse_reads(t: Tokens, sentence: tuple[Sentence, int, int], triggers: list) -> bool:
        """Whether the parse can read anything the surface rules do not: not when the sentence's only
        triggers are emphasis and statement verbs ("stressed", "stated") with no "need" or
        "importance" for them to stress, which is all the parse reads of those."""
        kinds = {kind for found, _, _ in triggers for kind in found} & _PARSED_KINDS
        if not kinds <= {NEED, READINESS}:
            return True
        _, begin, end = sentence
        return any(t.lower(k) in _NEEDED_WORDS for k in range(begin, end))

    def _may_name_someone(self, run: str) -> bool:
        """A run of capitalised words that may be a person the reference data does not know: a word it
        does not know, and no head noun of a body's name ("International Fund for Saving the Aral Sea")."""
        words = [w.lower() for w in run.split()]
        return any(w not in self.known_words for w in words) and not any(w in lx.NAME_HEADS for w in words)

    def _dated_by_summit(self, document: Document) -> Document:
        """"TASHKENT, November 16 -" with no year: the year of the series summit held there that day."""
        if document.date.status in ("dateline", "text"):
            return document
        found = yearless_dateline(document.text)
        if found is None:
            return document
        place, month, day = found
        wanted = f"-{month:02d}-{day:02d}"
        for summit in self.gaz.of_kind("Summit"):
            held = self.gaz.entities.get(summit.place or "")
            if summit.date and summit.date.endswith(wanted) and held is not None and \
                    fold(place) in {fold(n) for n in (held.name, *held.aliases)}:
                return replace(document, date=DocumentDate(summit.date, "dateline"))
        return document

    # ------------------------------------------------------------------ resolution

    def _resolve(self, t: Tokens, raw: list[RawMention], resolver: Resolver
                 ) -> tuple[list[Resolved], list[Resolved], list[RawMention]]:
        top: list[Resolved] = []
        nested: list[Resolved] = []
        anaphors: list[RawMention] = []
        for m in raw:
            if m.label == "anaphor":
                anaphors.append(m)
                continue
            entity, how = resolver.resolve(m)
            if entity is None or (entity.kind == "State" and _in_project_name(t, m.start, m.end)):
                continue
            if m.label in ("new", "acronym") and entity.kind == "Organisation" and m.head not in lx.BODY_HEADS and \
                    any(w in CREATION_CONTEXT for w in t.lowers(max(0, m.start - 3), m.start)):
                entity = resolver.new("Initiative", entity.name)  # "to establish the Council of ...": planned
            state = resolver.entity(m.state) if m.state else None
            resolved = Resolved(m.start, m.end, entity, how, m.text, state, m.role)
            (nested if m.nested else top).append(resolved)
        return top, nested, anaphors

    def _summits(self, t: Tokens, sents: list[tuple[Sentence, int, int]], starts: list[int],
                 top: list[Resolved], year: int | None) -> list[Resolved]:
        """New summit names of the Consultative Meetings series -> the reference summit, and lower-case
        references to a meeting of the series ("the 29 November meeting of Central Asian leaders")."""
        out = []
        for m in top:
            if m.entity.kind == "Summit" and not m.entity.in_reference:
                sentence, begin, end = sents[_sentence_of(starts, m.start)]
                neighbours = [x for x in top if begin <= x.start < end]
                found = identify_summit(m, sentence.text, neighbours, self.gaz, year)
                entity = found or with_place(m.entity, self.places)
                if entity is not m.entity:
                    m = replace(m, entity=entity, resolution="named" if found else m.resolution)
            out.append(m)
        sentence_chars = [sentence.start for sentence, _, _ in sents]
        lowered = t.text.lower()
        if "consultative" not in lowered and "heads of state" not in lowered and "central asian" not in lowered:
            return sorted(out, key=lambda m: m.start)
        by_start = sorted(out, key=lambda x: x.start)
        starts_of = [x.start for x in by_start]
        taken = {i for x in out for i in range(x.start, x.end)}
        for match in SERIES_WORDS.finditer(t.text):
            sentence, begin, end = sents[max(0, bisect_right(sentence_chars, match.start()) - 1)]
            span = t.at_char(match.start(), match.end())
            if span is None or span[0] in taken:
                continue
            neighbours = by_start[bisect_left(starts_of, begin):bisect_left(starts_of, end)]
            words = t.span(*span)
            probe = Resolved(span[0], span[1], Entity("", "Summit", words), "new", words)
            found = identify_summit(probe, sentence.text, neighbours, self.gaz, year)
            if found is not None:
                out.append(Resolved(span[0], span[1], found, "named", words))
                taken.update(range(span[0], span[1]))
        return sorted(out, key=lambda m: m.start)


def _capitals_as_states(t: Tokens, mentions: list[Resolved], triggers: list[tuple[frozenset[str], int, int]],
                        resolver: Resolver, parse: Doc | None = None, begin: int = 0) -> list[Resolved]:
    """A capital acting ("Baku was quick to endorse the plan", "Astana proposed ...", and where the
    sentence was parsed, the subject of a trigger however far: "Ashgabat, in this regard, intends to")
    is its state."""
    starts = {start for _, start, _ in triggers}
    out = []
    for m in mentions:
        state = capitals().get(m.entity.iri) if m.entity.kind == "Place" else None
        if state is not None:
            i = m.end
            while i < len(t) and i - m.end < 4 and t.lower(i) in lx.VERB_GAP_WORDS:
                i += 1
            head = parse[m.end - 1 - begin] if parse is not None and m.end - 1 - begin < len(parse) else None
            # (not a dateline's city, nor one set before the real subject: no actor stands between them)
            subject_of_trigger = head is not None and m.start > begin and head.dep_ in ("nsubj", "nsubjpass") and \
                head.head.i + begin in starts and \
                not any(o.entity.kind in ACTOR_KINDS and m.end <= o.start < head.head.i + begin for o in mentions)
            if i in starts or (i < len(t) and t.lower(i) == "'s" and i + 1 in starts) or subject_of_trigger:
                m = Resolved(m.start, m.end, resolver.entity(state), "capital", m.text)
        out.append(m)
    return out


_SUMMIT_WORDS = re.compile(r"summit|meeting|forum|talks|conference", re.IGNORECASE)


def _holder_placed_by_the_text(m: Resolved, resolver: Resolver) -> Resolved:
    """A title no reference holder answered ("the Saudi Crown Prince") names the person the text
    itself puts in that office, wherever it does so."""
    if m.resolution != "title-state" or m.state is None:
        return m
    holder, how = resolver.office_holder(m.state.iri, m.role or "President",
                                         "side" if m.text.split()[-1].lower() in lx.SIDE_WORDS else "title")
    return replace(m, entity=holder) if how != "title-state" else m


def _president_before(ctx: DocumentContext, mentions: list[Resolved], position: int) -> Entity | None:
    return next((m.entity for m in reversed(mentions) if m.end <= position and m.entity.kind == "Person"
                 and ctx.is_president(m.entity)), None)


def _summit_at(t: Tokens, summits: list[Resolved]) -> Entity | None:
    """The summit a sentence places its facts at: "at the Astana Forum", "during the summit"."""
    for m in summits:
        i = m.start - 1
        if i >= 0 and t.lower(i) == "the":
            i -= 1
        if i >= 0 and t.lower(i) in ("at", "during"):
            return m.entity
    return None


# the triggers whose sentences the parse reads (membership and attendance are read on the surface)
# a list item that may coordinate gerunds ("improving A and widening B"): the parse tells the verbs
_COORDINATED_GERUND = re.compile(r"(?:,|\band)\s+[a-z]+ing\b")
_PARSED_KINDS = frozenset((*PROPOSAL_KINDS, *SUPPORT_KINDS, ADOPT, CALL, NECESSITY, OBLIGATION, INCLUSION,
                            INTENT, BELIEF))
# what an emphasis verb stresses that the parse reads: "stressed the need for", "the importance of"
_NEEDED_WORDS = frozenset(w + suffix for w in NEED_NOUNS for suffix in ("", "s"))
NER_CONTEXT = 4  # words the NER sees on each side of a run of capitalised words
# two or more capitalised words, perhaps with a particle between: a name the NER may know
_NAME_RUN = re.compile(r"\b[A-Z][\w'-]+(?:\s+(?:(?:bin|ibn|al|el|van|von|de|der|ul)\s+)?[A-Z][\w'-]+)+")
PERSON_DEPS = {"nsubj", "nsubjpass", "appos", "poss", "agent"}
PROJECT_HEADS = {"railway", "railroad", "corridor", "pipeline", "highway", "motorway", "road", "route", "line",
                 "project", "bridge", "canal", "transmission", "interconnector", "tunnel"}


def _acts_as_person(ent: Span) -> bool:
    """A name the recogniser calls a person, standing where a person does: a subject, an apposition,
    a possessor, after a title ("Crown Prince Mohammed bin Salman"): not "according to Caravan Wire"."""
    if ent.label_ != "PERSON":
        return False
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return ent.root.dep_ in PERSON_DEPS or (ent.root.dep_ == "pobj" and ent.root.head.lower_ == "by") or \
        before in lx.PERSON_TITLES or before in ("prince", "king", "emir", "sheikh", "sultan", "chancellor")


def _in_project_name(t: Tokens, start: int, end: int) -> bool:
    """A state named inside a project's name ("the China-Kyrgyzstan-Uzbekistan railway", "the
    Uzbekistan-Afghanistan-Pakistan corridor") is the project's, not a mention of the state."""
    i, n = end, len(t)
    while i < n and (t.lower(i) == "-" or t.word(i)[:1].isupper() or t.lower(i) in ("i", "e", "sharif")):
        i += 1  # the rest of the chain ("-Mazar-i-Sharif-Kabul")
    chained = (end < n and t.lower(end) == "-") or (start > 0 and t.lower(start - 1) == "-")
    return chained and any(t.lower(k) in PROJECT_HEADS for k in range(i, min(n, i + 3)))


def _has_kinds(mentions: list[Resolved], *kinds: str) -> bool:
    return all(any(m.entity.kind == kind for m in mentions) for kind in kinds)


def _sentence_of(starts: list[int], token: int) -> int:
    return max(0, bisect_right(starts, token) - 1)


def _mention(t: Tokens, text: str, m: Resolved, sentence: Sentence) -> Mention:
    start, end = t.starts[m.start], t.ends[m.end - 1]
    return Mention(m.entity, sentence.index, start, end, text[start:end], m.resolution)


def _main_summit(mentions: list[Resolved]) -> Entity | None:
    """The summit the document reports on: the one it names most often."""
    counts: dict[str, tuple[int, Entity]] = {}
    for m in mentions:
        if m.entity.kind == "Summit":
            count, _ = counts.get(m.entity.iri, (0, m.entity))
            counts[m.entity.iri] = (count + 1, m.entity)
    if not counts:
        return None
    return max(counts.values(), key=lambda c: (c[0], c[1].in_reference))[1]


def _finish(extraction: Extraction, ctx: DocumentContext) -> None:
    """Retype new names the text proposes, give restated proposals to the named proposer, and keep
    one fact per (relation, subject, object, sentence, role)."""
    remap: dict[str, Entity] = {}
    for iri, initiative in ctx.proposed_names.items():
        if iri not in ctx.body_names:
            remap[iri] = initiative

    def mapped(entity: Entity | None) -> Entity | None:
        return remap.get(entity.iri, entity) if entity is not None else None

    if remap:
        extraction.mentions = [replace(m, entity=remap[m.entity.iri]) if m.entity.iri in remap else m
                               for m in extraction.mentions]
        facts = [replace(f, subject=mapped(f.subject), object=mapped(f.object), on_behalf_of=mapped(f.on_behalf_of),
                         summit=mapped(f.summit))
                 if any(e is not None and e.iri in remap for e in (f.subject, f.object, f.on_behalf_of, f.summit))
                 else f for f in extraction.facts]
        # a summit the text turns out to propose has not been held: nobody attended or hosted it yet;
        # a name it turns out to propose acts in nothing ("The Union X proposed is envisaged as ...")
        facts = [f for f in facts if not (f.relation in ("attended", "hosted") and f.object.kind != "Summit")
                 and not (f.relation in ("proposed", "supported") and f.subject.kind not in ACTOR_KINDS)]
    else:
        facts = list(extraction.facts)
    # "Kazakhstan's call for X" after "Tokayev called for X": the proposal stays Tokayev's
    person_proposals = {(f.object.iri, f.on_behalf_of.iri): f.subject for f in facts
                        if f.relation == "proposed" and f.subject.kind == "Person" and f.on_behalf_of is not None}
    restated = []
    for fact in facts:
        if fact.relation == "proposed" and fact.subject.kind == "State":
            person = person_proposals.get((fact.object.iri, fact.subject.iri))
            if person is not None:
                fact = replace(fact, subject=person, resolution="restated")
        restated.append(fact)
    extraction.facts = deduplicated(restated)


def deduplicated(facts: list[Fact]) -> list[Fact]:
    """One fact per (relation, subject, object, sentence, role): the most confident reading wins."""
    best: dict[tuple, Fact] = {}
    for fact in facts:
        key = (fact.relation, fact.subject.iri, fact.object.iri, fact.evidence.sentence.start, fact.role)
        if key not in best or fact.evidence.confidence > best[key].evidence.confidence:
            best[key] = fact
    return list(best.values())


_default: Extractor | None = None


def extract(document: Document) -> Extraction:
    """Extract with the default extractor (built once per process)."""
    global _default
    if _default is None:
        _default = Extractor()
    return _default.extract(document)


__all__ = ["Extractor", "deduplicated", "extract", "is_headline"]
