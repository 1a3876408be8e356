package org.tarikh.entity.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.tarikh.entity.boot.Pipeline;
import org.tarikh.entity.enrichment.Enricher;
import org.tarikh.entity.events.Event;

/**
 * Scores events against the hand annotations of docs/eval/events-{ar,en}.tsv: event precision, recall and F1 per type
 * (an event matches a gold event of the same type reported in the same sentence), and over matched events the share
 * of dates, places and casualty figures that are right. The articles are read at run time from the shared data folder that scripts/score-events.sh passes (never
 * committed), so this is a command, not part of the test suite:
 *
 * <pre>
 * entity-service/scripts/score-events.sh [--show dev] [--only dev] [--data DIR]
 * </pre>
 *
 * It runs the same enrichment core as POST /api/enrich ({@link Pipeline#standard()}). English articles are scored in
 * prose (sentences joined in paragraphs); the events found with one sentence per line are compared with them.
 */
public final class EventScore {

    record Article(String id, String file, int from, int to, LocalDate published, String split, String lang) {
    }

    record Gold(String article, int sentence, String type, String date, String place, String killed,
            String injured) {
    }

    /** Counts per type and the attribute tallies, for one split. */
    static final class Tally {
        final Map<String, int[]> byType = new TreeMap<>(); // tp, fp, fn
        int dates, datesExact, datesCompatible, places, placesRight, counts, countsRight;

