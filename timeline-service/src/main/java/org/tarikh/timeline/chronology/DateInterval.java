package org.tarikh.timeline.chronology;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The days a TIMEX3 date value stands for: "2024-01-28" one day, "2024-W05" a week, "2024-01" a month. */
public record DateInterval(LocalDate earliest, LocalDate latest) {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X?");

    /** @throws IllegalArgumentException when the value names no calendar interval (PRESENT_REF, P3D, ...) */
    public static DateInterval of(String value) {
        Matcher m;
        if ((m = DAY.matcher(value)).matches()) {
            LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
            return new DateInterval(d, d);
        }
        if ((m = WEEK.matcher(value)).matches()) {
            LocalDate monday = LocalDate.of(num(m, 1), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return new DateInterval(monday, monday.plusDays(6));
        }
        if ((m = MONTH.matcher(value)).matches()) {
            LocalDate first = LocalDate.of(num(m, 1), num(m, 2), 1);
            return new DateInterval(first, first.with(TemporalAdjusters.lastDayOfMonth()));
        }
        if ((m = QUARTER.matcher(value)).matches()) {
            LocalDate first = LocalDate.of(num(m, 1), (num(m, 2) - 1) * 3 + 1, 1);
            return new DateInterval(first, first.plusMonths(3).minusDays(1));
        }
        if ((m = YEAR.matcher(value)).matches()) {
            int y = num(m, 1);
            return new DateInterval(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        }
        if ((m = DECADE.matcher(value)).matches()) {
            int y = num(m, 1) * 10;
            return new DateInterval(LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31));
        }
        throw new IllegalArgumentException("'" + value + "' is not a calendar date value");
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
