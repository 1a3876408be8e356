// The timeline page in Debian's chromium, driven by playwright-core, against a running timeline-service holding the
// articles TimelinePageIT posted (config.json names them). Checks what a reader relies on, measures first paint and
// interaction times with the 5,000-event story, and saves screenshots, timings and the browser's console under out/.
//   node test/page.test.mjs path/to/config.json
import { chromium } from "playwright-core";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";

const config = JSON.parse(readFileSync(process.argv[2], "utf8"));
const out = config.out;
mkdirSync(out, { recursive: true });
const BASE = config.base;
const results = [], timings = {}, consoleLines = [];
const DAY = 86400000;
const firstDay = e => e.earliest ?? e.date, lastDay = e => e.latest ?? e.earliest ?? e.date;

function assert(ok, message) { if (!ok) throw new Error(message); }
async function check(name, fn) {
  const t0 = Date.now();
  try { await fn(); results.push({ name, ok: true }); console.log(`ok   ${name} (${Date.now() - t0} ms)`); }
  catch (e) { results.push({ name, ok: false, error: String(e && e.stack || e) }); console.log(`FAIL ${name}: ${e && e.stack || e}`); }
}
async function api(path) {
  const r = await fetch(BASE + path, { headers: { Accept: "application/json" } });
  if (!r.ok) throw new Error(`${path}: ${r.status}`);
  return r.json();
}
async function allEvents(query) {
  const events = [];
  let cursor = null;
  do {
    const p = new URLSearchParams(query);
    p.set("limit", "500");
    if (cursor) p.set("cursor", cursor);
    const page = await api("/api/timeline?" + p);
    events.push(...page.events);
    cursor = page.next;
  } while (cursor);
  return events;
}

const browser = await chromium.launch({
  executablePath: process.env.TARIKH_CHROMIUM || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: "en-GB" });
// nothing but the service itself may be asked for anything: no CDN, no tiles
const foreign = [];
// TARIKH_PAGE_ASSETS=dir serves the page from that folder instead (developing against a running stack)
const assets = process.env.TARIKH_PAGE_ASSETS;
context.route("**/*", route => {
  const url = new URL(route.request().url());
  if (assets && url.origin === new URL(BASE).origin && (url.pathname === "/" || url.pathname.startsWith("/assets/"))) {
    const file = join(assets, url.pathname === "/" ? "index.html" : url.pathname);
    const type = { html: "text/html", js: "text/javascript", css: "text/css", json: "application/json" }[file.split(".").pop()];
    return route.fulfill({ body: readFileSync(file), contentType: type });
  }
  if (url.origin !== new URL(BASE).origin) { foreign.push(url.href); return route.abort(); }
  return route.continue();
});

async function open(query, { lang = "en" } = {}) {
  const page = await context.newPage();
  page.on("console", m => consoleLines.push(`[${m.type()}] ${m.text()}`));
  page.on("pageerror", e => consoleLines.push(`[pageerror] ${e.message}`));
  page.on("dialog", d => { consoleLines.push(`[dialog] ${d.message()}`); d.dismiss(); });
  await page.addInitScript(l => localStorage.setItem("tarikh.lang", l), lang);
  await page.goto(BASE + "/" + (query ? "?" + query : ""));
  await page.waitForSelector("body[data-loaded]", { timeout: 60000 });
  return page;
}

const marks = page => page.$$eval("#axis g.mark", gs => gs.map(g => {
  const r = g.querySelector("rect.span").getBoundingClientRect();
  return { id: +g.dataset.id, precision: g.dataset.precision, uncertain: g.hasAttribute("data-uncertain"),
    t0: +g.dataset.t0, t1: +g.dataset.t1, x: r.x, width: r.width, cx: r.x + r.width / 2 };
}));
const rows = page => page.$$eval("#list .row", rs => rs.map(r => +r.dataset.id));
const view = page => page.evaluate(() => {
  const p = new URLSearchParams(location.search);
  return [Date.parse(p.get("t0")), Date.parse(p.get("t1"))];
});

