package org.tarikh.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The generated corpora have the shape the scenarios promise (docs/benchmarks.md). */
class CorpusTest {

    @Test
    void theSmokeCorpusHasEveryKindOfArticleInBothLanguages() {
        List<Corpus.Article> smoke = Corpus.smoke(1);
        assertEquals(EnumSet.allOf(Corpus.Kind.class), smoke.stream().map(Corpus.Article::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Corpus.Kind.class))));
        assertEquals(Set.of("ar", "en"), smoke.stream().map(Corpus.Article::lang).collect(Collectors.toSet()));
    }

    @Test
    void theSameSeedGivesTheSameCorpusAndAnotherSeedAnother() {
        assertEquals(Corpus.distinct(50, 7), Corpus.distinct(50, 7));
        assertNotEquals(Corpus.distinct(50, 7).get(0).text(), Corpus.distinct(50, 8).get(0).text());
    }

    @Test
    void copiesShareTheirOriginalsBodyUpdatesItsUrlAndRepostsItsBytes() {
        List<Corpus.Article> all = Corpus.copies(400, 3);
        Map<Integer, Corpus.Article> bySeq = all.stream().collect(Collectors.toMap(Corpus.Article::seq, a -> a));
        assertEquals(400, all.size());
        assertEquals(1, all.stream().map(Corpus.Article::story).distinct().count(), "one story");
        for (int i = 0; i < all.size(); i++) {
            Corpus.Article a = all.get(i);
            Corpus.Article base = bySeq.get(a.basedOn());
            switch (a.kind()) {
                case WIRE_COPY -> {
                    assertEquals(base.body(), a.body());
                    assertNotEquals(base.text(), a.text(), "another byline or footer");
                    assertNotEquals(base.source(), a.source().equals(base.source()) ? "" : a.source());
                }
                case NEAR_COPY -> assertNotEquals(base.body(), a.body());
                case UPDATE -> {
                    assertEquals(base.url(), a.url());
                    assertTrue(a.publishedAt().compareTo(base.publishedAt()) > 0, "published later");
                    assertTrue(a.body().size() > base.body().size());
                }
                case REPOST -> assertEquals(base.text(), a.text());
                default -> assertEquals(-1, a.basedOn());
            }
            if (base != null) {
                assertTrue(all.indexOf(base) < i, "a copy is posted after what it copies");
            }
        }
        Map<Corpus.Kind, Long> kinds = all.stream().collect(Collectors.groupingBy(Corpus.Article::kind, Collectors.counting()));
        assertTrue(kinds.get(Corpus.Kind.WIRE_COPY) > kinds.get(Corpus.Kind.NEAR_COPY));
    }

    @Test
    void twoUpdatesOfOneArticleAreNeverPublishedAtTheSameSecond() {
        // which version is newer must be knowable: of two published at the same time timeline-service keeps the one
        // that arrived last, which the bench cannot know (the 10,000-copies run counted 2 lost and 3 doubled so)
        var updateTimes = Corpus.copies(10_000, 1).stream().filter(a -> a.kind() == Corpus.Kind.UPDATE)
                .map(a -> a.basedOn() + " " + a.publishedAt()).toList();
        assertTrue(updateTimes.size() > 900, "updates: " + updateTimes.size());
        assertEquals(updateTimes.size(), updateTimes.stream().distinct().count());
    }

    @Test
    void distinctArticlesVaryInLengthPlaceAndDate() {
        List<Corpus.Article> all = Corpus.distinct(300, 5);
        assertEquals(300, all.stream().map(Corpus.Article::text).distinct().count(), "no two alike");
        var bytes = all.stream().mapToInt(Corpus.Article::bytes).summaryStatistics();
        assertTrue(bytes.getMax() > 4 * bytes.getMin(), bytes.toString());
        assertTrue(all.stream().map(Corpus.Article::publishedAt).distinct().count() > 200);
        assertTrue(all.stream().map(Corpus.Article::story).distinct().count() < 300, "some stories told twice");
        assertTrue(all.stream().filter(a -> a.lang().equals("ar")).count() > 120);
        assertTrue(all.get(0).text().contains("\n\n"), "paragraphs");
    }

    @Test
    void percentilesAreNearestRank() {
        double[] v = new double[100];
        for (int i = 0; i < 100; i++) {
            v[i] = i + 1;
        }
        assertEquals(50, Stats.percentile(v, 50));
        assertEquals(99, Stats.percentile(v, 99));
        assertEquals(100, Stats.percentile(v, 100));
    }
}
