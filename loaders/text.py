"""Tokens and sentences, from spaCy's rule-based English tokenizer and sentencizer (no model weights)."""

from __future__ import annotations

import functools

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .facts import Sentence


@Language.component("c5kg_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and list items carry no full stop."""
    for token in doc[:-1]:
        if "\n" in token.text or ("\n" in token.whitespace_):
            doc[token.i + 1].is_sent_start = True
    return doc


@functools.lru_cache(maxsize=1)
def pipeline() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("c5kg_line_breaks")
    nlp.max_length = 50_000_000
    return nlp


def parse(text: str) -> Doc:
    return pipeline()(text)


def sentences(doc: Doc, doc_id: str) -> list[Sentence]:
    found = []
    for span in doc.sents:
        # trim the whitespace tokens a paragraph break leaves at either end
        tokens = [t for t in span if not t.is_space]
        if not tokens:
            continue
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        found.append(Sentence(doc_id, len(found), start, end, doc.text[start:end]))
    return found


__all__ = ["parse", "pipeline", "sentences"]
