package org.tarikh.timeline.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tarikh.timeline.chronology.ChronologyEvent;
import org.tarikh.timeline.chronology.EntityRef;
import org.tarikh.timeline.chronology.EventSource;

/**
 * The chronology in the JSON format Knight Lab's TimelineJS loads: {@code {"title", "events": [{"start_date":
 * {"year", "month"?, "day"?}, "end_date"?, "text": {"headline", "text"}, "group", "unique_id"}]}}. A date is only as
 * exact as it is known: a month-precise event has no day, a week spans its seven days. Text fields are HTML in
 * TimelineJS, so everything from articles is escaped.
 */
public final class TimelineJsExport {

    private TimelineJsExport() {
    }

    public static Map<String, Object> render(String title, List<ChronologyEvent> events) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ChronologyEvent e : events) {
            Map<String, Object> slide = new LinkedHashMap<>();
            LocalDate earliest = LocalDate.parse(e.firstDay());
            LocalDate latest = LocalDate.parse(e.lastDay());
            switch (e.precision()) {
                case "DAY", "TIME" -> slide.put("start_date", date(earliest, true, true));
                case "MONTH" -> slide.put("start_date", date(earliest, true, false));
                case "YEAR" -> slide.put("start_date", date(earliest, false, false));
                default -> { // a week, quarter, decade: the span it covers
                    slide.put("start_date", date(earliest, true, true));
                    slide.put("end_date", date(latest, true, true));
                }
            }
            Map<String, Object> text = new LinkedHashMap<>();
            text.put("headline", Html.escape(headline(e)));
            text.put("text", body(e));
            slide.put("text", text);
            slide.put("group", e.type());
            slide.put("unique_id", "tarikh-event-" + e.id());
            out.add(slide);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("title", Map.of("text", Map.of("headline", Html.escape(title),
                "text", events.size() + (events.size() == 1 ? " event" : " events"))));
        doc.put("events", out);
        return doc;
    }

    static String headline(ChronologyEvent e) {
        StringBuilder h = new StringBuilder(e.type().charAt(0) + e.type().substring(1).toLowerCase(java.util.Locale.ROOT));
        if (e.place() != null) {
            h.append(" — ").append(e.placeRef().name());
        }
        if (e.killed() != null) {
            h.append(" · ").append(Boolean.TRUE.equals(e.killedAtLeast()) ? "≥" : "").append(e.killed()).append(" killed");
        }
        if (e.injured() != null) {
            h.append(" · ").append(Boolean.TRUE.equals(e.injuredAtLeast()) ? "≥" : "").append(e.injured()).append(" injured");
        }
        return h.toString();
    }

    private static String body(ChronologyEvent e) {
        StringBuilder b = new StringBuilder("<p dir=\"auto\">").append(Html.escape(e.summary())).append("</p>");
        if (!e.entities().isEmpty()) {
            b.append("<p>");
            for (EntityRef x : e.entities()) {
                b.append("<span dir=\"auto\">").append(Html.escape(x.name())).append("</span> ");
            }
            b.append("</p>");
        }
        b.append("<ul>");
        for (EventSource s : e.sources()) {
            b.append("<li dir=\"auto\">").append(Html.escape(s.text())).append(" <small>(")
                    .append(Html.escape(s.publisher() != null ? s.publisher() : s.articleId())).append(")</small></li>");
        }
        b.append("</ul>");
        String more = Reports.more(e);
        if (more != null) {
            b.append("<p><small>").append(Html.escape(more)).append("</small></p>");
        }
        return b.toString();
    }

    private static Map<String, String> date(LocalDate d, boolean month, boolean day) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("year", String.valueOf(d.getYear()));
        if (month) {
            out.put("month", String.valueOf(d.getMonthValue()));
        }
        if (day) {
            out.put("day", String.valueOf(d.getDayOfMonth()));
        }
        return out;
    }
}
