package org.tarikh.timeline.chronology;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a TIMEX3 date value stands for, first and last day included: "2024-01-28" one day, "2024-W05" an ISO
 * week, "2024-01" a month, "2023-SU" a season, "199" a decade, "19" a century. A day value with precision WEEK is an
 * Arab week (Saturday to Friday), named by its first day: that is how entity-service writes "الأسبوع الماضي".
 */
public record DateInterval(LocalDate earliest, LocalDate latest) {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern WEEKEND = Pattern.compile("(\\d{4})-W(\\d{2})-WE");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X?");
    private static final Pattern CENTURY = Pattern.compile("(\\d{2})(XX)?");

    /** The first month of each TIMEX3 season: meteorological seasons, so winter 2023 runs into February 2024. */
    private static final String SEASONS = "SPSUFAWI";

    public DateInterval {
        if (latest.isBefore(earliest)) {
            throw new IllegalArgumentException(earliest + " is after " + latest);
        }
    }

    /** The interval of a value as written, its precision implied by its form. */
    public static DateInterval of(String value) {
        return of(value, null);
    }

    /**
     * The interval of a value at the precision its producer gave; the precision matters only where the form alone
     * is ambiguous (a day value at WEEK precision is the Arab week holding that day).
     *
     * @throws IllegalArgumentException when the value names no calendar interval (PRESENT_REF, P3D, XXXX-10-07, ...)
     * @throws java.time.DateTimeException when it looks like one but is not (2024-02-30, 2024-W54)
     */
    public static DateInterval of(String value, DatePrecision precision) {
        if (value == null) {
            throw new IllegalArgumentException("no date value");
        }
        Matcher m;
        if ((m = DAY.matcher(value)).matches()) {
            LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
            if (precision == DatePrecision.WEEK) {
                LocalDate saturday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
                return new DateInterval(saturday, saturday.plusDays(6));
            }
            return new DateInterval(d, d);
        }
        if ((m = WEEK.matcher(value)).matches()) {
            LocalDate monday = isoMonday(m);
            return new DateInterval(monday, monday.plusDays(6));
        }
        if ((m = WEEKEND.matcher(value)).matches()) {
            // TIMEX3's weekend of an ISO week: its Saturday and Sunday (entity-service tags only English weekends)
            LocalDate monday = isoMonday(m);
            return new DateInterval(monday.plusDays(5), monday.plusDays(6));
        }
        if ((m = MONTH.matcher(value)).matches()) {
            return months(LocalDate.of(num(m, 1), num(m, 2), 1), 1);
        }
        if ((m = QUARTER.matcher(value)).matches()) {
            return months(LocalDate.of(num(m, 1), (num(m, 2) - 1) * 3 + 1, 1), 3);
        }
        if ((m = HALF.matcher(value)).matches()) {
            return months(LocalDate.of(num(m, 1), (num(m, 2) - 1) * 6 + 1, 1), 6);
        }
        if ((m = SEASON.matcher(value)).matches()) {
            int firstMonth = 3 + 3 * (SEASONS.indexOf(m.group(2)) / 2);
            return months(LocalDate.of(num(m, 1), firstMonth, 1), 3);
        }
        if ((m = YEAR.matcher(value)).matches()) {
            return years(num(m, 1), 1);
        }
        if ((m = DECADE.matcher(value)).matches()) {
            return years(num(m, 1) * 10, 10);
        }
        if ((m = CENTURY.matcher(value)).matches()) {
            return years(num(m, 1) * 100, 100);
        }
        throw new IllegalArgumentException("'" + value + "' is not a calendar date value");
    }

    /** The precision a value's form implies, for a producer that sent none (or one this service does not know). */
    public static DatePrecision impliedPrecision(String value) {
        if (DAY.matcher(value).matches()) {
            return value.contains("T") ? DatePrecision.TIME : DatePrecision.DAY;
        }
        if (WEEK.matcher(value).matches() || WEEKEND.matcher(value).matches()) {
            return DatePrecision.WEEK;
        }
        if (MONTH.matcher(value).matches()) {
            return DatePrecision.MONTH;
        }
        if (QUARTER.matcher(value).matches() || SEASON.matcher(value).matches()) {
            return DatePrecision.QUARTER;
        }
        if (HALF.matcher(value).matches() || YEAR.matcher(value).matches()) {
            return DatePrecision.YEAR;
        }
        if (DECADE.matcher(value).matches()) {
            return DatePrecision.DECADE;
        }
        if (CENTURY.matcher(value).matches()) {
            return DatePrecision.CENTURY;
        }
        return DatePrecision.NONE;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(earliest) && !day.isAfter(latest);
    }

    private static LocalDate isoMonday(Matcher m) {
        LocalDate fourthOfJanuary = LocalDate.of(num(m, 1), 1, 4); // always in week 1
        int week = num(m, 2);
        // week 53 exists only in some years; with() alone would roll 2021-W53 into 2022
        IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(fourthOfJanuary).checkValidValue(week,
                IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return fourthOfJanuary.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static DateInterval months(LocalDate first, int count) {
        return new DateInterval(first, first.plusMonths(count).minusDays(1));
    }

    private static DateInterval years(int first, int count) {
        return new DateInterval(LocalDate.of(first, 1, 1), LocalDate.of(first + count - 1, 12, 31));
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
