package org.tarikh.timeline.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tarikh.timeline.chronology.DateInterval;
import org.tarikh.timeline.chronology.DatePrecision;
import org.tarikh.timeline.chronology.EventDate;
import org.tarikh.timeline.chronology.MergeRule;
import org.tarikh.timeline.chronology.NameKey;
import org.tarikh.timeline.keydates.DateReferences;
import org.tarikh.timeline.chronology.TextSketch;
import org.tarikh.timeline.messaging.EnrichedMessage;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes enriched segments into the chronology, idempotently: a segment already stored changes nothing, so a
 * redelivered or re-ingested message is harmless. Each reported event either joins the chronology event it is the
 * same happening as ({@link MergeRule}) or becomes a new one.
 */
@ApplicationScoped
public class ChronologyStore {

    /**
     * What an event's words may be searched in: its first report's, then each joining report's that are not in it yet,
     * up to this many characters. Every change of it writes the event's trigram index again (and a new TOAST value), so
     * it is bounded well below a story's worth of reports: a copy or a near copy adds nothing (20,000 before: in the
     * copies bench the join's update of this column cost 3.6 ms, against 0.2 ms where texts stay short).
     */
    private static final int SEARCH_TEXT_MAX = 8_000;
    private static final char KEY_SEPARATOR = '\u001f';
    /**
     * At most this many events re-rendered for a renamed entity are announced as updated (a NOTIFY payload holds
     * 8000 bytes); any announcement drops every cached page, so the rest are served fresh too.
     */
    private static final int RENAMED_NOTIFIED = 200;
    /** The advisory lock of an event type's merges (its hashtext). */
    private static final String EVENT_LOCK = "tarikh.event.";
    /**
     * The advisory lock of an address's versions (its hashtext): which of two versions of an article stays is decided
     * by one writer at a time, or two replicas storing both at once each saw no other and both stayed.
     */
    private static final String VERSION_LOCK = "tarikh.url.";

    /**
     * A report as one more source of the event {@code %1$s} (an SQL expression), with the event's article, outlet,
     * language representative and entity links: the CTEs {@code s} (the new source: id, report_key, outlet; no row when
     * it is stored already), {@code a}, {@code o}, {@code l}, {@code x}; {@link #bindReport} binds their parameters.
     */
    private static final String REPORT_ROWS = """
                s as (insert into event_source (event_id, segment_id, article_id, lang, type, sentence_start,
                                                sentence_end, sentence, trigger, trigger_start, date_value,
                                                precision, date_basis, killed, killed_at_least, injured,
                                                injured_at_least, confidence, joined_because)
                      values (%1$s, :segment, :article, :lang, :type, :start, :end, :sentence, :trigger,
                              :triggerStart, :date, :precision, :basis, :killed, :killedAtLeast, :injured,
                              :injuredAtLeast, :confidence, :joined)
                      on conflict do nothing
                      returning id, report_key, outlet),
                a as (insert into event_article (event_id, article_id) select %1$s, :article from s
                      on conflict do nothing returning 1),
                o as (insert into event_outlet (event_id, outlet) select %1$s, s.outlet from s
                      on conflict do nothing returning 1),
                l as (insert into event_lang (event_id, lang, source_id, report_key)
                      select %1$s, cast(:lang as text), s.id, s.report_key from s
                       where cast(:lang as text) is not null
                      on conflict (event_id, lang) do update set source_id = excluded.source_id,
                                                                 report_key = excluded.report_key
                      where excluded.report_key < event_lang.report_key returning 1),
                x as (insert into event_entity (event_id, entity_key, role)
                      select %1$s, e.r->>'key', e.r->>'role'
                        from jsonb_array_elements(cast(cast(:links as text) as jsonb)) with ordinality e(r, n)
                       order by e.n
                      on conflict do nothing returning 1)
            """;

    /**
     * The event's counts and representatives with one more source (its report key and id the two arguments, as SQL
     * expressions); the statement defines {@code a}, {@code o} (a row each when the source's article, outlet is new to
     * the event) and takes :event, :exactRank (the report's precision rank, 0 for one dated by its publication),
     * :killed, :killedAtLeast, :injured, :injuredAtLeast, :summary, :confidence.
     */
    private static final String COUNT_SOURCE = """
                update event set
                    summary = case when cast(:summary as text) is null then summary
                                   when summary_key is null or :confidence > confidence
                                        or (:confidence = confidence and %1$s < summary_key) then cast(:summary as text)
                                   else summary end,
                    summary_key = case when cast(:summary as text) is null then summary_key
                                       when summary_key is null or :confidence > confidence
                                            or (:confidence = confidence and %1$s < summary_key) then %1$s
                                       else summary_key end,
                    confidence = greatest(confidence, :confidence),
                    source_count = source_count + 1,
                    article_count = article_count + (select count(*) from a),
                    outlet_count = outlet_count + (select count(*) from o),
                    first_source = case when first_key is null or %1$s < first_key then %2$s else first_source end,
                    first_key = case when first_key is null or %1$s < first_key then %1$s else first_key end,
                    exact_source = case when exact_rank is null or :exactRank > exact_rank
                                             or (:exactRank = exact_rank and %1$s < exact_key)
                                        then %2$s else exact_source end,
                    exact_key = case when exact_rank is null or :exactRank > exact_rank
                                          or (:exactRank = exact_rank and %1$s < exact_key)
                                     then %1$s else exact_key end,
                    exact_rank = greatest(exact_rank, :exactRank),
                    killed = greatest(killed, cast(:killed as integer)),
                    killed_min = least(killed_min, cast(:killed as integer)),
                    killed_at_least = case when cast(:killed as integer) is null then killed_at_least
                                           when killed is null or cast(:killed as integer) > killed then :killedAtLeast
                                           when cast(:killed as integer) = killed then killed_at_least and :killedAtLeast
                                           else killed_at_least end,
                    injured = greatest(injured, cast(:injured as integer)),
                    injured_min = least(injured_min, cast(:injured as integer)),
                    injured_at_least = case when cast(:injured as integer) is null then injured_at_least
                                            when injured is null or cast(:injured as integer) > injured
                                                then :injuredAtLeast
                                            when cast(:injured as integer) = injured
                                                then injured_at_least and :injuredAtLeast
                                            else injured_at_least end,
                    figures_differ = figures_differ
                        or (killed is not null and cast(:killed as integer) is not null
                            and (cast(:killed as integer) <> killed or cast(:killed as integer) <> killed_min))
                        or (injured is not null and cast(:injured as integer) is not null
                            and (cast(:injured as integer) <> injured or cast(:injured as integer) <> injured_min))
                """;

    private final Pool pool;

    ChronologyStore(Pool pool) {
        this.pool = pool;
    }

    /** Stores one enriched segment in one transaction; completes after the commit. */
    public Uni<IngestResult> ingest(EnrichedMessage message) {
        return ingestBatch(List.of(message)).map(results -> results.get(0));
    }

    /**
     * Stores enriched segments, in order, in one transaction of the reactive pool's; completes after the commit.
     * First the merge lock of every event type the segments report is taken, in one statement and in a fixed order
     * (so two replicas never wait on each other's locks in a cycle), instead of one statement per event.
     * <p>
     * The same statement sets the transaction's plan_cache_mode to force_generic_plan, with enable_seqscan off: every
     * ingest statement is a fixed lookup or write by key, whose plan does not depend on its parameters, so each is
     * planned once per connection instead of at every execution (a quarter of PostgreSQL's time for the ingest under
     * the connections' force_custom_plan, which stays for the pages). Without enable_seqscan off, a generic plan made
     * while a table was small (a sequential scan) stayed in use as the table grew, until an ANALYZE (docs/benchmarks.md).
     */
    public Uni<List<IngestResult>> ingestBatch(List<EnrichedMessage> segments) {
        java.util.TreeSet<String> locks = new java.util.TreeSet<>();
        for (EnrichedMessage m : segments) {
            m.eventsOrEmpty().forEach(e -> locks.add(EVENT_LOCK + e.type()));
            String url = m.segment().article().url();
            if (url != null && !url.isBlank()) {
                locks.add(VERSION_LOCK + url);
            }
        }
        return pool.withTransaction(connection -> {
            Sql sql = new Sql(connection);
            // one writer at a time per event type decides merges, so two replicas cannot both create the same event,
            // and per address decides which version stays; taken in one order (sorted), so no two batches deadlock
            Uni<Void> chain = sql.createNativeQuery("""
                    select set_config('plan_cache_mode', 'force_generic_plan', true),
                           set_config('enable_seqscan', 'off', true),
                           (select count(*) from (select pg_advisory_xact_lock(hashtext(t.k))
                                                    from (select k from jsonb_array_elements_text(
                                                                            cast(cast(:keys as text) as jsonb)) k
                                                           order by k) t) l)""", Object[].class)
                    .setParameter("keys", JsonRows.of(List.copyOf(locks)))
                    .getSingleResult().replaceWithVoid();
            List<IngestResult> results = new ArrayList<>();
            Batch batch = new Batch(segments);
            // an article's paragraph rows are written once its last paragraph of the batch is stored, before another
            // article's first (whose copy lookup reads them) and before the render (which reads its entities)
            return chain.chain(() -> InTurn.each(segments, m -> (m.segment().articleId().equals(batch.rowsArticle)
                            ? Uni.createFrom().voidItem() : writeRows(sql, batch))
                            .chain(() -> ingest(sql, m, batch)).invoke(results::add)))
                    .chain(() -> writeRows(sql, batch))
                    .chain(() -> render(sql, batch.touched)).chain(() -> notify(sql, batch.notices))
                    .replaceWith(results);
        });
    }

