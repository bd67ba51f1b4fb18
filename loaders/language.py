"""Whether a text is in English, the one language c5kg's rules read: the share of its words that
are English function words (the, of, and ...), which is a third or more in English prose and
next to nothing in other languages."""

from __future__ import annotations

import re

_FUNCTION_WORDS = frozenset(
    "the of and to in a is that for on with as by at from it an be was were are has have had its this which "
    "their his her he she they we not or but will would also said after over between into than".split())
_WORD = re.compile(r"[^\W\d_]+")
MIN_WORDS = 8  # fewer say too little either way
MIN_SHARE = 0.08


def looks_english(text: str) -> bool:
    words = [w.lower() for w in _WORD.findall(text[:20_000])]
    if len(words) < MIN_WORDS:
        return True
    return sum(w in _FUNCTION_WORDS for w in words) / len(words) >= MIN_SHARE


__all__ = ["looks_english"]
