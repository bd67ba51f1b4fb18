"""Ingest and removal over HTTP: the bearer token, body limits, bad documents, and provenance."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from api.settings import Settings
from api_live import API_TOKEN, LiveAPI, serve

pytestmark = pytest.mark.api

# Written for these tests: a new proposal, a supporter, and a date for the resolver.
DOCUMENT = ("Almaty, 4 February 2026. President Kassym-Jomart Tokayev proposed creating a Steppe Seed Bank "
            "to protect the region's crop varieties. Uzbekistan supported the Steppe Seed Bank.\n")


def counts(api: LiveAPI) -> dict[str, int]:
    return api.kg.stats()


def ingest(http: httpx.Client, doc_id: str, text: str = DOCUMENT, media: str = "text/plain") -> httpx.Response:
    return http.post("/documents", params={"id": doc_id}, content=text.encode(), headers={"Content-Type": media})


@pytest.fixture
def cleanup(api: LiveAPI) -> Iterator[list[str]]:
    """Ids a test loads; removed afterwards through the API, whatever happened."""
    ids: list[str] = []
    yield ids
    with api.client(headers={"Authorization": f"Bearer {API_TOKEN}"}) as http:
        for doc_id in ids:
            http.delete(f"/documents/{doc_id}")


def test_post_then_delete_leaves_the_graph_as_it_was(api: LiveAPI, api_writer: httpx.Client,
                                                     cleanup: list[str]) -> None:
    cleanup.append("steppe-seed-bank")
    before = counts(api)
    proposals_before = api_writer.get("/proposals", params={"limit": 1000}).json()["items"]
    assert api_writer.get("/proposals", params={"text": "seed bank"}).json()["items"] == []  # now kept
    created = ingest(api_writer, "steppe-seed-bank")
    assert created.status_code == 201, created.text
    document = created.json()
    assert document["id"] == "steppe-seed-bank" and document["date"] == "2026-02-04"
    proposed = [f for f in document["facts"] if f["rel"] == "PROPOSED"]
    assert proposed and "Steppe Seed Bank" in proposed[0]["target_name"]
    for fact in document["facts"]:
        evidence = fact["evidence"]
        assert document["text"][evidence["start"]:evidence["end"]] == evidence["sentence"]
    # the new fact is served at once: writes drop the answers kept from before
    listed = api_writer.get("/proposals", params={"text": "seed bank"}).json()["items"]
    assert len(listed) == 1 and "Steppe Seed Bank" in listed[0]["proposal"]
    assert listed[0]["evidence"]["document"] == "steppe-seed-bank"
    assert counts(api)["documents"] == before["documents"] + 1

    again = ingest(api_writer, "steppe-seed-bank")
    assert again.status_code == 200 and again.json()["facts"] == document["facts"]  # replaced, not doubled

    removed = api_writer.delete("/documents/steppe-seed-bank")
    assert removed.status_code == 200 and removed.json() == {"id": "steppe-seed-bank", "removed": True}
    assert counts(api) == before
    assert api_writer.get("/proposals", params={"limit": 1000}).json()["items"] == proposals_before
    assert api_writer.get("/proposals", params={"text": "seed bank"}).json()["items"] == []
    assert api_writer.get("/documents/steppe-seed-bank").status_code == 404
    assert api_writer.delete("/documents/steppe-seed-bank").status_code == 404


def test_multipart_upload_takes_its_id_and_type_from_the_file_name(api: LiveAPI, api_writer: httpx.Client,
                                                                    cleanup: list[str]) -> None:
    cleanup.append("seed-bank-note")
    html = f"<html><head><title>Seed bank</title></head><body><article><p>{DOCUMENT}</p></article></body></html>"
    response = api_writer.post("/documents", files={"file": ("seed-bank-note.html", html.encode(), "text/html")})
    assert response.status_code == 201, response.text
    assert response.json()["id"] == "seed-bank-note" and response.json()["source"] == "seed-bank-note.html"
    assert "<article>" not in response.json()["text"]


def test_an_unnamed_document_is_named_by_its_content(api_writer: httpx.Client, cleanup: list[str]) -> None:
    first = api_writer.post("/documents", content=DOCUMENT.encode(), headers={"Content-Type": "text/plain"})
    assert first.status_code == 201 and first.json()["id"].startswith("document-")
    cleanup.append(first.json()["id"])
    again = api_writer.post("/documents", content=DOCUMENT.encode(), headers={"Content-Type": "text/plain"})
    assert again.status_code == 200 and again.json()["id"] == first.json()["id"]


def test_writes_need_the_token(api: LiveAPI, api_http: httpx.Client) -> None:
    before = counts(api)
    missing = ingest(api_http, "no-token")
    assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
    wrong = api_http.post("/documents", params={"id": "x"}, content=b"text", headers={
        "Content-Type": "text/plain", "Authorization": "Bearer not-the-token"})
    assert wrong.status_code == 401 and "not the right one" in wrong.json()["detail"]
    assert api_http.delete("/documents/2019-11-29_tashkent_second_meeting").status_code == 401
    assert counts(api) == before


def test_a_server_without_a_token_refuses_every_write(api: LiveAPI) -> None:
    closed = serve(api.kg, Settings(api_token=None))
    try:
        with closed.client(headers={"Authorization": f"Bearer {API_TOKEN}"}) as http:
            response = ingest(http, "anything")
            assert response.status_code == 403 and "C5KG_API_TOKEN" in response.json()["detail"]
            assert http.delete("/documents/2019-11-29_tashkent_second_meeting").status_code == 403
    finally:
        closed.stop()


def test_oversized_bodies_are_413(api: LiveAPI, api_writer: httpx.Client) -> None:
    before = counts(api)
    big = b"Tokayev proposed a council. " * (6 * 1024 * 1024 // 28 + 1)
    declared = api_writer.post("/documents", params={"id": "big"}, content=big, headers={"Content-Type": "text/plain"})
    assert declared.status_code == 413 and "larger than" in declared.json()["detail"]
    streamed = api_writer.post("/documents", params={"id": "big"}, content=iter([big[:4_000_000], big[4_000_000:]]),
                               headers={"Content-Type": "text/plain"})  # chunked: no Content-Length
    assert streamed.status_code == 413
    assert api_writer.post("/cypher", content=b'{"query": "' + big + b'"}',
                           headers={"Content-Type": "application/json"}).status_code == 413
    assert counts(api) == before


@pytest.mark.parametrize(("kwargs", "status", "says"), [
    ({"params": {"id": "empty"}, "content": b"", "headers": {"Content-Type": "text/plain"}}, 422, "empty"),
    ({"params": {"id": "binary"}, "content": b"\x00\x01\x02" * 100, "headers": {"Content-Type": "text/plain"}},
     422, "binary"),
    ({"params": {"id": "pdf"}, "content": b"%PDF-1.4", "headers": {"Content-Type": "application/pdf"}}, 415, "pdf"),
    ({"params": {"id": "../../etc"}, "content": b"text", "headers": {"Content-Type": "text/plain"}}, 422, "'id'"),
    ({"files": {"file": ("notes.docx", b"text", "application/octet-stream")}}, 415, "notes.docx"),
    ({"files": {"other": ("a.txt", b"text", "text/plain")}}, 422, "file"),
])
def test_bad_documents_are_client_errors_and_change_nothing(api: LiveAPI, api_writer: httpx.Client, kwargs: dict,
                                                            status: int, says: str) -> None:
    before = counts(api)
    response = api_writer.post("/documents", **kwargs)
    assert response.status_code == status, response.text
    assert says in response.json()["detail"]
    assert counts(api) == before


def test_the_reference_data_cannot_be_deleted(api: LiveAPI, api_writer: httpx.Client) -> None:
    before = counts(api)
    for graph in ("reference", "ontology"):
        assert api_writer.delete(f"/documents/{graph}").status_code == 404
    assert counts(api) == before
