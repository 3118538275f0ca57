// The event edit form: date (EDTF), type and place, saved as recorded corrections (PATCH /api/events/<id>).
import { api, el, clear, toast, passageHref } from "./core.js";

const root = document.getElementById("edit-root");
const eventId = root.dataset.event;
const form = document.getElementById("edit-form");
const inputs = {
  date: document.getElementById("edit-date"),
  type: document.getElementById("edit-type"),
  place: document.getElementById("edit-place"),
};
const who = document.getElementById("edit-who");
const formError = document.getElementById("edit-error");
const status = document.getElementById("edit-status");
let current = null;

function placeText(loc) {
  if (!loc) return "";
  return [loc.place, loc.admin1 && loc.admin1 !== loc.place ? loc.admin1 : null, loc.country].filter(Boolean).join(", ");
}

export function valueText(field, value) {
  if (!value) return "(none)";
  if (field === "date") return value.date || "(undated)";
  if (field === "type") return value.type || "(none)";
  if (field === "place") return placeText(value.location) || "(no place)";
  return JSON.stringify(value);
}

function clearErrors() {
  formError.textContent = "";
  for (const f of Object.keys(inputs)) {
    document.getElementById(`edit-${f}-error`).textContent = "";
    inputs[f].removeAttribute("aria-invalid");
  }
}

function fieldOfError(message) {
  const m = message.toLowerCase();
  if (m.includes("type")) return "type";
  if (m.includes("place") || m.includes("lat") || m.includes("country")) return "place";
  if (m.includes("date") || m.includes("edtf") || m.includes("calendar")) return "date";
  return null;
}

function fill(data) {
  current = data.event;
  const ev = current;
  inputs.date.value = ev.date || "";
  clear(inputs.type);
  const types = data.types.includes(ev.type) ? data.types : [ev.type, ...data.types];
  for (const t of types) inputs.type.append(el("option", { value: t }, t.replace(/_/g, " ")));
  inputs.type.value = ev.type;
  inputs.place.value = placeText(ev.location);
  const cur = clear(document.getElementById("edit-current"));
  cur.append(el("p", {},
    el("strong", {}, "Now: "), `${ev.date || "undated"} · ${ev.type.replace(/_/g, " ")} · ${placeText(ev.location) || "no place"}`,
    ev.edited && ev.edited.length ? el("span", { class: "badge edited" }, "edited") : null,
    ev.contested ? el("span", { class: "badge contested" }, "contested") : null));
  const list = clear(document.getElementById("edit-sources"));
  for (const s of ev.sources || []) {
    const stated = [s.date ? `date ${s.date}` : null, s.type ? `type ${s.type}` : null,
      s.location ? `place ${placeText(s.location)}` : null].filter(Boolean).join(" · ");
    list.append(el("li", {},
      el("a", { href: passageHref(s) }, s.doc || s.doc_id),
      stated ? el("span", { class: "muted" }, ` (${stated})`) : null,
      el("blockquote", { class: "quote" }, s.quote || "")));
  }
  const hist = clear(document.getElementById("edit-history"));
  if (!data.edits.length) hist.append(el("li", { class: "muted" }, "No change yet."));
  for (const e of data.edits) {
    hist.append(el("li", { class: e.undone ? "undone" : "" },
      `${e.field}: ${valueText(e.field, e.before)} → ${valueText(e.field, e.after)} `,
      el("span", { class: "muted" }, `by ${e.who || "analyst"} at ${(e.at || "").replace("T", " ").slice(0, 16)}`),
      e.undone ? el("span", { class: "badge" }, "undone") : null));
  }
  root.dataset.loaded = "true";
}

async function load() {
  try {
    fill(await api(`/api/events/${encodeURIComponent(eventId)}/edit`));
  } catch (err) {
    formError.textContent = err.status === 404 ? `No event ${eventId}.` : `Could not load the event: ${err.message}`;
    form.querySelector("button").disabled = true;
  }
}

form.addEventListener("submit", async (ev) => {
  ev.preventDefault();
  if (!current) return;
  clearErrors();
  const body = {};
  if (inputs.date.value.trim() !== (current.date || "")) body.date = inputs.date.value.trim();
  if (inputs.type.value !== current.type) body.type = inputs.type.value;
  if (inputs.place.value.trim() !== placeText(current.location)) body.place = inputs.place.value.trim();
  if (!Object.keys(body).length) {
    formError.textContent = "Nothing changed: edit the date, the type or the place first.";
    return;
  }
  if (who.value.trim()) body.who = who.value.trim();
  try {
    const out = await api(`/api/events/${encodeURIComponent(eventId)}`, { method: "PATCH", body });
    const lines = out.recorded.map((r) => `${r.field}: ${valueText(r.field, r.before)} → ${valueText(r.field, r.after)}`);
    clear(status).append(el("p", { class: "ok" }, `Recorded ${lines.join("; ")}. `,
      el("a", { href: `/?event=${encodeURIComponent(eventId)}` }, "See it on the timeline"), " · ",
      el("a", { href: "/corrections" }, "Undo it on the corrections page")));
    toast(`Recorded ${out.recorded.length} change${out.recorded.length === 1 ? "" : "s"}`, "ok");
    await load();
  } catch (err) {
    const field = fieldOfError(err.message);
    if (field) {
      document.getElementById(`edit-${field}-error`).textContent = err.message;
      inputs[field].setAttribute("aria-invalid", "true");
      inputs[field].focus();
    } else {
      formError.textContent = err.message;
    }
    toast("Not saved", "error");
  }
});

load();
