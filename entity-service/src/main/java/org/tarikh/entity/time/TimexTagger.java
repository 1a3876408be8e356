package org.tarikh.entity.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.tarikh.entity.document.Document;
import org.tarikh.entity.text.TokenizedText;
import org.tarikh.entity.time.CalendarResolver.Parts;
import org.tarikh.entity.time.CalendarResolver.Tense;
import org.tarikh.entity.time.CalendarResolver.Value;
import org.tarikh.entity.time.TimeLexicon.Entry;
import org.tarikh.entity.time.TimeLexicon.Hit;
import org.tarikh.entity.time.TimeLexicon.Role;
import org.tarikh.entity.time.TimeText.Token;

/**
 * Temporal expressions of Arabic and English news, as a small grammar over tokens plus a resolver.
 * The text is folded and tokenized once; at each token the rules (calendar date, weekday, deictic word,
 * period, "ago", duration, year, decade, numeric date) try to match and the longest match wins; no regular
 * expressions, so the cost is linear in the text. See docs/time.md for the grammar and the values.
 */
public final class TimexTagger implements TemporalTagger {

    /** Days and months that name a historical event in its own year, when written without one (month * 100 + day). */
    private static final java.util.Map<Integer, Integer> NAMED_DATES = java.util.Map.of(911, 2001);

    /** The dual of a shift, after a definite dual unit (الأسبوعين الماضيين). */
    private static final java.util.Set<String> DUAL_SHIFTS = java.util.Set.of("الماضيين", "الاخيرين", "المنصرمين",
            "الفائتين", "المقبلين", "القادمين");

    /** "السنة ذاتها", "العام نفسه": the year already named. */
    private static final java.util.Set<String> SAME = java.util.Set.of("ذاتها", "ذاته", "نفسها", "نفسه");


    private final TimeLexicon lexicon;

    public TimexTagger() {
        this.lexicon = TimeLexicon.standard();
    }

