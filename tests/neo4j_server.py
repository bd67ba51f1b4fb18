"""A real Neo4j 5.26 Community server for the Neo4j tests and the store benchmark.

Neo4j publishes its Community edition on Maven Central as Java artifacts: `tests/neo4j/pom.xml`
names the in-process server (`org.neo4j.test:neo4j-harness`), Maven copies its jars into
`tests/neo4j/lib` (once; `.ci/run` does it, and so does the first start here when they are
missing), and `tests/neo4j/Neo4jTestServer.java` starts it with Bolt on a free loopback port. The
server runs in a JVM of its own, keeps its files in a folder the caller owns, and stops when the
caller closes its stdin, or when the caller dies.

    with bolt_server(tmp_path) as server:
        store = Neo4jStore(server.settings)

Neo4j Community has one user database, `neo4j`: a "new database" is that one, emptied.
"""

from __future__ import annotations

import re
import secrets
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graph.neo4j_store import Neo4jSettings

HERE = Path(__file__).resolve().parent / "neo4j"
LIB, CLASSES = HERE / "lib", HERE / "classes"
DATABASE = "neo4j"  # Community's one user database
USER = "neo4j"
LOG_FILE = "server.log"
# the version tests/neo4j/pom.xml names
NEO4J_VERSION = next(iter(re.findall(r"<neo4j.version>([^<]+)</neo4j.version>",
                                     (HERE / "pom.xml").read_text(encoding="utf-8"))), "")


class Neo4jUnavailable(RuntimeError):
    """Java, Maven or the Neo4j artifacts are not there; the message says what to do."""


@dataclass
class BoltServer:
    root: Path
    bolt_port: int
    password: str = field(repr=False)
    process: subprocess.Popen | None = field(default=None, repr=False)
    agent: str = ""

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    @property
    def settings(self) -> Neo4jSettings:
        return self.database(DATABASE)

    def database(self, name: str) -> Neo4jSettings:
        from graph.neo4j_store import Neo4jSettings

        return Neo4jSettings(uri=self.uri, user=USER, password=self.password, database=name)

    def create_database(self, name: str = DATABASE) -> Neo4jSettings:
        """The database, empty: no nodes, relationships, constraints or indexes (Community cannot
        create another; the name is for the caller's messages only)."""
        self.clear()
        return self.settings

    def drop_database(self, name: str = DATABASE) -> None:
        self.clear()

    def clear(self) -> None:
        import neo4j

        with neo4j.GraphDatabase.driver(self.uri, auth=(USER, self.password)) as driver:
            with driver.session(database=DATABASE) as session:  # CALL IN TRANSACTIONS needs an implicit transaction
                session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
            for kind, plural in (("CONSTRAINT", "CONSTRAINTS"), ("INDEX", "INDEXES")):
                records = driver.execute_query(f"SHOW {plural} YIELD name, type", database_=DATABASE).records
                for record in records:
                    if record["type"] != "LOOKUP":  # the token lookup indexes every database keeps
                        driver.execute_query(f"DROP {kind} `{record['name']}` IF EXISTS", database_=DATABASE)

    def log(self) -> str:
        path = self.root / LOG_FILE
        return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""

    def stop(self, timeout: float = 60) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        assert self.process.stdin is not None
        self.process.stdin.close()  # the server stops and the JVM exits when its stdin closes
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise Neo4jUnavailable(f"the Neo4j tests need {name} (Java 17 and Maven) on the PATH")
    return found


def ensure_server_built() -> None:
    """The harness's jars (from Maven Central, through the local Maven repository) and the launcher, compiled."""
    if not LIB.is_dir() or not any(LIB.glob("neo4j-harness-*.jar")):
        run = subprocess.run([_tool("mvn"), "-q", "-B", "-f", str(HERE / "pom.xml"), "dependency:copy-dependencies",
                              f"-DoutputDirectory={LIB}"], capture_output=True, text=True)
        if run.returncode != 0:
            raise Neo4jUnavailable(f"Maven could not fetch Neo4j's artifacts:\n{(run.stdout + run.stderr)[-3000:]}")
    source = HERE / "Neo4jTestServer.java"
    compiled = CLASSES / "Neo4jTestServer.class"
    if not compiled.exists() or compiled.stat().st_mtime < source.stat().st_mtime:
        run = subprocess.run([_tool("javac"), "-d", str(CLASSES), "-cp", f"{LIB}/*", str(source)],
                             capture_output=True, text=True)
        if run.returncode != 0:
            raise Neo4jUnavailable(f"the Neo4j launcher does not compile:\n{run.stderr[-3000:]}")


def start_bolt_server(root: Path, heap: str = "1g", timeout: float = 180) -> BoltServer:
    """Start Neo4j Community with Bolt on a free loopback port."""
    ensure_server_built()
    root.mkdir(parents=True, exist_ok=True)
    server = BoltServer(root, free_port(), secrets.token_hex(12))
    log = (root / LOG_FILE).open("ab")
    server.process = subprocess.Popen(
        [_tool("java"), f"-Xmx{heap}", "-XX:+UseSerialGC", "-cp", f"{LIB}/*:{CLASSES}", "Neo4jTestServer",
         str(server.bolt_port), str(root / "data")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log, cwd=root)
    assert server.process.stdin is not None and server.process.stdout is not None
    server.process.stdin.write(server.password.encode() + b"\n")
    server.process.stdin.flush()
    deadline = time.monotonic() + timeout
    line = b""
    while not line.startswith(b"READY"):
        line = server.process.stdout.readline()
        if (not line and server.process.poll() is not None) or time.monotonic() > deadline:
            server.stop()
            raise RuntimeError(f"Neo4j did not start (log in {root / LOG_FILE}):\n{server.log()[-3000:]}")
    import neo4j

    with neo4j.GraphDatabase.driver(server.uri, auth=(USER, server.password)) as driver:
        server.agent = driver.get_server_info().agent
    return server


@contextmanager
def bolt_server(root: Path, heap: str = "1g") -> Iterator[BoltServer]:
    server = start_bolt_server(root, heap)
    try:
        yield server
    finally:
        server.stop()
