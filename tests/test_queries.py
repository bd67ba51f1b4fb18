"""The query catalogue on the embedded store: filters, paging and evidence."""

from __future__ import annotations

import pytest

from graph.catalogue import CATALOGUE, DateWindow, QueryError
from graph.kg import KnowledgeGraph
from graph.projection import REFERENCE_DOC


def document_text(kg: KnowledgeGraph, doc_id: str) -> str:
    rows = list(kg.record.select(f"""SELECT ?c WHERE {{ GRAPH <https://w3id.org/c5kg/graph/document/{doc_id}> {{
        ?d <https://w3id.org/c5kg/ontology#content> ?c }} }}"""))
    return str(rows[0]["c"])


def test_every_proposal_row_carries_evidence_that_cuts_its_sentence(sample_kg: KnowledgeGraph) -> None:
    rows = sample_kg.query("proposals", limit=1000)
    assert len(rows) > 20
    texts = {}
    for row in rows:
        text = texts.setdefault(row["document"], document_text(sample_kg, row["document"]))
        assert text[row["sentence_start"]:row["sentence_end"]] == row["evidence"]
        assert row["trigger"] and row["document_title"]


def test_a_transliteration_finds_the_same_person(sample_kg: KnowledgeGraph) -> None:
    spellings = {}
    for spelling in ("Tokayev", "Toqaev", "Tokaev", "Токаев"):
        spellings[spelling] = {r["proposer"] for r in sample_kg.query("proposals", by=spelling)}
    assert spellings["Tokayev"] == {"Kassym-Jomart Tokayev"}
    assert all(found == spellings["Tokayev"] for found in spellings.values())


def test_state_filter(sample_kg: KnowledgeGraph) -> None:
    rows = sample_kg.query("proposals", state="uzbekistan")
    assert rows and {r["state"] for r in rows} == {"Uzbekistan"}


def test_organisation_filter_uses_memberships(sample_kg: KnowledgeGraph) -> None:
    memberships = sample_kg.query("memberships", organisation="CSTO", limit=100)
    in_reference = {r["member"] for r in memberships if r["document"] == REFERENCE_DOC}
    assert {"Kazakhstan", "Tajikistan"} <= in_reference and "Uzbekistan" not in in_reference
    rows = sample_kg.query("proposals", organisation="CSTO", limit=1000)
    assert rows and {r["state"] for r in rows} <= {r["member"] for r in memberships}
    assert len(rows) < len(sample_kg.query("proposals", limit=1000))


def test_date_range_is_inclusive_and_partial_dates_count(sample_kg: KnowledgeGraph) -> None:
    in_2023 = sample_kg.query("proposals", date_from="2023-01-01", date_to="2023-12-31", limit=1000)
    assert in_2023 and all("2023-01-01" <= r["date"] <= "2023-12-31" for r in in_2023)
    assert sample_kg.query("proposals", date_from="2023", date_to="2023", limit=1000) == in_2023


def test_text_and_paging(sample_kg: KnowledgeGraph) -> None:
    everything = sample_kg.query("proposals", limit=1000)
    water = sample_kg.query("proposals", text="water", limit=1000)
    assert water and len(water) < len(everything)
    assert all("water" in (r["proposal"] + r["evidence"]).lower() for r in water)
    assert sample_kg.query("proposals", skip=2, limit=3) == everything[2:5]


def test_supporters_are_listed_with_their_proposals(sample_kg: KnowledgeGraph) -> None:
    supports = sample_kg.query("supports", limit=1000)
    assert supports and all(r["evidence"] for r in supports)
    backed = {r["proposal"] for r in supports}
    rows = sample_kg.query("proposals", limit=1000)
    assert any(r["supporters"] for r in rows if r["proposal"] in backed)


def test_offices_over_time(sample_kg: KnowledgeGraph) -> None:
    turkmen = sample_kg.query("offices", of="Turkmenistan", role="President", limit=100)
    reference = [r for r in turkmen if r["document"] == REFERENCE_DOC]
    assert [r["person"] for r in reference] == ["Gurbanguly Berdimuhamedov", "Serdar Berdimuhamedov"]
    assert reference[0]["until"] == reference[1]["start"] == "2022-03-19"


def test_every_catalogue_query_runs_with_its_defaults(sample_kg: KnowledgeGraph) -> None:
    for name in CATALOGUE:
        assert isinstance(sample_kg.query(name), list), name


def test_bad_parameters_are_refused_by_name(sample_kg: KnowledgeGraph) -> None:
    with pytest.raises(QueryError, match="no parameter colour"):
        sample_kg.query("proposals", colour="red")
    with pytest.raises(QueryError, match="'limit'.*whole number"):
        sample_kg.query("proposals", limit="many")
    with pytest.raises(QueryError, match="no query named"):
        sample_kg.query("gossip")


