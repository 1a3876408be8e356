// The timeline page: filters, time axis, list, event panel and map over GET /api/timeline, kept live by its stream.
// The whole view (filters, zoom, time range, selected event, map) is in the URL.
import { el } from "./dom.js";
import { t, ui, setUi, typeName, eventDate } from "./i18n.js";
import { TYPES, FILTERS, derive, byDate, readUrl, writeUrl, apiQuery, typeColor } from "./model.js";
import { createAxis } from "./axis.js";
import { createList, glyphSvg } from "./list.js";
import { createMap } from "./map.js";
import { showEvent, panel } from "./panel.js";

const PAGE = 500, CAP = 10000;
const $ = id => document.getElementById(id);
const metrics = (window.__tarikh = { start: performance.now(), firstEvents: null, loaded: null, pages: 0, events: 0 });

const state = readUrl(location.search);
setUi(state.hl || localStorage.getItem("tarikh.lang") || ((navigator.language || "en").startsWith("ar") ? "ar" : "en"));

let viewFromUrl = !!state.view;
let all = [], byId = new Map(), shown = [], loading = null, stream = null, complete = false, capped = false, frame = 0;
// what the browser test reads: how many events are loaded and shown, and which is selected
metrics.state = () => ({ events: all.length, shown: shown.length, selected: state.selected, complete, ids: all.map(e => e.id) });

const axis = createAxis($("axis"), {
  onSelect: (id, from) => select(id, from),
  onBrush: range => { state.brush = range; renderShown(); syncUrl(false); },
  onView: v => { state.view = v; syncUrl(false); },
});
const list = createList($("list"), { onSelect: (id, from) => select(id, from) });
const map = createMap($("map"), {
  onPlace: (key, name) => setFilter("place", key, name),
  onView: v => { state.map = v; syncUrl(false); },
});
panel.onFilter = (k, v, name) => setFilter(k, v, name);
panel.onClose = () => select(null);

// ---- language and direction ----
function applyLanguage() {
  const rtl = ui === "ar";
  document.documentElement.lang = ui;
  document.documentElement.dir = rtl ? "rtl" : "ltr";
  for (const n of document.querySelectorAll("[data-t]")) {
    const w = t(n.dataset.t);
    if (typeof w === "string") n.textContent = w;
  }
  for (const n of document.querySelectorAll("[data-t-label]")) n.setAttribute("aria-label", t(n.dataset.tLabel));
  $("axis").querySelector("svg").setAttribute("aria-label", t("axisLabel"));
  $("list").querySelector(".list").setAttribute("aria-label", t("listLabel"));
  map.label();
  axis.setDirection(rtl);
  drawTypes();
}

$("lang-toggle").onclick = () => {
  setUi(ui === "ar" ? "en" : "ar");
  state.hl = ui;
  localStorage.setItem("tarikh.lang", ui);
  applyLanguage();
  renderAll();
  showEvent($("panel"), byId.get(state.selected) || null);
  drawChips();
  syncUrl(false);
};

// ---- filters ----
const form = $("filters");
const names = {}; // filter value -> name to show on its chip

function fillForm() {
  for (const k of ["from", "to", "lang", "article", "q", "minPrecision"]) form.elements[k].value = state.filters[k] || "";
  $("f-entity").value = state.filters.entity ? names.entity || state.filters.entity : "";
  $("f-place").value = state.filters.place ? names.place || state.filters.place : "";
}

function setFilter(k, v, name) {
  if (v) state.filters[k] = v; else delete state.filters[k];
  if (name) names[k] = name; else delete names[k];
  state.selected = null;
  state.brush = null;
  fillForm();
  reload();
}

form.addEventListener("submit", ev => {
  ev.preventDefault();
  for (const k of ["from", "to", "lang", "article", "q", "minPrecision"]) {
    const v = form.elements[k].value.trim();
    if (v) state.filters[k] = v; else delete state.filters[k];
  }
  for (const k of ["entity", "place"]) {
    const input = $("f-" + k);
    const v = input.value.trim();
    if (!v) { delete state.filters[k]; delete names[k]; }
    else if (v !== names[k]) { state.filters[k] = input.dataset.key && input.dataset.name === v ? input.dataset.key : v; names[k] = v; }
  }
  state.brush = null;
  reload();
});
for (const k of ["lang", "minPrecision"]) form.elements[k].addEventListener("change", () => form.requestSubmit());
$("clear").onclick = () => { state.filters = {}; state.brush = null; state.selected = null; fillForm(); reload(); };

