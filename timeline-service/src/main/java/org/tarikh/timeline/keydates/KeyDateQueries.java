package org.tarikh.timeline.keydates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tarikh.timeline.store.ChronologyQueries;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Answers a key-dates question from {@code date_reference} in three short statements: how many articles of the
 * selection refer to each day (grouped by day, publication day and outlet, so the answer is small whatever the
 * number of articles) and how many were published each day; then the sentences of the best days only; then the
 * events those days hold. {@link KeyDateRanker} does the choosing.
 */
@ApplicationScoped
public class KeyDateQueries {

    /** Sentences read per candidate day: enough for its centroid and a choice, bounded for a day every article cites. */
    static final int SENTENCES_PER_DAY = 150;

    private final Pool pool;
    private final ChronologyQueries chronology;

    KeyDateQueries(Pool pool, ChronologyQueries chronology) {
        this.pool = pool;
        this.chronology = chronology;
    }

    public Uni<List<KeyDateRanker.KeyDate>> keyDates(KeyDatesQuery q) {
        Uni<List<String>> entities = q.entity() == null ? Uni.createFrom().nullItem() : chronology.keysNamed(q.entity());
        return entities.chain(e -> (q.place() == null ? Uni.createFrom().<List<String>> nullItem()
                : chronology.keysNamed(q.place())).chain(p -> keyDates(q, new Selection(q, e, p))));
    }

    private Uni<List<KeyDateRanker.KeyDate>> keyDates(KeyDatesQuery q, Selection s) {
        return Uni.combine().all().unis(dayCounts(s), publishedOn(s)).asTuple().chain(counts -> {
            List<KeyDateRanker.DayScore> ranked = KeyDateRanker.rankDays(counts.getItem1(), counts.getItem2());
            if (ranked.isEmpty()) {
                return Uni.createFrom().item(List.<KeyDateRanker.KeyDate>of());
            }
            List<KeyDateRanker.DayScore> best = ranked.subList(0, Math.min(ranked.size(), 2 * q.n() + 10));
            LocalDate[] days = best.stream().map(KeyDateRanker.DayScore::day).toArray(LocalDate[]::new);
            return Uni.combine().all().unis(candidates(s, days), events(s, days)).asTuple()
                    .map(found -> KeyDateRanker.choose(best, found.getItem1(), q.n(), q.k(), found.getItem2()));
        });
    }

    private Uni<List<KeyDateRanker.DayCount>> dayCounts(Selection s) {
        List<Object> args = new ArrayList<>();
        String where = s.references(args) + s.articles("r.article_id", args);
        return pool.preparedQuery("select r.day, r.published, r.source, count(distinct r.article_id)::int"
                + " from date_reference r where true" + where + " group by r.day, r.published, r.source")
                .execute(Tuple.from(args)).map(rows -> {
                    List<KeyDateRanker.DayCount> out = new ArrayList<>(rows.size());
                    for (Row r : rows) {
                        out.add(new KeyDateRanker.DayCount(r.getLocalDate(0), r.getLocalDate(1), r.getString(2),
                                r.getInteger(3)));
                    }
                    return out;
                });
    }

    private Uni<Map<LocalDate, Integer>> publishedOn(Selection s) {
        List<Object> args = new ArrayList<>();
        String where = s.publications(args) + s.articles("a.id", args);
        return pool.preparedQuery("select a.published_date, count(*)::int from article a"
                + " where a.published_date is not null" + where + " group by a.published_date")
                .execute(Tuple.from(args)).map(rows -> {
                    Map<LocalDate, Integer> out = new HashMap<>();
                    rows.forEach(r -> out.put(r.getLocalDate(0), r.getInteger(1)));
                    return out;
                });
    }

    private Uni<List<KeyDateRanker.Candidate>> candidates(Selection s, LocalDate[] days) {
        List<Object> args = new ArrayList<>();
        args.add(days);
        String where = s.references(args) + s.articles("r.article_id", args);
        args.add(SENTENCES_PER_DAY);
        String sql = "select x.day, x.sentence, x.article_id, x.segment_id, x.source, x.published from"
                + " (select r.*, row_number() over (partition by r.day order by r.explicit desc, r.id) as rank"
                + " from date_reference r where r.day = any($1)" + where + ") x where x.rank <= $" + args.size();
        return pool.preparedQuery(sql).execute(Tuple.from(args)).map(rows -> {
            List<KeyDateRanker.Candidate> out = new ArrayList<>(rows.size());
            for (Row r : rows) {
                out.add(new KeyDateRanker.Candidate(r.getLocalDate(0), r.getString(1), r.getString(2),
                        r.getString(3), r.getString(4), r.getLocalDate(5)));
            }
            return out;
        });
    }

