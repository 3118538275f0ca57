// The relationship graph: the network from /api/graph laid out by a small force-directed layout
// (seeded, so the same store always gives the same picture), a time slider that shows the edges in
// force at a date, filters, a side panel with the selected entity's relations and their sources, and
// a table of the same edges. Every name and quote goes into the page as text.
import { api, clear, el, passageHref, showError, svg } from "./core.js";

const KIND_LABEL = { org: "group", person: "person", state: "state" };
const KIND_COLOR = { org: "#1f5fa8", person: "#c0632b", state: "#2d7a46" };
const REL = {
  allegiance_to: { label: "allegiance to", color: "#6b3fa0", dash: "" },
  component_of: { label: "component of", color: "#2d7a46", dash: "" },
  merged_into: { label: "merged into", color: "#0f7c8c", dash: "7 3" },
  split_from: { label: "split from", color: "#a8461f", dash: "3 3" },
  allied_with: { label: "allied with", color: "#3c9a3c", dash: "" },
  rival_of: { label: "rival of", color: "#c0392b", dash: "8 4" },
  ceasefire_with: { label: "ceasefire with", color: "#c89200", dash: "1 4" },
  leader_of: { label: "leader of", color: "#4a4f57", dash: "" },
  founded_by: { label: "founded by", color: "#8a6d3b", dash: "5 2 1 2" },
  funded_by: { label: "funded by", color: "#b5489b", dash: "5 2" },
};
const W = 960;
const H = 640;

const state = {
  full: null, // the network at all dates (its layout stays put while the date moves)
  shown: null, // the response for the current date (or the full one)
  pos: new Map(), // node id -> {x, y}
  months: [], // slider index -> [year, month]
  at: null, // "YYYY-MM" or null for all dates
  selected: null,
  view: { k: 1, tx: 0, ty: 0 },
  seq: 0,
};

const $ = (id) => document.getElementById(id);

// -- layout -------------------------------------------------------------------------------------

function hash(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function layout(nodes, edges, iterations = 300) {
  const n = nodes.length;
  const index = new Map(nodes.map((d, i) => [d.id, i]));
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  nodes.forEach((d, i) => {
    const r = rng(hash(d.id));
    xs[i] = (r() - 0.5) * W * 0.8;
    ys[i] = (r() - 0.5) * H * 0.8;
  });
  const links = [];
  for (const e of edges) {
    const a = index.get(e.source);
    const b = index.get(e.target);
    if (a !== undefined && b !== undefined && a !== b) links.push([a, b]);
  }
  const k = Math.sqrt((W * H) / Math.max(1, n)) * 0.9;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  let temp = W / 8;
  for (let it = 0; it < iterations; it += 1) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i += 1) {
      for (let j = i + 1; j < n; j += 1) {
        let ddx = xs[i] - xs[j];
        let ddy = ys[i] - ys[j];
        let d2 = ddx * ddx + ddy * ddy;
        if (d2 < 0.01) { ddx = 0.1 * ((i % 7) - 3 || 1); ddy = 0.1; d2 = ddx * ddx + ddy * ddy; }
        if (d2 > 9 * k * k) continue; // far apart: no push (keeps it O(n^2) cheap and clusters tight)
        const f = (k * k) / d2;
        dx[i] += ddx * f; dy[i] += ddy * f;
        dx[j] -= ddx * f; dy[j] -= ddy * f;
      }
    }
    for (const [a, b] of links) {
      const ddx = xs[a] - xs[b];
      const ddy = ys[a] - ys[b];
      const d = Math.sqrt(ddx * ddx + ddy * ddy) || 0.01;
      const f = d / k;
      dx[a] -= ddx * f; dy[a] -= ddy * f;
      dx[b] += ddx * f; dy[b] += ddy * f;
    }
    for (let i = 0; i < n; i += 1) {
      dx[i] -= xs[i] * 0.03; // gravity: unlinked nodes stay in view
      dy[i] -= ys[i] * 0.03 * (W / H);
      const d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) || 1;
      const step = Math.min(d, temp);
      xs[i] += (dx[i] / d) * step;
      ys[i] += (dy[i] / d) * step;
    }
    temp = Math.max(1, temp * 0.985);
  }
  const out = new Map();
  nodes.forEach((d, i) => out.set(d.id, { x: xs[i], y: ys[i] }));
  return out;
}

