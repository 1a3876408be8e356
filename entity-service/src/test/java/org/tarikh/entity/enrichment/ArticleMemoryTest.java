package org.tarikh.entity.enrichment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.tarikh.entity.document.ArticleContext;
import org.tarikh.entity.ner.ArticlePersons;

class ArticleMemoryTest {

    final AtomicLong now = new AtomicLong();

    static ArticlePersons.Known kirby() {
        return new ArticlePersons.Known("person:jn-krb", "John Kirby", List.of("john", "kirby"), true);
    }

    @Test
    void anArticleIsRememberedAcrossItsSegments() {
        ArticleMemory memory = new ArticleMemory(10, Duration.ofMinutes(5), now::get);
        memory.context("a1").persons().remember(kirby());
        now.addAndGet(Duration.ofMinutes(4).toNanos());
        assertEquals(List.of(kirby()), memory.context("a1").persons().known());
        assertEquals(List.of(), memory.context("a2").persons().known(), "another article knows nobody");
    }

    @Test
    void theLeastRecentlyUsedArticleIsForgottenBeyondCapacity() {
        ArticleMemory memory = new ArticleMemory(2, Duration.ofHours(1), now::get);
        ArticleContext first = memory.context("a1");
        memory.context("a2");
        memory.context("a1"); // a1 used again: a2 is now the least recent
        memory.context("a3");
        assertEquals(2, memory.size());
        assertSame(first, memory.context("a1"));
        assertEquals(2, memory.size());
    }

    @Test
    void anArticleNotSeenForItsTimeToLiveIsForgotten() {
        ArticleMemory memory = new ArticleMemory(100, Duration.ofMinutes(10), now::get);
        ArticleContext old = memory.context("a1");
        old.persons().remember(kirby());
        memory.context("a2");
        now.addAndGet(Duration.ofMinutes(6).toNanos());
        memory.context("a2");
        now.addAndGet(Duration.ofMinutes(6).toNanos());
        assertEquals(1, memory.size(), "a1 expired, a2 was used 6 minutes ago");
        assertNotSame(old, memory.context("a1"));
        assertEquals(List.of(), memory.context("a1").persons().known());
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
        memory.context("a1").rememberCaptionDate("a1-1", date);
        assertEquals(java.util.Optional.of(date), memory.context("a1").captionDate("a1-1"));
        assertEquals(java.util.Optional.empty(), memory.context("a2").captionDate("a1-1"));
        assertEquals(java.util.Optional.empty(), memory.context("a1").captionDate("a1-2"));
    }
}
