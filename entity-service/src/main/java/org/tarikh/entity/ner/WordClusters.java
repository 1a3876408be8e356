package org.tarikh.entity.ner;

import java.util.HashMap;
import java.util.Map;

/**
 * Word clusters learned from unlabelled text (Brown clustering: a word's cluster is a bit string, the path to it in a
 * binary merge tree, so that its prefixes are coarser clusters). A feature of {@link NameFeatures}: a name the tagged
 * data never showed still shares a cluster with names it did.
 */
public final class WordClusters {

    private final Map<String, String> paths;

    WordClusters(Map<String, String> paths) {
        this.paths = paths;
    }

    public static WordClusters none() {
        return new WordClusters(Map.of());
    }

    /** Clusters from a classpath TSV file (path, word, count), normalized word forms. */
    public static WordClusters load(String resource) {
        Map<String, String> paths = new HashMap<>();
        Lexicon.readTsv(resource, c -> paths.put(c[1], c[0]));
        return new WordClusters(paths);
    }

    /** The cluster path of a normalized word form, or null. */
    public String of(String form) {
        return paths.get(form);
    }

    public int size() {
        return paths.size();
    }
}
