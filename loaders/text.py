"""Tokens and sentences: spaCy's rule-based English tokenizer (no model weights) and its
sentencizer's rule, applied to whole arrays at once.

The tokenizer reads a copy of the text in which typographic quotes, apostrophes and dashes are
replaced one character for one by their plain forms, so "Kazakhstan’s", "Kasym – Jomart" and
"“green”" match the dictionaries, while every character offset still points into the
original text (which is what evidence quotes).

Sentence boundaries follow spaCy's Sentencizer (a sentence ends after ".", "!", "?" or an
ellipsis and any closing punctuation that follows them) plus a line break rule (headlines and
list items carry no full stop), and an opening quotation mark goes with the sentence it opens. The Sentencizer walks the tokens in Python; here the same rule runs on numpy
arrays, which keeps sentence splitting off the profile (bench/extraction.py measures it). A
test checks that both split the same way.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import numpy as np
import spacy
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from .facts import Sentence

# One-for-one replacements, so offsets into the normalised text are offsets into the original.
_TYPOGRAPHIC = str.maketrans({"’": "'", "‘": "'", "‛": "'", "ʼ": "'", "“": '"', "”": '"', "„": '"', "‟": '"',
                              "«": '"', "»": '"', "–": "-", "—": "-", "‒": "-", "―": "-", "‐": "-", "‑": "-",
                              "\u00a0": " ", "\u2009": " ", "\u202f": " "})
# Cyrillic letters drawn like Latin ones: wire copy typed on two keyboards spells "сouncil" with a Cyrillic
# "с". Replaced only inside a word that also has Latin letters, so Cyrillic words stay as they are.
_LOOKALIKE = str.maketrans("аеорсухіјѕАВЕКМНОРСТХУІ", "aeopcyxijsABEKMHOPCTXYI")
_MIXED_SCRIPT_WORD = re.compile(r"(?=[\w]*[A-Za-z])(?=[\w]*[\u0400-\u04ff])[\w]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
SENTENCE_END = (".", "!", "?", "...", "…")


def normalise(text: str) -> str:
    """Plain quotes, apostrophes and dashes, and Latin letters for Cyrillic look-alikes in Latin words,
    character for character (the length never changes)."""
    text = text.translate(_TYPOGRAPHIC)
    if _CYRILLIC.search(text) is None:
        return text
    return _MIXED_SCRIPT_WORD.sub(lambda word: word.group().translate(_LOOKALIKE), text)


@functools.lru_cache(maxsize=1)
def pipeline() -> Language:
    """spaCy's blank English pipeline: the tokenizer and vocabulary every matcher shares."""
    nlp = spacy.blank("en")
    nlp.max_length = 50_000_000
    return nlp


@functools.lru_cache(maxsize=1)
def _end_hashes() -> np.ndarray:
    strings = pipeline().vocab.strings
    return np.array([strings.add(p) for p in SENTENCE_END], dtype=np.uint64)


@dataclass(frozen=True)
class Tokens:
    """A parsed document's tokens as character offsets into its (normalised) text.

    Rules read token strings by slicing the text: far cheaper than spaCy's Token objects, which
    are built afresh on every `doc[i]`."""

    text: str  # the normalised text the tokens were read from
    starts: list[int]
    ends: list[int]

    @classmethod
    def of(cls, doc: Doc) -> Tokens:
        array = doc.to_array([IDX, LENGTH])
        starts = array[:, 0].tolist()
        ends = (array[:, 0] + array[:, 1]).tolist()
        return cls(doc.text, starts, ends)

    @classmethod
    def from_text(cls, doc: Doc, text: str) -> Tokens:
        """Tokens of a doc parsed from `text` (saves rebuilding the string from the tokens)."""
        array = doc.to_array([IDX, LENGTH])
        return cls(text, array[:, 0].tolist(), (array[:, 0] + array[:, 1]).tolist())

    def __len__(self) -> int:
        return len(self.starts)

    def word(self, i: int) -> str:
        return self.text[self.starts[i]:self.ends[i]]

    def lower(self, i: int) -> str:
        return self.text[self.starts[i]:self.ends[i]].lower()

    def words(self, start: int, end: int) -> list[str]:
        text, starts, ends = self.text, self.starts, self.ends
        return [text[starts[i]:ends[i]] for i in range(start, end)]

    def lowers(self, start: int, end: int) -> list[str]:
        text, starts, ends = self.text, self.starts, self.ends
        return [text[starts[i]:ends[i]].lower() for i in range(max(0, start), min(end, len(starts)))]

    def span(self, start: int, end: int) -> str:
        """The text of tokens [start, end)."""
        return self.text[self.starts[start]:self.ends[end - 1]] if start < end else ""

    def is_space(self, i: int) -> bool:
        return self.text[self.starts[i]:self.ends[i]].isspace()

    def at_char(self, start: int, end: int) -> tuple[int, int] | None:
        """The tokens covering characters [start, end) (widened to whole tokens), or None."""
        first = bisect_right(self.starts, start) - 1
        last = bisect_left(self.starts, end)
        if first < 0 or last <= first:
            return None
        return first, last


def parse(text: str) -> Doc:
    """The tokens of a text (normalised for matching; offsets count into the original)."""
    return pipeline().tokenizer(normalise(text))


