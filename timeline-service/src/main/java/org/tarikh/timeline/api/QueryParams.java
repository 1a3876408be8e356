package org.tarikh.timeline.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.tarikh.timeline.chronology.Cursor;
import org.tarikh.timeline.chronology.DateInterval;
import org.tarikh.timeline.chronology.DatePrecision;

/** Parsing of the query parameters shared by the chronology endpoints, with errors a caller can act on. */
final class QueryParams {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    /** Exports are read whole by tools, not paged by people. */
    static final int DEFAULT_EXPORT_LIMIT = 1000;
    static final int MAX_EXPORT_LIMIT = 10_000;
    static final int MAX_TEXT = 200;
    static final int MAX_SOURCES = 100;

    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z_]{1,31}");
    private static final Pattern LANG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");

    private QueryParams() {
    }

    /** "2024", "2024-01" or "2024-01-30": the first day it covers. */
    static LocalDate from(String value) {
        return from("from", value);
    }

    static LocalDate from(String name, String value) {
        return value == null || value.isBlank() ? null : interval(name, value).earliest();
    }

    /** "2024", "2024-01" or "2024-01-30": the last day it covers. */
    static LocalDate to(String value) {
        return to("to", value);
    }

    static LocalDate to(String name, String value) {
        return value == null || value.isBlank() ? null : interval(name, value).latest();
    }

    private static DateInterval interval(String name, String value) {
        try {
            return DateInterval.of(value.trim());
        } catch (RuntimeException e) {
            throw new BadQueryException(name + "='" + clip(value) + "' is not a date: use 2024-01-30, 2024-01, 2024-W05 or 2024.");
        }
    }

    /** Parsed here, not by the framework, whose failure to convert a query parameter would be a 404. */
    static int limit(String value, boolean export) {
        int max = export ? MAX_EXPORT_LIMIT : MAX_LIMIT;
        if (value == null || value.isBlank()) {
            return export ? DEFAULT_EXPORT_LIMIT : DEFAULT_LIMIT;
        }
        int limit;
        try {
            limit = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new BadQueryException("limit='" + clip(value) + "' is not a number between 1 and " + max + ".");
        }
        if (limit < 1 || limit > max) {
            throw new BadQueryException("limit=" + limit + " must be between 1 and " + max + ".");
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

    /** A free-text parameter: trimmed, null when blank, refused when absurdly long. */
    static String text(String name, String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        if (t.length() > MAX_TEXT) {
            throw new BadQueryException(name + " is " + t.length() + " characters long; at most " + MAX_TEXT + ".");
        }
        return t;
    }

    /** One type or several, comma-separated: ATTACK,KILLING. */
    static List<String> types(String types) {
        List<String> out = new ArrayList<>();
        if (types == null || types.isBlank()) {
            return out;
        }
        for (String part : types.split(",")) {
            String t = part.trim().toUpperCase(Locale.ROOT);
            if (t.isEmpty()) {
                continue;
            }
            if (!TYPE.matcher(t).matches()) {
                throw new BadQueryException("type='" + clip(part) + "' is not an event type such as ATTACK or STATEMENT.");
            }
            out.add(t);
        }
        return out;
    }

    /** One outlet or collection name or several, comma-separated, as given at ingest. */
    static List<String> sources(String sources) {
        List<String> out = new ArrayList<>();
        if (sources == null || sources.isBlank()) {
            return out;
        }
        for (String part : sources.split(",")) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (name.length() > MAX_TEXT) {
                throw new BadQueryException("source='" + clip(name) + "' is longer than " + MAX_TEXT
                        + " characters: give outlet or collection names, comma-separated.");
            }
            out.add(name);
        }
        if (out.size() > MAX_SOURCES) {
            throw new BadQueryException("source= names " + out.size() + " outlets; at most " + MAX_SOURCES + ".");
        }
        return out;
    }

    static String lang(String lang) {
        if (lang == null || lang.isBlank()) {
            return null;
        }
        String l = lang.trim();
        if (!LANG.matcher(l).matches()) {
            throw new BadQueryException("lang='" + clip(lang) + "' is not a language code such as ar or en.");
        }
        return l.toLowerCase(Locale.ROOT);
    }

    static DatePrecision precision(String precision) {
        if (precision == null || precision.isBlank()) {
            return null;
        }
        try {
            return DatePrecision.parse(precision);
        } catch (IllegalArgumentException e) {
            throw new BadQueryException("minPrecision='" + clip(precision)
                    + "' is not a precision: use DAY, WEEK, MONTH, QUARTER, YEAR or DECADE.");
        }
    }

    static int offset(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            int offset = Integer.parseInt(value.trim());
            if (offset >= 0) {
                return offset;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new BadQueryException("offset='" + clip(value) + "' must be a whole number, 0 or more.");
    }

    /** order=oldest (the default) or newest. */
    static boolean newest(String order) {
        if (order == null || order.isBlank() || order.trim().equalsIgnoreCase("oldest")) {
            return false;
        }
        if (order.trim().equalsIgnoreCase("newest")) {
            return true;
        }
        throw new BadQueryException("order='" + clip(order) + "' is neither newest nor oldest.");
    }

    /** A cursor of a previous page of an event's sources, checked. */
    static String sourceCursor(String cursor) {
        try {
            org.tarikh.timeline.store.ChronologyQueries.decodeSourceCursor(cursor.trim());
            return cursor.trim();
        } catch (IllegalArgumentException e) {
            throw new BadQueryException("cursor='" + clip(cursor) + "' is not the 'next' of a previous page.");
        }
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
