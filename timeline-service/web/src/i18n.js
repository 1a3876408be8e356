// Interface words in English and Arabic, and dates written in either. Article text is never translated.
const WORDS = {
  en: {
    title: "Tarikh", tagline: "What happened, when, where and to whom — and who says so.", toggle: "العربية",
    entity: "Who / what", place: "Where", type: "Type", from: "From", to: "To", lang: "Reported in",
    article: "Article", q: "Words", precision: "Dated at least to", any: "any", clear: "Clear filters",
    live: "live", offline: "not live", loading: "Loading…", none: "No events match these filters.",
    failed: "The chronology could not be loaded", events: n => `${fmtN(n)} ${n === 1 ? "event" : "events"}`,
    ofLoaded: (n, m) => `${fmtN(n)} of ${fmtN(m)} events`, loadingMore: n => `loading… ${fmtN(n)} so far`,
    capped: n => `showing the first ${fmtN(n)}: narrow the filters to see the rest`,
    killed: "killed", injured: "injured", differ: "sources give different figures",
    sources: n => `${fmtN(n)} ${n === 1 ? "source" : "sources"}`, articles: n => `${fmtN(n)} ${n === 1 ? "article" : "articles"}`,
    outlets: n => `${fmtN(n)} ${n === 1 ? "outlet" : "outlets"}`, more: "More sources", joined: "joined because",
    close: "Close", selectHint: "Select an event on the axis, in the list or on the map to read its sources.",
    brushed: "Time range", clearBrush: "Clear time range", brushHint: "Drag along the date scale to select a time range",
    axisLabel: "Time axis. Arrow keys pan, plus and minus zoom, N and P select the next or previous event, Home shows all.",
    listLabel: "Events in date order", mapLabel: "Map of the events' places", fit: "Show all", zoomIn: "Zoom in", zoomOut: "Zoom out",
    onOrBefore: "on or before", weekOf: "week of", export: "Export", figures: "Figures by source", outlet: "Outlet",
    published: "Published", language: "Language", onlyArticle: "only this article", filterPlace: "Filter by this place",
    places: n => `${fmtN(n)} ${n === 1 ? "place" : "places"}`, suggestions: "Suggestions", remove: "Remove filter",
    legendNone: "hollow, dashed: no date in the text, reported on or before the publication day",
    legendSpan: "width: how exactly it is dated (a day, a week, a month…)", unknown: "undated",
    moreEvents: n => `+${fmtN(n)} more`, clusterOf: n => `${fmtN(n)} events: zoom in`, noPlace: "No event here has coordinates.",
    withoutPlace: n => `${fmtN(n)} without coordinates`, sourceMissing: "(sentence not available)",
    typeNames: {}, ar: "Arabic", en: "English", eventPanel: "Event and its sources",
  },
  ar: {
    title: "تاريخ", tagline: "ماذا حدث، ومتى، وأين، ولمن — ومن يقول ذلك.", toggle: "English",
    entity: "من / ماذا", place: "أين", type: "النوع", from: "من تاريخ", to: "إلى تاريخ", lang: "لغة المصدر",
    article: "المقال", q: "كلمات", precision: "دقة التاريخ على الأقل", any: "الكل", clear: "امسح المرشحات",
    live: "مباشر", offline: "غير متصل", loading: "جارٍ التحميل…", none: "لا أحداث تطابق هذه المرشحات.",
    failed: "تعذّر تحميل التسلسل الزمني", events: n => `${fmtN(n)} ${n === 1 ? "حدث" : "أحداث"}`,
    ofLoaded: (n, m) => `${fmtN(n)} من ${fmtN(m)} حدثًا`, loadingMore: n => `جارٍ التحميل… ${fmtN(n)} حتى الآن`,
    capped: n => `تُعرض أول ${fmtN(n)} فقط: ضيّق المرشحات لرؤية البقية`,
    killed: "قتيل", injured: "جريح", differ: "المصادر تختلف في الأرقام",
    sources: n => `${fmtN(n)} مصدر`, articles: n => `${fmtN(n)} مقال`, outlets: n => `${fmtN(n)} وسيلة إعلام`,
    more: "مزيد من المصادر", joined: "دُمج لأن", close: "إغلاق",
    selectHint: "اختر حدثًا على المحور أو في القائمة أو على الخريطة لقراءة مصادره.",
    brushed: "المدة", clearBrush: "امسح المدة", brushHint: "اسحب على شريط التواريخ لاختيار مدة",
    axisLabel: "محور الزمن. الأسهم للتحريك، و+ و- للتكبير والتصغير، وN وP للحدث التالي أو السابق، وHome لعرض الكل.",
    listLabel: "الأحداث بترتيب التاريخ", mapLabel: "خريطة أماكن الأحداث", fit: "اعرض الكل", zoomIn: "كبّر", zoomOut: "صغّر",
    onOrBefore: "في أو قبل", weekOf: "أسبوع", export: "تصدير", figures: "الأرقام حسب المصدر", outlet: "الوسيلة",
    published: "تاريخ النشر", language: "اللغة", onlyArticle: "هذا المقال فقط", filterPlace: "رشّح بهذا المكان",
    places: n => `${fmtN(n)} مكان`, suggestions: "اقتراحات", remove: "أزل المرشح",
    legendNone: "مفرغ ومتقطع: لا تاريخ في النص، نُشر في هذا اليوم أو قبله",
    legendSpan: "العرض: دقة التاريخ (يوم، أسبوع، شهر…)", unknown: "غير مؤرخ",
    moreEvents: n => `+${fmtN(n)}`, clusterOf: n => `${fmtN(n)} حدثًا: كبّر`, noPlace: "لا إحداثيات لأي حدث هنا.",
    withoutPlace: n => `${fmtN(n)} بلا إحداثيات`, sourceMissing: "(الجملة غير متاحة)",
    typeNames: { ATTACK: "هجوم", KILLING: "قتل", INJURY: "إصابة", STATEMENT: "تصريح", CONDEMNATION: "إدانة",
      CLAIM: "تبنٍّ", MEETING: "اجتماع", WITHDRAWAL: "انسحاب", AGREEMENT: "اتفاق", ARREST: "اعتقال", PROTEST: "احتجاج" },
    ar: "العربية", en: "الإنجليزية", eventPanel: "الحدث ومصادره",
  },
};

