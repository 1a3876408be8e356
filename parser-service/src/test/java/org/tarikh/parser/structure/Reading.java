package org.tarikh.parser.structure;

import java.util.List;

/** Test helper: an article's segments written compactly, "KIND[credit]@dateline{source}", to compare as tables. */
final class Reading {

    static final ArticleReader READER = new ArticleReader();

    private Reading() {
    }

    static List<String> shape(Article article) {
        return article.segments().stream().map(Reading::shape).toList();
    }

    static String shape(Segment s) {
        return s.kind().name() + (s.credit() != null ? "[" + s.credit() + "]" : "")
                + (s.dateline() != null ? "@" + s.dateline() : "") + (s.source() != null ? "{" + s.source() + "}" : "");
    }

    static Article text(String text) {
        Article article = READER.read(text, ArticleMetadata.none());
        StructureInvariants.check(article);
        return article;
    }

    static Article html(String page) {
        Article article = READER.readHtml(page, ArticleMetadata.none());
        StructureInvariants.check(article);
        return article;
    }
}