// Linked nodes get the force layout; unlinked ones (shown for their mentions) go on rings around it,
// most mentioned first, so they do not squeeze the network itself.
function placeAll(nodes, edges) {
  const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
  const pos = layout(nodes.filter((n) => linked.has(n.id)), edges);
  const alone = nodes.filter((n) => !linked.has(n.id));
  if (!alone.length) return pos;
  const pts = [...pos.values()];
  let r = pts.length ? Math.max(...pts.map((p) => Math.hypot(p.x, p.y))) + 60 : 0;
  let i = 0;
  while (i < alone.length) {
    const slots = r ? Math.max(6, Math.floor((2 * Math.PI * r) / 34)) : 1;
    for (let j = 0; j < slots && i < alone.length; j += 1, i += 1) {
      const a = (2 * Math.PI * j) / slots - Math.PI / 2;
      pos.set(alone[i].id, { x: r * Math.cos(a) * 1.3, y: r * Math.sin(a) });
    }
    r += 34;
  }
  return pos;
}

// -- drawing ------------------------------------------------------------------------------------

function radius(node) {
  return Math.min(22, 6 + Math.sqrt(node.mentions || 0) * 1.1);
}

function shape(node) {
  const r = radius(node);
  const attrs = { class: `shape kind-${node.kind}`, fill: KIND_COLOR[node.kind] || "#777" };
  if (node.kind === "person") {
    return svg("polygon", { ...attrs, points: `0,${-r * 1.2} ${r * 1.2},0 0,${r * 1.2} ${-r * 1.2},0` });
  }
  if (node.kind === "state") return svg("rect", { ...attrs, x: -r, y: -r, width: 2 * r, height: 2 * r, rx: 2 });
  return svg("circle", { ...attrs, r });
}

function edgePath(e, offset) {
  const a = state.pos.get(e.source);
  const b = state.pos.get(e.target);
  if (!a || !b) return "";
  const nodes = state.byId;
  const ddx = b.x - a.x;
  const ddy = b.y - a.y;
  const d = Math.sqrt(ddx * ddx + ddy * ddy) || 1;
  const ux = ddx / d;
  const uy = ddy / d;
  const ra = radius(nodes.get(e.source)) + 1;
  const rb = radius(nodes.get(e.target)) + (e.directed ? 4 : 1);
  const x1 = a.x + ux * ra;
  const y1 = a.y + uy * ra;
  const x2 = b.x - ux * rb;
  const y2 = b.y - uy * rb;
  if (!offset) return `M${x1.toFixed(1)},${y1.toFixed(1)} L${x2.toFixed(1)},${y2.toFixed(1)}`;
  const mx = (x1 + x2) / 2 - uy * offset;
  const my = (y1 + y2) / 2 + ux * offset;
  return `M${x1.toFixed(1)},${y1.toFixed(1)} Q${mx.toFixed(1)},${my.toFixed(1)} ${x2.toFixed(1)},${y2.toFixed(1)}`;
}

function markers() {
  const defs = svg("defs");
  for (const [rel, style] of Object.entries(REL)) {
    defs.append(svg("marker", {
      id: `arrow-${rel}`, viewBox: "0 0 10 10", refX: 8, refY: 5, markerWidth: 7, markerHeight: 7,
      orient: "auto-start-reverse", markerUnits: "userSpaceOnUse",
    }, svg("path", { d: "M0,0 L10,5 L0,10 z", fill: style.color })));
  }
  return defs;
}