function drawTypes() {
  const on = new Set((state.filters.type || "").split(",").filter(Boolean));
  // the known types, and any other a newer entity-service sends
  const types = [...TYPES, ...new Set([...all.map(e => e.type), ...on].filter(ty => !TYPES.includes(ty)))];
  $("types").replaceChildren(el("legend", { text: t("type") }), ...types.map(ty =>
    el("button", { type: "button", class: "type-toggle", "aria-pressed": String(on.has(ty)), dataset: { type: ty },
      style: `--c:${typeColor(ty)}`, onclick: () => {
        if (on.has(ty)) on.delete(ty); else on.add(ty);
        setFilter("type", [...on].join(","));
      } }, glyphSvg(ty), typeName(ty))));
}

// Entity and place type-ahead over /api/entities?q= (either language): an ARIA combobox.
function combo(kind) {
  const input = $("f-" + kind), box = $("f-" + kind + "-list");
  let options = [], active = -1, asked = 0, timer = 0;
  const close = () => { box.hidden = true; input.setAttribute("aria-expanded", "false"); input.removeAttribute("aria-activedescendant"); active = -1; };
  const choose = x => {
    const name = ui === "ar" && x.nameAr ? x.nameAr : x.name;
    input.value = name;
    input.dataset.key = x.key;
    input.dataset.name = name;
    close();
    setFilter(kind, x.key, name);
  };
  const mark = i => {
    active = i;
    [...box.children].forEach((li, j) => li.setAttribute("aria-selected", String(j === i)));
    if (i >= 0) input.setAttribute("aria-activedescendant", box.children[i].id);
  };
  input.addEventListener("input", () => {
    clearTimeout(timer);
    delete input.dataset.key;
    const q = input.value.trim();
    if (q.length < 2) { close(); return; }
    timer = setTimeout(async () => {
      const mine = ++asked;
      const p = new URLSearchParams({ q, limit: "10" });
      const r = await fetch("/api/entities?" + p).catch(() => null);
      if (!r || !r.ok || mine !== asked) return;
      options = (await r.json()).entities || [];
      box.replaceChildren(...options.map((x, i) => el("li", { role: "option", id: `f-${kind}-o${i}`, "aria-selected": "false",
        onmousedown: ev => { ev.preventDefault(); choose(x); } },
        el("bdi", { dir: "auto", class: "o-name", text: x.name || x.key }),
        x.nameAr && x.nameAr !== x.name ? el("bdi", { dir: "rtl", lang: "ar", class: "o-ar", text: x.nameAr }) : null,
        el("span", { class: "o-meta", text: `${x.type || ""}${x.events != null ? " · " + t("events")(x.events) : ""}` }))));
      box.hidden = !options.length;
      input.setAttribute("aria-expanded", String(!!options.length));
      mark(-1);
    }, 120);
  });
  input.addEventListener("keydown", ev => {
    if (box.hidden) return;
    if (ev.key === "ArrowDown") { mark(Math.min(options.length - 1, active + 1)); ev.preventDefault(); }
    else if (ev.key === "ArrowUp") { mark(Math.max(0, active - 1)); ev.preventDefault(); }
    else if (ev.key === "Enter" && active >= 0) { choose(options[active]); ev.preventDefault(); }
    else if (ev.key === "Escape") { close(); ev.preventDefault(); }
  });
  input.addEventListener("blur", () => setTimeout(close, 100));
}
combo("entity");
combo("place");

