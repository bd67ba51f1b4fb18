"""`c5kg serve`, run as users run it: the console script in a subprocess, reached over real HTTP."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

pytestmark = pytest.mark.api

C5KG = str(Path(sys.executable).parent / "c5kg")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_serve_answers_over_http_until_stopped(tmp_path: Path) -> None:
    port = free_port()
    server = subprocess.Popen([C5KG, "serve", "--port", str(port), "--db", str(tmp_path / "db")],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env={**os.environ, "C5KG_API_TOKEN": ""})
    try:
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, server.stderr.read()
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/health", timeout=2)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "c5kg serve did not answer within 60 s"
                time.sleep(0.2)
        assert health.json()["store"] == "ladybug"
        states = httpx.get(f"http://127.0.0.1:{port}/actors", params={"kind": "State", "name": "kazakh"}).json()
        assert [s["name"] for s in states["items"]] == ["Kazakhstan"]  # the reference data, in a fresh graph
        refused = httpx.post(f"http://127.0.0.1:{port}/documents", content=b"text",
                             headers={"Content-Type": "text/plain"})
        assert refused.status_code == 403  # started without a token
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=30)
    assert "writes turned off" in server.stderr.read()


def test_a_bad_setting_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    run = subprocess.run([C5KG, "serve", "--db", str(tmp_path / "db")], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "C5KG_API_MAX_BODY": "lots"})
    assert run.returncode != 0
    assert "C5KG_API_MAX_BODY" in run.stderr and "Traceback" not in run.stderr
