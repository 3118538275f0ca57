// The profiles index: every group, person and state, searchable by name or alias and by kind.
import { api, clear, el, params, showError } from "./core.js";

const KIND_LABEL = { org: "group", person: "person", state: "state" };
const $ = (id) => document.getElementById(id);
let seq = 0;

async function load() {
  const q = $("profiles-q").value.trim();
  const kind = $("profiles-kind").value;
  const query = new URLSearchParams();
  if (q) query.set("q", q);
  if (kind) query.set("kind", kind);
  history.replaceState(null, "", query.toString() ? `?${query}` : window.location.pathname);
  const mine = ++seq;
  const list = $("profiles-list");
  try {
    const data = await api(`/api/profiles?${query}`);
    if (mine !== seq) return;
    $("profiles-count").textContent = `${data.total} of ${data.all} groups, people and states`;
    clear(list);
    if (!data.entities.length) { list.append(el("p", { class: "muted" }, "No profile matches.")); return; }
    list.append(el("table", { class: "profiles-table" },
      el("caption", { class: "visually-hidden" }, "Profiles"),
      el("thead", {}, el("tr", {}, ["Name", "Kind", "Mentions", "Documents", "Also written"].map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, data.entities.map((e) => el("tr", {},
        el("td", {}, el("a", { href: `/profiles/${encodeURIComponent(e.id)}` }, e.name)),
        el("td", {}, el("span", { class: `badge kind-${e.kind}` }, KIND_LABEL[e.kind] || e.kind)),
        el("td", { class: "num" }, String(e.mentions)),
        el("td", { class: "num" }, String(e.docs)),
        el("td", { class: "aliases" }, e.aliases.slice(0, 6).join(", "), e.aliases.length > 6 ? ` and ${e.aliases.length - 6} more` : ""))))));
  } catch (err) {
    showError(list, err);
  }
}

function main() {
  const p = params();
  $("profiles-q").value = p.get("q") || "";
  $("profiles-kind").value = ["org", "person", "state"].includes(p.get("kind")) ? p.get("kind") : "";
  let timer = null;
  $("profiles-form").addEventListener("submit", (ev) => { ev.preventDefault(); load(); });
  $("profiles-q").addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(load, 200); });
  $("profiles-kind").addEventListener("change", load);
  load();
}

main();
