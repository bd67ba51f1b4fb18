"""The knowledge graph: the RDF record and its property-graph projection, kept in step.

This is c5kg's one entry point as a library: `KnowledgeGraph.open(path)`, then `ingest`,
`query`, `export`. Documents flow loader -> extractor -> RDF writer -> record -> projection ->
store, each a replaceable component.
"""

from __future__ import annotations

import itertools
import os
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from platformdirs import user_data_dir

from loaders.documents import Document, DocumentError, DocumentIdTaken, find_documents
from loaders.facts import Extraction
from loaders.pipeline import ExtractedDocument, extract_document, extract_files, extracted
from ontology.iris import document_graph

from .catalogue import named_query
from .errors import PartlyWritten
from .export import RdfSource, export
from .loading import WRITE_BATCH, LoadJournal, Spill, chunks
from .projection import (REFERENCE_DOC, describe_documents, describe_entities, document_entities, project_document,
                         project_documents, project_reference)
from .record import Record
from .schema import schema
from .store import GraphStore, StoreError
from .stores import LADYBUG_DIR, StoreSettings, copy_record, open_store

if TYPE_CHECKING:  # the extractor (spaCy) is imported when first used: reading never loads it
    from loaders.extractor import Extractor

RECORD_DIR = "rdf"
STORE_DIR = LADYBUG_DIR
STAGES = ("extraction", "record", "projection", "store")
DOCUMENTS_PER_WORKER = 16  # fewer, and starting another process costs more than it saves


def default_db_path() -> Path:
    """`C5KG_DB`, or a folder in the user's data directory."""
    return Path(os.environ.get("C5KG_DB") or Path(user_data_dir("c5kg")) / "default")


@dataclass
class IngestReport:
    documents: list[str] = field(default_factory=list)
    facts: int = 0
    failed: list[DocumentError] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # read, but worth saying: e.g. not UTF-8
    # seconds spent in each stage: reading and extracting, writing the record, projecting it, the store
    seconds: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STAGES, 0.0))


