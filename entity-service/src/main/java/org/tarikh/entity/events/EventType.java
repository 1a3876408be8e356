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
    AGREEMENT;

    /** Violence in one sentence (an attack, the killed, the injured) is one event carrying its counts. */
    public boolean violent() {
        return this == ATTACK || this == KILLING || this == INJURY;
    }
}
