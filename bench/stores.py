"""Load throughput of the stores, in facts per second, on the same generated corpus, in one run.

    uv run python bench/stores.py                      # 100,000 facts in 500 documents
    uv run python bench/stores.py --facts 20000        # a quicker look

The corpus is synthetic and seeded: documents whose facts (proposed, supported, attended; the
actors and summits from the reference data, the initiatives made up) are built as the extractor
builds them (loaders/facts.py), then go through the real pipeline from there on: the RDF writer
(loaders/rdf.py), the record (Oxigraph), the projection (graph/projection.py). Running text
through the extractor is left out on purpose: it is the same work for every store and would
dominate the run. That preparation is not timed.

Timed, each into a new, empty store holding the reference data:

1. **LadybugDB, COPY FROM (the ceiling)**: the same node and relationship rows the bulk path
   writes, as Arrow tables built beforehand, each table copied in with LadybugDB's own
   `COPY FROM`, in one transaction. Nothing to look up, nothing to update: what the store
   itself can take.
2. **LadybugDB, the bulk path**: what `c5kg ingest` does, `apply_all` of 500 documents at a
   time (a transaction each) inside `bulk_write`: every row built, existing nodes told from new
   ones, new rows copied in.
3. **Neo4j, the bulk path**, over Bolt, against Neo4j 5.26 Community started from Maven
   Central's artifacts (tests/neo4j_server.py) on this machine. The Neo4j store writes the RDF
   too (about 30 triples a fact), so its figure is for both layers; the triples a second are
   reported beside it.

Ratios are against the ceiling.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.ladybug_store import LadybugStore, copy_statement, table_rows  # noqa: E402
from graph.loading import WRITE_BATCH, chunks  # noqa: E402
from graph.neo4j_store import Neo4jStore  # noqa: E402
from graph.projection import Projection, project_document, project_reference  # noqa: E402
from graph.record import Record  # noqa: E402
from graph.store import GraphStore  # noqa: E402
from loaders.dates import DocumentDate  # noqa: E402
from loaders.documents import Document  # noqa: E402
from loaders.facts import Entity, Evidence, Extraction, Fact, Mention, Sentence  # noqa: E402
from loaders.rdf import to_rdf  # noqa: E402
from ontology.iris import entity_iri  # noqa: E402
from ontology.reference import gazetteer  # noqa: E402
from tests.neo4j_server import bolt_server  # noqa: E402

QUALIFIERS = ["Regional", "Joint", "Trans-Caspian", "Cross-Border", "Green", "Digital", "Mountain", "Shared",
              "Northern", "Southern", "Open", "Rapid", "Steppe", "Aral", "Silk Road", "Highland"]
TOPICS = ["Water", "Energy", "Transit", "Customs", "Rail", "Food Security", "Climate", "Tourism", "Education",
          "Health", "Trade", "Investment", "Logistics", "Seismic Safety", "Glacier Monitoring", "Fisheries",
          "Power Grid", "Aviation", "Youth", "Archives", "Statistics", "Satellite", "Irrigation", "Migration"]
BODIES = ["Council", "Fund", "Centre", "Programme", "Platform", "Forum", "Agency", "Corridor", "Bank", "Institute",
          "Commission", "Network", "Charter", "Registry", "Academy", "Observatory"]
PROPOSE = ["proposed", "called for", "put forward", "suggested"]
SUPPORT = ["supported", "welcomed", "endorsed", "backed"]
console = Console(stderr=True)


@dataclass(frozen=True)
class Corpus:
    projections: list[Projection]
    facts: int
    triples: int
    relationships: int
    record: Record


def _entity(ref) -> Entity:
    return Entity(ref.iri, ref.kind, ref.name, in_reference=True, ordinal=ref.ordinal, date=ref.date,
                  place=ref.place)


def extraction(number: int, facts: int, rng: random.Random, actors: list[tuple[Entity, Entity | None]],
               summits: list[Entity], initiatives: list[Entity]) -> Extraction:
    """One synthetic document: one sentence per fact, its offsets exact."""
    doc_id = f"bench-{number:05d}"
    day = f"{rng.randint(2018, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    parts: list[str] = []
    sentences, mentions, found = [], [], []
    offset = 0
    summit = rng.choice(summits)
    for index in range(facts):
        actor, state = rng.choice(actors)
        roll = rng.random()
        if roll < 0.1:
            relation, target, trigger = "attended", summit, "attended"
        else:
            relation = "proposed" if roll < 0.6 else "supported"
            target = rng.choice(initiatives)
            trigger = rng.choice(PROPOSE if relation == "proposed" else SUPPORT)
        text = f"{actor.name} {trigger} the {target.name}."
        sentence = Sentence(doc_id, index, offset, offset + len(text), text)
        target_start = offset + text.index(target.name, len(actor.name))
        mentions += [Mention(actor, index, offset, offset + len(actor.name), actor.name),
                     Mention(target, index, target_start, target_start + len(target.name), target.name)]
        found.append(Fact(relation, actor, target, Evidence(doc_id, sentence, trigger, 0.9),
                          on_behalf_of=state if relation == "proposed" else None,
                          summit=summit if relation == "proposed" else None, date=day))
        sentences.append(sentence)
        parts.append(text)
        offset += len(text) + 1
    body = " ".join(parts)
    document = Document(doc_id, f"bench/{doc_id}.txt", "text/plain", f"Synthetic report {number}", body,
                        hashlib.sha256(body.encode()).hexdigest(), DocumentDate(day, "dateline"))
    return Extraction(document, sentences, mentions, found)


def build_corpus(documents: int, facts_per_document: int, seed: int) -> Corpus:
    rng = random.Random(seed)
    ref = gazetteer()  # sorted below: it comes in no fixed order, and every run must build the same corpus
    states = {e.iri: _entity(e) for e in sorted(ref.of_kind("State"), key=lambda e: e.iri)}
    actors: list[tuple[Entity, Entity | None]] = [(state, state) for state in states.values()]
    for person, state in sorted({(o.person, o.holder_of) for o in ref.offices}):
        if state in states and person in ref.entities:
            actors.append((_entity(ref.entities[person]), states[state]))
    actors += [(_entity(org), None) for org in sorted(ref.of_kind("Organisation"), key=lambda e: e.iri)]
    summits = [_entity(s) for s in sorted(ref.of_kind("Summit"), key=lambda e: e.iri)]
    names = sorted({f"{q} {t} {b}" for q in QUALIFIERS for t in TOPICS for b in BODIES})
    initiatives = [Entity(str(entity_iri("Initiative", name)), "Initiative", name) for name in names]
    record = Record()  # in memory: the same record, written the same way, without the disk (it is not timed)
    record.ensure_reference()
    projections, facts, triples = [], 0, 0
    with progress() as bar:
        task = bar.add_task("generating, RDF, record, projection (untimed)", total=documents)
        for number in range(documents):
            found = extraction(number, facts_per_document, rng, actors, summits, initiatives)
            record.replace_document(found.document.id, to_rdf(found))
            projection = project_document(record, found.document.id, fresh=True)  # new to the store, as in a first load
            projections.append(projection)
            facts += len(found.facts)
            triples += len(projection.quads)
            bar.update(task, advance=1)
    return Corpus(projections, facts, triples, sum(len(p.rels) for p in projections), record)


def progress() -> Progress:
    return Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=console, transient=False)


def load(store: GraphStore, corpus: Corpus, label: str) -> float:
    """Seconds to write every document's projection by the bulk path (the reference data first,
    untimed)."""
    store.apply(project_reference(corpus.record))
    with progress() as bar:
        task = bar.add_task(label, total=len(corpus.projections))
        start = time.perf_counter()
        with store.bulk_write():
            for batch in chunks(corpus.projections, WRITE_BATCH):
                store.apply_all(batch)
                bar.update(task, advance=len(batch))
        elapsed = time.perf_counter() - start
    counts = store.counts()
    assert counts["relationships"] >= corpus.relationships, counts  # everything arrived
    return elapsed


def copy_ceiling(store: LadybugStore, corpus: Corpus) -> float:
    """Seconds for LadybugDB's own COPY FROM of the documents' rows, built beforehand."""
    reference = project_reference(corpus.record)
    store.apply(reference)
    nodes, rels = table_rows(corpus.projections)
    held = {node.uri for node in reference.nodes}  # a COPY of a key the table holds fails
    statements = [copy_statement(label, [row for uri, row in rows.items() if uri not in held])
                  for label, rows in nodes.items()]
    statements += [copy_statement(table, list(rows.values())) for table, rows in rels.items()]
    start = time.perf_counter()
    store.conn.execute("BEGIN TRANSACTION")
    for cypher, parameters in statements:
        if len(parameters["rows"]):
            store.conn.execute(cypher, parameters)
    store.conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    assert store.counts()["relationships"] >= corpus.relationships
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--facts", type=int, default=100_000, help="facts in the corpus (default 100,000)")
    parser.add_argument("--facts-per-document", type=int, default=200)
    parser.add_argument("--heap", default="2g", help="the Neo4j server's JVM heap (default 2g)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "stores.json")
    args = parser.parse_args()
    documents = max(1, args.facts // args.facts_per_document)
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="c5kg-bench-") as tmp:
        folder = Path(tmp)
        corpus = build_corpus(documents, args.facts_per_document, args.seed)
        ceiling_store = LadybugStore(folder / "ceiling")
        with console.status("LadybugDB: COPY FROM of the same rows"):
            ceiling_seconds = copy_ceiling(ceiling_store, corpus)
        ceiling_store.close()
        ladybug = LadybugStore(folder / "ladybug")
        ladybug_seconds = load(ladybug, corpus, "LadybugDB (embedded), the bulk path")
        ladybug.close()
        with bolt_server(folder / "neo4j", heap=args.heap) as server:
            neo4j = Neo4jStore(server.settings)
            neo4j_seconds = load(neo4j, corpus, f"Neo4j store over Bolt ({server.agent}), the bulk path")
            neo4j.close()
            agent = server.agent

    def rate(seconds: float) -> int:
        return round(corpus.facts / seconds)

    results = {
        "documents": documents, "facts": corpus.facts, "triples": corpus.triples,
        "projection_relationships": corpus.relationships,
        "ladybug_copy_ceiling": {"seconds": round(ceiling_seconds, 2), "facts_per_second": rate(ceiling_seconds)},
        "ladybug": {"seconds": round(ladybug_seconds, 2), "facts_per_second": rate(ladybug_seconds),
                    "of_ceiling": round(ceiling_seconds / ladybug_seconds, 3)},
        "neo4j": {"seconds": round(neo4j_seconds, 2), "facts_per_second": rate(neo4j_seconds),
                  "triples_per_second": round(corpus.triples / neo4j_seconds), "server": agent,
                  "heap": args.heap, "of_ceiling": round(ceiling_seconds / neo4j_seconds, 3)},
        "machine": {"cpus": os.cpu_count(), "load_average_before": load_before,
                    "load_average_after": os.getloadavg()[0]},
    }
    table = Table(title=f"Load throughput: {corpus.facts:,} facts, {documents} documents, {corpus.triples:,} triples")
    for column in ("store", "seconds", "facts/s", "of the ceiling"):
        table.add_column(column, justify="left" if column == "store" else "right")
    table.add_row("LadybugDB, COPY FROM of the same rows (ceiling)", f"{ceiling_seconds:.2f}",
                  f"{rate(ceiling_seconds):,}", "1.00")
    table.add_row("LadybugDB, the bulk path", f"{ladybug_seconds:.2f}", f"{rate(ladybug_seconds):,}",
                  f"{results['ladybug']['of_ceiling']:.2f}")
    table.add_row("Neo4j over Bolt, the bulk path: projection + RDF", f"{neo4j_seconds:.2f}",
                  f"{rate(neo4j_seconds):,}", f"{results['neo4j']['of_ceiling']:.2f}")
    Console(width=120).print(table)
    Console(width=120).print(f"Neo4j store: {results['neo4j']['triples_per_second']:,} RDF triples/s alongside the "
                             f"projection; {os.cpu_count()} CPUs, load average {load_before:.1f} before, "
                             f"{os.getloadavg()[0]:.1f} after")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    console.print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
