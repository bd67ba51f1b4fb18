"""Finding entity mentions in a parsed document.

Sources, in order of trust:
1. the gazetteer: every name, alias, transliteration, Cyrillic form and family name of the
   reference data (spaCy PhraseMatcher; case-insensitive for long names, case-sensitive for
   short ones and family names, so that "Xi" and "UN" do not match "xi" and "un");
2. titles and sides around a state's name: "the President of Uzbekistan", "Kazakhstan's
   leader", "the Kazakh foreign minister", "the Turkmen side", "the Uzbek government";
3. people the reference data does not know, by the shape of their names ("Yerzhan
   Saltybayev": a family name with a common ending), after a title ("Ambassador Smith"), or in
   a list after "in honour of"; a family name used alone later resolves to the same person, and
   a spelling of a reference person the aliases do not list is matched fuzzily (rapidfuzz);
4. new bodies, initiatives and events by their shape: a capitalised phrase headed by a word such
   as Council, Centre, Platform, Programme, Fund, Strategy, Agreement, Dialogue, Alliance,
   Institute, Company or Forum ("the Caspian Transit Council", "Strategy for the Development of
   Mountain Tourism"), with its acronym when one follows in brackets;
5. anaphors of an organisation named before ("the alliance", "the bloc") and of the head of
   state named before ("the head of state", "the President"), resolved by the extractor in
   reading order.

Overlaps are settled by length, then trust; reference names inside a longer mention (the
state in "the President of Uzbekistan", in "the Academy of Sciences of the Republic of
Kazakhstan") are kept as nested mentions: the document names them too.
"""

from __future__ import annotations

from collections.abc import Sequence
import functools
import re
import unicodedata
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ontology.reference import Gazetteer, ReferenceEntity, gazetteer

from . import lexicon as lx
from .spans import Spans
from .text import Tokens, normalise, pipeline

_ADJECTIVE_KEY = "ADJ|"
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_ENDINGS = "|".join(sorted({e for e in lx.SURNAME_ENDINGS if len(e) >= 2}, key=len, reverse=True))
_CAP_WORD = r"(?:[A-Z][\w'.&+-]*\w|[A-Z])"
_CONNECTOR = "|".join(sorted(lx.NAME_CONNECTORS - {"&"}, key=len, reverse=True))
NAME_RUN = re.compile(rf"{_CAP_WORD}(?:(?:[ \t]+|[ \t]*-[ \t]*)(?:(?:{_CONNECTOR}|&)[ \t]+)*{_CAP_WORD})*")
_ENDING_TUPLE = tuple(_ENDINGS.split("|"))
_ROLE_FIRST_WORDS = {phrase.split()[0] for phrase in lx.ROLE_PHRASES}
_ROLE_LAST_WORDS = {phrase.split()[-1] for phrase in lx.ROLE_PHRASES}
# runs of capitalised words (checked for a word boundary in code: a look-behind costs more)
CAPITAL_RUN = re.compile(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?(?:[ \t]+[A-Z][a-z]*\.?(?:-[A-Z]?[a-z]+)?)*")
_WORD_IN_RUN = re.compile(r"[^ \t]+")
_TITLE_PREFIXES = {"deputy", "vice", "prime", "foreign", "first", "acting", "special", "former", "executive", "crown",
                   "general", "chief", "senior", "economy", "finance", "energy", "defence", "defense", "transport"}
_TITLE_WORDS = {"ambassador", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "envoy", "professor", "prof.",
                "senator", "governor", "mayor", "sheikh", "minister", "director", "chairman", "chairwoman",
                "chairperson", "president", "premier", "secretary", "spokesperson", "spokesman", "spokeswoman",
                "envoy", "representative", "commissioner", "adviser", "advisor", "chancellor", "king", "queen",
                "emir", "amir", "prince", "princess", "sultan", "emperor"}
_BEFORE_HEAD_BREAKS = {"in", "at", "to", "with", "between", "among", "against", "on"}
ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-Z][A-Z0-9&+-]{1,11})\s*\)")
_HONOUR = re.compile(r"\b(" + "|".join(re.escape(p) for p in lx.HONOUR_PHRASES) + r")\s+", re.IGNORECASE)
# "the alliance includes ...", "the Organization, which unites ..." (formal texts capitalise it), "belongs
# to the same bloc", not "the council of elders"; they resolve only to a body the text named before. And "the
# head of state noted", "the President put forward": the head of state the text last named
ANAPHOR = re.compile(r"\b[Tt]he\s+(?:same\s+)?((?i:" + "|".join(sorted(lx.ORGANISATION_ANAPHORS)) +
                     r")|[Hh]ead\s+of\s+(?:[Ss]tate|the\s+(?:[Rr]epublic|[Cc]ountry|[Ss]tate))|[Pp]resident|[Ll]eader)\b"
                     r"(?!\s+(?:of|on)\b)(?!\s+for\s+(?!\d))(?!\s+[A-Z])(?!-)")  # "the organisation for 2024": it


