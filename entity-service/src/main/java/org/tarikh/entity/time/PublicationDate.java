package org.tarikh.entity.time;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** An article's publication date as messages and requests give it: the anchor of every relative date. */
public final class PublicationDate {

    private PublicationDate() {
    }

    /**
     * @param value an ISO date (2024-01-30) or date-time with offset (2024-01-30T08:00:00Z)
     * @return the day, or null when no date is given
     * @throws DateTimeParseException when the value is neither
     */
    public static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            return OffsetDateTime.parse(value).toLocalDate();
        }
    }
}
