"""The knowledge graph: the RDF record and its property-graph projection, kept in step.

This is c5kg's one entry point as a library: `KnowledgeGraph.open(path)`, then `ingest`,
`query`, `export`. Documents flow loader -> extractor -> RDF writer -> record -> projection ->
store, each a replaceable component.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from platformdirs import user_data_dir

from loaders.documents import Document, DocumentError, DocumentIdTaken, find_documents, read_document
from loaders.facts import Extraction
from loaders.language import looks_english
from loaders.rdf import to_rdf
from ontology.iris import document_graph

from .catalogue import named_query
from .export import RdfSource, export
from .projection import REFERENCE_DOC, document_entities, project_document, project_reference
from .record import Record
from .store import GraphStore, StoreError
from .stores import LADYBUG_DIR, StoreSettings, open_store

if TYPE_CHECKING:  # the extractor (spaCy) is imported when first used: reading never loads it
    from loaders.extractor import Extractor

RECORD_DIR = "rdf"
STORE_DIR = LADYBUG_DIR


def default_db_path() -> Path:
    """`C5KG_DB`, or a folder in the user's data directory."""
    return Path(os.environ.get("C5KG_DB") or Path(user_data_dir("c5kg")) / "default")


@dataclass
class IngestReport:
    documents: list[str] = field(default_factory=list)
    facts: int = 0
    failed: list[DocumentError] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # read, but worth saying: e.g. not UTF-8


