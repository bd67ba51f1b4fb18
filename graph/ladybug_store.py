"""The embedded default store: LadybugDB (PyPI `ladybug`, the maintained Kùzu fork), in-process Cypher.

LadybugDB keeps a table per label, so the schema (graph/schema.py) is declared up front, and
relationship writes are grouped by (type, from label, to label): it cannot create a
relationship between nodes whose label is not bound. A document's relationships are deleted
before its new ones are written, so they are copied in (COPY FROM), never merged: LadybugDB has no index on a
relationship's property, and a MERGE on one scans every relationship of the type.
"""

from __future__ import annotations

import contextlib
import threading
import warnings
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import ladybug
import pyarrow as pa

from .errors import GraphInUse
from .ladybug_plan import PlanRefused, check_plan
from .projection import Projection
from .schema import NODE_COLUMNS, REL_COLUMNS, Schema, schema
from .store import QueryRefused, QueryTimeout, ReadResult, StoreError

BATCH = 2000
CHECKPOINT_EVERY = 4  # transactions of a bulk write between checkpoints: what is not checkpointed stays in memory


# A relationship table's COPY reads the two endpoints' keys first, then the columns in their order.
ENDPOINTS = {"from": "STRING", "to": "STRING"}
_ARROW_TYPES = {"STRING": pa.string(), "STRING[]": pa.list_(pa.string()), "INT64": pa.int64(), "DOUBLE": pa.float64()}


def _arrow(rows: list[dict[str, Any]], columns: dict[str, str]) -> pa.Table:
    """Rows as an Arrow table of the store's column types, for COPY: LadybugDB's bulk path, which
    writes a table's rows in one operation where an UNWIND writes them one at a time."""
    return pa.table({c: pa.array([row[c] for row in rows], _ARROW_TYPES[t]) for c, t in columns.items()})


def table_rows(projections: list[Projection]) -> tuple[dict[str, dict[str, dict[str, Any]]],
                                                       dict[tuple[str, str, str], dict[str, dict[str, Any]]]]:
    """The projections' rows by table, keyed by uri: nodes by label (an entity several documents
    name is one row), relationships by (type, from label, to label), with their endpoints' keys."""
    nodes: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    rels: dict[tuple[str, str, str], dict[str, dict[str, Any]]] = defaultdict(dict)
    for projection in projections:
        for node in projection.nodes:
            nodes[node.label][node.uri] = {c: node.properties.get(c) for c in NODE_COLUMNS}
        for rel in projection.rels:
            row = {"from": rel.from_uri, "to": rel.to_uri} | {c: rel.properties.get(c) for c in REL_COLUMNS}
            rels[(rel.type, rel.from_label, rel.to_label)][row["uri"]] = row
    return nodes, rels


def copy_statement(table: str | tuple[str, str, str], rows: list[dict[str, Any]]) -> tuple[str, dict[str, Any]]:
    """LadybugDB's COPY of new rows into a node table (a label) or a relationship table
    ((type, from label, to label)), and its parameters."""
    if isinstance(table, str):
        return f"COPY {table} FROM $rows", {"rows": _arrow(rows, NODE_COLUMNS)}
    rel_type, a, b = table
    return f"COPY {rel_type} FROM $rows (from='{a}', to='{b}')", {"rows": _arrow(rows, ENDPOINTS | REL_COLUMNS)}


def _set_clause(var: str, columns: dict[str, str]) -> str:
    """SET assignments; non-string columns cast, since LadybugDB types a batch's all-NULL field as STRING."""
    return ", ".join(f"{var}.{c} = row.{c}" if t == "STRING" else f"{var}.{c} = CAST(row.{c} AS {t})"
                     for c, t in columns.items() if c != "uri")


