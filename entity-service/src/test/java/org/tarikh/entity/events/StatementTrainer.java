package org.tarikh.entity.events;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.tarikh.entity.boot.Pipeline;
import org.tarikh.entity.enrichment.Enricher;
import org.tarikh.entity.eval.EventScore;

/**
 * Learns {@link StatementModel}'s weights from the dev half of docs/eval/events-ar.tsv: every Arabic statement verb the
 * annotator weighs is a candidate, labelled 1 when the gold has a STATEMENT in its sentence. L2-regularized logistic
 * regression by gradient descent; prints leave-one-article-out accuracy and F1 on the dev candidates, then writes
 * {@code entity-service/src/main/resources/events/statement-model.tsv}. Reads the articles from the shared data
 * folder at run time (a command, not a test):
 *
 * <pre>
 * entity-service/scripts/train-statements.sh [--data DIR]
 * </pre>
 *
 * The held-out half is never read.
 */
public final class StatementTrainer {

    record Example(String article, List<String> features, int label, int rules) {
    }

    static final double L2 = Double.parseDouble(System.getProperty("l2", "1.0"));
    static final int ITERATIONS = 3000;
    static final double RATE = 1.0;

    public static void main(String[] args) throws IOException {
        Path data = Path.of(System.getenv().getOrDefault("TARIKH_SHARED_DATA", "shared-data-not-set"));
        Path out = Path.of("entity-service/src/main/resources/events/statement-model.tsv");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException(args[i]);
            }
        }
        List<Example> examples = examples(Path.of("docs/eval/events-ar.tsv"), data);
        long positives = examples.stream().filter(e -> e.label() == 1).count();
        double margin = Double.parseDouble(System.getProperty("margin", "0"));
        if (Boolean.getBoolean("dump")) {
            examples.forEach(e -> System.out.println(e.label() + " " + e.article() + " " + e.features()));
        }
        // leave one article out: the accuracy the model has on articles it did not learn from, against the rules, and
        // the model overturning the rules only when its probability is at least `margin` from one half
        Set<String> articles = new TreeSet<>();
        examples.forEach(e -> articles.add(e.article()));
        double[] margins = {0, 0.1, 0.2, 0.3, 0.4};
        int[][] counts = new int[margins.length + 1][4]; // right, tp, fp, fn; the last row is the rules
        for (String held : articles) {
            Model fold = fit(examples.stream().filter(e -> !e.article().equals(held)).toList());
            for (Example e : examples) {
                if (!e.article().equals(held)) {
                    continue;
                }
                double p = fold.probability(e.features());
                for (int i = 0; i <= margins.length; i++) {
                    int guess = i == margins.length || Math.abs(p - 0.5) < margins[i] ? e.rules() : p >= 0.5 ? 1 : 0;
                    tally(counts[i], guess, e.label());
                }
            }
        }
        System.out.printf("%d candidates from %d dev articles, %d statements (L2 %.2f)%n", examples.size(),
                articles.size(), positives, L2);
        for (int i = 0; i <= margins.length; i++) {
            int[] c = counts[i];
            double pr = c[1] / (double) Math.max(1, c[1] + c[2]);
            double re = c[1] / (double) Math.max(1, c[1] + c[3]);
            System.out.printf(Locale.ROOT, "leave-one-article-out %-14s accuracy %.3f  statement P %.2f R %.2f F1 %.2f%n",
                    i == margins.length ? "rules" : "margin " + margins[i], c[0] / (double) examples.size(), pr, re,
                    2 * pr * re / Math.max(1e-9, pr + re));
        }
        if (Boolean.getBoolean("nowrite")) {
            return;
        }
        Model m = fit(examples);
        Files.createDirectories(out.getParent());
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            w.println("# Weights of StatementModel: whether an Arabic verb of saying reports a statement event of its own.");
            w.println("# Learned by entity-service/scripts/train-statements.sh (StatementTrainer) from the dev half of");
            w.println("# docs/eval/events-ar.tsv (our hand annotations of ANERcorp stories, CC BY-SA 4.0 text, read at training");
            w.printf(Locale.ROOT, "# time only): %d candidates, %d statements; L2 %.2f, %d iterations. licence: CC BY-SA 4.0%n",
                    examples.size(), positives, L2, ITERATIONS);
            w.println("# columns: feature, weight");
            w.printf(Locale.ROOT, "bias\t%.4f%n", m.bias);
            w.printf(Locale.ROOT, "margin\t%.2f%n", margin);
            for (var e : new TreeMap<>(m.weights).entrySet()) {
                if (Math.abs(e.getValue()) >= 0.005) {
                    w.printf(Locale.ROOT, "%s\t%.4f%n", e.getKey(), e.getValue());
                }
            }
        }
        System.out.println("wrote " + out);
    }

    /** The dev half's statement candidates, labelled from the gold. */
    static List<Example> examples(Path goldFile, Path data) throws IOException {
        record Article(String id, String file, int from, int to, LocalDate published) {
        }
        List<Article> articles = new ArrayList<>();
        Set<String> statements = new HashSet<>();
        for (String line : Files.readAllLines(goldFile, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            if (c[0].equals("A") && c[6].equals("dev")) {
                articles.add(new Article(c[1], c[2], Integer.parseInt(c[3]), Integer.parseInt(c[4]),
                        LocalDate.parse(c[5])));
            } else if (c[0].equals("E") && c[3].equals("STATEMENT")) {
                statements.add(c[1] + "@" + c[2]);
            }
        }
        Enricher enricher = Pipeline.standard();
        Map<Path, List<List<String>>> cache = new HashMap<>();
        List<Example> examples = new ArrayList<>();
        for (Article a : articles) {
            List<String> sentences = EventScore.bioSentences(cache, data.resolve("ner").resolve(a.file()))
                    .subList(a.from(), a.to() + 1);
            StringBuilder prose = new StringBuilder();
            int[] starts = new int[sentences.size() + 1];
            for (int i = 0; i < sentences.size(); i++) {
                starts[i] = prose.length();
                prose.append(sentences.get(i)).append(i + 1 < sentences.size() ? " " : "");
            }
            starts[sentences.size()] = prose.length() + 1;
            List<StatementModel.Candidate> seen = new ArrayList<>();
            StatementModel.observer = seen::add;
            try {
                enricher.enrich(prose.toString(), a.published(), "ar", false);
            } finally {
                StatementModel.observer = null;
            }
            for (StatementModel.Candidate c : seen) {
                int s = 0;
                while (s + 1 < starts.length && starts[s + 1] <= c.start()) {
                    s++;
                }
                int label = statements.contains(a.id() + "@" + (a.from() + s)) ? 1 : 0;
                // -Ddrop=lemma=,rules-no leaves features out by prefix (the variants of docs/events-eval.md round 10b)
                List<String> drop = List.of(System.getProperty("drop", "").split(",")).stream()
                        .filter(x -> !x.isEmpty()).toList();
                List<String> features = c.features().stream().filter(f -> drop.stream().noneMatch(f::startsWith))
                        .toList();
                examples.add(new Example(a.id(), features, label, c.rules() ? 1 : 0));
            }
        }
        return examples;
    }

    private static void tally(int[] c, int guess, int label) {
        c[0] += guess == label ? 1 : 0;
        c[1] += guess == 1 && label == 1 ? 1 : 0;
        c[2] += guess == 1 && label == 0 ? 1 : 0;
        c[3] += guess == 0 && label == 1 ? 1 : 0;
    }

    static final class Model {
        final Map<String, Double> weights = new HashMap<>();
        double bias;

        double probability(List<String> features) {
            double z = bias;
            for (String f : features) {
                z += weights.getOrDefault(f, 0.0);
            }
            return 1 / (1 + Math.exp(-z));
        }
    }

    static Model fit(List<Example> examples) {
        Model m = new Model();
        for (Example e : examples) {
            for (String f : e.features()) {
                m.weights.putIfAbsent(f, 0.0);
            }
        }
        int n = examples.size();
        for (int it = 0; it < ITERATIONS; it++) {
            Map<String, Double> grad = new HashMap<>();
            double gb = 0;
            for (Example e : examples) {
                double err = m.probability(e.features()) - e.label();
                gb += err;
                for (String f : e.features()) {
                    grad.merge(f, err, Double::sum);
                }
            }
            m.bias -= RATE * gb / n;
            for (var w : m.weights.entrySet()) {
                double g = grad.getOrDefault(w.getKey(), 0.0) / n + L2 * w.getValue() / n;
                w.setValue(w.getValue() - RATE * g);
            }
        }
        return m;
    }
}
