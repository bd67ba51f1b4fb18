"""The extraction map: one document in, what the graph writes for it out.

`extract_document` is a pure function of the document, so the same map runs in this process, in
a pool of processes (`extract_files(..., workers=N)`), or on a Dask cluster (`loaders.cluster`).
Its result is small and flat: the document's id and source, its fact count, anything worth
telling the user, and its named graph as N-Quads, ready to spill to disk and bulk-load.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ontology.iris import document_graph

from .documents import Document, DocumentError, read_document
from .facts import Extraction
from .language import looks_english
from .rdf import to_rdf

if TYPE_CHECKING:  # spaCy is loaded by the process that extracts, when it first does
    from .extractor import Extractor


@dataclass(frozen=True)
class ExtractedDocument:
    """One document's contribution to the graph, as the writer needs it."""

    id: str
    source: str  # the file name it was read from
    path: str  # where it was read from, for messages
    facts: int
    nquads: bytes  # the document's named graph, one N-Quads line per statement
    notices: tuple[str, ...] = ()  # read, but worth saying: not UTF-8, or no facts and not English


def graph_nquads(extraction_graph, name: str) -> bytes:
    """An rdflib graph as N-Quads in the named graph `name` (N-Triples lines, each given its graph)."""
    lines = extraction_graph.serialize(format="nt", encoding="utf-8").splitlines()
    suffix = f" <{name}> .".encode()
    return b"".join(line[:-2].rstrip() + suffix + b"\n" for line in lines if line.endswith(b" ."))


def extract_document(document: Document, extractor: Extractor | None = None) -> ExtractedDocument:
    """Extract one document read already (with the process's default extractor unless given one)."""
    if extractor is None:
        from .extractor import extract
        return extracted(extract(document))
    return extracted(extractor.extract(document))


def extracted(extraction: Extraction) -> ExtractedDocument:
    """What the graph writes for one document's extraction."""
    document = extraction.document
    where = document.path or document.source
    notices = []
    if document.encoding != "utf-8":
        notices.append(f"{where}: not UTF-8; read as {document.encoding}")
    if not extraction.facts and not looks_english(document.text):
        notices.append(f"{where}: no facts found, and the text does not look like English, the one language "
                       "c5kg reads")
    return ExtractedDocument(document.id, document.source, document.path, len(extraction.facts),
                             graph_nquads(to_rdf(extraction), str(document_graph(document.id))), tuple(notices))


def extract_file(path: Path | str, extractor: Extractor | None = None) -> ExtractedDocument | DocumentError:
    """Read and extract one file, or the error that names why it cannot be read."""
    try:
        return extract_document(read_document(path), extractor)
    except DocumentError as error:
        return error


def default_workers() -> int:
    """Every core this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def extract_files(paths: Iterable[Path], workers: int = 1,
                  extractor: Extractor | None = None) -> Iterator[ExtractedDocument | DocumentError]:
    """Each file's extraction, in the order of `paths`, as it is done.

    With `workers` > 1 the files are shared among that many processes, each with its own language
    model; they are started fresh (not forked), so nothing the caller holds open is copied into them."""
    if workers <= 1:
        for path in paths:
            yield extract_file(path, extractor)
        return
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        # a bounded window of work in flight: memory stays flat however many files there are
        window = workers * 16
        pending: deque[Future[ExtractedDocument | DocumentError]] = deque()
        for path in paths:
            pending.append(pool.submit(extract_file, path))
            if len(pending) >= window:
                yield pending.popleft().result()
        for future in pending:
            yield future.result()


__all__ = ["ExtractedDocument", "default_workers", "extract_document", "extract_file", "extract_files",
           "extracted", "graph_nquads"]
