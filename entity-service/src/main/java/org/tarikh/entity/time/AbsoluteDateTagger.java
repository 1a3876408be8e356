package org.tarikh.entity.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Complete calendar dates: "January 4, 2022", "4 January 2022", "4 يناير 2022". */
public final class AbsoluteDateTagger implements TemporalTagger {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12),
            Map.entry("يناير", 1), Map.entry("فبراير", 2), Map.entry("مارس", 3), Map.entry("أبريل", 4),
            Map.entry("ابريل", 4), Map.entry("إبريل", 4), Map.entry("مايو", 5), Map.entry("يونيو", 6),
            Map.entry("يوليو", 7), Map.entry("أغسطس", 8), Map.entry("اغسطس", 8), Map.entry("سبتمبر", 9),
            Map.entry("أكتوبر", 10), Map.entry("اكتوبر", 10), Map.entry("نوفمبر", 11), Map.entry("ديسمبر", 12));

    private static final String MONTH = "(" + String.join("|", MONTHS.keySet()) + ")";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,2})\\s+(?:من\\s+)?" + MONTH + "\\s+(?:عام\\s+|سنة\\s+)?(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Override
    public List<Timex> tag(String text, LocalDate reference, String lang) {
        List<Timex> found = new ArrayList<>();
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            add(found, text, m, m.group(1), m.group(2), m.group(3));
        }
        m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            add(found, text, m, m.group(2), m.group(1), m.group(3));
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private static void add(List<Timex> found, String text, Matcher m, String month, String day, String year) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), MONTHS.get(month.toLowerCase(Locale.ROOT)),
                    Integer.parseInt(day));
            found.add(new Timex(text.substring(m.start(), m.end()), m.start(), m.end(), date.toString(), "DATE",
                    Precision.DAY, Anchor.ABSOLUTE, null));
        } catch (DateTimeException | NullPointerException notADate) {
            // "February 30, 2024" is not a date; leave it untagged
        }
    }
}
