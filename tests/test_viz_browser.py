"""Network views in a real browser: Debian's Chromium, headless, with the network blocked.

Each page is opened from disk, as `c5kg viz` writes it, in a browser that is offline and whose
every non-file request is aborted and recorded. What the page drew is read back from its
vis-network instance. The injection probes enter through a real document ingested into a real
graph; they are checked under the page's Content-Security-Policy and with that policy switched
off, so that escaping alone is shown to hold.
"""

from __future__ import annotations

import importlib.util
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Page, Playwright, sync_playwright
from pyvis.network import Network

from graph import viz
from graph.kg import KnowledgeGraph
from viz_probes import PROBE_DOCUMENT, PROBE_IN_SENTENCE, probe_kg, write_probe_corpus  # noqa: F401 (a fixture)

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]
TOKAYEV = "https://w3id.org/c5kg/id/person/kassym-jomart-tokayev"
FIRST_MEETING = "2018-03-15_astana_first_meeting"
READY = "html[data-ready=true]"  # a selector: the page's policy forbids the eval a JS predicate would need


@pytest.fixture(scope="module")
def playwright() -> Iterator[Playwright]:
    assert Path(CHROMIUM).exists(), "the browser tests need Debian's chromium (apt-get install chromium)"
    with sync_playwright() as pw:
        yield pw


def _launch(pw: Playwright, profile: Path, bypass_csp: bool) -> BrowserContext:
    """Chromium with a fresh profile, offline."""
    context = pw.chromium.launch_persistent_context(str(profile), executable_path=CHROMIUM, args=CHROMIUM_FLAGS,
                                                    headless=True, bypass_csp=bypass_csp,
                                                    viewport={"width": 1400, "height": 900})
    context.set_offline(True)
    return context


@pytest.fixture(scope="module")
def browser(playwright: Playwright, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrowserContext]:
    context = _launch(playwright, tmp_path_factory.mktemp("chromium-profile"), bypass_csp=False)
    yield context
    context.close()


@pytest.fixture(scope="module")
def browser_without_policy(playwright: Playwright,
                           tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrowserContext]:
    """The page's Content-Security-Policy switched off: only the escaping stands between probe and page."""
    context = _launch(playwright, tmp_path_factory.mktemp("chromium-profile-no-csp"), bypass_csp=True)
    yield context
    context.close()


@dataclass
class Opened:
    page: Page
    requests: list[str] = field(default_factory=list)  # every request that was not for the file itself
    errors: list[str] = field(default_factory=list)  # page errors and console errors

    def count(self, what: str) -> int:
        return self.page.evaluate(f"window.c5kg.network.body.data.{what}.length")

    def node_on_screen(self, uri: str) -> tuple[float, float]:
        """Bring the node to the middle, magnified (so no neighbour covers it), and say where it is."""
        point = self.page.evaluate("""(id) => {
            const network = window.c5kg.network;
            network.focus(id, {scale: 1.5, animation: false});
            const at = network.canvasToDOM(network.getPositions([id])[id]);
            const box = document.getElementById("network").getBoundingClientRect();
            return [box.left + at.x, box.top + at.y];
        }""", uri)
        return point[0], point[1]


def open_page(context: BrowserContext, path: Path, wait: bool = True) -> Opened:
    page = context.new_page()
    opened = Opened(page)

    def route(route: Any) -> None:
        if route.request.url == path.as_uri():
            route.continue_()
        else:
            opened.requests.append(route.request.url)
            route.abort()

    page.route("**/*", route)
    page.on("pageerror", lambda error: opened.errors.append(f"pageerror: {error}"))
    page.on("console", lambda message: opened.errors.append(f"console: {message.text}")
            if message.type in ("error", "warning") else None)
    page.goto(path.as_uri())
    if wait:
        page.wait_for_selector(READY, state="attached", timeout=60_000)
    return opened


@pytest.fixture
def open_view(browser: BrowserContext, tmp_path: Path) -> Iterator[Any]:
    pages: list[Page] = []

    def opener(view: viz.View, context: BrowserContext | None = None) -> Opened:
        path = viz.write(view, tmp_path / f"view-{len(pages)}.html")
        opened = open_page(context or browser, path)
        pages.append(opened.page)
        return opened

    yield opener
    for page in pages:
        page.close()


# ---------------------------------------------------------------------------- offline, and everything drawn


