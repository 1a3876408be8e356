package org.tarikh.timeline.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.hibernate.reactive.mutiny.Mutiny;
import org.tarikh.timeline.chronology.ArticleSummary;
import org.tarikh.timeline.chronology.ArticleView;
import org.tarikh.timeline.chronology.ChronologyEvent;
import org.tarikh.timeline.chronology.Cursor;
import org.tarikh.timeline.chronology.EntityRef;
import org.tarikh.timeline.chronology.EntityView;
import org.tarikh.timeline.chronology.EventSource;
import org.tarikh.timeline.chronology.NameKey;
import org.tarikh.timeline.chronology.NameSkeleton;
import org.tarikh.timeline.chronology.TimelinePage;
import org.tarikh.timeline.chronology.TimelineQuery;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Answers questions to the chronology; returns views, never entities. The chronology queries run as one SQL
 * statement each on the reactive pool Hibernate Reactive uses too: a page of events is one round trip and one index
 * range scan, because each event carries its rendering ({@code event.doc}, the JSON object of
 * {@link ChronologyEvent} with its entities, counts and representative sources, of a bounded size, written by
 * {@link ChronologyStore} in the transaction that changes the event). The JSON form of a page is those documents copied as PostgreSQL sends them, as bytes: no
 * sentence is decoded into a Java string and encoded again, which is what keeps a filtered page of 50 events within
 * a fraction of a millisecond of CPU over 100,000 events.
 */
@ApplicationScoped
public class ChronologyQueries {

    // columns of a page's rows by position: read per row on the event loop, no name lookups. The document comes as
    // bytea (binary transfer, its UTF-8 bytes as stored), not as text the client would decode into a String
    private static final int ID = 0;
    private static final int EARLIEST = 1;
    private static final int DOC = 2;

    private static final byte[] PAGE_START = "{\"events\":[".getBytes(StandardCharsets.UTF_8);

    private final Pool pool;
    private final ObjectMapper json;
    private final Mutiny.SessionFactory sessions;

    ChronologyQueries(Pool pool, ObjectMapper json, Mutiny.SessionFactory sessions) {
        this.pool = pool;
        this.json = json;
        this.sessions = sessions;
    }

    /** A page of events, read from their documents (for the exports, the text table and the stream). */
    public Uni<TimelinePage> timeline(TimelineQuery q) {
        return rows(q).map(rows -> {
            Documents page = documents(rows, q.limit());
            List<ChronologyEvent> events = new ArrayList<>(page.docs().size());
            page.docs().forEach(doc -> events.add(event(doc.getBytes())));
            return new TimelinePage(events, page.next());
        });
    }

    /**
     * The same page as {@link #timeline}, already written as the JSON of the API ({@link TimelinePage}): the events'
     * documents copied byte for byte, never parsed.
     */
    public Uni<JsonPage> timelineJson(TimelineQuery q) {
        return rows(q).map(rows -> {
            Documents page = documents(rows, q.limit());
            byte[] tail = (page.next() == null ? "]}" : "],\"next\":\"" + page.next() + "\"}")
                    .getBytes(StandardCharsets.US_ASCII);
            int size = PAGE_START.length + Math.max(page.docs().size() - 1, 0) + tail.length;
            for (Buffer doc : page.docs()) {
                size += doc.length();
            }
            byte[] body = new byte[size];
            System.arraycopy(PAGE_START, 0, body, 0, PAGE_START.length);
            int at = PAGE_START.length;
            for (Buffer doc : page.docs()) {
                if (at > PAGE_START.length) {
                    body[at++] = ',';
                }
                doc.getBytes(body, at);
                at += doc.length();
            }
            System.arraycopy(tail, 0, body, at, tail.length);
            return new JsonPage(body, page.next());
        });
    }

    /** The documents of a page's rows, and the cursor of the next page when the query found one row more. */
    private record Documents(List<Buffer> docs, String next) {
    }

    private static Documents documents(RowSet<Row> rows, int limit) {
        List<Buffer> docs = new ArrayList<>(Math.min(rows.size(), limit));
        long lastId = 0;
        LocalDate lastEarliest = null;
        for (Row row : rows) {
            if (docs.size() == limit) {
                return new Documents(docs, new Cursor(lastEarliest, lastId).encode());
            }
            lastId = row.getLong(ID);
            lastEarliest = row.getLocalDate(EARLIEST);
            docs.add(row.getDelegate().getBuffer(DOC));
        }
        return new Documents(docs, null);
    }

