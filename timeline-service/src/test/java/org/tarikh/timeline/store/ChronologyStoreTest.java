package org.tarikh.timeline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tarikh.timeline.messaging.Enriched;
import org.tarikh.timeline.messaging.EnrichedMessage;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;

/** The store itself, against the real database: what an ingest writes and merges. */
@QuarkusTest
class ChronologyStoreTest {

    @Inject
    ChronologyStore store;

    @Inject
    ObjectMapper json;

    @Inject
    Pool pool;

    @Inject
    ChronologyQueries queries;

    IngestResult ingest(Enriched message) throws Throwable {
        EnrichedMessage m = EnrichedMessage.decode(json, message.encode().getBytes(StandardCharsets.UTF_8));
        return VertxContextSupport.subscribeAndAwait(() -> store.ingest(m));
    }

    /**
     * The text with a tail of words of its own: tests tell the same happenings in the same words many times, and a
     * paragraph already stored in other words is a copy (TextSketch); the tail keeps each test's texts its own.
     */
    static String own(String text, String tag) {
        StringBuilder b = new StringBuilder(text).append(" Ref");
        for (int i = 0; i < 30; i++) {
            b.append(' ').append(tag).append('q').append((char) ('a' + i % 26)).append(i / 26);
        }
        return b.toString();
    }

    static String tag() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    List<IngestResult> ingestBatch(List<Enriched> messages) throws Throwable {
        List<EnrichedMessage> decoded = new ArrayList<>();
        for (Enriched message : messages) {
            decoded.add(EnrichedMessage.decode(json, message.encode().getBytes(StandardCharsets.UTF_8)));
        }
        return VertxContextSupport.subscribeAndAwait(() -> store.ingestBatch(decoded));
    }

    long count(String sql, Object... args) {
        return pool.preparedQuery(sql).execute(Tuple.from(args)).await().indefinitely().iterator().next().getLong(0);
    }

    @Test
    void anEventWhoseKeysRepeatTakesMoreSources() throws Throwable {
        // the same group is one source's actor and another's target: the event lists its key twice (two roles),
        // which once made every later report of the day fail with "duplicate element" and go to the dead letters
        String group = "organization:repeat-" + UUID.randomUUID().toString().substring(0, 8);
        String text = "Fighters of the Dawn Group attacked a checkpoint on 2021-05-04.";
        for (int i = 0; i < 3; i++) {
            Enriched m = Enriched.segment(Enriched.newArticleId(), 0, 1, "en", own(text, tag()), "2021-05-05")
                    .mention("ORGANIZATION", "Dawn Group", group, "Dawn Group", null, null)
                    .event("ATTACK", "attacked", "2021-05-04", "DAY", null,
                            i == 1 ? new JsonArray() : new JsonArray().add(group), null, false, null, false, null);
            if (i == 1) {
                m.targets(group);
            }
            IngestResult result = ingest(m);
            assertTrue(result.stored());
        }
        assertEquals(2, count("select count(distinct role) from event_entity where entity_key = $1", group));
        assertEquals(1, count("select count(distinct event_id) from event_entity where entity_key = $1", group));
        assertEquals(3, count("select count(*) from event_source s join event_entity x on x.event_id = s.event_id"
                + " where x.entity_key = $1 and x.role = 'ACTOR'", group));
    }

    @Test
    void anEventsRowStaysTheSameSizeHoweverManySourcesReportIt() throws Throwable {
        String place = "location:bounded-" + UUID.randomUUID().toString().substring(0, 8);
        long docAfterFive = 0;
        for (int i = 0; i < 60; i++) {
            boolean arabic = i % 3 == 0;
            String text = arabic ? "قتل " + (10 + i % 7) + " في هجوم على سوق كركوك يوم 2 يونيو 2022."
                    : (10 + i % 7) + " were killed in an attack on a market in Kirkuk on June 2, 2022.";
            ingest(Enriched.segment(Enriched.newArticleId(), 0, 1, arabic ? "ar" : "en", own(text, tag()), "2022-06-03")
                    .outlet("Outlet " + (i % 12), "https://example.org/" + i, "Market attack " + i)
                    .mention("LOCATION", arabic ? "كركوك" : "Kirkuk", place, "Kirkuk", 35.47, 44.39)
                    .event("ATTACK", arabic ? "هجوم" : "attack", "2022-06-02", "DAY", place, new JsonArray(),
                            10 + i % 7, i % 2 == 0, null, false, null));
            if (i == 4) {
                docAfterFive = count("select length(doc::text) from event where place_key = $1", place);
            }
        }
        var row = pool.preparedQuery("""
                select source_count, article_count, outlet_count, killed, killed_min, killed_at_least, figures_differ,
                       json_array_length(doc -> 'sources'), length(doc::text), langs
                  from event where place_key = $1""").execute(Tuple.of(place)).await().indefinitely();
        assertEquals(1, row.size(), "one event");
        var e = row.iterator().next();
        assertEquals(60, e.getInteger(0));
        assertEquals(60, e.getInteger(1));
        assertEquals(12, e.getInteger(2));
        assertEquals(16, e.getInteger(3));
        assertEquals(10, e.getInteger(4));
        // 16 killed is said by sources 6, 13, 20, ...: with and without "at least"
        assertEquals(false, e.getBoolean(5));
        assertEquals(true, e.getBoolean(6));
        assertEquals(2, e.getInteger(7), "the first report (also the most exact) and the first in the other language");
        // other representatives than after five, but as many: a few bytes more or less, never a sentence per source
        assertTrue(e.getInteger(8) <= docAfterFive + 300, "the document grew from " + docAfterFive + " to "
                + e.getInteger(8) + " bytes");
        assertEquals(java.util.List.of("ar", "en"), java.util.Arrays.asList(e.getArrayOfStrings(9)));
    }

