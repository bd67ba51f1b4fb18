"""Throughput and latency of the HTTP API's /proposals, under concurrent connections, in one run.

    apt-get install wrk                      # the load generator (Debian's wrk)
    uv run python bench/api.py               # 100,000 facts, 32 connections, 20 s a scenario
    uv run python bench/api.py --duration 10 --documents 100   # a quicker look
    uv run python bench/api.py --filter-sets  # every filter set's uncached page at 100,000 and 1,000,000 facts
    uv run python bench/api.py --filter-sets --store neo4j --sizes 400   # the same pages served from Neo4j

The graph: synthetic documents (bench/synthetic_graph.py) loaded through the real pipeline from
extraction on (RDF record, projection, LadybugDB), at least 100,000 facts; built once and kept in
bench/results/ (delete the folder to rebuild). The server: `c5kg serve` in a subprocess, one
uvicorn worker (uvloop, httptools). The load: wrk, one thread, 32 keep-alive connections, cycling
through 100-row pages of /proposals with 48 different filter sets, for a fixed time.

Scenarios, all in the same run, on the same machine (the load generator shares its cores):
- GET /health (baseline): the framework's floor: routing, one tiny pre-serialised body;
- GET /proposals, answers kept (the default): every page is computed once (warm-up, timed: the
  store's cost per page), then served from memory until the graph changes;
- GET /proposals, nothing kept (C5KG_API_CACHE_SECONDS=0): every request queries the store;
- the same pages through FastAPI's default response path (the handler returns the validated
  models, FastAPI serialises them), served from memory by a bare app, to show what returning
  pre-serialised bytes is worth.
And, without HTTP, the store's cost of one page with the catalogue's proposals query against its
previous form (the joins done before paging), on the same graph.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

import httpx
import uvicorn
from fastapi import FastAPI, Request
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
# This file is bench/api.py: its folder goes behind the project's, so that `api` is the package.
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != BENCH] + [str(BENCH)]

from api.models import Page, Proposal  # noqa: E402
from graph import catalogue  # noqa: E402
from graph.catalogue import _EVIDENCE, _first_day, _last_day, _named  # noqa: E402
from graph.kg import KnowledgeGraph  # noqa: E402
from graph.schema import NODE_COLUMNS, REL_COLUMNS  # noqa: E402
from graph.stores import STORES, StoreSettings, copy_record, open_store  # noqa: E402
from tests.neo4j_server import BoltServer, start_bolt_server  # noqa: E402

import synthetic_graph  # noqa: E402

RESULTS = ROOT / "bench" / "results"
console = Console(stderr=True)

# The catalogue's proposals query as it was before it was composed for the filters given and
# started from its lookups' IRIs (the baseline for the store's cost): every filter in one query,
# names tested fact by fact.
PREVIOUS_PROPOSALS = """
WITH lower($by) AS by_q, lower($state) AS state_q, lower($organisation) AS org_q, lower($supporter) AS sup_q,
     lower($text) AS text_q, lower($summit) AS summit_q, $date_from AS date_from, $date_to AS date_to
OPTIONAL MATCH (ms:State)-[:MEMBER_OF]->(o:Organisation)
WHERE org_q <> '' AND """ + _named("o", "org_q") + """
WITH by_q, state_q, org_q, sup_q, text_q, summit_q, date_from, date_to, collect(DISTINCT ms.uri) AS org_states
OPTIONAL MATCH (st:State)
WHERE state_q <> '' AND """ + _named("st", "state_q") + """
WITH by_q, state_q, org_q, sup_q, text_q, summit_q, date_from, date_to, org_states, collect(DISTINCT st.uri) AS states
OPTIONAL MATCH (sm:Summit)
WHERE summit_q <> '' AND """ + _named("sm", "summit_q") + """
WITH by_q, state_q, org_q, sup_q, text_q, summit_q, date_from, date_to, org_states, states,
     collect(DISTINCT sm.uri) AS summits
