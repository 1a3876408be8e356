package org.tarikh.entity.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tarikh.entity.TsvRows;

/**
 * Table-driven entity cases (src/test/resources/ner/entity-cases.tsv), Arabic and English news styles. Names come from
 * a trained tagger, which is right on most hard cases, not on every one: each row is checked and the misses printed,
 * and the share of rows found must stay at {@value #FLOOR} or more. Offsets always point at the text.
 */
class EntityCasesTest {

    static final double FLOOR = 0.93;

    static NameRecognizer recognizer;

    @BeforeAll
    static void load() {
        recognizer = NameRecognizer.load(Lexicon.load());
    }

    @Test
    void mostHardCasesAreFoundWithTheirSpanTypeAndKey() {
        List<String> misses = new ArrayList<>();
        List<String[]> rows = TsvRows.of("/ner/entity-cases.tsv");
        for (String[] c : rows) {
            String miss = miss(c[0], c[1], c[2], c.length > 3 ? c[3] : "*");
            if (miss != null) {
                misses.add(miss);
            }
        }
        double found = 1.0 - (double) misses.size() / rows.size();
        System.out.printf("entity cases: %d of %d found (%.3f); misses:%n  %s%n", rows.size() - misses.size(),
                rows.size(), found, String.join("\n  ", misses));
        assertTrue(found >= FLOOR, found + " of the cases found, misses: " + misses);
    }

    /** The merge's decisions measured on the dev split (src/test/resources/ner/merge-cases.tsv): every row holds. */
    @Test
    void theMergeDecisionsHold() {
        List<String> misses = new ArrayList<>();
        for (String[] c : TsvRows.of("/ner/merge-cases.tsv")) {
            String miss = miss(c[0], c[1], c[2], c.length > 3 ? c[3] : "*");
            if (miss != null) {
                misses.add(miss);
            }
        }
        assertEquals(List.of(), misses);
    }

    /** The context rules alone: after "title of" the name run is the body, not a person; "Secretary of State X" is. */
    @Test
    void aTitleOfABodyNamesNoPerson() {
        NewsEntityRecognizer rules = new NewsEntityRecognizer(Lexicon.load());
        List<Mention> body = rules.recognize(org.tarikh.entity.text.TokenizedText.of(
                "says Brett Alexander, vice-president of Transformational Space, one of the companies."), "en", null);
        assertTrue(body.stream().noneMatch(m -> m.type() == EntityType.PERSON && m.text().contains("Space")),
                body::toString);
        List<Mention> person = rules.recognize(org.tarikh.entity.text.TokenizedText.of(
                "Secretary of State Antony Blinken arrived in Cairo on Monday."), "en", null);
        assertTrue(person.stream().anyMatch(m -> m.type() == EntityType.PERSON && m.text().equals("Antony Blinken")),
                person::toString);
    }

    /** Why a row is missed, or null when it is found. */
    static String miss(String text, String type, String mention, String key) {
        List<Mention> found = recognizer.recognize(text, null);
        for (Mention m : found) {
            assertEquals(text.substring(m.start(), m.end()), m.text(), "offsets point at the text: " + m);
        }
        if (type.equals("NONE")) {
            int at = text.indexOf(mention);
            return found.stream().anyMatch(m -> m.start() < at + mention.length() && m.end() > at)
                    ? "no entity over «" + mention + "» in " + text + ": " + found : null;
        }
        return found.stream().anyMatch(m -> m.type().name().equals(type) && m.text().equals(mention)
                && (key.equals("*") || key.equals(m.key()))) ? null : "expected " + type + " «" + mention + "» " + key
                        + " in " + text + ", found " + found.stream().map(m -> m.type() + " «" + m.text() + "» "
                                + m.key()).toList();
    }
}
