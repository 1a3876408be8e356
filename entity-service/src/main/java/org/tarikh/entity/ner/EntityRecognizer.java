package org.tarikh.entity.ner;

import java.util.List;

import org.tarikh.entity.text.TokenizedText;

/** Finds the named entities of a text. */
public interface EntityRecognizer {

    List<Mention> recognize(TokenizedText text, String lang);

    default List<Mention> recognize(String text, String lang) {
        return recognize(TokenizedText.of(text), lang);
    }
}
