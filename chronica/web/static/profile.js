// One profile: the dossier from /api/profiles/<ref>, every line with links to the passages that state
// it; a leadership succession chart and a strength-estimates plot in SVG, each with a table of the same.
import { api, clear, el, passageHref, showError, svg } from "./core.js";
import { PALETTE, fmtNumber, scale, ticks, timeAxis, yearAfter, yearOf } from "./charts.js";

const KIND_LABEL = { org: "group", person: "person", state: "state" };
const REL_LABEL = {
  allegiance_to: ["allegiance to", "allegiance from"], component_of: ["component of", "has component"],
  merged_into: ["merged into", "absorbed"], split_from: ["split from", "splinter"], allied_with: ["allied with", "allied with"],
  rival_of: ["rival of", "rival of"], ceasefire_with: ["ceasefire with", "ceasefire with"], leader_of: ["leader of", "led by"],
  founded_by: ["founded by", "founder of"], funded_by: ["funded by", "funder of"],
};
const $ = (id) => document.getElementById(id);

function cite(sources, max = 6) {
  const shown = (sources || []).slice(0, max);
  const more = (sources || []).length - shown.length;
  return el("span", { class: "cites" }, shown.map((s, i) => [i ? " " : "",
    el("a", { href: passageHref(s), class: "cite", title: s.quote }, `[${s.doc}:${s.start}]`)]),
    more > 0 ? ` and ${more} more` : "");
}

function quotes(sources) {
  return el("details", { class: "quotes" }, el("summary", {}, `${sources.length} source${sources.length === 1 ? "" : "s"}`),
    el("ul", {}, sources.map((s) => el("li", {}, el("blockquote", { class: "quote" }, s.quote),
      el("a", { href: passageHref(s) }, `${s.doc}:${s.start}-${s.end}`)))));
}

function profileLink(name, id) {
  return id ? el("a", { href: `/profiles/${encodeURIComponent(id)}` }, name) : el("span", {}, name);
}

function span(start, end) {
  if (start && end) return `${start} to ${end}`;
  if (start) return `from ${start}`;
  if (end) return `until ${end}`;
  return "dates not stated";
}

function section(id, title, ...children) {
  return el("section", { class: "dossier-section", id, "aria-labelledby": `${id}-h` }, el("h2", { id: `${id}-h` }, title), ...children);
}

function table(caption, headers, rows, cls = "") {
  return el("table", { class: cls },
    el("caption", { class: "visually-hidden" }, caption),
    el("thead", {}, el("tr", {}, headers.map((h) => el("th", { scope: "col" }, h)))),
    el("tbody", {}, rows));
}

// -- leadership succession -------------------------------------------------------------------------

function tenureText(t) {
  const order = t.order !== null && t.order !== undefined ? `${t.order}. ` : "";
  const end = t.end ? ` to ${t.end}` : (t.start ? ", no end stated" : "");
  const dates = t.start ? ` from ${t.start}${end}` : (t.end ? ` until ${t.end}` : ", dates not stated");
  const reason = t.end_reason ? `; ended: ${t.end_reason}` : "";
  return `${order}${t.person}, ${t.role}${dates}${reason}${t.contested ? " (sources differ)" : ""}`;
}

