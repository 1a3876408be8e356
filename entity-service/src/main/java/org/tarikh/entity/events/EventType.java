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
    AGREEMENT
}
