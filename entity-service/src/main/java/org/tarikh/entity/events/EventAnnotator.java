package org.tarikh.entity.events;

import java.util.List;
import java.util.Set;

import org.tarikh.entity.document.Annotator;
import org.tarikh.entity.document.ArticleContext;
import org.tarikh.entity.document.Document;
import org.tarikh.entity.document.Layer;

/** The last annotator: the events a document reports, framed on its sentences, names and dates. */
public interface EventAnnotator extends Annotator {

    List<Event> events(Document document);

    @Override
    default Layer produces() {
        return Layer.EVENTS;
    }

    @Override
    default Set<Layer> requires() {
        return Set.of(Layer.NAMES, Layer.DATES);
    }

    @Override
    default void annotate(Document document, ArticleContext article) {
        document.setEvents(events(document));
    }
}
