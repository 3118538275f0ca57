// map page: country (and Afghan province) outlines drawn as SVG by this file, the events that have
// coordinates as markers sized by casualties and coloured by type, pan/zoom, a client-side time window.
// Every extracted value goes into the page as text (el/svg children, setAttribute), never as HTML.
import { api, el, svg, clear, showError, params } from "./core.js";

const W = 960;
const H = 560;
const AFG_BOX = [60.4, 29.3, 75.0, 38.6];
const TYPE_COLOURS = {
  attack: "#c0392b", clash: "#e67e22", military_operation: "#8e44ad", death: "#5d4037",
  territory: "#2e8b57", detention: "#b8860b", designation: "#4a6fa5", leadership: "#138d90",
  allegiance: "#d4a20b", organization: "#6b7f3a", agreement: "#2aa198", meeting: "#9b59b6",
  statement: "#2471a3", other: "#7f8c8d",
};
const SIZE_STEPS = [0, 10, 100, 500];

const $ = (id) => document.getElementById(id);
const state = {
  data: null, events: [], countries: null, layers: {}, countryName: {},
  kx: 1, view: { cx: 0, cy: 0, s: 1 }, fitView: null, hiddenTypes: new Set(),
  months: [], lo: null, hi: null, showUndated: true, markers: new Map(), playing: null, popupFor: null,
};

// --- projection: equirectangular, x stretched by cos(central latitude) -----------------------------
const proj = (lon, lat) => [lon * state.kx, -lat];
const toScreen = ([x, y]) => [(x - state.view.cx) * state.view.s + W / 2, (y - state.view.cy) * state.view.s + H / 2];
const fromScreen = ([sx, sy]) => [(sx - W / 2) / state.view.s + state.view.cx, (sy - H / 2) / state.view.s + state.view.cy];

function pathOf(geometry) {
  const polys = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const parts = [];
  for (const poly of polys) {
    for (const ring of poly) {
      parts.push("M" + ring.map(([lon, lat]) => {
        const [x, y] = proj(lon, lat);
        return `${x.toFixed(3)},${y.toFixed(3)}`;
      }).join("L") + "Z");
    }
  }
  return parts.join("");
}

function viewFor([west, south, east, north]) {
  const [x0, y0] = proj(west, north);
  const [x1, y1] = proj(east, south);
  const s = Math.min(W / Math.max(x1 - x0, 1e-3), H / Math.max(y1 - y0, 1e-3));
  return { cx: (x0 + x1) / 2, cy: (y0 + y1) / 2, s: Math.min(s, 4000) };
}

// --- drawing ---------------------------------------------------------------------------------------
let root, land, adminLayer, labelLayer, markerLayer;

function buildSvg() {
  root = svg("svg", {
    viewBox: `0 0 ${W} ${H}`, class: "map-svg", tabindex: "0", role: "group",
    "aria-label": "Map of the events. Arrow keys pan, plus and minus zoom, 0 fits the events.",
    "aria-describedby": "map-status",
  });
  root.append(svg("rect", { class: "sea", x: 0, y: 0, width: W, height: H }));
  land = svg("g", { class: "land" });
  adminLayer = svg("g", { class: "admin" });
  labelLayer = svg("g", { class: "labels", "aria-hidden": "true" });
  markerLayer = svg("g", { class: "markers" });
  root.append(land, adminLayer, labelLayer, markerLayer);
  clear($("map-canvas")).append(root);
}

function drawCountries() {
  const withEvents = new Set(state.events.map((e) => e.country));
  clear(land);
  for (const f of state.countries.features) {
    const p = f.properties;
    const has = p.iso_a2 && withEvents.has(p.iso_a2);
    const node = svg("path", {
      d: pathOf(f.geometry), class: has ? "country has-events" : "country",
      "data-iso": p.iso_a2 || p.iso_a3 || "", "data-name": p.name,
      tabindex: has ? "0" : null, role: has ? "img" : null,
      "aria-label": has ? `${p.name}: ${state.events.filter((e) => e.country === p.iso_a2).length} located events` : null,
    }, svg("title", {}, p.name));
    land.append(node);
  }
}

