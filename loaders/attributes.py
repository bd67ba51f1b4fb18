"""The English model's attribute rules (tag to part of speech, lemma and morphology exceptions),
applied by lookup instead of by spaCy's `Matcher`.

`en_core_web_sm` maps each fine-grained tag to its part of speech and fixes some words ("is" is
an AUX, "not" a PART) with an `attribute_ruler` of 179 one- and two-token patterns. Its matcher
tries every pattern at every token and costs as much as the parser. `LookupAttributeRuler` reads
the same patterns from the loaded model and applies them in the same order (a later pattern wins),
trying at each token only the patterns whose tag or word it could match, on the Doc's arrays: the
same annotations (tests/test_extraction_parse.py compares the two) at a fraction of the cost.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS as PARTS_OF_SPEECH
from spacy.tokens import Doc
from spacy.tokens._retokenize import normalize_token_attrs, set_token_attrs

_COLUMNS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_READ = [TAG, LOWER, DEP, IS_SPACE]
# the attributes a rule may set, written back through the Doc's arrays (DEP, rare, token by token:
# writing it as an array would touch the heads)
_WRITTEN = {"POS": POS, "MORPH": MORPH, "LEMMA": LEMMA, "TAG": TAG}

ValueTest = Callable[[int], bool]


@dataclass(frozen=True)
class _Rule:
    order: int
    tests: tuple[tuple[tuple[int, ValueTest], ...], ...]  # per token of the pattern: (column, test) pairs
    index: int  # which token of the match takes the attributes
    attrs: dict


class LookupAttributeRuler:
    """The model's attribute rules, each tried only at tokens whose tag or lower-case form it names."""

    def __init__(self, patterns: list[dict], nlp: Language) -> None:
        self.strings = nlp.vocab.strings
        self.morphology = nlp.vocab.morphology
        self.vocab = nlp.vocab
        self.by_tag: dict[int, list[_Rule]] = {}
        self.by_lower: dict[int, list[_Rule]] = {}
        self.anywhere: list[_Rule] = []
        order = 0
        for entry in patterns:
            attrs = entry["attrs"]
            for pattern in entry["patterns"]:
                tests = tuple(tuple((_COLUMNS[key], self._test(key, value)) for key, value in spec.items())
                              for spec in pattern)
                rule = _Rule(order, tests, entry.get("index", 0), attrs)
                order += 1
                first = pattern[0]  # (indexed by its word where it names one: the more selective)
                if (words := self._exact(first.get("LOWER"))) is not None:
                    for word in words:
                        self.by_lower.setdefault(word, []).append(rule)
                elif (tags := self._exact(first.get("TAG"))) is not None:
                    for tag in tags:
                        self.by_tag.setdefault(tag, []).append(rule)
                else:
                    self.anywhere.append(rule)

    def _hash(self, value: object) -> int:
        return int(value) if isinstance(value, bool) else self.strings.add(str(value))

    def _exact(self, value: object) -> list[int] | None:
        """The hashes of the exact values a pattern allows (None: any value)."""
        if isinstance(value, str):
            return [self._hash(value)]
        if isinstance(value, dict) and set(value) == {"IN"}:
            return [self._hash(v) for v in value["IN"]]
        return None

    def _test(self, key: str, value: object) -> ValueTest:
        if not isinstance(value, dict):
            wanted = self._hash(value)
            return lambda got: got == wanted
        (operator, operand), = value.items()
        if operator in ("IN", "NOT_IN"):
            members = {self._hash(v) for v in operand}
            return (lambda got: got in members) if operator == "IN" else (lambda got: got not in members)
        if operator == "REGEX":
            pattern = re.compile(operand)
            return lambda got: pattern.search(self.strings[got] if got else "") is not None
        raise ValueError(f"attribute pattern operator {operator} is not supported")

    def _encode(self, name: str, value: str) -> int:
        """An attribute's value as the Doc's arrays hold it."""
        if name == "POS":
            return PARTS_OF_SPEECH[value]
        if name == "MORPH":
            return self.morphology.add(value)
        return self.strings.add(value)

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        values = doc.to_array(_READ).astype(np.uint64).tolist()
        matches: list[tuple[int, int, _Rule]] = []
        for i, row in enumerate(values):
            for rule in (*self.by_tag.get(row[0], ()), *self.by_lower.get(row[1], ()), *self.anywhere):
                if i + len(rule.tests) <= n and all(test(values[i + k][column])
                                                    for k, token in enumerate(rule.tests) for column, test in token):
                    matches.append((rule.order, i, rule))
        # every rule is tested against the tokens as the tagger and parser left them, then applied in
        # pattern order, as spaCy's attribute ruler does
        matches.sort(key=lambda match: (match[0], match[1]))
        names = list(_WRITTEN)
        written = doc.to_array([_WRITTEN[name] for name in names]).astype(np.uint64)
        touched = False
        for _, start, rule in matches:
            i = start + rule.index
            for name, value in rule.attrs.items():
                if name in _WRITTEN:
                    written[i, names.index(name)] = self._encode(name, value)
                    touched = True
                else:
                    set_token_attrs(doc[i], normalize_token_attrs(self.vocab, {name: value}))
        if touched:
            doc.from_array([_WRITTEN[name] for name in names], written)
        return doc


@Language.factory("lookup_attribute_ruler")
def _make_lookup_attribute_ruler(nlp: Language, name: str) -> LookupAttributeRuler:
    return LookupAttributeRuler(nlp.get_pipe("attribute_ruler").patterns, nlp)


def use_lookup_attribute_ruler(nlp: Language) -> None:
    """Replace the model's `attribute_ruler` with the same rules applied by lookup."""
    nlp.add_pipe("lookup_attribute_ruler", after="attribute_ruler")
    nlp.remove_pipe("attribute_ruler")


__all__ = ["LookupAttributeRuler", "use_lookup_attribute_ruler"]
