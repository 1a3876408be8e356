package org.tarikh.entity.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.tarikh.entity.ner.EntityType;
import org.tarikh.entity.ner.Lexicon;
import org.tarikh.entity.ner.Mention;
import org.tarikh.entity.text.Clitics;
import org.tarikh.entity.text.Script;
import org.tarikh.entity.text.Token;
import org.tarikh.entity.text.TokenizedText;
import org.tarikh.entity.time.Precision;
import org.tarikh.entity.time.Timex;

/**
 * Events as frames around trigger words, sentence by sentence. Violence in one sentence (an attack, the killed, the
 * injured) is one event carrying its casualty counts; a statement that only attributes that report (حسبما أعلن) is
 * not a second one. Each event is dated by the date that governs its clause or sentence, else by the caption's date,
 * else by the publication date marked ON_OR_BEFORE; a future, conditional or negated action is not an event.
 */
public final class FrameEventDetector implements EventDetector {

    private static final Set<EventType> VIOLENCE = EnumSet.of(EventType.ATTACK, EventType.KILLING, EventType.INJURY);
    private static final Set<String> NOT_HAPPENED = Set.of("سوف", "لن", "لم", "لا", "قد", "اذا", "لو", "ربما",
            "will", "would", "could", "may", "might", "if", "to", "not", "never", "no", "unless", "should", "must",
            "cannot", "won", "can");
    private static final Set<String> MODAL_AFTER_NOUN = Set.of("will", "would", "could", "may", "might", "should",
            "must", "can", "cannot", "سوف", "لن", "قد");
    /** Words before a place where something happened, or was left ("withdrew from"). */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "from", "outside", "inside", "across",
            "في", "قرب", "من", "داخل", "خارج", "بالقرب", "عند", "شمال", "جنوب", "شرق", "غرب", "وسط", "northern",
            "southern", "eastern", "western", "central", "north", "south", "east", "west", "of");
    private static final Set<String> GOVERNING = Set.of("بعد", "قبل", "منذ", "حتي", "عقب", "since", "after",
            "before", "until", "by");
    private static final Set<String> AT_LEAST = Set.of("ما لا يقل عن", "لا يقل عن", "علي الاقل", "اكثر من", "at least",
            "more than", "over", "upwards of", "ما يزيد عن", "ما يزيد على", "ما يزيد علي");
    private static final Set<String> ABOUT = Set.of("نحو", "حوالي", "قرابه", "زهاء", "around", "about", "nearly",
            "some", "almost", "approximately");
    private static final Set<String> KILLED_NOUNS = Set.of("قتيل", "قتلي", "قتيلا", "شهيد", "شهداء", "شهيدا", "dead",
            "killed", "deaths", "fatalities", "قتلوا", "لقوا");
    private static final Set<String> INJURED_NOUNS = Set.of("جريح", "جرحي", "جريحا", "مصاب", "مصابين", "مصابا",
            "اصابه", "اصابات", "injured", "wounded", "hurt", "injuries", "casualties", "اصيبوا");

    private final Map<String, List<Trigger>> byFirstWord = new HashMap<>();

    public FrameEventDetector() {
        Lexicon.readTsv("events/triggers.tsv", c -> {
            List<String> words = List.of(norm(c[2]).split(" "));
            List<String> needs = c.length > 4 && !c[4].isBlank()
                    ? List.of(c[4].startsWith("@") ? c[4] : norm(c[4].replace('|', ' '))).stream()
                            .flatMap(s -> s.startsWith("@") ? java.util.stream.Stream.of(s)
                                    : java.util.Arrays.stream(s.split(" ")))
                            .toList()
                    : List.of();
            Trigger trigger = new Trigger(EventType.valueOf(c[0]), c[1], words, "VERB".equals(c[3]), needs);
            byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(trigger);
        });
    }

    private static String norm(String phrase) {
        StringBuilder b = new StringBuilder();
        for (Token t : TokenizedText.of(phrase).tokens()) {
            b.append(b.length() > 0 ? " " : "").append(t.form());
        }
        return b.toString();
    }

    /** A trigger found in the text: tokens [from, to]. */
    private record Hit(Trigger trigger, int from, int to, int start) {
    }

    @Override
    public List<Event> detect(TokenizedText text, LocalDate publishedAt, boolean caption, List<Mention> mentions,
            List<Timex> timexes) {
        List<Event> events = new ArrayList<>();
        List<int[]> sentences = text.sentences();
        List<List<Hit>> hitsBySentence = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            hitsBySentence.add(new ArrayList<>());
        }
        for (int i = 0; i < text.size(); i++) {
            Hit hit = triggerAt(text, i, timexes);
            if (hit != null && hit.trigger() != null) {
                hitsBySentence.get(text.get(i).sentence()).add(hit);
                i = hit.to();
            }
        }
        Timex captionDate = caption ? timexes.stream().filter(FrameEventDetector::dating)
                .filter(x -> x.precision() == Precision.DAY).findFirst().orElse(null) : null;
        for (int s = 0; s < sentences.size(); s++) {
            List<Hit> hits = hitsBySentence.get(s);
            if (hits.isEmpty()) {
                continue;
            }
            int[] span = sentences.get(s);
            List<Hit> chosen = choose(text, hits, timexes, span, publishedAt, captionDate != null);
            for (Hit h : chosen) {
                Event e = frame(text, h, hits, span, publishedAt, captionDate, mentions, timexes);
                if (e != null) {
                    events.add(e);
                }
            }
        }
        return events;
    }

    /** The longest trigger phrase starting at token {@code i}, if it reports something that happened. */
    private Hit triggerAt(TokenizedText t, int i, List<Timex> timexes) {
        Token tok = t.get(i);
        if (tok.script() != Script.ARABIC && tok.script() != Script.LATIN) {
            return null;
        }
        Hit best = null;
        for (Clitics.Stem stem : tok.script() == Script.ARABIC ? Clitics.stems(tok.form())
                : new Clitics.Stem[] {new Clitics.Stem(tok.form(), 0)}) {
            List<Trigger> candidates = byFirstWord.get(stem.form());
            if (candidates == null) {
                continue;
            }
            for (Trigger trig : candidates) {
                // verbs take only a conjunction (وقتل، فأعلن); nouns any proclitic (بهجوم)
                if (trig.verb() && stem.stripped() > 1) {
                    continue;
                }
                int end = i;
                boolean ok = true;
                for (int w = 1; w < trig.words().size(); w++) {
                    if (end + 1 >= t.size() || !t.get(end + 1).form().equals(trig.words().get(w))) {
                        ok = false;
                        break;
                    }
                    end++;
                }
                if (!ok || best != null && best.to() >= end) {
                    continue;
                }
                if (!trig.needs().isEmpty() && !satisfied(t, trig, i, end, timexes)) {
                    continue;
                }
                best = new Hit(trig, i, end, t.startAfter(tok, stem.stripped()));
            }
        }
        if (best != null && !happened(t, best)) {
            return new Hit(null, best.from(), best.to(), best.start()); // consumed, but not an event
        }
        return best;
    }

    private static boolean satisfied(TokenizedText t, Trigger trig, int from, int to, List<Timex> timexes) {
        if (trig.needs().get(0).equals("@date")) {
            int after = to + 1 < t.size() ? t.get(to + 1).start() : Integer.MAX_VALUE;
            return timexes.stream().anyMatch(x -> x.start() >= after && x.start() <= after + 2 && dating(x)
                    && x.precision() == Precision.DAY);
        }
        int sentence = t.get(from).sentence();
        Set<String> needs = new HashSet<>(trig.needs());
        for (int k = from - 6; k <= to + 8; k++) {
            if (k < 0 || k >= t.size() || k >= from && k <= to || t.get(k).sentence() != sentence) {
                continue;
            }
            Token tok = t.get(k);
            if (tok.script() == Script.LATIN) {
                String f = tok.form();
                if (needs.contains(f) || f.endsWith("s") && needs.contains(f.substring(0, f.length() - 1))) {
                    return true; // "rockets hit" as "rocket hit"
                }
                continue;
            }
            for (Clitics.Stem s : Clitics.stems(tok.form())) {
                if (needs.contains(s.form())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Future (سوف، will), conditional (إذا، if), negated (لم، not) or modal actions did not happen. */
    private static boolean happened(TokenizedText t, Hit h) {
        int sentence = t.get(h.from()).sentence();
        if (!h.trigger().verb()) {
            // "talks would resume", "المحادثات سوف تستأنف": the noun is the subject of what has not happened
            for (int k = h.to() + 1; k < t.size() && k <= h.to() + 2 && t.get(k).sentence() == sentence; k++) {
                if (t.get(k).isPunctuation()) {
                    break;
                }
                if (MODAL_AFTER_NOUN.contains(t.get(k).form())) {
                    return false;
                }
            }
        }
        for (int k = h.from() - 1; k >= 0 && k >= h.from() - 3; k--) {
            Token tok = t.get(k);
            if (tok.sentence() != sentence || tok.isPunctuation()) {
                break;
            }
            if (NOT_HAPPENED.contains(tok.form()) || tok.form().startsWith("و") && NOT_HAPPENED.contains(
                    tok.form().substring(1))) {
                return false;
            }
            if (tok.form().equals("to") && k == h.from() - 1 && h.trigger().verb()) {
                return false;
            }
        }
        return true;
    }

    /** One event per kind per sentence; violence is one event; attribution verbs go with the report they attribute. */
    private static List<Hit> choose(TokenizedText t, List<Hit> hits, List<Timex> timexes, int[] span,
            LocalDate publishedAt, boolean datedCaption) {
        List<Hit> chosen = new ArrayList<>();
        Hit violence = null;
        int sentence = t.get(hits.get(0).from()).sentence();
        boolean counted = casualties(t, sentence, hits, EventType.KILLING, KILLED_NOUNS) != null
                || casualties(t, sentence, hits, EventType.INJURY, INJURED_NOUNS) != null;
        for (Hit h : hits) {
            if (!VIOLENCE.contains(h.trigger().type()) || !counted && objectOfReport(t, h, hits)) {
                continue; // "condemned the attack", "تبنت الهجوم": the attack is what is spoken of, dated elsewhere
            }
            if (violence == null || rank(h) > rank(violence)) {
                violence = h;
            }
        }
        boolean violentVerb = hits.stream().anyMatch(h -> VIOLENCE.contains(h.trigger().type()) && h.trigger().verb());
        // a noun alone ("بمقتل أميركيين") names violence without reporting it, unless a date in its own clause or a
        // count comes with it ("سترد على هجوم الأردن" dated by another clause's Monday is only spoken of)
        // a dated caption shows what its violent noun names ("the site of a drone strike, January 5, 2024")
        boolean reported = violence != null && (violentVerb || violence.trigger().needs().contains("@date") || counted
                || datedCaption || datedInClause(t, violence, span, timexes, publishedAt));
        if (reported) {
            chosen.add(violence);
        }
        Set<EventType> seen = EnumSet.noneOf(EventType.class);
        boolean otherReport = false;
        for (Hit h : hits) {
            EventType type = h.trigger().type();
            if (VIOLENCE.contains(type) || type == EventType.STATEMENT
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

    private static boolean datedInClause(TokenizedText t, Hit h, int[] span, List<Timex> timexes,
            LocalDate publishedAt) {
        int[] clause = clause(t, h.from());
        Timex date = governingDate(t, h, clause, span, timexes, publishedAt);
        if (date == null) {
            return false;
        }
        int k = tokenAt(t, date.start());
        return k >= clause[0] && k <= clause[1];
    }

    /** A violent noun right after a condemnation or claim verb: its object ("condemned the attack on …"). */
    private static boolean objectOfReport(TokenizedText t, Hit h, List<Hit> hits) {
        if (h.trigger().verb()) {
            return false;
        }
        for (Hit o : hits) {
            EventType type = o.trigger().type();
            if ((type == EventType.CONDEMNATION || type == EventType.CLAIM) && o.to() < h.from()
                    && h.from() - o.to() <= 4) {
                boolean sameClause = true;
                for (int k = o.to() + 1; k < h.from(); k++) {
                    sameClause &= !clauseMark(t.get(k));
                }
                if (sameClause) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int rank(Hit h) {
        int typeRank = switch (h.trigger().type()) {
            case ATTACK -> 3;
            case KILLING -> 2;
            default -> 1;
        };
        return typeRank * 2 + (h.trigger().verb() ? 1 : 0);
    }

    /** Whether a timex can date an event: a calendar date, not "now", a duration or a set. */
    private static boolean dating(Timex x) {
        return x.value() != null && Character.isDigit(x.value().charAt(0)) && !"DURATION".equals(x.type())
                && !"SET".equals(x.type());
    }

    private Event frame(TokenizedText t, Hit h, List<Hit> all, int[] span, LocalDate publishedAt,
            Timex captionDate, List<Mention> mentions, List<Timex> timexes) {
        int sentence = t.get(h.from()).sentence();
        int[] clause = clause(t, h.from());
        Timex own = governingDate(t, h, clause, span, timexes, publishedAt);
        String date;
        Precision precision;
        String basis;
        String mod = null;
        if (own != null) {
            date = own.value();
            precision = own.precision();
            basis = "TIMEX";
            if (h.trigger().type() != EventType.STATEMENT && attributionDate(t, own, clause, all)) {
                mod = "ON_OR_BEFORE"; // "…, the army said Sunday": Sunday dates the report, the event came before
            }
        } else if (captionDate != null) {
            date = captionDate.value();
            precision = captionDate.precision();
            basis = "CAPTION";
        } else if (publishedAt != null) {
            date = publishedAt.toString();
            precision = Precision.DAY;
            basis = "PUBLICATION";
            mod = "ON_OR_BEFORE";
        } else {
            return null; // no date at all: never invent one
        }
        boolean violent = VIOLENCE.contains(h.trigger().type());
        int[] killed = null;
        int[] injured = null;
        if (violent) {
            killed = casualties(t, sentence, all, EventType.KILLING, KILLED_NOUNS);
            injured = casualties(t, sentence, all, EventType.INJURY, INJURED_NOUNS);
        }
        EventType type = h.trigger().type();
        if (type != EventType.ATTACK && violent && all.stream().anyMatch(o -> o.trigger().type() == EventType.ATTACK)) {
            type = EventType.ATTACK;
        }
        int clauseStart = t.get(clause[0]).start();
        int clauseEnd = t.get(clause[1]).end();
        Set<Mention> subjects = subjects(t, h, mentions, clauseStart, clauseEnd);
        int placeEnd = clauseEnd;
        if (!violent) {
            // "condemned the attack on a mosque in Peshawar": the place after another trigger is that event's
            for (Hit o : all) {
                if (o != h && o.from() > h.to() && o.start() < placeEnd) {
                    placeEnd = o.start();
                }
            }
        }
        String place = place(t, mentions, subjects, h.start(), clauseStart, placeEnd, span, violent);
        List<String> actors = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        roles(t, h, pivot(t, h, all), mentions, subjects, clauseStart, clauseEnd, place, violent, actors, targets);
        String sentenceText = t.text().substring(span[0], span[1]);
        String trimmed = sentenceText.strip();
        int lead = sentenceText.indexOf(trimmed);
        double confidence = switch (basis) {
            case "TIMEX" -> 0.8;
            case "CAPTION" -> 0.75;
            default -> 0.5;
        };
        if (!h.trigger().verb()) {
            confidence -= 0.15;
        }
        if (mod != null && own != null) {
            confidence -= 0.1;
        }
        if (killed != null || injured != null || place != null) {
            confidence += 0.1;
        }
        String trigger = t.text().substring(h.start(), t.get(h.to()).end());
        return new Event(type, trigger, h.start(), t.get(h.to()).end(), date, precision, basis, mod, place,
                List.copyOf(actors), List.copyOf(targets), killed == null ? null : killed[0],
                killed != null && killed[1] == 1, injured == null ? null : injured[0], injured != null && injured[1] == 1,
                span[0] + lead, span[0] + lead + trimmed.length(), trimmed, Math.min(1.0, confidence),
                trimmed.length() > 160 ? trimmed.substring(0, 160) + "…" : trimmed);
    }

    /** Token bounds of the clause around token {@code i}: up to the nearest comma-like mark or sentence end. */
    private static int[] clause(TokenizedText t, int i) {
        int sentence = t.get(i).sentence();
        int from = i;
        while (from > 0 && t.get(from - 1).sentence() == sentence && !clauseMark(t.get(from - 1))) {
            from--;
        }
        int to = i;
        while (to + 1 < t.size() && t.get(to + 1).sentence() == sentence && !clauseMark(t.get(to + 1))) {
            to++;
        }
        return new int[] {from, to};
    }

    private static boolean clauseMark(Token tok) {
        String f = tok.form();
        return f.equals("،") || f.equals(",") || f.equals("؛") || f.equals(";") || f.equals(":");
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

    private static Timex governingDate(TokenizedText t, Hit h, int[] clause, int[] span, List<Timex> timexes,
            LocalDate publishedAt) {
        int clauseStart = t.get(clause[0]).start();
        int clauseEnd = t.get(clause[1]).end();
        Timex best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean bestInClause = false;
        for (Timex x : timexes) {
            if (x.start() < span[0] || x.end() > span[1] || !dating(x)) {
                continue;
            }
            boolean attached = h.trigger().needs().contains("@date") && x.start() >= t.get(h.to()).end();
            if (!attached && governed(t, x) || publishedAt != null && later(x.value(), publishedAt)) {
                continue; // "سيعقد الشهر المقبل": a later date cannot date what already happened
            }
            boolean inClause = x.start() >= clauseStart && x.end() <= clauseEnd;
            int distance = Math.abs(x.start() - h.start());
            if (best == null || inClause && !bestInClause || inClause == bestInClause && distance < bestDistance) {
                best = x;
                bestDistance = distance;
                bestInClause = inClause;
            }
        }
        return best;
    }

    /** "بعد أحداث السابع من أكتوبر", "since January": the date is a reference point, not the event's date. */
    private static boolean governed(TokenizedText t, Timex x) {
        int k = tokenAt(t, x.start());
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

    private static int tokenAt(TokenizedText t, int offset) {
        int lo = 0;
        int hi = t.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Killed or injured count of a sentence: a number after a killing/injury trigger ("قتل 3 جنود", "killing 12"),
     * before it ("3 soldiers were killed"), or before a casualty noun ("40 جريحا", "12 dead"). {count, atLeast}.
     */
    private static int[] casualties(TokenizedText t, int sentence, List<Hit> hits, EventType kind, Set<String> nouns) {
        for (Hit h : hits) {
            if (h.trigger().type() != kind) {
                continue;
            }
            Token first = t.get(h.from());
            if (first.script() == Script.ARABIC && h.start() > first.start()
                    && (first.form().charAt(0) == 'و' || first.form().charAt(0) == 'ف')) {
                // "قتل خمسة أشخاص وأصيب آخرون": a verb joined by و opens its own clause; its count follows it
                int[] after = numberNear(t, h.to() + 1, sentence, 1, 7);
                if (after != null) {
                    return after;
                }
                continue;
            }
            if (t.get(h.from()).script() == Script.LATIN) {
                // English puts the count first: "five people were killed and 12 injured"
                int[] before = numberNear(t, h.from() - 1, sentence, -1, 5);
                if (before != null) {
                    return before;
                }
            }
            int[] after = numberNear(t, h.to() + 1, sentence, 1, 7);
            if (after != null) {
                return after;
            }
            int[] before = numberNear(t, h.from() - 1, sentence, -1, 5);
            if (before != null) {
                return before;
            }
        }
        for (int i = firstTokenOf(t, sentence); i < t.size() && t.get(i).sentence() == sentence; i++) {
            int[] n = Numbers.at(t, i);
            if (n == null) {
                continue;
            }
            for (int k = n[1] + 1; k <= n[1] + 3 && k < t.size() && t.get(k).sentence() == sentence; k++) {
                if (nouns.contains(t.get(k).form())) {
                    return new int[] {n[0], atLeastBefore(t, i) ? 1 : 0};
                }
            }
        }
        return null;
    }

    /** The index of the first token of a sentence (tokens are in sentence order). */
    private static int firstTokenOf(TokenizedText t, int sentence) {
        int lo = 0;
        int hi = t.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t.get(mid).sentence() < sentence) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first number within {@code reach} tokens from {@code i} in direction {@code step}, with "at least". */
    private static int[] numberNear(TokenizedText t, int i, int sentence, int step, int reach) {
        for (int k = i, n = 0; k >= 0 && k < t.size() && n < reach; k += step, n++) {
            Token tok = t.get(k);
            if (tok.sentence() != sentence || clauseMark(tok) && step < 0) {
                return null;
            }
            int[] num = Numbers.at(t, k);
            if (num != null && !yearLike(t, k, num[0])) {
                return new int[] {num[0], atLeastBefore(t, k) ? 1 : 0};
            }
            if (step > 0 && (isTriggerLike(tok) || tok.form().equals("في") || tok.form().equals("in")) && n > 0) {
                return null;
            }
        }
        return null;
    }

    private static boolean isTriggerLike(Token tok) {
        return tok.form().equals("و") || tok.form().equals("and");
    }

    private static boolean yearLike(TokenizedText t, int k, int value) {
        return value >= 1900 && value <= 2100 || k + 1 < t.size() && (t.get(k + 1).is("/") || t.get(k + 1).is("-")
                || t.get(k + 1).form().equals("%"));
    }

    private static boolean atLeastBefore(TokenizedText t, int k) {
        StringBuilder b = new StringBuilder();
        for (int j = k - 1; j >= 0 && j >= k - 4; j--) {
            b.insert(0, t.get(j).form() + (b.length() > 0 ? " " : ""));
            if (AT_LEAST.contains(b.toString())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a date outside the event's clause sits in a clause of its own with a statement verb ("the army said Sunday"). */
    private static boolean attributionDate(TokenizedText t, Timex date, int[] eventClause, List<Hit> all) {
        int k = tokenAt(t, date.start());
        if (k >= eventClause[0] && k <= eventClause[1]) {
            return false;
        }
        int[] dateClause = clause(t, k);
        return all.stream().anyMatch(o -> o.trigger().type() == EventType.STATEMENT && o.from() >= dateClause[0]
                && o.to() <= dateClause[1]);
    }

    /**
     * Places that are the subject of the event's verb, and so its actors: before an English trigger without a
     * locative word ("Saudi Arabia condemned"), right after an Arabic verb ("نددت السعودية", "أعلنت إيران").
     */
    private static Set<Mention> subjects(TokenizedText t, Hit h, List<Mention> mentions, int clauseStart,
            int clauseEnd) {
        Set<Mention> out = new HashSet<>();
        boolean latin = t.get(h.from()).script() == Script.LATIN;
        for (Mention m : mentions) {
            if (m.type() != EntityType.LOCATION || m.start() < clauseStart || m.end() > clauseEnd || locative(t, m)) {
                continue;
            }
            int k = tokenAt(t, m.start());
            if (latin && m.end() <= h.start() && h.from() - tokenAt(t, m.end() - 1) <= 4
                    || !latin && h.trigger().verb() && k == h.to() + 1) {
                out.add(m);
            }
        }
        return out;
    }

    /** Whether a word before the mention, or its proclitic ب, says it is where something happened. */
    private static boolean locative(TokenizedText t, Mention m) {
        int k = tokenAt(t, m.start());
        Token tok = t.get(k);
        if (tok.start() < m.start()) {
            return tok.form().startsWith("ب") || tok.form().startsWith("وب") || tok.form().startsWith("فب");
        }
        for (int j = k - 1; j >= 0 && j >= k - 2; j--) {
            Token before = t.get(j);
            if (before.isPunctuation()) {
                return false;
            }
            if (LOCATIVE.contains(before.form()) || before.form().startsWith("و") && LOCATIVE.contains(before.form()
                    .substring(1))) {
                return true;
            }
            if (j == k - 1 && !before.is("the") && before.script() != Script.ARABIC) {
                return false; // "in the north of X" reaches two back; "struck targets X" does not
            }
        }
        return false;
    }

    /**
     * Where: a facility in the clause, else a place in the clause, else the nearest in the sentence; never a place
     * that is the subject. What is not violence happens somewhere only if the text says so ("met in Cairo"): a place
     * that is only spoken of ("warned Iran") is no place of a statement.
     */
    private static String place(TokenizedText t, List<Mention> mentions, Set<Mention> subjects, int trigger,
            int clauseStart, int clauseEnd, int[] span, boolean violent) {
        Mention best = null;
        int bestScore = Integer.MAX_VALUE;
        for (Mention m : mentions) {
            if (m.start() < span[0] || m.end() > span[1]
                    || m.type() != EntityType.FACILITY && m.type() != EntityType.LOCATION || subjects.contains(m)
                    || !violent && !locative(t, m)) {
                continue;
            }
            boolean inClause = m.start() >= clauseStart && m.end() <= clauseEnd;
            if (!violent && !inClause) {
                continue; // "talks in Doha, officials said": Doha is where the talks are, not the statement
            }
            // "rockets hit the U.S. embassy in Baghdad": a place after في/in beats one that only qualifies a noun
            int score = (inClause ? 0 : 100_000) + (m.type() == EntityType.FACILITY ? 0 : 50_000)
                    + (locative(t, m) ? 0 : 25_000) + Math.abs(m.start() - trigger);
            if (score < bestScore) {
                best = m;
                bestScore = score;
            }
        }
        return best == null ? null : best.key();
    }

    /** The word that carries the report: the first violent verb of a violent sentence ("said it had killed … in a strike"). */
    private static Hit pivot(TokenizedText t, Hit h, List<Hit> all) {
        if (!VIOLENCE.contains(h.trigger().type()) || h.trigger().verb()) {
            return h;
        }
        return all.stream().filter(o -> VIOLENCE.contains(o.trigger().type()) && o.trigger().verb()).findFirst()
                .orElse(h);
    }

    /**
     * Who: persons and organizations of the clause, and places that are subjects. For violence, organizations after
     * على/ضد/against are targets, and in English whoever comes after the violent verb, unless "by" makes it the agent
     * ("killed a Hezbollah commander" vs "killed by Hezbollah").
     */
    private static void roles(TokenizedText t, Hit h, Hit pivot, List<Mention> mentions, Set<Mention> subjects,
            int clauseStart, int clauseEnd, String place, boolean violent, List<String> actors, List<String> targets) {
        Set<String> a = new LinkedHashSet<>();
        Set<String> tg = new LinkedHashSet<>();
        String text = t.text();
        boolean english = t.get(pivot.from()).script() == Script.LATIN;
        int pivotEnd = t.get(pivot.to()).end();
        for (Mention m : subjects) {
            if (!(violent && reportsIt(t, m, pivot))) {
                a.add(m.key());
            }
        }
        for (Mention m : mentions) {
            if (m.start() < clauseStart || m.end() > clauseEnd || m.key().equals(place) || subjects.contains(m)) {
                continue;
            }
            if (violent && reportsIt(t, m, pivot)) {
                continue; // "أعلنت الحكومة أن 3 أشخاص قتلوا": who tells of the violence, not who did it
            }
            if (violent && english && m.start() >= pivotEnd && (m.type() == EntityType.ORGANIZATION
                    || m.type() == EntityType.PERSON) && !afterBy(t, m.start())) {
                tg.add(m.key());
                continue;
            }
            if (m.start() > 0 && text.charAt(m.start() - 1) == '(' && m.end() < text.length()
                    && text.charAt(m.end()) == ')') {
                continue; // "(رويترز)": the credit of a photo or report, not a party to the event
            }
            if (m.type() == EntityType.PERSON) {
                a.add(m.key());
            } else if (m.type() == EntityType.ORGANIZATION) {
                if (violent && m.start() > h.start() && afterAgainst(t, m.start())) {
                    tg.add(m.key());
                } else {
                    a.add(m.key());
                }
            } else if (m.type() == EntityType.FACILITY && violent) {
                tg.add(m.key());
            }
        }
        actors.addAll(a);
        targets.addAll(tg);
    }

    private static final Set<String> THAT_AR = Set.of("ان", "وان", "بان");
    private static final Pattern MARKS = Pattern.compile("[\\u064B-\\u0652\\u0640]");
    private static final Set<String> SAID_EN = Set.of("said", "says", "announced", "reported", "stated", "confirmed");
    private static final Set<String> PRONOUN_EN = Set.of("it", "they", "he", "she", "we", "its", "their", "his", "her");

    /**
     * Whether the mention only reports the violent verb after it: a bare complementizer (أن/إن, no pronoun) or an
     * English "said" stands between them, and the reported clause does not refer back to the speaker. "قالت الحركة إنها قصفت"
     * and "Hamas said it fired" keep the speaker as the actor; "أعلنت الحكومة أن 3 قتلوا" and "the ministry said three
     * people were killed" do not.
     */
    private static boolean reportsIt(TokenizedText t, Mention m, Hit pivot) {
        if (m.end() > t.get(pivot.from()).start()) {
            return false;
        }
        for (int k = tokenAt(t, m.end() - 1) + 1; k < pivot.from(); k++) {
            Token tok = t.get(k);
            if (tok.script() == Script.ARABIC && THAT_AR.contains(tok.form())
                    || tok.script() == Script.LATIN && SAID_EN.contains(tok.form())) {
                return !speakerReturns(t, k + 1, pivot.from());
            }
        }
        return false;
    }

    /**
     * Whether the reported clause refers back to the speaker before its verb: an English subject or possessive pronoun
     * ("said on Tuesday it had killed", "said its forces struck"), an Arabic possessive suffix ها/هم/هما or a written
     * final ه ("أن قواتها قصفت"، "أن طائراته قصفت").
     */
    /**
     * A final ه as written (the folded form cannot tell it from ة): the pronoun "his/its" (طائراته، قواته), not a
     * stem that ends in ه after a long vowel (اتجاه، مياه) or the name of God.
     */
    private static boolean hisSuffix(TokenizedText t, Token tok) {
        String written = MARKS.matcher(t.text().substring(tok.start(), tok.end())).replaceAll("");
        return written.length() > 3 && written.endsWith("ه") && !written.endsWith("اه") && !written.endsWith("لله");
    }

    private static boolean speakerReturns(TokenizedText t, int from, int to) {
        for (int k = from; k < to; k++) {
            Token tok = t.get(k);
            String f = tok.form();
            if (tok.script() == Script.LATIN && PRONOUN_EN.contains(f)
                    || tok.script() == Script.ARABIC && f.length() > 3
                            && (f.endsWith("ها") || f.endsWith("هم") || f.endsWith("هما") || hisSuffix(t, tok))) {
                return true;
            }
        }
        return false;
    }

    private static boolean afterBy(TokenizedText t, int offset) {
        int k = tokenAt(t, offset);
        for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
            if (t.get(j).is("by")) {
                return true;
            }
            if (t.get(j).isPunctuation()) {
                return false;
            }
        }
        return false;
    }

    private static boolean afterAgainst(TokenizedText t, int offset) {
        int k = tokenAt(t, offset);
        for (int j = k - 1; j >= 0 && j >= k - 2; j--) {
            String f = t.get(j).form();
            if (f.equals("علي") || f.equals("ضد") || f.equals("against") || f.equals("on") || f.equals("targeting")) {
                return true;
            }
        }
        return false;
    }
}