    /** Stores one segment; what it leaves to the end of the batch (events to render, announcements) in {@code batch}. */
    private Uni<IngestResult> ingest(Sql sql, EnrichedMessage m, Batch batch) {
        var segment = m.segment();
        var article = segment.article();
        String url = article.url() == null || article.url().isBlank() ? null : article.url();
        TextSketch articleSketch = batch.articleSketch(segment.articleId());
        TextSketch sketch = TextSketch.of(segment.text());
        // the article (once, with its sketch and bands) and the segment in one statement: 1 in each column for a row
        // that is new; neither when a later version of the article (same address, published later) is stored
        // already: it arrived first, and the older one is what it replaced, whatever the order they came in (third
        // column). A data-modifying CTE runs whether or not the select reads it (k, b). When the segment is new, the
        // same statement looks up the paragraphs it may copy ({@link #originalOf}): one row per paragraph found (id and
        // sketch in the last two columns), one row of nulls there when none is.
        Uni<List<Object[]>> insert = sql.createNativeQuery(INSERT_SEGMENT, Object[].class)
                .setParameter("versionUrl", url)
                .setParameter("id", segment.articleId())
                .setParameter("title", article.title())
                .setParameter("source", article.source())
                .setParameter("url", article.url())
                .setParameter("lang", article.lang())
                .setParameter("publishedAt", article.publishedAt())
                .setParameter("publishedDate", EventDate.publishedDay(article.publishedAt()))
                .setParameter("dateMissing", article.dateMissing() || article.publishedAt() == null)
                .setParameter("length", article.length())
                .setParameter("total", segment.total())
                .setParameter("segment", segment.segmentId())
                .setParameter("seq", segment.seq())
                .setParameter("kind", segment.kind())
                .setParameter("segmentLang", segment.lang())
                .setParameter("text", segment.text())
                .setParameter("start", segment.start())
                .setParameter("end", segment.end())
                .setParameter("credit", segment.credit())
                .setParameter("pairedWith", segment.pairedWith())
                .setParameter("dateline", segment.dateline())
                .setParameter("enricher", m.enricher())
                .setParameter("articleMinimums", articleSketch == null ? null : array(articleSketch.minimums()))
                .setParameter("articleBands", articleSketch == null ? null : array(articleSketch.bands()))
                .setParameter("bandMembers", BAND_MEMBERS)
                .setParameter("bands", sketch == null ? null : array(sketch.bands()))
                .setParameter("article", segment.articleId())
                .getResultList();
        return insert.chain(rows -> {
            Object[] counts = rows.get(0);
            if (((Number) counts[2]).intValue() == 1) {
                return Uni.createFrom().item(IngestResult.ALREADY_STORED);
            }
            // a new article whose address has another (older) version: that one is replaced, and its paragraphs
            // were among those the insert looked up, so the lookup runs again after (the insert's left it out)
            boolean replacing = ((Number) counts[0]).intValue() == 1 && ((Number) counts[5]).intValue() == 1;
            boolean inserted = ((Number) counts[1]).intValue() == 1;
            return (replacing
                        ? replaceOlderVersions(sql, segment.articleId(), url, batch)
                        : Uni.createFrom().item(List.<Long>of()))
                .chain(replaced -> {
                    Uni<IngestResult> stored;
                    if (!inserted) {
                        // the same text (parser-service names an article by it): from another outlet, a copy
                        stored = publishedAgain(sql, m, segment.segmentId(), 1.0, batch);
                    } else {
                        // the paragraphs found with the insert, unless an older version of this article was deleted
                        // since (replaceOlderVersions): its paragraphs may be among them
                        Uni<Copy> original = sketch != null && !replacing
                                ? Uni.createFrom().item(mostSimilar(sketch, rows.stream()
                                        .filter(r -> r[3] != null).map(r -> new Object[] { r[3], r[4] }).toList()))
                                : sketch != null ? originalOf(sql, m, sketch)
                                : m.eventsOrEmpty().isEmpty() ? Uni.createFrom().<Copy> nullItem()
                                : shortOriginal(sql, m, batch);
                        stored = original
                                .chain(similar -> similar == null
                                        ? storeFindings(sql, m, sketch, null, batch)
                                        : sameFindings(sql, m, similar).chain(same -> same != null
                                                ? DateReferences.insert(sql, m).chain(() -> publishedAgain(sql, m,
                                                        same.id(), same.similarity(), batch))
                                                : storeFindings(sql, m, sketch, similar.id(), batch)));
                    }
                    return stored.map(result -> replaced.isEmpty() ? result : result.alsoUpdated(replaced));
                });
        });
    }

    /**
     * What a batch leaves to its end (the events to render, the announcements of its segments' changes), and what it
     * knows of its articles: each one's sketch (all its paragraphs of the batch: a message carries a whole article, or
     * a part of a very long one), and the short paragraphs of the article each one nearly copies, once looked up.
     */
    private static final class Batch {
        final Set<Long> touched = new LinkedHashSet<>();
        final List<String> notices = new ArrayList<>();
        private final Map<String, String> texts = new LinkedHashMap<>();
        private final Map<String, TextSketch> sketches = new HashMap<>();
        final Map<String, Map<String, Copy>> shortParagraphs = new HashMap<>();
        /** The article whose analysed paragraphs' rows wait in {@link #rows} ({@link #writeRows}); null when none. */
        String rowsArticle;
        /** Those paragraphs' rows (sketch, bands, aliases, mentions, timexes, days), in their order. */
        final List<Map<String, Object>> rows = new ArrayList<>();
        /** Their entities not inserted yet, in order: a report's candidates statement inserts them first. */
        final List<EntityRow> newEntities = new ArrayList<>();
        /** Each of their entities' rows folded in order ({@link EntityRow#then}), for one update at the end. */
        final Map<String, EntityRow> entities = new LinkedHashMap<>();

        Batch(List<EnrichedMessage> segments) {
            Map<String, StringBuilder> joined = new LinkedHashMap<>();
            for (EnrichedMessage m : segments) {
                joined.computeIfAbsent(m.segment().articleId(), k -> new StringBuilder())
                        .append(m.segment().text()).append('\n');
            }
            joined.forEach((article, text) -> texts.put(article, text.toString()));
        }

        /** Keeps an analysed paragraph's rows and entities for {@link #writeRows}. */
        void defer(EnrichedMessage m, TextSketch sketch, List<EntityRow> entityRows, Map<String, Set<String>> namesOf) {
            rowsArticle = m.segment().articleId();
            rows.add(paragraphRows(m, sketch, namesOf));
            newEntities.addAll(entityRows);
            entityRows.forEach(row -> entities.merge(row.key(), row, EntityRow::then));
        }

        /** The article's sketch, or null when its text is too short to tell a copy by. */
        TextSketch articleSketch(String article) {
            String text = texts.get(article);
            return text == null ? null : sketches.computeIfAbsent(article, k -> TextSketch.of(text));
        }
    }

    /** A paragraph (or an article) stored before that this one copies, and how similar they are. */
    private record Copy(String id, double similarity) {
    }

    /**
     * The analysed paragraph of another article this one is a copy of (estimated similarity at least
     * {@link TextSketch#COPY_SIMILARITY}), the most similar one, then the first stored; null when there is none. The
     * paragraphs compared are the 20 that share the most bands of the sketch (an index lookup each; the more bands two
     * sketches share, the more similar they are): a story told by thousands of near copies has thousands of paragraphs
     * in a band, and the first 200 by id (as before) were 500 KB of sketches to read per paragraph, not always the
     * closest. The band array is
     * read once, in a sub-select: a text-to-array cast is not constant-folded (array_in is only stable), so written
     * inline it was parsed again for every row a sequential scan of segment_band met, and without fresh statistics
     * PostgreSQL chose that scan: the most costly statement of an ingest, growing with the table (docs/benchmarks.md).
     * A new paragraph's lookup is part of its insert ({@link #NEAREST_PARAGRAPHS_OF_NEW}: one statement per paragraph
     * fewer); this statement serves the first paragraph of a new version of an article, after the older is deleted.
     */
    private Uni<Copy> originalOf(Sql sql, EnrichedMessage m, TextSketch sketch) {
        return mostSimilar(sql, NEAREST_PARAGRAPHS, sketch, m.segment().articleId());
    }

    /**
     * The 20 sketches (paragraphs' or articles', as {@code <kind>_band} and {@code <kind>_sketch} name them, keyed by
     * {@code <kind>_id}) of other articles that share the most bands with this one, and their rank in that order;
     * only when {@code condition} holds.
     */
    private static String nearest(String kind, String condition) {
        return """
                select k.%1$s_id, k.minimums::text, row_number() over (order by c.shared desc, k.%1$s_id) as rank
                  from (select b.%1$s_id, count(*) as shared from %1$s_band b
                         where b.band = any(cast((select cast(cast(:bands as text) as bigint[])) as bigint[]))
                         group by b.%1$s_id) c
                  join %1$s_sketch k on k.%1$s_id = c.%1$s_id
                 where k.article_id <> :article and %2$s
                 order by c.shared desc, k.%1$s_id
                 limit 20""".formatted(kind, condition);
    }