def test_the_page_loads_with_the_network_off_and_draws_every_node(sample_kg: KnowledgeGraph, open_view) -> None:
    view = viz.graph_view(sample_kg)
    opened = open_view(view)
    assert opened.requests == []  # nothing was even asked for
    assert opened.errors == []
    assert opened.count("nodes") == len(view.nodes) == len(sample_kg.query("graph_nodes"))
    assert opened.count("edges") == len(view.edges)
    assert opened.page.evaluate("window.c5kg.network.body.nodeIndices.length") == len(view.nodes)
    assert opened.page.locator("#network canvas").is_visible()
    assert opened.page.locator("h1").inner_text() == "The c5kg graph"


@pytest.mark.parametrize("make, expected", [
    (lambda kg: viz.ego_view(kg, TOKAYEV),
     lambda kg: {r[end] for r in kg.query("neighbourhood", uri=TOKAYEV, limit=10_000) for end in ("source", "target")}),
    (lambda kg: viz.document_view(kg, FIRST_MEETING),
     lambda kg: {r[end] for r in kg.query("document_facts", doc=FIRST_MEETING, limit=10_000)
                 for end in ("source", "target")}),
    (lambda kg: viz.proposals_view(kg, summit="2018 Astana summit"),
     lambda kg: {r[end] for r in kg.query("proposals", summit="first consultative meeting", limit=1000)
                 for end in ("proposer_uri", "proposal_uri")}),
], ids=["neighbourhood", "document", "summit"])
def test_each_view_draws_the_nodes_its_query_returns(sample_kg: KnowledgeGraph, open_view, make, expected) -> None:
    view = make(sample_kg)
    opened = open_view(view)
    drawn = set(opened.page.evaluate("window.c5kg.network.body.data.nodes.getIds()"))
    assert drawn == set(view.nodes)
    assert drawn >= expected(sample_kg) and len(drawn) == opened.count("nodes")
    assert opened.requests == [] and opened.errors == []


def test_a_2000_node_view_draws_in_full_from_its_computed_layout(open_view) -> None:
    bench_file = Path(__file__).resolve().parent.parent / "bench" / "viz.py"
    spec = importlib.util.spec_from_file_location("bench_viz", bench_file)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)  # bench/viz.py: the graph the measurement uses
    view = bench.synthetic_view(2000)
    opened = open_view(view)
    assert opened.count("nodes") == 2000
    assert opened.page.evaluate("window.c5kg.network.physics.options.enabled") is False
    some = sorted(view.nodes)[7]
    x, y = viz.precompute_layout(view)[some]
    drawn = opened.page.evaluate("(id) => window.c5kg.network.getPositions([id])[id]", some)
    assert (drawn["x"], drawn["y"]) == (round(x), round(y))  # vis-network reports whole pixels


# ---------------------------------------------------------------------------- reading the evidence


def test_hovering_a_node_shows_its_aliases_and_evidence(sample_kg: KnowledgeGraph, open_view) -> None:
    opened = open_view(viz.ego_view(sample_kg, TOKAYEV))
    opened.page.mouse.move(*opened.node_on_screen(TOKAYEV))
    tooltip = opened.page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=10_000)
    text = tooltip.inner_text()
    assert "Kassym-Jomart Tokayev" in text and "Toqaev" in text
    sentences = {r["evidence"] for r in sample_kg.query("neighbourhood", uri=TOKAYEV, limit=10_000)
                 if r["evidence"] and TOKAYEV in (r["source"], r["target"])}
    assert any(s in text for s in sentences)


def test_clicking_a_node_lists_every_fact_with_its_sentence_and_offsets(sample_kg: KnowledgeGraph,
                                                                        open_view) -> None:
    opened = open_view(viz.ego_view(sample_kg, TOKAYEV))
    details = opened.page.locator("#details")
    opened.page.evaluate("window.c5kg.showNode('https://w3id.org/c5kg/id/state/kazakhstan')")
    assert details.locator("h2").first.inner_text().startswith("Kazakhstan")
    opened.page.mouse.click(*opened.node_on_screen(TOKAYEV))
    details.locator("h2").first.filter(has_text="Kassym-Jomart Tokayev").wait_for()
    text = details.inner_text()
    own = [r for r in sample_kg.query("neighbourhood", uri=TOKAYEV, limit=10_000)
           if TOKAYEV in (r["source"], r["target"])]
    assert own
    for row in own:
        if row["evidence"]:
            assert row["evidence"] in text
            assert f"{row['document']}, characters {row['sentence_start']}–{row['sentence_end']}" in text
    assert "from the reference data" in text  # a reference fact says where it comes from
    assert opened.page.evaluate("window.c5kg.network.getSelectedNodes()") == [TOKAYEV]


