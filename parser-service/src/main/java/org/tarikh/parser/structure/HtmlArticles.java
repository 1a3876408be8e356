package org.tarikh.parser.structure;

import java.util.ArrayList;
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
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a news page: metadata from its meta tags and JSON-LD, the article from its main container, with
 * scripts, navigation, ads, share widgets and related-story boxes dropped. Blocks become units of an article
 * text, each with what its tag says it is (h1 headline, h2–h6 subheading, figure and figcaption caption).
 */
public final class HtmlArticles {

    /** What a page yields: the article text, its units, and the metadata the page declares. */
    record Page(String text, List<Unit> units, ArticleMetadata detected) {
    }

    /** Class and id words of page furniture, matched as whole words of "ad-slot", "share_tools", "related". */
    private static final Set<String> FURNITURE = Set.of("ad", "ads", "advert", "adverts", "advertisement",
            "advertising", "adslot", "dfp", "gpt", "promo", "promotion", "sponsored", "sponsor", "share", "sharing",
            "sharetools", "social", "related", "recommended", "recommendations", "newsletter", "subscribe",
            "subscription", "comments", "comment", "breadcrumb", "breadcrumbs", "cookie", "cookies", "consent",
            "paywall", "outbrain", "taboola", "popup", "modal", "toolbar", "menu", "sidebar", "widget", "nav",
            "navigation", "footer", "masthead", "tags", "topics", "more", "readmore", "mostread", "trending", "print");
    private static final Set<String> BYLINE = Set.of("byline", "author", "authors", "contributor", "contributors",
            "date", "timestamp", "published", "updated", "publish", "time");
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "li", "dt",
            "dd", "pre", "blockquote", "td", "th", "caption", "address", "summary");
    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "header", "figure",
            "ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "tr", "picture", "details", "center", "hgroup",
            "body", "html", "form", "fieldset");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Real pages nest a few dozen levels; deeper markup is read flat rather than recursed into. */
    private static final int MAX_DEPTH = 200;
    /** Furniture classes never remove this much paragraph text: that is the article, whatever its class says. */
    private static final int KEEP = 400;
    private static final Set<String> SPARED = Set.of("html", "body", "main", "article");

    private final PublicationDates dates;

    public HtmlArticles(PublicationDates dates) {
        this.dates = dates;
    }

    Page read(String html) {
        Document doc = Jsoup.parse(html);
        ArticleMetadata declared = declared(doc);
        doc.select("script, style, noscript, template, iframe, svg, canvas, object, embed, video, audio, button, input,"
                + " select, textarea, nav, aside, footer, [role=navigation], [role=complementary], [role=contentinfo],"
                + " [hidden], [aria-hidden=true]").remove();
        removeFurniture(doc.body());
        Element h1 = firstOf(doc, "article h1", "main h1", "h1");
        Element container = container(doc);
        Blocks blocks = new Blocks();
        String title = declared.title();
        boolean headlineInside = h1 != null && (h1 == container || h1.parents().contains(container));
        if (h1 != null && !headlineInside) {
            blocks.add(text(h1), SegmentKind.HEADLINE);
        } else if (h1 == null && title != null) {
            blocks.add(title, SegmentKind.HEADLINE);
        }
        walk(container, null, blocks, 0);
        blocks.flush(null);
        String headline = h1 != null ? text(h1).strip() : null;
        var detected = new ArticleMetadata(headline != null && !headline.isEmpty() ? headline : title,
                declared.publishedAt(), declared.source(), declared.url(), null);
        return new Page(blocks.text.toString(), blocks.units, detected);
    }

    private static Element firstOf(Document doc, String... queries) {
        for (String q : queries) {
            Element found = doc.selectFirst(q);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Metadata the page declares for machines: Open Graph, article:*, JSON-LD, canonical link, time tags. */
    private ArticleMetadata declared(Document doc) {
        String title = meta(doc, "meta[property=og:title], meta[name=twitter:title]");
        String published = meta(doc, "meta[property=article:published_time], meta[itemprop=datePublished],"
                + " meta[name=pubdate], meta[name=publishdate], meta[name=publish-date], meta[name=date],"
                + " meta[name=DC.date.issued], meta[name=dc.date], meta[name=parsely-pub-date], meta[name=sailthru.date]");
        String source = meta(doc, "meta[property=og:site_name], meta[name=application-name]");
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        String url = canonical != null ? canonical.absUrl("href") : null;
        if (url == null || url.isEmpty()) {
            url = meta(doc, "meta[property=og:url]");
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode article = linkedArticle(script.data());
            if (article != null) {
                published = published != null ? published : textOf(article.get("datePublished"));
                title = title != null ? title : textOf(article.get("headline"));
                JsonNode publisher = article.get("publisher");
                source = source != null ? source : publisher == null ? null
                        : publisher.isTextual() ? publisher.asText() : textOf(publisher.get("name"));
                break;
            }
        }
        if (published == null) {
            Element time = doc.selectFirst("article time[datetime], time[pubdate][datetime], time[itemprop=datePublished],"
                    + " time[datetime]");
            published = time != null ? time.attr("datetime") : null;
        }
        if (title == null) {
            String t = doc.title().strip();
            // "Headline | Outlet" and "Headline - Outlet": the outlet is not part of the headline.
            int bar = Math.max(t.lastIndexOf(" | "), t.lastIndexOf(" - "));
            title = t.isEmpty() ? null : bar > 0 ? t.substring(0, bar).strip() : t;
        }
        return new ArticleMetadata(blankToNull(title), dates.detected(published), blankToNull(source),
                blankToNull(url), null);
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

    private static String meta(Document doc, String query) {
        for (Element m : doc.select(query)) {
            String content = m.attr("content").strip();
            if (!content.isEmpty()) {
                return content;
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * Drops furniture by its class or id words, sparing anything that holds the article's paragraphs. Top-down,
     * skipping what is already dropped and what is nested beyond reason, so hostile nesting stays linear.
     */
    private static void removeFurniture(Element root) {
        if (root == null) {
            return;
        }
        List<Element> doomed = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (depth > MAX_DEPTH) {
                    return FilterResult.SKIP_CHILDREN;
                }
                if (node instanceof Element el && !SPARED.contains(el.normalName()) && (furniture(el) || linkList(el))
                        && paragraphText(el, KEEP) < KEEP) {
                    doomed.add(el);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
        doomed.forEach(Element::remove);
    }

    private static boolean furniture(Element el) {
        return hasWord(el.className(), FURNITURE) || hasWord(el.id(), FURNITURE)
                || el.normalName().equals("header") && el.selectFirst("h1") == null;
    }

    /** A list whose every item is a link is a list of other stories, not part of this one. */
    private static boolean linkList(Element el) {
        String tag = el.normalName();
        if (!tag.equals("ul") && !tag.equals("ol")) {
            return false;
        }
        Elements items = el.children();
        if (items.isEmpty()) {
            return false;
        }
        for (Element li : items) {
            String all = li.text().strip();
            StringBuilder linked = new StringBuilder();
            for (Element a : li.getElementsByTag("a")) {
                linked.append(a.text().strip());
            }
            if (all.isEmpty() || linked.length() < all.replace(" ", "").length() * 8 / 10) {
                return false;
            }
        }
        return true;
    }

    static boolean hasWord(String attribute, Set<String> words) {
        if (attribute.isEmpty()) {
            return false;
        }
        for (String w : attribute.toLowerCase(Locale.ROOT).split("[\\s_\\-]+")) {
            if (words.contains(w)) {
                return true;
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

    /** The element that holds the article: the candidate with the most paragraph text. */
    private static Element container(Document doc) {
        Element best = null;
        int bestScore = 0;
        Elements candidates = doc.select("article, [itemprop=articleBody], main, [role=main]");
        // A page has a handful of these; more is hostile nesting, and the first ones are the outer ones.
        for (Element candidate : candidates.subList(0, Math.min(candidates.size(), 20))) {
            int score = paragraphText(candidate, Integer.MAX_VALUE);
            // An <article> that holds the body also holds its headline and figures: prefer it at a near tie.
            if (candidate.normalName().equals("article")) {
                score = score * 11 / 10;
            }
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        if (best != null) {
            return best;
        }
        // No semantic container: the parent of the most paragraph text.
        java.util.Map<Element, Integer> parents = new java.util.HashMap<>();
        for (Element p : doc.getElementsByTag("p")) {
            Element parent = p.parent();
            if (parent != null) {
                parents.merge(parent, p.text().length(), Integer::sum);
            }
        }
        for (var e : parents.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        return best != null ? best : doc.body();
    }

    private void walk(Element el, SegmentKind context, Blocks blocks, int depth) {
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
                String tag = c.normalName();
                if (tag.equals("br")) {
                    blocks.inline("\n");
                } else if (tag.equals("img")) {
                    continue;
                } else if (tag.equals("time") && blocks.pending.toString().isBlank()) {
                    // A date stamp standing on its own is page furniture; a <time> inside a sentence is text.
                    blocks.pending.setLength(0);
                    blocks.add(text(c), SegmentKind.BOILERPLATE);
                } else if (BLOCKS.contains(tag) && !hasBlockChildren(c)) {
                    blocks.flush(context);
                    blocks.add(text(c), hint(c, context));
                } else if (BLOCKS.contains(tag) || CONTAINERS.contains(tag)) {
                    blocks.flush(context);
                    walk(c, hint(c, context), blocks, depth + 1);
                    blocks.flush(hint(c, context));
                } else {
                    walkInline(c, blocks, depth + 1);
                }
            }
        }
    }

    private static void walkInline(Element el, Blocks blocks, int depth) {
        if (depth > MAX_DEPTH) {
            blocks.inline(el.text());
            return;
        }
        for (Node child : el.childNodes()) {
            if (child instanceof TextNode t) {
                blocks.inline(t.text());
            } else if (child instanceof Element c) {
                if (c.normalName().equals("br")) {
                    blocks.inline("\n");
                } else {
                    walkInline(c, blocks, depth + 1);
                }
            }
        }
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

    /** What a tag says a block is; inside a figure everything is caption or credit. */
    private static SegmentKind hint(Element el, SegmentKind context) {
        String tag = el.normalName();
        if (tag.equals("figcaption") || tag.equals("figure") || context == SegmentKind.CAPTION) {
            return SegmentKind.CAPTION;
        }
        if (hasWord(el.className(), Set.of("dateline"))) {
            return SegmentKind.DATELINE;
        }
        if (hasWord(el.className(), BYLINE) || hasWord(el.id(), BYLINE) || tag.equals("address")) {
            return SegmentKind.BOILERPLATE;
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

    /** "<p><strong>Subheading</strong></p>": a short paragraph that is all bold is a subheading. */
    private static boolean boldOnly(Element p) {
        String all = p.text().strip();
        if (all.isEmpty() || all.length() > 100 || Punctuation.sentenceEnd(all.charAt(all.length() - 1))) {
            return false;
        }
        Elements bold = p.select("> strong, > b");
        return bold.size() == 1 && bold.first().text().strip().equals(all);
    }

    /** The text of a block with its whitespace collapsed and its <br> line breaks kept. */
    private static String text(Element el) {
        Blocks collector = new Blocks();
        walkInline(el, collector, 0);
        return collector.pending.toString();
    }

    /** The article text as it is built: blocks separated by blank lines, each line of a block a unit. */
    private static final class Blocks {
        final StringBuilder text = new StringBuilder();
        final List<Unit> units = new ArrayList<>();
        final StringBuilder pending = new StringBuilder();

        void inline(String s) {
            pending.append(s);
        }

        void flush(SegmentKind hint) {
            if (pending.length() > 0) {
                String block = pending.toString();
                pending.setLength(0);
                add(block, hint);
            }
        }

        void add(String block, SegmentKind hint) {
            boolean first = true;
            for (Iterator<String> lines = block.lines().iterator(); lines.hasNext();) {
                String line = CanonicalText.of(collapse(lines.next()));
                if (line.isEmpty()) {
                    continue;
                }
                if (text.length() > 0) {
                    text.append(first ? "\n\n" : "\n");
                }
                first = false;
                int start = text.length();
                text.append(line);
                units.add(new Unit(start, text.length(), hint));
            }
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
