package org.tarikh.timeline.chronology;

import java.util.List;
import java.util.Objects;

/**
 * The casualty figures an event shows when its sources disagree: the highest each source reports (tolls rise as
 * news comes in), "at least" only when every source giving that figure says so. Each source keeps its own figure;
 * {@code differ} tells a reader to look at them.
 */
public record CasualtyFigures(Integer killed, boolean killedAtLeast, Integer injured, boolean injuredAtLeast,
        boolean differ) {

    /** One source's figures. */
    public record Report(Integer killed, boolean killedAtLeast, Integer injured, boolean injuredAtLeast) {
    }

    public static CasualtyFigures of(List<Report> reports) {
        Integer killed = max(reports.stream().map(Report::killed).toList());
        Integer injured = max(reports.stream().map(Report::injured).toList());
        boolean killedAtLeast = killed != null && reports.stream()
                .filter(r -> killed.equals(r.killed())).allMatch(Report::killedAtLeast);
        boolean injuredAtLeast = injured != null && reports.stream()
                .filter(r -> injured.equals(r.injured())).allMatch(Report::injuredAtLeast);
        boolean differ = reports.stream().map(Report::killed).filter(Objects::nonNull).distinct().count() > 1
                || reports.stream().map(Report::injured).filter(Objects::nonNull).distinct().count() > 1;
        return new CasualtyFigures(killed, killedAtLeast, injured, injuredAtLeast, differ);
    }

    private static Integer max(List<Integer> values) {
        return values.stream().filter(Objects::nonNull).max(Integer::compare).orElse(null);
    }
}
