"""Network views without a browser: what each view draws (from the catalogue), and how the page
keeps document text as text. The browser tests (test_viz_browser.py) show the same in Chromium."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from graph import viz
from graph.catalogue import CATALOGUE
from graph.kg import KnowledgeGraph
from graph.projection import REFERENCE_DOC
from viz_probes import PROBE_DOCUMENT, PROBE_IN_SENTENCE, PROBE_IN_TITLE, PROBES_IN_NAMES, probe_kg  # noqa: F401

TOKAYEV = "https://w3id.org/c5kg/id/person/kassym-jomart-tokayev"
FIRST_MEETING = "2018-03-15_astana_first_meeting"
DATA_BLOCK = re.compile(r'<script type="application/json" id="c5kg-data">(.*?)</script>', re.S)


def page_data(page: str) -> dict:
    found = DATA_BLOCK.search(page)
    assert found, "the page has no data block"
    return json.loads(found.group(1))


def fact_keys(view: viz.View) -> set[tuple[str, str, str]]:
    return {(e.source, e.rel, e.target) for e in view.edges.values()}


# ---------------------------------------------------------------------------- the views' data


def test_the_catalogue_holds_the_view_queries() -> None:
    for name in ("entity", "neighbourhood", "document_facts", "graph_nodes", "graph_edges"):
        assert name in CATALOGUE
        assert "ORDER BY" in CATALOGUE[name].cypher  # a total order: every store answers in the same order


def test_whole_graph_draws_the_best_connected_entities_and_the_facts_among_them(sample_kg: KnowledgeGraph) -> None:
    nodes = sample_kg.query("graph_nodes", limit=10_000)
    every_fact = sample_kg.query("graph_edges", nodes=10_000, limit=100_000)
    view = viz.graph_view(sample_kg, limit=25)
    top = {r["uri"] for r in nodes[:25]}
    assert set(view.nodes) == top
    assert [r["degree"] for r in nodes] == sorted((r["degree"] for r in nodes), reverse=True)
    assert fact_keys(view) == {(r["source"], r["rel"], r["target"]) for r in every_fact
                               if r["source"] in top and r["target"] in top}
    assert "MENTIONS" not in {e.rel for e in view.edges.values()}
    assert view.notice and f"25 best-connected of {nodes[0]['total']:,}" in view.notice


def test_whole_graph_under_the_cap_says_nothing_is_left_out(sample_kg: KnowledgeGraph) -> None:
    total = sample_kg.query("graph_nodes", limit=1)[0]["total"]
    view = viz.graph_view(sample_kg, limit=total + 10)
    assert len(view.nodes) == total
    assert view.notice is None


def test_an_actors_neighbourhood_is_its_facts_and_those_among_its_neighbours(sample_kg: KnowledgeGraph) -> None:
    # every fact, the reference data's too (a neighbourhood shows them; the whole-graph view does not)
    every_fact = sample_kg.store.run("MATCH (a)-[r]->(b) WHERE r.rel <> 'MENTIONS' "
                                     "RETURN a.uri AS source, r.rel AS rel, b.uri AS target", {})
    around: dict[str, set[str]] = defaultdict(set)
    for r in every_fact:
        around[r["source"]].add(r["target"])
        around[r["target"]].add(r["source"])
    for depth in (1, 2):
        keep = {TOKAYEV} | around[TOKAYEV]
        if depth == 2:
            keep |= {far for near in around[TOKAYEV] for far in around[near]}
        view = viz.ego_view(sample_kg, TOKAYEV, depth=depth)
        assert view.focus == TOKAYEV and TOKAYEV in view.nodes
        assert set(view.nodes) == keep
        assert fact_keys(view) == {(r["source"], r["rel"], r["target"]) for r in every_fact
                                   if r["source"] in keep and r["target"] in keep}
    assert any(e.rel == "PROPOSED" and e.source == TOKAYEV for e in view.edges.values())


def test_every_fact_from_a_document_carries_its_sentence_and_offsets(sample_kg: KnowledgeGraph) -> None:
    view = viz.document_view(sample_kg, FIRST_MEETING)
    assert view.title.endswith(f"({FIRST_MEETING})")
    rows = sample_kg.query("document_facts", doc=FIRST_MEETING, limit=10_000)
    assert rows and view.facts == len(rows)
    for edge in view.edges.values():
        for ev in edge.evidence:
            assert ev.document == FIRST_MEETING and ev.document_title
            assert ev.sentence and 0 <= ev.start < ev.end and ev.end - ev.start == len(ev.sentence)


def test_neighbourhood_json_is_what_the_api_returns(sample_kg: KnowledgeGraph) -> None:
    answer = viz.neighbourhood(sample_kg, "person/kassym-jomart-tokayev")  # a path under the namespace will do
    json.dumps(answer)
    assert answer["focus"] == TOKAYEV
    assert {n["uri"] for n in answer["nodes"]} >= {TOKAYEV}
    assert all(n["degree"] >= 1 for n in answer["nodes"])
    by_uri = {n["uri"]: n for n in answer["nodes"]}
    assert "Toqaev" in by_uri[TOKAYEV]["aliases"]
    for edge in answer["edges"]:
        assert edge["source"] in by_uri and edge["target"] in by_uri
        for ev in edge["evidence"]:
            assert ev["document"]
            if ev["document"] != REFERENCE_DOC:
                assert ev["sentence"] and ev["end"] > ev["start"] >= 0
    html_page = viz.neighbourhood_html(sample_kg, TOKAYEV)
    assert {n["id"] for n in page_data(html_page)["nodes"]} == set(by_uri)


def test_who_proposed_what_for_a_state_and_at_a_summit(sample_kg: KnowledgeGraph) -> None:
    view = viz.proposals_view(sample_kg, state="O'zbekiston")  # an alias
    assert view.title == "Who proposed what: Uzbekistan"
    rows = sample_kg.query("proposals", state="Uzbekistan", limit=1000)
    proposed = {(r["proposer_uri"], "PROPOSED", r["proposal_uri"]) for r in rows}
    assert rows and {k for k in fact_keys(view) if k[1] == "PROPOSED"} == proposed
    proposals = {r["proposal_uri"] for r in rows}
    supported = {k for k in fact_keys(view) if k[1] == "SUPPORTED"}
    assert all(target in proposals for _, _, target in supported)
    assert supported == {(r["supporter_uri"], "SUPPORTED", r["proposal_uri"])
                         for r in sample_kg.query("supports", limit=1000) if r["proposal_uri"] in proposals}
    assert all(node.aliases is not None for node in view.nodes.values())

    summit = viz.proposals_view(sample_kg, summit="2018 Astana summit")
    assert summit.title == "Who proposed what: First Consultative Meeting of the Heads of State of Central Asia"
    for edge in summit.edges.values():
        if edge.rel == "PROPOSED":
            assert all(ev.summit == "First Consultative Meeting of the Heads of State of Central Asia"
                       for ev in edge.evidence)
    assert any(e.rel == "PROPOSED" for e in summit.edges.values())


def test_names_resolve_by_alias_and_ambiguity_is_an_error_that_lists_candidates(sample_kg: KnowledgeGraph) -> None:
    assert viz.find_entity(sample_kg, "Toqaev")["uri"] == TOKAYEV
    assert viz.find_entity(sample_kg, "KASSYM-JOMART TOKAYEV")["uri"] == TOKAYEV
    with pytest.raises(viz.ViewError, match="matches .* entities: .*Kazakhstan \\(State\\)"):
        viz.find_entity(sample_kg, "Kazakh")
    with pytest.raises(viz.NotInGraph, match="no entity named 'Atlantis'"):
        viz.find_entity(sample_kg, "Atlantis")


@pytest.mark.parametrize("call, message", [
    (lambda kg: viz.ego_view(kg, "state/atlantis"), "no entity <https://w3id.org/c5kg/id/state/atlantis>"),
    (lambda kg: viz.ego_view(kg, TOKAYEV, depth=3), "depth must be 1 or 2"),
    (lambda kg: viz.document_view(kg, "no-such-document"), "no document 'no-such-document'"),
    (lambda kg: viz.graph_view(kg, limit=0), "limit must be a whole number of at least 1"),
    (lambda kg: viz.proposals_view(kg, summit="Atlantis"), "no summit named 'Atlantis'"),
])
def test_bad_requests_name_the_problem(sample_kg: KnowledgeGraph, call, message: str) -> None:
    with pytest.raises(viz.ViewError, match=re.escape(message)):
        call(sample_kg)


def test_a_capped_neighbourhood_keeps_the_nearest_facts(sample_kg: KnowledgeGraph) -> None:
    full = sample_kg.query("neighbourhood", uri=TOKAYEV, depth=2, limit=10_000)
    view = viz.ego_view(sample_kg, TOKAYEV, depth=2, limit=5)
    assert view.facts == 5 and view.notice and "5 facts nearest" in view.notice
    assert [r["hop"] for r in full] == sorted(r["hop"] for r in full)
    assert fact_keys(view) == {(r["source"], r["rel"], r["target"]) for r in full[:5]}


# ---------------------------------------------------------------------------- the page


def test_the_page_is_self_contained(sample_kg: KnowledgeGraph) -> None:
    page = viz.render(viz.graph_view(sample_kg))
    assert not re.search(r"""\b(src|href)\s*=\s*["']?\s*(https?:)?//""", page, re.I), "the page loads something"
    assert "<link" not in page and "bootstrap" not in page.lower() and "@import" not in page
    assert page.count("\n<script") == 3  # the data block, vis-network, the view's own script
    assert "sourceMappingURL" not in page
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in policy and "unsafe-eval" not in policy
    assert "script-src 'sha256-" in policy and "'unsafe-inline'" not in policy.split("style-src")[0]
    assert "vis-network" in page and "@version 9.1.2" in page  # pyvis's copy, licence header and all