export let ui = "en";
export function setUi(lang) { ui = lang === "ar" ? "ar" : "en"; }
export const t = key => WORDS[ui][key];
export const typeName = type => WORDS[ui].typeNames[type] || type.charAt(0) + type.slice(1).toLowerCase();
export const locale = () => (ui === "ar" ? "ar-u-nu-latn" : "en-GB");

function fmtN(n) { return Number(n).toLocaleString(ui === "ar" ? "ar-u-nu-latn" : "en-GB"); }

const formats = new Map();
export function fmt(date, options) {
  const key = ui + JSON.stringify(options);
  if (!formats.has(key)) formats.set(key, new Intl.DateTimeFormat(locale(), { timeZone: "UTC", ...options }));
  return formats.get(key).format(date);
}

export const day = d => fmt(d, { day: "numeric", month: "short", year: "numeric" });

/** "2024-01-28" or "2024-01" as a UTC Date (the first instant it names). */
export function utc(iso) {
  const [y, m = 1, d = 1] = iso.slice(0, 10).split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** The event's date as a person says it, at the precision it is known to. */
export function eventDate(e) {
  const first = utc(e.earliest || e.date), last = utc(e.latest || e.earliest || e.date);
  if (e.precision === "NONE" || e.dateBasis === "PUBLICATION") return `${t("onOrBefore")} ${day(last)}`;
  switch (e.precision) {
    case "TIME": {
      const m = /T(\d\d):(\d\d)/.exec(e.date);
      return m ? `${day(first)} ${m[1]}:${m[2]}` : day(first);
    }
    case "DAY": return day(first);
    case "WEEK": return `${t("weekOf")} ${day(first)} – ${day(last)}`;
    case "MONTH": return fmt(first, { month: "long", year: "numeric" });
    case "YEAR": return first.getUTCMonth() === 0 && last.getUTCMonth() === 11 ? String(first.getUTCFullYear())
      : `${fmt(first, { month: "short", year: "numeric" })} – ${fmt(last, { month: "short", year: "numeric" })}`;
    case "DECADE": return `${first.getUTCFullYear()}s`;
    default: return `${fmt(first, { month: "short", year: "numeric" })} – ${fmt(last, { month: "short", year: "numeric" })}`;
  }
}
