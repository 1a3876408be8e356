package org.tarikh.timeline.chronology;

import java.util.Locale;

/** How exact a date is; {@link #rank()} grows with exactness so "at least MONTH" is {@code rank >= MONTH.rank()}. */
public enum DatePrecision {
    NONE, CENTURY, DECADE, YEAR, QUARTER, MONTH, WEEK, DAY, TIME;

    public int rank() {
        return ordinal();
    }

    /** @throws IllegalArgumentException when the name is no precision */
    public static DatePrecision parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    /** The precision a producer sent, or NONE when it is not one this service knows (a newer producer's). */
    public static DatePrecision lenient(String name) {
        try {
            return name == null ? NONE : parse(name);
        } catch (IllegalArgumentException unknown) {
            return NONE;
        }
    }
}
