package org.tarikh.timeline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tarikh.timeline.chronology.ChronologyEvent;
import org.tarikh.timeline.chronology.EntityRef;
import org.tarikh.timeline.chronology.EventSource;

class ExportsTest {

    static final EntityRef BASE = new EntityRef("facility:ain-al-asad", "FACILITY", "Ain al-Asad Air Base",
            "عين الأسد", "PLACE", 33.8, 42.44, null);
    static final EntityRef ACTOR = new EntityRef("org:irgc", "ORGANIZATION", "IRGC", "الحرس الثوري", "ACTOR", null,
            null, null);

    static ChronologyEvent event(long id, String date, String earliest, String latest, String precision,
            EntityRef place, String summary) {
        var source = new EventSource("a1", "a1-0", "أصيب ما لا يقل عن 40 جنديا، في \"هجوم\"", "ar", 0, 30, "أصيب",
                date, precision, null, null, 40, true, null, "عنوان", "الجزيرة", "2024-01-30",
                "https://example.org/a1", null);
        List<EntityRef> entities = place == null ? List.of(ACTOR) : List.of(place, ACTOR);
        return new ChronologyEvent(id, date, earliest, latest, precision, "TIMEX", "ATTACK", summary, null, null, null,
                40, true, 34, true, 0.8, 12, 9, 7, List.of("ar", "en"), place, entities, null, List.of(source));
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaksAndDefusesFormulas() {
        String csv = CsvExport.render(List.of(event(1, "2020-01-13", "2020-01-13", "2020-01-13", "DAY", BASE,
                "=HYPERLINK(\"x\"), then\nmore")));
        String[] lines = csv.split("\r\n", 2);
        assertEquals(String.join(",", CsvExport.HEADER), lines[0]);
        assertTrue(lines[1].contains("\"'=HYPERLINK(\"\"x\"\"), then\nmore\""), lines[1]);
        assertTrue(lines[1].contains(",40,true,true,"), "figures and their at-least flag: " + lines[1]);
        assertTrue(lines[1].contains("\"أصيب ما لا يقل عن 40 جنديا، في \"\"هجوم\"\"\""), lines[1]);
        assertTrue(csv.endsWith("\r\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            '=1+2',  '''=1+2'
            '+972',  '''+972'
            '-5',    '-5'
            '@cmd',  '''@cmd'
            'plain', 'plain'
            """)
    void csvCellsThatWouldRunAsFormulasAreDefused(String value, String cell) {
        assertEquals(cell, CsvExport.cell(value));
    }

    @Test
    void timelineJsDatesAreOnlyAsExactAsKnown() {
        var doc = TimelineJsExport.render("Test <chronology>", List.of(
                event(1, "2020-01-13", "2020-01-13", "2020-01-13", "DAY", BASE, "a <b>bold</b> claim"),
                event(2, "2020-01", "2020-01-01", "2020-01-31", "MONTH", BASE, "month"),
                event(3, "2020-W05", "2020-01-27", "2020-02-02", "WEEK", null, "week"),
                event(4, "2020", "2020-01-01", "2020-12-31", "YEAR", null, "year")));
        @SuppressWarnings("unchecked")
        var events = (List<Map<String, Object>>) doc.get("events");
        assertEquals(Map.of("year", "2020", "month", "1", "day", "13"), events.get(0).get("start_date"));
        assertEquals(Map.of("year", "2020", "month", "1"), events.get(1).get("start_date"));
        assertEquals(Map.of("year", "2020", "month", "2", "day", "2"), events.get(2).get("end_date"));
        assertEquals(Map.of("year", "2020"), events.get(3).get("start_date"));
        assertFalse(events.get(0).containsKey("end_date"));
        assertEquals("tarikh-event-1", events.get(0).get("unique_id"));
        assertEquals("ATTACK", events.get(0).get("group"));
        @SuppressWarnings("unchecked")
        var text = (Map<String, String>) events.get(0).get("text");
        assertTrue(text.get("text").contains("a &lt;b&gt;bold&lt;/b&gt; claim"), text.get("text"));
        assertEquals("Attack — Ain al-Asad Air Base · ≥40 injured", text.get("headline"));
        assertTrue(doc.get("title").toString().contains("Test &lt;chronology&gt;"));
    }

    @Test
    void geoJsonHasOnlyLocatedEventsWithLonLatOrder() {
        var doc = GeoJsonExport.render(List.of(
                event(1, "2020-01-13", "2020-01-13", "2020-01-13", "DAY", BASE, "located"),
                event(2, "2020-01-13", "2020-01-13", "2020-01-13", "DAY", null, "nowhere")));
        @SuppressWarnings("unchecked")
        var features = (List<Map<String, Object>>) doc.get("features");
        assertEquals("FeatureCollection", doc.get("type"));
        assertEquals(1, features.size());
        assertEquals(1, doc.get("skipped"));
        assertEquals(Map.of("type", "Point", "coordinates", List.of(42.44, 33.8)), features.get(0).get("geometry"));
    }

    @Test
    void iCalendarEventsSpanTheirDaysAndLinesAreFoldedOnCharacterBoundaries() {
        String summary = "هجوم صاروخي على قاعدة عين الأسد الجوية في محافظة الأنبار غرب العراق; ثم, بعد ذلك\\ المزيد";
        String ics = ICalendarExport.render(List.of(
                event(1, "2020-01", "2020-01-01", "2020-01-31", "MONTH", BASE, summary)),
                Instant.parse("2024-02-01T10:00:00Z"));
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded: " + line);
        }
        assertFalse(ics.replace("\r\n", "").contains("\n"), "only CRLF line ends");
        List<String> lines = ICalendarExport.unfold(ics);
        assertTrue(lines.contains("DTSTART;VALUE=DATE:20200101"), lines.toString());
        assertTrue(lines.contains("DTEND;VALUE=DATE:20200201"), "DTEND is exclusive: " + lines);
        assertTrue(lines.contains("UID:event-1@tarikh"));
        assertTrue(lines.contains("GEO:33.8;42.44"));
        assertTrue(lines.contains("DTSTAMP:20240201T100000Z"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("SUMMARY:") && l.contains("العراق\\; ثم\\, بعد ذلك\\\\ المزيد")),
                lines.toString());
        assertEquals("BEGIN:VCALENDAR", lines.get(0));
        assertEquals("END:VCALENDAR", lines.get(lines.size() - 1));
    }
}
