package org.tarikh.entity.events;

import java.util.List;
import java.util.Set;

import org.tarikh.entity.ner.EntityType;
import org.tarikh.entity.ner.Mention;
import org.tarikh.entity.text.Script;
import org.tarikh.entity.text.Token;
import org.tarikh.entity.text.TokenizedText;

/** Where an event happened: the place or facility its clause or sentence puts it at. */
final class EventPlacing {

    private EventPlacing() {
    }

    /** Words before a place where something happened, or was left ("withdrew from"). */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "from", "outside", "inside", "across",
            "في", "قرب", "من", "داخل", "خارج", "بالقرب", "عند", "شمال", "جنوب", "شرق", "غرب", "وسط", "northern",
            "southern", "eastern", "western", "central", "north", "south", "east", "west", "of");

    /**
     * Where: a facility in the clause, else a place in the clause, else the nearest in the sentence; never a place
     * that is the subject. What is not violence happens somewhere only if the text says so ("met in Cairo"): a place
     * that is only spoken of ("warned Iran") is no place of a statement.
     */
    static String place(TokenizedText t, List<Mention> mentions, Set<Mention> subjects, int trigger,
            int clauseStart, int clauseEnd, int[] span, boolean violent) {
        Mention best = null;
        int bestScore = Integer.MAX_VALUE;
        for (Mention m : mentions) {
            if (m.start() < span[0] || m.end() > span[1]
                    || m.type() != EntityType.FACILITY && m.type() != EntityType.LOCATION || subjects.contains(m)
                    || !violent && !locative(t, m)) {
                continue;
            }
            if (referencePoint(t, m, mentions)) {
                continue; // "في تكريت شمال بغداد", "in Tikrit, north of Baghdad": Baghdad only says where Tikrit is
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

    /** Whether a word before the mention, or its proclitic ب, says it is where something happened. */
    static boolean locative(TokenizedText t, Mention m) {
        int k = t.tokenAt(m.start());
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

    /** A place named after a direction word that follows another place: where that place lies, not an event's place. */
    static boolean referencePoint(TokenizedText t, Mention m, List<Mention> mentions) {
        int k = t.tokenAt(m.start());
        int j = k - 1;
        if (t.get(k).start() < m.start() || j < 0) {
            return false;
        }
        if (t.get(j).is("of")) {
            j--;
        }
        int directions = 0;
        while (j >= 0 && directions < 2 && EventCues.is(EventCues.Kind.DIRECTION, t, j)) {
            directions++;
            j--;
        }
        if (directions == 0) {
            return false;
        }
        while (j >= 0 && t.get(j).is(",")) {
            j--;
        }
        int before = j;
        if (before < 0 || t.get(before).isPunctuation()) {
            return false;
        }
        // "وفي تكريت شمال بغداد": a word after في before the direction is the place, known to the gazetteer or not
        if (before > 0 && (t.get(before - 1).is("في") || t.get(before - 1).is("وفي") || t.get(before - 1).is("in"))) {
            return true;
        }
        return mentions.stream().anyMatch(o -> o != m
                && (o.type() == EntityType.LOCATION || o.type() == EntityType.FACILITY)
                && t.tokenAt(o.end() - 1) == before);
    }
}
