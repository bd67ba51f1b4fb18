"""The knowledge graph as the HTTP API uses it: named queries, the RDF, and writes one at a time
(each of which drops the answers kept in memory, api/cache.py)."""

from __future__ import annotations

import re
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from graph.export import RdfSource
from graph.kg import KnowledgeGraph
from loaders.documents import DocumentError, document_id
from ontology.iris import document_iri
from ontology.namespaces import C5

from .cache import AnswerCache
from .settings import Settings

DOCUMENT_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")  # what loaders.documents.document_id makes


class GraphService:
    def __init__(self, kg: KnowledgeGraph, settings: Settings):
        self.kg = kg
        self.settings = settings
        self.write_lock = threading.Lock()
        self.answers = AnswerCache(settings.cache_seconds, settings.cache_entries)
        # SPARQL queries run here; a slot is held until the query ends, even one the client gave up on.
        self.sparql_pool = ThreadPoolExecutor(settings.sparql_workers, thread_name_prefix="c5kg-sparql")
        self.sparql_slots = threading.BoundedSemaphore(settings.sparql_workers)

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

    def ingest(self, data: bytes, filename: str) -> tuple[str, bool]:
        """Read, extract and load one document given as bytes; returns its id and whether it replaced
        an earlier version. Raises DocumentError naming `filename` and the problem."""
        with tempfile.TemporaryDirectory(prefix="c5kg-upload-") as folder:
            path = Path(folder) / filename
            path.write_bytes(data)
            with self.write_lock:
                existed = self.is_document(document_id(path))
                report = self.kg.ingest([path])
        if report.failed:
            raise DocumentError(filename, report.failed[0].problem)
        return report.documents[0], existed

    def remove(self, doc_id: str) -> bool:
        with self.write_lock:
            if not self.is_document(doc_id):
                return False
            self.kg.remove(doc_id)
            self.kg.record.flush()
        return True

    def changed(self) -> None:
        """The graph changed: forget every kept answer (call on the event loop)."""
        self.answers.forget()

    def close(self) -> None:
        self.sparql_pool.shutdown(wait=False, cancel_futures=True)


__all__ = ["DOCUMENT_ID", "GraphService"]