OPTIONAL MATCH (sp)-[:SUPPORTED]->(si:Initiative)
WHERE sup_q <> '' AND lower(sp.name) CONTAINS sup_q
WITH by_q, state_q, org_q, sup_q, text_q, summit_q, date_from, date_to, org_states, states, summits,
     collect(DISTINCT si.uri) AS supported
MATCH (a)-[r:PROPOSED]->(i:Initiative)
WHERE (by_q = '' OR lower(a.name) CONTAINS by_q OR any(x IN a.aliases WHERE lower(x) CONTAINS by_q))
  AND (state_q = '' OR lower(coalesce(r.state, '')) = state_q OR r.state_uri IN states)
  AND (text_q = '' OR lower(i.name) CONTAINS text_q OR lower(r.sentence) CONTAINS text_q)
  AND (summit_q = '' OR lower(coalesce(r.summit, '')) CONTAINS summit_q OR r.summit_uri IN summits)
  AND (date_from = '' OR (r.date IS NOT NULL AND r.date + '~' >= date_from))
  AND (date_to = '' OR (r.date IS NOT NULL AND r.date <= date_to + '~'))
  AND (org_q = '' OR r.state_uri IN org_states)
  AND (sup_q = '' OR i.uri IN supported)
WITH a, r, i, date_from, date_to
ORDER BY r.date, a.name, i.name, r.doc, r.sentence_start, a.uri, i.uri
SKIP $skip LIMIT $limit
MATCH (d:Document)
WHERE d.doc = r.doc
OPTIONAL MATCH (s)-[:SUPPORTED]->(i)
WITH a, r, i, d, date_from, date_to, s.name AS supporter
ORDER BY supporter
LIMIT 1000000000
UNWIND [supporter] AS kept
WITH a, r, i, d, date_from, date_to, collect(DISTINCT kept) AS supporters
RETURN a.name AS proposer, a.kind AS proposer_kind, a.uri AS proposer_uri, r.state AS state, i.name AS proposal,
       i.uri AS proposal_uri, r.date AS date, r.summit AS summit, supporters, r.resolution AS resolution,
       coalesce((date_from <> '' AND """ + _first_day("r.date") + " < " + _first_day("date_from") + """)
                OR (date_to <> '' AND """ + _last_day("r.date") + " > " + _last_day("date_to") + """),
                false) AS date_straddles,
       """ + _EVIDENCE + """
ORDER BY date, proposer, proposal, document, sentence_start, proposer_uri, proposal_uri"""

FILTERS: list[dict[str, str]] = [
    {}, {"by": "tokayev"}, {"by": "mirziyoyev"}, {"by": "rahmon"}, {"by": "japarov"}, {"by": "berdimuhamedov"},
    {"by": "aliyev"}, {"by": "toqaev"}, {"state": "kazakhstan"}, {"state": "uzbekistan"}, {"state": "tajikistan"},
    {"state": "kyrgyzstan"}, {"state": "turkmenistan"}, {"text": "water"}, {"text": "energy"}, {"text": "rail"},
    {"text": "customs"}, {"text": "climate"}, {"text": "fund"}, {"text": "council"}, {"text": "digital"},
    {"organisation": "SCO"}, {"organisation": "CSTO"}, {"organisation": "EAEU"}, {"organisation": "CIS"},
    {"supporter": "kazakhstan"}, {"supporter": "uzbekistan"}, {"supporter": "mirziyoyev"},
    {"from": "2020-01-01", "to": "2020-12-31"}, {"from": "2022-01-01", "to": "2023-06-30"}, {"from": "2024-01-01"},
    {"to": "2019-12-31"}, {"summit": "first"}, {"summit": "second"}, {"summit": "fifth"}, {"summit": "seventh"},
    {"state": "kazakhstan", "text": "water"}, {"state": "uzbekistan", "from": "2021-01-01"},
    {"by": "tokayev", "text": "fund"}, {"organisation": "SCO", "text": "energy"}, {"text": "green", "to": "2022-12-31"},
    {"state": "tajikistan", "supporter": "kazakhstan"}, {"skip": "100"}, {"skip": "200"}, {"skip": "1000"},
    {"text": "water", "skip": "100"}, {"state": "kazakhstan", "skip": "300"}, {"by": "mirziyoyev", "skip": "100"},
]


def pages() -> list[str]:
    return [f"/proposals?{urlencode({**f, 'limit': 100})}" for f in FILTERS]


# ---------------------------------------------------------------------------- the graph

def graph_folder(documents: int, facts_per_document: int) -> Path:
    """The cached graph's folder: rebuilt when the generator, the schema or the size changes."""
    key = json.dumps([synthetic_graph.VERSION, NODE_COLUMNS, REL_COLUMNS, documents, facts_per_document])
    return RESULTS / f"api-graph-{hashlib.sha256(key.encode()).hexdigest()[:12]}"


