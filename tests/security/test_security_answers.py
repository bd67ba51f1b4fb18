"""Kept answers cannot be grown by parameters the API ignores; the record and the store agree."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from api_live import LiveAPI

from graph.kg import KnowledgeGraph

pytestmark = pytest.mark.api


def kept_answers(api: LiveAPI) -> int:
    return len(api.server.config.app.state.service.answers.kept)


def test_junk_parameters_make_no_new_kept_answers(api: LiveAPI, api_http: httpx.Client) -> None:
    first = api_http.get("/proposals", params={"limit": 5})
    assert first.status_code == 200
    kept = kept_answers(api)
    for n in range(200):
        junk = api_http.get("/proposals", params={"limit": 5, f"junk{n}": "x" * 100})
        assert junk.status_code == 200 and junk.content == first.content
    assert kept_answers(api) == kept
    # parameters the API reads still tell answers apart, in whatever order they come
    by = api_http.get("/proposals", params={"limit": 5, "by": "Uzbekistan"})
    assert by.content != first.content
    assert api_http.get("/proposals?by=Uzbekistan&limit=5").content == by.content
    assert kept_answers(api) == kept + 1


def test_a_summit_the_text_proposes_is_not_attended(tmp_path: Path) -> None:
    (tmp_path / "upcoming.txt").write_text(
        "Preparations continue for the upcoming Regional Water Summit in Uzbekistan in 2027, proposed by "
        "President Shavkat Mirziyoyev at the Tashkent Forum this spring.\n")
    with KnowledgeGraph.open(tmp_path / "db") as kg:
        assert not kg.ingest([tmp_path]).failed
        attended_in_record = next(kg.record.select(
            "SELECT (COUNT(*) AS ?n) WHERE { ?s <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> "
            "<https://w3id.org/c5kg/ontology#attended> }"))["n"]
        in_store = kg.store.run("MATCH ()-[r:ATTENDED]->() RETURN count(r) AS n", {})[0]["n"]
        assert int(attended_in_record) == in_store == 0
        assert [r["proposal"] for r in kg.query("proposals")] == ["Regional Water Summit in Uzbekistan"]
