package org.tarikh.timeline.keydates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * TF-IDF vectors of sentences over a set of sentences (the documents of the IDF): words are runs of letters and
 * digits, lower-cased, without the function words of English and Arabic.
 */
final class Vectors {

    /** Function words: they say nothing of what a sentence is about. */
    static final Set<String> STOP = Set.of(
            "a", "about", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
            "because", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does",
            "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he",
            "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it",
            "its", "itself", "just", "me", "more", "most", "my", "no", "nor", "not", "now", "of", "off", "on", "once",
            "only", "or", "other", "our", "ours", "out", "over", "own", "said", "same", "says", "she", "should", "so",
            "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those",
            "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where",
            "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "s", "t", "mr", "ms",
            "في", "من", "على", "إلى", "الى", "عن", "مع", "أن", "ان", "إن", "التي", "الذي", "الذين", "هذا", "هذه",
            "ذلك", "تلك", "كان", "كانت", "قد", "لم", "لا", "ما", "و", "أو", "او", "ثم", "بعد", "قبل", "حتى", "كما",
            "وقد", "وقال", "قال", "هو", "هي", "بين", "عند", "أي", "كل", "لقد", "فيه", "فيها", "به", "بها", "له", "لها");

    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final int documents;
    private final Map<KeyDateRanker.Candidate, Map<String, Double>> cache = new IdentityHashMap<>();
    private final Map<KeyDateRanker.Candidate, Integer> lengths = new IdentityHashMap<>();
    private final Map<KeyDateRanker.Candidate, Map<String, Integer>> counts = new IdentityHashMap<>();

    Vectors(List<KeyDateRanker.Candidate> sentences) {
        for (KeyDateRanker.Candidate c : sentences) {
            Map<String, Integer> tf = counts(c);
            tf.keySet().forEach(w -> documentFrequency.merge(w, 1, Integer::sum));
        }
        documents = Math.max(1, sentences.size());
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < lower.length()) {
            int cp = lower.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < lower.length() && Character.isLetterOrDigit(lower.codePointAt(i))) {
                i += Character.charCount(lower.codePointAt(i));
            }
            out.add(lower.substring(start, i));
        }
        return out;
    }

    private Map<String, Integer> counts(KeyDateRanker.Candidate c) {
        return counts.computeIfAbsent(c, x -> {
            Map<String, Integer> tf = new HashMap<>();
            List<String> words = words(x.text());
            lengths.put(x, words.size());
            for (String w : words) {
                if (!STOP.contains(w) && (w.length() > 1 || !Character.isLetter(w.charAt(0)))) {
                    tf.merge(w, 1, Integer::sum);
                }
            }
            return tf;
        });
    }

    int length(KeyDateRanker.Candidate c) {
        counts(c);
        return lengths.get(c);
    }

    /** The sentence's unit-length TF-IDF vector (empty when it has no content word). */
    Map<String, Double> of(KeyDateRanker.Candidate c) {
        return cache.computeIfAbsent(c, x -> {
            Map<String, Double> v = new HashMap<>();
            counts(x).forEach((w, n) -> v.put(w, (1 + Math.log(n))
                    * Math.log(1.0 + documents / (double) documentFrequency.getOrDefault(w, 1))));
            return normalized(v);
        });
    }

    /** The unit-length mean of the sentences' vectors. */
    Map<String, Double> centroid(List<KeyDateRanker.Candidate> sentences) {
        Map<String, Double> sum = new HashMap<>();
        for (KeyDateRanker.Candidate c : sentences) {
            of(c).forEach((w, x) -> sum.merge(w, x, Double::sum));
        }
        return normalized(sum);
    }

    private static Map<String, Double> normalized(Map<String, Double> v) {
        double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
        if (norm > 0) {
            v.replaceAll((w, x) -> x / norm);
        }
        return v;
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        if (a.size() > b.size()) {
            return cosine(b, a);
        }
        double dot = 0;
        for (var e : a.entrySet()) {
            Double y = b.get(e.getKey());
            if (y != null) {
                dot += e.getValue() * y;
            }
        }
        return dot;
    }
}
