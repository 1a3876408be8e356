package org.tarikh.entity.events;

public enum EventType {
    ATTACK,
    KILLING,
    INJURY,
    STATEMENT,
    CONDEMNATION,
    CLAIM,
    MEETING,
    WITHDRAWAL,
    AGREEMENT,
    /** A death no one inflicted: disease, disaster, a crash or an accident. */
    DEATH,
    /** A threat of violence: "سترد بقوة", "threatened to strike". */
    THREAT,
    ACCUSATION;

    /**
     * Harm in one sentence (an attack, the killed, the injured, the dead) is one event carrying its counts: the
     * types that take casualty figures.
     */
    public boolean violent() {
        return this == ATTACK || this == KILLING || this == INJURY || this == DEATH;
    }

    /** What is said rather than done: dated only by a date of its own clause. */
    public boolean speech() {
        return this == STATEMENT || this == CONDEMNATION || this == CLAIM || this == THREAT || this == ACCUSATION;
    }
}
