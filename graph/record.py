"""The record: the RDF dataset in an embedded, persistent Oxigraph quad store.

Every document is one named graph; the vocabulary and the reference data are two more.
Replacing a document's graph is one SPARQL Update, which Oxigraph applies in one transaction:
either the new graph is there in full, or the old one still is.

Oxigraph keeps typed literals by value: a derived type such as xsd:nonNegativeInteger is read
back as xsd:integer, and "0.80"^^xsd:decimal as "0.8". c5kg writes only canonical forms of the
types Oxigraph keeps (xsd:integer, xsd:decimal, xsd:date, xsd:gYear, ...), so what goes in is
exactly what comes out.
"""

from __future__ import annotations

import gzip
import hashlib
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import IO

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef

from loaders.pipeline import default_workers
from ontology import REFERENCE_FILE, VOCABULARY_FILE
from ontology.iris import document_graph, document_iri
from ontology.namespaces import C5, DCTERMS, GRAPH, ONTOLOGY_GRAPH, REFERENCE_GRAPH

from .errors import GraphInUse, StoreError

# Serialisation formats by the names the CLI and the API use.
FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG, "rdfxml": ox.RdfFormat.RDF_XML, "n3": ox.RdfFormat.N3,
}
# Oxigraph's bulk loader parses on one core, without the GIL, and calls on disjoint chunks may run
# side by side (each writes its own sorted files into the store): a load runs one per core, each
# given its share of BULK_LOAD_BYTES, so the threads add speed, not memory.
BULK_LOAD_THREADS = min(4, default_workers())
BULK_LOAD_BYTES = 32 << 20  # the N-Quads being loaded at once
QUAD_FORMATS = {"trig", "nquads"}
MEDIA_TYPES = {"turtle": "text/turtle", "nt": "application/n-triples", "nquads": "application/n-quads",
               "trig": "application/trig", "rdfxml": "application/rdf+xml", "jsonld": "application/ld+json",
               "n3": "text/n3"}
_VERSION = GRAPH["record-version"]


