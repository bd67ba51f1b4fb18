"""Interactive network views of the graph: self-contained HTML pages drawn with vis-network.

A view is built from the query catalogue (graph/catalogue.py), so every store draws the same
picture: the whole graph (its best-connected entities, capped), an entity's neighbourhood, who
proposed what for a state or a summit, and one document's facts. Every edge is a fact and
carries its evidence: document, sentence and character offsets.

The page works with no network at all: vis-network (the copy pyvis ships), its stylesheet and
the page's own script are inlined, and its Content-Security-Policy lets nothing else load or
run. Text from documents is escaped wherever it lands: `html.escape` in the page's markup,
JSON with `<`, `>` and `&` escaped inside the data block, and `textContent` or the canvas in
the browser (graph/static/viz.js). Links are made only for http(s) addresses, and the
vis-network options are built from constants, never from document text.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import random
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any, Literal, Protocol

from pyvis.network import Network

from ontology.iris import document_iri
from ontology.namespaces import ID

from .catalogue import QueryError
from .projection import REFERENCE_DOC

DEFAULT_NODES = 500  # whole graph: the best-connected entities drawn
DEFAULT_FACTS = 2000  # neighbourhood and document views: facts drawn
MAX_DEPTH = 2  # the catalogue's neighbourhood query walks at most two facts out
GRAPH_FACTS = 20000  # whole graph: facts drawn among the chosen entities
LABEL_CHARS = 40  # longer names are shortened on the canvas (tooltips show them whole)
PHYSICS_MAX_NODES = 200  # above this, the layout is computed before the page is written (bench/viz.py)

Layout = Literal["auto", "physics", "precomputed"]


class Queryable(Protocol):
    """What the views read from: anything that runs the catalogue's named queries (graph.kg.KnowledgeGraph)."""

    def query(self, name: str, /, **parameters: Any) -> list[dict[str, Any]]: ...


class ViewError(QueryError):
    """A view cannot be drawn as asked: an ambiguous name or a bad parameter."""


class NotInGraph(ViewError):
    """The entity, document or summit asked for is not in the graph."""


# ---------------------------------------------------------------------------- styles

@dataclass(frozen=True)
class KindStyle:
    color: str
    shape: str  # a vis-network node shape


@dataclass(frozen=True)
class RelationStyle:
    label: str
    color: str


# Colour-blind-safe colours (Okabe & Ito), and a different shape for each kind as well.
KIND_STYLES: dict[str, KindStyle] = {
    "State": KindStyle("#0072B2", "dot"),
    "Person": KindStyle("#D55E00", "diamond"),
    "Organisation": KindStyle("#009E73", "square"),
    "Summit": KindStyle("#E69F00", "star"),
    "Initiative": KindStyle("#CC79A7", "triangle"),
    "Place": KindStyle("#56B4E9", "triangleDown"),
    "Document": KindStyle("#999999", "box"),
}
OTHER_KIND = KindStyle("#999999", "dot")

RELATION_STYLES: dict[str, RelationStyle] = {
    "PROPOSED": RelationStyle("proposed", "#D55E00"),
    "SUPPORTED": RelationStyle("supported", "#009E73"),
    "MEMBER_OF": RelationStyle("member of", "#0072B2"),
    "HOLDS_OFFICE": RelationStyle("holds office in", "#7F3C8D"),
    "ATTENDED": RelationStyle("attended", "#E69F00"),
    "HOSTED": RelationStyle("hosted", "#8C564B"),
    "HELD_IN": RelationStyle("held in", "#56B4E9"),
    "LOCATED_IN": RelationStyle("located in", "#777777"),
    "MENTIONS": RelationStyle("mentions", "#BBBBBB"),
}
OTHER_RELATION = RelationStyle("", "#999999")


def relation_label(rel: str) -> str:
    style = RELATION_STYLES.get(rel)
    return style.label if style else rel.lower().replace("_", " ")


# ---------------------------------------------------------------------------- the view