// ---- the sample and the articles of this test ----
const articles = [config.sample, config.english, config.arabic, config.hostile];
const fixtureEvents = (await allEvents({ article: config.sample })).concat(
  ...(await Promise.all([config.english, config.arabic, config.hostile].map(a => allEvents({ article: a })))));
console.log(`fixture events: ${fixtureEvents.length}`);

await check("the axis shows the sample's dated events in date order, each over the interval of its precision", async () => {
  const events = await allEvents({ article: config.sample });
  assert(events.length >= 3, `the sample has only ${events.length} events`);
  const page = await open("article=" + config.sample);
  const ms = await marks(page);
  const ids = new Set(ms.map(m => m.id));
  const missing = events.filter(e => !ids.has(e.id));
  const overflow = await page.$$eval("#axis g.more", gs => gs.reduce((n, g) => n + +g.dataset.count, 0));
  assert(missing.length <= overflow, `${missing.length} events neither drawn nor counted (+n): ${missing.map(e => e.date)}`);
  // in order: left to right by the middle of their intervals, in English
  const byTime = [...ms].sort((a, b) => a.t0 + a.t1 - b.t0 - b.t1);
  for (let i = 1; i < byTime.length; i++) assert(byTime[i].cx >= byTime[i - 1].cx - 0.5, "marks out of date order");
  // at their precision: the drawn width is the interval's (a day's at least 12 px)
  const [v0, v1] = await view(page);
  const pxPerMs = (await page.$eval("#axis svg", s => s.getBoundingClientRect().width)) / (v1 - v0);
  for (const m of ms) {
    const e = events.find(x => x.id === m.id);
    const expected = Math.max(12, (m.t1 - m.t0) * pxPerMs);
    assert(Math.abs(m.width - expected) < 2, `event ${m.id} (${e.date} ${e.precision}) is ${m.width} px wide, not ${expected}`);
    // earliest and latest are sent only when they are not the date itself (a day)
    const first = Date.parse(firstDay(e)), last = Date.parse(lastDay(e)) + DAY;
    if (!m.uncertain && e.precision !== "TIME") assert(m.t0 === first && m.t1 === last, `event ${m.id} drawn over ${m.t0}..${m.t1}, not ${firstDay(e)}..${lastDay(e)}`);
    if (e.precision === "NONE" || e.dateBasis === "PUBLICATION") assert(m.uncertain, `event ${m.id} is dated only by publication but not drawn as such`);
  }
  for (const date of ["2020-01-13", "2021-07-08", "2022-01-04"]) {
    assert(events.some(e => e.date === date), `the sample's ${date} is not on the chronology`);
  }
  await page.screenshot({ path: join(out, "sample-en.png"), fullPage: true });
  await page.close();
});

await check("a week is drawn as a week, a month as a month and an undated report as 'on or before'", async () => {
  const all = fixtureEvents;
  const page = await open("article=" + config.english);
  const wide = all.filter(e => e.precision === "MONTH" || e.precision === "WEEK");
  const ms = await marks(page);
  const dayMark = ms.find(m => m.precision === "DAY");
  for (const e of wide.filter(x => ms.some(m => m.id === x.id))) {
    // zoom to the event: the mark must span the days of its interval
    const from = Date.parse(firstDay(e)) - 10 * DAY, to = Date.parse(lastDay(e)) + 11 * DAY;
    await page.goto(`${BASE}/?article=${config.english}&t0=${new Date(from).toISOString()}&t1=${new Date(to).toISOString()}`);
    await page.waitForSelector("body[data-loaded]");
    const m = (await marks(page)).find(x => x.id === e.id);
    const [v0, v1] = await view(page);
    const pxPerMs = (await page.$eval("#axis svg", s => s.getBoundingClientRect().width)) / (v1 - v0);
    const days = (Date.parse(lastDay(e)) - Date.parse(firstDay(e))) / DAY + 1;
    assert(m && Math.abs(m.width - days * DAY * pxPerMs) < 2, `${e.precision} event ${e.date} drawn ${m && m.width} px for ${days} days`);
  }
  const uncertain = all.filter(e => e.precision === "NONE" || e.dateBasis === "PUBLICATION");
  if (uncertain.length) {
    await page.goto(`${BASE}/?article=${uncertain[0].sources[0].articleId}`);
    await page.waitForSelector("body[data-loaded]");
    const m = await page.$(`#axis g.mark[data-id="${uncertain[0].id}"]`);
    assert(m, "the undated event is not drawn");
    assert(await m.evaluate(g => g.classList.contains("uncertain") && getComputedStyle(g.querySelector("rect")).strokeDasharray !== "none"),
      "an 'on or before' event is drawn like a dated one");
    await page.click(`#axis g.mark[data-id="${uncertain[0].id}"] path.glyph`);
    const when = await page.textContent("#panel .when");
    assert(/on or before/.test(when), `the panel says '${when}' for an undated report`);
  }
  console.log(`  precisions of the fixtures: ${[...new Set(all.map(e => e.precision))].join(", ")}; day mark ${dayMark ? "present" : "absent"}`);
  await page.close();
});