export function successionChart(tenures, detail) {
  const dated = tenures.filter((t) => t.start_range[0] || t.end_range[0]);
  if (!dated.length) return el("p", { class: "muted chart-empty" }, "No tenure dates stated: see the table.");
  const vals = dated.flatMap((t) => [...t.start_range, ...t.end_range]).filter(Boolean);
  let lo = Math.min(...vals.map(yearOf));
  let hi = Math.max(...vals.map(yearAfter));
  const open = dated.some((t) => !t.end_range[0]) || dated.some((t) => !t.start_range[0]);
  const pad = Math.max(0.5, (hi - lo) * 0.08);
  lo = Math.floor(lo - (dated.some((t) => !t.start_range[0]) ? pad : 0.15));
  hi = hi + (open ? pad : 0.15);
  const rowH = 30;
  const left = 250;
  const right = 900 - 90;
  const top = 10;
  const height = top + tenures.length * rowH + 34;
  const x = scale(lo, hi, left, right);
  const root = svg("svg", { viewBox: `0 0 900 ${height}`, class: "chart succession", role: "group",
    "aria-label": `Leadership succession chart: ${tenures.length} tenures on a time axis from ${Math.floor(lo)} to ${Math.floor(hi)}` });
  root.append(svg("defs", {},
    svg("linearGradient", { id: "fade-right" }, svg("stop", { offset: "0", "stop-color": "#1f5fa8", "stop-opacity": "1" }),
      svg("stop", { offset: "1", "stop-color": "#1f5fa8", "stop-opacity": "0" })),
    svg("linearGradient", { id: "fade-left" }, svg("stop", { offset: "0", "stop-color": "#1f5fa8", "stop-opacity": "0" }),
      svg("stop", { offset: "1", "stop-color": "#1f5fa8", "stop-opacity": "1" })),
    svg("pattern", { id: "uncertain", width: 6, height: 6, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" },
      svg("rect", { width: 6, height: 6, fill: "#cfe0f4" }), svg("line", { x1: 0, y1: 0, x2: 0, y2: 6, stroke: "#1f5fa8", "stroke-width": 2 }))));
  timeAxis(root, x, top + tenures.length * rowH + 4, lo, hi, { grid: tenures.length * rowH });
  tenures.forEach((t, i) => {
    const y = top + i * rowH;
    const label = `${t.order !== null && t.order !== undefined ? `${t.order}. ` : ""}${t.person}`;
    const g = svg("g", { class: `tenure${t.contested ? " contested" : ""}`, tabindex: 0, role: "img",
      "aria-label": tenureText(t), "data-person": t.person });
    g.append(svg("title", {}, tenureText(t)));
    g.append(svg("text", { x: left - 10, y: y + 14, "text-anchor": "end", class: "row-label" }, label.length > 34 ? `${label.slice(0, 33)}\u2026` : label));
    g.append(svg("text", { x: left - 10, y: y + 26, "text-anchor": "end", class: "row-sub" }, t.role));
    const [s0, s1] = t.start_range.map(yearOf);
    const e0 = yearOf(t.end_range[0]);
    const e1 = yearAfter(t.end_range[1]);
    const by = y + 6;
    const bh = 16;
    if (s0 === null && e0 === null) {
      g.append(svg("text", { x: left + 6, y: y + 19, class: "row-none" }, "dates not stated"));
    } else {
      const a = s0 === null ? x(lo) : x(s0);
      const b = e1 === null ? x(hi) : x(e1);
      if (s0 === null) { // start not stated: fade in from the left
        g.append(svg("rect", { x: a, y: by, width: Math.max(2, x(e0) - a), height: bh, fill: "url(#fade-left)", class: "bar open-start" }));
      } else if (yearAfter(t.start_range[1]) - s0 > 0.01) { // an uncertain start (a year, a month, about)
        g.append(svg("rect", { x: x(s0), y: by, width: Math.max(1, x(yearAfter(t.start_range[1])) - x(s0)), height: bh, fill: "url(#uncertain)", class: "bar uncertain" }));
      }
      const solidFrom = s0 === null ? x(e0) : x(s1 === null ? s0 : yearAfter(t.start_range[1]));
      const solidTo = e0 === null ? solidFrom : x(e0);
      if (e0 !== null && solidTo > solidFrom) g.append(svg("rect", { x: solidFrom, y: by, width: solidTo - solidFrom, height: bh, class: "bar solid" }));
      if (e0 === null) { // no end stated: fade out to the right
        g.append(svg("rect", { x: solidFrom, y: by, width: Math.max(2, x(hi) - solidFrom), height: bh, fill: "url(#fade-right)", class: "bar open-end" }));
        g.append(svg("text", { x: x(hi) + 4, y: y + 19, class: "end-label" }, "no end stated"));
      } else {
        if (e1 - e0 > 0.01) g.append(svg("rect", { x: x(e0), y: by, width: Math.max(1, x(e1) - x(e0)), height: bh, fill: "url(#uncertain)", class: "bar uncertain" }));
        if (t.end_reason) g.append(svg("text", { x: Math.min(b + 4, 900 - 4), y: y + 19, class: "end-label", "text-anchor": b + 80 > 900 ? "end" : "start" }, t.end_reason));
      }
    }
    const show = () => {
      clear(detail).append(el("strong", {}, tenureText(t)), " ", cite(t.sources));
      for (const other of root.querySelectorAll(".tenure.active")) other.classList.remove("active");
      g.classList.add("active");
    };
    g.addEventListener("focus", show);
    g.addEventListener("mouseenter", show);
    g.addEventListener("click", show);
    root.append(g);
  });
  return root;
}

function successionLegend() {
  const item = (cls, text) => el("li", {}, el("span", { class: `swatch ${cls}`, "aria-hidden": "true" }), text);
  return el("ul", { class: "legend chart-legend" }, item("solid", "in office (dates stated)"),
    item("uncertain", "date known only to the year, month or 'about'"), item("open", "no start or no end stated"),
    item("contested", "sources differ on a date (see the table)"));
}

function leadership(p) {
  if (!p.leaders.length) return null;
  const detail = el("p", { class: "chart-detail", id: "succession-detail", "aria-live": "polite" },
    el("span", { class: "muted" }, "Hover over or Tab to a bar for the tenure, its end reason and its sources."));
  const rows = p.leaders.map((t) => el("tr", {},
    el("td", {}, t.order ?? ""),
    el("td", {}, profileLink(t.person, t.person_id)),
    el("td", {}, t.role),
    el("td", {}, t.start || "not stated"),
    el("td", {}, t.end || (t.start ? "no end stated" : "not stated")),
    el("td", {}, t.end_reason || ""),
    el("td", {}, t.contested ? el("span", { class: "badge contested" }, "sources differ") : null, cite(t.sources))));
  return section("leadership", "Leadership succession",
    el("figure", { class: "chart-figure" }, successionChart(p.leaders, detail), successionLegend(), detail),
    table("Leadership tenures", ["Order", "Person", "Role", "Start", "End", "End reason", "Sources"], rows, "succession-table"));
}

function roles(p) {
  if (!p.roles.length) return null;
  return section("roles", "Roles held", table("Roles", ["Role", "Of", "Start", "End", "End reason", "Sources"],
    p.roles.map((r) => el("tr", {}, el("td", {}, r.role || ""), el("td", {}, r.org), el("td", {}, r.start || "not stated"),
      el("td", {}, r.end || ""), el("td", {}, r.end_reason || ""), el("td", {}, cite(r.sources))))));
}

// -- strength estimates ------------------------------------------------------------------------------

function figure(e) {
  if (e.low !== null && e.high !== null && e.low !== e.high) return `${fmtNumber(e.low)}\u2013${fmtNumber(e.high)}`;
  return fmtNumber(e.high !== null ? e.high : e.low);
}

function asOf(e) {
  return e.as_of ? (e.as_of_from ? `${e.as_of} (${e.as_of_from})` : e.as_of) : "undated";
}

function estimateText(e) {
  return `${asOf(e)}: ${figure(e)} ${e.unit || ""}, ${e.by ? `by ${e.by}` : "estimator not stated"}`;
}

export function estimatesPlot(estimates, detail) {
  const usable = estimates.filter((e) => e.low !== null || e.high !== null);
  const dated = usable.filter((e) => e.as_of_range[0]);
  const undated = usable.filter((e) => !e.as_of_range[0]);
  const who = [...new Set(usable.map((e) => e.by || "estimator not stated"))];
  const colour = new Map(who.map((w, i) => [w, w === "estimator not stated" ? "#777" : PALETTE[i % PALETTE.length]]));
  const W = 900;
  const H = 330;
  const left = 70;
  const top = 14;
  const bottom = H - 40;
  const right = undated.length ? W - 110 : W - 20;
  let lo = dated.length ? Math.min(...dated.map((e) => yearOf(e.as_of_range[0]))) : 0;
  let hi = dated.length ? Math.max(...dated.map((e) => yearAfter(e.as_of_range[1]))) : 1;
  const pad = Math.max(0.5, (hi - lo) * 0.06);
  lo = Math.floor(lo - pad);
  hi = Math.ceil(hi + pad);
  const ymax = Math.max(...usable.map((e) => Math.max(e.low || 0, e.high || 0))) * 1.12 || 1;
  const x = scale(lo, hi, left, right);
  const y = scale(0, ymax, bottom, top);
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart estimates", role: "group",
    "aria-label": `Strength estimates over time: ${usable.length} estimates${undated.length ? `, ${undated.length} undated` : ""}, from ${who.length} estimator${who.length === 1 ? "" : "s"}` });
  const axis = svg("g", { class: "axis axis-y", "aria-hidden": "true" });
  for (const t of ticks(0, ymax, 5)) {
    axis.append(svg("line", { x1: left, x2: right, y1: y(t), y2: y(t), class: "grid" }),
      svg("text", { x: left - 8, y: y(t) + 4, "text-anchor": "end", class: "tick-label" }, fmtNumber(t)));
  }
  axis.append(svg("text", { x: 14, y: (top + bottom) / 2, transform: `rotate(-90 14 ${(top + bottom) / 2})`, "text-anchor": "middle", class: "axis-title" }, "fighters / members"));
  root.append(axis);
  if (dated.length) timeAxis(root, x, bottom, lo, hi);
  if (undated.length) {
    root.append(svg("rect", { x: right + 10, y: top, width: W - right - 20, height: bottom - top, class: "undated-band" }),
      svg("text", { x: (right + W - 10) / 2, y: bottom + 18, "text-anchor": "middle", class: "tick-label" }, "undated"));
  }
  const marks = [...dated.map((e) => [e, x((yearOf(e.as_of_range[0]) + yearAfter(e.as_of_range[1])) / 2)]),
    ...undated.map((e, i) => [e, right + 10 + ((i + 1) * (W - right - 20)) / (undated.length + 1)])];
  for (const [e, px] of marks) {
    const c = colour.get(e.by || "estimator not stated");
    const g = svg("g", { class: "estimate", tabindex: 0, role: "img", "aria-label": estimateText(e) });
    g.append(svg("title", {}, estimateText(e)));
    if (e.as_of_range[0]) {
      const a = x(yearOf(e.as_of_range[0]));
      const b = x(yearAfter(e.as_of_range[1]));
      if (b - a > 4) {
        const mid = y(((e.low ?? e.high) + (e.high ?? e.low)) / 2);
        g.append(svg("line", { x1: a, x2: b, y1: mid, y2: mid, stroke: c, class: "as-of-span" }));
      }
    }
    const lowV = e.low ?? e.high;
    const highV = e.high ?? e.low;
    const shapeOf = (vy) => (e.unit === "members"
      ? svg("rect", { x: px - 5, y: vy - 5, width: 10, height: 10, fill: c, class: "point" })
      : svg("circle", { cx: px, cy: vy, r: 5.5, fill: c, class: "point" }));
    if (lowV !== highV) {
      g.append(svg("line", { x1: px, x2: px, y1: y(lowV), y2: y(highV), stroke: c, class: "range" }),
        svg("line", { x1: px - 7, x2: px + 7, y1: y(lowV), y2: y(lowV), stroke: c, class: "cap" }),
        svg("line", { x1: px - 7, x2: px + 7, y1: y(highV), y2: y(highV), stroke: c, class: "cap" }));
      g.append(svg("rect", { x: px - 8, y: y(highV), width: 16, height: Math.max(1, y(lowV) - y(highV)), class: "hit" }));
    } else {
      g.append(shapeOf(y(lowV)));
    }
    const show = () => {
      clear(detail).append(el("strong", {}, estimateText(e)), " ", cite(e.sources));
      for (const other of root.querySelectorAll(".estimate.active")) other.classList.remove("active");
      g.classList.add("active");
    };
    g.addEventListener("focus", show);
    g.addEventListener("mouseenter", show);
    g.addEventListener("click", show);
    root.append(g);
  }
  const legend = el("ul", { class: "legend chart-legend estimates-legend", "aria-label": "Who estimated" }, who.map((w) => el("li", {},
    el("span", { class: "swatch dot", style: null, "aria-hidden": "true", dataset: { colour: colour.get(w) } }), w)),
  el("li", {}, el("span", { class: "swatch unit-members", "aria-hidden": "true" }), "circle: fighters; square: members; bar: a range low\u2013high; dashed line: an as-of date known only roughly"));
  for (const dot of legend.querySelectorAll(".swatch.dot")) dot.style.background = dot.dataset.colour;
  return [root, legend];
}