def test_search_finds_a_node_by_alias(sample_kg: KnowledgeGraph, open_view) -> None:
    opened = open_view(viz.graph_view(sample_kg))
    opened.page.fill("#search", "toqaev")
    opened.page.press("#search", "Enter")
    opened.page.locator("#search-status").filter(has_text="match").wait_for()
    assert opened.page.evaluate("window.c5kg.network.getSelectedNodes()")[0] == TOKAYEV
    assert opened.page.locator("#details h2").first.inner_text().startswith("Kassym-Jomart Tokayev")
    opened.page.fill("#search", "Atlantis")
    opened.page.press("#search", "Enter")
    opened.page.locator("#search-status").filter(has_text="no match").wait_for()


def test_filtering_by_type_hides_that_type_only(sample_kg: KnowledgeGraph, open_view) -> None:
    view = viz.graph_view(sample_kg)
    initiatives = {n.uri for n in view.nodes.values() if n.kind == "Initiative"}
    assert initiatives
    opened = open_view(view)
    box = opened.page.locator('#legend input[data-kind="Initiative"]')
    box.uncheck()
    hidden = opened.page.evaluate("window.c5kg.nodes.get({filter: n => n.hidden}).map(n => n.id)")
    assert set(hidden) == initiatives
    box.check()
    assert opened.page.evaluate("window.c5kg.nodes.get({filter: n => n.hidden}).length") == 0


# ---------------------------------------------------------------------------- injection probes


def test_the_probes_are_live_in_a_page_that_does_not_escape(browser_without_policy: BrowserContext,
                                                             tmp_path: Path) -> None:
    """The control: pyvis's own page, given the probe document's title as its heading, runs it."""
    with KnowledgeGraph.open(tmp_path / "db") as kg:
        kg.ingest([write_probe_corpus(tmp_path / "corpus")])
        title = kg.query("entity", uri=f"https://w3id.org/c5kg/id/document/{PROBE_DOCUMENT}")[0]["name"]
    net = Network(heading=title, cdn_resources="in_line")
    net.add_node("a", label="a")
    path = tmp_path / "pyvis.html"
    path.write_text(net.generate_html(), encoding="utf-8")
    opened = open_page(browser_without_policy, path, wait=False)
    opened.page.wait_for_load_state("load")
    assert opened.page.evaluate("window.__pwned") == "title"
    opened.page.close()


@pytest.mark.parametrize("context_name", ["browser", "browser_without_policy"],
                         ids=["with its policy", "escaping alone"])
@pytest.mark.parametrize("make", [
    lambda kg: viz.document_view(kg, PROBE_DOCUMENT),
    lambda kg: viz.graph_view(kg),
    lambda kg: viz.ego_view(kg, TOKAYEV),  # who proposed the council with a probe in its name
], ids=["document", "whole graph", "neighbourhood"])
def test_injection_probes_show_as_text_and_never_run(probe_kg: KnowledgeGraph, request: pytest.FixtureRequest,
                                                     open_view, make, context_name: str) -> None:
    view = make(probe_kg)
    probes = [n for n in view.nodes.values() if "__pwned" in n.name]
    assert probes, "the probe names did not reach the graph"
    opened = open_view(view, request.getfixturevalue(context_name))
    page = opened.page
    for node in probes:  # hover and click each probe node: tooltip and details render its text
        page.mouse.move(*opened.node_on_screen(node.uri))
        page.locator("div.vis-tooltip").wait_for(state="visible", timeout=10_000)
        assert node.name in page.locator("div.vis-tooltip").inner_text()
        page.mouse.click(*opened.node_on_screen(node.uri))
        page.locator("#details h2").first.filter(has_text="__pwned").wait_for()
        assert node.name in page.locator("#details").inner_text()
        page.mouse.move(5, 5)
    for node in view.nodes.values():  # and every other node's and edge's details too
        page.evaluate("(id) => window.c5kg.showNode(id)", node.uri)
    for edge in view.edges.values():
        page.evaluate("(id) => window.c5kg.showEdge(id)", edge.id)
        shown = page.locator("#details").inner_text()
        assert all(ev.sentence in shown for ev in edge.evidence if ev.sentence)  # javascript: links too, as text
    page.wait_for_timeout(300)  # an image that failed to load would have fired its onerror by now
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert page.evaluate("document.querySelectorAll('script').length") == 3
    assert page.evaluate("document.querySelectorAll('a[href]:not([href^=\"http\"])').length") == 0
    assert page.locator("h1").inner_text() == view.title  # a title with <script> in it, as text
    assert opened.requests == []  # nothing was fetched: no image, no script
    assert opened.errors == []  # and the policy had nothing to refuse
