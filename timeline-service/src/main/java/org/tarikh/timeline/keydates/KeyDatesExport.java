package org.tarikh.timeline.keydates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tarikh.timeline.export.CsvExport;
import org.tarikh.timeline.export.Html;

/** Key dates as CSV (one row per sentence), TimelineJS (one slide per date) and a text table for terminals. */
public final class KeyDatesExport {

    static final List<String> HEADER = List.of("rank", "date", "articles", "outlets", "published", "events", "score",
            "sentence", "source", "published_at", "article_id", "segment_id");

    private KeyDatesExport() {
    }

    public static String csv(KeyDatesAnswer answer) {
        StringBuilder out = new StringBuilder();
        row(out, HEADER);
        int rank = 0;
        for (var d : answer.dates()) {
            rank++;
            for (var s : d.sentences()) {
                row(out, List.of(String.valueOf(rank), d.date(), String.valueOf(d.articles()),
                        String.valueOf(d.outlets()), String.valueOf(d.published()), String.valueOf(d.events()),
                        String.valueOf(d.score()), s.text(), nonNull(s.source()), nonNull(s.publishedAt()),
                        s.articleId(), s.segmentId()));
            }
        }
        return out.toString();
    }

    public static Map<String, Object> timelineJs(String title, KeyDatesAnswer answer) {
        List<Map<String, Object>> slides = new ArrayList<>();
        int rank = 0;
        for (var d : answer.dates()) {
            rank++;
            LocalDate day = LocalDate.parse(d.date());
            Map<String, Object> slide = new LinkedHashMap<>();
            slide.put("start_date", Map.of("year", String.valueOf(day.getYear()),
                    "month", String.valueOf(day.getMonthValue()), "day", String.valueOf(day.getDayOfMonth())));
            StringBuilder body = new StringBuilder();
            for (var s : d.sentences()) {
                body.append("<p dir=\"auto\">").append(Html.escape(s.text())).append(" <small>(")
                        .append(Html.escape(s.source() != null ? s.source() : s.articleId())).append(")</small></p>");
            }
            body.append("<p><small>").append(Html.escape(d.why())).append("</small></p>");
            slide.put("text", Map.of("headline", Html.escape("#" + rank + " · " + d.date()), "text", body.toString()));
            slide.put("unique_id", "tarikh-keydate-" + d.date());
            slides.add(slide);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("title", Map.of("text", Map.of("headline", Html.escape(title),
                "text", answer.dates().size() + (answer.dates().size() == 1 ? " key date" : " key dates"))));
        doc.put("events", slides);
        return doc;
    }

    public static String text(KeyDatesAnswer answer) {
        StringBuilder out = new StringBuilder();
        if (answer.dates().isEmpty()) {
            return "no key dates: no stored sentence of the selected articles refers to a day\n";
        }
        int rank = 0;
        for (var d : answer.dates()) {
            rank++;
            out.append(String.format("%2d. %s  (%s)%n", rank, d.date(), d.why()));
            for (var s : d.sentences()) {
                out.append("    ").append(s.text().replace('\n', ' ')).append('\n').append("      — ")
                        .append(s.source() == null ? "" : s.source() + ", ")
                        .append(s.publishedAt() == null ? "" : s.publishedAt() + ", ").append(s.articleId())
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            out.append(i > 0 ? "," : "").append(CsvExport.cell(cells.get(i)));
        }
        out.append("\r\n");
    }
}
