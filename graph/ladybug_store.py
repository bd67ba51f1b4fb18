"""The embedded default store: LadybugDB (PyPI `ladybug`, the maintained Kùzu fork), in-process Cypher.

LadybugDB keeps a table per label, so the schema (graph/schema.py) is declared up front, and
relationship writes are grouped by (type, from label, to label): it cannot create a
relationship between nodes whose label is not bound.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

import ladybug

from .projection import Projection
from .schema import NODE_COLUMNS, REL_COLUMNS, Schema, schema
from .store import StoreError

BATCH = 2000


def _set_clause(var: str, columns: dict[str, str]) -> str:
    """SET assignments; non-string columns cast, since LadybugDB types a batch's all-NULL field as STRING."""
    return ", ".join(f"{var}.{c} = row.{c}" if t == "STRING" else f"{var}.{c} = CAST(row.{c} AS {t})"
                     for c, t in columns.items() if c != "uri")


class LadybugStore:
    name = "ladybug"

    def __init__(self, path: Path | str, sch: Schema | None = None, read_only: bool = False):
        self.path = Path(path)
        self.schema = sch or schema()
        try:
            self.db = ladybug.Database(str(self.path), read_only=read_only)
            self.conn = ladybug.Connection(self.db)
        except RuntimeError as error:
            raise StoreError(f"cannot open the LadybugDB store at {self.path}: {error}") from error
        if not read_only:
            self._ensure_schema()

    def _ensure_schema(self) -> None:
        node_cols = ", ".join(f"{c} {t}" + (" PRIMARY KEY" if c == "uri" else "") for c, t in NODE_COLUMNS.items())
        for label in self.schema.labels:
            self.conn.execute(f"CREATE NODE TABLE IF NOT EXISTS {label}({node_cols})")
        rel_cols = ", ".join(f"{c} {t}" for c, t in REL_COLUMNS.items())
        for rel in self.schema.relationships.values():
            pairs = ", ".join(f"FROM {a} TO {b}" for a, b in rel.pairs)
            self.conn.execute(f"CREATE REL TABLE IF NOT EXISTS {rel.name}({pairs}, {rel_cols})")

    # ------------------------------------------------------------------ writing

    def _execute(self, cypher: str, parameters: dict[str, Any] | None = None) -> Any:
        return self.conn.execute(cypher, parameters or {})

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

    def _write(self, projection: Projection) -> None:
        self._delete_document(projection.doc)
        self._delete_nodes(projection.gone)
        by_label: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for node in projection.nodes:
            by_label[node.label].append({c: node.properties.get(c) for c in NODE_COLUMNS})
        node_set = _set_clause("n", NODE_COLUMNS)
        for label, rows in by_label.items():
            for batch in self._batches(rows):
                self._execute(f"UNWIND $rows AS row MERGE (n:{label} {{uri: row.uri}}) SET {node_set}", {"rows": batch})
        by_type: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
        for rel in projection.rels:
            row = {c: rel.properties.get(c) for c in REL_COLUMNS}
            row["from_uri"], row["to_uri"] = rel.from_uri, rel.to_uri
            by_type[(rel.type, rel.from_label, rel.to_label)].append(row)
        rel_set = _set_clause("r", REL_COLUMNS)
        for (rel_type, a, b), rows in by_type.items():
            for batch in self._batches(rows):
                self._execute(f"UNWIND $rows AS row MATCH (a:{a} {{uri: row.from_uri}}), (b:{b} {{uri: row.to_uri}}) "
                              f"MERGE (a)-[r:{rel_type} {{uri: row.uri}}]->(b) SET {rel_set}", {"rows": batch})

    def _transaction(self, work) -> None:
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

    def apply(self, projection: Projection) -> None:
        self._transaction(lambda: self._write(projection))

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
        try:
            result = self._execute(cypher, parameters)
        except RuntimeError as error:
            raise StoreError(str(error)) from error
        columns = result.get_column_names()
        return [dict(zip(columns, row)) for row in result.get_all()]

    def counts(self) -> dict[str, int]:
        nodes = sum(self.run(f"MATCH (n:{label}) RETURN count(n) AS c", {})[0]["c"] for label in self.schema.labels)
        rels = sum(self.run(f"MATCH ()-[r:{rel.name}]->() RETURN count(r) AS c", {})[0]["c"]
                   for rel in self.schema.relationships.values())
        return {"nodes": nodes, "relationships": rels}

    def close(self) -> None:
        self.conn.close()
        self.db.close()


__all__ = ["LadybugStore"]
