package org.tarikh.entity.events;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.tarikh.entity.ner.EntityType;
import org.tarikh.entity.ner.Mention;
import org.tarikh.entity.text.Script;
import org.tarikh.entity.text.Token;
import org.tarikh.entity.text.TokenizedText;

/** Who did it and to whom: the entities of the event's clause in their roles, and who only tells of it. */
final class Participants {

    private Participants() {
    }

    /**
     * Places that are the subject of the event's verb, and so its actors: before an English trigger without a
     * locative word ("Saudi Arabia condemned"), right after an Arabic verb ("نددت السعودية", "أعلنت إيران").
     */
    static Set<Mention> subjects(TokenizedText t, TriggerHit h, List<Mention> mentions, int clauseStart,
            int clauseEnd) {
        Set<Mention> out = new HashSet<>();
        boolean latin = t.get(h.from()).script() == Script.LATIN;
        for (Mention m : mentions) {
            if (m.type() != EntityType.LOCATION || m.start() < clauseStart || m.end() > clauseEnd || EventPlacing.locative(t, m)) {
                continue;
            }
            int k = t.tokenAt(m.start());
            if (latin && m.end() <= h.start() && h.from() - t.tokenAt(m.end() - 1) <= 4
                    || !latin && h.trigger().verb() && k == h.to() + 1) {
                out.add(m);
            }
        }
        return out;
    }

    /** The word that carries the report: the first violent verb of a violent sentence ("said it had killed … in a strike"). */
    static TriggerHit pivot(TokenizedText t, TriggerHit h, List<TriggerHit> all) {
        if (!h.violent() || h.trigger().verb()) {
            return h;
        }
        return all.stream().filter(o -> o.violent() && o.verb()).findFirst()
                .orElse(h);
    }

    /**
     * Who: persons and organizations of the clause, and places that are subjects. For violence, organizations after
     * على/ضد/against are targets, and in English whoever comes after the violent verb, unless "by" makes it the agent
     * ("killed a Hezbollah commander" vs "killed by Hezbollah").
     */
    static void roles(TokenizedText t, TriggerHit h, TriggerHit pivot, List<Mention> mentions, Set<Mention> subjects,
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
    private static boolean reportsIt(TokenizedText t, Mention m, TriggerHit pivot) {
        if (m.end() > t.get(pivot.from()).start()) {
            return false;
        }
        for (int k = t.tokenAt(m.end() - 1) + 1; k < pivot.from(); k++) {
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
        int k = t.tokenAt(offset);
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
        int k = t.tokenAt(offset);
        for (int j = k - 1; j >= 0 && j >= k - 2; j--) {
            String f = t.get(j).form();
            if (f.equals("علي") || f.equals("ضد") || f.equals("against") || f.equals("on") || f.equals("targeting")) {
                return true;
            }
        }
        return false;
    }
}
