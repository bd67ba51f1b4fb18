"""One worker process of api/sandbox.py: it runs clients' ad-hoc queries, one at a time.

It opens the stores read-only, cannot write a byte to any file (RLIMIT_FSIZE 0), and may not
grow past its memory limit (RLIMIT_AS). A query that crashes it, or that the server stops at
the time limit by killing it, costs this process only. It speaks frames on stdin and stdout
(api/sandbox.py): a JSON request in, a JSON header and a body out.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sys
from typing import Any, BinaryIO

import orjson


def read_frame(stream: BinaryIO) -> bytes | None:
    head = stream.read(8)
    if len(head) < 8:
        return None
    size = int.from_bytes(head, "big")
    data = stream.read(size)
    return data if len(data) == size else None


def write_frame(stream: BinaryIO, data: bytes) -> None:
    stream.write(len(data).to_bytes(8, "big") + data)
    stream.flush()


class Worker:
    def __init__(self) -> None:
        self.ladybug: Any = None
        self.record_path: str | None = None
        self.memory_bytes = 0
        self.max_result_bytes = 0

    def open(self, request: dict[str, Any]) -> tuple[dict[str, Any], bytes]:
        """(Re)open the stores as they are now, then cap this process's memory at its size plus the limit."""
        from graph.ladybug_store import LadybugStore
        resource.setrlimit(resource.RLIMIT_AS, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
        if self.ladybug is not None:
            self.ladybug.close()
            self.ladybug = None
        if request.get("ladybug"):
            self.ladybug = LadybugStore(request["ladybug"], read_only=True,
                                        buffer_pool_bytes=request["buffer_pool_bytes"],
                                        max_db_bytes=request["max_db_bytes"])
        self.record_path = request.get("record")
        self.memory_bytes = request["memory_bytes"]
        self.max_result_bytes = request["max_result_bytes"]
        size = _virtual_size()
        resource.setrlimit(resource.RLIMIT_AS, (size + self.memory_bytes, resource.RLIM_INFINITY))
        return {"status": 200}, b""

    def cypher(self, request: dict[str, Any]) -> tuple[dict[str, Any], bytes]:
        from graph.store import QueryRefused, QueryTimeout, StoreError
        if self.ladybug is None:
            return {"status": 503, "detail": "no property graph is open"}, b""
        try:
            result = self.ladybug.run_read_only(request["query"], request["parameters"], request["timeout"],
                                                request["limit"])
        except QueryRefused as error:
            return {"status": 403, "detail": str(error)}, b""
        except QueryTimeout as error:
            return {"status": 408, "detail": str(error)}, b""
        except StoreError as error:
            if any(sign in str(error) for sign in ("bad_alloc", "Unable to allocate memory")):
                return _too_much_memory(self.memory_bytes)
            return {"status": 400, "detail": f"the Cypher query failed: {error}"}, b""
        data = {"columns": result.columns, "rows": result.rows, "truncated": result.truncated}
        try:
            body = orjson.dumps(data, default=str, option=orjson.OPT_NON_STR_KEYS)
        except orjson.JSONEncodeError:  # e.g. an integer wider than 64 bits
            body = json.dumps(data, default=str).encode()
        return self._sized({"status": 200, "media": "application/json"}, body)

    def sparql(self, request: dict[str, Any]) -> tuple[dict[str, Any], bytes]:
        import pyoxigraph as ox

        from graph.sparql_guard import SparqlInvalid, SparqlRefused, check_query

        from .negotiation import choose
        from .sparql_formats import GRAPH_MEDIA, RESULT_MEDIA
        try:
            check_query(request["query"], allow_service=request["allow_service"])
        except SparqlRefused as error:
            return {"status": 403, "detail": str(error)}, b""
        except SparqlInvalid as error:
            return {"status": 400, "detail": str(error)}, b""
        options: dict[str, Any] = {"named_graphs": [ox.NamedNode(g) for g in request["named_graphs"]]} \
            if request["named_graphs"] else {}
        if request["default_graphs"]:
            options["default_graph"] = [ox.NamedNode(g) for g in request["default_graphs"]]
        else:
            options["use_default_graph_as_union"] = True
        store = ox.Store.read_only(self.record_path)
        try:
            outcome = store.query(request["query"], **options)
            offered = GRAPH_MEDIA if isinstance(outcome, ox.QueryTriples) else RESULT_MEDIA
            media = choose(request["accept"], list(offered))
            if media is None:
                kind = "graph (CONSTRUCT, DESCRIBE)" if offered is GRAPH_MEDIA else "table (SELECT, ASK)"
                return {"status": 406, "detail": f"a {kind} result is offered as {', '.join(offered)}"}, b""
            body = outcome.serialize(format=offered[media])
        except SyntaxError as error:
            return {"status": 400, "detail": f"the SPARQL query is not valid: {error}"}, b""
        except OSError as error:  # raised by Oxigraph for errors while evaluating
            return {"status": 400, "detail": f"the SPARQL query failed: {error}"}, b""
        except MemoryError:
            return _too_much_memory(self.memory_bytes)
        finally:
            del store
        return self._sized({"status": 200, "media": media + ("; charset=utf-8" if media.startswith("text/") else "")},
                           body)

    def _sized(self, header: dict[str, Any], body: bytes) -> tuple[dict[str, Any], bytes]:
        if len(body) > self.max_result_bytes:
            return {"status": 413, "detail": f"the result is larger than {self.max_result_bytes:,} bytes; "
                                             "ask for fewer rows (LIMIT)"}, b""
        return header, body


def _too_much_memory(limit: int) -> tuple[dict[str, Any], bytes]:
    return {"status": 413, "detail": f"the query needed more than {limit // (1 << 20):,} MiB of memory, the "
                                     "most one query may use here", "recycle": True}, b""


def _virtual_size() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError("cannot read this process's size")


def main() -> None:
    replies = os.fdopen(os.dup(1), "wb")
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)  # nothing a library prints can break the frames
    requests = os.fdopen(0, "rb")
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the file size limit fails instead
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
    worker = Worker()
    operations = {"open": worker.open, "cypher": worker.cypher, "sparql": worker.sparql}
    while (frame := read_frame(requests)) is not None:
        request = json.loads(frame)
        try:
            header, body = operations[request["op"]](request)
        except MemoryError:
            header, body = _too_much_memory(worker.memory_bytes)
        except Exception as error:  # anything else is still this request's failure, not the worker's
            header, body = {"status": 500, "detail": f"{type(error).__name__}: {error}"}, b""
        write_frame(replies, orjson.dumps(header))
        write_frame(replies, body)


if __name__ == "__main__":
    sys.exit(main())