    /** A page of the chronology as JSON bytes, and the cursor of the next page (null on the last). */
    public record JsonPage(byte[] body, String next) {
    }

    private ChronologyEvent event(byte[] doc) {
        try {
            return json.readValue(doc, ChronologyEvent.class);
        } catch (IOException e) {
            throw new UncheckedIOException("an event document is not the JSON of a chronology event", e);
        }
    }

    /**
     * The rows of a page: the events' ids, first days and documents in date order, one more than the page holds (it
     * tells whether there is a next page). An entity filter is resolved to the entity keys it names first; a name
     * that means one entity, the usual case, reads that entity's own timeline (entity_timeline) in date order and
     * stops after the page, however many events the entity has.
     */
    private Uni<RowSet<Row>> rows(TimelineQuery q) {
        Uni<List<String>> entityKeys = q.entity() == null ? Uni.createFrom().nullItem() : keysNamed(q.entity());
        return entityKeys.chain(entities -> (q.place() == null ? Uni.createFrom().<List<String>> nullItem()
                : keysNamed(q.place())).chain(places -> rows(q, entities, places)));
    }

    /**
     * The keys of the entities a name means: the key itself, or the entities known by that name in one of its
     * spellings ({@link NameKey#variants}); and only when there are none, the entities one of whose names holds it
     * as whole words ("عين الأسد" finds "قاعدة عين الأسد", "Ain al-Asad" finds "Ain al-Asad air base"). The
     * second question is asked only when the first finds nothing, so the usual one stays two index lookups; the
     * trigram index narrows the names that contain the words before they are checked as whole words.
     */
    public Uni<List<String>> keysNamed(String name) {
        String[] forms = NameKey.variants(name).toArray(String[]::new);
        return exactKeys(name, forms).chain(exact -> {
            if (!exact.isEmpty() || forms.length == 0) {
                return Uni.createFrom().item(exact);
            }
            List<Object> args = new ArrayList<>();
            StringBuilder words = new StringBuilder();
            for (String form : forms) { // NameKey forms hold no % or _
                args.add("%" + form + "%");
                args.add("% " + form + " %");
                words.append(words.length() > 0 ? " or " : "").append("(a.normalized like $")
                        .append(args.size() - 1).append(" and ' ' || a.normalized || ' ' like $")
                        .append(args.size()).append(")");
            }
            return pool.preparedQuery("select distinct a.entity_key from entity_alias a where " + words)
                    .execute(Tuple.from(args)).map(ChronologyQueries::keys);
        });
    }

    /**
     * The keys the name is, or is a name of in one of its spellings, or the person's key it makes in any script:
     * entity-service keys a person by the skeleton of the name ({@link NameSkeleton}), so "John Kirby" finds the
     * Arabic reports of جون كيربي ({@code person:jn-krb}) though no stored alias is spelled that way (names of two
     * words or more).
     */
    private Uni<List<String>> exactKeys(String name, String[] forms) {
        String skeleton = name.indexOf(':') >= 0 ? "" : NameSkeleton.of(name);
        // a full name only: one word's skeleton (Amin, Amman: amn) is too often someone else's
        String[] keys = skeleton.indexOf('-') < 0 ? new String[] {name} : new String[] {name, "person:" + skeleton};
        return pool.preparedQuery("select n.key from entity n where n.key = any($1)"
                + " union select a.entity_key from entity_alias a where a.normalized = any($2)")
                .execute(Tuple.of(keys, forms)).map(ChronologyQueries::keys);
    }

    private static List<String> keys(RowSet<Row> rows) {
        List<String> keys = new ArrayList<>(rows.size());
        rows.forEach(r -> keys.add(r.getString(0)));
        return keys;
    }

