package org.tarikh.entity.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** The English word classes of unlabelled text: read from the resource, looked up in any case, cut to prefixes. */
class WordClustersTest {

    static final WordClusters CLUSTERS = WordClusters.load();

    @Test
    void wordsUsedAlikeShareALeafAndOthersDoNot() {
        // from the resource's tree, not a list: the days of the week are used alike, a weekday and a verb are not
        assertEquals(CLUSTERS.code("tuesday"), CLUSTERS.code("wednesday"));
        assertNotEquals(CLUSTERS.code("tuesday"), CLUSTERS.code("announced"));
        assertEquals(WordClusters.prefix(CLUSTERS.code("baghdad"), 6), WordClusters.prefix(CLUSTERS.code("mosul"), 6));
    }

    @Test
    void aWordIsLookedUpInAnyCase() {
        int code = CLUSTERS.code("baghdad");
        assertNotEquals(WordClusters.UNKNOWN, code);
        assertEquals(code, CLUSTERS.code("Baghdad"));
        assertEquals(code, CLUSTERS.code("BAGHDAD"));
        assertEquals(WordClusters.UNKNOWN, CLUSTERS.code("qwzxkvbn"));
        assertEquals(WordClusters.UNKNOWN, CLUSTERS.code("بغداد"));
    }

    @Test
    void aPrefixKeepsTheFirstBitsAndTheLengthMark() {
        int code = 0b1_101100111010; // a path of 12 bits behind its leading 1
        assertEquals(0b1_1011, WordClusters.prefix(code, 4));
        assertEquals(0b1_101100, WordClusters.prefix(code, 6));
        assertEquals(code, WordClusters.prefix(code, 12));
        assertEquals(code, WordClusters.prefix(code, 20));
        assertEquals(WordClusters.UNKNOWN, WordClusters.prefix(WordClusters.UNKNOWN, 4));
    }
}