def test_the_page_is_written_as_utf8(sample_kg: KnowledgeGraph, tmp_path: Path) -> None:
    path = viz.write(viz.ego_view(sample_kg, TOKAYEV), tmp_path / "tokayev.html")
    raw = path.read_bytes()
    assert "Касым-Жомарт Токаев".encode() in raw  # an alias, as UTF-8 bytes
    assert b'<meta charset="utf-8">' in raw


def test_document_text_is_escaped_in_markup_and_data(probe_kg: KnowledgeGraph) -> None:
    view = viz.document_view(probe_kg, PROBE_DOCUMENT)
    names = " ".join(n.name for n in view.nodes.values())
    sentences = " ".join(ev.sentence or "" for e in view.edges.values() for ev in e.evidence)
    assert all(probe in names for probe in PROBES_IN_NAMES) and PROBE_IN_SENTENCE in sentences  # probes are in
    page = viz.render(view)
    for probe in (PROBE_IN_TITLE, "<img", "<script>window", "<a href"):
        assert probe not in page  # raw probes appear nowhere...
    assert "<h1>Leaders meet &lt;script&gt;window.__pwned = &quot;title&quot;&lt;/script&gt; in Astana" in page
    data = page_data(page)  # ...yet the data holds every name and sentence exactly
    assert {n["name"] for n in data["nodes"]} == {n.name for n in view.nodes.values()}
    assert {ev["sentence"] for e in data["edges"] for ev in e["evidence"]} == {
        ev.sentence for e in view.edges.values() for ev in e.evidence}