function strength(p) {
  if (p.kind === "person") return null;
  if (!p.estimates.length) {
    return section("estimates", "Strength estimates", el("p", { class: "muted", id: "no-estimates" }, "No strength estimates stated in the documents."));
  }
  const detail = el("p", { class: "chart-detail", id: "estimates-detail", "aria-live": "polite" },
    el("span", { class: "muted" }, "Hover over or Tab to an estimate for its figure, who made it and its source."));
  const rows = p.estimates.map((e) => el("tr", {},
    el("td", {}, asOf(e)), el("td", { class: "num" }, figure(e)), el("td", {}, e.unit || ""),
    el("td", {}, e.by || el("span", { class: "muted" }, "not stated")), el("td", {}, cite(e.sources))));
  return section("estimates", "Strength estimates over time",
    el("figure", { class: "chart-figure" }, ...estimatesPlot(p.estimates, detail), detail),
    table("Strength estimates", ["As of", "Figure", "Unit", "By", "Sources"], rows, "estimates-table"));
}

// -- the rest ----------------------------------------------------------------------------------------

function aliases(p) {
  const others = p.aliases.filter((a) => a !== p.name);
  const docs = new Map((p.document_list || []).map((d) => [d.doc_id, d.doc]));
  const evidence = (p.evidence || []).filter((ev) => ev.names && ev.names.length);
  return section("aliases", "Also written",
    others.length ? el("ul", { class: "aliases-list" }, others.map((a) => el("li", {}, a))) : el("p", { class: "muted" }, "No other name in the documents."),
    evidence.length ? el("details", { class: "evidence" }, el("summary", {}, `Why these names are one entity (${evidence.length})`),
      el("ul", {}, evidence.map((ev) => el("li", {}, `${ev.names.join(" = ")}: ${ev.rule}${ev.detail ? ` (${ev.detail})` : ""} `,
        (ev.docs || []).map((d, i) => [i ? ", " : "in ", el("a", { href: `/documents/${encodeURIComponent(d)}` }, docs.get(d) || d)]))))) : null,
    el("p", { class: "muted" }, `${p.mentions} mentions in ${p.documents.length} documents: `,
      (p.document_list || []).map((d, i) => [i ? ", " : "", el("a", { href: `/documents/${encodeURIComponent(d.doc_id)}` }, d.doc)])));
}

