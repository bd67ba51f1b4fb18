"""The Neo4j store: the same projection and the same catalogue as the embedded store, over Bolt,
with the document's RDF kept alongside, losslessly.

One database holds two layers, written together in one transaction per document:

The projection (what the catalogue queries): exactly the rows of graph/projection.py, the same
as in LadybugDB. Each node has one label (State, Person, Organisation, Summit, Initiative,
Place, Document) and the properties of schema.NODE_COLUMNS; each relationship has its type
(PROPOSED, SUPPORTED, MEMBER_OF, ...) and the properties of schema.REL_COLUMNS, evidence
included. A uniqueness constraint on `uri` for every label; writes are batched
`UNWIND $rows ... MERGE`.

The RDF (what `export` reads back): every named graph of the record, as neosemantics (n10s)
imports RDF, in its quad mode, so Neo4j users find what they expect:

- each IRI of a graph is a node labelled `Resource` with `uri` (the IRI) and `graphUri` (the
  named graph: one per document, and the reference data's); (uri, graphUri) is unique;
- `rdf:type` becomes labels, the type's IRI shortened n10s-style: `c5__Statement`, `oa__TextQuoteSelector`;
- a property whose value is an IRI becomes a relationship, typed by the shortened predicate
  (`oa__hasSelector`, `c5__proposed`), between the two nodes of the same graph;
- a property whose value is a literal becomes a node property named by the shortened predicate
  (`skos__prefLabel`), always a list of strings (n10s `handleMultival: 'ARRAY'`), each value
  written as n10s writes it with `keepLangTag` and `keepCustomDataTypes`: `Kazakhstan@en`,
  `Казахстан@ru`, `2023-09-14^^xsd__date`, `0.9^^xsd__decimal`; a plain string as itself.

Those three choices are what n10s users lose data to by default (language tags dropped, a
second value overwriting the first, datatypes coerced to native numbers and dates); here
nothing is lost: every datatype other than xsd:string keeps its IRI and its lexical form, and a
plain string that would read as tagged or typed (`me@home`) is written with an explicit
`^^xsd__string`, so reading a value back is unambiguous. Prefixes are the project's
(ontology/namespaces.py); a namespace outside them gets `ns0`, `ns1`, ... and, like every
prefix in use, is recorded in the `_NsPrefDef` node, as n10s does. Reading back gives exactly
the quads that were written (tests/test_neo4j_rdf.py).

Writes run in managed transactions (`execute_write`): the driver retries them on transient
errors (deadlocks, leader changes, lost connections) for up to `retry_seconds`; any other error
rolls the document back and is raised as a StoreError. Constraints and indexes are created on
first use, those missing only (`SHOW` first, then `CREATE ... IF NOT EXISTS`), so opening again
changes nothing. The RDF's nodes carry `uri` but no `kind`: the catalogue's unlabelled patterns
filter on `kind` (graph/catalogue.py).

The tests run this against Neo4j 5.26 Community (tests/neo4j_server.py). What the code keeps to:
- a label is given when a node is created, never added later; RDF nodes are created (`CREATE`)
  after their graph's old nodes were deleted, which is also what makes a reload idempotent;
- schema statements run one by one, outside the write transactions (Neo4j requires it);
- relationship types and labels are written into the statement, never as parameters (dynamic
  labels, `$(...)`, are Neo4j 5.26+ only), so rows are grouped by label set and by type;
- Neo4j locks as it writes: a transaction that waits too long for another's lock fails with a
  transient error (LockAcquisitionTimeout, DeadlockDetected), which the driver retries;
- ad-hoc queries run in a READ session, which the server itself refuses to write in
  (Neo.ClientError.Statement.AccessMode), with a transaction timeout the server enforces.
"""

from __future__ import annotations

import contextlib

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import neo4j
import pyoxigraph as ox
from neo4j.exceptions import AuthError, ConfigurationError, DriverError, Neo4jError

from ontology.iris import document_graph
from ontology.namespaces import GRAPH, PREFIXES, RDF, REFERENCE_GRAPH, XSD

