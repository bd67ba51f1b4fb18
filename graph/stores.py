"""Choosing the property-graph store, in one place: the embedded LadybugDB (default) or Neo4j.

Settings come from the environment and can be overridden (the CLI's flags do):

    C5KG_STORE            ladybug | neo4j
    C5KG_NEO4J_URI        bolt://localhost:7687, neo4j://host (routing, clusters), neo4j+s://xxx.databases.neo4j.io (Aura)
    C5KG_NEO4J_USER       neo4j
    C5KG_NEO4J_PASSWORD
    C5KG_NEO4J_DATABASE   neo4j

Whatever the store, the RDF record stays in the database folder (`rdf/`): documents are read
into it and projected from it. The Neo4j store keeps a copy of the RDF too, which `export`
reads back.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from .ladybug_store import LadybugStore
from .neo4j_settings import Neo4jSettings
from .export import RdfSource
from .loading import WRITE_BATCH, Spill, chunks
from .projection import DocumentGraph, describe_entities, project_documents, project_reference
from .record import Record
from .store import GraphStore, StoreError

STORES = ("ladybug", "neo4j")
LADYBUG_DIR = "ladybug"
_ENV = {"uri": "C5KG_NEO4J_URI", "user": "C5KG_NEO4J_USER", "password": "C5KG_NEO4J_PASSWORD",
        "database": "C5KG_NEO4J_DATABASE"}


@dataclass(frozen=True)
class StoreSettings:
    kind: str = "ladybug"
    neo4j: Neo4jSettings = field(default_factory=Neo4jSettings)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, kind: str | None = None,
                 **neo4j: str | None) -> StoreSettings:
        """The environment's settings, with any value given here (not None) taking precedence."""
        env = os.environ if environ is None else environ
        chosen = (kind or env.get("C5KG_STORE") or "ladybug").strip().lower()
        if chosen not in STORES:
            raise StoreError(f"unknown store '{chosen}' (C5KG_STORE or --store: choose {' or '.join(STORES)})")
        unknown = set(neo4j) - set(_ENV)
        if unknown:
            raise TypeError(f"unknown Neo4j settings: {', '.join(sorted(unknown))}")
        values = {key: neo4j.get(key) or env.get(name) for key, name in _ENV.items()}
        return cls(chosen, replace(Neo4jSettings(), **{k: v for k, v in values.items() if v}))


def open_store(settings: StoreSettings, root: Path, read_only: bool = False) -> GraphStore:
    """The store the settings choose; the embedded one lives in the database folder `root`."""
    if settings.kind == "neo4j":
        from .neo4j_store import Neo4jStore  # the driver is imported when Neo4j is chosen
        return Neo4jStore(settings.neo4j)
    return LadybugStore(root / LADYBUG_DIR, read_only=read_only)


def copy_record(record: Record, store: GraphStore, read: Callable[[str], None] | None = None,
                written: Callable[[str], None] | None = None) -> int:
    """Make `store` a projection of the whole record (a rebuild, a push to Neo4j): cleared, then the
    reference data, then the documents a batch to a transaction, each entity described once.
    Each document's graph is read from the record once, into a spill in a temporary folder (a
    record in memory has no folder), which tells the entities to describe before any document is
    written. `read` hears of each document read, `written` of each written.
    Returns the number of documents."""
    store.clear()
    store.apply(project_reference(record))
    keeps_rdf = isinstance(store, RdfSource)
    with tempfile.TemporaryDirectory(prefix="c5kg-copy-") as scratch, Spill(Path(scratch)) as spill:
        for doc_id in record.documents():
            spill.add_graph(DocumentGraph.read(doc_id, record.document_quads(doc_id)))
            if read:
                read(doc_id)
        described = describe_entities(record, spill.entities)
        with store.bulk_write():
            for batch in chunks(spill.documents(), WRITE_BATCH):
                graphs = {graph.doc_id: (graph, record.document_quads(graph.doc_id) if keeps_rdf else [])
                          for graph, _ in batch}
                store.apply_all(project_documents(record, list(graphs), fresh=set(graphs), described=described,
                                                  with_quads=keeps_rdf, graphs=graphs))
                if written:
                    for doc_id in graphs:
                        written(doc_id)
        return len(spill.ids)


__all__ = ["STORES", "StoreSettings", "copy_record", "open_store"]
