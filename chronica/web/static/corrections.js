// The corrections page: the log of every change (with Undo), suggested merges (Accept / Reject),
// and the merge and split forms. Every value is data: it reaches the page as text nodes only.
import { api, el, clear, toast } from "./core.js";

const status = document.getElementById("corrections-status");
const logBox = document.getElementById("log");
const sugBox = document.getElementById("suggestions");
const datalist = document.getElementById("entity-list");
let entities = [];

function say(message, kind = "ok") {
  status.textContent = message;
  status.dataset.kind = kind;
  toast(message, kind);
}

function placeText(loc) {
  if (!loc) return "(no place)";
  return [loc.place, loc.admin1 && loc.admin1 !== loc.place ? loc.admin1 : null, loc.country].filter(Boolean).join(", ");
}

function eventValue(field, value) {
  if (!value) return "(none)";
  if (field === "date") return value.date || "(undated)";
  if (field === "type") return value.type || "(none)";
  if (field === "place") return placeText(value.location);
  return JSON.stringify(value);
}

function names(list) {
  return (list || []).map((e) => e.name).join(" + ");
}

// [what, before, after] of one correction, as text
function describe(c) {
  if (c.kind === "event") {
    return [el("span", {}, `${c.field} of event `, el("a", { href: `/?event=${encodeURIComponent(c.target)}` }, c.target)),
      eventValue(c.field, c.before), eventValue(c.field, c.after)];
  }
  const target = (c.target || []).join(", ");
  if (c.action === "merge") return [`merge ${target}`, names(c.before), (c.after && c.after.names || []).join(" = ")];
  if (c.action === "split") return [`split "${target}"`, names(c.before), `"${target}" on its own`];
  if (c.action === "rename") return [`rename ${target}`, names(c.before), c.after || ""];
  if (c.action === "reject") return [`reject merging ${target}`, "suggested", (c.target || []).join(" ≠ ")];
  return [`${c.action} ${target}`, "", ""];
}

function when(at) {
  return (at || "").replace("T", " ").slice(0, 16);
}

async function undo(c, button) {
  button.disabled = true;
  try {
    await api(`/api/corrections/${encodeURIComponent(c.id)}/undo`, { method: "POST" });
    say(`Undone: ${c.kind === "event" ? `${c.field} of event ${c.target}` : `${c.action} ${(c.target || []).join(", ")}`}`);
    await refresh();
  } catch (err) {
    button.disabled = false;
    say(`Could not undo: ${err.message}`, "error");
  }
}

async function loadLog() {
  const data = await api("/api/corrections");
  clear(logBox);
  if (!data.corrections.length) {
    logBox.append(el("p", { class: "muted", id: "log-empty" }, "No corrections yet."));
    return;
  }
  const body = el("tbody");
  for (const c of [...data.corrections].reverse()) {
    const [what, before, after] = describe(c);
    const state = c.undone
      ? el("span", { class: "badge" }, `undone ${when(c.undone_at)}`)
      : el("button", { type: "button", class: "secondary", "aria-label": `Undo ${c.action} ${c.kind === "event" ? c.field + " of event " + c.target : (c.target || []).join(", ")}`,
        onclick: (ev) => undo(c, ev.currentTarget) }, "Undo");
    body.append(el("tr", { class: c.undone ? "undone" : "", dataset: { id: c.id } },
      el("td", {}, when(c.at)),
      el("td", {}, c.who || "analyst"),
      el("td", { class: "change" }, what),
      el("td", { class: "change" }, before, el("span", { class: "arrow", "aria-label": "becomes" }, "→"), after),
      el("td", {}, state)));
  }
  logBox.append(el("table", { class: "log" },
    el("caption", { class: "visually-hidden" }, "Every correction, newest first"),
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "When"), el("th", { scope: "col" }, "Who"),
      el("th", { scope: "col" }, "What"), el("th", { scope: "col" }, "Before → after"), el("th", { scope: "col" }, "State"))),
    body));
}

async function decide(s, verb, button) {
  for (const b of button.parentElement.querySelectorAll("button")) b.disabled = true;
  try {
    await api(`/api/suggestions/${verb}`, { method: "POST", body: { a: s.a.id, b: s.b.id } });
    say(verb === "accept" ? `Merged ${s.a.name} and ${s.b.name}` : `Kept ${s.a.name} and ${s.b.name} apart`);
    await refresh();
  } catch (err) {
    for (const b of button.parentElement.querySelectorAll("button")) b.disabled = false;
    say(`Could not ${verb}: ${err.message}`, "error");
  }
}

