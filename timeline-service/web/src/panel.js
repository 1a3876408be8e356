// The event panel: what happened, how many reported it, where their figures differ, and each reporting sentence with
// its entities and dates marked, its article, outlet, publication date and language. Sources come a page at a time.
import { el, ltr } from "./dom.js";
import { t, ui, day, utc, eventDate, typeName } from "./i18n.js";
import { glyphSvg } from "./list.js";

const PAGE = 10;

function count(n, atLeast, word) {
  if (n == null) return null;
  return el("span", { class: "fig" }, ltr((atLeast ? "≥" : "") + n), " ", word);
}

/** "≥3 killed · 40 injured", with "⚠" when the sources disagree (not by colour alone). */
export function figures(e) {
  const k = count(e.killed, e.killedAtLeast, t("killed")), i = count(e.injured, e.injuredAtLeast, t("injured"));
  if (!k && !i) return null;
  return el("span", { class: "figures" }, k, k && i ? " · " : null, i,
    e.figuresDiffer ? el("span", { class: "differ", title: t("differ"), text: " ⚠" }) : null);
}

const articles = new Map(); // articleId -> Promise of the article with its segments and spans
function article(id) {
  if (!articles.has(id)) {
    if (articles.size > 200) articles.delete(articles.keys().next().value);
    articles.set(id, fetch("/api/articles/" + encodeURIComponent(id), { headers: { Accept: "application/json" } })
      .then(r => (r.ok ? r.json() : null)).catch(() => null));
  }
  return articles.get(id);
}

/** The sentence as text nodes, with <mark>s over the entity and date spans found in it (offsets in the segment). */
export function markedSentence(text, spans) {
  const out = [];
  let at = 0;
  for (const s of spans.sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (s.start < at || s.end > text.length || s.end <= s.start) continue; // overlapping or outside: left unmarked
    if (s.start > at) out.push(document.createTextNode(text.slice(at, s.start)));
    out.push(el("mark", { class: s.kind, dataset: { type: s.type || "" }, title: s.title, text: text.slice(s.start, s.end) }));
    at = s.end;
  }
  if (at < text.length) out.push(document.createTextNode(text.slice(at)));
  return out;
}

async function spansOf(source) {
  const a = await article(source.articleId);
  const seg = a && (a.segments || []).find(s => s.id === source.segmentId);
  if (!seg) return null;
  const from = source.sentenceStart ?? 0, to = source.sentenceEnd ?? seg.text.length;
  const sentence = seg.text.slice(from, to);
  if (source.text && !source.textCut && sentence !== source.text) return null; // offsets that do not match: show the plain sentence
  const inside = x => x.start >= from && x.end <= to;
  return {
    text: sentence, article: a,
    spans: [
      ...(seg.mentions || []).filter(inside).map(m => ({ kind: "m-entity", type: m.type, start: m.start - from, end: m.end - from, title: `${m.type} · ${m.key || ""}` })),
      ...(seg.timexes || []).filter(inside).map(x => ({ kind: "m-date", type: "DATE", start: x.start - from, end: x.end - from, title: x.value })),
    ],
  };
}

function langName(code) { return code === "ar" || code === "en" ? t(code) : code || ""; }

function sourceItem(s, e) {
  const quote = el("blockquote", { class: "sentence", dir: "auto", lang: s.lang || "", text: s.text || t("sourceMissing") });
  spansOf(s).then(found => { if (found) quote.replaceChildren(...markedSentence(found.text, found.spans)); });
  const meta = el("div", { class: "meta" });
  const add = (label, node) => { if (node) meta.append(el("span", { class: "meta-part" }, el("span", { class: "meta-label", text: label + ": " }), node)); };
  add(t("article"), el("a", { href: "/api/articles/" + encodeURIComponent(s.articleId), dir: "auto", class: "title",
    text: s.articleTitle || s.articleId, target: "_blank", rel: "noopener" }));
  add(t("outlet"), s.publisher ? el("bdi", { dir: "auto", text: s.publisher }) : null);
  add(t("published"), s.publishedAt ? el("bdi", { text: day(utc(s.publishedAt)) }) : null);
  add(t("language"), s.lang ? el("span", { text: langName(s.lang) }) : null);
  const own = [];
  if (s.date && s.date !== e.date) own.push(el("bdi", { dir: "ltr", text: s.date }));
  const f = figures({ killed: s.killed, killedAtLeast: s.killedAtLeast, injured: s.injured, injuredAtLeast: s.injuredAtLeast });
  if (f) own.push(f);
  return el("li", { class: "source", dataset: { article: s.articleId } },
    quote, meta,
    own.length ? el("div", { class: "own" }, ...own.flatMap((n, i) => (i ? [" · ", n] : [n]))) : null,
    el("button", { type: "button", class: "link", text: t("onlyArticle"), onclick: () => panel.onFilter("article", s.articleId) }),
    s.joinedBecause ? el("details", { class: "why" }, el("summary", { text: t("joined") }), el("p", { dir: "ltr", text: s.joinedBecause })) : null);
}

