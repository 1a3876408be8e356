package org.tarikh.parser.structure;

import java.text.ParsePosition;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalQuery;
import java.util.List;
import java.util.Locale;

/**
 * Publication dates as downstream reads them: an ISO date ("2024-01-30") or an ISO date-time with its offset
 * ("2024-01-30T08:00:00Z"). A date-time without an offset keeps only its date, which is what it can vouch for.
 */
public final class PublicationDates {

    /** Time zones ahead of UTC and clock skew: a page may carry tomorrow's date for a while. */
    private static final int FUTURE_SLACK_DAYS = 2;

    private static final List<DateTimeFormatter> PAGE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ", Locale.ROOT),
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ", Locale.ROOT),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssXXX", Locale.ROOT),
            DateTimeFormatter.RFC_1123_DATE_TIME);

    /** News older than this is not what anyone feeds a chronology of current events; such a date is a typo. */
    private static final int FIRST_YEAR = 1800;

    private final Clock clock;

    public PublicationDates(Clock clock) {
        this.clock = clock;
    }

    /** A date the caller gave: refused with a problem when it is not a real ISO date or lies in the future. */
    public String explicit(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        String iso = iso(v);
        if (iso == null) {
            throw new RejectedArticleException("Invalid publication date", "publishedAt '" + v
                    + "' is not a real ISO-8601 date (2024-01-30) or date-time (2024-01-30T08:00:00Z).");
        }
        if (!plausible(iso)) {
            throw new RejectedArticleException("Invalid publication date", "publishedAt '" + v
                    + "' is before " + FIRST_YEAR + " or in the future; give the date the article was published.");
        }
        return iso;
    }

    /** A date found in a page: the common machine formats, or null (a bad page date is not the caller's fault). */
    public String detected(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        String iso = iso(v);
        for (int i = 0; iso == null && i < PAGE_FORMATS.size(); i++) {
            ZonedDateTime parsed = parse(v, PAGE_FORMATS.get(i), ZonedDateTime::from);
            iso = parsed == null ? null : parsed.toOffsetDateTime().toString();
        }
        return iso != null && plausible(iso) ? iso : null;
    }

    private boolean plausible(String iso) {
        int t = iso.indexOf('T');
        LocalDate date = LocalDate.parse(t < 0 ? iso : iso.substring(0, t));
        return date.getYear() >= FIRST_YEAR && !date.isAfter(LocalDate.now(clock).plusDays(FUTURE_SLACK_DAYS));
    }

    private static String iso(String v) {
        LocalDate date = parse(v, DateTimeFormatter.ISO_LOCAL_DATE, LocalDate::from);
        if (date != null) {
            return date.toString();
        }
        OffsetDateTime dateTime = parse(v, DateTimeFormatter.ISO_OFFSET_DATE_TIME, OffsetDateTime::from);
        if (dateTime != null) {
            return dateTime.toString();
        }
        LocalDateTime local = parse(v, DateTimeFormatter.ISO_LOCAL_DATE_TIME, LocalDateTime::from);
        return local == null ? null : local.toLocalDate().toString();
    }

    /**
     * {@code v} read whole by {@code format}, or null. Text that does not have the format's shape is told apart
     * without an exception (every page has a date, and exceptions cost more than the rest of reading its metadata).
     */
    private static <T> T parse(String v, DateTimeFormatter format, TemporalQuery<T> query) {
        ParsePosition position = new ParsePosition(0);
        if (format.parseUnresolved(v, position) == null || position.getErrorIndex() >= 0
                || position.getIndex() != v.length()) {
            return null;
        }
        try {
            return format.parse(v, query);
        } catch (DateTimeException impossible) {
            return null; // the right shape, but no real date: 2024-02-30
        }
    }
}
