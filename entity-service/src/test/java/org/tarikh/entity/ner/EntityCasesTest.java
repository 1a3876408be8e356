package org.tarikh.entity.ner;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.tarikh.entity.TsvRows;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Table-driven entity cases (src/test/resources/ner/entity-cases.tsv), Arabic and English news styles. */
class EntityCasesTest {

    static NameRecognizer recognizer;

    @BeforeAll
    static void load() {
        recognizer = NameRecognizer.load(Lexicon.load());
    }

    static Stream<Arguments> cases() {
        return TsvRows.of("/ner/entity-cases.tsv").stream()
                .map(c -> Arguments.of(c[0], c[1], c[2], c.length > 3 ? c[3] : "*"));
    }

    @ParameterizedTest(name = "{1} «{2}» in: {0}")
    @MethodSource("cases")
    void entityIsFoundWithItsSpanTypeAndKey(String text, String type, String mention, String key) {
        List<Mention> found = recognizer.recognize(text, null);
        for (Mention m : found) {
            assertTrue(text.substring(m.start(), m.end()).equals(m.text()), "offsets point at the text: " + m);
        }
        if (type.equals("NONE")) {
            int at = text.indexOf(mention);
            assertFalse(found.stream().anyMatch(m -> m.start() < at + mention.length() && m.end() > at),
                    "no entity over «" + mention + "»: " + found);
            return;
        }
        assertTrue(found.stream().anyMatch(m -> m.type().name().equals(type) && m.text().equals(mention)
                && (key.equals("*") || key.equals(m.key()))), "expected " + type + " «" + mention + "» " + key
                        + ", found " + found.stream().map(m -> m.type() + " «" + m.text() + "» " + m.key()).toList());
    }
}
