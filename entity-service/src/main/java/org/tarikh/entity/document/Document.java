package org.tarikh.entity.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.tarikh.entity.events.Event;
import org.tarikh.entity.ner.Mention;
import org.tarikh.entity.text.NormalizedText;
import org.tarikh.entity.text.TokenizedText;
import org.tarikh.entity.time.Timex;

/**
 * One segment's text, annotated: built once (original text, normalized view with its offset map, tokens and
 * sentences), then enriched by the annotators in turn, each adding one {@link Layer} exactly once. A layer is read only
 * after it was added: reading one that is not there is a mistake in the pipeline's order, and fails loudly.
 * Offsets everywhere are UTF-16 offsets into {@link #text()}. Not thread-safe: one document is annotated on one thread.
 */
public final class Document {

    private final TokenizedText tokens;
    private final LocalDate publishedAt;
    private final String lang;
    private final boolean caption;
    private final String segmentId;
    private final String pairedWith;
    private List<Mention> mentions;
    private List<Timex> timexes;
    private List<Event> events;

    private Document(TokenizedText tokens, LocalDate publishedAt, String lang, boolean caption, String segmentId,
            String pairedWith) {
        this.tokens = tokens;
        this.publishedAt = publishedAt;
        this.lang = lang;
        this.caption = caption;
        this.segmentId = segmentId;
        this.pairedWith = pairedWith;
    }

    /** A text with no sentences given: they are found the way parser-service finds them. */
    public static Document of(String text, LocalDate publishedAt, String lang, boolean caption) {
        return new Document(TokenizedText.of(text), publishedAt, lang, caption, null, null);
    }

    /**
     * One segment of an article.
     *
     * @param sentences  the segment's sentences as {start, end} offsets into {@code text}, or null to find them
     * @param segmentId  the segment's id within its article, or null
     * @param pairedWith the id of the caption this caption describes the same photo as, or null
     */
    public static Document of(String text, List<int[]> sentences, LocalDate publishedAt, String lang, boolean caption,
            String segmentId, String pairedWith) {
        TokenizedText tokens = sentences == null || sentences.isEmpty() ? TokenizedText.of(text)
                : TokenizedText.of(text, sentences);
        return new Document(tokens, publishedAt, lang, caption, segmentId, pairedWith);
    }

    public String text() {
        return tokens.text();
    }

    /** Tokens, their normalized forms and sentences. */
    public TokenizedText tokens() {
        return tokens;
    }

    /** Sentence spans {start, end}, in order; each token knows the index of its own. */
    public List<int[]> sentences() {
        return tokens.sentences();
    }

    public NormalizedText normalized() {
        return tokens.normalized();
    }

    /** The publication date, anchor of relative dates; null when unknown. */
    public LocalDate publishedAt() {
        return publishedAt;
    }

    /** "ar", "en", or null when the annotators decide from the text. */
    public String lang() {
        return lang;
    }

    /** Whether the text is a photo caption: its date is the date of what the photo shows. */
    public boolean caption() {
        return caption;
    }

    public String segmentId() {
        return segmentId;
    }

    public String pairedWith() {
        return pairedWith;
    }

    public boolean has(Layer layer) {
        return switch (layer) {
            case NAMES -> mentions != null;
            case DATES -> timexes != null;
            case EVENTS -> events != null;
        };
    }

    public List<Mention> mentions() {
        return require(mentions, Layer.NAMES);
    }

    public List<Timex> timexes() {
        return require(timexes, Layer.DATES);
    }

    public List<Event> events() {
        return require(events, Layer.EVENTS);
    }

    public void setMentions(List<Mention> mentions) {
        this.mentions = once(this.mentions, mentions, Layer.NAMES);
    }

    public void setTimexes(List<Timex> timexes) {
        this.timexes = once(this.timexes, timexes, Layer.DATES);
    }

    public void setEvents(List<Event> events) {
        this.events = once(this.events, events, Layer.EVENTS);
    }

    /** Replaces the events, once they are there (a caption's events dated by its pair's date). */
    public void redate(List<Event> dated) {
        require(events, Layer.EVENTS);
        this.events = List.copyOf(dated);
    }

    private static <T> List<T> require(List<T> layer, Layer name) {
        if (layer == null) {
            throw new IllegalStateException("the " + name + " layer is read before an annotator added it");
        }
        return layer;
    }

    private static <T> List<T> once(List<T> current, List<T> added, Layer name) {
        if (current != null) {
            throw new IllegalStateException("the " + name + " layer is added twice");
        }
        return List.copyOf(Objects.requireNonNull(added, name + " layer"));
    }
}
