package org.tarikh.timeline.chronology;

import java.util.List;
import java.util.stream.Collectors;

/** The chronology as a plain-text table, for terminals ({@code ./tarikh timeline}). */
public final class ChronologyTable {

    private ChronologyTable() {
    }

    public static String render(List<ChronologyEvent> events) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-12s %-9s %-13s %-10s %-30s %s%n", "DATE", "PRECISION", "TYPE", "CASUALTIES",
                "ENTITIES", "SUMMARY"));
        for (ChronologyEvent e : events) {
            String casualties = count(e.killed(), e.killedAtLeast(), "k") + count(e.injured(), e.injuredAtLeast(), "i");
            String entities = e.entities().stream().map(EntityRef::name).distinct().limit(3)
                    .collect(Collectors.joining(", "));
            String summary = e.summary().replaceAll("\\s+", " ");
            // no date in the text: it happened on or before the article's publication, and the table says so
            String date = "PUBLICATION".equals(e.dateBasis()) ? "≤" + e.date() : e.date();
            out.append(String.format("%-12s %-9s %-13s %-10s %-30s %s%n", date, e.precision(), e.type(),
                    casualties.isBlank() ? "-" : casualties.strip(), clip(entities, 30), clip(summary, 110)));
        }
        out.append(events.size()).append(events.size() == 1 ? " event" : " events").append('\n');
        return out.toString();
    }

    private static String count(Integer n, Boolean atLeast, String what) {
        return n == null ? "" : (Boolean.TRUE.equals(atLeast) ? "≥" : "") + n + what + " ";
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
