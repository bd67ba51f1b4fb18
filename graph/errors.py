"""The errors the stores raise (apart from graph/store.py, so that the record can raise them too)."""

from __future__ import annotations


class StoreError(RuntimeError):
    """A store could not be opened, written or queried; the message says which and why."""


class QueryRefused(StoreError):
    """A query given for reading was refused by the store's read-only access: it writes, or reaches
    outside the graph (files, transactions)."""


class QueryTimeout(StoreError):
    """A query ran past its time limit and was stopped."""


class PartlyWritten(StoreError):
    """A write of many documents in several transactions failed after the first ones were committed:
    the store holds part of it (a load undoes it from its journal)."""


class GraphInUse(StoreError):
    """Another process has the graph open for writing; the message says what to do instead."""

    def __init__(self, root: object):
        super().__init__(f"the graph at {root} is open for writing in another process (c5kg serve, or an "
                         "ingest). Reading commands (query, export, viz, stats) work beside it; to write, stop "
                         "that process, or send documents to the running server (POST /documents)")


__all__ = ["GraphInUse", "PartlyWritten", "QueryRefused", "QueryTimeout", "StoreError"]
