// The time axis: zoom and pan from two centuries down to hours (d3-zoom), each event drawn over the interval its date
// means (a week as a week, "on or before" hollow and dashed), stacked in rows; when too many are in view, events are
// aggregated into bins of the zoom level's natural unit (hours, days, weeks, months, years) with their counts.
import { select } from "d3-selection";
import { scaleUtc } from "d3-scale";
import { axisTop } from "d3-axis";
import { zoom as d3zoom, zoomIdentity } from "d3-zoom";
import { brushX } from "d3-brush";
import { utcHour, utcDay, utcMonday, utcMonth, utcYear } from "d3-time";
import { t, fmt, eventDate, typeName } from "./i18n.js";
import { TYPES, typeColor, typeGlyph } from "./model.js";

const HEIGHT = 250, STRIP = 30, ROW = 21, MIN_W = 12;
const CLUSTER_ABOVE = 250; // more events than this in view: bins with counts instead of marks
const BASE = [Date.UTC(1900, 0, 1), Date.UTC(2101, 0, 1)];
const MIN_SPAN = 3 * 3600000; // the closest zoom shows three hours
const BINS = [
  [utcHour, 3600000], [utcHour.every(6), 6 * 3600000], [utcDay, 86400000], [utcMonday, 7 * 86400000],
  [utcMonth, 30.4 * 86400000], [utcMonth.every(3), 91 * 86400000], [utcYear, 365.25 * 86400000],
  [utcYear.every(5), 5 * 365.25 * 86400000], [utcYear.every(10), 3652.5 * 86400000],
];