def ensure_graph(documents: int, facts_per_document: int) -> tuple[Path, dict[str, int]]:
    folder = graph_folder(documents, facts_per_document)
    done = folder / "built.json"
    if done.exists():
        stats = json.loads(done.read_text())
        console.print(f"graph: {folder.relative_to(ROOT)} (kept from an earlier run): {stats}")
        return folder, stats
    shutil.rmtree(folder, ignore_errors=True)
    with Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console) as bar, KnowledgeGraph.open(folder / "db") as kg:
        task = bar.add_task("building the graph (once; kept in bench/results/)", total=documents)
        facts = synthetic_graph.build(kg, documents, facts_per_document, progress=lambda: bar.advance(task))
        stats = {"facts": facts, **kg.stats()}
    done.write_text(json.dumps(stats))
    return folder, stats


def store_parameters(f: dict[str, str]) -> dict[str, str]:
    """A filter set's parameters as the catalogue names them."""
    return {("date_from" if k == "from" else "date_to" if k == "to" else k): v for k, v in f.items()}


def store_cost(db: Path, repeat: int = 3, previous_repeat: int = 3, settings: StoreSettings | None = None) -> dict:
    """Milliseconds for one 100-row page (best of `repeat`), with the catalogue's query and its previous
    form, for each filter set without paging; and the medians."""
    each = {}
    with KnowledgeGraph.open(db, settings=settings or StoreSettings(), read_only=True) as kg:
        query = catalogue.named_query("proposals")
        for f in FILTERS:
            if "skip" in f:
                continue
            given = store_parameters(f)
            best = []
            for run, times in ((lambda: query.answer(kg.store.run, **given, limit=100), repeat),
                               (lambda: kg.store.run(PREVIOUS_PROPOSALS, query.bind(**given, limit=100)),
                                previous_repeat)):
                spent = []
                for _ in range(times):
                    start = time.perf_counter()
                    run()
                    spent.append(time.perf_counter() - start)
                best.append(round(1000 * min(spent), 1))
            each[urlencode(f) or "(no filter)"] = {"current_ms": best[0], "previous_ms": best[1]}
    return {"current_ms": statistics.median(v["current_ms"] for v in each.values()),
            "previous_ms": statistics.median(v["previous_ms"] for v in each.values()),
            "slowest_current_ms": max(v["current_ms"] for v in each.values()),
            "slowest_previous_ms": max(v["previous_ms"] for v in each.values()), "each": each}


# ---------------------------------------------------------------------------- servers and load

