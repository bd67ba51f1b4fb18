"""The Neo4j store against a real Bolt server (ArcadeDB): schema, idempotent loads, all-or-nothing
documents, retries on transient errors, read-only queries, and errors that say what is wrong."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import neo4j
import pytest

from graph import neo4j_store
from graph.kg import KnowledgeGraph
from graph.neo4j_store import RESOURCE, Neo4jSettings, Neo4jStore
from graph.projection import REFERENCE_DOC, Projection, graph_of
from graph.record import Record
from graph.store import QueryRefused, StoreError
from graph.stores import StoreSettings
from loaders.documents import document_id, find_documents

pytestmark = pytest.mark.neo4j

FIRST = "2018-03-15_astana_first_meeting"


@pytest.fixture
def neo_kg(tmp_path: Path, neo4j_settings: Neo4jSettings) -> Iterator[KnowledgeGraph]:
    with KnowledgeGraph.open(tmp_path / "db", settings=StoreSettings("neo4j", neo4j_settings)) as kg:
        yield kg


def resources(store: Neo4jStore) -> int:
    return store.run("MATCH (n:Resource) RETURN count(n) AS c", {})[0]["c"]


def snapshot(kg: KnowledgeGraph) -> tuple:
    """Everything a reader can see: counts, the RDF, and the answers of a query."""
    store = kg.store
    assert isinstance(store, Neo4jStore)
    return store.counts(), resources(store), set(store.quads()), kg.query("proposals", limit=1000)


def constraint_names(store: Neo4jStore) -> list[str]:
    return sorted(r["name"] for r in store.run("SHOW CONSTRAINTS", {}) if r["name"].startswith("c5kg_"))


def index_names(store: Neo4jStore) -> list[str]:
    return sorted(r["name"] for r in store.run("SHOW INDEXES", {}) if r["name"].startswith("c5kg_"))


def test_constraints_and_indexes_are_created_on_first_use_and_only_once(neo4j_settings: Neo4jSettings) -> None:
    first = Neo4jStore(neo4j_settings)
    constraints, indexes = constraint_names(first), index_names(first)
    first.close()
    again = Neo4jStore(neo4j_settings)
    assert constraint_names(again) == constraints and index_names(again) == indexes
    labels = again.schema.labels
    assert set(constraints) == {"c5kg_resource_key"} | {f"c5kg_{label.lower()}_uri" for label in labels}
    assert {"c5kg_resource_graph", "c5kg_document_doc", "c5kg_proposed_doc"} <= set(indexes)
    # the fact properties the proposal filters test are indexed, so a filtered page starts there
    assert {"c5kg_proposed_date", "c5kg_proposed_state_uri", "c5kg_proposed_summit_uri"} <= set(indexes)
    # and they hold: a second State with the same IRI is refused
    with pytest.raises(StoreError, match="Constraint"):
        again._write_transaction(lambda tx: tx.run("CREATE (:State {uri: 'x'}), (:State {uri: 'x'})").consume())
    # the RDF's two-property key: one IRI may be a node in two graphs, not twice in one
    again._write_transaction(lambda tx: tx.run(f"CREATE (:{RESOURCE} {{uri: 'x', graphUri: 'g1'}}), "
                                               f"(:{RESOURCE} {{uri: 'x', graphUri: 'g2'}})").consume())
    with pytest.raises(StoreError, match="Constraint"):
        again._write_transaction(lambda tx: tx.run(f"CREATE (:{RESOURCE} {{uri: 'x', graphUri: 'g1'}})").consume())
    again.close()


def test_loading_the_same_documents_again_changes_nothing(neo_kg: KnowledgeGraph, sample_corpus: Path) -> None:
    neo_kg.ingest([sample_corpus])
    before = snapshot(neo_kg)
    assert before[0]["relationships"] > 100 and before[1] > 500
    neo_kg.ingest([sample_corpus])
    assert snapshot(neo_kg) == before
    neo_kg.rebuild()
    assert snapshot(neo_kg) == before


def test_removing_a_document_removes_its_facts_and_its_graph(neo_kg: KnowledgeGraph, sample_corpus: Path) -> None:
    neo_kg.ingest([sample_corpus / f"{FIRST}.txt", sample_corpus / "2023-09-14_dushanbe_fifth_meeting.txt"])
    store = neo_kg.store
    assert isinstance(store, Neo4jStore)
    assert store.has_document(FIRST)
    assert neo_kg.remove(FIRST)
    assert not store.has_document(FIRST)
    assert {q.graph_name.value for q in store.quads()} == {graph_of(REFERENCE_DOC),
                                                          graph_of("2023-09-14_dushanbe_fifth_meeting")}
    assert not [r for r in neo_kg.query("proposals", limit=1000) if r["document"] == FIRST]


class FailingStore(Neo4jStore):
    """The real Neo4j store; for one document, a statement the server rejects, sent mid-transaction
    after the projection and the RDF are written."""

    fail_on: str | None = None

    def _write_all(self, tx: neo4j.ManagedTransaction, projections: list[Projection]) -> None:
        super()._write_all(tx, projections)
        if self.fail_on and any(projection.doc == self.fail_on for projection in projections):
            tx.run("THIS IS NOT CYPHER").consume()


def test_a_document_that_fails_leaves_nothing_behind(tmp_path: Path, neo4j_settings: Neo4jSettings,
                                                     sample_corpus: Path) -> None:
    store = FailingStore(neo4j_settings)
    with KnowledgeGraph(Record(tmp_path / "rdf"), store) as kg:
        kg.ingest([sample_corpus / "2019-11-29_tashkent_second_meeting.md"])
        before = snapshot(kg)
        record_before = set(kg.record.quads())

        store.fail_on = FIRST  # a new document
        with pytest.raises(StoreError, match="SyntaxError|Syntax"):
            kg.ingest([sample_corpus / f"{FIRST}.txt"])
        assert snapshot(kg) == before
        assert set(kg.record.quads()) == record_before
        assert not store.has_document(FIRST)

        # a document already loaded, read again in a new version: the old version stays, whole
        folder = tmp_path / "docs"
        folder.mkdir()
        doc = folder / "caspian_note.txt"
        doc.write_text("Ashgabat, 3 May 2024. President Serdar Berdimuhamedov of Turkmenistan proposed a "
                       "Caspian Sturgeon Hatchery Programme. Azerbaijan supported the Caspian Sturgeon "
                       "Hatchery Programme.\n", encoding="utf-8")
        store.fail_on = None
        kg.ingest([doc])
        loaded = snapshot(kg)
        assert store.has_document("caspian_note")
        doc.write_text(doc.read_text(encoding="utf-8") + "Kazakhstan proposed a Caspian Seal Census.\n",
                       encoding="utf-8")
        store.fail_on = "caspian_note"
        with pytest.raises(StoreError):
            kg.ingest([doc])
        assert snapshot(kg) == loaded


def test_a_load_split_across_transactions_that_fails_leaves_nothing_behind(
        tmp_path: Path, neo4j_settings: Neo4jSettings, sample_corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(neo4j_store, "TRANSACTION_QUADS", 1)  # each document a transaction of its own
    files = sorted(find_documents([sample_corpus]))
    store = FailingStore(neo4j_settings)
    with KnowledgeGraph(Record(tmp_path / "rdf"), store) as kg:
        before, record_before = snapshot(kg), set(kg.record.quads())
        store.fail_on = document_id(files[-1])  # the last to be written: the others are committed by then
        with pytest.raises(StoreError):
            kg.ingest(files)
        assert snapshot(kg) == before
        assert set(kg.record.quads()) == record_before
        store.fail_on = None
        report = kg.ingest(files)
        assert len(report.documents) == len(files) and kg.check() == []


class InterferingStore(Neo4jStore):
    """The real Neo4j store; while its transaction is open, another session changes a node that
    transaction has written. The other session waits for the lock and gives up at the server's lock
    acquisition timeout (1 s in the test server) with Neo.TransientError.Transaction.LockAcquisitionTimeout,
    a real transient error raised inside the work, which the driver retries."""

    interfere = 0  # how many attempts to spoil
    attempts = 0

    def _write_all(self, tx: neo4j.ManagedTransaction, projections: list[Projection]) -> None:
        self.attempts += 1
        super()._write_all(tx, projections)
        if self.interfere:
            self.interfere -= 1
            with self.driver.session(database=self.settings.database) as other:
                other.run("MATCH (n:State {uri: $uri}) SET n.description = $text",
                          uri="https://w3id.org/c5kg/id/state/kazakhstan",
                          text=f"changed meanwhile ({self.attempts})").consume()


def test_a_transient_error_is_retried(tmp_path: Path, neo4j_settings: Neo4jSettings, sample_corpus: Path) -> None:
    store = InterferingStore(neo4j_settings)
    with KnowledgeGraph(Record(tmp_path / "rdf"), store) as kg:
        store.interfere, store.attempts = 1, 0
        kg.ingest([sample_corpus / f"{FIRST}.txt"])
        assert store.attempts == 2  # the first commit failed, the retry went through
        assert store.has_document(FIRST)
        kazakhstan = kg.query("actors", name="Kazakhstan", kind="State")
        assert kazakhstan and kazakhstan[0]["name"] == "Kazakhstan"
        assert store.run("MATCH (n:State {uri: $uri}) RETURN n.description AS d",
                         {"uri": "https://w3id.org/c5kg/id/state/kazakhstan"})[0]["d"] != "changed meanwhile (1)"


def test_retries_stop_after_retry_seconds_and_leave_nothing(tmp_path: Path, neo4j_settings: Neo4jSettings,
                                                            sample_corpus: Path) -> None:
    settings = Neo4jSettings(**{**neo4j_settings.__dict__, "retry_seconds": 1.0})
    store = InterferingStore(settings)
    with KnowledgeGraph(Record(tmp_path / "rdf"), store) as kg:
        before = snapshot(kg)
        store.interfere, store.attempts = 1000, 0
        with pytest.raises(StoreError, match="TransientError"):
            kg.ingest([sample_corpus / f"{FIRST}.txt"])
        assert store.attempts > 1
        assert not store.has_document(FIRST)
        assert snapshot(kg) == before


def test_read_only_queries_cannot_write(neo_kg: KnowledgeGraph) -> None:
    store = neo_kg.store
    assert isinstance(store, Neo4jStore)
    before = store.counts()
    with pytest.raises(QueryRefused):
        store.run_read_only("CREATE (n:State {uri: 'intruder'}) RETURN n.uri AS uri", {}, 5, 10)
    with pytest.raises(QueryRefused):
        store.run_read_only("MATCH (n:State) SET n.name = 'x' RETURN count(n) AS c", {}, 5, 10)
    with pytest.raises(QueryRefused, match="LOAD CSV"):
        store.run_read_only("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", {}, 5, 10)
    with pytest.raises(QueryRefused, match="CALL"):
        store.run_read_only("CALL db.labels() YIELD label RETURN label", {}, 5, 10)
    assert store.counts() == before
    assert not store.run("MATCH (n {uri: 'intruder'}) RETURN n.uri AS uri", {})
    result = store.run_read_only("MATCH (n:State) RETURN n.name AS name ORDER BY name", {}, 5, 3)
    assert result.columns == ["name"] and len(result.rows) == 3 and result.truncated
    with pytest.raises(StoreError):
        store.run_read_only("THIS IS NOT CYPHER", {}, 5, 3)


def test_bad_settings_are_named_in_the_error(bolt_server, neo4j_settings: Neo4jSettings) -> None:
    def settings(**changes: object) -> Neo4jSettings:
        return Neo4jSettings(**{**neo4j_settings.__dict__, **changes})

    with pytest.raises(StoreError, match=f"refused user '{neo4j_settings.user}'"):
        Neo4jStore(settings(password="wrong-password"))
    with pytest.raises(StoreError, match="cannot reach Neo4j at bolt://127.0.0.1:1 "):
        Neo4jStore(settings(uri="bolt://127.0.0.1:1"))
    with pytest.raises(StoreError, match="bad Neo4j URI 'http://localhost:7474'"):
        Neo4jStore(settings(uri="http://localhost:7474"))
    with pytest.raises(StoreError, match="bad Neo4j URI 'localhost'"):
        Neo4jStore(settings(uri="localhost"))
    with pytest.raises(StoreError, match="database 'no_such_database'"):
        Neo4jStore(settings(database="no_such_database"))
    with pytest.raises(StoreError, match="unknown store 'postgres'"):
        StoreSettings.from_env({"C5KG_STORE": "postgres"})


def test_settings_come_from_the_environment_and_flags_win() -> None:
    env = {"C5KG_STORE": "neo4j", "C5KG_NEO4J_URI": "neo4j+s://abc.databases.neo4j.io", "C5KG_NEO4J_USER": "reader",
           "C5KG_NEO4J_PASSWORD": "secret", "C5KG_NEO4J_DATABASE": "politics"}
    settings = StoreSettings.from_env(env)
    assert settings.kind == "neo4j"
    assert settings.neo4j == Neo4jSettings("neo4j+s://abc.databases.neo4j.io", "reader", "secret", "politics")
    assert "secret" not in repr(settings)
    given = StoreSettings.from_env(env, kind="ladybug", database="kg", uri="bolt://db:7687")
    assert (given.kind, given.neo4j.database, given.neo4j.uri, given.neo4j.user) == ("ladybug", "kg", "bolt://db:7687",
                                                                                     "reader")
    assert StoreSettings.from_env({}) == StoreSettings("ladybug", Neo4jSettings())
