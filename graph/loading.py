"""Loading many documents at once, all or nothing, even when the process is killed.

- `Spill`: the extracted documents of one load, written to disk as they arrive (their N-Quads,
  gzipped, and what their projection reads of them), so memory does not grow with the corpus.
  Nothing reaches the graph until every document has been read. A rebuild spills the graphs the
  record holds the same way, reading each from the record once.
- `LoadJournal`: before a load changes the graph it writes down what it will change: the ids of
  the documents it adds and the previous RDF of those it replaces. A load that finishes deletes
  it; one that fails undoes itself from it; one that was killed is undone from it when the graph
  is next opened for writing. The record goes back to what it was, and the store, a projection of
  the record, is rebuilt from it.
"""

from __future__ import annotations

import gzip
import itertools
import json
import os
import pickle
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, TypeVar

import pyoxigraph as ox

from loaders.pipeline import ExtractedDocument
from ontology.iris import document_graph

from .projection import DocumentGraph
from .record import Record

SPILL_DIR = "load-spill"
JOURNAL_DIR = "load-journal"
WRITE_BATCH = 500  # documents to a store transaction
T = TypeVar("T")


class Spill:
    """The documents of one load, on disk until they are written.

    Each document's graph is read for its projection (`DocumentGraph`) as it arrives, while the
    extraction is still running, and kept beside its N-Quads: the write then parses the N-Quads again
    only for a store that keeps the RDF (Neo4j)."""

    def __init__(self, root: Path):
        root.mkdir(parents=True, exist_ok=True)
        self.folder = Path(tempfile.mkdtemp(prefix=SPILL_DIR + "-", dir=root))
        self.path = self.folder / "documents.nq.gz"
        # pickled: written and read by this process alone, within one load
        self.graphs_path = self.folder / "graphs.pickle.gz"
        self._out: IO[bytes] | None = gzip.open(self.path, "wb", compresslevel=1)
        self._graphs: IO[bytes] | None = gzip.open(self.graphs_path, "wb", compresslevel=1)
        self.ids: list[str] = []
        self.facts = 0
        self.entities: set[str] = set()  # every document's, once: what the load describes

    def add(self, document: ExtractedDocument) -> None:
        assert self._out is not None
        self._out.write(document.nquads)
        self.add_graph(DocumentGraph.read(document.id, ox.parse(document.nquads, format=ox.RdfFormat.N_QUADS)),
                       document.facts)

    def add_graph(self, graph: DocumentGraph, facts: int = 0) -> None:
        """A document's graph alone, without its N-Quads: one the record holds already (a rebuild)."""
        assert self._graphs is not None
        pickle.dump(graph, self._graphs, protocol=pickle.HIGHEST_PROTOCOL)
        self.ids.append(graph.doc_id)
        self.facts += facts
        self.entities.update(graph.entities)

    def documents(self, with_quads: bool = False) -> Iterator[tuple[DocumentGraph, list[ox.Quad]]]:
        """Each document's graph, in the order they were added, with its quads when asked (parsed
        again from the spill, which holds a document's quads together: faster than reading them
        back from the record)."""
        self._close_files()
        quads = self._quads() if with_quads else None
        with gzip.open(self.graphs_path, "rb") as graphs:
            for _ in self.ids:
                graph: DocumentGraph = pickle.load(graphs)
                yield graph, (next(quads) if quads is not None else [])

    def _quads(self) -> Iterator[list[ox.Quad]]:
        prefix = len(str(document_graph("")))
        current: str | None = None
        quads: list[ox.Quad] = []
        with gzip.open(self.path, "rb") as data:
            for quad in ox.parse(data, format=ox.RdfFormat.N_QUADS):
                doc_id = quad.graph_name.value[prefix:]
                if doc_id != current:
                    if current is not None:
                        yield quads
                    current, quads = doc_id, []
                quads.append(quad)
        if current is not None:
            yield quads

    def quads(self) -> Path:
        """The N-Quads of every document added, closed for writing."""
        self._close_files()
        return self.path

    def _close_files(self) -> None:
        for out in (self._out, self._graphs):
            if out is not None:
                out.close()
        self._out = self._graphs = None

    def close(self) -> None:
        self._close_files()
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> Spill:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class LoadJournal:
    """What a load in progress changes in one graph (see the module's docstring)."""

    def __init__(self, root: Path):
        self.folder = root / JOURNAL_DIR
        self.ids_file = self.folder / "documents.json"
        self.previous_file = self.folder / "previous.nq.gz"

    @property
    def pending(self) -> bool:
        """A load began and did not end: the graph may hold part of it."""
        return self.ids_file.is_file()

    def begin(self, record: Record, added: list[str], replaced: list[str]) -> None:
        """Write down, durably, what the load will change. The list of ids is written last and renamed
        into place: until it is there, no journal exists, and the load has changed nothing yet."""
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder.mkdir(parents=True)
        with gzip.open(self.previous_file, "wb", compresslevel=1) as out:
            record.write_documents(out, replaced)
        _fsync(self.previous_file)
        partial = self.folder / "documents.json.partial"
        partial.write_text(json.dumps({"added": added, "replaced": replaced}), encoding="utf-8")
        _fsync(partial)
        partial.rename(self.ids_file)
        _fsync(self.folder)

    def documents(self) -> list[str]:
        ids = json.loads(self.ids_file.read_text(encoding="utf-8"))
        return ids["added"] + ids["replaced"]

    def undo(self, record: Record) -> None:
        """Put the record back as it was before the load (the caller rebuilds the store)."""
        record.remove_documents(self.documents())
        with gzip.open(self.previous_file, "rb") as previous:
            record.load_quads(previous)
        record.flush()

    def end(self) -> None:
        """The load is over (done, or undone): forget it."""
        if self.ids_file.exists():
            self.ids_file.unlink()
        shutil.rmtree(self.folder, ignore_errors=True)


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of `size` items (the last one shorter), from a list or a stream."""
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


__all__ = ["JOURNAL_DIR", "LoadJournal", "SPILL_DIR", "Spill", "chunks"]
