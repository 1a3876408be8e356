package org.tarikh.timeline.chronology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Where an event goes on the chronology, whatever date value the tagger gave it. */
class EventDateTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 1, 30);

    @ParameterizedTest(name = "{0} ({1}, {2}) is placed at {3} {4}..{5} {6} {7}")
    @CsvSource(textBlock = """
            # value     precision basis        placed value earliest    latest      precision basis
            2024-01-28,  DAY,     TIMEX,       2024-01-28, 2024-01-28, 2024-01-28, DAY,     TIMEX
            2024-01-27,  WEEK,    TIMEX,       2024-01-27, 2024-01-27, 2024-02-02, WEEK,    TIMEX
            2024-W05,    WEEK,    ,            2024-W05,   2024-01-29, 2024-02-04, WEEK,    TIMEX
            2024-W10-WE, WEEK,    TIMEX,       2024-W10-WE, 2024-03-09, 2024-03-10, WEEK,   TIMEX
            2024-Q1,     QUARTER, CAPTION,     2024-Q1,    2024-01-01, 2024-03-31, QUARTER, CAPTION
            2023-SU,     QUARTER, TIMEX,       2023-SU,    2023-06-01, 2023-08-31, QUARTER, TIMEX
            199,         DECADE,  TIMEX,       199,        1990-01-01, 1999-12-31, DECADE,  TIMEX
            19,          CENTURY, TIMEX,       19,         1900-01-01, 1999-12-31, CENTURY, TIMEX
            # a precision this service does not know: the form of the value says how exact it is
            2024-01,     SEASONAL, TIMEX,      2024-01,    2024-01-01, 2024-01-31, MONTH,   TIMEX
            2024-01-30,  DAY,     PUBLICATION, 2024-01-30, 2024-01-30, 2024-01-30, DAY,     PUBLICATION
            # no date in the value: placed by publication, and the precision says so
            PRESENT_REF, NONE,    TIMEX,       2024-01-30, 2024-01-30, 2024-01-30, NONE,    PUBLICATION
            PAST_REF,    NONE,    TIMEX,       2024-01-30, 2024-01-30, 2024-01-30, NONE,    PUBLICATION
            FUTURE_REF,  NONE,    TIMEX,       2024-01-30, 2024-01-30, 2024-01-30, NONE,    PUBLICATION
            P3D,         DAY,     TIMEX,       2024-01-30, 2024-01-30, 2024-01-30, NONE,    PUBLICATION
            XXXX-WXX,    WEEK,    TIMEX,       2024-01-30, 2024-01-30, 2024-01-30, NONE,    PUBLICATION
            2024-02-30,  DAY,     TIMEX,       2024-01-30, 2024-01-30, 2024-01-30, NONE,    PUBLICATION
            # a day without its year: the latest such day on or before publication
            XXXX-10-07,  DAY,     TIMEX,       2023-10-07, 2023-10-07, 2023-10-07, DAY,     TIMEX
            XXXX-01-30,  DAY,     TIMEX,       2024-01-30, 2024-01-30, 2024-01-30, DAY,     TIMEX
            XXXX-02-29,  DAY,     TIMEX,       2020-02-29, 2020-02-29, 2020-02-29, DAY,     TIMEX
            """, commentCharacter = '#')
    void placesEveryFormTheTaggerWrites(String value, String precision, String basis, String placed,
            LocalDate earliest, LocalDate latest, DatePrecision placedPrecision, String placedBasis) {
        EventDate date = EventDate.place(value, precision, basis, PUBLISHED);
        assertEquals(new EventDate(placed, new DateInterval(earliest, latest), placedPrecision, placedBasis), date);
    }

    @ParameterizedTest
    @ValueSource(strings = { "PRESENT_REF", "XXXX-10-07", "P3D", "XXXX-SU", "2024-02-30" })
    void withoutAPublicationDateANonCalendarValueCannotBePlaced(String value) {
        var refused = assertThrows(IllegalArgumentException.class, () -> EventDate.place(value, "DAY", "TIMEX", null));
        assertTrue(refused.getMessage().contains(value), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "2024-01-28", "2024-W05", "199", "2023-WI" })
    void calendarValuesNeedNoPublicationDate(String value) {
        assertEquals(value, EventDate.place(value, null, null, null).value());
    }

    @ParameterizedTest
    @CsvSource({ "2024-01-30, 2024-01-30", "2024-01-30T08:15:00+03:00, 2024-01-30", "2024-01-30T08:15:00, 2024-01-30",
            "30/01/2024, ", "'', " })
    void readsThePublicationDayOfAnArticle(String publishedAt, LocalDate day) {
        assertEquals(day, EventDate.publishedDay(publishedAt));
    }
}