function draw() {
  const root = $("graph-svg");
  clear(root);
  const full = state.full;
  state.byId = new Map(full.nodes.map((n) => [n.id, n]));
  root.append(markers());
  const viewport = svg("g", { id: "graph-viewport" });
  const edgeLayer = svg("g", { class: "edges" });
  const nodeLayer = svg("g", { class: "nodes" });
  viewport.append(edgeLayer, nodeLayer);
  root.append(svg("rect", { class: "backdrop", x: -5000, y: -5000, width: 10000, height: 10000 }), viewport);
  state.edgeEls = new Map();
  state.nodeEls = new Map();
  const pairCount = new Map();
  for (const e of full.edges) {
    const key = [e.source, e.target].sort().join("\u0000");
    const i = pairCount.get(key) || 0;
    pairCount.set(key, i + 1);
    const offset = i === 0 ? 0 : (i % 2 ? 1 : -1) * Math.ceil(i / 2) * 18;
    const style = REL[e.relation] || { color: "#777", dash: "" };
    const path = svg("path", {
      class: `edge rel-${e.relation}${e.undated ? " undated" : ""}`, d: edgePath(e, offset), stroke: style.color,
      "stroke-dasharray": style.dash || null, "marker-end": e.directed ? `url(#arrow-${e.relation})` : null,
      "data-id": e.id,
    }, svg("title", {}, `${nameOf(e.source)} ${style.label} ${nameOf(e.target)} (${spanText(e)})`));
    path._offset = offset;
    state.edgeEls.set(e.id, path);
    edgeLayer.append(path);
  }
  const many = full.nodes.length > 80;
  for (const node of full.nodes) {
    const p = state.pos.get(node.id);
    const labelled = !many || node.degree >= 2 || node.mentions >= 20;
    const g = svg("g", {
      class: `node kind-${node.kind}${labelled ? " labelled" : ""}`, tabindex: 0, role: "button",
      transform: `translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`, "data-id": node.id,
      "aria-label": `${node.name}, ${KIND_LABEL[node.kind] || node.kind}, ${node.mentions} mentions`,
    }, shape(node), svg("text", { class: "label", x: radius(node) + 4, y: 4 }, short(node.name)));
    g.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); select(node.id); }
    });
    g.addEventListener("focus", () => g.classList.add("focus"));
    g.addEventListener("blur", () => g.classList.remove("focus"));
    dragNode(g, node);
    state.nodeEls.set(node.id, g);
    nodeLayer.append(g);
  }
  fit();
}

function short(name) {
  return name.length > 28 ? `${name.slice(0, 27)}\u2026` : name;
}

function nameOf(id) {
  const n = state.byId && state.byId.get(id);
  return n ? n.name : id;
}

function spanText(e) {
  if (e.start && e.end) return `${e.start} to ${e.end}`;
  if (e.start) return `from ${e.start}`;
  if (e.end) return `until ${e.end}`;
  return "dates not stated";
}

function redrawEdgesOf(id) {
  for (const e of state.full.edges) {
    if (e.source !== id && e.target !== id) continue;
    const path = state.edgeEls.get(e.id);
    path.setAttribute("d", edgePath(e, path._offset));
  }
}

function applyView() {
  const { k, tx, ty } = state.view;
  const vp = $("graph-viewport");
  if (vp) vp.setAttribute("transform", `translate(${tx.toFixed(1)},${ty.toFixed(1)}) scale(${k.toFixed(4)})`);
  // labels keep a readable size on screen whatever the zoom
  $("graph-svg").style.setProperty("--label-size", `${Math.max(8, Math.min(24, 12 / k)).toFixed(1)}px`);
}