from .errors import PartlyWritten
from .neo4j_settings import Neo4jSettings
from .projection import Projection, graph_of
from .schema import FILTERED_REL_PROPERTIES, NODE_COLUMNS, REL_COLUMNS, Schema, schema
from .store import QueryRefused, QueryTimeout, ReadResult, StoreError

BATCH = 2000
# RDF quads to a write transaction: a server with the default transaction memory (70% of a 2 GB heap)
# holds this many and their projection with room to spare
TRANSACTION_QUADS = 200_000
URI_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")  # Bolt: one server, or routing
RESOURCE = "Resource"
PREFIX_NODE = "_NsPrefDef"
SEPARATOR = "__"  # n10s: prefix__localName
_RDF_TYPE = str(RDF.type)
_XSD_STRING = str(XSD.string)
# How n10s writes a literal with a datatype or a language tag (its keepCustomDataTypes and
# keepLangTag formats); the datatype's local name may hold neither '@' nor whitespace.
_TYPED = re.compile(r"(.*)\^\^(\w+__[^\s@^]*)", re.DOTALL)
_TAGGED = re.compile(r"(.*)@([a-zA-Z]+(?:-[a-zA-Z0-9]+)*)", re.DOTALL)
# What a read-only query may not do even when it writes nothing: read files, call procedures.
_OUTSIDE = re.compile(r"\bLOAD\s+CSV\b|\bCALL\s+[A-Za-z_`]", re.IGNORECASE)


# ---------------------------------------------------------------------------- names and values

def split_iri(iri: str) -> tuple[str, str]:
    """(namespace, local name), split after the last '#', '/' or ':' as n10s does."""
    cut = max(iri.rfind("#"), iri.rfind("/"), iri.rfind(":"))
    return iri[:cut + 1], iri[cut + 1:]


class Namespaces:
    """Prefixes for shortening IRIs into n10s names (`prefix__local`), and back."""

    def __init__(self, prefixes: dict[str, str] | None = None):
        self.prefixes: dict[str, str] = dict(PREFIXES if prefixes is None else prefixes)
        self.by_namespace = {ns: prefix for prefix, ns in self.prefixes.items()}

    def add(self, namespace: str) -> str:
        """A new prefix, ns0, ns1, ..., for a namespace the table does not know."""
        n = 0
        while f"ns{n}" in self.prefixes:
            n += 1
        prefix = f"ns{n}"
        self.prefixes[prefix] = namespace
        self.by_namespace[namespace] = prefix
        return prefix

    def short(self, iri: str) -> str:
        namespace, local = split_iri(iri)
        prefix = self.by_namespace.get(namespace) or self.add(namespace)
        return f"{prefix}{SEPARATOR}{local}"

    def iri(self, name: str) -> str:
        prefix, sep, local = name.partition(SEPARATOR)
        if not sep or prefix not in self.prefixes:
            raise StoreError(f"'{name}' is not a name c5kg wrote (no prefix__local with a known prefix)")
        return self.prefixes[prefix] + local


def encode_literal(literal: ox.Literal, names: Namespaces) -> str:
    """A literal as an n10s property value: `value`, `value@lang` or `value^^prefix__type`."""
    value = literal.value
    if literal.language:
        return f"{value}@{literal.language}"
    datatype = literal.datatype.value
    if datatype == _XSD_STRING:
        if _TYPED.fullmatch(value) or _TAGGED.fullmatch(value):
            return f"{value}^^{names.short(_XSD_STRING)}"  # would otherwise read back as typed or tagged
        return value
    encoded = f"{value}^^{names.short(datatype)}"
    match = _TYPED.fullmatch(encoded)
    if not match or match.group(1) != value:
        raise StoreError(f"cannot write the datatype <{datatype}> as an n10s name")
    return encoded


def decode_literal(text: str, names: Namespaces) -> ox.Literal:
    typed = _TYPED.fullmatch(text)
    if typed:
        return ox.Literal(typed.group(1), datatype=ox.NamedNode(names.iri(typed.group(2))))
    tagged = _TAGGED.fullmatch(text)
    if tagged:
        return ox.Literal(tagged.group(1), language=tagged.group(2))
    return ox.Literal(text)


