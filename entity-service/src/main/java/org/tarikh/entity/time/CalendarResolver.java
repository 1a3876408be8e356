package org.tarikh.entity.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * Turns the recognized parts of a temporal expression into a TIMEX3 value against the publication date.
 * Rules: an explicit year wins; a missing year takes the most recent such date not after publication
 * (الماضي/last: strictly before; المقبل/next: strictly after); a bare weekday is the most recent one not after
 * publication; the Arab week starts on Saturday, the English week is the ISO week. Without a publication
 * date, relative values stay underspecified (XXXX-10-07, XXXX-XX-XX) rather than invented.
 */
final class CalendarResolver {

    /** The recognized parts of a calendar expression; unset fields are 0 or null. */
    static final class Parts {
        Integer year;
        /** the year is relative to publication ("من العام الماضي") */
        Integer yearShift;
        boolean hijri;
        int month;
        int day;
        Integer shift;
        String mod;
        /** the tense of the sentence, for a date without a year and without a shift word */
        Tense tense = Tense.PAST;
    }

    /**
     * The tense a year-less date is read in: PAST keeps the most recent such date not after publication, FUTURE takes
     * the next one from publication on, NONE (no cue) takes the nearer of the two, the future one only when it is
     * less than half a year ahead and less than half as far as the past one (news report more than they announce).
     */
    enum Tense { PAST, FUTURE, NONE }

    record Value(String value, Precision precision, Anchor anchor) {
        Value withPrecision(Precision p) {
            return p == null ? this : new Value(value, p, anchor);
        }
    }

    private final LocalDate reference;

    CalendarResolver(LocalDate reference) {
        this.reference = reference;
    }

    LocalDate reference() {
        return reference;
    }

    /** A calendar date, month or year; null when the parts name no real date (31 February). */
    Value calendar(Parts p) {
        try {
            Integer year = p.year;
            boolean relative = year == null;
            if (year == null && p.yearShift != null && reference != null) {
                year = (p.hijri ? hijriYear(reference) : reference.getYear()) + p.yearShift;
            }
            Anchor anchor = relative ? Anchor.PUBLICATION : Anchor.ABSOLUTE;
            if (p.day > 0) {
                if (year != null) {
                    return new Value(day(date(p.hijri, year, p.month, p.day)), Precision.DAY, anchor);
                }
                if (reference == null || p.yearShift != null) {
                    return new Value(p.hijri ? "XXXX-XX-XX" : "XXXX-" + two(p.month) + "-" + two(p.day),
                            Precision.DAY, Anchor.PUBLICATION);
                }
                return new Value(day(nearest(p)), Precision.DAY, Anchor.PUBLICATION);
            }
            if (p.month > 0) {
                if (year == null && p.hijri && reference != null) {
                    return new Value(YearMonth.from(hijriMonthMiddle(p.month, p.shift)).toString(), Precision.MONTH,
                            anchor);
                }
                if (year == null) {
                    if (reference == null || p.hijri) {
                        return new Value(p.hijri ? "XXXX-XX" : "XXXX-" + two(p.month), Precision.MONTH,
                                Anchor.PUBLICATION);
                    }
                    year = yearOfMonth(p.month, p.shift, p.tense);
                }
                if (p.hijri) {
                    // a Hijri month straddles two Gregorian months: name the one holding its middle
                    return new Value(YearMonth.from(date(true, year, p.month, 15)).toString(), Precision.MONTH, anchor);
                }
                return new Value(YearMonth.of(year, p.month).toString(), Precision.MONTH, anchor);
            }
            if (year == null) {
                return new Value("XXXX", Precision.YEAR, Anchor.PUBLICATION);
            }
            if (p.hijri) {
                return new Value(year(hijriYearMiddle(year)), Precision.YEAR, anchor);
            }
            return new Value(year(year), Precision.YEAR, anchor);
        } catch (DateTimeException notADate) {
            return null;
        }
    }

    private static LocalDate date(boolean hijri, int year, int month, int day) {
        return hijri ? LocalDate.from(HijrahDate.of(year, month, day)) : LocalDate.of(year, month, day);
    }

