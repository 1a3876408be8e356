package org.tarikh.entity.ner;

import java.util.List;
import java.util.Set;

import org.tarikh.entity.document.Annotator;
import org.tarikh.entity.document.ArticleContext;
import org.tarikh.entity.document.Document;
import org.tarikh.entity.document.Layer;

/**
 * The first annotator: the named entities of a document, read from its tokens and sentences. Any recognizer — rules or
 * a trained tagger — plugs in here; it may link short references to the persons the article named before
 * ({@link ArticleContext#persons()}) and remember the persons it names in full for the segments after.
 */
public interface NameAnnotator extends Annotator {

    List<Mention> names(Document document, ArticleContext article);

    @Override
    default Layer produces() {
        return Layer.NAMES;
    }

    @Override
    default Set<Layer> requires() {
        return Set.of();
    }

    @Override
    default void annotate(Document document, ArticleContext article) {
        document.setMentions(names(document, article));
    }
}
