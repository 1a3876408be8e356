package org.tarikh.entity.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.tarikh.entity.text.TokenizedText;
import org.tarikh.entity.time.Timex;

/**
 * Which triggers of a sentence report an event of their own: one event per kind per sentence; violence (attack,
 * killed, injured) is one event; a statement that only attributes another report is none; a violent noun is an
 * event only with a date in its clause, a count or a dated caption, and not when it is what a condemnation or claim
 * speaks of.
 */
final class ReportedEvents {

    private ReportedEvents() {
    }

    /** One event per kind per sentence; violence is one event; attribution verbs go with the report they attribute. */
    static List<TriggerHit> choose(TokenizedText t, List<TriggerHit> hits, List<Timex> timexes, int[] span,
            LocalDate publishedAt, boolean datedCaption) {
        List<TriggerHit> chosen = new ArrayList<>();
        TriggerHit violence = null;
        int sentence = t.get(hits.get(0).from()).sentence();
        boolean counted = Casualties.killed(t, sentence, hits) != null || Casualties.injured(t, sentence, hits) != null;
        for (TriggerHit h : hits) {
            if (!h.violent() || !counted && objectOfReport(t, h, hits)) {
                continue; // "condemned the attack", "تبنت الهجوم": the attack is what is spoken of, dated elsewhere
            }
            if (violence == null || rank(h) > rank(violence)) {
                violence = h;
            }
        }
        boolean violentVerb = hits.stream().anyMatch(h -> h.violent() && h.verb());
        // a noun alone ("بمقتل أميركيين") names violence without reporting it, unless a date in its own clause or a
        // count comes with it ("سترد على هجوم الأردن" dated by another clause's Monday is only spoken of)
        // a dated caption shows what its violent noun names ("the site of a drone strike, January 5, 2024")
        boolean reported = violence != null && (violentVerb || violence.trigger().needs().contains("@date") || counted
                || datedCaption || EventDating.datedInClause(t, violence, span, timexes, publishedAt));
        if (reported) {
            chosen.add(violence);
        }
        Set<EventType> seen = EnumSet.noneOf(EventType.class);
        boolean otherReport = false;
        for (TriggerHit h : hits) {
            EventType type = h.trigger().type();
            if (type.violent() || type == EventType.STATEMENT
                    || !h.trigger().verb() && hits.stream().anyMatch(o -> o.trigger().verb())) {
                continue;
            }
            if (seen.add(type)) {
                chosen.add(h);
                otherReport = true;
            }
        }
        if (!reported && !otherReport) {
            // "حسبما أعلن مسؤولون", "officials said": a statement that is only the source of another reported event is
            // not one more; with nothing else reported ("said talks would resume") the statement is the event
            hits.stream().filter(h -> h.trigger().type() == EventType.STATEMENT).findFirst().ifPresent(chosen::add);
        }
        return chosen;
    }

    /** A violent noun right after a condemnation or claim verb: its object ("condemned the attack on …"). */
    private static boolean objectOfReport(TokenizedText t, TriggerHit h, List<TriggerHit> hits) {
        if (h.trigger().verb()) {
            return false;
        }
        for (TriggerHit o : hits) {
            EventType type = o.trigger().type();
            if ((type == EventType.CONDEMNATION || type == EventType.CLAIM) && o.to() < h.from()
                    && h.from() - o.to() <= 4) {
                boolean sameClause = true;
                for (int k = o.to() + 1; k < h.from(); k++) {
                    sameClause &= !Clauses.clauseMark(t.get(k));
                }
                if (sameClause) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int rank(TriggerHit h) {
        int typeRank = switch (h.trigger().type()) {
            case ATTACK -> 3;
            case KILLING -> 2;
            default -> 1;
        };
        return typeRank * 2 + (h.trigger().verb() ? 1 : 0);
    }
}