    private Uni<RowSet<Row>> rows(TimelineQuery q, List<String> entityKeys, List<String> placeKeys) {
        List<Object> args = new ArrayList<>();
        // conditions on the event row alone, the same in every branch of the query
        StringBuilder common = new StringBuilder();
        if (q.types() != null && q.types().size() == 1) {
            // equality, not "= any": only equality reads the (type, date_earliest, id) index in page order
            args.add(q.types().get(0));
            common.append(" and e.type = $").append(args.size());
        } else if (q.types() != null && !q.types().isEmpty()) {
            args.add(q.types().toArray(String[]::new));
            common.append(" and e.type = any($").append(args.size()).append(")");
        }
        if (placeKeys != null && placeKeys.isEmpty()) {
            common.append(" and false"); // names no place known
        } else if (placeKeys != null && placeKeys.size() == 1) {
            args.add(placeKeys.get(0)); // equality reads the (place_key, date_earliest, id) index in page order
            common.append(" and e.place_key = $").append(args.size());
        } else if (placeKeys != null) {
            args.add(placeKeys.toArray(String[]::new));
            common.append(" and e.place_key = any($").append(args.size()).append(")");
        }
        if (q.article() != null) {
            args.add(q.article());
            common.append(" and e.id in (select s.event_id from event_source s where s.article_id = $")
                    .append(args.size()).append(")");
        }
        if (q.lang() != null) {
            args.add(new String[] { q.lang() });
            common.append(" and e.langs @> $").append(args.size());
        }
        if (q.sources() != null && !q.sources().isEmpty()) {
            args.add(q.sources().toArray(String[]::new));
            common.append(" and e.id in (select s.event_id from event_source s join article a on a.id = s.article_id")
                    .append(" where a.source = any($").append(args.size()).append("))");
        }
        if (q.text() != null) {
            for (String word : NameKey.of(q.text()).split(" ")) {
                if (!word.isEmpty()) {
                    args.add("%" + word + "%"); // NameKey leaves no % or _ to escape
                    common.append(" and e.search_text like $").append(args.size());
                }
            }
        }
        if (q.minPrecision() != null) {
            args.add((short) q.minPrecision().rank());
            common.append(" and e.precision_rank >= $").append(args.size());
        }
        if (q.eventIds() != null) {
            args.add(q.eventIds().toArray(Long[]::new));
            common.append(" and e.id = any($").append(args.size()).append(")");
        }
        // the entity: one key drives the query from its timeline (t), ordered as the page is; several are a filter
        boolean byEntity = entityKeys != null && entityKeys.size() == 1;
        String events = byEntity ? "entity_timeline t join event e on e.id = t.event_id" : "event e";
        // (every parameter must be used by the statement: one left out makes it unpreparable, parsed every time)
        String entityOfEvent = "";
        String entityOfMain = "";
        if (entityKeys != null && entityKeys.isEmpty()) {
            entityOfEvent = entityOfMain = " and false"; // names nothing known
        } else if (byEntity) {
            args.add(entityKeys.get(0));
            entityOfMain = " and t.entity_key = $" + args.size();
            entityOfEvent = " and e.id in (select t.event_id from entity_timeline t where t.entity_key = $"
                    + args.size() + ")";
        } else if (entityKeys != null) {
            args.add(entityKeys.toArray(String[]::new));
            entityOfEvent = entityOfMain = " and e.id in (select t.event_id from entity_timeline t"
                    + " where t.entity_key = any($" + args.size() + "))";
        }
        // the position on the chronology, on the driving rows: t's date is its event's (kept so by triggers)
        String day = byEntity ? "t.date_earliest" : "e.date_earliest";
        String id = byEntity ? "t.event_id" : "e.id";
        StringBuilder position = new StringBuilder();
        StringBuilder positionOfEvent = new StringBuilder();
        if (q.to() != null) {
            args.add(q.to());
            position.append(" and ").append(day).append(" <= $").append(args.size());
            positionOfEvent.append(" and e.date_earliest <= $").append(args.size());
        }
        if (q.after() != null) {
            args.add(q.after().date());
            args.add(q.after().id());
            String after = " > ($" + (args.size() - 1) + ", $" + args.size() + ")";
            position.append(" and (").append(day).append(", ").append(id).append(")").append(after);
            positionOfEvent.append(" and (e.date_earliest, e.id)").append(after);
        }
        args.add(q.limit() + 1);
        String limit = "$" + args.size();
        String main = "select e.id, e.date_earliest, e.doc from " + events + " where true" + common + entityOfMain
                + position;
        String order = " order by " + day + ", " + id + " limit " + limit;
        String page;
        if (q.from() == null) {
            page = main + order;
        } else {
            args.add(q.from());
            String from = "$" + args.size();
            // the events that begin on or after from= (an ordered index scan that stops after the page), and the
            // few that began before it and still run on that day (a month, a year): no order/limit on those, an
            // ordered scan would walk every earlier row. Those are found through the event_span index alone and
            // filtered afterwards ("offset 0" keeps the planner from ANDing other indexes in: a type's or a common
            // word's bitmap is tens of thousands of entries, read to keep a few of a dozen rows)
            String straddling = "select e.id, e.date_earliest, e.doc from (select * from event e"
                    + " where daterange(e.date_earliest, e.date_latest, '(]') @> " + from + "::date offset 0) e"
                    + " where true" + common + entityOfEvent + positionOfEvent;
            page = "select * from ((" + main + " and " + day + " >= " + from + order + ") union all (" + straddling
                    + ")) page order by page.date_earliest, page.id limit " + limit;
        }
        // documents as bytes, taken only for the rows of the page (after the order and the limit)
        String sql = "select p.id, p.date_earliest, convert_to(p.doc::text, 'UTF8') from (" + page
                + ") p order by p.date_earliest, p.id";
        assert usesEveryParameter(sql, args.size()) : "a parameter the statement does not use: " + sql;
        return pool.preparedQuery(sql).execute(Tuple.from(args));
    }

