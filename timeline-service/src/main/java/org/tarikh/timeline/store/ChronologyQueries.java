package org.tarikh.timeline.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.tarikh.timeline.chronology.ArticleSummary;
import org.tarikh.timeline.chronology.ArticleView;
import org.tarikh.timeline.chronology.ChronologyEvent;
import org.tarikh.timeline.chronology.Cursor;
import org.tarikh.timeline.chronology.EntityRef;
import org.tarikh.timeline.chronology.EntityView;
import org.tarikh.timeline.chronology.EventSource;
import org.tarikh.timeline.chronology.NameKey;
import org.tarikh.timeline.chronology.TimelinePage;
import org.tarikh.timeline.chronology.TimelineQuery;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Answers questions to the chronology; returns views, never entities. The chronology queries run as one SQL
 * statement each on the reactive pool Hibernate Reactive uses too: a page of events with its entities and sources is
 * one round trip and one index range scan, because each event carries its entities and sources already rendered as
 * JSON ({@code event.entities}, {@code event.sources}, written by {@link ChronologyStore} in the ingest
 * transaction), which is what keeps a filtered page within a few milliseconds over 100,000 events.
 */
@ApplicationScoped
public class ChronologyQueries {

    // entities and sources come rendered: the store writes them in the transaction that changes them
    private static final String EVENT_COLUMNS = """
            select e.id, e.date_value, e.date_earliest, e.date_latest, e.precision, e.date_basis, e.type, e.summary,
                   e.killed, e.killed_at_least, e.injured, e.injured_at_least, e.figures_differ, e.confidence,
                   e.place::text as place, e.entities::text as entities, e.sources::text as sources
              from event e
            """;

    /** The entity keys a name means: the key itself or any entity known by that name (NameKey form). */
    /**
     * The entity keys a name means: the key itself, any entity known by that name in one of its spellings, and only
     * when no name matches exactly, entities one of whose names holds it as whole words ("عين الأسد" finds
     * "قاعدة عين الأسد", "Ain al-Asad" finds "Ain al-Asad air base"). Parameters: key, exact forms, word patterns.
     */
    private static final String KEYS_NAMED = "(select $%1$d union select a.entity_key from entity_alias a"
            + " where a.normalized = any($%2$d) union select a.entity_key from entity_alias a"
            + " where not exists (select 1 from entity_alias b where b.normalized = any($%2$d))"
            + " and ' ' || a.normalized || ' ' like any($%3$d))";

    private static void addName(List<Object> args, String name) {
        List<String> forms = NameKey.variants(name);
        args.add(name);
        args.add(forms.toArray(String[]::new));
        args.add(forms.stream().map(f -> "% " + f + " %").toArray(String[]::new)); // NameKey forms hold no wildcards
    }

    private final Pool pool;

    ChronologyQueries(Pool pool) {
        this.pool = pool;
    }

    public Uni<TimelinePage> timeline(TimelineQuery q) {
        return rows(q).map(rows -> {
            List<ChronologyEvent> events = new ArrayList<>(Math.min(rows.size(), q.limit()));
            String next = null;
            for (Row row : rows) {
                if (events.size() == q.limit()) {
                    next = cursorAfter(events.get(events.size() - 1).id(), events.get(events.size() - 1).earliest());
                    break;
                }
                events.add(event(row));
            }
            return new TimelinePage(events, next);
        });
    }

