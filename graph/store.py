"""The interface every property-graph store implements (LadybugDB embedded, Neo4j over Bolt)."""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Protocol

from .errors import QueryRefused, QueryTimeout, StoreError
from .projection import Projection


@dataclass(frozen=True)
class ReadResult:
    """The rows of an ad-hoc read-only query, at most `row_limit` of them."""

    columns: list[str]
    rows: list[dict[str, Any]]
    truncated: bool  # the query had more rows than the limit


class GraphStore(Protocol):
    """A property-graph projection of the record.

    `apply` replaces everything one document (or the reference data) projected before with a
    new projection, in one transaction: a failure leaves the store as it was.
    """

    name: str

    def apply(self, projection: Projection) -> None: ...

    def apply_all(self, projections: list[Projection]) -> None:
        """`apply` for many documents, in one transaction (Neo4j: in as few as its transaction memory
        allows; a load's journal undoes a batch written in part)."""
        ...

    def bulk_write(self) -> AbstractContextManager[None]:
        """A span of many `apply_all` calls (a load, a rebuild), for a store that writes them faster
        together: each call is still its own transaction."""
        ...

    def remove(self, doc: str, gone: list[str]) -> None: ...

    def run(self, cypher: str, parameters: dict[str, Any]) -> list[dict[str, Any]]: ...

    def run_read_only(self, cypher: str, parameters: dict[str, Any], timeout_s: float,
                      row_limit: int) -> ReadResult:
        """Run one client-written Cypher statement with the store's own read-only access (a read-only
        transaction or session), stopped after `timeout_s`. Raises QueryRefused when it tries to
        write, QueryTimeout when it runs too long, StoreError when it is not valid Cypher."""
        ...

    def counts(self) -> dict[str, int]: ...

    def clear(self) -> None: ...

    def close(self) -> None: ...


__all__ = ["GraphStore", "QueryRefused", "QueryTimeout", "ReadResult", "StoreError"]
