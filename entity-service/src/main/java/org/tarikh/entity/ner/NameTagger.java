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
     * Open addressing, 0 = empty: slot {@code i} holds a feature hash at {@code 2 * i} and its weight row at
     * {@code 2 * i + 1}, so that a lookup reads one cache line, not one in an array of keys and one in an array of rows
     * (the lookups are most of the tagger's time, and nearly all miss the caches).
     */
    private final long[] table;
    private final float[] weights; // row * T + tag
    private final float[] transitions; // (prev + 1) * T + tag; prev -1 = sentence start
    private final int mask;

    NameTagger(long[] featureKeys, float[] weights, float[] transitions) {
        int size = Integer.highestOneBit(Math.max(4, featureKeys.length * 2 - 1)) << 1;
        this.table = new long[2 * size];
        this.mask = size - 1;
        for (int r = 0; r < featureKeys.length; r++) {
            int slot = slot(featureKeys[r]);
            table[2 * slot] = featureKeys[r];
            table[2 * slot + 1] = r;
        }
        this.weights = weights;
        this.transitions = transitions;
    }

    private int slot(long key) {
        int i = (int) (key ^ (key >>> 32)) & mask;
        while (table[2 * i] != 0 && table[2 * i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** The weight row of a feature hash, or -1 when the model never saw it. */
    int row(long key) {
        if (key == 0) {
            return -1;
        }
        int i = (int) (key ^ (key >>> 32)) & mask;
        while (true) {
            long k = table[2 * i];
            if (k == key) {
                return (int) table[2 * i + 1];
            }
            if (k == 0) {
                return -1;
            }
            i = (i + 1) & mask;
        }
    }

    /** How many features carry weights. */
    public int features() {
        return weights.length / T;
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
                int r = row(features[o + f]);
                if (r >= 0) {
                    int w = r * T;
                    for (int t = 0; t < T; t++) {
                        scores[s + t] += weights[w + t];
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
