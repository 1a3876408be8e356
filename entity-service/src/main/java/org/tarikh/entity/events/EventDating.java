package org.tarikh.entity.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.tarikh.entity.text.Clitics;
import org.tarikh.entity.text.Script;
import org.tarikh.entity.text.Token;
import org.tarikh.entity.text.TokenizedText;
import org.tarikh.entity.time.Precision;
import org.tarikh.entity.time.Timex;

/**
 * When an event happened: the date that governs its clause, else its sentence, skipping dates that only anchor
 * (after/since), non-dates and dates after publication; else the caption's date; else on or before publication.
 */
final class EventDating {

    private EventDating() {
    }

    /**
     * An event's date.
     *
     * @param basis TIMEX, CAPTION or PUBLICATION
     * @param mod   ON_OR_BEFORE when the event may have come before the date, else null
     * @param own   the timex that dates it, when the sentence has one
     */
    record When(String value, Precision precision, String basis, String mod, Timex own) {
    }

    /** The date of the event at trigger {@code h} of a sentence, or null when nothing can date it. */
    static When of(TokenizedText t, TriggerHit h, List<TriggerHit> all, int[] span, LocalDate publishedAt,
            Timex captionDate, List<Timex> timexes) {
        int[] clause = Clauses.clause(t, h.from());
        Timex own = governingDate(t, h, clause, span, timexes, publishedAt, all);
        if (own != null) {
            String mod = null;
            if (h.type() != EventType.STATEMENT && attributionDate(t, own, clause, all)) {
                mod = "ON_OR_BEFORE"; // "…, the army said Sunday": Sunday dates the report, the event came before
            }
            return new When(own.value(), own.precision(), "TIMEX", mod, own);
        }
        if (captionDate != null) {
            return new When(captionDate.value(), captionDate.precision(), "CAPTION", null, null);
        }
        if (publishedAt != null) {
            return new When(publishedAt.toString(), Precision.DAY, "PUBLICATION", "ON_OR_BEFORE", null);
        }
        return null; // no date at all: never invent one
    }

    /** Whether the date that governs the trigger lies in the trigger's own clause. */
    static boolean datedInClause(TokenizedText t, TriggerHit h, int[] span, List<Timex> timexes,
            LocalDate publishedAt, List<TriggerHit> all) {
        int[] clause = Clauses.clause(t, h.from());
        Timex date = governingDate(t, h, clause, span, timexes, publishedAt, all);
        if (date == null) {
            return false;
        }
        int k = t.tokenAt(date.start());
        if (k < clause[0] || k > clause[1]) {
            return false;
        }
        // "أكد الوزير في 4 فبراير أن بلاده ترفض الضربات": the date is the statement's, the noun what it speaks of
        for (int j = Math.min(k, h.from()) + 1; j < Math.max(k, h.from()); j++) {
            if (EventCues.is(EventCues.Kind.COMPLEMENTIZER, t, j)) {
                return false;
            }
        }
        return true;
    }

    static final Set<String> GOVERNING = Set.of("بعد", "قبل", "منذ", "حتي", "عقب", "since", "after",
            "before", "until", "by");

    /** Whether a timex can date an event: a calendar date, not "now", a duration or a set. */
    static boolean dating(Timex x) {
        return x.value() != null && Character.isDigit(x.value().charAt(0)) && !"DURATION".equals(x.type())
                && !"SET".equals(x.type());
    }

    /** The date of the trigger's clause, else of its sentence; not one that only anchors "after"/"since". */
    private static boolean later(String value, LocalDate publishedAt) {
        String p = publishedAt.toString();
        if (value.length() == 8 && value.charAt(4) == '-' && (value.charAt(5) == 'W' || value.charAt(5) == 'Q')) {
            // 2024-W11, 2024-Q2: later when the period starts after the publication date
            LocalDate start = periodStart(value);
            return start != null && start.isAfter(publishedAt);
        }
        return value.length() <= p.length() && value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")
                && value.compareTo(p.substring(0, value.length())) > 0;
    }

