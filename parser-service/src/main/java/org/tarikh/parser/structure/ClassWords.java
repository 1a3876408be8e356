package org.tarikh.parser.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jsoup.nodes.Element;

/**
 * What the words of an element's class and id say it is (html-classes.tsv): furniture, an article container, a
 * byline, a caption. Words are whole words ("status-publish" holds "status" and "publish", never "pub"), so a
 * byline word inside a post's class list does not make the post a byline.
 */
final class ClassWords {

    static final int UNLIKELY = 1;
    static final int MAYBE = 1 << 1;
    static final int POSITIVE = 1 << 2;
    static final int NEGATIVE = 1 << 3;
    static final int BYLINE = 1 << 4;
    static final int DATELINE = 1 << 5;
    static final int CAPTION = 1 << 6;
    static final int SHARE = 1 << 7;
    static final int INVISIBLE = 1 << 8;
    static final int OVERLAY = 1 << 9;

    /** Compounds ("commentlist", "storytext") are matched by their ends; shorter words only whole. */
    private static final int MIN_COMPOUND = 8;
    private static final int MIN_AFFIX = 4;
    private static final int CACHE_LIMIT = 50_000;

    private final Map<String, Integer> words = new HashMap<>();
    private final List<Map.Entry<String, Integer>> affixes = new ArrayList<>();
    private final Set<String> invisible = new HashSet<>();
    /** Class words repeat across pages; bounded so that a page of random class names cannot grow it forever. */
    private final Map<String, Integer> compounds = new ConcurrentHashMap<>();
    private final Map<String, Integer> attributes = new ConcurrentHashMap<>();

    ClassWords(List<String> rules) {
        for (String rule : rules) {
            String[] cols = rule.split("\t");
            if (cols.length != 2) {
                throw new IllegalStateException("html class rule needs 2 columns: " + rule);
            }
            int kind = switch (cols[0]) {
                case "unlikely" -> UNLIKELY;
                case "overlay" -> OVERLAY;
                case "maybe" -> MAYBE;
                case "positive" -> POSITIVE;
                case "negative" -> NEGATIVE;
                case "byline" -> BYLINE;
                case "dateline" -> DATELINE;
                case "caption" -> CAPTION;
                case "share" -> SHARE;
                case "invisible" -> INVISIBLE;
                case "plain" -> 0;
                default -> throw new IllegalStateException("unknown html class kind: " + rule);
            };
            String word = cols[1].toLowerCase(Locale.ROOT);
            if (kind == INVISIBLE) {
                invisible.add(word);
            } else {
                words.merge(word, kind, (a, b) -> a | b);
            }
        }
        words.forEach((w, k) -> {
            if (w.length() >= MIN_AFFIX && k != 0) {
                affixes.add(Map.entry(w, k));
            }
        });
    }

    static ClassWords load() {
        return new ClassWords(Lexicon.lines("html-classes.tsv"));
    }

    /** The kinds (bits) that the words of the element's class and id carry. */
    int of(Element el) {
        String cls = el.className();
        String id = el.id();
        return (cls.isEmpty() ? 0 : of(cls, true)) | (id.isEmpty() ? 0 : of(id, false));
    }

    /** The positive and negative words of class and id, each worth 25, as Readability weighs them. */
    static int weight(int kindsOfClass, int kindsOfId) {
        return ((kindsOfClass & POSITIVE) != 0 ? 25 : 0) - ((kindsOfClass & NEGATIVE) != 0 ? 25 : 0)
                + ((kindsOfId & POSITIVE) != 0 ? 25 : 0) - ((kindsOfId & NEGATIVE) != 0 ? 25 : 0);
    }

    int weight(Element el) {
        String cls = el.className();
        String id = el.id();
        return weight(cls.isEmpty() ? 0 : of(cls, true), id.isEmpty() ? 0 : of(id, false));
    }

    int of(String attribute, boolean classList) {
        // pages repeat their class lists on element after element, and sites repeat them on page after page
        String key = classList ? attribute : "#" + attribute;
        Integer cached = attributes.get(key);
        if (cached != null) {
            return cached;
        }
        int kinds = words(attribute, classList);
        if (attributes.size() < CACHE_LIMIT && attribute.length() <= 200) {
            attributes.put(key, kinds);
        }
        return kinds;
    }

    private int words(String attribute, boolean classList) {
        int kinds = 0;
        int n = attribute.length();
        int start = -1;
        int tokenStart = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? attribute.charAt(i) : ' ';
            boolean letter = Character.isLetterOrDigit(c);
            // "articleBody": a capital after a small letter starts a new word
            boolean camel = letter && start >= 0 && Character.isUpperCase(c) && Character.isLowerCase(attribute.charAt(i - 1));
            if (start >= 0 && (!letter || camel)) {
                kinds |= word(attribute.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
            if (letter && start < 0) {
                start = i;
            }
            if (classList && (i == n || Character.isWhitespace(c))) {
                if (i > tokenStart) {
                    // the whole class name, as one word: "MathJax", "sr-only"
                    String token = attribute.substring(tokenStart, i).replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
                    if (invisible.contains(token)) {
                        kinds |= INVISIBLE;
                    }
                    kinds |= words.getOrDefault(token, 0);
                }
                tokenStart = i + 1;
            }
        }
        return kinds;
    }

    private int word(String w) {
        Integer exact = words.get(w);
        if (exact != null) {
            return exact;
        }
        if (w.length() < MIN_COMPOUND) {
            return 0;
        }
        Integer cached = compounds.get(w);
        if (cached != null) {
            return cached;
        }
        int kinds = 0;
        for (Map.Entry<String, Integer> a : affixes) {
            if (w.startsWith(a.getKey()) || w.endsWith(a.getKey())) {
                kinds |= a.getValue();
            }
        }
        if (compounds.size() < CACHE_LIMIT) {
            compounds.put(w, kinds);
        }
        return kinds;
    }
}