@dataclass(frozen=True)
class Evidence:
    """Where a fact was stated: document, sentence and character offsets (or the reference data)."""

    document: str | None
    document_title: str | None = None
    sentence: str | None = None
    start: int | None = None
    end: int | None = None
    trigger: str | None = None
    confidence: float | None = None
    date: str | None = None
    state: str | None = None
    summit: str | None = None
    role: str | None = None
    until: str | None = None
    from_reference: bool = False

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Evidence:
        """From a catalogue row that carries the evidence columns."""
        return cls(row.get("document"), row.get("document_title"), row.get("evidence"), row.get("sentence_start"),
                   row.get("sentence_end"), row.get("trigger"), row.get("confidence"), row.get("date"),
                   row.get("state"), row.get("summit"), row.get("role"), row.get("until"),
                   row.get("document") == REFERENCE_DOC)


@dataclass
class Node:
    uri: str
    kind: str
    name: str
    aliases: list[str] | None = None  # None: not yet read from the graph
    wikidata: str | None = None


@dataclass
class Edge:
    """All the statements of one relation between two entities, each with its evidence."""

    source: str
    rel: str
    target: str
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{self.source} {self.rel} {self.target}"


@dataclass
class View:
    """What one page draws: entities, facts between them, and what was left out."""

    title: str
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: dict[str, Edge] = field(default_factory=dict)
    notice: str | None = None  # e.g. that the view is capped, and how to see more
    focus: str | None = None  # the entity the view is about, selected when the page opens

    def add_node(self, uri: str, kind: str | None, name: str | None, aliases: list[str] | None = None,
                 wikidata: str | None = None) -> Node:
        node = self.nodes.get(uri)
        if node is None:
            node = self.nodes[uri] = Node(uri, kind or "Entity", name or uri.rsplit("/", 1)[-1], aliases, wikidata)
        elif node.aliases is None and aliases is not None:
            node.aliases = aliases
        return node

    def add_fact(self, row: dict[str, Any]) -> Edge:
        """Add a fact row of the catalogue (source_*, rel, target_* and evidence columns)."""
        for end in ("source", "target"):
            self.add_node(row[end], row.get(f"{end}_kind"), row.get(f"{end}_name"), row.get(f"{end}_aliases") or [],
                          row.get(f"{end}_wikidata"))
        return self.add_edge(row["source"], row["rel"], row["target"], Evidence.from_row(row))

    def add_edge(self, source: str, rel: str, target: str, evidence: Evidence) -> Edge:
        edge = Edge(source, rel, target)
        edge = self.edges.setdefault(edge.id, edge)
        if evidence not in edge.evidence:
            edge.evidence.append(evidence)
        return edge

    def degrees(self) -> dict[str, int]:
        """Relations drawn at each node (statements of one relation between two nodes count once)."""
        degree = dict.fromkeys(self.nodes, 0)
        for edge in self.edges.values():
            degree[edge.source] += 1
            if edge.target != edge.source:
                degree[edge.target] += 1
        return degree

    @property
    def facts(self) -> int:
        return sum(len(e.evidence) for e in self.edges.values())

    @property
    def summary(self) -> str:
        n, e = len(self.nodes), self.facts
        return f"{n:,} {'entity' if n == 1 else 'entities'}, {e:,} {'fact' if e == 1 else 'facts'}"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: nodes with their degree, edges with every statement's evidence."""
        degree = self.degrees()
        return {
            "title": self.title, "summary": self.summary, "notice": self.notice, "focus": self.focus,
            "nodes": [{**asdict(n), "aliases": n.aliases or [], "degree": degree[n.uri]}
                      for n in sorted(self.nodes.values(), key=lambda n: n.uri)],
            "edges": [{"source": e.source, "rel": e.rel, "target": e.target,
                       "evidence": [asdict(ev) for ev in e.evidence]}
                      for e in sorted(self.edges.values(), key=lambda e: e.id)],
        }


# ---------------------------------------------------------------------------- views from the catalogue

def _fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if not unicodedata.combining(c)).casefold().strip()


def entity_uri(ref: str) -> str:
    """An entity's IRI from its IRI or its path under the c5kg namespace ('person/kassym-jomart-tokayev')."""
    ref = ref.strip()
    if ref.startswith(("http://", "https://")):
        return ref
    return str(ID) + ref.lstrip("/")


