package org.tarikh.entity.document;

import java.util.Set;

/**
 * One step of the enrichment, as CoreNLP's annotators or spaCy's pipeline components: it reads the layers of a
 * {@link Document} it {@link #requires()} and adds the one it {@link #produces()}, never re-tokenizing, re-splitting or
 * re-normalizing the text. Implementations are plain Java, stateless and thread-safe; what an article's other segments
 * taught comes in the {@link ArticleContext}.
 */
public interface Annotator {

    Layer produces();

    /** The layers that must be on the document before this annotator runs. */
    Set<Layer> requires();

    void annotate(Document document, ArticleContext article);
}
