/* c5kg network view: draws the page's JSON data with vis-network.
 *
 * Every string that came from a document (names, aliases, sentences, titles) reaches the page
 * through textContent or the canvas, never through innerHTML, and links are made only for
 * http(s) addresses. Tooltips are DOM elements built here, which vis-network shows as they are.
 */
(function () {
  "use strict";

  var started = performance.now();
  var data = JSON.parse(document.getElementById("c5kg-data").textContent);
  var kinds = data.kinds;
  var relations = data.relations;
  var TOOLTIP_ALIASES = 8;
  var TOOLTIP_SENTENCES = 2;

  // ------------------------------------------------------------------ safe DOM building

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function safeHref(url) {
    return typeof url === "string" && /^https?:\/\/[^\s"'<>]+$/i.test(url) ? url : null;
  }

  function link(url, text) {
    var href = safeHref(url);
    if (!href) return el("span", text);
    var a = el("a", text);
    a.href = href;
    a.rel = "noopener noreferrer";
    a.target = "_blank";
    return a;
  }

  function relationLabel(rel) {
    return (relations[rel] && relations[rel].label) || String(rel).toLowerCase().replace(/_/g, " ");
  }

  function kindStyle(kind) {
    return kinds[kind] || data.other_kind;
  }

  // ------------------------------------------------------------------ the data

  var records = {};  // node id -> node record
  var factsOf = {};  // node id -> edges touching it
  data.nodes.forEach(function (n) { records[n.id] = n; factsOf[n.id] = []; });
  data.edges.forEach(function (e) {
    if (factsOf[e.from]) factsOf[e.from].push(e);
    if (e.to !== e.from && factsOf[e.to]) factsOf[e.to].push(e);
  });

  function statements(edges) {
    return edges.reduce(function (n, e) { return n + e.evidence.length; }, 0);
  }

  function plural(n, word) {
    return n + " " + word + (n === 1 ? "" : "s");
  }

  function nameOf(id) {
    return records[id] ? records[id].name : id;
  }

  function sentencesOf(edges) {
    var found = [];
    edges.forEach(function (e) {
      e.evidence.forEach(function (ev) {
        if (ev.sentence) found.push(ev);
      });
    });
    return found;
  }

  // ------------------------------------------------------------------ facts and evidence as elements

  function evidenceElement(ev) {
    var box = el("div", null, "evidence-item");
    var meta = [];
    if (ev.date) meta.push(ev.date);
    if (ev.summit) meta.push("at " + ev.summit);
    if (ev.state) meta.push("on behalf of " + ev.state);
    if (ev.role) meta.push("role: " + ev.role + (ev.until ? " until " + ev.until : ""));
    if (meta.length) box.appendChild(el("div", meta.join(" · "), "meta"));
    if (ev.sentence) {
      box.appendChild(el("blockquote", ev.sentence, "evidence"));
      var where = (ev.document_title ? ev.document_title + " — " : "") + ev.document;
      if (ev.start !== null && ev.start !== undefined) where += ", characters " + ev.start + "–" + ev.end;
      if (ev.trigger) where += " · trigger “" + ev.trigger + "”";
      if (ev.confidence !== null && ev.confidence !== undefined) where += " · confidence " + ev.confidence;
      box.appendChild(el("div", where, "source"));
    } else {
      box.appendChild(el("div", ev.from_reference ? "from the reference data" : "from " + ev.document,
                         "source"));
    }
    return box;
  }

  function factHead(e) {
    var head = el("div", null, "fact-head");
    head.appendChild(el("span", nameOf(e.from)));
    head.appendChild(el("span", " " + relationLabel(e.rel) + " ", "rel"));
    head.appendChild(el("span", nameOf(e.to)));
    return head;
  }

  function factElement(e) {
    var box = el("div", null, "fact");
    box.appendChild(factHead(e));
    e.evidence.forEach(function (ev) { box.appendChild(evidenceElement(ev)); });
    return box;
  }

  function aliasesElement(aliases, limit) {
    var shown = limit ? aliases.slice(0, limit) : aliases;
    var text = "Also: " + shown.join(", ");
    if (aliases.length > shown.length) text += " and " + (aliases.length - shown.length) + " more";
    return el("div", text, "aliases");
  }

  function nodeTooltip(n) {
    var box = el("div");
    var head = el("div");
    head.appendChild(el("strong", n.name));
    head.appendChild(el("span", n.kind, "kind"));
    box.appendChild(head);
    if (n.aliases.length) box.appendChild(aliasesElement(n.aliases, TOOLTIP_ALIASES));
    var facts = factsOf[n.id];
    sentencesOf(facts).slice(0, TOOLTIP_SENTENCES).forEach(function (ev) {
      box.appendChild(el("blockquote", ev.sentence, "evidence"));
    });
    box.appendChild(el("div", plural(statements(facts), "fact") + " — click for the evidence", "hint"));
    return box;
  }

  function edgeTooltip(e) {
    var box = el("div");
    box.appendChild(factHead(e));
    e.evidence.slice(0, 3).forEach(function (ev) { box.appendChild(evidenceElement(ev)); });
    if (e.evidence.length > 3) box.appendChild(el("div", (e.evidence.length - 3) + " more — click", "hint"));
    return box;
  }

  // ------------------------------------------------------------------ the details panel

  var details = document.getElementById("details");

  function clearDetails() {
    while (details.firstChild) details.removeChild(details.firstChild);
  }

  function showNode(id) {
    var n = records[id];
    if (!n) return;
    clearDetails();
    var h = el("h2", n.name);
    h.appendChild(el("span", n.kind, "kind"));
    details.appendChild(h);
    if (n.aliases.length) details.appendChild(aliasesElement(n.aliases, 0));
    if (safeHref(n.wikidata)) {
      var p = el("div", null, "meta");
      p.appendChild(link(n.wikidata, "Wikidata"));
      details.appendChild(p);
    }
    details.appendChild(el("div", n.uri, "source"));
    var facts = factsOf[id];
    details.appendChild(el("h2", plural(statements(facts), "fact")));
    facts.forEach(function (e) { details.appendChild(factElement(e)); });
  }

  function showEdge(id) {
    var e = edges.get(id);
    if (!e) return;
    clearDetails();
    details.appendChild(el("h2", "Fact"));
    details.appendChild(factElement(e));
  }

  // ------------------------------------------------------------------ the network

  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    var style = kindStyle(n.kind);
    var item = {
      id: n.id, label: n.label, kind: n.kind, shape: style.shape, color: style.color, value: n.degree,
      title: nodeTooltip(n)
    };
    if (n.x !== undefined) { item.x = n.x; item.y = n.y; }
    return item;
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    var colour = (relations[e.rel] && relations[e.rel].color) || data.other_relation.color;
    return {
      id: e.id, from: e.from, to: e.to, rel: e.rel, evidence: e.evidence, label: e.label,
      value: e.evidence.length, color: { color: colour, highlight: colour, hover: colour }, title: edgeTooltip(e)
    };
  }));

  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);

  var state = window.c5kg = {
    network: network, nodes: nodes, edges: edges, ready: false,
    timings: { started: started, ready: null }, showNode: showNode, showEdge: showEdge
  };

  function markReady() {
    if (state.ready) return;
    state.ready = true;
    state.timings.ready = performance.now();
    document.documentElement.setAttribute("data-ready", "true");
  }

  if (data.options.physics && data.options.physics.enabled) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });  // settled: stop the simulation
      state.timings.stabilized = performance.now();
      network.once("afterDrawing", markReady);
      network.redraw();
    });
  } else {
    network.fit({ animation: false });  // positions came with the page: show them all
    network.once("afterDrawing", markReady);
  }
  if (data.nodes.length === 0) markReady();

  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });

  if (data.focus && records[data.focus]) {
    network.selectNodes([data.focus]);
    showNode(data.focus);
  }

  // ------------------------------------------------------------------ legend and filter by kind

  var counts = {};
  data.nodes.forEach(function (n) { counts[n.kind] = (counts[n.kind] || 0) + 1; });
  var kindList = document.getElementById("legend-kinds");
  Object.keys(counts).sort().forEach(function (kind) {
    var style = kindStyle(kind);
    var li = el("li");
    var label = el("label");
    var box = document.createElement("input");
    box.type = "checkbox";
    box.checked = true;
    box.setAttribute("data-kind", kind);
    box.addEventListener("change", function () {
      var hidden = !box.checked;
      nodes.update(nodes.getIds({ filter: function (n) { return n.kind === kind; } })
        .map(function (id) { return { id: id, hidden: hidden }; }));
    });
    var swatch = el("span", null, "swatch " + style.shape);
    swatch.style.background = style.color;
    label.appendChild(box);
    label.appendChild(swatch);
    label.appendChild(el("span", kind));
    label.appendChild(el("span", "(" + counts[kind] + ")", "count"));
    li.appendChild(label);
    kindList.appendChild(li);
  });

  var relCounts = {};
  data.edges.forEach(function (e) { relCounts[e.rel] = (relCounts[e.rel] || 0) + 1; });
  var relList = document.getElementById("legend-relations");
  Object.keys(relCounts).sort().forEach(function (rel) {
    var li = el("li");
    var swatch = el("span", null, "swatch line");
    swatch.style.background = (relations[rel] && relations[rel].color) || data.other_relation.color;
    li.appendChild(swatch);
    li.appendChild(el("span", relationLabel(rel)));
    li.appendChild(el("span", "(" + relCounts[rel] + ")", "count"));
    relList.appendChild(li);
  });

  // ------------------------------------------------------------------ search by name or alias

  function fold(text) {
    return String(text).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  var names = document.getElementById("names");
  data.nodes.map(function (n) { return n.name; }).sort().forEach(function (name) {
    var option = document.createElement("option");
    option.value = name;
    names.appendChild(option);
  });

  var searchStatus = document.getElementById("search-status");
  function search(text) {
    var q = fold(text.trim());
    if (!q) { network.unselectAll(); searchStatus.textContent = ""; return []; }
    var exact = [], partial = [];
    data.nodes.forEach(function (n) {
      var all = [n.name].concat(n.aliases).map(fold);
      if (all.indexOf(q) >= 0) exact.push(n.id);
      else if (all.some(function (s) { return s.indexOf(q) >= 0; })) partial.push(n.id);
    });
    var found = exact.concat(partial).filter(function (id) { return !nodes.get(id).hidden; });
    searchStatus.textContent = found.length ? found.length + (found.length === 1 ? " match" : " matches") : "no match";
    if (found.length) {
      network.selectNodes(found);
      network.focus(found[0], { scale: 1.2, animation: false });
      showNode(found[0]);
    } else {
      network.unselectAll();
    }
    return found;
  }
  state.search = search;
  document.getElementById("search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    search(document.getElementById("search").value);
  });
})();