    private Uni<Map<LocalDate, Long>> events(Selection s, LocalDate[] days) {
        List<Object> args = new ArrayList<>();
        args.add(days);
        StringBuilder sql = new StringBuilder("select e.date_earliest, count(*) from event e"
                + " where e.precision in ('DAY', 'TIME') and e.date_earliest = any($1)");
        if (!s.q.types().isEmpty()) {
            args.add(s.q.types().toArray(String[]::new));
            sql.append(" and e.type = any($").append(args.size()).append(")");
        }
        sql.append(" and exists (select 1 from event_source es join article a on a.id = es.article_id"
                + " where es.event_id = e.id").append(s.publications(args)).append(s.articles("a.id", args))
                .append(") group by e.date_earliest");
        return pool.preparedQuery(sql.toString()).execute(Tuple.from(args)).map(rows -> {
            Map<LocalDate, Long> out = new HashMap<>();
            rows.forEach(r -> out.put(r.getLocalDate(0), r.getLong(1)));
            return out;
        });
    }

    /** The SQL conditions of a question, on date references ({@code r}) or articles ({@code a}). */
    private record Selection(KeyDatesQuery q, List<String> entityKeys, List<String> placeKeys) {

        /** Conditions on a date reference row alone. */
        String references(List<Object> args) {
            StringBuilder w = new StringBuilder();
            if (!q.sources().isEmpty()) {
                args.add(q.sources().toArray(String[]::new));
                w.append(" and r.source = any($").append(args.size()).append(")");
            }
            if (q.lang() != null) {
                args.add(q.lang());
                w.append(" and r.lang = $").append(args.size());
            }
            range(w, args, "r.day", q.from(), q.to());
            range(w, args, "r.published", q.publishedFrom(), q.publishedTo());
            return w.toString();
        }

        /** Conditions on an article row alone (its outlet, language and publication day). */
        String publications(List<Object> args) {
            StringBuilder w = new StringBuilder();
            if (!q.sources().isEmpty()) {
                args.add(q.sources().toArray(String[]::new));
                w.append(" and a.source = any($").append(args.size()).append(")");
            }
            if (q.lang() != null) {
                args.add(q.lang());
                w.append(" and a.lang = $").append(args.size());
            }
            range(w, args, "a.published_date", q.publishedFrom(), q.publishedTo());
            return w.toString();
        }

        /** Conditions on what the article says: words, entities, places, event types. */
        String articles(String id, List<Object> args) {
            StringBuilder w = new StringBuilder();
            if (q.words() != null) {
                for (String word : q.words().strip().split("\\s+")) {
                    args.add("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
                    w.append(" and exists (select 1 from segment s where s.article_id = ").append(id)
                            .append(" and s.text ilike $").append(args.size()).append(")");
                }
            }
            mentions(w, args, id, entityKeys);
            mentions(w, args, id, placeKeys);
            if (!q.types().isEmpty()) {
                args.add(q.types().toArray(String[]::new));
                w.append(" and exists (select 1 from event_source es where es.article_id = ").append(id)
                        .append(" and es.type = any($").append(args.size()).append("))");
            }
            return w.toString();
        }

        private static void mentions(StringBuilder w, List<Object> args, String id, List<String> keys) {
            if (keys == null) {
                return;
            }
            if (keys.isEmpty()) {
                w.append(" and false"); // names nothing known
                return;
            }
            args.add(keys.toArray(String[]::new));
            w.append(" and exists (select 1 from mention m join segment s on s.id = m.segment_id where s.article_id = ")
                    .append(id).append(" and m.entity_key = any($").append(args.size()).append("))");
        }

        private static void range(StringBuilder w, List<Object> args, String column, LocalDate from, LocalDate to) {
            if (from != null) {
                args.add(from);
                w.append(" and ").append(column).append(" >= $").append(args.size());
            }
            if (to != null) {
                args.add(to);
                w.append(" and ").append(column).append(" <= $").append(args.size());
            }
        }
    }
}
