// The reader: one document's cleaned text as text nodes, cut by its segments, with the spans the store
// knows in it (events, entities, dates, places) highlighted and the passage ?start=S&end=E marked.
// Every span is an element around slices of the text, so the text content of #doc-text is exactly the
// document's text; spans that cross are split (a flat list of boundaries, a stack of open elements).
import { api, el, clear, showError, params } from "./core.js";

const root = document.getElementById("reader-root");

const KINDS = [
  { kind: "event", label: "Events" },
  { kind: "entity", label: "Entities" },
  { kind: "date", label: "Dates" },
  { kind: "place", label: "Places" },
];
const SEGMENT_NAMES = {
  article: "Article", post: "Post", unrelated: "Unrelated piece", comments: "Reader comments",
  comment: "Comment", header: "Page header", footer: "Page footer", navigation: "Navigation",
  newsletter: "Newsletter box", bibliography: "Bibliography", byline: "Byline", heading: "Heading",
  caption: "Caption",
};
// Rank at equal spans: the outer element first.
const RANK = { segment: 0, child: 1, event: 2, passage: 3, entity: 4, place: 5, date: 6 };

function segmentName(kind) {
  return SEGMENT_NAMES[kind] || kind;
}

// Elements for each item kind. `cont` is true for the second and later pieces of a split item;
// `inLink` is true inside an <a> (links do not nest: an entity there becomes a span).
function makeNode(item, cont, inLink) {
  switch (item.type) {
    case "segment": {
      const s = item.seg;
      const label = segmentName(s.kind) + (s.title ? `: ${s.title}` : "");
      const cls = ["seg", `seg-${s.kind}`, s.relevant ? "" : "seg-unrelated", s.furniture ? "seg-furniture" : ""];
      return el("section", {
        class: cls.filter(Boolean).join(" "), id: cont ? null : `seg-${s.id}`, "aria-label": label,
        dataset: { label: cont ? "" : segmentName(s.kind) + (s.relevant ? "" : " · not about the subject") },
      });
    }
    case "child":
      return el("span", { class: `seg-child seg-${item.seg.kind}`, dataset: { kind: item.seg.kind } });
    case "passage":
      return cont ? el("mark", { class: "passage" })
        : el("mark", { class: "passage", id: "passage", tabindex: "-1" });
    case "event": {
      const a = item.ann;
      const node = el("span", {
        class: `ann ann-event${a.relevant ? "" : " ann-unrelated"}`, title: `Event: ${a.label}`,
        dataset: { kind: "event", event: a.ref },
      });
      if (!cont && !inLink) {
        node.append(el("a", {
          class: "ev-link", href: `/?event=${encodeURIComponent(a.ref)}`, "aria-label": `Event: ${a.label}`,
          dataset: { kind: "event" },
        }));
      }
      return node;
    }
    case "entity": {
      const a = item.ann;
      const href = `/profiles/${encodeURIComponent(a.ref)}`;
      if (inLink) return el("span", { class: "ann ann-entity", title: `Entity: ${a.label}`, dataset: { kind: "entity" } });
      return el("a", { class: "ann ann-entity", href, title: `Entity: ${a.label}`, dataset: { kind: "entity", href } });
    }
    default: {
      const a = item.ann;
      const name = item.type === "date" ? "Date" : "Place";
      return el("span", { class: `ann ann-${item.type}`, title: `${name}: ${a.label}`, dataset: { kind: item.type } });
    }
  }
}

// Render `text` into `container` with `items` ({start, end, type, ...}): text nodes inside nested
// elements; an item that crosses the end of one opened before it is closed there and reopened after.
export function renderText(container, text, items) {
  const n = text.length;
  const spans = items
    .map((it) => ({ ...it, start: Math.max(0, it.start), end: Math.min(n, it.end) }))
    .filter((it) => it.end > it.start);
  const points = new Set([0, n]);
  const starting = new Map();
  for (const it of spans) {
    points.add(it.start);
    points.add(it.end);
    if (!starting.has(it.start)) starting.set(it.start, []);
    starting.get(it.start).push(it);
  }
  for (const list of starting.values()) list.sort((a, b) => (b.end - a.end) || (RANK[a.type] - RANK[b.type]));
  const cuts = [...points].sort((a, b) => a - b);
  const stack = [{ node: container, item: null, link: false }];
  const open = (item, cont) => {
    const top = stack[stack.length - 1];
    const inLink = stack.some((s) => s.link);
    const node = makeNode(item, cont, inLink);
    top.node.append(node);
    stack.push({ node, item, link: inLink || node.tagName === "A" });
  };
  for (let i = 0; i < cuts.length; i++) {
    const p = cuts[i];
    if (stack.some((s) => s.item && s.item.end === p)) {
      const reopen = [];
      while (stack.some((s) => s.item && s.item.end === p)) {
        const top = stack.pop();
        if (top.item.end !== p) reopen.push(top.item);
      }
      for (const it of reopen.reverse()) open(it, true);
    }
    for (const it of starting.get(p) || []) open(it, false);
    if (i + 1 < cuts.length && cuts[i + 1] > p) {
      stack[stack.length - 1].node.append(document.createTextNode(text.slice(p, cuts[i + 1])));
    }
  }
}