    @Test
    void aReportInWordsTheEventHasAlreadyAddsNothingToWhatIsSearched() throws Throwable {
        // every change of search_text writes the event's trigram index again: the same sentence from five outlets
        // (each paragraph its own, so no copy) is searchable once, not five times
        String place = "location:searched-" + UUID.randomUUID().toString().substring(0, 8);
        String sentence = "Protesters blocked the coastal highway near Jableh on 3 August 2023.";
        for (int i = 0; i < 5; i++) {
            ingest(Enriched.segment(Enriched.newArticleId(), 0, 1, "en", own(sentence, tag()), "2023-08-04")
                    .outlet("Outlet " + i, "https://example.org/searched/" + i, "Highway blocked")
                    .mention("LOCATION", "Jableh", place, "Jableh", 35.36, 35.92)
                    .event("PROTEST", "blocked", "2023-08-03", "DAY", place, new JsonArray(), null, false, null, false,
                            null)
                    .reportedIn(sentence));
        }
        assertEquals(5, count("select source_count from event where place_key = $1", place));
        assertEquals(1, count("select (length(search_text) - length(replace(search_text, 'coastal highway', '')))"
                + " / length('coastal highway') from event where place_key = $1", place),
                "the sentence's words once in what is searched");
    }

    @Test
    void aBandListsAtMostFiftyParagraphsHoweverManyNearCopiesAreAnalysed() throws Throwable {
        // the same paragraph with another toll each time is analysed each time (its findings differ), and its sketch
        // stored: its bands stop growing at 50, so that a copy lookup reads a bounded number of band rows
        String place = "location:bands-" + UUID.randomUUID().toString().substring(0, 8);
        String text = own("Shelling hit the old market of Idlib on 9 May 2023, killing %d people, the civil defence said.",
                tag());
        List<String> segments = new ArrayList<>();
        for (int i = 0; i < 56; i++) {
            String article = Enriched.newArticleId();
            ingest(Enriched.segment(article, 0, 1, "en", text.formatted(i + 1), "2023-05-10")
                    .outlet("Outlet " + i, "https://example.org/bands/" + i, "Idlib market")
                    .mention("LOCATION", "Idlib", place, "Idlib", 35.93, 36.63)
                    .event("ATTACK", "Shelling", "2023-05-09", "DAY", place, new JsonArray(), i + 1, false, null,
                            false, null));
            segments.add(article + "-0");
        }
        assertEquals(56, count("select count(*) from segment_sketch where segment_id = any($1)",
                (Object) segments.toArray(String[]::new)), "each analysed: another toll is no copy");
        assertEquals(ChronologyStore.BAND_MEMBERS, count("""
                select max(n) from (select b.band, count(*) n from segment_band b
                                     where b.band in (select band from segment_band where segment_id = $1)
                                     group by b.band) x""", segments.get(0)));
    }

    static final String WIRE = "At least 12 people were killed when a car bomb exploded near the central market"
            + " of Tikrit on 14 March 2022, police officials said, adding that 30 others were wounded.";

    Enriched wire(String articleId, String text, String place, String outlet, String url) {
        return Enriched.segment(articleId, 0, 1, "en", text, "2022-03-15").outlet(outlet, url, "Bomb in Tikrit")
                .mention("LOCATION", "Tikrit", place, "Tikrit", 34.6, 43.68)
                .event("ATTACK", "exploded", "2022-03-14", "DAY", place, new JsonArray(), 12, true, 30, false, null);
    }

    Row eventAt(String place) {
        var rows = pool.preparedQuery("""
                select id, source_count, article_count, outlet_count, doc::text from event where place_key = $1""")
                .execute(Tuple.of(place)).await().indefinitely();
        assertEquals(1, rows.size(), "one event at " + place);
        return rows.iterator().next();
    }

    @Test
    void aSegmentsMentionsTimexesAndAliasesAreStoredOnceEachWhateverRepeatsInTheMessage() throws Throwable {
        String place = "location:rows-" + UUID.randomUUID().toString().substring(0, 8);
        String id = Enriched.newArticleId();
        String text = own("Police in Tikrit said on 14 March 2022 that TIKRIT markets reopened.", tag());
        // the same mention twice (one row), a second spelling of the same name (one alias), one timex
        ingest(Enriched.segment(id, 0, 1, "en", text, "2022-03-15").outlet("Wire A", "https://a.example/r", "T")
                .mention("LOCATION", "Tikrit", place, "Tikrit", 34.6, 43.68)
                .mention("LOCATION", "Tikrit", place, "Tikrit", 34.6, 43.68)
                .mention("LOCATION", "TIKRIT", place, "Tikrit", 34.6, 43.68)
                .timex("14 March 2022", "2022-03-14", "DAY"));
        assertEquals(2, count("select count(*) from mention where segment_id = $1 and entity_key = $2", id + "-0",
                place));
        assertEquals(text.indexOf("TIKRIT"), count("""
                select max(start_offset) from mention where segment_id = $1""", id + "-0"));
        long spellings = java.util.stream.Stream.of("Tikrit", "TIKRIT").map(org.tarikh.timeline.chronology.NameKey::of)
                .distinct().count();
        assertEquals(spellings, count("select count(*) from entity_alias where entity_key = $1", place));
        assertEquals(1, count("""
                select count(*) from timex where segment_id = $1 and value = '2022-03-14' and precision = 'DAY'
                   and start_offset = $2 and end_offset = $3 and text = '14 March 2022'""", id + "-0",
                text.indexOf("14 March"), text.indexOf("14 March") + 13));
    }