    /** First day of an ISO week (2024-W11) or a quarter (2024-Q2), or null. */
    private static LocalDate periodStart(String value) {
        try {
            int year = Integer.parseInt(value.substring(0, 4));
            int n = Integer.parseInt(value.substring(6));
            if (value.charAt(5) == 'Q') {
                return n >= 1 && n <= 4 ? LocalDate.of(year, 3 * n - 2, 1) : null;
            }
            return LocalDate.of(year, 1, 4).with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, n)
                    .with(java.time.DayOfWeek.MONDAY);
        } catch (RuntimeException notAPeriod) {
            return null;
        }
    }

    static Timex governingDate(TokenizedText t, TriggerHit h, int[] clause, int[] span, List<Timex> timexes,
            LocalDate publishedAt, List<TriggerHit> all) {
        int clauseStart = t.get(clause[0]).start();
        int clauseEnd = t.get(clause[1]).end();
        Timex best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean bestInClause = false;
        boolean bestAfter = false;
        boolean coordinated = coordinatedVerb(t, h);
        for (Timex x : timexes) {
            if (x.start() < span[0] || x.end() > span[1] || !dating(x)) {
                continue;
            }
            boolean attached = h.trigger().needs().contains("@date") && x.start() >= t.get(h.to()).end();
            if (!attached && governed(t, x) || publishedAt != null && later(x.value(), publishedAt)) {
                continue; // "سيعقد الشهر المقبل": a later date cannot date what already happened
            }
            if (namesOtherEvent(t, h, x, all)) {
                continue; // "أورد اسم بن لادن المسؤول عن اعتداءات 11 سبتمبر 2001": the date names those attacks
            }
            if (h.type() == EventType.DEATH && birthDate(t, h, x)) {
                continue; // "ولد عام 1920 في حلب وتوفي في باريس": 1920 is the birth, not the death
            }
            if (relativeClauseDate(t, h, x, all)) {
                continue; // "توفي متأثرا بجروح أصيب بها يوم 23 أغسطس": the date is of the wound, not the death
            }
            boolean inClause = x.start() >= clauseStart && x.end() <= clauseEnd;
            if (h.type().speech() && !ownDate(t, h, x, inClause)) {
                continue; // "X lost $2bn in the third quarter, it announced": what is reported has its own date
            }
            int distance = Math.abs(x.start() - h.start());
            // "ولد في دمشق عام 1923 وتوفي في لندن عام 1998": a verb joined by و is dated by what follows it; a date
            // before it in the clause is the earlier verb's
            boolean after = coordinated && inClause && x.start() > h.start();
            if (best == null || inClause && !bestInClause
                    || inClause == bestInClause && (after && !bestAfter || after == bestAfter && distance < bestDistance)) {
                best = x;
                bestDistance = distance;
                bestInClause = inClause;
                bestAfter = after;
            }
        }
        return best;
    }

    private static final Set<String> BORN = Set.of("ولد", "ولدت", "born");

    /** Whether a date follows a verb of birth (within four words, the death's trigger not between them). */
    private static boolean birthDate(TokenizedText t, TriggerHit h, Timex x) {
        int k = t.tokenAt(x.start());
        for (int j = k - 1; j >= 0 && j >= k - 4 && t.get(j).sentence() == t.get(k).sentence(); j--) {
            if (j >= h.from() && j <= h.to()) {
                return false;
            }
            if (BORN.contains(t.get(j).form())) {
                return true;
            }
        }
        return false;
    }

    /** An Arabic verb trigger written with the conjunction و, a verb coordinated with one before it (وتوفي، وقتل). */
    private static boolean coordinatedVerb(TokenizedText t, TriggerHit h) {
        Token tok = t.get(h.from());
        return h.verb() && tok.script() == Script.ARABIC && h.start() > tok.start()
                && tok.form().charAt(0) == 'و';
    }

    /**
     * Whether a date can be the date a statement was made, not of what it reports: in the statement's clause before
     * the reported content begins (a complementizer, or an English subject pronoun: "said on Monday that…", "said
     * it lost"), or in a clause before it that is only the date ("ويوم الاثنين الماضي، أكد", "On Friday, X said").
     */
    private static boolean ownDate(TokenizedText t, TriggerHit h, Timex x, boolean inClause) {
        int k = t.tokenAt(x.start());
        if (k > h.to()) {
            int sentence = t.get(h.from()).sentence();
            for (int j = h.to() + 1; j < k && t.get(j).sentence() == sentence; j++) {
                if (EventCues.is(EventCues.Kind.COMPLEMENTIZER, t, j) || SUBJECT_PRONOUN.contains(t.get(j).form())
                        || Clauses.clauseMark(t.get(j))) {
                    return false;
                }
            }
            return true;
        }
        if (inClause) {
            return true;
        }
        int[] clause = Clauses.clause(t, k);
        int dateTokens = t.tokenAt(x.end() - 1) - k + 1;
        return clause[1] - clause[0] + 1 - dateTokens <= 3;
    }

    private static final Set<String> SUBJECT_PRONOUN = Set.of("it", "they", "he", "she", "we", "i");

    private static final Set<String> RELATIVE = Set.of("الذي", "التي", "الذين", "اللذين", "اللتين");
    private static final Set<String> RESUMPTIVE = Set.of("به", "بها", "بهم", "فيه", "فيها", "فيهم", "عليه", "عليها");

    /**
     * Whether an Arabic date after the trigger sits in a relative clause about something else, and so dates that
     * clause's verb: after a relative pronoun whose antecedent is not the trigger ("في العمليات التي تشنها … منذ"),
     * after a verb with a resumptive pronoun ("بجروح أصيب بها يوم 23 أغسطس"), or after a perfect that is no trigger
     * and follows a noun without و ("جثث لأشخاص خطفوا السبت"). Only for a verb: after a noun trigger the relative
     * clause may be the noun's own ("الانفجار الذي وقع أمس").
     */
    private static boolean relativeClauseDate(TokenizedText t, TriggerHit h, Timex x, List<TriggerHit> all) {
        if (t.get(h.from()).script() != Script.ARABIC || !h.verb()) {
            return false; // a relative clause after a noun may be the noun's own ("القمة … والتي تبدأ اليوم")
        }
        int k = t.tokenAt(x.start());
        if (k <= h.to()) {
            return false;
        }
        for (int j = h.to() + 1; j < k; j++) {
            Token tok = t.get(j);
            if (tok.sentence() != t.get(h.from()).sentence() || Clauses.clauseMark(tok)) {
                return false;
            }
            String w = Clitics.bare(tok.form());
            if (RELATIVE.contains(w) && j > h.to() + 1 || RESUMPTIVE.contains(w) && j > h.to() + 1) {
                return true;
            }
            if (j > h.to() + 1 && !tok.form().startsWith("و") && (w.endsWith("وا") || w.endsWith("ت"))
                    && Factuality.arabicPerfect(t, j) && !w.startsWith("كان") && !triggerAt(t, j, all)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a date right after another event word of the sentence (a noun trigger or a NAMED_EVENT cue) names that
     * event ("اعتداءات الحادي عشر من سبتمبر 2001", "حرب 1967"): it dates that event, not the trigger before it
     * ("واورد سنو اسم بن لادن المسؤول عن اعتداءات…" is a statement of today).
     */
    private static boolean namesOtherEvent(TokenizedText t, TriggerHit h, Timex x, List<TriggerHit> all) {
        int k = t.tokenAt(x.start());
        if (k <= 0 || k - 1 >= h.from() && k - 1 <= h.to() || t.get(k - 1).sentence() != t.get(k).sentence()) {
            return false;
        }
        return EventCues.is(EventCues.Kind.NAMED_EVENT, t, k - 1)
                || all.stream().anyMatch(o -> o.to() == k - 1 && !o.trigger().verb());
    }

    /** Whether token {@code j} is part of a trigger of the sentence or a verb of taking place. */
    private static boolean triggerAt(TokenizedText t, int j, List<TriggerHit> all) {
        return EventCues.is(EventCues.Kind.OCCURRED, t, j) || all.stream().anyMatch(o -> o.from() <= j && j <= o.to());
    }

    /** "بعد أحداث السابع من أكتوبر", "since January": the date is a reference point, not the event's date. */
    private static boolean governed(TokenizedText t, Timex x) {
        int k = t.tokenAt(x.start());
        for (int j = k - 1; j >= 0 && j >= k - 2; j--) {
            Token tok = t.get(j);
            if (tok.isPunctuation()) {
                return false;
            }
            for (Clitics.Stem s : Clitics.stems(tok.form())) {
                if (GOVERNING.contains(s.form())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a date outside the event's clause sits in a clause of its own with a statement verb ("the army said Sunday"). */
    private static boolean attributionDate(TokenizedText t, Timex date, int[] eventClause, List<TriggerHit> all) {
        int k = t.tokenAt(date.start());
        if (k >= eventClause[0] && k <= eventClause[1]) {
            return false;
        }
        int[] dateClause = Clauses.clause(t, k);
        return all.stream().anyMatch(o -> o.trigger().type() == EventType.STATEMENT && o.from() >= dateClause[0]
                && o.to() <= dateClause[1]);
    }

    /** Words that point back to what the story has told: تلك العمليات، في المكان نفسه، the same. */
    private static final Set<String> ANAPHORS = Set.of("تلك", "نفسه", "نفسها", "ذاته", "ذاتها",
            "same");

    /**
     * Whether a violent trigger speaks of the event the previous sentences told, so their date is its own: a definite
     * noun ("وتقول الشرطة إن الانفجار وقع…", "the blast") or an anaphor in its sentence ("وكانت أعنف تلك
     * العمليات"). A new, indefinite event ("قتل ثلاثة في هجوم مسلح") keeps the publication date.
     */
    static boolean refersBack(TokenizedText t, TriggerHit h) {
        Token first = t.get(h.from());
        if (!h.verb()) {
            if (first.script() == Script.ARABIC && Clitics.hasArticle(Clitics.bare(first.form()))) {
                return true;
            }
            if (first.script() == Script.LATIN && h.from() > 0 && (t.get(h.from() - 1).is("the")
                    || t.get(h.from() - 1).is("that") || t.get(h.from() - 1).is("this"))) {
                return true;
            }
        }
        int sentence = first.sentence();
        for (int k = t.firstTokenOf(sentence); k < t.size() && t.get(k).sentence() == sentence; k++) {
            if (ANAPHORS.contains(Clitics.bare(t.get(k).form()))) {
                return true;
            }
        }
        return false;
    }
}