async function loadSuggestions() {
  const data = await api("/api/suggestions");
  clear(sugBox);
  if (!data.suggestions.length) {
    sugBox.append(el("p", { class: "muted", id: "suggestions-empty" }, "No suggested merges."));
    return;
  }
  const list = el("ul", { class: "plain", "aria-label": "Suggested merges" });
  list.style.listStyle = "none";
  list.style.padding = "0";
  for (const s of data.suggestions) {
    const ev = s.evidence;
    const title = `${s.a.name} and ${s.b.name}`;
    list.append(el("li", { class: "suggestion", dataset: { a: s.a.id, b: s.b.id } },
      el("h3", {}, el("a", { href: `/profiles/${encodeURIComponent(s.a.id)}` }, s.a.name), " and ",
        el("a", { href: `/profiles/${encodeURIComponent(s.b.id)}` }, s.b.name),
        " ", el("span", { class: "badge" }, `${s.a.kind} · score ${s.score.toFixed(2)}`)),
      el("dl", {},
        el("dt", {}, "Why"), el("dd", {}, `${ev.rule}: "${ev.names[0]}" / "${ev.names[1]}"`),
        el("dt", {}, s.a.name), el("dd", {}, `${mentions(s.a.mentions)} in ${s.a.docs.join(", ")}; also written ${s.a.aliases.join(", ")}`),
        el("dt", {}, s.b.name), el("dd", {}, `${mentions(s.b.mentions)} in ${s.b.docs.join(", ")}; also written ${s.b.aliases.join(", ")}`),
        el("dt", {}, "Both in"), el("dd", {}, ev.shared_docs.length ? ev.shared_docs.join(", ") : "no document"),
        el("dt", {}, "Named with both"), el("dd", {}, ev.co_mentions.length ? ev.co_mentions.join(", ") : "no one")),
      el("div", { class: "actions" },
        el("button", { type: "button", "aria-label": `Accept: merge ${title}`, onclick: (e) => decide(s, "accept", e.currentTarget) }, "Accept"),
        el("button", { type: "button", class: "secondary", "aria-label": `Reject: keep ${title} apart`, onclick: (e) => decide(s, "reject", e.currentTarget) }, "Reject"))));
  }
  sugBox.append(list);
}

function mentions(n) {
  return `${n} mention${n === 1 ? "" : "s"}`;
}

function entityLabel(e) {
  return `${e.name} (${e.id})`;
}

function entityOf(text) {
  const t = text.trim();
  return entities.find((e) => entityLabel(e) === t || e.id === t) || entities.find((e) => e.name === t) || null;
}

async function loadEntities() {
  entities = (await api("/api/corrections/entities")).entities;
  clear(datalist);
  for (const e of entities) datalist.append(el("option", { value: entityLabel(e) }, `${e.kind}, ${e.mentions} mentions`));
  fillSplitNames();
}

function fillSplitNames() {
  const select = clear(document.getElementById("split-name"));
  const e = entityOf(document.getElementById("split-entity").value);
  if (!e) {
    select.append(el("option", { value: "" }, "pick an entity first"));
    return;
  }
  for (const a of e.aliases) select.append(el("option", { value: a }, a));
}

document.getElementById("split-entity").addEventListener("input", fillSplitNames);
document.getElementById("split-entity").addEventListener("change", fillSplitNames);

document.getElementById("merge-form").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const err = document.getElementById("merge-error");
  err.textContent = "";
  const refs = ["merge-a", "merge-b"].map((id) => {
    const text = document.getElementById(id).value;
    const e = entityOf(text);
    return e ? e.id : text.trim();
  });
  try {
    const out = await api("/api/entities/merge", { method: "POST", body: { refs } });
    say(`Merged ${(out.recorded.after && out.recorded.after.names || refs).join(" and ")}`);
    ev.target.reset();
    await refresh();
  } catch (e) {
    err.textContent = e.message;
    say("Not merged", "error");
  }
});

document.getElementById("split-form").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const err = document.getElementById("split-error");
  err.textContent = "";
  const text = document.getElementById("split-entity").value;
  const e = entityOf(text);
  const name = document.getElementById("split-name").value;
  try {
    await api(`/api/entities/${encodeURIComponent(e ? e.id : text.trim())}/split`, { method: "POST", body: { name } });
    say(`Split "${name}" out of ${e ? e.name : text}`);
    ev.target.reset();
    await refresh();
  } catch (x) {
    err.textContent = x.message;
    say("Not split", "error");
  }
});

async function refresh() {
  try {
    await Promise.all([loadLog(), loadSuggestions(), loadEntities()]);
    document.getElementById("corrections-root").dataset.loaded = "true";
  } catch (err) {
    say(`Could not load: ${err.message}`, "error");
  }
}

refresh();
