"""How long a 2,000-node network view takes to settle in headless Chromium, by layout setting.

    uv run python bench/viz.py                 # 2,000 nodes, every setting
    uv run python bench/viz.py --nodes 5000 --timeout 180

The graph is synthetic and seeded (states, heads of state, organisations, summits, places and
initiatives, with proposals and supports, each fact with a sentence of evidence), shaped like
the real graph: a few hubs, many leaves. Each setting's page is written by graph/viz.py,
opened from disk with the network blocked, and timed from the start of the page's script to
the moment it is drawn and still (`window.c5kg.ready`). The baseline is pyvis's default physics
(Barnes-Hut, 1,000 stabilisation iterations, dynamic smooth edges), measured in the same run.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graph import viz  # noqa: E402
from graph.viz import Evidence, View  # noqa: E402

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]
BASE = "https://w3id.org/c5kg/id/"


def synthetic_view(nodes: int, seed: int = 1) -> View:
    """A seeded graph of `nodes` entities with the real graph's kinds, relations and hubs."""
    rng = random.Random(seed)
    view = View(f"Synthetic graph of {nodes:,} entities")
    shares = {"State": 0.02, "Person": 0.12, "Organisation": 0.03, "Summit": 0.05, "Place": 0.08}
    counts = {kind: max(2, int(nodes * share)) for kind, share in shares.items()}
    counts["Initiative"] = nodes - sum(counts.values())
    ids: dict[str, list[str]] = {}
    for kind, count in counts.items():
        ids[kind] = [f"{BASE}{kind.lower()}/{i}" for i in range(count)]
        for i, uri in enumerate(ids[kind]):
            view.add_node(uri, kind, f"{kind} {i}", [f"{kind[:3]}-{i}"])
    sentence = 0

    def fact(source: str, rel: str, target: str) -> None:
        nonlocal sentence
        sentence += 1
        start = sentence * 120
        view.add_edge(source, rel, target, Evidence(f"synthetic-{sentence // 40:04d}", "Synthetic report",
                                                   f"Synthetic sentence {sentence} states that {rel.lower()} holds.",
                                                   start, start + 60, rel.lower(), 0.8))

    hubs = ids["State"]
    for person in ids["Person"]:
        fact(person, "HOLDS_OFFICE", rng.choice(hubs))
    for state in hubs:
        for org in rng.sample(ids["Organisation"], k=min(len(ids["Organisation"]), rng.randint(2, 8))):
            fact(state, "MEMBER_OF", org)
    for summit in ids["Summit"]:
        fact(summit, "HELD_IN", rng.choice(ids["Place"]))
        for state in rng.sample(hubs, k=min(len(hubs), 3)):
            fact(state, "ATTENDED", summit)
    for place in ids["Place"]:
        fact(place, "LOCATED_IN", rng.choice(hubs))
    actors = hubs + ids["Person"]
    for initiative in ids["Initiative"]:
        fact(rng.choice(actors), "PROPOSED", initiative)
        for supporter in rng.sample(actors, k=rng.choice((0, 0, 1, 1, 2, 3))):
            fact(supporter, "SUPPORTED", initiative)
    return view


def pyvis_default_options(node_count: int) -> dict[str, Any]:
    """Our page with the physics pyvis and vis-network use when nothing is tuned."""
    options = viz.vis_options(node_count, physics=True)
    options["physics"] = {
        "enabled": True, "solver": "barnesHut",
        "barnesHut": {"gravitationalConstant": -80000, "centralGravity": 0.3, "springLength": 250,
                      "springConstant": 0.001, "damping": 0.09, "avoidOverlap": 0},
        "stabilization": {"enabled": True, "iterations": 1000, "updateInterval": 50, "fit": True},
    }
    options["edges"]["smooth"] = {"enabled": True, "type": "dynamic"}
    options["layout"]["improvedLayout"] = True
    return options