    @Test
    void theSameArticleFromAnotherOutletIsOneMoreOutletNotAnotherAnalysis() throws Throwable {
        String place = "location:copy-" + UUID.randomUUID().toString().substring(0, 8);
        String id = Enriched.newArticleId();
        String text = own(WIRE, tag());
        assertTrue(ingest(wire(id, text, place, "Wire A", "https://a.example/1")).stored());
        // parser-service names an article by its text: the same text from another outlet has the same id
        IngestResult copy = ingest(wire(id, text, place, "Paper B", "https://b.example/7"));
        assertTrue(copy.stored());
        assertFalse(ingest(wire(id, text, place, "Paper B", "https://b.example/7")).stored(), "a redelivery");
        assertFalse(ingest(wire(id, text, place, "Wire A", "https://a.example/1")).stored(), "a redelivery");
        Row e = eventAt(place);
        assertEquals(2, e.getInteger(1));
        assertEquals(1, e.getInteger(2));
        assertEquals(2, e.getInteger(3));
        assertEquals(1, count("select count(*) from mention where segment_id = $1", id + "-0"), "analysed once");
        var page = VertxContextSupport.subscribeAndAwait(() -> queries.sources(e.getLong(0), null, "Paper B", false,
                null, 10)).orElseThrow();
        assertEquals(1, page.total());
        assertEquals("https://b.example/7", page.sources().get(0).url());
        assertEquals("Paper B", page.sources().get(0).publisher());
    }

    @Test
    void aNearCopyCountsAsAnotherOutletAndADifferentReportIsAnalysed() throws Throwable {
        String place = "location:near-" + UUID.randomUUID().toString().substring(0, 8);
        String original = Enriched.newArticleId();
        String near = Enriched.newArticleId();
        String other = Enriched.newArticleId();
        String text = own(WIRE, tag());
        ingest(wire(original, text, place, "Wire A", "https://a.example/2"));
        // the same paragraph with a trailer and a word changed, as an outlet republishes a wire story
        String edited = text.replace("police officials said", "police sources said") + " (Reporting by Staff)";
        ingest(wire(near, edited, place, "Paper C", "https://c.example/3"));
        String own = "Thirty people were wounded and twelve killed in Tikrit on 14 March 2022 when a bomb hidden in"
                + " a parked car went off beside stalls selling vegetables, a doctor at the city hospital told us.";
        ingest(Enriched.segment(other, 0, 1, "en", own(own, tag()), "2022-03-15")
                .outlet("Daily D", "https://d.example/9", "Tikrit")
                .mention("LOCATION", "Tikrit", place, "Tikrit", 34.6, 43.68)
                .event("ATTACK", "went off", "2022-03-14", "DAY", place, new JsonArray(), 12, false, 30, false, null));
        Row e = eventAt(place);
        assertEquals(3, e.getInteger(1));
        assertEquals(3, e.getInteger(2));
        assertEquals(3, e.getInteger(3));
        assertEquals(0, count("select count(*) from mention where segment_id = $1", near + "-0"), "not analysed");
        assertEquals(1, count("select count(*) from mention where segment_id = $1", other + "-0"), "analysed");
        assertEquals(1, count("select count(*) from segment_copy where segment_id = $1 and original_id = $2"
                + " and similarity >= 0.5", near + "-0", original + "-0"));
        assertEquals(0, count("select count(*) from segment_copy where segment_id = $1", other + "-0"));
    }

    @Test
    void theSameSentenceFromTwoOutletsIsOneHappeningEvenWithoutPlaceOrParticipant() throws Throwable {
        String t = tag();
        String quote = "Local officials said two people were killed " + t + " overnight in the clashes.";
        String other = "Two people were killed " + t + " in an accident on the coast road, the police said.";
        String shortOne = "Two were killed " + t + ".";
        String[][] reports = { { "Paper A", "A lead of its own. " + quote, quote },
                { "Paper B", "Another outlet opens otherwise and then quotes. " + quote, quote },
                { "Paper C", "Same day, same kind, other words. " + other, other },
                { "Paper D", "A short report. " + shortOne, shortOne },
                { "Paper E", "Another short report. " + shortOne, shortOne } };
        for (String[] r : reports) {
            String id = Enriched.newArticleId();
            ingest(Enriched.segment(id, 0, 1, "en", own(r[1], tag()), "2022-05-02")
                    .outlet(r[0], "https://" + id + ".example/", null)
                    .event("KILLING", "killed", "2022-05-02", "DAY", null, new JsonArray(), 2, false, null, false,
                            null)
                    .reportedIn(r[2]));
        }
        assertEquals(1, count("select count(distinct event_id) from event_source where sentence = $1", quote),
                "a quote two outlets repeat is one happening");
        assertEquals(2, count("select count(*) from event_source where sentence = $1", quote));
        assertEquals(2, count("select count(distinct event_id) from event_source where sentence in ($1, $2)", quote,
                other), "other words with neither place nor participant are another happening");
        assertEquals(2, count("select count(distinct event_id) from event_source where sentence = $1", shortOne),
                "a sentence too short to tell two happenings apart does not join");
    }

    @Test
    void aReportFindsItsEventInABusyMonthWhateverTheNumberOfOtherEventsOfItsType() throws Throwable {
        // 210 protests on one day, each in its own town: a later report from the newest town joins that event (the
        // candidates were the first 200 of the window by id, so a report of any event after them made another one)
        String t = tag();
        List<String> places = new ArrayList<>();
        List<Enriched> day = new ArrayList<>();
        for (int i = 0; i < 210; i++) {
            String place = "location:busy-" + t + "-" + i;
            places.add(place);
            day.add(Enriched.segment(Enriched.newArticleId(), 0, 1, "en",
                    own("Hundreds protested in Town " + i + " on 14 March 1987, organisers said.", tag()), "1987-03-15")
                    .outlet("Outlet " + i, "https://example.org/busy/" + t + "/" + i, "Protest")
                    .mention("LOCATION", "Town " + i, place, "Town " + i, 30.0 + i / 100.0, 40.0)
                    .event("PROTEST", "protested", "1987-03-14", "DAY", place, new JsonArray(), null, false, null,
                            false, null));
        }
        for (int i = 0; i < day.size(); i += 70) {
            ingestBatch(day.subList(i, i + 70));
        }
        String last = places.get(places.size() - 1);
        ingest(Enriched.segment(Enriched.newArticleId(), 0, 1, "en",
                own("Police counted thousands at the rally in Town 209 on 14 March 1987.", tag()), "1987-03-16")
                .outlet("Late Paper", "https://example.org/busy/" + t + "/late", "Rally")
                .mention("LOCATION", "Town 209", last, "Town 209", 32.09, 40.0)
                .event("PROTEST", "rally", "1987-03-14", "DAY", last, new JsonArray(), null, false, null, false,
                        null));
        assertEquals(2, eventAt(last).getInteger(1), "the later report joins the protest in its town");
    }