def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start(command: list[str], env: dict[str, str], port: int) -> subprocess.Popen:
    process = subprocess.Popen(command, env={**os.environ, **env}, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server did not start: {process.stderr.read().decode()[-2000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                return process
        except httpx.HTTPError:
            time.sleep(0.2)
    stop(process)
    raise SystemExit("the server did not answer within 120 s")


def stop(process: subprocess.Popen) -> None:
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


WRK_SCRIPT = """
paths = {%s}
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format('RESULT {"requests": %%d, "duration_us": %%d, "p50_us": %%d, "p99_us": %%d, '
    .. '"errors": %%d, "non_2xx": %%d, "bytes": %%d}\\n', summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(99),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, summary.bytes))
end
"""


def wrk(port: int, paths: list[str], duration: int, connections: int, timeout: int) -> dict[str, float]:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT % ", ".join(json.dumps(p) for p in paths))
    try:
        run = subprocess.run(["wrk", "-t1", f"-c{connections}", f"-d{duration}s", f"--timeout={timeout}s",
                              "-s", script.name, f"http://127.0.0.1:{port}"], capture_output=True, text=True,
                             check=True)
    finally:
        os.unlink(script.name)
    line = next(line for line in run.stdout.splitlines() if line.startswith("RESULT "))
    raw = json.loads(line.removeprefix("RESULT "))
    seconds = raw["duration_us"] / 1e6
    return {"rps": raw["requests"] / seconds, "p50_ms": raw["p50_us"] / 1000, "p99_ms": raw["p99_us"] / 1000,
            "requests": raw["requests"], "errors": raw["errors"] + raw["non_2xx"],
            "kib_per_response": raw["bytes"] / max(raw["requests"], 1) / 1024}


def warm(port: int, paths: list[str]) -> list[float]:
    """Request every page once, in turn: each is computed by the store now (seconds each)."""
    times = []
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120) as client:
        for path in paths:
            start = time.perf_counter()
            response = client.get(path)
            times.append(time.perf_counter() - start)
            response.raise_for_status()
    return times


# ---------------------------------------------------------------------------- every filter set, uncached

# An uncached page's p50 target at 1,000,000 facts: with no filter (paging alone), and with one.
UNFILTERED_TARGET_MS, FILTERED_TARGET_MS = 200.0, 50.0


def neo4j_copy(folder: Path) -> tuple[BoltServer, StoreSettings, dict[str, str]]:
    """A Neo4j server started for the run, holding a copy of the graph in `folder` (its record
    pushed the way `c5kg push` does); its settings, and the environment that chooses it."""
    neo4j_server = start_bolt_server(Path(tempfile.mkdtemp(prefix="neo4j-", dir=RESULTS)), heap="4g")
    settings = StoreSettings(kind="neo4j", neo4j=neo4j_server.settings)
    console.print(f"copying the graph into {neo4j_server.agent}…")
    start_time = time.perf_counter()
    try:
        with KnowledgeGraph.open(folder / "db", read_only=True) as kg:
            target = open_store(settings, Path())
            try:
                copy_record(kg.record, target)
            finally:
                target.close()
    except BaseException:
        neo4j_server.stop()
        shutil.rmtree(neo4j_server.root, ignore_errors=True)
        raise
    console.print(f"copied in {time.perf_counter() - start_time:,.0f} s")
    env = {"C5KG_STORE": "neo4j", "C5KG_NEO4J_URI": settings.neo4j.uri, "C5KG_NEO4J_USER": settings.neo4j.user,
           "C5KG_NEO4J_PASSWORD": settings.neo4j.password, "C5KG_NEO4J_DATABASE": settings.neo4j.database}
    return neo4j_server, settings, env


def uncached_pages(serve: list[str], env: dict[str, str], facts: int, repeat: int) -> dict[str, dict[str, float]]:
    """Each filter set's page from a server that keeps no answers: the median of `repeat` requests."""
    port = free_port()
    server = start(serve + ["--port", str(port)], {"C5KG_API_CACHE_SECONDS": "0", **env}, port)
    figures: dict[str, dict[str, float]] = {}
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=600) as client:
            for path in pages():  # once each first: the store's and the system's caches warm
                client.get(path).raise_for_status()
            console.print(f"{facts:,} facts: {len(FILTERS)} filter sets, {repeat} requests each…")
            for f, path in zip(FILTERS, pages()):
                spent = []
                for _ in range(repeat):
                    start_time = time.perf_counter()
                    client.get(path).raise_for_status()
                    spent.append(time.perf_counter() - start_time)
                figures[urlencode(f)] = {"p50_ms": round(1000 * statistics.median(spent), 1)}
    finally:
        stop(server)
    return figures


