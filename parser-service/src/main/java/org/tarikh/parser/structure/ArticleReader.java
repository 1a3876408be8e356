package org.tarikh.parser.structure;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads an article — plain text or an HTML page — into typed segments with their sentences and languages.
 * Thread-safe; build one and share it.
 */
public final class ArticleReader {

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*");
    private static final int MAX_METADATA = 2000;

    private final StructureRules rules;
    private final PublicationDates dates;
    private final HtmlArticles html;

    public ArticleReader() {
        this(Clock.systemUTC());
    }

    public ArticleReader(Clock clock) {
        this.rules = StructureRules.load();
        this.dates = new PublicationDates(clock);
        this.html = new HtmlArticles(dates);
    }

    /** Reads plain text: blank lines separate blocks, lines inside a block are captions, headings or paragraphs. */
    public Article read(String raw, ArticleMetadata given) {
        ArticleMetadata explicit = explicit(given);
        TextDecoding.checkText(raw);
        String text = CanonicalText.of(raw);
        return assemble(text, TextLayout.units(text), explicit, ArticleMetadata.none(), false);
    }

    /** Reads an HTML page; what the caller says about the article wins over what the page declares. */
    public Article readHtml(String page, ArticleMetadata given) {
        ArticleMetadata explicit = explicit(given);
        TextDecoding.checkText(page);
        HtmlArticles.Page read = html.read(page);
        return assemble(read.text(), read.units(), explicit, read.detected(), true);
    }

    private Article assemble(String text, List<Unit> units, ArticleMetadata explicit, ArticleMetadata declared,
            boolean fromMarkup) {
        if (units.isEmpty()) {
            throw new RejectedArticleException("Empty article", "The article has no text.");
        }
        List<Segment> segments = rules.segments(text, units, fromMarkup);
        String headline = null;
        String source = null;
        for (Segment s : segments) {
            if (headline == null && s.kind() == SegmentKind.HEADLINE) {
                headline = s.text();
            }
            if (s.kind() == SegmentKind.SOURCE) {
                source = s.source();
            }
        }
        var detected = new ArticleMetadata(headline, null, source, null, dominantLanguage(segments));
        ArticleMetadata metadata = explicit.orElse(declared).orElse(detected);
        return new Article(ArticleIds.of(text), text, metadata, segments);
    }

    /** The language most of the article's paragraph text is in (all its text when it has no paragraph). */
    static String dominantLanguage(List<Segment> segments) {
        Map<String, Integer> weight = new HashMap<>();
        boolean paragraphs = segments.stream().anyMatch(s -> s.kind() == SegmentKind.PARAGRAPH);
        for (Segment s : segments) {
            if ((!paragraphs || s.kind() == SegmentKind.PARAGRAPH) && !"und".equals(s.lang())) {
                weight.merge(s.lang(), s.end() - s.start(), Integer::sum);
            }
        }
        return weight.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("und");
    }

    /** The caller's metadata, checked: a bad value is refused, never silently dropped. */
    private ArticleMetadata explicit(ArticleMetadata given) {
        String language = blankToNull(given.language());
        if (language != null) {
            if (!LANGUAGE_TAG.matcher(language).matches()) {
                throw new RejectedArticleException("Invalid language",
                        "language '" + language + "' is not a BCP 47 language tag such as \"ar\" or \"en\".");
            }
            int dash = language.indexOf('-');
            language = (dash < 0 ? language : language.substring(0, dash)).toLowerCase(Locale.ROOT);
        }
        String url = blankToNull(given.url());
        if (url != null && !(url.startsWith("http://") || url.startsWith("https://")) || url != null && url.contains(" ")) {
            throw new RejectedArticleException("Invalid URL", "url '" + url + "' is not an absolute http(s) URL.");
        }
        for (String value : new String[] { given.title(), given.source(), url }) {
            if (value != null) {
                if (value.length() > MAX_METADATA) {
                    throw new RejectedArticleException("Metadata too long",
                            "title, source and url are limited to " + MAX_METADATA + " characters each.");
                }
                TextDecoding.checkText(value);
            }
        }
        return new ArticleMetadata(blankToNull(given.title()), dates.explicit(given.publishedAt()),
                blankToNull(given.source()), url, language);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