        int[] type(String t) {
            return byType.computeIfAbsent(t, k -> new int[3]);
        }
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(System.getenv().getOrDefault("TARIKH_SHARED_DATA", "shared-data-not-set"));
        String show = null;
        String only = null;
        List<Path> golds = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--show" -> show = args[++i];
                case "--only" -> only = args[++i];
                default -> golds.add(Path.of(args[i]));
            }
        }
        if (golds.isEmpty()) {
            golds = List.of(Path.of("docs/eval/events-ar.tsv"), Path.of("docs/eval/events-en.tsv"));
        }
        Enricher enricher = Pipeline.standard();
        for (Path gold : golds) {
            score(enricher, gold, data, show, only);
        }
    }

    /** {@code only}: score the articles of that split alone (dev while developing: the held-out half is not run). */
    static void score(Enricher enricher, Path goldFile, Path data, String show, String only) throws IOException {
        Map<String, Article> articles = new LinkedHashMap<>();
        Map<String, List<Gold>> golds = new HashMap<>();
        String lang = goldFile.getFileName().toString().contains("-ar") ? "ar" : "en";
        for (String line : Files.readAllLines(goldFile, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            if (c[0].equals("A")) {
                if (only != null && !only.equals(c[6])) {
                    continue;
                }
                articles.put(c[1], new Article(c[1], c[2], Integer.parseInt(c[3]), Integer.parseInt(c[4]),
                        LocalDate.parse(c[5]), c[6], lang));
            } else {
                golds.computeIfAbsent(c[1], k -> new ArrayList<>())
                        .add(new Gold(c[1], Integer.parseInt(c[2]), c[3], c[4], c[5], c[6], c[7]));
            }
        }
        Map<String, Tally> tallies = new LinkedHashMap<>();
        tallies.put("dev", new Tally());
        tallies.put("heldout", new Tally());
        tallies.put("all", new Tally());
        int sameInLines = 0;
        int comparedWithLines = 0;
        Map<Path, List<List<String>>> bio = new HashMap<>();
        for (Article a : articles.values()) {
            List<String> sentences = lang.equals("ar")
                    ? bioSentences(bio, data.resolve("ner").resolve(a.file())).subList(a.from(), a.to() + 1)
                    : lines(data.resolve("tls-dev").resolve(a.file()), a.from(), a.to());
            StringBuilder prose = new StringBuilder();
            int[] starts = new int[sentences.size() + 1];
            for (int i = 0; i < sentences.size(); i++) {
                starts[i] = prose.length();
                prose.append(sentences.get(i)).append(i + 1 < sentences.size() ? " " : "");
            }
            starts[sentences.size()] = prose.length() + 1;
            List<Event> found = enricher.enrich(prose.toString(), a.published(), lang, false).events();
            List<Gold> gold = golds.getOrDefault(a.id(), List.of());
            boolean shown = show != null && (show.equals(a.split()) || show.equals("all"));
            if (shown) {
                System.out.println("== " + a.id() + " " + a.file() + " " + a.published());
            }
            for (int s = 0; s < sentences.size(); s++) {
                int sentence = a.from() + s;
                List<Event> here = new ArrayList<>();
                for (Event e : found) {
                    if (e.triggerStart() >= starts[s] && e.triggerStart() < starts[s + 1]) {
                        here.add(e);
                    }
                }
                List<Gold> want = gold.stream().filter(g -> g.sentence() == sentence).toList();
                match(a, want, here, tallies.get(a.split()), tallies.get("all"), shown, sentences.get(s), sentence);
            }
            if (lang.equals("en")) {
                String oneLine = String.join("\n", sentences);
                List<String> inLines = enricher.enrich(oneLine, a.published(), lang, false).events().stream()
                        .map(e -> e.type() + "@" + e.date() + "/" + e.dateBasis()).toList();
                List<String> inProse = found.stream().map(e -> e.type() + "@" + e.date() + "/" + e.dateBasis())
                        .toList();
                comparedWithLines += Math.max(inLines.size(), inProse.size());
                for (int i = 0; i < Math.min(inLines.size(), inProse.size()); i++) {
                    sameInLines += inLines.get(i).equals(inProse.get(i)) ? 1 : 0;
                }
                if (shown && !inLines.equals(inProse)) {
                    System.out.println("  PROSE≠LINES prose " + inProse + " lines " + inLines);
                }
            }
        }
        System.out.printf("%n# %s (%d articles)%n", goldFile, articles.size());
        for (var t : tallies.entrySet()) {
            report(t.getKey(), t.getValue());
        }
        if (lang.equals("en")) {
            System.out.printf("prose vs one sentence per line: %d of %d events typed and dated alike%n", sameInLines,
                    comparedWithLines);
        }
    }

    private static void match(Article a, List<Gold> want, List<Event> here, Tally split, Tally all, boolean shown,
            String text, int sentence) {
        List<Event> left = new ArrayList<>(here);
        for (Gold g : want) {
            Event e = left.stream().filter(x -> x.type().name().equals(g.type())).findFirst().orElse(null);
            if (e == null) {
                for (Tally t : List.of(split, all)) {
                    t.type(g.type())[2]++;
                }
                if (shown) {
                    System.out.printf("  MISS %d %s %s %s k=%s i=%s | %s%n", sentence, g.type(), g.date(), g.place(),
                            g.killed(), g.injured(), clip(text));
                }
                continue;
            }
            left.remove(e);
            String why = "";
            for (Tally t : List.of(split, all)) {
                t.type(g.type())[0]++;
                if (!g.date().equals("-")) {
                    t.dates++;
                    boolean publication = "PUBLICATION".equals(e.dateBasis());
                    // "~": the text gives no date, so the event is on or before publication (a dateline's date is it)
                    boolean exact = g.date().equals("~") ? publication || a.published().toString().equals(e.date())
                            : g.date().equals(e.date()) && !publication;
                    boolean compatible = exact || publication && !g.date().equals("~")
                            && g.date().compareTo(a.published().toString()) <= 0;
                    t.datesExact += exact ? 1 : 0;
                    t.datesCompatible += compatible ? 1 : 0;
                    if (!exact && t == all) {
                        why += " date " + e.date() + "/" + e.dateBasis() + " want " + g.date();
                    }
                }
                if (!g.place().equals("-")) {
                    t.places++;
                    boolean right = e.place() != null && samePlace(g.place(), e.place());
                    t.placesRight += right ? 1 : 0;
                    if (!right && t == all) {
                        why += " place " + e.place() + " want " + g.place();
                    }
                }
                boolean goldCounts = !g.killed().equals("-") || !g.injured().equals("-");
                if (goldCounts || e.killed() != null || e.injured() != null) {
                    t.counts++;
                    boolean right = sameCount(g.killed(), e.killed(), e.killedAtLeast())
                            && sameCount(g.injured(), e.injured(), e.injuredAtLeast());
                    t.countsRight += right ? 1 : 0;
                    if (!right && t == all) {
                        why += " counts k=" + e.killed() + " i=" + e.injured() + " want k=" + g.killed() + " i="
                                + g.injured();
                    }
                }
            }
            if (shown && !why.isEmpty()) {
                System.out.printf("  WRONG %d %s%s | %s%n", sentence, g.type(), why, clip(text));
            }
        }
        for (Event e : left) {
            for (Tally t : List.of(split, all)) {
                t.type(e.type().name())[1]++;
            }
            if (shown) {
                System.out.printf("  FALSE %d %s %s/%s trigger '%s' | %s%n", sentence, e.type(), e.date(),
                        e.dateBasis(), e.trigger(), clip(text));
            }
        }
    }

    /** "50+" is at least 50; the figure must be the same, the "at least" is not scored. */
    private static boolean sameCount(String gold, Integer found, boolean atLeast) {
        if (gold.equals("-")) {
            return found == null;
        }
        return found != null && Integer.parseInt(gold.replace("+", "")) == found;
    }

    /** A place key's slug names the gold place: location:sadr-city for "Sadr City". */
    private static boolean samePlace(String gold, String key) {
        String g = skeleton(gold);
        String k = skeleton(key.substring(key.indexOf(':') + 1));
        return !k.isEmpty() && (k.contains(g) || g.contains(k));
    }

    /** Consonants only, without the article: transliterations of one name meet (Sadr City, al-sdr). */
    private static String skeleton(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("\\bal-", "").replaceAll("[^a-z]", "")
                .replaceAll("[aeiouyw]", "");
    }

    private static void report(String name, Tally t) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        StringBuilder types = new StringBuilder();
        for (var e : t.byType.entrySet()) {
            int[] c = e.getValue();
            tp += c[0];
            fp += c[1];
            fn += c[2];
            types.append(String.format("  %-13s P %s R %s F1 %s  (tp %d fp %d fn %d)%n", e.getKey(), ratio(c[0], c[0] + c[1]),
                    ratio(c[0], c[0] + c[2]), f1(c[0], c[1], c[2]), c[0], c[1], c[2]));
        }
        System.out.printf("[%s] events P %s R %s F1 %s (tp %d fp %d fn %d); dates exact %s, compatible %s (of %d);"
                + " places %s (of %d); casualty figures %s (of %d)%n", name, ratio(tp, tp + fp), ratio(tp, tp + fn),
                f1(tp, fp, fn), tp, fp, fn, ratio(t.datesExact, t.dates), ratio(t.datesCompatible, t.dates), t.dates,
                ratio(t.placesRight, t.places), t.places, ratio(t.countsRight, t.counts), t.counts);
        System.out.print(types);
    }

    private static String ratio(int a, int b) {
        return b == 0 ? "  -  " : String.format(Locale.ROOT, "%.2f", a / (double) b);
    }

    private static String f1(int tp, int fp, int fn) {
        return tp == 0 ? "0.00" : String.format(Locale.ROOT, "%.2f", 2.0 * tp / (2.0 * tp + fp + fn));
    }

    private static String clip(String s) {
        return s.length() > 150 ? s.substring(0, 150) + "…" : s;
    }

    /** The sentences of a BIO file (token TAB tag, blank line between sentences), detokenized. */
    private static List<String> bioSentences(Map<Path, List<List<String>>> cache, Path file) throws IOException {
        List<List<String>> sentences = cache.get(file);
        if (sentences == null) {
            sentences = new ArrayList<>();
            List<String> current = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    if (!current.isEmpty()) {
                        sentences.add(current);
                        current = new ArrayList<>();
                    }
                } else {
                    current.add(line.substring(0, line.indexOf('\t')));
                }
            }
            if (!current.isEmpty()) {
                sentences.add(current);
            }
            cache.put(file, sentences);
        }
        return sentences.stream().map(s -> detokenize(String.join(" ", s))).toList();
    }

    private static List<String> lines(Path file, int from, int to) throws IOException {
        List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
        return all.subList(from, Math.min(to + 1, all.size())).stream().map(EventScore::detokenize).toList();
    }

    /** Undoes Penn-style tokenization: -LRB- → (, `` '' → ", no space before punctuation or 's / n't. */
    static String detokenize(String s) {
        return s.strip().replace("-LRB-", "(").replace("-RRB-", ")").replace("``", "\"").replace("''", "\"")
                .replaceAll(" ([.,:;!?%)،؛؟])", "$1").replaceAll("\\( ", "(").replaceAll(" ('s|n't|'re|'ve|'ll|'d)\\b", "$1")
                .replaceAll("\" (.*?) \"", "\"$1\"")
                // a quotation that spans sentences leaves one mark in each: glued as a writer would ("say: \"It…",
                // "…moment.\"")
                .replaceAll("([:,]) \" ", "$1 \"").replaceAll("([.!?]) \"$", "$1\"").strip();
    }
}