def find_entity(kg: Queryable, name: str, kind: str = "") -> dict[str, Any]:
    """The entity a name or alias means (the catalogue's `actors` row): an exact name or alias first,
    then the only entity whose name contains it. Several candidates are an error that lists them."""
    if not name.strip():
        raise ViewError("give a name to look for")
    rows = kg.query("actors", name=name, kind=kind, limit=50)
    wanted = _fold(name)
    exact = [r for r in rows if wanted in {_fold(r["name"]), *map(_fold, r["aliases"] or [])}]
    if exact:
        return exact[0]  # the one most documents mention
    if len(rows) == 1:
        return rows[0]
    what = kind.lower() or "entity"
    if not rows:
        raise NotInGraph(f"no {what} named '{name}' in the graph")
    candidates = "; ".join(f"{r['name']} ({r['kind']})" for r in rows[:6])
    raise ViewError(f"'{name}' matches {len(rows)}{'+' if len(rows) == 50 else ''} entities: {candidates}"
                    f"{'; …' if len(rows) > 6 else ''} — give the full name or an alias")


def _named(kg: Queryable, name: str, kind: str) -> dict[str, Any]:
    """What a filter's name means, by the catalogue's rule (query `named`), for the view's title.
    The filter itself goes to the catalogue as typed, so the view and every query agree on it."""
    rows = kg.query("named", name=name, kind=kind, limit=1)
    if not rows:
        raise NotInGraph(f"no {kind.lower()} named '{name}' in the graph (a name or alias, whole)")
    return rows[0]


def _entity(kg: Queryable, uri: str) -> dict[str, Any]:
    rows = kg.query("entity", uri=uri)
    if not rows:
        raise NotInGraph(f"no entity <{uri}> in the graph")
    return rows[0]


def _check_limit(limit: int, name: str = "limit") -> int:
    if not isinstance(limit, int) or isinstance(limit, bool) or limit < 1:
        raise ViewError(f"{name} must be a whole number of at least 1 (got {limit!r})")
    return limit


def graph_view(kg: Queryable, limit: int = DEFAULT_NODES) -> View:
    """The whole graph: its `limit` best-connected entities and the facts among them."""
    _check_limit(limit)
    view = View("The c5kg graph")
    rows = kg.query("graph_nodes", limit=limit)
    for row in rows:
        view.add_node(row["uri"], row["kind"], row["name"], row["aliases"] or [], row["wikidata"])
    facts = kg.query("graph_edges", nodes=limit, limit=GRAPH_FACTS + 1)
    for row in facts[:GRAPH_FACTS]:
        view.add_fact(row)
    total = rows[0]["total"] if rows else 0
    notes = []
    if total > len(rows):
        notes.append(f"Showing the {len(rows):,} best-connected of {total:,} entities (raise the limit to see more).")
    if len(facts) > GRAPH_FACTS:
        notes.append(f"Showing the first {GRAPH_FACTS:,} facts among them; there are more.")
    view.notice = " ".join(notes) or None
    return view


def ego_view(kg: Queryable, uri: str, depth: int = 1, limit: int = DEFAULT_FACTS) -> View:
    """An entity and everything within `depth` facts of it (1 or 2), the nearest facts first."""
    if depth not in range(1, MAX_DEPTH + 1):
        raise ViewError(f"depth must be 1 or 2 (got {depth!r})")
    _check_limit(limit)
    uri = entity_uri(uri)
    centre = _entity(kg, uri)
    view = View(f"Around {centre['name']} ({centre['kind']})" + (", two facts out" if depth == 2 else ""), focus=uri)
    view.add_node(uri, centre["kind"], centre["name"], centre["aliases"] or [], centre["wikidata"])
    rows = kg.query("neighbourhood", uri=uri, depth=depth, limit=limit + 1)
    for row in rows[:limit]:
        view.add_fact(row)
    if len(rows) > limit:
        view.notice = f"Showing the {limit:,} facts nearest to {centre['name']}; there are more (raise the limit)."
    elif not rows:
        view.notice = f"The graph holds no facts about {centre['name']} yet."
    return view


