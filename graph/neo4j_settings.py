"""Where a Neo4j database is: apart from graph/neo4j_store.py, so that choosing a store does not
import the Neo4j driver."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Neo4jSettings:
    """Where the Neo4j database is. `database` is the name the driver sends (`neo4j` on a default
    install; Aura and clusters say theirs)."""

    uri: str = "bolt://localhost:7687"
    user: str = "neo4j"
    password: str = field(default="", repr=False)
    database: str = "neo4j"
    retry_seconds: float = 30.0  # how long the driver keeps retrying a transaction on transient errors


__all__ = ["Neo4jSettings"]