class KnowledgeGraph:
    def __init__(self, record: Record, store: GraphStore, extractor: Extractor | None = None,
                 read_only: bool = False):
        self.record = record
        self.store = store
        self.read_only = read_only
        self._extractor = extractor
        self._scratch: Path | None = None
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
        if not read_only:
            self.recover()  # a load killed mid-way is undone before anything else is done

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
        """Write one document's extraction to the record and the store, all or nothing."""
        report = self.load([extracted(extraction)])
        if report.failed:
            raise report.failed[0]

    def remove(self, doc_id: str) -> bool:
        """Remove one document's facts and nothing else; False when it is not in the graph."""
        if not self.record.has_document(doc_id):
            return False
        old = self.record.document_quads(doc_id)
        previously = document_entities(self.record, doc_id)
        self.record.remove_document(doc_id)
        try:
            projection = project_document(self.record, doc_id, previously, with_quads=self._store_keeps_rdf)
            if projection.nodes:
                self.store.apply(projection)
            else:
                self.store.remove(doc_id, projection.gone)
        except Exception:
            self.record.replace_graph(document_graph(doc_id), old)
            raise
        return True

    def ingest(self, paths: Iterable[Path | str], keep_going: bool = False,
               progress: Callable[[str, int], None] | None = None,
               written: Callable[[str], None] | None = None, workers: int = 1,
               scheduler: str | None = None) -> IngestReport:
        """Read, extract and load the documents under the paths (see `load`), extracting in up to
        `workers` processes (each costs a language model's start, the time of a dozen documents or
        so: a small load stays in this process), or on the workers of the Dask `scheduler` (an
        address, tcp://HOST:8786; loaders/cluster.py)."""
        files = list(find_documents(paths))
        if scheduler is not None:
            from loaders.cluster import extract_files_on
            return self.load(extract_files_on(scheduler, files), keep_going, progress, written=written)
        workers = min(workers, len(files) // DOCUMENTS_PER_WORKER)
        return self.load(extract_files(files, workers, self._extractor), keep_going, progress, written=written)

    def load(self, items: Iterable[Document | ExtractedDocument | DocumentError], keep_going: bool = False,
             progress: Callable[[str, int], None] | None = None, replace: bool = False,
             written: Callable[[str], None] | None = None) -> IngestReport:
        """Extract (where not yet done) and load documents, or the errors of those that could not be read.

        Every document is extracted, and its RDF spilled to disk, before anything is written: if any
        fails, nothing is written (unless `keep_going`, which loads the good ones and reports the
        others). The write is all or nothing too, even when the process is killed (graph/loading.py).
        Two files with one id fail, as does a file whose id the graph already holds for a file of
        another name (unless `replace`): neither silently replaces the other. `progress` hears of
        each document read (its file name and its facts), `written` of each document written.
        """
        if self.read_only:
            raise StoreError("the graph is open for reading only")
        report = IngestReport()
        first_of: dict[str, str] = {}
        started = time.perf_counter()
        with Spill(self._work_folder()) as spill:
            for item in items:
                if isinstance(item, Document):
                    item = extract_document(item, self.extractor)
                if isinstance(item, ExtractedDocument):
                    item = self._id_taken(item, first_of.get(item.id), replace) or item
                if isinstance(item, DocumentError):
                    report.failed.append(item)
                else:
                    first_of[item.id] = item.path or item.source
                    report.notices.extend(item.notices)
                    spill.add(item)
                if progress:
                    progress(*((item.path, 0) if isinstance(item, DocumentError) else (item.source, item.facts)))
            report.seconds["extraction"] = time.perf_counter() - started
            if report.failed and not keep_going:
                return report
            self._write(spill, written, report.seconds)
            report.documents, report.facts = spill.ids, spill.facts
        return report

    def _work_folder(self) -> Path:
        """Where a load keeps its spill and journal: beside the record, or (a record in memory) in a
        temporary folder of this process's own."""
        if self.record.path is not None:
            return self.record.path.parent
        if self._scratch is None:
            self._scratch = Path(tempfile.mkdtemp(prefix="c5kg-"))
        return self._scratch

    def _write(self, spill: Spill, written: Callable[[str], None] | None, seconds: dict[str, float]) -> None:
        """The record from the spill in one bulk load, then the store in batches of documents."""
        ids = spill.ids
        if not ids:
            return
        replaced = [d for d in ids if self.record.has_document(d)]
        previously = {d: document_entities(self.record, d) for d in replaced}
        journal = LoadJournal(self._work_folder())
        journal.begin(self.record, [d for d in ids if d not in previously], replaced)
        stored = False
        try:
            started = time.perf_counter()
            self.record.remove_documents(replaced)
            self.record.load_quads(spill.quads())
            seconds["record"] += time.perf_counter() - started
            started = time.perf_counter()
            described = describe_entities(self.record, spill.entities.union(*previously.values()))
            seconds["projection"] += time.perf_counter() - started
            with self.store.bulk_write():
                for batch in chunks(spill.documents(with_quads=self._store_keeps_rdf), WRITE_BATCH):
                    started = time.perf_counter()
                    batch_ids = [graph.doc_id for graph, _ in batch]
                    projections = project_documents(self.record, batch_ids, previously,
                                                    fresh=set(batch_ids) - previously.keys(),
                                                    with_quads=self._store_keeps_rdf, described=described,
                                                    graphs={graph.doc_id: (graph, quads) for graph, quads in batch})
                    middle = time.perf_counter()
                    self.store.apply_all(projections)
                    seconds["projection"] += middle - started
                    seconds["store"] += time.perf_counter() - middle
                    stored = True
                    if written:
                        for doc_id in batch_ids:
                            written(doc_id)
            self.record.flush()
        except BaseException as error:  # an error, or an interrupt: the graph goes back to what it was
            journal.undo(self.record)
            if stored or isinstance(error, PartlyWritten):
                self.rebuild()
            journal.end()
            raise
        journal.end()

    @property
    def _store_keeps_rdf(self) -> bool:
        return isinstance(self.store, RdfSource)

    def recover(self) -> bool:
        """Undo a load that was killed before it finished (see graph/loading.py); True when there was one."""
        journal = LoadJournal(self._work_folder())
        if not journal.pending:
            return False
        journal.undo(self.record)
        self.rebuild()
        journal.end()
        return True

    def _id_taken(self, document: ExtractedDocument, earlier: str | None, replace: bool) -> DocumentIdTaken | None:
        where = document.path or document.source
        if earlier is not None:
            return DocumentIdTaken(where, f"its document id '{document.id}' is also that of {earlier}; "
                                          "rename one of them")
        source = None if replace else self.record.document_source(document.id)
        if source is not None and source != document.source:
            return DocumentIdTaken(where, f"the graph already holds a document '{document.id}', read from "
                                          f"{source}; rename this file, or remove '{document.id}' first")
        return None

    def rebuild(self, read: Callable[[str], None] | None = None, written: Callable[[str], None] | None = None) -> None:
        """Rebuild the store from the record: the projection is disposable, the record is not.
        `read` and `written` hear of each document as it is read from the record and written."""
        copy_record(self.record, self.store, read=read, written=written)

    def check(self) -> list[str]:
        """What is out of step between the record and the store (nothing, in a sound graph): every
        node and relationship the record projects is in the store, and the store holds no other.
        Reads only."""
        problems = []
        folder = self.record.path.parent if self.record.path is not None else self._scratch
        if folder is not None and LoadJournal(folder).pending:
            problems.append("a load did not finish (open the graph for writing to undo it)")
        expected_nodes: dict[str, str] = {}
        expected_rels: dict[str, str] = {}
        ids = self.record.documents()
        described = describe_documents(self.record, ids)
        for projections in itertools.chain([[project_reference(self.record)]],
                                           (project_documents(self.record, batch, with_quads=False, described=described)
                                            for batch in chunks(ids, WRITE_BATCH))):
            for projection in projections:
                expected_nodes |= {node.uri: node.label for node in projection.nodes}
                expected_rels |= {rel.properties["uri"]: rel.type for rel in projection.rels}
        sch = schema()
        stored_nodes = {row["uri"]: label for label in sch.labels
                        for row in self.store.run(f"MATCH (n:{label}) RETURN n.uri AS uri", {})}
        stored_rels = {row["uri"]: rel.name for rel in sch.relationships.values()
                       for row in self.store.run(f"MATCH ()-[r:{rel.name}]->() RETURN r.uri AS uri", {})}
        for kind, expected, stored in (("node", expected_nodes, stored_nodes),
                                       ("relationship", expected_rels, stored_rels)):
            missing = sorted(expected.keys() - stored.keys())
            extra = sorted(stored.keys() - expected.keys())
            wrong = sorted(uri for uri in expected.keys() & stored.keys() if expected[uri] != stored[uri])
            for what, uris in (("missing from the store", missing), ("in the store but not the record", extra),
                               ("of another label or type in the store", wrong)):
                if uris:
                    problems.append(f"{len(uris):,} {kind}{'s' if len(uris) > 1 else ''} {what}, e.g. {uris[0]}")
        return problems

    # ------------------------------------------------------------------ reading

    def query(self, name: str, /, **parameters: Any) -> list[dict[str, Any]]:
        """Run a named query from the catalogue."""
        return named_query(name).answer(self.store.run, **parameters)

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