// Afghan provinces once the view is over Afghanistan, its districts once zoomed in further.
const LAYERS = [
  { level: "afg-adm1", maxSpan: 90, cls: "province", label: (p) => `${p.name} province, Afghanistan`, key: (e) => e.admin1 },
  { level: "afg-adm2", maxSpan: 9, cls: "district", label: (p) => `${p.name} district, ${p.province || "Afghanistan"}`, key: null },
];

function viewBox() {
  const [x0, y0] = fromScreen([0, 0]);
  const [x1, y1] = fromScreen([W, H]);
  return [x0 / state.kx, -y1, x1 / state.kx, -y0];
}

function maybeLayers() {
  const [west, south, east, north] = viewBox();
  const overAfg = west < AFG_BOX[2] && east > AFG_BOX[0] && south < AFG_BOX[3] && north > AFG_BOX[1];
  for (const layer of LAYERS) {
    if (state.layers[layer.level] || !overAfg || east - west > layer.maxSpan) continue;
    state.layers[layer.level] = "loading";
    loadLayer(layer);
  }
}

async function loadLayer(layer) {
  try {
    const data = await api(boundariesUrl(layer.level));
    if (state.layers[layer.level] !== "loading") return; // the events were reloaded meanwhile
    state.layers[layer.level] = data;
    const withEvents = new Set(layer.key ? state.events.filter((e) => e.country === "AF").map(layer.key) : []);
    const group = svg("g", { class: `${layer.cls}s` });
    for (const f of data.features) {
      const text = layer.label(f.properties);
      group.append(svg("path", {
        d: pathOf(f.geometry), class: withEvents.has(f.properties.name) ? `${layer.cls} has-events` : layer.cls,
        "data-name": text,
      }, svg("title", {}, text)));
    }
    // districts above the provinces (so that hovering names the district, and its province)
    if (layer.level === "afg-adm1") adminLayer.prepend(group); else adminLayer.append(group);
    render();
  } catch (err) {
    state.layers[layer.level] = null;
    showError($("map-error"), err);
  }
}

function radius(e) {
  const n = (e.killed || 0) + (e.wounded || 0);
  return n > 0 ? Math.min(4 + 2.2 * Math.sqrt(n), 28) : 4;
}

function precisionClass(p) {
  if (p === null || p === undefined || p >= 6) return "prec-country";
  if (p >= 3) return "prec-admin";
  return "prec-place";
}

function placeText(e) {
  return e.place || e.admin1 || state.countryName[e.country] || e.country || "unknown place";
}

function killedText(e) {
  return e.killed === null || e.killed === undefined ? "killed not reported" : `${e.killed} killed`;
}

function markerLabel(e) {
  return `${e.date || "undated"}, ${e.type}, ${placeText(e)}, ${killedText(e)}${e.contested ? ", contested" : ""}`;
}

function drawMarkers() {
  clear(markerLayer);
  state.markers.clear();
  // country-only events first, then large before small, so precise and small markers stay on top and clickable
  const rank = (e) => (e.precision === null || e.precision === undefined ? 9 : e.precision);
  const order = [...state.events].sort((a, b) => rank(b) - rank(a) || radius(b) - radius(a) ||
    (a.earliest || "").localeCompare(b.earliest || ""));
  for (const e of order) {
    const r = radius(e);
    const colour = TYPE_COLOURS[e.type] || TYPE_COLOURS.other;
    const g = svg("g", {
      class: `marker ${precisionClass(e.precision)}${e.contested ? " contested" : ""}`,
      tabindex: "0", role: "button", "aria-label": markerLabel(e), "data-id": e.id, "data-type": e.type,
    });
    if (e.contested) g.append(svg("circle", { class: "ring", r: r + 3.5 }));
    g.append(svg("circle", { class: "dot", r, fill: colour, stroke: colour }));
    g.addEventListener("click", (ev) => { ev.stopPropagation(); openPopup(e, g); });
    g.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); ev.stopPropagation(); openPopup(e, g); }
    });
    g.addEventListener("focus", () => showTip(`${state.countryName[e.country] || e.country || ""}: ${markerLabel(e)}`, g));
    g.addEventListener("blur", hideTip);
    markerLayer.append(g);
    state.markers.set(e.id, { node: g, event: e });
  }
}