    /** A text on its own: tokenized and split into sentences the way a document is, then tagged. */
    @Override
    public List<Timex> tag(String text, LocalDate reference, String lang) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return new Run(TimeText.of(TokenizedText.of(text)), reference, lang).tag();
    }

    /** The dates annotator: reads the document's tokens and sentences, made once for every annotator. */
    @Override
    public List<Timex> dates(Document document) {
        if (document.text().isEmpty()) {
            return List.of();
        }
        return new Run(TimeText.of(document.tokens()), document.publishedAt(), document.lang()).tag();
    }

    /** One matched expression: its timex, the tokens it covers, and its parts when a range may fill its year. */
    private record Found(Timex timex, int first, int end, Parts parts, String type) {
    }

    /** The result of one rule at one token: where it ends and what it found (a range finds two). */
    private record Match(int end, List<Found> found) {
        static Match of(int end, Found f) {
            return f == null ? null : new Match(end, List.of(f));
        }
    }

    private record MonthAt(int month, boolean hijri, boolean strict, boolean needsYear, int next) {
    }

    private record Num(int value, int next) {
    }

    private record YearAt(int year, boolean hijri, boolean marked, boolean worded, int next) {
    }

    private record Mod(String mod, int next) {
    }

    private final class Run {
        private final String text;
        private final TimeText view;
        private final List<Token> toks;
        private final int n;
        private final Hit[] hits;
        private final boolean[] looked;
        private final CalendarResolver resolver;
        private final boolean english;
        private final List<Found> out = new ArrayList<>();
        private int lastEnd = -1;

        Run(TimeText view, LocalDate reference, String lang) {
            this.text = view.original;
            this.view = view;
            this.toks = view.tokens;
            this.n = toks.size();
            this.hits = new Hit[n];
            this.looked = new boolean[n];
            this.resolver = new CalendarResolver(reference);
            this.english = lang != null ? lang.toLowerCase(java.util.Locale.ROOT).startsWith("en") : mostlyLatin();
        }

        /** Without a language, the script of most words decides (it matters only for month-first numeric dates). */
        private boolean mostlyLatin() {
            int latin = 0;
            for (Token t : toks) {
                if (t.kind() == TimeText.Kind.WORD) {
                    latin += t.arabic() ? -1 : 1;
                }
            }
            return latin > 0;
        }

        List<Timex> tag() {
            int i = 0;
            while (i < n) {
                Match m = matchAt(i);
                if (m == null) {
                    i++;
                    continue;
                }
                for (Found f : m.found()) {
                    add(f);
                }
                lastEnd = m.end();
                i = Math.max(m.end(), i + 1);
            }
            List<Timex> result = new ArrayList<>(out.size());
            for (Found f : out) {
                result.add(f.timex());
            }
            return result;
        }

        /** Adds a timex; a year-less month or day just before a range connector takes the year of this one. */
        private void add(Found f) {
            if (!out.isEmpty() && f.parts() != null && f.parts().year != null) {
                Found prev = out.get(out.size() - 1);
                Parts pp = prev.parts();
                if (pp != null && pp.year == null && pp.yearShift == null && pp.shift == null && pp.month > 0
                        && (f.first() == prev.end() + 1 && isRange(prev.end())
                                || f.first() == prev.end() && tok(f.first()).norm().charAt(0) == 'و'
                                        && hit(f.first()) != null && hit(f.first()).prefixLength() == 1)) {
                    Parts fill = new Parts();
                    fill.month = pp.month;
                    fill.day = pp.day;
                    fill.hijri = pp.hijri;
                    fill.mod = pp.mod;
                    fill.year = pp.month > f.parts().month && f.parts().month > 0 ? f.parts().year - 1 : f.parts().year;
                    Value v = resolver.calendar(fill);
                    if (v != null) {
                        Timex t = prev.timex();
                        out.set(out.size() - 1, new Found(new Timex(t.text(), t.start(), t.end(), v.value(), t.type(),
                                v.precision(), v.anchor(), t.mod()), prev.first(), prev.end(), fill, prev.type()));
                    }
                }
            }
            out.add(f);
        }

        private Match matchAt(int i) {
            Token t = toks.get(i);
            Match best = null;
            if (t.kind() == TimeText.Kind.NUMBER) {
                best = longer(best, numeric(i));
                best = longer(best, calendar(i));
                best = longer(best, year(i));
                best = longer(best, decade(i));
                best = longer(best, century(i));
                best = longer(best, ago(i));
                best = longer(best, bareDuration(i));
                best = longer(best, clock(i));
                best = longer(best, numericMonth(i));
                return withClockAfter(best);
            }
            if (t.kind() == TimeText.Kind.PUNCT) {
                return t.isPunct('\'') ? decade(i) : null;
            }
            if (hit(i) == null) {
                return t.norm().equals("q") ? quarter(i)
                        : t.norm().equals("noon") || t.norm().equals("midnight") ? clock(i)
                        : t.arabic() && t.norm().startsWith("ال") ? bareDuration(i) : null; // الأيام الثلاثة الماضية
            }
            best = longer(best, nthOf(i)); // before calendar: "الاثنين الثاني من الشهر المقبل" is no 2nd of the month
            best = longer(best, calendar(i));
            best = longer(best, monthPeriod(i));
            best = longer(best, deictic(i));
            best = longer(best, period(i));
            best = longer(best, year(i));
            best = longer(best, decade(i));
            best = longer(best, century(i));
            best = longer(best, ago(i));
            best = longer(best, duration(i));
            best = longer(best, bareDuration(i));
            best = longer(best, set(i));
            best = longer(best, quarter(i));
            best = longer(best, season(i));
            best = longer(best, monthByNumber(i));
            best = longer(best, clock(i));
            best = longer(best, arabicClock(i));
            return withClockAfter(best);
        }

        /** "Friday at 3:30 p.m.", "Jan. 5 at noon": a day followed by its clock time is one TIME. */
        private Match withClockAfter(Match m) {
            if (m == null || m.found().size() != 1 || !"DATE".equals(m.found().get(0).type())) {
                return m;
            }
            int k = m.end();
            if (k < n && punct(k, ',')) {
                k++;
            }
            int[] hm;
            if (k < n && !tok(k).arabic() && m.found().get(0).timex().value().length() == 10 && clockAt(k) != null
                    && (tok(k).norm().length() == 4 || k + 1 < n && punct(k + 1, ':'))) {
                hm = clockAt(k); // a dateline: "Wed Apr 29, 2009 5:41 pm BST", "May 26, 2009 20:21 UTC"
            } else if (k + 1 >= n || !tok(k).norm().equals("at") || tok(k).arabic()) {
                return m;
            } else {
                hm = clockAt(k + 1);
            }
            String v = m.found().get(0).timex().value();
            if (hm == null || v.length() < 10 || v.charAt(4) != '-' || v.charAt(7) != '-') {
                return m;
            }
            Found f = m.found().get(0);
            return Match.of(hm[2], found(f.first(), hm[2], clockValue(v.substring(0, 10), hm), null, null, "TIME"));
        }

        private Match longer(Match a, Match b) {
            if (b == null) {
                return a;
            }
            return a == null || b.end() > a.end() ? b : a;
        }

        // ---------------------------------------------------------------- token helpers

        private Token tok(int i) {
            return toks.get(i);
        }

        private Hit hit(int i) {
            if (i < 0 || i >= n) {
                return null;
            }
            if (!looked[i]) {
                hits[i] = lexicon.lookup(toks, i);
                looked[i] = true;
            }
            return hits[i];
        }

        private Entry one(int i) {
            Hit h = hit(i);
            return h == null ? null : h.single();
        }

        private Entry multi(int i) {
            Hit h = hit(i);
            return h == null ? null : h.multi();
        }

        private boolean role(int i, Role r) {
            Entry e = one(i);
            return e != null && e.has(r);
        }

        private boolean plain(int i) {
            Hit h = hit(i);
            return h != null && h.prefixLength() == 0;
        }

        private boolean adjacent(int i, int j) {
            return i >= 0 && j < n && tok(i).viewEnd() == tok(j).viewStart();
        }

        private boolean punct(int i, char c) {
            return i >= 0 && i < n && tok(i).isPunct(c);
        }

        private boolean isRange(int i) {
            return i >= 0 && i < n && (punct(i, '-') || role(i, Role.RANGE) && plain(i));
        }

        /** Original offset where token i starts, after any proclitic that was stripped. */
        private int startOf(int i) {
            Hit h = hit(i);
            Token t = tok(i);
            if (h == null || h.prefixLength() == 0) {
                return t.start();
            }
            return view.originalOffset(t.viewStart() + h.prefixLength());
        }

        private Found found(int first, int end, Value v, String mod, Parts parts) {
            return found(first, end, v, mod, parts, "DATE");
        }

        private Found found(int first, int end, Value v, String mod, Parts parts, String type) {
            if (v == null) {
                return null;
            }
            int s = startOf(first);
            int e = tok(end - 1).end();
            String value = v.value();
            if (mod != null && mod.length() == 2 && !tok(first).arabic() && value.length() == 10
                    && "MO MI AF EV NI".contains(mod)) {
                value = value + "T" + mod; // TIMEX3 part of day: "Friday afternoon" 2024-01-26TAF
            }
            return new Found(new Timex(text.substring(s, e), s, e, value, type, v.precision(), v.anchor(), mod),
                    first, end, parts, type);
        }

        // ---------------------------------------------------------------- tense

        /**
         * The tense a year-less date in tokens [first, end) is read in: the nearest tense cue of its sentence, looking
         * left first (the verb that governs a date usually precedes it), then right. English: will/would/should,
         * "is expected to", "until"/"by" just before the date → FUTURE; said/was/had and "-ed" forms → PAST. Arabic:
         * سوف، لن، من المقرر and سـ + an imperfect verb (سيزور، ستعقد) → FUTURE; the perfect of the common verbs of news
         * (قال، أعلنت، قتلوا), كان، لم → PAST. No cue: NONE, and the resolver takes the nearer date.
         */
        private Tense tenseAt(int first, int end) {
            boolean arabic = false;
            for (int j = first; j < end && !arabic; j++) {
                arabic = tok(j).arabic();
            }
            if (!arabic && first > 0 && (tok(first - 1).norm().equals("until") || tok(first - 1).norm().equals("till")
                    || tok(first - 1).norm().equals("by"))) {
                return Tense.FUTURE;
            }
            int sentence = tok(first).sentence();
            for (int j = first - 1, seen = 0; j >= 0 && seen < 16 && tok(j).sentence() == sentence; j--, seen++) {
                Tense t = tenseCue(j);
                if (t != null) {
                    return t;
                }
            }
            for (int j = end, seen = 0; j < n && seen < 10 && tok(j).sentence() == sentence
                    && !(tok(j).kind() == TimeText.Kind.PUNCT && "(-:\"".indexOf(tok(j).norm().charAt(0)) >= 0); j++, seen++) {
                // a dateline ("WASHINGTON, Jan 29 (Reuters) - …") or a quote after the date is no clause of it
                Tense t = tenseCue(j);
                if (t != null) {
                    return t;
                }
            }
            if (first > 1 && tok(first - 1).arabic() && role(first - 1, Role.OF) && role(first - 2, Role.AS_OF)) {
                return Tense.FUTURE; // "اعتبارا من السبت" with no tense of its own: as of the coming one
            }
            return Tense.NONE;
        }

        /** Whether tokens a and b lie in different sentences of the document. */
        private boolean sentenceBreak(int a, int b) {
            return a < 0 || b >= n || tok(a).sentence() != tok(b).sentence();
        }

        /** The tense token j signals, or null. */
        private Tense tenseCue(int j) {
            Token t = tok(j);
            if (t.kind() != TimeText.Kind.WORD) {
                return null;
            }
            Entry e = one(j);
            if (e != null && e.has(Role.FUTURE_CUE) && !(t.capitalized() && !t.arabic() && j > 0)) {
                return Tense.FUTURE;
            }
            String w = t.norm();
            if (t.arabic()) {
                Entry m = multi(j);
                if (e == null && m == null && futureVerb(w)) {
                    return Tense.FUTURE;
                }
                if (e != null && e.has(Role.SCHEDULED)) {
                    return pastAuxiliaryBefore(j) ? Tense.PAST : Tense.FUTURE;
                }
                return e != null && e.has(Role.PAST_CUE) || e == null && pastVerb(w) ? Tense.PAST : null;
            }
            if (w.equals("ll") && j > 0 && punct(j - 1, '\'') || w.equals("to") && j > 0 && role(j - 1, Role.TO_FUTURE)) {
                return Tense.FUTURE; // we'll; is expected to, plans to, is to
            }
            boolean pastForm = e != null && e.has(Role.PAST_CUE) || w.length() >= 5 && w.endsWith("ed")
                    && !t.capitalized() && !(j + 1 < n && tok(j + 1).norm().equals("to"))
                    && (e == null || !e.has(Role.TO_FUTURE));
            if (pastForm && j > 0 && one(j - 1) != null && one(j - 1).has(Role.PASSIVE_AUX)) {
                return null; // "will be held", "is expected", "has been closed": the auxiliary before it decides
            }
            return pastForm ? Tense.PAST : null;
        }

        /** كان/كانت within the three words before token j (كان الرئيس يزور…): the imperfect is a past habit. */
        private boolean pastAuxiliaryBefore(int j) {
            int sentence = tok(j).sentence();
            for (int k = j - 1; k >= 0 && k >= j - 3 && tok(k).sentence() == sentence; k--) {
                String w = tok(k).norm();
                int p = w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') ? 1 : 0;
                if (w.startsWith("كان", p)) {
                    return true;
                }
            }
            return false;
        }

        /** A perfect verb of the past list with its feminine, dual or plural ending: أعلنت، قتلوا، وصلا، وأكدت. */
        private boolean pastVerb(String w) {
            int p = w.length() > 4 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') ? 1 : 0;
            int cut = w.endsWith("وا") ? 2 : w.endsWith("ت") || w.endsWith("ا") ? 1 : 0;
            if (cut == 0 || w.length() - p - cut < 2) {
                return false;
            }
            Hit h = lexicon.lookupWord(w.substring(p, w.length() - cut));
            return h != null && h.single() != null && h.single().has(Role.PAST_CUE);
        }

        /** سـ + an imperfect verb (سيزور، ستعقد، سنعمل), after و/ف; not a noun that begins the same way (سيارة). */
        private boolean futureVerb(String w) {
            int p = w.length() > 5 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') ? 1 : 0;
            if (w.length() - p < 4 || w.charAt(p) != 'س' || "يتن".indexOf(w.charAt(p + 1)) < 0) {
                return false;
            }
            Hit h = lexicon.lookupWord(w.substring(p));
            return h == null || h.single() == null || !h.single().has(Role.NOT_FUTURE_VERB);
        }

        // ---------------------------------------------------------------- parts

        /** A day of month written as digits (4, 4th) — not glued to other digits or separators. */
        private Num dayNumber(int i) {
            return dayNumber(i, false);
        }

        /** @param rangeEnd the second day of "1-5 يناير", which the dash glues to the first */
        private Num dayNumber(int i, boolean rangeEnd) {
            if (i >= n || !tok(i).isNumber() || tok(i).norm().length() > 2 || !rangeEnd && gluedBefore(i)) {
                return null;
            }
            int d = tok(i).intValue();
            if (d < 1 || d > 31) {
                return null;
            }
            int next = i + 1;
            if (next < n && adjacent(i, next) && role(next, Role.ORDINAL_SUFFIX)) {
                next++;
            } else if (next < n && adjacent(i, next) && (punct(next, '/') || punct(next, '.') || punct(next, ':'))
                    && next + 1 < n && tok(next + 1).isNumber() && adjacent(next, next + 1)) {
                return null;
            }
            return new Num(d, next);
        }

        private boolean gluedBefore(int i) {
            if (i == 0 || !adjacent(i - 1, i)) {
                return false;
            }
            Token p = tok(i - 1);
            return p.isNumber() || p.kind() == TimeText.Kind.PUNCT && "/.:,-".indexOf(p.norm().charAt(0)) >= 0
                    && i >= 2 && tok(i - 2).isNumber() && adjacent(i - 2, i - 1);
        }

        /** An Arabic ordinal day word: السابع، الحادي عشر، الثاني والعشرين، الثلاثين. */
        private Num ordinalDay(int i) {
            Entry e = one(i);
            if (e == null || e.ordinal == 0) {
                return null;
            }
            int v = e.ordinal;
            if (v <= 10 && i + 1 < n) {
                Entry next = one(i + 1);
                String w = tok(i + 1).norm();
                if (v < 10 && plain(i + 1) && (w.equals("عشر") || w.equals("عشره"))) {
                    return new Num(v + 10, i + 2);
                }
                if (v < 10 && next != null && next.ordinalTens > 0 && w.charAt(0) == 'و'
                        && hit(i + 1).prefixLength() == 1) {
                    int d = v + next.ordinalTens;
                    return d <= 31 ? new Num(d, i + 2) : null;
                }
            }
            return e.ordinalCompoundOnly ? null : new Num(v, i + 1);
        }

        /** A month name, multi-word (كانون الثاني) or paired (أكتوبر/تشرين الأول, تموز (يوليو)). */
        private MonthAt month(int i) {
            if (i >= n) {
                return null;
            }
            Entry e = multi(i);
            if (e == null || e.month == 0) {
                e = one(i);
            }
            if (e == null || e.month == 0) {
                return null;
            }
            Token t = tok(i);
            if (!t.arabic() && !t.capitalized()) {
                return null;
            }
            boolean strict = e.strictMonth;
            // آب (August) and أب (father) fold together; the hamza spelling is never the month
            if (e.month == 8 && !e.hijri && e.tokens[0].equals("اب") && text.charAt(startOf(i)) == 'أ') {
                return null;
            }
            int next = i + e.tokens.length;
            if (!t.arabic() && e.strictMonth && next < n && punct(next, '.') && adjacent(next - 1, next)) {
                next++;
            }
            if (next + 1 < n && (punct(next, '/') || punct(next, '(') || punct(next, '-'))) {
                MonthAt other = month(next + 1);
                if (other != null && other.month() == e.month && other.hijri() == e.hijri) {
                    int after = other.next();
                    if (punct(next, '(')) {
                        if (punct(after, ')')) {
                            return new MonthAt(e.month, e.hijri, false, false, after + 1);
                        }
                    } else {
                        return new MonthAt(e.month, e.hijri, false, false, after);
                    }
                }
            }
            if (t.arabic() && next < n && tok(next).arabic() && plain(next)) {
                // two names of one month side by side, the second without a mark: "2 أيلول سبتمبر"، "يوليو تموز الماضي"
                Entry second = multi(next) != null && multi(next).month > 0 ? multi(next) : one(next);
                if (second != null && second.month == e.month && !second.hijri && !e.hijri
                        && !second.tokens[0].equals(e.tokens[0])) {
                    return new MonthAt(e.month, false, false, false, next + second.tokens.length);
                }
            }
            return new MonthAt(e.month, e.hijri, strict, e.monthNeedsYear, next);
        }

        /** A year after a month or a year word: [,] [عام|سنة] 2024 [م|هـ]. */
        private YearAt yearAfter(int i, boolean allowWord) {
            int j = i;
            if (punct(j, ',')) {
                j++;
            }
            boolean worded = false;
            if (allowWord && j + 1 < n && role(j, Role.OF) && tok(j).arabic() && role(j + 1, Role.YEAR_WORD)) {
                j++; // 10 أكتوبر من عام 2022
            }
            if (allowWord && j < n && role(j, Role.YEAR_WORD)) {
                worded = true;
                j++;
            }
            if (j >= n || !tok(j).isNumber() || tok(j).norm().length() > 4 || tok(j).norm().charAt(0) == '0') {
                return null;
            }
            int y = tok(j).intValue();
            int next = j + 1;
            boolean hijri = false;
            boolean marked = false;
            if (next < n && role(next, Role.HIJRI_MARK) && plain(next)) {
                hijri = true;
                marked = true;
                next++;
            } else if (next < n && role(next, Role.AD_MARK) && plain(next)) {
                marked = true;
                next++;
            }
            if (tok(j).norm().length() < 4 && !(marked && worded || hijri && tok(j).norm().length() == 3)) {
                // a short year only with its mark and a year word ("سنة 35 هـ", "عام 632م"), or three digits and هـ
                // ("656هـ"); not "150 م" (metres) or "القرن 5 هـ"
                return null;
            }
            if (next < n && adjacent(next - 1, next) && (punct(next, '/') || punct(next, '-') || punct(next, '.'))
                    && next + 1 < n && tok(next + 1).isNumber() && adjacent(next, next + 1)
                    && tok(next + 1).norm().length() != 4 && !(tok(next + 1).norm().length() == 2 && !punct(next, '.')
                            && tok(next + 1).intValue() > y % 100 && !(next + 3 < n && adjacent(next + 1, next + 2)
                                    && "/-.".indexOf(tok(next + 2).norm().charAt(0)) >= 0 && tok(next + 3).isNumber()
                                    && adjacent(next + 2, next + 3)))) {
                return null; // 12/2023/5 or 2024.01 are no years; 2020-21 is a span of two
            }
            if (hijri ? y > 1600 : y > 2200 || y < 1000 && !marked) {
                return null;
            }
            return new YearAt(y, hijri, marked, worded, next);
        }

        /**
         * A year of a life span or reign in parentheses, as biographies write them after a name: "(1564 - 1642)",
         * "(1805-1848)" — two four-digit years, the second later and less than 120 years on.
         */
        private boolean lifeSpan(int at) {
            int open = at >= 1 && punct(at - 1, '(') ? at - 1 : at >= 3 && punct(at - 3, '(') ? at - 3 : -1;
            if (open < 0 || open + 4 >= n || !punct(open + 2, '-') || !punct(open + 4, ')')) {
                return false;
            }
            Token a = tok(open + 1);
            Token b = tok(open + 3);
            if (!a.isNumber() || !b.isNumber() || a.norm().length() != 4 || b.norm().length() != 4) {
                return false;
            }
            Entry after = open + 5 < n ? one(open + 5) : null;
            if (after != null && (after.has(Role.COUNTED_NOUN) || after.unitCount >= 0)) {
                return false; // "(1500 - 1600) متر": a range of a quantity
            }
            int from = a.intValue();
            int to = b.intValue();
            return from >= 1000 && to > from && to - from < 120 && to <= 2100;
        }

        /** مطلع/منتصف/أواخر, early/mid/late, "the end of" (with "mid-" glued by a hyphen). */
        private Mod modifier(int i) {
            Entry m = multi(i);
            if (m != null && m.mod != null) {
                return new Mod(m.mod, i + m.tokens.length);
            }
            Entry e = one(i);
            if (e == null || e.mod == null) {
                return null;
            }
            int next = i + 1;
            if (punct(next, '-') && adjacent(i, next)) {
                next++;
            }
            return new Mod(e.mod, next);
        }

        /** A bare month or year is a date only after a cue (في، منذ، in, since) or as the second end of a range. */
        private boolean cuedBefore(int i, Role cue) {
            if (i == 0) {
                return false;
            }
            if (role(i - 1, cue)) {
                return true;
            }
            return isRange(i - 1) && lastEnd == i - 1;
        }

        // ---------------------------------------------------------------- rules

        /**
         * Calendar dates and weekdays: [time of day] [يوم] [last|next|this] [weekday [,]] date, where date is
         * day [من|of] month [year] or (English) month day [, year]; or a weekday alone with its shift.
         */
        private Match calendar(int i) {
            if (i > 0 && tok(i - 1).arabic() && role(i - 1, Role.NAME_HEAD)) {
                return null; // قوى 14 آذار، شارع 26 يوليو، مدينة 6 أكتوبر: a name, not a date
            }
            int j = i;
            String tod = null;
            String mod = null;
            boolean dayWord = false;
            Entry e = multi(i) != null && multi(i).timeOfDay != null ? multi(i) : one(i);
            if (e != null && e.timeOfDay != null && e.deictic == null && tok(i).arabic()) {
                tod = e.timeOfDay;
                j += e.tokens.length;
            }
            if (j < n && role(j, Role.DAY_WORD)) {
                dayWord = true;
                j++;
            }
            Integer preShift = null;
            if (j + 1 < n && !tok(j).arabic() && one(j) != null) {
                Mod m = modifier(j);
                if (m != null && m.next() < n && one(m.next()) != null && one(m.next()).weekday > 0) {
                    mod = m.mod();
                    j = m.next();
                } else if (one(j).shift != null && one(j + 1) != null && one(j + 1).weekday > 0) {
                    preShift = one(j).shift;
                    j++;
                }
            }
            int weekday = 0;
            if (j < n && one(j) != null && one(j).weekday > 0 && (tok(j).arabic() || tok(j).capitalized())) {
                weekday = one(j).weekday;
                j++;
            }
            if (weekday == 0 && tod == null && !dayWord && j != i) {
                return null;
            }
            int coreStart = j;
            if (weekday > 0 && punct(coreStart, ',')) {
                coreStart++;
            }
            if (weekday > 0 && coreStart < n && role(coreStart, Role.EQUALS) && plain(coreStart)) {
                coreStart++; // الخميس الموافق 12 أكتوبر
            }
            Match date = dayMonth(coreStart, i, tod == null ? mod : tod);
            if (date == null) {
                date = monthDay(coreStart, i, tod == null ? mod : tod);
            }
            if (date != null) {
                return date;
            }
            if (weekday == 0) {
                return null;
            }
            if (!tok(j - 1).arabic() && preShift == null && mod == null && j < n && tok(j).kind() == TimeText.Kind.WORD
                    && tok(j).capitalized() && !tok(j).arabic() && (one(j) == null || one(j).month == 0)) {
                return null; // "The Sunday Times", "Monday Night Football": part of a name
            }
            Integer shift = preShift;
            Entry after = multi(j) != null && multi(j).shift != null ? multi(j) : one(j);
            if (shift == null && j < n && tok(j).arabic() && after != null && after.shift != null && plain(j)) {
                shift = after.shift;
                j += after.tokens.length;
                after = one(j);
            }
            if (tod == null && j < n && after != null && after.timeOfDay != null && plain(j)
                    && (tok(j).arabic() ? tok(j).norm().endsWith("ا") || tok(j).norm().equals("مساء") : true)) {
                tod = after.timeOfDay;
                j++;
            }
            Value v = resolver.weekday(weekday, shift, shift == null ? tenseAt(i, j) : Tense.NONE);
            return Match.of(j, found(i, j, v, tod != null ? tod : mod, null));
        }

        /** day [range day] [من|of] month [year | من العام الماضي | الماضي], spans from {@code first}. */
        private Match dayMonth(int i, int first, String mod) {
            Num day = dayNumber(i);
            if (day == null && i < n) {
                day = ordinalDay(i);
            }
            if (day == null && i + 1 < n && tok(i).arabic() && one(i) != null && one(i).nth == 1
                    && !tok(i).norm().startsWith("ال") && month(i + 1) != null) {
                day = new Num(1, i + 1); // أول مايو: the first of May (not "أول من مارس", the first who did)
            }
            if (day == null) {
                return null;
            }
            int k = day.next();
            Num secondDay = null;
            int secondAt = -1;
            boolean rangeStart = first == i || i == first + 1 && role(first, Role.DAY_WORD); // يومي 21 و22 فبراير
            if (isRange(k) && rangeStart) {
                Num d2 = dayNumber(k + 1, true);
                if (d2 == null && k + 1 < n) {
                    d2 = ordinalDay(k + 1);
                }
                if (d2 != null && d2.value() > day.value()) {
                    secondDay = d2;
                    secondAt = k + 1;
                    k = d2.next();
                }
            } else if (rangeStart && k < n && tok(k).arabic() && hit(k) != null && hit(k).prefixLength() == 1
                    && tok(k).norm().charAt(0) == 'و' && !tok(i).isNumber()) {
                Num d2 = ordinalDay(k); // الثالث والخامس من مارس
                if (d2 != null && d2.value() > day.value()) {
                    secondDay = d2;
                    secondAt = k;
                    k = d2.next();
                }
            }
            if (k < n && role(k, Role.OF) && (month(k + 1) != null || role(k + 1, Role.MONTH_WORD))) {
                k++;
            }
            if (k < n && role(k, Role.MONTH_WORD) && month(k + 1) != null) {
                k++; // الثالث عشر من شهر مايو
            }
            MonthAt month = month(k);
            if (month == null) {
                return secondDay == null ? dayOfRelativeMonth(day, k, first, mod) : null;
            }
            Parts p = new Parts();
            p.day = secondDay != null ? secondDay.value() : day.value();
            p.month = month.month();
            p.hijri = month.hijri();
            int end = completeYear(p, month.next());
            if (month.needsYear() && p.year == null && p.yearShift == null && tok(i).isNumber()) {
                return null; // "فاز 3 صفر" is a score
            }
            if (secondDay == null && first == i) {
                named(p, first);
            }
            readTense(p, first, end);
            Value v = resolver.calendar(p);
            if (v == null) {
                return null;
            }
            if (secondDay == null) {
                return Match.of(end, found(first, end, v, mod, p));
            }
            Parts p1 = new Parts();
            p1.day = day.value();
            p1.month = p.month;
            p1.hijri = p.hijri;
            p1.year = p.year;
            p1.yearShift = p.yearShift;
            p1.shift = p.shift;
            p1.tense = p.tense;
            Value v1 = resolver.calendar(p1);
            if (v1 == null) {
                return null;
            }
            List<Found> both = new ArrayList<>(2);
            both.add(found(first, day.next(), v1, mod, p1));
            both.add(found(secondAt, end, v, mod, p));
            return new Match(end, both);
        }

        /** A day of the current, last or next month: 14 من الشهر الجاري، السابع من الشهر الماضي. */
        private Match dayOfRelativeMonth(Num day, int k, int first, String mod) {
            if (k < n && role(k, Role.OF)) {
                k++;
            }
            if (k < 1 || !role(k - 1, Role.OF) || k + 1 >= n || !tok(k).arabic()) {
                return null;
            }
            int shift;
            boolean same = tok(k).norm().equals("نفس") && one(k + 1) != null && one(k + 1).period == 'M'
                    || one(k) != null && one(k).period == 'M' && SAME.contains(tok(k + 1).norm());
            if (same) {
                // 29 من نفس الشهر، العشرين من الشهر ذاته: a day of the month the text named last
                String last = lastMonthNamed();
                if (last == null) {
                    return null;
                }
                try {
                    Value v = new Value(java.time.YearMonth.parse(last).atDay(day.value()).toString(), Precision.DAY,
                            Anchor.PUBLICATION);
                    return Match.of(k + 2, found(first, k + 2, v, mod, null));
                } catch (java.time.DateTimeException notADay) {
                    return null;
                }
            }
            if (tok(k).norm().startsWith("هذ") && one(k + 1) != null && one(k + 1).period == 'M') {
                shift = 0; // 19 من هذا الشهر
            } else if (one(k) != null && one(k).period == 'M' && one(k + 1) != null && one(k + 1).shift != null
                    && plain(k + 1)) {
                shift = one(k + 1).shift;
            } else {
                return null;
            }
            Value month = resolver.period('M', shift, true);
            Value v;
            if (month.value().startsWith("X")) {
                v = new Value("XXXX-XX-" + CalendarResolver.two(day.value()), Precision.DAY, Anchor.PUBLICATION);
            } else {
                try {
                    v = new Value(java.time.YearMonth.parse(month.value()).atDay(day.value()).toString(), Precision.DAY,
                            Anchor.PUBLICATION);
                } catch (java.time.DateTimeException notADay) {
                    return null;
                }
            }
            return Match.of(k + 2, found(first, k + 2, v, mod, null));
        }

        /**
         * A day and month without a year that names a historical event in its own year: "11 سبتمبر", "the September
         * 11 attacks", "لما بعد 11 سبتمبر" → 2001 — unless the text dates something by it (في/يوم/on/in before it,
         * "11 سبتمبر الماضي") or the publication comes before that year.
         */
        private void named(Parts p, int first) {
            if (p.year != null || p.yearShift != null || p.shift != null || p.hijri || p.day == 0) {
                return;
            }
            Integer year = NAMED_DATES.get(p.month * 100 + p.day);
            if (year == null || resolver.reference() == null || resolver.reference().getYear() <= year) {
                return;
            }
            if (first > 0 && !sentenceBreak(first - 1, first)) {
                String before = tok(first - 1).norm();
                if (before.equals("في") || before.equals("يوم") || before.equals("on") || before.equals("in")
                        || role(first - 1, Role.DAY_WORD)) {
                    return;
                }
            }
            p.year = year;
        }

        /** The tense of a date that has neither a year nor a shift word, which the resolver needs to place it. */
        private void readTense(Parts p, int first, int end) {
            if (p.year == null && p.yearShift == null && p.shift == null && !p.hijri) {
                p.tense = tenseAt(first, end);
            }
        }

        /** Fills year (explicit, "من العام الماضي", or a الماضي/المقبل shift) after a month; returns the end. */
        private int completeYear(Parts p, int k) {
            YearAt y = yearAfter(k, true);
            if (y != null && (y.hijri() == p.hijri || !y.marked())) {
                p.year = y.year();
                return y.next();
            }
            if (k + 2 < n && role(k, Role.OF) && one(k + 1) != null && one(k + 1).period == 'Y' && one(k + 2) != null
                    && one(k + 2).shift != null && tok(k + 2).arabic()) {
                p.yearShift = one(k + 2).shift;
                return k + 3;
            }
            if (k + 2 < n && role(k, Role.OF) && tok(k + 1).norm().startsWith("هذ") && one(k + 2) != null
                    && one(k + 2).period == 'Y') {
                p.yearShift = 0; // من هذا العام
                return k + 3;
            }
            if (k + 2 < n && role(k, Role.OF) && one(k + 1) != null && one(k + 1).period == 'Y'
                    && SAME.contains(tok(k + 2).norm())) {
                Integer last = lastYearNamed();
                if (last != null) {
                    p.year = last; // "في يناير من السنة ذاتها": the year the text named last
                    return k + 3;
                }
            }
            if (k + 1 < n && !tok(k).arabic() && role(k, Role.OF)) {
                YearAt of = yearAfter(k + 1, false);
                if (of != null && !of.hijri()) {
                    p.year = of.year(); // April of 2008
                    return of.next();
                }
            }
            if (k < n && tok(k).arabic() && one(k) != null && one(k).shift != null && plain(k)
                    && !tok(k).norm().startsWith("هذ")) {
                if (one(k).shift == 0) {
                    p.yearShift = 0; // 20 مارس الجاري: this year's
                } else {
                    p.shift = one(k).shift;
                }
                return k + 1;
            }
            return k;
        }

        /** English month-first dates: January 4, 2022; Jan. 4; March 3rd; January 1-5, 2024. */
        private Match monthDay(int i, int first, String mod) {
            if (i >= n || tok(i).arabic()) {
                return null;
            }
            MonthAt month = month(i);
            if (month == null || month.hijri()) {
                return null;
            }
            int k = month.next();
            if (k >= n || !tok(k).isNumber() || tok(k).norm().length() > 2) {
                return null;
            }
            Num day = dayNumber(k);
            if (day == null) {
                return null;
            }
            k = day.next();
            Num second = null;
            int secondAt = -1;
            if (isRange(k) && k + 1 < n && tok(k + 1).isNumber() && tok(k + 1).norm().length() <= 2) {
                Num d2 = dayNumber(k + 1, true);
                if (d2 != null && d2.value() > day.value()) {
                    second = d2;
                    secondAt = k + 1;
                    k = d2.next();
                }
            }
            Parts p = new Parts();
            p.month = month.month();
            p.day = second != null ? second.value() : day.value();
            YearAt y = yearAfter(k, false);
            if (y != null && !y.hijri()) {
                p.year = y.year();
                k = y.next();
            }
            if (second == null && first == i) {
                named(p, first);
            }
            readTense(p, first, k);
            Value v = resolver.calendar(p);
            if (v == null) {
                return null;
            }
            if (second == null) {
                return Match.of(k, found(first, k, v, mod, p));
            }
            Parts p1 = new Parts();
            p1.month = p.month;
            p1.day = day.value();
            p1.year = p.year;
            p1.tense = p.tense;
            Value v1 = resolver.calendar(p1);
            if (v1 == null) {
                return null;
            }
            List<Found> both = new ArrayList<>(2);
            both.add(found(first, day.next(), v1, mod, p1));
            both.add(found(secondAt, k, v, mod, p));
            return new Match(k, both);
        }

        /** [modifier] [شهر] month [year | الماضي/المقبل]: يناير 2024, مطلع شهر مارس, mid-January, in May. */
        private Match monthPeriod(int i) {
            int j = i;
            Integer preShift = null;
            if (!tok(i).arabic() && one(i) != null && one(i).shift != null && one(i).period == 0 && i + 1 < n
                    && tok(i + 1).capitalized() && month(i + 1) != null && !month(i + 1).strict()) {
                preShift = one(i).shift; // last February, next March, this May
                j++;
            }
            Mod m = preShift == null ? modifier(i) : null;
            String mod = null;
            if (m != null) {
                mod = m.mod();
                j = m.next();
                if (j < n && (role(j, Role.OF) && !tok(j).arabic())) {
                    j++;
                }
            }
            boolean monthWord = false;
            if (j < n && role(j, Role.MONTH_WORD)) {
                monthWord = true;
                j++;
            }
            MonthAt month = month(j);
            if (month == null) {
                return null;
            }
            Parts p = new Parts();
            p.month = month.month();
            p.hijri = month.hijri();
            p.mod = mod;
            int end = completeYear(p, month.next());
            if (preShift != null && p.year == null) {
                if (preShift == 0) {
                    p.yearShift = 0;
                } else {
                    p.shift = preShift;
                }
            }
            boolean hasYear = p.year != null || p.yearShift != null;
            if (month.strict() || month.hijri()) {
                if (!hasYear && !((month.strict() || month.hijri() && !month.needsYear())
                        && (monthWord || p.shift != null))) {
                    // آب needs a year, شهر or a shift: "شهر آب الماضي" is August; so does a Hijri month ("شهر رمضان")
                    return null;
                }
            } else if (!hasYear && p.shift == null && mod == null && !monthWord && !cuedBefore(j, Role.CUE_MONTH)
                    && !fromMonth(j, end)) {
                return null;
            }
            readTense(p, i, end);
            Value v = resolver.calendar(p);
            return Match.of(end, found(i, end, v, mod, p));
        }

        /**
         * Arabic من before a bare month: "from" only when a range follows (من يناير إلى مارس) or "as of" precedes
         * (اعتبارا من مارس) — otherwise من is "who" and the month a verb ("كل من مارس العنف").
         */
        private boolean fromMonth(int monthAt, int end) {
            int from = monthAt - 1;
            if (from < 0 || !tok(from).arabic() || !tok(from).norm().endsWith("من") || one(from) == null
                    || !role(from, Role.OF)) {
                return false;
            }
            return isRange(end) || from > 0 && role(from - 1, Role.AS_OF);
        }

        /** أمس، أول أمس، غدا، اليوم، الآن، في الوقت الحاضر; yesterday, tonight, this morning, now. */
        private Match deictic(int i) {
            int j = i;
            String tod = null;
            Entry e = multi(i) != null && multi(i).timeOfDay != null && multi(i).deictic == null ? multi(i) : one(i);
            if (e != null && e.timeOfDay != null && e.deictic == null && tok(i).arabic()) {
                tod = e.timeOfDay;
                j += e.tokens.length;
            }
            boolean dayWord = false;
            if (j < n && role(j, Role.DAY_WORD)) {
                dayWord = true;
                j++;
            }
            boolean hedged = false;
            Entry hedge = multi(j) != null && multi(j).has(Role.RELATIVE_HEDGE) ? multi(j) : one(j);
            if (j < n && hedge != null && hedge.has(Role.RELATIVE_HEDGE) && (hedge.tokens.length > 1 || !tok(j).arabic())) {
                hedged = true; // earlier today, في وقت سابق من اليوم
                j += hedge.tokens.length;
            }
            if (j >= n) {
                return null;
            }
            if (!tok(j).arabic() && one(j) != null && one(j).shift != null && one(j).shift == 0 && j + 1 < n
                    && one(j + 1) != null && one(j + 1).timeOfDay != null && j == i) {
                // this morning, this evening
                return Match.of(j + 2, found(i, j + 2, resolver.offsetDays(0), one(j + 1).timeOfDay, null));
            }
            Entry d = multi(j) != null && multi(j).deictic != null ? multi(j) : one(j);
            if (d == null || d.deictic == null || j > i && !plain(j)) {
                return null;
            }
            int k = j + d.tokens.length;
            if (tok(j).arabic() && text.charAt(startOf(j)) == '\u0622' && d.tokens[0].startsWith("ال")) {
                return null; // آلان (Alain) folds like الآن: a name written with madda, not "now"
            }
            if (!tok(j).arabic() && notDeictic(j, k, d)) {
                return null;
            }
            if (d.tokens.length == 1 && d.deictic.equals("P") && !plain(j) && tok(j).norm().charAt(0) != 'و'
                    && tok(j).norm().charAt(0) != 'ف' && tok(j).arabic()) {
                return null;
            }
            if (d.tokens.length == 1 && tok(j).arabic() && (d.deictic.equals("T") || d.deictic.equals("0"))
                    && tod == null && !dayWord && !hedged && isStoryDay(j, k)) {
                return null;
            }
            String mod = tod != null ? tod : d.timeOfDay;
            boolean vague = d.deictic.equals("P") || d.deictic.equals("R") || d.deictic.equals("F");
            if (vague && d.tokens.length > 1 && tok(j).arabic() && k < n && role(k, Role.OF) && plain(k)) {
                return null; // "الفترة الأخيرة من حياته", "الأيام الأخيرة من الحرب": a part of something else
            }
            boolean weekdayAfter = !vague && k < n && one(k) != null && one(k).weekday > 0 && plain(k)
                    && (tok(k).arabic() || tok(k).capitalized());
            if (weekdayAfter) {
                k++;
            }
            if (mod == null && !vague && k < n && one(k) != null && one(k).timeOfDay != null && plain(k)
                    && one(k).deictic == null && (!tok(k).arabic() || tok(k).norm().endsWith("ا")
                            || tok(k).norm().equals("مساء"))) {
                mod = one(k).timeOfDay;
                k++;
            }
            Value v;
            switch (d.deictic) {
                case "P" -> v = new Value("PRESENT_REF", Precision.NONE, Anchor.PUBLICATION);
                case "R" -> v = new Value("PAST_REF", Precision.NONE, Anchor.PUBLICATION);
                case "F" -> v = new Value("FUTURE_REF", Precision.NONE, Anchor.PUBLICATION);
                case "T" -> {
                    int years = thisDayOfYear(j, k);
                    if (years != 0) {
                        // (في) مثل هذا اليوم من العام الماضي: the publication day a year before
                        int from = j - (j > 1 && tok(j - 2).norm().endsWith("مثل") ? 2 : 1);
                        int to = k + 3;
                        return Match.of(to, found(from, to, resolver.reference() == null
                                ? new Value("XXXX-XX-XX", Precision.DAY, Anchor.PUBLICATION)
                                : new Value(resolver.reference().plusYears(years).toString(), Precision.DAY,
                                        Anchor.PUBLICATION), null, null));
                    }
                    v = tod != null || weekdayAfter || dayWord || mod != null || hedged || !nowadays(j, k)
                            ? resolver.offsetDays(0) : new Value("PRESENT_REF", Precision.NONE, Anchor.PUBLICATION);
                }
                case "N", "V" -> v = nextToAnchor(d.deictic.equals("N") ? 1 : -1);
                default -> v = figurative(j, d, tod != null || dayWord || weekdayAfter || mod != null || hedged)
                        ? new Value(d.deictic.startsWith("-") ? "PAST_REF" : "FUTURE_REF", Precision.NONE,
                                Anchor.PUBLICATION)
                        : resolver.offsetDays(Integer.parseInt(d.deictic));
            }
            return Match.of(k, found(i, k, v, mod, null));
        }

        /** The month (2005-03) of the last timex found so far that names a month or a day in one, or null. */
        private String lastMonthNamed() {
            for (int f = out.size() - 1; f >= 0; f--) {
                String value = out.get(f).timex().value();
                if (value.length() >= 7 && Character.isDigit(value.charAt(0)) && value.charAt(4) == '-'
                        && Character.isDigit(value.charAt(5)) && Character.isDigit(value.charAt(6))
                        && (value.length() == 7 || value.charAt(7) == '-')) {
                    return value.substring(0, 7);
                }
            }
            return null;
        }

        /** The year of the last timex found so far that names one (2005-03 → 2005), or null. */
        private Integer lastYearNamed() {
            for (int f = out.size() - 1; f >= 0; f--) {
                String value = out.get(f).timex().value();
                if (value.length() >= 4 && Character.isDigit(value.charAt(0)) && Character.isDigit(value.charAt(3))
                        && (value.length() == 4 || value.charAt(4) == '-')) {
                    return Integer.parseInt(value.substring(0, 4));
                }
            }
            return null;
        }

        /**
         * "اليوم التالي", "the day before": a day counted from the last day the text named ("وصل الوفد أمس وبدأت
         * المحادثات في اليوم التالي" → publication day), or from the publication day when it named none.
         */
        private Value nextToAnchor(int days) {
            for (int f = out.size() - 1; f >= 0; f--) {
                String value = out.get(f).timex().value();
                if (value.length() >= 10 && Character.isDigit(value.charAt(0)) && value.charAt(4) == '-'
                        && value.charAt(7) == '-' && out.get(f).timex().precision() == Precision.DAY) {
                    try {
                        return new Value(LocalDate.parse(value.substring(0, 10)).plusDays(days).toString(),
                                Precision.DAY, Anchor.PUBLICATION);
                    } catch (java.time.DateTimeException notADay) {
                        break;
                    }
                }
            }
            return resolver.offsetDays(days);
        }

        /** "هذا اليوم من العام الماضي": the years to shift "this day" by (0 when it is not that phrase). */
        private int thisDayOfYear(int j, int k) {
            if (j < 1 || !tok(j - 1).norm().startsWith("هذ") || k + 2 >= n || !role(k, Role.OF) || one(k + 1) == null
                    || one(k + 1).period != 'Y' || one(k + 2) == null || one(k + 2).shift == null || !plain(k + 2)) {
                return 0;
            }
            return one(k + 2).shift;
        }

        /**
         * English deictic words that are no timex here: "as soon as", a capitalized word inside a name ("Hope for
         * Haiti Now", "The Today Show"), and "the past"/"the future" heading a longer expression ("the past three
         * years" is a duration, "the past week" a period).
         */
        private boolean notDeictic(int j, int k, Entry d) {
            String w = tok(j).norm();
            if (w.equals("soon") && j > 0 && tok(j - 1).norm().equals("as")) {
                return true;
            }
            if (tok(j).capitalized() && j > 0 && tok(j - 1).capitalized() && !sentenceBreak(j - 1, j)
                    && tok(j - 1).kind() == TimeText.Kind.WORD) {
                return true;
            }
            if (d.deictic.equals("R") && d.tokens[d.tokens.length - 1].equals("time") && k < n
                    && tok(k).norm().equals("of")) {
                return true; // "at the time of their exams" is anchored on the exams, not "back then"
            }
            if (d.tokens.length == 2 && w.equals("the") && k < n) {
                Entry next = one(k);
                return tok(k).isNumber() || next != null && (next.cardinal >= 0 || next.unitCount >= 0
                        || next.period != 0 || next.has(Role.VAGUE_QUANTITY) || next.ordinal > 0);
            }
            return false;
        }

        /**
         * Arabic اليوم as "nowadays" (PRESENT_REF) rather than the publication day: in a speaker's present ("نحن
         * اليوم أمام مرحلة جديدة", "اليوم نطمح إلى علاقات شاملة" — a first-person word or a first-person plural
         * imperfect verb next to it), or after حتى/إلى/أما/عالم ("to this day", "as for today", "today's world").
         * Everywhere else — a past-tense report ("أعلنت الوزارة اليوم"), a future ("ستعقد الجلسة اليوم"), a
         * construct ("عدد اليوم") — it dates the event to the publication day, as news mostly use it.
         */
        private boolean nowadays(int j, int next) {
            if (j > 0 && role(j - 1, Role.PRESENT_BEFORE)) {
                return true;
            }
            if (next < n && tok(next).arabic() && one(next) != null && one(next).deictic != null
                    && figurative(next, one(next), false)
                    || j > 0 && tok(j - 1).arabic() && one(j - 1) != null && one(j - 1).deictic != null
                    && figurative(j - 1, one(j - 1), false)) {
                return true; // "قادة اليوم والغد", "بين الأمس واليوم": today's world beside the morrow's
            }
            return firstPerson(j - 1) && !sentenceBreak(j - 1, j) || firstPerson(next) && !sentenceBreak(j, next)
                    || j > 1 && firstPerson(j - 2) && !sentenceBreak(j - 2, j);
        }

        /**
         * Arabic الغد / الأمس with the article, coordinated with اليوم and with nothing that makes them a day (يوم،
         * صباح، a weekday): "the morrow", "yesterday" as times of the world — "قادة اليوم والغد", "بين الأمس
         * واليوم" — FUTURE_REF / PAST_REF. Alone they are days ("مران الأمس", "بالأمس أعلن").
         */
        private boolean figurative(int j, Entry d, boolean madeADay) {
            if (madeADay || d.tokens.length != 1 || !tok(j).arabic() || !d.tokens[0].startsWith("ال")) {
                return false;
            }
            Hit bare = lexicon.lookupWord(d.tokens[0].substring(2)); // غد، أمس: not البارحة
            if (bare == null || bare.single() == null || !d.deictic.equals(bare.single().deictic)) {
                return false;
            }
            boolean afterToday = j > 0 && !sentenceBreak(j - 1, j) && tok(j).norm().charAt(0) == 'و'
                    && one(j - 1) != null && "T".equals(one(j - 1).deictic);
            boolean beforeToday = j + 1 < n && !sentenceBreak(j, j + 1) && tok(j + 1).norm().charAt(0) == 'و'
                    && one(j + 1) != null && "T".equals(one(j + 1).deictic);
            return afterToday || beforeToday;
        }

        /** نحن، لدينا، أصبحنا, or a first-person plural imperfect verb (نطمح، نعيش، نريد) at token k. */
        private boolean firstPerson(int k) {
            if (k < 0 || k >= n || !tok(k).arabic()) {
                return false;
            }
            if (role(k, Role.FIRST_PERSON)) {
                return true;
            }
            String w = tok(k).norm();
            int p = w.length() > 4 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') ? 1 : 0;
            // an imperfect with ن + a three- or four-letter stem; definite nouns and known time words are not verbs
            return w.length() - p >= 4 && w.length() - p <= 6 && w.charAt(p) == 'ن' && hit(k) == null
                    && !w.startsWith("ال", p) && !w.endsWith("ت") && !w.endsWith("وا") && !pastVerb(w);
        }

        /**
         * اليوم/الليلة as a noun of the story rather than "today"/"tonight": after a preposition clitic (باليوم)
         * or في, after تلك/نفس, or before an adjective (اليوم التالي، اليوم الوطني، اليوم الأول، اليوم نفسه).
         */
        private boolean isStoryDay(int j, int next) {
            char c = tok(j).norm().charAt(0);
            if (!plain(j) && c != 'و' && c != 'ف') {
                return true;
            }
            if (j > 0 && (role(j - 1, Role.DISTAL) || tok(j - 1).norm().equals("في") && !(next < n && one(next) != null
                    && one(next).weekday > 0))) {
                return true;
            }
            Entry after = next < n ? one(next) : null;
            return after != null && (after.has(Role.SAME_DAY) || after.ordinal > 0);
        }

        /**
         * A month or year the text named before, pointed back to: ذلك الشهر، تلك السنة، ذلك العام، الشهر نفسه، العام
         * ذاته → the month or year of the last timex that named one; nothing when the text named none.
         */
        private Match namedPeriod(int i) {
            if (i + 1 >= n || !tok(i).arabic()) {
                return null;
            }
            String w = tok(i).norm();
            int p = w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') ? 1 : 0;
            char period;
            int end;
            if ((w.startsWith("ذلك", p) || w.startsWith("تلك", p)) && w.length() == p + 3 && one(i + 1) != null
                    && (one(i + 1).period == 'M' || one(i + 1).period == 'Y') && plain(i + 1)
                    && !(i + 2 < n && (one(i + 2) != null && one(i + 2).shift != null || tok(i + 2).isNumber()))) {
                period = one(i + 1).period;
                end = i + 2;
            } else if (one(i) != null && (one(i).period == 'M' || one(i).period == 'Y') && plain(i)
                    && w.startsWith("ال") && SAME.contains(tok(i + 1).norm())) {
                period = one(i).period;
                end = i + 2;
            } else {
                return null;
            }
            Value v;
            if (period == 'M') {
                String month = lastMonthNamed();
                if (month == null) {
                    return null;
                }
                v = new Value(month, Precision.MONTH, Anchor.PUBLICATION);
            } else {
                Integer year = lastYearNamed();
                if (year == null) {
                    return null;
                }
                v = new Value(CalendarResolver.year(year), Precision.YEAR, Anchor.PUBLICATION);
            }
            return Match.of(end, found(i, end, v, null, null));
        }

        /** [modifier] [هذا] الأسبوع/الشهر/العام [الماضي/الجاري/المقبل]; [early] last/this/next week/month/year. */
        private Match period(int i) {
            Match anaphor = namedPeriod(i);
            if (anaphor != null) {
                return anaphor;
            }
            int j = i;
            String mod = null;
            Mod m = modifier(i);
            if (m != null) {
                mod = m.mod();
                j = m.next();
            } else if (multi(i) != null && multi(i).has(Role.RELATIVE_HEDGE)) {
                j += multi(i).tokens.length; // في وقت سابق من الشهر الجاري
            } else if (!tok(i).arabic() && role(i, Role.RELATIVE_HEDGE)) {
                j++;
            }
            if (j >= n) {
                return null;
            }
            Integer shift = null;
            boolean arabic = tok(j).arabic();
            if (one(j) != null && one(j).shift != null && (arabic ? plain(j) && one(j).shift == 0 : true)
                    && one(j).period == 0) {
                shift = one(j).shift;
                j++;
                if (!arabic && shift == 0 && j < n && one(j) != null && one(j).shift != null && one(j).shift < 0) {
                    shift = -1; // this past week
                    j++;
                }
            } else if (!arabic && mod != null && role(j, Role.ARTICLE)) {
                shift = 0;
                j++;
            } else if (!arabic && role(j, Role.ARTICLE) && j + 1 < n && one(j + 1) != null
                    && one(j + 1).period == 'K') {
                j++; // "over the weekend": the most recent one
            }
            if (j >= n || one(j) == null || one(j).period == 0 || tok(j).arabic() != arabic) {
                return null;
            }
            char period = one(j).period;
            if (j > i && !plain(j)) {
                return null;
            }
            j++;
            Entry after = multi(j) != null && multi(j).shift != null ? multi(j) : one(j);
            if (arabic && j < n && after != null && after.shift != null && plain(j) && tok(j).arabic()) {
                if (shift != null) {
                    return null;
                }
                shift = after.shift;
                j += after.tokens.length;
            }
            if (shift == null) {
                if (mod == null && !(period == 'K' && role(j - 2, Role.ARTICLE))) {
                    return null;
                }
                shift = period == 'K' ? null : 0;
            }
            if (arabic && period == 'M' && j < n && role(j, Role.CALENDAR_KIND)) {
                return null; // بداية الشهر الهجري: the month of a calendar, not this month
            }
            if (arabic && period == 'Y' && j < n && tok(j).isNumber()) {
                return null; // العام 2024 is a year, left to year()
            }
            // the week follows the calendar of the words: Arabic weeks start on Saturday, English ones are ISO
            Value v = period == 'K' ? resolver.weekend(shift) : resolver.period(period, shift, arabic);
            return Match.of(j, found(i, j, v, mod, null));
        }

        /** [modifier] [عام|سنة|year] 2019 [م|هـ], a cued or plausible bare year, and 2019-2021 ranges. */
        private Match year(int i) {
            int j = i;
            String mod = null;
            Mod m = modifier(i);
            if (m != null) {
                mod = m.mod();
                j = m.next();
                if (j < n && !tok(j).arabic() && role(j, Role.OF)) {
                    j++;
                }
            }
            YearAt y = yearAfter(j, true);
            if (y == null) {
                return null;
            }
            int numberAt = y.next() - 1 - (y.marked() ? 1 : 0);
            if (!y.worded() && !y.marked() && mod == null) {
                if (!plausibleBareYear(numberAt, i)) {
                    return null;
                }
            } else if (!y.worded() && !y.marked() && quantityBefore(numberAt)) {
                return null;
            }
            if (j > i && !plain(i) && tok(i).arabic() && m == null) {
                return null;
            }
            Parts p = new Parts();
            p.year = y.year();
            p.hijri = y.hijri();
            p.mod = mod;
            Value v = resolver.calendar(p);
            if (v == null) {
                return null;
            }
            String outMod = y.hijri() && mod == null ? "APPROX" : mod;
            int end = y.next();
            // 2019-2021: a second year right after a dash
            if (!y.marked() && end + 1 < n && (punct(end, '-') || punct(end, '/')) && tok(end + 1).isNumber()
                    && (tok(end + 1).norm().length() == 4 || tok(end + 1).norm().length() == 2 && adjacent(end, end + 1)
                            && tok(end + 1).intValue() > y.year() % 100)) {
                int y2 = tok(end + 1).norm().length() == 2 ? y.year() / 100 * 100 + tok(end + 1).intValue()
                        : tok(end + 1).intValue(); // 2019-2021, 2020-21
                if (y2 > y.year() && y2 <= 2200 && (punct(end, '-') || y2 == y.year() + 1) && !(end + 2 < n && adjacent(end + 1, end + 2)
                        && (punct(end + 2, '-') || punct(end + 2, '/')))) {
                    Parts p2 = new Parts();
                    p2.year = y2;
                    List<Found> both = new ArrayList<>(2);
                    both.add(found(i, end, v, outMod, p));
                    both.add(found(end + 1, end + 2, resolver.calendar(p2), null, p2));
                    return new Match(end + 2, both);
                }
            }
            return Match.of(end, found(i, end, v, outMod, p));
        }

        /** A four-digit number that reads as a year without a year word: cued, or plausible and uncounted. */
        private boolean plausibleBareYear(int at, int first) {
            if (lifeSpan(at)) {
                return true;
            }
            int y = tok(at).intValue();
            if (quantityBefore(at) || gluedBefore(at)) {
                return false;
            }
            boolean cued = cuedBefore(at, Role.CUE_YEAR);
            if (!cued && (y < 1900 || y > 2100)) {
                return false;
            }
            int next = at + 1;
            if (next >= n) {
                return true;
            }
            Token t = tok(next);
            if (t.kind() == TimeText.Kind.PUNCT) {
                boolean yearRange = (t.isPunct('-') || t.isPunct('/')) && next + 1 < n && tok(next + 1).isNumber()
                        && (tok(next + 1).norm().length() == 4 || tok(next + 1).norm().length() == 2
                                && tok(next + 1).intValue() > y % 100);
                return !t.isPunct('%') && (yearRange || !(adjacent(at, next) && next + 1 < n
                        && tok(next + 1).isNumber() && adjacent(next, next + 1)));
            }
            if (t.isNumber()) {
                return false;
            }
            Entry e = one(next);
            if (e != null && (e.has(Role.COUNTED_NOUN) || e.has(Role.CLOCK) || e.unitCount >= 0)) {
                return false;
            }
            if (t.arabic()) {
                if (e != null && (e.has(Role.FUNCTION_WORD) || e.shift != null || e.month > 0 || e.weekday > 0)) {
                    return true;
                }
                if (definite(t.norm())) {
                    return true;
                }
                // after a cue (في 2017 تراجعت) only a counted noun — often with the accusative ending ا — says
                // "quantity"; without a cue an indefinite word after the number usually is the counted noun
                return cued && !t.norm().endsWith("ا");
            }
            String w = t.norm();
            if (at > 0 && (role(at - 1, Role.DETERMINER) || at > 1 && tok(at - 1).norm().equals("s")
                    && punct(at - 2, '\''))) {
                return true; // the 2008 disasters, its 2024 budget, Brazil's 2014 World Cup
            }
            return t.capitalized() || !(w.endsWith("s") && w.length() > 3);
        }

        /** An Arabic word with the article, after optional proclitics: الرئاسية، والتي، بالعراق, للعام. */
        private boolean definite(String w) {
            int p = 0;
            if (p < w.length() && (w.charAt(p) == 'و' || w.charAt(p) == 'ف')) {
                p++;
            }
            if (w.startsWith("لل", p)) {
                return true;
            }
            if (p < w.length() && (w.charAt(p) == 'ب' || w.charAt(p) == 'ك')) {
                p++;
            }
            return w.startsWith("ال", p);
        }

        /** نحو 2000، أكثر من 2000، about 2000, $2020: a quantity. */
        private boolean quantityBefore(int at) {
            if (at == 0) {
                return false;
            }
            Token p = tok(at - 1);
            if (p.kind() == TimeText.Kind.PUNCT) {
                return "$€£#+*".indexOf(p.norm().charAt(0)) >= 0;
            }
            if (role(at - 1, Role.QUANTITY_BEFORE) || role(at - 1, Role.COMPARATIVE)) {
                return true;
            }
            String w = p.norm();
            return at >= 2 && (w.equals("من") || w.equals("عن") || w.equals("than") || w.equals("of"))
                    && role(at - 2, Role.COMPARATIVE);
        }

        /** 1990s, '90s, التسعينيات [من القرن الماضي], with an optional modifier (منتصف الثمانينيات). */
        private Match decade(int i) {
            int j = i;
            String mod = null;
            Mod m = tok(i).kind() == TimeText.Kind.WORD ? modifier(i) : null;
            if (m != null) {
                mod = m.mod();
                j = m.next();
                if (j < n && !tok(j).arabic() && role(j, Role.ARTICLE)) {
                    j++;
                }
            }
            if (j >= n) {
                return null;
            }
            Token t = tok(j);
            String value = null;
            int end = -1;
            Precision precision = Precision.DECADE;
            if (t.isNumber() && t.norm().length() == 4 && t.norm().endsWith("0") && j + 1 < n && adjacent(j, j + 1)
                    && tok(j + 1).norm().equals("s") && !gluedBefore(j)) {
                value = t.norm().substring(0, 3);
                end = j + 2;
                if (t.norm().endsWith("00") && t.intValue() < 2000) {
                    value = t.norm().substring(0, 2); // the 1800s: the nineteenth century
                    precision = Precision.CENTURY;
                }
            } else if (t.isPunct('\'') && j + 2 < n && tok(j + 1).isNumber() && tok(j + 1).norm().length() == 2
                    && tok(j + 1).norm().endsWith("0") && adjacent(j, j + 1) && adjacent(j + 1, j + 2)
                    && tok(j + 2).norm().equals("s")) {
                int d = tok(j + 1).intValue();
                value = (d >= 30 ? "19" : "20") + d / 10;
                end = j + 3;
            } else if (t.arabic() && one(j) != null && one(j).decade >= 0) {
                int century = 19;
                end = j + 1;
                Entry c = multi(end);
                if (c != null && (c.has(Role.CENTURY_PAST) || c.has(Role.CENTURY_PRESENT))) {
                    century = c.has(Role.CENTURY_PRESENT) ? 20 : 19;
                    end += c.tokens.length;
                } else if (one(end) != null && (one(end).has(Role.CENTURY_PAST)
                        || one(end).has(Role.CENTURY_PRESENT))) {
                    century = one(end).has(Role.CENTURY_PRESENT) ? 20 : 19;
                    end++;
                }
                value = century + "" + one(j).decade;
                if (ofAge(end)) {
                    return null; // "في العشرينيات من عمره" is an age, not the 1920s
                }
            }
            if (value == null) {
                return null;
            }
            Value v = new Value(value, precision, Anchor.ABSOLUTE);
            return Match.of(end, found(i, end, v, mod, null));
        }

        /** "من عمره", "من العمر": what comes before it is an age. */
        private boolean ofAge(int k) {
            if (k + 1 >= n || !role(k, Role.OF) || !tok(k).arabic()) {
                return false;
            }
            String w = tok(k + 1).norm();
            return w.startsWith("عمر") || w.equals("العمر");
        }

        /**
         * A century: the 20th century, the eighteenth century, the early 21st century (TIMEX3 "19", "17", "20"); القرن
         * العشرين، القرن التاسع عشر، القرن الحادي والعشرين، القرن الماضي/الحالي (relative to publication).
         */
        private Match century(int i) {
            int j = i;
            String mod = null;
            Mod m = modifier(i);
            if (m != null) {
                mod = m.mod();
                j = m.next();
            }
            if (j >= n || !tok(j).arabic() && role(j, Role.ARTICLE)) {
                return null; // "the 20th century": the timex starts after the article
            }
            int number;
            int end;
            if (tok(j).arabic()) {
                if (!role(j, Role.CENTURY_WORD) || j + 1 >= n || j > i && !plain(j)) {
                    return null;
                }
                Num o = ordinalDay(j + 1);
                Entry after = one(j + 1);
                if (o != null && o.value() >= 1 && o.value() <= 21) {
                    number = o.value();
                    end = o.next();
                } else if (after != null && after.shift != null && plain(j + 1) && !tok(j + 1).norm().startsWith("هذ")) {
                    if (resolver.reference() == null) {
                        return null;
                    }
                    number = (resolver.reference().getYear() - 1) / 100 + 1 + after.shift; // القرن الماضي
                    end = j + 2;
                } else {
                    return null;
                }
            } else {
                Num o = null;
                if (tok(j).isNumber() && tok(j).norm().length() <= 2 && j + 2 < n && adjacent(j, j + 1)
                        && role(j + 1, Role.ORDINAL_SUFFIX)) {
                    o = new Num(tok(j).intValue(), j + 2); // 20th
                } else if (one(j) != null && one(j).ordinal > 0) {
                    o = new Num(one(j).ordinal, j + 1); // eighteenth
                } else if (one(j) != null && one(j).cardinal >= 20 && j + 2 < n && punct(j + 1, '-')
                        && one(j + 2) != null && one(j + 2).ordinal > 0 && one(j + 2).ordinal < 10) {
                    o = new Num(one(j).cardinal + one(j + 2).ordinal, j + 3); // twenty-first
                }
                if (o == null || o.next() >= n || o.value() < 1 || o.value() > 21) {
                    return null;
                }
                int k = o.next();
                if (punct(k, '-') && k + 1 < n) {
                    k++; // 20th-century
                }
                if (!role(k, Role.CENTURY_WORD)) {
                    return null;
                }
                number = o.value();
                end = k + 1;
            }
            if (number < 1) {
                return null;
            }
            String value = number - 1 < 10 ? "0" + (number - 1) : Integer.toString(number - 1);
            return Match.of(end, found(i, end, new Value(value, Precision.CENTURY, Anchor.ABSOLUTE), mod, null));
        }

        /**
         * The nth or last weekday, day or week of a month or year: الجمعة الأولى من أبريل، آخر خميس من نوفمبر، اليوم
         * الأخير من الشهر الماضي، أول يوم من العام، الأسبوع الأول من مارس; the first Tuesday of March, the last day of
         * December, the second week of January. A week of a month is the ISO week holding the middle of its seven
         * days (the first week of March 2024, days 1 to 7, is 2024-W10).
         */
        private Match nthOf(int i) {
            boolean arabic = tok(i).arabic();
            int j = i;
            if (!arabic && role(j, Role.ARTICLE) || j + 2 >= n) {
                return null; // the timex starts after "the", at the next token
            }
            if (j + 2 >= n) {
                return null;
            }
            int nth;
            int weekday = 0;
            char unit; // D a weekday, Y a day, W a week
            Entry a = one(j);
            Entry b = one(j + 1);
            if (a == null || b == null) {
                return null;
            }
            int k;
            if (arabic && a.weekday > 0 && plain(j + 1) && nthOf(b) != 0) {
                nth = nthOf(b);
                weekday = a.weekday; // الجمعة الأولى
                unit = 'D';
                k = j + 2;
            } else if (arabic && nthOf(a) != 0 && plain(j + 1) && b.weekdayIndef > 0 && !tok(j).norm().startsWith("ال")) {
                nth = nthOf(a);
                weekday = b.weekdayIndef; // أول جمعة، آخر خميس
                unit = 'D';
                k = j + 2;
            } else if (arabic && (b.unit == 'D' || b.unit == 'W') && b.unitCount == 1 && nthOf(a) != 0
                    && !tok(j).norm().startsWith("ال")) {
                nth = nthOf(a);
                unit = b.unit == 'D' ? 'Y' : 'W'; // أول يوم، آخر أسبوع
                k = j + 2;
            } else if (arabic && (a.period == 'W' || tok(j).norm().equals("اليوم")) && plain(j + 1) && nthOf(b) != 0) {
                nth = nthOf(b);
                unit = a.period == 'W' ? 'W' : 'Y'; // اليوم الأخير، الأسبوع الأول
                k = j + 2;
            } else if (!arabic && nthOf(a) != 0 && (b.weekday > 0 && tok(j + 1).capitalized() || b.unit == 'D'
                    && b.unitCount == 1 || b.unit == 'W' && b.unitCount == 1)) {
                nth = nthOf(a);
                weekday = b.weekday;
                unit = b.weekday > 0 ? 'D' : b.unit == 'D' ? 'Y' : 'W';
                k = j + 2;
            } else {
                return null;
            }
            if (k >= n || !(role(k, Role.OF) || !arabic && tok(k).norm().equals("in"))) {
                return null;
            }
            int[] ref = periodRef(k + 1, i);
            if (ref == null) {
                return null;
            }
            int end = ref[2];
            Value v;
            try {
                int year = ref[0];
                int month = ref[1];
                if (unit == 'D') {
                    int m = month > 0 ? month : nth > 0 ? 1 : 12;
                    java.time.DayOfWeek dow = java.time.DayOfWeek.of(weekday);
                    LocalDate d = nth > 0 ? LocalDate.of(year, m, 1).with(java.time.temporal.TemporalAdjusters
                            .dayOfWeekInMonth(nth, dow)) : LocalDate.of(year, m, 1).with(java.time.temporal.TemporalAdjusters
                            .lastInMonth(dow));
                    if (d.getMonthValue() != m) {
                        return null; // no fifth Friday this month
                    }
                    v = new Value(d.toString(), Precision.DAY, Anchor.PUBLICATION);
                } else if (unit == 'Y') {
                    if (Math.abs(nth) != 1) {
                        return null; // "the second day of March" is the 2nd: left to the day rules
                    }
                    LocalDate d = month > 0 ? LocalDate.of(year, month, 1) : LocalDate.of(year, 1, 1);
                    if (nth < 0) {
                        d = month > 0 ? d.with(java.time.temporal.TemporalAdjusters.lastDayOfMonth())
                                : LocalDate.of(year, 12, 31);
                    }
                    v = new Value(d.toString(), Precision.DAY, Anchor.PUBLICATION);
                } else {
                    LocalDate middle;
                    if (month > 0) {
                        LocalDate first = LocalDate.of(year, month, 1);
                        middle = nth > 0 ? first.plusDays(7L * nth - 4)
                                : first.with(java.time.temporal.TemporalAdjusters.lastDayOfMonth()).minusDays(3);
                    } else {
                        middle = nth > 0 ? LocalDate.of(year, 1, 4).plusWeeks(nth - 1) : LocalDate.of(year, 12, 28);
                    }
                    v = new Value(CalendarResolver.isoWeek(middle), Precision.WEEK, Anchor.PUBLICATION);
                }
            } catch (java.time.DateTimeException notADate) {
                return null;
            }
            return Match.of(end, found(i, end, v, null, null));
        }

        /** The nth of an ordinal word, or 0: الأولى 1, الثاني 2, الأخير -1, آخر -1, first 1, last -1. */
        private static int nthOf(Entry e) {
            if (e.nth != 0) {
                return e.nth;
            }
            return e.ordinal >= 1 && e.ordinal <= 5 && !e.ordinalCompoundOnly ? e.ordinal : 0;
        }

        /**
         * The month or year after "من"/"of" in an nth-of expression: a month name (with its year, or placed by the
         * sentence's tense), شهر + month, الشهر/العام + shift, هذا الشهر, this/last/next month or year, a year.
         * Returns {year, month (0 for a whole year), next token}, or null.
         */
        private int[] periodRef(int k, int first) {
            if (k >= n) {
                return null;
            }
            boolean arabic = tok(k).arabic();
            if (!arabic && role(k, Role.ARTICLE) && k + 1 < n && one(k + 1) != null && one(k + 1).period != 0) {
                k++; // the month, the year
            }
            int at = k;
            if (role(k, Role.MONTH_WORD) && month(k + 1) != null) {
                at = k + 1;
            }
            MonthAt month = month(at);
            if (month != null && !month.hijri()) {
                Parts p = new Parts();
                p.month = month.month();
                int end = completeYear(p, month.next());
                if (!arabic && p.year == null) {
                    YearAt y = yearAfter(end, false);
                    if (y != null && !y.hijri()) {
                        p.year = y.year();
                        end = y.next();
                    }
                }
                readTense(p, first, end);
                Value v = resolver.calendar(p);
                if (v == null || !Character.isDigit(v.value().charAt(0))) {
                    return null;
                }
                return new int[] { Integer.parseInt(v.value().substring(0, 4)), p.month, end };
            }
            Entry e = one(k);
            Integer shift = null;
            int end;
            char period;
            if (e != null && e.shift != null && e.period == 0 && k + 1 < n && one(k + 1) != null
                    && (one(k + 1).period == 'M' || one(k + 1).period == 'Y')) {
                shift = e.shift; // هذا الشهر، this month, last year
                period = one(k + 1).period;
                end = k + 2;
            } else if (e != null && (e.period == 'M' || e.period == 'Y')) {
                period = e.period;
                end = k + 1;
                Entry after = end < n ? one(end) : null;
                if (arabic && after != null && after.shift != null && plain(end)) {
                    shift = after.shift; // الشهر الماضي، العام الجاري
                    end++;
                } else {
                    shift = 0; // the month, الشهر
                }
            } else {
                YearAt y = yearAfter(k, true);
                if (y == null || y.hijri()) {
                    return null;
                }
                return new int[] { y.year(), 0, y.next() };
            }
            LocalDate ref = resolver.reference();
            if (ref == null) {
                return null;
            }
            if (period == 'M') {
                java.time.YearMonth ym = java.time.YearMonth.from(ref).plusMonths(shift);
                return new int[] { ym.getYear(), ym.getMonthValue(), end };
            }
            return new int[] { ref.getYear() + shift, 0, end };
        }

        /**
         * A month given by number: الشهر الخامس [من العام الماضي]، شهر 7 [المقبل]، شهر 4 من العام المقبل — with a year,
         * a shift, or placed by the sentence's tense. "للشهر الثالث على التوالي" and "الشهر الأول من الحرب" count months
         * of something else: an ordinal month must end its phrase or be followed by its year.
         */
        private Match monthByNumber(int i) {
            if (!tok(i).arabic() || i + 1 >= n) {
                return null;
            }
            Entry e = one(i);
            if (e == null || !plain(i) && tok(i).norm().charAt(0) != 'و' && tok(i).norm().charAt(0) != 'ف') {
                return null;
            }
            int month;
            int k;
            if (e.period == 'M' && tok(i).norm().endsWith("الشهر") || tok(i).norm().equals("الشهر")) {
                Num o = ordinalDay(i + 1);
                if (o == null || o.value() < 1 || o.value() > 12) {
                    return null;
                }
                month = o.value();
                k = o.next();
            } else if (e.has(Role.MONTH_WORD) && tok(i + 1).isNumber() && tok(i + 1).norm().length() <= 2) {
                month = tok(i + 1).intValue();
                k = i + 2;
                if (month < 1 || month > 12 || k < n && (punct(k, '/') || punct(k, '-') || punct(k, '.'))) {
                    return null;
                }
            } else {
                return null;
            }
            Parts p = new Parts();
            p.month = month;
            int end = completeYear(p, k);
            boolean hasYear = p.year != null || p.yearShift != null || p.shift != null;
            if (!hasYear && end < n && !sentenceBreak(end - 1, end) && (role(end, Role.OF) || tok(end).norm().equals("على")
                    || tok(end).arabic() && definite(tok(end).norm()) && hit(end) == null)) {
                return null;
            }
            readTense(p, i, end);
            return Match.of(end, found(i, end, resolver.calendar(p), null, p));
        }

        /**
         * A month and year, or an Arabic day and month, in digits: 5/2016 (MONTH); 15/5 after a cue (في، يوم، بتاريخ)
         * or before a shift (15/5 الماضي) — a score ("فاز 2/1") has neither.
         */
        private Match numericMonth(int i) {
            if (i + 2 >= n || gluedBefore(i) || !punct(i + 1, '/') || !adjacent(i, i + 1) || !adjacent(i + 1, i + 2)
                    || !tok(i + 2).isNumber() || tok(i).norm().length() > 2) {
                return null;
            }
            if (i + 3 < n && adjacent(i + 2, i + 3) && (tok(i + 3).isNumber() || tok(i + 3).kind() == TimeText.Kind.PUNCT
                    && "/-.:".indexOf(tok(i + 3).norm().charAt(0)) >= 0 && i + 4 < n && tok(i + 4).isNumber()
                    && adjacent(i + 3, i + 4))) {
                return null;
            }
            int a = tok(i).intValue();
            Token second = tok(i + 2);
            Parts p = new Parts();
            int end = i + 3;
            if (second.norm().length() == 4) {
                p.month = a;
                p.year = second.intValue();
                if (p.month < 1 || p.month > 12 || p.year < 1900 || p.year > 2100) {
                    return null;
                }
            } else if (second.norm().length() <= 2) {
                p.day = a;
                p.month = second.intValue();
                if (p.day < 1 || p.day > 31 || p.month < 1 || p.month > 12) {
                    return null;
                }
                Entry after = end < n ? one(end) : null;
                boolean shifted = after != null && after.shift != null && plain(end) && tok(end).arabic()
                        && !tok(end).norm().startsWith("هذ");
                boolean cued = i > 0 && tok(i - 1).arabic() && (role(i - 1, Role.CUE_MONTH) || role(i - 1, Role.DAY_WORD)
                        || tok(i - 1).norm().equals("بتاريخ"));
                if (!shifted && !cued) {
                    return null;
                }
                if (shifted) {
                    p.shift = after.shift;
                    end++;
                }
                readTense(p, i, end);
            } else {
                return null;
            }
            return Match.of(end, found(i, end, resolver.calendar(p), null, p));
        }

        /**
         * A clock time (TIMEX3 TIME): 3:30 p.m., 11am, 10 a.m., 0349 GMT, 20:21 UTC, noon — on the day written next
         * to it (10 a.m. Friday, 9:15 this morning, noon on Monday), else on the publication day.
         */
        private Match clock(int i) {
            int[] hm = clockAt(i);
            if (hm == null) {
                return null;
            }
            int k = hm[2];
            String day = null;
            int end = k;
            int at = k < n && (tok(k).norm().equals("on") || punct(k, ',')) ? k + 1 : k;
            if (at < n && !tok(at).arabic()) {
                Match date = longer(calendar(at), deictic(at));
                String v = date == null || date.found().size() != 1 ? null : date.found().get(0).timex().value();
                if (v != null && v.length() >= 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
                    day = v.substring(0, 10);
                    end = date.end();
                }
            }
            return Match.of(end, found(i, end, clockValue(day, hm), null, null, "TIME"));
        }

        private Value clockValue(String day, int[] hm) {
            if (day == null) {
                day = resolver.reference() == null ? "XXXX-XX-XX" : resolver.reference().toString();
            }
            return new Value(day + "T" + CalendarResolver.two(hm[0]) + ":" + CalendarResolver.two(hm[1]), Precision.TIME,
                    Anchor.PUBLICATION);
        }

        /**
         * An Arabic clock time: [الساعة] hour (digits, 10:30, or العاشرة، الحادية عشرة) [والنصف / والربع / إلا ربعا]
         * [صباحا، مساء، ظهرا، عصرا، ليلا، فجرا | من صباح/مساء/فجر + the day] [بالتوقيت المحلي / بتوقيت غرينتش]: "الساعة
         * العاشرة صباحا", "الثالثة من فجر اليوم" (TIMEX3 TIME). Without الساعة the hour needs its part of the day, since
         * "العاشرة" alone is also "the tenth".
         */
        private Match arabicClock(int i) {
            if (!tok(i).arabic()) {
                return null;
            }
            int j = i;
            boolean hourWord = role(i, Role.HOUR_WORD);
            if (hourWord) {
                j++;
                if (j < n && tok(j).norm().equals("عند")) {
                    return null;
                }
            }
            if (j >= n) {
                return null;
            }
            int hour;
            int minute = 0;
            int k;
            Entry m = multi(j) != null && multi(j).hour > 0 ? multi(j) : one(j);
            if (hourWord && tok(j).isNumber() && tok(j).norm().length() <= 2) {
                hour = tok(j).intValue();
                k = j + 1;
                if (k + 1 < n && punct(k, ':') && adjacent(j, k) && tok(k + 1).isNumber() && tok(k + 1).norm().length() == 2) {
                    minute = tok(k + 1).intValue();
                    k += 2;
                }
            } else if (m != null && m.hour > 0 && (hourWord || plain(j))) {
                hour = m.hour;
                k = j + m.tokens.length;
            } else {
                return null;
            }
            if (k < n && tok(k).arabic() && tok(k).norm().startsWith("و")) {
                String w = tok(k).norm().substring(1);
                if (w.equals("النصف")) {
                    minute = 30;
                    k++;
                } else if (w.equals("الربع")) {
                    minute = 15;
                    k++;
                }
            } else if (k + 1 < n && tok(k).norm().equals("الا") && (tok(k + 1).norm().startsWith("ربع")
                    || tok(k + 1).norm().equals("الربع"))) {
                hour = hour == 1 ? 12 : hour - 1;
                minute = 45;
                k += 2;
            }
            String tod = null;
            String day = null;
            int end = k;
            Entry t = k < n ? one(k) : null;
            int dayAt = k < n && role(k, Role.OF) && tok(k).arabic() ? k + 1 : k; // [من] صباح اليوم، مساء أمس
            Match d = dayAt < n && tok(dayAt).arabic() ? longer(deictic(dayAt), calendar(dayAt)) : null;
            if (d == null && t != null && t.timeOfDay != null && t.deictic == null && plain(k)) {
                tod = t.timeOfDay; // صباحا، مساء
                end = k + 1;
            } else {
                if (d != null && d.found().size() == 1) {
                    Timex x = d.found().get(0).timex();
                    tod = x.mod();
                    if (x.value().length() >= 10 && x.value().charAt(4) == '-') {
                        day = x.value().substring(0, 10);
                    }
                    end = d.end();
                }
            }
            if (!hourWord && tod == null) {
                return null;
            }
            if (hour < 0 || hour > 24 || minute > 59) {
                return null;
            }
            if (tod != null && hour < 12) {
                switch (tod) {
                    case "EV", "AF" -> hour += 12;
                    case "MI" -> hour = hour <= 6 ? hour + 12 : hour;
                    case "NI" -> hour = hour >= 7 ? hour + 12 : hour;
                    default -> { }
                }
            }
            if (end < n && role(end, Role.CLOCK)) {
                end++; // بتوقيت غرينتش، بالتوقيت المحلي
                if (end < n && tok(end).arabic() && (tok(end).norm().equals("المحلي") || tok(end).norm().equals("غرينتش")
                        || tok(end).norm().equals("غرينيتش") || tok(end).norm().equals("مكه"))) {
                    end++;
                }
            }
            if (hour == 24) {
                hour = 0;
            }
            return Match.of(end, found(i, end, clockValue(day, new int[] { hour, minute, end }), null, null, "TIME"));
        }

        /** {hour, minute, next} of an English clock time at token i, or null. */
        private int[] clockAt(int i) {
            Token t = tok(i);
            if (t.arabic()) {
                return null;
            }
            if (t.kind() == TimeText.Kind.WORD) {
                return t.norm().equals("noon") ? new int[] { 12, 0, i + 1 }
                        : t.norm().equals("midnight") ? new int[] { 24, 0, i + 1 } : null;
            }
            if (!t.isNumber() || gluedBefore(i)) {
                return null;
            }
            int hour;
            int minute = 0;
            int k;
            boolean colon = false;
            if (t.norm().length() <= 2 && i + 2 < n && punct(i + 1, ':') && adjacent(i, i + 1) && adjacent(i + 1, i + 2)
                    && tok(i + 2).isNumber() && tok(i + 2).norm().length() == 2) {
                hour = t.intValue();
                minute = tok(i + 2).intValue();
                k = i + 3;
                colon = true;
            } else if (t.norm().length() <= 2) {
                hour = t.intValue();
                k = i + 1;
            } else if (t.norm().length() == 4) {
                hour = t.intValue() / 100;
                minute = t.intValue() % 100;
                k = i + 1;
                if (k >= n || !role(k, Role.CLOCK)) {
                    return null; // 1100 alone is a year
                }
            } else {
                return null;
            }
            int ampm = 0;
            if (k < n) {
                String w = tok(k).norm();
                if ((w.equals("am") || w.equals("pm")) && !tok(k).capitalized()) {
                    ampm = w.equals("pm") ? 2 : 1;
                    k++;
                } else if ((w.equals("a") || w.equals("p")) && k + 2 < n && punct(k + 1, '.') && adjacent(k, k + 1)
                        && tok(k + 2).norm().equals("m") && adjacent(k + 1, k + 2)) {
                    ampm = w.equals("p") ? 2 : 1;
                    k += 3;
                    if (k < n && punct(k, '.') && adjacent(k - 1, k)) {
                        k++;
                    }
                }
            }
            boolean zone = k < n && role(k, Role.CLOCK) && !tok(k).arabic();
            if (zone) {
                k++;
                if (k < n && tok(k - 1).norm().equals("local") && tok(k).norm().equals("time")) {
                    k++;
                }
            }
            if (ampm == 0 && !zone && !(colon && i > 0 && (tok(i - 1).norm().equals("at") || tok(i - 1).norm().equals("by")))) {
                return null; // "3:30" alone may be a score or a ratio
            }
            if (ampm != 0) {
                if (hour < 1 || hour > 12) {
                    return null;
                }
                hour = ampm == 2 ? hour % 12 + 12 : hour % 12;
            }
            if (hour > 23 || minute > 59) {
                return null;
            }
            return new int[] { hour, minute, k };
        }

        /** A count: digits, number words (ثلاثة، خمسة عشر، خمسة وعشرين، three), or a vague one (بضعة، a few). */
        private Num quantity(int i) {
            if (i >= n) {
                return null;
            }
            Token t = tok(i);
            if (t.isNumber()) {
                if (t.norm().length() > 3 || gluedBefore(i) || i + 1 < n && adjacent(i, i + 1)
                        && (punct(i + 1, '.') || punct(i + 1, ',')) && i + 2 < n && tok(i + 2).isNumber()) {
                    return null;
                }
                return new Num(t.intValue(), i + 1);
            }
            Entry e = one(i);
            if (e == null && t.arabic() && t.norm().startsWith("ال") && t.norm().length() > 4) {
                Hit h = lexicon.lookupWord(t.norm().substring(2)); // الثلاث سنوات، التسعين دقيقة
                e = h == null || h.single() == null || h.single().cardinal < 2 ? null : h.single();
            }
            if (e == null) {
                return null;
            }
            if (e.has(Role.VAGUE_QUANTITY)) {
                return new Num(-1, i + 1);
            }
            if (e.cardinal < 0) {
                return null;
            }
            if (!t.arabic() && e.cardinal == 1 && i + 1 < n && role(i + 1, Role.VAGUE_QUANTITY)) {
                return new Num(-1, i + 2); // a few
            }
            int v = e.cardinal;
            if (t.arabic() && v < 10 && i + 1 < n) {
                String w = tok(i + 1).norm();
                if (plain(i + 1) && (w.equals("عشر") || w.equals("عشره"))) {
                    return new Num(v + 10, i + 2);
                }
                Entry tens = one(i + 1);
                if (tens != null && tens.cardinal >= 20 && tens.cardinal <= 90 && w.charAt(0) == 'و') {
                    return new Num(v + tens.cardinal, i + 2);
                }
            }
            return new Num(v, i + 1);
        }

        /** A quantity and its unit, or a dual/singular unit alone (يومين، أسبوع). Returns {amount, unit, next}. */
        private int[] measure(int i) {
            Num q = quantity(i);
            int k = q == null ? i : q.next();
            if (k >= n) {
                return null;
            }
            Entry u = one(k);
            if (u == null || u.unitCount < 0 || q != null && !plain(k) || q == null && k > i) {
                return null;
            }
            int amount;
            if (q != null) {
                amount = q.value();
                if (amount == 0) {
                    return null;
                }
            } else {
                amount = u.unitCount == 2 ? 2 : u.unitCount == 1 ? 1 : -1;
                if (!tok(k).arabic()) {
                    amount = u.unitCount == 0 ? -1 : 0;
                    if (amount == 0) {
                        return null;
                    }
                }
            }
            return new int[] { amount, u.unit, k + 1 };
        }

        /** أكثر من، نحو، more than, about: a hedge before a quantity. */
        private Mod hedge(int i) {
            if (i >= n) {
                return null;
            }
            Entry m = multi(i);
            if (m != null && m.hedge != null) {
                return new Mod(m.hedge, i + m.tokens.length);
            }
            Entry e = one(i);
            return e != null && e.hedge != null && plain(i) ? new Mod(e.hedge, i + 1) : null;
        }

        /** The TIMEX3 mod of a hedged point in time ("more than two years ago" is before that point). */
        private String pointMod(Mod h) {
            if (h == null) {
                return null;
            }
            return switch (h.mod()) {
                case "MORE" -> "BEFORE";
                case "LESS" -> "AFTER";
                case "ATLEAST" -> "ON_OR_BEFORE";
                default -> "APPROX";
            };
        }

        /** The TIMEX3 mod of a hedged duration. */
        private String durationMod(Mod h) {
            if (h == null) {
                return null;
            }
            return switch (h.mod()) {
                case "MORE" -> "MORE_THAN";
                case "LESS" -> "LESS_THAN";
                case "ATLEAST" -> "EQUAL_OR_MORE";
                default -> "APPROX";
            };
        }

        /** منذ ثلاثة أيام، قبل أسبوعين، قبل 3 سنوات; three days ago, a week ago, years ago. */
        private Match ago(int i) {
            if (tok(i).arabic() && role(i, Role.AGO_BEFORE)) {
                Mod h = hedge(i + 1);
                int[] mz = measure(h == null ? i + 1 : h.next());
                if (mz == null) {
                    return null;
                }
                int k = mz[2];
                if (k < n) {
                    Token t = tok(k);
                    Entry e = one(k);
                    if (continuesAsCalendar(k)) {
                        return null; // منذ عام 2019، قبل شهر رمضان، قبل يوم الأحد
                    }
                    if (e != null && plain(k) && (t.norm().equals("من") || onWord(t.norm()))) {
                        // قبل ثلاثة أيام من الانتخابات: counted from another event, so only a duration
                        if (mz[0] < 0) {
                            return null;
                        }
                        return Match.of(k, found(i + 1, k, new Value(CalendarResolver.duration((char) mz[1], mz[0]),
                                Precision.NONE, Anchor.PUBLICATION), durationMod(h), null, "DURATION"));
                    }
                }
                return Match.of(k, found(i, k, agoValue(mz, true), mz[0] < 0 ? null : pointMod(h), null));
            }
            if (tok(i).arabic() && role(i, Role.LATER_BEFORE) && plain(i)) {
                return later(i, true);
            }
            if (!tok(i).arabic() && tok(i).norm().equals("in") && !tok(i).capitalized()) {
                return later(i, false);
            }
            if (!tok(i).arabic()) {
                Mod h = hedge(i);
                int[] mz = measure(h == null ? i : h.next());
                if (mz == null || mz[2] >= n || !role(mz[2], Role.AGO_AFTER)) {
                    return null;
                }
                int k = mz[2] + 1;
                return Match.of(k, found(i, k, agoValue(mz, false), mz[0] < 0 ? null : pointMod(h), null));
            }
            return null;
        }

        /** على as the text writes it, with or without the dots of its final ى. */
        private static boolean onWord(String norm) {
            return norm.equals("على") || norm.equals("علي");
        }

        /**
         * "بعد 3 أيام على فوزه", "بعد أسبوعين من الهجوم": counted from another event, so only the duration; null when
         * something else follows.
         */
        private Match durationCountedFrom(int i, int at, Mod h, int[] mz, int k) {
            if (!tok(i).arabic() || mz[0] <= 0 || !(onWord(tok(k).norm()) || tok(k).norm().equals("من")) || !plain(k)) {
                return null;
            }
            return Match.of(k, found(at, k, new Value(CalendarResolver.duration((char) mz[1], mz[0]), Precision.NONE,
                    Anchor.PUBLICATION), durationMod(h), null, "DURATION"));
        }

        /**
         * A point that far after publication (TIMEX3 DATE): "سيعود الوفد بعد أسبوعين", "will report results in two
         * weeks" — only in a sentence that is not about the past ("عاد بعد أسبوعين" is two weeks after something else)
         * and not counted from an event ("بعد ثلاثة أيام من الهجوم"): those stay durations.
         */
        private Match later(int i, boolean arabic) {
            Mod h = hedge(i + 1);
            int at = h == null ? i + 1 : h.next();
            int[] mz = measure(at);
            if (mz == null || mz[0] <= 0 || arabic != tok(at).arabic() && !tok(at).isNumber()) {
                return null;
            }
            int k = mz[2];
            if (k < n && (continuesAsCalendar(k) || role(k, Role.OF) || onWord(tok(k).norm())
                    || role(k, Role.AGO_AFTER))) {
                return durationCountedFrom(i, at, h, mz, k);
            }
            Tense tense = tenseAt(i, k);
            if (arabic ? tense == Tense.PAST : tense != Tense.FUTURE) {
                return null;
            }
            if (!arabic && k + 1 < n && punct(k, '\'') && tok(k + 1).norm().equals("s")) {
                k += 2; // in ten days' time
                if (k < n && tok(k).norm().equals("time")) {
                    k++;
                }
            }
            return Match.of(k, found(arabic ? i : at, k, resolver.ago((char) mz[1], -mz[0], arabic), pointMod(h), null));
        }

        /** A unit word that is really the head of a calendar name: عام 2019، شهر يوليو، يوم الأحد، يوم أمس. */
        private boolean continuesAsCalendar(int k) {
            if (k >= n) {
                return false;
            }
            Token t = tok(k);
            Entry e = one(k);
            return t.isNumber() && t.norm().length() == 4 || month(k) != null
                    || e != null && (e.weekday > 0 || e.deictic != null);
        }

        private Value agoValue(int[] mz, boolean arabic) {
            if (mz[0] < 0) {
                return new Value("PAST_REF", Precision.NONE, Anchor.PUBLICATION);
            }
            return resolver.ago((char) mz[1], mz[0], arabic);
        }

        /** لمدة ثلاثة أيام، طوال عامين، على مدى أسبوع; for three days, over two weeks: a duration. */
        private Match duration(int i) {
            Entry c = multi(i) != null && multi(i).has(Role.DURATION_CUE) ? multi(i) : one(i);
            // "past 24 hours", "the next few days", "the first 48 hours" need no "for": the word before a count is cue
            boolean pastCue = c != null && !tok(i).arabic() && (c.shift != null && c.shift != 0
                    || c.ordinal == 1 && i > 0 && role(i - 1, Role.ARTICLE));
            if (c == null || !c.has(Role.DURATION_CUE) && !pastCue) {
                return null;
            }
            int j = i + c.tokens.length;
            if (tok(i).arabic() && j < n && tok(j).norm().equals("ال")) {
                j++; // خلال الـ24 ساعة الماضية
            }
            if (!tok(i).arabic()) {
                while (j < n && (role(j, Role.ARTICLE) && !tok(j).norm().equals("a") || one(j) != null
                        && one(j).shift != null && one(j).shift < 0)) {
                    j++; // "over the past three days"
                }
            }
            Mod h = hedge(j);
            int[] mz = measure(h == null ? j : h.next());
            if (mz == null && h == null && !tok(i).arabic() && c.has(Role.DURATION_CUE) && j > i + 1 && j < n
                    && one(j - 1) != null && one(j - 1).shift != null && one(j) != null && one(j).unitCount == 1) {
                mz = new int[] { 1, one(j).unit, j + 1 }; // over the past year, for the last decade: P1Y, P1DE
            }
            boolean forYears = mz != null && mz[0] < 0 && !tok(i).arabic() && h == null && c.has(Role.DURATION_CUE)
                    && one(j) != null && one(j).unitCount == 0 && mz[2] == j + 1;
            if (mz == null || mz[0] < 0 && !forYears && (h != null || tok(j).isNumber() || one(j) == null
                    || !one(j).has(Role.VAGUE_QUANTITY) && !(one(j).cardinal == 1 && j + 1 < n
                            && role(j + 1, Role.VAGUE_QUANTITY)))) {
                return null; // a vague count must be said (several, a few, عدة), not implied by a bare plural —
            } //               except in English "for years", "within hours" (TIMEX3 PXY)
            int k = mz[2];
            if (k < n && role(k, Role.AGO_AFTER) || continuesAsCalendar(k)) {
                return null;
            }
            if (pastCue && mz[0] >= 0 && mz[0] < 2 && !tok(j).isNumber() && h == null) {
                return null; // "last week" is a period, not a duration
            }
            Value v = new Value(CalendarResolver.duration((char) mz[1], mz[0]), Precision.NONE, Anchor.PUBLICATION);
            int end = k;
            if (tok(i).arabic() && k < n && (plain(k) && one(k).shift != null && one(k).shift < 0
                    || tok(k).norm().equals("الاخيره") || tok(k).norm().equals("الاخير"))) {
                end++; // الماضية / الأخيرة closes "the last 24 hours"
            }
            return Match.of(end, found(j, end, v, durationMod(h), null, "DURATION"));
        }

        /**
         * A counted duration without a cue word (TIMEX3 DURATION): "three years", "about five days", "15 عاما",
         * "سبع سنوات", an Arabic dual ("عامين", "ليومين"), and English compound adjectives and ages ("a five-day
         * shutdown", "a 25-year-old man" = P25Y, as TimeBank annotates them).
         */
        private Match bareDuration(int i) {
            Match dual = definiteDual(i);
            if (dual != null) {
                return dual;
            }
            Token t = tok(i);
            // the script of the expression is that of its words: digits belong to both
            boolean arabic = t.arabic() || t.isNumber() && i + 1 < n && tok(i + 1).arabic();
            Mod h = hedge(i);
            int at = h == null ? i : h.next();
            if (at >= n || at > i && !plain(i) && arabic) {
                return null;
            }
            Num q = quantity(at);
            int k;
            int amount;
            if (q != null) {
                if (q.value() == 0 || tok(at).isNumber() && gluedBefore(at)) {
                    return null;
                }
                k = q.next();
                amount = q.value();
                if (!arabic && k + 1 < n && punct(k, '-') && adjacent(k - 1, k) && adjacent(k, k + 1)) {
                    k++; // five-day, 25-year-old
                }
            } else if (arabic && h == null && one(at) != null && one(at).unitCount == 2) {
                k = at; // عامين، ليومين: a dual is its own count
                amount = 2;
            } else if (arabic && h == null && one(at) != null && one(at).unitCount == 1 && plain(at) && at + 1 < n
                    && one(at + 1) != null && one(at + 1).cardinal == 1 && plain(at + 1)) {
                Entry u = one(at); // شهر واحد، ساعة واحدة
                Value v = new Value(CalendarResolver.duration(u.unit, 1), Precision.NONE, Anchor.PUBLICATION);
                return Match.of(at + 2, found(i, at + 2, v, null, null, "DURATION"));
            } else if (arabic && h == null && at + 1 < n && tok(at).norm().startsWith("ال")) {
                return definiteDuration(at);
            } else {
                return null;
            }
            Entry u = one(k);
            if (k >= n || u == null || u.unitCount < 0 || q != null && !plain(k) || tok(k).arabic() != arabic) {
                return null;
            }
            if (q != null && amount < 0 && at == i && !(q.next() == at + 1 && one(at) != null
                    && one(at).has(Role.VAGUE_QUANTITY))) {
                return null;
            }
            if (!arabic && q != null && amount == 1 && u.unitCount == 0) {
                return null; // "a days" is no English
            }
            if (!arabic && k + 1 < n && (tok(k + 1).isNumber() || one(k + 1) != null && one(k + 1).cardinal > 0)
                    && !punct(k + 1, '-')) {
                return null; // "year seven pupils": a school year, not a duration
            }
            int end = k + 1;
            if (!arabic && end + 1 < n && punct(end, '-') && tok(end + 1).norm().equals("old") && adjacent(end, end + 1)) {
                end += 2; // 25-year-old
            } else if (!arabic && end < n && tok(end).norm().equals("old") && tok(k).norm().equals("year")) {
                end++; // 10-year old
            }
            if (end < n && (role(end, Role.AGO_AFTER) || continuesAsCalendar(end))) {
                return null;
            }
            if (arabic && at > 0 && role(at - 1, Role.AGO_BEFORE)) {
                return null; // منذ/قبل ثلاثة أيام is a point in time, left to ago()
            }
            Value v = new Value(CalendarResolver.duration(u.unit, amount), Precision.NONE, Anchor.PUBLICATION);
            return Match.of(end, found(i, end, v, durationMod(h), null, "DURATION"));
        }

        /** A definite dual unit and its shift: "الأسبوعين الماضيين", "الشهرين المقبلين", "اليومين الأخيرين" (P2W…). */
        private Match definiteDual(int i) {
            if (i + 1 >= n || !tok(i).arabic() || !tok(i).norm().startsWith("ال") || !tok(i + 1).arabic()
                    || !DUAL_SHIFTS.contains(tok(i + 1).norm())) {
                return null;
            }
            Hit h = lexicon.lookupWord(tok(i).norm().substring(2));
            Entry u = h == null ? null : h.single();
            if (u == null || u.unitCount != 2 || u.unit == 0) {
                return null;
            }
            Value v = new Value(CalendarResolver.duration(u.unit, 2), Precision.NONE, Anchor.PUBLICATION);
            return Match.of(i + 2, found(i, i + 2, v, null, null, "DURATION"));
        }

        /**
         * A definite plural unit, its count and a shift: "الأيام الثلاثة الماضية", "الشهور الثلاثة القادمة", "السنوات
         * الخمس الأخيرة" (TIMEX3 DURATION P3D, P3M, P5Y).
         */
        private Match definiteDuration(int i) {
            Hit h = lexicon.lookupWord(tok(i).norm().substring(2));
            Entry u = h == null ? null : h.single();
            if (u == null || u.unitCount != 0 || i + 2 >= n || !tok(i + 1).arabic()) {
                return null;
            }
            Num q = quantity(i + 1);
            if (q == null || q.value() < 2 || q.next() >= n) {
                return null;
            }
            int k = q.next();
            Entry after = one(k);
            String w = tok(k).norm();
            if (!(after != null && after.shift != null && after.shift != 0 && plain(k) || w.equals("الاخيره")
                    || w.equals("الاخير"))) {
                return null;
            }
            Value v = new Value(CalendarResolver.duration(u.unit, q.value()), Precision.NONE, Anchor.PUBLICATION);
            return Match.of(k + 1, found(i, k + 1, v, null, null, "DURATION"));
        }

        /**
         * A recurrence (TIMEX3 SET): every/each [n] unit, once/twice a unit, "a year" after a count ("36,000 deaths a
         * year"), سنويا/يوميا/شهريا, كل عام/كل يوم.
         */
        private Match set(int i) {
            Entry e = one(i);
            if (e == null) {
                return null;
            }
            if (e.setUnit != 0) {
                return Match.of(i + 1, found(i, i + 1, new Value(CalendarResolver.duration(e.setUnit, 1), Precision.NONE,
                        Anchor.PUBLICATION), null, null, "SET"));
            }
            if (!e.has(Role.EVERY)) {
                return null;
            }
            int j = i + 1;
            if (j < n && !tok(i).arabic() && tok(j).norm().equals("a")) {
                j++; // once a year
            }
            int amount = 1;
            Num q = j < n && !tok(j).norm().equals("a") ? quantity(j) : null;
            if (q != null && q.value() > 1) {
                amount = q.value();
                j = q.next();
            }
            Entry u = j < n ? one(j) : null;
            if (u == null || u.unitCount < 0 || !plain(j) && tok(j).arabic() || tok(j).arabic() != tok(i).arabic()) {
                return null;
            }
            return Match.of(j + 1, found(i, j + 1, new Value(CalendarResolver.duration(u.unit, amount), Precision.NONE,
                    Anchor.PUBLICATION), null, null, "SET"));
        }

        /**
         * Quarters and halves of a year: الربع الأول من العام الجاري، الربع الأخير من العام الماضي، النصف الأول من
         * العام; the first quarter of 2024, third-quarter, Q1 2024, the second half of the year (TIMEX3 2024-Q1,
         * 2024-H2). Without a year, the most recent such part not after publication.
         */
        private Match quarter(int i) {
            int q;
            int k;
            boolean half;
            Token t = tok(i);
            if (t.arabic()) {
                half = role(i, Role.HALF_WORD);
                if (!role(i, Role.QUARTER_WORD) && !half || i + 1 >= n || one(i + 1) == null || !tok(i + 1).arabic()
                        || !plain(i)) {
                    return null;
                }
                q = one(i + 1).nth < 0 ? (half ? 2 : 4) : one(i + 1).ordinal;
                k = i + 2;
            } else if (t.norm().equals("q") && i + 1 < n && adjacent(i, i + 1) && tok(i + 1).isNumber()
                    && t.capitalized()) {
                q = tok(i + 1).norm().length() == 1 ? tok(i + 1).intValue() : 0;
                k = i + 2;
                half = false;
            } else {
                Entry o = one(i);
                if (o == null || o.ordinal == 0 && o.nth >= 0) {
                    return null;
                }
                k = i + 1;
                if (punct(k, '-') && adjacent(i, k)) {
                    k++;
                }
                half = role(k, Role.HALF_WORD);
                if (!role(k, Role.QUARTER_WORD) && !half) {
                    return null;
                }
                q = o.nth < 0 ? (half ? 2 : 4) : o.ordinal;
                k++;
            }
            if (q < 1 || q > (half ? 2 : 4)) {
                return null;
            }
            Parts p = new Parts();
            int of = k < n && role(k, Role.OF) ? k + 1 : k;
            YearAt y = yearAfter(of, true);
            if (y != null && !y.hijri()) {
                p.year = y.year();
                k = y.next();
            } else if (of + 1 < n && one(of) != null && one(of + 1) != null) {
                Entry a = one(of);
                Entry b = one(of + 1);
                if (tok(of).arabic() && a.period == 'Y' && b.shift != null && plain(of + 1)) {
                    p.yearShift = b.shift; // الربع الأول من العام الجاري
                    k = of + 2;
                } else if (!tok(of).arabic() && a.shift != null && b.period == 'Y') {
                    p.yearShift = a.shift; // the first quarter of last year
                    k = of + 2;
                } else if (!tok(of).arabic() && role(of, Role.ARTICLE) && b.period == 'Y' && of > k) {
                    p.yearShift = 0; // the second half of the year
                    k = of + 2;
                }
            } else if (of < n && of > k && one(of) != null && one(of).period == 'Y' && tok(of).arabic()) {
                p.yearShift = 0; // النصف الأول من العام
                k = of + 1;
            }
            if (half && p.year == null && p.yearShift == null && (t.arabic() || i == 0 || !role(i - 1, Role.ARTICLE))) {
                return null; // "half" alone is rarely a date: "the first half" needs its article, النصف its year
            }
            Value v = half ? resolver.half(q, p.year, p.yearShift) : resolver.quarter(q, p.year, p.yearShift);
            return Match.of(k, found(i, k, v, null, p));
        }

        /**
         * [modifier] season (year | العام الماضي | الماضي/المقبل | هذا); [last|this|next] season [of] [year]:
         * صيف 2023، صيف العام الماضي، الشتاء المقبل، هذا الصيف، last summer, the summer of 2023, fall 2023.
         */
        private Match season(int i) {
            int j = i;
            String mod = null;
            Mod m = modifier(i);
            if (m != null) {
                mod = m.mod();
                j = m.next();
            }
            Integer shift = null;
            if (j < n && one(j) != null && one(j).shift != null && one(j).season == null && plain(j)
                    && (!tok(j).arabic() || tok(j).norm().startsWith("هذ"))) {
                shift = one(j).shift; // last summer, هذا الصيف
                j++;
            }
            if (j >= n || one(j) == null || one(j).season == null || multi(j) != null && multi(j).month > 0
                    || j > i && !plain(j)) {
                return null;
            }
            boolean arabic = tok(j).arabic();
            String season = one(j).season;
            int k = j + 1;
            Integer year = null;
            Integer yearShift = null;
            if (!arabic && k < n && role(k, Role.OF)) {
                k++;
            }
            YearAt y = yearAfter(k, true);
            if (y != null && !y.hijri()) {
                year = y.year();
                k = y.next();
            } else if (arabic && k + 1 < n && one(k) != null && one(k).period == 'Y' && one(k + 1) != null
                    && one(k + 1).shift != null && plain(k + 1)) {
                yearShift = one(k + 1).shift; // صيف العام الماضي
                k += 2;
            } else if (arabic && shift == null && k < n && one(k) != null && one(k).shift != null && plain(k)) {
                shift = one(k).shift; // الصيف الماضي
                k++;
            } else if (!arabic && k > j + 1) {
                k = j + 1; // "fall of" without a year
            }
            if (year == null && yearShift == null && shift == null) {
                return null;
            }
            if (!arabic && shift == null && year == null) {
                return null;
            }
            Value v = resolver.season(season, year, yearShift, shift);
            return Match.of(k, found(i, k, v, mod, null));
        }

        /** 28/1/2024, 28-01-2024, 28.1.2024 (day first; month first in English when it must be), 2024-01-28. */
        private Match numeric(int i) {
            if (i + 4 >= n || gluedBefore(i)) {
                return null;
            }
            Token a = tok(i);
            Token s1 = tok(i + 1);
            Token b = tok(i + 2);
            Token s2 = tok(i + 3);
            Token c = tok(i + 4);
            if (s1.kind() != TimeText.Kind.PUNCT || !s1.norm().equals(s2.norm()) || "/-.".indexOf(s1.norm().charAt(0)) < 0
                    || !b.isNumber() || !c.isNumber() || !adjacent(i, i + 1) || !adjacent(i + 1, i + 2)
                    || !adjacent(i + 2, i + 3) || !adjacent(i + 3, i + 4)) {
                return null;
            }
            if (i + 5 < n && adjacent(i + 4, i + 5) && (tok(i + 5).isNumber()
                    || tok(i + 5).kind() == TimeText.Kind.PUNCT && "/-.:".indexOf(tok(i + 5).norm().charAt(0)) >= 0
                            && i + 6 < n && tok(i + 6).isNumber() && adjacent(i + 5, i + 6))) {
                return null;
            }
            int la = a.norm().length();
            int lb = b.norm().length();
            int lc = c.norm().length();
            Parts p = new Parts();
            if (la == 4 && lb <= 2 && lc <= 2) {
                p.year = a.intValue();
                p.month = b.intValue();
                p.day = c.intValue();
            } else if (lc == 4 && la <= 2 && lb <= 2) {
                int x = a.intValue();
                int y = b.intValue();
                boolean monthFirst = x <= 12 && (y > 12 || english && !s1.isPunct('.'));
                p.year = c.intValue();
                p.month = monthFirst ? x : y;
                p.day = monthFirst ? y : x;
            } else {
                return null;
            }
            if (p.year < 1900 || p.year > 2100 || p.month < 1 || p.month > 12) {
                return null;
            }
            Value v = resolver.calendar(p);
            return Match.of(i + 5, found(i, i + 5, v, null, p));
        }
    }
}