def _quote(name: str) -> str:
    """A label, type or property name as Cypher takes it (IRIs cannot hold a backtick)."""
    return "`" + name.replace("`", "``") + "`"


@dataclass
class _GraphRows:
    """One named graph, as the rows the RDF layer writes."""

    nodes: dict[frozenset[str], list[dict[str, Any]]]  # label set -> {uri, props}
    relationships: dict[str, list[dict[str, str]]]  # type -> {s, o}


def rdf_rows(quads: Iterable[ox.Quad], names: Namespaces) -> _GraphRows:
    labels: dict[str, set[str]] = defaultdict(set)
    props: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    relationships: dict[str, list[dict[str, str]]] = defaultdict(list)
    for quad in quads:
        subject, predicate, obj = quad.subject, quad.predicate.value, quad.object
        if not isinstance(subject, ox.NamedNode) or not isinstance(obj, ox.NamedNode | ox.Literal):
            raise StoreError(f"c5kg graphs hold no blank nodes: {quad}")
        s = subject.value
        labels[s]  # every subject is a node, even with no type
        if isinstance(obj, ox.Literal):
            props[s][names.short(predicate)].add(encode_literal(obj, names))
        elif predicate == _RDF_TYPE:
            labels[s].add(names.short(obj.value))
        else:
            labels[obj.value]  # and so is every IRI object
            relationships[names.short(predicate)].append({"s": s, "o": obj.value})
    nodes: dict[frozenset[str], list[dict[str, Any]]] = defaultdict(list)
    for uri in sorted(labels):
        values = {name: sorted(found) for name, found in props.get(uri, {}).items()}
        nodes[frozenset(labels[uri])].append({"uri": uri, "props": values})
    return _GraphRows(nodes, relationships)


# ---------------------------------------------------------------------------- the store

def _message(error: Exception) -> str:
    if isinstance(error, Neo4jError):
        return f"{error.code}: {error.message}" if error.code else str(error.message or error)
    return str(error)


