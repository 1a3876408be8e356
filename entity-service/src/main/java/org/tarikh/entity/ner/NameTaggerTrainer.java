package org.tarikh.entity.ner;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import org.tarikh.entity.text.NormalizedText;
import org.tarikh.entity.text.TokenizedText;

/**
 * Trains the name taggers ({@link NameTagger}) from the annotated files in {@code entity-service/data/ner} (see the
 * README there for their sources and licences): a structured averaged perceptron with Viterbi decoding over BIO tags,
 * sentences shuffled with a fixed seed, so that a retrain gives the same model. Splits each language's data into
 * train and dev itself and prints dev scores per type. Run by {@code ./tarikh train-ner}.
 */
public final class NameTaggerTrainer {

    /** One annotated sentence as the file gives it: tokens and IOB2 tags (PER, ORG, LOC; GPE and FAC as LOC). */
    record Annotated(List<String> tokens, List<String> tags, int domain) {
        Annotated(List<String> tokens, List<String> tags) {
            this(tokens, tags, 0);
        }
    }

    /**
     * Domain adaptation by feature augmentation (Daumé 2007, "Frustratingly easy domain adaptation"): while training,
     * every feature also fires in a copy of its own for the sentence's corpus ({@link Annotated#domain}: 0 the corpus
     * of the dev split, 1 another), so that what one corpus annotates differently is learned apart; the shipped model
     * folds the copy of domain 0 into the shared weight (one lookup a feature, as before). Set per trainer
     * ({@link Settings#domains}).
     */
    private final boolean domains;

    /** A sentence as the tagger sees it: the text the service would get, its tokens and their gold tag ids. */
    static final class Example {
        final Annotated source;
        final TokenizedText text;
        final int[] gold;
        final int[] bioStart; // char offset of each source token in the text
        int[] rows; // feature rows, PER_TOKEN per token, -1 when unknown
        long[] keys; // per token, for the document features (NameFeatures.document)
        byte[] marks;
        long[] document; // DOCUMENT_SLOTS per token, or null: the first stage
        int[] first; // the first stage's tags
        float weight = 1; // the size of a perceptron update on this sentence (its corpus's, ner.weights.LANG)

        Example(Annotated source) {
            this.source = source;
            StringBuilder b = new StringBuilder();
            bioStart = new int[source.tokens().size()];
            for (int i = 0; i < source.tokens().size(); i++) {
                if (i > 0) {
                    b.append(' ');
                }
                bioStart[i] = b.length();
                b.append(source.tokens().get(i));
            }
            text = TokenizedText.of(b.toString());
            gold = new int[text.size()];
            int prevBio = -1;
            for (int k = 0; k < text.size(); k++) {
                int bio = bioIndex(text.get(k).start());
                String tag = source.tags().get(bio);
                int id = tagId(tag);
                if (id > 0 && bio == prevBio) {
                    id = id % 2 == 1 ? id + 1 : id; // later pieces of one file token continue its entity
                }
                if (id > 0 && id % 2 == 0 && (k == 0 || text.get(k).sentence() != text.get(k - 1).sentence())) {
                    id--; // an entity cut by a sentence end starts again
                }
                gold[k] = id;
                prevBio = bio;
            }
        }

        int bioIndex(int offset) {
            int i = Arrays.binarySearch(bioStart, offset);
            return i >= 0 ? i : -i - 2;
        }
    }

    static int tagId(String tag) {
        if (tag.equals("O") || tag.length() < 3) {
            return 0;
        }
        String type = switch (tag.substring(2)) {
            case "PER", "PERS" -> "PER";
            case "ORG" -> "ORG";
            case "LOC", "GPE", "FAC" -> "LOC";
            default -> null;
        };
        if (type == null) {
            return 0;
        }
        return Arrays.asList(NameTagger.TAGS).indexOf(tag.charAt(0) + "-" + type);
    }

