package org.tarikh.entity.events;

import java.util.List;
import java.util.Set;

import org.tarikh.entity.text.Script;
import org.tarikh.entity.text.Token;
import org.tarikh.entity.text.TokenizedText;

/** Killed and injured counts of a sentence, from its killing and injury triggers and its casualty nouns. */
final class Casualties {

    private Casualties() {
    }

    /** A count as the text gives it: "at least 40" is {40, atLeast}. */
    record Count(int value, boolean atLeast) {
    }

    private static final Set<String> AT_LEAST = Set.of("ما لا يقل عن", "لا يقل عن", "علي الاقل", "اكثر من", "at least",
            "more than", "over", "upwards of", "ما يزيد عن", "ما يزيد على", "ما يزيد علي");
    private static final Set<String> KILLED_NOUNS = Set.of("قتيل", "قتلي", "قتيلا", "شهيد", "شهداء", "شهيدا", "dead",
            "killed", "deaths", "fatalities", "قتلوا", "لقوا");
    private static final Set<String> INJURED_NOUNS = Set.of("جريح", "جرحي", "جريحا", "مصاب", "مصابين", "مصابا",
            "اصابه", "اصابات", "injured", "wounded", "hurt", "injuries", "casualties", "اصيبوا");

    /** How many the sentence says were killed, or null. */
    static Count killed(TokenizedText t, int sentence, List<TriggerHit> hits) {
        return count(casualties(t, sentence, hits, EventType.KILLING, KILLED_NOUNS));
    }

    /** How many the sentence says were injured, or null. */
    static Count injured(TokenizedText t, int sentence, List<TriggerHit> hits) {
        return count(casualties(t, sentence, hits, EventType.INJURY, INJURED_NOUNS));
    }

    private static Count count(int[] found) {
        return found == null ? null : new Count(found[0], found[1] == 1);
    }

    /**
     * Killed or injured count of a sentence: a number after a killing/injury trigger ("قتل 3 جنود", "killing 12"),
     * before it ("3 soldiers were killed"), or before a casualty noun ("40 جريحا", "12 dead"). {count, atLeast}.
     */
    private static int[] casualties(TokenizedText t, int sentence, List<TriggerHit> hits, EventType kind, Set<String> nouns) {
        for (TriggerHit h : hits) {
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
        for (int i = t.firstTokenOf(sentence); i < t.size() && t.get(i).sentence() == sentence; i++) {
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
            if (tok.sentence() != sentence || Clauses.clauseMark(tok) && step < 0) {
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
}