# Filter sets that select something in the sample corpus, alone and two at a time.
FILTER_SETS = [
    {"by": "tokayev"}, {"by": "Mirziyoyev"}, {"state": "kazakhstan"}, {"state": "Uzbekistan"}, {"organisation": "SCO"},
    {"organisation": "cis"}, {"supporter": "uzbekistan"}, {"supporter": "rahmon"}, {"text": "water"},
    {"text": "council"}, {"summit": "consultative"}, {"summit": "fifth"}, {"date_from": "2019-01-01"},
    {"date_to": "2022-12"}, {"by": "tokayev", "text": "water"}, {"state": "kazakhstan", "date_from": "2021"},
    {"organisation": "SCO", "summit": "consultative"}, {"supporter": "rahmon", "date_to": "2023"},
    {"by": "zzz"}, {"state": "atlantis"}, {"skip": 2, "limit": 3}, {"text": "water", "skip": 1, "limit": 2},
]


@pytest.mark.parametrize("filters", FILTER_SETS, ids=lambda f: ",".join(f"{k}={v}" for k, v in f.items()))
def test_the_query_composed_for_a_filter_set_answers_as_the_one_with_every_filter(
        sample_kg: KnowledgeGraph, filters: dict) -> None:
    proposals = CATALOGUE["proposals"]
    composed = sample_kg.query("proposals", **filters)

    def with_every_filter(cypher: str, parameters: dict) -> list[dict]:
        return sample_kg.store.run(proposals.cypher if "ORDER BY r.date" in cypher else cypher, parameters)

    # the form with every filter, sorting the whole answer (no date window)
    assert proposals.answer(with_every_filter, window=False, **filters) == composed
    assert proposals.answer(sample_kg.store.run, window=False, **filters) == composed


def test_a_filter_left_out_is_left_out_of_the_query() -> None:
    proposals = CATALOGUE["proposals"]
    by_name = proposals.cypher_for(proposals.bind(by="tokayev"))
    assert "$proposers" in by_name and "$text" not in by_name and "$states" not in by_name
    assert "$" not in proposals.cypher_for(proposals.bind()).split("SKIP")[0]  # no filter: no condition at all
    assert all(f"${name}" in proposals.cypher for name in ("by", "text", "proposers", "states", "summits"))


def test_words_that_name_no_entity_answer_at_once(sample_kg: KnowledgeGraph) -> None:
    asked: list[str] = []

    def run(cypher: str, parameters: dict) -> list[dict]:
        asked.append(cypher)
        return sample_kg.store.run(cypher, parameters)

    assert CATALOGUE["proposals"].answer(run, by="nobody of that name") == []
    assert len(asked) == 1 and "[r:PROPOSED]" not in asked[0]  # the lookup, and not the facts


def test_supporters_come_sorted(sample_kg: KnowledgeGraph) -> None:
    rows = sample_kg.query("proposals", limit=1000)
    assert any(len(r["supporters"]) > 1 for r in rows)
    assert all(r["supporters"] == sorted(r["supporters"]) for r in rows)


def test_every_page_of_the_date_window_is_the_page_of_the_whole_sorted_answer(sample_kg: KnowledgeGraph) -> None:
    proposals = CATALOGUE["proposals"]
    for filters in ({}, {"state": "Uzbekistan"}, {"date_to": "2023"}):
        everything = proposals.answer(sample_kg.store.run, window=False, **filters, limit=1000)
        assert len(everything) > 8
        if not filters:
            assert everything[-1]["date"] is None  # the last pages reach the undated proposals
        for limit in (1, 3, 7):
            for skip in range(len(everything) + 2):
                page = sample_kg.query("proposals", **filters, skip=skip, limit=limit)
                assert page == everything[skip:skip + limit], (filters, skip, limit)


def test_a_date_window_holds_the_days_a_page_falls_on() -> None:
    days = [{"day": "2019-11-29", "facts": 7}, {"day": None, "facts": 4}, {"day": "2016", "facts": 1},
            {"day": "2018-03-15", "facts": 3}]
    assert DateWindow.of(days, 0, 2) == DateWindow("2016", "2018-03-15", True, False, 0)
    assert DateWindow.of(days, 2, 3) == DateWindow("2018-03-15", "2019-11-29", True, False, 1)
    assert DateWindow.of(days, 4, 100) == DateWindow("2019-11-29", "2019-11-29", True, True, 0)
    assert DateWindow.of(days, 12, 5) == DateWindow("", "", False, True, 1)
    assert DateWindow.of(days, 15, 5) is None
