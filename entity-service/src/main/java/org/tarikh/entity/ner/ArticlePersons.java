package org.tarikh.entity.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * The persons an article has named in full so far, so that a later segment's short reference (العوادي, Kirby) links
 * to the key of the full name found in an earlier one. One per article; segments may be enriched on different
 * threads, so access is synchronized. Bounded: an article that names more than {@value #LIMIT} persons keeps the
 * first ones.
 */
public final class ArticlePersons {

    static final int LIMIT = 256;

    /**
     * A person named in full: its key and display name, and the normalized words of the name as written.
     *
     * @param latin whether the name is written in Latin letters (a surname alone then needs a capital)
     */
    public record Known(String key, String name, List<String> words, boolean latin) {
        public Known {
            words = List.copyOf(words);
        }
    }

    private final List<Known> known = new ArrayList<>();

    /** The persons known so far, in the order they were named. */
    public synchronized List<Known> known() {
        return List.copyOf(known);
    }

    /** Remembers a person named in full; the same spelling of the same person is kept once. */
    public synchronized void remember(Known person) {
        if (known.size() < LIMIT && !known.contains(person)) {
            known.add(person);
        }
    }

    public synchronized boolean isEmpty() {
        return known.isEmpty();
    }
}
