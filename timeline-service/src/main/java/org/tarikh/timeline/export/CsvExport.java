package org.tarikh.timeline.export;

import java.util.List;
import java.util.stream.Collectors;

import org.tarikh.timeline.chronology.ChronologyEvent;
import org.tarikh.timeline.chronology.EntityRef;
import org.tarikh.timeline.chronology.EventSource;

/**
 * The chronology as RFC 4180 CSV (UTF-8, CRLF), one row per event. A cell that a spreadsheet would run as a formula
 * (starting with = + - @) gets a leading apostrophe: article text is not trusted.
 */
public final class CsvExport {

    static final List<String> HEADER = List.of("id", "date", "earliest", "latest", "precision", "type", "summary",
            "killed", "killed_at_least", "injured", "injured_at_least", "figures_differ", "place", "place_key",
            "lat", "lon", "actors", "targets", "entities", "articles", "sources", "sentences", "article_count",
            "outlet_count", "outlets", "langs", "killed_min", "injured_min");

    private CsvExport() {
    }

    public static String render(List<ChronologyEvent> events) {
        StringBuilder out = new StringBuilder();
        row(out, HEADER);
        for (ChronologyEvent e : events) {
            EntityRef located = e.located();
            row(out, List.of(String.valueOf(e.id()), e.date(), e.firstDay(), e.lastDay(), e.precision(), e.type(),
                    e.summary(), text(e.killed()), text(e.killedAtLeastFlag()), text(e.injured()),
                    text(e.injuredAtLeastFlag()), String.valueOf(Boolean.TRUE.equals(e.figuresDiffer())),
                    e.place() == null ? "" : e.placeRef().name(), e.place() == null ? "" : e.place().key(),
                    located == null ? "" : text(located.lat()), located == null ? "" : text(located.lon()),
                    names(e, "ACTOR"), names(e, "TARGET"),
                    e.entities().stream().map(EntityRef::name).collect(Collectors.joining("; ")),
                    e.sources().stream().map(EventSource::articleId).distinct().collect(Collectors.joining("; ")),
                    String.valueOf(e.sourcesTotal()),
                    e.sources().stream().map(EventSource::text).collect(Collectors.joining(" | ")),
                    text(e.articleCount()), text(e.outletCount()),
                    e.sources().stream().map(EventSource::publisher).filter(p -> p != null).distinct()
                            .collect(Collectors.joining("; ")),
                    e.langs() == null ? "" : String.join("; ", e.langs()), text(e.killedMin()),
                    text(e.injuredMin())));
        }
        return out.toString();
    }

    private static String names(ChronologyEvent e, String role) {
        return e.entities().stream().filter(x -> role.equals(x.role())).map(EntityRef::name)
                .collect(Collectors.joining("; "));
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
