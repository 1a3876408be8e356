package org.tarikh.entity.time;

import java.util.List;
import java.util.Set;

import org.tarikh.entity.document.Annotator;
import org.tarikh.entity.document.ArticleContext;
import org.tarikh.entity.document.Document;
import org.tarikh.entity.document.Layer;

/**
 * The second annotator: the temporal expressions of a document, normalized against its publication date. It may
 * read the names before it (a date inside a name is no date) and the sentences.
 */
public interface DateAnnotator extends Annotator {

    List<Timex> dates(Document document);

    @Override
    default Layer produces() {
        return Layer.DATES;
    }

    @Override
    default Set<Layer> requires() {
        return Set.of();
    }

    @Override
    default void annotate(Document document, ArticleContext article) {
        document.setTimexes(dates(document));
    }
}
