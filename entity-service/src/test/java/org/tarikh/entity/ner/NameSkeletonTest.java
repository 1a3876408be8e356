package org.tarikh.entity.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.tarikh.entity.TsvRows;

/** Person keys across scripts: well-known Arabic/English name pairs (src/test/resources/ner/name-pairs.tsv). */
class NameSkeletonTest {

    static List<String[]> pairs() {
        return TsvRows.of("/ner/name-pairs.tsv");
    }

    static Stream<Arguments> rows() throws Exception {
        return pairs().stream().map(c -> Arguments.of(c[0], c[1], c[2], c[3]));
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @MethodSource("rows")
    void arabicAndEnglishSpellingsOfAPersonMeetOnOneKeyOrMissAsDocumented(String arabic, String english, String meets,
            String note) {
        String a = Keys.person(arabic);
        String e = Keys.person(english);
        if (meets.equals("y")) {
            assertEquals(e, a, note);
        } else {
            assertNotEquals(e, a, "now meets; mark the row y: " + note);
        }
    }

    @Test
    void mostWellKnownPairsMeetAndNoTwoPeopleShareAKey() throws Exception {
        List<String[]> pairs = pairs();
        int meet = 0;
        Map<String, String> personOfKey = new HashMap<>();
        for (String[] p : pairs) {
            String a = Keys.person(p[0]);
            String e = Keys.person(p[1]);
            meet += a.equals(e) ? 1 : 0;
            for (String key : new String[] {a, e}) {
                String other = personOfKey.putIfAbsent(key, p[1]);
                assertTrue(other == null || other.equals(p[1]), key + " is both " + other + " and " + p[1]);
            }
        }
        System.out.printf("person keys: %d of %d Arabic/English pairs meet%n", meet, pairs.size());
        assertTrue(pairs.size() >= 15, "at least 15 pairs");
        assertTrue(meet >= 0.8 * pairs.size(), meet + " of " + pairs.size());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            محمد بن سلمان | mhmd-bn-slmn
            عبد الله | abdl
            Abdullah | abdl
            Abd al-Aziz | abdz
            عبد العزيز | abdz
            al-Sisi | s
            as-Sayyid | sd
            السيد | sd
            Haniyeh | hn
            هنيّة | hn
            Khaled | cld
            Qassem | ksm
            Kassem | ksm
            Emmanuel | amnl
            """)
    void skeletonsDropWhatTheScriptsWriteDifferently(String name, String skeleton) {
        assertEquals(skeleton, NameSkeleton.of(name));
    }

    static Stream<Arguments> personKeys() {
        return TsvRows.of("/ner/person-keys.tsv").stream().map(c -> Arguments.of(c[0], c[1]));
    }

    /** The table timeline-service runs too: a name typed in a query finds the person stored under this key. */
    @ParameterizedTest(name = "{0} = person:{1}")
    @MethodSource("personKeys")
    void aPersonsKeyIsTheSkeletonTimelineServiceComputesForTheName(String name, String skeleton) {
        assertEquals(skeleton, NameSkeleton.of(name));
        assertEquals("person:" + skeleton, Keys.person(name));
    }

    /** timeline-service resolves names with a copy of NameSkeleton: when it is beside us, the copies must agree. */
    @Test
    void timelineServicesCopyAndTableAreTheseOnes() throws IOException {
        Path timeline = Path.of("../timeline-service/src");
        assumeTrue(Files.isDirectory(timeline), "timeline-service is not beside entity-service");
        assertEquals(Files.readString(Path.of("src/test/resources/ner/person-keys.tsv")),
                Files.readString(timeline.resolve("test/resources/person-keys.tsv")), "the two tables differ");
        assertEquals(body(Path.of("src/main/java/org/tarikh/entity/ner/NameSkeleton.java")),
                body(timeline.resolve("main/java/org/tarikh/timeline/chronology/NameSkeleton.java")),
                "the two skeletons differ beyond their package, javadoc and Arabic folding");
    }

    /** The code after the class comment, without the one line that folds Arabic with each service's own view. */
    private static String body(Path file) throws IOException {
        String s = Files.readString(file);
        return s.substring(s.indexOf("public final class NameSkeleton")).replaceAll("(?m)^.*String folded = .*$", "");
    }
}