class KnowledgeGraph:
    def __init__(self, record: Record, store: GraphStore, extractor: Extractor | None = None,
                 read_only: bool = False):
        self.record = record
        self.store = store
        self.read_only = read_only
        self._extractor = extractor
        if read_only and record.path is None:
            self.record.ensure_reference()  # a record in memory (Neo4j holds the RDF): nothing on disk
        elif read_only:
            if getattr(self.store, "stale", False) or self.record.reference_outdated():
                raise StoreError(f"the graph at {record.path} was written by another version of c5kg; "
                                 "open it for writing once (c5kg rebuild) before reading it")
        elif getattr(self.store, "stale", False):
            self.record.ensure_reference()
            self.rebuild()  # the store's schema changed since it was written: re-project the record
        elif self.record.ensure_reference():
            self.store.apply(project_reference(self.record))

    @property
    def extractor(self) -> Extractor:
        """Made when first needed: reading the graph never loads the language model."""
        if self._extractor is None:
            from loaders.extractor import Extractor
            self._extractor = Extractor()
        return self._extractor

    @classmethod
    def open(cls, path: Path | str | None = None, store: GraphStore | None = None,
             settings: StoreSettings | None = None, read_only: bool = False) -> KnowledgeGraph:
        """Open (or create) the database folder: the record in `rdf/`, and the store the settings
        choose (default: from the environment, graph/stores.py): the embedded one in `ladybug/`, or Neo4j.

        `read_only`: open an existing graph for reading, beside a process that writes it (`c5kg
        serve`, an ingest): nothing is written, and a write raises StoreError."""
        root = Path(path) if path is not None else default_db_path()
        settings = settings or StoreSettings.from_env()
        local = root / RECORD_DIR
        if read_only and not local.is_dir() and (store is not None or settings.kind != "neo4j"):
            raise StoreError(f"no graph at {root} (c5kg ingest makes one)")
        if not read_only:
            root.mkdir(parents=True, exist_ok=True)

        def record() -> Record:  # read-only on Neo4j with no local record: one in memory, Neo4j has the RDF
            return Record(local if local.is_dir() or not read_only else None, read_only=read_only)

        if store is not None:
            return cls(record(), store, read_only=read_only)
        opened = open_store(settings, root, read_only=read_only)
        try:
            return cls(record(), opened, read_only=read_only)
        except Exception:
            opened.close()
            raise

    # ------------------------------------------------------------------ writing

    def add(self, extraction: Extraction) -> None:
        """Write one document's extraction to the record and the store, all or nothing.

        The record is replaced first (one Oxigraph transaction); if the store then fails, the
        record's previous graph is put back, so both are as they were.
        """
        doc_id = extraction.document.id
        graph = to_rdf(extraction)
        name = document_graph(doc_id)
        old = self.record.document_quads(doc_id)
        previously = document_entities(self.record, doc_id) if old else []
        self.record.replace_document(doc_id, graph)
        try:
            self.store.apply(project_document(self.record, doc_id, previously))
        except Exception:
            if old:
                self.record.replace_graph(name, old)
            else:
                self.record.remove_document(doc_id)
            raise

    def remove(self, doc_id: str) -> bool:
        """Remove one document's facts and nothing else; False when it is not in the graph."""
        if not self.record.has_document(doc_id):
            return False
        old = self.record.document_quads(doc_id)
        previously = document_entities(self.record, doc_id)
        self.record.remove_document(doc_id)
        try:
            projection = project_document(self.record, doc_id, previously)
            if projection.nodes:
                self.store.apply(projection)
            else:
                self.store.remove(doc_id, projection.gone)
        except Exception:
            self.record.replace_graph(document_graph(doc_id), old)
            raise
        return True

    def read(self, paths: Iterable[Path | str]) -> Iterator[Document | DocumentError]:
        """Each document under the paths, or the error that names why it cannot be read."""
        for path in find_documents(paths):
            try:
                yield read_document(path)
            except DocumentError as error:
                yield error

    def ingest(self, paths: Iterable[Path | str], keep_going: bool = False,
               progress: Callable[[str], None] | None = None,
               written: Callable[[str], None] | None = None) -> IngestReport:
        """Read, extract and load the documents under the paths (see `load`)."""
        return self.load(self.read(paths), keep_going, progress, written=written)

    def load(self, items: Iterable[Document | DocumentError], keep_going: bool = False,
             progress: Callable[[str], None] | None = None, replace: bool = False,
             written: Callable[[str], None] | None = None) -> IngestReport:
        """Extract and load documents already read (or the errors of those that could not be).

        Every document is extracted before anything is written: if any fails, nothing is written
        (unless `keep_going`, which loads the good ones and reports the others). Two files with one
        id fail, as does a file whose id the graph already holds for a file of another name (unless
        `replace`): neither silently replaces the other. `progress` hears of each document read,
        `written` of each document written.
        """
        report = IngestReport()
        extractions = []
        first_of: dict[str, Document] = {}
        for item in items:
            if isinstance(item, Document):
                item = self._id_taken(item, first_of.get(item.id), replace) or item
            if isinstance(item, DocumentError):
                report.failed.append(item)
            else:
                first_of[item.id] = item
                if item.encoding != "utf-8":
                    report.notices.append(f"{item.path}: not UTF-8; read as {item.encoding}")
                extraction = self.extractor.extract(item)
                if not extraction.facts and not looks_english(item.text):
                    report.notices.append(f"{item.path or item.source}: no facts found, and the text does not "
                                          "look like English, the one language c5kg reads")
                extractions.append(extraction)
            if progress:
                progress(item.path if isinstance(item, DocumentError) else item.source)
        if report.failed and not keep_going:
            return report
        for extraction in extractions:
            self.add(extraction)
            report.documents.append(extraction.document.id)
            report.facts += len(extraction.facts)
            if written:
                written(extraction.document.id)
        self.record.flush()
        return report

    def _id_taken(self, document: Document, earlier: Document | None, replace: bool) -> DocumentIdTaken | None:
        where = document.path or document.source
        if earlier is not None:
            return DocumentIdTaken(where, f"its document id '{document.id}' is also that of "
                                          f"{earlier.path or earlier.source}; rename one of them")
        source = None if replace else self.record.document_source(document.id)
        if source is not None and source != document.source:
            return DocumentIdTaken(where, f"the graph already holds a document '{document.id}', read from "
                                          f"{source}; rename this file, or remove '{document.id}' first")
        return None

    def rebuild(self) -> None:
        """Rebuild the store from the record: the projection is disposable, the record is not."""
        self.store.clear()
        self.store.apply(project_reference(self.record))
        for doc_id in self.record.documents():
            self.store.apply(project_document(self.record, doc_id))

    # ------------------------------------------------------------------ reading

    def query(self, name: str, /, **parameters: Any) -> list[dict[str, Any]]:
        """Run a named query from the catalogue."""
        query = named_query(name)
        return self.store.run(query.cypher, query.bind(**parameters))

    def export(self, fmt: str = "turtle", doc_id: str | None = None, output: IO[bytes] | None = None) -> bytes | None:
        """The RDF, from the store when it keeps it (Neo4j), otherwise from the record."""
        source = self.store if isinstance(self.store, RdfSource) else self.record
        return export(source, fmt, doc_id, output)

    def stats(self) -> dict[str, int]:
        return {"documents": len(self.record.documents()), "triples": self.record.exported_triple_count(),
                **self.store.counts()}

    def close(self) -> None:
        self.store.close()
        self.record.close()

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = ["REFERENCE_DOC", "IngestReport", "KnowledgeGraph", "default_db_path"]
