// Events as the page draws them, the view state and its URL.
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye } from "d3-shape";
import { utc } from "./i18n.js";

const DAY = 86400000;

// Okabe–Ito-style colours that stay apart for the common colour-vision deficiencies, and a shape per type so that
// colour is never the only cue (the list and the legend show the same shape beside the name).
const TYPE_STYLE = {
  ATTACK: ["#d55e00", symbolTriangle],
  KILLING: ["#882255", symbolCross],
  INJURY: ["#e69f00", symbolDiamond],
  STATEMENT: ["#0072b2", symbolSquare],
  CONDEMNATION: ["#56b4e9", symbolWye],
  CLAIM: ["#cc79a7", symbolStar],
  MEETING: ["#009e73", symbolCircle],
  WITHDRAWAL: ["#7a6a00", symbolTriangle, 180],
  AGREEMENT: ["#44aa99", symbolDiamond, 45],
};
export const TYPES = Object.keys(TYPE_STYLE);
export const typeColor = type => (TYPE_STYLE[type] || ["#777"])[0];
export function typeGlyph(type, size = 64) {
  const [, shape = symbolCircle, rotate = 0] = TYPE_STYLE[type] || [];
  return { d: symbol(shape, size)(), rotate };
}

/** What the page needs to draw an event, computed once when it arrives. */
export function derive(e) {
  const uncertain = e.precision === "NONE" || e.dateBasis === "PUBLICATION";
  let t0 = utc(e.earliest || e.date).getTime();
  let t1 = utc(e.latest || e.earliest || e.date).getTime() + DAY;
  const time = /T(\d\d):(\d\d)/.exec(e.date);
  if (time && e.precision === "TIME") { t0 += (+time[1] * 60 + +time[2]) * 60000; t1 = t0 + 3600000; }
  if (uncertain) t0 = t1 - 8 * DAY; // "reported on or before": any of the 7 days before, or the day itself
  let at = null;
  // the place's coordinates are in `place`, its names in its PLACE entry of `entities` (each said once)
  if (e.place && e.place.lat != null && e.place.lon != null)
    at = { ...((e.entities || []).find(x => x.key === e.place.key) || {}), ...e.place };
  else at = (e.entities || []).find(x => x.lat != null && x.lon != null) || null;
  return Object.assign(e, { _t0: t0, _t1: t1, _uncertain: uncertain, _at: at,
    _sortKey: (e.earliest || e.date) });
}

/** By first day; of those starting together, the vaguer first (the year before its months and days), then by id. */
export function byDate(a, b) {
  return a._sortKey < b._sortKey ? -1 : a._sortKey > b._sortKey ? 1 : (b._t1 - b._t0) - (a._t1 - a._t0) || a.id - b.id;
}

/** The filters the API understands; everything else in the URL is the view. */
export const FILTERS = ["entity", "place", "type", "from", "to", "lang", "article", "q", "minPrecision"];

export function readUrl(search) {
  const p = new URLSearchParams(search);
  const filters = {};
  for (const k of FILTERS) if (p.get(k)) filters[k] = p.get(k);
  const num = k => (p.get(k) && !Number.isNaN(Date.parse(p.get(k))) ? Date.parse(p.get(k)) : null);
  const view = num("t0") != null && num("t1") != null && num("t1") > num("t0") ? [num("t0"), num("t1")] : null;
  const brush = num("b0") != null && num("b1") != null && num("b1") > num("b0") ? [num("b0"), num("b1")] : null;
  const selected = /^\d+$/.test(p.get("event") || "") ? Number(p.get("event")) : null;
  const map = /^-?[\d.]+,-?[\d.]+,[\d.]+$/.test(p.get("map") || "") ? p.get("map").split(",").map(Number) : null;
  return { filters, view, brush, selected, map, hl: p.get("hl") };
}

const iso = ms => new Date(ms).toISOString().replace(/:00\.000Z$|\.000Z$/, "Z").replace(/T00:00Z$/, "");

export function writeUrl(state) {
  const p = new URLSearchParams();
  for (const k of FILTERS) if (state.filters[k]) p.set(k, state.filters[k]);
  if (state.view) { p.set("t0", iso(state.view[0])); p.set("t1", iso(state.view[1])); }
  if (state.brush) { p.set("b0", iso(state.brush[0])); p.set("b1", iso(state.brush[1])); }
  if (state.selected != null) p.set("event", state.selected);
  if (state.map) p.set("map", state.map.map(x => +x.toFixed(3)).join(","));
  if (state.hl) p.set("hl", state.hl);
  return p.toString();
}

export function apiQuery(filters) {
  const p = new URLSearchParams();
  for (const k of FILTERS) if (filters[k]) p.set(k, filters[k]);
  return p;
}