class Neo4jStore:
    name = "neo4j"

    def __init__(self, settings: Neo4jSettings, sch: Schema | None = None):
        self.settings = settings
        self.schema = sch or schema()
        self.names = Namespaces()
        where = f"Neo4j at {settings.uri} (database '{settings.database}')"
        self._where = where
        if settings.uri.partition("://")[0] not in URI_SCHEMES:
            raise StoreError(f"bad Neo4j URI '{settings.uri}': it starts with one of "
                             f"{', '.join(s + '://' for s in URI_SCHEMES)}")
        try:
            # The server's notifications ("label does not exist" on a fresh database) are not the user's
            # business: the driver would log each as a warning on the terminal.
            self.driver = neo4j.GraphDatabase.driver(settings.uri, auth=(settings.user, settings.password),
                                                     max_transaction_retry_time=settings.retry_seconds,
                                                     notifications_min_severity=neo4j.NotificationMinimumSeverity.OFF)
        except (ConfigurationError, ValueError) as error:
            raise StoreError(f"bad Neo4j URI '{settings.uri}': {error}") from error
        try:
            self.driver.verify_connectivity()
        except AuthError as error:
            self.driver.close()
            raise StoreError(f"{where} refused user '{settings.user}': {_message(error)}") from error
        except (DriverError, Neo4jError, OSError) as error:
            self.driver.close()
            raise StoreError(f"cannot reach {where}: {_message(error)}") from error
        self._stored_prefixes: dict[str, str] = {}
        try:
            self._ensure_schema()
            self._load_prefixes()
            if self._stored_prefixes != self.names.prefixes:
                self._write_transaction(self._write_prefixes)
                self._stored_prefixes = dict(self.names.prefixes)
        except StoreError:
            self.driver.close()
            raise

    # ------------------------------------------------------------------ plumbing

    def _session(self) -> neo4j.Session:
        return self.driver.session(database=self.settings.database)

    def _write_transaction(self, work: Callable[[neo4j.ManagedTransaction], Any]) -> Any:
        """One managed transaction, retried by the driver on transient errors; all or nothing."""
        try:
            with self._session() as session:
                return session.execute_write(work)
        except (Neo4jError, DriverError) as error:
            raise StoreError(f"{self._where}: {_message(error)}") from error

    def _read_transaction(self, work: Callable[[neo4j.ManagedTransaction], Any]) -> Any:
        try:
            with self._session() as session:
                return session.execute_read(work)
        except (Neo4jError, DriverError) as error:
            raise StoreError(f"{self._where}: {_message(error)}") from error

    @staticmethod
    def _batches(rows: list[Any]) -> Iterator[list[Any]]:
        for i in range(0, len(rows), BATCH):
            yield rows[i:i + BATCH]

    def schema_statements(self) -> dict[str, str]:
        """The constraints and indexes the store needs, by name."""
        statements = {
            "c5kg_resource_key": f"CREATE CONSTRAINT c5kg_resource_key IF NOT EXISTS FOR (n:{RESOURCE}) "
                                 "REQUIRE (n.uri, n.graphUri) IS UNIQUE",
            "c5kg_resource_graph": f"CREATE INDEX c5kg_resource_graph IF NOT EXISTS FOR (n:{RESOURCE}) ON (n.graphUri)",
            "c5kg_document_doc": "CREATE INDEX c5kg_document_doc IF NOT EXISTS FOR (n:Document) ON (n.doc)",
        }
        for label in self.schema.labels:
            name = f"c5kg_{label.lower()}_uri"
            statements[name] = f"CREATE CONSTRAINT {name} IF NOT EXISTS FOR (n:{label}) REQUIRE n.uri IS UNIQUE"
        for rel in sorted(self.schema.relationships.values(), key=lambda r: r.name):
            name = f"c5kg_{rel.name.lower()}_doc"
            statements[name] = f"CREATE INDEX {name} IF NOT EXISTS FOR ()-[r:{rel.name}]-() ON (r.doc)"
        for rel_name, properties in FILTERED_REL_PROPERTIES.items():
            for prop in properties:
                name = f"c5kg_{rel_name.lower()}_{prop}"
                statements[name] = f"CREATE INDEX {name} IF NOT EXISTS FOR ()-[r:{rel_name}]-() ON (r.{prop})"
        return statements

    def _ensure_schema(self) -> None:
        """Create what is missing, one statement at a time (Neo4j runs schema changes on their own);
        a database that has it all is only read, so an account that may only read can open it."""
        def show(command: str) -> set[str]:
            records = self.driver.execute_query(command, database_=self.settings.database,
                                                routing_=neo4j.RoutingControl.READ).records
            return {record["name"] for record in records}

        try:
            existing = show("SHOW CONSTRAINTS") | show("SHOW INDEXES")
        except (Neo4jError, DriverError) as error:
            raise StoreError(f"{self._where}: {_message(error)}") from error
        for name, statement in self.schema_statements().items():
            if name in existing:
                continue
            try:
                self.driver.execute_query(statement, database_=self.settings.database)
            except (Neo4jError, DriverError) as error:
                raise StoreError(f"{self._where}: cannot create the schema ({statement}): {_message(error)}") from error

    def _load_prefixes(self) -> None:
        """Read the prefixes the database already uses; the project's must mean the same there."""
        rows = self._read_transaction(lambda tx: [r["p"] for r in tx.run(f"MATCH (n:{PREFIX_NODE}) RETURN properties(n) AS p")])
        stored: dict[str, str] = {}
        for row in rows:
            stored.update(row)
        self._stored_prefixes = stored
        for prefix, namespace in stored.items():
            mine = self.names.prefixes.get(prefix)
            if mine is not None and mine != namespace:
                raise StoreError(f"{self._where}: the prefix '{prefix}' means <{namespace}> in this database, "
                                 f"but c5kg writes <{mine}> with it")
            if mine is None and namespace not in self.names.by_namespace:
                self.names.prefixes[prefix] = namespace
                self.names.by_namespace[namespace] = prefix

    # ------------------------------------------------------------------ writing

    def _delete_document(self, tx: neo4j.ManagedTransaction, doc: str) -> None:
        for rel in self.schema.relationships.values():
            tx.run(f"MATCH ()-[r:{rel.name}]->() WHERE r.doc = $doc DELETE r", doc=doc).consume()
        tx.run("MATCH (d:Document {doc: $doc}) DETACH DELETE d", doc=doc).consume()

    def _delete_nodes(self, tx: neo4j.ManagedTransaction, uris: list[str]) -> None:
        if not uris:
            return
        for label in self.schema.labels:
            tx.run(f"UNWIND $uris AS u MATCH (n:{label} {{uri: u}}) DETACH DELETE n", uris=uris).consume()

    def _write_nodes(self, tx: neo4j.ManagedTransaction, projections: list[Projection]) -> None:
        by_label: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
        for projection in projections:  # an entity several documents name is one row
            for node in projection.nodes:
                by_label[node.label][node.uri] = {"uri": node.uri, "props": {
                    c: node.properties.get(c) for c in NODE_COLUMNS if c != "uri"}}
        for label, rows in by_label.items():
            for batch in self._batches(list(rows.values())):
                tx.run(f"UNWIND $rows AS row MERGE (n:{label} {{uri: row.uri}}) SET n += row.props",
                       rows=batch).consume()

    def _write_relationships(self, tx: neo4j.ManagedTransaction, projections: list[Projection]) -> None:
        by_type: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
        for projection in projections:
            for rel in projection.rels:
                by_type[(rel.type, rel.from_label, rel.to_label)].append({
                    "from_uri": rel.from_uri, "to_uri": rel.to_uri, "uri": rel.properties["uri"],
                    "props": {c: rel.properties.get(c) for c in REL_COLUMNS if c != "uri"}})
        for (rel_type, a, b), rows in by_type.items():
            for batch in self._batches(rows):
                tx.run(f"UNWIND $rows AS row MATCH (a:{a} {{uri: row.from_uri}}), (b:{b} {{uri: row.to_uri}}) "
                       f"MERGE (a)-[r:{rel_type} {{uri: row.uri}}]->(b) SET r += row.props", rows=batch).consume()

    def _delete_graph(self, tx: neo4j.ManagedTransaction, graph: str) -> None:
        tx.run(f"MATCH (n:{RESOURCE} {{graphUri: $graph}}) DETACH DELETE n", graph=graph).consume()

    def _write_prefixes(self, tx: neo4j.ManagedTransaction) -> None:
        tx.run(f"MERGE (n:{PREFIX_NODE}) SET n += $prefixes", prefixes=self.names.prefixes).consume()

    def _write_graphs(self, tx: neo4j.ManagedTransaction, graphs: list[tuple[str, list[ox.Quad]]]) -> None:
        """Named graphs' RDF, the rows of all of them together: each row carries its graph."""
        nodes: dict[frozenset[str], list[dict[str, Any]]] = defaultdict(list)
        relationships: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for graph, quads in graphs:
            if not quads:
                continue
            rows = rdf_rows(quads, self.names)
            for label_set, graph_nodes in rows.nodes.items():
                nodes[frozenset(label_set)] += [node | {"g": graph} for node in graph_nodes]
            for rel_type, rels in rows.relationships.items():
                relationships[rel_type] += [rel | {"g": graph} for rel in rels]
        if self.names.prefixes.keys() - self._stored_prefixes.keys():
            self._write_prefixes(tx)  # a namespace outside the known ones got a prefix: record it, as n10s does
        for label_set, rows in sorted(nodes.items(), key=lambda item: sorted(item[0])):
            labels = "".join(":" + _quote(label) for label in [RESOURCE, *sorted(label_set)])
            for batch in self._batches(rows):
                tx.run(f"UNWIND $rows AS row CREATE (n{labels} {{uri: row.uri, graphUri: row.g}}) SET n += row.props",
                       rows=batch).consume()
        for rel_type, rows in sorted(relationships.items()):
            for batch in self._batches(rows):
                tx.run(f"UNWIND $rows AS row MATCH (a:{RESOURCE} {{uri: row.s, graphUri: row.g}}), "
                       f"(b:{RESOURCE} {{uri: row.o, graphUri: row.g}}) MERGE (a)-[:{_quote(rel_type)}]->(b)",
                       rows=batch).consume()

    def _write_all(self, tx: neo4j.ManagedTransaction, projections: list[Projection]) -> None:
        """Everything the documents (or the reference data) put in the store, the rows of all of them
        together: the work of one transaction. A document new to the store has nothing to delete."""
        for projection in projections:
            if not projection.fresh:
                self._delete_document(tx, projection.doc)
                self._delete_graph(tx, graph_of(projection.doc))
        self._delete_nodes(tx, sorted({uri for projection in projections for uri in projection.gone}))
        self._write_nodes(tx, projections)
        self._write_relationships(tx, projections)
        self._write_graphs(tx, [(graph_of(projection.doc), projection.quads) for projection in projections])

    def apply(self, projection: Projection) -> None:
        self.apply_all([projection])

    def apply_all(self, projections: list[Projection]) -> None:
        """Many documents in one transaction, or in a few when their RDF would pass what the server lets
        one transaction hold (its transaction memory): then a failure can leave the first ones
        written, and the caller's load journal undoes them. One document is one transaction."""
        committed = 0

        def write(batch: list[Projection]) -> None:
            nonlocal committed
            try:
                self._write_transaction(lambda tx: self._write_all(tx, batch))
            except StoreError as error:
                if committed:
                    raise PartlyWritten(str(error)) from error
                raise
            committed += 1
            self._stored_prefixes = dict(self.names.prefixes)

        batch: list[Projection] = []
        weight = 0
        for projection in projections:
            if batch and weight + len(projection.quads) > TRANSACTION_QUADS:
                write(batch)
                batch, weight = [], 0
            batch.append(projection)
            weight += len(projection.quads)
        if batch:
            write(batch)

    def bulk_write(self) -> contextlib.AbstractContextManager[None]:
        """Neo4j writes a span of transactions as it writes each one."""
        return contextlib.nullcontext()

    def remove(self, doc: str, gone: list[str]) -> None:
        def work(tx: neo4j.ManagedTransaction) -> None:
            self._delete_document(tx, doc)
            self._delete_nodes(tx, gone)
            self._delete_graph(tx, graph_of(doc))
        self._write_transaction(work)

    def clear(self) -> None:
        """Delete what c5kg wrote, in batches (one transaction for millions of nodes would not fit
        in a server's memory), so a clear that fails half-way leaves a graph to clear again."""
        matches = [f"MATCH (n:{label})" for label in self.schema.labels]
        matches.append(f"MATCH (n:{RESOURCE}) WHERE n.graphUri STARTS WITH $graphs")
        for match in matches:
            while True:
                deleted = self._write_transaction(lambda tx, m=match: tx.run(
                    f"{m} WITH n LIMIT {BATCH * 5} DETACH DELETE n RETURN count(*) AS c", graphs=str(GRAPH)
                ).single()["c"])
                if not deleted:
                    break

    # ------------------------------------------------------------------ reading

    def run(self, cypher: str, parameters: dict[str, Any]) -> list[dict[str, Any]]:
        return self._read_transaction(lambda tx: [record.data() for record in tx.run(cypher, parameters)])

    def run_read_only(self, cypher: str, parameters: dict[str, Any], timeout_s: float,
                      row_limit: int) -> ReadResult:
        """One statement in a READ transaction with a timeout, always rolled back: the server refuses
        a write in it and stops it past its timeout. Reading files (LOAD CSV, which a read
        transaction allows) and calling procedures (which can reach outside the graph) are refused
        before the statement is sent."""
        if reach := _OUTSIDE.search(cypher):
            raise QueryRefused(f"'{reach.group(0)}' reaches outside the graph; not allowed here")
        rows: list[dict[str, Any]] = []
        try:
            with self.driver.session(database=self.settings.database,
                                     default_access_mode=neo4j.READ_ACCESS) as session:
                tx = session.begin_transaction(timeout=timeout_s)
                try:
                    result = tx.run(cypher, parameters)
                    columns = list(result.keys())
                    for record in result:
                        rows.append(record.data())
                        if len(rows) > row_limit:
                            break
                finally:
                    if not tx.closed():
                        tx.rollback()
        except Neo4jError as error:
            code = error.code or ""
            if "AccessMode" in code or "ForbiddenDueToTransactionType" in code:
                raise QueryRefused(f"the store refused to write: {_message(error)}") from error
            if "TransactionTimedOut" in code or code.endswith("Terminated"):
                raise QueryTimeout("the query ran past its time limit and was stopped") from error
            raise StoreError(_message(error)) from error
        except DriverError as error:
            raise StoreError(f"{self._where}: {_message(error)}") from error
        return ReadResult(columns, rows[:row_limit], len(rows) > row_limit)

    def counts(self) -> dict[str, int]:
        def work(tx: neo4j.ManagedTransaction) -> dict[str, int]:
            nodes = sum(tx.run(f"MATCH (n:{label}) RETURN count(n) AS c").single()["c"] for label in self.schema.labels)
            rels = sum(tx.run(f"MATCH ()-[r:{rel.name}]->() RETURN count(r) AS c").single()["c"]
                       for rel in self.schema.relationships.values())
            return {"nodes": nodes, "relationships": rels}
        return self._read_transaction(work)

    def has_document(self, doc_id: str) -> bool:
        graph = str(document_graph(doc_id))
        return bool(self._read_transaction(lambda tx: tx.run(
            f"MATCH (n:{RESOURCE} {{graphUri: $graph}}) RETURN n.uri AS uri LIMIT 1", graph=graph).single()))

    def quads(self, doc_id: str | None = None) -> list[ox.Quad]:
        """The RDF read back: one document's named graph, or the reference data's and every document's."""
        if doc_id is None:
            where, parameters = "n.graphUri STARTS WITH $graphs", {"graphs": str(GRAPH)}
        else:
            where, parameters = "n.graphUri = $graph", {"graph": str(document_graph(doc_id))}

        def work(tx: neo4j.ManagedTransaction) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
            nodes = [r.data() for r in tx.run(
                f"MATCH (n:{RESOURCE}) WHERE {where} "
                "RETURN n.graphUri AS graph, n.uri AS uri, labels(n) AS labels, properties(n) AS props", parameters)]
            rels = [r.data() for r in tx.run(
                f"MATCH (n:{RESOURCE})-[r]->(o:{RESOURCE}) WHERE {where} "
                "RETURN n.graphUri AS graph, n.uri AS s, type(r) AS p, o.uri AS o", parameters)]
            return nodes, rels

        self._load_prefixes()
        nodes, rels = self._read_transaction(work)
        names = self.names
        rdf_type = ox.NamedNode(_RDF_TYPE)
        quads: list[ox.Quad] = []
        for node in nodes:
            graph, subject = ox.NamedNode(node["graph"]), ox.NamedNode(node["uri"])
            for label in node["labels"]:
                if label != RESOURCE:
                    quads.append(ox.Quad(subject, rdf_type, ox.NamedNode(names.iri(label)), graph))
            for key, values in node["props"].items():
                if key in ("uri", "graphUri"):
                    continue
                predicate = ox.NamedNode(names.iri(key))
                for value in values if isinstance(values, list) else [values]:
                    quads.append(ox.Quad(subject, predicate, decode_literal(str(value), names), graph))
        for rel in rels:
            quads.append(ox.Quad(ox.NamedNode(rel["s"]), ox.NamedNode(names.iri(rel["p"])), ox.NamedNode(rel["o"]),
                                 ox.NamedNode(rel["graph"])))
        reference = str(REFERENCE_GRAPH)
        return sorted(quads, key=lambda q: (q.graph_name.value != reference, q.graph_name.value, str(q.subject),
                                            str(q.predicate), str(q.object)))

    def close(self) -> None:
        self.driver.close()


__all__ = ["Namespaces", "Neo4jSettings", "Neo4jStore", "decode_literal", "encode_literal", "rdf_rows", "split_iri"]