@dataclass(frozen=True)
class RawMention:
    """A span of the document before resolution (token offsets)."""

    start: int
    end: int
    label: str  # ref | title | side | government | person | new | acronym | anaphor
    text: str
    iri: str | None = None  # ref: the reference entity
    state: str | None = None  # title, side, government: the state's IRI
    role: str | None = None  # title: the role's local name (President, ForeignMinister ...)
    head: str | None = None  # new names and anaphors: the head noun, lower case
    kind: str | None = None  # new names: the kind their shape suggests
    nested: bool = False  # inside a longer mention
    family: str | None = None  # person: the family name, for later mentions of it alone
    candidates: tuple[str, ...] = ()  # ref: every person a family name alone may mean (namesakes)
    full: str | None = None  # person: the full name a family name alone stands for

    @property
    def priority(self) -> int:
        return {"title": 6, "side": 6, "government": 6, "ref": 5, "person": 4, "new": 3, "acronym": 3,
                "anaphor": 1}.get(self.label, 0)


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, accents and typographic dashes and quotes folded, for comparing names."""
    text = unicodedata.normalize("NFKD", normalise(text))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def kind_of_head(head: str) -> str:
    """Organisation, Initiative or Summit, by the head noun of a new name. Heads that may name
    either a body or a plan (council, alliance, centre, fund ...) name an existing body here; the
    extractor retypes one the text proposes."""
    if head in lx.EVENT_HEADS:
        return "Summit"
    if head in lx.BODY_HEADS or head in lx.ORGANISATION_HEADS or head not in lx.INITIATIVE_HEADS:
        return "Organisation"
    return "Initiative"


class MentionFinder:
    """Matchers built once from the gazetteer; `find(doc)` lists the mentions of a parsed document."""

    def __init__(self, gaz: Gazetteer | None = None):
        self.gaz = gaz or gazetteer()
        nlp = pipeline()
        self.vocab = nlp.vocab
        self.names = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.cased_names = PhraseMatcher(nlp.vocab, attr="ORTH")
        tokenizer = nlp.tokenizer
        long_forms: dict[str, list] = {}
        short_forms: dict[str, list] = {}
        self.state_of_word: dict[str, str] = {}
        self.gazetteer_words: set[str] = set()
        # family names alone, in every spelling the aliases use ("Berdymukhammedov", "Toqaev")
        self.surnames: dict[str, set[str]] = {}
        self.full_names: dict[str, str] = {}
        self.given_names: dict[str, set[str]] = {}  # person -> the words before the family name, lower case
        for entity in self.gaz.of_kind("Person"):
            for form in (entity.name, *entity.aliases):
                words = normalise(form).split()
                if len(words) > 1:
                    self.full_names[normalise(form)] = entity.iri
                    self.given_names.setdefault(entity.iri, set()).update(
                        part for word in words[:-1] for part in word.lower().split("-"))
                if not entity.family_name:
                    continue  # historical figures: "Amir Timur" does not make every Timur one
                last = words[-1]
                if last[:1].isupper():
                    self.surnames.setdefault(last, set()).add(entity.iri)
            if entity.family_name:
                self.surnames.setdefault(normalise(entity.family_name), set()).add(entity.iri)
        self._surname_list = sorted(self.surnames)
        self._full_name_list = sorted(self.full_names)
        for entity in self.gaz.entities.values():
            forms = {normalise(f) for f in (entity.name, *entity.aliases)}
            if entity.kind == "Person":
                forms = {f for f in forms if len(f.split()) > 1 or f not in self.surnames}
            for form in forms:
                short = len(form.split()) == 1 and (len(form) <= 5 or entity.kind == "Person")
                (short_forms if short else long_forms).setdefault(entity.iri, []).append(tokenizer(form))
                if entity.kind in ("State", "Place"):
                    self.gazetteer_words.update(w.lower() for w in form.split())
            if entity.kind == "State":
                for form in (entity.name, *entity.aliases):
                    self.state_of_word[fold(form)] = entity.iri
                for adjective in entity.adjectives:
                    short_forms.setdefault(_ADJECTIVE_KEY + entity.iri, []).append(tokenizer(adjective))
                    self.state_of_word[fold(adjective)] = entity.iri
                    self.gazetteer_words.add(adjective.lower())
        for key, docs in long_forms.items():
            self.names.add(key, docs)
        for key, docs in short_forms.items():
            self.cased_names.add(key, docs)
        self.family_names = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.family_names.add("FAMILY", [tokenizer(form) for form in self.surnames])
        self.role_words = set(lx.ROLE_PHRASES) | {w for phrase in lx.ROLE_PHRASES for w in phrase.split()}

    # ------------------------------------------------------------------ the entry point

    def find(self, doc: Doc, headlines: set[int] | None = None, tokens: Tokens | None = None,
             people: Sequence[tuple[int, int]] = ()) -> list[RawMention]:
        """Every mention in reading order; nested reference mentions are flagged `nested`.

        `headlines`: token indices inside title-case headline lines, where new names by shape
        are not looked for (a headline capitalises every word). `people`: token spans a named
        entity recogniser took for people ("Mohammed bin Salman"), kept where they look like a name."""
        t = tokens or Tokens.of(doc)
        refs, adjectives = self._gazetteer(doc, t)
        refs += self._reference_acronyms(t, refs)
        titles = self._titles(t, refs, adjectives)
        people = self._people(t, refs, people)
        # (a family name the people finder gave a new namesake is no longer the reference person's)
        refs = [m for m in refs if not (m.candidates and any(p.start == m.start and p.label == "person" for p in people))]
        taken = refs + titles + people
        new = self._new_names(t, taken, headlines or set())
        anaphors = self._anaphors(t)
        return settle(refs + titles + people + new + anaphors)

    # ------------------------------------------------------------------ 1. the gazetteer

    def _gazetteer(self, doc: Doc, t: Tokens) -> tuple[list[RawMention], list[tuple[int, int, str]]]:
        found: list[RawMention] = []
        adjectives: list[tuple[int, int, str]] = []
        strings = self.vocab.strings
        for match_id, start, end in self.names(doc):
            if not _glued_to_plus(t, end):
                found.append(RawMention(start, end, "ref", t.span(start, end), iri=strings[match_id]))
        for match_id, start, end in self.cased_names(doc):
            key = strings[match_id]
            if _glued_to_plus(t, end):
                continue
            if key.startswith(_ADJECTIVE_KEY):
                adjectives.append((start, end, key[len(_ADJECTIVE_KEY):]))
            else:
                found.append(RawMention(start, end, "ref", t.span(start, end), iri=key))
        for _, start, end in self.family_names(doc):
            text = t.span(start, end)
            iris = tuple(sorted(self.surnames.get(text, ())))
            if iris and self._after_another_given_name(t, start, end, iris, found):
                continue  # "Akylbek Japarov" is not Sadyr Japarov: the people finder reads the whole name
            if iris:
                found.append(RawMention(start, end, "ref", text, iri=iris[0], candidates=iris))
        return found, adjectives

    def _reference_acronyms(self, t: Tokens, refs: list[RawMention]) -> list[RawMention]:
        """A known body's acronym the text itself gives in brackets, in a spelling the reference data lacks
        ("the Conference on Interaction ... in Asia (CICMA)"): each later use names that body."""
        found: list[RawMention] = []
        covered = Spans((m.start, m.end) for m in refs)
        for m in refs:
            entity = self.gaz.entities.get(m.iri or "")
            if entity is None or entity.kind == "Person" or m.end - m.start < 2:
                continue
            acronym = ACRONYM_AFTER.match(t.text, t.starts[m.end - 1] + len(t.word(m.end - 1)))
            if acronym is None or any(f.text == acronym.group(1) for f in found):
                continue
            for use in re.finditer(r"(?<![\w-])" + re.escape(acronym.group(1)) + r"(?![\w-])", t.text):
                span = t.at_char(use.start(), use.end())
                if span is not None and not covered.covering(*span):
                    found.append(RawMention(span[0], span[1], "ref", acronym.group(1), iri=m.iri))
        return found

    def _after_another_given_name(self, t: Tokens, start: int, end: int, iris: tuple[str, ...],
                                  refs: list[RawMention]) -> bool:
        """Whether a family name follows a capitalised word that may be a given name, none of the
        named people's given names in any spelling ("Kassym", "Kasim" for Kassym-Jomart Tokayev), and
        no name the reference data knows covers the two."""
        if start == 0 or t.ends[start - 1] == t.starts[start]:
            return False
        given = t.word(start - 1)
        if not (given[:1].isupper() and given.isalpha() and self._valid_given(given)):
            return False
        known = {word for iri in iris for word in self.given_names.get(iri, ())}
        if any(fuzz.ratio(given.lower(), word) >= 70 for word in known):
            return False
        return not any(m.start <= start - 1 and m.end >= end for m in refs)

    def fuzzy_person(self, name: str) -> tuple[str, tuple[str, ...]] | None:
        """A reference person for a name spelt in a way the aliases do not list ("Berdimukhamedov",
        "Gurbanguly Berdimukhamedov"): the closest full name or family name, when close enough."""
        words = name.split()
        table, choices, cutoff = (self.full_names, self._full_name_list, 88) if len(words) > 1 else \
            (self.surnames, self._surname_list, 86)
        best = process.extractOne(name, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
        if best is None:
            return None
        form = best[0]
        # the same initial, a similar length, and no feminine ending on a masculine name ("Karimova")
        if form[0] != name[0] or abs(len(form) - len(name)) > 2 or \
                (name.endswith(("ova", "eva", "yeva")) and not form.endswith("a")):
            return None
        iris = table[form]
        if isinstance(iris, str):
            return iris, (iris,)
        ordered = tuple(sorted(iris))
        return ordered[0], ordered

    # ------------------------------------------------------------------ 2. titles, sides, governments

    def _titles(self, t: Tokens, refs: list[RawMention], adjectives: list[tuple[int, int, str]]) -> list[RawMention]:
        found = []
        anchors = [(m.start, m.end, m.iri, False) for m in refs
                   if m.iri and self.gaz.entities[m.iri].kind == "State"]
        anchors += [(s, e, iri, True) for s, e, iri in adjectives]
        n = len(t)
        adjective_ends = {s: e for s, e, _, is_adjective in anchors if is_adjective}
        for start, end, state, is_adjective in anchors:
            # the head of the [Turkmen] state; head of [Kazakhstan] state (translated text)
            if end < n and t.lower(end) == "state":
                title = self._title_of(t, start, end + 1, state)
                if title is not None:
                    found.append(title)
                    continue
            # the President of [Uzbekistan]; the Minister of Foreign Affairs of [Kazakhstan]
            if not is_adjective:
                title = self._title_of(t, start, end, state)
                if title is not None:
                    found.append(title)
                    continue
            # [Kazakhstan]'s President; the [Kazakh] leader; [Uzbek] Foreign Minister
            k = end
            if k < n and t.lower(k) == "'s" and not is_adjective:
                k += 1
            role, role_end = self._role_after(t, k)
            begin = start - 1 if start > 0 and t.lower(start - 1) == "the" else start
            if role is None and is_adjective and k + 1 < n and t.lower(k) == "and" and k + 1 in adjective_ends:
                # "Afghan and Iranian leaders": the first demonym shares the role after the second
                shared, _ = self._role_after(t, adjective_ends[k + 1])
                if shared is not None:
                    found.append(RawMention(begin, end, "title", t.span(begin, end), state=state, role=shared))
                    continue
            if role is not None:  # "the Kazakh leader", "Kazakhstan's President", "Kazakhstan President"
                found.append(RawMention(begin, role_end, "title", t.span(begin, role_end), state=state, role=role))
                continue
            if k < n and begin < start:
                word = t.lower(k)
                if word in lx.SIDE_WORDS:
                    found.append(RawMention(begin, k + 1, "side", t.span(begin, k + 1), state=state))
                elif word in lx.GOVERNMENT_WORDS:
                    found.append(RawMention(begin, k + 1, "government", t.span(begin, k + 1), state=state))
        return found

    def _title_of(self, t: Tokens, start: int, end: int, state: str) -> RawMention | None:
        """A role and 'of' before the state's words at `start` ('the President of', 'the head of the'),
        as a title ending at `end`; None when no role stands there."""
        j = start - 1
        if j >= 0 and t.lower(j) == "the":
            j -= 1
        if j < 1 or t.lower(j) != "of":
            return None
        role, role_start = self._role_before(t, j)
        if role is None:
            return None
        if role_start > 0 and t.lower(role_start - 1) == "the":
            role_start -= 1
        return RawMention(role_start, end, "title", t.span(role_start, end), state=state, role=role)

    def _role_before(self, t: Tokens, of: int) -> tuple[str | None, int]:
        """The role phrase ending just before token `of`: ("President", index of its first token)."""
        if of < 1 or t.lower(of - 1) not in _ROLE_LAST_WORDS:
            return None, of
        for size in (6, 5, 4, 3, 2, 1):
            begin = of - size
            if begin < 0:
                continue
            phrase = " ".join(t.lowers(begin, of))
            if phrase in lx.ROLE_PHRASES:
                return lx.ROLE_PHRASES[phrase], begin
        return None, of

    def _role_after(self, t: Tokens, at: int) -> tuple[str | None, int]:
        if at >= len(t) or t.lower(at) not in _ROLE_FIRST_WORDS:
            return None, at
        for size in (4, 3, 2, 1):
            stop = at + size
            if stop > len(t):
                continue
            phrase = " ".join(t.lowers(at, stop))
            if phrase in lx.ROLE_PHRASES:
                return lx.ROLE_PHRASES[phrase], stop
        return None, at

    # ------------------------------------------------------------------ 3. people the reference data does not know

    def _after_title_of(self, t: Tokens, run: re.Match, covered: dict[int, bool]) -> tuple[int, int, str] | None:
        """The name after the state, body or portfolio a title is "of": the run's words past the first
        ones that a reference name covers or that name a portfolio ("Foreign Affairs")."""
        words = [(w.group(0).rstrip("."), run.start() + w.start()) for w in _WORD_IN_RUN.finditer(run.group(0))]
        k = 0
        while k < len(words):
            span = t.at_char(words[k][1], words[k][1] + len(words[k][0]))
            if not ((span is not None and covered.get(span[0])) or words[k][0].lower() in _PORTFOLIO_WORDS):
                break
            k += 1
        name = words[k:]
        if k == 0 or not 2 <= len(name) <= 4 or not all(self._valid_given(w) for w, _ in name):
            return None
        return name[0][1], name[-1][1] + len(name[-1][0]), name[-1][0]

    def _valid_given(self, word: str) -> bool:
        lower = word.lower()
        return not (lower in lx.NOT_NAME_STARTS or lower in self.role_words or lower in lx.PERSON_TITLES
                    or lower in self.gazetteer_words or lower in _MONTHS or lower in lx.NAME_HEADS)

    def _people(self, t: Tokens, refs: list[RawMention], recognised: Sequence[tuple[int, int]] = ()
                ) -> list[RawMention]:
        text = t.text
        covered = _covered(refs)
        found: list[RawMention] = []
        surnames: list[tuple[int, int, str]] = []

        def add(char_start: int, char_end: int, family: str | None) -> None:
            span = t.at_char(char_start, char_end)
            if span is None or any(covered.get(i) for i in range(*span)):
                return
            name = t.span(*span)
            known = self.fuzzy_person(name)
            if known is not None:
                found.append(RawMention(span[0], span[1], "ref", name, iri=known[0],
                                        candidates=known[1] if len(name.split()) == 1 else ()))
                return
            found.append(RawMention(span[0], span[1], "person", name, family=family))

        # capitalised runs ("Yerzhan Saltybayev", "Ambassador John Smith"): one scan of the text
        for run in CAPITAL_RUN.finditer(text):
            begin = run.start()
            if begin and (text[begin - 1].isalnum() or text[begin - 1] in "'-"):
                continue
            chunk = run.group(0)
            if _TITLE_OF.search(text, max(0, begin - 30), begin) and (person := self._after_title_of(t, run, covered)):
                add(*person)  # "President of Afghanistan Ashraf Ghani", "Minister of Foreign Affairs Ivan Kos"
                continue
            if " " not in chunk and "\t" not in chunk:
                word = chunk.rstrip(".")  # one word: only a family name alone can be a person here
                if len(word) >= 4 and word.endswith(_ENDING_TUPLE) and word.lower() not in self.gazetteer_words and \
                        word.lower() not in lx.NOT_SURNAMES:
                    surnames.append((begin, begin + len(word), word))
                continue
            words = [(w.group(0).rstrip("."), begin + w.start()) for w in _WORD_IN_RUN.finditer(chunk)]
            # "Ambassador Smith", "Deputy Prime Minister Serik Zhumangarin", "German Chancellor Olaf
            # Scholz": titles (after at most two words of nationality), then a name
            lead = next((k for k, (word, _) in enumerate(words[:3]) if word.lower() in _TITLE_WORDS | _TITLE_PREFIXES),
                        len(words))
            titled = lead < len(words)
            while lead < len(words) - 1 and words[lead][0].lower() in _TITLE_WORDS | _TITLE_PREFIXES:
                lead += 1
            # a name that runs on past the capitals ("Crown Prince Mohammed bin Salman") is the recogniser's
            particle = text[run.end():run.end() + 5].split(" ", 2)[1:2] if text[run.end():run.end() + 1] == " " else []
            # (the title may end in a prefix word: "Secretary General Stanislav Zas")
            if titled and lead and any(word.lower() in _TITLE_WORDS for word, _ in words[:lead]) and \
                    not (particle and particle[0] in NAME_PARTICLES):
                named = []
                for word, at in words[lead:lead + 3]:
                    if not self._valid_given(word):
                        break
                    named.append((word, at))
                    if len(word) > 2 and text[at + len(word):at + len(word) + 1] == ".":
                        break  # a full stop after a word, not an initial: the sentence ends ("... Stanislav Zas. Then")
                if named:
                    add(named[0][1], named[-1][1] + len(named[-1][0]), named[-1][0])
                    continue
            for k, (word, at) in enumerate(words):
                if len(word) < 4 or not word.endswith(_ENDING_TUPLE) or word.lower() in self.gazetteer_words or \
                        word.lower() in lx.NAME_HEADS or word.lower() in lx.NOT_SURNAMES:
                    continue
                j = k
                while j > 0 and k - j < 2 and self._valid_given(words[j - 1][0]):
                    j -= 1
                if j < k:
                    add(words[j][1], at + len(word), word)
                else:
                    surnames.append((at, at + len(word), word))
        # people the recogniser found: two or more name words ("Mohammed bin Salman", "Kaja Kallas")
        for start, end in recognised:
            words = t.words(start, end)
            while words and words[0].lower() in _TITLE_WORDS | _TITLE_PREFIXES | ROYAL_TITLES | {"the"}:
                start, words = start + 1, words[1:]
            names = [w for w in words if w[:1].isupper()]
            if len(names) < 2 or not all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words) or \
                    not self._valid_given(words[0]) or any(w.lower() in self.gazetteer_words for w in names) or \
                    any(w.lower() in lx.NAME_HEADS or w.lower() in MEDIA_WORDS for w in names) or \
                    any(found_m.start <= start < found_m.end for found_m in found):
                continue
            add(t.starts[start], t.ends[end - 1], words[-1])
        # "in honour of A, B and C"
        for m in _HONOUR.finditer(text):
            for begin, stop in self._listed_names(t, m.end()):
                name = text[begin:stop]
                if fold(name) not in self.state_of_word and name.lower() not in self.gazetteer_words and \
                        self._valid_given(name.split()[0]):
                    add(begin, stop, name.split()[-1] if " " in name else None)
        # a family name of a reference person in a spelling the aliases do not list
        for begin, stop, word in surnames:
            span = t.at_char(begin, stop)
            if span is None or covered.get(span[0]) or any(x.start <= span[0] < x.end for x in found):
                continue
            known = self.fuzzy_person(word)
            if known is not None:
                found.append(RawMention(span[0], span[1], "ref", t.span(*span), iri=known[0], candidates=known[1]))
        # a family name used alone after the full name: the same person
        # (a short family name too, "Zas", "Kim", unless it is also a common word: "May", "Bush"es aside)
        families = {m.family: m.text for m in found if m.label == "person" and m.family and len(m.family) >= 3
                    and " " in m.text and (len(m.family) > 3 or m.family.lower() not in _COMMON_SHORT_WORDS)}
        if families:
            alone = re.compile(r"\b(" + "|".join(re.escape(f) for f in sorted(families)) + r")\b")
            spans = Spans((m.start, m.end) for m in found)
            # a reference person's family name alone is the new namesake's when that person is never
            # named in full ("Akylbek Japarov, Chairman ..." then "Japarov noted": not Sadyr Japarov)
            in_full = {m.iri for m in refs if m.candidates == () and " " in m.text}
            namesakes = {m.start for m in refs if m.candidates and m.text in families and
                         not set(m.candidates) & in_full}
            for m in alone.finditer(text):
                span = t.at_char(m.start(), m.end())
                if span is not None and (not covered.get(span[0]) or span[0] in namesakes) and \
                        not spans.holding(span[0]):
                    found.append(RawMention(span[0], span[1], "person", t.span(*span), family=m.group(1),
                                            full=families[m.group(1)]))
        return found

    # ------------------------------------------------------------------ 4. new names by their shape

    def _new_names(self, t: Tokens, taken: list[RawMention], headlines: set[int]) -> list[RawMention]:
        text = t.text
        people = Spans((m.start, m.end) for m in taken if m.label == "person" or
                       (m.label == "ref" and m.iri and self.gaz.entities[m.iri].kind == "Person"))
        ref_spans = Spans((m.start, m.end) for m in taken if m.label in ("ref", "person"))
        found: list[RawMention] = []
        for run in NAME_RUN.finditer(text):
            if " " not in run.group(0) and "-" not in run.group(0):
                continue
            span = t.at_char(run.start(), run.end())
            if span is None or span[0] in headlines:
                continue
            name = self._name_in_run(t, span[0], span[1], people)
            if name is None:
                continue
            start, end, head = name
            # "Mongolia's Steppe Peace Initiative": the owner is no part of the name
            owner_end = next((m.end for m in taken if m.label == "ref" and m.start == start and m.end < head), None)
            if owner_end is not None and t.lower(owner_end) in ("'s", "'") and owner_end + 1 <= head:
                start = owner_end + 1
            end = self._extend_list(t, start, end, head)
            if ref_spans.covering(start, end):
                continue  # the gazetteer knows it
            if ref_spans.holding(head):
                continue  # its head belongs to a known name ("Shanghai Cooperation Organisation")
            head_word = t.lower(head)
            kind = kind_of_head(head_word)
            found.append(RawMention(start, end, "new", t.span(start, end), head=head_word, kind=kind))
            acronym = ACRONYM_AFTER.match(text, t.starts[end - 1] + len(t.word(end - 1)))
            if acronym:
                found += self._acronym_mentions(t, acronym.group(1), t.span(start, end), head_word, kind)
        return found

    def _name_in_run(self, t: Tokens, start: int, end: int, people: Spans) -> tuple[int, int, int] | None:
        """(start, end, head) of the name inside a capitalised run, or None when it has no head noun."""
        # a person's name is never part of a body's name: "... for Central Asia Kakha Imnadze",
        # "President Ilham Aliyev at the Baku Energy Forum"
        for p_start, p_end in people.starting_in(start, end):
            if start <= p_start < end:
                heads_after = any(t.word(i)[:1].isupper() and t.lower(i) in lx.NAME_HEADS
                                  for i in range(p_end, end))
                heads_before = any(t.word(i)[:1].isupper() and t.lower(i) in lx.NAME_HEADS
                                   for i in range(start, p_start))
                if heads_before or not heads_after:
                    end = p_start
                    break
                start = p_end
        while start < end and (t.lower(start) in lx.NOT_NAME_STARTS or t.lower(start) in lx.NAME_CONNECTORS
                               or t.word(start) == "-"):
            start += 1
        # "Director of the Institute of ...", "Expert of Institute ...": the title is not part of the name
        for i in range(start, min(end, start + 4)):
            if t.lower(i) == "of" and i > start and all(w in self.role_words or w in lx.PERSON_TITLES or
                                                        w in _TITLE_WORDS | _TITLE_PREFIXES | ACADEMIC_TITLES
                                                        for w in t.lowers(start, i)):
                start = i + 1
                while start < end and t.lower(start) == "the":
                    start += 1
                break
        if end - start < 1:
            return None
        head = None
        for i in range(start, end):
            word = t.word(i)
            if word[:1].isupper() and word.lower() in lx.NAME_HEADS:
                head = i
                break
        if head is None:
            return None
        # a preposition before the head ends another name: "the Republic of Azerbaijan in the Consultative
        # Meeting of ...", "Kazakhstan at the Astana International Forum"
        cut = next((i for i in range(head - 1, start - 1, -1) if t.lower(i) in _BEFORE_HEAD_BREAKS), None)
        if cut is not None:
            start = cut + 1
            while start < head and t.lower(start) in lx.NOT_NAME_STARTS:
                start += 1
        # the name runs on past its head only through a complement ("Council of Elders")
        stop = head + 1
        if stop < end and t.lower(stop) in lx.NAME_CONNECTORS - {"and", "&"}:
            stop = end
        elif stop < end and t.word(stop)[:1].isupper() and t.lower(stop) in lx.NAME_HEADS:
            # "Trade Facilitation Centre Initiative", "Caspian Port League": the last noun of a compound is its head
            while stop < end and t.word(stop)[:1].isupper() and t.lower(stop) in lx.NAME_HEADS:
                head = stop
                stop += 1
            stop = end
        while stop > head + 1 and (t.lower(stop - 1) in lx.NAME_CONNECTORS or t.word(stop - 1) == "-"):
            stop -= 1
        if stop - start < 2 and t.lower(start) in lx.NAME_HEADS:
            return None  # a lone "Council" at the start of a sentence
        while stop > head + 1 and t.lower(stop - 1) in lx.PERSON_TITLES | _TITLE_WORDS:
            stop -= 1  # "the Ministry of External Affairs Secretary [X]": the title is the person's
        words = t.lowers(start, stop)
        if "news" in words or words[-1] in OUTLET_WORDS:
            return None  # a news outlet ("Trend News Agency", "The Astana Times") reports; it is no actor
        return start, stop, head

    def _extend_list(self, t: Tokens, start: int, end: int, head: int) -> int:
        """A complement may list capitalised items: "Network of Monitoring, Forecasting,
        Warning and Response to Floods"."""
        if end <= head + 1 or end + 1 >= len(t) or t.word(end) != ",":
            return end
        j = end
        while j + 1 < len(t) and t.word(j) == "," and t.word(j + 1)[:1].isupper() and t.word(j + 1).isalpha():
            k = j + 1
            while k < len(t) and (t.word(k)[:1].isupper() or t.lower(k) in lx.NAME_CONNECTORS):
                k += 1
            if k == j + 1:
                break
            items_end = k
            j = k
            if any(t.lower(i) == "and" for i in range(end, items_end)):
                while items_end > end and t.lower(items_end - 1) in lx.NAME_CONNECTORS:
                    items_end -= 1
                return items_end
        return end

    def _acronym_mentions(self, t: Tokens, acronym: str, name: str, head: str, kind: str) -> list[RawMention]:
        found = []
        for m in re.finditer(r"(?<![\w-])" + re.escape(acronym) + r"(?![\w-])", t.text):
            span = t.at_char(m.start(), m.end())
            if span is not None:
                found.append(RawMention(span[0], span[1], "acronym", acronym, head=head, kind=kind, family=name))
        return found

    def _listed_names(self, t: Tokens, char: int) -> list[tuple[int, int]]:
        """Character spans of the capitalised names listed from `char` on: "A, B-C, D E and F"."""
        span = t.at_char(char, char + 1)
        if span is None:
            return []
        names: list[tuple[int, int]] = []
        i, n = span[0], len(t)
        while i < n:
            j = i
            while j < n and (t.word(j)[:1].isupper() or (t.word(j) == "-" and j + 1 < n
                                                           and t.word(j + 1)[:1].isupper() and j > i)):
                j += 1
            if j == i:
                break
            names.append((t.starts[i], t.starts[j - 1] + len(t.word(j - 1))))
            if j < n and t.word(j) == "," and j + 1 < n and t.lower(j + 1) == "and":
                i = j + 2
            elif j < n and t.word(j) in (",", "and") or (j < n and t.lower(j) == "and"):
                i = j + 1
            else:
                break
        return names

    # ------------------------------------------------------------------ 5. anaphors of organisations

    def _anaphors(self, t: Tokens) -> list[RawMention]:
        found = []
        for m in ANAPHOR.finditer(t.text):
            span = t.at_char(m.start(), m.end())
            if span is not None:
                head = m.group(1).lower()
                head = "president" if head in ("president", "leader") or head.startswith("head") else head
                if head != "president" and " same " in m.group(0).lower():
                    head = "organisation"  # "belongs to the same alliance": whichever body was just named
                found.append(RawMention(span[0], span[1], "anaphor", t.span(*span), head=head))
        return found


