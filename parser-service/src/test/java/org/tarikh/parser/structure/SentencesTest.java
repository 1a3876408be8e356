package org.tarikh.parser.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sentence boundaries in Arabic and English news copy, one row per hard case: the table entity-service's splitter
 * runs too (src/test/resources/sentences.tsv; entity-service checks the two copies are equal).
 */
class SentencesTest {

    static Stream<Arguments> paragraphs() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(
                SentencesTest.class.getResourceAsStream("/sentences.tsv"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] row = line.split("\t");
                    rows.add(Arguments.of(row[0].replace("\\n", "\n"), Arrays.asList(row).subList(1, row.length)));
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paragraphs")
    void paragraphSplitsIntoItsSentences(String paragraph, List<String> expected) {
        String text = "  " + paragraph + " \n";
        List<String> actual = Sentences.split(text, 0, text.length()).stream().map(s -> s.of(text)).toList();
        assertEquals(expected, actual);
    }
}
