package org.tarikh.timeline.chronology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every form of TIMEX3 date value entity-service's tagger writes, and the days it stands for. */
class DateIntervalTest {

    @ParameterizedTest(name = "{0} at {1} = {2}..{3}")
    @CsvSource(textBlock = """
            # value          precision sent  earliest    latest      implied precision
            2024-01-28,       DAY,     2024-01-28, 2024-01-28, DAY
            2024-01-28T14:30, TIME,    2024-01-28, 2024-01-28, TIME
            2024-01-28TMO,    TIME,    2024-01-28, 2024-01-28, TIME
            # ISO weeks start on Monday; week 1 may begin in December
            2024-W05,         WEEK,    2024-01-29, 2024-02-04, WEEK
            2020-W01,         WEEK,    2019-12-30, 2020-01-05, WEEK
            2020-W53,         WEEK,    2020-12-28, 2021-01-03, WEEK
            # an Arab week is named by its first day, a Saturday
            2024-01-27,       WEEK,    2024-01-27, 2024-02-02, DAY
            # "three weeks ago": a day at WEEK precision stands for the Saturday-to-Friday week holding it
            2024-01-30,       WEEK,    2024-01-27, 2024-02-02, DAY
            2024-02-02,       WEEK,    2024-01-27, 2024-02-02, DAY
            # TIMEX3 weekend of an ISO week: Saturday and Sunday
            2024-W10-WE,      WEEK,    2024-03-09, 2024-03-10, WEEK
            2024-02,          MONTH,   2024-02-01, 2024-02-29, MONTH
            2023-02,          MONTH,   2023-02-01, 2023-02-28, MONTH
            2024-Q1,          QUARTER, 2024-01-01, 2024-03-31, QUARTER
            2024-Q4,          QUARTER, 2024-10-01, 2024-12-31, QUARTER
            2024-H2,          YEAR,    2024-07-01, 2024-12-31, YEAR
            # meteorological seasons; winter runs into the next year
            2024-SP,          QUARTER, 2024-03-01, 2024-05-31, QUARTER
            2023-SU,          QUARTER, 2023-06-01, 2023-08-31, QUARTER
            2023-FA,          QUARTER, 2023-09-01, 2023-11-30, QUARTER
            2023-WI,          QUARTER, 2023-12-01, 2024-02-29, QUARTER
            2024,             YEAR,    2024-01-01, 2024-12-31, YEAR
            199,              DECADE,  1990-01-01, 1999-12-31, DECADE
            201X,             DECADE,  2010-01-01, 2019-12-31, DECADE
            19,               CENTURY, 1900-01-01, 1999-12-31, CENTURY
            20XX,             CENTURY, 2000-01-01, 2099-12-31, CENTURY
            """, commentCharacter = '#')
    void valueCoversItsDays(String value, DatePrecision precision, LocalDate earliest, LocalDate latest,
            DatePrecision implied) {
        assertEquals(new DateInterval(earliest, latest), DateInterval.of(value, precision));
        assertEquals(implied, DateInterval.impliedPrecision(value));
    }

    @ParameterizedTest
    @CsvSource({ "2024-01-28, 2024-01-28", "2024-W05, 2024-01-29", "2024-01, 2024-01-01", "2024, 2024-01-01" })
    void withoutAPrecisionTheFormDecides(String value, LocalDate earliest) {
        assertEquals(earliest, DateInterval.of(value).earliest());
    }

    @ParameterizedTest
    @ValueSource(strings = { "PRESENT_REF", "PAST_REF", "FUTURE_REF", "P3D", "PT2H", "XXXX-10-07", "XXXX-WXX",
            "XXXX-SU", "XXXX", "yesterday", "2024-13", "2024-02-30", "2021-W53", "2024-W00", "2024-Q5", "2024-XX",
            "" })
    void valuesThatNameNoCalendarIntervalAreRefused(String value) {
        assertThrows(RuntimeException.class, () -> DateInterval.of(value, DatePrecision.DAY));
    }
}