def filter_set_pages(sizes: list[int], facts_per_document: int, repeat: int, store: str) -> None:
    """Every filter set's page over HTTP with nothing kept (each request queries the store): the
    median of `repeat` requests, at each graph size, beside the previous query's store cost."""
    serve = [str(Path(sys.executable).parent / "c5kg"), "serve"]
    columns: dict[int, dict[str, dict[str, float]]] = {}
    facts: dict[int, int] = {}
    for documents in sizes:
        folder, stats = ensure_graph(documents, facts_per_document)
        facts[documents] = stats["facts"]
        neo4j_server, settings, env = neo4j_copy(folder) if store == "neo4j" else (None, StoreSettings(), {})
        try:
            figures = uncached_pages(serve + ["--db", str(folder / "db")], env, stats["facts"], repeat)
            console.print(f"{stats['facts']:,} facts: the previous query's store cost, once per filter set…")
            for key, cost in store_cost(folder / "db", repeat=1, previous_repeat=1, settings=settings)["each"].items():
                figures[key if key != "(no filter)" else ""]["previous_store_ms"] = cost["previous_ms"]
        finally:
            if neo4j_server is not None:
                neo4j_server.stop()
                shutil.rmtree(neo4j_server.root, ignore_errors=True)
        columns[documents] = figures

    largest = max(sizes)
    table = Table(title=f"/proposals from {store}, one uncached 100-row page per filter set (p50 of {repeat}), "
                        "1 uvicorn worker")
    table.add_column("filter set")
    for documents in sizes:
        table.add_column(f"{facts[documents]:,} facts ms", justify="right")
    table.add_column(f"target at {facts[largest]:,}", justify="right")
    table.add_column(f"previous query, store ms at {facts[largest]:,}", justify="right")
    met = 0
    for f in FILTERS:
        key = urlencode(f)
        target = UNFILTERED_TARGET_MS if set(f) <= {"skip"} else FILTERED_TARGET_MS
        p50 = columns[largest][key]["p50_ms"]
        met += p50 <= target
        previous = columns[largest][key].get("previous_store_ms")
        table.add_row(key or "(no filter)", *(f"{columns[d][key]['p50_ms']:,.1f}" for d in sizes),
                      f"{'≤' if p50 <= target else '>'} {target:.0f}", f"{previous:,.0f}" if previous else "")
    out_console = Console(width=140)
    out_console.print(table)
    out_console.print(f"{met} of {len(columns[largest])} filter sets meet their target at {facts[largest]:,} facts")
    out = RESULTS / ("api-filter-sets.json" if store == "ladybug" else f"api-filter-sets-{store}.json")
    out.write_text(json.dumps({"store": store, "facts": facts, "repeat": repeat, "pages": columns}, indent=2) + "\n")
    console.print(f"wrote {out.relative_to(ROOT)}")


# ---------------------------------------------------------------------------- FastAPI's default path

def serve_default_path(pages_file: Path, port: int) -> None:
    """A bare app serving the given pages the way FastAPI does by default: the handler returns the
    data, FastAPI validates it against the response model and serialises it."""
    answers = json.loads(pages_file.read_text())
    app = FastAPI()

    @app.get("/health")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/proposals", response_model=Page[Proposal])
    async def proposals(request: Request) -> dict:
        return answers[str(request.url.path) + "?" + request.url.query]

    uvicorn.run(app, host="127.0.0.1", port=port, loop="uvloop", http="httptools", log_level="warning",
                access_log=False)


