"""Deterministic IRIs minted from content: the same thing always gets the same IRI, and no blank nodes."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import URIRef

from .namespaces import GRAPH, ID

_LEADING_ARTICLE = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)
_NON_WORD = re.compile(r"[^a-z0-9]+")


def slug(label: str) -> str:
    """'The Strategy for Industrial Cooperation' -> 'strategy-for-industrial-cooperation'.

    Accents are folded and Cyrillic is kept as a short digest, so that every label gives a
    usable, stable path segment.
    """
    folded = unicodedata.normalize("NFKD", label)
    ascii_text = "".join(c for c in folded if not unicodedata.combining(c)).encode("ascii", "ignore").decode()
    text = _LEADING_ARTICLE.sub("", ascii_text.strip().lower())
    text = _NON_WORD.sub("-", text).strip("-")
    if not text or len(text) < len(label.strip()) // 3:
        text = (text + "-" if text else "") + digest(label, 10)
    return text[:120].rstrip("-")


def digest(*parts: object, length: int = 16) -> str:
    """A short, stable hex digest of the parts."""
    h = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:length]


def entity_iri(kind: str, label: str) -> URIRef:
    """The IRI of an entity of a kind ('State', 'Initiative', ...) named by a label."""
    return ID[f"{kind.lower()}/{slug(label)}"]


# Spellings of one Central Asian or Caucasian name in English copy differ by transliteration:
# Kakha/Kaha, Mirziyoyev/Mirziyoev, Berdymukhamedov/Berdimuhamedow, Jeenbekov/Jenbekov.
_SPELLING_RULES = [(re.compile(pattern), repl) for pattern, repl in (
    (r"kh", "h"), (r"gh", "g"), (r"(dzh|dj|zh)", "j"), (r"w", "v"), (r"ou", "u"),
    (r"(?<=[aeiou])y(?=[aeiou])", ""), (r"y", "i"), (r"([a-z])\1", r"\1"),
)]


def spelling_key(name: str) -> str:
    """A person's name as a key that spellings of it by other transliterations share."""
    key = slug(name)
    for pattern, repl in _SPELLING_RULES:
        key = pattern.sub(repl, key)
    return key


def person_iri(name: str) -> URIRef:
    """A person the reference data does not know: one IRI for every transliteration of the name,
    so that documents spelling it differently speak of one person."""
    return ID[f"person/{spelling_key(name)}"]


def document_iri(doc_id: str) -> URIRef:
    return ID[f"document/{doc_id}"]


def document_graph(doc_id: str) -> URIRef:
    """The named graph holding everything read from one document (under graph/document/, apart from
    the record's own graphs, so no document id can name the reference data's graph)."""
    return GRAPH[f"document/{doc_id}"]


def sentence_iri(doc_id: str, start: int, end: int) -> URIRef:
    return ID[f"document/{doc_id}/sentence/{start}-{end}"]


def statement_iri(doc_id: str, *key: object) -> URIRef:
    return ID[f"statement/{doc_id}-{digest(*key)}"]


def evidence_iri(statement: URIRef) -> URIRef:
    return URIRef(str(statement).replace("/statement/", "/evidence/", 1))


__all__ = [
    "digest", "document_graph", "document_iri", "entity_iri", "evidence_iri", "sentence_iri", "slug", "statement_iri",
]
