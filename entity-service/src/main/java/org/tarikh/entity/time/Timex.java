package org.tarikh.entity.time;

/**
 * A temporal expression, TIMEX3-like. {@code value} follows TIMEX3 ({@code 2024-01-28}, {@code 2024-W05},
 * {@code 2024-01}, {@code 2024}, {@code PRESENT_REF}, {@code P3D} for durations).
 *
 * @param type     DATE, TIME, DURATION or SET
 * @param mod      TIMEX3 modifier (START, MID, END, APPROX, ...) or a time of day (NI, MO, EV, AF), or null
 */
public record Timex(String text, int start, int end, String value, String type, Precision precision,
        Anchor anchor, String mod) {
}