    /**
     * The same page as {@link #timeline}, already written as the JSON of the API ({@link TimelinePage}): the
     * rendered place, entities and sources are copied as PostgreSQL sends them, never parsed.
     */
    public Uni<JsonPage> timelineJson(TimelineQuery q) {
        return rows(q).map(rows -> {
            var out = new ByteArrayOutputStream(2048 * Math.min(rows.size(), q.limit()) + 64);
            String next = null;
            try (JsonGenerator g = JSON.createGenerator(out)) {
                g.writeStartObject();
                g.writeArrayFieldStart("events");
                int written = 0;
                long lastId = 0;
                String lastEarliest = null;
                for (Row r : rows) {
                    if (written == q.limit()) {
                        next = cursorAfter(lastId, lastEarliest);
                        break;
                    }
                    lastId = r.getLong("id");
                    lastEarliest = r.getLocalDate("date_earliest").toString();
                    writeEvent(g, r, lastId, lastEarliest);
                    written++;
                }
                g.writeEndArray();
                if (next != null) {
                    g.writeStringField("next", next);
                }
                g.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new JsonPage(out.toByteArray(), next);
        });
    }

    /** A page of the chronology as JSON bytes, and the cursor of the next page (null on the last). */
    public record JsonPage(byte[] body, String next) {
    }

    private static final JsonFactory JSON = new JsonFactory();

    /** One event as {@link ChronologyEvent} is written: absent values left out, "at least" only with a figure. */
    private static void writeEvent(JsonGenerator g, Row r, long id, String earliest) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", id);
        g.writeStringField("date", r.getString("date_value"));
        g.writeStringField("earliest", earliest);
        g.writeStringField("latest", r.getLocalDate("date_latest").toString());
        g.writeStringField("precision", r.getString("precision"));
        g.writeStringField("dateBasis", r.getString("date_basis"));
        g.writeStringField("type", r.getString("type"));
        g.writeStringField("summary", r.getString("summary"));
        Integer killed = r.getInteger("killed");
        if (killed != null) {
            g.writeNumberField("killed", killed);
            g.writeBooleanField("killedAtLeast", r.getBoolean("killed_at_least"));
        }
        Integer injured = r.getInteger("injured");
        if (injured != null) {
            g.writeNumberField("injured", injured);
            g.writeBooleanField("injuredAtLeast", r.getBoolean("injured_at_least"));
        }
        if (r.getBoolean("figures_differ")) {
            g.writeBooleanField("figuresDiffer", true);
        }
        g.writeNumberField("confidence", r.getDouble("confidence"));
        String place = r.getString("place");
        if (place != null) {
            g.writeFieldName("place");
            g.writeRawValue(place);
        }
        g.writeFieldName("entities");
        g.writeRawValue(r.getString("entities"));
        g.writeFieldName("sources");
        g.writeRawValue(r.getString("sources"));
        g.writeEndObject();
    }

    private static String cursorAfter(long id, String earliest) {
        return new Cursor(java.time.LocalDate.parse(earliest), id).encode();
    }

