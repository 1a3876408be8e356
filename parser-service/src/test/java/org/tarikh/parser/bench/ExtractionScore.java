package org.tarikh.parser.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.tarikh.parser.structure.Article;
import org.tarikh.parser.structure.ArticleMetadata;
import org.tarikh.parser.structure.ArticleReader;
import org.tarikh.parser.structure.RejectedArticleException;
import org.tarikh.parser.structure.Segment;
import org.tarikh.parser.structure.SegmentKind;
import org.tarikh.parser.structure.TextDecoding;

/**
 * Scores HTML extraction against a directory of pages, each a folder with {@code source.html} (the page) and
 * {@code expected.html} (the article as a person or a reference extractor keeps it), such as Mozilla
 * Readability's test pages. For each page: token precision, recall and F1 of the article body Tarikh keeps
 * against the text of {@code expected.html}; then the mean over pages. Not a test (it needs data a fresh clone has
 * not); docs/parser.md gives the command.
 *
 * <p>Tokens are the maximal runs of letters, digits and combining marks (so Arabic words keep their diacritics and
 * "don't" is two tokens, "don" and "t"), lower-cased, except that each Han, kana or Thai character is a token of its
 * own (those scripts put no spaces between words, so a run would be a whole sentence); text is compared as a bag of
 * tokens (a token counts as often as it occurs in both). The body is every PARAGRAPH, SUBHEADING, DATELINE and SOURCE segment: the headline,
 * captions and boilerplate (bylines, dates, credits) are kept apart, as Readability keeps its title and byline.
 *
 * <p>Arguments: {@code [DIR] [--split all|dev|held-out] [--captions] [--show PAGE] [--markdown]}. Held-out pages are every
 * fourth page in name order (the 4th, 8th, …): tune on dev, look at held-out rarely.
 */
public final class ExtractionScore {

    private static final Set<SegmentKind> BODY = EnumSet.of(SegmentKind.PARAGRAPH, SegmentKind.SUBHEADING,
            SegmentKind.DATELINE, SegmentKind.SOURCE);

    record Score(String page, int kept, int expected, int common, String problem) {
        double precision() {
            return kept == 0 ? (expected == 0 ? 1 : 0) : (double) common / kept;
        }

        double recall() {
            return expected == 0 ? 1 : (double) common / expected;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The readability pages (the shared data folder's readability-pages, not in the repository): -Dtarikh.pages=DIR. */
    static Path pagesDir() {
        String dir = System.getProperty("tarikh.pages");
        if (dir == null || dir.isBlank()) {
            throw new IllegalArgumentException("give the readability pages: -Dtarikh.pages=<shared>/data/readability-pages");
        }
        return Path.of(dir);
    }

    public static void main(String[] args) throws IOException {
        // --markdown prints the per-page lines as rows of a Markdown table (page | P | R | F1 | kept | expected)
        Path dir = null;
        String split = "all";
        String show = null;
        boolean markdown = false;
        Set<SegmentKind> body = EnumSet.copyOf(BODY);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--split" -> split = args[++i];
                case "--show" -> show = args[++i];
                case "--captions" -> body.add(SegmentKind.CAPTION);
                case "--markdown" -> markdown = true;
                default -> dir = Path.of(args[i]);
            }
        }
        if (dir == null) {
            dir = pagesDir();
        }
        List<Path> pages;
        try (Stream<Path> list = Files.list(dir)) {
            pages = list.filter(p -> Files.exists(p.resolve("source.html")) && Files.exists(p.resolve("expected.html")))
                    .sorted().toList();
        }
        if (pages.isEmpty()) {
            System.err.println("no pages (folders with source.html and expected.html) in " + dir);
            System.exit(2);
        }
        ArticleReader reader = new ArticleReader();
        List<Score> scores = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Path page = pages.get(i);
            String name = page.getFileName().toString();
            boolean heldOut = i % 4 == 3;
            if (show != null ? !show.equals(name)
                    : split.equals("dev") && heldOut || split.equals("held-out") && !heldOut) {
                continue;
            }
            scores.add(score(reader, page, name, body, show != null));
        }
        double p = 0;
        double r = 0;
        double f = 0;
        long kept = 0;
        long expected = 0;
        long common = 0;
        int below = 0;
        int lost = 0;
        for (Score s : scores) {
            System.out.printf(Locale.ROOT, markdown ? "| %s | %.3f | %.3f | %.3f | %d | %d |%s%n"
                    : "%-48s P %.3f  R %.3f  F1 %.3f  (%d kept, %d expected)%s%n", s.page, s.precision(), s.recall(),
                    s.f1(), s.kept, s.expected, s.problem == null ? "" : "  " + s.problem);
            p += s.precision();
            r += s.recall();
            f += s.f1();
            kept += s.kept;
            expected += s.expected;
            common += s.common;
            below += s.f1() < 0.8 ? 1 : 0;
            lost += s.recall() < 0.5 ? 1 : 0;
        }
        int n = scores.size();
        double microP = kept == 0 ? 0 : (double) common / kept;
        double microR = expected == 0 ? 0 : (double) common / expected;
        System.out.printf(Locale.ROOT, "%n%s: %d pages  mean P %.3f  R %.3f  F1 %.3f  |  all tokens P %.3f  R %.3f  F1 %.3f"
                + "  |  F1 < 0.8: %d  recall < 0.5: %d%n", split, n, p / n, r / n, f / n, microP, microR,
                2 * microP * microR / Math.max(1e-9, microP + microR), below, lost);
    }