await check("the map shows the places of the events with coordinates, from the outlines shipped with the page", async () => {
  // the sample's events (the whole test database may hold more than the page loads)
  const located = (await allEvents({ article: config.sample }))
    .filter(e => (e.place && e.place.lat != null) || (e.entities || []).some(x => x.lat != null));
  assert(located.length > 0, "no event of the sample has coordinates");
  const page = await open("article=" + config.sample);
  // the outlines arrive after the events; those outside the view are empty paths, so count rather than look
  await page.waitForFunction(() => document.querySelectorAll("#map .leaflet-overlay-pane path").length > 100, null, { timeout: 30000 });
  const pins = await page.$$eval("#map .leaflet-marker-icon[data-places]", ps => ps.map(p => p.dataset.places.split(" ")).flat());
  const keys = new Set(pins);
  const placed = located.map(e => (e.place && e.place.lat != null ? e.place : e.entities.find(x => x.lat != null)).key);
  const seen = placed.filter(k => keys.has(k));
  assert(seen.length > 0, `none of the places ${[...new Set(placed)]} is on the map (${pins.length} places shown)`);
  const countries = await page.$$eval("#map .leaflet-overlay-pane path", ps => ps.length);
  assert(countries > 100, `only ${countries} country outlines drawn`);
  await page.screenshot({ path: join(out, "map-en.png") });
  // clicking a place filters by it
  const key = seen[0];
  // a locator, not an element handle: the map may redraw its markers (outlines, live updates) between finding the
  // pin and clicking it, and a locator finds it again where a handle would be detached
  const pin = page.locator(`#map .leaflet-marker-icon[data-places="${key}"]`).first();
  if (await pin.count()) {
    await pin.click();
    await page.waitForFunction(k => new URLSearchParams(location.search).get("place") === k, key);
    await page.waitForSelector("body[data-loaded=true]");
    await page.waitForFunction(() => document.querySelector("#count").textContent.match(/^\d/));
    const listed = await page.evaluate(() => window.__tarikh.events);
    const expected = (await allEvents({ place: key })).length;
    assert(expected > 0, `no events at ${key}`);
  }
  await page.close();
});

await check("the entity filter (type-ahead in Arabic) narrows the axis, the map and the list", async () => {
  const page = await open("");
  const before = await page.evaluate(() => window.__tarikh.events);
  await page.fill("#f-entity", "الموصل");
  await page.waitForSelector("#f-entity-list li", { timeout: 10000 });
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => new URLSearchParams(location.search).get("entity"));
  await page.waitForSelector("body[data-loaded=true]");
  await page.waitForFunction(() => !document.querySelector("#count").textContent.includes("…"));
  const key = await page.evaluate(() => new URLSearchParams(location.search).get("entity"));
  const expected = await allEvents({ entity: key });
  const after = await page.evaluate(() => window.__tarikh.events);
  assert(expected.length > 0 && after === expected.length, `entity ${key}: page shows ${after}, API has ${expected.length}`);
  assert(after < before, `the filter did not narrow (${before} → ${after})`);
  const ids = new Set(expected.map(e => e.id));
  const drawn = await marks(page);
  assert(drawn.every(m => ids.has(m.id)), "the axis shows events the filter leaves out");
  const listed = await rows(page);
  assert(listed.length > 0 && listed.every(id => ids.has(id)), "the list shows events the filter leaves out");
  const pinPlaces = await page.$$eval("#map .leaflet-marker-icon[data-places]", ps => ps.map(p => p.dataset.places.split(" ")).flat());
  const allowed = new Set(expected.flatMap(e => [e.place && e.place.key, ...(e.entities || []).map(x => x.key)]).filter(Boolean));
  assert(pinPlaces.every(k => allowed.has(k)), "the map shows places of events the filter leaves out");
  const chip = await page.textContent("#chips");
  assert(chip.length > 0, "no chip names the active filter");
  await page.close();
});

