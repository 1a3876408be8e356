package org.tarikh.entity.enrichment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.tarikh.entity.document.Annotator;
import org.tarikh.entity.document.ArticleContext;
import org.tarikh.entity.document.Document;
import org.tarikh.entity.document.Layer;
import org.tarikh.entity.events.Event;
import org.tarikh.entity.events.EventAnnotator;
import org.tarikh.entity.ner.NameAnnotator;
import org.tarikh.entity.time.DateAnnotator;
import org.tarikh.entity.time.Precision;
import org.tarikh.entity.time.Timex;

/**
 * The enrichment pipeline, plain Java: each segment is one {@link Document} (text, normalized view, tokens, sentences
 * made once) that the annotators enrich in a fixed order — names, then dates, then events. An article is the ordered
 * list of its segment documents, enriched in one call with an {@link ArticleContext} that lives for that call (a
 * surname links to the full name of an earlier segment; a caption takes the date of its paired caption); one text
 * alone is the one-segment case. Stateless and thread-safe: one instance serves the REST and the message paths.
 */
public final class Enricher {

    private static final Pattern CALENDAR_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final List<Annotator> annotators;

    public Enricher(NameAnnotator names, DateAnnotator dates, EventAnnotator events) {
        this(List.of(names, dates, events));
    }

    /** @throws IllegalArgumentException when an annotator needs a layer no earlier one adds, or two add the same */
    public Enricher(List<Annotator> annotators) {
        Set<Layer> added = EnumSet.noneOf(Layer.class);
        for (Annotator a : annotators) {
            if (!added.containsAll(a.requires())) {
                throw new IllegalArgumentException(a.getClass().getSimpleName() + " needs " + a.requires()
                        + " but only " + added + " come before it");
            }
            if (!added.add(a.produces())) {
                throw new IllegalArgumentException("two annotators add the " + a.produces() + " layer");
            }
        }
        this.annotators = List.copyOf(annotators);
    }

    /** The annotators, in the order they run. */
    public List<Annotator> annotators() {
        return annotators;
    }

    /**
     * One text, alone: its own article.
     *
     * @param publishedAt the article's publication date, the anchor of relative dates; null when unknown
     * @param lang        "ar", "en" or null to decide from the text
     * @param caption     whether the text is a photo caption
     */
    public Enrichment enrich(String text, LocalDate publishedAt, String lang, boolean caption) {
        return enrich(Document.of(text, publishedAt, lang, caption), new ArticleContext());
    }

    /**
     * One segment of an article whose segments are enriched one call at a time, in order: what the earlier ones
     * taught is in {@code article}, and what this one teaches is added to it.
     */
    public Enrichment enrich(Document segment, ArticleContext article) {
        annotate(segment, article);
        if (segment.caption()) {
            Optional<Timex> own = captionDate(segment);
            if (own.isPresent()) {
                rememberCaptionDate(segment, own.get(), article);
            } else {
                article.captionDate(segment.pairedWith()).ifPresent(date -> dateByPair(segment, date));
            }
        }
        return Enrichment.of(segment);
    }

    /** A whole article, its segments in order, in one call: a caption takes its pair's date in either order. */
    public List<Enrichment> enrichArticle(List<Document> segments) {
        ArticleContext article = new ArticleContext();
        for (Document segment : segments) {
            annotate(segment, article);
            if (segment.caption()) {
                captionDate(segment).ifPresent(date -> rememberCaptionDate(segment, date, article));
            }
        }
        List<Enrichment> out = new ArrayList<>(segments.size());
        for (Document segment : segments) {
            if (segment.caption() && captionDate(segment).isEmpty()) {
                article.captionDate(segment.pairedWith()).ifPresent(date -> dateByPair(segment, date));
            }
            out.add(Enrichment.of(segment));
        }
        return out;
    }

    private void annotate(Document document, ArticleContext article) {
        for (Annotator a : annotators) {
            a.annotate(document, article);
        }
    }

    /** The first full calendar date of a caption: what the photo shows. */
    private static Optional<Timex> captionDate(Document caption) {
        return caption.timexes().stream().filter(t -> t.precision() == Precision.DAY && t.value() != null
                && CALENDAR_DAY.matcher(t.value()).matches()).findFirst();
    }

    private static void rememberCaptionDate(Document caption, Timex date, ArticleContext article) {
        if (caption.segmentId() != null) {
            article.rememberCaptionDate(caption.segmentId(), date);
        }
    }

    /**
     * Photo captions come in pairs, the same photo described in English and in Arabic, and often only one of them
     * carries the date. Events of this caption that had no date of their own (placed on or before publication)
     * take the date of its pair.
     */
    private static void dateByPair(Document caption, Timex pairDate) {
        caption.redate(caption.events().stream().map(e -> !"PUBLICATION".equals(e.dateBasis()) ? e
                : new Event(e.type(), e.trigger(), e.triggerStart(), e.triggerEnd(), pairDate.value(),
                        pairDate.precision(), "CAPTION", null, e.place(), e.actors(), e.targets(), e.killed(),
                        e.killedAtLeast(), e.injured(), e.injuredAtLeast(), e.sentenceStart(), e.sentenceEnd(),
                        e.sentence(), e.confidence(), e.summary())).toList());
    }
}
