// The events in date order as a virtualized listbox: only the rows in sight are in the document, so 5,000 events
// scroll like 50. Month headings come from the same date as the rows under them (sorted by their first day), so a
// heading and its events cannot disagree; a live event is inserted in order, heading included.
import { el, SVG } from "./dom.js";
import { t, fmt, utc, eventDate, typeName } from "./i18n.js";
import { typeColor, typeGlyph } from "./model.js";
import { figures } from "./panel.js";

const HEAD = 30, ROW = 64;

export function glyphSvg(type, uncertain) {
  const s = document.createElementNS(SVG, "svg");
  s.setAttribute("viewBox", "-8 -8 16 16");
  s.setAttribute("class", "glyph");
  s.setAttribute("aria-hidden", "true");
  const p = document.createElementNS(SVG, "path");
  const g = typeGlyph(type, 80);
  p.setAttribute("d", g.d);
  p.setAttribute("transform", `rotate(${g.rotate})`);
  p.setAttribute("fill", uncertain ? "#fff" : typeColor(type));
  p.setAttribute("stroke", typeColor(type));
  p.setAttribute("stroke-width", "1.5");
  s.append(p);
  return s;
}

// The heading an event goes under: its month, or for an event dated only to a quarter, year or decade, that period
// itself (a "2004" event does not belong under "January 2004").
const COARSE = { QUARTER: 1, YEAR: 1, DECADE: 1, CENTURY: 1 };
export function periodOf(e) {
  const first = (e.earliest || e.date);
  if (COARSE[e.precision] && e.latest && e.latest.slice(0, 7) !== first.slice(0, 7)) return first.slice(0, 10) + "/" + e.latest.slice(0, 10);
  return first.slice(0, 7);
}

export function createList(root, { onSelect }) {
  const box = el("div", { class: "list", role: "listbox", tabindex: 0, "aria-label": t("listLabel") });
  const sticky = el("div", { class: "list-sticky", "aria-hidden": "true" });
  const spacer = el("div", { class: "list-spacer" });
  box.append(spacer);
  root.append(sticky, box);
  let items = [], tops = new Float64Array(1), selected = null, frame = 0;

  function rebuild(events) {
    // keep what the reader is looking at in place when events are added above it
    const anchor = firstVisible();
    items = [];
    let period = null;
    for (const e of events) {
      const p = periodOf(e);
      if (p !== period) { items.push({ head: p }); period = p; }
      items.push({ e });
    }
    tops = new Float64Array(items.length + 1);
    for (let i = 0; i < items.length; i++) tops[i + 1] = tops[i] + (items[i].head ? HEAD : ROW);
    spacer.style.height = tops[items.length] + "px";
    if (anchor) {
      const i = items.findIndex(it => it.e && it.e.id === anchor.id);
      if (i >= 0) box.scrollTop = tops[i] - anchor.offset;
    }
    draw();
  }

  function firstVisible() {
    if (!items.length || box.scrollTop === 0) return null;
    const i = indexAt(box.scrollTop);
    for (let j = i; j < items.length; j++) if (items[j].e) return { id: items[j].e.id, offset: tops[j] - box.scrollTop };
    return null;
  }

  function indexAt(y) {
    let lo = 0, hi = items.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (tops[mid] <= y) lo = mid; else hi = mid - 1; }
    return lo;
  }

  function headLabel(p) {
    if (!p.includes("/")) return fmt(utc(p), { month: "long", year: "numeric" });
    const [a, b] = p.split("/");
    if (a.slice(5) === "01-01" && b.slice(5) === "12-31") {
      return a.slice(0, 4) === b.slice(0, 4) ? a.slice(0, 4) : `${a.slice(0, 4)}–${b.slice(0, 4)}`;
    }
    return `${fmt(utc(a), { month: "short", year: "numeric" })} – ${fmt(utc(b), { month: "short", year: "numeric" })}`;
  }

  function draw() {
    const top = box.scrollTop, bottom = top + box.clientHeight + ROW;
    const rows = [];
    if (!items.length) { spacer.replaceChildren(); sticky.textContent = ""; return; }
    const first = Math.max(0, indexAt(top) - 3);
    for (let i = first; i < items.length && tops[i] < bottom + 3 * ROW; i++) rows.push(row(items[i], i));
    spacer.replaceChildren(...rows);
    // the heading of the rows at the top stays in sight
    const at = indexAt(top);
    let head = null;
    for (let j = at; j >= 0; j--) if (items[j].head) { head = items[j].head; break; }
    sticky.textContent = head ? headLabel(head) : "";
    sticky.dataset.period = head || "";
  }

  function row(it, i) {
    const style = `transform: translateY(${tops[i]}px)`;
    if (it.head) return el("div", { class: "list-head", role: "presentation", style, dataset: { period: it.head }, text: headLabel(it.head) });
    const e = it.e;
    const place = e._at ? (document.documentElement.lang === "ar" && e._at.nameAr ? e._at.nameAr : e._at.name) : null;
    const n = e.sourceCount ?? (e.sources || []).length;
    return el("div", {
      class: "row" + (e.id === selected ? " selected" : "") + (e._fresh ? " fresh" : ""), role: "option", id: "ev-" + e.id,
      "aria-selected": String(e.id === selected), style, dataset: { id: e.id, period: periodOf(e), date: e.earliest || e.date },
      onclick: () => onSelect(e.id, "list"),
    },
      el("div", { class: "row-top" },
        glyphSvg(e.type, e._uncertain),
        el("span", { class: "type", text: typeName(e.type) }),
        el("span", { class: "when" + (e._uncertain ? " uncertain" : ""), text: eventDate(e) }),
        figures(e),
        el("span", { class: "n", text: t("sources")(n) })),
      el("div", { class: "row-summary", dir: "auto", text: e.summary || "" }),
      place ? el("bdi", { class: "row-place", dir: "auto", text: "⌖ " + place }) : null);
  }

  box.addEventListener("scroll", () => { if (!frame) frame = requestAnimationFrame(() => { frame = 0; draw(); }); });

  box.addEventListener("keydown", ev => {
    const events = items.filter(it => it.e);
    if (!events.length) return;
    let i = events.findIndex(it => it.e.id === selected);
    const page = Math.max(1, Math.floor(box.clientHeight / ROW) - 1);
    switch (ev.key) {
      case "ArrowDown": i = i < 0 ? 0 : Math.min(events.length - 1, i + 1); break;
      case "ArrowUp": i = Math.max(0, i - 1); break;
      case "PageDown": i = Math.min(events.length - 1, Math.max(0, i) + page); break;
      case "PageUp": i = Math.max(0, i - page); break;
      case "Home": i = 0; break;
      case "End": i = events.length - 1; break;
      default: return;
    }
    ev.preventDefault();
    onSelect(events[i].e.id, "keyboard");
  });

  return {
    setEvents: rebuild,
    setSelected(id, reveal) {
      selected = id;
      if (id == null) box.removeAttribute("aria-activedescendant"); else box.setAttribute("aria-activedescendant", "ev-" + id);
      if (reveal && id != null) {
        const i = items.findIndex(it => it.e && it.e.id === id);
        if (i >= 0 && (tops[i] < box.scrollTop || tops[i] + ROW > box.scrollTop + box.clientHeight)) {
          box.scrollTop = tops[i] - box.clientHeight / 3;
        }
      }
      draw();
    },
  };
}