class LadybugStore:
    name = "ladybug"

    def __init__(self, path: Path | str, sch: Schema | None = None, read_only: bool = False,
                 buffer_pool_bytes: int = 0, max_db_bytes: int | None = None):
        """`buffer_pool_bytes` 0: LadybugDB's default (most of the machine's memory); `max_db_bytes`:
        the address space it reserves for the database file (None: LadybugDB's 8 TiB, more than
        a memory limit allows)."""
        self.path = Path(path)
        self.schema = sch or schema()
        # One connection is shared by every caller; its transactions must not interleave across threads.
        self.lock = threading.RLock()
        self._writer: ladybug.Connection | None = None  # the connection of the write transaction in progress
        self._bulk = False  # in a bulk_write span
        self._uncheckpointed = 0  # transactions committed since the last checkpoint
        try:
            self.db = ladybug.Database(str(self.path), read_only=read_only, buffer_pool_size=buffer_pool_bytes,
                                       max_db_size=max_db_bytes)
            self.conn = ladybug.Connection(self.db)
        except RuntimeError as error:
            if "Could not set lock" in str(error):
                raise GraphInUse(self.path.parent) from error
            raise StoreError(f"cannot open the LadybugDB store at {self.path}: {error}") from error
        if not read_only:
            self._ensure_schema()

    def _ensure_schema(self) -> None:
        """Create the tables; tables of an older schema are dropped first (`stale` is then True and the
        store is empty: the projection is disposable, and the caller rebuilds it from the record)."""
        self.stale = self._drop_stale_tables()
        node_cols = ", ".join(f"{c} {t}" + (" PRIMARY KEY" if c == "uri" else "") for c, t in NODE_COLUMNS.items())
        for label in self.schema.labels:
            self.conn.execute(f"CREATE NODE TABLE IF NOT EXISTS {label}({node_cols})")
        rel_cols = ", ".join(f"{c} {t}" for c, t in REL_COLUMNS.items())
        for rel in self.schema.relationships.values():
            pairs = ", ".join(f"FROM {a} TO {b}" for a, b in rel.pairs)
            self.conn.execute(f"CREATE REL TABLE IF NOT EXISTS {rel.name}({pairs}, {rel_cols})")

    def _drop_stale_tables(self) -> bool:
        tables = {row[1]: row[2] for row in self.conn.execute("CALL show_tables() RETURN *").get_all()}
        if not tables:
            return False
        expected = {**{label: ("NODE", NODE_COLUMNS) for label in self.schema.labels},
                    **{rel.name: ("REL", REL_COLUMNS) for rel in self.schema.relationships.values()}}

        def columns(table: str) -> dict[str, str]:
            return {row[1]: row[2] for row in self.conn.execute(f"CALL table_info('{table}') RETURN *").get_all()}

        if tables.keys() == expected.keys() and all(
                tables[t] == kind and columns(t) == cols for t, (kind, cols) in expected.items()):
            return False
        for table, kind in sorted(tables.items(), key=lambda item: item[1] != "REL"):  # relationships first
            self.conn.execute(f"DROP TABLE {table}")
        return True

    # ------------------------------------------------------------------ writing

    def _execute(self, cypher: str, parameters: dict[str, Any] | None = None) -> Any:
        return (self._writer or self.conn).execute(cypher, parameters or {})

    def _batches(self, rows: list[dict[str, Any]]):
        for i in range(0, len(rows), BATCH):
            yield rows[i:i + BATCH]

    def _delete_document(self, doc: str) -> None:
        for rel in self.schema.relationships.values():
            self._execute(f"MATCH ()-[r:{rel.name}]->() WHERE r.doc = $doc DELETE r", {"doc": doc})
        self._execute("MATCH (d:Document) WHERE d.doc = $doc DETACH DELETE d", {"doc": doc})

    def _delete_nodes(self, uris: list[str]) -> None:
        if not uris:
            return
        for label in self.schema.labels:
            self._execute(f"UNWIND $uris AS u MATCH (n:{label}) WHERE n.uri = u DETACH DELETE n", {"uris": uris})

    def _write_all(self, projections: list[Projection]) -> None:
        """Many documents' rows in few statements: batches of rows across documents, not per document."""
        for projection in projections:
            if not projection.fresh:  # (LadybugDB has no index on a relationship's property: this scans)
                self._delete_document(projection.doc)
        self._delete_nodes(sorted({uri for projection in projections for uri in projection.gone}))
        nodes, rels = table_rows(projections)
        node_set = _set_clause("n", NODE_COLUMNS)
        for label, rows in nodes.items():
            stored = self._stored(label, list(rows))
            if new := [row for uri, row in rows.items() if uri not in stored]:
                self._execute(*copy_statement(label, new))
            for batch in self._batches([rows[uri] for uri in sorted(stored)]):
                self._execute(f"UNWIND $rows AS row MATCH (n:{label} {{uri: row.uri}}) SET {node_set}", {"rows": batch})
        for table, rel_rows in rels.items():
            self._execute(*copy_statement(table, list(rel_rows.values())))

    def _stored(self, label: str, uris: list[str]) -> set[str]:
        """Which of the nodes the store holds already: those are updated, the others copied in (a
        COPY of a key the table holds would fail the load)."""
        return {row[0] for batch in self._batches(uris) for row in self._execute(
            f"UNWIND $uris AS u MATCH (n:{label} {{uri: u}}) RETURN n.uri", {"uris": batch}).get_all()}

    def _transaction(self, work) -> None:
        """`work` in one transaction, on a connection of its own: a connection keeps every statement
        it prepares with the values first bound to it (each batch's rows, for a COPY), until closed."""
        with self.lock:
            self._writer = ladybug.Connection(self.db)
            try:
                if self._bulk:
                    self._execute("CALL auto_checkpoint=false")
                self._execute("BEGIN TRANSACTION")
                try:
                    work()
                except Exception as error:
                    try:
                        self._execute("ROLLBACK")
                    except RuntimeError:
                        pass  # LadybugDB has already rolled back the transaction a failed statement was in
                    raise StoreError(f"LadybugDB store at {self.path}: {error}") from error
                self._execute("COMMIT")
                self._uncheckpointed += 1
                if self._bulk and self._uncheckpointed >= CHECKPOINT_EVERY:
                    self._checkpoint()
            finally:
                self._writer.close()
                self._writer = None

    def _checkpoint(self) -> None:
        self._execute("CHECKPOINT")
        self._uncheckpointed = 0

    def apply(self, projection: Projection) -> None:
        self.apply_all([projection])

    def apply_all(self, projections: list[Projection]) -> None:
        self._transaction(lambda: self._write_all(projections))

    @contextlib.contextmanager
    def bulk_write(self) -> Iterator[None]:
        """A checkpoint every few transactions, not at each. LadybugDB checkpoints when a commit's log
        passes a threshold, and a checkpoint costs the size of the database, so a load of many batches
        would pay for the whole database at each one; what is not checkpointed is held in memory, so
        it cannot wait for the end of a long load either. A process killed in the span loses nothing
        committed: LadybugDB replays its log when it opens."""
        with self.lock:
            self._bulk = True
            try:
                yield
            finally:
                self._bulk = False
                self._checkpoint()

    def remove(self, doc: str, gone: list[str]) -> None:
        def work() -> None:
            self._delete_document(doc)
            self._delete_nodes(gone)
        self._transaction(work)

    def clear(self) -> None:
        def work() -> None:
            for label in self.schema.labels:
                self._execute(f"MATCH (n:{label}) DETACH DELETE n")
        self._transaction(work)

    # ------------------------------------------------------------------ reading

    def run(self, cypher: str, parameters: dict[str, Any]) -> list[dict[str, Any]]:
        """Rows of a query. A catalogue query pages with its final `SKIP $skip LIMIT $limit`; LadybugDB
        0.22 can crash the process on ORDER BY ... SKIP n for n of a few thousand, so the store asks
        for the first skip + limit rows and drops the first `skip` itself."""
        skip, limit = parameters.get("skip"), parameters.get("limit")
        if isinstance(skip, int) and isinstance(limit, int) and skip > 0:
            return self.run(cypher, {**parameters, "skip": 0, "limit": skip + limit})[skip:]
        with self.lock:
            try:
                result = self._execute(cypher, parameters)
            except RuntimeError as error:
                raise StoreError(str(error)) from error
            columns = result.get_column_names()
            return [dict(zip(columns, row)) for row in result.get_all()]

    def run_read_only(self, cypher: str, parameters: dict[str, Any], timeout_s: float,
                      row_limit: int) -> ReadResult:
        """One client-written statement in a READ ONLY transaction on a connection of its own, so
        LadybugDB refuses any write to the graph. `prepare` refuses a string of several statements,
        and the statement runs only if its plan reads and nothing else (graph/ladybug_plan.py)."""
        conn = ladybug.Connection(self.db)
        rows: list[dict[str, Any]] = []
        try:
            conn.set_query_timeout(max(1, round(timeout_s * 1000)))
            conn.execute("BEGIN TRANSACTION READ ONLY")
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)  # prepare-then-execute is what we need here
                statement = conn.prepare(cypher)
            if not statement.is_success():
                raise _read_error(statement.get_error_message())
            try:
                check_plan(conn.execute("EXPLAIN " + cypher, parameters).get_all()[0][0])
            except PlanRefused as refused:
                raise QueryRefused(str(refused)) from None
            result = conn.execute(statement, parameters)
            columns = result.get_column_names()
            while len(rows) <= row_limit and result.has_next():
                rows.append(dict(zip(columns, result.get_next())))
        except StoreError:
            raise
        except RuntimeError as error:
            raise _read_error(str(error)) from error
        except (TypeError, ValueError, OverflowError) as error:  # parameters LadybugDB cannot bind
            raise StoreError(f"a parameter cannot be used: {error}") from error
        finally:
            try:
                conn.execute("ROLLBACK")
            except RuntimeError:
                pass  # the statement failed (LadybugDB rolled back) or was itself a COMMIT/ROLLBACK
            conn.close()
        return ReadResult(columns, rows[:row_limit], len(rows) > row_limit)

    def counts(self) -> dict[str, int]:
        nodes = sum(self.run(f"MATCH (n:{label}) RETURN count(n) AS c", {})[0]["c"] for label in self.schema.labels)
        rels = sum(self.run(f"MATCH ()-[r:{rel.name}]->() RETURN count(r) AS c", {})[0]["c"]
                   for rel in self.schema.relationships.values())
        return {"nodes": nodes, "relationships": rels}

    def close(self) -> None:
        self.conn.close()
        self.db.close()



def _read_error(message: str) -> StoreError:
    """LadybugDB raises RuntimeError for everything: tell a refused write and a timeout from bad Cypher."""
    message = message.strip()
    if "read-only" in message:
        return QueryRefused(f"the store refused to write: {message}")
    if message.rstrip(".") == "Interrupted":
        return QueryTimeout("the query ran past its time limit and was stopped")
    return StoreError(message)


__all__ = ["LadybugStore", "copy_statement", "table_rows"]