function eventLine(ev) {
  const src = ev.sources[0];
  const text = src.quote.split(/\s+/).join(" ");
  return el("li", { class: "event" },
    el("a", { href: `/?event=${encodeURIComponent(ev.id)}`, class: "event-link" }, `${ev.date || "undated"} ${ev.type}`),
    ev.killed ? ` (${ev.killed} killed)` : "", ": ", text.length > 220 ? `${text.slice(0, 219)}\u2026` : text, " ",
    cite(ev.sources, 3));
}

function designations(p) {
  if (!p.designations.length) return null;
  return section("designations", "Designations", el("ul", { class: "events" }, p.designations.map(eventLine)));
}

function relations(p) {
  if (!p.relations.length) return section("relations", "Relations", el("p", { class: "muted" }, "No relation stated."));
  const rows = p.relations.map((r) => {
    const labels = REL_LABEL[r.relation] || [r.relation, r.relation];
    return el("tr", {}, el("td", {}, r.direction === "out" ? labels[0] : labels[1]),
      el("td", {}, profileLink(r.other, r.other_id)),
      el("td", {}, r.start || "not stated"), el("td", {}, r.end || (r.start ? "open" : "not stated")),
      el("td", {}, r.contested ? el("span", { class: "badge contested" }, "sources differ") : null, cite(r.sources), quotes(r.sources)));
  });
  return section("relations", "Relations", table("Relations", ["Relation", "With", "Start", "End", "Sources"], rows, "relations-table"),
    el("p", {}, el("a", { href: `/graph?focus=${encodeURIComponent(p.id)}` }, "See in the relationship graph")));
}

