package org.tarikh.entity.ner;

import java.util.List;

import org.tarikh.entity.document.ArticleContext;
import org.tarikh.entity.document.Document;
import org.tarikh.entity.text.TokenizedText;

/** Finds the named entities of a text, on its tokens: as the names annotator, on the document's. */
public interface EntityRecognizer extends NameAnnotator {

    @Override
    default List<Mention> names(Document document, ArticleContext article) {
        return recognize(document.tokens(), document.lang(), article == null ? null : article.persons());
    }

    List<Mention> recognize(TokenizedText text, String lang);

    default List<Mention> recognize(String text, String lang) {
        return recognize(TokenizedText.of(text), lang);
    }

    /**
     * Entities of one segment of an article: short references may link to persons the article named in earlier
     * segments, and the persons named in full here are remembered for the next ones.
     */
    default List<Mention> recognize(TokenizedText text, String lang, ArticlePersons article) {
        return recognize(text, lang);
    }
}
