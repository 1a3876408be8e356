package org.tarikh.timeline.chronology;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a reported event goes on the chronology. A calendar value ({@link DateInterval}) is placed as written. A value
 * that names no calendar interval — PRESENT_REF, PAST_REF, FUTURE_REF, a duration like P3D, a placeholder like
 * XXXX-WXX — is placed by its article's publication date, with precision NONE and basis PUBLICATION, which says
 * exactly that: "reported on or before this day, the text gives no date". A day without its year (XXXX-10-07) is
 * the most recent such day on or before publication, as a reader of the article would take it. Only a value that is
 * no calendar date in an article without a publication date cannot be placed.
 *
 * @param value the TIMEX3 value the event is dated by (the publication day when the text gave none)
 * @param basis TIMEX, CAPTION, or PUBLICATION
 */
public record EventDate(String value, DateInterval interval, DatePrecision precision, String basis) {

    public static final String PUBLICATION = "PUBLICATION";

    private static final Pattern DAY_WITHOUT_YEAR = Pattern.compile("XXXX-(\\d{2})-(\\d{2})");

    /**
     * @param precision as the producer sent it (unknown or NONE: the value's form decides)
     * @param basis as the producer sent it (null: TIMEX)
     * @param published the article's publication day, or null
     * @throws IllegalArgumentException with the reason, when the event cannot be placed
     */
    public static EventDate place(String value, String precision, String basis, LocalDate published) {
        String given = basis == null || basis.isBlank() ? "TIMEX" : basis;
        DatePrecision sent = DatePrecision.lenient(precision);
        try {
            DateInterval interval = DateInterval.of(value, sent);
            DatePrecision exactness = sent == DatePrecision.NONE ? DateInterval.impliedPrecision(value) : sent;
            return new EventDate(value, interval, exactness, given);
        } catch (IllegalArgumentException | DateTimeException notCalendar) {
            // PRESENT_REF, P3D, XXXX-..., or a day that does not exist (2024-02-30): placed below
        }
        if (published == null) {
            throw new IllegalArgumentException("event date '" + value + "' names no calendar date and the article has "
                    + "no publication date to place it by");
        }
        Matcher m = DAY_WITHOUT_YEAR.matcher(value);
        if (m.matches()) {
            MonthDay day;
            try {
                day = MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            } catch (DateTimeException notADay) {
                throw new IllegalArgumentException("event date '" + value + "' is no day of the calendar");
            }
            LocalDate d = lastOnOrBefore(day, published);
            return new EventDate(d.toString(), new DateInterval(d, d), DatePrecision.DAY, given);
        }
        return new EventDate(published.toString(), new DateInterval(published, published), DatePrecision.NONE,
                PUBLICATION);
    }

    /** The day an article's publishedAt (ISO date or date-time) names, or null. */
    public static LocalDate publishedDay(String publishedAt) {
        if (publishedAt == null) {
            return null;
        }
        try {
            return LocalDate.parse(publishedAt);
        } catch (DateTimeException notADate) {
            try {
                return java.time.OffsetDateTime.parse(publishedAt).toLocalDate();
            } catch (DateTimeException notADateTime) {
                try {
                    return java.time.LocalDateTime.parse(publishedAt).toLocalDate();
                } catch (DateTimeException neither) {
                    return null;
                }
            }
        }
    }

    /** The latest occurrence of the day on or before the reference (a 29 February may be four years back). */
    private static LocalDate lastOnOrBefore(MonthDay day, LocalDate reference) {
        for (int year = reference.getYear(); ; year--) {
            if (day.isValidYear(year) && !day.atYear(year).isAfter(reference)) {
                return day.atYear(year);
            }
        }
    }
}
