package org.tarikh.timeline.keydates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class KeyDateRankerTest {

    static final LocalDate MAY1 = LocalDate.of(2021, 5, 1);
    static final LocalDate MAY8 = LocalDate.of(2021, 5, 8);
    static final LocalDate MAY20 = LocalDate.of(2021, 5, 20);

    @Test
    void aDayReferredToSoonAfterByManyOutletsOutranksADayWithMoreArticlesPublishedOnIt() {
        var counts = List.of(
                new KeyDateRanker.DayCount(MAY1, MAY1.plusDays(1), "wire", 2),
                new KeyDateRanker.DayCount(MAY1, MAY1.plusDays(3), "daily", 2),
                new KeyDateRanker.DayCount(MAY1, MAY1.plusDays(4), "radio", 1),
                new KeyDateRanker.DayCount(MAY20, MAY20, "wire", 3));
        var ranked = KeyDateRanker.rankDays(counts, Map.of(MAY20, 8, MAY1, 0));
        assertEquals(List.of(MAY1, MAY20), ranked.stream().map(KeyDateRanker.DayScore::day).toList());
        assertEquals(5, ranked.get(0).articles());
        assertEquals(3, ranked.get(0).outlets());
        assertEquals(8, ranked.get(1).published());
    }

    @Test
    void aReferenceCountsLessTheLaterItIsPublishedAndLessStillBeforeTheDay() {
        assertEquals(1.0, KeyDateRanker.lagWeight(0));
        assertTrue(KeyDateRanker.lagWeight(1) > KeyDateRanker.lagWeight(30));
        assertTrue(KeyDateRanker.lagWeight(-1) < KeyDateRanker.lagWeight(1) / 2, "announced is not happened");
        var late = KeyDateRanker.rankDays(List.of(new KeyDateRanker.DayCount(MAY1, MAY1.plusDays(60), "a", 3),
                new KeyDateRanker.DayCount(MAY8, MAY8.plusDays(1), "a", 2)), Map.of());
        assertEquals(MAY8, late.get(0).day(), "two fresh references beat three from two months later");
    }

    @Test
    void theSentencesOfADayAreThoseNearestItsStoryAndNeverRepeatOneAnother() {
        List<KeyDateRanker.Candidate> c = new ArrayList<>();
        c.add(candidate(MAY1, "Floods hit Lakeside on 1 May, killing 12 people.", "a1"));
        c.add(candidate(MAY1, "Floods hit Lakeside on 1 May, killing 12 people.", "a2")); // a copy
        c.add(candidate(MAY1, "The floods of 1 May in Lakeside killed 12 people and destroyed bridges.", "a3"));
        c.add(candidate(MAY1, "Tickets for the concert went on sale that day.", "a4"));
        c.add(candidate(MAY8, "Donors pledged money for Lakeside flood victims on 8 May.", "a5"));
        c.add(candidate(MAY8, "Floods hit Lakeside on 1 May, killing 12 people, and donors met on 8 May.", "a6"));
        var ranked = List.of(new KeyDateRanker.DayScore(MAY1, 5, 4, 2, 0), new KeyDateRanker.DayScore(MAY8, 3, 2, 2, 0),
                new KeyDateRanker.DayScore(MAY20, 1, 1, 1, 0));
        var chosen = KeyDateRanker.choose(ranked, c, 3, 2, Map.of(MAY1, 1L));
        assertEquals(List.of(MAY1, MAY8), chosen.stream().map(KeyDateRanker.KeyDate::day).toList(),
                "a day without sentences is passed over");
        var first = chosen.get(0).sentences().stream().map(KeyDateRanker.Candidate::text).toList();
        assertEquals(2, first.size());
        assertEquals(1, first.stream().filter(t -> t.startsWith("Floods hit")).count(), "a copy is redundant");
        assertTrue(first.get(0).toLowerCase().contains("floods"), "the best is on the story: " + first);
        assertEquals(1L, chosen.get(0).events());
        assertEquals("Donors pledged money for Lakeside flood victims on 8 May.",
                chosen.get(1).sentences().get(0).text());
    }

    @Test
    void aDayIsToldByTheReportsOfTheWeekAfterItWhenThereAreAny() {
        var fresh = candidate(MAY1, "Floods hit Lakeside on Saturday.", "a1");
        var late = new KeyDateRanker.Candidate(MAY1, "A month after the floods of 1 May, Lakeside rebuilt its dams.",
                "a2", "a2-0", "wire", MAY1.plusDays(30));
        var before = new KeyDateRanker.Candidate(MAY1, "Rain is forecast for 1 May.", "a3", "a3-0", "wire",
                MAY1.minusDays(1));
        assertEquals(List.of(fresh), KeyDateRanker.fresh(List.of(late, fresh, before)));
        assertEquals(List.of(late, before), KeyDateRanker.fresh(List.of(late, before)), "else all of them");
    }

    @Test
    void aClockTimeMarksATimeStampNotAHappening() {
        for (String stamp : List.of("At 10:16 1st May 2009, ynda20 wrote:", "Mary Hockaday | 17:45 UK time, 29 April",
                "Tuesday 28 April 2009 16.35 BST Tamiflu", "الساعة 9:30 صباح الأحد")) {
            assertTrue(KeyDateRanker.STAMP.matcher(stamp).find(), stamp);
        }
        for (String text : List.of("Cases rose to 1.45 million on 3 May.", "The 24:7 ratio held.", "Score 3:2.5",
                "In 2009, 12.30 percent of flights stopped.")) {
            assertTrue(!KeyDateRanker.STAMP.matcher(text).find(), text);
        }
    }

    static KeyDateRanker.Candidate candidate(LocalDate day, String text, String article) {
        return new KeyDateRanker.Candidate(day, text, article, article + "-0", "wire", day.plusDays(1));
    }
}
