"""The API as an attacker meets it: `c5kg serve` in a process of its own (so that a crash or an
out-of-memory kill would show as a dead server, not a dead test run), over real HTTP.

The server's temporary folder is one of the test's own: whatever it (or a query worker) writes
there, or anywhere under the test's folders, is seen.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import psutil
import pytest

from graph.kg import KnowledgeGraph

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_CORPUS = ROOT / "data" / "sample"
TOKEN = "security-token-51c2"
QUERY_TIMEOUT_S = 3.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def files_under(*folders: Path) -> dict[str, tuple[int, int]]:
    """Every file under the folders, with its size and modification time."""
    found = {}
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                stat = path.stat()
                found[str(path)] = (stat.st_size, stat.st_mtime_ns)
    return found


@dataclass
class Server:
    url: str
    process: subprocess.Popen[bytes]
    db: Path
    tmp: Path
    root: Path

    def client(self, **kwargs) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=60, **kwargs)

    def alive(self) -> bool:
        if self.process.poll() is not None:
            return False
        try:
            return httpx.get(f"{self.url}/health", timeout=10).status_code == 200
        except httpx.HTTPError:
            return False

    def memory(self) -> int:
        """Resident memory of the server and its query workers, in bytes."""
        parent = psutil.Process(self.process.pid)
        return sum(p.memory_info().rss for p in [parent, *parent.children(recursive=True)])

    def workers(self) -> list[psutil.Process]:
        return psutil.Process(self.process.pid).children(recursive=True)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start_server(root: Path, **env: str) -> Server:
    """A server over its own copy of the sample corpus's graph, in `root`."""
    db, tmp = root / "db", root / "tmp"
    tmp.mkdir(parents=True, exist_ok=True)
    if not db.exists():
        with KnowledgeGraph.open(db) as kg:
            assert not kg.ingest([SAMPLE_CORPUS]).failed
    port = free_port()
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "c5kg"), "serve", "--port", str(port), "--db", str(db)],
        env={**os.environ, "TMPDIR": str(tmp), "C5KG_API_TOKEN": TOKEN, "C5KG_STORE": "ladybug",
             "C5KG_API_QUERY_TIMEOUT": str(QUERY_TIMEOUT_S), "C5KG_API_QUERY_MEMORY": "512", **env},
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=root)
    server = Server(f"http://127.0.0.1:{port}", process, db, tmp, root)
    deadline = time.monotonic() + 60
    while not server.alive():
        if process.poll() is not None or time.monotonic() > deadline:
            server.stop()
            raise RuntimeError(f"the server did not start: {process.stderr.read().decode()[-2000:]}")
        time.sleep(0.1)
    return server


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    live = start_server(tmp_path_factory.mktemp("attacked"))
    yield live
    live.stop()


@pytest.fixture
def http(server: Server) -> Iterator[httpx.Client]:
    with server.client() as client:
        yield client


@pytest.fixture
def writer(server: Server) -> Iterator[httpx.Client]:
    with server.client(headers={"Authorization": f"Bearer {TOKEN}"}) as client:
        yield client


__all__ = ["QUERY_TIMEOUT_S", "Server", "TOKEN", "files_under", "free_port", "start_server"]