def to_ox(term) -> ox.NamedNode | ox.Literal:
    """An rdflib term as an Oxigraph term (IRIs and literals only: c5kg mints no blank nodes)."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise ValueError(f"c5kg graphs hold no blank nodes: {term!r}")


def from_ox(term) -> URIRef | Literal:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise ValueError(f"unexpected term {term!r}")


def quads_of(graph: Graph, name: URIRef) -> list[ox.Quad]:
    target = ox.NamedNode(str(name))
    return [ox.Quad(to_ox(s), to_ox(p), to_ox(o), target) for s, p, o in graph]


class Record:
    """The RDF dataset of a c5kg database."""

    def __init__(self, path: Path | str | None = None, read_only: bool = False):
        """`read_only`: the record as it is now, beside a process that may be writing it (Oxigraph
        opens its files for reading only, and takes no lock)."""
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        try:
            if path is None:
                self.store = ox.Store()
            else:
                self.store = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
        except OSError as error:
            if "lock" in str(error).lower():
                raise GraphInUse(self.path.parent if self.path else None) from error
            raise StoreError(f"cannot open the record at {self.path}: {error}") from error

    # ------------------------------------------------------------------ writing

    def replace_graph(self, name: URIRef, quads: list[ox.Quad]) -> None:
        """Atomically replace one named graph's content."""
        nt = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
        self.store.update(f"DROP SILENT GRAPH <{name}> ;\nINSERT DATA {{ GRAPH <{name}> {{\n{nt}\n}} }}")

    def replace_document(self, doc_id: str, graph: Graph) -> None:
        name = document_graph(doc_id)
        self.replace_graph(name, quads_of(graph, name))

    def remove_document(self, doc_id: str) -> None:
        self.store.update(f"DROP SILENT GRAPH <{document_graph(doc_id)}>")

    def remove_documents(self, doc_ids: list[str], batch: int = 500) -> None:
        """Drop many documents' graphs, a few hundred to an update."""
        for i in range(0, len(doc_ids), batch):
            drops = " ;\n".join(f"DROP SILENT GRAPH <{document_graph(d)}>" for d in doc_ids[i:i + batch])
            if drops:
                self.store.update(drops)

    def load_quads(self, source: IO[bytes] | Path) -> None:
        """Bulk-load N-Quads (a load's documents, or a journal's previous graphs). Oxigraph's bulk
        loader writes straight to disk and is not one transaction: the load journal
        (graph/loading.py) is what makes the load all or nothing. It holds much of what it is given
        in memory, so the threads are given a few tens of megabytes at a time between them (whole
        lines: the record has no blank nodes, so a quad means the same in any chunk)."""
        if isinstance(source, Path):
            with gzip.open(source, "rb") if source.suffix == ".gz" else source.open("rb") as data:
                self.load_quads(data)
            return
        with ThreadPoolExecutor(BULK_LOAD_THREADS, thread_name_prefix="bulk-load") as pool:
            loading: deque[Future[None]] = deque()  # a chunk per thread, and the next one read
            while lines := source.readlines(BULK_LOAD_BYTES // BULK_LOAD_THREADS):
                loading.append(pool.submit(self.store.bulk_load, b"".join(lines), ox.RdfFormat.N_QUADS))
                if len(loading) >= BULK_LOAD_THREADS:
                    loading.popleft().result()
            for chunk in loading:
                chunk.result()

    def write_documents(self, out: IO[bytes], doc_ids: list[str]) -> None:
        """Write the documents' graphs as N-Quads."""
        for doc_id in doc_ids:
            ox.serialize(self.document_quads(doc_id), out, ox.RdfFormat.N_QUADS)

    def document_quads(self, doc_id: str) -> list[ox.Quad]:
        return list(self.store.quads_for_pattern(None, None, None, ox.NamedNode(str(document_graph(doc_id)))))

    def reference_outdated(self) -> bool:
        """Whether the vocabulary and reference data in the record are not those shipped."""
        version = hashlib.sha256(VOCABULARY_FILE.read_bytes() + REFERENCE_FILE.read_bytes()).hexdigest()
        current = list(self.store.quads_for_pattern(ox.NamedNode(str(_VERSION)), None, None,
                                                    ox.NamedNode(str(_VERSION))))
        return not (current and current[0].object.value == version)

    def ensure_reference(self) -> bool:
        """Load (or reload, when the shipped files changed) the vocabulary and the reference data.
        Returns True when it loaded them."""
        if not self.reference_outdated():
            return False
        version = hashlib.sha256(VOCABULARY_FILE.read_bytes() + REFERENCE_FILE.read_bytes()).hexdigest()
        for name, path in ((ONTOLOGY_GRAPH, VOCABULARY_FILE), (REFERENCE_GRAPH, REFERENCE_FILE)):
            graph = Graph().parse(path, format="turtle")
            self.replace_graph(name, quads_of(graph, name))
        marker = ox.NamedNode(str(_VERSION))
        self.replace_graph(_VERSION, [ox.Quad(marker, ox.NamedNode(str(C5.sha256)), ox.Literal(version), marker)])
        return True

    # ------------------------------------------------------------------ reading

    def documents(self) -> list[str]:
        """The ids of the documents in the record."""
        prefix = str(document_graph(""))
        return sorted(g.value[len(prefix):] for g in self.store.named_graphs()
                      if isinstance(g, ox.NamedNode) and g.value.startswith(prefix))

    def has_document(self, doc_id: str) -> bool:
        return self.store.contains_named_graph(ox.NamedNode(str(document_graph(doc_id))))

    def document_text(self, doc_id: str) -> str | None:
        """The document's clean text: what every character offset of its evidence counts into."""
        for quad in self.store.quads_for_pattern(ox.NamedNode(str(document_iri(doc_id))), ox.NamedNode(str(C5.content)),
                                                 None, ox.NamedNode(str(document_graph(doc_id)))):
            return quad.object.value
        return None

    def document_source(self, doc_id: str) -> str | None:
        """The file name the document was read from, or None when the record does not hold it."""
        for quad in self.store.quads_for_pattern(ox.NamedNode(str(document_iri(doc_id))),
                                                 ox.NamedNode(str(DCTERMS.source)), None,
                                                 ox.NamedNode(str(document_graph(doc_id)))):
            return quad.object.value
        return None

    def query(self, sparql: str) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        return self.store.query(sparql, use_default_graph_as_union=True)

    def select(self, sparql: str) -> Iterator[dict[str, object]]:
        """Rows of a SELECT query as {variable: python value}."""
        solutions = self.query(sparql)
        names = [v.value for v in solutions.variables]
        for solution in solutions:
            row = {}
            for name in names:
                term = solution[name]
                row[name] = None if term is None else term.value
            yield row

    def triple_count(self, doc_id: str | None = None) -> int:
        if doc_id is None:
            return len(self.store)
        return len(self.document_quads(doc_id))

    def exported_triple_count(self) -> int:
        """The triples an export of the whole graph holds: every document's and the reference data,
        not the vocabulary (which is published on its own) nor the record's own bookkeeping."""
        own = sum(1 for graph in (ONTOLOGY_GRAPH, _VERSION)
                  for _ in self.store.quads_for_pattern(None, None, None, ox.NamedNode(str(graph))))
        return len(self.store) - own

    def data_graphs(self, doc_id: str | None = None) -> list[ox.NamedNode]:
        """The graphs an export covers: one document's, or every document's plus the reference data."""
        if doc_id is not None:
            return [ox.NamedNode(str(document_graph(doc_id)))]
        return [ox.NamedNode(str(REFERENCE_GRAPH))] + [ox.NamedNode(str(document_graph(d))) for d in self.documents()]

    def quads(self, doc_id: str | None = None) -> Iterable[ox.Quad]:
        for graph in self.data_graphs(doc_id):
            yield from self.store.quads_for_pattern(None, None, None, graph)

    def flush(self) -> None:
        if not self.read_only:
            self.store.flush()

    def close(self) -> None:
        """Flush and release the store (Oxigraph holds its folder's lock until the store is dropped)."""
        self.flush()
        del self.store


__all__ = ["FORMATS", "MEDIA_TYPES", "QUAD_FORMATS", "Record", "from_ox", "quads_of", "to_ox"]