function fit() {
  const pts = [...state.pos.values()];
  if (!pts.length) { state.view = { k: 1, tx: W / 2, ty: H / 2 }; applyView(); return; }
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys);
  // margins in screen units: 40 on the left, top and bottom, 170 on the right for the labels
  const k = Math.min(2.2, (W - 210) / Math.max(1, x1 - x0), (H - 80) / Math.max(1, y1 - y0));
  state.view = { k, tx: 40 + (W - 210 - k * (x1 - x0)) / 2 - k * x0, ty: 40 + (H - 80 - k * (y1 - y0)) / 2 - k * y0 };
  applyView();
}

function zoom(factor, cx = W / 2, cy = H / 2) {
  const v = state.view;
  const k = Math.max(0.15, Math.min(8, v.k * factor));
  const f = k / v.k;
  state.view = { k, tx: cx - (cx - v.tx) * f, ty: cy - (cy - v.ty) * f };
  applyView();
}

function svgPoint(ev) {
  const root = $("graph-svg");
  const pt = root.createSVGPoint();
  pt.x = ev.clientX;
  pt.y = ev.clientY;
  const m = root.getScreenCTM();
  return m ? pt.matrixTransform(m.inverse()) : { x: 0, y: 0 };
}

function dragNode(g, node) {
  let start = null;
  g.addEventListener("pointerdown", (ev) => {
    if (ev.button !== 0) return;
    ev.stopPropagation();
    start = { p: svgPoint(ev), moved: false, pos: { ...state.pos.get(node.id) } };
    g.setPointerCapture(ev.pointerId);
  });
  g.addEventListener("pointermove", (ev) => {
    if (!start) return;
    const p = svgPoint(ev);
    const ddx = (p.x - start.p.x) / state.view.k;
    const ddy = (p.y - start.p.y) / state.view.k;
    if (!start.moved && Math.abs(ddx) + Math.abs(ddy) < 3 / state.view.k) return;
    start.moved = true;
    const pos = { x: start.pos.x + ddx, y: start.pos.y + ddy };
    state.pos.set(node.id, pos);
    g.setAttribute("transform", `translate(${pos.x.toFixed(1)},${pos.y.toFixed(1)})`);
    redrawEdgesOf(node.id);
  });
  const end = (ev) => {
    if (!start) return;
    const moved = start.moved;
    start = null;
    if (g.hasPointerCapture(ev.pointerId)) g.releasePointerCapture(ev.pointerId);
    if (!moved && ev.type === "pointerup") select(node.id);
  };
  g.addEventListener("pointerup", end);
  g.addEventListener("pointercancel", end);
}

function panAndWheel() {
  const root = $("graph-svg");
  let pan = null;
  root.addEventListener("pointerdown", (ev) => {
    if (ev.button !== 0) return;
    pan = { p: svgPoint(ev), tx: state.view.tx, ty: state.view.ty };
    root.setPointerCapture(ev.pointerId);
    root.classList.add("panning");
  });
  root.addEventListener("pointermove", (ev) => {
    if (!pan) return;
    const p = svgPoint(ev);
    state.view.tx = pan.tx + (p.x - pan.p.x);
    state.view.ty = pan.ty + (p.y - pan.p.y);
    applyView();
  });
  const stop = (ev) => {
    if (!pan) return;
    pan = null;
    root.classList.remove("panning");
    if (root.hasPointerCapture(ev.pointerId)) root.releasePointerCapture(ev.pointerId);
  };
  root.addEventListener("pointerup", stop);
  root.addEventListener("pointercancel", stop);
  root.addEventListener("wheel", (ev) => {
    ev.preventDefault();
    const p = svgPoint(ev);
    zoom(ev.deltaY < 0 ? 1.15 : 1 / 1.15, p.x, p.y);
  }, { passive: false });
}

// -- what is shown at the date ------------------------------------------------------------------

function visibleIds() {
  const shown = state.shown || state.full;
  return { nodes: new Set(shown.nodes.map((n) => n.id)), edges: new Set(shown.edges.map((e) => e.id)) };
}

