package org.tarikh.timeline.export;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.tarikh.timeline.chronology.ChronologyEvent;
import org.tarikh.timeline.chronology.EntityRef;
import org.tarikh.timeline.chronology.EventSource;

/**
 * The chronology as an RFC 5545 calendar: one all-day VEVENT per event spanning the days its date may mean (a
 * month-precise event spans the month), CRLF lines folded at 75 octets without splitting a UTF-8 character, text
 * values escaped.
 */
public final class ICalendarExport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private ICalendarExport() {
    }

    public static String render(List<ChronologyEvent> events, Instant generated) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Tarikh//timeline-service//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:Tarikh chronology");
        for (ChronologyEvent e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:event-" + e.id() + "@tarikh");
            line(out, "DTSTAMP:" + STAMP.format(generated));
            line(out, "DTSTART;VALUE=DATE:" + DAY.format(LocalDate.parse(e.firstDay())));
            line(out, "DTEND;VALUE=DATE:" + DAY.format(LocalDate.parse(e.lastDay()).plusDays(1)));
            line(out, "SUMMARY:" + escape(TimelineJsExport.headline(e) + ": " + e.summary()));
            String description = "Date: " + e.date() + " (" + e.precision() + ")\n" + e.sources().stream()
                    .map(s -> "— " + s.text() + " [" + (s.publisher() != null ? s.publisher() + ", " : "")
                            + s.articleId() + "]")
                    .collect(Collectors.joining("\n"))
                    + (Reports.more(e) == null ? "" : "\n" + Reports.more(e));
            line(out, "DESCRIPTION:" + escape(description));
            line(out, "CATEGORIES:" + escape(e.type()));
            EntityRef at = e.located();
            if (e.place() != null) {
                line(out, "LOCATION:" + escape(e.placeRef().name()));
            }
            if (at != null) {
                line(out, "GEO:" + at.lat() + ";" + at.lon());
            }
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line folded at 75 octets (RFC 5545 3.1): continuation lines start with a space. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }

    static List<String> unfold(String calendar) {
        return List.of(calendar.replace("\r\n ", "").split("\r\n"));
    }
}
