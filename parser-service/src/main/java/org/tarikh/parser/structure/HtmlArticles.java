package org.tarikh.parser.structure;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads an HTML page as an article: its blocks become paragraphs, its title and meta tags metadata. */
public final class HtmlArticles {

    private HtmlArticles() {
    }

    public static Article read(ArticleReader reader, String html, ArticleMetadata given) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, nav, aside, footer, form, noscript").remove();
        StringBuilder text = new StringBuilder();
        Element h1 = doc.selectFirst("h1");
        for (Element block : doc.select("h1, h2, h3, p, figcaption, li")) {
            String t = block.text().strip();
            if (!t.isEmpty()) {
                text.append(t).append("\n\n");
            }
        }
        String title = h1 != null ? h1.text() : doc.title();
        var published = doc.selectFirst("meta[property=article:published_time]");
        var detected = new ArticleMetadata(title.isBlank() ? null : title,
                published != null ? published.attr("content") : null, null, null, null);
        return reader.read(text.toString(), given.orElse(detected));
    }
}