    /**
     * The middle (15th) of a Hijri month named without a year (شهر رمضان، رمضان الماضي): with a shift the last one
     * over or the next one to begin; else the one under way at publication, or the nearest one — a month of the
     * religious calendar is written of around when it falls, whatever the sentence's tense.
     */
    private LocalDate hijriMonthMiddle(int month, Integer shift) {
        int hy = hijriYear(reference);
        LocalDate best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int y = hy - 2; y <= hy + 2; y++) {
            LocalDate start = date(true, y, month, 1);
            LocalDate end = LocalDate.from(HijrahDate.of(y, month, 1).plus(1, java.time.temporal.ChronoUnit.MONTHS));
            LocalDate middle = date(true, y, month, 15);
            boolean under = !reference.isBefore(start) && reference.isBefore(end);
            if (shift != null && shift < 0) {
                if (end.isAfter(reference)) {
                    continue; // not over yet
                }
            } else if (shift != null && shift > 0) {
                if (!start.isAfter(reference)) {
                    continue; // begun already
                }
            } else if (under) {
                return middle;
            }
            long distance = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(reference, middle));
            if (distance < bestDistance) {
                best = middle;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * The Gregorian year holding the middle of a Hijri year: Umm al-Qura where java.time has it (1300–1600 AH), else
     * the arithmetic of the lunar year (1 Muharram 1 AH = 16 July 622; 354.367 days a year) for historical years.
     */
    private static int hijriYearMiddle(int hijriYear) {
        if (hijriYear >= 1300 && hijriYear <= 1600) {
            return date(true, hijriYear, 6, 29).getYear();
        }
        return (int) Math.floor(622.54 + (hijriYear - 0.5) * (354.367 / 365.2425));
    }

    private static int hijriYear(LocalDate d) {
        return HijrahDate.from(d).get(ChronoField.YEAR);
    }

    /** The most recent such day not after publication, or the next/previous one when shifted or in the future. */
    private LocalDate nearest(Parts p) {
        if ((p.shift == null || p.shift == 0) && p.tense != Tense.PAST) {
            LocalDate past = nearestShifted(p, 0);
            LocalDate next;
            try {
                next = nearestShifted(p, p.tense == Tense.FUTURE ? 2 : 1);
            } catch (DateTimeException none) {
                return past;
            }
            if (p.tense == Tense.FUTURE || nearerAhead(java.time.temporal.ChronoUnit.DAYS.between(reference, next),
                    java.time.temporal.ChronoUnit.DAYS.between(past, reference), 183)) {
                return next;
            }
            return past;
        }
        return nearestShifted(p, p.shift == null ? 0 : p.shift);
    }

    /** Whether a date {@code ahead} units after publication is read before one {@code back} units before it. */
    private static boolean nearerAhead(long ahead, long back, long horizon) {
        return ahead < horizon && ahead * 2 < back;
    }

    /** shift 0: most recent not after publication; -1 strictly before; 1 strictly after; 2 on or after. */
    private LocalDate nearestShifted(Parts p, int shift) {
        int y = p.hijri ? hijriYear(reference) : reference.getYear();
        int step = shift > 0 ? 1 : -1;
        y = shift > 0 ? y - 1 : y + 1; // 2 (on or after) walks forward too
        for (int tries = 0; tries < 12; tries++, y += step) {
            LocalDate d;
            try {
                d = date(p.hijri, y, p.month, p.day);
            } catch (DateTimeException notInThisYear) {
                continue;
            }
            // walking backwards from next year (or forwards from last year) the first fit is the nearest
            boolean fits = shift < 0 ? d.isBefore(reference) : shift == 2 ? !d.isBefore(reference)
                    : shift > 0 ? d.isAfter(reference) : !d.isAfter(reference);
            if (fits) {
                return d;
            }
        }
        throw new DateTimeException("no such day near the reference");
    }

    private int yearOfMonth(int month, Integer shift, Tense tense) {
        int ref = reference.getMonthValue();
        int y = reference.getYear();
        if (shift == null || shift == 0) {
            if (tense == Tense.PAST || month == ref) {
                return month <= ref ? y : y - 1;
            }
            int ahead = month > ref ? month - ref : month + 12 - ref;
            if (tense == Tense.FUTURE || nearerAhead(ahead, 12 - ahead, 6)) {
                return month > ref ? y : y + 1;
            }
            return month <= ref ? y : y - 1;
        }
        if (shift < 0) {
            return month < ref ? y : y - 1;
        }
        return month > ref ? y : y + 1;
    }

    /** Weekday: bare → most recent not after publication; -1 strictly before; +1 strictly after; 0 this one. */
    Value weekday(int isoDay, Integer shift, Tense tense) {
        if (reference == null) {
            return new Value("XXXX-XX-XX", Precision.DAY, Anchor.PUBLICATION);
        }
        DayOfWeek dow = DayOfWeek.of(isoDay);
        LocalDate d;
        if (shift == null && tense == Tense.FUTURE) {
            d = reference.with(TemporalAdjusters.nextOrSame(dow)); // "will meet on Thursday"
        } else if (shift == null) {
            d = reference.with(TemporalAdjusters.previousOrSame(dow));
        } else if (shift < 0) {
            d = reference.with(TemporalAdjusters.previous(dow)).plusWeeks(shift + 1); // قبل الماضي: -2
        } else if (shift > 0) {
            d = reference.with(TemporalAdjusters.next(dow));
        } else {
            d = reference.with(TemporalAdjusters.nextOrSame(dow));
        }
        return new Value(day(d), Precision.DAY, Anchor.PUBLICATION);
    }

    /**
     * An English weekend (ISO week + "-WE"): last/this/next weekend, or "the weekend" = the most recent one
     * that has begun by publication.
     */
    Value weekend(Integer shift) {
        if (reference == null) {
            return new Value("XXXX-WXX-WE", Precision.WEEK, Anchor.PUBLICATION);
        }
        LocalDate d = reference;
        if (shift == null) {
            if (d.getDayOfWeek().getValue() < DayOfWeek.SATURDAY.getValue()) {
                d = d.minusWeeks(1);
            }
        } else {
            d = d.plusWeeks(shift);
        }
        return new Value(isoWeek(d) + "-WE", Precision.WEEK, Anchor.PUBLICATION);
    }

    /** Days from publication. */
    Value offsetDays(int days) {
        if (reference == null) {
            return new Value("XXXX-XX-XX", Precision.DAY, Anchor.PUBLICATION);
        }
        return new Value(day(reference.plusDays(days)), Precision.DAY, Anchor.PUBLICATION);
    }

    /**
     * A week, month or year relative to publication, as TIMEX3 values (2024-W05, 2024-01, 2024). The Arab week runs
     * from Saturday to Friday: it is shifted from the one holding publication and named by the ISO week of its
     * Monday, which holds five of its seven days (published on Sunday 28 January 2024, الأسبوع الماضي is Saturday
     * 20 to Friday 26 January, 2024-W04; the ISO "last week" would be 2024-W03).
     */
    Value period(char period, int shift, boolean arabicWeek) {
        switch (period) {
            case 'W' -> {
                if (reference == null) {
                    return new Value("XXXX-WXX", Precision.WEEK, Anchor.PUBLICATION);
                }
                return new Value(isoWeek(weekDay(reference.plusWeeks(shift), arabicWeek)), Precision.WEEK,
                        Anchor.PUBLICATION);
            }
            case 'M' -> {
                if (reference == null) {
                    return new Value("XXXX-XX", Precision.MONTH, Anchor.PUBLICATION);
                }
                return new Value(YearMonth.from(reference).plusMonths(shift).toString(), Precision.MONTH,
                        Anchor.PUBLICATION);
            }
            case 'E' -> {
                if (reference == null) {
                    return new Value("XXX", Precision.DECADE, Anchor.PUBLICATION);
                }
                return new Value(Integer.toString(reference.getYear() / 10 + shift), Precision.DECADE,
                        Anchor.PUBLICATION); // العقد الماضي, last decade: 201
            }
            default -> {
                if (reference == null) {
                    return new Value("XXXX", Precision.YEAR, Anchor.PUBLICATION);
                }
                return new Value(year(reference.getYear() + shift), Precision.YEAR,
                        Anchor.PUBLICATION);
            }
        }
    }

    /** A day whose ISO week names the week holding {@code d}: the Monday of its Arab week, or {@code d} itself. */
    static LocalDate weekDay(LocalDate d, boolean arabicWeek) {
        return arabicWeek ? d.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY)).plusDays(2) : d;
    }

    /** A quarter: explicit year, a year relative to publication, or the most recent such quarter. */
    Value quarter(int quarter, Integer year, Integer yearShift) {
        if (year != null) {
            return new Value(year + "-Q" + quarter, Precision.QUARTER, Anchor.ABSOLUTE);
        }
        if (reference == null) {
            return new Value("XXXX-Q" + quarter, Precision.QUARTER, Anchor.PUBLICATION);
        }
        int y = reference.getYear();
        if (yearShift != null) {
            y += yearShift;
        } else if ((quarter - 1) * 3 + 1 > reference.getMonthValue()) {
            y--;
        }
        return new Value(y + "-Q" + quarter, Precision.QUARTER, Anchor.PUBLICATION);
    }

    /** A half of a year (TIMEX3 2024-H1): explicit year, a year relative to publication, or the most recent one. */
    Value half(int half, Integer year, Integer yearShift) {
        if (year != null) {
            return new Value(year + "-H" + half, Precision.YEAR, Anchor.ABSOLUTE);
        }
        if (reference == null) {
            return new Value("XXXX-H" + half, Precision.YEAR, Anchor.PUBLICATION);
        }
        int y = reference.getYear();
        if (yearShift != null) {
            y += yearShift;
        } else if (half == 2 && reference.getMonthValue() < 7) {
            y--;
        }
        return new Value(year(y) + "-H" + half, Precision.YEAR, Anchor.PUBLICATION);
    }

    private static final String SEASONS = "SPSUFAWI";

    /**
     * A season (TIMEX3 2023-SU). Seasons are counted from their first month (spring March, summer June, autumn
     * September, winter December, so winter 2023 runs into 2024); last/next move to the previous/following such
     * season from the one holding publication, this/الحالي takes the current one or else the coming one.
     */
    Value season(String season, Integer year, Integer yearShift, Integer shift) {
        if (year != null) {
            return new Value(year + "-" + season, Precision.QUARTER, Anchor.ABSOLUTE);
        }
        if (reference == null) {
            return new Value("XXXX-" + season, Precision.QUARTER, Anchor.PUBLICATION);
        }
        if (yearShift != null) {
            return new Value((reference.getYear() + yearShift) + "-" + season, Precision.QUARTER, Anchor.PUBLICATION);
        }
        int m = reference.getMonthValue();
        int currentYear = m <= 2 ? reference.getYear() - 1 : reference.getYear();
        int currentOrd = m <= 2 || m == 12 ? 3 : (m - 3) / 3;
        int current = currentYear * 4 + currentOrd;
        int ord = SEASONS.indexOf(season) / 2;
        int y;
        if (shift < 0) {
            y = Math.floorDiv(current - 1 - ord, 4);
        } else if (shift > 0 || current % 4 != ord) {
            y = Math.floorDiv(current - ord, 4) + 1;
        } else {
            y = currentYear;
        }
        return new Value(y + "-" + season, Precision.QUARTER, Anchor.PUBLICATION);
    }

    /** "three days ago", "قبل عامين": the point that far before publication, at the unit's precision. */
    Value ago(char unit, int amount, boolean arabicWeek) {
        switch (unit) {
            case 'W':
                return period('W', -amount, arabicWeek);
            case 'M':
            case 'Y':
            case 'E':
                return period(unit == 'E' ? 'Y' : unit, -amount * (unit == 'E' ? 10 : 1), false)
                        .withPrecision(unit == 'E' ? Precision.YEAR : null);
            case 'C':
                return period('Y', -amount * 100, false);
            case 'D':
                return offsetDays(-amount);
            case 'H':
                return offsetDays(-(amount / 24));
            default:
                // minutes ago: the publication day itself
                return offsetDays(0);
        }
    }

    /** TIMEX3 duration; an unknown count (a few, عدة) is X: PXY, PTXH; decades and centuries P2DE, P1CE. */
    static String duration(char unit, int amount) {
        String n = amount < 0 ? "X" : Integer.toString(amount);
        return switch (unit) {
            case 'H' -> "PT" + n + "H";
            case 'N' -> "PT" + n + "M";
            case 'S' -> "PT" + n + "S";
            case 'E' -> "P" + n + "DE";
            case 'C' -> "P" + n + "CE";
            default -> "P" + n + unit;
        };
    }

    private static String day(LocalDate d) {
        return d.toString();
    }

    // plain concatenation: String.format costs more than the whole grammar on date-dense text
    static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    static String year(int y) {
        return y >= 1000 || y < 0 ? Integer.toString(y) : y >= 100 ? "0" + y : y >= 10 ? "00" + y : "000" + y;
    }

    static String isoWeek(LocalDate d) {
        return year(d.get(IsoFields.WEEK_BASED_YEAR)) + "-W" + two(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
