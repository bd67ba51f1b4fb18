"""The same documents in both stores give the same answers to every query in the catalogue.

Both graphs are loaded the way users load them (`ingest`), from the project's sample documents
and the reference corpus; every named query runs with its defaults and with each of its
parameters set in turn to values that select something, and the rows must be equal, in order.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from graph.catalogue import CATALOGUE, NamedQuery
from graph.kg import KnowledgeGraph
from graph.stores import StoreSettings

pytestmark = pytest.mark.neo4j

KAZAKHSTAN = "https://w3id.org/c5kg/id/state/kazakhstan"
# Values that select something in the sample and reference documents, by parameter name.
VALUES: dict[str, list[Any]] = {
    "by": ["tokayev", "mirziyoyev"], "person": ["tokayev", "berdimuhamedov"], "member": ["kyrgyz", "kazakhstan"],
    "supporter": ["azerbaijan", "tajikistan"], "name": ["stan", "summit"], "state": ["Uzbekistan", "kazakhstan"],
    "organisation": ["SCO", "eaeu", "cis"], "of": ["turkmenistan", "uzbekistan"], "text": ["water", "council"],
    "summit": ["consultative"], "date_from": ["2019-01-01"], "date_to": ["2022-12-31"], "kind": ["Person", "Initiative"],
    "uri": [KAZAKHSTAN, "https://w3id.org/c5kg/id/person/kassym-jomart-tokayev", "https://w3id.org/c5kg/id/state/atlantis"],
    "doc": ["2018-03-15_astana_first_meeting", "2024-08-09_astana_sixth_meeting"], "rel": ["PROPOSED", "MEMBER_OF"],
    "depth": [2], "nodes": [15], "skip": [3], "limit": [7],
}
# Queries that read a parameter otherwise: `named` wants a whole name or alias, not a part of one.
QUERY_VALUES: dict[str, dict[str, list[Any]]] = {"named": {"name": ["Kazakhstan", "qazaqstan", "SCO"]}}


def parameter_sets(query: NamedQuery, roles: list[str], documents: list[str]) -> list[dict[str, Any]]:
    """The defaults, then each parameter set in turn (paging both at once)."""
    values = {**VALUES, "role": roles[:2], "doc": VALUES["doc"] + documents[-1:], **QUERY_VALUES.get(query.name, {})}
    sets: list[dict[str, Any]] = [{}]
    for name, default in query.parameters.items():
        if name in ("skip", "limit"):
            continue
        for value in values.get(name) or ([default + 1] if isinstance(default, int) else ["a"]):
            sets.append({name: value})
            if "uri" in query.parameters and name != "uri":
                sets.append({"uri": KAZAKHSTAN, name: value})
    if "skip" in query.parameters:
        sets.append({"skip": 3, "limit": 7, **({"uri": KAZAKHSTAN} if "uri" in query.parameters else {})})
    return sets


HELDOUT = Path(__file__).resolve().parents[1] / "data" / "heldout"
HELDOUT_DOCUMENTS = sorted(p for p in HELDOUT.iterdir() if p.is_file() and p.name != "README.md")


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory, bolt_server, sample_corpus: Path,
         ) -> Iterator[tuple[KnowledgeGraph, KnowledgeGraph]]:
    name = f"parity_{uuid.uuid4().hex[:8]}"
    settings = StoreSettings("neo4j", bolt_server.create_database(name))
    folder = tmp_path_factory.mktemp("parity")
    with KnowledgeGraph.open(folder / "embedded", settings=StoreSettings("ladybug")) as embedded, \
            KnowledgeGraph.open(folder / "neo4j", settings=settings) as neo4j:
        for kg in (embedded, neo4j):
            report = kg.ingest([sample_corpus, *HELDOUT_DOCUMENTS])
            assert not report.failed and len(report.documents) == 14
        yield embedded, neo4j
    bolt_server.drop_database(name)


def test_both_stores_hold_the_same_graph(both: tuple[KnowledgeGraph, KnowledgeGraph]) -> None:
    embedded, neo4j = both
    assert embedded.stats() == neo4j.stats()
    assert set(embedded.record.quads()) == set(neo4j.store.quads())  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_every_query_gives_the_same_answers_on_both_stores(both: tuple[KnowledgeGraph, KnowledgeGraph],
                                                           name: str) -> None:
    embedded, neo4j = both
    query = CATALOGUE[name]
    roles = sorted({r["role"] for r in embedded.query("offices", limit=1000) if r["role"]})
    documents = embedded.record.documents()
    answered = 0
    for parameters in parameter_sets(query, roles, documents):
        expected = embedded.query(name, **parameters)
        assert neo4j.query(name, **parameters) == expected, (name, parameters)
        answered += bool(expected)
        for row in expected:  # a list is sorted, or its order would be the store's
            assert all(value == sorted(value) for value in row.values() if isinstance(value, list)), row
    assert answered >= 2, f"'{name}' selected nothing with most parameter sets: the comparison proves little"


def test_removing_a_document_keeps_the_stores_equal(tmp_path: Path, neo4j_settings, sample_corpus: Path) -> None:
    files = [sample_corpus / "2019-11-29_tashkent_second_meeting.md", sample_corpus / "2021-08-06_avaza_third_meeting.txt"]
    with KnowledgeGraph.open(tmp_path / "embedded", settings=StoreSettings("ladybug")) as embedded, \
            KnowledgeGraph.open(tmp_path / "neo4j", settings=StoreSettings("neo4j", neo4j_settings)) as neo4j:
        for kg in (embedded, neo4j):
            kg.ingest(files)
            assert kg.remove("2019-11-29_tashkent_second_meeting")
        assert embedded.stats() == neo4j.stats()
        for name in ("proposals", "actors", "documents", "memberships"):
            assert embedded.query(name, limit=1000) == neo4j.query(name, limit=1000), name
        assert set(embedded.record.quads()) == set(neo4j.store.quads())  # type: ignore[attr-defined]
