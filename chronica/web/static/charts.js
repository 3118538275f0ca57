// Small SVG chart helpers for the graph and profile pages: dates as fractional years, linear scales,
// round ticks. No data is ever parsed as HTML.
import { svg } from "./core.js";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

// "YYYY-MM-DD" -> fractional year (2014-07-02 -> ~2014.5); null for null.
export function yearOf(day) {
  if (!day) return null;
  const m = /^(-?\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!m) return null;
  const y = Number(m[1]);
  const start = Date.UTC(y, 0, 1);
  const next = Date.UTC(y + 1, 0, 1);
  return y + (Date.UTC(y, Number(m[2]) - 1, Number(m[3])) - start) / (next - start);
}

// The end of a day range as a fractional year (the day after its latest day).
export function yearAfter(day) {
  const y = yearOf(day);
  return y === null ? null : y + 1 / 365;
}

export function monthLabel(year, month) {
  return `${MONTHS[month - 1]} ${year}`;
}

export function scale(d0, d1, r0, r1) {
  const span = d1 - d0 || 1;
  const f = (v) => r0 + ((v - d0) / span) * (r1 - r0);
  f.domain = [d0, d1];
  f.range = [r0, r1];
  return f;
}

// Round tick values between lo and hi, about `count` of them.
export function ticks(lo, hi, count = 6) {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((k) => k * mag).find((s) => s >= raw) || raw;
  const out = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) out.push(Math.round(v * 1e6) / 1e6);
  return out;
}

// Whole years to label on a time axis from lo to hi (fractional years).
export function yearTicks(lo, hi, count = 8) {
  const span = Math.max(1, Math.ceil(hi) - Math.floor(lo));
  const step = [1, 2, 5, 10, 20, 50].find((s) => span / s <= count) || 100;
  const out = [];
  for (let y = Math.ceil(lo / step) * step; y <= hi; y += step) out.push(y);
  return out;
}

export function fmtNumber(n) {
  if (n === null || n === undefined) return "";
  return Number(n).toLocaleString("en-US");
}

// An x axis of years at the bottom (y = top of the axis line), drawn into `parent`.
export function timeAxis(parent, x, y, lo, hi, { grid = 0 } = {}) {
  const g = svg("g", { class: "axis axis-x", "aria-hidden": "true" });
  g.append(svg("line", { x1: x(lo), x2: x(hi), y1: y, y2: y, class: "axis-line" }));
  for (const t of yearTicks(lo, hi)) {
    const px = x(t);
    if (grid) g.append(svg("line", { x1: px, x2: px, y1: y - grid, y2: y, class: "grid" }));
    g.append(svg("line", { x1: px, x2: px, y1: y, y2: y + 5, class: "tick" }));
    g.append(svg("text", { x: px, y: y + 18, "text-anchor": "middle", class: "tick-label" }, String(t)));
  }
  parent.append(g);
  return g;
}

// A palette of distinguishable colours (colour-blind friendly order) for categories.
export const PALETTE = ["#1f5fa8", "#d1700e", "#2d7a46", "#b5489b", "#6b4fa0", "#8a6d3b", "#0f7c8c", "#c0392b",
                        "#55606e", "#9a8a00"];
