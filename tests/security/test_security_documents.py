"""Documents as an attacker (or an unlucky user) names and shapes them: nothing is lost silently,
nothing is made that cannot be read, no size takes the server down, and document text never
drives the terminal."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from served import TOKEN, Server, http, server, start_server, writer  # noqa: F401  (fixtures)

pytestmark = pytest.mark.api

C5KG = str(Path(sys.executable).parent / "c5kg")
PROPOSING = "{who} proposed creating a {what} at the meeting in Ashgabat in March 2024."


def c5kg(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([C5KG, *args], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "C5KG_STORE": "ladybug", "COLUMNS": "200", **env})


def post_text(writer: httpx.Client, text: str, filename: str, media: str = "text/plain") -> httpx.Response:
    return writer.post("/documents", params={"filename": filename}, content=text.encode(),
                       headers={"Content-Type": media})


def test_names_in_other_scripts_become_distinct_ids(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "Токаев.txt").write_text(PROPOSING.format(who="Kazakhstan", what="Steppe Seed Bank"))
    (corpus / "Мирзиёев.txt").write_text(PROPOSING.format(who="Uzbekistan", what="Valley Rail Board"))
    result = c5kg("ingest", str(corpus), "--db", str(tmp_path / "db"))
    assert result.returncode == 0, result.stderr
    listed = c5kg("query", "documents", "--db", str(tmp_path / "db"), "--format", "json")
    assert sorted(d["id"] for d in json.loads(listed.stdout)) == ["Mirzieev", "Tokaev"]  # in Latin letters


@pytest.mark.parametrize("names", [("a b.txt", "a-b.txt"), ("x.txt", "x.md")])
def test_two_files_with_one_id_are_an_error_naming_both(tmp_path: Path, names: tuple[str, str]) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in names:
        (corpus / name).write_text(PROPOSING.format(who="Tajikistan", what="Glacier Watch Office"))
    result = c5kg("ingest", str(corpus), "--db", str(tmp_path / "db"))
    assert result.returncode != 0
    assert all(name in result.stderr for name in names), result.stderr
    assert "nothing was loaded" in result.stderr


def test_a_file_of_another_name_does_not_replace_a_document(writer: httpx.Client) -> None:
    first = post_text(writer, PROPOSING.format(who="Kyrgyzstan", what="Mountain Forum"), "shared-name.txt")
    assert first.status_code == 201
    other = post_text(writer, "<p>" + PROPOSING.format(who="Turkmenistan", what="Gas Hub") + "</p>",
                      "shared-name.html", "text/html")
    assert other.status_code == 409 and "shared-name.txt" in other.json()["detail"]
    again = post_text(writer, PROPOSING.format(who="Kyrgyzstan", what="Mountain Forum"), "shared-name.txt")
    assert again.status_code == 200  # the same file again replaces itself
    named = writer.post("/documents", params={"id": "shared-name", "filename": "shared-name.html"},
                        content=b"<p>" + PROPOSING.format(who="Turkmenistan", what="Gas Hub").encode() + b"</p>",
                        headers={"Content-Type": "text/html"})
    assert named.status_code == 200  # asked for by id: replaced on purpose


def test_names_that_give_no_id_are_refused(writer: httpx.Client, http: httpx.Client) -> None:
    for name in ("...txt", "..txt", "---.md", "- .txt"):
        response = post_text(writer, PROPOSING.format(who="Kazakhstan", what="Lake Council"), name)
        assert response.status_code in (415, 422), (name, response.text)
    ids = [d["id"] for d in http.get("/documents", params={"limit": 1000}).json()["items"]]
    assert all(http.get(f"/documents/{i}").status_code == 200 for i in ids)  # every listed id can be read
    emoji = post_text(writer, PROPOSING.format(who="Kazakhstan", what="Lake Council"), "é🚀.md", "text/markdown")
    assert emoji.status_code == 201 and emoji.json()["id"] == "e-rocket"


def test_a_long_upload_name_is_no_server_error(writer: httpx.Client) -> None:
    name = "n" * 300 + ".txt"
    response = writer.post("/documents", files={"file": (name, PROPOSING.format(who="Uzbekistan", what="Silk Fund"),
                                                         "text/plain")})
    assert response.status_code == 201, response.text
    assert len(response.json()["id"]) <= 120


def test_a_document_near_the_size_limit_leaves_the_server_up(server: Server, writer: httpx.Client) -> None:
    sentence = PROPOSING.format(who="Kazakhstan", what="Steppe Archive") + " "
    text = sentence * (4_500_000 // len(sentence))  # under the 5 MiB body limit, over the text limit
    response = post_text(writer, text, "huge.txt")
    assert response.status_code == 422 and "million characters" in response.json()["detail"]
    assert server.alive()


def test_latin_1_text_is_read_as_written(writer: httpx.Client, http: httpx.Client) -> None:
    text = "Le président du Kazakhstan a proposé à Astana un café des idées, déjà célèbre. " * 3
    response = writer.post("/documents", params={"filename": "latin.txt"}, content=text.encode("latin-1"),
                           headers={"Content-Type": "text/plain"})
    assert response.status_code == 201, response.text
    assert "à Astana" in http.get("/documents/latin").json()["title"] + str(response.json())


def test_document_text_is_never_terminal_markup(tmp_path: Path) -> None:
    corpus = tmp_path / "markup[" / "]corpus"  # the path holds "[/]"
    corpus.mkdir(parents=True)
    (corpus / "[blink]name[bold].txt").write_text(
        "Markup [/] Test\n\nKazakhstan proposed creating a [/] Water Council [link=file:///etc/passwd]here[/link] "
        "[blink]now[/blink] at the meeting in Ashgabat in March 2024.\n")
    db = str(tmp_path / "db")
    ingest = c5kg("ingest", str(corpus), "--db", db, FORCE_COLOR="1", TTY_COMPATIBLE="1")
    assert ingest.returncode == 0, ingest.stderr
    assert "Traceback" not in ingest.stderr
    shown = c5kg("query", "proposals", "--db", db, FORCE_COLOR="1", TTY_COMPATIBLE="1")
    assert shown.returncode == 0, shown.stderr
    assert "[link=file:///etc/passwd]" in shown.stdout and "[blink]" in shown.stdout  # shown as text
    assert "\x1b]8;" not in shown.stdout and "\x1b[5m" not in shown.stdout  # no hyperlink, no blinking


def test_a_killed_upload_leaves_no_temporary_file(tmp_path: Path) -> None:
    server = start_server(tmp_path)
    try:
        long_text = PROPOSING.format(who="Kazakhstan", what="Steppe Seed Bank").encode() * 4_000

        def upload() -> None:  # killed while the server reads it
            try:
                httpx.post(f"{server.url}/documents", params={"filename": "long.txt"}, content=long_text,
                           headers={"Content-Type": "text/plain", "Authorization": f"Bearer {TOKEN}"}, timeout=60)
            except httpx.HTTPError:
                pass

        thread = threading.Thread(target=upload, daemon=True)
        thread.start()
        time.sleep(2)
        server.process.send_signal(signal.SIGKILL)
        server.process.wait()
    finally:
        server.stop()
    assert list(server.tmp.iterdir()) == []