function readPassage(n) {
  const q = params();
  if (!q.has("start") && !q.has("end")) return null;
  const s = Number(q.get("start"));
  const e = Number(q.get("end"));
  if (!Number.isInteger(s) || !Number.isInteger(e) || s < 0 || e <= s || e > n) return { bad: true };
  return { start: s, end: e };
}

function buildItems(data, passage) {
  const items = [];
  const tops = data.segments.filter((s) => !s.parent).sort((a, b) => a.start - b.start);
  tops.forEach((seg, i) => {
    // a segment's block runs to the next one, so the blank lines between them stay inside a block
    const end = i + 1 < tops.length ? Math.max(seg.end, tops[i + 1].start) : Math.max(seg.end, data.text.length);
    items.push({ type: "segment", seg, start: seg.start, end });
  });
  for (const seg of data.segments.filter((s) => s.parent)) items.push({ type: "child", seg, start: seg.start, end: seg.end });
  for (const ann of data.annotations) items.push({ type: ann.kind, ann, start: ann.start, end: ann.end });
  if (passage && !passage.bad) items.push({ type: "passage", start: passage.start, end: passage.end });
  return items;
}

function setKind(textBox, kind, on) {
  textBox.classList.toggle(`hide-${kind}`, !on);
  if (kind === "entity") {
    for (const a of textBox.querySelectorAll("a.ann-entity")) {
      if (on) a.setAttribute("href", a.dataset.href);
      else a.removeAttribute("href");
    }
  }
}

function buildLegend(data, textBox) {
  const box = clear(document.getElementById("toggles"));
  for (const { kind, label } of KINDS) {
    const count = data.counts[kind] || 0;
    const button = el("button", {
      type: "button", class: `toggle toggle-${kind}`, "aria-pressed": "true", dataset: { kind },
      disabled: count === 0,
    }, el("span", { class: `swatch swatch-${kind}`, "aria-hidden": "true" }), `${label} `,
    el("span", { class: "count" }, `(${count})`));
    button.addEventListener("click", () => {
      const on = button.getAttribute("aria-pressed") !== "true";
      button.setAttribute("aria-pressed", on ? "true" : "false");
      setKind(textBox, kind, on);
    });
    box.append(button);
  }
  document.getElementById("legend").hidden = false;
}

function buildSegmentNav(data) {
  const list = clear(document.getElementById("segment-list"));
  const tops = data.segments.filter((s) => !s.parent);
  for (const s of tops) {
    list.append(el("li", {},
      el("a", { href: `#seg-${s.id}` }, s.title || segmentName(s.kind)),
      " ", el("span", { class: s.relevant ? "badge" : "badge unrelated" }, segmentName(s.kind))));
  }
  document.getElementById("segment-nav").hidden = tops.length === 0;
}

async function init() {
  const status = document.getElementById("reader-status");
  const textBox = document.getElementById("doc-text");
  let data;
  try {
    data = await api(`/api/documents/${encodeURIComponent(root.dataset.docId)}`);
  } catch (err) {
    showError(status, err);
    return;
  }
  if (!data.text) {
    status.textContent = data.status === "ok" ? "This document has no text." : "This document could not be read.";
    return;
  }
  const passage = readPassage(data.text.length);
  renderText(textBox, data.text, buildItems(data, passage));
  // a click on an event's text (not on a link inside it) opens the event, as its marker link does
  textBox.addEventListener("click", (ev) => {
    if (ev.target.closest("a") || String(window.getSelection() || "")) return;
    const span = ev.target.closest(".ann-event");
    if (span && !textBox.classList.contains("hide-event")) window.location.href = `/?event=${encodeURIComponent(span.dataset.event)}`;
  });
  buildLegend(data, textBox);
  buildSegmentNav(data);
  const c = data.counts;
  status.textContent = `${data.chars} characters · ${c.event} event passages · ${c.entity} entity mentions`;
  if (passage && passage.bad) {
    status.textContent += " · the requested passage is not inside this document";
  } else if (passage) {
    const mark = document.getElementById("passage");
    status.textContent += ` · passage ${passage.start}–${passage.end} marked`;
    mark.scrollIntoView({ block: "center" });
    mark.focus({ preventScroll: true });
  }
}

if (root) init();
