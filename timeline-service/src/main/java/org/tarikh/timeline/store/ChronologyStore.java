package org.tarikh.timeline.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.hibernate.reactive.mutiny.Mutiny;
import org.tarikh.timeline.chronology.DateInterval;
import org.tarikh.timeline.chronology.NameKey;
import org.tarikh.timeline.messaging.EnrichedMessage;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes enriched segments into the chronology, idempotently: a segment already stored changes nothing, so a
 * redelivered or re-ingested message is harmless.
 */
@ApplicationScoped
public class ChronologyStore {

    /** Stores one enriched segment in one transaction; the item is false when the segment was already there. */
    public Uni<Boolean> ingest(EnrichedMessage message) {
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> ingest(session, message)));
    }

    private Uni<Boolean> ingest(Mutiny.Session session, EnrichedMessage m) {
        var segment = m.segment();
        var article = segment.article();
        Uni<Integer> insertArticle = session.createNativeQuery("""
                insert into article (id, title, source, url, lang, published_at, published_date, date_missing,
                                     text_length, segment_total)
                values (:id, :title, :source, :url, :lang, :publishedAt, :publishedDate, :dateMissing, :length, :total)
                on conflict (id) do nothing""")
                .setParameter("id", segment.articleId())
                .setParameter("title", article.title())
                .setParameter("source", article.source())
                .setParameter("url", article.url())
                .setParameter("lang", article.lang())
                .setParameter("publishedAt", article.publishedAt())
                .setParameter("publishedDate", dateOf(article.publishedAt()))
                .setParameter("dateMissing", article.dateMissing() || article.publishedAt() == null)
                .setParameter("length", article.length())
                .setParameter("total", segment.total())
                .executeUpdate();
        Uni<Integer> insertSegment = session.createNativeQuery("""
                insert into segment (id, article_id, seq, kind, lang, text, start_offset, end_offset, credit,
                                     paired_with, dateline, enricher)
                values (:id, :articleId, :seq, :kind, :lang, :text, :start, :end, :credit, :pairedWith, :dateline,
                        :enricher)
                on conflict (id) do nothing""")
                .setParameter("id", segment.segmentId())
                .setParameter("articleId", segment.articleId())
                .setParameter("seq", segment.seq())
                .setParameter("kind", segment.kind())
                .setParameter("lang", segment.lang())
                .setParameter("text", segment.text())
                .setParameter("start", segment.start())
                .setParameter("end", segment.end())
                .setParameter("credit", segment.credit())
                .setParameter("pairedWith", segment.pairedWith())
                .setParameter("dateline", segment.dateline())
                .setParameter("enricher", m.enricher())
                .executeUpdate();
        return insertArticle.chain(() -> insertSegment).chain(inserted -> {
            if (inserted == 0) {
                return Uni.createFrom().item(false);
            }
            return storeFindings(session, m).replaceWith(true);
        });
    }

    private Uni<Void> storeFindings(Mutiny.Session session, EnrichedMessage m) {
        var segment = m.segment();
        Map<String, EnrichedMessage.Mention> entities = new LinkedHashMap<>();
        for (var mention : m.mentionsOrEmpty()) {
            if (mention.key() != null) {
                entities.putIfAbsent(mention.key(), mention);
            }
        }
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (var e : entities.values()) {
            chain = then(chain, () -> upsertEntity(session, e));
        }
        for (var mention : m.mentionsOrEmpty()) {
            chain = then(chain, () -> upsertAlias(session, mention));
            StoredMention row = new StoredMention();
            row.segmentId = segment.segmentId();
            row.entityKey = mention.key();
            row.type = mention.type();
            row.text = mention.text();
            row.start = mention.start();
            row.end = mention.end();
            chain = then(chain, () -> session.persist(row));
        }
        for (var timex : m.timexesOrEmpty()) {
            StoredTimex row = new StoredTimex();
            row.segmentId = segment.segmentId();
            row.text = timex.text();
            row.start = timex.start();
            row.end = timex.end();
            row.value = timex.value();
            row.type = timex.type();
            row.precision = timex.precision();
            row.anchor = timex.anchor();
            row.mod = timex.mod();
            chain = then(chain, () -> session.persist(row));
        }
        for (var event : m.eventsOrEmpty()) {
            chain = then(chain, () -> storeEvent(session, m, event, entities));
        }
        return chain.chain(session::flush);
    }

    private Uni<Void> storeEvent(Mutiny.Session session, EnrichedMessage m, EnrichedMessage.Event e,
            Map<String, EnrichedMessage.Mention> known) {
        DateInterval interval;
        try {
            interval = DateInterval.of(e.date());
        } catch (IllegalArgumentException | java.time.DateTimeException notACalendarDate) {
            Log.warnf("Event '%s' in %s has no calendar date (%s); not placed on the chronology", e.type(),
                    m.segment().segmentId(), e.date());
            return Uni.createFrom().voidItem();
        }
        var segment = m.segment();
        String fingerprint = segment.segmentId() + "|" + e.sentenceStart() + "|" + e.type() + "|" + e.date();
        String place = e.place() != null && known.containsKey(e.place()) ? e.place() : null;
        Uni<Long> eventId = session.createNativeQuery("""
                insert into event (fingerprint, type, date_value, date_earliest, date_latest, precision, date_basis,
                                   place_key, summary, killed, killed_at_least, injured, injured_at_least, confidence)
                values (:fingerprint, :type, :date, :earliest, :latest, :precision, :basis, :place, :summary,
                        :killed, :killedAtLeast, :injured, :injuredAtLeast, :confidence)
                on conflict (fingerprint) do update set updated_at = now()
                returning id""", Long.class)
                .setParameter("fingerprint", fingerprint)
                .setParameter("type", e.type())
                .setParameter("date", e.date())
                .setParameter("earliest", interval.earliest())
                .setParameter("latest", interval.latest())
                .setParameter("precision", e.precision())
                .setParameter("basis", e.dateBasis() == null ? "TIMEX" : e.dateBasis())
                .setParameter("place", place)
                .setParameter("summary", e.summary() == null ? e.sentence() : e.summary())
                .setParameter("killed", e.killed())
                .setParameter("killedAtLeast", e.killedAtLeast())
                .setParameter("injured", e.injured())
                .setParameter("injuredAtLeast", e.injuredAtLeast())
                .setParameter("confidence", e.confidence())
                .getSingleResult();
        return eventId.chain(id -> {
            Uni<Void> chain = session.createNativeQuery("""
                    insert into event_source (event_id, segment_id, article_id, sentence_start, sentence_end, sentence,
                                              trigger, killed, killed_at_least, injured, injured_at_least)
                    values (:event, :segment, :article, :start, :end, :sentence, :trigger, :killed, :killedAtLeast,
                            :injured, :injuredAtLeast)
                    on conflict do nothing""")
                    .setParameter("event", id)
                    .setParameter("segment", segment.segmentId())
                    .setParameter("article", segment.articleId())
                    .setParameter("start", e.sentenceStart())
                    .setParameter("end", e.sentenceEnd())
                    .setParameter("sentence", e.sentence() == null ? "" : e.sentence())
                    .setParameter("trigger", e.trigger())
                    .setParameter("killed", e.killed())
                    .setParameter("killedAtLeast", e.killedAtLeast())
                    .setParameter("injured", e.injured())
                    .setParameter("injuredAtLeast", e.injuredAtLeast())
                    .executeUpdate().replaceWithVoid();
            Map<String, String> roles = new HashMap<>();
            if (place != null) {
                roles.put(place, "PLACE");
            }
            for (String actor : EnrichedMessage.nonNullKeys(e.actors())) {
                roles.putIfAbsent(actor, "ACTOR");
            }
            for (String target : EnrichedMessage.nonNullKeys(e.targets())) {
                roles.putIfAbsent(target, "TARGET");
            }
            for (var role : roles.entrySet()) {
                if (!known.containsKey(role.getKey())) {
                    continue;
                }
                chain = then(chain, () -> session.createNativeQuery("""
                        insert into event_entity (event_id, entity_key, role) values (:event, :key, :role)
                        on conflict do nothing""")
                        .setParameter("event", id)
                        .setParameter("key", role.getKey())
                        .setParameter("role", role.getValue())
                        .executeUpdate());
            }
            return chain;
        });
    }

    private Uni<Integer> upsertEntity(Mutiny.Session session, EnrichedMessage.Mention m) {
        return session.createNativeQuery("""
                insert into entity (key, type, name, lat, lon) values (:key, :type, :name, :lat, :lon)
                on conflict (key) do update set lat = coalesce(entity.lat, excluded.lat),
                                                lon = coalesce(entity.lon, excluded.lon)""")
                .setParameter("key", m.key())
                .setParameter("type", m.type())
                .setParameter("name", m.name() != null ? m.name() : m.text())
                .setParameter("lat", m.lat())
                .setParameter("lon", m.lon())
                .executeUpdate();
    }

    private Uni<Integer> upsertAlias(Mutiny.Session session, EnrichedMessage.Mention m) {
        if (m.key() == null || NameKey.of(m.text()).isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return session.createNativeQuery("""
                insert into entity_alias (entity_key, alias, normalized, lang) values (:key, :alias, :normalized, :lang)
                on conflict do nothing""")
                .setParameter("key", m.key())
                .setParameter("alias", m.text())
                .setParameter("normalized", NameKey.of(m.text()))
                .setParameter("lang", m.text().chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF) ? "ar" : "en")
                .executeUpdate();
    }

    private static Uni<Void> then(Uni<Void> chain, Supplier<Uni<?>> next) {
        return chain.chain(() -> next.get().replaceWithVoid());
    }

    static LocalDate dateOf(String publishedAt) {
        if (publishedAt == null) {
            return null;
        }
        try {
            return LocalDate.parse(publishedAt);
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(publishedAt).toLocalDate();
            } catch (DateTimeParseException notADateTime) {
                return null;
            }
        }
    }
}
