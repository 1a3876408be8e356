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
            List<Hit> chosen = choose(text, hits, timexes, span, publishedAt);
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
            for (Clitics.Stem s : Clitics.stems(t.get(k).form())) {
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
            LocalDate publishedAt) {
        List<Hit> chosen = new ArrayList<>();
        Hit violence = null;
        for (Hit h : hits) {
            if (!VIOLENCE.contains(h.trigger().type())) {
                continue;
            }
            if (violence == null || rank(h) > rank(violence)) {
                violence = h;
            }
        }
        boolean violentVerb = hits.stream().anyMatch(h -> VIOLENCE.contains(h.trigger().type()) && h.trigger().verb());
        // a noun alone ("بمقتل أميركيين") names violence without reporting it, unless a date or a count comes with it
        if (violence != null && (violentVerb || violence.trigger().needs().contains("@date")
                || governingDate(t, violence, clause(t, violence.from()), span, timexes, publishedAt) != null
                || casualties(t, t.get(violence.from()).sentence(), hits, EventType.KILLING, KILLED_NOUNS) != null
                || casualties(t, t.get(violence.from()).sentence(), hits, EventType.INJURY, INJURED_NOUNS) != null)) {
            chosen.add(violence);
        }
        Set<EventType> seen = EnumSet.noneOf(EventType.class);
        for (Hit h : hits) {
            EventType type = h.trigger().type();
            if (VIOLENCE.contains(type) || !h.trigger().verb() && hits.stream().anyMatch(o -> o.trigger().verb())) {
                continue;
            }
            if (type == EventType.STATEMENT && (violentVerb || hits.stream().anyMatch(o -> o.trigger().type()
                    != EventType.STATEMENT && !VIOLENCE.contains(o.trigger().type())))) {
                continue; // "حسبما أعلن مسؤولون": the statement is the source of the report, not another event
            }
            if (seen.add(type)) {
                chosen.add(h);
            }
        }
        return chosen;
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
        String place = place(mentions, h.start(), clauseStart, clauseEnd, span);
        List<String> actors = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        roles(t, h, mentions, clauseStart, clauseEnd, place, violent, actors, targets);
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
        return value.length() <= p.length() && value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")
                && value.compareTo(p.substring(0, value.length())) > 0;
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
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).sentence() != sentence) {
                continue;
            }
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

    /** Where: a facility in the clause, else a place in the clause, else the nearest in the sentence. */
    private static String place(List<Mention> mentions, int trigger, int clauseStart, int clauseEnd, int[] span) {
        Mention best = null;
        int bestScore = Integer.MAX_VALUE;
        for (Mention m : mentions) {
            if (m.start() < span[0] || m.end() > span[1]
                    || m.type() != EntityType.FACILITY && m.type() != EntityType.LOCATION) {
                continue;
            }
            boolean inClause = m.start() >= clauseStart && m.end() <= clauseEnd;
            int score = (inClause ? 0 : 100_000) + (m.type() == EntityType.FACILITY ? 0 : 50_000)
                    + Math.abs(m.start() - trigger);
            if (score < bestScore) {
                best = m;
                bestScore = score;
            }
        }
        return best == null ? null : best.key();
    }

    /** Who: persons and organizations of the clause; for an attack, organizations after على/ضد/against are targets. */
    private static void roles(TokenizedText t, Hit h, List<Mention> mentions, int clauseStart, int clauseEnd,
            String place, boolean violent, List<String> actors, List<String> targets) {
        Set<String> a = new LinkedHashSet<>();
        Set<String> tg = new LinkedHashSet<>();
        String text = t.text();
        for (Mention m : mentions) {
            if (m.start() < clauseStart || m.end() > clauseEnd || m.key().equals(place)) {
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
