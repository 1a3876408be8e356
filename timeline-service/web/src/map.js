// The map: Leaflet over Natural Earth country outlines shipped with the page (no tile server), the events' places
// gathered into one marker per screen cell with their count, re-gathered at each zoom. A marker of one place filters
// by that place; a marker of several zooms in to them.
import L from "leaflet";
import { feature } from "topojson-client";
import { el } from "./dom.js";
import { t, ui } from "./i18n.js";
import { typeColor } from "./model.js";

const CELL = 60;

// Rings that cross the antimeridian (Russia, Fiji) made continuous, so that no edge is drawn across the world.
function unwrap(geometry) {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) {
        const d = ring[i][0] - ring[i - 1][0];
        if (d > 180) ring[i][0] -= 360; else if (d < -180) ring[i][0] += 360;
      }
    }
  }
}

export function createMap(root, { onPlace, onView }) {
  const map = L.map(root, { preferCanvas: false, zoomSnap: 0.5, minZoom: 1, maxZoom: 12, worldCopyJump: true,
    attributionControl: true, keyboard: true });
  map.attributionControl.setPrefix(false).addAttribution("Natural Earth · Leaflet");
  map.getContainer().setAttribute("aria-label", t("mapLabel"));
  map.setView([30, 35], 3);
  const outlines = L.layerGroup().addTo(map);
  const markers = L.layerGroup().addTo(map);
  const ring = L.layerGroup().addTo(map);
  const note = el("p", { class: "map-note", "aria-live": "polite" });
  root.after(note);
  let places = [], selected = null, fine = false, restored = false;

  function loadOutlines(file) {
    return fetch("/assets/" + file).then(r => r.json()).then(topo => {
      const countries = feature(topo, topo.objects.countries);
      for (const f of countries.features) unwrap(f.geometry);
      const layer = L.geoJSON(countries, {
        interactive: false, style: { color: "#a79f93", weight: 0.7, fillColor: "#efebe4", fillOpacity: 1 },
      });
      outlines.clearLayers();
      outlines.addLayer(layer);
    }).catch(() => {});
  }
  loadOutlines("countries-110m.json");

  map.on("zoomend", () => {
    if (!fine && map.getZoom() >= 5) { fine = true; loadOutlines("countries-50m.json"); }
    draw();
  });
  map.on("moveend", () => { const c = map.getCenter(); onView([c.lat, c.lng, map.getZoom()]); });

  function setEvents(events, without) {
    const byKey = new Map();
    for (const e of events) {
      if (!e._at) continue;
      let p = byKey.get(e._at.key);
      if (!p) byKey.set(e._at.key, p = { ref: e._at, lat: e._at.lat, lon: e._at.lon, n: 0, types: new Map(), ids: [] });
      p.n++;
      p.ids.push(e.id);
      p.types.set(e.type, (p.types.get(e.type) || 0) + 1);
    }
    places = [...byKey.values()];
    note.textContent = places.length ? `${t("places")(places.length)}${without ? " · " + t("withoutPlace")(without) : ""}`
      : t("noPlace");
    draw();
  }

  function name(ref) { return ui === "ar" && ref.nameAr ? ref.nameAr : ref.name || ref.key; }

  function draw() {
    const zoom = map.getZoom();
    const cells = new Map();
    for (const p of places) {
      const pt = map.project([p.lat, p.lon], zoom);
      const key = Math.floor(pt.x / CELL) + ":" + Math.floor(pt.y / CELL);
      let c = cells.get(key);
      if (!c) cells.set(key, c = { places: [], n: 0, lat: 0, lon: 0, types: new Map() });
      c.places.push(p);
      c.n += p.n;
      c.lat += p.lat * p.n;
      c.lon += p.lon * p.n;
      for (const [ty, k] of p.types) c.types.set(ty, (c.types.get(ty) || 0) + k);
    }
    markers.clearLayers();
    for (const c of cells.values()) {
      const lat = c.lat / c.n, lon = c.lon / c.n;
      const top = [...c.types.entries()].sort((a, b) => b[1] - a[1])[0][0];
      const size = Math.round(Math.min(44, 20 + 5 * Math.log2(c.n)));
      const names = c.places.slice(0, 4).map(p => name(p.ref)).join(" · ") + (c.places.length > 4 ? " …" : "");
      const icon = el("div", { class: "pin", style: `width:${size}px;height:${size}px;border-color:${typeColor(top)}` },
        el("span", { text: String(c.n) }));
      const m = L.marker([lat, lon], {
        icon: L.divIcon({ html: icon, className: "pin-wrap", iconSize: [size, size] }),
        keyboard: true, title: "", alt: "",
      });
      m.on("add", () => {
        const node = m.getElement();
        node.setAttribute("role", "button");
        node.setAttribute("aria-label", `${names}: ${t("events")(c.n)}`);
        node.dataset.places = c.places.map(p => p.ref.key).join(" ");
        node.dataset.count = c.n;
      });
      m.bindTooltip(el("div", { class: "pin-tip" }, el("bdi", { dir: "auto", text: names }), " · ", t("events")(c.n)),
        { direction: "top", offset: [0, -size / 2] });
      m.on("click", () => {
        if (c.places.length === 1) onPlace(c.places[0].ref.key, name(c.places[0].ref));
        else map.fitBounds(L.latLngBounds(c.places.map(p => [p.lat, p.lon])).pad(0.3), { maxZoom: 10 });
      });
      markers.addLayer(m);
    }
    drawRing();
  }

  function drawRing() {
    ring.clearLayers();
    if (selected && selected._at) {
      ring.addLayer(L.circleMarker([selected._at.lat, selected._at.lon],
        { radius: 20, color: "#111", weight: 3, fill: false, interactive: false, className: "selected-ring" }));
    }
  }

  return {
    setEvents,
    setSelected(e) { selected = e; drawRing(); if (e && e._at && !map.getBounds().contains([e._at.lat, e._at.lon])) map.panTo([e._at.lat, e._at.lon]); },
    restore(v) { if (v) { restored = true; map.setView([v[0], v[1]], v[2]); } },
    fit() {
      if (restored || !places.length) return;
      const b = L.latLngBounds(places.map(p => [p.lat, p.lon]));
      map.fitBounds(b.pad(0.25), { maxZoom: 7 });
    },
    invalidate() { map.invalidateSize(); },
    label() { map.getContainer().setAttribute("aria-label", t("mapLabel")); },
  };
}