def document_view(kg: Queryable, doc_id: str, limit: int = DEFAULT_FACTS) -> View:
    """Every fact one document states, with its sentences."""
    _check_limit(limit)
    doc_id = doc_id.strip()
    rows = kg.query("entity", uri=str(document_iri(doc_id))) if doc_id else []
    if not rows:
        raise NotInGraph(f"no document '{doc_id}' in the graph (c5kg query documents lists them)")
    view = View(f"{rows[0]['name']} ({doc_id})")
    facts = kg.query("document_facts", doc=doc_id, limit=limit + 1)
    for row in facts[:limit]:
        view.add_fact(row)
    if len(facts) > limit:
        view.notice = f"Showing the first {limit:,} facts of the document; there are more (raise the limit)."
    elif not facts:
        view.notice = "No facts were found in this document."
    return view


def proposals_view(kg: Queryable, state: str = "", summit: str = "", limit: int = DEFAULT_FACTS) -> View:
    """Who proposed what (for a state, at a summit, or everywhere), and who supported it."""
    _check_limit(limit)
    filters = {key: text.strip() for key, text in (("state", state), ("summit", summit)) if text.strip()}
    about = [_named(kg, text, key.title())["name"] for key, text in filters.items()]
    view = View("Who proposed what" + (f": {', '.join(about)}" if about else ""))
    rows = kg.query("proposals", **filters, limit=limit + 1)
    for row in rows[:limit]:
        view.add_node(row["proposer_uri"], row["proposer_kind"], row["proposer"])
        view.add_node(row["proposal_uri"], "Initiative", row["proposal"])
        view.add_edge(row["proposer_uri"], "PROPOSED", row["proposal_uri"], Evidence.from_row(row))
    proposals = {row["proposal_uri"] for row in rows[:limit]}
    if proposals:
        for row in kg.query("supports", limit=1_000_000):
            if row["proposal_uri"] in proposals:
                view.add_node(row["supporter_uri"], row["supporter_kind"], row["supporter"])
                view.add_edge(row["supporter_uri"], "SUPPORTED", row["proposal_uri"], Evidence.from_row(row))
    for node in view.nodes.values():  # proposals rows name their ends; aliases and links come from the graph
        if node.aliases is None:
            found = _entity(kg, node.uri)
            node.aliases, node.wikidata = found["aliases"] or [], found["wikidata"]
    if len(rows) > limit:
        view.notice = f"Showing the first {limit:,} proposals; there are more (raise the limit)."
    elif not rows:
        view.notice = "No proposals found" + (f" for {', '.join(about)}." if about else ".")
    return view


def neighbourhood(kg: Queryable, uri: str, depth: int = 1, limit: int = DEFAULT_FACTS) -> dict[str, Any]:
    """An entity's neighbourhood as JSON: nodes, and edges with every statement's evidence."""
    return ego_view(kg, uri, depth, limit).to_dict()


def neighbourhood_html(kg: Queryable, uri: str, depth: int = 1, limit: int = DEFAULT_FACTS) -> str:
    """An entity's neighbourhood as a self-contained HTML page."""
    return render(ego_view(kg, uri, depth, limit))


# ---------------------------------------------------------------------------- layout and options

def _label(name: str) -> str:
    return name if len(name) <= LABEL_CHARS else name[:LABEL_CHARS - 1].rstrip() + "…"


