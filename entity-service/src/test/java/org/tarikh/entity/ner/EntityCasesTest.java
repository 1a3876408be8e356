package org.tarikh.entity.ner;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Table-driven entity cases (src/test/resources/ner/entity-cases.tsv), Arabic and English news styles. */
class EntityCasesTest {

    static NewsEntityRecognizer recognizer;

    @BeforeAll
    static void load() {
        recognizer = new NewsEntityRecognizer(Lexicon.load());
    }

    static Stream<Arguments> cases() throws Exception {
        List<Arguments> out = new ArrayList<>();
        try (var r = new BufferedReader(new InputStreamReader(
                EntityCasesTest.class.getResourceAsStream("/ner/entity-cases.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                out.add(Arguments.of(c[0], c[1], c[2], c.length > 3 ? c[3] : "*"));
            }
        }
        return out.stream();
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
