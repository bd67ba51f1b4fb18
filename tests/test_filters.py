"""Filters mean the same in the library, the CLI and the API: states and summits by any alias, and
ISO dates checked by one parser, with partial dates inside a range kept in it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from graph.catalogue import QueryError, filter_date
from graph import viz
from graph.kg import KnowledgeGraph

C5KG = str(Path(sys.executable).parent / "c5kg")
DATED = ("Almaty, 2023 – Kazakhstan proposed creating a Steppe Seed Bank.\n\n"
         "In November 2019 Kazakhstan proposed a Caspian Rescue Service.\n")


def cli_proposals(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([C5KG, "query", "proposals", "--db", str(db), "--format", "json", *args],
                          capture_output=True, text=True, timeout=120, env={**os.environ, "C5KG_STORE": "ladybug"})


@pytest.fixture(scope="module")
def dated_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("dated")
    (folder / "corpus").mkdir()
    (folder / "corpus" / "dated.txt").write_text(DATED, encoding="utf-8")
    with KnowledgeGraph.open(folder / "db") as kg:
        assert not kg.ingest([folder / "corpus"]).failed
        dates = sorted(r["date"] for r in kg.query("proposals"))
    assert dates == ["2019-11", "2023"], dates
    return folder / "db"


def test_one_date_parser() -> None:
    assert [filter_date(d) for d in ("2023", "2023-09", "2023-09-14")] == ["2023", "2023-09", "2023-09-14"]
    for bad in ("2023-13-45", "2023-02-30", "yesterday", "23-1-1", "2023/09/14"):
        with pytest.raises(QueryError, match="ISO date"):
            filter_date(bad)


def test_partial_dates_inside_a_range_belong_in_it(dated_db: Path) -> None:
    with KnowledgeGraph.open(dated_db, read_only=True) as kg:
        assert [r["date"] for r in kg.query("proposals", date_from="2023-01-01", date_to="2023-12-31")] == ["2023"]
        assert [r["date"] for r in kg.query("proposals", date_from="2019-01-01", date_to="2019-12-31")] == ["2019-11"]
        assert [r["date"] for r in kg.query("proposals", date_from="2019-11-15", date_to="2019-11-20")] == ["2019-11"]
        assert kg.query("proposals", date_from="2024") == []
        # a partial date reaching past an edge is shown, and flagged
        edge = kg.query("proposals", date_from="2023-06-01", date_to="2024-12-31")
        assert [(r["date"], r["date_straddles"]) for r in edge] == [("2023", True)]
        november = kg.query("proposals", date_from="2019-11-15", date_to="2019-11-20")
        assert [(r["date"], r["date_straddles"]) for r in november] == [("2019-11", True)]
        assert [r["date_straddles"] for r in kg.query("proposals", date_from="2019-11", date_to="2019")] == [False]
        inside = kg.query("proposals", date_from="2023-01-01", date_to="2023-12-31")
        assert [r["date_straddles"] for r in inside] == [False]
        assert not any(r["date_straddles"] for r in kg.query("proposals"))


def test_the_cli_refuses_what_the_api_refuses(dated_db: Path) -> None:
    for bad in ("2023-13-45", "yesterday"):
        run = cli_proposals(dated_db, "--from", bad)
        assert run.returncode != 0 and "ISO date" in run.stderr and "Traceback" not in run.stderr
    kept = json.loads(cli_proposals(dated_db, "--from", "2023-01-01", "--to", "2023-12-31").stdout)
    assert [r["proposal"] for r in kept] == ["Steppe Seed Bank"]


@pytest.mark.parametrize("spelling", ["Kazakhstan", "Qazaqstan", "Republic of Kazakhstan", "Казахстан"])
def test_a_state_by_any_spelling_on_both_interfaces(api_http: httpx.Client, spelling: str, sample_kg) -> None:
    everything = {(r["proposer"], r["proposal"]) for r in sample_kg.query("proposals", state="Kazakhstan", limit=1000)}
    assert everything
    via_library = {(r["proposer"], r["proposal"]) for r in sample_kg.query("proposals", state=spelling, limit=1000)}
    items = api_http.get("/proposals", params={"state": spelling, "limit": 1000}).json()["items"]
    assert via_library == {(i["proposer"], i["proposal"]) for i in items} == everything
    view = viz.proposals_view(sample_kg, state=spelling, limit=1000)
    assert view.title == "Who proposed what: Kazakhstan"
    assert {(view.nodes[e.source].name, view.nodes[e.target].name)
            for e in view.edges.values() if e.rel == "PROPOSED"} == everything


def test_a_name_that_is_only_part_of_an_alias_filters_nothing_anywhere(api_http: httpx.Client, sample_kg) -> None:
    assert sample_kg.query("proposals", state="Kazakh", limit=1000) == []
    assert api_http.get("/proposals", params={"state": "Kazakh"}).json()["items"] == []
    with pytest.raises(viz.NotInGraph, match="no state named 'Kazakh'"):
        viz.proposals_view(sample_kg, state="Kazakh")


def test_a_summit_by_an_alias_on_both_interfaces(api_http: httpx.Client, sample_kg) -> None:
    summit = next(r for r in sample_kg.query("summits", limit=100) if r["name"])
    aliases = sample_kg.query("entity", uri=summit["uri"])[0]["aliases"] or []
    named = {r["proposal"] for r in sample_kg.query("proposals", summit=summit["name"], limit=1000)}
    for alias in aliases:
        assert {r["proposal"] for r in sample_kg.query("proposals", summit=alias, limit=1000)} == named, alias
        items = api_http.get("/proposals", params={"summit": alias, "limit": 1000}).json()["items"]
        assert {i["proposal"] for i in items} == named, alias


def test_the_api_answers_422_to_a_date_that_does_not_exist(api_http: httpx.Client) -> None:
    for bad in ("2023-13-45", "2023-02-30", "yesterday"):
        assert api_http.get("/proposals", params={"from": bad}).status_code == 422
