// The timeline page: a canvas chart of the events (ranges for uncertain dates, points for days,
// contested ones outlined), zoomed and panned by mouse and keyboard, an accessible table of the events
// in view, and a detail panel with every source. All text from the store goes in as text nodes.
import { api, clear, el, fmtCount, params, passageHref, showError, toast } from "./core.js";

const DAY = 86400000;
const TYPE_COLOURS = {
  attack: "#c0392b", military_operation: "#8e44ad", clash: "#d35400", death: "#2c3e50", detention: "#16a085",
  allegiance: "#27ae60", organization: "#2980b9", leadership: "#1f5fa8", agreement: "#7f8c8d", meeting: "#b9770e",
  statement: "#5d6d7e", designation: "#a93226", territory: "#117a65", other: "#95a5a6",
};
const FILTERS = ["actor", "type", "place", "q", "from", "to", "all", "contested", "undated"];
const MAX_ROWS = 300;
const CONTESTED = "#111111";
const LANE_ROWS = 3;

const state = {
  events: [], // compact rows with t0/t1 (ms)
  undated: [], // rows without a readable date: listed after the events in view, never drawn
  types: [],
  view: null, // [t0, t1]
  extent: null,
  marks: [], // drawn hit boxes
  selected: null,
  returnFocus: null,
};

window.__chronicaTimeline = state; // read by the browser tests (the drawn marks' boxes)

const form = document.getElementById("tl-filters");
const canvas = document.getElementById("tl-canvas");
const statusLine = document.getElementById("tl-status");
const listBox = document.getElementById("tl-list");
const detailBox = document.getElementById("tl-detail");
const rangeLine = document.getElementById("tl-range");

function parseDay(value, upper) {
  if (!value) return null;
  const t = Date.parse(value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value);
  if (Number.isNaN(t)) return null;
  return upper ? t + DAY : t;
}

function fmtDay(t, step) {
  const d = new Date(t);
  const y = d.getUTCFullYear();
  const m = String(d.getUTCMonth() + 1).padStart(2, "0");
  if (step >= 365 * DAY) return String(y);
  if (step >= 28 * DAY) return `${y}-${m}`;
  return `${y}-${m}-${String(d.getUTCDate()).padStart(2, "0")}`;
}

// -- filters and the URL ----------------------------------------------------------------------------

function filtersFromForm() {
  const data = new FormData(form);
  const out = {};
  for (const key of FILTERS) {
    const v = data.get(key);
    if (v) out[key] = String(v).trim();
  }
  return out;
}

function fillForm(values) {
  for (const key of FILTERS) {
    const input = form.elements.namedItem(key);
    if (!input) continue;
    if (input.type === "checkbox") input.checked = values.get(key) === "1";
    else input.value = values.get(key) || "";
  }
}

function syncUrl() {
  const q = new URLSearchParams(filtersFromForm());
  if (state.selected) q.set("event", state.selected);
  const url = q.toString() ? `?${q}` : window.location.pathname;
  window.history.replaceState(null, "", url);
}

async function loadFacets() {
  try {
    const f = await api("/api/events/facets?all=1");
    const select = form.elements.namedItem("type");
    for (const t of f.all_types || f.types.map((x) => x.value)) {
      const n = (f.types.find((x) => x.value === t) || {}).count || 0;
      select.append(el("option", { value: t }, `${t.replace(/_/g, " ")} (${n})`));
    }
    const actors = document.getElementById("tl-actors");
    for (const a of f.actors || []) actors.append(el("option", { value: a.value }));
    const places = document.getElementById("tl-places");
    const seen = new Set();
    for (const p of [...(f.places || []), ...(f.countries || [])]) {
      const name = String(p.value).split(",")[0].trim();
      if (name && !seen.has(name)) { seen.add(name); places.append(el("option", { value: name })); }
    }
  } catch (err) {
    toast(`Filters could not load: ${err.message}`, "error");
  }
}

async function loadEvents() {
  const q = new URLSearchParams(filtersFromForm());
  statusLine.textContent = "Loading the events…";
  try {
    const data = await api(`/api/events?${q}`);
    const rows = data.events.map((e) => ({
      ...e, t0: parseDay(e.earliest, false), t1: parseDay(e.latest, true),
    }));
    state.events = rows.filter((e) => e.t0 !== null && e.t1 !== null);
    state.undated = rows.filter((e) => e.t0 === null || e.t1 === null);
    state.types = [...new Set(state.events.map((e) => e.type))].sort(
      (a, b) => Object.keys(TYPE_COLOURS).indexOf(a) - Object.keys(TYPE_COLOURS).indexOf(b));
    const undated = data.events.length - state.events.length;
    statusLine.textContent = `${data.total} events` + (undated ? ` (${undated} without a date: listed under the events in view)` : "")
      + (q.toString() ? " match the filters." : ".");
    fit();
    syncUrl();
  } catch (err) {
    statusLine.textContent = "";
    showError(listBox, err);
  }
}

