package org.tarikh.entity.ner;

/**
 * Word classes learned from unlabelled text, as features of the English name tagger (Turian, Ratinov and Bengio 2010;
 * Ratinov and Roth 2009): resources/ner/word-clusters-en.tsv, built by scripts/build-word-clusters.py, gives each of
 * 150,000 frequent English words the path to its leaf in a binary tree of GloVe vectors split in two again and again.
 * A prefix of the path is a coarser class ("tuesday" with the other days, "scholz" with other surnames), so a word
 * the annotated data never showed still shares weights with the words of its class.
 *
 * <p>Words are kept as 64-bit hashes of their lower-cased letters in an open-addressing table (2.6 MB), so a
 * lookup builds no string.
 */
public final class WordClusters {

    public static final String RESOURCE = "ner/word-clusters-en.tsv";
    /** The code of a word the clusters do not know (a class of its own: rare words, typos, most foreign names). */
    public static final int UNKNOWN = 1;

    private static WordClusters shared;

    private final long[] keys;
    private final short[] codes;
    private final int mask;

    private WordClusters(int capacity) {
        keys = new long[capacity];
        codes = new short[capacity];
        mask = capacity - 1;
    }

    /** The clusters of {@link #RESOURCE}, read once per JVM. */
    public static synchronized WordClusters load() {
        if (shared == null) {
            WordClusters c = new WordClusters(1 << 18);
            Lexicon.readTsv(RESOURCE, row -> c.add(lowerHash(row[0]), row[1]));
            shared = c;
        }
        return shared;
    }

    private void add(long key, String bits) {
        if (bits.length() > 14) {
            throw new IllegalArgumentException("a path of more than 14 bits: " + bits);
        }
        // a leading 1 marks the path's length: code 1 is the empty path, which no word has (UNKNOWN)
        int code = 1;
        for (int i = 0; i < bits.length(); i++) {
            code = code << 1 | (bits.charAt(i) == '1' ? 1 : 0);
        }
        int i = slot(key);
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        codes[i] = (short) code;
    }

    /** The code of {@code word} (any case): its path with a leading 1, or {@link #UNKNOWN}. */
    public int code(String word) {
        long key = lowerHash(word);
        for (int i = slot(key); keys[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return codes[i];
            }
        }
        return UNKNOWN;
    }

    /** The first {@code bits} bits of a {@link #code} (the whole path when it is shorter), still with its leading 1. */
    public static int prefix(int code, int bits) {
        int length = 31 - Integer.numberOfLeadingZeros(code);
        return length <= bits ? code : code >>> (length - bits);
    }

    private int slot(long key) {
        return (int) (key ^ key >>> 29) & mask;
    }

    /** A non-zero hash of the word's letters lower-cased, built char by char. */
    static long lowerHash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= Character.toLowerCase(s.charAt(i));
            h *= 0x100000001b3L;
        }
        h = NameFeatures.mix(h, 0);
        return h == 0 ? 1 : h;
    }
}