    private Uni<RowSet<Row>> rows(TimelineQuery q) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder("true");
        if (q.to() != null) {
            args.add(q.to());
            where.append(" and e.date_earliest <= $").append(args.size());
        }
        if (q.types() != null && !q.types().isEmpty()) {
            args.add(q.types().toArray(String[]::new));
            where.append(" and e.type = any($").append(args.size()).append(")");
        }
        if (q.entity() != null) {
            addName(args, q.entity());
            where.append(" and e.id in (select x.event_id from event_entity x where x.entity_key in ")
                    .append(String.format(KEYS_NAMED, args.size() - 2, args.size() - 1, args.size())).append(")");
        }
        if (q.place() != null) {
            addName(args, q.place());
            where.append(" and e.place_key in ").append(String.format(KEYS_NAMED, args.size() - 2, args.size() - 1,
                    args.size()));
        }
        if (q.article() != null) {
            args.add(q.article());
            where.append(" and e.id in (select s.event_id from event_source s where s.article_id = $")
                    .append(args.size()).append(")");
        }
        if (q.lang() != null) {
            args.add(q.lang());
            where.append(" and exists (select 1 from event_source s where s.event_id = e.id and s.lang = $")
                    .append(args.size()).append(")");
        }
        if (q.text() != null) {
            for (String word : NameKey.of(q.text()).split(" ")) {
                if (!word.isEmpty()) {
                    args.add("%" + word + "%"); // NameKey leaves no % or _ to escape
                    where.append(" and e.search_text like $").append(args.size());
                }
            }
        }
        if (q.minPrecision() != null) {
            args.add((short) q.minPrecision().rank());
            where.append(" and e.precision_rank >= $").append(args.size());
        }
        if (q.after() != null) {
            args.add(q.after().date());
            args.add(q.after().id());
            where.append(" and (e.date_earliest, e.id) > ($").append(args.size() - 1).append(", $").append(args.size())
                    .append(")");
        }
        if (q.eventIds() != null) {
            args.add(q.eventIds().toArray(Long[]::new));
            where.append(" and e.id = any($").append(args.size()).append(")");
        }
        // one row more than the page was asked for: it tells whether there is a next page
        args.add(q.limit() + 1);
        String limit = "$" + args.size();
        String order = " order by e.date_earliest, e.id limit " + limit;
        String sql;
        if (q.from() == null) {
            sql = EVENT_COLUMNS + " where " + where + order;
        } else {
            args.add(q.from());
            String from = "$" + args.size();
            // the events that begin on or after from= (an ordered index scan that stops after the page), and the
            // few that began before it and still run on that day (a month, a year): no order/limit on those, an
            // ordered scan would walk every earlier row. They are found through the event_span index alone: words
            // are checked on those rows as "search_text || ''", which the trigram index cannot answer (ANDing it in
            // read 66,000 index entries for a common word to keep none of a dozen rows)
            sql = "select * from ((" + EVENT_COLUMNS + " where " + where + " and e.date_earliest >= " + from + order
                    + ") union all (" + EVENT_COLUMNS + " where "
                    + where.toString().replace("e.search_text like", "(e.search_text || '') like")
                    + " and daterange(e.date_earliest, e.date_latest, '(]') @> " + from + "::date)) page"
                    + " order by page.date_earliest, page.id limit " + limit;
        }
        return pool.preparedQuery(sql).execute(Tuple.from(args));
    }

    private static ChronologyEvent event(Row r) {
        List<EntityRef> entities = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        JsonArray es = new JsonArray(r.getString("entities"));
        if (es != null) {
            for (int i = 0; i < es.size(); i++) {
                JsonObject o = es.getJsonObject(i);
                if (seen.add(o.getString("key"))) { // an entity keeps its first role: place, actor, target, mentioned
                    entities.add(new EntityRef(o.getString("key"), o.getString("type"), o.getString("name"),
                            o.getString("nameAr"), o.getString("role"), o.getDouble("lat"), o.getDouble("lon"), null));
                }
            }
        }
        List<EventSource> sources = new ArrayList<>();
        JsonArray ss = new JsonArray(r.getString("sources"));
        if (ss != null) {
            for (int i = 0; i < ss.size(); i++) {
                JsonObject o = ss.getJsonObject(i);
                Integer killed = o.getInteger("killed");
                Integer injured = o.getInteger("injured");
                sources.add(new EventSource(o.getString("articleId"), o.getString("segmentId"), o.getString("text"),
                        o.getString("lang"), o.getInteger("sentenceStart"), o.getInteger("sentenceEnd"),
                        o.getString("trigger"), o.getString("date"), o.getString("precision"), killed,
                        killed == null ? null : o.getBoolean("killedAtLeast"), injured,
                        injured == null ? null : o.getBoolean("injuredAtLeast"), o.getString("joinedBecause"),
                        o.getString("articleTitle"), o.getString("publisher"), o.getString("publishedAt")));
            }
        }
        EntityRef place = entities.stream().filter(x -> "PLACE".equals(x.role())).findFirst().orElse(null);
        Integer killed = r.getInteger("killed");
        Integer injured = r.getInteger("injured");
        return new ChronologyEvent(r.getLong("id"), r.getString("date_value"), r.getLocalDate("date_earliest").toString(),
                r.getLocalDate("date_latest").toString(), r.getString("precision"), r.getString("date_basis"),
                r.getString("type"), r.getString("summary"), killed, killed == null ? null : r.getBoolean("killed_at_least"),
                injured, injured == null ? null : r.getBoolean("injured_at_least"),
                r.getBoolean("figures_differ") ? Boolean.TRUE : null, r.getDouble("confidence"), place, entities,
                sources);
    }

    /** Entities whose names (in any language or spelling) contain the words, most talked about first. */
    public Uni<List<EntityRef>> entities(String q, String type, int limit) {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("""
                select n.key, n.type, n.name, n.name_ar, n.lat, n.lon,
                       (select count(distinct x.event_id) from event_entity x where x.entity_key = n.key) as events
                  from entity n where true""");
        if (q != null) {
            String normalized = NameKey.of(q);
            args.add(q);
            args.add("%" + normalized + "%");
            sql.append(" and (n.key = $").append(args.size() - 1)
                    .append(" or n.key in (select a.entity_key from entity_alias a where a.normalized like $")
                    .append(args.size()).append("))");
        }
        if (type != null) {
            args.add(type);
            sql.append(" and n.type = $").append(args.size());
        }
        args.add(limit);
        sql.append(" order by events desc, n.key limit $").append(args.size());
        return pool.preparedQuery(sql.toString()).execute(Tuple.from(args)).map(rows -> {
            List<EntityRef> out = new ArrayList<>();
            for (Row r : rows) {
                out.add(new EntityRef(r.getString("key"), r.getString("type"), r.getString("name"),
                        r.getString("name_ar"), null, r.getDouble("lat"), r.getDouble("lon"), r.getLong("events")));
            }
            return out;
        });
    }

    public Uni<Optional<EntityView>> entity(String key) {
        return pool.preparedQuery("""
                select n.key, n.type, n.name, n.name_ar, n.lat, n.lon,
                       (select count(distinct x.event_id) from event_entity x where x.entity_key = n.key) as events,
                       (select count(*) from mention m where m.entity_key = n.key) as mentions,
                       (select count(distinct s.article_id) from mention m join segment s on s.id = m.segment_id
                         where m.entity_key = n.key) as articles,
                       (select json_agg(json_build_object('name', a.alias, 'lang', a.lang) order by a.lang, a.alias)
                          from entity_alias a where a.entity_key = n.key) as aliases
                  from entity n where n.key = $1""").execute(Tuple.of(key)).map(rows -> {
            if (rows.size() == 0) {
                return Optional.empty();
            }
            Row r = rows.iterator().next();
            List<EntityView.Alias> aliases = new ArrayList<>();
            JsonArray as = (JsonArray) r.getValue("aliases");
            if (as != null) {
                for (int i = 0; i < as.size(); i++) {
                    aliases.add(new EntityView.Alias(as.getJsonObject(i).getString("name"),
                            as.getJsonObject(i).getString("lang")));
                }
            }
            return Optional.of(new EntityView(r.getString("key"), r.getString("type"), r.getString("name"),
                    r.getString("name_ar"), r.getDouble("lat"), r.getDouble("lon"), r.getLong("events"),
                    r.getLong("mentions"), r.getLong("articles"), aliases));
        });
    }

    /** Whether the name is an entity's key or one of its names. */
    public Uni<Boolean> entityKnown(String keyOrName) {
        return pool.preparedQuery("select exists (select 1 from entity where key = $1) "
                + "or exists (select 1 from entity_alias where normalized = any($2))")
                .execute(Tuple.of(keyOrName, NameKey.variants(keyOrName).toArray(String[]::new)))
                .map(rows -> rows.iterator().next().getBoolean(0));
    }

    /** The articles stored, newest first. */
    public Uni<List<ArticleSummary>> articles(int limit, int offset) {
        return pool.preparedQuery("""
                select a.id, a.title, a.source, a.url, a.lang, a.published_at, a.segment_total,
                       (select count(*) from segment s where s.article_id = a.id) as stored,
                       (select count(distinct s.event_id) from event_source s where s.article_id = a.id) as events
                  from article a order by a.created_at desc, a.id limit $1 offset $2""")
                .execute(Tuple.of(limit, offset)).map(rows -> {
                    List<ArticleSummary> out = new ArrayList<>();
                    for (Row r : rows) {
                        long stored = r.getLong("stored");
                        out.add(new ArticleSummary(r.getString("id"), r.getString("title"), r.getString("source"),
                                r.getString("url"), r.getString("lang"), r.getString("published_at"),
                                r.getInteger("segment_total"), stored, stored == r.getInteger("segment_total"),
                                r.getLong("events")));
                    }
                    return out;
                });
    }

    public Uni<Boolean> articleExists(String id) {
        return pool.preparedQuery("select 1 from article where id = $1").execute(Tuple.of(id))
                .map(rows -> rows.size() > 0);
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
