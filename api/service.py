"""The knowledge graph as the HTTP API uses it: named queries, the RDF, and writes one at a time
(each of which drops the answers kept in memory, api/cache.py)."""

from __future__ import annotations

import re
import threading
from typing import Any

from graph.export import RdfSource
from graph.kg import KnowledgeGraph
from graph.ladybug_store import LadybugStore
from loaders.documents import document_from_bytes
from ontology.iris import document_iri
from ontology.namespaces import C5

from .cache import AnswerCache
from .sandbox import QuerySandbox, SandboxLimits
from .settings import Settings

DOCUMENT_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")  # what loaders.documents.document_id makes


class GraphService:
    def __init__(self, kg: KnowledgeGraph, settings: Settings):
        self.kg = kg
        self.settings = settings
        self.write_lock = threading.Lock()
        self.answers = AnswerCache(settings.cache_seconds, settings.cache_bytes)
        if kg.record.path is None:
            raise ValueError("the API serves a graph kept on disk (KnowledgeGraph.open), not one in memory")
        # Clients' /sparql and /cypher queries run in worker processes (api/sandbox.py).
        embedded = kg.store.path if isinstance(kg.store, LadybugStore) else None
        self.sandbox = QuerySandbox(settings.query_workers, embedded, kg.record.path,
                                    SandboxLimits(settings.query_memory_bytes, settings.max_result_bytes),
                                    self.write_lock)

    # ------------------------------------------------------------------ reading

    def query(self, name: str, /, **parameters: Any) -> list[dict[str, Any]]:
        return self.kg.query(name, **parameters)

    @property
    def rdf(self) -> RdfSource:
        """Where the RDF is read: the store when it keeps it (Neo4j), otherwise the local record."""
        return self.kg.store if isinstance(self.kg.store, RdfSource) else self.kg.record

    def has_rdf(self, doc_id: str) -> bool:
        """Whether the RDF holds this document's named graph (where exports read)."""
        return DOCUMENT_ID.fullmatch(doc_id) is not None and self.rdf.has_document(doc_id)

    def document_text(self, doc_id: str) -> str | None:
        """The clean text the document's evidence offsets count into."""
        if self.rdf is self.kg.record:
            return self.kg.record.document_text(doc_id)
        subject, content = str(document_iri(doc_id)), str(C5.content)
        return next((q.object.value for q in self.rdf.quads(doc_id)
                     if q.subject.value == subject and q.predicate.value == content), None)

    def is_document(self, doc_id: str) -> bool:
        """Whether the local record holds the document (what ingest and removal change)."""
        return doc_id in self.kg.record.documents()

    # ------------------------------------------------------------------ writing

    def ingest(self, data: bytes, filename: str, media_type: str, doc_id: str | None = None) -> tuple[str, bool]:
        """Read, extract and load one document given as bytes (nothing is written to disk but the
        graph); returns its id and whether it replaced an earlier version. `doc_id` given: it replaces
        whatever document has that id. Raises DocumentError naming `filename` and the problem."""
        document = document_from_bytes(data, filename, media_type, doc_id=doc_id,
                                       max_bytes=self.settings.max_body_bytes)
        with self.write_lock:
            existed = self.is_document(document.id)
            try:
                report = self.kg.load([document], replace=doc_id is not None)
            finally:
                self.sandbox.changed()
        if report.failed:
            raise report.failed[0]
        return report.documents[0], existed

    def remove(self, doc_id: str) -> bool:
        with self.write_lock:
            if not self.is_document(doc_id):
                return False
            try:
                self.kg.remove(doc_id)
                self.kg.record.flush()
            finally:
                self.sandbox.changed()
        return True

    def changed(self) -> None:
        """The graph changed: forget every kept answer (call on the event loop)."""
        self.answers.forget()

    def close(self) -> None:
        self.sandbox.close()


__all__ = ["DOCUMENT_ID", "GraphService"]
