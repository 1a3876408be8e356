package org.tarikh.timeline.chronology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A MinHash sketch of a text's word 3-shingles (in {@link NameKey} form, so spelling variants, case and diacritics do
 * not count as edits), to find a copy of a paragraph however its outlet changed a few words: the share of equal
 * minimums estimates the Jaccard similarity of the two shingle sets. Its {@link #BANDS} band hashes (3 minimums
 * each) are what the store indexes: two texts at similarity 0.5 share a band with probability 1 - (1 - 0.5^3)^21 ≈
 * 0.94, at 0.6 ≈ 0.99, at 0.2 ≈ 0.16 (then rejected on the estimate), two unrelated texts (0.01) ≈ 0.00002.
 */
public final class TextSketch {

    public static final int HASHES = 64;
    public static final int BANDS = 21;
    private static final int ROWS = 3;
    /** Fewer words than this are no evidence of copying (a dateline, a byline, "Reuters"). */
    public static final int MIN_WORDS = 12;
    /** At or above this estimated similarity a paragraph is a copy of another (docs/timeline.md: measured). */
    public static final double COPY_SIMILARITY = 0.5;

    private static final long[] SEEDS = new long[HASHES];

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            x = mix(x + 0x632BE59BD9B4E019L * (i + 1));
            SEEDS[i] = x;
        }
    }

    private final long[] minimums;

    private TextSketch(long[] minimums) {
        this.minimums = minimums;
    }

    /** The sketch of a text, or null when it is too short to tell a copy by. */
    public static TextSketch of(String text) {
        String[] words = NameKey.of(text == null ? "" : text).split(" ");
        List<Long> shingles = new ArrayList<>();
        int n = 0;
        for (String w : words) {
            if (!w.isEmpty()) {
                words[n++] = w;
            }
        }
        if (n < MIN_WORDS) {
            return null;
        }
        for (int i = 0; i + 2 < n; i++) {
            shingles.add(hash(words[i] + ' ' + words[i + 1] + ' ' + words[i + 2]));
        }
        long[] min = new long[HASHES];
        Arrays.fill(min, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int h = 0; h < HASHES; h++) {
                long v = mix(s ^ SEEDS[h]);
                if (v < min[h]) {
                    min[h] = v;
                }
            }
        }
        return new TextSketch(min);
    }

    public static TextSketch of(long[] minimums) {
        if (minimums == null || minimums.length != HASHES) {
            throw new IllegalArgumentException("a sketch has " + HASHES + " minimums");
        }
        return new TextSketch(minimums.clone());
    }

    public long[] minimums() {
        return minimums.clone();
    }

    /** The hashes of its bands: texts that share one are compared. */
    public long[] bands() {
        long[] bands = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h * 31 + minimums[b * ROWS + r]);
            }
            bands[b] = h;
        }
        return bands;
    }

    /** The estimated Jaccard similarity of the two texts' shingles, 0..1. */
    public double similarity(TextSketch other) {
        int equal = 0;
        for (int i = 0; i < HASHES; i++) {
            if (minimums[i] == other.minimums[i]) {
                equal++;
            }
        }
        return equal / (double) HASHES;
    }

    private static long hash(String s) {
        long h = 0xCBF29CE484222325L; // FNV-1a over the UTF-16 units, then mixed
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001B3L;
        }
        return mix(h);
    }

    /** SplitMix64's finalizer. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