def test_script_json_cannot_end_its_script_element() -> None:
    value = {"s": "</script><script>alert(1)</script><!-- & \u2028\u2029"}
    text = viz.script_json(value)
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == value


def test_the_options_hold_no_document_text(probe_kg: KnowledgeGraph) -> None:
    view = viz.graph_view(probe_kg)
    options = page_data(viz.render(view))["options"]
    assert options == viz.vis_options(len(view.nodes), physics=len(view.nodes) <= viz.PHYSICS_MAX_NODES)
    text = json.dumps(options)
    assert "__pwned" not in text and not any(n.name in text for n in view.nodes.values())


def test_only_http_links_reach_the_page() -> None:
    view = viz.View("links")
    view.add_node("https://w3id.org/c5kg/id/state/a", "State", "A", [], "javascript:alert(1)")
    view.add_node("https://w3id.org/c5kg/id/state/b", "State", "B", [], "http://www.wikidata.org/entity/Q1")
    view.add_node("https://w3id.org/c5kg/id/state/c", "State", "C", [], 'https://x.org/" onmouseover="alert(1)')
    links = {n["name"]: n["wikidata"] for n in page_data(viz.render(view))["nodes"]}
    assert links == {"A": None, "B": "http://www.wikidata.org/entity/Q1", "C": None}