# the last word of a news outlet's name ("The Astana Times"; "Trend News Agency" has "news" in it)
OUTLET_WORDS = {"newswire", "news", "times", "post", "tribune", "gazette", "herald", "daily", "radio", "tv",
                "television", "journal"}
ACADEMIC_TITLES = {"dean", "rector", "provost", "professor", "researcher", "fellow", "expert", "analyst"}
# titles a recogniser keeps inside a name ("Crown Prince Mohammed bin Salman")
ROYAL_TITLES = {"crown", "prince", "princess", "king", "queen", "emir", "amir", "sheikh", "sultan", "president",
                "chancellor", "premier", "minister", "secretary", "general", "chairman", "his", "highness", "majesty"}
# words of the names of news media, which a recogniser may take for people ("Caravan Newswire")
MEDIA_WORDS = {"newswire", "wire", "news", "times", "post", "tribune", "gazette", "herald", "daily", "press",
               "media", "radio", "tv", "television", "channel", "journal", "review", "report", "reports", "service"}
# lower-case words inside a person's name
# "the President of the United States Donald Trump": a title of a state, body or portfolio before a name
_TITLE_OF = re.compile(r"\b(?:President|Minister|Secretary|Secretary-General|Chairman|King|Emir|Prime Minister|"
                       r"Chancellor|Ambassador|Governor|Envoy|Representative|Director|Director-General)"
                       r"\s+of\s+(?:the\s+)?\Z")