function applyShown() {
  const vis = visibleIds();
  for (const [id, elNode] of state.nodeEls) {
    const on = vis.nodes.has(id);
    elNode.classList.toggle("hidden", !on);
    if (on) elNode.removeAttribute("aria-hidden"); else elNode.setAttribute("aria-hidden", "true");
    elNode.setAttribute("tabindex", on ? "0" : "-1");
  }
  for (const [id, path] of state.edgeEls) path.classList.toggle("hidden", !vis.edges.has(id));
  const shown = state.shown || state.full;
  $("graph-svg").setAttribute("aria-label",
    `Relationship network ${state.at ? `at ${state.at}` : "at all dates"}: ${shown.nodes.length} entities, ${shown.edges.length} relations`);
  $("graph-status").textContent = shown.nodes.length
    ? `${shown.nodes.length} entities, ${shown.edges.length} relations ${state.at ? `in force at ${readout()}` : "at all dates"}.`
    : "No relations stated for this selection.";
  edgeTable(shown);
  panel();
}

function readout() {
  if (!state.at) return "all dates";
  const [y, m] = state.at.split("-").map(Number);
  return `${["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December"][m - 1]} ${y}`;
}

function sourceList(sources) {
  return el("ul", { class: "sources" }, sources.map((s) => el("li", {},
    el("blockquote", { class: "quote" }, s.quote),
    el("a", { href: passageHref(s), class: "source-link" }, `${s.doc}:${s.start}`))));
}

function profileLink(id) {
  return el("a", { href: `/profiles/${encodeURIComponent(id)}` }, nameOf(id));
}

function edgeTable(shown) {
  const wrap = clear($("edge-table-wrap"));
  $("edge-heading").textContent = `Relations ${state.at ? `in force at ${readout()}` : "at all dates"} (${shown.edges.length})`;
  if (!shown.edges.length) { wrap.append(el("p", { class: "muted" }, "No relation in force for this selection.")); return; }
  const rows = shown.edges.map((e) => el("tr", { "data-id": e.id },
    el("td", {}, profileLink(e.source)),
    el("td", {}, (REL[e.relation] || { label: e.relation }).label, e.directed ? "" : " (mutual)"),
    el("td", {}, profileLink(e.target)),
    el("td", {}, e.start || "not stated"),
    el("td", {}, e.end || (e.start ? "open" : "not stated"), e.contested ? el("span", { class: "badge contested" }, "sources differ") : null),
    el("td", {}, e.sources.map((s, i) => [i ? ", " : "", el("a", { href: passageHref(s), title: s.quote }, `${s.doc}:${s.start}`)]))));
  wrap.append(el("table", { class: "edge-table", id: "edge-table" },
    el("caption", { class: "visually-hidden" }, $("edge-heading").textContent),
    el("thead", {}, el("tr", {}, ["From", "Relation", "To", "Start", "End", "Sources"].map((h) => el("th", { scope: "col" }, h)))),
    el("tbody", {}, rows)));
}

function select(id) {
  state.selected = id;
  for (const [nid, g] of state.nodeEls) g.classList.toggle("selected", nid === id);
  panel();
  const params = new URLSearchParams(window.location.search);
  params.set("focus", id);
  history.replaceState(null, "", `?${params}`);
}

