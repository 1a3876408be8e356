package org.tarikh.entity.ner;

import java.util.List;

/** Finds the named entities of a text. */
public interface EntityRecognizer {

    List<Mention> recognize(String text, String lang);
}
