package org.tarikh.parser.structure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a news page: metadata from its meta tags and JSON-LD, the article by content scoring (Mozilla
 * Readability's algorithm, reimplemented on jsoup: every paragraph scores its ancestors by its length and commas,
 * link-heavy candidates lose, the best candidate is joined by its related siblings), with scripts, hidden
 * elements, navigation, ads, share bars, comment threads and link lists dropped. Blocks become units of an
 * article text, each with what its tag says it is (h1 headline, h2–h6 subheading, figure and figcaption caption,
 * byline boilerplate).
 */
public final class HtmlArticles {

    /** What a page yields: the article text, its units, and the metadata the page declares. */
    record Page(String text, List<Unit> units, ArticleMetadata detected) {
    }

    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "li", "dt",
            "dd", "pre", "blockquote", "td", "th", "caption", "address", "summary");
    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "header", "figure",
            "ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "tr", "picture", "details", "center", "hgroup",
            "body", "html", "form", "fieldset");
    /** Never text of the article: code, styles, embedded players, controls, navigation, the page footer. */
    private static final Set<String> NOT_CONTENT = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "canvas", "object", "embed", "video", "audio", "button", "select", "textarea", "link", "meta", "nav", "aside",
            "footer", "annotation", "annotation-xml");
    private static final Set<String> UNLIKELY_ROLES = Set.of("menu", "menubar", "complementary", "navigation", "alert",
            "alertdialog", "dialog", "contentinfo", "banner", "search");
    /** What Readability cleans conditionally inside the article: blocks that may be furniture by their counts. */
    private static final Set<String> CLEANED = Set.of("form", "fieldset", "table", "ul", "ol", "dl", "div", "section");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final Evaluator TIME_TAG = QueryParser.parse("time");
    private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical][href]");
    private static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");
    private static final Evaluator TIME = QueryParser.parse("article time[datetime], time[pubdate][datetime],"
            + " time[itemprop=datePublished], time[datetime]");
    private static final Evaluator META_TITLE = QueryParser.parse("meta[property=og:title], meta[name=twitter:title]");
    private static final Evaluator META_PUBLISHED = QueryParser.parse("meta[property=article:published_time],"
            + " meta[itemprop=datePublished], meta[name=pubdate], meta[name=publishdate], meta[name=publish-date],"
            + " meta[name=date], meta[name=DC.date.issued], meta[name=dc.date], meta[name=parsely-pub-date],"
            + " meta[name=sailthru.date]");
    private static final Evaluator META_SOURCE = QueryParser.parse("meta[property=og:site_name], meta[name=application-name]");
    private static final Evaluator META_URL = QueryParser.parse("meta[property=og:url]");
    private static final java.util.regex.Pattern TITLE_SEPARATOR = java.util.regex.Pattern.compile("\\s+(?:[|\\-–—»·/\\\\]|::)\\s+");
    /** Marks around bold text while a block is read: a line that is all bold is a subheading (noncharacters, never text). */
    private static final char BOLD_OPEN = '\uFDD0';
    private static final char BOLD_CLOSE = '\uFDD1';
    /** Real pages nest a few dozen levels; deeper markup is read flat rather than recursed into. */
    private static final int MAX_DEPTH = 200;
    /** Hiding never removes this much paragraph text: a page behind a modal or a consent wall is still the article. */
    private static final int KEEP = 400;
    /** Readability's threshold: an article shorter than this is looked for again with fewer rules. */
    private static final int MIN_ARTICLE = 500;
    /** Shorter lines are labels, links and bylines rather than paragraphs, for telling attempts apart. */
    private static final int MIN_PARAGRAPH = 40;
    /** A JSON-LD articleBody shorter than this is a summary, not the article. */
    private static final int MIN_LINKED_BODY = 250;
    private static final java.util.regex.Pattern LINKED_BLOCK_END = java.util.regex.Pattern.compile(
            "(?i)</p>|<br\\s*/?>|</div>|</h[1-6]>|</li>|\\n");
    private static final java.util.regex.Pattern LINE_BREAKS = java.util.regex.Pattern.compile("\\R+");
    /** A byline, date or caption block is short; a longer one is content whatever its class says. */
    private static final int MAX_BYLINE = 200;
    private static final int MAX_CAPTION = 600;
    private static final int MAX_HEADLINE = 250;
    private static final int MAX_HEADER = 1000;
    /** Share bars inside the article are dropped when shorter than this (Readability). */
    private static final int MAX_SHARE = 500;
    /** How far above the article its headline may sit and still be its header. */
    private static final int REGION_LEVELS = 4;
    private static final int STRIP_UNLIKELY = 1;
    private static final int WEIGH_CLASSES = 2;
    private static final int CLEAN_CONDITIONALLY = 4;
    /** How many start tags ({@code <} and a letter) the markup has: its elements, counted without parsing it. */
    static int startTags(String html) {
        int n = 0;
        for (int i = html.indexOf('<'); i >= 0 && i + 1 < html.length(); i = html.indexOf('<', i + 1)) {
            char c = html.charAt(i + 1);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                n++;
            }
        }
        return n;
    }

    /** Each attempt drops one more rule (Readability's flags), for pages whose article the rules took for furniture. */
    private static final int[] ATTEMPTS = { STRIP_UNLIKELY | WEIGH_CLASSES | CLEAN_CONDITIONALLY,
            WEIGH_CLASSES | CLEAN_CONDITIONALLY, CLEAN_CONDITIONALLY, 0 };

    private final PublicationDates dates;
    private final ClassWords classes = ClassWords.load();

    public HtmlArticles(PublicationDates dates) {
        this.dates = dates;
    }

    /**
     * At most this many elements (start tags) in a page: a news page has a few thousand (the largest of the 130 real
     * pages of the extraction suite, about 10,000). A 4 MB table of 200,000 rows (400,000 elements) ran parser-service
     * (-Xmx160m) out of heap while its tree was built and scored: a 500 after a minute.
     */
    static final int MAX_ELEMENTS = 100_000;

    Page read(String html) {
        int elements = startTags(html);
        if (elements > MAX_ELEMENTS) {
            throw new RejectedArticleException("Page too complex", "The page has " + elements + " elements; at most "
                    + MAX_ELEMENTS + " are read. Send the article's own HTML, or its text as text/plain.");
        }
        Document doc = Jsoup.parse(html);
        Declared page = declared(doc);
        ArticleMetadata declared = page.metadata();
        Attempt best = null;
        Attempt last = null;
        for (int flags : ATTEMPTS) {
            if (last != null && (last.flags & ~flags & last.effects) == 0) {
                continue; // the rules this attempt drops changed nothing in the last one: same result
            }
            // each attempt reads its own copy: the one before removed what it took for furniture
            Attempt attempt = attempt(last == null ? doc : Jsoup.parse(html), declared, flags);
            // a later attempt drops rules that kept furniture out: it wins only with twice the paragraph text, as
            // when the rules had taken the article itself for furniture (not when they kept a comment out)
            if (best == null || attempt.length > best.length * 2) {
                best = attempt;
            }
            if (best.length >= MIN_ARTICLE || last == null && attempt.potential <= best.length * 2) {
                break; // long enough, or the page holds too little other text for any attempt to do better
            }
            last = attempt;
        }
        String linked = page.articleBody();
        if (linked != null && linked.length() >= MIN_LINKED_BODY && best.length < linked.length() / 2) {
            // The page's own markup lost the article (rendered by scripts, or hidden) but its JSON-LD has it.
            return linkedBody(linked, best.page);
        }
        return best.page;
    }

    /** The article from the page's JSON-LD articleBody: its headline, then its paragraphs (text or HTML). */
    private Page linkedBody(String body, Page markup) {
        Blocks blocks = new Blocks();
        ArticleMetadata detected = markup.detected();
        if (detected.title() != null) {
            blocks.add(detected.title(), SegmentKind.HEADLINE);
        }
        boolean html = body.indexOf('<') >= 0 && body.indexOf('>') >= 0;
        for (String paragraph : (html ? LINKED_BLOCK_END : LINE_BREAKS).split(body)) {
            blocks.add(html ? Jsoup.parseBodyFragment(paragraph).text() : paragraph, null);
        }
        return new Page(blocks.text.toString(), blocks.units, detected);
    }

    /**
     * One reading of the page under {@code flags}; {@code effects} says which of the rules changed anything,
     * {@code potential} how much paragraph text the page holds at most (also in what the rules stripped).
     */
    private record Attempt(Page page, int length, int flags, int effects, int potential) {
    }

    private Attempt attempt(Document doc, ArticleMetadata declared, int flags) {
        Element body = doc.body();
        List<Element> stripped = prepare(body, flags);
        int effects = stripped.isEmpty() ? 0 : STRIP_UNLIKELY;
        Element h1 = headline(body, declared.title());
        PageStats stats = PageStats.of(body, classes, (flags & WEIGH_CLASSES) != 0, null, h1);
        ArticleSelection selection = ArticleSelection.of(body, stats, h1);
        int[] cleaning = { 0 };
        Extraction reading = new Extraction(stats, dropped(selection, stats, flags, cleaning), h1);
        effects |= cleaning[0] | (stats.weighed ? WEIGH_CLASSES : 0);
        String title = declared.title();
        Element region = selection.wholeBody() ? body : region(selection, h1, stats);
        boolean headlineInside = h1 != null && (selection.wholeBody() || contains(region, h1));
        if (h1 != null && !headlineInside) {
            reading.blocks.add(text(h1), SegmentKind.HEADLINE);
        } else if (h1 == null && title != null) {
            reading.blocks.add(title, SegmentKind.HEADLINE);
        }
        if (selection.wholeBody()) {
            reading.walk(body, null, 0);
        } else if (region == selection.parent()) {
            reading.walkChosen(selection, h1);
        } else {
            reading.walkRegion(region, selection, h1, ancestors(selection.parent(), region), 0);
        }
        reading.blocks.flush(null);
        if (h1 == null && title != null) {
            reading.blocks.headlineInText();
        }
        String headline = h1 != null ? text(h1).strip() : null;
        var detected = new ArticleMetadata(headline != null && !headline.isEmpty() ? headline : title,
                declared.publishedAt(), declared.source(), declared.url(), null);
        Blocks blocks = reading.blocks;
        int length = paragraphText(blocks.units);
        int potential = stats.longRuns;
        for (int i = 0; i < stripped.size() && length < MIN_ARTICLE && potential <= 2 * length; i++) {
            potential += PageStats.of(stripped.get(i), classes, false, null).longRuns;
        }
        return new Attempt(new Page(blocks.text.toString(), blocks.units, detected), length, flags, effects, potential);
    }

    /** The length of the plain paragraphs an attempt found: links, labels and bylines are too short to count. */
    private static int paragraphText(List<Unit> units) {
        int n = 0;
        for (Unit u : units) {
            if (u.hint() == null && u.length() >= MIN_PARAGRAPH) {
                n += u.length();
            }
        }
        return n;
    }

    /**
     * Where the article's headline, lead photo and byline are: the nearest ancestor of the chosen part that holds
     * the h1 (the article's header beside its body), a few levels up at most and not much bigger than the article;
     * without an h1, the nearest {@code <article>}. From outside the chosen part only those are read.
     */
    private static Element region(ArticleSelection selection, Element h1, PageStats stats) {
        Element parent = selection.parent();
        int limit = 3 * stats.text[stats.id(parent)] + 1000;
        Element e = parent;
        for (int level = 0; level <= REGION_LEVELS && e != null && e.parent() != null; level++, e = e.parent()) {
            int id = stats.id(e);
            if (id < 0 || stats.text[id] > limit) {
                break;
            }
            if (h1 != null ? contains(e, h1) : e.normalName().equals("article")) {
                return e;
            }
        }
        return parent;
    }

    private static boolean contains(Element ancestor, Element el) {
        for (Element e = el; e != null; e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** {@code el} and its ancestors up to {@code top}. */
    private static Set<Element> ancestors(Element el, Element top) {
        Set<Element> set = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e = el; e != null && e != top; e = e.parent()) {
            set.add(e);
        }
        return set;
    }

    /**
     * The article's headline: the first {@code <h1>} inside an {@code <article>}, else inside {@code <main>}, else the
     * first; but when that h1 does not say what the page's declared title says (a site's logo in an h1) and another
     * h1, or else an h2, does, that one.
     */
    private static Element headline(Element body, String title) {
        Element h1 = firstH1(body);
        if (title == null || h1 == null || sameHeadline(title, h1.text())) {
            return h1;
        }
        for (String tag : new String[] { "h1", "h2" }) {
            for (Element h : body.getElementsByTag(tag)) {
                if (h.text().length() <= MAX_HEADLINE && sameHeadline(title, h.text())) {
                    return h;
                }
            }
        }
        return h1;
    }

    /** Most words of the title are in the line, and most of the line's are in the title. */
    static boolean sameHeadline(String title, String line) {
        Set<String> t = wordSet(title);
        Set<String> l = wordSet(line);
        int common = 0;
        for (String w : l) {
            common += t.contains(w) ? 1 : 0;
        }
        return !t.isEmpty() && common >= 0.6 * t.size() && common >= 0.4 * l.size();
    }

    private static Set<String> wordSet(String s) {
        Set<String> words = new java.util.HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static Element firstH1(Element body) {
        if (body == null) {
            return null;
        }
        Elements h1s = body.getElementsByTag("h1");
        for (String container : new String[] { "article", "main" }) {
            for (Element h1 : h1s) {
                for (Element a = h1.parent(); a != null; a = a.parent()) {
                    if (a.normalName().equals(container)) {
                        return h1;
                    }
                }
            }
        }
        return h1s.isEmpty() ? null : h1s.first();
    }

    /**
     * What the page declares for machines (Open Graph, article:*, JSON-LD, canonical link, time tags): its metadata,
     * and the article body its JSON-LD carries (null when none).
     */
    private record Declared(ArticleMetadata metadata, String articleBody) {
    }

    private Declared declared(Document doc) {
        // the tags that declare metadata, collected in one pass: matching selectors against every element costs
        Elements metas = new Elements();
        Elements links = new Elements();
        Elements scripts = new Elements();
        Elements times = new Elements();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e) {
                switch (e.normalName()) {
                    case "meta" -> metas.add(e);
                    case "link" -> links.add(e);
                    case "script" -> scripts.add(e);
                    case "time" -> times.add(e);
                    default -> {
                    }
                }
            }
        }, doc);
        String title = meta(doc, metas, META_TITLE);
        String published = meta(doc, metas, META_PUBLISHED);
        String source = meta(doc, metas, META_SOURCE);
        Element canonical = first(doc, links, CANONICAL);
        String url = canonical != null ? canonical.absUrl("href") : null;
        if (url == null || url.isEmpty()) {
            url = meta(doc, metas, META_URL);
        }
        String articleBody = null;
        for (Element script : scripts) {
            if (!JSON_LD.matches(doc, script)) {
                continue;
            }
            JsonNode article = linkedArticle(script.data());
            if (article != null) {
                articleBody = textOf(article.get("articleBody"));
                published = published != null ? published : textOf(article.get("datePublished"));
                title = title != null ? title : textOf(article.get("headline"));
                JsonNode publisher = article.get("publisher");
                source = source != null ? source : publisher == null ? null
                        : publisher.isTextual() ? publisher.asText() : textOf(publisher.get("name"));
                break;
            }
        }
        if (published == null) {
            Element time = first(doc, times, TIME);
            published = time != null ? time.attr("datetime") : null;
        }
        if (title == null) {
            String t = doc.title().strip();
            // "Headline | Outlet" and "Headline - Outlet": the outlet is not part of the headline.
            title = t.isEmpty() ? null : headlineOfTitle(t);
        }
        return new Declared(new ArticleMetadata(blankToNull(title), dates.detected(published), blankToNull(source),
                blankToNull(url), null), articleBody);
    }

    /**
     * "Headline | Section | Outlet", "Outlet :: Headline": the part with the most words is the headline (the outlet's
     * name and its sections are short).
     */
    static String headlineOfTitle(String title) {
        String[] parts = TITLE_SEPARATOR.split(title);
        String best = parts[0];
        for (String part : parts) {
            if (words(part) > words(best)) {
                best = part;
            }
        }
        return best.strip();
    }

    private static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = !Character.isWhitespace(s.charAt(i));
            n += letter && !in ? 1 : 0;
            in = letter;
        }
        return n;
    }

    /** The first JSON-LD object that has a datePublished, looking inside arrays and @graph. */
    private static JsonNode linkedArticle(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (Exception malformed) {
            return null; // a broken JSON-LD block is the page's problem, not a reason to refuse the article
        }
        List<JsonNode> queue = new ArrayList<>();
        queue.add(root);
        for (int i = 0; i < queue.size() && i < 200; i++) {
            JsonNode node = queue.get(i);
            if (node == null) {
                continue;
            }
            if (node.isArray()) {
                node.forEach(queue::add);
            } else if (node.isObject()) {
                if (node.hasNonNull("datePublished") || node.hasNonNull("headline")) {
                    return node;
                }
                if (node.has("@graph")) {
                    queue.add(node.get("@graph"));
                }
            }
        }
        return null;
    }

    private static String textOf(JsonNode node) {
        return node != null && node.isValueNode() ? node.asText() : null;
    }

    private static String meta(Document doc, Elements metas, Evaluator query) {
        for (Element m : metas) {
            if (query.matches(doc, m)) {
                String content = m.attr("content").strip();
                if (!content.isEmpty()) {
                    return content;
                }
            }
        }
        return null;
    }

    private static Element first(Document doc, Elements candidates, Evaluator query) {
        for (Element e : candidates) {
            if (query.matches(doc, e)) {
                return e;
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * Removes what is never the article: scripts, players, controls and navigation; hidden elements (the
     * {@code hidden} attribute, {@code display:none}, {@code visibility:hidden}, {@code aria-hidden}, text only screen
     * readers get); and, with {@code STRIP_UNLIKELY}, furniture by its class or id words (Readability's unlikely
     * candidates) and its ARIA role. Top-down, skipping what is already dropped and what is nested beyond reason,
     * so hostile nesting stays linear.
     */
    private List<Element> prepare(Element body, int flags) {
        if (body == null) {
            return List.of();
        }
        removeAll(notContent(body));
        boolean strip = (flags & STRIP_UNLIKELY) != 0;
        List<Element> doomed = new ArrayList<>();
        List<Element> stripped = new ArrayList<>();
        boolean[] tableOrCode = new boolean[MAX_DEPTH + 2];
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (depth > MAX_DEPTH) {
                    return FilterResult.SKIP_CHILDREN;
                }
                if (!(node instanceof Element el)) {
                    return FilterResult.CONTINUE;
                }
                String tag = el.normalName();
                tableOrCode[depth] = depth > 0 && tableOrCode[depth - 1] || tag.equals("table") || tag.equals("code")
                        || tag.equals("pre");
                if (depth == 0) {
                    return FilterResult.CONTINUE;
                }
                int kinds = classes.of(el);
                boolean unlikely = strip && !tableOrCode[depth] && !tag.equals("a") && unlikely(el, kinds);
                if (unlikely || hidden(el) || (kinds & ClassWords.INVISIBLE) != 0 && el.text().length() < MAX_BYLINE
                        || tag.equals("header") && el.selectFirst(H1) == null && paragraphText(el, KEEP) < KEEP) {
                    doomed.add(el);
                    if (unlikely) {
                        stripped.add(el);
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        removeAll(doomed);
        return stripped;
    }

    /** The elements that are never the article's text, outermost only. */
    private static List<Element> notContent(Element body) {
        List<Element> found = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element el && NOT_CONTENT.contains(el.normalName())) {
                    found.add(el);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return node instanceof Element ? FilterResult.CONTINUE : FilterResult.SKIP_ENTIRELY;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        return found;
    }

    /**
     * Removes elements, rebuilding each parent's children once: removing one child reindexes its siblings, so
     * removing thousands of siblings one by one would be quadratic.
     */
    static void removeAll(List<Element> doomed) {
        if (doomed.size() < 16) {
            doomed.forEach(Element::remove);
            return;
        }
        Set<Node> gone = Collections.newSetFromMap(new IdentityHashMap<>());
        gone.addAll(doomed);
        Set<Element> parents = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element el : doomed) {
            if (el.parent() != null) {
                parents.add(el.parent());
            }
        }
        for (Element parent : parents) {
            List<Node> kept = new ArrayList<>(parent.childNodeSize());
            for (Node child : parent.childNodes()) {
                if (!gone.contains(child)) {
                    kept.add(child);
                }
            }
            parent.empty();
            parent.appendChildren(kept);
        }
    }

    private static boolean unlikely(Element el, int kinds) {
        if ((kinds & ClassWords.MAYBE) == 0 && ((kinds & ClassWords.UNLIKELY) != 0 && !headlineWrapper(el)
                || (kinds & ClassWords.OVERLAY) != 0 && paragraphText(el, KEEP) < KEEP)) {
            return true;
        }
        return UNLIKELY_ROLES.contains(el.attr("role"));
    }

    /** "story-header", "entry-header": a short block around the h1 is the article's header, not the page's. */
    private static boolean headlineWrapper(Element el) {
        return el.selectFirst(H1) != null && el.text().length() < MAX_HEADER;
    }

    /** Hidden from readers: not shown, or shown only to machines. A modal's aria-hidden page behind it is spared. */
    private static boolean hidden(Element el) {
        if (el.hasAttr("hidden")) {
            return true;
        }
        String style = el.attr("style");
        if (!style.isEmpty() && hiddenStyle(style)) {
            return true;
        }
        if (el.attr("aria-modal").equals("true") && el.attr("role").equals("dialog")) {
            return true;
        }
        return el.attr("aria-hidden").equals("true") && !el.className().contains("fallback-image")
                && paragraphText(el, KEEP) < KEEP;
    }

    /** {@code display:none} or {@code visibility:hidden} in an inline style, whatever the spacing and case. */
    static boolean hiddenStyle(String style) {
        String s = style.toLowerCase(Locale.ROOT);
        for (String property : new String[] { "display", "visibility" }) {
            for (int at = s.indexOf(property); at >= 0; at = s.indexOf(property, at + 1)) {
                if (at > 0 && (Character.isLetterOrDigit(s.charAt(at - 1)) || s.charAt(at - 1) == '-')) {
                    continue; // "text-display", "-webkit-…"
                }
                int i = at + property.length();
                while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                if (i >= s.length() || s.charAt(i) != ':') {
                    continue;
                }
                i++;
                while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                String value = property.equals("display") ? "none" : "hidden";
                int end = i + value.length();
                if (s.startsWith(value, i) && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end))
                        && s.charAt(end) != '-' && s.charAt(end) != '_')) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The length of the paragraph text under {@code el}, counted up to {@code limit}. */
    private static int paragraphText(Element el, int limit) {
        int[] n = { 0 };
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element p && p.normalName().equals("p")) {
                    n[0] += p.text().length();
                    return n[0] >= limit ? FilterResult.STOP : FilterResult.SKIP_CHILDREN;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, el);
        return n[0];
    }

    /**
     * What Readability's clean-up drops inside the chosen article: headings and blocks whose class says furniture,
     * short share bars, and (with {@code CLEAN_CONDITIONALLY}) blocks that read as furniture by their counts — more
     * links than text, more list items than paragraphs, images without text, forms. Judged bottom-up, each block
     * without what was already dropped inside it. Data tables, code and what sits in a figure are kept.
     */
    private Set<Element> dropped(ArticleSelection selection, PageStats first, int flags, int[] effects) {
        Set<Element> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean weigh = (flags & WEIGH_CLASSES) != 0;
        boolean conditionally = (flags & CLEAN_CONDITIONALLY) != 0;
        boolean[] kept = first.within(id -> (first.table[id] & 1) != 0 || first.elements[id].normalName().equals("code")
                || first.elements[id].normalName().equals("pre"));
        boolean[] inFigure = first.within(id -> first.elements[id].normalName().equals("figure"));
        PageStats.Cleaner cleaner = (st, id) -> {
            Element el = st.elements[id];
            int f = first.id(el);
            if (f >= 0 && kept[f]) {
                return false;
            }
            String tag = el.normalName();
            int kinds = classes.of(el);
            if (st.text[id] <= MAX_BYLINE && ((kinds & (ClassWords.BYLINE | ClassWords.DATELINE)) != 0 || bylineChild(el))) {
                return false; // read as what it is (boilerplate, dateline), not dropped as a short block
            }
            int weight = weigh ? classes.weight(el) : 0;
            if (teaserHeading(st, id, tag) && !introduces(first, el.nextElementSibling())) {
                dropped.add(el);
                return false; // not read, but still counted: its links are what tells a teaser block apart
            }
            if (CLEANED.contains(tag) || tag.equals("main") || tag.equals("article")) {
                teaserCards(st, id, dropped);
            }
            if (CLEANED.contains(tag) && commentThread(st, id)) {
                dropped.add(el);
                return true;
            }
            boolean drop = (tag.equals("h1") || tag.equals("h2")) && weight < 0
                    || (kinds & ClassWords.SHARE) != 0 && st.text[id] < MAX_SHARE
                    || conditionally && CLEANED.contains(tag) && fishy(st, id, tag, weight, f >= 0 && inFigure[f]);
            if (drop) {
                dropped.add(el);
                effects[0] |= CLEAN_CONDITIONALLY | (weight != 0 ? WEIGH_CLASSES : 0);
            }
            return drop;
        };
        for (Element root : selection.chosen()) {
            PageStats.of(root, classes, weigh, cleaner);
        }
        return dropped;
    }

    /** A short block around an author's name or a date in an element of its own ("meta" around "author", "date"). */
    private boolean bylineChild(Element el) {
        for (Element child : el.children()) {
            if ((classes.of(child) & (ClassWords.BYLINE | ClassWords.DATELINE)) != 0 || child.normalName().equals("time")) {
                return true;
            }
        }
        return false;
    }

    /** Readability's clean-conditionally: counts that say a block is furniture, not the article. */
    private static boolean fishy(PageStats s, int id, String tag, int weight, boolean inFigure) {
        if (tag.equals("table") && (s.table[id] & 1) != 0) {
            return false;
        }
        if (weight < 0) {
            return true;
        }
        if ((tag.equals("ul") || tag.equals("ol")) && linkList(s, id)) {
            return true;
        }
        if (s.commas[id] >= 10) {
            return false;
        }
        int length = s.text[id];
        boolean list = tag.equals("ul") || tag.equals("ol") || length > 0 && s.listText[id] > 0.9 * length;
        int p = s.paragraphs[id];
        int img = s.images[id];
        int li = s.items[id] - 100;
        double headingDensity = length == 0 ? 0 : (double) s.headingText[id] / length;
        double linkDensity = s.linkDensity(id);
        boolean remove = img > 1 && (double) p / img < 0.5 && !inFigure
                || !list && li > p
                || s.inputs[id] > p / 3
                || !list && headingDensity < 0.9 && length < 25 && (img == 0 || img > 2) && !inFigure
                || !list && weight < 25 && linkDensity > 0.2
                || weight >= 25 && linkDensity > 0.5;
        if (list && remove) {
            // a list of images, one to an item, is a gallery of the article: kept
            Element el = s.elements[id];
            for (Element item : el.children()) {
                if (item.childrenSize() > 1) {
                    return true;
                }
            }
            return img != s.items[id];
        }
        return remove;
    }

    /** The heading a comment thread opens with, in the languages of the news Tarikh reads. */
    private static final java.util.regex.Pattern COMMENTS_HEADING = java.util.regex.Pattern.compile(
            "(?i)^(?:[\\d٠-٩]+\\s*)?(?:comments?|reader comments|responses?|replies|discussion|leave a (?:reply|comment)"
                    + "|join the (?:discussion|conversation)|commentaires?|comentarios?|kommentare|تعليقات?|التعليقات|تعليقا|أضف تعليقا?|اترك تعليقا)"
                    + "(?:\\s*[(\\d٠-٩)]*)?\\s*:?$");

    /**
     * A block that opens with a heading saying comments ("42 comments", "Leave a reply", "التعليقات") and holds more
     * than that heading: readers' comments under the article, whatever its class or id (often none that says so).
     */
    private static boolean commentThread(PageStats s, int id) {
        for (Element child : s.elements[id].children()) {
            int c = s.id(child);
            if (c < 0 || s.dropped[c] || s.text[c] == 0) {
                continue;
            }
            return PageStats.HEADINGS.contains(child.normalName()) && s.text[c] < s.text[id] && s.text[c] <= 40
                    && COMMENTS_HEADING.matcher(child.text().strip()).matches();
        }
        return false;
    }

    /** A teaser card is short: a linked headline and a line or two of summary. */
    private static final int MAX_CARD = 400;
    /** Small enough to look through for its headline. */
    private static final int MAX_CARD_ELEMENTS = 40;

    /**
     * A grid of teasers for other stories (three or more children, at least half of those with text, each a short
     * block led by a headline that is all link: "More from Business"): dropped, though each card's summary reads
     * like a paragraph.
     */
    private static void teaserCards(PageStats s, int id, Set<Element> dropped) {
        int withText = 0;
        List<Element> cards = null;
        for (Element child : s.elements[id].children()) {
            int c = s.id(child);
            if (c < 0 || s.dropped[c] || s.text[c] == 0) {
                continue;
            }
            withText++;
            if (s.text[c] > MAX_CARD || s.end[c] - c > MAX_CARD_ELEMENTS || PageStats.HEADINGS.contains(child.normalName())) {
                continue;
            }
            for (int d = c + 1; d < s.end[c]; d++) {
                if (teaserHeading(s, d, s.elements[d].normalName()) && s.text[d] < s.text[c]) {
                    if (cards == null) {
                        cards = new ArrayList<>();
                    }
                    cards.add(child);
                    break;
                }
            }
        }
        if (cards != null && cards.size() >= 3 && 2 * cards.size() >= withText) {
            dropped.addAll(cards);
        }
    }

    /** A subheading that is all link is the title of another story (a teaser), not a section of this one. */
    private static boolean teaserHeading(PageStats s, int id, String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '2' && tag.charAt(1) <= '6'
                && s.text[id] > 0 && s.link10[id] >= s.text[id] * 9;
    }

    /** A linked heading over a paragraph of its own is a section title (a listicle's item), not a teaser. */
    private static boolean introduces(PageStats first, Element next) {
        for (int k = 0; next != null && k < 3; k++, next = next.nextElementSibling()) {
            int id = first.id(next);
            if (id >= 0 && first.text[id] > 0) {
                return first.text[id] >= 100 && first.linkDensity(id) < 0.5;
            }
        }
        return false;
    }

    /** A list whose every item is a link (other stories, tags, sections): what the article links to, not what it says. */
    private static boolean linkList(PageStats s, int id) {
        int items = 0;
        for (Element li : s.elements[id].children()) {
            int c = s.id(li);
            if (c < 0 || s.dropped[c] || s.text[c] == 0) {
                continue;
            }
            if (s.link10[c] < s.text[c] * 8) {
                return false;
            }
            items++;
        }
        return items > 0;
    }

    /** Turns the chosen part of the page into blocks: what each block is, without what the clean-up dropped. */
    private final class Extraction {
        final Blocks blocks = new Blocks();
        private final PageStats stats;
        private final Set<Element> dropped;

        /** The article's headline element (an h1, or the h2 that says what the title says), or null. */
        private final Element headline;

        Extraction(PageStats stats, Set<Element> dropped, Element headline) {
            this.stats = stats;
            this.dropped = dropped;
            this.headline = headline;
        }

        /** The chosen children of the top candidate's parent, and the parent's own text runs that read as paragraphs. */
        void walkChosen(ArticleSelection selection, Element h1) {
            int runLength = 0;
            int runLink10 = 0;
            for (Node child : selection.parent().childNodes()) {
                if (child instanceof TextNode t) {
                    blocks.inline(t.text());
                    runLength += t.isBlank() ? 0 : t.text().strip().length() + 1;
                    continue;
                }
                if (!(child instanceof Element c)) {
                    continue;
                }
                int id = stats.id(c);
                if (id >= 0 && !PageStats.BLOCK.contains(c.normalName()) && stats.blocks[id] == 0) {
                    if (!dropped.contains(c)) {
                        inline(c, 0);
                        runLength += stats.text[id];
                        runLink10 += stats.link10[id];
                    }
                    continue;
                }
                endRun(runLength, runLink10);
                runLength = 0;
                runLink10 = 0;
                if (selection.chosen().contains(c)) {
                    element(c, null, 0);
                    blocks.flush(null);
                } else {
                    harvest(c, h1, 0);
                }
            }
            endRun(runLength, runLink10);
        }

        /**
         * The region around the chosen part: inside it, the article; beside it, only the headline, figures with their
         * captions, and bylines and dates, each what it is.
         */
        void walkRegion(Element el, ArticleSelection selection, Element h1, Set<Element> path, int depth) {
            for (Element c : el.children()) {
                if (c == selection.parent()) {
                    blocks.flush(null);
                    walkChosen(selection, h1);
                    blocks.flush(null);
                } else if (path.contains(c)) {
                    walkRegion(c, selection, h1, path, depth + 1);
                } else {
                    harvest(c, h1, depth + 1);
                }
            }
        }

        private void harvest(Element c, Element h1, int depth) {
            if (dropped.contains(c) || depth > MAX_DEPTH) {
                return;
            }
            String tag = c.normalName();
            SegmentKind hint = c == h1 ? SegmentKind.HEADLINE : tag.equals("time") ? SegmentKind.BOILERPLATE : hint(c, null);
            if (hint == SegmentKind.HEADLINE && c != h1) {
                return; // another h1: not this article's
            }
            if (hint == SegmentKind.HEADLINE || hint == SegmentKind.CAPTION || hint == SegmentKind.BOILERPLATE
                    || hint == SegmentKind.DATELINE) {
                blocks.flush(null);
                element(c, null, depth);
                blocks.flush(hint);
                return;
            }
            for (Element child : c.children()) {
                harvest(child, h1, depth + 1);
            }
        }

        private void endRun(int length, int link10) {
            String run = blocks.pending.toString();
            double density = length == 0 ? 0 : link10 / 10.0 / length;
            if (!run.isBlank() && (length > 80 ? density < 0.25 : density == 0 && ArticleSelection.sentence(run.strip()))) {
                blocks.flush(null);
            } else {
                blocks.clear();
            }
        }

        void walk(Element el, SegmentKind context, int depth) {
            if (depth > MAX_DEPTH) {
                // Pathologically deep markup (hostile or broken): its text as one block, without recursing further.
                blocks.flush(context);
                blocks.add(el.text(), context);
                return;
            }
            for (Node child : el.childNodes()) {
                if (child instanceof TextNode t) {
                    blocks.inline(t.text());
                } else if (child instanceof Element c) {
                    element(c, context, depth);
                }
            }
        }

        private void element(Element c, SegmentKind context, int depth) {
            if (dropped.contains(c)) {
                return;
            }
            String tag = c.normalName();
            if (tag.equals("br")) {
                blocks.inline("\n");
            } else if (tag.equals("img")) {
                return;
            } else if (tag.equals("time") && blocks.pending.toString().isBlank()) {
                // A date stamp standing on its own is page furniture; a <time> inside a sentence is text.
                blocks.clear();
                blocks.add(text(c), SegmentKind.BOILERPLATE);
            } else if (BLOCKS.contains(tag) && !hasBlocks(c)) {
                blocks.flush(context);
                blocks.flush(hint(c, context), () -> inline(c, 0));
            } else if (BLOCKS.contains(tag) || CONTAINERS.contains(tag) || hasBlocks(c)) {
                SegmentKind hint = hint(c, context);
                blocks.flush(context);
                walk(c, hint, depth + 1);
                blocks.flush(hint);
            } else {
                inline(c, depth + 1);
            }
        }

        /** Whether an element holds blocks: a custom element or a span around paragraphs is a container. */
        private boolean hasBlocks(Element el) {
            int id = stats.id(el);
            return id >= 0 ? stats.blocks[id] > 0 : el.childrenSize() > 0 && hasBlockChildren(el);
        }

        private void inline(Element el, int depth) {
            if (depth > MAX_DEPTH) {
                blocks.inline(el.text());
                return;
            }
            String tag = el.normalName();
            boolean bold = tag.equals("b") || tag.equals("strong");
            if (bold) {
                blocks.pending.append(BOLD_OPEN);
            }
            // an author's name or a date in a span of its own: a line of only such spans is a byline
            boolean byline = (classes.of(el) & (ClassWords.BYLINE | ClassWords.DATELINE)) != 0
                    || tag.equals("time") || el.attr("rel").equals("author") || el.attr("itemprop").contains("author");
            blocks.bylines += byline ? 1 : 0;
            inlineChildren(el, depth);
            blocks.bylines -= byline ? 1 : 0;
            if (bold) {
                blocks.pending.append(BOLD_CLOSE);
            }
        }

        private void inlineChildren(Element el, int depth) {
            for (Node child : el.childNodes()) {
                if (child instanceof TextNode t) {
                    blocks.inline(t.text());
                } else if (child instanceof Element c && !dropped.contains(c)) {
                    if (c.normalName().equals("br")) {
                        blocks.inline("\n");
                    } else {
                        inline(c, depth + 1);
                    }
                }
            }
        }


        /** What a block's tag and class say it is; inside a figure everything is caption or credit. */
        private SegmentKind hint(Element el, SegmentKind context) {
            String tag = el.normalName();
            if (tag.equals("figcaption") || tag.equals("figure") || context == SegmentKind.CAPTION) {
                return SegmentKind.CAPTION;
            }
            if (el == headline) {
                return SegmentKind.HEADLINE;
            }
            int id = stats.id(el);
            int length = id >= 0 ? stats.text[id] : el.text().length();
            int kinds = classes.of(el);
            if ((kinds & ClassWords.DATELINE) != 0 && length <= MAX_BYLINE) {
                return SegmentKind.DATELINE;
            }
            if (tag.equals("address") || length <= MAX_BYLINE && ((kinds & ClassWords.BYLINE) != 0
                    || el.attr("rel").equals("author") || el.attr("itemprop").contains("author") || !hasBlocks(el) && dateLine(el))) {
                return SegmentKind.BOILERPLATE;
            }
            if ((kinds & ClassWords.CAPTION) != 0 && length <= MAX_CAPTION) {
                return SegmentKind.CAPTION;
            }
            if (context == SegmentKind.BOILERPLATE) {
                return SegmentKind.BOILERPLATE;
            }
            switch (tag) {
                case "h1":
                    return SegmentKind.HEADLINE;
                case "h2", "h3", "h4", "h5", "h6":
                    return SegmentKind.SUBHEADING;
                case "p":
                    return boldOnly(el) ? SegmentKind.SUBHEADING : null;
                default:
                    return null;
            }
        }
    }

    /** A short line around a {@code <time>} that is no sentence: "By Sara Haddad · March 11, 2024 · Updated 2 hours ago". */
    private static boolean dateLine(Element el) {
        if (el.selectFirst(TIME_TAG) == null) {
            return false;
        }
        String text = el.text().strip();
        return !text.isEmpty() && !Punctuation.terminal(text.charAt(text.length() - 1));
    }

    private static boolean hasBlockChildren(Element el) {
        for (Element c : el.children()) {
            String tag = c.normalName();
            if (BLOCKS.contains(tag) || CONTAINERS.contains(tag)) {
                return true;
            }
        }
        return false;
    }

    /** "<p><strong>Subheading</strong></p>": a short paragraph that is all bold is a subheading. */
    private static boolean boldOnly(Element p) {
        String all = p.text().strip();
        if (all.isEmpty() || all.length() > 100 || Punctuation.sentenceEnd(all.charAt(all.length() - 1))) {
            return false;
        }
        Element bold = null;
        for (Element child : p.children()) {
            String tag = child.normalName();
            if (!(tag.equals("strong") || tag.equals("b")) || bold != null) {
                return false;
            }
            bold = child;
        }
        return bold != null && bold.text().strip().equals(all);
    }

    /** The text of a block with its whitespace collapsed and its <br> line breaks kept. */
    private static String text(Element el) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                out.append(t.text());
            } else if (node instanceof Element e && e.normalName().equals("br")) {
                out.append('\n');
            }
        }, el);
        return out.toString();
    }

    /** The article text as it is built: blocks separated by blank lines, each line of a block a unit. */
    private static final class Blocks {
        final StringBuilder text = new StringBuilder();
        final List<Unit> units = new ArrayList<>();
        final StringBuilder pending = new StringBuilder();
        /** How many byline or date elements the pending text is inside now. */
        int bylines;
        /** Letters and digits of the pending text inside and outside byline or date elements. */
        private int bylineLetters;
        private int otherLetters;

        void inline(String s) {
            if (s.indexOf(BOLD_OPEN) >= 0 || s.indexOf(BOLD_CLOSE) >= 0) {
                s = s.replace(BOLD_OPEN, ' ').replace(BOLD_CLOSE, ' ');
            }
            pending.append(s);
            if (bylines > 0) {
                bylineLetters += letters(s);
            } else if (otherLetters == 0) {
                otherLetters = letters(s); // only whether any text is outside a byline matters
            }
        }

        private static int letters(String s) {
            int n = 0;
            for (int i = 0; i < s.length(); i++) {
                n += Character.isLetterOrDigit(s.charAt(i)) ? 1 : 0;
            }
            return n;
        }

        void clear() {
            pending.setLength(0);
            bylineLetters = 0;
            otherLetters = 0;
        }

        void flush(SegmentKind hint) {
            if (pending.length() > 0) {
                String block = pending.toString();
                SegmentKind kind = hint == null && bylineLetters > 0 && otherLetters == 0 && block.length() <= MAX_BYLINE
                        ? SegmentKind.BOILERPLATE : hint;
                clear();
                add(block, kind);
            }
        }

        /** Reads one block on its own with {@code read}, and adds it with {@code hint}; what was pending is kept. */
        void flush(SegmentKind hint, Runnable read) {
            String saved = pending.toString();
            int savedByline = bylineLetters;
            int savedOther = otherLetters;
            clear();
            read.run();
            flush(hint);
            pending.append(saved);
            bylineLetters = savedByline;
            otherLetters = savedOther;
        }

        void add(String block, SegmentKind hint) {
            boolean first = true;
            for (Iterator<String> lines = block.lines().iterator(); lines.hasNext();) {
                String raw = lines.next();
                boolean bold = allBold(raw);
                String line = CanonicalText.of(collapse(unmarked(raw)));
                if (line.isEmpty()) {
                    continue;
                }
                SegmentKind kind = hint == null && bold && subheadingShape(line) ? SegmentKind.SUBHEADING : hint;
                if (text.length() > 0) {
                    text.append(first ? "\n\n" : "\n");
                }
                first = false;
                int start = text.length();
                text.append(line);
                units.add(new Unit(start, text.length(), kind));
            }
        }

        /**
         * A page without an h1 whose article opens with its headline in large or bold type ("<font size=5><b>"), a
         * short line that says what the page's title says: that line is the headline, in place of the title's.
         */
        void headlineInText() {
            if (units.size() < 2 || units.get(0).hint() != SegmentKind.HEADLINE) {
                return;
            }
            String title = text.substring(units.get(0).start(), units.get(0).end());
            for (int k = 1; k < Math.min(units.size(), 5); k++) {
                Unit u = units.get(k);
                if (u.hint() == SegmentKind.BOILERPLATE || u.hint() == SegmentKind.CAPTION) {
                    continue;
                }
                String line = text.substring(u.start(), u.end());
                if ((u.hint() == SegmentKind.SUBHEADING || u.hint() == null && subheadingShape(line))
                        && u.length() <= MAX_HEADLINE && sameHeadline(title, line)) {
                    List<Unit> old = new ArrayList<>(units);
                    String all = text.toString();
                    text.setLength(0);
                    units.clear();
                    for (int i = 1; i < old.size(); i++) {
                        Unit o = old.get(i);
                        add(all.substring(o.start(), o.end()), i == k ? SegmentKind.HEADLINE : o.hint());
                    }
                }
                return;
            }
        }

        /** Whether every letter of the line is inside bold markup (a line of its own in bold is a subheading). */
        private static boolean allBold(String line) {
            if (line.indexOf(BOLD_OPEN) < 0) {
                return false;
            }
            int depth = 0;
            boolean letters = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == BOLD_OPEN) {
                    depth++;
                } else if (c == BOLD_CLOSE) {
                    depth = Math.max(0, depth - 1);
                } else if (Character.isLetterOrDigit(c)) {
                    if (depth == 0) {
                        return false;
                    }
                    letters = true;
                }
            }
            return letters;
        }

        private static String unmarked(String s) {
            if (s.indexOf(BOLD_OPEN) < 0 && s.indexOf(BOLD_CLOSE) < 0) {
                return s;
            }
            StringBuilder out = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c != BOLD_OPEN && c != BOLD_CLOSE) {
                    out.append(c);
                }
            }
            return out.toString();
        }

        /** Short, and not a sentence: "خسائر زراعية", "What happens next?". */
        private static boolean subheadingShape(String line) {
            if (line.length() > 100) {
                return false;
            }
            char last = line.charAt(line.length() - 1);
            return !(Punctuation.terminal(last) && last != '?' && last != '\u061F') && last != ':' && last != ',';
        }

        /** Runs of whitespace (also no-break spaces) become one space; invisible marks at the ends go. */
        private static String collapse(String s) {
            StringBuilder out = new StringBuilder(s.length());
            boolean space = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (CanonicalText.blank(c) && !(CanonicalText.invisible(c) && out.length() > 0)) {
                    space = out.length() > 0;
                } else {
                    if (space) {
                        out.append(' ');
                        space = false;
                    }
                    out.append(c);
                }
            }
            int e = out.length();
            while (e > 0 && CanonicalText.blank(out.charAt(e - 1))) {
                e--;
            }
            return out.substring(0, e);
        }
    }
}
