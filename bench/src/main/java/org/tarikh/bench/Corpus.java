package org.tarikh.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The articles a benchmark posts, in posting order, generated from a seed (the same seed gives the same corpus).
 * Besides distinct stories and several outlets' own tellings of one story, a corpus has what real coverage has:
 * wire copies (the same body under another outlet's title, byline and footer), near copies (the same with small
 * edits), updated versions (the same URL, later, with new figures) and plain re-posts of an article.
 */
final class Corpus {

    enum Kind {
        /** the first article of a story */
        ORIGINAL,
        /** another outlet's own article about the same story, in its own words (maybe the other language) */
        TELLING,
        /** the same body as {@code basedOn}, with another outlet's title, byline and footer */
        WIRE_COPY,
        /** a wire copy with small edits: a paragraph dropped, a sentence replaced or added, a figure changed */
        NEAR_COPY,
        /** a new version of {@code basedOn}: the same URL, published later, with an update paragraph */
        UPDATE,
        /** {@code basedOn} posted again, byte for byte */
        REPOST
    }

    /**
     * One article to post.
     *
     * @param seq     its place in the corpus
     * @param basedOn the corpus seq of the article it copies, updates or re-posts; -1 for originals and tellings
     * @param body    the paragraphs without byline and footer (what copies share)
     */
    record Article(int seq, String story, Kind kind, int basedOn, String lang, String title, String text,
            List<String> body, String source, String url, String publishedAt) {

        int bytes() {
            return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
    }

    private final StoryWriter writer = new StoryWriter();
    private final Random r;
    private final List<Article> articles = new ArrayList<>();
    private int urlCounter;

    private Corpus(long seed) {
        this.r = new Random(seed);
    }

    List<Article> articles() {
        return articles;
    }

    /** A little of everything: distinct stories, tellings, wire and near copies, updates and a re-post. */
    static List<Article> smoke(long seed) {
        Corpus c = new Corpus(seed);
        List<Article> originals = c.distinctStories(24, 0.25);
        c.derived(originals, 6, 4, 3, 2);
        return c.shuffledKeepingOrder();
    }

    /** {@code n} distinct articles: stories in both languages, a quarter of them told by a second outlet. */
    static List<Article> distinct(int n, long seed) {
        Corpus c = new Corpus(seed);
        c.distinctStories(n, 0.25);
        return c.articles.subList(0, n);
    }

    /**
     * {@code n} articles about one story: an Arabic and an English original, and copies of them from many outlets
     * (55 % wire copies, 30 % near copies, 10 % updated versions, 5 % re-posts).
     */
    static List<Article> copies(int n, long seed) {
        Corpus c = new Corpus(seed);
        StoryWriter.Story story = c.writer.story("story-0", c.r);
        if (!story.type().equals("ATTACK")) {
            // the biggest story is a deadly one: its reports carry figures that copies and updates change
            story = new StoryWriter.Story(story.id(), "ATTACK", story.place(), story.place2(), story.org(), story.org2(),
                    story.person(), story.person2(), story.day(), 12, 30, 15, story.killed3(), story.small(), story.km(),
                    story.year2(), story.month2());
        }
        List<Article> originals = List.of(c.original(story, "ar", Kind.ORIGINAL, 14),
                c.original(story, "en", Kind.TELLING, 12));
        int rest = Math.max(0, n - 2);
        c.derived(originals, rest * 55 / 100, rest * 30 / 100, rest * 10 / 100, rest - rest * 55 / 100
                - rest * 30 / 100 - rest * 10 / 100);
        return c.shuffledKeepingOrder();
    }

    private List<Article> distinctStories(int n, double secondTelling) {
        List<Article> firsts = new ArrayList<>();
        int s = 0;
        while (articles.size() < n) {
            StoryWriter.Story story = writer.story("story-" + s++, r);
            String lang = r.nextInt(10) < 6 ? "ar" : "en";
            firsts.add(original(story, lang, Kind.ORIGINAL, length()));
            if (articles.size() < n && r.nextDouble() < secondTelling) {
                original(story, r.nextBoolean() ? "ar" : "en", Kind.TELLING, length());
            }
        }
        return firsts;
    }

    /** Body paragraphs after the lead: mostly short wire stories, some long features (2 to 24). */
    private int length() {
        double x = Math.exp(r.nextGaussian() * 0.7 + Math.log(6));
        return (int) Math.max(1, Math.min(24, Math.round(x)));
    }

    private Article original(StoryWriter.Story story, String lang, Kind kind, int paragraphs) {
        int outlet = r.nextInt(writer.outlets());
        String source = writer.outlet(outlet, lang);
        StoryWriter.Written w = writer.write(story, lang, source, paragraphs, r);
        String byline = byline(lang, source);
        String footer = footer(lang, source, w.published());
        return add(story.id(), kind, -1, lang, w.title(), w.paragraphs(), byline, footer, source,
                url(source, w.published(), story.id()), w.published().toString());
    }

    /** Copies, near copies, updates and re-posts of the given articles, spread over many outlets. */
    private void derived(List<Article> bases, int wire, int near, int updates, int reposts) {
        List<Article> copies = new ArrayList<>();
        for (int i = 0; i < wire + near; i++) {
            Article base = bases.get(r.nextInt(bases.size()));
            boolean edited = i >= wire;
            String source = writer.outlet(r.nextInt(writer.outlets()), base.lang());
            List<String> body = edited ? edit(base) : base.body();
            String title = switch (r.nextInt(3)) {
                case 0 -> base.title();
                case 1 -> (base.lang().equals("en") ? "UPDATE 1-" : "محدث: ") + base.title();
                default -> base.title() + " | " + source;
            };
            LocalDate published = LocalDate.parse(base.publishedAt().substring(0, 10));
            copies.add(add(base.story(), edited ? Kind.NEAR_COPY : Kind.WIRE_COPY, base.seq(), base.lang(), title, body,
                    byline(base.lang(), source), footer(base.lang(), source, published), source,
                    url(source, published, base.story()), base.publishedAt()));
        }
        List<Article> all = new ArrayList<>(bases);
        all.addAll(copies);
        for (int i = 0; i < updates; i++) {
            Article base = all.get(r.nextInt(all.size()));
            List<String> body = new ArrayList<>(base.body());
            StoryWriter.Story story = writer.story(base.story(), new Random(base.story().hashCode()));
            String figure = base.lang().equals("en")
                    ? "The death toll rose to " + (20 + i % 30) + " by the evening, officials said, updating earlier figures."
                    : "وارتفعت حصيلة القتلى إلى " + (20 + i % 30) + " بحلول المساء، بحسب مسؤولين، في تحديث للأرقام السابقة.";
            body.add(Math.min(1, body.size()), figure);
            body.add(writer.sentence(story, base.lang(), "quote", base.source(), r));
            // each update its own time: two updates of one article published at the same second could not be told
            // apart (timeline-service keeps the one that arrived last, the bench could not know which)
            String publishedAt = base.publishedAt().substring(0, 10) + "T" + String.format(Locale.ROOT,
                    "%02d:%02d:%02dZ", 12 + (i / 3600) % 10, (i / 60) % 60, i % 60);
            add(base.story(), Kind.UPDATE, base.seq(), base.lang(), (base.lang().equals("en") ? "UPDATE 2-" : "محدث 2: ")
                    + base.title(), body, byline(base.lang(), base.source()), footer(base.lang(), base.source(),
                            LocalDate.parse(base.publishedAt().substring(0, 10))),
                    base.source(), base.url(), publishedAt);
        }
        for (int i = 0; i < reposts; i++) {
            Article base = all.get(r.nextInt(all.size()));
            articles.add(new Article(articles.size(), base.story(), Kind.REPOST, base.seq(), base.lang(), base.title(),
                    base.text(), base.body(), base.source(), base.url(), base.publishedAt()));
        }
    }

    /** One or two small edits, as outlets make to wire copy. */
    private List<String> edit(Article base) {
        List<String> body = new ArrayList<>(base.body());
        StoryWriter.Story story = writer.story(base.story(), new Random(base.story().hashCode() * 31L + body.size()));
        int edits = 1 + r.nextInt(2);
        for (int e = 0; e < edits; e++) {
            switch (r.nextInt(4)) {
                case 0 -> {
                    if (body.size() > 2) {
                        body.remove(body.size() - 1);
                    }
                }
                case 1 -> {
                    if (body.size() > 1) {
                        body.set(1 + r.nextInt(body.size() - 1), writer.sentence(story, base.lang(), "filler", "", r));
                    }
                }
                case 2 -> body.add(writer.sentence(story, base.lang(), "filler", "", r));
                default -> body.add(base.lang().equals("en") ? "Additional reporting by " + writer.person(r.nextInt(400), "en") + "."
                        : "شارك في التغطية " + writer.person(r.nextInt(400), "ar") + ".");
            }
        }
        if (body.equals(base.body())) { // the edits changed nothing (a short body, the same sentence drawn)
            body.add(writer.sentence(story, base.lang(), "context", "", r));
        }
        return body;
    }

    private Article add(String story, Kind kind, int basedOn, String lang, String title, List<String> body, String byline,
            String footer, String source, String url, String publishedAt) {
        String text = byline + "\n\n" + String.join("\n\n", body) + "\n\n" + footer + "\n";
        Article a = new Article(articles.size(), story, kind, basedOn, lang, title, text, List.copyOf(body), source, url,
                publishedAt);
        articles.add(a);
        return a;
    }

    private String byline(String lang, String source) {
        String reporter = writer.person(r.nextInt(400), lang);
        return lang.equals("en") ? "By " + reporter : source + " - " + reporter;
    }

    private String footer(String lang, String source, LocalDate published) {
        String editor = writer.person(r.nextInt(400), lang);
        return switch (r.nextInt(3)) {
            case 0 -> lang.equals("en") ? "(Reporting by " + source + " staff; Editing by " + editor + ")"
                    : "(المصدر: " + source + "، تحرير " + editor + ")";
            case 1 -> lang.equals("en") ? "© " + published.getYear() + " " + source + ". All rights reserved."
                    : "جميع الحقوق محفوظة © " + source + " " + published.getYear();
            default -> lang.equals("en") ? "Copyright " + source + ". Edited by " + editor + "."
                    : "حقوق النشر محفوظة لـ" + source + "، تحرير " + editor;
        };
    }

    /** A URL on the reserved .example domain: a name, never fetched. */
    private String url(String source, LocalDate published, String story) {
        String slug = Integer.toHexString(Math.abs(source.hashCode()));
        return "https://" + slug + ".example/" + published.getYear() + "/" + story + "-" + (urlCounter++);
    }

    /** Shuffled like real arrivals, but a copy, update or re-post never before what it is based on. */
    private List<Article> shuffledKeepingOrder() {
        List<Article> order = new ArrayList<>(articles);
        Collections.shuffle(order, r);
        List<Article> out = new ArrayList<>();
        boolean[] placed = new boolean[articles.size()];
        List<Article> waiting = new ArrayList<>();
        for (Article a : order) {
            waiting.add(a);
            boolean progress = true;
            while (progress) {
                progress = false;
                for (int i = 0; i < waiting.size(); i++) {
                    Article w = waiting.get(i);
                    if (w.basedOn() < 0 || placed[w.basedOn()]) {
                        out.add(w);
                        placed[w.seq()] = true;
                        waiting.remove(i);
                        progress = true;
                        break;
                    }
                }
            }
        }
        out.addAll(waiting);
        return out;
    }
}
