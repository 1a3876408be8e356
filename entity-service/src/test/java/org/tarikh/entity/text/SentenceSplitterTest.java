package org.tarikh.entity.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tarikh.entity.TsvRows;

/** Sentence boundaries of Arabic and English news copy: the table parser-service's splitter runs too. */
class SentenceSplitterTest {

    static Stream<Arguments> paragraphs() {
        return TsvRows.of("/text/sentences.tsv").stream().map(row -> Arguments.of(row[0].replace("\\n", "\n"),
                Arrays.asList(row).subList(1, row.length)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paragraphs")
    void paragraphSplitsIntoItsSentences(String paragraph, List<String> expected) {
        String text = "  " + paragraph + " \n";
        List<String> actual = SentenceSplitter.split(text).stream().map(s -> text.substring(s[0], s[1])).toList();
        assertEquals(expected, actual);
    }

    @Test
    void splitsOnlyTheRangeAskedForInOffsetsOfTheWholeText() {
        String text = "Headline. Police said on Monday. The president met the king.";
        List<int[]> spans = SentenceSplitter.split(text, 10, text.length());
        assertEquals(List.of("Police said on Monday.", "The president met the king."),
                spans.stream().map(s -> text.substring(s[0], s[1])).toList());
    }

    /** parser-service splits with a copy of this configuration: when it is beside us, the copies must agree. */
    @Test
    void configurationIsTheOneParserServiceUses() throws IOException {
        Path parser = Path.of("../parser-service/src");
        assumeTrue(Files.isDirectory(parser), "parser-service is not beside entity-service");
        assertEquals(Files.readString(Path.of("src/test/resources/text/sentences.tsv")),
                Files.readString(parser.resolve("test/resources/sentences.tsv")), "the two tables differ");
        assertEquals(Files.readString(Path.of("src/main/resources/org/tarikh/entity/text/abbreviations.txt")),
                Files.readString(parser.resolve("main/resources/org/tarikh/parser/structure/abbreviations.txt")),
                "the two abbreviation lists differ");
        assertEquals(body(Path.of("src/main/java/org/tarikh/entity/text/SentenceSplitter.java")),
                body(parser.resolve("main/java/org/tarikh/parser/structure/SentenceSplitter.java")),
                "the two splitters differ beyond their package and javadoc");
    }

    /** The code of a splitter after its imports: the class comment names its twin, so it differs; the code may not. */
    private static String body(Path file) throws IOException {
        String s = Files.readString(file);
        return s.substring(s.indexOf("class SentenceSplitter"));
    }
}