    @Test
    void aShortSentenceANearCopyRepeatsJoinsWhatItReportedInTheOriginal() throws Throwable {
        // a near copy whose edit changes its findings (another toll) is analysed: its short sentence, word for word
        // the original's, is the original's report again; the same short sentence in an unrelated article is not
        String t = tag();
        String talks = "Talks stalled " + t + " again.";
        String lead = "At least %d people were killed in the shelling of the port on 3 June 2022, medics said.";
        String body = own(lead + " " + talks, t);
        String[][] articles = { { "Wire A", body.formatted(12), "12" }, { "Paper B", body.formatted(14) + " (Staff)", "14" },
                { "Paper C", own("Another story entirely, told in other words on the same day. " + talks, tag()), null } };
        List<String> ids = new ArrayList<>();
        for (String[] a : articles) {
            String id = Enriched.newArticleId();
            ids.add(id + "-0");
            Enriched m = Enriched.segment(id, 0, 1, "en", a[1], "2022-06-04")
                    .outlet(a[0], "https://" + id + ".example/", null);
            if (a[2] != null) {
                m.event("ATTACK", "shelling", "2022-06-03", "DAY", null, new JsonArray(), Integer.valueOf(a[2]), true,
                        null, false, null).reportedIn(lead.formatted(Integer.valueOf(a[2])));
            }
            ingest(m.event("MEETING", "Talks", "2022-06-04", "DAY", null, new JsonArray(), null, false, null, false,
                    null).reportedIn(talks));
        }
        assertEquals(0, count("select count(*) from segment_copy where segment_id = $1", ids.get(1)),
                "another toll: analysed, not a copy");
        assertEquals(1, count("select count(distinct event_id) from event_source where sentence = $1 and"
                + " segment_id = any($2)", talks, ids.subList(0, 2).toArray(String[]::new)),
                "the near copy's report joins the original's");
        assertEquals(2, count("select count(distinct event_id) from event_source where sentence = $1 and"
                + " segment_id = any($2)", talks, ids.toArray(String[]::new)),
                "an unrelated article's short sentence stays its own");
    }

        @Test
    void aShortParagraphOfANearCopyIsACopyOfTheSameParagraphInTheArticleItCopies() throws Throwable {
        // a paragraph under 12 words has no sketch of its own, and a sentence under 40 characters joins no event by its
        // words: each near copy of an article made one more event of its short paragraph (8 doubled in a copies bench).
        // The article's sketch says which article it nearly copies; that article's paragraph of the same words is the
        // original, whichever paragraph of the article comes first. An unrelated article saying the same short words
        // is not a copy.
        String t = tag();
        String talks = "Talks stalled " + t + " again.";
        String body = own("Rescue teams searched the rubble of the market in the north of the city on 3 June 2022"
                + " while the army said its units had left the area, residents and officials told reporters.", t);
        String[][] articles = { { "Wire A", body, "" }, { "Paper B", body.replace("told reporters", "told us"), " (Staff)" },
                { "Paper C", own("Another story entirely, told in other words on the same day by its own people.",
                        tag()), "" } };
        List<String> shortOnes = new ArrayList<>();
        for (String[] a : articles) {
            String id = Enriched.newArticleId();
            shortOnes.add(id + "-0");
            ingestBatch(List.of(
                    Enriched.segment(id, 0, 2, "en", talks, "2022-06-04").outlet(a[0], "https://" + id + ".example/", null)
                            .event("MEETING", "Talks", "2022-06-04", "DAY", null, new JsonArray(), null, false, null,
                                    false, null).reportedIn(talks),
                    Enriched.segment(id, 1, 2, "en", a[1] + a[2], "2022-06-04")
                            .outlet(a[0], "https://" + id + ".example/", null)));
        }
        assertEquals(1, count("select count(*) from segment_copy where segment_id = $1 and original_id = $2",
                shortOnes.get(1), shortOnes.get(0)), "the near copy's short paragraph is a copy of the original's");
        assertEquals(0, count("select count(*) from mention where segment_id = $1", shortOnes.get(1)), "not analysed");
        assertEquals(1, count("select count(distinct event_id) from event_source where segment_id = any($1)",
                (Object) shortOnes.subList(0, 2).toArray(String[]::new)), "one event for the original and its copy");
        assertEquals(0, count("select count(*) from segment_copy where segment_id = $1", shortOnes.get(2)));
        assertEquals(2, count("select count(distinct event_id) from event_source where segment_id = any($1)",
                (Object) shortOnes.toArray(String[]::new)), "an unrelated article's short paragraph stays its own");
    }

    @Test
    void aSentenceANearCopySplitOffAsAParagraphJoinsWhatItReportedInTheOriginal() throws Throwable {
        // the original tells the short sentence inside a longer paragraph; the near copy makes it a paragraph of its own
        String t = tag();
        String talks = "Talks stalled " + t + " again.";
        String body = own("Rescue teams searched the rubble of the market in the north of the city on 3 June 2022"
                + " while the army said its units had left the area, residents and officials told reporters.", t);
        String original = Enriched.newArticleId();
        ingestBatch(List.of(Enriched.segment(original, 0, 1, "en", body + " " + talks, "2022-06-04")
                .outlet("Wire A", "https://" + original + ".example/", null)
                .event("MEETING", "Talks", "2022-06-04", "DAY", null, new JsonArray(), null, false, null, false, null)
                .reportedIn(talks)));
        String near = Enriched.newArticleId();
        ingestBatch(List.of(
                Enriched.segment(near, 0, 2, "en", body.replace("told reporters", "told us"), "2022-06-04")
                        .outlet("Paper B", "https://" + near + ".example/", null),
                Enriched.segment(near, 1, 2, "en", talks, "2022-06-04").outlet("Paper B", "https://" + near + ".example/",
                        null).event("MEETING", "Talks", "2022-06-04", "DAY", null, new JsonArray(), null, false, null,
                                false, null).reportedIn(talks)));
        assertEquals(1, count("select count(distinct event_id) from event_source where sentence = $1", talks),
                "the split-off sentence joins the original's report");
        assertEquals(2, count("select count(*) from event_source where sentence = $1", talks));
    }

