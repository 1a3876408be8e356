package org.tarikh.timeline.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tarikh.timeline.chronology.ArticleView;
import org.tarikh.timeline.chronology.ChronologyEvent;
import org.tarikh.timeline.chronology.Cursor;
import org.tarikh.timeline.chronology.EntityRef;
import org.tarikh.timeline.chronology.EventSource;
import org.tarikh.timeline.chronology.NameKey;
import org.tarikh.timeline.chronology.TimelinePage;
import org.tarikh.timeline.chronology.TimelineQuery;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Answers questions to the chronology; returns views, never entities. */
@ApplicationScoped
public class ChronologyQueries {

    @WithSession
    public Uni<TimelinePage> timeline(TimelineQuery q) {
        return entityKeys(q.entity()).chain(keys -> {
            StringBuilder hql = new StringBuilder("from StoredEvent e where 1 = 1");
            Map<String, Object> params = new HashMap<>();
            if (q.from() != null) {
                hql.append(" and e.dateLatest >= :from");
                params.put("from", q.from());
            }
            if (q.to() != null) {
                hql.append(" and e.dateEarliest <= :to");
                params.put("to", q.to());
            }
            if (q.type() != null) {
                hql.append(" and e.type = :type");
                params.put("type", q.type());
            }
            if (q.article() != null) {
                hql.append(" and exists (select 1 from StoredEventSource s where s.eventId = e.id and s.articleId = :article)");
                params.put("article", q.article());
            }
            if (keys != null) {
                if (keys.isEmpty()) {
                    return Uni.createFrom().item(new TimelinePage(List.of(), null));
                }
                hql.append(" and (exists (select 1 from StoredEventEntity x where x.eventId = e.id and x.entityKey in :keys)"
                        + " or exists (select 1 from StoredEventSource s, StoredMention mm where s.eventId = e.id"
                        + " and mm.segmentId = s.segmentId and mm.entityKey in :keys))");
                params.put("keys", keys);
            }
            if (q.after() != null) {
                hql.append(" and (e.dateEarliest > :cd or (e.dateEarliest = :cd and e.id > :cid))");
                params.put("cd", q.after().date());
                params.put("cid", q.after().id());
            }
            hql.append(" order by e.dateEarliest, e.id");
            return StoredEvent.<StoredEvent>find(hql.toString(), params).range(0, q.limit()).list()
                    .chain(rows -> {
                        List<StoredEvent> page = rows.size() > q.limit() ? rows.subList(0, q.limit()) : rows;
                        // one row more than the page was asked for: it tells whether there is a next page
                        String next = rows.size() > q.limit()
                                ? new Cursor(page.get(page.size() - 1).dateEarliest, page.get(page.size() - 1).id).encode()
                                : null;
                        return describe(page).map(events -> new TimelinePage(events, next));
                    });
        });
    }

    /** The keys an entity filter means: the key itself, or every entity with that name; null when no filter. */
    private Uni<List<String>> entityKeys(String entity) {
        if (entity == null) {
            return Uni.createFrom().nullItem();
        }
        // one session runs one query at a time: these two go one after the other
        return StoredEntity.<StoredEntity>findById(entity).chain(byKey -> StoredEntity.getSession()
                .chain(s -> s.createQuery(
                        "select distinct a.entityKey from StoredEntityAlias a where a.normalized = :n", String.class)
                        .setParameter("n", NameKey.of(entity)).getResultList())
                .map(byName -> {
                    List<String> keys = new ArrayList<>(byName);
                    if (byKey != null && !keys.contains(byKey.key)) {
                        keys.add(byKey.key);
                    }
                    return keys;
                }));
    }

