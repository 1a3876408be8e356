package org.tarikh.entity.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The time words of both languages, loaded from {@code src/main/resources/time/*.tsv}. A form may be
 * several tokens ("كانون الثاني", "the end of"); a form may carry several senses ("عام" is a year word
 * and a unit). Forms are folded like the text, so one entry covers أكتوبر/اكتوبر and ة/ه spellings.
 */
final class TimeLexicon {

    /** Grammatical roles a time word can play. */
    enum Role {
        /** licenses a bare month name after it: في، خلال، منذ، in, since */
        CUE_MONTH,
        /** licenses a bare year number after it: في، منذ، حتى، in, since, by */
        CUE_YEAR,
        /** joins the two ends of a range: إلى، حتى، و، to, and, - */
        RANGE,
        /** منذ / قبل before a quantity: "three days ago" */
        AGO_BEFORE,
        /** "ago" after a quantity */
        AGO_AFTER,
        /** لمدة / for: the quantity after it is a duration */
        DURATION_CUE,
        /** عام / سنة / year before a year number */
        YEAR_WORD,
        /** يوم before a weekday or أمس */
        DAY_WORD,
        /** شهر before a month name */
        MONTH_WORD,
        /** من / of between a day and its month */
        OF,
        /** هـ after a year: Hijri */
        HIJRI_MARK,
        /** م / ميلادي / AD after a year */
        AD_MARK,
        /** نحو / about / $ before a number: it is a quantity, not a year */
        QUANTITY_BEFORE,
        /** أكثر / more: "أكثر من 2000", "more than 2000" */
        COMPARATIVE,
        /** st / nd / rd / th glued to a day number */
        ORDINAL_SUFFIX,
        /** earlier / later: "earlier this month" */
        RELATIVE_HEDGE,
        /** a word after which a bare year number can still be a year (و، في، the, Arabic particles) */
        FUNCTION_WORD,
        /** a counted noun after a number: people, troops, شخص, دولار */
        COUNTED_NOUN,
        /** القرن الماضي / القرن العشرين after a decade word: 20th century */
        CENTURY_PAST,
        /** القرن الحالي / الحادي والعشرين after a decade word */
        CENTURY_PRESENT,
        /** the / a, skipped at the edge of an English expression */
        ARTICLE,
        /** "a few", بضعة: an unspecified quantity */
        VAGUE_QUANTITY,
        /** الربع / quarter, with an ordinal: الربع الأول، the third quarter */
        QUARTER_WORD,
        /** GMT, بتوقيت: the number before it is a clock time (2030 GMT), not a year */
        CLOCK,
        /** نفسه، التالي after اليوم: "the same day", "the next day" — a day of the story, not today */
        SAME_DAY,
        /** تلك، ذلك، نفس before اليوم/الليلة: "that day" */
        DISTAL,
        /** الموافق: the weekday before it and the date after it are one expression */
        EQUALS,
        /** اعتبارا/ابتداء before من: "as of" */
        AS_OF,
        /** every, each, كل, once: a recurrence of the unit after it */
        EVERY,
        /** will, would, سوف، لن، من المقرر: the sentence speaks of what is to come */
        FUTURE_CUE,
        /**
         * the imperfect of a verb of a programme (يبدأ، تعقد، يزور، تنطلق): the date it governs is to come — Arabic news
         * announce what is scheduled in the plain imperfect —, unless كان before it makes it a past habit
         */
        SCHEDULED,
        /** said, was, had: the sentence speaks of what happened (English; "-ed" forms are read as past too) */
        PAST_CUE,
        /** بعد before a count: "بعد أسبوعين", a point that far ahead */
        LATER_BEFORE,
        /** النصف / half, with an ordinal: النصف الأول من العام، the second half */
        HALF_WORD,
        /** الساعة: the hour word before a clock time */
        HOUR_WORD,
        /** الهجري، القمري: after الشهر it names a kind of month, not the current one */
        CALENDAR_KIND,
        /** قوى، شارع، مدينة: a date right after it names a movement, a street or a town (قوى 14 آذار) */
        NAME_HEAD,
        /** century, القرن */
        CENTURY_WORD,
        /** the, its, their: a determiner before a year makes it the year of the noun after it (the 2008 disasters) */
        DETERMINER,
        /** be, been, is, are, has: an auxiliary whose participle takes its tense from it ("will be held") */
        PASSIVE_AUX,
        /** plans, expected, due, likely before "to": "is expected to meet on Monday" speaks of the future */
        TO_FUTURE,
        /** nouns that begin like a future verb (سيارة، ستة، سنوات): not سـ + imperfect */
        NOT_FUTURE_VERB,
        /** نحن، لدينا: a speaker's present, in which اليوم means "nowadays" */
        FIRST_PERSON,
        /** حتى، أما before اليوم: "to this day", "as for today": the present, not the day */
        PRESENT_BEFORE
    }

    /** All senses of one form. Fields left at their defaults mean "no such sense". */
    static final class Entry {
        final String[] tokens;
        int month;
        boolean hijri;
        /** month names that are also ordinary words (آب "father", Mar) need a day or a year beside them */
        boolean strictMonth;
        /** month names that are also numerals (صفر) need a year, or an ordinal-word day */
        boolean monthNeedsYear;
        int weekday;
        /** a weekday named without the article, only after أول/آخر (أول جمعة من مارس): ISO day */
        int weekdayIndef;
        /** the nth (1..5) or last (-1) of a month's weekdays, days or weeks: الأولى، الأخير، آخر، first, last */
        int nth;
        /** an Arabic hour word: العاشرة = 10 (الساعة العاشرة صباحا) */
        int hour;
        /** Arabic ordinal day word: value, and whether it only occurs in compounds (الحادي عشر) */
        int ordinal;
        boolean ordinalCompoundOnly;
        int ordinalTens;
        int cardinal = -1;
        /** D W M Y H N(minute) E(decade) */
        char unit;
        /** 1 singular, 2 dual, 0 plural */
        int unitCount = -1;
        Integer shift;
        String mod;
        /** MORE / LESS / APPROX / ATLEAST before a quantity */
        String hedge;
        String timeOfDay;
        /** -2..2 days from publication, or P for PRESENT_REF, T for Arabic اليوم */
        String deictic;
        /** W M Y, K for an English weekend */
        char period;
        /** SP SU FA WI */
        String season;
        /** D W M Y: a recurrence word on its own (سنويا = every year, TIMEX3 SET P1Y) */
        char setUnit;
        int decade = -1;
        final Set<Role> roles = EnumSet.noneOf(Role.class);

        Entry(String[] tokens) {
            this.tokens = tokens;
        }

        boolean has(Role r) {
            return roles.contains(r);
        }
    }

    /** A lexicon match at one token: the one-token senses and the longest multi-token form. */
    record Hit(Entry single, Entry multi, int prefixLength) {
    }

    private static final String[] FILES = { "months.tsv", "weekdays.tsv", "numbers.tsv", "units.tsv",
            "relative.tsv" };

    private static volatile TimeLexicon standard;

    private final Map<String, List<Entry>> byHead = new HashMap<>();
    private final Map<String, Entry> byForm = new HashMap<>();

    static TimeLexicon standard() {
        TimeLexicon l = standard;
        if (l == null) {
            synchronized (TimeLexicon.class) {
                l = standard;
                if (l == null) {
                    l = new TimeLexicon();
                    for (String f : FILES) {
                        l.load("/time/" + f);
                    }
                    standard = l;
                }
            }
        }
        return l;
    }

    private void load(String resource) {
        try (InputStream in = TimeLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing time lexicon " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                try {
                    apply(resource, entry(f[0]), f);
                } catch (RuntimeException bad) {
                    throw new IllegalStateException(resource + ":" + no + ": " + line, bad);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Entry entry(String form) {
        String folded = TimeText.foldForm(form);
        return byForm.computeIfAbsent(folded, k -> {
            Entry e = new Entry(k.split(" "));
            byHead.computeIfAbsent(e.tokens[0], h -> new ArrayList<>()).add(e);
            return e;
        });
    }

    private static void apply(String resource, Entry e, String[] f) {
        switch (resource) {
            case "/time/months.tsv" -> {
                e.month = Integer.parseInt(f[1]);
                e.hijri = f[2].equals("H");
                e.strictMonth = f.length > 3 && f[3].contains("strict");
                e.monthNeedsYear = f.length > 3 && f[3].contains("needs-year");
            }
            case "/time/weekdays.tsv" -> e.weekday = Integer.parseInt(f[1]);
            case "/time/numbers.tsv" -> {
                int v = Integer.parseInt(f[1]);
                switch (f[2]) {
                    case "CARD" -> e.cardinal = v;
                    case "ORD" -> e.ordinal = v;
                    case "ORDC" -> {
                        e.ordinal = v;
                        e.ordinalCompoundOnly = true;
                    }
                    case "ORD_TENS" -> e.ordinalTens = v;
                    default -> throw new IllegalArgumentException(f[2]);
                }
            }
            case "/time/units.tsv" -> {
                e.unit = f[1].charAt(0);
                e.unitCount = Integer.parseInt(f[2]);
            }
            default -> {
                String role = f[1];
                String value = f.length > 2 ? f[2] : "";
                switch (role) {
                    case "SHIFT" -> e.shift = Integer.parseInt(value);
                    case "MOD" -> e.mod = value;
                    case "HEDGE" -> e.hedge = value;
                    case "TOD" -> e.timeOfDay = value;
                    case "DEICTIC" -> {
                        e.deictic = value;
                        if (f.length > 3) {
                            e.timeOfDay = f[3];
                        }
                    }
                    case "PERIOD" -> e.period = value.charAt(0);
                    case "SEASON" -> e.season = value;
                    case "DECADE" -> e.decade = Integer.parseInt(value);
                    case "SET" -> e.setUnit = value.charAt(0);
                    case "WEEKDAY_INDEF" -> e.weekdayIndef = Integer.parseInt(value);
                    case "NTH" -> e.nth = Integer.parseInt(value);
                    case "HOUR" -> e.hour = Integer.parseInt(value);
                    default -> e.roles.add(Role.valueOf(role));
                }
            }
        }
    }

    /**
     * The senses at token {@code i}. Arabic proclitics are tried when the whole word is unknown: و/ف, then
     * ب/ل/ك, with لل read as ل + ال ("للعام"). The stripped length lets the timex start after them.
     */
    Hit lookup(List<TimeText.Token> tokens, int i) {
        TimeText.Token t = tokens.get(i);
        if (t.kind() != TimeText.Kind.WORD) {
            return null;
        }
        String w = t.norm();
        Hit h = lookupStem(tokens, i, w, 0);
        if (h != null || !t.arabic() || w.length() < 3) {
            return h;
        }
        int p = 0;
        String s = w;
        char c = s.charAt(0);
        if (c == 'و' || c == 'ف') {
            s = s.substring(1);
            p = 1;
            h = lookupStem(tokens, i, s, p);
            if (h != null) {
                return h;
            }
        }
        if (s.length() >= 3) {
            c = s.charAt(0);
            if (c == 'ب' || c == 'ل' || c == 'ك') {
                String rest = s.substring(1);
                h = lookupStem(tokens, i, rest, p + 1);
                if (h == null && c == 'ل' && rest.charAt(0) == 'ل') {
                    h = lookupStem(tokens, i, "ا" + rest, p + 1);
                }
                return h;
            }
        }
        return null;
    }

    /** The one-token senses of a folded word on its own, without clitic stripping. */
    Hit lookupWord(String folded) {
        List<Entry> entries = byHead.get(folded);
        if (entries == null) {
            return null;
        }
        for (Entry e : entries) {
            if (e.tokens.length == 1) {
                return new Hit(e, null, 0);
            }
        }
        return null;
    }

    private Hit lookupStem(List<TimeText.Token> tokens, int i, String stem, int prefix) {
        List<Entry> entries = byHead.get(stem);
        if (entries == null) {
            return null;
        }
        Entry single = null;
        Entry multi = null;
        for (Entry e : entries) {
            int n = e.tokens.length;
            if (n == 1) {
                single = e;
                continue;
            }
            if (i + n > tokens.size() || multi != null && multi.tokens.length >= n) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < n && ok; k++) {
                ok = tokens.get(i + k).norm().equals(e.tokens[k]);
            }
            if (ok) {
                multi = e;
            }
        }
        return single == null && multi == null ? null : new Hit(single, multi, prefix);
    }
}
