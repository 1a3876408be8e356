package org.tarikh.timeline.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jakarta.ws.rs.core.MediaType;

class ChronologyFormatTest {

    static List<MediaType> accept(String types) {
        return Arrays.stream(types.split(",")).map(String::trim).map(MediaType::valueOf).toList();
    }

    @ParameterizedTest(name = "format={0} Accept={1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -          | */*                                  | JSON
            -          | text/html, application/xhtml+xml, */* | JSON
            -          | text/plain                           | TEXT
            -          | text/csv                             | CSV
            -          | application/geo+json                 | GEOJSON
            -          | text/calendar                        | ICS
            -          | application/vnd.timelinejs+json      | TIMELINEJS
            -          | application/json                     | JSON
            csv        | application/json                     | CSV
            ICS        | */*                                  | ICS
            timelinejs | */*                                  | TIMELINEJS
            geojson    | text/plain                           | GEOJSON
            """)
    void formatParameterWinsOverAcceptHeader(String format, String accept, ChronologyFormat expected) {
        assertEquals(expected, ChronologyFormat.choose(format, accept(accept)));
    }

    @Test
    void unknownFormatIsABadQuery() {
        assertThrows(BadQueryException.class, () -> ChronologyFormat.choose("xlsx", accept("*/*")));
    }
}
