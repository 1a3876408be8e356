package org.tarikh.parser.structure;

import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random text built from the characters that break naive readers (punctuation runs, quotes, brackets, dashes,
 * combining marks, surrogate pairs, bidi and zero-width marks, markup): it is either refused with a reason or
 * read with every guarantee kept — never an unexpected exception.
 */
class HostileTextPropertyTest {

    private static final String[] PIECES = { ".", "..", "...", "…", "?", "؟", "!", "؛", "،", ",", ":", ";", "(", ")",
            "((", "))", "«", "»", "“", "”", "\"", "'", "-", "–", "—", "/", " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u00A0",
            "\u200F", "\u200B", "\u202E", "\u2066", "\uFEFF", "\u2029", "\u0301", "\u064E\u0651", "\uD83D\uDE00", "a", "Z",
            "U.S.", "Jan.", "3.5", "1,000", "REUTERS/", "(رويترز)", "via REUTERS", "ATTENTION EDITORS", "بغداد–",
            "BAGHDAD (Reuters) -", "المصدر :", "Source:", "By ", "<p>", "</p>", "<h1>", "<figure><figcaption>", "&amp;",
            "<script>", "</div>", "<br>", "قال", "عين الأسد", "Iraq", "\u0007", "٣٫٥", "ـــ", "ﻻ" };

    static LongStream seeds() {
        return LongStream.range(0, 400);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void hostileTextIsRefusedOrReadWithItsGuarantees(long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        int n = random.nextInt(300);
        for (int i = 0; i < n; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        for (boolean html : new boolean[] { false, true }) {
            try {
                Article article = html ? Reading.READER.readHtml(text.toString(), ArticleMetadata.none())
                        : Reading.READER.read(text.toString(), ArticleMetadata.none());
                StructureInvariants.check(article);
            } catch (RejectedArticleException refused) {
                // a reasoned refusal is a correct answer to hostile input
            }
        }
    }
}
