package org.tarikh.timeline.keydates;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.reactive.mutiny.Mutiny;
import org.tarikh.timeline.messaging.EnrichedMessage;

import io.smallrye.mutiny.Uni;

/**
 * Records the days a newly stored segment's sentences refer to ({@link SentenceDates}) as rows of
 * {@code date_reference}: one insert statement per segment, in the transaction that stores the segment, never
 * updated afterwards.
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

    /** Inserts the references of a segment just stored; does nothing when it has none. */
    public static Uni<Void> insert(Mutiny.Session session, EnrichedMessage m) {
        List<SentenceDates.Reference> refs = of(m);
        if (refs.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        var segment = m.segment();
        var article = segment.article();
        StringBuilder sql = new StringBuilder("insert into date_reference (segment_id, article_id, day, published,"
                + " source, lang, sentence_start, sentence_end, sentence, explicit) values ");
        for (int i = 0; i < refs.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(:segment, :article, :day").append(i).append(", :published,")
                    .append(" :source, :lang, :start").append(i).append(", :end").append(i).append(", :sentence")
                    .append(i).append(", :explicit").append(i).append(")");
        }
        var query = session.createNativeQuery(sql.toString())
                .setParameter("segment", segment.segmentId())
                .setParameter("article", segment.articleId())
                .setParameter("published", m.publishedDay())
                .setParameter("source", article.source())
                .setParameter("lang", segment.lang());
        for (int i = 0; i < refs.size(); i++) {
            var r = refs.get(i);
            query.setParameter("day" + i, r.day())
                    .setParameter("start" + i, r.sentenceStart())
                    .setParameter("end" + i, r.sentenceEnd())
                    .setParameter("sentence" + i, r.sentence())
                    .setParameter("explicit" + i, r.explicit());
        }
        return query.executeUpdate().replaceWithVoid();
    }
}