    private static final String NEAREST_PARAGRAPHS = nearest("segment", "true");
    private static final String NEAREST_ARTICLES = nearest("article", "true");
    /**
     * {@link #NEAREST_PARAGRAPHS} as a CTE of the insert of a segment ({@link #ingest}): only when the segment is new
     * ({@code s}), and not for the first of a new article whose address has another version ({@code a}, {@code old}):
     * that version is deleted after this statement, and the paragraphs are looked up after that. A new article alone
     * at its address (every distinct article) has its lookup here, and no statements to delete what is not there:
     * three statements fewer per article (docs/benchmarks.md).
     */
    private static final String NEAREST_PARAGRAPHS_OF_NEW = nearest("segment",
            "exists (select 1 from s) and (not exists (select 1 from a) or not exists (select 1 from old))");

    /**
     * A segment's insert with its article's and its copy lookup ({@link #ingest}). Each statement's text is built once:
     * a text put together at each call was hashed and compared in full (several KB) by the statement cache at each
     * execution, and formatted again, for every paragraph and every report (docs/benchmarks.md).
     */
    private static final String INSERT_SEGMENT = """
                with n as (select 1 from article v
                            where v.url = cast(:versionUrl as text) and v.id <> :id
                              and (v.published_date > :publishedDate
                                   or v.published_date = :publishedDate and v.published_at > :publishedAt)
                            limit 1),
                     old as (select 1 from article v where v.url = cast(:versionUrl as text) and v.id <> :id limit 1),
                     a as (insert into article (id, title, source, url, lang, published_at, published_date,
                                                date_missing, text_length, segment_total)
                           select :id, :title, :source, :url, :lang, :publishedAt, :publishedDate, :dateMissing,
                                  :length, :total
                            where not exists (select 1 from n)
                           on conflict (id) do nothing returning 1),
                     s as (insert into segment (id, article_id, seq, kind, lang, text, start_offset, end_offset,
                                                credit, paired_with, dateline, enricher)
                           select :segment, :id, :seq, :kind, :segmentLang, :text, :start, :end, :credit,
                                  :pairedWith, :dateline, :enricher
                            where not exists (select 1 from n)
                           on conflict (id) do nothing returning 1),
                     k as (insert into article_sketch (article_id, minimums)
                           select :id, cast(cast(:articleMinimums as text) as bigint[])
                            where cast(:articleMinimums as text) is not null and exists (select 1 from a)
                           on conflict do nothing returning 1),
                     b as (insert into article_band (band, article_id)
                           select distinct u.band, :id
                             from unnest(cast(cast(:articleBands as text) as bigint[])) u(band)
                            where exists (select 1 from a)
                              and (select count(*) from (select 1 from article_band x where x.band = u.band
                                                          limit :bandMembers) c) < :bandMembers
                           on conflict do nothing returning 1),
                     near as (""" + NEAREST_PARAGRAPHS_OF_NEW + """
                     )
                select (select count(*) from a), (select count(*) from s), (select count(*) from n),
                       near.segment_id, near.minimums, (select count(*) from old)
                  from (select 1) o left join near on true
                 order by near.rank""";

    /** Of the nearest sketches ({@link #nearest}), the one most similar to this one, at least the copy threshold. */
    private Uni<Copy> mostSimilar(Sql sql, String nearest, TextSketch sketch, String article) {
        return sql.createNativeQuery(nearest, Object[].class)
                .setParameter("bands", array(sketch.bands()))
                .setParameter("article", article)
                .getResultList()
                .map(rows -> mostSimilar(sketch, rows));
    }

    /**
     * The paragraph a short one (too short for a sketch of its own) copies: the paragraph of the same words (in {@link
     * NameKey} form) in the article this one's article nearly copies (estimated similarity of the two articles' sketches
     * at least {@link TextSketch#COPY_SIMILARITY}, the most similar of the 20 sharing the most bands), or the analysed
     * paragraph that one copies in turn; null when there is none. A short paragraph alone is no evidence of copying (the
     * same few words are said of many happenings), its article is. Looked up once per article and batch.
     */
    private Uni<Copy> shortOriginal(Sql sql, EnrichedMessage m, Batch batch) {
        String article = m.segment().articleId();
        String words = NameKey.of(m.segment().text());
        Map<String, Copy> known = batch.shortParagraphs.get(article);
        if (known != null) {
            return Uni.createFrom().item(paragraphWith(known, words));
        }
        TextSketch sketch = batch.articleSketch(article);
        Uni<Copy> nearest = sketch == null ? Uni.createFrom().<Copy> nullItem()
                : mostSimilar(sql, NEAREST_ARTICLES, sketch, article);
        return nearest.chain(near -> near == null ? Uni.createFrom().item(Map.<String, Copy> of())
                : sql.createNativeQuery("""
                        select s.text, coalesce((select c.original_id from segment_copy c
                                                  where c.segment_id = s.id and c.original_id <> c.segment_id
                                                  limit 1), s.id)
                          from segment s
                         where s.article_id = :near
                         order by s.seq""", Object[].class)
                        .setParameter("near", near.id())
                        .getResultList()
                        .map(rows -> {
                            Map<String, Copy> paragraphs = new LinkedHashMap<>();
                            for (Object[] r : rows) {
                                String key = NameKey.of((String) r[0]);
                                if (!key.isEmpty()) {
                                    paragraphs.putIfAbsent(key, new Copy((String) r[1], near.similarity()));
                                }
                            }
                            return paragraphs;
                        }))
                .map(paragraphs -> {
                    batch.shortParagraphs.put(article, paragraphs);
                    return paragraphWith(paragraphs, words);
                });
    }

    /**
     * The paragraph (by its words in NameKey form) that is these words, or else the first that has them as a run of
     * whole words: an outlet that splits a paragraph makes a sentence of it a paragraph of its own (in a copies bench,
     * one such sentence was 80 doubled events). The latter is no copy (its other sentences report more), so the short
     * paragraph is analysed knowing it, and its sentence joins what that sentence reported there ({@link #candidates}).
     */
    private static Copy paragraphWith(Map<String, Copy> paragraphs, String words) {
        if (words.isEmpty()) {
            return null;
        }
        Copy same = paragraphs.get(words);
        if (same != null) {
            return same;
        }
        String run = " " + words + " ";
        for (Map.Entry<String, Copy> p : paragraphs.entrySet()) {
            if ((" " + p.getKey() + " ").contains(run)) {
                return p.getValue();
            }
        }
        return null;
    }

    /** Of (id, minimums) rows, the one most similar to the sketch, at least {@link TextSketch#COPY_SIMILARITY}. */
    private static Copy mostSimilar(TextSketch sketch, List<Object[]> rows) {
        Copy best = null;
        for (Object[] r : rows) {
            double similarity = sketch.similarity(TextSketch.of(minimums((String) r[1])));
            if (similarity >= TextSketch.COPY_SIMILARITY && (best == null || similarity > best.similarity())) {
                best = new Copy((String) r[0], similarity);
            }
        }
        return best;
    }

    /**
     * The original, when entity-service found in this paragraph what it found in the original: the same entities
     * and the same events (type, date, figures). Otherwise (an updated toll, another date, another name: an edit that
     * changes the findings) this paragraph is no copy and is analysed, whatever its similarity.
     * <p>
     * The paragraph's sources are read by its id alone ({@code offset 0}: no condition is pushed into that read), and
     * only then is {@code copy_of is null} applied: written as one condition, the generic plan (made while the table
     * was small) ANDed the paragraph's index entries with the whole of the partial index {@code event_source_own},
     * every analysed source of the archive (6.9 million entries read for 1,263 lookups, 5.3 ms each, in a 1,000-article
     * replay: docs/benchmarks.md). {@link #publishedAgain} reads its original's sources the same way.
     */
    private Uni<Copy> sameFindings(Sql sql, EnrichedMessage m, Copy original) {
        java.util.TreeSet<String> keys = new java.util.TreeSet<>();
        m.mentionsOrEmpty().stream().map(EnrichedMessage.Mention::key).filter(k -> k != null && !k.isBlank())
                .forEach(keys::add);
        java.util.TreeSet<String> events = new java.util.TreeSet<>();
        m.eventsOrEmpty().forEach(e -> events.add(e.type() + " " + e.date() + " " + e.killed() + " " + e.injured()));
        return sql.createNativeQuery("""
                select (select coalesce(string_agg(distinct x.entity_key, chr(31) order by x.entity_key), '')
                          from mention x where x.segment_id = :original and x.entity_key is not null),
                       (select coalesce(string_agg(distinct s.type || ' ' || s.date_value || ' '
                                                   || coalesce(s.killed::text, 'null') || ' '
                                                   || coalesce(s.injured::text, 'null'), chr(31)
                                                   order by s.type || ' ' || s.date_value || ' '
                                                   || coalesce(s.killed::text, 'null') || ' '
                                                   || coalesce(s.injured::text, 'null')), '')
                          from (select s.type, s.date_value, s.killed, s.injured, s.copy_of from event_source s
                                 where s.segment_id = :original offset 0) s
                         where s.copy_of is null)""",
                Object[].class)
                .setParameter("original", original.id())
                .getSingleResult()
                .map(r -> !events.isEmpty() && keys.equals(split((String) r[0])) && events.equals(split((String) r[1]))
                        ? original : null);
    }

    private static java.util.TreeSet<String> split(String joined) {
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        if (joined != null && !joined.isEmpty()) {
            out.addAll(Arrays.asList(joined.split(String.valueOf(KEY_SEPARATOR))));
        }
        return out;
    }

    /** A bigint[] as PostgreSQL writes it, "{1,-2,3}". */
    private static long[] minimums(String array) {
        String inner = array.substring(1, array.length() - 1);
        return inner.isEmpty() ? new long[0]
                : java.util.Arrays.stream(inner.split(",")).mapToLong(Long::parseLong).toArray();
    }