def settings(view: View) -> list[tuple[str, str, dict[str, Any] | None, str]]:
    """(name, layout, options, the physics in words)."""
    n = len(view.nodes)
    tuned = viz.vis_options(n, physics=True)["physics"]
    fa2 = tuned["forceAtlas2Based"]
    return [
        ("pyvis default physics (baseline)", "physics", pyvis_default_options(n),
         "barnesHut G=-80000, spring 250/0.001, damping 0.09, 1,000 iterations, dynamic smooth edges, "
         "improvedLayout"),
        ("tuned physics", "physics", None,
         f"forceAtlas2Based G={fa2['gravitationalConstant']}, central {fa2['centralGravity']}, "
         f"spring {fa2['springLength']}/{fa2['springConstant']}, damping {fa2['damping']}, "
         f"{tuned['stabilization']['iterations']} iterations, straight edges, then physics off"),
        ("layout computed before writing", "precomputed", None,
         "positions from graph.viz.precompute_layout, physics off"),
    ]


def measure(nodes: int, timeout: float, console: Console) -> list[dict[str, Any]]:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import sync_playwright

    view = synthetic_view(nodes)
    console.print(f"synthetic view: {view.summary}")
    results = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        for name, layout, options, words in settings(view):
            started = time.perf_counter()
            page_path = Path(tmp) / f"{layout}-{len(results)}.html"
            page_path.write_text(viz.render(view, layout, options), encoding="utf-8")
            written = time.perf_counter() - started
            profile = Path(tmp) / f"profile-{len(results)}"
            browser = pw.chromium.launch_persistent_context(str(profile), executable_path=CHROMIUM,
                                                           args=CHROMIUM_FLAGS, headless=True,
                                                           viewport={"width": 1400, "height": 900})
            try:
                page = browser.new_page()
                page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                           else route.abort())
                page.goto(page_path.as_uri())
                try:
                    # a selector, not a predicate: the page's policy forbids the eval a predicate needs
                    page.wait_for_selector("html[data-ready=true]", state="attached", timeout=timeout * 1000)
                    timings = page.evaluate("window.c5kg.timings")
                    settled = (timings["ready"] - timings["started"]) / 1000
                except PlaywrightTimeout:
                    settled = None
                drawn = page.evaluate("window.c5kg ? window.c5kg.network.body.data.nodes.length : 0")
            finally:
                browser.close()
            results.append({"setting": name, "physics": words, "write_s": written, "settle_s": settled,
                            "nodes": drawn})
            console.print(f"  {name}: page written in {written:.2f} s, "
                          + (f"settled in {settled:.2f} s" if settled is not None else
                             f"not settled after {timeout:.0f} s"))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--nodes", type=int, nargs="+", default=[viz.PHYSICS_MAX_NODES, 2000],
                        help="graph sizes to measure (default: the physics threshold, and 2,000)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds to wait for a page to settle")
    args = parser.parse_args()
    console = Console(width=None if sys.stdout.isatty() else 110)  # a report piped to a file keeps its table whole
    console.print(f"headless Chromium: {CHROMIUM}")
    table = Table(title="Network views in headless Chromium: time from the page's script to a still drawing")
    for column in ("nodes", "setting", "page written (s)", "settled (s)", "vs baseline"):
        table.add_column(column, justify="right" if column != "setting" else "left")
    physics: dict[str, str] = {}
    for nodes in args.nodes:
        results = measure(nodes, args.timeout, console)
        baseline = results[0]["settle_s"]
        for r in results:
            physics[r["setting"]] = r["physics"]
            assert r["nodes"] == nodes or r["settle_s"] is None, f"{r['setting']}: drew {r['nodes']} of {nodes} nodes"
            if r["settle_s"] is None:
                settled, ratio = f"> {args.timeout:.0f}", "—"
            elif r is results[0]:
                settled, ratio = f"{r['settle_s']:.2f}", "1.0×"
            else:
                settled = f"{r['settle_s']:.2f}"
                # a baseline that never settled bounds the speed-up from below
                ratio = (f"{baseline / r['settle_s']:.1f}× faster" if baseline is not None
                         else f"> {args.timeout / r['settle_s']:.0f}× faster")
            table.add_row(f"{nodes:,}", r["setting"], f"{r['write_s']:.2f}", settled, ratio)
    console.print(table)
    for name, words in physics.items():
        console.print(f"[bold]{name}[/]: {words}")


if __name__ == "__main__":
    main()
