"""The HTTP API's reading endpoints, over real HTTP: answers, filters, paging, ids, evidence and errors."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from urllib.parse import quote

import httpx
import pytest

from api.settings import Settings
from api_live import LiveAPI, serve

pytestmark = pytest.mark.api

TOKAYEV = "person/kassym-jomart-tokayev"
TOKAYEV_IRI = "https://w3id.org/c5kg/id/" + TOKAYEV


def document_text(http: httpx.Client, doc_id: str, cache: dict[str, str]) -> str:
    if doc_id not in cache:
        response = http.get(f"/documents/{doc_id}")
        assert response.status_code == 200, response.text
        cache[doc_id] = response.json()["text"]
    return cache[doc_id]


def test_health(api_http: httpx.Client) -> None:
    response = api_http.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "store": "ladybug", "version": response.json()["version"]}


def test_every_proposal_carries_evidence_whose_offsets_slice_the_document_text(api_http: httpx.Client) -> None:
    response = api_http.get("/proposals", params={"limit": 1000})
    assert response.status_code == 200 and response.headers["content-type"] == "application/json"
    items = response.json()["items"]
    assert len(items) > 20
    texts: dict[str, str] = {}
    for item in items:
        evidence = item["evidence"]
        assert evidence["document"] and evidence["document_title"] and evidence["trigger"]
        text = document_text(api_http, evidence["document"], texts)
        assert text[evidence["start"]:evidence["end"]] == evidence["sentence"]


def test_proposals_are_the_catalogue_query(api: LiveAPI, api_http: httpx.Client) -> None:
    items = api_http.get("/proposals", params={"by": "Toqaev", "limit": 1000}).json()["items"]
    rows = api.kg.query("proposals", by="Toqaev", limit=1000)
    assert [(i["proposer"], i["proposal"], i["evidence"]["start"]) for i in items] == \
           [(r["proposer"], r["proposal"], r["sentence_start"]) for r in rows]
    assert {i["proposer"] for i in items} == {"Kassym-Jomart Tokayev"}


@pytest.mark.parametrize(("params", "check"), [
    ({"state": "uzbekistan"}, lambda i: i["state"] == "Uzbekistan"),
    ({"text": "water"}, lambda i: "water" in (i["proposal"] + i["evidence"]["sentence"]).lower()),
    ({"from": "2023-01-01", "to": "2023-12-31"}, lambda i: "2023-01-01" <= i["date"] <= "2023-12-31"),
    ({"summit": "fifth"}, lambda i: "Fifth" in i["summit"]),
])
def test_proposal_filters(api_http: httpx.Client, params: dict, check) -> None:
    everything = api_http.get("/proposals", params={"limit": 1000}).json()["items"]
    items = api_http.get("/proposals", params={**params, "limit": 1000}).json()["items"]
    assert items and len(items) < len(everything)
    assert all(check(i) for i in items), params


def test_supporter_filter(api_http: httpx.Client) -> None:
    everything = api_http.get("/proposals", params={"limit": 1000}).json()["items"]
    supporter = next(s for i in everything for s in i["supporters"])
    items = api_http.get("/proposals", params={"supporter": supporter.lower(), "limit": 1000}).json()["items"]
    assert items == [i for i in everything if any(supporter.lower() in s.lower() for s in i["supporters"])]


def test_organisation_filter_keeps_member_states(api: LiveAPI, api_http: httpx.Client) -> None:
    items = api_http.get("/proposals", params={"organisation": "CSTO", "limit": 1000}).json()["items"]
    members = {r["member"] for r in api.kg.query("memberships", organisation="CSTO", limit=1000)}
    assert items and {i["state"] for i in items} <= members
    assert len(items) < len(api_http.get("/proposals", params={"limit": 1000}).json()["items"])


def test_paging_and_next_link(api_http: httpx.Client) -> None:
    everything = api_http.get("/proposals", params={"limit": 1000}).json()["items"]
    first = api_http.get("/proposals", params={"limit": 5}).json()
    assert first["items"] == everything[:5] and first["skip"] == 0 and first["limit"] == 5
    second = api_http.get(first["next"]).json()
    assert second["items"] == everything[5:10] and second["skip"] == 5
    last = api_http.get("/proposals", params={"skip": len(everything) - 2, "limit": 5}).json()
    assert last["items"] == everything[-2:] and last["next"] is None


@pytest.mark.parametrize("ref", [TOKAYEV, TOKAYEV_IRI, quote(TOKAYEV_IRI, safe=""), "kassym-jomart-tokayev"])
def test_an_actor_by_path_iri_or_slug(api_http: httpx.Client, ref: str) -> None:
    response = api_http.get(f"/actors/{ref}")
    assert response.status_code == 200, response.text
    assert response.json()["uri"] == TOKAYEV_IRI


def test_actor_detail(api_http: httpx.Client) -> None:
    actor = api_http.get(f"/actors/{TOKAYEV}").json()
    assert "Toqaev" in actor["aliases"] and actor["kind"] == "Person"
    assert any(o["role"] == "President" and o["target_name"] == "Kazakhstan" for o in actor["offices"])
    assert actor["proposed"] and all(f["rel"] == "PROPOSED" and f["source"] == TOKAYEV_IRI for f in actor["proposed"])
    assert all(f["evidence"]["sentence"] and f["evidence"]["start"] is not None for f in actor["proposed"])
    assert actor["documents"] == len(actor["mentioned_in"]) > 1
    state = api_http.get("/actors/state/kazakhstan").json()
    assert any(m["target_name"] == "Shanghai Cooperation Organisation" or "SCO" in (m["target_name"] or "")
               for m in state["memberships"])
    assert any(o["source"] == TOKAYEV_IRI for o in state["offices"])  # who held the state's offices


def test_actors_list(api_http: httpx.Client) -> None:
    items = api_http.get("/actors", params={"name": "Toqaev"}).json()["items"]
    assert [i["uri"] for i in items] == [TOKAYEV_IRI]
    states = api_http.get("/actors", params={"kind": "State", "limit": 3}).json()["items"]
    assert len(states) == 3 and {s["kind"] for s in states} == {"State"}


def test_summits_and_a_summit(api_http: httpx.Client) -> None:
    summits = api_http.get("/summits").json()["items"]
    assert len(summits) >= 7 and summits[0]["ordinal"] == 1
    fifth = next(s for s in summits if s["ordinal"] == 5)
    detail = api_http.get("/summits/" + fifth["uri"].split("/id/")[1]).json()
    assert detail["name"] == fifth["name"] and detail["places"][0]["target_name"] == "Dushanbe"
    assert detail["proposals"] and all(p["summit"] == fifth["name"] for p in detail["proposals"])
    for summit in summits:  # the attendees the list names are the ones the detail gives, with evidence
        attendees = api_http.get("/summits/" + summit["uri"]).json()["attendees"]
        assert {a["source_name"] for a in attendees} == set(summit["attendees"])
        assert all(a["evidence"]["sentence"] and a["target"] == summit["uri"] for a in attendees)


def test_an_initiative_with_proposers_and_supporters(api_http: httpx.Client) -> None:
    backed = next(i for i in api_http.get("/proposals", params={"limit": 1000}).json()["items"] if i["supporters"])
    detail = api_http.get("/initiatives/" + backed["proposal_uri"].split("/id/")[1]).json()
    assert detail["kind"] == "Initiative" and detail["name"] == backed["proposal"]
    assert backed["proposer_uri"] in {p["source"] for p in detail["proposers"]}
    assert set(backed["supporters"]) <= {s["source_name"] for s in detail["supporters"]}
    assert all(s["evidence"]["sentence"] for s in detail["supporters"])


def test_documents_and_a_document_with_its_facts(api_http: httpx.Client) -> None:
    documents = api_http.get("/documents").json()["items"]
    assert len(documents) == 8 and all(d["entities"] > 0 for d in documents)
    detail = api_http.get("/documents/2019-11-29_tashkent_second_meeting").json()
    assert detail["source"] == "2019-11-29_tashkent_second_meeting.md" and detail["date"] == "2019-11-29"
    assert detail["facts"]
    for fact in detail["facts"]:
        evidence = fact["evidence"]
        assert evidence["document"] == detail["id"]
        assert detail["text"][evidence["start"]:evidence["end"]] == evidence["sentence"]
    assert api_http.get(f"/documents/{detail['uri']}").json()["id"] == detail["id"]


def test_neighbourhood_as_json_and_as_a_page(api_http: httpx.Client) -> None:
    one = api_http.get(f"/graph/neighbourhood/{TOKAYEV}").json()
    assert one["focus"] == TOKAYEV_IRI and TOKAYEV_IRI in {n["uri"] for n in one["nodes"]}
    assert one["edges"] and all(e["evidence"] for e in one["edges"])
    two = api_http.get(f"/graph/neighbourhood/{TOKAYEV}", params={"depth": 2}).json()
    assert len(two["nodes"]) > len(one["nodes"])
    page = api_http.get(f"/graph/neighbourhood/{TOKAYEV}", params={"format": "html"})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "<!DOCTYPE html>" in page.text and "Kassym-Jomart Tokayev" in page.text
    browser = api_http.get(f"/graph/neighbourhood/{TOKAYEV}", headers={"Accept": "text/html,*/*;q=0.8"})
    assert browser.headers["content-type"].startswith("text/html")


@pytest.mark.parametrize("path", ["/actors/person/nobody-at-all", "/summits/summit/none", "/initiatives/x",
                                  "/documents/not-a-document", f"/summits/{TOKAYEV}", "/graph/neighbourhood/x/y",
                                  "/no-such-endpoint"])
def test_unknown_ids_are_404_with_a_message(api_http: httpx.Client, path: str) -> None:
    response = api_http.get(path)
    assert response.status_code == 404
    body = response.json()
    assert body["status"] == 404 and body["detail"]


@pytest.mark.parametrize(("path", "params", "named"), [
    ("/proposals", {"limit": 0}, "limit"),
    ("/proposals", {"limit": 5000}, "limit"),
    ("/proposals", {"skip": -1}, "skip"),
    ("/proposals", {"from": "last year"}, "from"),
    ("/proposals", {"by": "x" * 500}, "by"),
    ("/actors", {"kind": "Planet"}, "kind"),
    ("/graph/neighbourhood/state/kazakhstan", {"depth": 7}, "depth"),
])
def test_bad_parameters_are_422_naming_the_parameter(api_http: httpx.Client, path: str, params: dict,
                                                     named: str) -> None:
    response = api_http.get(path, params=params)
    assert response.status_code == 422
    assert f"'{named}'" in response.json()["detail"]


def test_concurrent_requests_get_the_same_answers_as_sequential_ones(api_http: httpx.Client, api: LiveAPI) -> None:
    """With nothing kept between requests, so that every one of them reaches the store at once."""
    paths = [f"/proposals?limit={n}" for n in (3, 7, 50)] + ["/actors?name=uzbek", f"/actors/{TOKAYEV}",
                                                             "/documents", "/summits", "/health"]
    expected = {p: api_http.get(p).json() for p in paths}
    uncached = serve(api.kg, Settings(cache_seconds=0))
    try:
        with ThreadPoolExecutor(16) as pool, uncached.client() as shared:
            answers = list(pool.map(lambda p: (p, shared.get(p)), paths * 8))
    finally:
        uncached.stop()
    assert all(r.status_code == 200 and r.json() == expected[p] for p, r in answers)