    /** An array parameter as PostgreSQL reads it (cast in the statement): the driver binds no long[]. */
    private static String array(long[] values) {
        StringBuilder b = new StringBuilder("{");
        for (long v : values) {
            b.append(b.length() > 1 ? "," : "").append(v);
        }
        return b.append('}').toString();
    }

    /**
     * A band lists at most this many paragraphs. The paragraphs that share a band are near copies of each other; in the
     * copies bench a story's bands filled with hundreds of analysed near copies (515 in one at 519 articles), so that
     * every copy lookup read thousands of band rows and grew with the story (1.8 ms a lookup, and rising). A paragraph
     * whose bands are full is still found through the 50 near copies they list, and through its other bands.
     */
    static final int BAND_MEMBERS = 50;

    /**
     * A paragraph published again, under this message's article, outlet, URL and time: it reports the original's
     * events, as one more source each (and one more article and outlet when they are new to the event), in constant
     * work per event; its sentences are not analysed or merged again. Nothing when this outlet already published it
     * at that address (a redelivery).
     */
    private Uni<IngestResult> publishedAgain(Sql sql, EnrichedMessage m, String originalId,
            double similarity, Batch batch) {
        var segment = m.segment();
        var article = segment.article();
        String outlet = article.source() == null || article.source().isBlank() ? segment.articleId()
                : article.source();
        String url = article.url() == null ? "" : article.url();
        return sql.createNativeQuery("""
                insert into segment_copy (segment_id, original_id, outlet, url, published_at, similarity)
                select :segment, :original, :outlet, :url, :published, :similarity
                 where not exists (select 1 from article a where a.id = :article and a.id = :originalArticle
                                      and coalesce(nullif(a.source, ''), a.id) = :outlet and coalesce(a.url, '') = :url)
                on conflict do nothing""")
                .setParameter("segment", segment.segmentId())
                .setParameter("original", originalId)
                .setParameter("outlet", outlet)
                .setParameter("url", url)
                .setParameter("published", article.publishedAt())
                .setParameter("similarity", (float) similarity)
                .setParameter("article", segment.articleId())
                .setParameter("originalArticle", originalId.equals(segment.segmentId()) ? segment.articleId() : "")
                .executeUpdate()
                .chain(copied -> {
                    if (copied == 0) {
                        return Uni.createFrom().item(IngestResult.ALREADY_STORED);
                    }
                    return sql.createNativeQuery("""
                            insert into event_source (event_id, segment_id, article_id, lang, type, sentence_start,
                                   sentence_end, sentence, trigger, trigger_start, date_value, precision, date_basis,
                                   killed, killed_at_least, injured, injured_at_least, confidence, joined_because,
                                   outlet, url, published_at, copy_of)
                            select s.event_id, :segment, :article, s.lang, s.type, s.sentence_start, s.sentence_end,
                                   s.sentence, s.trigger, s.trigger_start, s.date_value, s.precision, s.date_basis,
                                   s.killed, s.killed_at_least, s.injured, s.injured_at_least, s.confidence,
                                   :because || s.article_id, :outlet, nullif(:url, ''), :published, s.id
                              from (select * from event_source s
                                     where s.segment_id = coalesce((select c.original_id from segment_copy c
                                                                     where c.segment_id = :original
                                                                       and c.original_id <> c.segment_id limit 1),
                                                                   :original)
                                    offset 0) s
                             where s.copy_of is null
                            on conflict do nothing
                            returning id, report_key, outlet, event_id, lang,
                                      case when date_basis = 'PUBLICATION' then 0 else precision_rank(precision) end,
                                      killed, killed_at_least, injured, injured_at_least, confidence""", Object[].class)
                            .setParameter("segment", segment.segmentId())
                            .setParameter("article", segment.articleId())
                            .setParameter("because", String.format(java.util.Locale.ROOT,
                                    "published again (similarity %.2f) by this outlet: a copy of ", similarity))
                            .setParameter("outlet", outlet)
                            .setParameter("url", url)
                            .setParameter("published", article.publishedAt())
                            .setParameter("original", originalId)
                            .getResultList()
                            .chain(rows -> {
                                Set<Long> events = new LinkedHashSet<>();
                                for (Object[] r : rows) {
                                    events.add(((Number) r[3]).longValue());
                                }
                                batch.touched.addAll(events);
                                var result = new IngestResult(true, List.of(), List.copyOf(events));
                                return InTurn.each(rows, r -> addSource(sql, ((Number) r[3]).longValue(),
                                                ((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                                                segment.articleId(), (String) r[4], ((Number) r[5]).intValue(),
                                                r[6] == null ? null : ((Number) r[6]).intValue(), Boolean.TRUE.equals(r[7]),
                                                r[8] == null ? null : ((Number) r[8]).intValue(), Boolean.TRUE.equals(r[9]),
                                                null, ((Number) r[10]).doubleValue()))
                                        .map(v -> notify(batch, result));
                            });
                });
    }

    /**
     * A new version of an article (another text at the same URL) replaces the old one: the old version and what it
     * contributed are deleted (its sources, their article links and language representatives go with it), and each
     * event it reported is counted again ({@link #UNCOUNT}) from what the deleted sources were ({@link Removed},
     * read before the delete); those left with none go. The ids of the events changed.
     */
    private Uni<List<Long>> replaceOlderVersions(Sql sql, String articleId, String url, Batch batch) {
        // per event: how many of its sources and articles go, their outlets, and whether one of them held the highest
        // or lowest casualty figure (only then are the figures counted again from the sources that stay)
        return sql.createNativeQuery("""
                select s.event_id, count(*), count(distinct s.article_id),
                       coalesce(bool_or((s.killed is not null and (e.killed is null or s.killed >= e.killed
                                                                   or s.killed <= e.killed_min))
                                        or (s.injured is not null and (e.injured is null or s.injured >= e.injured
                                                                       or s.injured <= e.injured_min))), false),
                       string_agg(distinct s.outlet, chr(31))
                  from event_source s join event e on e.id = s.event_id
                 where s.article_id in (select a.id from article a where a.url = :url and a.id <> :id)
                 group by s.event_id
                 order by s.event_id""", Object[].class)
                .setParameter("url", url)
                .setParameter("id", articleId)
                .getResultList()
                .chain(rows -> sql.createNativeQuery("delete from article a where a.url = :url and a.id <> :id")
                        .setParameter("url", url)
                        .setParameter("id", articleId)
                        .executeUpdate()
                        .chain(deleted -> {
                            if (deleted == 0 || rows.isEmpty()) {
                                return Uni.createFrom().item(List.<Long>of());
                            }
                            List<Removed> removed = new ArrayList<>();
                            Set<String> outlets = new java.util.TreeSet<>();
                            for (Object[] r : rows) {
                                removed.add(new Removed(((Number) r[0]).longValue(), ((Number) r[1]).intValue(),
                                        ((Number) r[2]).intValue(), Boolean.TRUE.equals(r[3])));
                                outlets.addAll(split((String) r[4]));
                            }
                            String ids = array(removed.stream().mapToLong(Removed::event).toArray());
                            String removedRows = JsonRows.of(removed);
                            String outletRows = JsonRows.of(List.copyOf(outlets));
                            Uni<Void> chain = InTurn.each(UNCOUNT, statement -> sql.createNativeQuery(statement)
                                    .setParameter("events", ids)
                                    .setParameter("removed", removedRows)
                                    .setParameter("outlets", outletRows).executeUpdate());
                            // those that keep a source are rendered with the batch's other events, at its end
                            return chain.chain(() -> sql.createNativeQuery("""
                                            select e.id from event e
                                             where e.id = any(cast((select cast(cast(:events as text) as bigint[])) as bigint[]))""",
                                            Long.class)
                                    .setParameter("events", ids)
                                    .getResultList())
                                    .invoke(batch.touched::addAll);
                        }));
    }

    /**
     * What an older version's deleted sources took from an event: {@code sources} of them, from {@code articles}
     * articles (their event_article rows went with them), and whether one held the event's highest or lowest casualty
     * figure.
     */
    private record Removed(long event, int sources, int articles, boolean figures) {
    }

    /**
     * Counts the events of {@code :events} again after some of their sources were deleted ({@code :removed}), in work
     * that does not grow with their sources unless a representative or an extreme figure went: outlets of the deleted
     * sources ({@code :outlets}) that no source names any more go; a language whose representative went gets its first
     * remaining source; the counts go down by what was deleted; the first and the most exact report are looked up
     * again (an index probe each, V14) only when they went; the casualty range is counted again only when a deleted
     * source held one of its ends (else removing a source changes nothing), from the remaining originals (a copy's
     * source has its original's figures: V14); then the events left without a source go. Their languages
     * and documents are the batch's render. Same result as event_recount ({@code ChronologyStoreTest}). Before, every
     * figure was counted again from every remaining source: in a copies bench of 1,000 articles, where each event has
     * hundreds of sources, 1.0 s per replaced version and 75 % of PostgreSQL's statement time (docs/benchmarks.md).
     */
    private static final List<String> UNCOUNT = List.of("""
            delete from event_outlet o
             where o.event_id = any(cast((select cast(cast(:events as text) as bigint[])) as bigint[]))
               and o.outlet in (select jsonb_array_elements_text(cast(cast(:outlets as text) as jsonb)))
               and not exists (select 1 from event_source s where s.event_id = o.event_id and s.outlet = o.outlet)""",
            """
            insert into event_lang (event_id, lang, source_id, report_key)
            select f.event_id, f.lang, f.id, f.report_key
              from unnest(cast((select cast(cast(:events as text) as bigint[])) as bigint[])) ev(id)
              cross join lateral (
                    with recursive langs(lang) as (
                        select min(s.lang) from event_source s where s.event_id = ev.id
                        union all
                        select (select min(s.lang) from event_source s where s.event_id = ev.id and s.lang > l.lang)
                          from langs l where l.lang is not null)
                    select lang from langs where lang is not null) l
              cross join lateral (select s.event_id, s.lang, s.id, s.report_key from event_source s
                                   where s.event_id = ev.id and s.lang = l.lang
                                   order by s.report_key, s.id limit 1) f
            on conflict (event_id, lang) do nothing""",
            """
            with d as (select * from jsonb_to_recordset(cast(cast(:removed as text) as jsonb))
                                   as d(event bigint, sources integer, articles integer, figures boolean)),
                 c as (select d.event, d.sources, d.articles, d.figures,
                              (select count(*) from event_outlet o where o.event_id = d.event) as outlets,
                              not exists (select 1 from event_source s, event v
                                           where v.id = d.event and s.id = v.first_source) as first_gone,
                              not exists (select 1 from event_source s, event v
                                           where v.id = d.event and s.id = v.exact_source) as exact_gone
                         from d)
            update event e set
                source_count = e.source_count - c.sources,
                article_count = e.article_count - c.articles,
                outlet_count = c.outlets,
                first_source = case when c.first_gone then f.id else e.first_source end,
                first_key = case when c.first_gone then f.report_key else e.first_key end,
                exact_source = case when c.exact_gone then x.id else e.exact_source end,
                exact_key = case when c.exact_gone then x.report_key else e.exact_key end,
                exact_rank = case when c.exact_gone then x.rank else e.exact_rank end,
                killed = case when c.figures then k.killed else e.killed end,
                killed_min = case when c.figures then k.killed_min else e.killed_min end,
                killed_at_least = case when c.figures then k.killed_at_least else e.killed_at_least end,
                injured = case when c.figures then k.injured else e.injured end,
                injured_min = case when c.figures then k.injured_min else e.injured_min end,
                injured_at_least = case when c.figures then k.injured_at_least else e.injured_at_least end,
                figures_differ = case when c.figures then k.figures_differ else e.figures_differ end
              from c
              left join lateral (select s.id, s.report_key from event_source s
                                  where c.first_gone and s.event_id = c.event
                                  order by s.report_key, s.id limit 1) f on true
              left join lateral (select s.id, s.report_key,
                                        case when s.date_basis = 'PUBLICATION' then 0
                                             else precision_rank(s.precision) end as rank
                                   from event_source s
                                  where c.exact_gone and s.event_id = c.event
                                  order by case when s.date_basis = 'PUBLICATION' then 0
                                                else precision_rank(s.precision) end desc,
                                           s.report_key, s.id limit 1) x on true
              left join lateral (select max(s.killed) as killed, min(s.killed) as killed_min,
                                        coalesce(bool_and(s.killed_at_least) filter (where s.killed = m.mk), false)
                                            as killed_at_least,
                                        max(s.injured) as injured, min(s.injured) as injured_min,
                                        coalesce(bool_and(s.injured_at_least) filter (where s.injured = m.mi), false)
                                            as injured_at_least,
                                        coalesce(max(s.killed) <> min(s.killed), false)
                                            or coalesce(max(s.injured) <> min(s.injured), false) as figures_differ
                                   from event_source s,
                                        (select max(y.killed) mk, max(y.injured) mi from event_source y
                                          where y.event_id = c.event and y.copy_of is null) m
                                  where c.figures and s.event_id = c.event and s.copy_of is null) k on true
             where e.id = c.event""",
            """
            delete from event e where e.id = any(cast((select cast(cast(:events as text) as bigint[])) as bigint[]))
               and e.source_count = 0""");

    /**
     * Analyses a paragraph: its sketch, entities, rows and reports, each report joined to an event or creating one.
     * {@code similarTo} is the paragraph this one nearly copies (null when none): an edit changed the findings, so it
     * is analysed, but a sentence it shares word for word with that paragraph reports what that sentence reported
     * there, however short ({@link #candidates}).
     */
    private Uni<IngestResult> storeFindings(Sql sql, EnrichedMessage m, TextSketch sketch, String similarTo,
            Batch batch) {
        var segment = m.segment();
        Map<String, EnrichedMessage.Mention> entities = new LinkedHashMap<>();
        Map<String, Set<String>> namesOf = new LinkedHashMap<>();
        for (var mention : m.mentionsOrEmpty()) {
            if (mention.key() != null && !mention.key().isBlank()) {
                entities.putIfAbsent(mention.key(), mention);
                Set<String> names = namesOf.computeIfAbsent(mention.key(), k -> new LinkedHashSet<>());
                names.add(mention.text());
                names.addAll(mention.otherNames());
            }
        }
        List<Long> created = new ArrayList<>();
        List<Long> updated = new ArrayList<>();
        // its rows wait for the article's others (writeRows); its entities are inserted by its first report's
        // candidates statement, before the report links them, or with the rows
        batch.defer(m, sketch, entityRows(entities, namesOf), namesOf);
        Set<String> seen = new HashSet<>();
        // the same report twice in one message is one source
        var reports = m.eventsOrEmpty().stream().filter(event -> seen.add(
                event.sentenceStart() + "|" + event.type() + "|" + event.date() + "|" + event.triggerStart())).toList();
        return InTurn.each(reports, event -> storeEvent(sql, m, event, entities, namesOf, similarTo,
                        batch)
                        .invoke(outcome -> {
                            if (outcome != null) {
                                (outcome.created() ? created : updated).add(outcome.eventId());
                            }
                        }))
                .map(v -> notify(batch, new IngestResult(true, List.copyOf(created),
                updated.stream().filter(id -> !created.contains(id)).distinct().toList())));
    }

    /** The announcement of a segment's changes, sent with the batch's others ({@link #notify(Sql, List)}). */
    private static IngestResult notify(Batch batch, IngestResult result) {
        String payload = ChronologyChanges.payload(result.created(), result.updated());
        if (payload != null) {
            batch.notices.add(payload);
        }
        return result;
    }

    /**
     * Announces the batch's changes, one notification per segment as before, in one statement: PostgreSQL delivers
     * them to every listening replica when, and only if, this transaction commits.
     */
    private Uni<Void> notify(Sql sql, List<String> notices) {
        if (notices.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return sql.createNativeQuery("""
                select count(*) from (select pg_notify(:channel, p.p)
                                        from jsonb_array_elements_text(cast(cast(:payloads as text) as jsonb))
                                             with ordinality p(p, n)
                                       order by p.n) n""", Long.class)
                .setParameter("channel", ChronologyChanges.CHANNEL)
                .setParameter("payloads", JsonRows.of(notices))
                .getSingleResult().replaceWithVoid();
    }

    private record Outcome(long eventId, boolean created) {
    }

    private Uni<Outcome> storeEvent(Sql sql, EnrichedMessage m, EnrichedMessage.Event e,
            Map<String, EnrichedMessage.Mention> known, Map<String, Set<String>> namesOf, String similarTo,
            Batch batch) {
        // placeable: EnrichedMessage.decode dead-letters a message with an event that is not
        EventDate date = EventDate.place(e.date(), e.precision(), e.dateBasis(), m.publishedDay());
        DateInterval interval = date.interval();
        var segment = m.segment();
        String place = e.place() != null && known.containsKey(e.place()) ? e.place() : null;
        Set<String> participants = new LinkedHashSet<>();
        EnrichedMessage.nonNullKeys(e.actors()).stream().filter(known::containsKey).forEach(participants::add);
        EnrichedMessage.nonNullKeys(e.targets()).stream().filter(known::containsKey).forEach(participants::add);
        var report = new MergeRule.Happening(e.type(), date.value(), date.precision(), date.basis(), place,
                participants);
        String sentence = e.sentence() != null ? e.sentence()
                : segment.text().substring(e.sentenceStart(), e.sentenceEnd());
        String summary = e.summary() != null && !e.summary().isBlank() ? e.summary() : sentence;

        Map<String, String> roles = new LinkedHashMap<>();
        if (place != null) {
            roles.put(place, "PLACE");
        }
        EnrichedMessage.nonNullKeys(e.actors()).stream().filter(known::containsKey).forEach(k -> roles.putIfAbsent(k, "ACTOR"));
        EnrichedMessage.nonNullKeys(e.targets()).stream().filter(known::containsKey).forEach(k -> roles.putIfAbsent(k, "TARGET"));
        for (var mention : m.mentionsOrEmpty()) {
            if (mention.key() != null && known.containsKey(mention.key()) && mention.start() >= e.sentenceStart()
                    && mention.end() <= e.sentenceEnd()) {
                roles.putIfAbsent(mention.key(), "MENTIONED");
            }
        }
        StringBuilder searchable = new StringBuilder(summary);
        if (!summary.equals(sentence)) {
            searchable.append(' ').append(sentence);
        }
        for (String key : roles.keySet()) {
            namesOf.getOrDefault(key, Set.of()).forEach(n -> searchable.append(' ').append(n));
        }
        String searchText = NameKey.of(searchable.toString());

        // the event type's merge lock is held (ingestBatch)
        return candidates(sql, e.type(), interval, sentence, report, similarTo, batch)
                .chain(candidates -> {
                    var decision = MergeRule.join(report, candidates);
                    // a report that joins an event changes the event in its own statement (join)
                    Joining joining = decision.map(d -> new Joining(d, report, interval, searchText)).orElse(null);
                    // a new event is created with its first report, in one statement (create)
                    Uni<Outcome> outcome = decision.isPresent()
                            ? addReport(sql, decision.get().eventId(), segment, e, sentence,
                                    decision.get().reason(), report.precision().rank(), summary, roles, joining)
                                    .replaceWith(new Outcome(decision.get().eventId(), false))
                            : create(sql, e, report, interval, summary, searchText, segment, sentence, roles);
                    return outcome.invoke(o -> batch.touched.add(o.eventId()));
                });
    }

    /**
     * The stored events a report may join: of its type, dates within reach, and able to pass {@link MergeRule}: at the
     * report's place, or with one of its participants as actor or target, or reporting in the same sentence — of 40
     * characters or more (normalized, {@code sentence_key}; a shorter one, "Talks stalled several times.", may be
     * said of two happenings), or the very sentence in the paragraph this one nearly copies ({@code similarTo}),
     * whatever its length (without that, every analysed near copy of a story made one more event of each of its short
     * sentences: 23 doubles of one sentence in a copies bench). Only those are read, so that a busy month (more events
     * of one type than the cap, as a war's coverage has) cannot push the one to join out of the list: the first 200
     * by id of every event in the window, as before, left the newer ones unseen and made them again.
     */
    private Uni<List<MergeRule.Candidate>> candidates(Sql sql, String type, DateInterval interval,
            String sentence, MergeRule.Happening report, String similarTo, Batch batch) {
        // twice the reach: a stored undated event and an incoming one may each reach back a week
        int reach = 2 * MergeRule.UNDATED_REACH_DAYS;
        // the entities of the article's paragraphs analysed since the last were inserted, in their order: the
        // report links some of them (a foreign key), so they are inserted first, by this statement (y)
        boolean insertEntities = !batch.newEntities.isEmpty();
        var statement = sql.createNativeQuery(insertEntities ? CANDIDATES_INSERTING_ENTITIES : CANDIDATES,
                Object[].class);
        if (insertEntities) {
            statement.setParameter("entities", JsonRows.of(batch.newEntities));
            batch.newEntities.clear();
        }
        return statement
                .setParameter("type", type)
                .setParameter("earliest", interval.earliest().minusDays(reach))
                .setParameter("latest", interval.latest().plusDays(reach))
                .setParameter("sentence", sentence)
                .setParameter("similarTo", similarTo)
                .setParameter("place", report.place())
                .setParameter("participants", JsonRows.of(List.copyOf(report.participants())))
                .getResultList()
                .map(rows -> rows.stream().map(r -> new MergeRule.Candidate(((Number) r[0]).longValue(),
                        new MergeRule.Happening(type, (String) r[1], DatePrecision.lenient((String) r[2]),
                                (String) r[3], (String) r[4], keys((String) r[5])), Boolean.TRUE.equals(r[6])))
                        .toList());
    }

    /**
     * A paragraph's new entities, in the message's order ({@code on conflict do nothing} keeps the first of repeated
     * rows): a CTE of a report's candidates statement ({@link #CANDIDATES_INSERTING_ENTITIES}) or of {@link #ROWS}.
     */
    private static final String INSERT_ENTITIES = """
                y as (insert into entity (key, type, name, name_ar, lat, lon)
                      select e.r->>'key', e.r->>'type', e.r->>'name', e.r->>'ar',
                             (e.r->>'lat')::double precision, (e.r->>'lon')::double precision
                        from jsonb_array_elements(cast(cast(:entities as text) as jsonb)) with ordinality e(r, n)
                       order by e.n
                      on conflict (key) do nothing returning 1)""";

    /** {@link #candidates}'s statement, without its {@code with}. */
    private static final String CANDIDATES_CTES = """
                same as materialized (
                       -- a copy's source has its original's sentence and event: the originals say it (V14)
                       select s.event_id from event_source s
                        where sentence_key(s.sentence) = sentence_key(cast(:sentence as text)) and s.copy_of is null
                       union
                       select s.event_id from event_source s
                        where s.segment_id = cast(:similarTo as text) and s.sentence = :sentence),
                     who as materialized (
                       select jsonb_array_elements_text(cast(cast(:participants as text) as jsonb)) as k)
                select e.id, e.date_value, e.precision, e.date_basis, e.place_key,
                       (select string_agg(distinct x.entity_key, chr(31)) from event_entity x
                         where x.event_id = e.id and x.role in ('ACTOR', 'TARGET')),
                       e.id in (select event_id from same) as same_sentence
                  from event e
                  -- a probe of the event's links by their key for each event of the window (lateral, so that it is
                  -- never a hash of the whole link table)
                  left join lateral (select true as shared from event_entity x
                                      where x.event_id = e.id and x.role in ('ACTOR', 'TARGET')
                                        and x.entity_key in (select k from who)
                                      limit 1) p on true
                 where e.id in (
                       -- events of a month or less (days, weeks, months: most) in a window of 31 days more of the
                       -- (type, date_earliest) index; those of up to 400 days (quarters, years) in a window of 400
                       -- days more of their partial index (V13); the wider ones through theirs (V9): both ends of the
                       -- range bounded, whatever the table's size. One window of 400 days for the first two read
                       -- every day's event of the type for 13 months before the report, to keep those of its weeks
                       select n.id from event n
                        where n.type = :type and n.date_latest - n.date_earliest <= 31
                          and n.date_earliest >= cast(:earliest as date) - 31 and n.date_earliest <= :latest
                          and n.date_latest >= :earliest
                       union all
                       select y.id from event y
                        where y.type = :type and y.date_latest - y.date_earliest > 31
                          and y.date_latest - y.date_earliest <= 400
                          and y.date_earliest >= cast(:earliest as date) - 400 and y.date_earliest <= :latest
                          and y.date_latest >= :earliest
                       union all
                       select w.id from event w
                        where w.type = :type and w.date_latest - w.date_earliest > 400
                          and w.date_earliest <= :latest and w.date_latest >= :earliest)
                   and (e.place_key = cast(:place as text) or p.shared or e.id in (select event_id from same))
                 order by same_sentence desc, e.place_key = cast(:place as text) desc nulls last, e.id
                 limit 200""";
    private static final String CANDIDATES = "with " + CANDIDATES_CTES;
    private static final String CANDIDATES_INSERTING_ENTITIES = "with " + INSERT_ENTITIES + ",\n" + CANDIDATES_CTES;

    private static Set<String> keys(String joined) {
        if (joined == null || joined.isEmpty()) {
            return Set.of();
        }
        // a key linked as actor and as target comes twice: a set of them, not an error (Set.of throws on a repeat)
        return new LinkedHashSet<>(Arrays.asList(joined.split(String.valueOf(KEY_SEPARATOR))));
    }

    /**
     * A new event with its first report, in one statement (two before: the event, then the report counted into it):
     * the event's id is drawn first, the report stored under it, and the event row written with the counts and
     * representatives that counting this one source into an empty event gives ({@link #COUNT_SOURCE}: one source,
     * article and outlet, the report first and most exact, its figures the range). Without a stored source (the
     * report was stored already), the event is written without counts, as the counting update then left it.
     */
    private Uni<Outcome> create(Sql sql, EnrichedMessage.Event e, MergeRule.Happening report,
            DateInterval interval, String summary, String searchText, EnrichedMessage.Segment segment,
            String sentence, Map<String, String> roles) {
        var statement = sql.createNativeQuery(CREATE_EVENT, Long.class)
                .setParameter("eventDate", report.date())
                .setParameter("eventEarliest", interval.earliest())
                .setParameter("eventLatest", interval.latest())
                .setParameter("eventPrecision", report.precision().name())
                .setParameter("eventBasis", report.basis())
                .setParameter("place", report.place())
                .setParameter("search", clip(searchText));
        bindReport(statement, segment, e, sentence, null, report.precision().rank(), summary, roles);
        return statement.getSingleResult().map(id -> new Outcome(id, true));
    }

    /** {@link #create}'s statement. */
    private static final String CREATE_EVENT = "with ev as (select nextval(pg_get_serial_sequence('event', 'id')) as id),\n"
                + REPORT_ROWS.formatted("(select ev.id from ev)") + """
                , n as (insert into event (id, type, date_value, date_earliest, date_latest, precision, precision_rank,
                                           date_basis, place_key, summary, confidence, search_text, summary_key,
                                           source_count, article_count, outlet_count, first_source, first_key,
                                           exact_source, exact_key, exact_rank, killed, killed_min, killed_at_least,
                                           injured, injured_min, injured_at_least)
                        overriding system value
                        select ev.id, :type, :eventDate, :eventEarliest, :eventLatest, :eventPrecision, :rank,
                               :eventBasis, :place, :summary, :confidence, :search,
                               s.report_key, case when s.id is null then 0 else 1 end, (select count(*) from a),
                               (select count(*) from o), s.id, s.report_key, s.id, s.report_key,
                               case when s.id is null then null else cast(:exactRank as smallint) end,
                               case when s.id is null then null else cast(:killed as integer) end,
                               case when s.id is null then null else cast(:killed as integer) end,
                               s.id is not null and :killedAtLeast,
                               case when s.id is null then null else cast(:injured as integer) end,
                               case when s.id is null then null else cast(:injured as integer) end,
                               s.id is not null and :injuredAtLeast
                          from ev left join s on true
                        returning 1)
                select ev.id from ev where (select count(*) from n) = 1""";

    /**
     * What a report that joins an event changes in it besides its counts: the date it sharpens, the place it adds,
     * its words for search. Part of the report's statement ({@link #addReport}): a statement of its own before.
     */
    private record Joining(MergeRule.Decision decision, MergeRule.Happening report, DateInterval interval,
            String searchText) {

        /** The assignments, before the counting update's own (the date's too when the report sharpens it). */
        static String assignments(boolean sharpensDate) {
            String sharpen = sharpensDate
                    ? "date_value = :eventDate, date_earliest = :eventEarliest, date_latest = :eventLatest, "
                            + "precision = :eventPrecision, precision_rank = :rank, date_basis = :eventBasis, "
                    : "";
            return sharpen + """
                    place_key = coalesce(place_key, :place),
                    search_text = case when length(search_text) >= :max or strpos(search_text, :search) > 0
                                            then search_text
                                       else left(search_text || ' ' || :search, :max) end,
                    updated_at = now(),
                    """;
        }

        void bind(Sql.Statement<?> update) {
            update.setParameter("place", report.place())
                    .setParameter("search", searchText)
                    .setParameter("max", SEARCH_TEXT_MAX);
            if (decision.sharpensDate()) {
                // :rank is the report's precision rank, bound by the report's statement
                update.setParameter("eventDate", report.date())
                        .setParameter("eventEarliest", interval.earliest())
                        .setParameter("eventLatest", interval.latest())
                        .setParameter("eventPrecision", report.precision().name())
                        .setParameter("eventBasis", report.basis());
            }
        }
    }

    /**
     * A report of the event as one more source, counted into the event in constant work, whatever the number of its
     * sources (one more source, one more article or outlet when it is the first from it, the casualty range and
     * "at least" of its maximum, the representatives when this report comes before them in report order:
     * publication, then sentence, not arrival), and the event's links to the entities the report names: one
     * statement. Nothing is counted when the source is already stored (a redelivery); the links are made anyway.
     */
    private Uni<Integer> addReport(Sql sql, long eventId, EnrichedMessage.Segment segment,
            EnrichedMessage.Event e, String sentence, String joinedBecause, int rank, String summary,
            Map<String, String> roles, Joining joining) {
        var statement = sql.createNativeQuery(joining == null ? ADD_REPORT
                        : joining.decision().sharpensDate() ? ADD_REPORT_SHARPENING : ADD_REPORT_JOINING)
                .setParameter("event", eventId);
        bindReport(statement, segment, e, sentence, joinedBecause, rank, summary, roles);
        if (joining != null) {
            joining.bind(statement);
        }
        return statement.executeUpdate();
    }

    /** {@link #addReport}'s statement with these assignments first ({@link Joining#assignments}). */
    private static String addReport(String assignments) {
        return "with " + REPORT_ROWS.formatted(":event")
                + COUNT_SOURCE.formatted("s.report_key", "s.id")
                        .replaceFirst("update event set\n", "update event set\n"
                                + java.util.regex.Matcher.quoteReplacement(assignments))
                + " from s where event.id = :event";
    }

    private static final String ADD_REPORT = addReport("");
    private static final String ADD_REPORT_JOINING = addReport(Joining.assignments(false));
    private static final String ADD_REPORT_SHARPENING = addReport(Joining.assignments(true));

    /** The parameters of {@link #REPORT_ROWS}. */
    private static void bindReport(Sql.Statement<?> statement, EnrichedMessage.Segment segment, EnrichedMessage.Event e,
            String sentence, String joinedBecause, int rank, String summary, Map<String, String> roles) {
        List<Map<String, String>> links = new ArrayList<>();
        roles.forEach((key, role) -> links.add(Map.of("key", key, "role", role)));
        statement.setParameter("segment", segment.segmentId())
                .setParameter("article", segment.articleId())
                .setParameter("lang", segment.lang())
                .setParameter("type", e.type())
                .setParameter("start", e.sentenceStart())
                .setParameter("end", e.sentenceEnd())
                .setParameter("sentence", sentence)
                .setParameter("trigger", e.trigger())
                .setParameter("triggerStart", e.triggerStart())
                .setParameter("date", e.date())
                .setParameter("precision", e.precision())
                .setParameter("basis", e.dateBasis() == null ? "TIMEX" : e.dateBasis())
                .setParameter("killed", e.killed())
                .setParameter("killedAtLeast", e.killed() != null && e.killedAtLeast())
                .setParameter("injured", e.injured())
                .setParameter("injuredAtLeast", e.injured() != null && e.injuredAtLeast())
                .setParameter("confidence", e.confidence())
                .setParameter("joined", joinedBecause)
                .setParameter("rank", (short) rank)
                // which report is the most exact: one dated only by its publication ranks below any dated by its text,
                // as a copy's sources and event_recount rank it
                .setParameter("exactRank", (short) ("PUBLICATION".equals(e.dateBasis()) ? 0 : rank))
                .setParameter("summary", summary)
                .setParameter("links", JsonRows.of(links));
    }

    /** {@link #addSource}'s statement, with the language representative's CTE or without. */
    private static String addSource(String langRepresentative) {
        return """
                with a as (insert into event_article (event_id, article_id) values (:event, :article)
                           on conflict do nothing returning 1),
                     o as (insert into event_outlet (event_id, outlet) values (:event, :outlet)
                           on conflict do nothing returning 1)""" + langRepresentative + "\n"
                + COUNT_SOURCE.formatted(":key", ":source") + " where id = :event";
    }

    private static final String ADD_SOURCE = addSource("");
    private static final String ADD_SOURCE_WITH_LANG = addSource("""
            , l as (insert into event_lang (event_id, lang, source_id, report_key)
                    values (:event, :lang, :source, :key)
                    on conflict (event_id, lang) do update set source_id = excluded.source_id,
                                                               report_key = excluded.report_key
                    where excluded.report_key < event_lang.report_key returning 1)""");

    /**
     * Counts a source of a copy into its event, as {@link #addReport} does for a report (the source is stored
     * already).
     */
    private Uni<Integer> addSource(Sql sql, long eventId, long sourceId, String key, String outlet,
            String articleId, String lang, int rank, Integer killed, boolean killedAtLeast, Integer injured,
            boolean injuredAtLeast, String summary, double confidence) {
        var update = sql.createNativeQuery(lang == null ? ADD_SOURCE : ADD_SOURCE_WITH_LANG)
                .setParameter("event", eventId)
                .setParameter("article", articleId)
                .setParameter("outlet", outlet)
                .setParameter("source", sourceId)
                .setParameter("key", key)
                .setParameter("exactRank", (short) rank)
                .setParameter("killed", killed)
                .setParameter("killedAtLeast", killedAtLeast)
                .setParameter("injured", injured)
                .setParameter("injuredAtLeast", injuredAtLeast)
                .setParameter("summary", summary)
                .setParameter("confidence", confidence);
        if (lang != null) {
            update.setParameter("lang", lang);
        }
        return update.executeUpdate();
    }

    /**
     * Renders the events a batch changed, each once and in one statement, with their entities, counts and
     * representative sources, into their rows as the JSON a page shows ({@code event.doc}, of a bounded size: constant
     * work per event), in the batch's transaction and after every other change to them in it: a page then reads one
     * row per event and never sees a figure or a date its document does not show. Rendering each event after each of
     * its reports (and again after each renamed entity) was 43 % of PostgreSQL's statement time (docs/benchmarks.md).
     * The languages are read once, for the {@code langs} column and the document (V16).
     */
    private Uni<Void> render(Sql sql, Set<Long> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return sql.createNativeQuery("""
                update event e set (langs, doc) = (select l.l, event_doc(e, l.l) from event_langs(e.id) l(l)),
                                   updated_at = now()
                 where e.id = any(cast((select cast(cast(:ids as text) as bigint[])) as bigint[]))""")
                .setParameter("ids", array(events.stream().mapToLong(Long::longValue).toArray()))
                .executeUpdate()
                .replaceWithVoid();
    }

    private record EntityRow(String key, String type, String name, String ar, Double lat, Double lon, boolean named) {

        /**
         * This row, then {@code next} (the same entity's in a later paragraph), as one row for {@link #updateEntities}:
         * updating with it changes an entity as updating with one and then the other did (the last name given, the
         * first Arabic name and coordinates).
         */
        EntityRow then(EntityRow next) {
            return new EntityRow(key, type, next.named ? next.name : name, ar != null ? ar : next.ar,
                    lat != null ? lat : next.lat, lon != null ? lon : next.lon, named || next.named);
        }
    }

    /** The segment's entities as the rows that {@link #writeRows} inserts and {@link #updateEntities} updates. */
    private static List<EntityRow> entityRows(Map<String, EnrichedMessage.Mention> entities,
            Map<String, Set<String>> namesOf) {
        List<EntityRow> rows = new ArrayList<>();
        for (var m : entities.values()) {
            boolean named = m.name() != null && !m.name().isBlank();
            String arabic = namesOf.getOrDefault(m.key(), Set.of()).stream().filter(NameKey::isArabic).findFirst()
                    .orElse(null);
            rows.add(new EntityRow(m.key(), m.type(), named ? m.name().strip() : m.text(), arabic, m.lat(), m.lon(),
                    named));
        }
        return rows;
    }

    /**
     * Known entities given a name, a first Arabic name or coordinates they lacked, and the events linked to those
     * that changed (their pages change too): one statement, once per article and batch, with each entity's rows of
     * its paragraphs folded in their order ({@link EntityRow#then}); an entity inserted by the batch is changed only
     * by a later paragraph's name. The update is a statement of its own after the inserts ({@link #writeRows}), so that
     * it sees an entity another replica inserted meanwhile, as an upsert did.
     */
    private Uni<List<Long>> updateEntities(Sql sql, String rows) {
        // no write (0 rows) when nothing changes, so an entity seen again re-renders none of its events. The keys are
        // looked up as an array (= any, an index probe each): joined to the rows as such, the generic plan hashed the
        // rows and read the whole entity index to probe them, and then the whole event_entity index for the changed
        // ones (1.4 million entity index entries read for 3,316 paragraphs in a 400-article bench, growing with the
        // table: docs/benchmarks.md)
        return sql.createNativeQuery("""
                with r as materialized (select e.r from jsonb_array_elements(cast(cast(:rows as text) as jsonb)) e(r)),
                     u as (update entity n
                              set name = case when (e.r->>'named')::boolean then e.r->>'name' else n.name end,
                                  name_ar = coalesce(n.name_ar, e.r->>'ar'),
                                  lat = coalesce(n.lat, (e.r->>'lat')::double precision),
                                  lon = coalesce(n.lon, (e.r->>'lon')::double precision)
                             from r e
                            where n.key = any(array(select k.r->>'key' from r k)) and n.key = e.r->>'key'
                              and (n.name, n.name_ar, n.lat, n.lon) is distinct from
                                  (case when (e.r->>'named')::boolean then e.r->>'name' else n.name end,
                                   coalesce(n.name_ar, e.r->>'ar'), coalesce(n.lat, (e.r->>'lat')::double precision),
                                   coalesce(n.lon, (e.r->>'lon')::double precision))
                           returning n.key)
                select distinct x.event_id from event_entity x
                 where x.entity_key = any(array(select u.key from u))
                 order by x.event_id""", Long.class)
                .setParameter("rows", rows)
                .getResultList();
    }

    private record AliasRow(String key, String alias, String normalized, String lang) {
    }

    private record MentionRow(String key, String type, String text, int start, int end) {
    }

    private record TimexRow(String text, int start, int end, String value, String type, String precision,
            String anchor, String mod) {
    }

    /**
     * A paragraph's rows: its sketch and MinHash bands (a band lists at most {@link #BAND_MEMBERS} paragraphs), every
     * name of every entity as an alias (the first spelling of a normalized name kept), its mentions, its timexes and
     * the days its sentences refer to ({@link DateReferences}), as one row of {@link #ROWS}' {@code :paragraphs}.
     */
    private static Map<String, Object> paragraphRows(EnrichedMessage m, TextSketch sketch,
            Map<String, Set<String>> namesOf) {
        List<AliasRow> aliases = new ArrayList<>();
        namesOf.forEach((key, names) -> {
            for (String name : names) {
                String normalized = NameKey.of(name);
                if (!normalized.isEmpty()) {
                    aliases.add(new AliasRow(key, name, normalized, NameKey.isArabic(name) ? "ar" : "en"));
                }
            }
        });
        List<MentionRow> mentions = m.mentionsOrEmpty().stream()
                .map(x -> new MentionRow(x.key() == null || x.key().isBlank() ? null : x.key(), x.type(),
                        x.text() == null ? "" : x.text(), x.start(), x.end()))
                .toList();
        List<TimexRow> timexes = m.timexesOrEmpty().stream()
                .map(t -> new TimexRow(t.text() == null ? "" : t.text(), t.start(), t.end(), t.value(), t.type(),
                        t.precision(), t.anchor(), t.mod()))
                .toList();
        var segment = m.segment();
        var published = m.publishedDay();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("segment", segment.segmentId());
        row.put("article", segment.articleId());
        row.put("published", published == null ? null : published.toString());
        row.put("source", segment.article().source());
        row.put("lang", segment.lang());
        row.put("minimums", sketch == null ? null : array(sketch.minimums()));
        row.put("bands", sketch == null ? new long[0] : sketch.bands());
        row.put("aliases", aliases);
        row.put("mentions", mentions);
        row.put("timexes", timexes);
        row.put("days", DateReferences.rows(m));
        return row;
    }

    /**
     * The rows of the article's paragraphs analysed since the last write ({@link Batch#rows}), in one statement (one per
     * paragraph before: ~10 statements per article fewer, docs/benchmarks.md), then one update of their known entities.
     * Nothing stored for the article is read before this: a paragraph's copy lookup reads other articles' sketches
     * only, and a report needs only its entities, which its candidates statement inserts. Each kind is read in the
     * paragraphs' order and then the message's, so {@code on conflict do nothing} keeps the first of repeated rows as
     * one statement per paragraph did; a band takes the paragraphs in order while it has fewer than {@link
     * #BAND_MEMBERS}, as it did one paragraph at a time.
     */
    private Uni<Void> writeRows(Sql sql, Batch batch) {
        if (batch.rowsArticle == null) {
            return Uni.createFrom().voidItem();
        }
        String paragraphs = JsonRows.of(batch.rows);
        String entities = JsonRows.of(batch.newEntities);
        String known = JsonRows.of(List.copyOf(batch.entities.values()));
        boolean update = !batch.entities.isEmpty();
        batch.rowsArticle = null;
        batch.rows.clear();
        batch.newEntities.clear();
        batch.entities.clear();
        return sql.createNativeQuery(ROWS, Long.class)
                .setParameter("paragraphs", paragraphs)
                .setParameter("entities", entities)
                .setParameter("bandMembers", BAND_MEMBERS)
                .getSingleResult()
                // an entity row that changed (new name, first Arabic name, coordinates) changes the pages of its
                // events; a statement of its own, so that it sees an entity another replica inserted meanwhile
                .chain(() -> !update ? Uni.createFrom().voidItem()
                        : updateEntities(sql, known).invoke(ids -> {
                            batch.touched.addAll(ids);
                            String payload = ChronologyChanges.payload(List.of(),
                                    ids.stream().limit(RENAMED_NOTIFIED).toList());
                            if (payload != null) {
                                batch.notices.add(payload);
                            }
                        }).replaceWithVoid());
    }

    /** {@link #writeRows}' statement. */
    private static final String ROWS = """
                with p as materialized (select e.r, e.n
                                          from jsonb_array_elements(cast(cast(:paragraphs as text) as jsonb))
                                               with ordinality e(r, n)),
                     k as (insert into segment_sketch (segment_id, article_id, minimums)
                           select p.r->>'segment', p.r->>'article', cast(p.r->>'minimums' as bigint[])
                             from p where p.r->>'minimums' is not null
                            order by p.n
                           on conflict do nothing returning 1),
                     u as materialized (select distinct p.n, p.r->>'segment' as segment, cast(x.band as bigint) as band
                                          from p cross join lateral jsonb_array_elements_text(p.r->'bands') x(band)),
                     b as (insert into segment_band (band, segment_id)
                           select c.band, c.segment
                             from (select u.n, u.band, u.segment,
                                          row_number() over (partition by u.band order by u.n) as r from u) c
                            where c.r <= :bandMembers - (select count(*) from (select 1 from segment_band x
                                                                                where x.band = c.band
                                                                                limit :bandMembers) z)
                            order by c.n, c.band
                           on conflict do nothing returning 1),
                     """ + INSERT_ENTITIES + """
                ,
                     a as (insert into entity_alias (entity_key, alias, normalized, lang)
                           select e.r->>'key', e.r->>'alias', e.r->>'normalized', e.r->>'lang'
                             from p cross join lateral jsonb_array_elements(p.r->'aliases') with ordinality e(r, n)
                            order by p.n, e.n
                           on conflict do nothing returning 1),
                     m as (insert into mention (segment_id, entity_key, type, text, start_offset, end_offset)
                           select p.r->>'segment', e.r->>'key', e.r->>'type', e.r->>'text', (e.r->>'start')::integer,
                                  (e.r->>'end')::integer
                             from p cross join lateral jsonb_array_elements(p.r->'mentions') with ordinality e(r, n)
                            order by p.n, e.n
                           on conflict do nothing returning 1),
                     t as (insert into timex (segment_id, text, start_offset, end_offset, value, type, precision,
                                              anchor, mod)
                           select p.r->>'segment', e.r->>'text', (e.r->>'start')::integer, (e.r->>'end')::integer,
                                  e.r->>'value', e.r->>'type', e.r->>'precision', e.r->>'anchor', e.r->>'mod'
                             from p cross join lateral jsonb_array_elements(p.r->'timexes') with ordinality e(r, n)
                            order by p.n, e.n
                           on conflict do nothing returning 1),
                     d as (insert into date_reference (segment_id, article_id, day, published, source, lang,
                                                       sentence_start, sentence_end, sentence, explicit)
                           select p.r->>'segment', p.r->>'article', (e.r->>'day')::date, (p.r->>'published')::date,
                                  p.r->>'source', p.r->>'lang', (e.r->>'start')::integer, (e.r->>'end')::integer,
                                  e.r->>'sentence', (e.r->>'explicit')::boolean
                             from p cross join lateral jsonb_array_elements(p.r->'days') with ordinality e(r, n)
                            order by p.n, e.n
                           returning 1)
                select (select count(*) from k) + (select count(*) from b) + (select count(*) from y)
                       + (select count(*) from a) + (select count(*) from m) + (select count(*) from t)
                       + (select count(*) from d)""";

    private static String clip(String s) {
        return s.length() <= SEARCH_TEXT_MAX ? s : s.substring(0, SEARCH_TEXT_MAX);
    }
}