await check("the URL restores the whole view: filters, zoom, time range and the selected event", async () => {
  const page = await open("article=" + config.sample);
  await page.focus("#list .list");
  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowDown");
  // zoom with the wheel over the axis and brush a range on the date scale
  const box = await page.$eval("#axis svg", s => { const r = s.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height }; });
  await page.mouse.move(box.x + box.w / 2, box.y + 120);
  await page.mouse.wheel(0, -300);
  await page.waitForTimeout(400);
  await page.mouse.move(box.x + box.w * 0.2, box.y + 12);
  await page.mouse.down();
  await page.mouse.move(box.x + box.w * 0.8, box.y + 12, { steps: 5 });
  await page.mouse.up();
  await page.waitForTimeout(300);
  const url = page.url();
  const p = new URL(url).searchParams;
  assert(p.get("article") === config.sample && p.get("t0") && p.get("b0") && p.get("event"), `the URL does not hold the view: ${url}`);
  const state = await page.evaluate(() => ({ view: document.querySelector("#axis").dataset.visible, panel: document.querySelector("#panel").dataset.id,
    brushChip: !!document.querySelector(".brush-chip"), rows: [...document.querySelectorAll("#list .row")].length }));
  const again = await context.newPage();
  await again.goto(url);
  await again.waitForSelector("body[data-loaded=true]");
  const restored = await again.evaluate(() => ({ view: document.querySelector("#axis").dataset.visible, panel: document.querySelector("#panel").dataset.id,
    brushChip: !!document.querySelector(".brush-chip"), rows: [...document.querySelectorAll("#list .row")].length }));
  assert(JSON.stringify(restored) === JSON.stringify(state), `restored ${JSON.stringify(restored)} != ${JSON.stringify(state)}`);
  const [a0, a1] = await view(again);
  assert(a0 === Date.parse(p.get("t0")) && a1 === Date.parse(p.get("t1")), "the zoom was not restored");
  await again.close();
  await page.close();
});

await check("Arabic: the interface right to left, the axis mirrored, Arabic and mixed sentences in their own direction", async () => {
  const page = await open("", { lang: "ar" });
  assert(await page.evaluate(() => document.documentElement.dir === "rtl" && document.documentElement.lang === "ar"), "the page is not rtl");
  const label = await page.textContent("label[for=f-entity]");
  assert(/[\u0600-\u06FF]/.test(label), `the labels are not Arabic: ${label}`);
  const ms = (await marks(page)).sort((a, b) => a.t0 - b.t0);
  if (ms.length > 1) assert(ms[0].cx > ms[ms.length - 1].cx, "time does not run right to left in Arabic");
  // an event reported in Arabic: its sentence reads right to left, figures keep their order
  const arabicEvent = (await allEvents({ article: config.arabic })).find(e => (e.sources || []).some(s => s.lang === "ar"));
  assert(arabicEvent, "no event has an Arabic source");
  await page.goto(`${BASE}/?article=${config.arabic}&event=${arabicEvent.id}`);
  await page.waitForSelector("body[data-loaded=true]");
  await page.waitForSelector("#panel .sentence");
  const dirs = await page.$$eval("#panel .sentence", qs => qs.map(q => ({ lang: q.lang, dir: getComputedStyle(q).direction, text: q.textContent })));
  const ar = dirs.find(d => d.lang === "ar");
  assert(ar && ar.dir === "rtl", `the Arabic sentence is laid out ${ar && ar.dir}`);
  const en = dirs.find(d => d.lang === "en");
  if (en) assert(en.dir === "ltr", "an English sentence inside the Arabic page is not left to right");
  // the spans arrive with the article (GET /api/articles/{id}), however long that takes on a loaded machine
  await page.waitForSelector("#panel .sentence mark", { timeout: 15000 }).catch(() => {});
  const marksIn = await page.$$eval("#panel .sentence mark", ms => ms.map(m => m.className + ":" + m.textContent));
  assert(marksIn.length > 0, "no entity or date is marked in the sentences");
  await page.screenshot({ path: join(out, "event-ar.png"), fullPage: true });
  await page.close();
});

