package org.tarikh.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The articles the checks expect gone: replaced at each of their addresses by a newer stored version. */
class VersionsTest {

    private static Versions.Posted post(String id, String url, String at) {
        return new Versions.Posted(id, url, at);
    }

    @Test
    void anUpdateReplacesTheOlderVersionsAtItsAddressOnceStored() {
        var posts = List.of(post("a", "u1", "2021-07-19"), post("b", "u1", "2021-07-19T12:00:02Z"),
                post("c", "u1", "2021-07-19T12:00:01Z"), post("d", "u2", "2021-07-19"));
        assertEquals(Set.of("a", "c"), Versions.replaced(posts, id -> true));
        assertEquals(Set.of(), Versions.replaced(posts, id -> !id.equals("b")), "the newest is not stored yet");
    }

    @Test
    void oneTextAtTwoAddressesIsReplacedOnlyWhenBothAddressesHaveANewerVersion() {
        // the 10,000-copies corpus: two wire copies with the same outlet, reporter and editor are one article (one id)
        var updateAtOne = List.of(post("twin", "u1", "2021-07-21"), post("twin", "u2", "2021-07-21"),
                post("update", "u2", "2021-07-21T12:04:16Z"));
        assertEquals(Set.of(), Versions.replaced(updateAtOne, id -> true), "u1 still says it");
        var updateAtBoth = List.of(post("twin", "u1", "2021-07-21"), post("twin", "u2", "2021-07-21"),
                post("update1", "u1", "2021-07-21T12:00:01Z"), post("update2", "u2", "2021-07-21T12:00:02Z"));
        assertEquals(Set.of("twin"), Versions.replaced(updateAtBoth, id -> true));
    }

    @Test
    void aRepostAtItsAddressIsTheSameArticle() {
        var posts = List.of(post("a", "u1", "2021-07-19"), post("a", "u1", "2021-07-19"),
                post("b", "u1", "2021-07-19T12:00:00Z"));
        assertEquals(Set.of("a"), Versions.replaced(posts, id -> true));
    }
}
