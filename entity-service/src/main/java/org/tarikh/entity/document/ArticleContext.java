package org.tarikh.entity.document;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.tarikh.entity.ner.ArticlePersons;
import org.tarikh.entity.time.Timex;

/**
 * What the segments of one article teach each other while the article is enriched: the persons named in full so far
 * (a later surname links to them) and the date each photo caption gives its photo (its paired caption in the other
 * language takes it). It lives for one enrichment call of the article, or one text without an article. Bounded, and
 * synchronized since the message path may enrich an article's segments on different threads, one after another.
 */
public final class ArticleContext {

    /** Caption dates kept per article: photos per article are few; a runaway article cannot grow without bound. */
    static final int MAX_CAPTIONS = 256;

    private final ArticlePersons persons = new ArticlePersons();
    private final Map<String, Timex> captionDates = new HashMap<>();

    /** The persons the article has named in full so far (updated by the names annotator). */
    public ArticlePersons persons() {
        return persons;
    }

    /** Remembers the date a caption segment gives its photo, for the caption that pairs with it. */
    public synchronized void rememberCaptionDate(String segmentId, Timex date) {
        if (captionDates.size() < MAX_CAPTIONS) {
            captionDates.put(segmentId, date);
        }
    }

    /** The date a caption segment of the article gave its photo. */
    public synchronized Optional<Timex> captionDate(String segmentId) {
        return Optional.ofNullable(segmentId == null ? null : captionDates.get(segmentId));
    }
}
