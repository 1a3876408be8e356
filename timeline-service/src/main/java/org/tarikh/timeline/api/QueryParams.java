package org.tarikh.timeline.api;

import java.time.LocalDate;

import org.tarikh.timeline.chronology.Cursor;
import org.tarikh.timeline.chronology.DateInterval;

/** Parsing of the query parameters shared by the chronology endpoints, with errors a caller can act on. */
final class QueryParams {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    private QueryParams() {
    }

    /** "2024", "2024-01" or "2024-01-30": the first day it covers. */
    static LocalDate from(String value) {
        return value == null || value.isBlank() ? null : interval("from", value).earliest();
    }

    /** "2024", "2024-01" or "2024-01-30": the last day it covers. */
    static LocalDate to(String value) {
        return value == null || value.isBlank() ? null : interval("to", value).latest();
    }

    private static DateInterval interval(String name, String value) {
        try {
            return DateInterval.of(value.trim());
        } catch (RuntimeException e) {
            throw new BadQueryException(name + "='" + value + "' is not a date: use 2024-01-30, 2024-01 or 2024.");
        }
    }

    static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadQueryException("limit=" + limit + " must be between 1 and " + MAX_LIMIT + ".");
        }
        return limit;
    }

    static Cursor cursor(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return Cursor.decode(cursor.trim());
        } catch (IllegalArgumentException e) {
            throw new BadQueryException(e.getMessage());
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static String type(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        String t = type.trim().toUpperCase(java.util.Locale.ROOT);
        if (!t.matches("[A-Z_]{2,32}")) {
            throw new BadQueryException("type='" + type + "' is not an event type such as ATTACK or STATEMENT.");
        }
        return t;
    }
}
