package org.tarikh.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which articles a newer version replaced, as timeline-service keeps them: one version per address (URL), the newest
 * by publication time (the last to arrive among equals, which the corpus avoids). An article is its text (parser-service
 * names it by its content), so a byte-identical copy posted at two addresses is <em>one article with two
 * addresses</em>: it is replaced only when each of its addresses has a newer version, since until then the other
 * address still says it (docs/benchmarks.md, "How articles are counted").
 */
final class Versions {

    /** One accepted post: the article id parser-service gave it, its address and publication time. */
    record Posted(String articleId, String url, String publishedAt) {
    }

    private Versions() {
    }

    /**
     * @param accepted the accepted posts, in posting order
     * @param stored   whether a version counts as stored (a newer version still queued has replaced nothing yet)
     * @return the ids of the articles each of whose addresses has a newer stored version, in posting order
     */
    static Set<String> replaced(List<Posted> accepted, Predicate<String> stored) {
        Map<String, List<Posted>> byAddress = new LinkedHashMap<>();
        Map<String, Set<String>> addressesOf = new LinkedHashMap<>();
        for (Posted p : accepted) {
            byAddress.computeIfAbsent(p.url(), k -> new ArrayList<>()).add(p);
            addressesOf.computeIfAbsent(p.articleId(), k -> new LinkedHashSet<>()).add(p.url());
        }
        Map<String, String> newestAt = new HashMap<>();
        byAddress.forEach((url, versions) -> {
            Posted newest = null;
            for (Posted q : versions) {
                if (newest == null || q.publishedAt().compareTo(newest.publishedAt()) >= 0) {
                    newest = q;
                }
            }
            if (stored.test(newest.articleId())) {
                newestAt.put(url, newest.articleId());
            }
        });
        Set<String> replaced = new LinkedHashSet<>();
        addressesOf.forEach((id, urls) -> {
            if (urls.stream().allMatch(u -> newestAt.containsKey(u) && !newestAt.get(u).equals(id))) {
                replaced.add(id);
            }
        });
        return replaced;
    }
}
