"""The HTTP API served for real: uvicorn on a loopback port, in a background thread of the test process.

`api` (session scope) serves the sample corpus with writes allowed by API_TOKEN; tests reach it
over real HTTP with httpx.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import uvicorn

from api.app import create_app
from api.settings import Settings
from graph.kg import KnowledgeGraph

API_TOKEN = "test-token-7f3a"
SAMPLE_CORPUS = Path(__file__).resolve().parent.parent / "data" / "sample"


@dataclass
class LiveAPI:
    url: str
    kg: KnowledgeGraph
    server: uvicorn.Server
    thread: threading.Thread

    def client(self, **kwargs) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=60, **kwargs)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def serve(kg: KnowledgeGraph, settings: Settings) -> LiveAPI:
    """Start the app on a free loopback port and wait until it answers."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(kg, settings), loop="uvloop", http="httptools", log_level="warning",
                            access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the API server did not start")
        time.sleep(0.02)
    return LiveAPI(f"http://127.0.0.1:{port}", kg, server, thread)


@pytest.fixture(scope="session")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveAPI]:
    """The API over the sample corpus (its own embedded graph: tests here write), writes allowed with
    API_TOKEN, answers kept for 60 s as in production."""
    with KnowledgeGraph.open(tmp_path_factory.mktemp("api") / "db") as kg:
        report = kg.ingest([SAMPLE_CORPUS])
        assert not report.failed and len(report.documents) == 8
        live = serve(kg, Settings(api_token=API_TOKEN, query_timeout_s=5.0, row_limit=1000))
        yield live
        live.stop()


@pytest.fixture
def api_http(api: LiveAPI) -> Iterator[httpx.Client]:
    with api.client() as client:
        yield client


@pytest.fixture
def api_writer(api: LiveAPI) -> Iterator[httpx.Client]:
    with api.client(headers={"Authorization": f"Bearer {API_TOKEN}"}) as client:
        yield client


__all__ = ["API_TOKEN", "LiveAPI", "api", "api_http", "api_writer", "serve"]
