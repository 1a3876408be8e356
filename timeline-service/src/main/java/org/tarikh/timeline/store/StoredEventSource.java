package org.tarikh.timeline.store;

import java.io.Serializable;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** Which sentence of which article reports an event. */
@Entity
@Table(name = "event_source")
@IdClass(StoredEventSource.Key.class)
public class StoredEventSource extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public Long eventId;
    @Id
    @Column(name = "segment_id")
    public String segmentId;
    @Id
    @Column(name = "sentence_start")
    public int sentenceStart;
    @Column(name = "article_id")
    public String articleId;
    @Column(name = "sentence_end")
    public int sentenceEnd;
    public String sentence;
    public String trigger;
    public Integer killed;
    @Column(name = "killed_at_least")
    public boolean killedAtLeast;
    public Integer injured;
    @Column(name = "injured_at_least")
    public boolean injuredAtLeast;

    public static class Key implements Serializable {
        public Long eventId;
        public String segmentId;
        public int sentenceStart;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(eventId, k.eventId)
                    && java.util.Objects.equals(segmentId, k.segmentId) && sentenceStart == k.sentenceStart;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(eventId, segmentId, sentenceStart);
        }
    }
}