function events(p) {
  if (!p.events.length) return section("events", "Major events", el("p", { class: "muted" }, "No event names this entity."));
  const note = p.event_count > p.events.length ? ` (the ${p.events.length} deadliest of ${p.event_count})` : ` (${p.event_count})`;
  return section("events", `Major events${note}`, el("ul", { class: "events" }, p.events.map(eventLine)));
}

function contested(p) {
  if (!p.contested.length) return null;
  const items = p.contested.map((c) => {
    if (c.field) {
      const fields = Object.entries(c).filter(([k]) => k !== "field");
      return el("li", {}, el("strong", {}, c.field), ": ", fields.map(([k, values], i) => [i ? "; " : "", `${k} `,
        values.map((v, j) => [j ? " or " : "", el("span", { class: "value" }, String(v.value)), " ", cite(v.sources, 3)])]));
    }
    return el("li", {}, el("a", { href: `/?event=${encodeURIComponent(c.id)}` }, `${c.date || "undated"} ${c.type || "event"}`),
      `: sources differ on ${(c.contested_fields || []).join(", ") || "its details"}`);
  });
  return section("contested", "Contested", el("ul", { class: "contested-list" }, items));
}

async function main() {
  const root = $("profile-root");
  const ref = root.dataset.ref;
  try {
    const p = await api(`/api/profiles/${encodeURIComponent(ref)}`);
    $("profile-name").textContent = p.name;
    clear(root).append(
      el("p", { class: "summary" }, el("span", { class: `badge kind-${p.kind}` }, KIND_LABEL[p.kind] || p.kind), " ",
        `${p.mentions} mentions in ${p.documents.length} documents, ${p.event_count} events.`),
      el("nav", { class: "toc", "aria-label": "Sections" }, el("ul", {},
        [["aliases", "Names"], ["designations", "Designations"], ["leadership", "Leadership"], ["roles", "Roles"],
          ["estimates", "Strength"], ["relations", "Relations"], ["events", "Events"], ["contested", "Contested"]].map(([id, label]) =>
          el("li", { dataset: { for: id } }, el("a", { href: `#${id}` }, label))))),
      ...[aliases(p), designations(p), leadership(p), roles(p), strength(p), relations(p), events(p), contested(p)].filter(Boolean));
    for (const li of root.querySelectorAll(".toc li")) if (!document.getElementById(li.dataset.for)) li.remove();
  } catch (err) {
    showError(root, err);
  }
}

main();
