package org.tarikh.entity.ner;

import java.util.List;

import org.tarikh.entity.text.TokenizedText;

/** Finds the named entities of a text. */
public interface EntityRecognizer {

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