    private static Score score(ArticleReader reader, Path page, String name, Set<SegmentKind> bodyKinds, boolean show)
            throws IOException {
        byte[] bytes = Files.readAllBytes(page.resolve("source.html"));
        Map<String, Integer> gold = tokens(Jsoup.parse(Files.readString(page.resolve("expected.html"))).text());
        StringBuilder body = new StringBuilder();
        String problem = null;
        try {
            Article article = reader.readHtml(TextDecoding.html(bytes, null), ArticleMetadata.none());
            for (Segment s : article.segments()) {
                if (bodyKinds.contains(s.kind())) {
                    body.append(s.text()).append('\n');
                }
                if (show) {
                    System.out.println(s.kind() + "\t" + s.text());
                }
            }
        } catch (RejectedArticleException e) {
            problem = e.title();
        }
        Map<String, Integer> kept = tokens(body.toString());
        int common = 0;
        for (var e : kept.entrySet()) {
            common += Math.min(e.getValue(), gold.getOrDefault(e.getKey(), 0));
        }
        if (show) {
            System.out.println("\n--- missed (expected, not kept):");
            System.out.println(difference(gold, kept));
            System.out.println("--- extra (kept, not expected):");
            System.out.println(difference(kept, gold));
        }
        return new Score(name, count(kept), count(gold), common, problem);
    }

    private static String difference(Map<String, Integer> a, Map<String, Integer> b) {
        StringBuilder out = new StringBuilder();
        a.forEach((token, n) -> {
            int extra = n - b.getOrDefault(token, 0);
            if (extra > 0) {
                out.append(token).append(extra > 1 ? "×" + extra : "").append(' ');
            }
        });
        return out.toString();
    }

    private static int count(Map<String, Integer> bag) {
        return bag.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Maximal runs of letters, digits and combining marks, lower-cased, counted. */
    static Map<String, Integer> tokens(String text) {
        Map<String, Integer> bag = new HashMap<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!wordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            if (unspaced(cp)) {
                i += Character.charCount(cp); // a Han, kana or Thai character is a token of its own
            } else {
                while (i < n && wordChar(text.codePointAt(i)) && !unspaced(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
            }
            bag.merge(text.substring(start, i).toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        return bag;
    }

    /** Scripts written without spaces between words: a run of them is a phrase or a sentence, not a token. */
    private static boolean unspaced(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
    }

    private static boolean wordChar(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
