"""The HTTP API's settings: read from the environment once, when the app is created."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

MIB = 1024 * 1024


class SettingsError(ValueError):
    """An environment variable holds a value the API cannot use; the message names it."""


@dataclass(frozen=True)
class Settings:
    db: Path | None = None  # the database folder (C5KG_DB); None: the user's data folder
    api_token: str | None = None  # bearer token for writes (C5KG_API_TOKEN); None: writes are disabled
    max_body_bytes: int = 5 * MIB  # larger request bodies get 413 (C5KG_API_MAX_BODY)
    cache_seconds: float = 60.0  # how long a JSON answer is reused (C5KG_API_CACHE_SECONDS); 0: never
    cache_bytes: int = 256 * MIB  # the most memory kept answers take (C5KG_API_CACHE_MIB, in MiB)
    query_timeout_s: float = 10.0  # the longest a /cypher or /sparql query may run (C5KG_API_QUERY_TIMEOUT)
    row_limit: int = 10_000  # the most rows /cypher returns (C5KG_API_ROW_LIMIT)
    query_workers: int = 2  # /sparql and /cypher queries running at once, one process each (C5KG_API_QUERY_WORKERS)
    query_memory_bytes: int = 1024 * MIB  # what one such query may allocate (C5KG_API_QUERY_MEMORY, in MiB)
    max_result_bytes: int = 64 * MIB  # the largest /sparql or /cypher answer (C5KG_API_MAX_RESULT, in MiB)
    sparql_service: bool = False  # allow SPARQL SERVICE, which makes the server fetch other URLs

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ

        def number(name: str, default: float, kind: type = int, minimum: float = 0) -> float:
            raw = env.get(name, "").strip()
            if not raw:
                return default
            try:
                value = kind(raw)
            except ValueError:
                raise SettingsError(f"{name}={raw!r} is not a {'whole ' if kind is int else ''}number") from None
            if value < minimum:
                raise SettingsError(f"{name}={raw!r} must be at least {minimum}")
            return value

        db = env.get("C5KG_DB", "").strip()
        service = env.get("C5KG_API_SPARQL_SERVICE", "").strip().lower()
        if service not in ("", "0", "1", "no", "yes", "off", "on", "false", "true"):
            raise SettingsError(f"C5KG_API_SPARQL_SERVICE={service!r} must be on or off")
        return cls(
            db=Path(db) if db else None,
            api_token=env.get("C5KG_API_TOKEN", "").strip() or None,
            max_body_bytes=int(number("C5KG_API_MAX_BODY", cls.max_body_bytes, int, 1)),
            cache_seconds=number("C5KG_API_CACHE_SECONDS", cls.cache_seconds, float, 0),
            cache_bytes=int(number("C5KG_API_CACHE_MIB", cls.cache_bytes // MIB, int, 1)) * MIB,
            query_timeout_s=number("C5KG_API_QUERY_TIMEOUT", cls.query_timeout_s, float, 0.01),
            row_limit=int(number("C5KG_API_ROW_LIMIT", cls.row_limit, int, 1)),
            query_workers=int(number("C5KG_API_QUERY_WORKERS", cls.query_workers, int, 1)),
            query_memory_bytes=int(number("C5KG_API_QUERY_MEMORY", cls.query_memory_bytes // MIB, int, 64)) * MIB,
            max_result_bytes=int(number("C5KG_API_MAX_RESULT", cls.max_result_bytes // MIB, int, 1)) * MIB,
            sparql_service=service in ("1", "yes", "on", "true"),
        )


__all__ = ["MIB", "Settings", "SettingsError"]