def sentence_starts(doc: Doc, text: str | None = None, starts: list[int] | None = None) -> np.ndarray:
    """Token indices where sentences start: spaCy's Sentencizer rule, plus a start after every line break.
    `text` and `starts` (the tokens' character offsets), when given, save rebuilding them from the doc."""
    n = len(doc)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    array = doc.to_array([ORTH, IS_PUNCT, IS_SPACE])
    orth, punct, space = array[:, 0], array[:, 1].astype(bool), array[:, 2].astype(bool)
    ender = np.isin(orth, _end_hashes())
    punct = punct | ender
    index = np.arange(n)
    # the previous token that is not punctuation, for every token (-1 when none)
    last_word = np.where(~punct, index, -1)
    last_word = np.maximum.accumulate(last_word)
    previous_word = np.concatenate(([-1], last_word[:-1]))
    # a sentence end lies between that word and this token
    ends_before = np.concatenate(([0], np.cumsum(ender)))  # enders among tokens [0, i)
    after_end = (ends_before[index] - ends_before[np.maximum(previous_word, 0) + (previous_word >= 0)]) > 0
    begins = (~punct) & after_end
    # a line break starts a sentence (spaces and line breaks are separate tokens); in hard-wrapped
    # prose only a blank line, a list item or a short line before it does
    spaces = np.flatnonzero(space)
    if len(spaces):
        idx = starts if starts is not None else doc.to_array(IDX).tolist()
        if text is None:
            text = doc.text
        width = wrap_width(text)
        for i in spaces.tolist():
            if i + 1 < n and "\n" in text[idx[i]:idx[i + 1]]:
                begins[i + 1] = width is None or _breaks_wrapped(text, idx[i], idx[i + 1], width)
    begins[0] = True
    return np.flatnonzero(begins)


_LIST_MARK = re.compile(r"[-•*–—·▪]|\(?\d{1,2}[.)]\s")


def wrap_width(text: str) -> int | None:
    """The line width of hard-wrapped prose (most long lines end inside a sentence), else None."""
    lengths = [len(line) for line in text.split("\n")
               if len(line.strip()) >= 40 and line.rstrip()[-1] not in ".!?:;\"”'’)"]
    long_lines = sum(1 for line in text.split("\n") if len(line.strip()) >= 40)
    if len(lengths) < 3 or len(lengths) < 0.5 * long_lines:
        return None
    return sorted(lengths)[len(lengths) // 2]


_LINE_BREAK = re.compile(r"[ \t]*\n[ \t]*")


def unwrap(text: str) -> str:
    """Hard-wrapped prose with the line breaks inside its sentences made spaces, character for character
    (so that "the Cabinet of Ministers of / Kyrgyzstan" reads as one phrase); the breaks that end a
    sentence, a headline or a paragraph stay."""
    width = wrap_width(text)
    if width is None:
        return text
    chars = list(text)
    for m in _LINE_BREAK.finditer(text):
        if m.start() > 0 and text[m.start() - 1] not in ".!?:;" and m.end() < len(text) and \
                text[m.end()] != "\n" and not _breaks_wrapped(text, m.start(), m.end(), width):
            chars[m.start() + m.group().index("\n")] = " "
    return "".join(chars)


def _breaks_wrapped(text: str, space_start: int, next_start: int, width: int) -> bool:
    """In wrapped prose a line break ends a sentence after a blank line, before a list item, or
    after a line well short of the width (a headline, a dateline)."""
    if text.count("\n", space_start, next_start) > 1 or _LIST_MARK.match(text, next_start):
        return True
    line_start = text.rfind("\n", 0, space_start) + 1
    return len(text[line_start:space_start].strip()) < 0.6 * width


def _opens_quote(tokens: Tokens, i: int, text: str) -> bool:
    if tokens.word(i) not in ('"', "'"):
        return False
    at = tokens.starts[i]
    char = text[at]
    if char in "“«„‘":
        return True
    if char in "”»’":
        return False
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return before.isspace() and not after.isspace()


def sentences(doc: Doc, doc_id: str, original: str | None = None, tokens: Tokens | None = None
              ) -> list[tuple[Sentence, int, int]]:
    """The sentences of a parsed document with their token ranges; empty and blank ones are dropped.

    `original` is the text the offsets count into (the parsed text when not given)."""
    tokens = tokens or Tokens.of(doc)
    text = original if original is not None else tokens.text
    bounds = sentence_starts(doc, tokens.text, tokens.starts).tolist()
    # an opening quotation mark belongs to the sentence it opens (the Sentencizer gives it to the one before)
    for k in range(1, len(bounds)):
        i = bounds[k]
        while i - 1 > bounds[k - 1] and _opens_quote(tokens, i - 1, text):
            i -= 1
        bounds[k] = i
    bounds.append(len(tokens))
    found: list[tuple[Sentence, int, int]] = []
    for begin, end in zip(bounds, bounds[1:]):
        # trim the whitespace tokens a paragraph break leaves at either end
        while begin < end and tokens.is_space(begin):
            begin += 1
        while end > begin and tokens.is_space(end - 1):
            end -= 1
        if begin >= end:
            continue
        start_char, end_char = tokens.starts[begin], tokens.ends[end - 1]
        found.append((Sentence(doc_id, len(found), start_char, end_char, text[start_char:end_char]), begin, end))
    return found


__all__ = ["SENTENCE_END", "Tokens", "normalise", "parse", "pipeline", "sentence_starts", "sentences"]