// -- the chart -----------------------------------------------------------------------------------------

function fit() {
  if (!state.events.length) {
    state.extent = state.view = [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
  } else {
    let lo = Infinity, hi = -Infinity;
    for (const e of state.events) { lo = Math.min(lo, e.t0); hi = Math.max(hi, e.t1); }
    const pad = Math.max((hi - lo) * 0.03, 15 * DAY);
    state.extent = [lo - pad, hi + pad];
    state.view = [...state.extent];
  }
  render();
}

function zoom(factor, centre) {
  const [a, b] = state.view;
  const c = centre === undefined ? (a + b) / 2 : centre;
  let width = (b - a) * factor;
  width = Math.max(width, 3 * DAY);
  width = Math.min(width, 400 * 365 * DAY);
  const left = c - (c - a) * (width / (b - a));
  state.view = [left, left + width];
  render();
}

function pan(fraction) {
  const [a, b] = state.view;
  const d = (b - a) * fraction;
  state.view = [a + d, b + d];
  render();
}

const STEPS = [
  [DAY, "day"], [7 * DAY, "week"], [30.44 * DAY, "month"], [91.3 * DAY, "quarter"], [182.6 * DAY, "half"],
  [365.25 * DAY, "year"], [2 * 365.25 * DAY, "2y"], [5 * 365.25 * DAY, "5y"], [10 * 365.25 * DAY, "10y"],
  [25 * 365.25 * DAY, "25y"], [50 * 365.25 * DAY, "50y"], [100 * 365.25 * DAY, "100y"],
];

function ticks(a, b, width) {
  const want = Math.max(2, Math.floor(width / 110));
  const span = b - a;
  const [step, name] = STEPS.find(([s]) => span / s <= want) || STEPS[STEPS.length - 1];
  const out = [];
  const start = new Date(a);
  let y = start.getUTCFullYear(), m = start.getUTCMonth(), d = start.getUTCDate();
  if (step >= 365.25 * DAY) {
    const years = Math.round(step / (365.25 * DAY));
    y = Math.floor(y / years) * years;
    for (let t = Date.UTC(y, 0, 1); t <= b; y += years, t = Date.UTC(y, 0, 1)) if (t >= a) out.push(t);
  } else if (step >= 28 * DAY) {
    const months = Math.round(step / (30.44 * DAY));
    m = Math.floor(m / months) * months;
    for (let t = Date.UTC(y, m, 1); t <= b; m += months, t = Date.UTC(y, m, 1)) if (t >= a) out.push(t);
  } else {
    const days = name === "week" ? 7 : 1;
    for (let t = Date.UTC(y, m, d); t <= b; t += days * DAY) if (t >= a) out.push(t);
  }
  return { ticks: out, step };
}

function render() {
  const ratio = window.devicePixelRatio || 1;
  const width = canvas.clientWidth || 800;
  const lanes = Math.max(1, state.types.length);
  const laneH = LANE_ROWS * 9 + 10;
  const top = 8, axisH = 28;
  const height = Math.max(160, top + lanes * laneH + axisH + 6);
  canvas.style.height = `${height}px`;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const ctx = canvas.getContext("2d");
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  const labelW = 130;
  const plotW = width - labelW - 10;
  const [a, b] = state.view;
  const x = (t) => labelW + ((t - a) / (b - a)) * plotW;
  // lanes
  ctx.font = "12px system-ui, sans-serif";
  ctx.textBaseline = "middle";
  state.types.forEach((type, i) => {
    const y0 = top + i * laneH;
    ctx.fillStyle = i % 2 ? "#f6f7f9" : "#ffffff";
    ctx.fillRect(0, y0, width, laneH);
    ctx.fillStyle = "#333";
    ctx.fillText(type.replace(/_/g, " "), 6, y0 + laneH / 2);
  });
  // axis and grid
  const { ticks: tk, step } = ticks(a, b, plotW);
  const axisY = top + lanes * laneH;
  ctx.strokeStyle = "#d9dde2";
  ctx.fillStyle = "#5b6572";
  ctx.textBaseline = "top";
  for (const t of tk) {
    const px = x(t);
    ctx.beginPath(); ctx.moveTo(px, top); ctx.lineTo(px, axisY + 4); ctx.stroke();
    ctx.fillText(fmtDay(t, step), px + 2, axisY + 7);
  }
  ctx.beginPath(); ctx.moveTo(labelW, axisY); ctx.lineTo(width, axisY); ctx.strokeStyle = "#888"; ctx.stroke();
  // marks: packed into LANE_ROWS rows per type lane by the pixel gap
  const laneOf = new Map(state.types.map((t, i) => [t, i]));
  const rowEnd = state.types.map(() => new Array(LANE_ROWS).fill(-Infinity));
  const visible = state.events.filter((e) => e.t1 >= a && e.t0 <= b).sort((p, q) => p.t0 - q.t0);
  state.marks = [];
  for (const e of visible) {
    const lane = laneOf.get(e.type) || 0;
    const x0 = Math.max(labelW, x(e.t0));
    const point = e.precision === "day" || e.t1 - e.t0 <= DAY;
    const x1 = Math.min(width, point ? x0 + 8 : Math.max(x(e.t1), x0 + 3));
    let row = rowEnd[lane].findIndex((end) => end < x0 - 1);
    if (row < 0) row = rowEnd[lane].indexOf(Math.min(...rowEnd[lane]));
    rowEnd[lane][row] = x1;
    const y = top + lane * laneH + 5 + row * 9;
    const colour = e.relevant ? (TYPE_COLOURS[e.type] || "#555") : "#b5b5b5";
    if (point) {
      const cx = Math.max(labelW + 4, x(e.t0 + DAY / 2));
      ctx.fillStyle = colour;
      ctx.beginPath();
      ctx.moveTo(cx, y); ctx.lineTo(cx + 4, y + 4); ctx.lineTo(cx, y + 8); ctx.lineTo(cx - 4, y + 4); ctx.closePath();
      ctx.fill();
      if (e.contested) { ctx.strokeStyle = CONTESTED; ctx.lineWidth = 2; ctx.stroke(); ctx.lineWidth = 1; }
      state.marks.push({ id: e.id, x0: cx - 5, x1: cx + 5, y0: y - 1, y1: y + 9 });
    } else {
      ctx.globalAlpha = 0.35;
      ctx.fillStyle = colour;
      ctx.fillRect(x0, y + 1, x1 - x0, 6);
      ctx.globalAlpha = 1;
      ctx.strokeStyle = e.contested ? CONTESTED : colour;
      ctx.lineWidth = e.contested ? 2 : 1;
      ctx.strokeRect(x0, y + 1, x1 - x0, 6);
      ctx.lineWidth = 1;
      state.marks.push({ id: e.id, x0, x1, y0: y, y1: y + 8 });
    }
    if (e.id === state.selected) {
      ctx.strokeStyle = "#f0a400"; ctx.lineWidth = 2;
      const m = state.marks[state.marks.length - 1];
      ctx.strokeRect(m.x0 - 2, m.y0 - 2, m.x1 - m.x0 + 4, m.y1 - m.y0 + 4);
      ctx.lineWidth = 1;
    }
  }
  canvas.dataset.marks = String(state.marks.length);
  canvas.dataset.view = `${fmtDay(a, DAY)}/${fmtDay(b, DAY)}`;
  canvas.dataset.tick = String(Math.round(step / DAY));
  rangeLine.textContent = `${fmtDay(a, step)} – ${fmtDay(b, step)} · ${visible.length} events in view`;
  renderList(visible);
}

// -- the table of events in view --------------------------------------------------------------------

function renderList(visible) {
  const undated = state.undated;
  const rows = [...visible.slice(0, MAX_ROWS), ...undated.slice(0, MAX_ROWS)];
  clear(listBox);
  if (!visible.length && !undated.length) {
    listBox.append(el("p", { class: "muted" }, "No event in view: zoom out, pan, or change the filters."));
    return;
  }
  const body = el("tbody");
  for (const e of rows) {
    const tr = el("tr", { class: e.id === state.selected ? "selected" : null, dataset: { id: e.id } },
      el("td", {}, el("button", { type: "button", class: "linkish", onclick: (ev) => openDetail(e.id, ev.currentTarget),
        "aria-label": `${e.date || "undated"} ${e.type.replace(/_/g, " ")}${e.place ? " at " + e.place : ""}: details` },
        e.date || "undated")),
      el("td", {}, e.type.replace(/_/g, " ")),
      el("td", {}, (e.actors || []).join(", ")),
      el("td", {}, e.place || ""),
      el("td", {}, fmtCount(e.killed)),
      el("td", {}, fmtCount(e.wounded)),
      el("td", {}, e.contested ? el("span", { class: "badge contested" }, "contested") : "",
        e.relevant ? "" : el("span", { class: "badge unrelated" }, "unrelated"),
        e.sources > 1 ? el("span", { class: "badge" }, `${e.sources} sources`) : ""),
      el("td", { class: "summary" }, e.summary || ""));
    body.append(tr);
  }
  listBox.append(el("table", { "aria-labelledby": "tl-list-title" },
    el("thead", {}, el("tr", {}, ...["Date", "Type", "Actors", "Place", "Killed", "Wounded", "", "Passage"].map(
      (h) => el("th", { scope: "col" }, h)))), body));
  if (visible.length > MAX_ROWS) {
    listBox.append(el("p", { class: "more muted" }, `${visible.length - MAX_ROWS} more in view: zoom in to list them.`));
  }
}

// -- the detail panel -------------------------------------------------------------------------------

function figure(value) {
  return value === null || value === undefined ? "not stated" : String(value);
}

async function openDetail(id, from) {
  state.returnFocus = from || document.activeElement;
  state.selected = id;
  syncUrl();
  render();
  clear(detailBox).append(el("p", { class: "muted" }, "Loading…"));
  detailBox.hidden = false;
  let ev;
  try {
    ev = await api(`/api/events/${encodeURIComponent(id)}`);
  } catch (err) {
    showError(detailBox, err);
    return;
  }
  const loc = ev.location || {};
  const where = [loc.place, loc.admin1 && loc.admin1 !== loc.place ? loc.admin1 : null, loc.country].filter(Boolean).join(", ");
  const close = el("button", { type: "button", class: "secondary close", onclick: closeDetail, "aria-label": "Close the event" }, "×");
  const dl = el("dl", {},
    el("dt", {}, "Date"), el("dd", {}, `${ev.date || "undated"}`,
      ev.earliest ? el("span", { class: "muted" }, ` (between ${ev.earliest} and ${ev.latest}; known to the ${ev.precision || "?"})`) : ""),
    el("dt", {}, "Type"), el("dd", {}, ev.type.replace(/_/g, " "), ev.plover ? el("span", { class: "muted" }, ` · PLOVER ${ev.plover}`) : ""),
    el("dt", {}, "Actors"), el("dd", {}, ...(ev.actors || []).flatMap((a, i) => [
      i ? ", " : "", el("a", { href: `/profiles/${encodeURIComponent(a.name)}` }, a.name),
      a.role ? el("span", { class: "muted" }, ` (${a.role})`) : ""]), (ev.actors || []).length ? "" : "none named"),
    el("dt", {}, "Place"), el("dd", {}, where || "not stated",
      loc.lat !== null && loc.lat !== undefined ? el("span", { class: "muted" }, ` (${Number(loc.lat).toFixed(3)}, ${Number(loc.lon).toFixed(3)})`) : ""),
    el("dt", {}, "Killed"), el("dd", {}, figure(ev.killed)),
    el("dt", {}, "Wounded"), el("dd", {}, figure(ev.wounded)),
  );
  const parts = [close, el("h2", { id: "tl-detail-title" }, `${ev.type.replace(/_/g, " ")}, ${ev.date || "undated"}`)];
  if (ev.contested) {
    parts.push(el("p", {}, el("span", { class: "badge contested" }, "contested"),
      ` the sources disagree on ${(ev.contested_fields || []).join(", ") || "some values"}: each source's own figures are listed, never averaged.`));
  }
  if (!ev.relevant) parts.push(el("p", {}, el("span", { class: "badge unrelated" }, "unrelated"), " told in an article or comment unrelated to the corpus's subject."));
  parts.push(dl);
  parts.push(el("div", { class: "actions" },
    el("a", { href: `/events/${encodeURIComponent(ev.id)}/edit` }, "Edit this event"),
    el("a", { href: `/?event=${encodeURIComponent(ev.id)}` }, "Link to this event")));
  const sources = el("ol", { class: "sources" });
  for (const s of ev.sources || []) {
    sources.append(el("li", {},
      el("div", {}, el("strong", {}, s.title || s.doc), s.published ? el("span", { class: "muted" }, ` (${s.published})`) : ""),
      el("div", { class: "muted" }, `says: date ${s.date || "not stated"}, killed ${figure(s.killed)}, wounded ${figure(s.wounded)}`,
        s.grade ? ` · source grade ${s.grade}` : ""),
      el("blockquote", { class: "quote" }, s.quote || ""),
      el("a", { href: passageHref(s) }, "Show in document")));
  }
  parts.push(el("h3", {}, `Sources (${(ev.sources || []).length})`), sources);
  clear(detailBox).append(...parts);
  detailBox.focus();
}

function closeDetail() {
  detailBox.hidden = true;
  state.selected = null;
  syncUrl();
  render();
  const back = state.returnFocus;
  const row = back && back.closest ? back.closest("tr[data-id]") : null;
  // the table was drawn again: focus the same event's button in it
  const again = row ? listBox.querySelector(`tr[data-id="${CSS.escape(row.dataset.id)}"] button`) : null;
  if (again) again.focus();
  else if (back && document.contains(back)) back.focus();
  else canvas.focus();
}

// -- events -----------------------------------------------------------------------------------------

form.addEventListener("submit", (ev) => { ev.preventDefault(); loadEvents(); });
document.getElementById("tl-reset").addEventListener("click", () => { form.reset(); loadEvents(); });
document.getElementById("tl-zoom-in").addEventListener("click", () => zoom(0.5));
document.getElementById("tl-zoom-out").addEventListener("click", () => zoom(2));
document.getElementById("tl-left").addEventListener("click", () => pan(-0.25));
document.getElementById("tl-right").addEventListener("click", () => pan(0.25));
document.getElementById("tl-fit").addEventListener("click", fit);

canvas.addEventListener("keydown", (ev) => {
  const keys = { "+": () => zoom(0.5), "=": () => zoom(0.5), "-": () => zoom(2), "_": () => zoom(2),
    ArrowLeft: () => pan(-0.1), ArrowRight: () => pan(0.1), "0": fit, Home: fit };
  const act = keys[ev.key];
  if (act) { ev.preventDefault(); act(); }
});

function timeAt(clientX) {
  const rect = canvas.getBoundingClientRect();
  const labelW = 130;
  const plotW = rect.width - labelW - 10;
  const [a, b] = state.view;
  return a + ((clientX - rect.left - labelW) / plotW) * (b - a);
}

canvas.addEventListener("wheel", (ev) => {
  ev.preventDefault();
  zoom(ev.deltaY < 0 ? 0.8 : 1.25, timeAt(ev.clientX));
}, { passive: false });

let drag = null;
canvas.addEventListener("pointerdown", (ev) => {
  drag = { x: ev.clientX, view: [...state.view], moved: false };
  canvas.setPointerCapture(ev.pointerId);
});
canvas.addEventListener("pointermove", (ev) => {
  if (!drag) return;
  const dx = ev.clientX - drag.x;
  if (Math.abs(dx) > 3) drag.moved = true;
  if (!drag.moved) return;
  canvas.classList.add("dragging");
  const rect = canvas.getBoundingClientRect();
  const span = drag.view[1] - drag.view[0];
  const shift = (dx / Math.max(1, rect.width - 140)) * span;
  state.view = [drag.view[0] - shift, drag.view[1] - shift];
  render();
});
canvas.addEventListener("pointerup", (ev) => {
  const wasDrag = drag && drag.moved;
  drag = null;
  canvas.classList.remove("dragging");
  if (wasDrag) return;
  const rect = canvas.getBoundingClientRect();
  const px = ev.clientX - rect.left, py = ev.clientY - rect.top;
  const hit = state.marks.find((m) => px >= m.x0 - 2 && px <= m.x1 + 2 && py >= m.y0 - 2 && py <= m.y1 + 2);
  if (hit) openDetail(hit.id, canvas);
});

document.addEventListener("keydown", (ev) => {
  if (ev.key === "Escape" && !detailBox.hidden) { ev.preventDefault(); closeDetail(); }
});
window.addEventListener("resize", () => render());

// -- start --------------------------------------------------------------------------------------------

const initial = params();
fillForm(initial);
loadFacets().then(() => {
  fillForm(initial); // the type menu has its options now
  return loadEvents();
}).then(() => {
  const id = initial.get("event");
  if (id) openDetail(id, null);
});
