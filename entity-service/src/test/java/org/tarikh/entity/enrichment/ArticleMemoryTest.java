package org.tarikh.entity.enrichment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.tarikh.entity.ner.ArticlePersons;

class ArticleMemoryTest {

    final AtomicLong now = new AtomicLong();

    static ArticlePersons.Known kirby() {
        return new ArticlePersons.Known("person:jn-krb", "John Kirby", List.of("john", "kirby"), true);
    }

    @Test
    void anArticleIsRememberedAcrossItsSegments() {
        ArticleMemory memory = new ArticleMemory(10, Duration.ofMinutes(5), now::get);
        memory.persons("a1").remember(kirby());
        now.addAndGet(Duration.ofMinutes(4).toNanos());
        assertEquals(List.of(kirby()), memory.persons("a1").known());
        assertEquals(List.of(), memory.persons("a2").known(), "another article knows nobody");
    }

    @Test
    void theLeastRecentlyUsedArticleIsForgottenBeyondCapacity() {
        ArticleMemory memory = new ArticleMemory(2, Duration.ofHours(1), now::get);
        ArticlePersons first = memory.persons("a1");
        memory.persons("a2");
        memory.persons("a1"); // a1 used again: a2 is now the least recent
        memory.persons("a3");
        assertEquals(2, memory.size());
        assertSame(first, memory.persons("a1"));
        assertEquals(2, memory.size());
    }

    @Test
    void anArticleNotSeenForItsTimeToLiveIsForgotten() {
        ArticleMemory memory = new ArticleMemory(100, Duration.ofMinutes(10), now::get);
        ArticlePersons old = memory.persons("a1");
        old.remember(kirby());
        memory.persons("a2");
        now.addAndGet(Duration.ofMinutes(6).toNanos());
        memory.persons("a2");
        now.addAndGet(Duration.ofMinutes(6).toNanos());
        assertEquals(1, memory.size(), "a1 expired, a2 was used 6 minutes ago");
        assertNotSame(old, memory.persons("a1"));
        assertEquals(List.of(), memory.persons("a1").known());
    }

    @Test
    void aMemoryWithoutRoomOrTimeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ArticleMemory(0, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new ArticleMemory(1, Duration.ZERO));
    }

    @Test
    void aCaptionDateIsRememberedForItsPairWithinTheArticleOnly() {
        ArticleMemory memory = new ArticleMemory(10, Duration.ofMinutes(5), now::get);
        var date = new org.tarikh.entity.time.Timex("January 4, 2022", 0, 15, "2022-01-04", "DATE",
                org.tarikh.entity.time.Precision.DAY, org.tarikh.entity.time.Anchor.ABSOLUTE, null);
        memory.rememberCaptionDate("a1", "a1-1", date);
        assertEquals(java.util.Optional.of(date), memory.captionDate("a1", "a1-1"));
        assertEquals(java.util.Optional.empty(), memory.captionDate("a2", "a1-1"));
        assertEquals(java.util.Optional.empty(), memory.captionDate("a1", "a1-2"));
    }
}