def test_small_views_settle_in_the_browser_and_big_ones_come_with_positions() -> None:
    small, big = viz.View("small"), viz.View("big")
    for view, n in ((small, 20), (big, viz.PHYSICS_MAX_NODES + 1)):
        for i in range(n):
            view.add_node(f"https://w3id.org/c5kg/id/place/{i}", "Place", f"P{i}", [])
            if i:
                view.add_edge(f"https://w3id.org/c5kg/id/place/{i}", "LOCATED_IN",
                              "https://w3id.org/c5kg/id/place/0", viz.Evidence("reference"))
    small_data, big_data = page_data(viz.render(small)), page_data(viz.render(big))
    assert small_data["options"]["physics"]["enabled"] and "x" not in small_data["nodes"][0]
    assert not big_data["options"]["physics"]["enabled"]
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in big_data["nodes"])
    assert viz.precompute_layout(big) == viz.precompute_layout(big)  # seeded: the same page every time


# ---------------------------------------------------------------------------- the command line


C5KG = str(Path(sys.executable).parent / "c5kg")  # the installed console script, as users run it


def c5kg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([C5KG, *args], capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory, sample_corpus: Path) -> Path:
    db = tmp_path_factory.mktemp("viz-cli") / "db"
    with KnowledgeGraph.open(db) as kg:
        assert not kg.ingest([sample_corpus]).failed
    return db


def test_cli_writes_each_view(sample_db: Path, tmp_path: Path) -> None:
    for args, title in (([], "The c5kg graph"), (["--actor", "Toqaev"], "Around Kassym-Jomart Tokayev (Person)"),
                        (["--summit", "2018 Astana summit"], "Who proposed what: First Consultative Meeting"),
                        (["--state", "Uzbekistan"], "Who proposed what: Uzbekistan"),
                        (["--doc", FIRST_MEETING], "Central Asian leaders revive regional dialogue")):
        out = tmp_path / "view.html"
        done = c5kg("viz", "--db", str(sample_db), *args, "-o", str(out))
        assert done.returncode == 0, done.stderr
        assert f"wrote {out}" in done.stdout and title in done.stdout
        assert f"<h1>{title}" in out.read_text(encoding="utf-8")


def test_cli_caps_the_whole_graph_and_says_so(sample_db: Path, tmp_path: Path) -> None:
    done = c5kg("viz", "--db", str(sample_db), "--limit", "12", "-o", str(tmp_path / "g.html"))
    assert done.returncode == 0, done.stderr
    assert "Showing the 12 best-connected of" in " ".join(done.stderr.split())
    assert len(page_data((tmp_path / "g.html").read_text(encoding="utf-8"))["nodes"]) == 12


@pytest.mark.parametrize("args, message", [
    (["--doc", "no-such-document"], "no document 'no-such-document'"),
    (["--actor", "Kazakh"], "give the full name or an alias"),
    (["--actor", "Toqaev", "--doc", FIRST_MEETING], "choose one view"),
])
def test_cli_errors_are_messages(sample_db: Path, tmp_path: Path, args: list[str], message: str) -> None:
    done = c5kg("viz", "--db", str(sample_db), *args, "-o", str(tmp_path / "x.html"))
    assert done.returncode != 0
    assert message in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "x.html").exists()


def test_the_whole_graph_is_what_documents_say_not_the_reference_data(sample_kg: KnowledgeGraph) -> None:
    view = viz.graph_view(sample_kg, limit=10_000)
    from_documents = {row["uri"] for row in sample_kg.store.run(
        "MATCH (a)-[r]-(b) WHERE r.rel <> 'MENTIONS' AND r.doc <> '@reference' RETURN DISTINCT a.uri AS uri", {})}
    assert set(view.nodes) == from_documents  # no ring of member states that only the reference data holds
    assert "https://w3id.org/c5kg/id/state/lithuania" not in view.nodes
