package org.tarikh.entity.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A hand-annotated corpus of news sentences ({@code src/test/resources/time/corpus/*.txt}) and its TempEval-3-style
 * score: timexes match when their spans overlap (relaxed match), a match counts for the value when the tagger's value
 * is one the annotation accepts. "Value accuracy" is the share of gold timexes found with a right value; "value F1"
 * also charges the tagger for timexes the annotators did not mark.
 *
 * <p>
 * A unit whose id starts with {@code tl17:} is stand-off: its sentence is third-party news the project may not
 * keep (Timeline17, research use only), so the file holds only the id and the annotations, and the sentence is read
 * at run time from the Timeline17 folder ({@link #timeline17()}).
 */
final class TimexCorpus {

    /** One gold timex: its span in the unit's text and the values it accepts (first preferred). */
    record Gold(int start, int end, String text, List<String> values) {
        /** DATE (a calendar value), REF (PRESENT_REF/PAST_REF/FUTURE_REF) or DURATION (durations, sets, ages). */
        String kind() {
            String v = values.get(0);
            return v.endsWith("_REF") ? "REF" : v.startsWith("P") ? "DURATION" : "DATE";
        }
    }

    record Unit(String id, LocalDate reference, String text, List<Gold> gold) {
    }

    final String name;
    final String lang;
    final List<Unit> units;

    private TimexCorpus(String name, String lang, List<Unit> units) {
        this.name = name;
        this.lang = lang;
        this.units = units;
    }

    /** The Timeline17 folder, {@code TARIKH_TLS_DEV}, which scripts/score-timex.sh sets (no test needs it). */
    static Path timeline17() {
        String set = System.getenv("TARIKH_TLS_DEV");
        return Path.of(set == null || set.isBlank() ? "TARIKH_TLS_DEV-not-set" : set);
    }

    /** Whether every sentence of the corpus can be had (stand-off units need {@link #timeline17()}). */
    static boolean available(String name) {
        try (InputStream in = TimexCorpus.class.getResourceAsStream("/time/corpus/" + name + ".txt")) {
            if (in == null) {
                return false;
            }
            boolean standOff = new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("\n@ tl17:");
            return !standOff || Files.isDirectory(timeline17());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TimexCorpus load(String name, String lang) {
        String resource = "/time/corpus/" + name + ".txt";
        List<Unit> units = new ArrayList<>();
        try (InputStream in = TimexCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            String id = null;
            LocalDate ref = null;
            String text = null;
            List<Gold> gold = null;
            int from = 0;
            Map<Path, List<String>> files = new HashMap<>();
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (line.startsWith("@ ")) {
                    if (id != null) {
                        units.add(new Unit(id, ref, text, gold));
                    }
                    String[] head = line.substring(2).split(" ");
                    id = head[0];
                    ref = LocalDate.parse(head[1]);
                    text = id.startsWith("tl17:") ? timeline17Sentence(id.substring("tl17:".length()), files) : null;
                    gold = new ArrayList<>();
                    from = 0;
                } else if (line.startsWith("= ")) {
                    String[] f = line.substring(2).split("\t");
                    int at = text.indexOf(f[0], from);
                    if (at < 0) {
                        throw new IllegalStateException(resource + ": '" + f[0] + "' not in " + id);
                    }
                    from = at + f[0].length();
                    gold.add(new Gold(at, from, f[0], Arrays.asList(f[1].split("\\|"))));
                } else {
                    text = line;
                }
            }
            if (id != null) {
                units.add(new Unit(id, ref, text, gold));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TimexCorpus(name, lang, units);
    }

    /** The sentence {@code topic/date/file:line} (line 0-based) of the Timeline17 folder, detokenized. */
    private static String timeline17Sentence(String ref, Map<Path, List<String>> files) throws IOException {
        int colon = ref.lastIndexOf(':');
        String[] p = ref.substring(0, colon).split("/");
        Path file = timeline17().resolve(p[0]).resolve("InputDocs").resolve(p[1]).resolve(p[2]);
        List<String> lines = files.get(file);
        if (lines == null) {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            files.put(file, lines);
        }
        return detokenize(lines.get(Integer.parseInt(ref.substring(colon + 1))));
    }

    private static final Pattern OPEN_QUOTE = Pattern.compile("``\\s*");
    private static final Pattern CLOSE_QUOTE = Pattern.compile("\\s*''");
    private static final Pattern CLITIC = Pattern.compile("\\s+(n't|'s|'re|'ve|'ll|'d|'m)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACE_BEFORE = Pattern.compile("\\s+([,.;:?!%)])");

    /** Undoes Penn Treebank tokenization as timeline-service/scripts/tls_eval.py does. */
    static String detokenize(String line) {
        String s = line.strip().replaceAll("-LRB-|-LCB-|-LSB-", "(").replaceAll("-RRB-|-RCB-|-RSB-", ")")
                .replace("\\/", "/").replace("\\*", "*");
        s = OPEN_QUOTE.matcher(s).replaceAll("\"");
        s = CLOSE_QUOTE.matcher(s).replaceAll("\"");
        s = CLITIC.matcher(s).replaceAll("$1");
        s = s.replaceAll("\\(\\s+", "(");
        s = SPACE_BEFORE.matcher(s).replaceAll("$1");
        s = s.replaceAll("\\$\\s+(?=\\d)", "\\$").replaceAll("\\s{2,}", " ");
        return s.strip();
    }

    /** Counts of one scoring run; {@code misses} lists what went wrong, one line per error. */
    static final class Score {
        int gold;
        int system;
        int spanMatched;
        int spanExact;
        int valueRight;
        final int[] goldByKind = new int[3];
        final int[] rightByKind = new int[3];
        final List<String> misses = new ArrayList<>();

        double valueAccuracy() {
            return ratio(valueRight, gold);
        }

        double valuePrecision() {
            return ratio(valueRight, system);
        }

        double valueF1() {
            return f1(valuePrecision(), valueAccuracy());
        }

        double spanF1() {
            return f1(ratio(spanMatched, system), ratio(spanMatched, gold));
        }

        /** TempEval-3's strict match: the found timex has exactly the gold span. */
        double strictSpanF1() {
            return f1(ratio(spanExact, system), ratio(spanExact, gold));
        }

        String report(String title) {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT,
                    "%s: gold %d, tagged %d | span P %.3f R %.3f F1 %.3f (strict F1 %.3f) | value accuracy %.3f, value P %.3f"
                            + " F1 %.3f%n",
                    title, gold, system, ratio(spanMatched, system), ratio(spanMatched, gold), spanF1(), strictSpanF1(),
                    valueAccuracy(), valuePrecision(), valueF1()));
            String[] kinds = { "DATE", "REF", "DURATION" };
            for (int k = 0; k < 3; k++) {
                b.append(String.format(Locale.ROOT, "    %-8s values right %3d / %3d = %.3f%n", kinds[k], rightByKind[k],
                        goldByKind[k], ratio(rightByKind[k], goldByKind[k])));
            }
            return b.toString();
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }

        private static double f1(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    Score score(TemporalTagger tagger) {
        Score s = new Score();
        for (Unit u : units) {
            List<Timex> found = tagger.tag(u.text(), u.reference(), lang);
            boolean[] used = new boolean[found.size()];
            s.gold += u.gold().size();
            s.system += found.size();
            for (Gold g : u.gold()) {
                int kind = switch (g.kind()) {
                    case "DATE" -> 0;
                    case "REF" -> 1;
                    default -> 2;
                };
                s.goldByKind[kind]++;
                Timex match = null;
                for (int i = 0; i < found.size(); i++) {
                    Timex t = found.get(i);
                    if (!used[i] && t.start() < g.end() && g.start() < t.end()) {
                        used[i] = true;
                        match = t;
                        break;
                    }
                }
                if (match == null) {
                    s.misses.add("MISSED  " + u.id() + " " + u.reference() + " '" + g.text() + "' = " + g.values());
                    continue;
                }
                s.spanMatched++;
                if (match.start() == g.start() && match.end() == g.end()) {
                    s.spanExact++;
                }
                if (g.values().contains(match.value())) {
                    s.valueRight++;
                    s.rightByKind[kind]++;
                } else {
                    s.misses.add("VALUE   " + u.id() + " " + u.reference() + " '" + g.text() + "' = " + g.values()
                            + ", tagged '" + match.text() + "' = " + match.value());
                }
            }
            for (int i = 0; i < found.size(); i++) {
                if (!used[i]) {
                    s.misses.add("SPURIOUS " + u.id() + " " + u.reference() + " '" + found.get(i).text() + "' = "
                            + found.get(i).value());
                }
            }
        }
        return s;
    }
}
