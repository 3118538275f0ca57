// The chat page: questions to POST /api/ask, the conversation kept by the server under a session id that
// this tab remembers (sessionStorage), so a reload shows the conversation again. Every answer, quote and
// title is data: it goes into the page as text nodes only (el() / textContent).
import { api, clear, el, passageHref, toast } from "./core.js";

const KEY = "chronica.chat.session";
const log = document.getElementById("chat-log");
const empty = document.getElementById("chat-empty");
const form = document.getElementById("chat-form");
const input = document.getElementById("chat-question");
const send = document.getElementById("chat-send");
const fresh = document.getElementById("chat-new");
const suggestBox = document.getElementById("chat-suggestions");

const STATUS = {
  supported: ["Supported", "supported"],
  contested: ["Sources disagree", "contested"],
  abstained: ["Not in these documents", "abstained"],
  error: ["Error", "error"],
};

function session() {
  try { return window.sessionStorage.getItem(KEY) || null; } catch (_) { return null; }
}

function remember(id) {
  try {
    if (id) window.sessionStorage.setItem(KEY, id);
    else window.sessionStorage.removeItem(KEY);
  } catch (_) { /* storage off: the conversation lasts until reload */ }
}

function citeLabel(c) {
  return `${c.title || c.doc}, characters ${c.start}–${c.end}`;
}

function citation(c, n) {
  return el("li", { class: "chat-cite" },
    el("blockquote", { class: "quote" }, c.quote || ""),
    el("a", { href: passageHref(c), class: "chat-cite-link", "aria-label": `Open source ${n}: ${citeLabel(c)}` },
      `[${n}] `, citeLabel(c)));
}

function claims(answer) {
  if (!answer.claims || !answer.claims.length) return null;
  return el("div", { class: "chat-claims" },
    el("p", { class: "chat-claims-title" }, "Each value with the sources that give it:"),
    el("ul", {}, answer.claims.map((cv) => el("li", {},
      el("strong", {}, cv.value), " — ",
      cv.sources.map((s, i) => [i ? ", " : "", el("a", { href: passageHref(s) }, citeLabel(s))])))));
}

function answerNode(answer) {
  const [label, kind] = STATUS[answer.status] || STATUS.error;
  const body = el("div", { class: `chat-answer ${kind}` },
    el("span", { class: `badge chat-status ${kind}`, dataset: { status: answer.status } }, label));
  if (answer.status === "supported" || answer.status === "contested") {
    body.append(el("p", { class: "chat-text" }, answer.text || ""));
    body.append(claims(answer) || "");
    if (answer.citations && answer.citations.length) {
      body.append(el("p", { class: "chat-cites-title muted" }, "Sources:"),
        el("ol", { class: "chat-cites" }, answer.citations.map((c, i) => citation(c, i + 1))));
    }
  } else if (answer.status === "abstained") {
    body.append(el("p", { class: "chat-text chat-none" },
      "Not in these documents: nothing in the stored documents supports an answer."));
  } else {
    body.append(el("p", { class: "chat-text error" }, answer.error || "The question could not be answered."));
  }
  return body;
}

function turnNode(turn) {
  const q = el("div", { class: "chat-q" }, el("span", { class: "chat-who" }, "You"),
    el("p", { class: "chat-asked" }, turn.asked));
  if (turn.question && turn.question !== turn.asked) {
    q.append(el("p", { class: "chat-resolved muted" }, "Read as: ", el("q", {}, turn.question)));
  }
  return el("li", { class: "chat-turn", dataset: { turn: turn.turn } }, q,
    el("div", { class: "chat-a" }, el("span", { class: "chat-who" }, "chronica"), answerNode(turn.answer)));
}

function showEmpty() {
  empty.hidden = log.children.length > 0;
}

function addTurn(turn) {
  const node = turnNode(turn);
  log.append(node);
  showEmpty();
  node.scrollIntoView({ block: "nearest" });
  return node;
}

async function restore() {
  const id = session();
  if (!id) return;
  try {
    const data = await api(`/api/ask/sessions/${encodeURIComponent(id)}`);
    clear(log);
    data.turns.forEach(addTurn);
  } catch (err) {
    if (err.status === 404) remember(null);  // the server forgot it (a restart): start afresh
    else toast(`Could not load the conversation: ${err.message}`, "error");
  }
  showEmpty();
}

async function post(question) {
  const id = session();
  try {
    return await api("/api/ask", { method: "POST", body: id ? { question, session: id } : { question } });
  } catch (err) {
    if (err.status === 404 && id) {  // the conversation expired: ask again in a new one
      remember(null);
      toast("The earlier conversation was forgotten by the server; this starts a new one.");
      return api("/api/ask", { method: "POST", body: { question } });
    }
    throw err;
  }
}

let busy = false;

async function ask(question) {
  const text = question.trim();
  if (!text || busy) return;
  busy = true;
  send.disabled = true;
  log.setAttribute("aria-busy", "true");
  const pending = el("li", { class: "chat-turn pending" },
    el("div", { class: "chat-q" }, el("span", { class: "chat-who" }, "You"), el("p", { class: "chat-asked" }, text)),
    el("p", { class: "muted" }, "Looking in the documents…"));
  log.append(pending);
  showEmpty();
  try {
    const data = await post(text);
    remember(data.session);
    pending.remove();
    addTurn(data);
    input.value = "";
  } catch (err) {
    pending.remove();
    log.append(el("li", { class: "chat-turn failed" },
      el("div", { class: "chat-q" }, el("span", { class: "chat-who" }, "You"), el("p", { class: "chat-asked" }, text)),
      el("p", { class: "error", role: "alert" }, `Not sent: ${err.message}`)));
  } finally {
    busy = false;
    send.disabled = false;
    log.setAttribute("aria-busy", "false");
    showEmpty();
    input.focus();
  }
}

form.addEventListener("submit", (ev) => {
  ev.preventDefault();
  ask(input.value);
});

input.addEventListener("keydown", (ev) => {
  if (ev.key === "Enter" && !ev.shiftKey && !ev.isComposing) {
    ev.preventDefault();
    ask(input.value);
  }
});

fresh.addEventListener("click", () => {
  remember(null);
  clear(log);
  showEmpty();
  input.focus();
  toast("New conversation");
});

async function suggestions() {
  try {
    const data = await api("/api/ask/suggestions");
    clear(suggestBox);
    if (!data.questions.length) {
      suggestBox.append(el("span", { class: "muted" }, "No examples for this store yet."));
      return;
    }
    suggestBox.append(el("ul", { class: "chat-suggest-list" }, data.questions.map((q) => el("li", {},
      el("button", { type: "button", class: "secondary chat-suggestion", onclick: () => { input.value = q; ask(q); } },
        q)))));
  } catch (err) {
    clear(suggestBox).append(el("span", { class: "muted" }, `No examples: ${err.message}`));
  }
}

restore();
suggestions();
