"""Answers kept in memory, in front of the app: a GET asked again is answered without routing,
validating or querying.

At 100,000 facts a proposals page costs the embedded store about a tenth of a second; served
again from here it costs what answering /health does. An answer is kept by its address (the path,
and the query parameters the API reads, in order; parameters it ignores cannot make new entries;
and the Accept header where it matters), until the graph changes through the API (`forget`) or
`seconds` pass, so another process writing to a shared Neo4j store is seen after that. Kept
answers take at most `max_bytes` of memory. Only 200 answers to the read endpoints are kept.
Requests for an answer being computed wait for it rather than computing it again.
"""

from __future__ import annotations

import asyncio
from collections.abc import Collection, Hashable
from urllib.parse import parse_qsl

from cachetools import TTLCache
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# The endpoints whose answers depend only on the address and the graph, and (the last) on Accept too.
KEPT_PATHS = ("/proposals", "/actors", "/summits", "/initiatives/", "/documents", "/graph/neighbourhood/")
NEGOTIATED = "/graph/neighbourhood/"


class Answer:
    __slots__ = ("headers", "body")

    def __init__(self, headers: list[tuple[bytes, bytes]], body: bytes):
        self.headers = headers
        self.body = body


class AnswerCache:
    def __init__(self, seconds: float, max_bytes: int):
        self.kept: TTLCache | None = TTLCache(max_bytes, seconds, getsizeof=_size) if seconds > 0 else None
        self.parameters: Collection[str] = ()  # the query parameters the kept endpoints read (set by the app)
        self.generation = 0  # bumped by every write: an answer computed across a write is not kept
        self.running: dict[Hashable, asyncio.Future[Answer | None]] = {}

    def forget(self) -> None:
        """The graph changed: drop every kept answer (call on the event loop)."""
        self.generation += 1
        if self.kept is not None:
            self.kept.clear()


class AnswerCacheMiddleware:
    def __init__(self, app: ASGIApp, cache: AnswerCache):
        self.app = app
        self.cache = cache

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        cache = self.cache
        if (cache.kept is None or scope["type"] != "http" or scope["method"] != "GET"
                or not scope["path"].startswith(KEPT_PATHS)):
            await self.app(scope, receive, send)
            return
        path = scope["path"]
        accept = (next((value for name, value in scope["headers"] if name == b"accept"), b"")
                  if path.startswith(NEGOTIATED) else b"")
        given = parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True)
        key = (path, tuple(sorted((k, v) for k, v in given if k in cache.parameters)), accept)
        answer = cache.kept.get(key)
        if answer is None and key in cache.running:
            answer = await asyncio.shield(cache.running[key])
        if answer is not None:
            await send({"type": "http.response.start", "status": 200, "headers": answer.headers})
            await send({"type": "http.response.body", "body": answer.body})
            return
        await self._compute(key, scope, receive, send)

    async def _compute(self, key: Hashable, scope: Scope, receive: Receive, send: Send) -> None:
        cache = self.cache
        future: asyncio.Future[Answer | None] = asyncio.get_running_loop().create_future()
        cache.running[key] = future
        generation = cache.generation
        status, headers, chunks = 0, [], []

        async def capture(message: Message) -> None:
            nonlocal status, headers
            if message["type"] == "http.response.start":
                status, headers = message["status"], list(message.get("headers", []))
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
            await send(message)

        answer = None
        try:
            await self.app(scope, receive, capture)
            if status == 200:
                answer = Answer(headers, b"".join(chunks))
                if generation == cache.generation and _size(answer) <= cache.kept.maxsize:
                    cache.kept[key] = answer
        finally:
            del cache.running[key]
            future.set_result(answer)  # None: the waiting requests ask the app themselves


def _size(answer: Answer) -> int:
    return len(answer.body) + 512  # the headers and the entry itself


__all__ = ["AnswerCache", "AnswerCacheMiddleware", "KEPT_PATHS"]