_PORTFOLIO_WORDS = {"foreign", "affairs", "internal", "defence", "defense", "economy", "finance", "energy", "trade",
                    "justice", "agriculture", "transport", "health", "education", "culture", "industry"}
# Three-letter words that open sentences and headlines, too common to stand alone for a family name
_COMMON_SHORT_WORDS = {"may", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "new",
                       "one", "two", "six", "ten", "the", "all", "and", "but", "for", "law", "war", "oil", "gas", "sun",
                       "day", "art", "top", "end", "key", "its", "his", "her", "our", "few", "now", "yet", "big"}
NAME_PARTICLES = {"bin", "ibn", "bint", "al", "el", "van", "von", "de", "der", "la", "ul", "ur", "da", "di", "du"}


def _glued_to_plus(t: Tokens, end: int) -> bool:
    """"C5+1", "G7+": a name written together with "+" names a wider format, not the group itself."""
    return end < len(t) and t.ends[end - 1] == t.starts[end] and t.text[t.starts[end]] == "+"


def _covered(mentions: list[RawMention]) -> dict[int, bool]:
    covered: dict[int, bool] = {}
    for m in mentions:
        for i in range(m.start, m.end):
            covered[i] = True
    return covered


def settle(mentions: list[RawMention]) -> list[RawMention]:
    """Overlapping mentions: the longest wins, then the most trusted; reference names inside a
    kept mention stay as nested mentions."""
    ordered = sorted(mentions, key=lambda m: (-(m.end - m.start), -m.priority, m.start))
    kept: list[RawMention] = []
    nested: list[RawMention] = []
    occupied: dict[int, RawMention] = {}
    for m in ordered:
        clash = [occupied[i] for i in range(m.start, m.end) if i in occupied]
        if not clash:
            kept.append(m)
            for i in range(m.start, m.end):
                occupied[i] = m
        elif m.label == "ref" and all(c.start <= m.start and m.end <= c.end for c in clash) and \
                not any(c.label == "ref" for c in clash):
            nested.append(replace(m, nested=True))
    return sorted(kept + nested, key=lambda m: (m.start, m.nested))


@functools.lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Capital city -> its state, from the reference data ("Baku endorsed the plan": Azerbaijan did)."""
    from rdflib import Graph

    from ontology import REFERENCE_FILE
    from ontology.namespaces import C5

    graph = Graph().parse(REFERENCE_FILE, format="turtle")
    return {str(city): str(state) for state, city in graph.subject_objects(C5.capital)}


@functools.lru_cache(maxsize=1)
def mention_finder() -> MentionFinder:
    return MentionFinder()


def reference_entity(iri: str) -> ReferenceEntity | None:
    return gazetteer().entities.get(iri)


__all__ = ["ACRONYM_AFTER", "CAPITAL_RUN", "NAME_RUN", "MentionFinder", "RawMention", "capitals", "fold",
           "kind_of_head",
           "mention_finder",
           "reference_entity", "settle"]