await check("hostile article text is shown as inert text: no script runs, no element is made from it", async () => {
  const events = await allEvents({ article: config.hostile });
  const page = await open("article=" + config.hostile);
  const article = await api("/api/articles/" + config.hostile);
  assert(article.segments.some(s => s.text.includes("<script>") || s.text.includes("<img")), "the stored article lost its markup: nothing to test");
  if (events.length) {
    await page.click(`#list .row[data-id="${events[0].id}"]`);
    await page.waitForSelector("#panel .sentence");
    await page.waitForTimeout(500);
  }
  const found = await page.evaluate(() => ({
    pwned: window.__pwned, scripts: document.scripts.length,
    imgs: document.querySelectorAll("#panel img, #list img, #axis img, #map img, #chips img").length,
    bold: document.querySelectorAll("#panel b").length,
    text: document.querySelector("#panel").textContent,
  }));
  assert(found.pwned === undefined, `markup from the article ran: window.__pwned = ${found.pwned}`);
  assert(found.scripts === 1 && found.imgs === 0 && found.bold === 0, `elements were made from article text: ${JSON.stringify(found)}`);
  if (events.length) assert(/<img src=x onerror|<script>|<b onmouseover/.test(found.text), "the markup is not shown as text");
  await page.screenshot({ path: join(out, "hostile.png"), fullPage: true });
  await page.close();
});

await check("the keyboard reaches and walks the events; the list's month headings agree with their dates", async () => {
  const page = await open("");
  await page.focus("#list .list");
  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowDown");
  const selected = await page.evaluate(() => document.querySelector("#panel").dataset.id);
  assert(selected, "arrow keys in the list select no event");
  const active = await page.evaluate(() => document.querySelector("#list .list").getAttribute("aria-activedescendant"));
  assert(active === "ev-" + selected, "the listbox does not point at the selected option");
  assert((await page.textContent("#announce")).length > 0, "the selection is not announced");
  await page.focus("#axis svg");
  await page.keyboard.press("n");
  const next = await page.evaluate(() => document.querySelector("#panel").dataset.id);
  assert(next && next !== selected, "N on the axis does not move to the next event");
  const bad = await page.evaluate(() => {
    const out = [];
    let head = null;
    for (const n of [...document.querySelectorAll("#list .list-head, #list .row")].sort((a, b) =>
      a.getBoundingClientRect().y - b.getBoundingClientRect().y)) {
      if (n.classList.contains("list-head")) head = n.dataset.period;
      else if (head && n.dataset.period !== head) out.push(`${n.dataset.date} under ${head}`);
    }
    return out;
  });
  assert(!bad.length, `rows under another month's heading: ${bad}`);
  await page.screenshot({ path: join(out, "all-en.png") });
  const heads = await page.$$eval("#list .list-head", hs => hs.map(h => h.dataset.period));
  assert(new Set(heads).size === heads.length, `a heading shown twice: ${heads}`);
  await page.close();
});

