package org.tarikh.timeline.system;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * A story of {@code events} chronology events, as {@code tarikh.enriched/v1} messages the way entity-service sends
 * them, for the page's 5,000-event measurement: what entity-service would find in that many reports cannot be typed
 * in by hand, so the story is made here and goes through the real broker and timeline-service like any other.
 * Every event shares one organization (the filter that selects the story) and has its own place (so that none is
 * merged into another: two place keys are two happenings), with coordinates around 30 cities of the region; dates
 * spread over twenty years at every precision (days, Arab weeks, months, years, undated "on or before"), and one day
 * carrying {@value #BUSY_DAY_EVENTS} events, as a day of a war does. Deterministic for a given seed.
 */
final class BigStory {

    static final int BUSY_DAY_EVENTS = 60;
    static final LocalDate BUSY_DAY = LocalDate.of(2014, 6, 10);
    private static final String[] TYPES = { "ATTACK", "KILLING", "INJURY", "STATEMENT", "CONDEMNATION", "CLAIM",
            "MEETING", "WITHDRAWAL", "AGREEMENT" };
    private static final Object[][] CITIES = { { "Baghdad", "بغداد", 33.31, 44.36 }, { "Mosul", "الموصل", 36.34, 43.13 },
            { "Basra", "البصرة", 30.51, 47.81 }, { "Erbil", "أربيل", 36.19, 44.01 }, { "Kirkuk", "كركوك", 35.47, 44.39 },
            { "Fallujah", "الفلوجة", 33.35, 43.78 }, { "Ramadi", "الرمادي", 33.42, 43.30 }, { "Tikrit", "تكريت", 34.61, 43.68 },
            { "Najaf", "النجف", 32.03, 44.35 }, { "Damascus", "دمشق", 33.51, 36.29 }, { "Aleppo", "حلب", 36.20, 37.13 },
            { "Homs", "حمص", 34.73, 36.72 }, { "Idlib", "إدلب", 35.93, 36.63 }, { "Raqqa", "الرقة", 35.95, 39.01 },
            { "Beirut", "بيروت", 33.89, 35.50 }, { "Tyre", "صور", 33.27, 35.20 }, { "Gaza", "غزة", 31.50, 34.47 },
            { "Rafah", "رفح", 31.29, 34.25 }, { "Jenin", "جنين", 32.46, 35.30 }, { "Sanaa", "صنعاء", 15.37, 44.19 },
            { "Aden", "عدن", 12.79, 45.03 }, { "Hodeidah", "الحديدة", 14.80, 42.95 }, { "Marib", "مأرب", 15.46, 45.32 },
            { "Tripoli", "طرابلس", 32.89, 13.19 }, { "Benghazi", "بنغازي", 32.12, 20.09 }, { "Khartoum", "الخرطوم", 15.50, 32.56 },
            { "El Fasher", "الفاشر", 13.63, 25.35 }, { "Amman", "عمّان", 31.95, 35.93 }, { "Cairo", "القاهرة", 30.04, 31.24 },
            { "Deir ez-Zor", "دير الزور", 35.33, 40.14 } };

    final String run;
    final String actorKey;
    final String actorName;

    BigStory(String run) {
        this.run = run;
        this.actorKey = "org:page-story-" + run;
        this.actorName = "Story " + run + " Brigade";
    }

    /** The place of {@link #oneAttackManyReports}. */
    String reportedPlace() {
        return "location:page-reported-" + run;
    }

    /**
     * One attack told by {@code reports} outlets, each its own article, with figures that do not agree (10, 11 or 12
     * killed): one chronology event with many sources, for the event panel's paging and its table of differences.
     */
    List<String> oneAttackManyReports(int reports) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < reports; k++) {
            String articleId = "page" + run + "r" + k;
            int killed = 10 + k % 3;
            String sentence = "Outlet " + k + " says " + killed + " were killed in an attack on the Souk of Reports.";
            String place = "Souk of Reports";
            int at = sentence.indexOf(place);
            JsonObject segment = new JsonObject().put("schema", "tarikh.segment/v1").put("articleId", articleId)
                    .put("segmentId", articleId + "-0").put("seq", 0).put("total", 1).put("kind", "PARAGRAPH")
                    .put("lang", "en").put("text", sentence).put("start", 0)
                    .put("end", sentence.length())
                    .put("article", new JsonObject().put("publishedAt", "2015-05-0" + (1 + k % 5))
                            .put("dateMissing", false).put("source", "Outlet " + k).put("lang", "en")
                            .put("title", "Report " + k + " on the attack"));
            JsonArray mentions = new JsonArray().add(new JsonObject().put("type", "FACILITY").put("text", place)
                    .put("start", at).put("end", at + place.length()).put("key", reportedPlace()).put("name", place)
                    .put("lat", 33.3).put("lon", 44.4));
            JsonArray events = new JsonArray().add(new JsonObject().put("type", "ATTACK").put("trigger", "attack")
                    .put("triggerStart", sentence.indexOf("attack")).put("triggerEnd", sentence.indexOf("attack") + 6)
                    .put("date", "2015-04-30").put("precision", "DAY").put("dateBasis", "TIMEX")
                    .put("place", reportedPlace()).put("actors", new JsonArray()).put("targets", new JsonArray())
                    .put("killed", killed).put("killedAtLeast", false).put("sentenceStart", 0)
                    .put("sentenceEnd", sentence.length()).put("sentence", sentence).put("confidence", 0.8)
                    .put("summary", "Attack on the Souk of Reports"));
            out.add(new JsonObject().put("schema", "tarikh.enriched/v1").put("segment", segment)
                    .put("mentions", mentions).put("timexes", new JsonArray()).put("events", events)
                    .put("enricher", "page-test").encode());
        }
        return out;
    }

    /** The messages, {@code perArticle} events to an article of one segment. */
    List<String> messages(int events, int perArticle, long seed) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        LocalDate first = LocalDate.of(2004, 1, 1);
        int days = 20 * 365;
        for (int a = 0; a * perArticle < events; a++) {
            String articleId = "page" + run + "a" + a;
            StringBuilder text = new StringBuilder();
            JsonArray mentions = new JsonArray();
            JsonArray found = new JsonArray();
            LocalDate published = null;
            for (int i = a * perArticle; i < Math.min(events, (a + 1) * perArticle); i++) {
                Object[] city = CITIES[i % CITIES.length];
                String type = TYPES[random.nextInt(TYPES.length)];
                LocalDate day = i < BUSY_DAY_EVENTS ? BUSY_DAY : first.plusDays(random.nextInt(days));
                String date = day.toString();
                String precision = "DAY";
                String basis = "TIMEX";
                int p = random.nextInt(100);
                if (i >= BUSY_DAY_EVENTS && p < 7) {
                    precision = "WEEK"; // an Arab week, named by its Saturday
                    day = day.minusDays((day.getDayOfWeek().getValue() + 1) % 7);
                    date = day.toString();
                } else if (i >= BUSY_DAY_EVENTS && p < 14) {
                    precision = "MONTH";
                    date = day.toString().substring(0, 7);
                } else if (i >= BUSY_DAY_EVENTS && p < 17) {
                    precision = "YEAR";
                    date = day.toString().substring(0, 4);
                } else if (i >= BUSY_DAY_EVENTS && p < 20) {
                    precision = "NONE";
                    basis = "PUBLICATION";
                    date = "PRESENT_REF";
                }
                if (published == null || day.isAfter(published)) {
                    published = day;
                }
                String place = city[0] + " district " + i;
                String sentence = actorName + " reported a " + type.toLowerCase() + " in " + place + " (" + city[1]
                        + ").";
                int start = text.length();
                text.append(sentence).append(' ');
                int placeAt = start + sentence.indexOf(place);
                double lat = (double) city[2] + (random.nextDouble() - 0.5) * 0.6;
                double lon = (double) city[3] + (random.nextDouble() - 0.5) * 0.6;
                String placeKey = "location:page-" + run + "-" + i;
                mentions.add(new JsonObject().put("type", "LOCATION").put("text", place).put("start", placeAt)
                        .put("end", placeAt + place.length()).put("key", placeKey).put("name", place)
                        .put("lat", lat).put("lon", lon));
                mentions.add(new JsonObject().put("type", "ORGANIZATION").put("text", actorName).put("start", start)
                        .put("end", start + actorName.length()).put("key", actorKey).put("name", actorName));
                Integer killed = type.equals("ATTACK") || type.equals("KILLING") ? 1 + random.nextInt(30) : null;
                found.add(new JsonObject().put("type", type).put("trigger", "reported")
                        .put("triggerStart", start + actorName.length() + 1)
                        .put("triggerEnd", start + actorName.length() + 9).put("date", date).put("precision", precision)
                        .put("dateBasis", basis).put("place", placeKey).put("actors", new JsonArray().add(actorKey))
                        .put("targets", new JsonArray()).put("killed", killed).put("killedAtLeast", false)
                        .put("sentenceStart", start).put("sentenceEnd", start + sentence.length())
                        .put("sentence", sentence).put("confidence", 0.8)
                        .put("summary", type.charAt(0) + type.substring(1).toLowerCase() + " in " + place));
            }
            JsonObject segment = new JsonObject().put("schema", "tarikh.segment/v1").put("articleId", articleId)
                    .put("segmentId", articleId + "-0").put("seq", 0).put("total", 1).put("kind", "PARAGRAPH")
                    .put("lang", "en").put("text", text.toString()).put("start", 0).put("end", text.length())
                    .put("article", new JsonObject().put("publishedAt", published.plusDays(1).toString())
                            .put("dateMissing", false).put("source", "Wire " + (a % 7)).put("lang", "en")
                            .put("title", "Dispatch " + a + " of story " + run));
            out.add(new JsonObject().put("schema", "tarikh.enriched/v1").put("segment", segment)
                    .put("mentions", mentions).put("timexes", new JsonArray()).put("events", found)
                    .put("enricher", "page-test").encode());
        }
        return out;
    }
}
