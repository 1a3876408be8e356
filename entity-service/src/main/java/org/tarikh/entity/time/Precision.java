package org.tarikh.entity.time;

/** How exact a normalized date is, finest first. */
public enum Precision {
    TIME,
    DAY,
    WEEK,
    MONTH,
    QUARTER,
    YEAR,
    DECADE,
    CENTURY,
    NONE
}
