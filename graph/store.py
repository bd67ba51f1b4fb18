"""The interface every property-graph store implements (LadybugDB embedded, Neo4j over Bolt)."""

from __future__ import annotations

from typing import Any, Protocol

from .projection import Projection


class StoreError(RuntimeError):
    """A store could not be opened, written or queried; the message says which and why."""


class GraphStore(Protocol):
    """A property-graph projection of the record.

    `apply` replaces everything one document (or the reference data) projected before with a
    new projection, in one transaction: a failure leaves the store as it was.
    """

    name: str

    def apply(self, projection: Projection) -> None: ...

    def remove(self, doc: str, gone: list[str]) -> None: ...

    def run(self, cypher: str, parameters: dict[str, Any]) -> list[dict[str, Any]]: ...

    def counts(self) -> dict[str, int]: ...

    def clear(self) -> None: ...

    def close(self) -> None: ...


__all__ = ["GraphStore", "StoreError"]