    static List<Annotated> readBio(Path file) throws IOException {
        List<Annotated> out = new ArrayList<>();
        List<String> toks = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                if (!toks.isEmpty()) {
                    out.add(new Annotated(List.copyOf(toks), List.copyOf(tags)));
                }
                toks.clear();
                tags.clear();
                continue;
            }
            String[] p = line.trim().split("\\s+");
            toks.add(p[0]);
            tags.add(p[p.length - 1]);
        }
        if (!toks.isEmpty()) {
            out.add(new Annotated(List.copyOf(toks), List.copyOf(tags)));
        }
        return out;
    }

    // ---------------------------------------------------------------- training

    private final NameFeatures features;
    private final PrintStream log;
    private final Map<Long, Integer> dictionary = new HashMap<>();
    private final List<Long> keys = new ArrayList<>();
    private final java.util.BitSet copies = new java.util.BitSet(); // rows of a domain's copy of a feature

    NameTaggerTrainer(NameFeatures features, PrintStream log) {
        this(features, log, false);
    }

    NameTaggerTrainer(NameFeatures features, PrintStream log, boolean domains) {
        this.features = features;
        this.log = log;
        this.domains = domains;
    }

    /** Feature hashes of every sentence of an example, PER_TOKEN per token (its document's too, when set). */
    long[] hashes(Example e) {
        long[] out = new long[e.text.size() * NameFeatures.PER_TOKEN];
        e.keys = new long[e.text.size()];
        e.marks = new byte[e.text.size()];
        for (int[] r : NameRecognizer.sentenceRanges(e.text)) {
            features.extract(e.text, r[0], r[1], out, r[0], e.keys, e.marks);
        }
        if (e.document != null) {
            for (int k = 0; k < e.text.size(); k++) {
                System.arraycopy(e.document, k * NameFeatures.DOCUMENT_SLOTS, out,
                        k * NameFeatures.PER_TOKEN + NameFeatures.DOCUMENT, NameFeatures.DOCUMENT_SLOTS);
            }
        }
        return out;
    }

    /** A model's tags for an example, sentence by sentence (sets the example's keys). */
    int[] predict(NameTagger model, Example e) {
        long[] h = hashes(e);
        int[] pred = new int[e.text.size()];
        for (int[] r : NameRecognizer.sentenceRanges(e.text)) {
            System.arraycopy(model.tag(h, r[0], r[1] - r[0]), 0, pred, r[0], r[1] - r[0]);
        }
        return pred;
    }

    /**
     * Gives every example the document features of its text — the 12 consecutive sentences it is sent with, as
     * ner_score.py sends them — from the first-stage tags of {@code Example.first}.
     */
    static void documents(List<Example> ordered) {
        int S = NameFeatures.DOCUMENT_SLOTS;
        for (int c = 0; c < ordered.size(); c += WINDOW) {
            List<Example> window = ordered.subList(c, Math.min(ordered.size(), c + WINDOW));
            int n = 0;
            for (Example e : window) {
                n += e.text.size();
            }
            long[] keys = new long[n];
            byte[] marks = new byte[n];
            int[] tags = new int[n];
            int at = 0;
            for (Example e : window) {
                System.arraycopy(e.keys, 0, keys, at, e.text.size());
                System.arraycopy(e.marks, 0, marks, at, e.text.size());
                System.arraycopy(e.first, 0, tags, at, e.text.size());
                at += e.text.size();
            }
            long[] doc = new long[n * S];
            NameFeatures.document(keys, marks, tags, n, doc, S, 0);
            at = 0;
            for (Example e : window) {
                e.document = Arrays.copyOfRange(doc, at * S, (at + e.text.size()) * S);
                at += e.text.size();
            }
        }
    }

    /** Sentences per text, as ner_score.py sends them. */
    static final int WINDOW = 12;

    /** Assigns rows to the features seen at least {@code cutoff} times in the training examples. */
    void index(List<Example> train, int cutoff) {
        Map<Long, Integer> counts = new HashMap<>();
        List<long[]> all = new ArrayList<>(train.size());
        for (Example e : train) {
            long[] h = hashes(e);
            if (domains) {
                long[] both = Arrays.copyOf(h, 2 * h.length);
                for (int j = 0; j < h.length; j++) {
                    both[h.length + j] = h[j] == 0 ? 0 : NameFeatures.mix(h[j], 0x5EED + e.source.domain());
                }
                h = both;
            }
            all.add(h);
            for (long f : h) {
                if (f != 0) {
                    counts.merge(f, 1, Integer::sum);
                }
            }
        }
        for (int i = 0; i < train.size(); i++) {
            long[] h = all.get(i);
            int[] rows = new int[h.length];
            for (int j = 0; j < h.length; j++) {
                boolean copy = j >= h.length / 2 && domains;
                rows[j] = h[j] != 0 && counts.get(h[j]) >= cutoff ? dictionary.computeIfAbsent(h[j], k -> {
                    keys.add(k);
                    if (copy) {
                        copies.set(keys.size() - 1);
                    }
                    return keys.size() - 1;
                }) : -1;
            }
            train.get(i).rows = rows;
        }
        log.printf(Locale.ROOT, "  %,d distinct features, %,d kept (seen >= %d times)%n", counts.size(), keys.size(),
                cutoff);
    }

    /** The averaged perceptron: weights w, and u = sum of c * update so that the average is w - u / c. */
    NameTagger train(List<Example> train, int epochs, long seed, List<Example> dev, String devName) {
        int T = NameTagger.T;
        int nf = keys.size();
        float[] w = new float[nf * T];
        double[] u = new double[nf * T];
        float[] tw = new float[(T + 1) * T];
        double[] tu = new double[(T + 1) * T];
        List<Example> order = new ArrayList<>(train);
        Random random = new Random(seed);
        long c = 1;
        NameTagger model = null;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Collections.shuffle(order, random);
            int errors = 0;
            for (Example e : order) {
                for (int[] r : NameRecognizer.sentenceRanges(e.text)) {
                    int n = r[1] - r[0];
                    float[] scores = new float[n * T];
                    for (int k = 0; k < n; k++) {
                        int o = (r[0] + k) * NameFeatures.PER_TOKEN;
                        for (int copy = 0; copy < e.rows.length; copy += e.text.size() * NameFeatures.PER_TOKEN) {
                            for (int f = 0; f < NameFeatures.PER_TOKEN; f++) {
                                int row = e.rows[copy + o + f];
                                if (row >= 0) {
                                    for (int t = 0; t < T; t++) {
                                        scores[k * T + t] += w[row * T + t];
                                    }
                                }
                            }
                        }
                    }
                    int[] pred = NameTagger.viterbi(scores, n, tw);
                    for (int k = 0; k < n; k++) {
                        int g = e.gold[r[0] + k];
                        int p = pred[k];
                        int gPrev = k == 0 ? -1 : e.gold[r[0] + k - 1];
                        int pPrev = k == 0 ? -1 : pred[k - 1];
                        if (g != p) {
                            errors++;
                            int o = (r[0] + k) * NameFeatures.PER_TOKEN;
                            for (int copy = 0; copy < e.rows.length; copy += e.text.size() * NameFeatures.PER_TOKEN) {
                                for (int f = 0; f < NameFeatures.PER_TOKEN; f++) {
                                    int row = e.rows[copy + o + f];
                                    if (row >= 0) {
                                        w[row * T + g] += e.weight;
                                        u[row * T + g] += c * (double) e.weight;
                                        w[row * T + p] -= e.weight;
                                        u[row * T + p] -= c * (double) e.weight;
                                    }
                                }
                            }
                        }
                        if (g != p || gPrev != pPrev) {
                            tw[(gPrev + 1) * T + g] += e.weight;
                            tu[(gPrev + 1) * T + g] += c * (double) e.weight;
                            tw[(pPrev + 1) * T + p] -= e.weight;
                            tu[(pPrev + 1) * T + p] -= c * (double) e.weight;
                        }
                    }
                    c++;
                }
            }
            model = averaged(w, u, tw, tu, c, 0f);
            if (dev != null && (epoch == epochs || epoch % 3 == 0)) {
                log.printf(Locale.ROOT, "  epoch %2d: %,d token errors; %s %s%n", epoch, errors, devName,
                        score(model, dev).summary());
            } else {
                log.printf(Locale.ROOT, "  epoch %2d: %,d token errors%n", epoch, errors);
            }
        }
        return model;
    }

    /**
     * Trains {@code orders} perceptrons on the same features in different orders (shuffling seeds seed, seed + 1, ...)
     * and keeps the mean of their averaged weights: for a linear model the same as summing the models' scores, so the
     * ensemble's variance is lower while the tagger still reads one weight per feature (same speed).
     */
    NameTagger trainMean(List<Example> train, int epochs, long seed, int orders, List<Example> dev, String devName) {
        NameTagger model = train(train, epochs, seed, orders > 1 ? null : dev, devName);
        if (orders < 2) {
            return model;
        }
        float[] sumW = avgW.clone();
        float[] sumT = avgT.clone();
        for (int i = 1; i < orders; i++) {
            train(train, epochs, seed + i, null, null);
            for (int j = 0; j < sumW.length; j++) {
                sumW[j] += avgW[j];
            }
            for (int j = 0; j < sumT.length; j++) {
                sumT[j] += avgT[j];
            }
        }
        for (int j = 0; j < sumW.length; j++) {
            sumW[j] /= orders;
        }
        for (int j = 0; j < sumT.length; j++) {
            sumT[j] /= orders;
        }
        avgW = sumW;
        avgT = sumT;
        long[] k = new long[keys.size()];
        for (int i = 0; i < k.length; i++) {
            k[i] = keys.get(i);
        }
        model = new NameTagger(k, avgW, avgT);
        if (dev != null) {
            log.printf(Locale.ROOT, "  mean of %d orders: %s %s%n", orders, devName, score(model, dev).summary());
        }
        return model;
    }

    private float[] avgW;
    private float[] avgT;

    private NameTagger averaged(float[] w, double[] u, float[] tw, double[] tu, long c, float prune) {
        int T = NameTagger.T;
        avgW = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            avgW[i] = (float) (w[i] - u[i] / c);
        }
        avgT = new float[tw.length];
        for (int i = 0; i < tw.length; i++) {
            avgT[i] = (float) (tw[i] - tu[i] / c);
        }
        if (domains) { // the copy of domain 0 folded into the shared weight (the copies themselves stay: rows kept)
            float[] folded = avgW.clone();
            for (int r = 0; r < keys.size(); r++) {
                Integer own = dictionary.get(NameFeatures.mix(keys.get(r), 0x5EED));
                if (own != null) {
                    for (int t = 0; t < T; t++) {
                        folded[r * T + t] += avgW[own * T + t];
                    }
                }
            }
            avgW = folded;
        }
        long[] k = new long[keys.size()];
        for (int i = 0; i < k.length; i++) {
            k[i] = keys.get(i);
        }
        return new NameTagger(k, avgW, avgT);
    }

    /**
     * At most this many features with weights in a model: the tagger's table stays at 2^18 slots (9.4 MB of heap) and
     * at most 2/3 full, as a single perceptron's Arabic model fills it (171,000), so that a lookup of a feature the
     * model lacks probes no longer; a mean of several orders has weights for more features, mostly tiny ones.
     */
    static final int MAX_FEATURES = Integer.getInteger("ner.max-features", (1 << 18) * 2 / 3);

    /**
     * Writes the last trained model without the features whose weights all round to less than {@code prune}, and
     * without the smallest beyond {@link #MAX_FEATURES}.
     */
    int write(Path file, float prune) throws IOException {
        int T = NameTagger.T;
        List<Integer> kept = new ArrayList<>();
        float[] largest = new float[keys.size()];
        for (int r = 0; r < keys.size(); r++) {
            float max = 0;
            for (int t = 0; t < T; t++) {
                max = Math.max(max, Math.abs(avgW[r * T + t]));
            }
            largest[r] = max;
            if (max >= prune && !copies.get(r)) {
                kept.add(r);
            }
        }
        if (kept.size() > MAX_FEATURES) { // the features with the largest weights, in their order
            kept.sort((a, b) -> a.equals(b) ? 0 : largest[a] != largest[b] ? Float.compare(largest[b], largest[a])
                    : Integer.compare(a, b));
            kept = new ArrayList<>(kept.subList(0, MAX_FEATURES));
            Collections.sort(kept);
        }
        long[] k = new long[kept.size()];
        float[] w = new float[kept.size() * T];
        for (int i = 0; i < kept.size(); i++) {
            int r = kept.get(i);
            k[i] = keys.get(r);
            System.arraycopy(avgW, r * T, w, i * T, T);
        }
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file)), 1 << 16)) {
            NameTagger.write(out, k, w, avgT);
        }
        return kept.size();
    }

    // ---------------------------------------------------------------- scoring, as ner_score.py does

    /** Exact-span scores per type: true positives, false positives, false negatives. */
    static final class Score {
        final Map<String, int[]> byType = new java.util.TreeMap<>();
        int errors = Integer.getInteger("ner.errors", 0);

        void add(String type, int tp, int fp, int fn) {
            int[] v = byType.computeIfAbsent(type, k -> new int[3]);
            v[0] += tp;
            v[1] += fp;
            v[2] += fn;
        }

        static double f1(int[] v) {
            return v[0] == 0 ? 0 : 2.0 * v[0] / (2.0 * v[0] + v[1] + v[2]);
        }

        int[] total() {
            int[] t = new int[3];
            for (int[] v : byType.values()) {
                for (int i = 0; i < 3; i++) {
                    t[i] += v[i];
                }
            }
            return t;
        }

        String summary() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "F1 %.3f", f1(total())));
            byType.forEach((k, v) -> b.append(String.format(Locale.ROOT, " %s %.3f", k, f1(v))));
            return b.toString();
        }

        String table() {
            StringBuilder b = new StringBuilder();
            byType.forEach((k, v) -> b.append(line(k, v)));
            b.append(line("all", total()));
            return b.toString();
        }

        private static String line(String name, int[] v) {
            double p = v[0] + v[1] == 0 ? 0 : (double) v[0] / (v[0] + v[1]);
            double r = v[0] + v[2] == 0 ? 0 : (double) v[0] / (v[0] + v[2]);
            return String.format(Locale.ROOT, "    %-4s F1 %.3f  P %.3f  R %.3f  (gold %d)%n", name, f1(v), p, r,
                    v[0] + v[2]);
        }
    }

    Score score(NameTagger model, List<Example> dev) {
        Score s = new Score();
        for (Example e : dev) {
            compare(e, predict(model, e), s);
        }
        return s;
    }

    /**
     * Scores a recognizer as ner_score.py does through the API: sentences 12 at a time, tokens joined by spaces, one
     * sentence per line; a mention tags every token it overlaps; FACILITY counts as LOC.
     */
    static Score score(EntityRecognizer recognizer, List<Annotated> sentences, String lang) {
        Score s = new Score();
        for (int c = 0; c < sentences.size(); c += 12) {
            List<Annotated> chunk = sentences.subList(c, Math.min(sentences.size(), c + 12));
            StringBuilder text = new StringBuilder();
            List<int[]> offsets = new ArrayList<>();
            for (Annotated a : chunk) {
                int[] o = new int[a.tokens().size() * 2];
                for (int i = 0; i < a.tokens().size(); i++) {
                    o[2 * i] = text.length();
                    text.append(a.tokens().get(i));
                    o[2 * i + 1] = text.length();
                    text.append(i + 1 < a.tokens().size() ? " " : "\n");
                }
                offsets.add(o);
            }
            List<Mention> mentions = recognizer.recognize(TokenizedText.of(text.toString()), lang, null);
            List<String[]> pred = new ArrayList<>();
            for (Annotated a : chunk) {
                String[] p = new String[a.tokens().size()];
                Arrays.fill(p, "O");
                pred.add(p);
            }
            for (Mention m : mentions) {
                String type = switch (m.type()) {
                    case PERSON -> "PER";
                    case ORGANIZATION -> "ORG";
                    default -> "LOC";
                };
                boolean first = true;
                for (int si = 0; si < chunk.size(); si++) {
                    int[] o = offsets.get(si);
                    for (int ti = 0; ti < o.length / 2; ti++) {
                        if (o[2 * ti] < m.end() && o[2 * ti + 1] > m.start()) {
                            pred.get(si)[ti] = (first ? "B-" : "I-") + type;
                            first = false;
                        }
                    }
                }
            }
            for (int si = 0; si < chunk.size(); si++) {
                List<String> gold = new ArrayList<>();
                for (String t : chunk.get(si).tags()) {
                    gold.add(NameTagger.TAGS[tagId(t)]);
                }
                Set<String> g = spans(gold);
                Set<String> p = spans(Arrays.asList(pred.get(si)));
                if (s.errors > 0 && !g.equals(p)) {
                    s.errors--;
                    System.out.println(errors(chunk.get(si), g, p));
                }
                compareSpans(g, p, s);
            }
        }
        return s;
    }

    private static void compareSpans(Set<String> g, Set<String> p, Score s) {
        for (String type : List.of("PER", "ORG", "LOC")) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (String x : p) {
                if (x.endsWith(type)) {
                    if (g.contains(x)) {
                        tp++;
                    } else {
                        fp++;
                    }
                }
            }
            for (String x : g) {
                if (x.endsWith(type) && !p.contains(x)) {
                    fn++;
                }
            }
            s.add(type, tp, fp, fn);
        }
    }

    /** Predicted spans tag every file token they overlap; spans are then compared by start, end and type. */
    static void compare(Example e, int[] pred, Score s) {
        int nb = e.source.tokens().size();
        String[] predBio = new String[nb];
        Arrays.fill(predBio, "O");
        int k = 0;
        while (k < pred.length) {
            if (pred[k] == 0) {
                k++;
                continue;
            }
            String type = NameTagger.TAGS[pred[k]].substring(2);
            int end = k + 1;
            while (end < pred.length && pred[end] == pred[k] + (pred[k] % 2 == 1 ? 1 : 0)) {
                end++;
            }
            int first = e.bioIndex(e.text.get(k).start());
            int last = e.bioIndex(e.text.get(end - 1).start());
            for (int b = first; b <= last; b++) {
                predBio[b] = (b == first ? "B-" : "I-") + type;
            }
            k = end;
        }
        List<String> goldBio = new ArrayList<>();
        for (String t : e.source.tags()) {
            int id = tagId(t);
            goldBio.add(NameTagger.TAGS[id]);
        }
        Set<String> g = spans(goldBio);
        Set<String> p = spans(Arrays.asList(predBio));
        if (s.errors > 0 && !g.equals(p)) {
            s.errors--;
            System.out.println(errors(e.source, g, p));
        }
        compareSpans(g, p, s);
    }

    /** A sentence's missed and extra spans (ner.errors), with the sentence: what the error listing prints. */
    private static String errors(Annotated sentence, Set<String> g, Set<String> p) {
        StringBuilder b = new StringBuilder("  -");
        for (String x : g) {
            if (!p.contains(x)) {
                b.append(" missed ").append(show(sentence, x));
            }
        }
        for (String x : p) {
            if (!g.contains(x)) {
                b.append(" extra ").append(show(sentence, x));
            }
        }
        return b.append("  | ").append(String.join(" ", sentence.tokens())).toString();
    }

    private static String show(Annotated sentence, String span) {
        String[] p = span.split(":");
        return p[2] + "[" + String.join(" ", sentence.tokens().subList(Integer.parseInt(p[0]), Integer.parseInt(p[1])))
                + "]";
    }

    static Set<String> spans(List<String> tags) {
        Set<String> out = new HashSet<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String t = i < tags.size() ? tags.get(i) : "O";
            String kind = t.equals("O") ? null : t.substring(2);
            if (t.equals("O") || t.startsWith("B-") || !kind.equals(type)) {
                if (start >= 0) {
                    out.add(start + ":" + i + ":" + type);
                }
                start = t.equals("O") ? -1 : i;
                type = kind;
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- the command

    /**
     * {@code NameTaggerTrainer DATA_DIR OUT_DIR}: trains the Arabic and the English model with the settings below and
     * writes {@code name-tagger-ar.bin.gz} and {@code name-tagger-en.bin.gz}, and the dev splits as BIO files for
     * {@code ner_score.py}, to OUT_DIR. System properties: {@code ner.langs} (ar,en), {@code ner.epochs},
     * {@code ner.seed}, {@code ner.cutoff}, {@code ner.prune}, {@code ner.folds.LANG} (the jackknife folds of the
     * second stage, 0 for none: ar 0, en 4), {@code ner.domains.LANG} (a copy of the features per corpus while
     * training, folded into the model of the dev split's corpus: ar true, en false), {@code ner.orders.LANG} (the mean of
     * how many perceptrons trained in different orders: ar 3, en 2), {@code ner.weights.LANG} (the update weight of each
     * corpus by domain, e.g. en "1.5,1,1": GUM news half again as much as UNER EWT and WNUT17; default all 1),
     * {@code ner.max-features}, {@code ner.newsfane} (add
     * NewsFANE to the Arabic training data, default true), {@code ner.all} (default true: after scoring the model of
     * the train split on the dev splits, write a model trained on train and dev; false: write the train split's),
     * {@code ner.dev-out} (where the dev splits and the train split's models go, for ner_score.py), {@code ner.score.LANG}
     * (BIO files, comma-separated, that the recognizer is scored on after the dev splits; never trained on).
     */
    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "data/ner");
        Path out = Path.of(args.length > 1 ? args[1] : "src/main/resources/ner");
        Path devOut = Path.of(System.getProperty("ner.dev-out", "target/ner-dev"));
        long seed = Long.getLong("ner.seed", 13);
        int epochs = Integer.getInteger("ner.epochs", 12);
        int cutoff = Integer.getInteger("ner.cutoff", 2);
        float prune = Float.parseFloat(System.getProperty("ner.prune", "0.01"));
        Lexicon lexicon = Lexicon.load();
        NameLists lists = NameLists.load();

        boolean train = Boolean.parseBoolean(System.getProperty("ner.train", "true"));
        boolean all = Boolean.parseBoolean(System.getProperty("ner.all", "true"));
        Map<String, Corpus> corpora = new java.util.LinkedHashMap<>();
        for (String lang : System.getProperty("ner.langs", "ar,en").split(",")) {
            Corpus corpus = Corpus.of(lang, data);
            corpora.put(lang, corpus);
            if (!train) {
                continue;
            }
            long t0 = System.nanoTime();
            // the second stage pays in English (dev +0.01 to +0.04) and not in Arabic (three seeds: -0.012 to +0.011);
            // a corpus's own copy of the features pays in Arabic (NewsFANE beside ANERcorp: three seeds +0.003 to
            // +0.010) and not in English; the mean of three orders pays in Arabic, of two in English (UNER EWT +0.010
            // / +0.011 for the recognizer, seeds 13 / 14, news +0.018 / -0.008); weighing GUM news, the only news,
            // more than the other English corpora trades web text for news, not kept (docs/entities.md)
            Settings settings = new Settings(epochs, seed, cutoff, prune,
                    Integer.getInteger("ner.folds." + lang, lang.equals("en") ? 4 : 0),
                    Boolean.parseBoolean(System.getProperty("ner.domains." + lang, String.valueOf(lang.equals("ar")))),
                    Integer.getInteger("ner.orders." + lang, lang.equals("ar") ? 3 : 2), weights(lang));
            System.out.printf(Locale.ROOT, "%s: %,d train sentences, %,d dev sentences (%s)%n", lang,
                    corpus.train.size(), corpus.dev.size(), corpus.describe);
            // first the models of the train split alone, scored on the dev splits
            NameFeatures features = new NameFeatures(lexicon, lists,
                    lang.equals("en") ? WordClusters.load() : null);
            NameTaggerTrainer scorer = new NameTaggerTrainer(features, System.out);
            fit(features, corpus.train, corpus.dev.stream().map(Example::new).toList(), devOut, lang, settings);
            NameTagger first = read(devOut, lang);
            NameTagger second = readIfThere(devOut, lang + "-doc");
            for (Map.Entry<String, List<Annotated>> d : corpus.devSets.entrySet()) {
                List<Example> ex = d.getValue().stream().map(Example::new).toList();
                System.out.printf(Locale.ROOT, "  dev %s (%,d sentences), the tagger alone (first stage), exact-span F1:%n%s",
                        d.getKey(), ex.size(), scorer.score(first, ex).table());
                if (second != null) {
                    for (Example e : ex) {
                        e.first = scorer.predict(first, e);
                    }
                    documents(ex);
                    System.out.printf(Locale.ROOT, "  dev %s, the tagger alone (both stages, texts of %d sentences):%n%s",
                            d.getKey(), WINDOW, scorer.score(second, ex).table());
                }
            }
            // then the committed models: the same settings, trained on every annotated sentence (dev splits too)
            if (all) {
                System.out.printf(Locale.ROOT, "  the models to ship: %,d sentences, train and dev%n",
                        corpus.everything().size());
                fit(features, corpus.everything(), null, out, lang, settings);
            } else {
                for (String name : List.of(lang, lang + "-doc")) {
                    Path from = devOut.resolve("name-tagger-" + name + ".bin.gz");
                    Path to = out.resolve("name-tagger-" + name + ".bin.gz");
                    if (Files.exists(from)) {
                        Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    } else {
                        Files.deleteIfExists(to);
                    }
                }
            }
            System.out.printf(Locale.ROOT, "  %s trained in %.0f s%n", lang, (System.nanoTime() - t0) / 1e9);
        }
        // the whole names annotator (tagger, lexicon, context rules, linking) as POST /api/enrich runs it, with the
        // models of the train splits (a language not trained now: the shipped model)
        Path ar = corpora.containsKey("ar") && train ? devOut : out;
        Path en = corpora.containsKey("en") && train ? devOut : out;
        NameRecognizer recognizer = new NameRecognizer(lexicon, lists, read(ar, "ar"), readIfThere(ar, "ar-doc"),
                read(en, "en"), readIfThere(en, "en-doc"));
        for (Map.Entry<String, Corpus> c : corpora.entrySet()) {
            for (Map.Entry<String, List<Annotated>> d : c.getValue().devSets.entrySet()) {
                System.out.printf(Locale.ROOT, "%s dev %s through the recognizer (ner_score.py protocol):%n%s",
                        c.getKey(), d.getKey(), score(recognizer, d.getValue(), c.getKey()).table());
                Files.createDirectories(devOut);
                writeBio(devOut.resolve(c.getKey() + "-" + d.getKey() + ".bio"), d.getValue());
            }
        }
        // BIO files outside the project, scored by the recognizer only and never trained on (ner.score.LANG, e.g. the
        // tls-dev news set of scripts/build-ner-news-dev.py)
        for (String lang : corpora.keySet()) {
            for (String f : System.getProperty("ner.score." + lang, "").split(",")) {
                if (!f.isBlank()) {
                    System.out.printf(Locale.ROOT, "%s %s through the recognizer (ner_score.py protocol):%n%s", lang,
                            f, score(recognizer, readBio(Path.of(f.trim())), lang).table());
                }
            }
        }
        System.out.println("dev splits written to " + devOut + " (score the running service with ner_score.py)");
    }

    /**
     * Training settings: epochs, seed, feature cutoff, pruning, the folds of the second stage (0: none), a copy of the
     * features per corpus, the mean of how many orders, and each corpus's update weight (by domain; none: all 1).
     */
    record Settings(int epochs, long seed, int cutoff, float prune, int folds, boolean domains, int orders,
            float[] weights) {
        Settings(int epochs, long seed, int cutoff, float prune, int folds) {
            this(epochs, seed, cutoff, prune, folds, false, 1, new float[0]);
        }
    }

    /** {@code ner.weights.LANG}: the update weight of each corpus (by {@link Annotated#domain}, e.g. "1.5,1,1"). */
    private static float[] weights(String lang) {
        String[] w = System.getProperty("ner.weights." + lang, "").split(",");
        float[] out = new float[w[0].isBlank() ? 0 : w.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Float.parseFloat(w[i].trim());
        }
        return out;
    }

    /**
     * Trains a language's first stage on {@code sentences} (scored on {@code dev} every third epoch when given) and
     * writes it to {@code dir/name-tagger-LANG.bin.gz}; then, with {@code folds} ≥ 2, the second stage
     * ({@code -doc}): the first stage's tags of each training sentence come from a model that did not see it
     * (trained on the other folds of consecutive texts, the jackknife), so that the second stage learns to trust them
     * as much as they deserve on unseen text.
     */
    static void fit(NameFeatures features, List<Annotated> sentences, List<Example> dev, Path dir, String lang,
            Settings settings) throws IOException {
        List<Example> examples = sentences.stream().map(Example::new).toList();
        for (Example e : examples) {
            int d = e.source.domain();
            e.weight = d < settings.weights().length ? settings.weights()[d] : 1;
        }
        NameTaggerTrainer first = new NameTaggerTrainer(features, System.out, settings.domains());
        first.index(examples, settings.cutoff());
        first.trainMean(examples, settings.epochs(), settings.seed(), settings.orders(), dev, "dev");
        Path firstFile = dir.resolve("name-tagger-" + lang + ".bin.gz");
        int kept = first.write(firstFile, settings.prune());
        System.out.printf(Locale.ROOT, "  first stage: %,d features with weights (pruned below %.3f), %s (%,d bytes)%n",
                kept, settings.prune(), firstFile, Files.size(firstFile));
        Path secondFile = dir.resolve("name-tagger-" + lang + "-doc.bin.gz");
        int folds = settings.folds();
        if (folds < 2) {
            Files.deleteIfExists(secondFile);
            return;
        }
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        int windows = (examples.size() + WINDOW - 1) / WINDOW;
        for (int fold = 0; fold < folds; fold++) {
            List<Example> in = new ArrayList<>();
            List<Example> held = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                ((long) (i / WINDOW) * folds / windows == fold ? held : in).add(examples.get(i));
            }
            NameTaggerTrainer t = new NameTaggerTrainer(features, quiet, settings.domains());
            t.index(in, settings.cutoff());
            NameTagger model = t.trainMean(in, settings.epochs(), settings.seed(), settings.orders(), null, null);
            for (Example e : held) {
                e.first = t.predict(model, e);
            }
            System.out.printf(Locale.ROOT, "  jackknife fold %d of %d: %,d sentences tagged by a model of %,d%n",
                    fold + 1, folds, held.size(), in.size());
        }
        documents(examples);
        NameTaggerTrainer second = new NameTaggerTrainer(features, System.out, settings.domains());
        second.index(examples, settings.cutoff());
        second.trainMean(examples, settings.epochs(), settings.seed(), settings.orders(), null, null);
        kept = second.write(secondFile, settings.prune());
        System.out.printf(Locale.ROOT, "  second stage: %,d features with weights, %s (%,d bytes)%n", kept,
                secondFile, Files.size(secondFile));
    }

    private static NameTagger readIfThere(Path dir, String name) throws IOException {
        return Files.exists(dir.resolve("name-tagger-" + name + ".bin.gz")) ? read(dir, name) : null;
    }

    private static NameTagger read(Path dir, String lang) throws IOException {
        try (var in = Files.newInputStream(dir.resolve("name-tagger-" + lang + ".bin.gz"))) {
            return NameTagger.read(in);
        }
    }

    static void writeBio(Path file, List<Annotated> sentences) throws IOException {
        StringBuilder b = new StringBuilder();
        for (Annotated a : sentences) {
            for (int i = 0; i < a.tokens().size(); i++) {
                b.append(a.tokens().get(i)).append('\t').append(a.tags().get(i)).append('\n');
            }
            b.append('\n');
        }
        Files.writeString(file, b, StandardCharsets.UTF_8);
    }

    /** A language's training and dev sentences, split the same way every time. */
    static final class Corpus {
        List<Annotated> train = new ArrayList<>();
        List<Annotated> dev = new ArrayList<>();
        Map<String, List<Annotated>> devSets = new java.util.LinkedHashMap<>();
        String describe;

        static Corpus of(String lang, Path data) throws IOException {
            Corpus c = new Corpus();
            if (lang.equals("ar")) {
                // ANERcorp's held-out test is the corpus's last tokens; the dev split is, alike, the last tenth
                List<Annotated> aner = readBio(data.resolve("ar-anercorp-train.bio"));
                int cut = aner.size() - aner.size() / 10;
                c.train.addAll(aner.subList(0, cut));
                c.dev.addAll(aner.subList(cut, aner.size()));
                c.devSets.put("anercorp", c.dev);
                c.describe = "ANERcorp train split: first 90 % train, last 10 % dev";
                if (Boolean.parseBoolean(System.getProperty("ner.newsfane", "true"))) {
                    Set<Long> devWindows = windows(c.dev);
                    int kept = 0;
                    for (Annotated a : readBio(data.resolve("ar-newsfane-train.bio"))) {
                        if (!overlaps(a, devWindows)) {
                            c.train.add(joinClitics(new Annotated(a.tokens(), a.tags(), 1)));
                            kept++;
                        }
                    }
                    c.describe += "; NewsFANE " + kept + " sentences not overlapping dev";
                }
            } else {
                int web = 1; // domains (ner.domains.en, ner.weights.en): GUM's news 0, UNER's web text 1, WNUT17's tweets 2
                for (Annotated a : readBio(data.resolve("en-uner-ewt-train.bio"))) {
                    c.train.add(new Annotated(a.tokens(), a.tags(), web));
                }
                for (Annotated a : readBio(data.resolve("en-wnut17-train.bio"))) {
                    c.train.add(new Annotated(a.tokens(), a.tags(), 2));
                }
                List<Annotated> gum = readBio(data.resolve("en-gum-news-train.bio"));
                int cut = gum.size() - gum.size() / 5;
                c.train.addAll(gum.subList(0, cut));
                for (Annotated a : readBio(data.resolve("en-uner-ewt-dev.bio"))) {
                    c.dev.add(new Annotated(a.tokens(), a.tags(), web));
                }
                c.devSets.put("uner-ewt-dev", c.dev);
                c.devSets.put("gum-news", gum.subList(cut, gum.size()));
                c.describe = "UNER EWT train + WNUT17 + GUM news first 80 %; dev: UNER EWT dev, GUM news last 20 %";
            }
            return c;
        }

        /** The train split, then the dev splits: what the shipped model learns from, settings chosen on dev. */
        List<Annotated> everything() {
            List<Annotated> out = new ArrayList<>(train);
            for (List<Annotated> d : devSets.values()) {
                out.addAll(d);
            }
            return out;
        }
    }

    /** NewsFANE writes proclitics as tokens of their own (و من، ب افغانستان); the service sees them attached. */
    static Annotated joinClitics(Annotated a) {
        List<String> toks = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        String pending = "";
        for (int i = 0; i < a.tokens().size(); i++) {
            String t = a.tokens().get(i);
            if (i + 1 < a.tokens().size() && (t.equals("و") || t.equals("ف") || t.equals("ب") || t.equals("ل")
                    || t.equals("ك"))) {
                pending += t;
                continue;
            }
            toks.add(pending + t);
            tags.add(a.tags().get(i));
            pending = "";
        }
        return new Annotated(toks, tags, a.domain());
    }

    private static Set<Long> windows(List<Annotated> sentences) {
        Set<Long> out = new HashSet<>();
        for (Annotated a : sentences) {
            String s = squeeze(a);
            for (int i = 0; i + 25 <= s.length(); i++) {
                out.add(NameFeatures.hash(s, i, i + 25));
            }
        }
        return out;
    }

    private static boolean overlaps(Annotated a, Set<Long> windows) {
        String s = squeeze(a);
        for (int i = 0; i + 25 <= s.length(); i++) {
            if (windows.contains(NameFeatures.hash(s, i, i + 25))) {
                return true;
            }
        }
        return false;
    }

    // letters only, folded: NewsFANE drops hamza and splits clitics, ANERcorp does neither
    private static String squeeze(Annotated a) {
        String v = NormalizedText.of(String.join("", a.tokens())).view();
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                b.append(ch == 'ؤ' ? 'و' : ch == 'ئ' ? 'ي' : ch);
            }
        }
        return b.toString();
    }
}
