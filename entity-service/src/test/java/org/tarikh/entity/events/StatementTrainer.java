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

    record Example(String article, List<String> features, int label) {
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
        if (Boolean.getBoolean("dump")) {
            examples.forEach(e -> System.out.println(e.label() + " " + e.article() + " " + e.features()));
        }
        System.out.printf("%d candidates from the dev half, %d statements%n", examples.size(), positives);
        // leave one article out: the accuracy the model has on articles it did not learn from
        Set<String> articles = new TreeSet<>();
        examples.forEach(e -> articles.add(e.article()));
        int right = 0;
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int rulesRight = 0;
        for (String held : articles) {
            List<Example> train = examples.stream().filter(e -> !e.article().equals(held)).toList();
            Model m = fit(train);
            for (Example e : examples) {
                if (!e.article().equals(held)) {
                    continue;
                }
                int guess = m.probability(e.features()) >= 0.5 ? 1 : 0;
                right += guess == e.label() ? 1 : 0;
                tp += guess == 1 && e.label() == 1 ? 1 : 0;
                fp += guess == 1 && e.label() == 0 ? 1 : 0;
                fn += guess == 0 && e.label() == 1 ? 1 : 0;
                int rules = e.features().contains("source") || e.features().contains("attribution-rule") ? 0 : 1;
                rulesRight += rules == e.label() ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "leave-one-article-out: accuracy %.2f (rules alone %.2f), statement P %.2f R %.2f%n",
                right / (double) examples.size(), rulesRight / (double) examples.size(), tp / (double) Math.max(1, tp + fp),
                tp / (double) Math.max(1, tp + fn));
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
                // -Dlemmas=false leaves the verb's lemma out (it scored lower left one article out)
                List<String> features = !"false".equals(System.getProperty("lemmas")) ? c.features()
                        : c.features().stream().filter(f -> !f.startsWith("lemma=")).toList();
                examples.add(new Example(a.id(), features, label));
            }
        }
        return examples;
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