function panel() {
  const box = clear($("graph-panel"));
  const id = state.selected;
  const node = id && state.byId && state.byId.get(id);
  if (!node) { box.append(el("p", { class: "muted" }, "No node selected. Click a node, or Tab to one and press Enter.")); return; }
  const shown = state.shown || state.full;
  const mine = shown.edges.filter((e) => e.source === id || e.target === id);
  box.append(
    el("h2", { id: "panel-name" }, node.name),
    el("p", {}, el("span", { class: `badge kind-${node.kind}` }, KIND_LABEL[node.kind] || node.kind), " ",
      `${node.mentions} mentions in ${node.docs} documents`),
    el("p", {}, el("a", { href: `/profiles/${encodeURIComponent(id)}`, class: "profile-link" }, `Profile of ${node.name}`)),
    el("h3", {}, `Relations ${state.at ? `at ${readout()}` : "at all dates"} (${mine.length})`),
  );
  if (!mine.length) box.append(el("p", { class: "muted" }, "None in force at this date."));
  const list = el("ul", { class: "panel-edges" });
  for (const e of mine) {
    const other = e.source === id ? e.target : e.source;
    const label = (REL[e.relation] || { label: e.relation }).label;
    const [left, right] = e.directed ? [e.source, e.target] : [id, other];
    const who = (x) => (x === id ? el("strong", {}, node.name) : profileLink(x));
    list.append(el("li", { class: "panel-edge" },
      el("p", { class: "edge-line" }, who(left), ` ${label} `, who(right),
        el("span", { class: "muted" }, ` (${spanText(e)})`)),
      sourceList(e.sources)));
  }
  box.append(list, el("button", { type: "button", class: "secondary", onclick: () => {
    state.selected = null;
    for (const g of state.nodeEls.values()) g.classList.remove("selected");
    panel();
  } }, "Close"));
}

// -- controls -----------------------------------------------------------------------------------

function filterQuery() {
  const kinds = [...document.querySelectorAll('input[name="kind"]:checked')].map((i) => i.value);
  const rels = [...document.querySelectorAll('input[name="relation"]:checked')].map((i) => i.value);
  const q = new URLSearchParams();
  q.set("kinds", kinds.join(",") || "none");
  if (rels.length !== Object.keys(REL).length) q.set("relations", rels.join(",") || "none");
  const min = $("min-mentions").value.trim();
  if (min !== "") q.set("min_mentions", min);
  return q;
}

async function loadFull() {
  const q = filterQuery();
  if (q.get("kinds") === "none" || q.get("relations") === "none") {
    state.full = { nodes: [], edges: [], extent: state.full ? state.full.extent : null };
  } else {
    state.full = await api(`/api/graph?${q}`);
  }
  state.pos = placeAll(state.full.nodes, state.full.edges);
  setupSlider(state.full.extent);
  draw();
  await loadAt();
}

async function loadAt() {
  const seq = ++state.seq;
  if (!state.at || !state.full.nodes.length) {
    state.shown = null;
  } else {
    const q = filterQuery();
    q.set("at", state.at);
    if ($("show-undated").checked) q.set("undated", "1");
    const data = await api(`/api/graph?${q}`);
    if (seq !== state.seq) return;
    state.shown = data;
  }
  $("time-readout").textContent = readout();
  $("all-dates").setAttribute("aria-pressed", state.at ? "false" : "true");
  $("time-slider").setAttribute("aria-valuetext", readout());
  const params = new URLSearchParams(window.location.search);
  if (state.at) params.set("at", state.at); else params.delete("at");
  history.replaceState(null, "", params.toString() ? `?${params}` : window.location.pathname);
  applyShown();
}

function setupSlider(extent) {
  const slider = $("time-slider");
  const months = [];
  if (extent) {
    let [y, m] = extent.start.split("-").map(Number);
    const [y1, m1] = extent.end.split("-").map(Number);
    while (y < y1 || (y === y1 && m <= m1)) {
      months.push([y, m]);
      m += 1;
      if (m > 12) { m = 1; y += 1; }
    }
  }
  state.months = months;
  slider.max = String(Math.max(0, months.length - 1));
  slider.disabled = !months.length;
  for (const id of ["step-back", "step-forward", "step-year-back", "step-year-forward"]) $(id).disabled = !months.length;
  const i = state.at ? months.findIndex(([y, m]) => `${y}-${String(m).padStart(2, "0")}` === state.at) : -1;
  slider.value = String(i >= 0 ? i : months.length - 1);
  if (state.at && i < 0 && months.length) state.at = monthAt(Number(slider.value));
}