    @Test
    void anArticleOfThousandsOfParagraphsIsStoredInOneBatch() throws Throwable {
        // a 1.9 MB article made 5,705 segments: folded into one nested chain, their steps overflowed the stack and
        // the whole article was dead-lettered (a StackOverflowError)
        String id = Enriched.newArticleId();
        String tag = tag();
        int total = 6_000;
        List<Enriched> segments = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            segments.add(Enriched.segment(id, i, total, "en", "Paragraph " + i + " of a long report " + tag + ".",
                    "2022-07-01").outlet("Wire L", "https://" + id + ".example/", null));
        }
        List<IngestResult> results = ingestBatch(segments);
        assertEquals(total, results.size());
        assertEquals(total, count("select count(*) from segment where article_id = $1", id));
    }

    @Test
    void aNewVersionReplacesWhatTheOldOneSaid() throws Throwable {
        String first = "location:v1-" + UUID.randomUUID().toString().substring(0, 8);
        String second = "location:v2-" + UUID.randomUUID().toString().substring(0, 8);
        String url = "https://e.example/story-" + UUID.randomUUID();
        String v1 = Enriched.newArticleId();
        String v2 = Enriched.newArticleId();
        String shared = Enriched.newArticleId();
        ingest(wire(v1, own(WIRE, tag()), first, "Outlet E", url));
        ingest(wire(shared, own(WIRE.replace("At least 12", "Twelve"), tag()), first, "Outlet F",
                "https://f.example/1"));
        assertEquals(2, eventAt(first).getInteger(1));
        String corrected = "Correction: at least 14 people were killed when a car bomb exploded near the central"
                + " market of Samarra on 14 March 2022, police officials said; 31 others were wounded.";
        ingest(Enriched.segment(v2, 0, 1, "en", own(corrected, tag()), "2022-03-15")
                .outlet("Outlet E", url, "Bomb in Samarra")
                .mention("LOCATION", "Samarra", second, "Samarra", 34.2, 43.87)
                .event("ATTACK", "exploded", "2022-03-14", "DAY", second, new JsonArray(), 14, true, 31, false, null));
        assertEquals(0, count("select count(*) from article where id = $1", v1), "the old version is gone");
        Row kept = eventAt(first);
        assertEquals(1, kept.getInteger(1), "the other outlet's report stays");
        assertEquals(1, kept.getInteger(3));
        assertEquals(1, eventAt(second).getInteger(1));
        // counted again from what it keeps, exactly as the full recount (event_recount) counts it
        String incremental = countedAsRecounted(first);
        assertTrue(incremental.startsWith("1|1|1|"), incremental);
    }

    /**
     * The counts and representatives of the event at {@code place} as the ingest left them, after checking that the
     * full recount (event_recount) gives the same.
     */
    String countedAsRecounted(String place) {
        String counted = """
                select concat_ws('|', source_count, article_count, outlet_count, first_source, first_key, exact_source,
                                 exact_key, exact_rank, killed, killed_min, killed_at_least, injured, injured_min,
                                 injured_at_least, figures_differ, langs::text,
                                 (select string_agg(l.lang || ':' || l.source_id, ',' order by l.lang)
                                    from event_lang l where l.event_id = e.id),
                                 (select string_agg(o.outlet, ',' order by o.outlet)
                                    from event_outlet o where o.event_id = e.id))
                  from event e where e.place_key = $1""";
        String incremental = pool.preparedQuery(counted).execute(Tuple.of(place)).await().indefinitely().iterator()
                .next().getString(0);
        pool.preparedQuery("select event_recount(id) from event where place_key = $1").execute(Tuple.of(place))
                .await().indefinitely();
        assertEquals(pool.preparedQuery(counted).execute(Tuple.of(place)).await().indefinitely().iterator().next()
                .getString(0), incremental, "the ingest's counts are the full recount's");
        return incremental;
    }

    @Test
    void theMostExactReportIsOneDatedByItsTextNotOneDatedByItsPublication() throws Throwable {
        // both say the same day; the one whose text gives the date is the more exact, whichever came first
        String place = "location:exact-" + UUID.randomUUID().toString().substring(0, 8);
        String byPublication = Enriched.newArticleId();
        String byText = Enriched.newArticleId();
        ingest(Enriched.segment(byPublication, 0, 1, "en", own("Talks on the dam ended in Haditha, officials said.",
                tag()), "2022-04-20").outlet("Outlet P", "https://p.example/" + byPublication, "Talks")
                .mention("LOCATION", "Haditha", place, "Haditha", 34.14, 42.38)
                .event("MEETING", "Talks", "2022-04-20", "DAY", place, new JsonArray(), null, false, null, false, null)
                .datedByPublication());
        ingest(Enriched.segment(byText, 0, 1, "en", own("Talks on the dam ended in Haditha on 20 April 2022.", tag()),
                "2022-04-21").outlet("Outlet T", "https://t.example/" + byText, "Talks")
                .mention("LOCATION", "Haditha", place, "Haditha", 34.14, 42.38)
                .event("MEETING", "Talks", "2022-04-20", "DAY", place, new JsonArray(), null, false, null, false,
                        null));
        assertEquals(2, eventAt(place).getInteger(1), "one event, two reports");
        countedAsRecounted(place);
        assertEquals(byText, pool.preparedQuery("""
                select s.article_id from event e join event_source s on s.id = e.exact_source
                 where e.place_key = $1""").execute(Tuple.of(place)).await().indefinitely().iterator().next()
                .getString(0));
    }

    @Test
    void anOlderVersionArrivingAfterTheNewerOneDoesNotReplaceIt() throws Throwable {
        // the update (published later) is ingested first, then the version it updated: the update stays
        String older = "location:late-v1-" + UUID.randomUUID().toString().substring(0, 8);
        String newer = "location:late-v2-" + UUID.randomUUID().toString().substring(0, 8);
        String url = "https://g.example/story-" + UUID.randomUUID();
        String v1 = Enriched.newArticleId();
        String v2 = Enriched.newArticleId();
        String update = "Update: at least 15 people were killed when a car bomb exploded near the central market of"
                + " Baiji on 14 March 2022, police officials said; 33 others were wounded.";
        ingest(Enriched.segment(v2, 0, 1, "en", own(update, tag()), "2022-03-15T18:00:00Z")
                .outlet("Outlet G", url, "Bomb in Baiji")
                .mention("LOCATION", "Baiji", newer, "Baiji", 34.93, 43.49)
                .event("ATTACK", "exploded", "2022-03-14", "DAY", newer, new JsonArray(), 15, true, 33, false, null));
        assertFalse(ingest(wire(v1, own(WIRE, tag()), older, "Outlet G", url)).stored(), "older than what is stored");
        assertEquals(0, count("select count(*) from article where id = $1", v1), "the older version is not stored");
        assertEquals(1, count("select count(*) from article where id = $1", v2), "the newer version stays");
        assertEquals(1, eventAt(newer).getInteger(1));
        assertEquals(0, count("select count(*) from event where place_key = $1", older));
    }

    @Test
    void twoVersionsOfOneAddressStoredAtOnceLeaveOne() throws Throwable {
        // two replicas each take one version of an article in the same instant: without a lock on the address,
        // neither transaction saw the other's row, both deleted nothing, and both versions stayed served
        List<String> urls = new ArrayList<>();
        List<java.util.concurrent.CompletableFuture<List<IngestResult>>> runs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String url = "https://v.example/at-once-" + UUID.randomUUID();
            urls.add(url);
            for (int v = 0; v < 2; v++) {
                String id = Enriched.newArticleId();
                Enriched version = Enriched.segment(id, 0, 1, "en",
                        own("Officials said the talks would go on next week (version " + v + ").", tag()),
                        "2022-05-0" + (v + 1)).outlet("Outlet V", url, "Talks");
                runs.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        return ingestBatch(List.of(version));
                    } catch (Throwable e) {
                        throw new java.util.concurrent.CompletionException(e);
                    }
                }));
            }
        }
        java.util.concurrent.CompletableFuture.allOf(runs.toArray(java.util.concurrent.CompletableFuture[]::new)).join();
        for (String url : urls) {
            assertEquals(1, count("select count(*) from article where url = $1", url), "versions stored at " + url);
            assertEquals(1, count("select count(*) from article where url = $1 and published_at = '2022-05-02'",
                    url), "the newer version stays at " + url);
        }
    }

    /**
     * One small corpus in a run's own names: two attacks and a meeting, each reported by several outlets, with a wire
     * copy under the same text (same article id), a near copy, a report in Arabic with other figures, and one dated
     * only to the month.
     */
    List<Enriched> corpus(String tag) {
        String tikrit = "location:tikrit-" + tag;
        String mosul = "location:mosul-" + tag;
        String a = "o" + tag + "a";
        List<Enriched> out = new ArrayList<>();
        String wire = own(WIRE, tag + "a");
        out.add(wire(a, wire, tikrit, "Wire A", "https://a.example/" + tag).outletTime("2022-03-15T08:00:00Z"));
        out.add(wire(a, wire, tikrit, "Paper B", "https://b.example/" + tag).outletTime("2022-03-15T11:00:00Z"));
        out.add(wire("o" + tag + "c", wire.replace("police officials said", "police sources said")
                + " (Reporting by Staff)", tikrit, "Paper C", "https://c.example/" + tag)
                .outletTime("2022-03-15T09:30:00Z"));
        out.add(Enriched.segment("o" + tag + "d", 0, 1, "ar",
                own("قتل 14 شخصا في انفجار سيارة مفخخة قرب السوق المركزي في تكريت يوم 14 آذار 2022.", tag + "d"), "2022-03-15")
                .outlet("وكالة د", "https://d.example/" + tag, "تكريت")
                .mention("LOCATION", "تكريت", tikrit, "Tikrit", 34.6, 43.68)
                .event("ATTACK", "انفجار", "2022-03-14", "DAY", tikrit, new JsonArray(), 14, false, null, false,
                        null));
        out.add(Enriched.segment("o" + tag + "e", 0, 1, "en", own("A bombing in Tikrit in March 2022 killed 12.", tag + "e"),
                "2022-04-01").outlet("Monthly E", null, "March in review")
                .mention("LOCATION", "Tikrit", tikrit, "Tikrit", 34.6, 43.68)
                .event("ATTACK", "bombing", "2022-03", "MONTH", tikrit, new JsonArray(), 12, false, null, false,
                        null));
        out.add(Enriched.segment("o" + tag + "f", 0, 1, "en", own("Tribal leaders met in Tikrit on 14 March 2022.", tag + "f"),
                "2022-03-15").outlet("Wire A", "https://a.example/m" + tag, "Meeting")
                .mention("LOCATION", "Tikrit", tikrit, "Tikrit", 34.6, 43.68)
                .event("MEETING", "met", "2022-03-14", "DAY", tikrit, new JsonArray(), null, false, null, false,
                        null));
        out.add(Enriched.segment("o" + tag + "g", 0, 1, "en", own("Gunmen attacked a checkpoint in Mosul on 2 April 2022,"
                + " killing 3.", tag + "g"), "2022-04-02").outlet("Paper B", "https://b.example/g" + tag, "Mosul")
                .mention("LOCATION", "Mosul", mosul, "Mosul", 36.34, 43.13)
                .event("ATTACK", "attacked", "2022-04-02", "DAY", mosul, new JsonArray(), 3, false, null, false,
                        null));
        out.add(Enriched.segment("o" + tag + "h", 0, 1, "ar", own("هاجم مسلحون نقطة تفتيش في الموصل يوم 2 نيسان 2022.", tag + "h"),
                "2022-04-03").outlet("وكالة د", "https://d.example/h" + tag, "الموصل")
                .mention("LOCATION", "الموصل", mosul, "Mosul", 36.34, 43.13)
                .event("ATTACK", "هاجم", "2022-04-02", "DAY", mosul, new JsonArray(), 4, true, null, false, null));
        return out;
    }

    /** The chronology of one run, in words that do not depend on the run's names or on arrival ids. */
    List<String> chronology(String tag) {
        List<String> out = new ArrayList<>();
        pool.preparedQuery("""
                select concat_ws(' | ', e.type, e.date_value, e.precision, e.date_basis, replace(e.place_key, $1, 'R'),
                       e.killed, e.killed_min, e.killed_at_least, e.injured, e.injured_min, e.injured_at_least,
                       e.figures_differ, e.source_count, e.article_count, e.outlet_count, e.langs::text,
                       (select string_agg(replace(x ->> 'articleId', $1, 'R') || '@' || (x ->> 'publishedAt'), ','
                                          order by x ->> 'articleId', x ->> 'publishedAt')
                          from json_array_elements(e.doc -> 'sources') x),
                       (select string_agg(replace(t.entity_key, $1, 'R') || ':' || t.role, ','
                                          order by t.entity_key, t.role)
                          from event_entity t where t.event_id = e.id),
                       (select string_agg(replace(s.article_id, $1, 'R') || '/' || s.outlet, ','
                                          order by s.article_id, s.outlet)
                          from event_source s where s.event_id = e.id))
                  from event e where e.place_key like '%' || $1
                 order by 1""").execute(Tuple.of(tag)).await().indefinitely().forEach(r -> out.add(r.getString(0)));
        return out;
    }

    @Test
    void theSameArticlesInAnyOrderGiveTheSameChronology() throws Throwable {
        // a seeded loop (the project has no property-testing library): the corpus in its order, then shuffled
        Random random = new Random(16);
        List<String> expected = null;
        String first = null;
        for (int run = 0; run < 6; run++) {
            String tag = "r" + run + UUID.randomUUID().toString().substring(0, 6);
            List<Enriched> messages = corpus(tag);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < messages.size(); i++) {
                order.add(i);
            }
            if (run > 0) {
                Collections.shuffle(order, random);
            }
            for (int i : order) {
                ingest(messages.get(i));
            }
            List<String> chronology = chronology(tag).stream().map(line -> line.replace(tag, "R")).toList();
            if (expected == null) {
                expected = chronology;
                first = order.toString();
                assertEquals(3, chronology.size(), "two attacks and a meeting: " + chronology);
            } else {
                assertEquals(expected, chronology, "order " + order + " against " + first);
            }
        }
    }

    @Test
    void aReportThatJoinsAnEventSharpensItsDateAndAddsItsWordsInTheReportsStatement() throws Throwable {
        // the join's changes (date, place, search text) are made by the statement that counts the report in
        String place = "location:sharpen-" + UUID.randomUUID().toString().substring(0, 8);
        String tag = tag();
        ingest(Enriched.segment(Enriched.newArticleId(), 0, 1, "en",
                own("A bomb exploded in Tikrit in April 2023, the police said.", tag()), "2023-05-02")
                .mention("LOCATION", "Tikrit", place, null, null, null)
                .event("ATTACK", "bomb", "2023-04", "MONTH", place, new JsonArray(), null, false, null, false, null));
        ingest(Enriched.segment(Enriched.newArticleId(), 0, 1, "en",
                own("The bomb that exploded in Tikrit on 3 April 2023 wounded " + tag + " guards.", tag()),
                "2023-05-03")
                .mention("LOCATION", "Tikrit", place, null, null, null)
                .event("ATTACK", "bomb", "2023-04-03", "DAY", place, new JsonArray(), null, false, null, false, null));
        Row e = eventAt(place);
        assertEquals(2, e.getInteger(1), "one event, two sources");
        var row = pool.preparedQuery("""
                select e.date_value, e.precision, e.date_earliest::text, e.search_text,
                       (select t.date_earliest::text from entity_timeline t where t.event_id = e.id and t.entity_key = $2)
                  from event e where e.id = $1""").execute(Tuple.of(e.getLong(0), place)).await().indefinitely()
                .iterator().next();
        assertEquals("2023-04-03", row.getString(0), "the day of the second report");
        assertEquals("DAY", row.getString(1));
        assertEquals("2023-04-03", row.getString(2));
        assertTrue(row.getString(3).contains(tag.toLowerCase()), "the joining report's words are searchable");
        assertEquals("2023-04-03", row.getString(4), "the place's timeline has the sharper date");
    }

    @Test
    void anEventReportedTwiceInOneBatchIsRenderedWithBothSourcesAndTheLatestNames() throws Throwable {
        // a batch renders each event it touched once, at its end: the document shows every report of the batch and
        // the names an entity got from a later segment of the same batch
        String place = "location:batch-" + UUID.randomUUID().toString().substring(0, 8);
        String first = Enriched.newArticleId();
        String second = Enriched.newArticleId();
        String third = Enriched.newArticleId();
        String en = own("A car bomb killed 7 people in Samarra on 3 April 2023, officials said.", tag());
        String ar = own("قتل 9 أشخاص في انفجار سيارة مفخخة في سامراء يوم 3 أبريل 2023.", tag());
        String renamed = own("Samarra City council met on 20 April 2023 to discuss the rebuilding.", tag());
        List<IngestResult> results = ingestBatch(List.of(
                Enriched.segment(first, 0, 1, "en", en, "2023-04-04").outlet("Wire A", "https://a.example/b1", "Bomb")
                        .mention("LOCATION", "Samarra", place, null, null, null)
                        .event("ATTACK", "bomb", "2023-04-03", "DAY", place, new JsonArray(), 7, false, null, false,
                                null),
                Enriched.segment(second, 0, 1, "ar", ar, "2023-04-04").outlet("Paper B", "https://b.example/b2", "تفجير")
                        .mention("LOCATION", "سامراء", place, null, null, null)
                        .event("ATTACK", "انفجار", "2023-04-03", "DAY", place, new JsonArray(), 9, false, null, false,
                                null),
                Enriched.segment(third, 0, 1, "en", renamed, "2023-04-21").outlet("Wire A", "https://a.example/b3", "Council")
                        .mention("LOCATION", "Samarra City", place, "Samarra City", 34.2, 43.87)));
        assertEquals(3, results.size());
        results.forEach(r -> assertTrue(r.stored()));
        Row e = eventAt(place);
        assertEquals(2, e.getInteger(1), "two sources");
        assertEquals(2, e.getInteger(2), "two articles");
        assertEquals(2, e.getInteger(3), "two outlets");
        var doc = new io.vertx.core.json.JsonObject(e.getString(4));
        assertEquals(2, doc.getInteger("sourceCount"));
        assertEquals(9, doc.getInteger("killed"));
        assertEquals(7, doc.getInteger("killedMin"));
        assertEquals(new JsonArray().add("ar").add("en"), doc.getJsonArray("langs"));
        assertEquals(2, doc.getJsonArray("sources").size(), "the first report and the first in the other language");
        assertEquals("Samarra City", doc.getJsonArray("entities").getJsonObject(0).getString("name"),
                "the name the third segment gave the place");
        assertEquals(34.2, doc.getJsonObject("place").getDouble("lat"));
    }

    @Test
    void anArticlesParagraphsInOneBatchStoreWhatTheyStoreOneAtATime() throws Throwable {
        // an article's paragraph rows are written together at the end of its run in the batch, its entities before
        // its reports and its known entities updated once: the same rows and the same entity as one paragraph a call
        List<String> keys = new ArrayList<>();
        List<String> articles = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            String place = "location:paragraphs-" + UUID.randomUUID().toString().substring(0, 8);
            String article = Enriched.newArticleId();
            String tag = tag();
            List<Enriched> paragraphs = List.of(
                    Enriched.segment(article, 0, 3, "en", own("Officials in Samarra said the market reopened.", tag),
                            "2023-04-04").mention("LOCATION", "Samarra", place, null, null, null),
                    Enriched.segment(article, 1, 3, "en",
                            own("A car bomb killed 7 people in Samarra City on 3 April 2023.", tag), "2023-04-04")
                            .mention("LOCATION", "Samarra City", place, "Samarra City", null, null)
                            .timex("3 April 2023", "2023-04-03", "DAY")
                            .event("ATTACK", "bomb", "2023-04-03", "DAY", place, new JsonArray(), 7, false, null, false,
                                    null),
                    Enriched.segment(article, 2, 3, "en", own("Samarra lies north of Baghdad on the Tigris.", tag),
                            "2023-04-04").mention("LOCATION", "Samarra", place, null, 34.2, 43.87));
            if (run == 0) {
                ingestBatch(paragraphs).forEach(r -> assertTrue(r.stored()));
            } else {
                for (Enriched paragraph : paragraphs) {
                    assertTrue(ingest(paragraph).stored());
                }
            }
            keys.add(place);
            articles.add(article);
        }
        List<String> entities = new ArrayList<>();
        for (String key : keys) {
            Row e = pool.preparedQuery("select name, name_ar, lat, lon from entity where key = $1")
                    .execute(Tuple.of(key)).await().indefinitely().iterator().next();
            entities.add(e.getString(0) + "|" + e.getString(1) + "|" + e.getDouble(2) + "|" + e.getDouble(3));
        }
        assertEquals("Samarra City|null|34.2|43.87", entities.get(0), "the last name given, the first coordinates");
        assertEquals(entities.get(1), entities.get(0));
        for (String table : List.of("segment_sketch", "segment_band", "mention", "timex", "date_reference")) {
            String sql = "select count(*) from " + table + " x join segment s on s.id = x.segment_id"
                    + " where s.article_id = $1";
            assertEquals(count(sql, articles.get(1)), count(sql, articles.get(0)), table);
        }
        assertEquals(3, count("select count(*) from mention x join segment s on s.id = x.segment_id"
                + " where s.article_id = $1", articles.get(0)));
        assertEquals(count("select count(*) from entity_alias where entity_key = $1", keys.get(1)),
                count("select count(*) from entity_alias where entity_key = $1", keys.get(0)));
        assertEquals(1, count("select count(*) from event where place_key = $1", keys.get(0)));
    }

    @Test
    void theSameArticlesInAnyOrderInOneBatchGiveTheSameChronology() throws Throwable {
        // merges see the events created earlier in the same batch: one batch in any order is the chronology of the
        // articles ingested one at a time
        Random random = new Random(61);
        String tag = "s" + UUID.randomUUID().toString().substring(0, 6);
        for (Enriched m : corpus(tag)) {
            ingest(m);
        }
        List<String> expected = chronology(tag).stream().map(line -> line.replace(tag, "R")).toList();
        for (int run = 0; run < 3; run++) {
            String batchTag = "b" + run + UUID.randomUUID().toString().substring(0, 6);
            List<Enriched> messages = new ArrayList<>(corpus(batchTag));
            Collections.shuffle(messages, random);
            ingestBatch(messages);
            assertEquals(expected, chronology(batchTag).stream().map(line -> line.replace(batchTag, "R")).toList());
        }
    }
}
