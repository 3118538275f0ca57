// chronica's own helpers shared by every page. Document text is data: it is only ever put into the
// page as text nodes (textContent), never parsed as HTML.

export async function api(path, options = {}) {
  const init = { headers: { Accept: "application/json" }, ...options };
  if (init.body !== undefined && typeof init.body !== "string") {
    init.body = JSON.stringify(init.body);
    init.headers = { ...init.headers, "Content-Type": "application/json" };
  }
  const resp = await fetch(path, init);
  let data = null;
  try { data = await resp.json(); } catch (_) { data = null; }
  if (!resp.ok) {
    const err = new Error((data && data.error && data.error.message) || `${resp.status} ${resp.statusText}`);
    err.status = resp.status;
    err.code = data && data.error ? data.error.code : "http_error";
    throw err;
  }
  return data;
}

// el("a", {href: "/x", class: "c", onclick: fn}, "text", childNode, ...): children strings become text nodes.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
    else if (key === "class") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}

const SVG_NS = "http://www.w3.org/2000/svg";

export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export function toast(message, kind = "info") {
  const box = document.getElementById("toast");
  if (!box) return;
  box.textContent = message;
  box.dataset.kind = kind;
  box.classList.add("shown");
  clearTimeout(box._timer);
  box._timer = setTimeout(() => box.classList.remove("shown"), 4000);
}

export function showError(root, err) {
  clear(root).append(el("p", { class: "error", role: "alert" }, `Could not load: ${err.message}`));
}

export function params() {
  return new URLSearchParams(window.location.search);
}

// A link to the reader at one passage: /documents/<doc>#<start>-<end>
export function passageHref(source) {
  return `/documents/${encodeURIComponent(source.doc_id || source.doc)}?start=${source.start}&end=${source.end}`;
}

export function fmtCount(n) {
  return n === null || n === undefined ? "" : String(n);
}