function monthAt(i) {
  const [y, m] = state.months[Math.max(0, Math.min(state.months.length - 1, i))];
  return `${y}-${String(m).padStart(2, "0")}`;
}

let timer = null;
function setIndex(i, now = false) {
  if (!state.months.length) return;
  const slider = $("time-slider");
  const j = Math.max(0, Math.min(state.months.length - 1, i));
  slider.value = String(j);
  state.at = monthAt(j);
  $("time-readout").textContent = readout();
  clearTimeout(timer);
  const run = () => loadAt().catch((err) => showError($("graph-status"), err));
  if (now) run(); else timer = setTimeout(run, 120);
}

function controls() {
  const relBox = $("relation-filter");
  for (const [rel, style] of Object.entries(REL)) {
    relBox.append(el("label", {}, el("input", { type: "checkbox", name: "relation", value: rel, checked: true }), ` ${style.label}`));
  }
  const reload = () => loadFull().catch((err) => showError($("graph-status"), err));
  $("graph-filters").addEventListener("change", reload);
  $("graph-filters").addEventListener("submit", (ev) => { ev.preventDefault(); reload(); });
  $("time-slider").addEventListener("input", (ev) => setIndex(Number(ev.target.value)));
  $("step-back").addEventListener("click", () => setIndex(Number($("time-slider").value) - (state.at ? 1 : 0), true));
  $("step-forward").addEventListener("click", () => setIndex(Number($("time-slider").value) + (state.at ? 1 : 0), true));
  $("step-year-back").addEventListener("click", () => setIndex(Number($("time-slider").value) - 12, true));
  $("step-year-forward").addEventListener("click", () => setIndex(Number($("time-slider").value) + 12, true));
  $("all-dates").addEventListener("click", () => { state.at = null; loadAt().catch((err) => showError($("graph-status"), err)); });
  $("show-undated").addEventListener("change", () => loadAt().catch((err) => showError($("graph-status"), err)));
  $("zoom-in").addEventListener("click", () => zoom(1.25));
  $("zoom-out").addEventListener("click", () => zoom(1 / 1.25));
  $("zoom-fit").addEventListener("click", fit);
  panAndWheel();
}

function legends() {
  const kinds = clear($("kind-legend"));
  for (const kind of ["org", "person", "state"]) {
    kinds.append(el("li", {}, svg("svg", { width: 22, height: 22, viewBox: "-11 -11 22 22", "aria-hidden": "true" },
      shape({ kind, mentions: 4 })), ` ${KIND_LABEL[kind]}`));
  }
  const rels = clear($("relation-legend"));
  for (const [rel, style] of Object.entries(REL)) {
    const directed = !["allied_with", "rival_of", "ceasefire_with"].includes(rel);
    rels.append(el("li", {}, svg("svg", { width: 40, height: 12, viewBox: "0 0 40 12", "aria-hidden": "true" },
      svg("line", { x1: 2, y1: 6, x2: directed ? 30 : 38, y2: 6, stroke: style.color, "stroke-width": 2.5,
        "stroke-dasharray": style.dash || null }),
      directed ? svg("path", { d: "M30,1 L39,6 L30,11 z", fill: style.color }) : null),
    ` ${style.label}${directed ? "" : " (mutual)"}`));
  }
}

async function main() {
  const params = new URLSearchParams(window.location.search);
  const at = params.get("at");
  if (at && /^\d{4}-\d{2}$/.test(at)) state.at = at;
  else if (at && /^\d{4}$/.test(at)) state.at = `${at}-01`;
  legends();
  controls();
  try {
    await loadFull();
    const focus = params.get("focus");
    if (focus && state.byId.has(focus)) select(focus);
  } catch (err) {
    showError($("graph-status"), err);
  }
}

main();
