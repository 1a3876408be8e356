package org.tarikh.timeline.chronology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateIntervalTest {

    @ParameterizedTest(name = "{0} = {1}..{2}")
    @CsvSource(textBlock = """
            2024-01-28,       2024-01-28, 2024-01-28
            2024-01-28T14:30, 2024-01-28, 2024-01-28
            2024-W05,         2024-01-29, 2024-02-04
            2020-W01,         2019-12-30, 2020-01-05
            2024-02,          2024-02-01, 2024-02-29
            2024-Q4,          2024-10-01, 2024-12-31
            2024,             2024-01-01, 2024-12-31
            201X,             2010-01-01, 2019-12-31
            """)
    void valueCoversItsDays(String value, LocalDate earliest, LocalDate latest) {
        assertEquals(new DateInterval(earliest, latest), DateInterval.of(value));
    }

    @ParameterizedTest
    @ValueSource(strings = { "PRESENT_REF", "P3D", "yesterday", "2024-13", "2024-02-30", "" })
    void nonCalendarValuesAreRefused(String value) {
        assertThrows(RuntimeException.class, () -> DateInterval.of(value));
    }
}