// Markers at the same point are spread on a small sunflower so each one can be clicked.
function placeMarkers() {
  const groups = new Map();
  for (const { node, event } of state.markers.values()) {
    if (node.classList.contains("off")) continue;
    const key = `${event.lat.toFixed(3)},${event.lon.toFixed(3)}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(node);
  }
  for (const nodes of groups.values()) {
    const e0 = state.markers.get(nodes[0].dataset.id).event;
    const [sx, sy] = toScreen(proj(e0.lon, e0.lat));
    nodes.forEach((node, i) => {
      const d = nodes.length > 1 ? (nodes.length > 40 ? 4 : 5.5) * Math.sqrt(i) : 0;
      const a = i * 2.39996;
      node.setAttribute("transform", `translate(${(sx + d * Math.cos(a)).toFixed(1)},${(sy + d * Math.sin(a)).toFixed(1)})`);
    });
  }
}

function drawLabels() {
  clear(labelLayer);
  const withEvents = new Set(state.events.map((e) => e.country));
  for (const f of state.countries.features) {
    const p = f.properties;
    const [w, s, e, n] = p.bbox;
    const [x0, y0] = toScreen(proj(w, n));
    const [x1, y1] = toScreen(proj(e, s));
    if (x1 < 0 || x0 > W || y1 < 0 || y0 > H) continue;
    if (x1 - x0 < 70 && !(withEvents.has(p.iso_a2) && x1 - x0 > 25)) continue;
    const [lx, ly] = toScreen(proj(p.label[0], p.label[1]));
    labelLayer.append(svg("text", { x: lx.toFixed(1), y: ly.toFixed(1), class: "country-label" }, p.name));
  }
  const provinces = state.layers["afg-adm1"];
  if (provinces && provinces.features) {
    for (const f of provinces.features) {
      const [w, s, e, n] = f.properties.bbox;
      const [x0, y0] = toScreen(proj(w, n));
      const [x1, y1] = toScreen(proj(e, s));
      if (x1 < 0 || x0 > W || y1 < 0 || y0 > H || x1 - x0 < 90) continue;
      const [lx, ly] = toScreen(proj(f.properties.label[0], f.properties.label[1]));
      labelLayer.append(svg("text", { x: lx.toFixed(1), y: ly.toFixed(1), class: "province-label" }, f.properties.name));
    }
  }
}

function render() {
  const { cx, cy, s } = state.view;
  const t = `translate(${(W / 2 - cx * s).toFixed(2)},${(H / 2 - cy * s).toFixed(2)}) scale(${s.toFixed(4)})`;
  land.setAttribute("transform", t);
  adminLayer.setAttribute("transform", t);
  drawLabels();
  placeMarkers();
  if (state.popupFor) positionPopup();
  maybeLayers();
}

// --- pan and zoom ----------------------------------------------------------------------------------
function zoomAt(factor, sx = W / 2, sy = H / 2) {
  const before = fromScreen([sx, sy]);
  const minS = state.worldView.s * 0.8;
  state.view.s = Math.max(minS, Math.min(state.view.s * factor, 6000));
  const after = fromScreen([sx, sy]);
  state.view.cx += before[0] - after[0];
  state.view.cy += before[1] - after[1];
  render();
}

function panBy(dx, dy) {
  state.view.cx -= dx / state.view.s;
  state.view.cy -= dy / state.view.s;
  render();
}

function svgPoint(ev) {
  const m = root.getScreenCTM();
  if (!m) return [W / 2, H / 2];
  const pt = new DOMPoint(ev.clientX, ev.clientY).matrixTransform(m.inverse());
  return [pt.x, pt.y];
}

function wireSvg() {
  root.addEventListener("wheel", (ev) => {
    ev.preventDefault();
    const [sx, sy] = svgPoint(ev);
    zoomAt(ev.deltaY < 0 ? 1.25 : 0.8, sx, sy);
  }, { passive: false });
  let drag = null;
  root.addEventListener("pointerdown", (ev) => {
    if (ev.button !== 0 || ev.target.closest(".marker")) return;
    drag = { start: svgPoint(ev), moved: false, id: ev.pointerId };
    root.setPointerCapture(ev.pointerId);
    root.classList.add("dragging");
  });
  root.addEventListener("pointermove", (ev) => {
    if (drag) {
      const p = svgPoint(ev);
      const dx = p[0] - drag.start[0], dy = p[1] - drag.start[1];
      if (Math.abs(dx) + Math.abs(dy) > 1) drag.moved = true;
      drag.start = p;
      panBy(dx, dy);
      return;
    }
    const target = ev.target.closest && ev.target.closest("[data-name]");
    if (target) showTipAt(target.dataset.name, svgPoint(ev));
    else if (!ev.target.closest(".marker")) hideTip();
  });
  const end = () => { if (drag) { root.releasePointerCapture(drag.id); drag = null; root.classList.remove("dragging"); } };
  root.addEventListener("pointerup", end);
  root.addEventListener("pointercancel", end);
  root.addEventListener("pointerleave", () => { if (!drag) hideTip(); });
  land.addEventListener("focusin", (ev) => {
    const node = ev.target;
    const f = state.countries.features.find((c) => c.properties.iso_a2 === node.dataset.iso);
    if (f) showTipAt(f.properties.name, toScreen(proj(f.properties.label[0], f.properties.label[1])));
  });
  land.addEventListener("focusout", hideTip);
}

function wireControls() {
  $("map-frame").addEventListener("keydown", (ev) => {
    if (ev.target.closest && ev.target.closest(".map-popup")) return;
    if (ev.altKey || ev.ctrlKey || ev.metaKey) return;
    const keys = {
      ArrowLeft: () => panBy(60, 0), ArrowRight: () => panBy(-60, 0),
      ArrowUp: () => panBy(0, 60), ArrowDown: () => panBy(0, -60),
      "+": () => zoomAt(1.4), "=": () => zoomAt(1.4), "-": () => zoomAt(1 / 1.4), _: () => zoomAt(1 / 1.4),
      0: () => fit(),
    };
    const act = keys[ev.key];
    if (act && !ev.target.closest("button")) { ev.preventDefault(); act(); }
  });
  $("map-zoom-in").addEventListener("click", () => zoomAt(1.4));
  $("map-zoom-out").addEventListener("click", () => zoomAt(1 / 1.4));
  $("map-fit").addEventListener("click", () => fit());
  $("map-world").addEventListener("click", () => { if (state.data.bbox) setView(viewFor(pad(state.data.bbox))); });
}

function pad([w, s, e, n]) {
  const dx = Math.max(e - w, 2) * 0.08, dy = Math.max(n - s, 2) * 0.08;
  return [w - dx, s - dy, e + dx, n + dy];
}

function setView(v) { state.view = { ...v }; render(); }
function fit() { setView(state.fitView); }

// --- tooltip and popup -----------------------------------------------------------------------------
function framePos([sx, sy]) {
  const frame = $("map-frame").getBoundingClientRect();
  const box = root.getBoundingClientRect();
  const k = Math.min(box.width / W, box.height / H);
  const ox = box.left - frame.left + (box.width - W * k) / 2;
  const oy = box.top - frame.top + (box.height - H * k) / 2;
  return [ox + sx * k, oy + sy * k];
}

function showTipAt(text, point) {
  const tip = $("map-tip");
  tip.textContent = text;
  tip.hidden = false;
  const [x, y] = framePos(point);
  const frame = $("map-frame");
  let left = x + 12, top = y + 12;
  if (left + tip.offsetWidth > frame.clientWidth - 4) left = Math.max(4, x - 12 - tip.offsetWidth);
  if (top + tip.offsetHeight > frame.clientHeight - 4) top = Math.max(4, y - 12 - tip.offsetHeight);
  tip.style.left = `${Math.round(left)}px`;
  tip.style.top = `${Math.round(top)}px`;
}

function showTip(text, node) {
  const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(node.getAttribute("transform") || "");
  if (m) showTipAt(text, [Number(m[1]), Number(m[2])]);
}

function hideTip() { $("map-tip").hidden = true; }

function openPopup(e, node) {
  hideTip();
  const box = clear($("map-popup"));
  state.popupFor = { event: e, node };
  const where = [e.place, e.admin1, state.countryName[e.country] || e.country].filter(Boolean);
  const uniq = where.filter((v, i) => where.indexOf(v) === i);
  const cas = [];
  cas.push(killedText(e));
  if (e.wounded !== null && e.wounded !== undefined) cas.push(`${e.wounded} wounded`);
  box.append(
    el("div", { class: "map-popup-head" },
      el("h3", { id: "map-popup-title", tabindex: "-1" }, `${e.date || "undated"} · ${e.type.replace(/_/g, " ")}`),
      el("button", { type: "button", class: "secondary map-popup-close", "aria-label": "Close", onclick: closePopup }, "×")),
    el("p", { class: "map-popup-place" }, uniq.join(", ") || "unknown place",
      el("span", { class: "muted" }, ` (${precisionText(e.precision)})`)),
    e.actors.length ? el("p", {}, el("span", { class: "muted" }, "Actors: "), e.actors.join("; ")) : null,
    el("p", {}, cas.join(", "), " · ", `${e.sources} source${e.sources === 1 ? "" : "s"}`,
      e.contested ? el("span", { class: "badge contested" }, `contested: ${e.contested_fields.join(", ") || "yes"}`) : null,
      e.relevant ? null : el("span", { class: "badge unrelated" }, "unrelated")),
    e.quote ? el("blockquote", { class: "quote" }, e.quote) : null,
    el("p", {}, el("a", { href: `/?event=${encodeURIComponent(e.id)}`, class: "map-permalink" }, "Open in the timeline")),
  );
  box.hidden = false;
  positionPopup();
  box.querySelector("h3").focus();
}

function precisionText(p) {
  if (p === null || p === undefined) return "precision unknown";
  if (p <= 1) return "exact place";
  if (p === 2) return "within 25 km";
  if (p === 3) return "district";
  if (p === 4 || p === 5) return "province";
  if (p === 6) return "country only";
  return "region only";
}

function positionPopup() {
  const { node } = state.popupFor;
  const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(node.getAttribute("transform") || "");
  const box = $("map-popup");
  if (!m) return;
  const [x, y] = framePos([Number(m[1]), Number(m[2])]);
  const frame = $("map-frame").getBoundingClientRect();
  const left = Math.max(4, Math.min(x + 14, frame.width - box.offsetWidth - 4));
  const top = Math.max(4, Math.min(y - 20, frame.height - box.offsetHeight - 4));
  box.style.left = `${Math.round(left)}px`;
  box.style.top = `${Math.round(top)}px`;
}

function closePopup() {
  const box = $("map-popup");
  box.hidden = true;
  const was = state.popupFor;
  state.popupFor = null;
  if (was && was.node.isConnected && !was.node.classList.contains("off")) was.node.focus();
}

// --- time window -----------------------------------------------------------------------------------
const ym = (s) => s.slice(0, 7);
function monthsBetween(a, b) {
  const out = [];
  let [y, m] = a.split("-").map(Number);
  const [y1, m1] = b.split("-").map(Number);
  while (y < y1 || (y === y1 && m <= m1)) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m += 1; if (m > 12) { m = 1; y += 1; }
  }
  return out;
}
function monthEnd(s) {
  const [y, m] = s.split("-").map(Number);
  return `${s}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`;
}

function setupTime() {
  const ext = state.data.extent;
  const fs = $("map-time");
  if (!ext.from) { fs.disabled = true; state.lo = state.hi = null; return; }
  state.months = monthsBetween(ym(ext.from), ym(ext.to));
  const max = state.months.length - 1;
  for (const id of ["map-slide-from", "map-slide-to"]) {
    const s = $(id);
    s.max = String(max);
  }
  $("map-range-min").textContent = state.months[0];
  $("map-range-max").textContent = state.months[max];
  for (const id of ["map-from", "map-to"]) { $(id).min = ext.from; $(id).max = ext.to; }
  fs.disabled = false;
  const q = params();
  setWindow(q.get("from") ? normDay(q.get("from"), false) : ext.from, q.get("to") ? normDay(q.get("to"), true) : ext.to);
}

function normDay(v, upper) {
  if (/^\d{4}$/.test(v)) return upper ? `${v}-12-31` : `${v}-01-01`;
  if (/^\d{4}-\d{2}$/.test(v)) return upper ? monthEnd(v) : `${v}-01`;
  return v;
}

function monthIndex(day) {
  const i = state.months.indexOf(ym(day));
  if (i >= 0) return i;
  return day < state.months[0] ? 0 : state.months.length - 1;
}

function setWindow(lo, hi) {
  if (lo > hi) [lo, hi] = [hi, lo];
  state.lo = lo; state.hi = hi;
  $("map-from").value = lo; $("map-to").value = hi;
  const a = $("map-slide-from"), b = $("map-slide-to");
  a.value = String(monthIndex(lo)); b.value = String(monthIndex(hi));
  a.setAttribute("aria-valuetext", ym(lo)); b.setAttribute("aria-valuetext", ym(hi));
  // when both handles sit at the end, the start handle must be the one on top to be dragged back
  a.classList.toggle("on-top", Number(a.value) >= Number(a.max) - 1);
  const span = Math.max(Number(a.max), 1);
  const range = a.parentElement;
  range.style.setProperty("--lo", `${(100 * Number(a.value)) / span}%`);
  range.style.setProperty("--hi", `${(100 * Number(b.value)) / span}%`);
  applyFilter();
}

function wireTime() {
  const a = $("map-slide-from"), b = $("map-slide-to");
  const fromSliders = (moved) => {
    let i = Number(a.value), j = Number(b.value);
    if (i > j) { if (moved === a) j = i; else i = j; }
    setWindow(`${state.months[i]}-01`, monthEnd(state.months[j]));
  };
  a.addEventListener("input", () => fromSliders(a));
  b.addEventListener("input", () => fromSliders(b));
  $("map-from").addEventListener("change", () => { if ($("map-from").value) setWindow($("map-from").value, state.hi); });
  $("map-to").addEventListener("change", () => { if ($("map-to").value) setWindow(state.lo, $("map-to").value); });
  $("map-window-reset").addEventListener("click", () => { stopPlay(); setWindow(state.data.extent.from, state.data.extent.to); });
  $("map-undated").addEventListener("change", () => { state.showUndated = $("map-undated").checked; applyFilter(); });
  $("map-play").addEventListener("click", () => (state.playing ? stopPlay() : startPlay()));
}

function startPlay() {
  const n = state.months.length;
  if (n < 2) return;
  let i = Number($("map-slide-from").value), j = Number($("map-slide-to").value);
  let width = j - i;
  if (width >= n - 1 || width < 1) width = Math.max(12, Math.round(n / 10));
  i = 0; j = Math.min(width, n - 1);
  const step = Math.max(1, Math.round(n / 120));
  $("map-play").textContent = "Pause"; $("map-play").setAttribute("aria-pressed", "true");
  setWindow(`${state.months[i]}-01`, monthEnd(state.months[j]));
  state.playing = setInterval(() => {
    if (j >= n - 1) { stopPlay(); return; }
    i = Math.min(i + step, n - 1); j = Math.min(j + step, n - 1);
    setWindow(`${state.months[i]}-01`, monthEnd(state.months[j]));
  }, 250);
}

function stopPlay() {
  if (state.playing) clearInterval(state.playing);
  state.playing = null;
  $("map-play").textContent = "Play"; $("map-play").setAttribute("aria-pressed", "false");
}

function visible(e) {
  if (state.hiddenTypes.has(e.type)) return false;
  if (!e.earliest) return state.showUndated;
  if (!state.lo) return true;
  return (e.latest || e.earliest) >= state.lo && e.earliest <= state.hi;
}

function applyFilter() {
  const shown = [];
  for (const { node, event } of state.markers.values()) {
    const on = visible(event);
    node.classList.toggle("off", !on);
    node.setAttribute("aria-hidden", on ? "false" : "true");
    node.setAttribute("tabindex", on ? "0" : "-1");
    if (on) shown.push(event);
  }
  if (state.popupFor && !visible(state.popupFor.event)) closePopup();
  placeMarkers();
  const total = state.events.length;
  const undated = state.events.filter((e) => !e.earliest).length;
  $("map-status").textContent = `${shown.length} of ${total} located events shown` +
    (state.lo ? `, ${state.lo} to ${state.hi}` : "") +
    (undated ? ` (${undated} undated ${state.showUndated ? "shown" : "hidden"})` : "") + ".";
  drawList(shown);
}

// --- legend and list -------------------------------------------------------------------------------
function drawLegend() {
  const types = clear($("map-types"));
  types.append(el("legend", {}, "Types (uncheck to hide)"));
  for (const t of state.data.types) {
    const n = state.events.filter((e) => e.type === t).length;
    const box = el("input", { type: "checkbox", checked: !state.hiddenTypes.has(t), "data-type": t });
    box.addEventListener("change", () => { if (box.checked) state.hiddenTypes.delete(t); else state.hiddenTypes.add(t); applyFilter(); });
    const swatch = svg("svg", { width: 14, height: 14, "aria-hidden": "true" },
      svg("circle", { cx: 7, cy: 7, r: 6, fill: TYPE_COLOURS[t] || TYPE_COLOURS.other }));
    types.append(el("label", { class: "map-type" }, box, swatch, ` ${t.replace(/_/g, " ")} (${n})`));
  }
  const sizes = clear($("map-sizes"));
  sizes.append(el("h3", {}, "Killed + wounded"));
  const rows = el("ul", { class: "map-key" });
  for (const n of SIZE_STEPS) {
    const r = radius({ killed: n, wounded: 0 });
    rows.append(el("li", {}, svg("svg", { width: 60, height: 2 * r + 4, "aria-hidden": "true" },
      svg("circle", { cx: 30, cy: r + 2, r, class: "key-dot" })), n === 0 ? " none or not reported" : ` ${n}`));
  }
  sizes.append(rows);
  const kinds = clear($("map-kinds"));
  kinds.append(el("h3", {}, "Where known"));
  const key = el("ul", { class: "map-key" });
  const sample = (cls, extra) => svg("svg", { width: 60, height: 22, "aria-hidden": "true" },
    svg("g", { class: `marker ${cls}`, transform: "translate(30,11)" },
      extra ? svg("circle", { class: "ring", r: 9.5 }) : null,
      svg("circle", { class: "dot", r: 6, fill: "#555", stroke: "#555" })));
  key.append(
    el("li", {}, sample("prec-place"), " town or village (within 25 km)"),
    el("li", {}, sample("prec-admin"), " district or province only"),
    el("li", {}, sample("prec-country"), " country only (hollow)"),
    el("li", {}, sample("prec-place contested", true), " sources disagree (contested)"),
  );
  kinds.append(key);
}

function drawList(shown) {
  const box = clear($("map-list"));
  if (!shown.length) { box.append(el("p", { class: "muted" }, "No located event in this window.")); return; }
  const sorted = [...shown].sort((a, b) => (a.earliest || "9999").localeCompare(b.earliest || "9999"));
  const body = el("tbody");
  for (const e of sorted) {
    body.append(el("tr", { "data-id": e.id },
      el("td", {}, e.date || "undated"),
      el("td", {}, e.type.replace(/_/g, " ")),
      el("td", {}, placeText(e), e.contested ? el("span", { class: "badge contested" }, "contested") : null),
      el("td", {}, precisionText(e.precision)),
      el("td", {}, e.killed ?? "–"),
      el("td", {}, e.wounded ?? "–"),
      el("td", {},
        el("button", { type: "button", class: "secondary", onclick: () => showOnMap(e.id),
          "aria-label": `Show on the map: ${markerLabel(e)}` }, "Show"),
        " ", el("a", { href: `/?event=${encodeURIComponent(e.id)}` }, "Timeline"))));
  }
  box.append(el("table", { class: "map-table" },
    el("caption", { class: "visually-hidden" }, "Located events in the time window"),
    el("thead", {}, el("tr", {}, ...["Date", "Type", "Place", "Precision", "Killed", "Wounded", ""].map((h) => el("th", { scope: "col" }, h)))),
    body));
}

function showOnMap(id) {
  const m = state.markers.get(id);
  if (!m) return;
  const [x, y] = proj(m.event.lon, m.event.lat);
  state.view.cx = x; state.view.cy = y;
  state.view.s = Math.max(state.view.s, state.fitView.s);
  render();
  $("map-frame").scrollIntoView({ block: "nearest" });
  openPopup(m.event, m.node);
}

const boundariesUrl = (level) =>
  `/api/boundaries?level=${encodeURIComponent(level)}&v=${encodeURIComponent($("map-root").dataset.boundaries || "")}`;

// --- loading ---------------------------------------------------------------------------------------
function queryString() {
  const q = new URLSearchParams();
  const actor = $("map-actor").value.trim();
  const type = $("map-type").value;
  if (actor) q.set("actor", actor);
  if (type) q.set("type", type);
  if ($("map-all").checked) q.set("all", "1");
  return q.toString();
}

async function loadEvents() {
  stopPlay();
  closePopup();
  const qs = queryString();
  state.data = await api(`/api/map/events${qs ? `?${qs}` : ""}`);
  state.events = state.data.events;
  const focus = state.data.focus || [-20, -40, 80, 60];
  state.kx = Math.max(0.3, Math.cos(((focus[1] + focus[3]) / 2) * Math.PI / 180));
  state.fitView = viewFor(focus);
  state.worldView = viewFor([-180, -70, 180, 80]);
  buildSvg();
  drawCountries();
  state.layers = {};
  drawMarkers();
  drawLegend();
  wireSvg();
  const box = params().get("bbox");
  const parts = box ? box.split(",").map(Number) : [];
  state.view = parts.length === 4 && parts.every(Number.isFinite) ? viewFor(parts) : { ...state.fitView };
  setupTime();
  render();
  root.dataset.ready = "1";
}

async function main() {
  const q = params();
  const typeSel = $("map-type");
  const types = ["death", "attack", "military_operation", "clash", "organization", "leadership", "allegiance",
    "territory", "detention", "designation", "agreement", "meeting", "statement", "other"];
  for (const t of types) typeSel.append(el("option", { value: t }, t.replace(/_/g, " ")));
  if (q.get("actor")) $("map-actor").value = q.get("actor");
  if (q.get("type")) typeSel.value = q.get("type");
  if (q.get("all") === "1") $("map-all").checked = true;
  wireTime();
  wireControls();
  document.addEventListener("keydown", (ev) => { if (ev.key === "Escape" && state.popupFor) closePopup(); });
  $("map-query").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const url = new URL(window.location.href);
    url.search = queryString();
    history.replaceState(null, "", url);
    loadEvents().catch((err) => showError($("map-error"), err));
  });
  try {
    state.countries = await api(boundariesUrl("countries"));
    for (const f of state.countries.features) if (f.properties.iso_a2) state.countryName[f.properties.iso_a2] = f.properties.name;
    await loadEvents();
  } catch (err) {
    showError($("map-error"), err);
  }
}

main();
