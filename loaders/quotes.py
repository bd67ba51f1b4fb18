"""Who speaks a quotation: the speaker named after it ("...," Japarov said / said the president /
he added) or before it ("Tokayev told the summit: “...”"), for every sentence the quotation
spans, however many.

Quotations are found on the normalised text (typographic marks are plain '"' there; guillemets
too), and close at the end of a paragraph unless the next one opens with a quotation mark (the
convention for a quotation that runs over paragraphs).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from .facts import Entity, Sentence
from .relations import SPEECH_VERBS, Resolved
from .text import Tokens

# the speech verbs of the surface rules, and the words that also name who speaks a quotation
SPEECH_WORDS = SPEECH_VERBS | {"according", "address", "addressed", "adds", "affirmed", "believed", "believes",
                               "highlighted", "proposed", "remarks", "say", "speech", "suggested", "tells",
                               "underscored", "urged"}
_PARAGRAPH = re.compile(r"\n\s*\n")
WINDOW = 8  # tokens after a closing mark (or before an opening one) where the speaker is named


def quotations(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans of the quotations in a normalised text."""
    spans: list[tuple[int, int]] = []
    bounds = [0] + [m.end() for m in _PARAGRAPH.finditer(text)] + [len(text)]
    opened: int | None = None
    ended_with_paragraph: int | None = None  # the last quotation, when its paragraph's end closed it
    for begin, end in zip(bounds, bounds[1:]):
        paragraph = text[begin:end]
        lead = begin + paragraph.index('"') if paragraph.lstrip().startswith('"') else -1
        if opened is not None and lead < 0:
            spans.append((opened, begin))  # a quotation ends with its paragraph unless the next reopens it
            ended_with_paragraph, opened = len(spans) - 1, None
        first = True
        for i in range(begin, end):
            if text[i] != '"' or (opened is not None and i == lead):
                continue
            if opened is None and first and lead < 0 and _closes(text, i):
                # '... format," he said.' with no mark opening this paragraph: the quotation began
                # before it (run on from the last paragraph, its reopening mark left out) or at its start
                if ended_with_paragraph is not None and spans[ended_with_paragraph][1] == begin:
                    spans[ended_with_paragraph] = (spans[ended_with_paragraph][0], i + 1)
                else:
                    spans.append((begin, i + 1))
            elif opened is None:
                opened = i
            else:
                spans.append((opened, i + 1))
                opened = None
            first = False
    if opened is not None:
        spans.append((opened, len(text)))
    return spans


def _closes(text: str, i: int) -> bool:
    """Whether the mark at i can only close a quotation: right after the quotation's last punctuation,
    and before its speaker's verb ('... format," he said')."""
    if i == 0 or text[i - 1] not in ",.!?":
        return False
    after = re.findall(r"[\w']+", text[i + 1:i + 60].lower())[:WINDOW]
    return any(word in SPEECH_WORDS for word in after)


def quote_speakers(tokens: Tokens, sents: list[tuple[Sentence, int, int]], mentions: list[Resolved]
                   ) -> dict[int, Entity]:
    """The speaker of every sentence inside a quotation, by sentence index (`mentions`: the
    document's resolved mentions, in token offsets)."""
    starts = [s.start for s, _, _ in sents]
    by_token = sorted(mentions, key=lambda m: m.start)
    mention_starts = [m.start for m in by_token]
    persons = [m for m in by_token if m.entity.kind == "Person"]
    person_starts = [m.start for m in persons]

    def last_person_before(i: int) -> Entity | None:
        k = bisect_right(person_starts, i) - 1
        return persons[k].entity if k >= 0 else None

    found: dict[int, Entity] = {}
    for start, end in quotations(tokens.text):
        span = tokens.at_char(start, end)
        if span is None:
            continue
        first = max(0, bisect_right(starts, start) - 1)
        speaker = _after(tokens, span[1], by_token, mention_starts, last_person_before) or \
            _before(tokens, span[0], by_token, mention_starts, last_person_before) or \
            _introduced(sents, first, start, persons, person_starts)
        if speaker is None:
            continue
        last = max(0, bisect_right(starts, end - 1) - 1)
        for index in range(first, last + 1):
            found.setdefault(index, speaker)
    return found


def _introduced(sents: list[tuple[Sentence, int, int]], first: int, start: int, persons: list[Resolved],
                person_starts: list[int]) -> Entity | None:
    """A quotation that opens a sentence and names no speaker, after a sentence about one person
    ("Nazarbayev's fifth call was to found an institute. “It is time to ...”"): that person's."""
    if first == 0 or sents[first][0].start != start:
        return None
    _, begin, end = sents[first - 1]
    named = persons[bisect_right(person_starts, begin - 1):bisect_right(person_starts, end - 1)]
    return named[-1].entity if named and len({m.entity.iri for m in named}) == 1 else None


def _actor(m: Resolved) -> bool:
    return m.entity.kind in ("Person", "State", "Organisation")


def _after(tokens: Tokens, close: int, mentions: list[Resolved], mention_starts: list[int],
           last_person_before: Callable[[int], Entity | None]) -> Entity | None:
    """", he said", "," Tokayev added", ", said the president", ", the office said"."""
    limit = min(len(tokens), close + WINDOW)
    words = [tokens.lower(i) for i in range(close, limit)]
    if not any(w in SPEECH_WORDS for w in words):
        return None
    for offset, word in enumerate(words):
        i = close + offset
        if word in (".", "!", "?") and offset > 0:
            break
        if word in ("he", "she"):
            return last_person_before(close)
        k = bisect_right(mention_starts, i) - 1
        if k >= 0 and mentions[k].start == i and _actor(mentions[k]):
            return mentions[k].entity
    return None


def _before(tokens: Tokens, open_: int, mentions: list[Resolved], mention_starts: list[int],
            last_person_before: Callable[[int], Entity | None]) -> Entity | None:
    """"Tokayev said: "...", "the president told the summit: "...", "he noted that at the UN, "..."":
    who speaks is named before the speech verb, not after it."""
    floor = max(0, open_ - WINDOW * 2)
    words = [tokens.lower(i) for i in range(floor, open_)]
    if not words or not any(w in SPEECH_WORDS for w in words) or not any(w in (":", ",") for w in words[-3:]):
        return None
    verb = floor + max(i for i, w in enumerate(words) if w in SPEECH_WORDS)
    if verb > floor and tokens.lower(verb - 1) in ("he", "she"):
        return last_person_before(verb - 1)
    k = bisect_right(mention_starts, verb) - 1
    while k >= 0 and mentions[k].start >= floor:
        if _actor(mentions[k]) and mentions[k].end <= verb:
            return mentions[k].entity
        k -= 1
    k = bisect_right(mention_starts, open_) - 1
    while k >= 0 and mentions[k].start >= floor:
        if _actor(mentions[k]):
            return mentions[k].entity
        k -= 1
    return None


__all__ = ["quotations", "quote_speakers"]