    /** Whether $1..$count all occur in the statement: with one left out the client did not keep it prepared, and
     * PostgreSQL parsed it again on every call (seen in the load test). */
    static boolean usesEveryParameter(String sql, int count) {
        for (int i = 1; i <= count; i++) {
            if (!Pattern.compile("\\$" + i + "(?![0-9])").matcher(sql).find()) {
                return false;
            }
        }
        return true;
    }

    /** A page of an event's sources: how many the filters keep, the page, and the cursor of the next (or null). */
    public record SourcePage(long event, long total, List<EventSource> sources, String next) {
    }

    /**
     * An event's sources a page at a time, from the event_source index in report order (publication time, then
     * sentence) or its reverse, in one language or from one outlet: a page reads its rows and stops, however many
     * sources the event has. Empty when there is no such event.
     *
     * @param after a cursor of a previous page ({@link #sourceCursor}), or null for the first page
     */
    public Uni<Optional<SourcePage>> sources(long event, String lang, String outlet, boolean newest, String after,
            int limit) {
        String[] position = after == null ? null : decodeSourceCursor(after);
        List<Object> args = new ArrayList<>();
        args.add(event);
        StringBuilder where = new StringBuilder("s.event_id = $1");
        if (lang != null) {
            args.add(lang);
            where.append(" and s.lang = $").append(args.size());
        }
        if (outlet != null) {
            args.add(outlet);
            where.append(" and s.outlet = $").append(args.size());
        }
        String filter = where.toString();
        Tuple countArgs = Tuple.from(new ArrayList<>(args));
        if (position != null) {
            args.add(position[0]);
            args.add(Long.parseLong(position[1]));
            where.append(" and (s.report_key, s.id) ").append(newest ? "<" : ">").append(" ($")
                    .append(args.size() - 1).append(", $").append(args.size()).append(")");
        }
        args.add(limit + 1);
        String direction = newest ? " desc" : "";
        String sql = """
                select s.article_id, s.segment_id, s.sentence, s.lang, s.sentence_start, s.sentence_end, s.trigger,
                       s.date_value, s.precision, s.killed, s.killed_at_least, s.injured, s.injured_at_least,
                       s.joined_because, a.title, nullif(s.outlet, s.article_id), s.published_at, coalesce(s.url, a.url),
                       s.report_key, s.id
                  from event_source s join article a on a.id = s.article_id""" + " where " + where + " order by s.report_key" + direction + ", s.id" + direction + " limit $"
                + args.size();
        // the count reads the same index as the page: only an event's own sources, in one language or outlet
        String count = lang == null && outlet == null
                ? "select e.source_count from event e where e.id = $1"
                : "select (select count(*) from event_source s where " + filter + ") from event e where e.id = $1";
        return pool.preparedQuery(count).execute(countArgs).chain(counted -> {
            if (counted.size() == 0) {
                return Uni.createFrom().item(Optional.<SourcePage>empty());
            }
            long total = counted.iterator().next().getLong(0);
            return pool.preparedQuery(sql).execute(Tuple.from(args)).map(rows -> {
                List<EventSource> page = new ArrayList<>(Math.min(rows.size(), limit));
                String next = null;
                String lastKey = null;
                long lastId = 0;
                for (Row r : rows) {
                    if (page.size() == limit) {
                        next = sourceCursor(lastKey, lastId);
                        break;
                    }
                    Integer killed = r.getInteger(9);
                    Integer injured = r.getInteger(11);
                    page.add(new EventSource(r.getString(0), r.getString(1), r.getString(2), r.getString(3),
                            r.getInteger(4), r.getInteger(5), r.getString(6), r.getString(7), r.getString(8), killed,
                            killed == null ? null : r.getBoolean(10), injured,
                            injured == null ? null : r.getBoolean(12), r.getString(13), r.getString(14),
                            r.getString(15), r.getString(16), r.getString(17), null));
                    lastKey = r.getString(18);
                    lastId = r.getLong(19);
                }
                return Optional.of(new SourcePage(event, total, page, next));
            });
        });
    }