def precompute_layout(view: View, spacing: float = 90.0, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Node positions in canvas units from igraph's Fruchterman-Reingold layout (in C, grid-accelerated).

    Deterministic for a seed; spread so that each node has about `spacing` pixels of room.
    """
    import igraph

    uris = sorted(view.nodes)
    if not uris:
        return {}
    index = {uri: i for i, uri in enumerate(uris)}
    g = igraph.Graph(n=len(uris), edges=sorted({(index[e.source], index[e.target]) for e in view.edges.values()}))
    igraph.set_random_number_generator(random.Random(seed))
    try:
        coords = g.layout_fruchterman_reingold().coords
    finally:
        igraph.set_random_number_generator(random)  # igraph's default, restored
    # Entities without facts drift far out and would shrink everything else when the page fits the
    # view: bring every outlier in to the ring that holds nearly all nodes.
    cx, cy = sum(c[0] for c in coords) / len(coords), sum(c[1] for c in coords) / len(coords)
    radii = sorted(math.dist(c, (cx, cy)) for c in coords)
    ring = 1.1 * radii[int(0.97 * (len(radii) - 1))] or 1.0
    for c in coords:
        r = math.dist(c, (cx, cy))
        if r > ring:
            c[0], c[1] = cx + (c[0] - cx) * ring / r, cy + (c[1] - cy) * ring / r
    # Give each node about `spacing` pixels of room: a disc of radius spacing·√(n/π) holds them all.
    scale = spacing * math.sqrt(len(uris) / math.pi) / ring
    return {uri: (round((coords[i][0] - cx) * scale, 1), round((coords[i][1] - cy) * scale, 1))
            for uri, i in index.items()}


def vis_options(node_count: int, physics: bool) -> dict[str, Any]:
    """vis-network options: constants and counts only, never text from documents."""
    big = node_count > PHYSICS_MAX_NODES
    threshold = 10 if big else 6  # labels smaller than this on screen are not drawn: big graphs show them on zoom
    options: dict[str, Any] = {
        "autoResize": True,
        "nodes": {
            "borderWidth": 1,
            "font": {"size": 14, "face": "system-ui, sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
            "scaling": {"min": 8, "max": 36, "label": {"enabled": True, "min": 12, "max": 18,
                                                              "drawThreshold": threshold}},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "font": {"size": 10, "align": "middle", "color": "#444444", "strokeWidth": 3},
            "scaling": {"min": 1, "max": 6, "label": {"enabled": False, "drawThreshold": threshold}},
            "smooth": False if big else {"enabled": True, "type": "continuous", "roundness": 0.3},
            "selectionWidth": 2,
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big,
                        "multiselect": True},
        "layout": {"improvedLayout": node_count <= 100, "randomSeed": 7},  # vis clusters bigger graphs: slow
    }
    if physics:
        # Force Atlas 2 settles sparse, hub-heavy graphs quickly; the page turns physics off once the
        # stabilisation iterations are done, so nothing drifts afterwards.
        options["physics"] = {
            "enabled": True, "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "centralGravity": 0.01, "springLength": 120,
                                 "springConstant": 0.08, "damping": 0.6, "avoidOverlap": 0.2},
            "maxVelocity": 60, "minVelocity": 1.0, "timestep": 0.5,
            "stabilization": {"enabled": True, "iterations": 400, "updateInterval": 100, "fit": True},
        }
    else:
        options["physics"] = {"enabled": False}
    return options


# ---------------------------------------------------------------------------- rendering

def network(view: View, layout: Layout = "auto") -> tuple[Network, dict[str, Any]]:
    """The view as a pyvis Network (nodes and edges as vis-network reads them) and its options."""
    physics = layout == "physics" or (layout == "auto" and len(view.nodes) <= PHYSICS_MAX_NODES)
    positions = {} if physics else precompute_layout(view)
    degree = view.degrees()
    net = Network(directed=True, cdn_resources="in_line")
    for node in sorted(view.nodes.values(), key=lambda n: n.uri):
        style = KIND_STYLES.get(node.kind, OTHER_KIND)
        extra: dict[str, Any] = {}
        if node.uri in positions:
            extra["x"], extra["y"] = positions[node.uri]
        net.add_node(node.uri, label=_label(node.name), shape=style.shape, color=style.color,
                     value=degree[node.uri], uri=node.uri, kind=node.kind, name=node.name,
                     aliases=node.aliases or [], wikidata=_http_link(node.wikidata), degree=degree[node.uri], **extra)
    for edge in sorted(view.edges.values(), key=lambda e: e.id):
        net.add_edge(edge.source, edge.target, id=edge.id, rel=edge.rel, label=relation_label(edge.rel),
                     evidence=[asdict(ev) for ev in edge.evidence])
    net.options = vis_options(len(view.nodes), physics)
    return net, net.options


def _http_link(url: str | None) -> str | None:
    return url if url and url.lower().startswith(("http://", "https://")) and not any(c in url for c in "\"'<> ") \
        else None


def _asset(name: str) -> str:
    return (resources.files("graph") / "static" / name).read_text(encoding="utf-8")


_SOURCE_MAP = re.compile(r"^\s*(//# sourceMappingURL=.*|/\*# sourceMappingURL=.*\*/)\s*$", re.M)


def _vis_asset(name: str) -> str:
    """vis-network as pyvis ships it (licence header included), without its source-map reference: a
    page that works offline points at nothing it does not hold."""
    text = (resources.files("pyvis") / "templates" / "lib" / "vis-9.1.2" / name).read_text(encoding="utf-8")
    return _SOURCE_MAP.sub("", text)


def script_json(value: Any) -> str:
    """JSON that is safe inside a <script> element: no `<`, `>` or `&` can end it or open a comment."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _sha256(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def render(view: View, layout: Layout = "auto", options: dict[str, Any] | None = None) -> str:
    """The view as one self-contained HTML page (UTF-8 text) that needs no network.

    `options` replaces the vis-network options (vis_options): constants only, never document text.
    """
    net, default_options = network(view, layout)
    options = options if options is not None else default_options
    vis_js, viz_js = _vis_asset("vis-network.min.js"), _asset("viz.js")
    for script in (vis_js, viz_js):
        if "</script" in script.lower():
            raise ValueError("an inlined script contains '</script'")
    data = {
        "nodes": net.nodes, "edges": net.edges, "options": options, "focus": view.focus,
        "kinds": {k: asdict(s) for k, s in KIND_STYLES.items()}, "other_kind": asdict(OTHER_KIND),
        "relations": {k: asdict(s) for k, s in RELATION_STYLES.items()}, "other_relation": asdict(OTHER_RELATION),
    }
    # Only the two inline scripts may run; nothing may be fetched (images only as data: URIs).
    csp = (f"default-src 'none'; script-src {_sha256(vis_js)} {_sha256(viz_js)}; style-src 'unsafe-inline'; "
           "img-src data:; base-uri 'none'; form-action 'none'")
    notice = f'<p class="notice" role="status">{html.escape(view.notice, quote=True)}</p>' if view.notice else ""
    # One pass: text already put in is never read again as a placeholder.
    return Template(_asset("viz.html")).substitute(
        csp=csp, title=html.escape(view.title, quote=True), summary=html.escape(view.summary, quote=True),
        notice=notice, vis_css=_vis_asset("vis-network.css"), viz_css=_asset("viz.css"), data=script_json(data),
        vis_js=vis_js, viz_js=viz_js)


def write(view: View, path: Path | str, layout: Layout = "auto") -> Path:
    """Write the page as UTF-8."""
    path = Path(path)
    path.write_text(render(view, layout), encoding="utf-8")
    return path


def notebook_frame(view: View, height: int = 650, layout: Layout = "auto") -> Any:
    """The page for a notebook: an iframe whose srcdoc holds it, so its scripts and policy stay its own."""
    from IPython.display import HTML

    page = html.escape(render(view, layout), quote=True)
    return HTML(f'<iframe srcdoc="{page}" style="width:100%;height:{int(height)}px;border:1px solid #ddd" '
                'sandbox="allow-scripts"></iframe>')


__all__ = ["DEFAULT_FACTS", "DEFAULT_NODES", "KIND_STYLES", "PHYSICS_MAX_NODES", "RELATION_STYLES", "Edge",
           "Evidence", "KindStyle", "Layout", "Node", "NotInGraph", "Queryable", "RelationStyle", "View", "ViewError",
           "document_view", "ego_view", "entity_uri", "find_entity", "graph_view", "neighbourhood",
           "neighbourhood_html", "network", "notebook_frame", "precompute_layout", "proposals_view",
           "relation_label", "render", "script_json", "vis_options", "write"]