    private Uni<List<ChronologyEvent>> describe(List<StoredEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<Long> ids = events.stream().map(e -> e.id).toList();
        Uni<List<StoredEventSource>> sources = StoredEventSource.<StoredEventSource>list(
                "eventId in ?1 order by articleId, segmentId, sentenceStart", ids);
        Uni<List<Object[]>> roles = StoredEvent.getSession().chain(s -> s.createQuery(
                "select x.eventId, x.role, en from StoredEventEntity x, StoredEntity en"
                        + " where en.key = x.entityKey and x.eventId in :ids", Object[].class)
                .setParameter("ids", ids).getResultList());
        return sources.chain(src -> roles.map(rs -> {
            Map<Long, List<EventSource>> sourcesOf = new HashMap<>();
            for (StoredEventSource s : src) {
                sourcesOf.computeIfAbsent(s.eventId, k -> new ArrayList<>()).add(new EventSource(s.articleId,
                        s.segmentId, s.sentence, s.sentenceStart, s.sentenceEnd, s.trigger, s.killed,
                        s.killed == null ? null : s.killedAtLeast, s.injured, s.injured == null ? null : s.injuredAtLeast));
            }
            Map<Long, List<EntityRef>> entitiesOf = new HashMap<>();
            for (Object[] r : rs) {
                StoredEntity en = (StoredEntity) r[2];
                entitiesOf.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add(new EntityRef(en.key, en.type, en.name, (String) r[1], en.lat, en.lon));
            }
            List<ChronologyEvent> out = new ArrayList<>(events.size());
            for (StoredEvent e : events) {
                List<EntityRef> entities = new ArrayList<>(entitiesOf.getOrDefault(e.id, List.of()));
                entities.sort(Comparator.comparing(EntityRef::role).thenComparing(EntityRef::key));
                EntityRef place = entities.stream().filter(x -> "PLACE".equals(x.role())).findFirst().orElse(null);
                out.add(new ChronologyEvent(e.id, e.dateValue, e.dateEarliest.toString(), e.dateLatest.toString(),
                        e.precision, e.dateBasis, e.type, e.summary, e.killed, e.killed == null ? null : e.killedAtLeast,
                        e.injured, e.injured == null ? null : e.injuredAtLeast, e.confidence, place, entities,
                        sourcesOf.getOrDefault(e.id, List.of())));
            }
            return out;
        }));
    }

    @WithSession
    public Uni<Boolean> articleExists(String id) {
        return StoredArticle.count("id", id).map(n -> n > 0);
    }

    @WithSession
    public Uni<Optional<ArticleView>> article(String id) {
        return StoredArticle.<StoredArticle>findById(id).chain(article -> {
            if (article == null) {
                return Uni.createFrom().item(Optional.<ArticleView>empty());
            }
            Uni<List<StoredSegment>> segments = StoredSegment.list("articleId = ?1 order by seq", id);
            return segments.chain(segs -> {
                List<String> segIds = segs.stream().map(s -> s.id).toList();
                if (segIds.isEmpty()) {
                    return Uni.createFrom().item(Optional.of(view(article, segs, List.of(), List.of())));
                }
                Uni<List<StoredMention>> mentions = StoredMention.list("segmentId in ?1 order by segmentId, start", segIds);
                return mentions.chain(ms -> StoredTimex.<StoredTimex>list("segmentId in ?1 order by segmentId, start", segIds)
                        .map(ts -> Optional.of(view(article, segs, ms, ts))));
            });
        });
    }

    private static ArticleView view(StoredArticle a, List<StoredSegment> segs, List<StoredMention> ms,
            List<StoredTimex> ts) {
        Map<String, List<ArticleView.MentionView>> mentionsOf = new LinkedHashMap<>();
        for (StoredMention m : ms) {
            mentionsOf.computeIfAbsent(m.segmentId, k -> new ArrayList<>())
                    .add(new ArticleView.MentionView(m.type, m.text, m.start, m.end, m.entityKey));
        }
        Map<String, List<ArticleView.TimexView>> timexesOf = new LinkedHashMap<>();
        for (StoredTimex t : ts) {
            timexesOf.computeIfAbsent(t.segmentId, k -> new ArrayList<>()).add(new ArticleView.TimexView(t.text,
                    t.start, t.end, t.value, t.type, t.precision, t.anchor, t.mod));
        }
        List<ArticleView.SegmentView> segments = segs.stream().map(s -> new ArticleView.SegmentView(s.id, s.seq,
                s.kind, s.lang, s.text, s.start, s.end, s.credit, s.pairedWith, s.dateline,
                mentionsOf.getOrDefault(s.id, List.of()), timexesOf.getOrDefault(s.id, List.of()))).toList();
        return new ArticleView(a.id, a.title, a.source, a.url, a.lang, a.publishedAt, a.dateMissing, a.segmentTotal,
                segs.size(), segs.size() == a.segmentTotal, segments);
    }
}