await check("live: a new article's events appear without reload, keeping the zoom and the selection", async () => {
  const page = await open("");
  await page.waitForSelector("#live.on", { timeout: 15000 });
  const first = await page.evaluate(() => [...document.querySelectorAll("#list .row")][0]?.dataset.id);
  if (first) await page.click(`#list .row[data-id="${first}"]`);
  await page.focus("#axis svg");
  await page.keyboard.press("-");
  await page.waitForTimeout(400);
  const before = { url: page.url(), n: await page.evaluate(() => window.__tarikh.live || 0) };
  const r = await fetch(config.parser + "/api/articles?publishedAt=2023-03-25&source=Live%20Wire&title=Live", {
    method: "POST", headers: { "Content-Type": "text/plain; charset=utf-8" },
    body: `On March 24, 2023, a roadside bomb hit a convoy near Tikrit, killing four soldiers (${Date.now()}).`,
  });
  assert(r.status === 202, `posting the live article: ${r.status}`);
  // created, or merged into an event already shown (a rerun on the same database): either arrives on the stream
  await page.waitForFunction(n => (window.__tarikh.live || 0) > n, before.n, { timeout: 60000 });
  const arrived = await page.evaluate(() => window.__tarikh.lastLive);
  assert(await page.evaluate(id => window.__tarikh.state().ids.includes(id), arrived), `event ${arrived} from the stream is not on the page`);
  const after = page.url();
  const keep = u => { const p = new URL(u).searchParams; return [p.get("t0"), p.get("t1"), p.get("event")].join("|"); };
  assert(keep(after) === keep(before.url), `the view moved: ${before.url} → ${after}`);
  assert(await page.evaluate(id => document.querySelector("#panel").dataset.id === id, first || ""), "the selection was lost");
  await page.close();
});

await check("an event many outlets reported: how many, where their figures differ, its sources a page at a time", async () => {
  const page = await open("place=" + encodeURIComponent(config.reportedPlace));
  await page.click("#list .row");
  await page.waitForSelector("#panel .source");
  const counts = await page.textContent("#panel .counts");
  for (const part of [`${config.reports} sources`, `${config.reports} articles`, `${config.reports} outlets`]) {
    assert(counts.includes(part), `the panel says '${counts}', not ${part}`);
  }
  assert(/⚠/.test(await page.textContent("#panel .panel-figures")), "the panel does not say the figures differ");
  const table = await page.$$eval("#panel table.differences tbody tr", rs => rs.map(r => r.textContent));
  assert(table.length >= 2, `the table of differing figures has ${table.length} rows`);
  const first = await page.$$eval("#panel .source", s => s.length);
  assert(first === 10, `the panel shows ${first} sources before "More"`);
  await page.click("#panel button.more");
  await page.waitForFunction(n => document.querySelectorAll("#panel .source").length === n, config.reports);
  assert(await page.$eval("#panel button.more", b => b.hidden), "'More sources' still offered after the last");
  await page.screenshot({ path: join(out, "many-reports.png") });
  await page.close();
});

