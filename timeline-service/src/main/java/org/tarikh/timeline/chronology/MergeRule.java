package org.tarikh.timeline.chronology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * When a newly reported happening is one the chronology already holds: the same type, dates that can be the same
 * day at their precision, places that do not contradict each other, and either the same place, a shared actor or
 * target, or the same sentence already among the event's sources (a wire copy or a quote repeated by another outlet:
 * the same words reporting the same kind of happening at a compatible date are one happening, even when they name no
 * place and no participant — which, without this, left one event per outlet for "officials said two were killed").
 * The decision carries its reason in words, so a merged event can say why it joins its sources.
 */
public final class MergeRule {

    /**
     * A report dated only by its article's publication ("on or before") may be about any of the days before it; news
     * reports a happening within about a week.
     */
    public static final int UNDATED_REACH_DAYS = 7;

    /** What a sentence reports, or what a stored event says: participants are actor and target keys. */
    public record Happening(String type, String date, DatePrecision precision, String basis, String place,
            Set<String> participants) {

        public DateInterval interval() {
            return DateInterval.of(date, precision);
        }

        boolean undated() {
            return "PUBLICATION".equals(basis);
        }

        /** The days this report may mean: an undated one reaches back {@link #UNDATED_REACH_DAYS}. */
        DateInterval reach() {
            DateInterval i = interval();
            return undated() ? new DateInterval(i.earliest().minusDays(UNDATED_REACH_DAYS), i.latest()) : i;
        }
    }

    /** A stored event; {@code sameSentence} when one of its sources reports in the report's own sentence. */
    public record Candidate(long eventId, Happening happening, boolean sameSentence) {

        public Candidate(long eventId, Happening happening) {
            this(eventId, happening, false);
        }
    }

    /** The event to join and why; {@code sharpensDate} when the report dates it more exactly than it is. */
    public record Decision(long eventId, String reason, boolean sharpensDate) {
    }

    private MergeRule() {
    }

    /** The best matching event among the candidates, if any matches. */
    public static Optional<Decision> join(Happening report, List<Candidate> candidates) {
        record Scored(Candidate c, int score, long days, String reason) {
        }
        List<Scored> matches = new ArrayList<>();
        for (Candidate c : candidates) {
            Happening event = c.happening();
            if (!report.type().equals(event.type()) || !datesCompatible(report, event)) {
                continue;
            }
            if (report.place() != null && event.place() != null && !report.place().equals(event.place())) {
                continue; // two places named: two happenings, even with the same actors
            }
            boolean samePlace = report.place() != null && report.place().equals(event.place());
            Set<String> shared = new TreeSet<>(report.participants());
            shared.retainAll(event.participants());
            if (!samePlace && shared.isEmpty() && !c.sameSentence()) {
                continue;
            }
            StringBuilder reason = new StringBuilder("same type ").append(report.type()).append("; ")
                    .append(dateReason(report, event));
            if (samePlace) {
                reason.append("; same place ").append(report.place());
            }
            if (!shared.isEmpty()) {
                reason.append("; shared ").append(shared.size() == 1 ? "participant " : "participants ")
                        .append(String.join(", ", shared));
            }
            if (c.sameSentence()) {
                reason.append("; same sentence as one of its sources");
            }
            // the same words are the strongest sign, then the same place, then a shared participant
            int score = (c.sameSentence() ? 4 : 0) + (samePlace ? 2 : 0) + (shared.isEmpty() ? 0 : 1);
            DateInterval i = event.interval();
            matches.add(new Scored(c, score, i.latest().toEpochDay() - i.earliest().toEpochDay(), reason.toString()));
        }
        return matches.stream()
                .min(Comparator.comparingInt((Scored s) -> -s.score()).thenComparingLong(Scored::days)
                        .thenComparingLong(s -> s.c().eventId()))
                .map(s -> new Decision(s.c().eventId(), s.reason(), sharpens(report, s.c().happening())));
    }

    static boolean datesCompatible(Happening a, Happening b) {
        DateInterval x = a.reach();
        DateInterval y = b.reach();
        return !x.earliest().isAfter(y.latest()) && !y.earliest().isAfter(x.latest());
    }

    /** Whether the report's date, if adopted, would say more exactly when the event happened. */
    static boolean sharpens(Happening report, Happening event) {
        if (report.undated()) {
            return false;
        }
        if (event.undated()) {
            return true;
        }
        return report.precision().rank() > event.precision().rank();
    }

    private static String dateReason(Happening report, Happening event) {
        if (report.date().equals(event.date())) {
            return "same date " + report.date();
        }
        if (report.undated() || event.undated()) {
            Happening undated = report.undated() ? report : event;
            Happening other = undated == report ? event : report;
            return "undated report published " + undated.date() + " within " + UNDATED_REACH_DAYS
                    + " days after " + other.date();
        }
        return "date " + report.date() + " (" + report.precision() + ") compatible with " + event.date() + " ("
                + event.precision() + ")";
    }
}