# ---------------------------------------------------------------------------- main

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=400, help="synthetic documents (default 400)")
    parser.add_argument("--facts-per-document", type=int, default=250, help="(default 250: 100,000 facts)")
    parser.add_argument("--duration", type=int, default=20, help="seconds of load per scenario (default 20)")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--filter-sets", action="store_true",
                        help="only every filter set's uncached page, at each of --sizes (no load generator)")
    parser.add_argument("--sizes", default="400,4000",
                        help="documents of each graph for --filter-sets (default 400,4000: 100,000 and "
                             "1,000,000 facts)")
    parser.add_argument("--repeat", type=int, default=7, help="requests per filter set for --filter-sets")
    parser.add_argument("--store", choices=STORES, default="ladybug",
                        help="for --filter-sets: the store the API serves from (neo4j: a server started for the "
                             "run, the graph copied into it)")
    parser.add_argument("--serve-default-path", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_default_path:
        serve_default_path(args.serve_default_path, args.port)
        return
    if args.filter_sets:
        filter_set_pages([int(n) for n in args.sizes.split(",")], args.facts_per_document, args.repeat, args.store)
        return
    if shutil.which("wrk") is None:
        raise SystemExit("bench/api.py needs wrk, the HTTP load generator: apt-get install wrk")

    folder, stats = ensure_graph(args.documents, args.facts_per_document)
    db = folder / "db"
    paths = pages()
    serve = [str(Path(sys.executable).parent / "c5kg"), "serve", "--db", str(db)]
    results: dict[str, dict] = {}
    table = Table(title=f"/proposals, 100-row pages, {stats['facts']:,} facts, {args.connections} connections, "
                        f"1 uvicorn worker, {args.duration} s each")
    for column in ("scenario", "req/s", "p50 ms", "p99 ms", "errors", "KiB/answer", "vs /health"):
        table.add_column(column, justify="left" if column == "scenario" else "right")

    def row(name: str, figures: dict[str, float]) -> None:
        results[name] = figures
        ratio = figures["rps"] / results["health"]["rps"] if "health" in results else 1.0
        table.add_row(name, f"{figures['rps']:,.0f}", f"{figures['p50_ms']:.2f}", f"{figures['p99_ms']:.2f}",
                      f"{figures['errors']:,}", f"{figures['kib_per_response']:.1f}", f"{ratio:.2f}")

    port = free_port()
    server = start(serve + ["--port", str(port)], {"C5KG_API_CACHE_SECONDS": "3600"}, port)
    try:
        row("health", wrk(port, ["/health"], args.duration, args.connections, 10))
        console.print(f"warming {len(paths)} pages (each computed by the store once)…")
        cold = warm(port, paths)
        results["cold_page_s"] = {"median": statistics.median(cold), "max": max(cold)}
        sample = httpx.get(f"http://127.0.0.1:{port}{paths[0]}").json()
        assert len(sample["items"]) == 100, "the first page should be full"
        answers = {p: httpx.get(f"http://127.0.0.1:{port}{p}").json() for p in paths}
        row("proposals, answers kept (default)", wrk(port, paths, args.duration, args.connections, 10))
    finally:
        stop(server)

    port = free_port()
    server = start(serve + ["--port", str(port)], {"C5KG_API_CACHE_SECONDS": "0"}, port)
    try:
        row("proposals, nothing kept (store each time)", wrk(port, paths, args.duration, args.connections, 120))
    finally:
        stop(server)

    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as pages_file:
        json.dump(answers, pages_file)
    port = free_port()
    server = start([sys.executable, __file__, "--serve-default-path", pages_file.name, "--port", str(port)], {}, port)
    try:
        row("same pages, FastAPI default response path", wrk(port, paths, args.duration, args.connections, 10))
    finally:
        stop(server)
        os.unlink(pages_file.name)

    console.print("the store's cost of one page (no HTTP)…")
    results["store_page_ms"] = store_cost(db)
    out_console = Console(width=120)
    out_console.print(table)
    kept, default = results["proposals, answers kept (default)"], results["same pages, FastAPI default response path"]
    cost = results["store_page_ms"]
    out_console.print(
        f"pre-serialised answers vs FastAPI's default path: {kept['rps'] / default['rps']:.1f}× the requests/s\n"
        f"a page computed by the store over HTTP (warm-up): median {1000 * results['cold_page_s']['median']:.0f} ms,"
        f" slowest {1000 * results['cold_page_s']['max']:.0f} ms\n"
        f"the store's cost of one page over {len(cost['each'])} filter sets: median {cost['current_ms']:.0f} ms "
        f"(slowest {cost['slowest_current_ms']:.0f} ms) with the catalogue's query; median "
        f"{cost['previous_ms']:.0f} ms (slowest {cost['slowest_previous_ms']:.0f} ms) with its previous form")
    out = RESULTS / "api.json"
    out.write_text(json.dumps({"graph": stats, "settings": vars(args) | {"serve_default_path": None},
                               "results": results}, indent=2, default=str) + "\n")
    console.print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
