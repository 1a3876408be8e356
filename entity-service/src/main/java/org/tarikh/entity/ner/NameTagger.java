package org.tarikh.entity.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/**
 * A linear sequence tagger over {@link NameFeatures}: per token a score for each BIO tag (the sum of the weights of
 * its features), per tag pair a transition weight, and the best sequence found by Viterbi among legal ones only (an
 * {@code I-X} follows a {@code B-X} or an {@code I-X}). Weights are learned by {@link NameTaggerTrainer} (averaged
 * perceptron). Immutable and thread-safe.
 */
public final class NameTagger {

    /** The tags, in the order of the weight rows. GPE and FAC are trained as LOC: the API reports them as LOCATION. */
    public static final String[] TAGS = {"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"};
    public static final int T = TAGS.length;
    private static final int MAGIC = 0x54524e31; // "TRN1"

    /**
     * Open addressing, key 0 = empty. Slot {@code i} is {@value #STRIDE} ints from {@code i * STRIDE}: the feature hash
     * (low and high half), then its weight for each tag (float bits). A feature's key and weights share a cache line or
     * two, so a lookup that finds a feature costs one miss, not one for the key and one for the weights: those misses
     * are most of the tagger's time (50 lookups a token in tables of several MB).
     */
    private final int[] table;
    private static final int STRIDE = 2 + T;
    private final int mask;
    private final int features;
    private final float[] transitions; // (prev + 1) * T + tag; prev -1 = sentence start

    NameTagger(long[] featureKeys, float[] weights, float[] transitions) {
        // at most 3/4 full, a power of two
        int size = Integer.highestOneBit(Math.max(4, (featureKeys.length * 4 + 2) / 3 - 1)) << 1;
        this.table = new int[size * STRIDE];
        this.mask = size - 1;
        this.features = featureKeys.length;
        for (int r = 0; r < featureKeys.length; r++) {
            long key = featureKeys[r];
            int i = (int) (key ^ (key >>> 32)) & mask;
            while (key(i) != 0 && key(i) != key) {
                i = (i + 1) & mask;
            }
            int o = i * STRIDE;
            table[o] = (int) key;
            table[o + 1] = (int) (key >>> 32);
            for (int t = 0; t < T; t++) {
                table[o + 2 + t] = Float.floatToRawIntBits(weights[r * T + t]);
            }
        }
        this.transitions = transitions;
    }

    private long key(int slot) {
        int o = slot * STRIDE;
        return table[o] & 0xffffffffL | (long) table[o + 1] << 32;
    }

    /** Where the weights of a feature hash start in {@link #table}, or -1 when the model never saw it. */
    private int find(long key) {
        if (key == 0) {
            return -1;
        }
        int i = (int) (key ^ (key >>> 32)) & mask;
        while (true) {
            long k = key(i);
            if (k == key) {
                return i * STRIDE + 2;
            }
            if (k == 0) {
                return -1;
            }
            i = (i + 1) & mask;
        }
    }

    /** The weight of a feature hash for a tag; 0 for a feature the model never saw. */
    float weight(long key, int tag) {
        int w = find(key);
        return w < 0 ? 0 : Float.intBitsToFloat(table[w + tag]);
    }

    /** How many features carry weights. */
    public int features() {
        return features;
    }

    /** The best legal tag sequence for {@code n} tokens whose features are in {@code features}. */
    public int[] tag(long[] features, int n) {
        return tag(features, 0, n);
    }

    /** The best legal tag sequence for the {@code n} tokens whose features start at token {@code from}. */
    public int[] tag(long[] features, int from, int n) {
        float[] scores = new float[n * T];
        for (int k = 0; k < n; k++) {
            int o = (from + k) * NameFeatures.PER_TOKEN;
            int s = k * T;
            for (int f = 0; f < NameFeatures.PER_TOKEN; f++) {
                int w = find(features[o + f]);
                if (w >= 0) {
                    for (int t = 0; t < T; t++) {
                        scores[s + t] += Float.intBitsToFloat(table[w + t]);
                    }
                }
            }
        }
        return viterbi(scores, n, transitions);
    }

    /** Whether tag {@code cur} may follow {@code prev} (-1: the sentence start). */
    static boolean legal(int prev, int cur) {
        if (cur == 0 || cur % 2 == 1) {
            return true; // O or B-X
        }
        return prev == cur || prev == cur - 1; // I-X after B-X or I-X
    }

    static int[] viterbi(float[] scores, int n, float[] transitions) {
        int[] best = new int[n];
        if (n == 0) {
            return best;
        }
        float[] delta = new float[n * T];
        int[] back = new int[n * T];
        for (int t = 0; t < T; t++) {
            delta[t] = legal(-1, t) ? scores[t] + transitions[t] : Float.NEGATIVE_INFINITY;
        }
        for (int k = 1; k < n; k++) {
            for (int t = 0; t < T; t++) {
                float max = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < T; p++) {
                    if (!legal(p, t)) {
                        continue;
                    }
                    float v = delta[(k - 1) * T + p] + transitions[(p + 1) * T + t];
                    if (v > max) {
                        max = v;
                        arg = p;
                    }
                }
                delta[k * T + t] = max + scores[k * T + t];
                back[k * T + t] = arg;
            }
        }
        int arg = 0;
        for (int t = 1; t < T; t++) {
            if (delta[(n - 1) * T + t] > delta[(n - 1) * T + arg]) {
                arg = t;
            }
        }
        for (int k = n - 1; k >= 0; k--) {
            best[k] = arg;
            arg = back[k * T + arg];
        }
        return best;
    }

    // ---------------------------------------------------------------- file format

    /** Reads a model written by {@link #write}, gzipped. */
    public static NameTagger read(InputStream gz) {
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(gz),
                1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != T) {
                throw new IllegalStateException("not a name tagger model of " + T + " tags");
            }
            float[] transitions = new float[(T + 1) * T];
            for (int i = 0; i < transitions.length; i++) {
                transitions[i] = in.readFloat();
            }
            int n = in.readInt();
            long[] keys = new long[n];
            float[] weights = new float[n * T];
            for (int r = 0; r < n; r++) {
                keys[r] = in.readLong();
                for (int t = 0; t < T; t++) {
                    weights[r * T + t] = in.readFloat();
                }
            }
            return new NameTagger(keys, weights, transitions);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the name tagger model", e);
        }
    }

    static void write(OutputStream raw, long[] keys, float[] weights, float[] transitions) throws IOException {
        DataOutputStream out = new DataOutputStream(raw);
        out.writeInt(MAGIC);
        out.writeInt(T);
        for (float v : transitions) {
            out.writeFloat(v);
        }
        out.writeInt(keys.length);
        for (int r = 0; r < keys.length; r++) {
            out.writeLong(keys[r]);
            for (int t = 0; t < T; t++) {
                out.writeFloat(weights[r * T + t]);
            }
        }
        out.flush();
    }
}
