// The documents page: the list of stored documents and, with ?q=, the sentences that match.
// Document text and metadata are data: they only ever become text nodes (el() children).
import { api, el, clear, showError, params, passageHref, fmtCount } from "./core.js";

const root = document.getElementById("documents-root");

// The text of a hit with its matched words in <mark>: slices of the text as text nodes, never HTML.
export function markedText(text, spans) {
  const out = [];
  let pos = 0;
  const sorted = [...(spans || [])].sort((a, b) => a[0] - b[0]);
  for (const [s, e] of sorted) {
    if (s < pos || e <= s || e > text.length) continue;
    if (s > pos) out.push(text.slice(pos, s));
    out.push(el("mark", {}, text.slice(s, e)));
    pos = e;
  }
  if (pos < text.length) out.push(text.slice(pos));
  return out;
}

function docLabel(d) {
  return d.title || d.name || d.id;
}

async function loadList() {
  const status = document.getElementById("list-status");
  const table = document.getElementById("document-table");
  const body = clear(table.querySelector("tbody"));
  let data;
  try {
    data = await api("/api/documents");
  } catch (err) {
    showError(status, err);
    return;
  }
  for (const d of data.documents) {
    const failed = d.status !== "ok";
    body.append(el("tr", { class: failed ? "failed" : null },
      el("td", {},
        el("a", { href: `/documents/${encodeURIComponent(d.id)}` }, docLabel(d)),
        el("div", { class: "muted small" }, d.name)),
      el("td", {}, d.format || ""),
      el("td", {}, d.published || el("span", { class: "muted" }, "unknown")),
      el("td", {}, fmtCount((d.segments || []).length)),
      el("td", {}, fmtCount(d.sentences)),
      el("td", {},
        el("span", { class: failed ? "badge failed" : "badge" }, d.status),
        d.error ? el("div", { class: "error small" }, d.error) : null)));
  }
  status.textContent = `${data.total} document${data.total === 1 ? "" : "s"}`;
  table.hidden = false;
}

async function loadSearch(q) {
  const box = document.getElementById("search-results");
  const status = document.getElementById("search-status");
  const list = clear(document.getElementById("search-hits"));
  box.hidden = false;
  document.getElementById("search-heading").textContent = `Search: “${q}”`;
  status.textContent = "Searching…";
  let data;
  try {
    data = await api(`/api/search?q=${encodeURIComponent(q)}&limit=50`);
  } catch (err) {
    showError(status, err);
    return;
  }
  const shown = data.hits.length;
  const n = data.total;
  status.textContent = n === 0
    ? "No sentence holds these words."
    : (data.mode === "any" ? "No sentence holds all of these words; " : "") +
      `${n} sentence${n === 1 ? "" : "s"} ${data.mode === "any" ? "hold" + (n === 1 ? "s" : "") + " some of them" : "match" + (n === 1 ? "es" : "")}` +
      (shown < n ? ` (the best ${shown} shown)` : "");
  for (const hit of data.hits) {
    list.append(el("li", { class: "hit" },
      el("a", { class: "hit-doc", href: passageHref(hit) }, hit.title || hit.doc,
        el("span", { class: "visually-hidden" }, `, characters ${hit.start} to ${hit.end}`)),
      hit.relevant ? null : el("span", { class: "badge unrelated" }, "unrelated piece"),
      el("blockquote", { class: "quote" }, markedText(hit.text, hit.match))));
  }
}

function init() {
  const q = (params().get("q") || "").trim();
  const box = document.getElementById("global-search");
  if (box && q) box.value = q;
  if (q) loadSearch(q);
  loadList();
}

if (root) init();