// Active filters as removable chips, the count, and the export links for the same question.
function drawChips() {
  const chips = [];
  for (const k of FILTERS) {
    if (!state.filters[k]) continue;
    const value = k === "type" ? state.filters.type.split(",").map(typeName).join(", ") : names[k] || state.filters[k];
    chips.push(el("span", { class: "fchip", dataset: { filter: k } },
      el("span", { text: t(k === "minPrecision" ? "precision" : k) + ": " }), el("bdi", { dir: "auto", text: value }),
      el("button", { type: "button", "aria-label": `${t("remove")}: ${t(k === "minPrecision" ? "precision" : k)}`, text: "×",
        onclick: () => setFilter(k, null) })));
  }
  if (state.brush) {
    const f = new Intl.DateTimeFormat(ui === "ar" ? "ar-u-nu-latn" : "en-GB", { timeZone: "UTC", dateStyle: "medium" });
    chips.push(el("span", { class: "fchip brush-chip" }, el("span", { text: t("brushed") + ": " }),
      el("bdi", { text: `${f.format(state.brush[0])} – ${f.format(state.brush[1])}` }),
      el("button", { type: "button", "aria-label": t("clearBrush"), text: "×", onclick: () => { state.brush = null; axis.setBrush(null); renderShown(); syncUrl(false); } })));
  }
  $("chips").replaceChildren(...chips);
  const q = apiQuery(state.filters);
  for (const a of document.querySelectorAll("[data-format]")) {
    const p = new URLSearchParams(q);
    p.set("format", a.dataset.format);
    p.set("limit", "10000");
    a.href = "/api/timeline?" + p;
  }
}

function drawCount() {
  let text = state.brush ? t("ofLoaded")(shown.length, all.length) : t("events")(all.length);
  if (!complete) text += " · " + t("loadingMore")(all.length);
  else if (capped) text += " · " + t("capped")(all.length);
  $("count").textContent = text;
}

// ---- data ----
function add(e) {
  derive(e);
  const old = byId.get(e.id);
  if (old) all.splice(all.indexOf(old), 1);
  let lo = 0, hi = all.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (byDate(all[mid], e) < 0) lo = mid + 1; else hi = mid; }
  all.splice(lo, 0, e);
  byId.set(e.id, e);
  return e;
}

async function reload() {
  if (loading) loading.abort();
  const ctl = (loading = new AbortController());
  all = []; byId = new Map(); complete = false; capped = false;
  drawTypes();
  drawChips();
  syncUrl(true);
  listen();
  $("status").textContent = t("loading");
  $("status").className = "status";
  renderAll();
  let cursor = null, first = true;
  try {
    do {
      const p = apiQuery(state.filters);
      p.set("limit", String(PAGE));
      if (cursor) p.set("cursor", cursor);
      const r = await fetch("/api/timeline?" + p, { signal: ctl.signal, headers: { Accept: "application/json" } });
      const body = await r.json();
      if (!r.ok) throw new Error(body.detail || body.title || String(r.status));
      for (const e of body.events) {
        derive(e);
        if (byId.has(e.id)) add(e); else { all.push(e); byId.set(e.id, e); }
      }
      // the API orders by first day and id; the page puts the vaguer of those starting together first, so that a
      // year's events come before its January's and each heading is shown once
      all.sort(byDate);
      cursor = body.next || null;
      metrics.pages++;
      if (first) {
        first = false;
        $("status").textContent = all.length ? "" : t("none");
        if (!viewFromUrl && !axis.moved()) axis.fit(all);
        renderAll();
        requestAnimationFrame(() => { if (metrics.firstEvents == null) metrics.firstEvents = performance.now(); });
        if (state.selected != null) select(state.selected, "url");
      } else scheduleRender();
      if (all.length >= CAP) { capped = !!cursor; break; }
    } while (cursor);
    if (ctl !== loading) return;
    complete = true;
    drawTypes();
    if (!viewFromUrl && !axis.moved()) axis.fit(all);
    viewFromUrl = false; // a new question after this one is fitted again
    renderAll();
    map.fit();
    metrics.events = all.length;
    requestAnimationFrame(() => { metrics.loaded = performance.now(); document.body.dataset.loaded = "true"; });
  } catch (err) {
    if (err.name === "AbortError") return;
    complete = true;
    $("status").textContent = `${t("failed")}: ${err.message}`;
    $("status").className = "status error";
    document.body.dataset.loaded = "error";
  }
}

function scheduleRender() {
  if (!frame) frame = requestAnimationFrame(() => { frame = 0; renderAll(); });
}