    static String sourceCursor(String reportKey, long id) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((reportKey + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The report key and id of a source cursor. @throws IllegalArgumentException when it is none */
    public static String[] decodeSourceCursor(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = text.lastIndexOf('|');
            if (bar < 1) {
                throw new IllegalArgumentException("no position");
            }
            Long.parseLong(text.substring(bar + 1));
            return new String[] { text.substring(0, bar), text.substring(bar + 1) };
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + cursor + "' is not a cursor from a previous page's 'next'");
        }
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

    /**
     * The entity a key or a name stands for: the key itself, else the entity one of whose names (in any script:
     * بغداد, Baghdad) or whose person key it is ({@link #exactKeys}); where a name is several entities', the one in
     * the most events.
     */
    public Uni<Optional<EntityView>> entityNamed(String keyOrName) {
        return entity(keyOrName).chain(found -> {
            if (found.isPresent()) {
                return Uni.createFrom().item(found);
            }
            return exactKeys(keyOrName, NameKey.variants(keyOrName).toArray(String[]::new)).chain(keys -> {
                if (keys.isEmpty()) {
                    return Uni.createFrom().item(Optional.<EntityView>empty());
                }
                return pool.preparedQuery("""
                        select n.key from entity n where n.key = any($1)
                         order by (select count(*) from event_entity x where x.entity_key = n.key) desc, n.key
                         limit 1""").execute(Tuple.of(keys.toArray(String[]::new)))
                        .chain(rows -> entity(rows.iterator().next().getString(0)));
            });
        });
    }

    /** Whether the name is an entity's key or one of its names. */
    public Uni<Boolean> entityKnown(String keyOrName) {
        return exactKeys(keyOrName, NameKey.variants(keyOrName).toArray(String[]::new)).map(keys -> !keys.isEmpty());
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

    /**
     * An article as stored, with its segments and what was found in each, through its entities in a stateless session:
     * no persistence context to fill, nothing to dirty-check or flush before each query, and the mentions and timexes
     * selected by the article's id (a statement of one text, where a list of segment ids made one per segment count).
     * Through a session with {@code segmentId in (…)} it was most of timeline-service's CPU in a benchmark whose
     * watcher asks for pending articles one by one (docs/benchmarks.md).
     */
    public Uni<Optional<ArticleView>> article(String id) {
        return sessions.withStatelessSession(session -> session.get(StoredArticle.class, id).chain(article -> {
            if (article == null) {
                return Uni.createFrom().item(Optional.<ArticleView>empty());
            }
            return session.createSelectionQuery("from StoredSegment where articleId = ?1 order by seq",
                    StoredSegment.class).setParameter(1, id).getResultList().chain(segs -> {
                        if (segs.isEmpty()) {
                            return Uni.createFrom().item(Optional.of(view(article, segs, List.of(), List.of())));
                        }
                        return session.createSelectionQuery("""
                                from StoredMention m
                                 where m.segmentId in (select s.id from StoredSegment s where s.articleId = ?1)
                                 order by m.segmentId, m.start""", StoredMention.class)
                                .setParameter(1, id).getResultList()
                                .chain(ms -> session.createSelectionQuery("""
                                        from StoredTimex t
                                         where t.segmentId in (select s.id from StoredSegment s where s.articleId = ?1)
                                         order by t.segmentId, t.start""", StoredTimex.class)
                                        .setParameter(1, id).getResultList()
                                        .map(ts -> Optional.of(view(article, segs, ms, ts))));
                    });
        }));
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