/** Where the sources' figures differ: each outlet's own numbers side by side. */
function differences(e, sources) {
  const rows = sources.filter(s => s.killed != null || s.injured != null);
  if (!e.figuresDiffer || rows.length < 2) return null;
  return el("table", { class: "differences" },
    el("caption", { text: "⚠ " + t("figures") }),
    el("thead", {}, el("tr", {}, el("th", { text: t("outlet") }), el("th", { text: t("killed") }), el("th", { text: t("injured") }))),
    el("tbody", {}, rows.map(s => el("tr", {},
      el("td", { dir: "auto", text: s.publisher || s.articleTitle || s.articleId }),
      el("td", {}, s.killed != null ? ltr((s.killedAtLeast ? "≥" : "") + s.killed) : "–"),
      el("td", {}, s.injured != null ? ltr((s.injuredAtLeast ? "≥" : "") + s.injured) : "–")))));
}

export const panel = { onFilter: () => {}, onClose: () => {} };

export function showEvent(root, e) {
  if (!e) {
    root.replaceChildren(el("p", { class: "hint", text: t("selectHint") }));
    root.dataset.id = "";
    return;
  }
  root.dataset.id = e.id;
  const name = x => (ui === "ar" && x.nameAr ? x.nameAr : x.name || x.key);
  const sources = el("ol", { class: "sources" });
  const total = e.sourceCount ?? (e.sources || []).length;
  const articlesN = e.articleCount ?? new Set((e.sources || []).map(s => s.articleId)).size;
  const outletsN = e.outletCount ?? new Set((e.sources || []).map(s => s.publisher).filter(Boolean)).size;
  const langs = e.langs || [...new Set((e.sources || []).map(s => s.lang).filter(Boolean))];
  const more = el("button", { type: "button", class: "more", text: t("more"), hidden: true });
  const diff = el("div");
  const loaded = [];

  // Sources a page at a time, whole and with their article: from GET /api/events/{id}/sources (the event carries
  // its representatives cut short); from the event's own list when that fails.
  let cursor = null, fromEvent = 0, remote = total > 0;
  async function page() {
    more.disabled = true;
    let batch = [];
    if (remote && (cursor || fromEvent === 0)) {
      const p = new URLSearchParams({ limit: String(PAGE) });
      if (cursor) p.set("cursor", cursor);
      try {
        const r = await fetch(`/api/events/${e.id}/sources?${p}`, { headers: { Accept: "application/json" } });
        if (r.ok) { const body = await r.json(); batch = body.sources || []; cursor = body.next || null; fromEvent = -1; }
        else remote = false;
      } catch { remote = false; }
    }
    if (!remote && fromEvent >= 0) { batch = (e.sources || []).slice(fromEvent, fromEvent + PAGE); fromEvent += batch.length; }
    for (const s of batch) { sources.append(sourceItem(s, e)); loaded.push(s); }
    more.hidden = remote ? !cursor : fromEvent >= (e.sources || []).length;
    more.disabled = false;
    diff.replaceChildren(...[differences(e, loaded.length ? loaded : e.sources || [])].filter(Boolean));
  }
  more.onclick = page;

  const byRole = {};
  for (const x of e.entities || []) (byRole[x.role || "MENTIONED"] ||= []).push(x);
  root.replaceChildren(
    el("div", { class: "panel-head" },
      glyphSvg(e.type, e._uncertain),
      el("span", { class: "type", text: typeName(e.type) }),
      el("span", { class: "when" + (e._uncertain ? " uncertain" : ""), text: eventDate(e) }),
      e._uncertain ? null : el("span", { class: "badge", text: e.precision }),
      el("button", { type: "button", class: "close", "aria-label": t("close"), text: "×", onclick: () => panel.onClose() })),
    el("h2", { dir: "auto", id: "panel-title", tabindex: -1, text: e.summary || typeName(e.type) }),
    el("p", { class: "panel-figures" }, figures(e), e.figuresDiffer ? el("span", { class: "differ-text", text: " ⚠ " + t("differ") }) : null),
    el("p", { class: "counts" }, t("sources")(total), " · ", t("articles")(articlesN), " · ", t("outlets")(outletsN),
      langs.length ? " · " + langs.map(langName).join(", ") : ""),
    el("div", { class: "chips" }, Object.entries(byRole).flatMap(([role, xs]) => xs.map(x =>
      el("button", { type: "button", class: "chip", dataset: { role, key: x.key }, dir: "auto", title: `${role} · ${x.key}`,
        onclick: () => panel.onFilter(role === "PLACE" ? "place" : "entity", x.key, name(x)) },
      name(x))))),
    diff,
    sources, more);
  page();
}