function tickFormat(d) {
  if (utcDay(d) < d) return fmt(d, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  if (utcMonth(d) < d) return fmt(d, { day: "numeric", month: "short" });
  if (utcYear(d) < d) return fmt(d, { month: "short" });
  return String(d.getUTCFullYear());
}

export function createAxis(root, { onSelect, onBrush, onView }) {
  const svg = select(root).append("svg").attr("class", "axis").attr("height", HEIGHT)
    .attr("tabindex", 0).attr("role", "application").attr("aria-roledescription", "timeline");
  const defs = svg.append("defs");
  defs.append("clipPath").attr("id", "axis-clip").append("rect").attr("y", 0).attr("height", HEIGHT);
  const bg = svg.append("rect").attr("class", "bg").attr("height", HEIGHT);
  // the brush lives on the date scale strip, under the tick labels (which let the pointer through)
  const gBrush = svg.append("g").attr("class", "brush");
  const gAxis = svg.append("g").attr("class", "ticks").attr("transform", `translate(0,${STRIP})`);
  const gShade = svg.append("g").attr("class", "brush-shade").attr("clip-path", "url(#axis-clip)");
  const gBins = svg.append("g").attr("class", "bins").attr("clip-path", "url(#axis-clip)");
  const gMarks = svg.append("g").attr("class", "marks").attr("clip-path", "url(#axis-clip)");
  const gMore = svg.append("g").attr("class", "overflow").attr("clip-path", "url(#axis-clip)");
  const status = select(root.parentNode.querySelector(".axis-count") || root).append("span");

  let width = 800, rtl = false, events = [], selected = null, brushed = null, transform = zoomIdentity;
  let x0 = scaleUtc().domain(BASE), x = x0, quiet = false, userMoved = false, frame = 0;
  const maxK = (BASE[1] - BASE[0]) / MIN_SPAN;

  const zoom = d3zoom().scaleExtent([1, maxK])
    .on("zoom", ev => {
      transform = ev.transform;
      x = transform.rescaleX(x0);
      if (ev.sourceEvent) userMoved = true;
      schedule();
    })
    .on("end", () => { if (!quiet) onView(view()); });

  const brush = brushX()
    .on("end", ev => {
      if (!ev.sourceEvent) return; // moved by the code, following the zoom
      if (!ev.selection) { brushed = null; onBrush(null); draw(); return; }
      const [a, b] = ev.selection.map(p => x.invert(p).getTime()).sort((p, q) => p - q);
      brushed = [a, b];
      onBrush(brushed);
      draw();
    });

  svg.call(zoom).on("dblclick.zoom", null);

  function view() {
    const [a, b] = x.domain();
    return [a.getTime(), b.getTime()];
  }

  function resize() {
    width = Math.max(300, root.clientWidth);
    const keep = events.length || userMoved ? view() : null;
    svg.attr("width", width).attr("viewBox", `0 0 ${width} ${HEIGHT}`);
    bg.attr("width", width);
    defs.select("#axis-clip rect").attr("width", width);
    x0 = scaleUtc().domain(BASE).range(rtl ? [width, 0] : [0, width]);
    zoom.extent([[0, 0], [width, HEIGHT]]).translateExtent([[0, 0], [width, HEIGHT]]);
    brush.extent([[0, 0], [width, STRIP]]);
    gBrush.call(brush);
    gBrush.select(".overlay").append("title").text(t("brushHint"));
    if (keep) setView(keep, true); else { x = transform.rescaleX(x0); draw(); }
  }

  /** Shows [t0, t1] (ms) across the width. */
  function setView([a, b], silent) {
    const r0 = x0.range()[0], r1 = x0.range()[1];
    const k = Math.min(maxK, Math.max(1, (r1 - r0) / (x0(b) - x0(a))));
    const tx = r0 - k * x0(a);
    quiet = !!silent;
    svg.call(zoom.transform, zoomIdentity.translate(tx, 0).scale(k));
    quiet = false;
    x = transform.rescaleX(x0);
    draw();
  }

  function fit(list = events) {
    if (!list.length) { setView([Date.UTC(new Date().getUTCFullYear() - 1, 0, 1), Date.now()]); return; }
    let a = Infinity, b = -Infinity;
    for (const e of list) { if (e._t0 < a) a = e._t0; if (e._t1 > b) b = e._t1; }
    const pad = Math.max((b - a) * 0.04, 86400000);
    setView([a - pad, b + pad]);
  }

  function schedule() {
    if (!frame) frame = requestAnimationFrame(() => { frame = 0; draw(); });
  }

  function px(e) {
    let a = x(e._t0), b = x(e._t1);
    if (a > b) [a, b] = [b, a];
    return [a, b];
  }

  function binUnit(span) {
    const perMs = width / span;
    return BINS.find(([, ms]) => ms * perMs >= 26) || BINS[BINS.length - 1];
  }

  function draw() {
    const [d0, d1] = view();
    const visible = events.filter(e => e._t1 > d0 && e._t0 < d1);
    gAxis.call(axisTop(x).ticks(Math.max(2, Math.floor(width / 110))).tickFormat(tickFormat)
      .tickSizeInner(-(HEIGHT - STRIP)).tickSizeOuter(0));
    gAxis.selectAll("text").attr("dy", "-0.2em");
    drawShade();
    if (visible.length > CLUSTER_ABOVE) {
      drawBins(visible, d0, d1);
      drawMarks([]);
      drawOverflow([]);
    } else {
      drawBins([], d0, d1);
      pack(visible);
    }
    root.dataset.mode = visible.length > CLUSTER_ABOVE ? "bins" : "marks";
    root.dataset.visible = visible.length;
    status.text(t("events")(visible.length));
  }

  function drawShade() {
    const shade = gShade.selectAll("rect").data(brushed ? [brushed] : []);
    shade.join("rect").attr("y", STRIP).attr("height", HEIGHT - STRIP)
      .attr("x", d => Math.min(x(d[0]), x(d[1]))).attr("width", d => Math.abs(x(d[1]) - x(d[0])));
    if (brushed) gBrush.call(brush.move, [x(brushed[0]), x(brushed[1])].sort((a, b) => a - b));
    else gBrush.call(brush.move, null);
  }

  // Bins: one column per unit (day, month…) holding a stacked bar of its events by type and their count.
  function drawBins(visible, d0, d1) {
    const [interval] = binUnit(d1 - d0);
    const bins = new Map();
    for (const e of visible) {
      const start = interval.floor(new Date(Math.max(e._t0, d0))).getTime();
      let bin = bins.get(start);
      if (!bin) bins.set(start, bin = { start, end: interval.offset(new Date(start), 1).getTime(), n: 0, types: new Map() });
      bin.n++;
      bin.types.set(e.type, (bin.types.get(e.type) || 0) + 1);
    }
    const data = [...bins.values()];
    const most = Math.max(1, ...data.map(b => b.n));
    const room = HEIGHT - STRIP - 24;
    const g = gBins.selectAll("g.bin").data(data, d => d.start).join(enter => {
      const g = enter.append("g").attr("class", "bin").attr("role", "button")
        .on("click", (ev, d) => zoomTo(d.start, d.end));
      g.append("title");
      g.append("text").attr("class", "count");
      return g;
    });
    g.each(function (d) {
      const left = Math.min(x(d.start), x(d.end)), w = Math.max(3, Math.abs(x(d.end) - x(d.start)) - 2);
      const h = Math.max(4, room * Math.sqrt(d.n / most));
      const node = select(this).attr("transform", `translate(${left + 1},0)`)
        .attr("aria-label", t("clusterOf")(d.n)).attr("data-count", d.n);
      node.select("title").text(`${t("clusterOf")(d.n)} · ${fmt(new Date(d.start), { day: "numeric", month: "short", year: "numeric" })}`);
      let y = HEIGHT - 2;
      const parts = TYPES.filter(ty => d.types.has(ty)).concat([...d.types.keys()].filter(ty => !TYPES.includes(ty)))
        .map(ty => ({ ty, h: h * d.types.get(ty) / d.n }));
      node.selectAll("rect").data(parts).join("rect").attr("width", w).attr("fill", p => typeColor(p.ty))
        .attr("height", p => p.h).attr("y", p => (y -= p.h));
      node.select("text.count").attr("x", w / 2).attr("y", HEIGHT - 6 - h).attr("text-anchor", "middle")
        .text(d.n);
    });
  }

  function zoomTo(a, b) {
    const pad = (b - a) * 0.1;
    userMoved = true;
    setView([a - pad, b + pad]);
    onView(view());
  }

  // Marks: each event over its interval, stacked in the first row where it fits; those that fit nowhere are
  // counted in a "+n" per bin on the last row (a click zooms in, or at a day's scale selects that day).
  function pack(visible) {
    const rows = Math.floor((HEIGHT - STRIP - 8) / ROW) - 1;
    const placed = [], over = new Map();
    // labels beside the marks when the view is sparse enough for them; else marks alone, more to a row
    const labels = visible.length <= rows * Math.max(1, Math.floor(width / 220));
    // packed in reading order: logical positions run with time, left to right in English, right to left in Arabic
    const items = visible.map(e => {
      let [a, b] = px(e);
      if (b - a < MIN_W) { const c = (a + b) / 2; a = c - MIN_W / 2; b = c + MIN_W / 2; }
      const la = rtl ? width - b : a, lb = rtl ? width - a : b;
      // the label starts where the mark comes into view; near the far edge it goes before the mark instead
      const text = 18 + Math.min(170, 6.2 * (e.summary || "").length);
      let start = la, end = labels ? Math.max(lb, Math.max(la, 0) + text) : lb, flip = false;
      if (labels && end > width && la - text > 0) { start = la - text + 12; end = lb; flip = true; }
      return { e, a, b, la, lb, start, end, flip };
    }).sort((p, q) => p.la - q.la || p.e.id - q.e.id);
    const [d0, d1] = view();
    const [interval] = binUnit(d1 - d0);
    // the most exactly dated first (a day's events before the year that contains them), each in the first row
    // where nothing it would cover is taken
    const taken = Array.from({ length: rows }, () => []);
    const free = (row, a, b) => row.every(([x, y]) => y + 3 <= a || b + 3 <= x);
    items.sort((p, q) => (p.e._t1 - p.e._t0) - (q.e._t1 - q.e._t0) || p.la - q.la || p.e.id - q.e.id);
    for (const it of items) {
      const r = taken.findIndex(row => free(row, it.start, it.end));
      if (r < 0) {
        const start = interval.floor(new Date(Math.max(it.e._t0, d0))).getTime();
        const o = over.get(start) || { start, end: interval.offset(new Date(start), 1).getTime(), n: 0 };
        o.n++;
        over.set(start, o);
        continue;
      }
      taken[r].push([it.start, it.end]);
      placed.push({ ...it, row: r, labelled: labels });
    }
    drawMarks(placed);
    drawOverflow([...over.values()]);
  }

  function drawMarks(placed) {
    const g = gMarks.selectAll("g.mark").data(placed, d => d.e.id).join(enter => {
      const g = enter.append("g").attr("class", "mark").attr("tabindex", -1).attr("role", "button")
        .on("click", (ev, d) => onSelect(d.e.id, "axis"));
      g.append("title");
      g.append("rect").attr("class", "span").attr("rx", 3).attr("height", ROW - 5);
      g.append("path").attr("class", "glyph");
      g.append("text").attr("class", "label").attr("y", (ROW - 5) / 2).attr("dy", "0.35em");
      return g;
    });
    g.each(function (d) {
      const e = d.e, w = d.b - d.a, point = px(e)[1] - px(e)[0] < MIN_W;
      const color = typeColor(e.type);
      const node = select(this)
        .attr("transform", `translate(${d.a},${STRIP + 6 + d.row * ROW})`)
        .attr("data-id", e.id).attr("data-precision", e.precision).attr("data-uncertain", e._uncertain || null)
        .attr("data-t0", e._t0).attr("data-t1", e._t1)
        .attr("aria-label", `${typeName(e.type)}, ${eventDate(e)}: ${e.summary || ""}`)
        .classed("selected", e.id === selected).classed("point", point).classed("uncertain", e._uncertain);
      node.select("title").text(`${eventDate(e)} · ${typeName(e.type)}\n${e.summary || ""}`);
      node.select("rect.span").attr("width", w)
        .attr("fill", point ? "transparent" : color).attr("stroke", point ? "none" : color);
      const glyph = typeGlyph(e.type, point ? 90 : 50);
      const gx = point ? w / 2 : rtl ? w - 8 : 8;
      node.select("path.glyph").attr("d", glyph.d)
        .attr("transform", `translate(${gx},${(ROW - 5) / 2}) rotate(${glyph.rotate})`)
        .attr("fill", e._uncertain ? "#fff" : point ? color : "#fff").attr("stroke", point || e._uncertain ? color : "#fff");
      // a mark wide enough holds its own label, however crowded the view
      const shown = Math.min(d.b, width) - Math.max(d.a, 0);
      const inside = !d.labelled && !point && shown > 60;
      const room = inside ? shown - 22 : d.flip ? d.la - d.start - 6 : d.end - Math.max(d.la, 0) - (point ? w / 2 + 8 : 18);
      const label = d.labelled || inside ? (e.summary || "") : "";
      const chars = Math.floor(room / 6.2);
      const lx = d.flip ? (rtl ? w + 5 : -5)
        : point ? (rtl ? w / 2 - 9 : w / 2 + 9) : rtl ? Math.min(d.b, width) - d.a - 18 : Math.max(d.a, 0) - d.a + 18;
      node.select("text.label").classed("on-fill", inside && !e._uncertain && (e.precision === "DAY" || e.precision === "TIME"))
        .attr("x", lx).attr("text-anchor", d.flip ? "end" : "start")
        .attr("direction", rtl ? "rtl" : "ltr")
        .text(label.length > chars ? label.slice(0, Math.max(0, chars - 1)) + "…" : label);
    });
  }

  function drawOverflow(over) {
    const [d0, d1] = view();
    const y = STRIP + 6 + (Math.floor((HEIGHT - STRIP - 8) / ROW) - 1) * ROW;
    const g = gMore.selectAll("g.more").data(over, d => d.start).join(enter => {
      const g = enter.append("g").attr("class", "more").attr("role", "button")
        .on("click", (ev, d) => {
          if (d1 - d0 > 2 * 86400000) zoomTo(d.start, d.end);
          else { brushed = [d.start, d.end]; onBrush(brushed); draw(); }
        });
      g.append("title");
      g.append("rect").attr("rx", 8).attr("height", ROW - 5);
      g.append("text").attr("y", (ROW - 5) / 2).attr("dy", "0.35em").attr("text-anchor", "middle");
      return g;
    });
    g.each(function (d) {
      const a = Math.min(x(d.start), x(d.end)), b = Math.max(x(d.start), x(d.end));
      const w = 14 + 6.5 * t("moreEvents")(d.n).length;
      const left = Math.max(0, Math.min(width - w, (a + b) / 2 - w / 2));
      select(this).attr("transform", `translate(${left},${y})`).attr("data-count", d.n)
        .attr("aria-label", t("moreEvents")(d.n));
      select(this).select("title").text(t("clusterOf")(d.n));
      select(this).select("rect").attr("width", w);
      select(this).select("text").attr("x", w / 2).text(t("moreEvents")(d.n));
    });
  }

  // Keyboard: arrows pan, +/- zoom, Home fits everything, N/P walk the events in date order.
  svg.on("keydown", ev => {
    const k = ev.key;
    if (k === "ArrowLeft" || k === "ArrowRight") {
      const step = (k === "ArrowLeft" ? 1 : -1) * width * 0.15;
      userMoved = true;
      svg.call(zoom.translateBy, step / transform.k, 0);
    } else if (k === "+" || k === "=") { userMoved = true; svg.call(zoom.scaleBy, 1.6, [width / 2, HEIGHT / 2]); }
    else if (k === "-" || k === "_") { userMoved = true; svg.call(zoom.scaleBy, 1 / 1.6, [width / 2, HEIGHT / 2]); }
    else if (k === "Home") { fit(); onView(view()); }
    else if (k === "n" || k === "N" || k === "p" || k === "P") {
      if (!events.length) return;
      const i = events.findIndex(e => e.id === selected);
      const next = k.toLowerCase() === "n" ? (i < 0 ? 0 : Math.min(events.length - 1, i + 1)) : Math.max(0, i - 1);
      onSelect(events[next].id, "keyboard");
    } else return;
    ev.preventDefault();
  });

  return {
    resize,
    setDirection(isRtl) { if (rtl !== isRtl) { rtl = isRtl; resize(); } },
    setEvents(list) { events = list; schedule(); },
    setSelected(id) { selected = id; gMarks.selectAll("g.mark").classed("selected", d => d.e.id === id); },
    setBrush(range) { brushed = range; schedule(); },
    setView(range) { setView(range, true); },
    fit,
    view,
    moved: () => userMoved,
    /** Brings an event into view when it is outside, keeping the zoom. */
    reveal(e) {
      const [a, b] = view();
      if (e._t1 > a && e._t0 < b) return;
      const span = b - a, mid = (e._t0 + e._t1) / 2;
      setView([mid - span / 2, mid + span / 2], true);
      onView(view());
    },
    zoomBy(f) { userMoved = true; svg.call(zoom.scaleBy, f, [width / 2, HEIGHT / 2]); },
  };
}
