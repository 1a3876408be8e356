package org.tarikh.timeline.keydates;

import java.util.ArrayList;
import java.util.List;

import org.tarikh.timeline.store.JsonRows;
import org.tarikh.timeline.messaging.EnrichedMessage;

import io.smallrye.mutiny.Uni;

/**
 * Records the days a newly stored segment's sentences refer to ({@link SentenceDates}) as rows of
 * {@code date_reference}: one statement per segment (a fixed text, the rows as one JSON parameter; with the segment's
 * other rows in ChronologyStore), in the transaction that stores the segment, never updated afterwards.
 */
public final class DateReferences {

    private DateReferences() {
    }

    /** The references of one enriched segment, in segment offsets. */
    public static List<SentenceDates.Reference> of(EnrichedMessage m) {
        var segment = m.segment();
        List<SentenceDates.Span> sentences = new ArrayList<>();
        if (segment.sentences() != null) {
            for (var s : segment.sentences()) {
                if (s != null && s.end() > s.start()) {
                    sentences.add(new SentenceDates.Span(s.start() - segment.start(), s.end() - segment.start()));
                }
            }
        }
        List<SentenceDates.Timex> timexes = m.timexesOrEmpty().stream()
                .map(t -> new SentenceDates.Timex(t.start(), t.end(), t.text(), t.value(), t.type(), t.precision(),
                        t.anchor()))
                .toList();
        return SentenceDates.of(segment.kind(), segment.text(), sentences, timexes);
    }

    /**
     * The references of one enriched segment as the rows of a statement's JSON parameter (day, start, end, sentence,
     * explicit): what {@link #insert} writes, and what the store writes with a segment's other rows.
     */
    public static List<?> rows(EnrichedMessage m) {
        return of(m).stream()
                .map(r -> new Row(r.day().toString(), r.sentenceStart(), r.sentenceEnd(), r.sentence(), r.explicit()))
                .toList();
    }

    /** Inserts the references of a segment just stored; does nothing when it has none. */
    public static Uni<Void> insert(org.tarikh.timeline.store.Sql sql, EnrichedMessage m) {
        List<?> rows = rows(m);
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        var segment = m.segment();
        var article = segment.article();
        return sql.createNativeQuery("""
                insert into date_reference (segment_id, article_id, day, published, source, lang, sentence_start,
                                            sentence_end, sentence, explicit)
                select :segment, :article, (e.r->>'day')::date, :published, :source, :lang,
                       (e.r->>'start')::integer, (e.r->>'end')::integer, e.r->>'sentence', (e.r->>'explicit')::boolean
                  from jsonb_array_elements(cast(cast(:rows as text) as jsonb)) with ordinality e(r, n)
                 order by e.n""")
                .setParameter("segment", segment.segmentId())
                .setParameter("article", segment.articleId())
                .setParameter("published", m.publishedDay())
                .setParameter("source", article.source())
                .setParameter("lang", segment.lang())
                .setParameter("rows", JsonRows.of(rows))
                .executeUpdate()
                .replaceWithVoid();
    }

    /** One reference as a row of the statement's JSON parameter. */
    private record Row(String day, int start, int end, String sentence, boolean explicit) {
    }
}
