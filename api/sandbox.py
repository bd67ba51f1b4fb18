"""Clients' ad-hoc queries (/cypher, /sparql) run in worker processes, so that a query that goes
wrong costs that query, not the server.

Each worker (api/sandbox_worker.py) opens the stores read-only, may write no file and may not grow
past its memory limit. The server kills a worker whose query outlives the time limit (Oxigraph
cannot stop a running query; the kill is what frees its CPU and memory), and a worker that crashed
or was killed is replaced. Workers reopen the stores after each write (the generation changes),
while the writer waits, so they never open a store half-written.
"""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from .sandbox_worker import read_frame, write_frame

START_TIMEOUT_S = 60.0  # a fresh worker imports its libraries and opens the stores
# A Cypher query is stopped by LadybugDB itself at its limit and answers 408; the kill is the backstop.
KILL_GRACE_S = 0.5


class WorkersBusy(RuntimeError):
    """Every worker is running a query."""


@dataclass(frozen=True)
class WorkerAnswer:
    status: int
    body: bytes = b""
    media: str = "application/json"
    detail: str = ""
    recycle: bool = False  # the worker hit its memory limit: the next query gets a fresh one


TIMED_OUT = WorkerAnswer(0)  # no answer by the deadline


@dataclass(frozen=True)
class SandboxLimits:
    memory_bytes: int  # what one query may allocate beyond the worker's own size
    max_result_bytes: int  # the largest answer a worker sends back

    @property
    def buffer_pool_bytes(self) -> int:
        """LadybugDB's page and intermediate-result memory: half of what a query may use."""
        return self.memory_bytes // 2


@dataclass
class _Process:
    popen: subprocess.Popen[bytes]
    generation: int = -1

    def alive(self) -> bool:
        return self.popen.poll() is None

    def kill(self) -> None:
        if self.alive():
            self.popen.kill()
        self.popen.wait()
        for stream in (self.popen.stdin, self.popen.stdout):
            if stream is not None:
                stream.close()


@dataclass
class QuerySandbox:
    """`size` worker processes over the database at `ladybug` (the embedded store; None on Neo4j) and
    the record at `record`. `run` is blocking; call it from a thread."""

    size: int
    ladybug: Path | None
    record: Path
    limits: SandboxLimits
    write_lock: threading.Lock
    generation: int = 0
    _idle: list[_Process | None] = field(default_factory=list)
    _guard: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self._idle = [None] * self.size

    def changed(self) -> None:
        """The stores were written (call while holding the write lock): workers reopen them."""
        self.generation += 1

    def run(self, request: dict[str, Any], timeout_s: float) -> WorkerAnswer:
        """Run one request (op "cypher" or "sparql") in a worker; raises WorkersBusy when none is free."""
        with self._guard:
            if not self._idle:
                raise WorkersBusy("every query worker is busy")
            process = self._idle.pop()
        try:
            process = self._ready(process)
            answer, process = self._exchange(process, request, timeout_s)
        except BaseException:
            if process is not None:
                process.kill()
            process = None
            raise
        finally:
            with self._guard:
                self._idle.append(process)
        return answer

    def close(self) -> None:
        with self._guard:
            for process in self._idle:
                if process is not None:
                    process.kill()
            self._idle = []

    # ------------------------------------------------------------------ the workers

    def _ready(self, process: _Process | None) -> _Process:
        """A live worker with the stores of the current generation open."""
        if process is None or not process.alive():
            process = _Process(subprocess.Popen(
                [sys.executable, "-m", "api.sandbox_worker"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL, cwd=Path(__file__).resolve().parent.parent,
                env={**os.environ, "MALLOC_ARENA_MAX": "2"}, start_new_session=True))
        if process.generation != self.generation:
            with self.write_lock:  # no write runs while the worker opens the stores
                opening = {"op": "open", "ladybug": str(self.ladybug) if self.ladybug else None,
                           "record": str(self.record), "memory_bytes": self.limits.memory_bytes,
                           "max_result_bytes": self.limits.max_result_bytes,
                           "buffer_pool_bytes": self.limits.buffer_pool_bytes,
                           "max_db_bytes": _address_space_for(self.ladybug)}
                answer = self._send(process, opening, START_TIMEOUT_S)
                if answer is None or answer.status != 200:
                    process.kill()
                    raise RuntimeError(f"a query worker could not open the stores: "
                                       f"{answer.detail if answer else 'it stopped'}")
                process.generation = self.generation
        return process

    def _exchange(self, process: _Process, request: dict[str, Any], timeout_s: float
                  ) -> tuple[WorkerAnswer, _Process | None]:
        answer = self._send(process, request, timeout_s + KILL_GRACE_S)
        if answer is not None and answer is not TIMED_OUT:
            if answer.recycle:
                process.kill()
                return answer, None
            return answer, process
        overran = answer is TIMED_OUT
        if not overran:
            try:  # it closed its pipe as it died: wait for the exit status that says how
                process.popen.wait(timeout=2)
            except subprocess.TimeoutExpired:
                pass
        code = process.popen.poll()
        process.kill()
        if overran:
            return WorkerAnswer(408, detail=f"the query ran longer than {timeout_s:g} s and was stopped"), None
        how = f"signal {signal.Signals(-code).name}" if code is not None and code < 0 else f"exit {code}"
        return WorkerAnswer(503, detail=f"the query stopped the worker that ran it ({how}); the server is unaffected "
                                  "and a new worker takes the next query"), None

    @staticmethod
    def _send(process: _Process, request: dict[str, Any], timeout_s: float) -> WorkerAnswer | None:
        """The worker's answer; TIMED_OUT if it gave none in time, None if it died."""
        assert process.popen.stdin is not None and process.popen.stdout is not None
        try:
            write_frame(process.popen.stdin, json.dumps(request).encode())  # orjson: no integers past 64 bits
        except (BrokenPipeError, OSError):
            return None
        deadline = time.monotonic() + timeout_s
        stdout = process.popen.stdout
        ready, _, _ = select.select([stdout], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            return TIMED_OUT
        header_frame = read_frame(stdout)
        body = read_frame(stdout) if header_frame is not None else None
        if header_frame is None or body is None:
            return None
        header = orjson.loads(header_frame)
        return WorkerAnswer(header["status"], body, header.get("media", "application/json"), header.get("detail", ""),
                            bool(header.get("recycle")))


def _address_space_for(ladybug: Path | None) -> int:
    """What the worker's LadybugDB reserves for the database file: room to grow, far less than 8 TiB."""
    if ladybug is None:
        return 1 << 30
    size = sum(f.stat().st_size for f in ladybug.parent.glob(ladybug.name + "*") if f.is_file())
    return max(1 << 30, 4 * size)


__all__ = ["QuerySandbox", "SandboxLimits", "WorkerAnswer", "WorkersBusy"]