// ---- 5,000 events: first paint and interaction times ----
await check(`${config.storyEvents} events stay interactive: aggregated by zoom, a virtual list; timings measured`, async () => {
  const page = await context.newPage();
  page.on("pageerror", e => consoleLines.push(`[pageerror] ${e.message}`));
  await page.addInitScript(() => localStorage.setItem("tarikh.lang", "en"));
  const t0 = Date.now();
  await page.goto(`${BASE}/?entity=${encodeURIComponent(config.storyEntity)}`);
  await page.waitForSelector("#axis g.bin, #axis g.mark", { timeout: 60000 });
  const visibleAfter = Date.now() - t0;
  await page.waitForSelector("body[data-loaded=true]", { timeout: 120000 });
  const loadedAfter = Date.now() - t0;
  const m = await page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0];
    const paint = performance.getEntriesByName("first-contentful-paint")[0];
    return { firstContentfulPaint: paint && paint.startTime, firstEvents: window.__tarikh.firstEvents, allLoaded: window.__tarikh.loaded,
      events: window.__tarikh.events, pages: window.__tarikh.pages, domContentLoaded: nav.domContentLoadedEventEnd };
  });
  assert(m.events === config.storyEvents, `loaded ${m.events} of ${config.storyEvents}`);
  assert(await page.$eval("#axis", a => a.dataset.mode) === "bins", "5,000 events are not aggregated");
  const counted = await page.$$eval("#axis g.bin", bs => bs.reduce((n, b) => n + +b.dataset.count, 0));
  assert(counted === config.storyEvents, `the bins count ${counted} events`);
  const rendered = await page.$$eval("#list .row", rs => rs.length);
  assert(rendered < 60, `the list put ${rendered} rows in the document`);
  // interaction: each from the input to the frame that shows its result
  const frame = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  const box = await page.$eval("#axis svg", s => { const r = s.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width }; });
  const timed = async (name, act, settle) => {
    const start = await page.evaluate(() => performance.now());
    await act();
    const end = await page.evaluate(async f => { await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))); return performance.now(); }, null);
    timings[name] = +(end - start).toFixed(1);
  };
  const wheel = async dy => page.evaluate(([x, y, d]) => {
    document.querySelector("#axis svg").dispatchEvent(new WheelEvent("wheel", { clientX: x, clientY: y, deltaY: d, bubbles: true, cancelable: true }));
  }, [box.x + box.w / 2, box.y + 120, dy]);
  await timed("zoomInOneStep", () => wheel(-500));
  await timed("zoomOutOneStep", () => wheel(500));
  await timed("panByKeyboard", () => page.focus("#axis svg").then(() => page.keyboard.press("ArrowLeft")));
  await timed("brushTimeRange", async () => {
    await page.mouse.move(box.x + box.w * 0.3, box.y + 12);
    await page.mouse.down();
    await page.mouse.move(box.x + box.w * 0.6, box.y + 12, { steps: 2 });
    await page.mouse.up();
  });
  await timed("selectNextEventInList", () => page.focus("#list .list").then(() => page.keyboard.press("ArrowDown")));
  await timed("scrollListFarDown", () => page.$eval("#list .list", l => { l.scrollTop = l.scrollHeight / 2; }));
  // zoom into the busy day: 60 events stacked and counted
  const busy = Date.parse(config.storyBusyDay);
  await timed("zoomToOneDay", () => page.evaluate(([a, b]) => {
    const u = new URL(location.href); u.searchParams.set("t0", new Date(a).toISOString()); u.searchParams.set("t1", new Date(b).toISOString());
    history.replaceState(null, "", u); window.dispatchEvent(new PopStateEvent("popstate"));
  }, [busy - 6 * 3600000, busy + 30 * 3600000]));
  await page.screenshot({ path: join(out, "busy-day.png") });
  const dayDrawn = await page.evaluate(() => ({ marks: document.querySelectorAll("#axis g.mark").length,
    more: [...document.querySelectorAll("#axis g.more, #axis g.bin")].reduce((n, g) => n + +g.dataset.count, 0) }));
  assert(dayDrawn.marks + dayDrawn.more >= config.storyBusyDayEvents, `the busy day shows ${JSON.stringify(dayDrawn)}`);
  await page.goto(`${BASE}/?entity=${encodeURIComponent(config.storyEntity)}`);
  await page.waitForSelector("body[data-loaded=true]", { timeout: 120000 });
  await page.screenshot({ path: join(out, "story-5000.png") });
  Object.assign(timings, { navigationToFirstEventsMs: visibleAfter, navigationToAllLoadedMs: loadedAfter,
    firstContentfulPaintMs: m.firstContentfulPaint && +m.firstContentfulPaint.toFixed(1),
    firstEventsDrawnMs: +m.firstEvents.toFixed(1), allEventsDrawnMs: +m.allLoaded.toFixed(1), pages: m.pages,
    busyDay: dayDrawn });
  await page.close();
});

await check("nothing was fetched from anywhere but the service, and no script error was reported", async () => {
  assert(!foreign.length, `requests to other hosts: ${foreign.slice(0, 5)}`);
  const errors = consoleLines.filter(l => l.startsWith("[pageerror]"));
  assert(!errors.length, errors.join("\n"));
});

await browser.close();
writeFileSync(join(out, "timings.json"), JSON.stringify({ events: config.storyEvents, storyStoredMs: config.storyStoredMs, ...timings,
  loadAverage: readFileSync("/proc/loadavg", "utf8").trim() }, null, 2));
writeFileSync(join(out, "console.log"), consoleLines.join("\n"));
console.log("timings:", JSON.stringify(timings));
const failed = results.filter(r => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