function renderShown() {
  const b = state.brush;
  shown = b ? all.filter(e => e._t1 > b[0] && e._t0 < b[1]) : all;
  list.setEvents(shown);
  map.setEvents(shown, shown.filter(e => !e._at).length);
  drawCount();
  drawChips();
}

function renderAll() {
  axis.setEvents(all);
  axis.setBrush(state.brush);
  renderShown();
}

// New and merged events arrive from the stream: added in order, without moving the zoom or the selection.
function listen() {
  if (stream) stream.close();
  if (!window.EventSource) return;
  stream = new EventSource("/api/timeline/stream?" + apiQuery(state.filters));
  const live = $("live");
  stream.onopen = () => { live.classList.add("on"); live.textContent = t("live"); live.dataset.t = "live"; };
  stream.onerror = () => { live.classList.remove("on"); live.textContent = t("offline"); live.dataset.t = "offline"; };
  const onEvent = m => {
    metrics.live = (metrics.live || 0) + 1;
    const e = add(JSON.parse(m.data));
    metrics.lastLive = e.id;
    e._fresh = true;
    setTimeout(() => { e._fresh = false; }, 4000);
    if (state.selected === e.id) showEvent($("panel"), e);
    $("status").textContent = "";
    scheduleRender();
  };
  stream.addEventListener("created", onEvent);
  stream.addEventListener("updated", onEvent);
}

// ---- selection ----
async function select(id, from) {
  state.selected = id;
  let e = id == null ? null : byId.get(id);
  if (id != null && !e && from === "url") {
    const r = await fetch("/api/events/" + id, { headers: { Accept: "application/json" } }).catch(() => null);
    if (r && r.ok) e = derive(await r.json());
  }
  axis.setSelected(id);
  if (e && from !== "axis" && from !== "url") axis.reveal(e);
  list.setSelected(id, from !== "list");
  map.setSelected(e);
  showEvent($("panel"), e);
  // what a screen reader says when the selection moves (arrow keys in the list, N/P on the axis)
  $("announce").textContent = e ? `${typeName(e.type)}, ${eventDate(e)}: ${e.summary || ""}` : "";
  if (from !== "url") syncUrl(true);
  if (from === "axis" || from === "map") $("panel-title")?.focus({ preventScroll: true });
}

// ---- URL ----
function syncUrl(push) {
  const q = writeUrl(state);
  const url = q ? "?" + q : location.pathname;
  if (url === location.search || (!q && !location.search)) return;
  if (push) history.pushState(null, "", url); else history.replaceState(null, "", url);
}

window.addEventListener("popstate", () => {
  const next = readUrl(location.search);
  if (next.hl && next.hl !== ui) { setUi(next.hl); applyLanguage(); }
  const same = JSON.stringify(next.filters) === JSON.stringify(state.filters);
  Object.assign(state, next);
  fillForm();
  if (!same) { reload(); return; }
  if (next.view) axis.setView(next.view);
  axis.setBrush(next.brush);
  renderShown();
  select(next.selected, "url");
});

document.addEventListener("keydown", ev => {
  if (ev.key === "Escape" && state.selected != null && !ev.target.closest("input")) select(null);
});
$("fit").onclick = () => { axis.fit(); state.view = axis.view(); syncUrl(false); };
$("zoom-in").onclick = () => axis.zoomBy(1.6);
$("zoom-out").onclick = () => axis.zoomBy(1 / 1.6);
new ResizeObserver(() => { axis.resize(); map.invalidate(); }).observe($("axis"));

applyLanguage();
axis.resize();
if (state.view) axis.setView(state.view);
map.restore(state.map);
fillForm();
showEvent($("panel"), null);
if (state.filters.entity || state.filters.place) {
  // show the entity's name rather than its key on the chip and in the field
  for (const k of ["entity", "place"]) {
    const key = state.filters[k];
    if (!key || !key.includes(":")) continue;
    fetch("/api/entities/" + encodeURIComponent(key)).then(r => (r.ok ? r.json() : null)).then(x => {
      if (!x || state.filters[k] !== key) return;
      names[k] = ui === "ar" && x.nameAr ? x.nameAr : x.name || key;
      fillForm();
      drawChips();
    }).catch(() => {});
  }
}
reload();
